//! 查询云服务类型列表 — ListServiceTypes. `GET /v2/products/service-types`
//! (query parameters; bss-api-more.md §33, \[DOC-oce zh-cn_topic_0000001256679455\], \[SDK-go/java\]).
//!
//! The header `X-Language` is not a field.

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListServiceTypes",
    title: "查询云服务类型列表",
    method: Method::Get,
    path: "/v2/products/service-types",
    site: Site::China,
    source: super::cite("bss-api-more.md §33; [DOC-oce zh-cn_topic_0000001256679455], [SDK-go], [SDK-java]"),
    fields: &[
        // `[1-1000]` (Java 1..1000); 不携带/空/null → 10, 不支持携带值为空串.
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT_1000 },
        // Decision: the doc's `[0-1000000000]`, not Java's 2147483647 (C3: the doc row's bound).
        Field { name: "offset", presence: Optional(Rejected), kind: Kind::Int { min: 0, max: 1_000_000_000 } },
        // Decision: `""` is `empty` (I11: below the documented minimum length 1; the doc is silent).
        Field { name: "service_type_name", presence: Optional(Rejected), kind: Kind::Text { min: 1, max: Some(128), format: None } },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
