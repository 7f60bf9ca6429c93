//! 查询客户月度消费账单 — ListSubcustomerMonthlyBills.
//! `GET /v2/bills/partner-bills/subcustomer-bills/monthly-sum` (query parameters, SDK model
//! `ListSubcustomerMonthlyBillsRequest`; bss-api-more.md §24, \[DOC cb_020001\]).
//! 解决方案提供商 or 总经销商 only, for 代售类 customers.

use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListSubcustomerMonthlyBills",
    title: "查询客户月度消费账单",
    method: Method::Get,
    path: "/v2/bills/partner-bills/subcustomer-bills/monthly-sum",
    site: Site::China,
    source: super::cite("bss-api-more.md §24; [DOC cb_020001], [SDK-go], [SDK-java]"),
    fields: &[
        // 最大长度:10, 格式固定为 YYYY-MM.
        Field { name: "cycle", presence: Required, kind: Kind::Text { min: 0, max: Some(10), format: Some(Format::YearMonth) } },
        // 最大长度:4; 1 包年/包月 / 3 按需 / 11 节省计划 (text; checked against its values, decision 20).
        Field { name: "charge_mode", presence: Required, kind: Kind::Choice { allowed: &["1", "3", "11"], ignore_case: false } },
        // 最大长度:1; 0 消费 / 1 退订 / 2 华为核销. 不携带或携带值为空时,不作为筛选条件.
        Field { name: "bill_type", presence: Optional(Absent), kind: Kind::Choice { allowed: &["0", "1", "2"], ignore_case: false } },
        // "" is not mentioned: rejected.
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
        Field { name: "customer_id", presence: Optional(Absent), kind: super::ID },
        Field { name: "cloud_service_type", presence: Optional(Absent), kind: super::text(256) },
        // [0-最大整数].
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_MAX },
        // Java 1..100 (doc row not available).
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
