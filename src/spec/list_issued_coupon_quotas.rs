//! 查询已发放的优惠券额度 — ListIssuedCouponQuotas. `GET /v2/partners/issued-coupon-quotas`
//! (bss-api.md §18; \[GUIDE\]; \[SDK-go\] ListIssuedCouponQuotasRequest (query)).

#[allow(unused_imports)]
use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListIssuedCouponQuotas",
    title: "查询已发放的优惠券额度",
    method: Method::Get,
    path: "/v2/partners/issued-coupon-quotas",
    site: Site::China,
    source: super::cite("bss-api.md §18; [GUIDE]; [SDK-go] ListIssuedCouponQuotasRequest (query)"),
    fields: &[
        Field { name: "quota_id", presence: Optional(Absent), kind: super::ID },
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
        // The SDK: 携带值为空串时，作为筛选条件.
        Field { name: "parent_quota_id", presence: Optional(Value), kind: super::ID },
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_MAX },
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
