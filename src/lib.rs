#![doc = include_str!("../README.md")]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]
// Without `std` (only the npm package's WebAssembly build) the crate is `no_std`: std's panic
// machinery and float formatting were most of the module's size (see `src/wasm.rs`).
#![cfg_attr(not(feature = "std"), no_std)]

#[cfg(not(any(feature = "std", all(target_arch = "wasm32", target_os = "unknown"))))]
compile_error!("without the `std` feature the crate builds only for wasm32-unknown-unknown (the npm package)");

extern crate alloc;

// The rooms, from the bottom up: `report` (codes, params, violations, messages, pointers)
// and `body` (a request body as the rules read it) stand on nothing else; `rules` are pure
// checks on Rust values; `spec` is the tables, one per operation; `engine` walks a body
// against a table; `forms` are views of the tables (normalisation and form values, HTML
// attributes, JSON Schema, field lists); `request` the typed structs; then the adapters
// (`wasm`, `axum`, the binaries). This file is the facade: it joins them, and nothing imports
// back up into it.
pub mod body;
pub mod eligibility;
pub mod engine;
pub mod forms;
pub mod report;
#[cfg(feature = "std")]
pub mod request;
pub mod rules;
pub mod spec;

#[cfg(feature = "axum")]
pub mod axum;
#[cfg(all(not(feature = "std"), target_arch = "wasm32", target_os = "unknown"))]
mod runtime;
#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
mod wasm;

pub use body::{json, value};
pub use forms::{html, normalize, schema};
pub use report::{message, pointer};

/// What every module uses from `alloc`, so the code reads the same with and without `std`.
/// `format!` and `ToString` are left out on purpose: they pull in `core::fmt`, which the
/// WebAssembly build does without (integers are written by [`value::int_text`]).
mod prelude {
    pub use alloc::borrow::{Cow, ToOwned};
    pub use alloc::boxed::Box;
    pub use alloc::string::String;
    pub use alloc::vec::Vec;

    /// `s` split around the first `byte` (ASCII), like `str::split_once` with a `char`.
    /// Written out because `split_once`/`split` with a `char` pattern link core's `memchr`
    /// and searcher (≈ 0.3 KB gzipped in the WebAssembly module); `get` keeps it panic-free.
    pub fn cut(s: &str, byte: u8) -> Option<(&str, &str)> {
        let at = s.bytes().position(|b| b == byte)?;
        Some((s.get(..at)?, s.get(at + 1..)?))
    }

    /// The pieces of `s` between `byte`s (ASCII), like `str::split` with a `char`.
    pub fn pieces(s: &str, byte: u8) -> impl Iterator<Item = &str> {
        let mut rest = Some(s);
        core::iter::from_fn(move || {
            let piece = rest?;
            match cut(piece, byte) {
                Some((head, tail)) => {
                    rest = Some(tail);
                    Some(head)
                }
                None => rest.take(),
            }
        })
    }
}

use prelude::*;
use serde::Serialize;

pub use message::Locale;
pub use report::{Code, Error, Params, Violation};
pub use spec::Operation;
pub use value::Value;

/// How to validate: the language of the messages, and how to read form input.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Message language (English by default).
    pub locale: Locale,
    /// Apply [`normalize`] before validating (off by default: plain validation never
    /// changes input). The outcome then lists the changes, and its `value` is the
    /// normalised body.
    pub normalize: bool,
    /// Read the body as the values of a form (off by default). A form cannot leave a field
    /// out, only empty: `""` (after normalisation, if asked) means "not given" for every
    /// field, so an optional one is left out and a required one is `required`; a list with no
    /// filled row is not given where the field may be absent, blank rows at its end are
    /// spare rows and left out, and one before a filled row is `required`; the canonical
    /// text of an integer in an integer field is that integer (`"20"` → `20`). The outcome's
    /// `value` is then the body the form stands for, the one to send. What the npm package's
    /// `bindForm` and `standardSchema` use.
    pub form: bool,
}

impl Options {
    /// Options with messages in `locale`.
    pub fn locale(locale: Locale) -> Self {
        Options { locale, ..Options::default() }
    }

    /// These options, normalising form input first.
    pub fn normalized(self) -> Self {
        Options { normalize: true, ..self }
    }

    /// These options, reading the body as a form's values (see [`Options::form`]).
    pub fn form_values(self) -> Self {
        Options { form: true, ..self }
    }

    /// What reading form input takes, or `None` for strict validation.
    fn prep(&self) -> Option<normalize::Prep> {
        (self.form || self.normalize).then_some(normalize::Prep { form: self.form, text: self.normalize })
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
    /// With [`Options::normalize`]: each change normalisation made (possibly none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<Vec<normalize::Change>>,
}

/// The verdict on one field as a form sees it (see [`validate_field`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldOutcome {
    /// True when nothing in `scope` is violated.
    pub ok: bool,
    /// The whole-body violations at or below a pointer of `scope`, as [`validate`] gives them.
    pub errors: Vec<Violation>,
    /// The pointers this answer settles: the field, and the fields its cross rules tie it to.
    /// A form replaces every message it shows at or below these with `errors`.
    pub scope: Vec<String>,
}

/// Validates a request body (or, for a GET operation, an object of its query parameters)
/// against the rules of `operation`, with English messages.
///
/// The body is a `serde_json::Value`; its numbers are read as ECMAScript writes them (see
/// [`value`]), so the verdict is the browser's for the same body.
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
#[cfg(feature = "std")]
pub fn validate(operation: &str, input: &serde_json::Value) -> Result<Outcome, Error> {
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
#[cfg(feature = "std")]
pub fn validate_with(operation: &str, input: &serde_json::Value, options: &Options) -> Result<Outcome, Error> {
    let op = spec::find(operation).ok_or_else(|| Error::UnknownOperation(operation.to_owned()))?;
    Ok(run(op, Cow::Owned(Value::from(input)), options))
}

/// [`validate_with`] on a [`Value`], e.g. one read by [`json::parse`] (what the WebAssembly
/// build and servers reading raw bytes use).
///
/// ```
/// use bss_validate::{json, validate_value, Options};
/// let body = json::parse(r#"{"customer_id": "c1", "amount": 10.505}"#).unwrap();
/// let out = validate_value("ReclaimToPartnerAccount", &body, &Options::default())?;
/// assert_eq!(out.errors[0].code.as_str(), "too_many_decimals");
/// # Ok::<(), bss_validate::Error>(())
/// ```
///
/// # Errors
/// Only [`Error::UnknownOperation`].
pub fn validate_value(operation: &str, input: &Value, options: &Options) -> Result<Outcome, Error> {
    let op = spec::find(operation).ok_or_else(|| Error::UnknownOperation(operation.to_owned()))?;
    Ok(run(op, Cow::Borrowed(input), options))
}

/// Validates a request body straight from its JSON text: what a server that checks a body
/// and then forwards the bytes it received needs. The text is read in place (strings without
/// escapes are borrowed, no owned tree is built, nothing is copied), and only the violations
/// come back: none means valid. They are [`validate_with`]'s for the same text, word for word
/// (the tests hold the two together on the whole corpus); normalisation, which is for form
/// input, is not offered here.
///
/// `operation` is an operation or a registration check (see [`eligibility`]).
///
/// ```
/// use bss_validate::{check_json, Locale};
/// let body = br#"{"customer_id": "06f9fb4f24002f0b0f40c00327c28d00", "amount": "10.005"}"#;
/// let errors = check_json("ReclaimToPartnerAccount", body, Locale::En)?;
/// assert_eq!(errors[0].path, "/amount");
/// assert_eq!(errors[0].code.as_str(), "too_many_decimals");
/// assert!(check_json("ReclaimToPartnerAccount", br#"{"customer_id": "c1", "amount": "0.01"}"#, Locale::En)?.is_empty());
/// # Ok::<(), bss_validate::Error>(())
/// ```
///
/// # Errors
/// [`Error::UnknownOperation`], and [`Error::MalformedJson`] when `json` is not one JSON
/// document in UTF-8.
#[cfg(feature = "std")]
pub fn check_json(operation: &str, json: &[u8], locale: Locale) -> Result<Vec<Violation>, Error> {
    let op = spec::table(operation).ok_or_else(|| Error::UnknownOperation(operation.to_owned()))?;
    let text = core::str::from_utf8(json).map_err(|_| Error::MalformedJson)?;
    let doc = json::parse_in_place(text).ok_or(Error::MalformedJson)?;
    Ok(engine::check_view(op, doc.root(), false).into_iter().map(|(path, f)| violation(path, f, locale)).collect())
}

/// Reads form input (if asked) and validates.
pub(crate) fn run(op: &'static Operation, input: Cow<'_, Value>, options: &Options) -> Outcome {
    let Some(prep) = options.prep() else {
        let items = engine::check(op, &input, false);
        return outcome(items, input, options.locale);
    };
    let (body, changes) = normalize::prepare(op, &input, prep);
    let items = engine::check(op, &body, options.form);
    Outcome { changes: options.normalize.then_some(changes), ..outcome(items, Cow::Owned(body), options.locale) }
}

/// The violations of one field of a form, and of the fields whose rules read it, exactly as
/// whole-body validation gives them for those fields. `pointer` is the field's JSON Pointer
/// (`/amount`, `/coupon_infos/0/id`); the body is the whole form.
///
/// ```
/// use bss_validate::{json, validate_field, Options};
/// let body = json::parse(r#"{"xaccount_id": "x", "xaccount_type": "t", "domain_name": "partner01", "password": "partner01"}"#).unwrap();
/// let out = validate_field("CreateSubCustomer", "/domain_name", &body, &Options::default())?;
/// assert_eq!(out.scope, ["/domain_name", "/password"]);
/// assert_eq!(out.errors[0].code.as_str(), "password_matches_account_name");
/// # Ok::<(), bss_validate::Error>(())
/// ```
///
/// # Errors
/// Only [`Error::UnknownOperation`].
pub fn validate_field(operation: &str, pointer: &str, input: &Value, options: &Options) -> Result<FieldOutcome, Error> {
    let op = spec::table(operation).ok_or_else(|| Error::UnknownOperation(operation.to_owned()))?;
    let prepared;
    let body = match options.prep() {
        Some(prep) => {
            prepared = normalize::prepare(op, input, prep).0;
            &prepared
        }
        None => input,
    };
    let mut scope = Vec::from([pointer.to_owned()]);
    let segments = pointer::segments(pointer);
    if let [name] = segments.as_slice() {
        scope.extend(op.linked(name).map(|other| pointer::push("", other)));
    }
    let errors: Vec<Violation> = engine::check(op, body, options.form)
        .into_iter()
        .filter(|(path, _)| scope.iter().any(|s| pointer::within(path, s)))
        .map(|(path, f)| violation(path, f, options.locale))
        .collect();
    Ok(FieldOutcome { ok: errors.is_empty(), errors, scope })
}

/// A rule failure placed at `path`, its message rendered in `locale`.
fn violation(path: String, f: report::Fail, locale: Locale) -> Violation {
    Violation { message: message::render(f.code, &f.params, locale), path, code: f.code, params: f.params }
}

/// Places rule failures into an [`Outcome`], rendering each message once.
/// The outcome of `items` found in `input`; a valid input becomes its `value` (moved when
/// owned: a copy of every valid body was a sixth of a server's time per request).
pub(crate) fn outcome(items: Vec<(String, report::Fail)>, input: Cow<'_, Value>, locale: Locale) -> Outcome {
    let errors: Vec<Violation> = items.into_iter().map(|(path, f)| violation(path, f, locale)).collect();
    let ok = errors.is_empty();
    Outcome { ok, value: ok.then(|| input.into_owned()), errors, changes: None }
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
