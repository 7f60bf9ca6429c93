//! 查询客户包年/包月资源列表 — ListPayPerUseCustomerResources.
//! `POST /v2/orders/suscriptions/resources/query` (sic: `suscriptions`, as the SDKs and the docs
//! spell it; SDK model `QueryResourcesReq`; bss-api-more.md §45, \[DOC api_order_00021\]).
//!
//! Every field is optional: a body with no filter lists the first `limit` resources [DOC-oce].
//! Who may call (partner or customer credentials, C6) is not validated.

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListPayPerUseCustomerResources",
    title: "查询客户包年/包月资源列表",
    method: Method::Post,
    path: "/v2/orders/suscriptions/resources/query",
    site: Site::China,
    source: super::cite("bss-api-more.md §45; [DOC api_order_00021], [DOC-oce api_order_00021], [SDK-go/java] QueryResourcesReq"),
    fields: &[
        // Decision (C1): null is absent, as the doc says (the SDK's 不支持携带值为null would refuse
        // what the doc accepts). An empty list is accepted (no filter); `""` is not mentioned: rejected.
        Field { name: "resource_ids", presence: Optional(Rejected), kind: Kind::List { min: 0, max: Some(50), item: &super::RESOURCE_ID } },
        // 不携带 / 空串 / null → not a filter.
        Field { name: "order_id", presence: Optional(Absent), kind: super::ID },
        // 0 主资源及附属资源 (default) / 1 只查询主资源.
        Field { name: "only_main_resource", presence: Optional(Rejected), kind: Kind::IntChoice(&[0, 1]) },
        // Decision (C6): the union of the values: 2 使用中 / 3 已关闭 / 4 已冻结 (DOC) and 5 已过期 (SDK).
        Field { name: "status_list", presence: Optional(Rejected), kind: Kind::List { min: 0, max: Some(10), item: &Kind::IntChoice(&[2, 3, 4, 5]) } },
        // Decision (C3): the Java bound 0..2147483646; the doc row is not in the stored page.
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_MAX_MINUS_1 },
        // Decision (C3): the Java bound 1..500 (the old v1 page_size [1-500]); no doc row.
        Field { name: "limit", presence: Optional(Rejected), kind: Kind::Int { min: 1, max: 500 } },
        // Decision (I4): max 20 as every UTC time; no source orders begin and end, so no window rule.
        Field { name: "expire_time_begin", presence: Optional(Absent), kind: super::UTC_TIME },
        // Decision (I4): max 20, as expire_time_begin.
        Field { name: "expire_time_end", presence: Optional(Absent), kind: super::UTC_TIME },
        // 此参数不允许为空串; no length is documented.
        Field { name: "service_type_code", presence: Optional(Rejected), kind: super::ANY_TEXT },
        // Decision (README 22): optional; "必须携带 when a partner queries a sub-customer" needs the
        // caller, which the server knows. 范围限制:0-64; `""` not mentioned: rejected.
        Field { name: "customer_id", presence: Optional(Rejected), kind: super::ID },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
