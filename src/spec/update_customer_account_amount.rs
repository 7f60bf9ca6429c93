//! 向客户账户拨款 — UpdateCustomerAccountAmount. `POST /v2/accounts/partner-accounts/adjust-amount`
//! (bss-api.md §5; SDK model AdjustAccountReq; \[DOC mt_060005\], \[SDK-java\]).

#[allow(unused_imports)]
use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "UpdateCustomerAccountAmount",
    title: "向客户账户拨款",
    method: Method::Post,
    path: "/v2/accounts/partner-accounts/adjust-amount",
    site: Site::China,
    source: super::cite("bss-api.md §5; SDK model AdjustAccountReq; [DOC mt_060005], [SDK-java]"),
    fields: &[
        Field { name: "customer_id", presence: Required, kind: super::ID },
        // The server also checks the amount against the partner balance; that needs state.
        Field { name: "amount", presence: Required, kind: Kind::Money(&super::ACCOUNT_AMOUNT) },
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
