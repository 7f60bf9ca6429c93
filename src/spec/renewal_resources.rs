//! 续订包年/包月资源 — RenewalResources. `POST /v2/orders/subscriptions/resources/renew`
//! (SDK model `RenewalResourcesReq`; bss-api.md §18, \[SDK-go/java\]).

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};
use crate::engine::{Body, Report};
use crate::report::pointer;
use crate::report::{Code, Num, fail};

/// The operation table.
pub const OP: Operation = Operation {
    name: "RenewalResources",
    title: "续订包年/包月资源",
    method: Method::Post,
    path: "/v2/orders/subscriptions/resources/renew",
    site: Site::China,
    source: super::cite("bss-api.md §18, bss-api-more.md §54.1; [SDK-go/java] RenewalResourcesReq"),
    fields: &[
        // 只支持传入主资源ID，最多10个资源ID.
        Field { name: "resource_ids", presence: Required, kind: Kind::List { min: 1, max: Some(10), item: &super::RESOURCE_ID } },
        Field { name: "period_type", presence: Required, kind: Kind::IntChoice(&[PERIOD_MONTH, PERIOD_YEAR]) },
        // 1–11 for months; years are narrowed below.
        Field { name: "period_num", presence: Required, kind: Kind::Int { min: 1, max: 11 } },
        // Decision: no `expire_policy`. It left the SDK models in Go 0.1.147 / Java and Python
        // 3.1.146 (2025-04-27; bss-api-more.md §54.1), so it is an unknown field now.
        Field { name: "is_auto_pay", presence: Optional(Rejected), kind: Kind::IntChoice(&[0, 1]) },
    ],
    cross,
    links: &[("period_type", "period_num")],
};

/// 2 = 月.
const PERIOD_MONTH: i64 = 2;
/// 3 = 年.
const PERIOD_YEAR: i64 = 3;
/// 如果是年，目前支持1-3.
const MAX_YEARS: i64 = 3;

fn cross(body: &Body<'_>, out: &mut Report) {
    let years = body.int("period_type") == Some(PERIOD_YEAR);
    let num = body.int("period_num");
    if years && num.is_some_and(|n| n > MAX_YEARS) {
        let fail = fail!(Code::TooLarge, max: Num::Int(MAX_YEARS), field: pointer::push("", "period_type"), value: PERIOD_YEAR.into());
        out.push(pointer::push("", "period_num"), fail);
    }
}
