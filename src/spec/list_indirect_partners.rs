//! 查询云经销商列表 — ListIndirectPartners. `POST /v2/partners/indirect-partners/query`
//! (SDK model `QueryIndirectPartnersReq`; bss-api.md §11, \[DOC espp_00003\]).

use super::{Empty::*, Field, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListIndirectPartners",
    title: "查询云经销商列表",
    method: Method::Post,
    path: "/v2/partners/indirect-partners/query",
    site: Site::China,
    source: super::cite("bss-api.md §11; [DOC espp_00003], [SDK-java]"),
    fields: &[
        Field { name: "account_name", presence: Optional(Absent), kind: super::text(64) },
        Field { name: "associated_on_begin", presence: Optional(Rejected), kind: super::UTC_TIME },
        Field { name: "associated_on_end", presence: Optional(Rejected), kind: super::UTC_TIME },
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
        // Decision: the doc's [0-40000000] over the Java spec's 2147483647.
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_40M },
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
    ],
    // Decision: no begin ≤ end rule. No doc page or SDK text states one (only
    // ListCustomerOrders' one-year window is SDK text), and the validator must not refuse what
    // the API accepts (issue 15).
    cross: crate::engine::no_cross,
    links: &[],
};
