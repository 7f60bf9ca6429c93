//! 回收云经销商账户拨款 — ReclaimIndirectPartnerAccount. `POST /v2/accounts/partner-accounts/indirect-partner-reclaim`
//! (bss-api.md §7; \[DOC espp_00004\], \[SDK-java\]).

#[allow(unused_imports)]
use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ReclaimIndirectPartnerAccount",
    title: "回收云经销商账户拨款",
    method: Method::Post,
    path: "/v2/accounts/partner-accounts/indirect-partner-reclaim",
    site: Site::China,
    source: super::cite("bss-api.md §7; [DOC espp_00004], [SDK-java]"),
    fields: &[
        Field { name: "indirect_partner_id", presence: Required, kind: super::ID },
        Field { name: "amount", presence: Required, kind: Kind::Money(&super::INDIRECT_RECLAIM_AMOUNT) },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
