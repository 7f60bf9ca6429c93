//! 查询消费配额 — ShowPartnerConsumptionQuota (intl site). `GET /v2/partners/credit/consumption-quota`
//! (bss-api-more.md §53, \[SDK-go bssintl\]).
//!
//! 合作伙伴可以查询消费配额. No request fields: the validated object is `{}`; any key is an
//! unknown field.

use super::{Method, Operation, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ShowPartnerConsumptionQuota",
    title: "查询消费配额",
    method: Method::Get,
    path: "/v2/partners/credit/consumption-quota",
    site: Site::International,
    source: super::cite("bss-api-more.md §53; [SDK-go bssintl]"),
    fields: &[],
    cross: crate::engine::no_cross,
    links: &[],
};
