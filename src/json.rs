//! A small JSON reader and writer: JSON text → [`Value`], and [`Value`]/[`Outcome`] → JSON text.
//!
//! Why not serde_json's: its `Deserializer` and `Serializer` (with the serde derives they
//! drive) are most of a WebAssembly module's size, and its numbers are floats (see
//! [`crate::value`]). The tests check this reader against serde_json on the whole
//! conformance corpus and on mutations of it, and the writer against serde's `Serialize`.
//!
//! ```
//! use bss_validate::json;
//! let v = json::parse(r#"{"amount": 12.50, "ids": ["a", "b"]}"#).unwrap();
//! let mut text = String::new();
//! json::write_value(&mut text, &v);
//! assert_eq!(text, r#"{"amount":12.5,"ids":["a","b"]}"#);
//! assert!(json::parse("{").is_none());
//! ```

use crate::error::{Allowed, Num, Params, Violation};
use crate::normalize::Change;
use crate::prelude::*;
use crate::spec::Operation;
use crate::spec::describe::FieldInfo;
use crate::value::{Map, Number, Value, int_text};
use crate::{FieldOutcome, Outcome, html};

/// Nesting deeper than this is refused (the JS side already cuts at 64).
const MAX_DEPTH: usize = 128;

/// Parses one JSON document (RFC 8259); `None` when it is not valid JSON, nests deeper than
/// 128 levels or (with `std`) holds a number beyond the `f64` range (`1e400`, which no JS
/// number and no serde_json reader holds either). A lone surrogate escape (`"\\uD800"`, which JS strings can hold) reads as
/// U+FFFD, one UTF-16 unit like the original, so lengths agree with the browser.
pub fn parse(text: &str) -> Option<Value> {
    let mut p = Parser { text, s: text.as_bytes(), i: 0 };
    let v = p.value(0)?;
    p.ws();
    (p.i == p.s.len()).then_some(v)
}

/// Reads `text` by bytes (`s`); text is copied out of `text` in runs that start and end
/// next to ASCII bytes, always on character boundaries, so no UTF-8 is validated again.
struct Parser<'a> {
    text: &'a str,
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while matches!(self.s.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, lit: &[u8]) -> Option<()> {
        let end = self.i.checked_add(lit.len())?;
        (self.s.get(self.i..end)? == lit).then(|| self.i = end)
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.ws();
        match *self.s.get(self.i)? {
            b'n' => self.eat(b"null").map(|()| Value::Null),
            b't' => self.eat(b"true").map(|()| Value::Bool(true)),
            b'f' => self.eat(b"false").map(|()| Value::Bool(false)),
            b'"' => self.string().map(Value::String),
            b'[' if depth < MAX_DEPTH => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.eat(b"]").is_some() {
                    return Some(Value::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    if self.eat(b",").is_none() {
                        self.eat(b"]")?;
                        return Some(Value::Array(items));
                    }
                }
            }
            b'{' if depth < MAX_DEPTH => {
                self.i += 1;
                let mut map = Map::new();
                self.ws();
                if self.eat(b"}").is_some() {
                    return Some(Value::Object(map));
                }
                loop {
                    self.ws();
                    let key = self.string()?;
                    self.ws();
                    self.eat(b":")?;
                    let v = self.value(depth + 1)?;
                    map.push(key, v);
                    self.ws();
                    if self.eat(b",").is_none() {
                        self.eat(b"}")?;
                        return Some(Value::Object(map));
                    }
                }
            }
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.i;
        let negative = self.eat(b"-").is_some();
        let int_start = self.i;
        let n = self.digits();
        if n == 0 || (n > 1 && self.s[int_start] == b'0') {
            return None;
        }
        let mut integral = true;
        if self.eat(b".").is_some() {
            integral = false;
            if self.digits() == 0 {
                return None;
            }
        }
        if matches!(self.s.get(self.i), Some(b'e' | b'E')) {
            integral = false;
            self.i += 1;
            if matches!(self.s.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return None;
            }
        }
        Some(Value::Number(number(self.text.get(start..self.i)?, integral, negative)?))
    }

    fn hex4(&mut self) -> Option<u32> {
        let end = self.i.checked_add(4)?;
        let digits = self.s.get(self.i..end)?;
        self.i = end;
        digits.iter().try_fold(0, |n, &b| Some(n << 4 | char::from(b).to_digit(16)?))
    }

    fn string(&mut self) -> Option<String> {
        self.eat(b"\"")?;
        let mut out = String::new();
        let mut run = self.i;
        loop {
            let b = *self.s.get(self.i)?;
            if b == b'"' || b == b'\\' {
                out.push_str(self.text.get(run..self.i)?);
            }
            self.i += 1;
            match b {
                b'"' => return Some(out),
                b'\\' => {
                    let e = *self.s.get(self.i)?;
                    self.i += 1;
                    out.push(match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode()?,
                        _ => return None,
                    });
                    run = self.i;
                }
                0..=0x1f => return None,
                _ => {}
            }
        }
    }

    /// `\uXXXX`, with surrogate pairs; a lone surrogate becomes U+FFFD (one UTF-16 unit, as
    /// the lone surrogate was, so lengths still agree with JS).
    fn unicode(&mut self) -> Option<char> {
        let hi = self.hex4()?;
        if (0xD800..0xDC00).contains(&hi) && self.s.get(self.i..self.i + 2) == Some(b"\\u") {
            let save = self.i;
            self.i += 2;
            let lo = self.hex4()?;
            if (0xDC00..0xE000).contains(&lo) {
                return char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00));
            }
            self.i = save;
        }
        Some(char::from_u32(hi).unwrap_or('\u{FFFD}'))
    }
}

/// A number's ECMAScript text (see [`crate::value`]). With `std`, any JSON number text is
/// rewritten so (`12.50` → `12.5`, `1E3` → `1000`, `-0` → `0`), exactly as serde_json with
/// `float_roundtrip` and then `String(x)` would read it. Without `std` (the WebAssembly
/// package) only integer text is, as the float code is what that build leaves out: its input
/// is `JSON.stringify` output, whose numbers already are in that form.
fn number(text: &str, integral: bool, negative: bool) -> Option<Number> {
    #[cfg(feature = "std")]
    {
        let exact = integral && if negative { text.parse::<i64>().is_ok() } else { text.parse::<u64>().is_ok() };
        if exact { Some(Number::from_js(text)) } else { Number::from_f64(text.parse::<f64>().ok()?) }
    }
    #[cfg(not(feature = "std"))]
    {
        let _ = (integral, negative);
        Some(Number::from_js(text))
    }
}

/// Writes `value` as JSON: no white space, serde_json's escapes, each key once.
pub fn write_value(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n.as_str()),
        Value::String(s) => write_str(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, v);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (k, v)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(out, k);
                out.push(':');
                write_value(out, v);
            }
            out.push('}');
        }
    }
}

/// A JSON string literal, escaped as serde_json does.
pub fn write_str(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from(HEX[(c as usize) >> 4]));
                out.push(char::from(HEX[(c as usize) & 0xf]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Writes an [`Outcome`] exactly as its serde `Serialize` does.
pub fn write_outcome(out: &mut String, o: &Outcome) {
    out.push_str(if o.ok { "{\"ok\":true," } else { "{\"ok\":false," });
    if let Some(v) = &o.value {
        out.push_str("\"value\":");
        write_value(out, v);
        out.push(',');
    }
    write_errors(out, &o.errors);
    if let Some(changes) = &o.changes {
        out.push_str(",\"changes\":");
        write_changes(out, changes);
    }
    out.push('}');
}

/// `"errors":[…]`
fn write_errors(out: &mut String, errors: &[Violation]) {
    out.push_str("\"errors\":[");
    for (i, e) in errors.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_violation(out, e);
    }
    out.push(']');
}

/// Normalisation changes, as their serde `Serialize` writes them.
pub fn write_changes(out: &mut String, changes: &[Change]) {
    out.push('[');
    for (i, c) in changes.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let mut o = Obj::new(out);
        o.str("path", Some(&c.path));
        o.str("from", Some(&c.from));
        o.str("to", Some(&c.to));
        o.end();
    }
    out.push(']');
}

/// A [`FieldOutcome`] exactly as its serde `Serialize` writes it.
pub fn write_field_outcome(out: &mut String, o: &FieldOutcome) {
    out.push_str(if o.ok { "{\"ok\":true," } else { "{\"ok\":false," });
    write_errors(out, &o.errors);
    out.push_str(",\"scope\":[");
    for (i, p) in o.scope.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, p);
    }
    out.push_str("]}");
}

/// HTML attributes as a JSON object: `{"<name>": {"<attr>": true | number | "text"}}`.
pub fn write_html(out: &mut String, controls: &[(String, html::Attrs)]) {
    let mut o = Obj::new(out);
    for (name, attrs) in controls {
        let mut a = Obj::new(o.key(name));
        for (k, v) in attrs {
            match v {
                html::Attr::Flag => a.key(k).push_str("true"),
                html::Attr::Num(n) => a.int(k, Some(i64::from(*n))),
                html::Attr::Str(s) => a.str(k, Some(s)),
            }
        }
        a.end();
    }
    o.end();
}

fn write_violation(out: &mut String, v: &Violation) {
    out.push_str("{\"path\":");
    write_str(out, &v.path);
    out.push_str(",\"code\":");
    write_str(out, v.code.as_str());
    out.push_str(",\"params\":");
    write_params(out, &v.params);
    out.push_str(",\"message\":");
    write_str(out, &v.message);
    out.push('}');
}

/// A JSON object being written key by key.
struct Obj<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Obj<'a> {
    fn new(out: &'a mut String) -> Self {
        out.push('{');
        Obj { out, first: true }
    }

    fn key(&mut self, k: &str) -> &mut String {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        write_str(self.out, k);
        self.out.push(':');
        self.out
    }

    fn str(&mut self, k: &str, v: Option<&str>) {
        if let Some(v) = v {
            write_str(self.key(k), v);
        }
    }

    fn int(&mut self, k: &str, v: Option<i64>) {
        if let Some(v) = v {
            self.key(k).push_str(&int_text(v));
        }
    }

    fn num(&mut self, k: &str, v: Option<&Num>) {
        match v {
            Some(Num::Int(i)) => self.int(k, Some(*i)),
            Some(Num::Dec(d)) => self.str(k, Some(d)),
            None => {}
        }
    }

    fn end(self) {
        self.out.push('}');
    }
}

fn write_params(out: &mut String, p: &Params) {
    let mut o = Obj::new(out);
    o.str("expected", p.expected);
    o.num("min", p.min.as_ref());
    o.num("max", p.max.as_ref());
    o.int("actual", p.actual);
    o.str("unit", p.unit);
    o.int("max_scale", p.max_scale.map(i64::from));
    if let Some(a) = &p.allowed {
        write_allowed(o.key("allowed"), a);
    }
    o.str("format", p.format);
    o.str("prefix", p.prefix);
    o.str("field", p.field.as_deref());
    if let Some(v) = &p.value {
        write_value(o.key("value"), v);
    }
    if let Some(r) = p.reversed {
        o.key("reversed").push_str(if r { "true" } else { "false" });
    }
    o.int("min_classes", p.min_classes.map(i64::from));
    o.str("suggestion", p.suggestion);
    o.str("reason", p.reason);
    o.int("max_days", p.max_days);
    o.end();
}

/// A list of allowed values, as its serde `Serialize` writes it.
pub fn write_allowed(out: &mut String, a: &Allowed) {
    out.push('[');
    match a {
        Allowed::Strs(v) => v.iter().enumerate().for_each(|(i, s)| {
            if i > 0 {
                out.push(',');
            }
            write_str(out, s);
        }),
        Allowed::Ints(v) => v.iter().enumerate().for_each(|(i, n)| {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&int_text(*n));
        }),
    }
    out.push(']');
}

/// Writes field descriptions exactly as their serde `Serialize` does.
pub fn write_fields(out: &mut String, fields: &[FieldInfo]) {
    out.push('[');
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_field(out, f);
    }
    out.push(']');
}

fn write_field(out: &mut String, f: &FieldInfo) {
    let mut o = Obj::new(out);
    o.str("name", f.name);
    o.str("type", Some(f.kind));
    o.key("required").push_str(if f.required { "true" } else { "false" });
    o.str("presence", Some(f.presence));
    o.str("empty", Some(f.empty));
    o.int("min_length", f.min_length.map(i64::from));
    o.int("max_length", f.max_length.map(i64::from));
    o.str("unit", f.unit);
    o.num("minimum", f.minimum.as_ref());
    o.num("exclusive_minimum", f.exclusive_minimum.as_ref());
    o.num("maximum", f.maximum.as_ref());
    o.int("max_scale", f.max_scale.map(i64::from));
    if let Some(a) = &f.allowed {
        write_allowed(o.key("allowed"), a);
    }
    if f.ignore_case {
        o.key("ignore_case").push_str("true");
    }
    o.str("format", f.format);
    if let Some(p) = f.reserved_prefixes {
        write_allowed(o.key("reserved_prefixes"), &Allowed::Strs(p));
    }
    o.int("min_classes", f.min_classes.map(i64::from));
    o.int("min_items", f.min_items.map(i64::from));
    o.int("max_items", f.max_items.map(i64::from));
    if let Some(item) = &f.items {
        write_field(o.key("items"), item);
    }
    if let Some(fields) = &f.fields {
        write_fields(o.key("fields"), fields);
    }
    o.end();
}

/// Writes the operation list: `[{name, title, method, path, site}]`.
pub fn write_operations(out: &mut String, ops: &[&Operation]) {
    out.push('[');
    for (i, op) in ops.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let mut o = Obj::new(out);
        o.str("name", Some(op.name));
        o.str("title", Some(op.title));
        o.str("method", Some(op.method.as_str()));
        o.str("path", Some(op.path));
        o.str("site", Some(op.site.as_str()));
        o.end();
    }
    out.push(']');
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// What serde_json reads, through `Value`'s own conversion and serialization: equal
    /// numbers, the last of a repeated key, whatever the key order.
    fn serde_reads(text: &str) -> Option<serde_json::Value> {
        serde_json::from_str::<serde_json::Value>(text).ok().map(|v| serde_json::Value::from(&Value::from(&v)))
    }

    fn written(v: &Value) -> String {
        let mut s = String::new();
        write_value(&mut s, v);
        s
    }

    fn same_as_serde(text: &str) {
        let ours = parse(text);
        assert_eq!(ours.as_ref().map(serde_json::Value::from), serde_reads(text), "{text}");
        if let Some(v) = ours {
            // What the writer writes reads back as the same document, to serde_json and to us.
            let s = written(&v);
            assert_eq!(serde_reads(&s), Some(serde_json::Value::from(&v)), "{text}");
            assert_eq!(parse(&s).as_ref().map(written), Some(s), "{text}");
        }
    }

    #[test]
    fn reads_and_writes_like_serde_json() {
        for t in [
            "null",
            "true",
            "false",
            "0",
            "-1",
            "1.5",
            "1e3",
            "1E-7",
            "-2.5e+3",
            "0.30000000000000004",
            "1.005",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "-9223372036854775809",
            "1e400",
            "\"\"",
            r#""a\"b\\c\/d\b\f\n\r\t""#,
            r#""\u00e9\u4e2d\ud83d\ude00""#,
            r#""\u0001\u001f""#,
            "[]",
            "{}",
            " [ 1 , [ 2 ] , { \"a\" : null } ] ",
            r#"{"b":1,"a":2,"b":3}"#,
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            ".5",
            "+1",
            "-",
            "1e",
            "\"\u{1}\"",
            "[1 2]",
            "{\"a\" 1}",
            "tru",
            "nul",
            "\"abc",
            "1 2",
            "\"\\x\"",
            "\"\\u12\"",
            "{1:2}",
            "[",
            "",
            "   ",
            "-0",
            "-0.0",
            "0e0",
            "1E+2",
            "-1e-400",
            "123456789012345678901234567890",
            "2147483647.00",
            "1.000",
        ] {
            same_as_serde(t);
        }
    }

    /// Mutations of real bodies (bytes flipped, cut, duplicated): the reader must agree with
    /// serde_json on every one, valid or not, and never panic.
    #[test]
    fn mutated_documents_agree_with_serde_json() {
        let seeds = [
            r#"{"customer_id":"06f9fb4f24002f0b0f40c00327c28d00","amount":1.005,"x":[null,true,false,-0.5e-3,"\u00e9\n"]}"#,
            r#"{"order_id":"o","use_coupon":"YES","use_discount":"NO","coupon_infos":[{"id":"c","type":301}]}"#,
            r#"[1,2.5,-3e+2,{"a":{"b":[[]]}},"\ud83d\ude00",18446744073709551615]"#,
        ];
        let alphabet = b"{}[]:,\"\\-+.eE0123456789 \ntrufalsn/u";
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let seed = seeds[(next() % 3) as usize].as_bytes();
            let mut bytes = seed.to_vec();
            for _ in 0..1 + next() % 4 {
                let i = (next() as usize) % bytes.len().max(1);
                match next() % 4 {
                    0 => bytes[i] = alphabet[(next() as usize) % alphabet.len()],
                    1 => {
                        bytes.remove(i);
                    }
                    2 => bytes.insert(i, alphabet[(next() as usize) % alphabet.len()]),
                    _ => bytes.truncate(i),
                }
                if bytes.is_empty() {
                    break;
                }
            }
            let Ok(text) = std::str::from_utf8(&bytes) else { continue };
            let theirs = serde_reads(text);
            let ours = parse(text);
            // serde_json rejects lone surrogates; the reader maps them to U+FFFD on purpose.
            if theirs.is_none() && ours.as_ref().is_some_and(|v| written(v).contains('\u{FFFD}')) {
                continue;
            }
            assert_eq!(ours.as_ref().map(serde_json::Value::from), theirs, "{text}");
        }
    }

    #[test]
    fn lone_surrogates_become_one_replacement_unit() {
        assert_eq!(parse(r#""a\ud800b""#), Some(Value::from("a\u{FFFD}b")));
        assert_eq!(parse(r#""\udc00""#), Some(Value::from("\u{FFFD}")));
    }

    #[test]
    fn depth_is_bounded() {
        assert!(parse(&format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH))).is_some());
        assert!(parse(&format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1))).is_none());
        assert!(parse(&"[".repeat(100_000)).is_none());
    }

    #[test]
    fn fields_and_operations_are_written_like_serde() {
        for op in crate::spec::OPERATIONS.iter().chain(crate::eligibility::CHECKS) {
            let f = crate::spec::describe::fields(op);
            let mut s = String::new();
            write_fields(&mut s, &f);
            assert_eq!(s, serde_json::to_string(&f).unwrap(), "{}", op.name);
        }
        let mut s = String::new();
        write_operations(&mut s, crate::spec::OPERATIONS);
        let want: Vec<serde_json::Value> = crate::spec::OPERATIONS
            .iter()
            .map(|op| json!({ "name": op.name, "title": op.title, "method": op.method, "path": op.path, "site": op.site }))
            .collect();
        assert_eq!(serde_json::from_str::<serde_json::Value>(&s).unwrap(), serde_json::Value::from(want));
    }

    /// Every input and every outcome of the corpus, byte for byte.
    #[test]
    fn the_corpus_round_trips_identically() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "json") {
                continue; // forms/ holds the form-layer vectors
            }
            let text = std::fs::read_to_string(path).unwrap();
            same_as_serde(&text);
            let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
            for case in doc["cases"].as_array().unwrap() {
                let input_text = serde_json::to_string(&case["input"]).unwrap();
                same_as_serde(&input_text);
                for locale in crate::Locale::ALL {
                    let o = crate::Options::locale(*locale);
                    let out = match (doc["operation"].as_str(), doc["check"].as_str()) {
                        (Some(op), _) => crate::validate_with(op, &case["input"], &o).unwrap(),
                        (_, Some(c)) => crate::eligibility::check_with(c, &case["input"], &o).unwrap(),
                        _ => unreachable!(),
                    };
                    let mut s = String::new();
                    write_outcome(&mut s, &out);
                    assert_eq!(s, serde_json::to_string(&out).unwrap());
                    // The same verdict from the text itself, through this reader.
                    let again = match (doc["operation"].as_str(), doc["check"].as_str()) {
                        (Some(op), _) => crate::validate_value(op, &parse(&input_text).unwrap(), &o).unwrap(),
                        (_, Some(c)) => crate::eligibility::check_value(c, &parse(&input_text).unwrap(), &o).unwrap(),
                        _ => unreachable!(),
                    };
                    assert_eq!(again.errors, out.errors, "{input_text}");
                    n += 1;
                }
            }
        }
        assert!(n > 1000);
    }
}
