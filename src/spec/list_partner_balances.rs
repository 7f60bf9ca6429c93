//! 查询伙伴账户余额 — ListPartnerBalances. `GET /v2/accounts/partner-accounts/balances`
//! (bss-api.md §18; \[SDK-go\] ListPartnerBalancesRequest (query)).

#[allow(unused_imports)]
use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListPartnerBalances",
    title: "查询伙伴账户余额",
    method: Method::Get,
    path: "/v2/accounts/partner-accounts/balances",
    site: Site::China,
    source: super::cite("bss-api.md §18; [SDK-go] ListPartnerBalancesRequest (query)"),
    fields: &[Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID }],
    cross: crate::engine::no_cross,
    links: &[],
};
