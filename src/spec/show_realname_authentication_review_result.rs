//! 查询实名认证审核结果 — ShowRealnameAuthenticationReviewResult.
//! `GET /v2/customers/realname-auths/result` (query; bss-api-more.md §30, \[DOC mc_00020\]).
//!
//! China site; the intl twin has the same one parameter.

use super::{Field, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ShowRealnameAuthenticationReviewResult",
    title: "查询实名认证审核结果",
    method: Method::Get,
    path: "/v2/customers/realname-auths/result",
    site: Site::China,
    source: super::cite("bss-api-more.md §30; [DOC mc_00020], [SDK-go], [SDK-meta]"),
    fields: &[Field { name: "customer_id", presence: Required, kind: super::ID }],
    cross: crate::engine::no_cross,
    links: &[],
};
