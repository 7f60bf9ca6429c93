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
//! Two exports, as few as the calls that differ in their arguments: every export costs
//! generated JS glue and a wasm shim, and the JS wrapper (`pkg/src/core.js`) gives each
//! public function its own name anyway. One reads a body ([`validate`]: a whole body, a
//! registration check, one field of a form, or the form's body alone), one describes the
//! tables ([`describe`]).

use wasm_bindgen::prelude::wasm_bindgen;

use crate::forms::normalize::Prep;
use crate::prelude::*;
use crate::{Locale, Options, Value, json, spec};

/// `mode` bit: normalise form input ([`Options::normalize`]).
const NORMALIZE: u8 = 1;
/// `mode` bit: read the body as a form's values ([`Options::form`]).
const FORM: u8 = 2;
/// `mode` bit: the registration check called `operation` (two tables, one engine).
const CHECK: u8 = 4;
/// `mode` bit: the field at `pointer` and the fields tied to it ([`crate::validate_field`]).
const FIELD: u8 = 8;
/// `mode` bit: the body as read (form values, normalisation), not validated:
/// `{"value": …, "changes": […]}`.
const PREPARE: u8 = 16;

/// Reads `input` (JSON text) as `mode` says (the bits above) and answers as JSON text: the
/// outcome of validating it against `operation` (without `value` when input is read
/// strictly: the JS side holds the body it sent), a field's outcome, or the prepared body.
#[wasm_bindgen]
pub fn validate(operation: &str, pointer: &str, input: &str, locale: &str, mode: u8) -> Option<String> {
    let options = Options { locale: Locale::from_tag(locale).unwrap_or_default(), normalize: mode & NORMALIZE != 0, form: mode & FORM != 0 };
    let body = parse(input);
    let mut out = String::new();
    if mode & FIELD != 0 {
        json::write_field_outcome(&mut out, &crate::validate_field(operation, pointer, &body, &options).ok()?);
    } else if mode & PREPARE != 0 {
        let (value, changes) = crate::forms::normalize::prepare(spec::find(operation)?, &body, Prep { form: options.form, text: options.normalize });
        out.push_str("{\"value\":");
        json::write_value(&mut out, &value);
        out.push_str(",\"changes\":");
        json::write_changes(&mut out, &changes);
        out.push('}');
    } else {
        let table = if mode & CHECK != 0 { spec::find_check(operation) } else { spec::find(operation) }?;
        // Owned: a valid body moves into the outcome instead of being copied there.
        let mut outcome = crate::run(table, Cow::Owned(body), &options);
        if mode & (NORMALIZE | FORM) == 0 {
            // The valid body is the one the JS side sent, which it still holds: it answers
            // with its own copy, so the body is neither written out here nor parsed again
            // there (together about a third of a call on a valid body).
            outcome.value = None;
        }
        json::write_outcome(&mut out, &outcome);
    }
    Some(out)
}

/// What the tables say, as JSON text: `"operations"` (the list, `{name, title, method,
/// path, site}`; `name` unused), or of the operation or check `name` its `"fields"` (see
/// [`crate::forms::fields`]), `"html"` attributes (see [`crate::forms::html`]), the same as React's
/// `"jsx"` props, or `"schema"` (see
/// [`crate::schema`]). One export rather than four: each export costs glue and a shim.
#[wasm_bindgen]
pub fn describe(what: &str, name: &str) -> Option<String> {
    let mut out = String::new();
    match what {
        "operations" => json::write_operations(&mut out, spec::OPERATIONS),
        "fields" => json::write_fields(&mut out, &crate::forms::fields::fields(crate::spec::table(name)?)),
        "html" => json::write_html(&mut out, &crate::forms::html::attributes(crate::spec::table(name)?), false),
        "jsx" => json::write_html(&mut out, &crate::forms::html::attributes(crate::spec::table(name)?), true),
        "schema" => out = crate::forms::schema::json_schema(crate::spec::table(name)?),
        _ => return None,
    }
    Some(out)
}

/// The JS side sends JSON it produced itself; should it ever not parse, the body is treated
/// as "not an object" (a `wrong_type` at `""`), never as a trap.
fn parse(input: &str) -> Value {
    json::parse(input).unwrap_or(Value::Null)
}
