//! 退订包年/包月资源 — CancelResourcesSubscription. `POST /v2/orders/subscriptions/resources/unsubscribe`
//! (bss-api.md §18; SDK model UnsubscribeResourcesReq; \[SDK-go/java\]).

#[allow(unused_imports)]
use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "CancelResourcesSubscription",
    title: "退订包年/包月资源",
    method: Method::Post,
    path: "/v2/orders/subscriptions/resources/unsubscribe",
    site: Site::China,
    source: super::cite("bss-api.md §18; SDK model UnsubscribeResourcesReq; [SDK-go/java]"),
    fields: &[
        Field { name: "resource_ids", presence: Required, kind: Kind::List { min: 1, max: Some(10), item: &super::RESOURCE_ID } },
        Field { name: "unsubscribe_type", presence: Required, kind: Kind::IntChoice(&[1, 2]) },
        Field { name: "unsubscribe_reason_type", presence: Optional(Rejected), kind: Kind::Int { min: 1, max: 5 } },
        Field { name: "unsubscribe_reason", presence: Optional(Rejected), kind: super::ANY_TEXT },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
