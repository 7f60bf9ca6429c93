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

#[cfg(feature = "std")]
use crate::prelude::*;
use crate::spec::associate_customer;
#[cfg(feature = "std")]
use crate::spec::find_check;
#[cfg(feature = "std")]
use crate::{Error, Options, Outcome};

/// The two checks.
pub use crate::spec::CHECKS;
/// 客户注册时间超过7天…不能直接关联合作伙伴.
pub use associate_customer::{ASSOCIATION_MAX_DAYS, PRE_REGISTRATION_VALID_DAYS};

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
    let op = find_check(name).ok_or_else(|| Error::UnknownOperation(name.to_owned()))?;
    Ok(crate::outcome_of(op, facts, options))
}
