//! 查询资源类型列表 — ListResourceTypes. `GET /v2/products/resource-types`
//! (query parameters; bss-api-more.md §34, \[DOC intl en-us_topic_0000001256519451\], \[SDK-java\]).
//!
//! The China doc page was not available; the intl page gives the offset row. The header
//! `X-Language` is not a field.

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListResourceTypes",
    title: "查询资源类型列表",
    method: Method::Get,
    path: "/v2/products/resource-types",
    site: Site::China,
    source: super::cite("bss-api-more.md §34; [DOC intl en-us_topic_0000001256519451], [SDK-java]"),
    fields: &[
        // Decision: Java's 1..1000 (the doc row is not available); `""` is `empty`, as where a doc is silent (decision 3).
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT_1000 },
        // Decision: the intl doc's "0 to 1000000000", not Java's 2147483647 (C3); cannot be "".
        Field { name: "offset", presence: Optional(Rejected), kind: Kind::Int { min: 0, max: 1_000_000_000 } },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
