//! 查询代金券额度的发放回收记录 — ListCouponQuotasRecords. `GET /v2/partners/coupon-quotas/records`
//! (query parameters, SDK model `ListCouponQuotasRecordsRequest`; bss-api-more.md §19,
//! \[DOC espp_00007\]). 华为云总经销商 only. All parameters optional.

use super::{Empty::*, Field, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListCouponQuotasRecords",
    title: "查询代金券额度的发放回收记录",
    method: Method::Get,
    path: "/v2/partners/coupon-quotas/records",
    site: Site::China,
    source: super::cite("bss-api-more.md §19; [DOC espp_00007], [GUIDE], [SDK-go], [SDK-java]"),
    fields: &[
        // 为空表示查询所有的代金券额度发放回收记录: "" and null both mean "all 云经销商".
        Field { name: "indirect_partner_id", presence: Optional(Absent), kind: super::ID },
        // 此参数不携带或携带值为空时,不作为筛选条件.
        Field { name: "quota_id", presence: Optional(Absent), kind: super::ID },
        // 不支持携带值为空串.
        Field { name: "operation_time_begin", presence: Optional(Rejected), kind: super::UTC_TIME },
        // Decision: no begin <= end rule (no source states an order for this pair).
        Field { name: "operation_time_end", presence: Optional(Rejected), kind: super::UTC_TIME },
        // 携带值为空串或携带值为null时,作为筛选条件: "" is a value (null is absent, decision 2).
        Field { name: "parent_quota_id", presence: Optional(Value), kind: super::ID },
        // Decision (I3): 最大长度:8 only, not the enum 10 发放额度 / 11 回收额度: the server ignores a
        // non-enum value (携带值为非枚举值时,不作为筛选条件), "" included (GUIDE: 空串 → no filter).
        Field { name: "operation_type", presence: Optional(Absent), kind: super::text(8) },
        // [0-最大整数].
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_MAX },
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
