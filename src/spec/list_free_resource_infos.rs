//! 查询资源包列表 — ListFreeResourceInfos. `POST /v3/payments/free-resources/query`
//! (SDK model `ListFreeResourceInfosReq`; bss-api-more.md §47, \[DOC api_order_00027\]).
//!
//! Every field is optional, and so is the body itself (Java `FieldExistence.NULL_IGNORE`):
//! `{}` lists every package. The `X-Language` header is not a field.

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListFreeResourceInfos",
    title: "查询资源包列表",
    method: Method::Post,
    path: "/v3/payments/free-resources/query",
    site: Site::China,
    source: super::cite("bss-api-more.md §47; [DOC api_order_00027], [GUIDE productsdesc-bms_d1ceaf8f5f7520b12f2215aae9505c31support0], [SDK-go/java]"),
    fields: &[
        // Each filter: 不携带 / 空串 / null → not a filter.
        Field { name: "region_code", presence: Optional(Absent), kind: super::text(64) },
        Field { name: "order_id", presence: Optional(Absent), kind: super::ID },
        // 资源包ID, e.g. 90301-296014-0--0.
        Field { name: "product_id", presence: Optional(Absent), kind: super::ID },
        Field { name: "product_name", presence: Optional(Absent), kind: super::text(256) },
        // 不携带 / 空串 / null → every resource except the enterprise-project ones.
        Field { name: "enterprise_project_id", presence: Optional(Absent), kind: super::ID },
        // Decision: the doc's range [0-4] (Java 0..4); its five named values are the same set:
        // 0 未生效 / 1 生效中 / 2 已用完 / 3 已失效 / 4 已退订.
        Field { name: "status", presence: Optional(Absent), kind: Kind::Int { min: 0, max: 4 } },
        // `""` not mentioned: rejected.
        Field { name: "offset", presence: Optional(Rejected), kind: Kind::Int { min: 0, max: 999_999 } },
        // `""` not mentioned: rejected.
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT_1000 },
        // 大小写不敏感 (no enum to compare, so no effect); 不携带 / 空列表 / null → not a filter;
        // `""` not mentioned: rejected. No item length is documented.
        Field {
            name: "service_type_code_list",
            presence: Optional(Rejected),
            kind: Kind::List { min: 0, max: Some(10), item: &super::ANY_TEXT },
        },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
