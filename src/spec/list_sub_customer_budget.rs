//! 批量查询客户预算 — ListSubCustomerBudget (intl site). `POST /v2/partners/sub-customers/budget/query`
//! (SDK model `ListSubCustomerBudgetReq` in bssintl; bss-api-more.md §53, \[SDK-go bssintl\];
//! the doc page mt_01006 was not available).

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListSubCustomerBudget",
    title: "批量查询客户预算",
    method: Method::Post,
    path: "/v2/partners/sub-customers/budget/query",
    site: Site::International,
    source: super::cite("bss-api-more.md §53; [SDK-go bssintl] ListSubCustomerBudgetReq"),
    fields: &[
        // 最大支持100个客户ID; decision: a required list needs at least one item (decision 15).
        Field { name: "customer_ids", presence: Required, kind: Kind::List { min: 1, max: Some(100), item: &super::ID } },
        // Decision: 范围限制:0-64 read as at most 64 (the spec's reading); `""` is `empty`, as where a source is silent (decision 3).
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
