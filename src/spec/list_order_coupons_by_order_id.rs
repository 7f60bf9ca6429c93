//! 查询订单可用优惠券 — ListOrderCouponsByOrderId. `GET /v2/orders/customer-orders/order-coupons`
//! (query parameter, SDK model `ListOrderCouponsByOrderIdRequest`; bss-api-more.md §43).
//! Customer AK/SK or token only (the caller is not validated). China site only.

use super::{Field, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListOrderCouponsByOrderId",
    title: "查询订单可用优惠券",
    method: Method::Get,
    path: "/v2/orders/customer-orders/order-coupons",
    site: Site::China,
    source: super::cite("bss-api-more.md §43; [DOC api_order_00015], [DOC-oce api_order_00015], [SDK-go]"),
    fields: &[Field { name: "order_id", presence: Required, kind: super::ID }],
    cross: crate::engine::no_cross,
    links: &[],
};
