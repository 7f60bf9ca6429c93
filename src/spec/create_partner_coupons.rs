//! 发放优惠券 — CreatePartnerCoupons. `POST /v2/promotions/benefits/partner-coupons`
//! (SDK model `CreatePartnerCouponsReq`; bss-api.md §13, \[DOC mp_02002\]).

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "CreatePartnerCoupons",
    title: "发放优惠券",
    method: Method::Post,
    path: "/v2/promotions/benefits/partner-coupons",
    site: Site::China,
    source: super::cite("bss-api.md §13; [DOC mp_02002], [SDK-go/java]"),
    fields: &[
        Field { name: "quota_id", presence: Required, kind: super::ID },
        // Decision: a required list needs at least one item.
        Field { name: "customer_ids", presence: Required, kind: Kind::List { min: 1, max: Some(100), item: &super::ID } },
        Field { name: "face_value", presence: Required, kind: Kind::Money(&super::FACE_VALUE) },
        Field { name: "valid_time", presence: Optional(Rejected), kind: super::UTC_TIME },
        Field { name: "expire_time", presence: Optional(Rejected), kind: super::UTC_TIME },
        Field { name: "cloud_service_types", presence: Optional(Rejected), kind: Kind::List { min: 0, max: Some(10), item: &super::ANY_TEXT } },
        Field { name: "product_ids", presence: Optional(Rejected), kind: Kind::List { min: 0, max: Some(10), item: &super::ANY_TEXT } },
        // "" → set to empty. No length is documented.
        Field { name: "memo", presence: Optional(Value), kind: super::ANY_TEXT },
        // Decision (INFERRED): max 64 like every other indirect_partner_id.
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    // Decision: no begin ≤ end rule. No doc page or SDK text states one (only
    // ListCustomerOrders' one-year window is SDK text), and the validator must not refuse what
    // the API accepts (issue 15).
    cross: crate::engine::no_cross,
    links: &[],
};

