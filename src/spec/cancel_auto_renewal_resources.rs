//! 取消包年/包月资源自动续费 — CancelAutoRenewalResources.
//! `DELETE /v2/orders/subscriptions/resources/autorenew/{resource_id}` (path parameter only, no
//! body; bss-api-more.md §50, \[SDK-go\]).
//!
//! The validated object holds the path parameter (convention I1), read as a query's values are.

use super::{Field, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "CancelAutoRenewalResources",
    title: "取消包年/包月资源自动续费",
    method: Method::Delete,
    path: "/v2/orders/subscriptions/resources/autorenew/{resource_id}",
    site: Site::China,
    source: super::cite("bss-api-more.md §50; [SDK-go], [SDK-meta Path]"),
    fields: &[
        // Decision (I4, INFERRED): max 64, as §49 documents for the same path parameter.
        Field { name: "resource_id", presence: Required, kind: super::ID },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
