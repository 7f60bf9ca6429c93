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
pub fn validate(operation: &str, input: &str, locale: &str) -> Option<String> {
    let options = options(locale);
    let input = parse(input);
    let outcome = crate::validate_value(operation, &input, &options).ok()?;
    Some(text(&outcome))
}

/// Runs a registration check (`AssociateCustomer`, `JoinPartnerProgram`) on `facts` (JSON text).
#[wasm_bindgen]
pub fn check(name: &str, facts: &str, locale: &str) -> Option<String> {
    let outcome = eligibility::check_value(name, &parse(facts), &options(locale)).ok()?;
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
    let op = spec::find(operation).or_else(|| eligibility::find(operation))?;
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
