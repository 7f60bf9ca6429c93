//! 查询产品的折扣和激励策略 — ListIncentiveDiscountPolicies. `GET /v2/products/incentive-discount-policies`
//! (bss-api.md §17; \[DOC zh-cn_topic_0000001163166566\], \[SDK-go\]).

#[allow(unused_imports)]
use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListIncentiveDiscountPolicies",
    title: "查询产品的折扣和激励策略",
    method: Method::Get,
    path: "/v2/products/incentive-discount-policies",
    site: Site::China,
    source: super::cite("bss-api.md §17; [DOC zh-cn_topic_0000001163166566], [SDK-go]"),
    fields: &[
        // 东八区 YYYY-MM.
        Field { name: "time", presence: Required, kind: Kind::Text { min: 0, max: Some(20), format: Some(Format::YearMonth) } },
        // "" IS a filter here.
        Field { name: "service_type_code", presence: Optional(Value), kind: super::text(64) },
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_MAX },
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
