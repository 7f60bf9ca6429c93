//! 回收优惠券 — ReclaimPartnerCoupons. `POST /v2/promotions/benefits/partner-coupons/reclaim`
//! (bss-api.md §14; \[DOC mp_02004\]).

#[allow(unused_imports)]
use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ReclaimPartnerCoupons",
    title: "回收优惠券",
    method: Method::Post,
    path: "/v2/promotions/benefits/partner-coupons/reclaim",
    site: Site::China,
    source: super::cite("bss-api.md §14; [DOC mp_02004]"),
    fields: &[
        Field { name: "coupon_id", presence: Required, kind: super::ID },
        // 最大长度:100 here, an exception to the usual 64; "" not supported.
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::text(100) },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
