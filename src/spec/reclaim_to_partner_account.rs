//! 回收客户账户余额 — ReclaimToPartnerAccount. `POST /v2/accounts/partner-accounts/reclaim`
//! (bss-api.md §4; \[DOC mt_060006\], \[SDK-java\]).

#[allow(unused_imports)]
use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ReclaimToPartnerAccount",
    title: "回收客户账户余额",
    method: Method::Post,
    path: "/v2/accounts/partner-accounts/reclaim",
    site: Site::China,
    source: super::cite("bss-api.md §4; [DOC mt_060006], [SDK-java]"),
    fields: &[
        Field { name: "customer_id", presence: Required, kind: super::ID },
        Field { name: "amount", presence: Required, kind: Kind::Money(&super::ACCOUNT_AMOUNT) },
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
