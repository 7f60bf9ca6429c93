//! 支付包年/包月产品订单 — PayOrders (v3 body). `POST /v3/orders/customer-orders/pay`
//! (SDK model `PayCustomerOrderV3Req`; bss-api.md §9, \[DOC api_order_00030\]).

use super::Empty::Rejected;
use super::{Field, Kind, Method, Operation, Presence::*, Site};
use crate::engine::{Body, Report};

/// The operation table.
pub const OP: Operation = Operation {
    name: "PayOrders",
    title: "支付包年/包月产品订单",
    method: Method::Post,
    path: "/v3/orders/customer-orders/pay",
    site: Site::China,
    source: super::cite("bss-api.md §9, bss-api-more.md §54.2; [DOC api_order_00030], [SDK-go/java]"),
    fields: &[
        Field { name: "order_id", presence: Required, kind: super::ID },
        Field { name: "use_coupon", presence: Required, kind: YES_NO },
        Field { name: "use_discount", presence: Required, kind: YES_NO },
        // 目前支持传递最多三个优惠券ID. With NO the list must not be sent at all, so an empty list
        // is never right: at least one item.
        Field { name: "coupon_infos", presence: Conditional(Rejected), kind: Kind::List { min: 1, max: Some(3), item: &Kind::Object(COUPON) } },
        // 目前仅支持传递一个折扣ID.
        Field { name: "discount_infos", presence: Conditional(Rejected), kind: Kind::List { min: 1, max: Some(1), item: &Kind::Object(DISCOUNT) } },
    ],
    cross,
    links: &[("use_coupon", "coupon_infos"), ("use_discount", "discount_infos")],
};

const YES_NO: Kind = Kind::Choice { allowed: &["YES", "NO"], ignore_case: false };

/// `coupon_infos[]` (SDK `CouponSimpleInfoOrderPayV3`).
const COUPON: &[Field] = &[
    // Decision (INFERRED): 最大长度:64 as in the v2 API.
    Field { name: "id", presence: Required, kind: super::ID },
    // 300 折扣券 / 301 促销代金券 / 302 促销现金券 / 303 促销储值卡.
    Field { name: "type", presence: Required, kind: Kind::IntChoice(&[300, 301, 302, 303]) },
];

/// `discount_infos[]` (SDK `DiscountSimpleInfoV3`).
const DISCOUNT: &[Field] = &[
    // Decision: 最大长度:64 as the v2 API's `id` (no v3 source gives a length).
    Field { name: "id", presence: Required, kind: super::ID },
    // Decision (bss-api-more.md §54.2): the values a client can send, as ListOrderDiscounts
    // answers them (DiscountInfoV3.discount_type): 0 促销折扣, 1 合同折扣, 2 商务优惠,
    // 3 合作伙伴授予折扣, 609 订单调价折扣 — not the Java range 0–609, whose 4–608 name nothing.
    Field { name: "type", presence: Required, kind: Kind::IntChoice(&[0, 1, 2, 3, 609]) },
];

/// `use_coupon` = YES ⇒ `coupon_infos` required, NO ⇒ forbidden; the same for discounts.
fn cross(body: &Body<'_>, out: &mut Report) {
    crate::engine::switch(body, out, "use_coupon", "coupon_infos");
    crate::engine::switch(body, out, "use_discount", "discount_infos");
}
