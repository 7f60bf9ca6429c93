//! 查询优惠券列表 — ListSubCustomerCoupons. `GET /v2/promotions/benefits/coupons`
//! (query parameters, SDK model `ListSubCustomerCouponsRequest`; bss-api-more.md §26,
//! \[DOC mp_02001\], \[DOC-oce mp_02001\]). With partner AK/SK it lists the partner's coupons.
//! The intl site has the same fields but `indirect_partner_id`: this is the China table.

use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListSubCustomerCoupons",
    title: "查询优惠券列表",
    method: Method::Get,
    path: "/v2/promotions/benefits/coupons",
    site: Site::China,
    source: super::cite("bss-api-more.md §26; [DOC mp_02001], [DOC-oce mp_02001], [SDK-go], [SDK-java]"),
    fields: &[
        // The SDK: 空串 → a filter, so "" is a value (the same for the next two).
        Field { name: "coupon_id", presence: Optional(Value), kind: super::ID },
        Field { name: "order_id", presence: Optional(Value), kind: super::ID },
        Field { name: "promotion_plan_id", presence: Optional(Value), kind: super::ID },
        // Decision (C2): the union of the lists: 1 代金券 / 2 折扣券 / 3 产品券 / 4 现金券
        // (bpconsole lists 1, oce 1, 2, 4, the SDK all four; Java 1..4). 不支持携带值为空串.
        Field { name: "coupon_type", presence: Optional(Rejected), kind: Kind::IntChoice(&[1, 2, 3, 4]) },
        // Decision (C2): the doc's 2 待使用 / 3 已使用 / 4 已过期 / 5 已回收 plus the SDK's 1 未激活.
        Field { name: "status", presence: Optional(Absent), kind: Kind::IntChoice(&[1, 2, 3, 4, 5]) },
        // Decision (C7): 最大长度:64 as documented (every other UTC time says 20); the format
        // fixes the length at 20 anyway. 不支持携带值为空串或携带值为null (null read as absent).
        Field { name: "active_start_time", presence: Optional(Rejected), kind: ACTIVE_TIME },
        Field { name: "active_end_time", presence: Optional(Rejected), kind: ACTIVE_TIME },
        // [0-最大整数]. Decision (I8): the SDK's "use with limit" is not a validation rule.
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_MAX },
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
        // 最大长度:255 (oce page); 空串 → a filter.
        Field { name: "source_id", presence: Optional(Value), kind: super::text(255) },
        // Decision (I4): max length 64 (China only; no doc row).
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};

/// A UTC timestamp with the documented 最大长度:64.
const ACTIVE_TIME: Kind = Kind::Text { min: 0, max: Some(64), format: Some(Format::Utc) };
