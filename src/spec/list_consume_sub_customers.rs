//! 查询消费客户列表 — ListConsumeSubCustomers. `POST /v2/bills/subcustomer-bills/res-fee-records/sub-customers/query`
//! (bss-api.md §18; SDK model ListConsumeSubCustomersReq; \[DOC mt_000503\]).

#[allow(unused_imports)]
use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListConsumeSubCustomers",
    title: "查询消费客户列表",
    method: Method::Post,
    path: "/v2/bills/subcustomer-bills/res-fee-records/sub-customers/query",
    site: Site::China,
    source: super::cite("bss-api.md §18; SDK model ListConsumeSubCustomersReq; [DOC mt_000503]"),
    fields: &[
        Field { name: "bill_cycle", presence: Required, kind: Kind::Text { min: 0, max: Some(10), format: Some(Format::YearMonth) } },
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_MAX_MINUS_1 },
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
