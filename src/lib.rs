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
#[cfg(all(feature = "runtime", not(feature = "std"), target_arch = "wasm32", target_os = "unknown"))]
mod runtime;
#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
mod wasm;

pub use body::json;
pub use forms::{html, normalize, schema};
pub use report::{message, pointer};

/// What every module uses from `alloc`, so the code reads the same with and without `std`.
/// `format!` and `ToString` are left out on purpose: they pull in `core::fmt`, which the
/// WebAssembly build does without (integers are written by `body::number::int_text`).
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

pub use body::{Doc, Edit};
pub use report::{Code, Error, Locale, Params, Violation};
pub use spec::Operation;

/// The fingerprint of the rules this build judges by: 16 hex digits, the same for the same
/// rules on every machine and toolchain, different when anything that decides a verdict
/// differs. A browser bundle and a server built from different rules give verdicts the other
/// overturns; comparing this id is how they tell. The npm package's `rulesVersion()` gives the
/// same id, the axum extractor sends it (header `BSS-Rules-Version`, `axum::RULES_VERSION_HEADER`,
/// and problem member `rulesVersion`), and the package's `applyProblem` and `bindForm` compare it with their own.
///
/// It is computed at build time (`build.rs`) from the source text of the spec tables, the
/// rules, the engine, the registration checks, the body reader, form input's reading and
/// normalisation, and the codes and message catalogue; a build script cannot run the crate's
/// code, so it hashes the text, and a comment edited there changes the id too (a needless
/// warning rather than a missed difference).
///
/// ```
/// assert_eq!(bss_validate::RULES_VERSION.len(), 16);
/// assert!(bss_validate::RULES_VERSION.bytes().all(|b| b.is_ascii_hexdigit()));
/// ```
pub const RULES_VERSION: &str = include!(concat!(env!("OUT_DIR"), "/rules_version.rs"));

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
    /// The most violations to collect (`None`, the default: all of them; `Some(0)` counts as
    /// 1). Validation stops at the first one past the limit and says so (`truncated`), so a
    /// hostile body of thousands of bad items costs about what `max` of them do and its answer
    /// stays small. The axum extractor sets 100 ([`axum::Settings`]); a form wants them all.
    /// [`validate_field`] answers a field in full whatever the limit.
    pub max_errors: Option<usize>,
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

    /// These options, collecting at most `max` violations (see [`Options::max_errors`]).
    pub fn max_errors(self, max: usize) -> Self {
        Options { max_errors: Some(max), ..self }
    }

    /// What reading form input takes, or `None` for strict validation.
    fn prep(&self) -> Option<normalize::Prep> {
        (self.form || self.normalize).then_some(normalize::Prep { form: self.form, text: self.normalize })
    }
}

/// The verdict on one request body. Serializes to
/// `{"ok": bool, "value"?: <the body>, "errors": [{"path", "code", "params", "message"}],
/// "truncated"?: true}`, the same JSON the npm package returns.
#[cfg(feature = "std")]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Outcome {
    /// True when there is no violation.
    pub ok: bool,
    /// The validated body, only when `ok`: the body as given (strict validation never
    /// changes input), or the body form input stands for ([`Options::form`],
    /// [`Options::normalize`]). It is the body to send to Huawei.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// Every violation, in field order (the operation's table order, then unknown keys).
    pub errors: Vec<Violation>,
    /// With [`Options::normalize`]: each change normalisation made (possibly none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<Vec<normalize::Change>>,
    /// There were more violations than [`Options::max_errors`]: `errors` holds the first ones
    /// found. Serialized only when true.
    #[serde(skip_serializing_if = "core::ops::Not::not")]
    pub truncated: bool,
}

report::shape::shape! {
    /// The verdict on one field as a form sees it, in the whole body's context.
    pub struct FieldOutcome {
        /// True when nothing in `scope` is violated.
        pub ok: bool => "boolean",
        /// The whole-body violations at or below a pointer of `scope`, as whole-body validation gives them.
        pub errors: Vec<Violation> => "Violation[]",
        /// The pointers this answer settles: the field, and the fields its cross rules tie it to.
        /// A form replaces every message it shows at or below these with `errors`.
        pub scope: Vec<String> => "string[]",
    }
}

/// Validates a request body (or, for a GET operation, an object of its query parameters)
/// against the rules of `operation`, with English messages.
///
/// The body is a `serde_json::Value`; its numbers are read as ECMAScript writes them (see
/// [`body::number`]), so the verdict is the browser's for the same body.
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

/// [`validate`] with options (the message locale, and how to read form input).
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
    Ok(outcome_of(known(spec::find(operation), operation)?, input, options))
}

/// [`validate_with`] for a body given as JSON text: read once, in place (a string without
/// escapes is not copied), by the reader the server path uses. `operation` is an operation
/// or a registration check (see [`eligibility`]). The outcome's `value` is built from the
/// text only for a valid body.
///
/// ```
/// use bss_validate::{validate_json, Options};
/// let out = validate_json("ReclaimToPartnerAccount", br#"{"customer_id": "c1", "amount": 10.505}"#, &Options::default())?;
/// assert_eq!(out.errors[0].code.as_str(), "too_many_decimals");
/// # Ok::<(), bss_validate::Error>(())
/// ```
///
/// # Errors
/// [`Error::UnknownOperation`], and [`Error::MalformedJson`] when `json` is not one JSON
/// document in UTF-8.
#[cfg(feature = "std")]
pub fn validate_json(operation: &str, json: &[u8], options: &Options) -> Result<Outcome, Error> {
    let op = known(spec::table(operation), operation)?;
    let doc = read_json(json)?;
    let judged = judge(op, &doc, options);
    let ok = judged.failures.is_empty();
    let value = ok.then(|| body::serde::to_value(judged.prepared.as_ref().unwrap_or(&doc).root()));
    let changes = options.normalize.then(|| normalize::Change::of(&judged.edits));
    Ok(Outcome { ok, value, errors: violations(judged.failures, options.locale), changes, truncated: judged.truncated })
}

/// Validates a request body straight from its JSON text: what a server that checks a body
/// and then forwards the bytes it received needs. The text is read in place (strings without
/// escapes are borrowed, no owned tree is built, nothing is copied), and only the violations
/// come back: none means valid. They are [`validate_with`]'s for the same text, word for word
/// (the tests hold the two together on the whole corpus); normalisation, which is for form
/// input, is not offered here. Every violation is collected: to bound the answer to a hostile
/// body, use [`check_doc`] on [`json::read`] with [`Options::max_errors`].
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
    let op = known(spec::table(operation), operation)?;
    let doc = read_json(json)?;
    Ok(violations(engine::check(op, &doc, false), locale))
}

/// The violations of one field of a form, and of the fields whose rules read it, exactly as
/// whole-body validation gives them for those fields. `pointer` is the field's JSON Pointer
/// (`/amount`, `/coupon_infos/0/id`); the body is the whole form.
///
/// ```
/// use bss_validate::{validate_field, Options};
/// use serde_json::json;
/// let body = json!({ "xaccount_id": "x", "xaccount_type": "t", "domain_name": "partner01", "password": "partner01" });
/// let out = validate_field("CreateSubCustomer", "/domain_name", &body, &Options::default())?;
/// assert_eq!(out.scope, ["/domain_name", "/password"]);
/// assert_eq!(out.errors[0].code.as_str(), "password_matches_account_name");
/// # Ok::<(), bss_validate::Error>(())
/// ```
///
/// # Errors
/// Only [`Error::UnknownOperation`].
#[cfg(feature = "std")]
pub fn validate_field(operation: &str, pointer: &str, input: &serde_json::Value, options: &Options) -> Result<FieldOutcome, Error> {
    Ok(field_verdict(known(spec::table(operation), operation)?, pointer, &body::serde::read(input), options))
}

/// The verdict on a body already read (see [`check_doc`]): the violations, and the edits
/// reading form input made to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// Every violation, in field order.
    pub errors: Vec<Violation>,
    /// The edits reading form input made ([`Options::form`], [`Options::normalize`]), for
    /// whoever holds the body to make to it (none when the body is read strictly).
    pub edits: Vec<Edit>,
    /// There were more violations than [`Options::max_errors`]; `errors` holds the first found.
    pub truncated: bool,
}

/// Validates a body already read into its one representation ([`body::Doc`], e.g. from the
/// tokens the npm package writes): what every other entry point comes down to, and the one
/// that needs no `std`. `operation` is an operation or a registration check.
///
/// # Errors
/// Only [`Error::UnknownOperation`].
pub fn check_doc(operation: &str, doc: &Doc<'_>, options: &Options) -> Result<Verdict, Error> {
    let op = known(spec::table(operation), operation)?;
    let judged = judge(op, doc, options);
    Ok(Verdict { errors: violations(judged.failures, options.locale), edits: judged.edits, truncated: judged.truncated })
}

/// [`validate_field`] on a body already read.
///
/// # Errors
/// Only [`Error::UnknownOperation`].
pub fn check_field_doc(operation: &str, pointer: &str, doc: &Doc<'_>, options: &Options) -> Result<FieldOutcome, Error> {
    let op = known(spec::table(operation), operation)?;
    Ok(field_verdict(op, pointer, doc, options))
}

/// The names of every operation, in the order of the spec.
///
/// ```
/// assert!(bss_validate::operations().any(|n| n == "PayOrders"));
/// assert_eq!(bss_validate::operations().next(), Some("CheckUserIdentity"));
/// ```
pub fn operations() -> impl Iterator<Item = &'static str> {
    spec::OPERATIONS.iter().map(|op| op.name)
}

// ---------------------------------------------------------------------------------------
// What the entry points above and the adapters share.

/// The table, or the unknown-operation error.
fn known(table: Option<&'static Operation>, name: &str) -> Result<&'static Operation, Error> {
    table.ok_or_else(|| Error::UnknownOperation(name.to_owned()))
}

/// JSON text, read; the malformed-JSON error otherwise.
#[cfg(feature = "std")]
fn read_json(json: &[u8]) -> Result<Doc<'_>, Error> {
    core::str::from_utf8(json).ok().and_then(json::read).ok_or(Error::MalformedJson)
}

/// A verdict before its messages: each rule failure at its path, the edits reading form input
/// made, and the body they made when there were options to read it by.
pub(crate) struct Judged<'a> {
    // Read where the body is answered (the std entry points, the axum extractor).
    #[cfg_attr(not(feature = "std"), allow(dead_code))]
    pub prepared: Option<Doc<'a>>,
    pub failures: Vec<(String, report::Fail)>,
    pub edits: Vec<Edit>,
    /// More failures than `max_errors` were found (see [`engine::Report`]).
    pub truncated: bool,
}

/// Reads form input (if asked) and validates. Messages are rendered by the callers that
/// answer with them ([`violations`]): the npm package renders its own from the same
/// catalogue, so its module links no renderer.
pub(crate) fn judge<'a>(op: &'static Operation, doc: &Doc<'a>, options: &Options) -> Judged<'a> {
    let Some(prep) = options.prep() else {
        let (report, _) = engine::run(op, doc, doc, false, options.max_errors);
        return Judged { prepared: None, truncated: report.truncated(), failures: report.into_items(), edits: Vec::new() };
    };
    let (prepared, edits) = normalize::prepare(op, doc, prep);
    let (report, _) = engine::run(op, doc, &prepared, options.form, options.max_errors);
    Judged { truncated: report.truncated(), failures: report.into_items(), prepared: Some(prepared), edits }
}

/// [`validate_with`] on a `serde_json::Value`, for an operation's or a check's table.
#[cfg(feature = "std")]
pub(crate) fn outcome_of(op: &'static Operation, input: &serde_json::Value, options: &Options) -> Outcome {
    let judged = judge(op, &body::serde::read(input), options);
    let ok = judged.failures.is_empty();
    let value = ok.then(|| {
        let mut value = input.clone();
        body::serde::apply(&mut value, &judged.edits);
        value
    });
    let changes = options.normalize.then(|| normalize::Change::of(&judged.edits));
    Outcome { ok, value, errors: violations(judged.failures, options.locale), changes, truncated: judged.truncated }
}

/// [`validate_field`] on a read body.
pub(crate) fn field_verdict(op: &'static Operation, pointer: &str, doc: &Doc<'_>, options: &Options) -> FieldOutcome {
    let (failures, scope) = field_failures(op, pointer, doc, options);
    let errors = violations(failures, options.locale);
    FieldOutcome { ok: errors.is_empty(), errors, scope }
}

/// The failures a field's answer holds (those at or below a pointer of the scope), and the
/// scope: the field, and the fields its cross rules tie it to.
pub(crate) fn field_failures(op: &'static Operation, pointer: &str, doc: &Doc<'_>, options: &Options) -> (Vec<(String, report::Fail)>, Vec<String>) {
    let prepared = options.prep().map(|prep| normalize::prepare(op, doc, prep).0);
    let mut scope = Vec::from([pointer.to_owned()]);
    let segments = pointer::segments(pointer);
    if let [name] = segments.as_slice() {
        scope.extend(op.linked(name).map(|other| pointer::push("", other)));
    }
    // Unbounded (`max_errors` aside): the answer is one field's, and a limit would cut the
    // walk before it reached the field.
    let mut failures = engine::run(op, doc, prepared.as_ref().unwrap_or(doc), options.form, None).0.into_items();
    failures.retain(|(path, _)| scope.iter().any(|s| pointer::within(path, s)));
    (failures, scope)
}

/// Rule failures placed at their paths, each message rendered in `locale`.
pub(crate) fn violations(items: Vec<(String, report::Fail)>, locale: Locale) -> Vec<Violation> {
    items
        .into_iter()
        .map(|(path, f)| Violation { message: message::render(f.code, &f.params, locale), path, code: f.code, params: f.params })
        .collect()
}
