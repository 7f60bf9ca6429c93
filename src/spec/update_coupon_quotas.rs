//! 向云经销商发放代金券额度 — UpdateCouponQuotas. `POST /v2/partners/coupon-quotas/indirect-partner-adjust`
//! (bss-api.md §15; SDK model AdjustCouponQuotasReq; \[DOC espp_00002\], \[SDK-java\]).

#[allow(unused_imports)]
use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "UpdateCouponQuotas",
    title: "向云经销商发放代金券额度",
    method: Method::Post,
    path: "/v2/partners/coupon-quotas/indirect-partner-adjust",
    site: Site::China,
    source: super::cite("bss-api.md §15; SDK model AdjustCouponQuotasReq; [DOC espp_00002], [SDK-java]"),
    fields: &[
        // Decision: a required list needs at least one item (there is nothing to act on otherwise).
        Field { name: "indirect_partner_ids", presence: Required, kind: Kind::List { min: 1, max: Some(100), item: &super::ID } },
        Field { name: "quota_amount", presence: Required, kind: Kind::Money(&super::QUOTA_AMOUNT) },
        Field { name: "quota_id", presence: Required, kind: super::ID },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
