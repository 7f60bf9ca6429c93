//! 总经销商向云经销商拨款 — UpdateIndirectPartnerAccount. `POST /v2/accounts/partner-accounts/indirect-partner-adjust`
//! (bss-api.md §6; SDK model AdjustToIndirectPartnerReq; \[DOC espp_00001\], \[SDK-java\]).

#[allow(unused_imports)]
use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "UpdateIndirectPartnerAccount",
    title: "总经销商向云经销商拨款",
    method: Method::Post,
    path: "/v2/accounts/partner-accounts/indirect-partner-adjust",
    site: Site::China,
    source: super::cite("bss-api.md §6; SDK model AdjustToIndirectPartnerReq; [DOC espp_00001], [SDK-java]"),
    fields: &[
        Field { name: "indirect_partner_id", presence: Required, kind: super::ID },
        Field { name: "amount", presence: Required, kind: Kind::Money(&super::INDIRECT_ADJUST_AMOUNT) },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
