//! 查询优惠券额度 — ListQuotaCoupons. `POST /v2/partners/coupon-quotas/query`
//! (SDK model `QueryCouponQuotasReqExt`; bss-api.md §18, \[SDK-go/java\]).

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListQuotaCoupons",
    title: "查询优惠券额度",
    method: Method::Post,
    path: "/v2/partners/coupon-quotas/query",
    site: Site::China,
    source: super::cite("bss-api.md §18; [SDK-go/java] QueryCouponQuotasReqExt"),
    fields: &[
        // An empty list or null is "no filter" (SDK text), so no least item count.
        Field { name: "quota_ids", presence: Optional(Rejected), kind: Kind::List { min: 0, max: None, item: &super::ID } },
        // 0 正常, 3 失效, 4 额度调整中, 5 冻结.
        Field {
            name: "quota_status_list",
            presence: Optional(Rejected),
            kind: Kind::List { min: 0, max: None, item: &Kind::IntChoice(&[0, 3, 4, 5]) },
        },
        // 0 代金券额度 (default) / 1 现金券额度.
        Field { name: "quota_type", presence: Optional(Rejected), kind: Kind::IntChoice(&[0, 1]) },
        Field { name: "create_time_begin", presence: Optional(Rejected), kind: super::UTC_TIME },
        Field { name: "create_time_end", presence: Optional(Rejected), kind: super::UTC_TIME },
        Field { name: "effective_time_begin", presence: Optional(Rejected), kind: super::UTC_TIME },
        Field { name: "effective_time_end", presence: Optional(Rejected), kind: super::UTC_TIME },
        Field { name: "expire_time_begin", presence: Optional(Rejected), kind: super::UTC_TIME },
        Field { name: "expire_time_end", presence: Optional(Rejected), kind: super::UTC_TIME },
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_MAX_MINUS_1 },
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    // Decision: no begin ≤ end rule. No doc page or SDK text states one (only
    // ListCustomerOrders' one-year window is SDK text), and the validator must not refuse what
    // the API accepts (issue 15).
    cross: crate::engine::no_cross,
    links: &[],
};
