//! 根据云服务类型查询资源类型列表 — ListServiceResources. `GET /v2/products/service-resources`
//! (query parameters; bss-api-more.md §35, \[DOC qct_00003\], \[SDK-go\], \[SDK-java\]).
//!
//! The header `X-Language` is not a field.

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListServiceResources",
    title: "根据云服务类型查询资源类型列表",
    method: Method::Get,
    path: "/v2/products/service-resources",
    site: Site::China,
    source: super::cite("bss-api-more.md §35; [DOC qct_00003], [SDK-go], [SDK-java], [SDK-meta]"),
    fields: &[
        // 最大长度:64, e.g. `hws.service.type.obs`.
        Field { name: "service_type_code", presence: Required, kind: super::text(64) },
        // Decision: the doc's `[0-10000000]`, not Java's 2147483647 (C3); 不支持携带值为空串.
        Field { name: "offset", presence: Optional(Rejected), kind: Kind::Int { min: 0, max: 10_000_000 } },
        // Decision: 不支持携带值为空或空串或null — `""` is `empty`; null stays absent (decision 2).
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
