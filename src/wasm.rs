//! The WebAssembly boundary, and nothing else: no rule logic.
//!
//! A body comes in as the engine reads it: the npm package's JS walks the JS value (reporting
//! what JSON cannot carry as it always has) and writes the body's tape, three `u32` words a
//! token, and the UTF-8 text its strings and numbers are spans of (see [`crate::body::Doc`]).
//! So nothing is stringified in JS or parsed here: the module holds no JSON reader. The
//! operation is its index in the list [`describe`] gives under `"names"`.
//!
//! The answer goes back as JSON text, written by the crate's own writer
//! ([`crate::report::shape`]; not serde_json's serializers, which would double the module's
//! size): nothing for a valid body read strictly,
//! else the violations, with the edits reading form input made, which the JS side makes to the
//! body it holds.
//!
//! Two exports, as few as the calls that differ in their arguments: every export costs
//! generated JS glue and a wasm shim, and the JS wrapper (`pkg/src/core.js`) gives each
//! public function its own name anyway. One reads a body ([`validate`]: a whole body, one
//! field of a form, or the edits of form input alone), one describes the tables ([`describe`]).

use wasm_bindgen::prelude::wasm_bindgen;

use crate::body::Doc;
use crate::forms::normalize::Prep;
use crate::prelude::*;
use crate::report::shape::Json;
use crate::{Locale, Options, json, spec};

/// `mode` bit: normalise form input ([`Options::normalize`]).
const NORMALIZE: u8 = 1;
/// `mode` bit: read the body as a form's values ([`Options::form`]).
const FORM: u8 = 2;
/// `mode` bit: the field at `pointer` and the fields tied to it ([`crate::validate_field`]).
const FIELD: u8 = 8;
/// `mode` bit: the edits reading form input makes (form values, normalisation), without
/// validating: `[…]`.
const PREPARE: u8 = 16;

/// Reads the body written as `words` over `text` as `mode` says (the bits above), against the
/// table at index `table` of [`describe`]'s `"names"`, with messages in `locale` (0 English,
/// 1 Chinese), and answers as JSON text: the verdict (`{ok, errors, edits?}`; `""` for a valid
/// body read strictly), a field's outcome, or the edits alone. A field's pointer is the text
/// from byte `pointer` on (the body's spans lie before it). `None` for an index past the tables.
#[wasm_bindgen]
pub fn validate(table: u32, words: &[u32], text: &[u8], pointer: u32, locale: u8, mode: u8) -> Option<String> {
    let table = table as usize;
    let op = spec::OPERATIONS.get(table).or_else(|| spec::CHECKS.get(table.checked_sub(spec::OPERATIONS.len())?))?;
    let locale = if locale == 1 { Locale::ZhCn } else { Locale::En };
    let options = Options { locale, normalize: mode & NORMALIZE != 0, form: mode & FORM != 0 };
    // The JS side writes the text with `TextEncoder`; should it ever not be UTF-8, the body
    // reads as `null` ("not an object"), never as a trap.
    let text = core::str::from_utf8(text).unwrap_or_default();
    let doc = Doc::from_wire(words, text);
    let pointer = text.get(pointer as usize..).unwrap_or_default();
    let mut out = String::new();
    if mode & FIELD != 0 {
        crate::field_verdict(op, pointer, &doc, &options).write(&mut out);
    } else if mode & PREPARE != 0 {
        let (_, edits) = crate::normalize::prepare(op, &doc, Prep { form: options.form, text: options.normalize });
        json::write_edits(&mut out, &edits);
    } else {
        let (_, verdict) = crate::judge(op, &doc, &options);
        let strict = mode & (NORMALIZE | FORM) == 0;
        if !(strict && verdict.errors.is_empty()) {
            json::write_answer(&mut out, &verdict.errors, (!strict).then_some(&verdict.edits[..]));
        }
    }
    Some(out)
}

/// What the tables say, as JSON text: `"names"` (every table's name: the operations, then
/// the registration checks; `name` unused), `"locale"` (the locale the tag `name` asks for, as
/// [`validate`] takes it: `0` English, `1` Chinese), `"operations"` (the list, `{name, title, method,
/// path, site}`; `name` unused), or of the operation or check `name` its `"fields"` (see
/// [`crate::forms::fields`]), `"html"` attributes (see [`crate::forms::html`]), the same as
/// React's `"jsx"` props, or `"schema"` (see [`crate::forms::schema`]). One export rather than
/// several: each export costs glue and a shim.
#[wasm_bindgen]
pub fn describe(what: &str, name: &str) -> Option<String> {
    let mut out = String::new();
    match what {
        "names" => json::write_names(&mut out, spec::OPERATIONS.iter().chain(spec::CHECKS)),
        "locale" => out.push(if Locale::from_tag(name) == Some(Locale::ZhCn) { '1' } else { '0' }),
        "operations" => json::write_operations(&mut out, spec::OPERATIONS),
        "fields" => crate::forms::fields::fields(spec::table(name)?).write(&mut out),
        "html" => json::write_html(&mut out, &crate::forms::html::attributes(spec::table(name)?), false),
        "jsx" => json::write_html(&mut out, &crate::forms::html::attributes(spec::table(name)?), true),
        "schema" => out = crate::forms::schema::json_schema(spec::table(name)?),
        _ => return None,
    }
    Some(out)
}
