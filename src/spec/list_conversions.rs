//! 查询度量单位进制 — ListConversions. `GET /v2/bases/conversions`
//! (query parameters; bss-api-more.md §37, \[SDK-go\], \[SDK-java\]; the doc page was not available).
//!
//! The header `X-Language` is not a field.

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListConversions",
    title: "查询度量单位进制",
    method: Method::Get,
    path: "/v2/bases/conversions",
    site: Site::China,
    source: super::cite("bss-api-more.md §37; [SDK-go], [SDK-java]"),
    fields: &[
        // Decision: the 度量类型 list is open (I5: 41, 98, 104, 108 were added over time) and Java gives
        // no bounds, so any 32-bit integer; 不携带/空/null → not a filter, 不支持携带值为空串.
        Field { name: "measure_type", presence: Optional(Rejected), kind: Kind::Int { min: i32::MIN, max: i32::MAX } },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
