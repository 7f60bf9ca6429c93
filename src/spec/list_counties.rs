//! 查询区县信息 — ListCounties. `GET /v2/systems/configs/counties`
//! (query parameters; bss-api-more.md §41, \[DOC mpf_02003\], \[SDK-go\], \[SDK-java\]).

use super::{Empty::*, Field, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListCounties",
    title: "查询区县信息",
    method: Method::Get,
    path: "/v2/systems/configs/counties",
    site: Site::China,
    source: super::cite("bss-api-more.md §41; [DOC mpf_02003], [SDK-go], [SDK-java]"),
    fields: &[
        // Decision: 最大长度:20, the operation's own doc, though ListCities answers codes of up to 40 (C5).
        Field { name: "city_code", presence: Required, kind: super::text(20) },
        // `[0-1000]`; 不支持携带值为空串.
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_1000 },
        // Decision: 不支持携带值为空、空串、null — `""` is `empty`; null stays absent (decision 2).
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT_1000 },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
