#![doc = include_str!("../README.md")]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod eligibility;
pub mod error;
#[cfg(any(test, all(target_arch = "wasm32", target_os = "unknown")))]
mod json;
pub mod message;
pub mod pointer;
pub mod request;
pub mod rules;
pub mod spec;
#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
mod wasm;

use serde::Serialize;
use serde_json::Value;

pub use error::{Code, Error, Params, Violation};
pub use message::Locale;
pub use spec::Operation;

/// How to validate: today, the language of the messages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Message language (English by default).
    pub locale: Locale,
}

impl Options {
    /// Options with messages in `locale`.
    pub fn locale(locale: Locale) -> Self {
        Options { locale }
    }
}

/// The verdict on one request body. Serializes to
/// `{"ok": bool, "value"?: <the body>, "errors": [{"path", "code", "params", "message"}]}`,
/// the same JSON the npm package returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// True when there is no violation.
    pub ok: bool,
    /// The validated body, only when `ok`. Strict validation never changes input, so this is
    /// the body as given; it is the body to send to Huawei.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// Every violation, in field order (the operation's table order, then unknown keys).
    pub errors: Vec<Violation>,
}

/// Validates a request body (or, for a GET operation, an object of its query parameters)
/// against the rules of `operation`, with English messages.
///
/// ```
/// use serde_json::json;
/// let out = bss_validate::validate(
///     "ReclaimToPartnerAccount",
///     &json!({ "customer_id": "06f9fb4f24002f0b0f40c00327c28d00", "amount": "10.005" }),
/// )?;
/// assert!(!out.ok);
/// assert_eq!(out.errors[0].path, "/amount");
/// assert_eq!(out.errors[0].code.as_str(), "too_many_decimals");
/// # Ok::<(), bss_validate::Error>(())
/// ```
///
/// # Errors
/// Only [`Error::UnknownOperation`]; bad input is reported in the [`Outcome`].
pub fn validate(operation: &str, input: &Value) -> Result<Outcome, Error> {
    validate_with(operation, input, &Options::default())
}

/// [`validate`] with options (the message locale).
///
/// ```
/// use bss_validate::{validate_with, Locale, Options};
/// use serde_json::json;
/// let out = validate_with("CancelCustomerOrder", &json!({}), &Options::locale(Locale::ZhCn))?;
/// assert_eq!(out.errors[0].message, "此项为必填项。");
/// # Ok::<(), bss_validate::Error>(())
/// ```
///
/// # Errors
/// Only [`Error::UnknownOperation`].
pub fn validate_with(operation: &str, input: &Value, options: &Options) -> Result<Outcome, Error> {
    let op = spec::find(operation).ok_or_else(|| Error::UnknownOperation(operation.to_owned()))?;
    Ok(outcome(spec::check(op, input), input, options.locale))
}

/// Places rule failures into an [`Outcome`], rendering each message once.
pub(crate) fn outcome(items: Vec<(String, error::Fail)>, input: &Value, locale: Locale) -> Outcome {
    let errors: Vec<Violation> = items
        .into_iter()
        .map(|(path, f)| Violation { message: message::render(f.code, &f.params, locale), path, code: f.code, params: *f.params })
        .collect();
    let ok = errors.is_empty();
    Outcome { ok, value: ok.then(|| input.clone()), errors }
}

/// The names of every operation, in the order of the spec.
///
/// ```
/// assert!(bss_validate::operations().any(|n| n == "PayOrders"));
/// assert_eq!(bss_validate::operations().count(), 28);
/// ```
pub fn operations() -> impl Iterator<Item = &'static str> {
    spec::OPERATIONS.iter().map(|op| op.name)
}
