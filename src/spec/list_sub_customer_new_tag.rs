//! 查询客户新客标签 — ListSubCustomerNewTag.
//! `POST /v2/partners/sub-customers/new-customers-tags/batch-query`
//! (SDK model `ListSubCustomerNewTagReq`; bss-api.md §18, \[SDK-go/java\]).

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListSubCustomerNewTag",
    title: "查询客户新客标签",
    method: Method::Post,
    path: "/v2/partners/sub-customers/new-customers-tags/batch-query",
    site: Site::China,
    source: super::cite("bss-api.md §18; [SDK-go/java] ListSubCustomerNewTagReq"),
    fields: &[
        // 单个客户ID最大长度：64; an empty list is "no filter".
        Field { name: "customer_ids", presence: Optional(Rejected), kind: Kind::List { min: 0, max: None, item: &super::ID } },
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_MAX },
        // The exception to cross-cutting rule 3: 1–200.
        Field { name: "limit", presence: Optional(Rejected), kind: Kind::Int { min: 1, max: 200 } },
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
