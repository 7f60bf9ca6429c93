//! 查询包年/包月产品价格 — ListRateOnPeriodDetail. `POST /v2/bills/ratings/period-resources/subscribe-rate`
//! (SDK model `RateOnPeriodReq`; bss-api-more.md §32, \[DOC bcloud_01002\]).
//!
//! China site; the intl twin (§53) has no `fee_installment_mode`. Called with the customer's
//! token, swapped by the partner.

use super::list_on_demand_resource_ratings::{PRODUCT_CODE, RESOURCE_SIZE, SIZE_MEASURE_ID, SUBSCRIPTION_NUM, cross};
use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListRateOnPeriodDetail",
    title: "查询包年/包月产品价格",
    method: Method::Post,
    path: "/v2/bills/ratings/period-resources/subscribe-rate",
    site: Site::China,
    source: super::cite("bss-api-more.md §32; [DOC bcloud_01002], [SDK-go/java]"),
    fields: &[
        Field { name: "project_id", presence: Required, kind: super::ID },
        // 最大个数:100; each `id` unique (cross, as §31).
        Field { name: "product_infos", presence: Required, kind: Kind::List { min: 1, max: Some(100), item: &Kind::Object(PERIOD_PRODUCT_INFO) } },
    ],
    cross,
    links: &[],
};

/// `product_infos[]` (SDK `PeriodProductInfo`).
const PERIOD_PRODUCT_INFO: &[Field] = &[
    // 最大长度:64; unique within the request (cross).
    Field { name: "id", presence: Required, kind: super::ID },
    Field { name: "cloud_service_type", presence: Required, kind: PRODUCT_CODE },
    Field { name: "resource_type", presence: Required, kind: PRODUCT_CODE },
    Field { name: "resource_spec", presence: Required, kind: PRODUCT_CODE },
    // Decision: no length (the doc row is not available, no SDK gives one).
    Field { name: "region", presence: Required, kind: super::ANY_TEXT },
    // 不携带 / 空串 / null → not a filter; 大小写不敏感.
    Field { name: "available_zone", presence: Optional(Absent), kind: super::ANY_TEXT },
    // Decision: optional (linear products only: server knowledge, README decision 22);
    // max 2147483647, not Java's typo 214783647.
    Field { name: "resource_size", presence: Optional(Rejected), kind: RESOURCE_SIZE },
    Field { name: "size_measure_id", presence: Optional(Rejected), kind: SIZE_MEASURE_ID },
    // Decision: the enum {0 天, 2 月, 3 年, 4 小时}, not the Java range 0..4 (C2).
    Field { name: "period_type", presence: Required, kind: Kind::IntChoice(&[0, 2, 3, 4]) },
    // Decision: Java min 1, max 214783647 (sic) read as 2147483647.
    Field { name: "period_num", presence: Required, kind: Kind::Int { min: 1, max: i32::MAX } },
    Field { name: "subscription_num", presence: Required, kind: SUBSCRIPTION_NUM },
    // China only. 不携带 / 空串 / null → NA.
    Field { name: "fee_installment_mode", presence: Optional(Absent), kind: Kind::Choice { allowed: &["HALF_PAY", "ZERO_PAY", "NA"], ignore_case: false } },
];
