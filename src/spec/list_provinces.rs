//! 查询省份信息 — ListProvinces. `GET /v2/systems/configs/provinces`
//! (query parameters; bss-api-more.md §39, \[SDK-go\], \[SDK-java\]; the doc page mpf_02001 was not available).
//!
//! The header `X-Language` is not a field.

use super::{Empty::*, Field, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListProvinces",
    title: "查询省份信息",
    method: Method::Get,
    path: "/v2/systems/configs/provinces",
    site: Site::China,
    source: super::cite("bss-api-more.md §39; [SDK-go], [SDK-java]"),
    fields: &[
        // Decision: Java's 0..1000 (no doc row; §40/§41 document the same); `""` is `empty` (silent source, decision 3).
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_1000 },
        // Decision: 最大1000, Java 1..1000; `""` is `empty` (silent source, decision 3).
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT_1000 },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
