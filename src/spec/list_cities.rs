//! 查询城市信息 — ListCities. `GET /v2/systems/configs/cities`
//! (query parameters; bss-api-more.md §40, \[DOC mpf_02002\], \[DOC-oce mpf_02002\], \[SDK-go\], \[SDK-java\]).

use super::{Empty::*, Field, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListCities",
    title: "查询城市信息",
    method: Method::Get,
    path: "/v2/systems/configs/cities",
    site: Site::China,
    source: super::cite("bss-api-more.md §40; [DOC mpf_02002], [DOC-oce mpf_02002], [SDK-go], [SDK-java]"),
    fields: &[
        // 省份编码, 最大长度:40, e.g. `CN-13`.
        Field { name: "province_code", presence: Required, kind: super::text(40) },
        // `[0-1000]` (doc and Java); 不支持携带值为空串.
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_1000 },
        // Decision: 不支持携带值为空、空串、null — `""` is `empty`; null stays absent (decision 2).
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT_1000 },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
