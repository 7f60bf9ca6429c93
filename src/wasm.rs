//! The WebAssembly boundary, and nothing else: no rule logic.
//!
//! A body comes in as the engine reads it: the npm package's JS walks the JS value (reporting
//! what JSON cannot carry as it always has) and writes the body's tape, three `u32` words a
//! token, and the UTF-8 text its strings and numbers are spans of (see [`crate::body::Doc`]).
//! The answer goes back the same way, as a tape over text of its own ([`Writer`], its spans in
//! UTF-16 units), which the package reads into the documented objects: nothing is stringified
//! or parsed as JSON on either side, and the module holds no JSON reader. A valid body read
//! strictly is answered with nothing at all. Violations come without their messages: the
//! package renders them from the crate's own catalogue (`pkg/src/message.js`, held to the
//! crate's text by a test), so the module carries neither the texts nor a renderer.
//!
//! Two exports, as few as the calls that differ in their arguments: every export costs
//! generated JS glue and a wasm shim, and the JS wrapper (`pkg/src/core.js`) gives each
//! public function its own name anyway. One reads a body ([`validate`]: a whole body, one
//! field of a form, or the edits of form input alone), one describes the tables ([`describe`]).
//! A table is its index in the list `describe` gives under [`NAMES`].
//!
//! The package calls `validate`'s raw export itself, with wasm-bindgen's allocation functions
//! as the generated wrapper would, and reads the answer where it lies before freeing it: the
//! wrapper would first copy it into a fresh `ArrayBuffer`, which in Chromium cost more than
//! reading it. That is why answers are words ([`Writer::to_words`]): a `Uint32Array` over the
//! module's memory must start at a multiple of 4.

use wasm_bindgen::prelude::wasm_bindgen;

use crate::body::{Doc, Writer};
use crate::forms::normalize::Prep;
use crate::prelude::*;
use crate::report::Fail;
use crate::report::shape::Encode;
use crate::spec::Operation;
use crate::{Locale, Options, forms, spec};

/// `mode` bit: normalise form input ([`Options::normalize`]).
const NORMALIZE: u8 = 1;
/// `mode` bit: read the body as a form's values ([`Options::form`]).
const FORM: u8 = 2;
/// `mode` bit: the field at `pointer` and the fields tied to it ([`crate::validate_field`]).
const FIELD: u8 = 8;
/// `mode` bit: the edits reading form input makes (form values, normalisation), without
/// validating.
const PREPARE: u8 = 16;
/// `mode` bit, with [`FIELD`]: the caller holds the field's scope (from an earlier answer for
/// the same table and pointer), so the answer is the violations alone, and nothing when there
/// are none, as for a valid body. Most keystrokes are such.
const SCOPED: u8 = 32;

/// [`describe`]: every table's name, the operations' then the registration checks'.
const NAMES: u8 = 0;
/// [`describe`]: the locale the tag asks for, as [`validate`] takes it (0 English, 1 Chinese).
const LOCALE: u8 = 1;
/// [`describe`]: the operations ([`forms::fields::OperationInfo`]).
const OPERATIONS: u8 = 2;
/// [`describe`]: a table's fields ([`forms::fields`]).
const FIELDS: u8 = 3;
/// [`describe`]: a table's HTML attributes ([`forms::html`]), by control name.
const HTML: u8 = 4;
/// [`describe`]: the same, named as React's props.
const JSX: u8 = 5;
/// [`describe`]: a table's JSON Schema, as JSON text ([`forms::schema`]), in the dialect the
/// tag names ([`forms::schema::Target::from_name`]; nothing for another), of the input read as
/// the [`NORMALIZE`] and [`FORM`] bits, shifted left by 4, say.
const SCHEMA: u8 = 6;
/// [`describe`]: the rules' fingerprint, [`crate::RULES_VERSION`].
const RULES: u8 = 7;

/// Reads the body written as `words` over `text` as `mode` says (the bits above), against
/// the table at index `table`, and answers (see [`Writer::to_words`]) the verdict `{ok,
/// errors, edits?}` (nothing for a valid body read strictly), a field's outcome, or the edits
/// alone; violations come without their `message`. A field's pointer is the text from byte
/// `pointer` on (the body's spans lie before it). `max_errors`: the most violations to
/// collect, 0 for all ([`Options::max_errors`]); past it the verdict has `truncated: true`.
/// Nothing for an index past the tables.
#[wasm_bindgen]
pub fn validate(table: u32, words: &[u32], text: &[u8], pointer: u32, mode: u8, max_errors: u32) -> Vec<u32> {
    let Some(op) = table_at(table) else { return Vec::new() };
    let max_errors = (max_errors > 0).then_some(max_errors as usize);
    let options = Options { locale: Locale::En, normalize: mode & NORMALIZE != 0, form: mode & FORM != 0, max_errors };
    // The JS side writes the text with `TextEncoder`; should it ever not be UTF-8, the body
    // reads as `null` ("not an object"), never as a trap.
    let text = core::str::from_utf8(text).unwrap_or_default();
    let doc = Doc::from_wire(words, text);
    let pointer = text.get(pointer as usize..).unwrap_or_default();
    let mut out = Writer::default();
    if mode & FIELD != 0 {
        let (failures, scope) = crate::field_failures(op, pointer, &doc, &options);
        if mode & SCOPED != 0 {
            if failures.is_empty() {
                return Vec::new();
            }
            violations(&mut out, &failures);
            return out.to_words();
        }
        let at = out.open(true);
        out.key("ok");
        out.bool(failures.is_empty());
        out.key("errors");
        violations(&mut out, &failures);
        out.key("scope");
        scope.encode(&mut out);
        out.close(at, 3);
    } else if mode & PREPARE != 0 {
        let (_, edits) = crate::normalize::prepare(op, &doc, Prep { form: options.form, text: options.normalize });
        edits.encode(&mut out);
    } else {
        let judged = crate::judge(op, &doc, &options);
        let strict = mode & (NORMALIZE | FORM) == 0;
        if strict && judged.failures.is_empty() {
            return Vec::new();
        }
        let at = out.open(true);
        out.key("ok");
        out.bool(judged.failures.is_empty());
        out.key("errors");
        violations(&mut out, &judged.failures);
        if !strict {
            out.key("edits");
            judged.edits.encode(&mut out);
        }
        if judged.truncated {
            out.key("truncated");
            out.bool(true);
        }
        out.close(at, 2 + usize::from(!strict) + usize::from(judged.truncated));
    }
    out.to_words()
}

/// What the tables say (`what`, the constants above), for the table at index `table` or, for
/// [`LOCALE`], the tag `tag`; answered as [`validate`] answers. Nothing for an unknown `what`
/// or an index past the tables.
#[wasm_bindgen]
pub fn describe(what: u8, table: u32, tag: &str) -> Vec<u32> {
    let mut out = Writer::default();
    let (what, flags) = (what & 15, what >> 4);
    match what {
        NAMES => {
            let all = out.open(false);
            for op in spec::OPERATIONS.iter().chain(spec::CHECKS) {
                out.str(op.name);
            }
            out.close(all, spec::OPERATIONS.len() + spec::CHECKS.len());
        }
        LOCALE => out.int(i64::from(Locale::from_tag(tag) == Some(Locale::ZhCn))),
        RULES => out.str(crate::RULES_VERSION),
        OPERATIONS => {
            let all = out.open(false);
            for op in spec::OPERATIONS {
                forms::fields::operation(op).encode(&mut out);
            }
            out.close(all, spec::OPERATIONS.len());
        }
        FIELDS | HTML | JSX | SCHEMA => {
            let Some(op) = table_at(table) else { return Vec::new() };
            match what {
                FIELDS => forms::fields::fields(op).encode(&mut out),
                SCHEMA => {
                    let Some(target) = forms::schema::Target::from_name(tag) else { return Vec::new() };
                    let prep = Prep { form: flags & FORM != 0, text: flags & NORMALIZE != 0 };
                    out.str(&forms::schema::schema(op, target, prep));
                }
                _ => html(&mut out, &forms::html::attributes(op), what == JSX),
            }
        }
        _ => return Vec::new(),
    }
    out.to_words()
}

/// Violations as `[{path, code, params}]`, a [`crate::Violation`] less its message, which the
/// package renders and sets last, where the crate's JSON has it.
fn violations(out: &mut Writer, failures: &[(String, Fail)]) {
    let all = out.open(false);
    for (path, fail) in failures {
        let one = out.open(true);
        out.key("path");
        out.str(path);
        out.key("code");
        fail.code.encode(out);
        out.key("params");
        fail.params.encode(out);
        out.close(one, 3);
    }
    out.close(all, failures.len());
}

/// The operation or check at `index` of [`NAMES`].
fn table_at(index: u32) -> Option<&'static Operation> {
    let i = index as usize;
    spec::OPERATIONS.get(i).or_else(|| spec::CHECKS.get(i.checked_sub(spec::OPERATIONS.len())?)).copied()
}

/// HTML attributes as `{"<control>": {"<attribute>": true | number | "text"}}`; with `jsx`,
/// each attribute named as React's DOM prop ([`forms::html::jsx_name`]).
fn html(out: &mut Writer, controls: &[(String, forms::html::Attrs)], jsx: bool) {
    let all = out.open(true);
    for (name, attrs) in controls {
        out.str(name);
        let one = out.open(true);
        for (k, v) in attrs {
            out.key(if jsx { forms::html::jsx_name(k) } else { k });
            match v {
                forms::html::Attr::Flag => out.bool(true),
                forms::html::Attr::Num(n) => out.int(i64::from(*n)),
                forms::html::Attr::Str(s) => out.str(s),
            }
        }
        out.close(one, attrs.len());
    }
    out.close(all, controls.len());
}
