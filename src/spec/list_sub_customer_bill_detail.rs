//! 查询伙伴子客户消费记录 — ListSubCustomerBillDetail. `GET /v2/bills/subcustomer-bills/res-fee-records`
//! (query parameters, SDK model `ListSubCustomerBillDetailRequest`; bss-api-more.md §23,
//! \[DOC mt_000502\]). 解决方案提供商 or 总经销商 only. The header `X-Language` is not a field.

use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};
use crate::engine::{Body, Report};
use crate::report::pointer;
use crate::report::{Code, fail};
use crate::rules::time;

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListSubCustomerBillDetail",
    title: "查询伙伴子客户消费记录",
    method: Method::Get,
    path: "/v2/bills/subcustomer-bills/res-fee-records",
    site: Site::China,
    source: super::cite("bss-api-more.md §23; [DOC mt_000502], [SDK-go], [SDK-py], [SDK-java]"),
    fields: &[
        // YYYY-MM, 最大长度:7.
        Field { name: "bill_cycle", presence: Required, kind: Kind::Text { min: 0, max: Some(7), format: Some(Format::YearMonth) } },
        Field { name: "customer_id", presence: Required, kind: super::ID },
        // Decision (C1): the SDK says 空串 is a filter, the doc rejects it: "" is a value.
        Field { name: "service_type_code", presence: Optional(Value), kind: super::text(64) },
        // Decision (C1): as service_type_code.
        Field { name: "region_code", presence: Optional(Value), kind: super::text(64) },
        // Decision (C2): the doc's enum 1 包周期 / 3 按需 / 10 预留实例 / 11 节省计划, not the Java range 0..64.
        Field { name: "charging_mode", presence: Optional(Rejected), kind: Kind::IntChoice(&[1, 3, 10, 11]) },
        // Decision (I5): the list of bill types is open (it grows): the Java range 0..127 only.
        Field { name: "bill_detail_type", presence: Optional(Rejected), kind: Kind::Int { min: 0, max: 127 } },
        // Decision: no length is documented for the next four (doc rows not available): none checked.
        Field { name: "resource_id", presence: Optional(Rejected), kind: super::ANY_TEXT },
        Field { name: "resource_name", presence: Optional(Rejected), kind: super::ANY_TEXT },
        Field { name: "trade_id", presence: Optional(Rejected), kind: super::ANY_TEXT },
        Field { name: "account_manager_id", presence: Optional(Rejected), kind: super::ANY_TEXT },
        // 1 顾问销售 / 2 代售; 不支持携带为null和空串 (null is absent, decision 2).
        Field { name: "association_type", presence: Optional(Rejected), kind: Kind::Choice { allowed: &["1", "2"], ignore_case: false } },
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_MAX },
        // Decision (I5): min 1 (the old API's [1-1000]; Java says 0), max 1000.
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT_1000 },
        // Decision (I4): max length 64 (doc row not available; old API: 64).
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
        // YYYY-MM-DD in the month of bill_cycle, <= bill_date_end (cross rules below).
        Field { name: "bill_date_begin", presence: Optional(Rejected), kind: BILL_DATE },
        Field { name: "bill_date_end", presence: Optional(Rejected), kind: BILL_DATE },
    ],
    cross,
    links: &[("bill_cycle", "bill_date_begin"), ("bill_cycle", "bill_date_end"), ("bill_date_begin", "bill_date_end")],
};


/// A date `YYYY-MM-DD`; no length is documented (the format fixes it at 10).
const BILL_DATE: Kind = Kind::Text { min: 0, max: None, format: Some(Format::Date) };

/// Decision (I10): each of bill_date_begin / bill_date_end that is given and valid lies in the
/// month of a valid bill_cycle (`outside_month` at the date); with both valid, begin <= end
/// (`end_before_begin` at the end). One date without the other is not an error (否则仅按照
/// bill_cycle 查询).
fn cross(body: &Body<'_>, out: &mut Report) {
    let month = body.valid_text("bill_cycle").and_then(|s| time::year_month(s).ok());
    if let Some((year, month)) = month {
        for name in ["bill_date_begin", "bill_date_end"] {
            let date = body.valid_text(name).and_then(|s| time::date(s).ok());
            if date.is_some_and(|(y, m, _)| (y, m) != (year, month)) {
                out.push(pointer::push("", name), fail!(Code::OutsideMonth, field: pointer::push("", "bill_cycle")));
            }
        }
    }
    crate::engine::window(body, out, "bill_date_begin", "bill_date_end", None);
}
