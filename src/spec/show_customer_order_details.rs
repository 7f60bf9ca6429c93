//! 查询订单详情 — ShowCustomerOrderDetails. `GET /v2/orders/customer-orders/details/{order_id}`
//! (path parameter and query parameters, SDK model `ShowCustomerOrderDetailsRequest`;
//! bss-api-more.md §42, \[GUIDE productsdesc-bms_36a78e1e…\], \[DOC intl api_order_00014\]).
//!
//! The path parameter `order_id` is a key of the validated object, beside the query
//! parameters (bss-api-more.md, "How a request maps to the validated object", point 3).
//! The `X-Language` header is not a field.

use super::{Empty::*, Field, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ShowCustomerOrderDetails",
    title: "查询订单详情",
    method: Method::Get,
    path: "/v2/orders/customer-orders/details/{order_id}",
    site: Site::China,
    source: super::cite("bss-api-more.md §42; [GUIDE productsdesc-bms_36a78e1e0416140b59c7cfbdd987d07bsupport0], [DOC intl api_order_00014], [SDK-meta], [SDK-go/java]"),
    fields: &[
        // Decision: the path parameter is a field of the object (convention I1).
        Field { name: "order_id", presence: Required, kind: super::ID },
        // Decision: 不携带/空/null → 0: `""` (空) counts as absent. `[0-最大整数]` = Java 0..2147483647.
        Field { name: "offset", presence: Optional(Absent), kind: super::OFFSET_MAX },
        // Decision: 不携带/空/null → 10: `""` (空) counts as absent.
        Field { name: "limit", presence: Optional(Absent), kind: super::LIMIT },
        // The source is silent on "": rejected (README decision 3).
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
