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

use crate::body::Doc;
use crate::forms::normalize::Prep;
use crate::prelude::*;
use crate::{Locale, Options, json, spec};

/// `mode` bit: normalise form input ([`Options::normalize`]).
const NORMALIZE: u8 = 1;
/// `mode` bit: read the body as a form's values ([`Options::form`]).
const FORM: u8 = 2;
/// `mode` bit: the registration check called `operation` (two tables, one engine).
const CHECK: u8 = 4;
/// `mode` bit: the field at `pointer` and the fields tied to it ([`crate::validate_field`]).
const FIELD: u8 = 8;
/// `mode` bit: the edits reading form input makes (form values, normalisation), without
/// validating: `[…]`.
const PREPARE: u8 = 16;

/// Reads `input` (JSON text) as `mode` says (the bits above) and answers as JSON text: the
/// verdict on validating it against `operation` (`{ok, errors, edits?}`: the edits reading
/// form input made, for the JS side to make to the body it holds), a field's outcome, or the
/// edits alone.
#[wasm_bindgen]
pub fn validate(operation: &str, pointer: &str, input: &str, locale: &str, mode: u8) -> Option<String> {
    let options = Options { locale: Locale::from_tag(locale).unwrap_or_default(), normalize: mode & NORMALIZE != 0, form: mode & FORM != 0 };
    let table = if mode & CHECK != 0 {
        spec::find_check(operation)
    } else if mode & FIELD != 0 {
        spec::table(operation)
    } else {
        spec::find(operation)
    }?;
    let doc = read(input);
    let mut out = String::new();
    if mode & FIELD != 0 {
        json::write_field_outcome(&mut out, &crate::field_verdict(table, pointer, &doc, &options));
    } else if mode & PREPARE != 0 {
        let (_, edits) = crate::normalize::prepare(table, &doc, Prep { form: options.form, text: options.normalize });
        json::write_edits(&mut out, &edits);
    } else {
        let verdict = crate::judge(table, &doc, &options);
        json::write_answer(&mut out, &verdict.errors, (mode & (NORMALIZE | FORM) != 0).then_some(&verdict.edits[..]));
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
        "fields" => json::write_fields(&mut out, &crate::forms::fields::fields(spec::table(name)?)),
        "html" => json::write_html(&mut out, &crate::forms::html::attributes(crate::spec::table(name)?), false),
        "jsx" => json::write_html(&mut out, &crate::forms::html::attributes(crate::spec::table(name)?), true),
        "schema" => out = crate::forms::schema::json_schema(crate::spec::table(name)?),
        _ => return None,
    }
    Some(out)
}

/// The JS side sends JSON it produced itself; should it ever not parse, the body is treated
/// as "not an object" (a `wrong_type` at `""`), never as a trap.
fn read(input: &str) -> Doc<'_> {
    json::read(input).unwrap_or_default() // an empty document reads as `null`
}
