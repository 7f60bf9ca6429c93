//! 设置自动续费扣款日和续费后资源统一到期日 — SetResourcesRenewConfig.
//! `POST /v2/orders/subscriptions/resources/renew/config` (SDK model `RenewResourceConfigReq`;
//! bss-api-more.md §52, \[DOC-oce api_order_00031\]).

use super::{Field, Kind, Method, Operation, Presence::*, Site};
use crate::engine::{Body, Report};
use crate::report::pointer;
use crate::report::{Allowed, Code, Scalar, fail};

/// The operation table.
pub const OP: Operation = Operation {
    name: "SetResourcesRenewConfig",
    title: "设置自动续费扣款日和续费后资源统一到期日",
    method: Method::Post,
    path: "/v2/orders/subscriptions/resources/renew/config",
    site: Site::China,
    source: super::cite("bss-api-more.md §52; [DOC-oce api_order_00031], [GUIDE productsdesc-bms_027e1623430fee0d05b114388e95da7bsupport0], [SDK-go] RenewResourceConfigReq"),
    fields: &[
        // DEDUCTION_DATE 设置自动续费扣款日 / EXPIRE_DATE 设置续费后资源统一到期日 (a Go enum type).
        Field { name: "config_name", presence: Required, kind: Kind::Choice { allowed: &[DEDUCTION_DATE, EXPIRE_DATE], ignore_case: false } },
        // `[1-64]` (length); a string, not an integer. Its values depend on config_name (below).
        Field { name: "config_value", presence: Required, kind: Kind::Text { min: 1, max: Some(64), format: None } },
    ],
    cross,
    links: &[("config_name", "config_value")],
};

/// 设置自动续费扣款日.
const DEDUCTION_DATE: &str = "DEDUCTION_DATE";
/// 设置续费后资源统一到期日.
const EXPIRE_DATE: &str = "EXPIRE_DATE";

/// With `DEDUCTION_DATE`: 到期前2天至前7天扣款.
const DEDUCTION_DATE_VALUES: &[&str] = &["2", "3", "4", "5", "6", "7"];
/// With `EXPIRE_DATE`: the day of the month 1–28, or `-1` (每月最后一天).
const EXPIRE_DATE_VALUES: &[&str] = &[
    "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25",
    "26", "27", "28", "-1",
];

/// Decision: `config_value` is one of the values its `config_name` allows, compared as exact
/// text (`"07"` and `" 7"` are not `"7"`), checked when both fields passed their own checks.
fn cross(body: &Body<'_>, out: &mut Report) {
    let (Some(name), Some(value)) = (body.choice("config_name"), body.valid_text("config_value")) else {
        return;
    };
    let allowed = match name {
        DEDUCTION_DATE => DEDUCTION_DATE_VALUES,
        EXPIRE_DATE => EXPIRE_DATE_VALUES,
        _ => return,
    };
    if !allowed.contains(&value) {
        let fail = fail!(Code::NotOneOf, allowed: Allowed::Strs(allowed), field: pointer::push("", "config_name"), value: Scalar::Str(name));
        out.push(pointer::push("", "config_value"), fail);
    }
}
