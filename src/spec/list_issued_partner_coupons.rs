//! 查询已发放的优惠券 — ListIssuedPartnerCoupons. `GET /v2/promotions/benefits/partner-coupons`
//! (query parameters, SDK model `ListIssuedPartnerCouponsRequest`; bss-api-more.md §20,
//! \[DOC mp_02005\]). 解决方案提供商 or 总经销商 only. All parameters optional.

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListIssuedPartnerCoupons",
    title: "查询已发放的优惠券",
    method: Method::Get,
    path: "/v2/promotions/benefits/partner-coupons",
    site: Site::China,
    source: super::cite("bss-api-more.md §20; [DOC mp_02005], [SDK-go], [SDK-java]"),
    fields: &[
        // 不支持携带值为空串 (doc and SDK agree); their "null is a filter" is absent here (decision 2).
        Field { name: "coupon_id", presence: Optional(Rejected), kind: super::ID },
        // Decision (C1): the SDK says 空串 is a filter, the doc rejects it: "" is a value.
        Field { name: "customer_id", presence: Optional(Value), kind: super::ID },
        Field { name: "order_id", presence: Optional(Rejected), kind: super::ID },
        // Decision (C2): the doc's enum 1 代金券 / 4 现金券, not the Java range 1..4.
        Field { name: "coupon_type", presence: Optional(Absent), kind: Kind::IntChoice(&[1, 4]) },
        // Decision (C2): the doc's 2 可使用 / 3 已使用 / 4 已过期 / 5 已回收 plus the SDK's 1 未激活.
        Field { name: "status", presence: Optional(Absent), kind: Kind::IntChoice(&[1, 2, 3, 4, 5]) },
        Field { name: "create_time_begin", presence: Optional(Absent), kind: super::UTC_TIME },
        Field { name: "create_time_end", presence: Optional(Absent), kind: super::UTC_TIME },
        // Decision (I4): max length 20 for the four times below (doc rows not available).
        Field { name: "effective_time_begin", presence: Optional(Absent), kind: super::UTC_TIME },
        Field { name: "effective_time_end", presence: Optional(Absent), kind: super::UTC_TIME },
        Field { name: "expire_time_begin", presence: Optional(Absent), kind: super::UTC_TIME },
        Field { name: "expire_time_end", presence: Optional(Absent), kind: super::UTC_TIME },
        // Java 0..2147483646 (doc row not available).
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_MAX_MINUS_1 },
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
        // Decision (I4): max length 64 (doc row not available).
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
