//! JSON text: the reader that makes a [`Doc`] of it, and [`write_str`], the string writer
//! the JSON Schema view is written with.
//!
//! Why not serde_json's: its `Deserializer` (with the serde derives it drives) is most of a WebAssembly module's size, and its numbers are floats (see
//! [`super::number`]). The tests check this reader against serde_json on the whole conformance
//! corpus and on mutations of it.
//!
//! ```
//! use bss_validate::body::{json, View};
//! let doc = json::read(r#"{"amount": 12.50, "ids": ["a", "b"]}"#).unwrap();
//! let View::Object(members) = doc.root() else { panic!() };
//! assert!(matches!(members.get("amount"), Some(View::Number("12.5"))));
//! assert!(json::read("{").is_none());
//! ```

use super::Doc;
use super::number;
use crate::prelude::*;

/// Nesting deeper than this is refused (the JS side already cuts at 64).
pub const MAX_DEPTH: usize = 128;

/// Reads one JSON document (RFC 8259) in place: strings without escapes, and numbers already
/// in ECMAScript form, are spans of `text`, not copies. `None` when it is not valid JSON,
/// nests deeper than 128 levels or (with `std`) holds a number beyond the `f64` range
/// (`1e400`, which no JS number and no serde_json reader holds either). A lone surrogate
/// escape (`"\uD800"`, which JS strings can hold) reads as U+FFFD, one UTF-16 unit like the
/// original, so lengths agree with the browser, and the string is marked: the engine refuses
/// it (`lone_surrogate`), as the text checked is not the text sent.
pub fn read(text: &str) -> Option<Doc<'_>> {
    // Room for as many tokens as the text can hold (each takes two bytes or more, its
    // separator counted), so the tape never moves while it grows. Pages are touched only as
    // tokens are written: a long string reserves room it never touches.
    let mut p = Parser { text, s: text.as_bytes(), i: 0, doc: Doc::new(text, text.len() / 2 + 2), lone: false, scratch: String::new() };
    p.value(0)?;
    p.ws();
    (p.i == p.s.len()).then_some(p.doc)
}

/// Reads `text` by bytes (`s`); text is copied out of `text` in runs that start and end
/// next to ASCII bytes, always on character boundaries, so no UTF-8 is validated again.
struct Parser<'a> {
    text: &'a str,
    s: &'a [u8],
    i: usize,
    /// What is read.
    doc: Doc<'a>,
    /// The string being read held a lone surrogate escape.
    lone: bool,
    /// The last string with an escape, decoded (one buffer for them all).
    scratch: String,
}

/// A string or a number as the reader finds it: a span of the text, text of its own (a
/// rewritten number), or the string just decoded into `scratch` (with whether it held a lone
/// surrogate).
enum Text {
    Span(usize, usize),
    Own(String),
    Escaped(bool),
}

impl<'a> Parser<'a> {
    /// Appends a string or number token.
    #[cfg_attr(feature = "std", inline(always))]
    fn text(&mut self, number: bool, t: Text) {
        match t {
            Text::Span(at, len) => self.doc.lent(number, at, len),
            Text::Own(s) => self.doc.own(number, &s),
            Text::Escaped(lone) => {
                self.doc.own(number, &self.scratch);
                if lone {
                    self.doc.mark_lone();
                }
            }
        }
    }

    fn ws(&mut self) {
        while matches!(self.s.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, lit: &[u8]) -> Option<()> {
        let end = self.i.checked_add(lit.len())?;
        (self.s.get(self.i..end)? == lit).then(|| self.i = end)
    }

    /// Steps over `b` if it comes next (the punctuation: a byte compare, not a slice's).
    fn byte(&mut self, b: u8) -> bool {
        let hit = self.s.get(self.i) == Some(&b);
        self.i += usize::from(hit);
        hit
    }

    fn value(&mut self, depth: usize) -> Option<()> {
        self.ws();
        self.item(depth)
    }

    /// A value starting at the next byte. Scalars are read here, in line: a hostile body is
    /// mostly a long list of them, and a call per item was most of reading one.
    #[cfg_attr(feature = "std", inline(always))]
    fn item(&mut self, depth: usize) -> Option<()> {
        match *self.s.get(self.i)? {
            b'"' => {
                let s = self.string()?;
                self.text(false, s);
                Some(())
            }
            b'-' | b'0'..=b'9' => {
                let n = self.number()?;
                self.text(true, n);
                Some(())
            }
            b'[' if depth < MAX_DEPTH => self.array(depth),
            b'{' if depth < MAX_DEPTH => self.object(depth),
            b'n' => self.eat(b"null").map(|()| self.doc.null()),
            b't' => self.eat(b"true").map(|()| self.doc.bool(true)),
            b'f' => self.eat(b"false").map(|()| self.doc.bool(false)),
            _ => None,
        }
    }

    fn array(&mut self, depth: usize) -> Option<()> {
        self.i += 1;
        let at = self.doc.open(false);
        self.ws();
        let mut count = 0;
        if !self.byte(b']') {
            loop {
                self.ws();
                self.item(depth + 1)?;
                count += 1;
                if self.next_in_list(b']')? {
                    break;
                }
            }
        }
        self.doc.close(at, count);
        Some(())
    }

    /// After an item of a list (`end`: `]`) or a member of an object (`}`): steps over the
    /// `,` before the next one (`Some(false)`) or the end (`Some(true)`). Compact JSON has no
    /// white space there, so that is looked for only when neither comes next.
    #[cfg_attr(feature = "std", inline(always))]
    fn next_in_list(&mut self, end: u8) -> Option<bool> {
        if !matches!(self.s.get(self.i), Some(b',') | Some(b']') | Some(b'}')) {
            self.ws();
        }
        if self.byte(b',') {
            return Some(false);
        }
        self.byte(end).then_some(true)
    }

    fn object(&mut self, depth: usize) -> Option<()> {
        self.i += 1;
        let at = self.doc.open(true);
        self.ws();
        let mut count = 0;
        if !self.byte(b'}') {
            loop {
                self.ws();
                let key = self.string()?;
                self.text(false, key);
                self.ws();
                if !self.byte(b':') {
                    return None;
                }
                self.ws();
                self.item(depth + 1)?;
                count += 1;
                if self.next_in_list(b'}')? {
                    break;
                }
            }
        }
        self.doc.close(at, count);
        Some(())
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        self.i - start
    }

    #[cfg_attr(feature = "std", inline(always))]
    fn number(&mut self) -> Option<Text> {
        let start = self.i;
        let negative = self.byte(b'-');
        let int_start = self.i;
        let n = self.digits();
        if n == 0 || (n > 1 && self.s.get(int_start) == Some(&b'0')) {
            return None;
        }
        let mut integral = true;
        if self.byte(b'.') {
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
        // Most numbers are short integers: exact in an f64 up to 15 digits and already in
        // ECMAScript's form (the grammar allows no leading zero), but for `-0`.
        if integral && self.i - start <= 15 && !(negative && n == 1 && self.s.get(int_start) == Some(&b'0')) {
            return Some(Text::Span(start, self.i - start));
        }
        let text = self.text.get(start..self.i)?;
        Some(match number(text, integral, negative)? {
            Cow::Borrowed(t) if t.len() == text.len() => Text::Span(start, t.len()),
            other => Text::Own(other.into_owned()),
        })
    }

    fn hex4(&mut self) -> Option<u32> {
        let end = self.i.checked_add(4)?;
        let digits = self.s.get(self.i..end)?;
        self.i = end;
        digits.iter().try_fold(0, |n, &b| Some(n << 4 | char::from(b).to_digit(16)?))
    }

    /// A string literal: a span of the text when it has no escape, else decoded.
    #[cfg_attr(feature = "std", inline(always))]
    fn string(&mut self) -> Option<Text> {
        if !self.byte(b'"') {
            return None;
        }
        // Most strings have no escape: find the closing quote, and lend the span.
        let start = self.i;
        self.i = start + plain_run(self.s.get(start..)?);
        if self.byte(b'"') {
            return Some(Text::Span(start, self.i - 1 - start));
        }
        self.lone = false;
        self.escaped(start)?;
        Some(Text::Escaped(self.lone))
    }

    /// The rest of a string literal that has an escape (or a control byte, refused), from
    /// its first byte at `start`, decoded into `scratch`; out of line, as most strings have none.
    #[cold]
    fn escaped(&mut self, start: usize) -> Option<()> {
        let mut out = core::mem::take(&mut self.scratch);
        out.clear();
        let mut run = start;
        loop {
            let b = *self.s.get(self.i)?;
            if b == b'"' || b == b'\\' {
                out.push_str(self.text.get(run..self.i)?);
            }
            self.i += 1;
            match b {
                b'"' => {
                    self.scratch = out;
                    return Some(());
                }
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
    /// the lone surrogate was, so lengths still agree with JS) and marks the string.
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
        let c = char::from_u32(hi);
        self.lone |= c.is_none();
        Some(c.unwrap_or('\u{FFFD}'))
    }
}

/// How many bytes at the start of `s` a string literal holds as they are: up to the first
/// `"`, `\\` or control byte (or the end). Eight bytes at a time (SWAR): scanning a byte at a
/// time was a fifth of checking a small body natively.
#[cfg(feature = "std")]
fn plain_run(s: &[u8]) -> usize {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    // A high bit set in each byte that is zero; the lowest such bit is exact (only bytes after
    // a true zero can be flagged by the borrow), and the lowest is all that is read.
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let mut at = 0;
    for chunk in s.chunks_exact(8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let hit = zero(x ^ (ONES * u64::from(b'"'))) | zero(x ^ (ONES * u64::from(b'\\'))) | (x.wrapping_sub(ONES * 0x20) & !x & HIGH);
        if hit != 0 {
            return at + (hit.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    at + s.get(at..).unwrap_or_default().iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).unwrap_or(s.len() - at)
}

/// [`plain_run`] a byte at a time, in the npm package's module, where size counts first.
#[cfg(not(feature = "std"))]
fn plain_run(s: &[u8]) -> usize {
    s.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).unwrap_or(s.len())
}

/// A number's ECMAScript text (see [`super::number`]): any JSON number text is rewritten so
/// (`12.50` → `12.5`, `1E3` → `1000`, `-0` → `0`), exactly as serde_json with
/// `float_roundtrip` and then `String(x)` would read it, with or without `std`. Text already
/// in that form is borrowed. (The npm package's module reads no JSON, so none of this is
/// linked there.)
fn number(text: &str, integral: bool, negative: bool) -> Option<Cow<'_, str>> {
    let exact = integral && if negative { text.parse::<i64>().is_ok() } else { text.parse::<u64>().is_ok() };
    if exact { Some(Cow::Borrowed(number::js_text(text))) } else { number::from_f64(text.parse::<f64>().ok()?).map(Cow::Owned) }
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::body::serde::{read as read_serde, to_value};

    /// What serde_json reads, its numbers as ECMAScript writes them (a native caller's body,
    /// as the crate reads it): the last of a repeated key, whatever the key order.
    fn serde_reads(text: &str) -> Option<serde_json::Value> {
        serde_json::from_str::<serde_json::Value>(text).ok().map(|v| to_value(read_serde(&v).root()))
    }

    /// What this reader reads, as a `serde_json::Value`.
    fn ours(text: &str) -> Option<serde_json::Value> {
        read(text).map(|d| to_value(d.root()))
    }

    fn same_as_serde(text: &str) {
        assert_eq!(ours(text), serde_reads(text), "{text}");
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
            let ours = ours(text);
            // serde_json rejects lone surrogates; the reader maps them to U+FFFD on purpose.
            if theirs.is_none() && ours.as_ref().is_some_and(|v| v.to_string().contains('\u{FFFD}')) {
                continue;
            }
            assert_eq!(ours, theirs, "{text}");
        }
    }

    #[test]
    fn plain_runs_stop_where_a_byte_at_a_time_would() {
        let naive = |s: &[u8]| s.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).unwrap_or(s.len());
        let alphabet = [b'a', b'"', b'\\', 0x1f, 0x20, 0x7f, 0x80, 0xff, b'0', 0x00, 0x21, 0x5b, 0x5d];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..50_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 40) as usize;
            let mut bytes = vec![b'x'; len];
            // A few special bytes at random places, the rest plain.
            for k in 0..(state >> 8) % 3 {
                if len > 0 {
                    let at = ((state >> (16 + 8 * k)) as usize) % len;
                    bytes[at] = alphabet[((state >> (40 + 4 * k)) as usize) % alphabet.len()];
                }
            }
            assert_eq!(plain_run(&bytes), naive(&bytes), "{bytes:?}");
        }
    }

    #[test]
    fn lone_surrogates_become_one_replacement_unit() {
        assert_eq!(ours(r#""a\ud800b""#), Some(json!("a\u{FFFD}b")));
        assert_eq!(ours(r#""\udc00""#), Some(json!("\u{FFFD}")));
    }

    #[test]
    fn depth_is_bounded() {
        assert!(read(&format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH))).is_some());
        assert!(read(&format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1))).is_none());
        assert!(read(&"[".repeat(100_000)).is_none());
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
                    // The violations as the WebAssembly module hands them over read as their JSON.
                    let mut tape = crate::body::Writer::default();
                    crate::report::shape::Encode::encode(&out.errors, &mut tape);
                    assert_eq!(tape.to_value(), json!(out.errors));
                    // The same verdict from the text itself, through this reader.
                    let name = doc["operation"].as_str().or(doc["check"].as_str()).unwrap();
                    let again = crate::validate_json(name, input_text.as_bytes(), &o).unwrap();
                    assert_eq!(again.errors, out.errors, "{input_text}");
                    // The same body, its numbers as JS reads them (`10.0` is `10`).
                    let js = |v: &serde_json::Value| to_value(read_serde(v).root());
                    assert_eq!(again.value.as_ref().map(js), out.value.as_ref().map(js), "{input_text}");
                    n += 1;
                }
            }
        }
        assert!(n > 1000);
    }
}
