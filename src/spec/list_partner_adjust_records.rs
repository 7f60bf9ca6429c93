//! 查询调账记录 — ListPartnerAdjustRecords. `GET /v3/accounts/partner-accounts/adjust-records`
//! (query parameters; bss-api.md §18, \[DOC zh-cn_topic_0000001191118881\], \[SDK-go/java\]).

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListPartnerAdjustRecords",
    title: "查询调账记录",
    method: Method::Get,
    path: "/v3/accounts/partner-accounts/adjust-records",
    site: Site::China,
    source: super::cite("bss-api.md §18; [DOC zh-cn_topic_0000001191118881], [SDK-go/java]"),
    fields: &[
        // The SDK: 不携带或携带值为空时 → all records.
        Field { name: "customer_id", presence: Optional(Absent), kind: super::ID },
        Field {
            name: "operation_type",
            presence: Optional(Absent),
            kind: Kind::Choice {
                allowed: &["SOURCE_OPERATION_BEADJUST", "SOURCE_OPERATION_BERETRIEVE", "SOURCE_OPERATION_BEUNBIND"],
                ignore_case: false,
            },
        },
        Field { name: "operation_time_begin", presence: Optional(Absent), kind: super::UTC_TIME },
        Field { name: "operation_time_end", presence: Optional(Absent), kind: super::UTC_TIME },
        Field { name: "trans_id", presence: Optional(Absent), kind: super::text(128) },
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_MAX },
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    // Decision: no begin ≤ end rule. No doc page or SDK text states one (only
    // ListCustomerOrders' one-year window is SDK text), and the validator must not refuse what
    // the API accepts (issue 15).
    cross: crate::engine::no_cross,
    links: &[],
};
