//! 查询资源包使用量 — ListFreeResourceUsages. `POST /v2/payments/free-resources/usages/details/query`
//! (SDK model `ListFreeResourceUsagesReq`; bss-api-more.md §48, \[DOC api_order_00028\]).
//! The `X-Language` header is not a field.

use super::{Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListFreeResourceUsages",
    title: "查询资源包使用量",
    method: Method::Post,
    path: "/v2/payments/free-resources/usages/details/query",
    site: Site::China,
    source: super::cite("bss-api-more.md §48; [DOC api_order_00028], [SDK-go] ListFreeResourceUsagesReq"),
    fields: &[
        // Decision (I9): 每个最大64字节 is counted in UTF-16 units like every length; for the
        // documented ASCII IDs bytes and units are the same. 1–100 items (README decision 15).
        Field { name: "free_resource_ids", presence: Required, kind: Kind::List { min: 1, max: Some(100), item: &super::ID } },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
