//! 设置或取消包年/包月资源到期转按需 — UpdatePeriodToOnDemand.
//! `POST /v2/orders/subscriptions/resources/to-on-demand` (SDK model `PeriodToOnDemandReq`;
//! bss-api-more.md §51, \[DOC api_order_00024\]).

use super::{Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "UpdatePeriodToOnDemand",
    title: "设置或取消包年/包月资源到期转按需",
    method: Method::Post,
    path: "/v2/orders/subscriptions/resources/to-on-demand",
    site: Site::China,
    source: super::cite("bss-api-more.md §51; [DOC api_order_00024], [SDK-go] PeriodToOnDemandReq"),
    fields: &[
        // SET_UP 设置 / CANCEL 取消. Decision (README 20): 最大长度:64 is met by every value, so only
        // the values are checked.
        Field { name: "operation", presence: Required, kind: Kind::Choice { allowed: &["SET_UP", "CANCEL"], ignore_case: false } },
        // Main resource IDs only (server-side). 1–100 items (README decision 15); no item length
        // is documented (as RenewalResources' resource IDs).
        Field { name: "resource_ids", presence: Required, kind: Kind::List { min: 1, max: Some(100), item: &super::RESOURCE_ID } },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
