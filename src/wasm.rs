//! The WebAssembly boundary, and nothing else: JSON text in, JSON text out, no rule logic.
//!
//! JSON text rather than `JsValue` graphs because the hand-written JS in `pkg/` already turns
//! hostile JS values (functions, symbols, BigInt, cycles, throwing getters) into plain JSON
//! before they cross, and `JSON.stringify`/`JSON.parse` are native and fast. The text is read
//! and written by [`crate::json`], not serde_json's (de)serializers, which would double the
//! module's size; no `serde-wasm-bindgen` or `js-sys` code is added either.
//!
//! An unknown name gives `None` (`undefined` in JS), which the JS wrapper turns into a
//! `TypeError` with `code = "unknown_operation"`.
//!
//! Four exports, as few as the calls that differ in their arguments: every export costs
//! generated JS glue and a wasm shim, and the JS wrapper (`pkg/src/core.js`) gives each
//! public function its own name anyway.

use wasm_bindgen::prelude::wasm_bindgen;

use crate::normalize::Prep;
use crate::prelude::*;
use crate::{Locale, Options, Value, eligibility, json, spec};

/// Validates `input` (JSON text) against `operation`, or against the registration check of
/// that name when `check` is set (two tables, one engine); the outcome as JSON text, without
/// `value` unless `mode` reads form input (see below). `mode`: see [`options`].
#[wasm_bindgen]
pub fn validate(operation: &str, input: &str, locale: &str, mode: u8, check: bool) -> Option<String> {
    let options = options(locale, mode);
    let table = if check { eligibility::find(operation) } else { spec::find(operation) }?;
    // Owned: a valid body moves into the outcome instead of being copied there.
    let mut outcome = crate::run(table, Cow::Owned(parse(input)), &options);
    if mode == 0 {
        // The valid body is the one the JS side sent, which it still holds: it answers with
        // its own copy, so the body is neither written out here nor parsed again there
        // (together about a third of a call on a valid body).
        outcome.value = None;
    }
    let mut out = String::new();
    json::write_outcome(&mut out, &outcome);
    Some(out)
}

/// The violations of the field at `pointer` and of the fields its rules are tied to, with
/// the pointers that answer covers (see [`crate::validate_field`]).
#[wasm_bindgen]
pub fn validate_field(operation: &str, pointer: &str, input: &str, locale: &str, mode: u8) -> Option<String> {
    let options = options(locale, mode);
    let outcome = crate::validate_field(operation, pointer, &parse(input), &options).ok()?;
    let mut out = String::new();
    json::write_field_outcome(&mut out, &outcome);
    Some(out)
}

/// Form input read as `mode` says, without validating: `{"value": …, "changes": […]}`
/// (normalisation alone, or the body a bound form's controls stand for).
#[wasm_bindgen]
pub fn prepare(operation: &str, input: &str, mode: u8) -> Option<String> {
    let op = spec::find(operation)?;
    let Options { normalize: text, form, .. } = options("", mode);
    let (value, changes) = crate::normalize::prepare(op, &parse(input), Prep { form, text });
    let mut out = String::from("{\"value\":");
    json::write_value(&mut out, &value);
    out.push_str(",\"changes\":");
    json::write_changes(&mut out, &changes);
    out.push('}');
    Some(out)
}

/// What the tables say, as JSON text: `"operations"` (the list, `{name, title, method,
/// path, site}`; `name` unused), or of the operation or check `name` its `"fields"` (see
/// [`spec::describe`]), `"html"` attributes (see [`crate::html`]), the same as React's
/// `"jsx"` props, or `"schema"` (see
/// [`crate::schema`]). One export rather than four: each export costs glue and a shim.
#[wasm_bindgen]
pub fn describe(what: &str, name: &str) -> Option<String> {
    let mut out = String::new();
    match what {
        "operations" => json::write_operations(&mut out, spec::OPERATIONS),
        "fields" => json::write_fields(&mut out, &spec::describe::fields(crate::table(name)?)),
        "html" => json::write_html(&mut out, &crate::html::attributes(crate::table(name)?), false),
        "jsx" => json::write_html(&mut out, &crate::html::attributes(crate::table(name)?), true),
        "schema" => out = crate::schema::json_schema(crate::table(name)?),
        _ => return None,
    }
    Some(out)
}

/// The options of a call: `mode` is a bit set, 1 normalising form input, 2 reading it as a
/// form's values (one integer crosses more cheaply than two booleans).
fn options(locale: &str, mode: u8) -> Options {
    Options { locale: Locale::from_tag(locale).unwrap_or_default(), normalize: mode & 1 != 0, form: mode & 2 != 0 }
}

/// The JS side sends JSON it produced itself; should it ever not parse, the body is treated
/// as "not an object" (a `wrong_type` at `""`), never as a trap.
fn parse(input: &str) -> Value {
    json::parse(input).unwrap_or(Value::Null)
}
