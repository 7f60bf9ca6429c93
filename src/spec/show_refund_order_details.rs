//! 查询退款订单的金额详情 — ShowRefundOrderDetails. `GET /v2/orders/customer-orders/refund-orders`
//! (query parameters, SDK model `ShowRefundOrderDetailsRequest`; bss-api-more.md §46,
//! \[DOC api_order_00020\]).

use super::{Empty::*, Field, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ShowRefundOrderDetails",
    title: "查询退款订单的金额详情",
    method: Method::Get,
    path: "/v2/orders/customer-orders/refund-orders",
    site: Site::China,
    source: super::cite("bss-api-more.md §46; [DOC api_order_00020], [SDK-go]"),
    fields: &[
        // 退订订单或者降配订单的ID.
        Field { name: "order_id", presence: Required, kind: super::ID },
        // Decision (README 22): optional; "required when a partner queries a sub-customer's
        // refund" depends on the caller, which the server knows. `""` not mentioned: rejected.
        Field { name: "customer_id", presence: Optional(Rejected), kind: super::ID },
        // Required for a 云经销商's sub-customer (server-side, README 22). `""` not mentioned: rejected.
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
