//! 查询按需产品价格 — ListOnDemandResourceRatings. `POST /v2/bills/ratings/on-demand-resources`
//! (SDK model `RateOnDemandReq`; bss-api-more.md §31, \[DOC bcloud_01001\]).
//!
//! China site; the intl twin has the same fields (its SDK text lacks the null/"" sentences).
//! Called with the customer's token, swapped by the partner.

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};
use crate::engine::{Body, Report};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListOnDemandResourceRatings",
    title: "查询按需产品价格",
    method: Method::Post,
    path: "/v2/bills/ratings/on-demand-resources",
    site: Site::China,
    source: super::cite("bss-api-more.md §31; [DOC bcloud_01001], [SDK-go/java]"),
    fields: &[
        Field { name: "project_id", presence: Required, kind: super::ID },
        // 0 默认精度截取 (absent → 0) / 1 保留10位精度 (Java 0..1).
        Field { name: "inquiry_precision", presence: Optional(Rejected), kind: Kind::IntChoice(&[0, 1]) },
        // 最大个数:100; each `id` unique (cross).
        Field { name: "product_infos", presence: Required, kind: Kind::List { min: 1, max: Some(100), item: &Kind::Object(DEMAND_PRODUCT_INFO) } },
    ],
    cross,
    links: &[],
};

/// `cloud_service_type`, `resource_type`, `resource_spec`: 最大长度:400.
pub(super) const PRODUCT_CODE: Kind = super::text(400);
/// `resource_size`: Java min 1, max 214783647 (sic). Decision: 2147483647, the evident intent.
pub(super) const RESOURCE_SIZE: Kind = Kind::Int { min: 1, max: i32::MAX };
/// `size_measure_id` (15 Mbps, 17 GB, 14 个): Java min 0, max 214783647 (sic), read as 2147483647.
pub(super) const SIZE_MEASURE_ID: Kind = Kind::Int { min: 0, max: i32::MAX };
/// `subscription_num`: Java 1..10000.
pub(super) const SUBSCRIPTION_NUM: Kind = Kind::Int { min: 1, max: 10_000 };

/// `product_infos[]` (SDK `DemandProductInfo`).
const DEMAND_PRODUCT_INFO: &[Field] = &[
    // 最大长度:64; 同一次询价中不能重复 (cross).
    Field { name: "id", presence: Required, kind: super::ID },
    Field { name: "cloud_service_type", presence: Required, kind: PRODUCT_CODE },
    Field { name: "resource_type", presence: Required, kind: PRODUCT_CODE },
    Field { name: "resource_spec", presence: Required, kind: PRODUCT_CODE },
    // Decision: no length (the doc row is not available, no SDK gives one).
    Field { name: "region", presence: Required, kind: super::ANY_TEXT },
    // 不携带 / 空串 / null → not a filter.
    Field { name: "available_zone", presence: Optional(Absent), kind: super::ANY_TEXT },
    // Decision: optional (required for linear products only: server knowledge, README
    // decision 22); max 2147483647, not Java's typo 214783647.
    Field { name: "resource_size", presence: Optional(Rejected), kind: RESOURCE_SIZE },
    Field { name: "size_measure_id", presence: Optional(Rejected), kind: SIZE_MEASURE_ID },
    // 使用量因子编码 (ListUsageTypes `code`), 大小写不敏感: any text, no length.
    Field { name: "usage_factor", presence: Required, kind: super::ANY_TEXT },
    // Decision: a non-negative decimal of any scale, string or number (no source bounds it).
    Field { name: "usage_value", presence: Required, kind: Kind::Decimal },
    Field { name: "usage_measure_id", presence: Required, kind: Kind::Int { min: 0, max: 9999 } },
    Field { name: "subscription_num", presence: Required, kind: SUBSCRIPTION_NUM },
];

/// `product_infos[].id` is unique within the request (同一次询价中不能重复).
pub(super) fn cross(body: &Body<'_>, out: &mut Report) {
    crate::engine::distinct(body, out, "product_infos", "id");
}
