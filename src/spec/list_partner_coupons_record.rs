//! 查询优惠券的发放回收记录 — ListPartnerCouponsRecord.
//! `GET /v2/promotions/benefits/partner-coupons/records/query` (query parameters, SDK model
//! `ListPartnerCouponsRecordRequest`; bss-api-more.md §21, \[DOC mp_02006\]). 解决方案提供商 or
//! 总经销商 only. All parameters optional; the two lists are JSON arrays of strings (I1).

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListPartnerCouponsRecord",
    title: "查询优惠券的发放回收记录",
    method: Method::Get,
    path: "/v2/promotions/benefits/partner-coupons/records/query",
    site: Site::China,
    source: super::cite("bss-api-more.md §21; [DOC mp_02006], [SDK-go], [SDK-java]"),
    fields: &[
        // Decision (C4): at most 8 items (最大个数:8), each one of the 9 documented values; both
        // kept as documented. 携带值为空列表时,作为筛选条件: [] is a value.
        Field { name: "operation_types", presence: Optional(Rejected), kind: Kind::List { min: 0, max: Some(8), item: &OPERATION_TYPE } },
        // Decision (C1): 空串 is a filter (doc and SDK): "" is a value.
        Field { name: "quota_id", presence: Optional(Value), kind: super::ID },
        // 0 代金券额度 / 1 现金券额度; 不支持携带值为空串.
        Field { name: "quota_type", presence: Optional(Rejected), kind: Kind::IntChoice(&[0, 1]) },
        // 最大个数:100; 空列表 → a filter. Decision (INFERRED): each ID at most 64, as quota IDs are.
        Field { name: "coupon_ids", presence: Optional(Rejected), kind: Kind::List { min: 0, max: Some(100), item: &super::ID } },
        // Decision (C1): the SDK says 空串 is a filter: "" is a value.
        Field { name: "customer_id", presence: Optional(Value), kind: super::ID },
        // 不支持携带值为空串和携带值为null (null is absent, decision 2).
        Field { name: "operation_time_begin", presence: Optional(Rejected), kind: super::UTC_TIME },
        Field { name: "operation_time_end", presence: Optional(Rejected), kind: super::UTC_TIME },
        // Decision (I3): any text, not the enum 0 / -1 (携带值为非枚举值时,不作为筛选条件: the
        // server ignores it, "" included); no length is documented.
        Field { name: "result", presence: Optional(Absent), kind: super::ANY_TEXT },
        // Java 0..2147483646; 不支持携带值为空串.
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_MAX_MINUS_1 },
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
        // Decision (I4): max length 64 (doc row not available).
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};

/// 1 发放 / 2 手动回收 / 3 解绑自动回收 / 4 过期回收 / 5 退订回收 / 6 退款充值撤销 / 7 建立关联回收 /
/// 8 切换关联模式自动回收 / 9 云经销商转移.
const OPERATION_TYPE: Kind = Kind::Choice { allowed: &["1", "2", "3", "4", "5", "6", "7", "8", "9"], ignore_case: false };
