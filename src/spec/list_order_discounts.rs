//! 查询订单可用折扣 — ListOrderDiscounts. `GET /v2/orders/customer-orders/order-discounts`
//! (query parameter, SDK model `ListOrderDiscountsRequest`; bss-api-more.md §44). Customer
//! AK/SK or token only; 代售 customers get no discounts (server-side, not validated).

use super::{Field, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListOrderDiscounts",
    title: "查询订单可用折扣",
    method: Method::Get,
    path: "/v2/orders/customer-orders/order-discounts",
    site: Site::China,
    source: super::cite("bss-api-more.md §44; [DOC-oce api_order_00025], [DOC intl api_order_00025], [SDK-go]"),
    fields: &[Field { name: "order_id", presence: Required, kind: super::ID }],
    cross: crate::engine::no_cross,
    links: &[],
};
