//! 查询度量单位列表 — ListMeasureUnits. `GET /v2/bases/measurements`
//! (bss-api-more.md §38, \[SDK-go\], \[SDK-meta\]).
//!
//! No request fields: the header `X-Language` is its only parameter, and headers are not
//! fields. The validated object is `{}`; any key is an unknown field.

use super::{Method, Operation, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListMeasureUnits",
    title: "查询度量单位列表",
    method: Method::Get,
    path: "/v2/bases/measurements",
    site: Site::China,
    source: super::cite("bss-api-more.md §38; [SDK-go], [SDK-meta]"),
    fields: &[],
    cross: crate::engine::no_cross,
    links: &[],
};
