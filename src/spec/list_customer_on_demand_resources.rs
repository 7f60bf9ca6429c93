//! 查询客户按需资源列表 — ListCustomerOnDemandResources.
//! `POST /v2/partners/sub-customers/on-demand-resources/query` (SDK model
//! `QueryCustomerOnDemandResourcesReq`; bss-api-more.md §25, \[DOC mqr_01002\]).
//! 解决方案提供商 or 总经销商 only, for 代售类 customers. The header `X-Language` is not a field.
//! The intl site has the same fields (its SDK text lacks the null/"" sentences): this is the
//! China table.

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListCustomerOnDemandResources",
    title: "查询客户按需资源列表",
    method: Method::Post,
    path: "/v2/partners/sub-customers/on-demand-resources/query",
    site: Site::China,
    source: super::cite("bss-api-more.md §25; [DOC mqr_01002], [SDK-go], [SDK-java]"),
    fields: &[
        Field { name: "customer_id", presence: Required, kind: super::ID },
        // 此参数不携带或携带值为空串或携带值为null时,不作为筛选条件.
        Field { name: "region_code", presence: Optional(Absent), kind: super::text(64) },
        Field { name: "service_type_code", presence: Optional(Absent), kind: super::text(64) },
        // 列表最大长度:50; 不携带 / 空列表 / null → no filter. Decision: no item length is
        // documented, so none is checked; "" (not a list) is rejected (the source is silent).
        Field { name: "resource_ids", presence: Optional(Rejected), kind: Kind::List { min: 0, max: Some(50), item: &super::RESOURCE_ID } },
        // UTC, 最大长度:20; 不携带 / 空串 / null → no filter.
        Field { name: "effective_time_begin", presence: Optional(Absent), kind: super::UTC_TIME },
        Field { name: "effective_time_end", presence: Optional(Absent), kind: super::UTC_TIME },
        // Java 0..2147483647 (doc row not available).
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_MAX },
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
        // 1 正常（已开通）/ 2 宽限期 / 3 冻结中 / 4 变更中 / 5 正在关闭 / 6 已关闭 (Java 1..6: the same set).
        Field { name: "status", presence: Optional(Rejected), kind: Kind::IntChoice(&[1, 2, 3, 4, 5, 6]) },
        // Decision (I4): max length 64 (doc row not available).
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
