//! 查询伙伴月度消费账单 — ListPostpaidBillSum (intl site).
//! `GET /v2/bills/partner-bills/postpaid-bill-summary` (query parameters; bss-api-more.md §53,
//! \[SDK-go bssintl\] ListPostpaidBillSumRequest).

use super::{Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListPostpaidBillSum",
    title: "查询伙伴月度消费账单",
    method: Method::Get,
    path: "/v2/bills/partner-bills/postpaid-bill-summary",
    site: Site::International,
    source: super::cite("bss-api-more.md §53; [SDK-go bssintl] ListPostpaidBillSumRequest"),
    fields: &[
        // 账单所归属的月份, `YYYY-MM`; no length is given, the format fixes it at 7.
        Field { name: "bill_cycle", presence: Required, kind: Kind::Text { min: 0, max: None, format: Some(Format::YearMonth) } },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
