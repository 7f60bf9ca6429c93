//! 查询使用量类型列表 — ListUsageTypes. `GET /v2/products/usage-types`
//! (query parameters; bss-api-more.md §36, \[DOC qct_00004\], \[SDK-go\], \[SDK-java\]).
//!
//! The header `X-Language` is not a field.

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListUsageTypes",
    title: "查询使用量类型列表",
    method: Method::Get,
    path: "/v2/products/usage-types",
    site: Site::China,
    source: super::cite("bss-api-more.md §36; [DOC qct_00004], [SDK-go], [SDK-java]"),
    fields: &[
        // Decision: 空串 IS a filter, so `""` is a value (C1); null is absent (decision 2), though the doc also names it.
        Field { name: "resource_type_code", presence: Optional(Value), kind: super::text(64) },
        // Decision: the doc's `[0-100000000]`, not Java's 2147483647 (C3); 不支持携带值为空串.
        Field { name: "offset", presence: Optional(Rejected), kind: Kind::Int { min: 0, max: 100_000_000 } },
        // `[1-100]`; 不支持携带值为空串.
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
