//! 查询客户预算调整记录 — ListSubCustomerBudgetRecords (intl site).
//! `GET /v2/partners/sub-customers/budget/records` (query parameters; bss-api-more.md §53,
//! \[SDK-go bssintl\], \[SDK-java\]; the doc page mt_01007 was not available).

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListSubCustomerBudgetRecords",
    title: "查询客户预算调整记录",
    method: Method::Get,
    path: "/v2/partners/sub-customers/budget/records",
    site: Site::International,
    source: super::cite("bss-api-more.md §53; [SDK-go bssintl] ListSubCustomerBudgetRecordsRequest, [SDK-java]"),
    fields: &[
        // 范围限制:1-64.
        Field { name: "customer_id", presence: Required, kind: Kind::Text { min: 1, max: Some(64), format: None } },
        // Decision: 范围限制:0-64 read as at most 64; `""` is `empty` (silent source, decision 3).
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
        // Decision: `SETTING` 设置 / `DELETE` 解除关联关系; 携带值不支持为空或者空串: `""` is `empty`, null absent (decision 2).
        Field { name: "operation_type", presence: Optional(Rejected), kind: Kind::Choice { allowed: &["SETTING", "DELETE"], ignore_case: false } },
        // Decision: `MONTHLY` / `PACKAGE`; 携带值不支持为空或者空串: `""` is `empty`, null absent (decision 2).
        Field { name: "budget_type", presence: Optional(Rejected), kind: Kind::Choice { allowed: &["MONTHLY", "PACKAGE"], ignore_case: false } },
        // 范围限制:0-2147483647; `""`: silent source (decision 3).
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_MAX },
        // 范围限制:1-100; `""`: silent source (decision 3).
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
