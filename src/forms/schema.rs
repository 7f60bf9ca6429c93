//! JSON Schema of each operation's body, derived from the spec tables: draft 2020-12 (the
//! default, OpenAPI 3.1's dialect), draft-07 and OpenAPI 3.0's Schema Object ([`Target`]),
//! one writer for all three.
//!
//! A schema cannot say everything the rules say, so it is a description for tools (OpenAPI,
//! form generators, editors), not a second validator. It accepts every body the rules
//! accept (the conformance vectors hold it to that) and refuses what it can state; where it
//! falls short it says so:
//! - lengths are in UTF-16 code units here (`"x-length-unit": "utf16"`) while JSON Schema's
//!   `minLength`/`maxLength` count code points, so an astral character counts 2 here, 1 there
//!   (a `minLength` can then refuse a valid text of astral characters);
//! - amounts are strings matching the money grammar (at most two decimals) or JSON numbers,
//!   with their bounds as exact decimal strings in `x-minimum` / `x-exclusive-minimum` /
//!   `x-maximum` (`minimum` / `maximum` bound a number, through a float);
//! - cross-field rules (a mobile needs its code, `begin <= end`, …) are not expressed.
//!
//! Absent and `null` mean the same for every optional field, so optional fields also allow
//! `null`; `""` is allowed only where the field's table row says it means something (for a
//! field of another type, as a string of no length).
//!
//! [`schema`] with [`Prep`] also describes what the reading of form input accepts (the input
//! of the package's Standard Schema): with [`Prep::form`], `""` for every optional field,
//! integers as their text, lists with spare rows (blank items, so no `maxItems`, and no
//! `required` inside them); with [`Prep::text`], only `string` for the fields normalisation
//! rewrites (amounts, codes, mobiles, e-mails, …), whose other keywords hold after it.
//!
//! ```
//! let s = bss_validate::schema::json_schema(bss_validate::spec::find("ReclaimToPartnerAccount").unwrap());
//! assert!(s.starts_with(r#"{"$schema":"https://json-schema.org/draft/2020-12/schema""#));
//! assert!(s.contains(r#""x-maximum":"2147483647""#));
//! ```

use crate::body::json::write_str;
use crate::body::number::{int_text, push_int};
use crate::forms::fields::format_name;
use crate::forms::normalize::{Prep, rewrites};
use crate::prelude::*;
use crate::rules::{length, money};
use crate::spec::{Empty, Field, Format, Kind, Method, Operation, Presence};

/// The dialect a schema is written in: the targets of Standard JSON Schema
/// (`@standard-schema/spec` 1.1), by the names it gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// JSON Schema draft 2020-12 (`"draft-2020-12"`), the default, and OpenAPI 3.1's dialect.
    Draft202012,
    /// JSON Schema draft-07 (`"draft-07"`): the same keywords, another `$schema`.
    Draft07,
    /// OpenAPI 3.0's Schema Object (`"openapi-3.0"`): no `$schema`; a single `type`, so a
    /// `null` is `"nullable": true` and a value of several types is an `anyOf` of one branch a
    /// type, each with the same keywords (those of other types do not apply to it);
    /// `exclusiveMinimum` a boolean beside `minimum`.
    OpenApi30,
}

impl Target {
    /// The target of a Standard JSON Schema name; `None` for any other.
    pub fn from_name(name: &str) -> Option<Target> {
        match name {
            "draft-2020-12" => Some(Target::Draft202012),
            "draft-07" => Some(Target::Draft07),
            "openapi-3.0" => Some(Target::OpenApi30),
            _ => None,
        }
    }
}

/// The money grammar with `max_scale` decimals, as a JSON Schema (ECMA-262) pattern.
fn money_pattern(out: &mut String, max_scale: u32) {
    out.push_str("(0|[1-9][0-9]*)(\\.[0-9]{1,");
    out.push_str(&int_text(i64::from(max_scale)));
    out.push_str("})?");
}

/// The schema of `op`'s body (a GET operation's query object), as JSON text: JSON Schema
/// draft 2020-12, what the rules accept, read strictly.
pub fn json_schema(op: &Operation) -> String {
    schema(op, Target::Draft202012, Prep { form: false, text: false })
}

/// The schema of what `op` accepts read as `prep` says, in `target`'s dialect, as JSON text.
/// Read strictly (`prep` all `false`) it is the body's schema, [`json_schema`]'s; with
/// [`Prep::form`] it is the schema of a form's values, with [`Prep::text`] of the text
/// before normalisation (see the module docs).
pub fn schema(op: &Operation, target: Target, prep: Prep) -> String {
    let mut out = String::from("{");
    if target != Target::OpenApi30 {
        out.push_str("\"$schema\":");
        out.push_str(if target == Target::Draft07 {
            "\"http://json-schema.org/draft-07/schema#\","
        } else {
            "\"https://json-schema.org/draft/2020-12/schema\","
        });
    }
    let cx = Cx { target, prep, query: matches!(op.method, Method::Get | Method::Delete) };
    body(&mut out, op, cx);
    out.push('}');
    out
}

/// How a schema is being written.
#[derive(Clone, Copy)]
pub(crate) struct Cx {
    pub(crate) target: Target,
    pub(crate) prep: Prep,
    /// Integers may arrive as their text (a query's values).
    pub(crate) query: bool,
}

/// `"title":…,"description":…,"type":"object",…` (no braces): the object of `op`'s fields.
fn body(out: &mut String, op: &Operation, cx: Cx) {
    head(out, op);
    out.push_str(",\"type\":\"object\"");
    object(out, op, op.fields.iter(), cx, false);
}

/// `"title":…,"description":…` of `op`.
pub(crate) fn head(out: &mut String, op: &Operation) {
    out.push_str("\"title\":");
    write_str(out, op.name);
    out.push_str(",\"description\":");
    let mut d = String::from(op.title);
    d.push_str(" — ");
    d.push_str(op.method.as_str());
    d.push(' ');
    d.push_str(op.path);
    write_str(out, &d);
}

/// The keywords of an object of `fields`, after its `type`: `,"properties":{…},…`; `blank_ok`:
/// a form may leave it blank (`{}`, or every field `""`), so nothing is required.
pub(crate) fn object<'f>(b: &mut String, op: &Operation, fields: impl Iterator<Item = &'f Field> + Clone, cx: Cx, blank_ok: bool) {
    b.push_str(",\"properties\":{");
    for (i, f) in fields.clone().enumerate() {
        if i > 0 {
            b.push(',');
        }
        write_str(b, f.name);
        b.push(':');
        field(b, op, f, cx, f.presence != Presence::Required, blank_ok);
    }
    b.push('}');
    let mut required = fields.filter(|f| f.presence == Presence::Required && !blank_ok).peekable();
    if required.peek().is_some() {
        b.push_str(",\"required\":[");
        for (i, f) in required.enumerate() {
            if i > 0 {
                b.push(',');
            }
            write_str(b, f.name);
        }
        b.push(']');
    }
    b.push_str(",\"additionalProperties\":false");
}

/// The schema of `f`'s value in `op`; `nullable`: `null` (absent) is accepted; `blank_row`: it
/// is in an object a form may leave blank.
pub(crate) fn field(out: &mut String, op: &Operation, f: &Field, cx: Cx, nullable: bool, blank_row: bool) {
    // `""` is a value, or stands for absent (always, in a form's values): the kind's floor and
    // shape do not apply to it.
    let empty_ok = f.presence.empty() != Empty::Rejected || cx.prep.form && (f.presence != Presence::Required || blank_row);
    let rewritten = cx.prep.text && rewrites(op, f.name, &f.kind);
    schema_of(out, op, &f.kind, cx, nullable, empty_ok, rewritten);
}

/// JSON Schema's types, as bits of a set (the order they are written in).
const TYPES: [&str; 6] = ["integer", "boolean", "array", "object", "string", "number"];
const INTEGER: u8 = 1;
const BOOLEAN: u8 = 2;
const ARRAY: u8 = 4;
const OBJECT: u8 = 8;
const STRING: u8 = 16;
const NUMBER: u8 = 32;

/// Writes `{"type":…, <body>}` of the `types` (bits): with `null` when `nullable`, and in
/// OpenAPI 3.0 (one type a schema) an `anyOf` of one branch a type when there are several.
/// `body` starts with a comma.
fn typed(out: &mut String, target: Target, types: u8, nullable: bool, body: &str) {
    let one = |out: &mut String, types: u8| {
        out.push_str("{\"type\":");
        let array = !types.is_power_of_two() || nullable && target != Target::OpenApi30;
        if array {
            out.push('[');
        }
        for (i, t) in TYPES.iter().enumerate().filter(|(i, _)| types & 1 << i != 0) {
            if types & ((1 << i) - 1) != 0 {
                out.push(',');
            }
            write_str(out, t);
        }
        if nullable {
            out.push_str(if target == Target::OpenApi30 { ",\"nullable\":true" } else { ",\"null\"" });
        }
        if array {
            out.push(']');
        }
        out.push_str(body);
        out.push('}');
    };
    if target == Target::OpenApi30 && !types.is_power_of_two() {
        out.push_str("{\"anyOf\":[");
        for bit in (0..6).map(|i| 1u8 << i).filter(|b| types & b != 0) {
            if types & (bit - 1) != 0 {
                out.push(',');
            }
            one(out, bit);
        }
        out.push_str("]}");
    } else {
        one(out, types);
    }
}

fn schema_of(out: &mut String, op: &Operation, kind: &Kind, cx: Cx, nullable: bool, empty_ok: bool, rewritten: bool) {
    let mut b = String::new();
    let num = |b: &mut String, key: &str, n: i64| {
        b.push_str(",\"");
        b.push_str(key);
        b.push_str("\":");
        b.push_str(&int_text(n));
    };
    let text_len = |b: &mut String, min: u32, max: Option<u32>| {
        if !rewritten {
            let min = if empty_ok { 0 } else { min.max(1) };
            if min > 0 {
                num(b, "minLength", i64::from(min));
            }
            if let Some(max) = max {
                num(b, "maxLength", i64::from(max));
            }
        }
        b.push_str(",\"x-length-unit\":");
        write_str(b, length::UNIT);
    };
    // A pattern, also matching `""` where that is accepted.
    let pattern = |b: &mut String, p: &str| {
        if !rewritten {
            b.push_str(",\"pattern\":");
            let mut s = String::from(if empty_ok { "^(" } else { "^" });
            s.push_str(p);
            s.push_str(if empty_ok { ")?$" } else { "$" });
            write_str(b, &s);
        }
    };
    // Integers may be their text: in a query, and in a form's values.
    let int_text = cx.query || cx.prep.form;
    // A kind not of type string takes `""` as a string of no length.
    let empty_string = |b: &mut String| {
        if empty_ok && !int_text {
            b.push_str(",\"maxLength\":0");
        }
    };
    let primary = match kind {
        Kind::Int { .. } | Kind::IntChoice(_) => INTEGER,
        Kind::Bool => BOOLEAN,
        Kind::List { .. } => ARRAY,
        Kind::Object(_) => OBJECT,
        Kind::Money(_) | Kind::Decimal => STRING | NUMBER,
        _ => STRING,
    };
    let mut types = primary;
    if empty_ok || int_text && primary == INTEGER {
        types |= STRING;
    }
    // In a form's values an optional field (or a list's item) left blank may also be an empty
    // list or group of controls: `[]`, `{}`.
    let blank_ok = cx.prep.form && nullable;
    if blank_ok {
        for (t, max) in [(ARRAY, "maxItems"), (OBJECT, "maxProperties")] {
            if primary != t {
                types |= t;
                num(&mut b, max, 0);
            }
        }
    }
    match kind {
        Kind::Text { min, max, format } => {
            text_len(&mut b, *min, *max);
            // `format` would refuse `""`; `x-format` still names it.
            match format {
                Some(Format::Email) if !rewritten && !empty_ok => b.push_str(",\"format\":\"email\""),
                Some(Format::MobileDigits) => pattern(&mut b, "[0-9]*"),
                Some(Format::Date) if !rewritten && !empty_ok => b.push_str(",\"format\":\"date\""),
                _ => {}
            }
            if let Some(f) = format {
                b.push_str(",\"x-format\":");
                write_str(&mut b, format_name(*f));
            }
        }
        Kind::AccountName(rule) => {
            text_len(&mut b, rule.min, Some(rule.max));
            pattern(&mut b, crate::forms::html::account_name_pattern(rule.lead));
        }
        Kind::Password(rule) => {
            text_len(&mut b, rule.min, Some(rule.max));
            b.push_str(",\"writeOnly\":true");
        }
        Kind::Choice { allowed, ignore_case } => {
            if !*ignore_case {
                b.push_str(",\"enum\":[");
                for a in *allowed {
                    write_str(&mut b, a);
                    b.push(',');
                }
                close_enum(&mut b, empty_ok, nullable, blank_ok);
            } else {
                b.push_str(",\"x-one-of-any-case\":[");
                for (i, a) in allowed.iter().enumerate() {
                    if i > 0 {
                        b.push(',');
                    }
                    write_str(&mut b, a);
                }
                b.push(']');
            }
        }
        Kind::Int { min, max } => {
            if int_text {
                // Only an integer's own text (`"20"`, not `"020"`); its bounds are the rules'.
                pattern(&mut b, "0|-?[1-9][0-9]*");
            }
            empty_string(&mut b);
            num(&mut b, "minimum", i64::from(*min));
            num(&mut b, "maximum", i64::from(*max));
        }
        Kind::IntChoice(allowed) => {
            b.push_str(",\"enum\":[");
            for a in *allowed {
                push_int(&mut b, *a);
                b.push(',');
            }
            if int_text {
                for a in *allowed {
                    b.push('"');
                    push_int(&mut b, *a);
                    b.push_str("\",");
                }
            }
            close_enum(&mut b, empty_ok, nullable, blank_ok);
        }
        Kind::Bool => empty_string(&mut b),
        Kind::Money(bounds) => {
            let mut p = String::new();
            money_pattern(&mut p, bounds.max_scale);
            pattern(&mut b, &p);
            // A JSON number's bounds (a float's rounding keeps them a superset of the exact
            // ones, which `x-minimum` / `x-maximum` give as decimal text).
            match bounds.min {
                Some(min) => {
                    b.push_str(",\"minimum\":");
                    b.push_str(min);
                    b.push_str(",\"x-minimum\":");
                    write_str(&mut b, min);
                }
                None => {
                    b.push_str(if cx.target == Target::OpenApi30 { ",\"minimum\":0,\"exclusiveMinimum\":true" } else { ",\"exclusiveMinimum\":0" });
                    b.push_str(",\"x-exclusive-minimum\":\"0\"");
                }
            }
            b.push_str(",\"maximum\":");
            b.push_str(bounds.max);
            b.push_str(",\"x-maximum\":");
            write_str(&mut b, bounds.max);
            b.push_str(",\"x-format\":");
            write_str(&mut b, money::FORMAT);
        }
        Kind::Decimal => {
            pattern(&mut b, "(0|[1-9][0-9]*)(\\.[0-9]+)?");
            b.push_str(",\"minimum\":0,\"x-minimum\":\"0\",\"x-format\":");
            write_str(&mut b, money::FORMAT);
        }
        Kind::List { min, max, item } => {
            empty_string(&mut b);
            // A form's list may end in spare rows (blank items, `null` among them), and a
            // blank list stands for absent.
            let form = cx.prep.form;
            b.push_str(",\"items\":");
            schema_of(&mut b, op, item, cx, form, form, cx.prep.text && rewrites(op, "", item));
            if *min > 0 && !(form && nullable) {
                num(&mut b, "minItems", i64::from(*min));
            }
            if let Some(max) = max.filter(|_| !form) {
                num(&mut b, "maxItems", i64::from(max));
            }
        }
        Kind::Object(fields) => {
            object(&mut b, op, fields.iter(), cx, blank_ok);
            empty_string(&mut b);
        }
    }
    typed(out, cx.target, types, nullable, &b);
}

/// Ends an `enum` list whose items each end in a comma: with `""`, `null` and a form's blank
/// `{}` and `[]` as accepted.
fn close_enum(b: &mut String, empty_ok: bool, nullable: bool, blank_ok: bool) {
    if empty_ok {
        b.push_str("\"\",");
    }
    if blank_ok {
        b.push_str("{},[],");
    }
    if nullable {
        b.push_str("null,");
    }
    b.pop();
    b.push(']');
}
