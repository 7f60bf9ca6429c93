//! 回收云经销商的代金券额度 — ReclaimCouponQuotas. `POST /v2/partners/coupon-quotas/indirect-partner-reclaim`
//! (bss-api.md §16; \[DOC espp_00005\]).

#[allow(unused_imports)]
use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ReclaimCouponQuotas",
    title: "回收云经销商的代金券额度",
    method: Method::Post,
    path: "/v2/partners/coupon-quotas/indirect-partner-reclaim",
    site: Site::China,
    source: super::cite("bss-api.md §16; [DOC espp_00005]"),
    fields: &[
        Field { name: "quota_ids", presence: Required, kind: Kind::List { min: 1, max: Some(10), item: &super::ID } },
        Field { name: "remark", presence: Optional(Value), kind: super::text(256) },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
