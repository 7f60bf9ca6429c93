//! 查询客户预算 — ShowSubCustomerBudget (intl site). `GET /v2/partners/sub-customers/budget`
//! (query parameters; bss-api-more.md §53, \[DOC eu mt_01004\], \[SDK-go bssintl\], \[SDK-meta\]).

use super::{Empty::*, Field, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ShowSubCustomerBudget",
    title: "查询客户预算",
    method: Method::Get,
    path: "/v2/partners/sub-customers/budget",
    site: Site::International,
    source: super::cite("bss-api-more.md §53; [DOC eu mt_01004], [SDK-go bssintl], [SDK-meta NON_NULL_NON_EMPTY]"),
    fields: &[
        // Value Limit 64; NON_NULL_NON_EMPTY.
        Field { name: "customer_id", presence: Required, kind: super::ID },
        // Max 64; required for a 云经销商's customers, which the server knows (decision 22). `""`: silent source (decision 3).
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
