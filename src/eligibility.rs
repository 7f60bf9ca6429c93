//! Registration rules beyond request bodies: whether a customer can associate with a partner,
//! and whether an account can join a partner program. They are pure functions of explicit
//! facts — the caller passes the current time (`now`), nothing reads a clock — and they answer
//! exactly like the request rules: a JSON object in, an [`Outcome`] with coded
//! violations out, the same on the server and (through the npm package) in the browser.
//!
//! The facts are validated by the same table engine as the requests (types, formats, unknown
//! keys), then the business rules run as the table's cross-field rules.
//!
//! Sources: bss-api.md cross-cutting rule 13 (user manual zh-cn_topic_0045531772) and the seed
//! FAQ (解决方案提供商账号过期…, 企业是否可以同时加入…计划, 为什么没有合作伙伴账号绑定码了).
//!
//! ```
//! use bss_validate::eligibility;
//! use serde_json::json;
//! let out = eligibility::check("AssociateCustomer", &json!({
//!     "registered_at": "2026-11-01T00:00:00Z", "now": "2026-11-20T00:00:00Z",
//!     "has_cash_spend": false, "channel": "invitation_link"
//! }))?;
//! assert_eq!(out.errors[0].code.as_str(), "pre_registration_required");
//! # Ok::<(), bss_validate::Error>(())
//! ```

use crate::error::{Allowed, Code, Fail, Params};
use crate::prelude::*;
use crate::spec::{Body, Empty, Field, Kind, Method, Operation, Presence, Report, Site};
use crate::value::{Value, View};
use crate::{Error, Options, Outcome, pointer};

/// 客户注册时间超过7天…不能直接关联合作伙伴.
pub const ASSOCIATION_MAX_DAYS: i64 = 7;
/// 报备有效期 15 天 (partial text in the doc: lower confidence, see the README).
pub const PRE_REGISTRATION_VALID_DAYS: i64 = 15;

const DAY: i64 = 86_400;

/// The two checks, looked up by name like operations.
pub static CHECKS: &[&Operation] = &[&ASSOCIATE_CUSTOMER, &JOIN_PARTNER_PROGRAM];

/// Looks a check up by name (exact, case-sensitive).
pub fn find(name: &str) -> Option<&'static Operation> {
    CHECKS.iter().copied().find(|c| c.name == name)
}

/// Runs the check called `name` (`AssociateCustomer` or `JoinPartnerProgram`) on `facts`.
///
/// # Errors
/// [`Error::UnknownOperation`] for another name.
#[cfg(feature = "std")]
pub fn check(name: &str, facts: &serde_json::Value) -> Result<Outcome, Error> {
    check_with(name, facts, &Options::default())
}

/// [`check`] with options.
///
/// # Errors
/// [`Error::UnknownOperation`] for another name.
#[cfg(feature = "std")]
pub fn check_with(name: &str, facts: &serde_json::Value, options: &Options) -> Result<Outcome, Error> {
    check_value(name, &Value::from(facts), options)
}

/// [`check_with`] on a [`Value`].
///
/// # Errors
/// [`Error::UnknownOperation`] for another name.
pub fn check_value(name: &str, facts: &Value, options: &Options) -> Result<Outcome, Error> {
    let op = find(name).ok_or_else(|| Error::UnknownOperation(name.to_owned()))?;
    Ok(crate::run(op, alloc::borrow::Cow::Borrowed(facts), options))
}

/// Channels a customer may associate through.
const CHANNELS: &[&str] = &["invitation_link", "qr_code", "binding_code"];
/// The channels in use today: 邀请链接或者二维码.
const CURRENT_CHANNELS: &[&str] = &["invitation_link", "qr_code"];

/// Customer ↔ partner association.
pub const ASSOCIATE_CUSTOMER: Operation = Operation {
    name: "AssociateCustomer",
    title: "客户关联合作伙伴",
    method: Method::Post,
    path: "",
    site: Site::China,
    source: crate::spec::cite("bss-api.md cross-cutting rule 13; user manual zh-cn_topic_0045531772; seed FAQ"),
    fields: &[
        // When the customer registered.
        Field { name: "registered_at", presence: Presence::Required, kind: crate::spec::UTC_TIME },
        // The time of the check, from the caller's clock.
        Field { name: "now", presence: Presence::Required, kind: crate::spec::UTC_TIME },
        // Whether the customer has cash spend (现金消费).
        Field { name: "has_cash_spend", presence: Presence::Required, kind: Kind::Bool },
        // When the partner pre-registered (报备) the customer, if it did.
        Field { name: "pre_registered_at", presence: Presence::Optional(Empty::Rejected), kind: crate::spec::UTC_TIME },
        // How the customer associates.
        Field { name: "channel", presence: Presence::Required, kind: Kind::Choice { allowed: CHANNELS, ignore_case: false } },
    ],
    cross: association,
    links: &[("registered_at", "now"), ("registered_at", "pre_registered_at"), ("now", "pre_registered_at"), ("has_cash_spend", "pre_registered_at")],
};

fn association(body: &Body<'_>, out: &mut Report) {
    if body.valid("channel").and_then(View::as_str).is_some_and(|c| !CURRENT_CHANNELS.contains(&c)) {
        let params = Params { allowed: Some(Allowed::Strs(CURRENT_CHANNELS)), ..Params::default() };
        out.push(pointer::push("", "channel"), Fail::with(Code::InvitationRequired, params));
    }
    let (Some(registered), Some(now)) = (body.utc("registered_at"), body.utc("now")) else {
        return;
    };
    if now < registered {
        let params = Params { field: Some(pointer::push("", "registered_at")), ..Params::default() };
        out.push(pointer::push("", "now"), Fail::with(Code::EndBeforeBegin, params));
        return;
    }
    let too_old = now - registered > ASSOCIATION_MAX_DAYS * DAY;
    let cash = body.valid("has_cash_spend").and_then(View::as_bool) == Some(true);
    if !too_old && !cash {
        return;
    }
    let path = pointer::push("", "pre_registered_at");
    match body.utc("pre_registered_at") {
        None if body.given("pre_registered_at").is_some() => {} // malformed: already reported
        None => {
            if too_old {
                let params = Params { reason: Some("registered_over_limit"), max_days: Some(ASSOCIATION_MAX_DAYS), ..Params::default() };
                out.push(path.clone(), Fail::with(Code::PreRegistrationRequired, params));
            }
            if cash {
                let params = Params { reason: Some("cash_spend"), ..Params::default() };
                out.push(path, Fail::with(Code::PreRegistrationRequired, params));
            }
        }
        Some(pre) if now - pre > PRE_REGISTRATION_VALID_DAYS * DAY => {
            let params = Params { max_days: Some(PRE_REGISTRATION_VALID_DAYS), ..Params::default() };
            out.push(path, Fail::with(Code::PreRegistrationExpired, params));
        }
        Some(pre) if pre > now => {
            let params = Params { field: Some(pointer::push("", "pre_registered_at")), ..Params::default() };
            out.push(pointer::push("", "now"), Fail::with(Code::EndBeforeBegin, params));
        }
        Some(_) => {}
    }
}

/// The two partner programs.
const PROGRAMS: &[&str] = &["solution_provider", "reseller"];

/// An account applying to a partner program.
pub const JOIN_PARTNER_PROGRAM: Operation = Operation {
    name: "JoinPartnerProgram",
    title: "加入伙伴计划",
    method: Method::Post,
    path: "",
    site: Site::China,
    source: crate::spec::cite("seed FAQ: 解决方案提供商账号过期时是否可以加入云经销商 / 企业是否可以同时加入解决方案提供商计划和云经销商计划"),
    fields: &[
        // The program applied for: 解决方案提供商计划 or 云经销商计划.
        Field { name: "program", presence: Presence::Required, kind: Kind::Choice { allowed: PROGRAMS, ignore_case: false } },
        // The programs the account is already in.
        Field {
            name: "current_programs",
            presence: Presence::Required,
            kind: Kind::List { min: 0, max: None, item: &Kind::Choice { allowed: PROGRAMS, ignore_case: false } },
        },
        // Whether the account (a solution-provider account) has expired.
        Field { name: "account_expired", presence: Presence::Required, kind: Kind::Bool },
        // Whether the account passed enterprise real-name authentication (企业实名认证).
        Field { name: "enterprise_verified", presence: Presence::Required, kind: Kind::Bool },
    ],
    cross: program,
    links: &[("program", "account_expired"), ("program", "current_programs"), ("program", "enterprise_verified")],
};

fn program(body: &Body<'_>, out: &mut Report) {
    let Some(program) = body.valid("program").and_then(View::as_str) else {
        return;
    };
    let flag = |name: &str| body.valid(name).and_then(View::as_bool);
    if flag("account_expired") == Some(true) && program == "reseller" {
        out.push(pointer::push("", "account_expired"), Fail::new(Code::AccountExpired));
    }
    let current = body.valid("current_programs").and_then(View::as_array);
    if current.is_some_and(|c| c.iter().any(|p| p.as_str().is_some_and(|p| p != program))) {
        let params = Params { field: Some(pointer::push("", "program")), ..Params::default() };
        out.push(pointer::push("", "current_programs"), Fail::with(Code::ProgramConflict, params));
    }
    if flag("enterprise_verified") == Some(false) {
        out.push(pointer::push("", "enterprise_verified"), Fail::new(Code::EnterpriseVerificationRequired));
    }
}
