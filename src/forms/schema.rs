//! JSON Schema (draft 2020-12) of each operation's body, derived from the spec tables.
//!
//! A schema cannot say everything the rules say, so it is a description for tools (OpenAPI,
//! form generators, editors), not a second validator. Where it falls short it says so:
//! - lengths are in UTF-16 code units here (`"x-length-unit": "utf16"`) while JSON Schema's
//!   `minLength`/`maxLength` count code points, so an astral character counts 2 here, 1 there;
//! - amounts are strings matching the money grammar (at most two decimals), with their bounds
//!   as exact decimal strings in `x-minimum` / `x-exclusive-minimum` / `x-maximum` (a JSON
//!   number would go through a float); the rules also take a JSON number;
//! - cross-field rules (a mobile needs its code, `begin <= end`, …) are not expressed.
//!
//! Absent and `null` mean the same for every optional field, so optional fields also allow
//! `null`; `""` is allowed only where the field's table row says it means something.
//!
//! ```
//! let s = bss_validate::schema::json_schema(bss_validate::spec::find("ReclaimToPartnerAccount").unwrap());
//! assert!(s.starts_with(r#"{"$schema":"https://json-schema.org/draft/2020-12/schema""#));
//! assert!(s.contains(r#""x-maximum":"2147483647""#));
//! ```

use crate::body::json::write_str;
use crate::body::number::{int_text, push_int};
use crate::forms::fields::format_name;
use crate::prelude::*;
use crate::rules::{length, money};
use crate::spec::{Empty, Field, Format, Kind, Method, Operation, Presence};

/// The money grammar with `max_scale` decimals, as a JSON Schema (ECMA-262) pattern.
fn money_pattern(out: &mut String, max_scale: u32) {
    out.push_str("^(0|[1-9][0-9]*)(\\\\.[0-9]{1,");
    out.push_str(&int_text(i64::from(max_scale)));
    out.push_str("})?$");
}

/// The schema of `op`'s body (a GET operation's query object), as JSON text.
pub fn json_schema(op: &Operation) -> String {
    let mut out = String::from("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"title\":");
    write_str(&mut out, op.name);
    out.push_str(",\"description\":");
    let mut d = String::from(op.title);
    d.push_str(" — ");
    d.push_str(op.method.as_str());
    d.push(' ');
    d.push_str(op.path);
    write_str(&mut out, &d);
    out.push(',');
    object(&mut out, op.fields, matches!(op.method, Method::Get | Method::Delete));
    out.push('}');
    out
}

/// `"type":"object","properties":{…},"required":[…],"additionalProperties":false`
fn object(out: &mut String, fields: &[Field], query: bool) {
    out.push_str("\"type\":\"object\",\"properties\":{");
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, f.name);
        out.push(':');
        field(out, f, query);
    }
    out.push_str("},\"required\":[");
    for (i, f) in fields.iter().filter(|f| f.presence == Presence::Required).enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, f.name);
    }
    out.push_str("],\"additionalProperties\":false");
}

fn field(out: &mut String, f: &Field, query: bool) {
    let optional = f.presence != Presence::Required;
    // `""` is a value, or stands for absent: the length floor does not apply to it.
    let empty_ok = f.presence.empty() != Empty::Rejected;
    schema_of(out, &f.kind, optional, empty_ok, query);
}

fn schema_of(out: &mut String, kind: &Kind, nullable: bool, empty_ok: bool, query: bool) {
    let ty = |out: &mut String, t: &str| {
        out.push_str("{\"type\":");
        if nullable {
            out.push('[');
        }
        write_str(out, t);
        if nullable {
            out.push_str(",\"null\"]");
        }
    };
    let num = |out: &mut String, key: &str, n: i64| {
        out.push_str(",\"");
        out.push_str(key);
        out.push_str("\":");
        out.push_str(&int_text(n));
    };
    let text_len = |out: &mut String, min: u32, max: Option<u32>| {
        let min = if empty_ok { 0 } else { min.max(1) };
        if min > 0 {
            num(out, "minLength", i64::from(min));
        }
        if let Some(max) = max {
            num(out, "maxLength", i64::from(max));
        }
        out.push_str(",\"x-length-unit\":");
        write_str(out, length::UNIT);
    };
    match kind {
        Kind::Text { min, max, format } => {
            ty(out, "string");
            text_len(out, *min, *max);
            match format {
                Some(Format::Email) => out.push_str(",\"format\":\"email\""),
                Some(Format::MobileDigits) => out.push_str(",\"pattern\":\"^[0-9]*$\""),
                Some(Format::Date) => out.push_str(",\"format\":\"date\""),
                _ => {}
            }
            if let Some(f) = format {
                out.push_str(",\"x-format\":");
                write_str(out, format_name(*f));
            }
        }
        Kind::AccountName(rule) => {
            ty(out, "string");
            text_len(out, rule.min, Some(rule.max));
            out.push_str(",\"pattern\":");
            let mut p = String::from("^");
            p.push_str(crate::forms::html::account_name_pattern(rule.lead));
            p.push('$');
            write_str(out, &p);
        }
        Kind::Password(rule) => {
            ty(out, "string");
            text_len(out, rule.min, Some(rule.max));
            out.push_str(",\"writeOnly\":true");
        }
        Kind::Choice { allowed, ignore_case } => {
            ty(out, "string");
            if !*ignore_case {
                out.push_str(",\"enum\":");
                strs(out, allowed, nullable);
            } else {
                out.push_str(",\"x-one-of-any-case\":");
                strs(out, allowed, false);
            }
        }
        Kind::Int { min, max } => {
            if query {
                // Query parameters may arrive as text: canonical integer text is read too.
                out.push_str(if nullable { "{\"type\":[\"integer\",\"string\",\"null\"]" } else { "{\"type\":[\"integer\",\"string\"]" });
                out.push_str(",\"pattern\":\"^(0|-?[1-9][0-9]*)$\"");
            } else {
                ty(out, "integer");
            }
            num(out, "minimum", i64::from(*min));
            num(out, "maximum", i64::from(*max));
        }
        Kind::IntChoice(allowed) => {
            ty(out, "integer");
            out.push_str(",\"enum\":");
            out.push('[');
            for (i, a) in allowed.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_int(out, *a);
            }
            out.push_str(if nullable { ",null]" } else { "]" });
        }
        Kind::Bool => ty(out, "boolean"),
        Kind::Money(b) => {
            ty(out, "string");
            out.push_str(",\"pattern\":\"");
            money_pattern(out, b.max_scale);
            out.push('"');
            match b.min {
                Some(min) => {
                    out.push_str(",\"x-minimum\":");
                    write_str(out, min);
                }
                None => out.push_str(",\"x-exclusive-minimum\":\"0\""),
            }
            out.push_str(",\"x-maximum\":");
            write_str(out, b.max);
            out.push_str(",\"x-format\":");
            write_str(out, money::FORMAT);
        }
        Kind::Decimal => {
            ty(out, "string");
            out.push_str(",\"pattern\":\"^(0|[1-9][0-9]*)(\\\\.[0-9]+)?$\",\"x-minimum\":\"0\",\"x-format\":");
            write_str(out, money::FORMAT);
        }
        Kind::List { min, max, item } => {
            ty(out, "array");
            out.push_str(",\"items\":");
            schema_of(out, item, false, false, query);
            if *min > 0 {
                num(out, "minItems", i64::from(*min));
            }
            if let Some(max) = max {
                num(out, "maxItems", i64::from(*max));
            }
        }
        Kind::Object(fields) => {
            out.push('{');
            object(out, fields, query);
        }
    }
    out.push('}');
}

/// `["a","b"]`, or with `null`, `["a","b",null]`.
fn strs(out: &mut String, items: &[&str], null: bool) {
    out.push('[');
    for (i, a) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, a);
    }
    out.push_str(if null { ",null]" } else { "]" });
}
