//! 校验客户注册信息 — CheckUserIdentity. `POST /v2/partners/sub-customers/users/check-identity`
//! (SDK model `CheckSubcustomerUserReq`; bss-api.md §1, \[DOC mc_00023\]).

use super::{Field, Kind, Method, Operation, Presence::*, Site};
use crate::engine::{Body, Report};
use crate::report::pointer;
use crate::rules::{account_name, email, phone};

/// The operation table.
pub const OP: Operation = Operation {
    name: "CheckUserIdentity",
    title: "校验客户注册信息",
    method: Method::Post,
    path: "/v2/partners/sub-customers/users/check-identity",
    site: Site::China,
    source: super::cite("bss-api.md §1; [DOC mc_00023], [SDK-go]"),
    fields: &[
        Field { name: "search_type", presence: Required, kind: Kind::Choice { allowed: &["email", "mobile", "name"], ignore_case: false } },
        Field { name: "search_value", presence: Required, kind: super::text(64) },
    ],
    cross,
    links: &[("search_type", "search_value")],
};

/// The name rule of this API: `^([a-zA-Z-]([a-zA-Z0-9_-]){4,31})$` — a leading `_` is not
/// allowed here, unlike CreateSubCustomer's `domain_name`.
pub const NAME: account_name::Rule = account_name::Rule { min: 5, max: 32, lead: "-", reserved: super::RESERVED_NAME_PREFIXES, format: "login_name" };

/// 目前手机号仅支持以86开头的国家码.
pub const COUNTRY_CODES: &[&str] = &["0086"];

/// `search_value` is read according to `search_type`.
fn cross(body: &Body<'_>, out: &mut Report) {
    let (Some(kind), Some(value)) = (body.choice("search_type"), body.valid_text("search_value")) else {
        return;
    };
    let result = match kind {
        "mobile" => phone::with_country_code(value, COUNTRY_CODES),
        "email" => email::check(value),
        _ => account_name::check(value, &NAME),
    };
    if let Err(fail) = result {
        out.push(pointer::push("", "search_value"), fail);
    }
}
