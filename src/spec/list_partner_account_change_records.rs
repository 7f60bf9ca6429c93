//! 查询收支明细 — ListPartnerAccountChangeRecords.
//! `GET /v2/accounts/partner-accounts/account-change-records` (query parameters, SDK model
//! `ListPartnerAccountChangeRecordsRequest`; bss-api-more.md §22, \[DOC mt_060007\]).
//! 解决方案提供商 or 总经销商 only. 查询时间跨度最大限制为一年.

use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};
use crate::engine::{Body, Report};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListPartnerAccountChangeRecords",
    title: "查询收支明细",
    method: Method::Get,
    path: "/v2/accounts/partner-accounts/account-change-records",
    site: Site::China,
    source: super::cite("bss-api-more.md §22; [DOC mt_060007], [GUIDE], [SDK-go], [SDK-java]"),
    fields: &[
        // 现金账户 / 信用账户.
        Field { name: "balance_type", presence: Required, kind: Kind::Choice { allowed: &["BALANCE_TYPE_DEBIT", "BALANCE_TYPE_CREDIT"], ignore_case: false } },
        // 充值 / 消费 (spelled DEDEUCT, as the API does) / 退款 / 冻结 / 转账 / 调账 / 经销商拨款 /
        // 经销商回收 / 解绑或关联模式切换导致的回收 / 奖励金转换 / 交易模式变更.
        Field { name: "trade_type", presence: Optional(Absent), kind: Kind::Choice { allowed: TRADE_TYPES, ignore_case: false } },
        // 东八区 YYYY-MM-DD, 最大长度:10; absent → 一年前的当天日期. "" is not mentioned: rejected.
        Field { name: "trade_time_begin", presence: Optional(Rejected), kind: TRADE_DATE },
        // Absent → 当前日期.
        Field { name: "trade_time_end", presence: Optional(Rejected), kind: TRADE_DATE },
        // [0-最大整数].
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_MAX },
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    cross,
    links: &[("trade_time_begin", "trade_time_end")],
};

/// The trade types, as the API spells them.
const TRADE_TYPES: &[&str] =
    &["RECHARGE", "DEDEUCT", "REFUND", "RFROZEN", "TRANS", "ADJUST", "BEADJUST", "BERETRIEVE", "BEUNBIND", "BONUSCONVERT", "TRADE_MODE_TRANSFER"];

/// A date `YYYY-MM-DD` (China time), 最大长度:10.
const TRADE_DATE: Kind = Kind::Text { min: 0, max: Some(10), format: Some(Format::Date) };

/// 查询时间跨度最大限制为一年.
const MAX_WINDOW_YEARS: i64 = 1;

/// Decision (README decision 18): begin <= end and at most one calendar year, when both are
/// given and valid; one end alone is not compared with its server default (no clock is read).
fn cross(body: &Body<'_>, out: &mut Report) {
    crate::engine::window(body, out, "trade_time_begin", "trade_time_end", Some(MAX_WINDOW_YEARS));
}
