//! 取消待支付订单 — CancelCustomerOrder. `PUT /v2/orders/customer-orders/cancel`
//! (bss-api.md §8; \[DOC api_order_00017\]).

#[allow(unused_imports)]
use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "CancelCustomerOrder",
    title: "取消待支付订单",
    method: Method::Put,
    path: "/v2/orders/customer-orders/cancel",
    site: Site::China,
    source: super::cite("bss-api.md §8; [DOC api_order_00017]"),
    fields: &[Field { name: "order_id", presence: Required, kind: super::ID }],
    cross: crate::engine::no_cross,
    links: &[],
};
