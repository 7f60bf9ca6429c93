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

use wasm_bindgen::prelude::wasm_bindgen;

use crate::prelude::*;
use crate::{Locale, Options, Outcome, Value, eligibility, json, spec};

/// Validates `input` (JSON text) against `operation`; the outcome as JSON text.
#[wasm_bindgen]
pub fn validate(operation: &str, input: &str, locale: &str, normalize: bool) -> Option<String> {
    let options = Options { normalize, ..options(locale) };
    let input = parse(input);
    let outcome = crate::validate_value(operation, &input, &options).ok()?;
    Some(text(&outcome))
}

/// The violations of the field at `pointer` and of the fields its rules are tied to, with
/// the pointers that answer covers (see [`crate::validate_field`]).
#[wasm_bindgen]
pub fn validate_field(operation: &str, pointer: &str, input: &str, locale: &str, normalize: bool) -> Option<String> {
    let options = Options { normalize, ..options(locale) };
    let outcome = crate::validate_field(operation, pointer, &parse(input), &options).ok()?;
    let mut out = String::new();
    json::write_field_outcome(&mut out, &outcome);
    Some(out)
}

/// Form-input normalisation alone: `{"value": …, "changes": […]}`.
#[wasm_bindgen]
pub fn normalize(operation: &str, input: &str) -> Option<String> {
    let op = spec::find(operation)?;
    let (value, changes) = crate::normalize::normalize(op, &parse(input));
    let mut out = String::from("{\"value\":");
    json::write_value(&mut out, &value);
    out.push_str(",\"changes\":");
    json::write_changes(&mut out, &changes);
    out.push('}');
    Some(out)
}

/// The HTML attributes of `operation`'s form controls (see [`crate::html`]).
#[wasm_bindgen]
pub fn html_attributes(operation: &str) -> Option<String> {
    let mut out = String::new();
    json::write_html(&mut out, &crate::html::attributes(crate::table(operation)?));
    Some(out)
}

/// The JSON Schema of `operation`'s body (see [`crate::schema`]).
#[wasm_bindgen]
pub fn json_schema(operation: &str) -> Option<String> {
    Some(crate::schema::json_schema(crate::table(operation)?))
}

/// Runs a registration check (`AssociateCustomer`, `JoinPartnerProgram`) on `facts` (JSON text).
#[wasm_bindgen]
pub fn check(name: &str, facts: &str, locale: &str, normalize: bool) -> Option<String> {
    let outcome = eligibility::check_value(name, &parse(facts), &Options { normalize, ..options(locale) }).ok()?;
    Some(text(&outcome))
}

/// The operations as a JSON array of `{name, title, method, path, site}`.
#[wasm_bindgen]
pub fn operations() -> String {
    let mut out = String::new();
    json::write_operations(&mut out, spec::OPERATIONS);
    out
}

/// The field table of `operation` as JSON text (see [`spec::describe`]).
#[wasm_bindgen]
pub fn fields(operation: &str) -> Option<String> {
    let op = crate::table(operation)?;
    let mut out = String::new();
    json::write_fields(&mut out, &spec::describe::fields(op));
    Some(out)
}

fn options(locale: &str) -> Options {
    Options::locale(Locale::from_tag(locale).unwrap_or_default())
}

/// The JS side sends JSON it produced itself; should it ever not parse, the body is treated
/// as "not an object" (a `wrong_type` at `""`), never as a trap.
fn parse(input: &str) -> Value {
    json::parse(input).unwrap_or(Value::Null)
}

fn text(outcome: &Outcome) -> String {
    let mut out = String::new();
    json::write_outcome(&mut out, outcome);
    out
}
