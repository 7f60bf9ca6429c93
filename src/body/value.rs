//! The JSON value the rules read.
//!
//! Why not serde_json's `Value`: there a non-integer number is an `f64`, and reading and
//! printing floats (core's `dec2flt` tables and a shortest-digits printer) was a third of the
//! gzipped WebAssembly module. The rules never compute with a float. They need a number's
//! shortest decimal text (money is judged by it, integers by whether it has a fraction), so a
//! [`Number`] *is* that text, exactly as ECMAScript's `Number::toString` writes it: what
//! `JSON.stringify` sends from the browser. The native entry points turn serde_json numbers
//! into the same text ([`Number::from_f64`]), so both sides read every number identically.
//!
//! An [`Object`](Value::Object) keeps its keys in input order. JSON text may repeat a key;
//! the last one wins, as in `JSON.parse` and serde_json.
//!
//! ```
//! use bss_validate::Value;
//! let v = Value::from(&serde_json::json!({ "amount": 12.50, "big": 1e21, "n": -0.0 }));
//! assert_eq!(v.get("amount").unwrap().as_number().unwrap().as_str(), "12.5");
//! assert_eq!(v.get("big").unwrap().as_number().unwrap().as_str(), "1e+21");
//! assert_eq!(v.get("n").unwrap().as_number().unwrap().as_str(), "0");
//! ```

use crate::prelude::*;

/// A JSON value.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Value {
    /// `null`.
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as its ECMAScript text.
    Number(Number),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object.
    Object(Map),
}

impl Value {
    /// Whether it is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Whether it is `true` or `false`.
    pub fn is_boolean(&self) -> bool {
        matches!(self, Value::Bool(_))
    }

    /// The boolean, if it is one.
    pub fn as_bool(&self) -> Option<bool> {
        if let Value::Bool(b) = self { Some(*b) } else { None }
    }

    /// The string, if it is one.
    pub fn as_str(&self) -> Option<&str> {
        if let Value::String(s) = self { Some(s) } else { None }
    }

    /// The number, if it is one.
    pub fn as_number(&self) -> Option<&Number> {
        if let Value::Number(n) = self { Some(n) } else { None }
    }

    /// The items, if it is an array.
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        if let Value::Array(a) = self { Some(a) } else { None }
    }

    /// The object, if it is one.
    pub fn as_object(&self) -> Option<&Map> {
        if let Value::Object(m) = self { Some(m) } else { None }
    }

    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Number(Number::from_i64(i))
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

/// A JSON number, held as the text ECMAScript's `Number::toString` gives it: `12.5`, `-3`,
/// `1e+21`, `1.5e-7` (the exponent always a lower-case `e`), and `0` for negative zero.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number(String);

impl Number {
    /// The number's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// An integer.
    pub fn from_i64(i: i64) -> Self {
        Number(int_text(i))
    }

    /// Text that already is in ECMAScript form, as `JSON.stringify` writes numbers.
    #[cfg(test)]
    pub(crate) fn from_js(text: &str) -> Self {
        Number(Number::js_text(text).into_owned())
    }

    /// The ECMAScript text of number text that already is in that form but for `-0`, which
    /// reads as `0` (`String(-0)` is `"0"`).
    pub(crate) fn js_text(text: &str) -> Cow<'_, str> {
        Cow::Borrowed(if text == "-0" { "0" } else { text })
    }

    /// The number's text, owned.
    #[cfg(feature = "std")]
    pub(crate) fn into_text(self) -> String {
        self.0
    }

    /// A number from text known to be in ECMAScript form.
    pub(crate) fn from_canonical(text: String) -> Self {
        Number(text)
    }

    /// A float as ECMAScript writes it (`None` for NaN and infinities, which JSON lacks).
    ///
    /// Rust's `{:e}` gives the same shortest round-trip digits as ECMAScript (the fewest
    /// digits that read back to the same `f64`, the closest such when several are shortest);
    /// only the layout differs, and it is rewritten here by the spec's rules.
    #[cfg(feature = "std")]
    pub fn from_f64(x: f64) -> Option<Self> {
        if !x.is_finite() {
            return None;
        }
        if x == 0.0 {
            return Some(Number(String::from("0")));
        }
        let sci = format!("{:e}", x.abs());
        let (mantissa, exp) = sci.split_once('e')?;
        let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
        let k = i32::try_from(digits.len()).ok()?;
        let n = exp.parse::<i32>().ok()? + 1; // x = 0.d1d2…dk × 10^n
        let mut out = String::from(if x < 0.0 { "-" } else { "" });
        let at = |i: i32| usize::try_from(i).unwrap_or(0);
        if k <= n && n <= 21 {
            out.push_str(&digits);
            out.push_str(&"0".repeat(at(n - k)));
        } else if 0 < n && n <= 21 {
            out.push_str(&digits[..at(n)]);
            out.push('.');
            out.push_str(&digits[at(n)..]);
        } else if -6 < n && n <= 0 {
            out.push_str("0.");
            out.push_str(&"0".repeat(at(-n)));
            out.push_str(&digits);
        } else {
            out.push_str(&digits[..1]);
            if k > 1 {
                out.push('.');
                out.push_str(&digits[1..]);
            }
            out.push_str(if n > 0 { "e+" } else { "e-" });
            out.push_str(&int_text(i64::from((n - 1).abs())));
        }
        Some(Number(out))
    }

    /// The integer it is, saturated to `i64` (so out-of-range magnitudes fail any range
    /// check instead of wrapping); `None` when it has a fraction.
    pub fn integer(&self) -> Option<i64> {
        integer_of(&self.0)
    }

    /// The number in plain notation, every digit written out: `1e+21` is
    /// `1000000000000000000000` and `1.5e-7` is `0.00000015`. No float arithmetic.
    pub fn plain(&self) -> String {
        plain_notation(&self.0).into_owned()
    }
}

/// [`Number::integer`] of a number's ECMAScript text.
pub(crate) fn integer_of(t: &str) -> Option<i64> {
    let negative = t.starts_with('-');
    let saturated = if negative { i64::MIN } else { i64::MAX };
    match cut(t, b'e') {
        // ECMAScript uses a positive exponent from 1e21 up, where every f64 is an integer
        // (`1.5e+30` included); a negative one only below 1e-6, where none is.
        Some((_, exp)) => (!exp.starts_with('-')).then_some(saturated),
        None if t.bytes().any(|b| b == b'.') => None,
        None => Some(int_value(t).unwrap_or(saturated)),
    }
}

/// Rewrites `[-]d[.ddd]e[+-]x` without the exponent; text without one is returned as it is
/// (borrowed: the common case, `12.5`, allocates nothing).
pub(crate) fn plain_notation(text: &str) -> Cow<'_, str> {
    let Some((mantissa, exp)) = cut(text, b'e') else {
        return Cow::Borrowed(text);
    };
    let Some(exp) = int_value(exp) else { return Cow::Borrowed(text) };
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let (int, frac) = cut(mantissa, b'.').unwrap_or((mantissa, ""));
    let mut digits = String::with_capacity(int.len() + frac.len());
    digits.push_str(int);
    digits.push_str(frac);
    // Position of the decimal point within `digits` after shifting.
    let point = i64::try_from(int.len()).unwrap_or(0).saturating_add(exp);
    let mut out = String::from(sign);
    if point <= 0 {
        out.push_str("0.");
        zeros(&mut out, usize::try_from(-point).unwrap_or(0));
        out.push_str(digits.trim_end_matches('0'));
    } else {
        let p = usize::try_from(point).unwrap_or(0);
        match digits.split_at_checked(p) {
            Some((int, frac)) if !frac.is_empty() => {
                out.push_str(int);
                let frac = frac.trim_end_matches('0');
                if !frac.is_empty() {
                    out.push('.');
                    out.push_str(frac);
                }
            }
            _ => {
                out.push_str(&digits);
                zeros(&mut out, p.saturating_sub(digits.len()));
            }
        }
    }
    Cow::Owned(out)
}

/// Appends `n` zeros (`str::repeat` links a general slice repeater).
fn zeros(out: &mut String, n: usize) {
    out.extend(core::iter::repeat_n('0', n));
}

/// `[+-]?[0-9]+` as an `i64`, saturated at its bounds; `None` for any other text. Written
/// out rather than `str::parse`, whose generic integer parser weighed 0.3 KB gzipped in the
/// WebAssembly module for what is a digit loop here.
pub(crate) fn int_value(text: &str) -> Option<i64> {
    let (negative, digits) = match text.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        all => (false, all),
    };
    if digits.is_empty() {
        return None;
    }
    let mut n: i64 = 0;
    for &b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        let d = i64::from(b - b'0');
        n = n.saturating_mul(10).saturating_add(if negative { -d } else { d });
    }
    Some(n)
}

/// Decimal text of an integer, without `core::fmt` (which the WebAssembly build avoids).
/// Exactly as long as it needs to be: a body may hold 100 000 numbers.
pub(crate) fn int_text(i: i64) -> String {
    let (buf, at) = digits(i);
    let mut out = String::with_capacity(buf.len() - at);
    buf.get(at..).unwrap_or_default().iter().for_each(|b| out.push(char::from(*b)));
    out
}

/// Appends the decimal text of an integer (no `String` of its own: messages write several).
pub(crate) fn push_int(out: &mut String, i: i64) {
    let (buf, at) = digits(i);
    buf.get(at..).unwrap_or_default().iter().for_each(|b| out.push(char::from(*b)));
}

/// The decimal text of `i` (sign included) in `buf[at..]`.
fn digits(i: i64) -> ([u8; 20], usize) {
    let mut buf = [0u8; 20];
    let mut n = i.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    (buf, at)
}

/// A JSON object: its members in input order. A key given twice (JSON text allows it) is
/// read from its last occurrence.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Map(Vec<(String, Value)>);

impl Map {
    /// An empty object.
    pub fn new() -> Self {
        Map(Vec::new())
    }

    /// The member `key` (its last occurrence).
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Sets `key`, replacing an earlier value in place.
    pub fn insert(&mut self, key: String, value: Value) {
        match self.0.iter_mut().rev().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
    }

    /// An object of these members, as JSON text gave them (repeated keys stay; [`Map::get`]
    /// reads the last).
    pub(crate) fn from_members(members: Vec<(String, Value)>) -> Self {
        Map(members)
    }

    /// Every key, repeats included, in input order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    /// The members that count: each key once, at its first position, with its last value.
    /// O(n log n): a hostile body may repeat keys or carry thousands of them.
    #[cfg(feature = "std")]
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        let mut first = std::collections::BTreeMap::new();
        let mut last = std::collections::BTreeMap::new();
        for (i, (k, v)) in self.0.iter().enumerate() {
            first.entry(k.as_str()).or_insert(i);
            last.insert(k.as_str(), v);
        }
        self.0
            .iter()
            .enumerate()
            .filter(move |(i, (k, _))| first.get(k.as_str()) == Some(i))
            .map(move |(_, (k, v))| (k, last.get(k.as_str()).copied().unwrap_or(v)))
    }

    /// The members. In the npm package's `no_std` build every object comes from the JS side's
    /// `JSON.stringify`, whose keys are unique, so there is nothing to merge (and checking
    /// every key against every earlier one made a 10 000-key body take a second).
    #[cfg(not(feature = "std"))]
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// Whether it has no member.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<(String, Value)> for Map {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Self {
        let mut m = Map::new();
        iter.into_iter().for_each(|(k, v)| m.insert(k, v));
        m
    }
}

/// A value as the rules read it: borrowed, and the same whether it comes from a [`Value`] or
/// from a document read in place from JSON text ([`Doc`], what [`crate::check_json`] reads).
/// One engine serves both, so a server that never builds a tree gets the verdict of one that
/// does. Copying a view copies a reference.
#[derive(Debug, Clone, Copy)]
pub enum View<'v> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as its ECMAScript text (see [`Number`]).
    Number(&'v str),
    /// A string.
    String(&'v str),
    /// An array.
    Array(Items<'v>),
    /// An object.
    Object(Members<'v>),
}

impl<'v> View<'v> {
    /// Whether it is `null`.
    pub fn is_null(self) -> bool {
        matches!(self, View::Null)
    }

    /// The boolean, if it is one.
    pub fn as_bool(self) -> Option<bool> {
        if let View::Bool(b) = self { Some(b) } else { None }
    }

    /// The string, if it is one.
    pub fn as_str(self) -> Option<&'v str> {
        if let View::String(s) = self { Some(s) } else { None }
    }

    /// The items, if it is an array.
    pub fn as_array(self) -> Option<Items<'v>> {
        if let View::Array(a) = self { Some(a) } else { None }
    }
}

impl<'v> From<&'v Value> for View<'v> {
    fn from(v: &'v Value) -> Self {
        match v {
            Value::Null => View::Null,
            Value::Bool(b) => View::Bool(*b),
            Value::Number(n) => View::Number(&n.0),
            Value::String(s) => View::String(s),
            Value::Array(items) => View::Array(Items::Values(items)),
            Value::Object(map) => View::Object(Members::Values(&map.0)),
        }
    }
}

/// The items of an array [`View`].
#[derive(Debug, Clone, Copy)]
pub enum Items<'v> {
    /// A [`Value`]'s.
    Values(&'v [Value]),
    /// A [`Doc`] array's: the index of its token.
    #[cfg(feature = "std")]
    Doc(&'v Doc<'v>, usize),
}

impl<'v> Items<'v> {
    /// How many there are.
    pub fn len(self) -> usize {
        match self {
            Items::Values(s) => s.len(),
            #[cfg(feature = "std")]
            Items::Doc(doc, at) => doc.count(at),
        }
    }

    /// Whether there is none.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// Each item, in order.
    pub fn iter(self) -> impl Iterator<Item = View<'v>> {
        // `i`: the index of the next item (a `Doc`: of its token).
        let mut i = match self {
            Items::Values(_) => 0,
            #[cfg(feature = "std")]
            Items::Doc(_, at) => at + 1,
        };
        core::iter::from_fn(move || match self {
            Items::Values(s) => {
                let v = View::from(s.get(i)?);
                i += 1;
                Some(v)
            }
            #[cfg(feature = "std")]
            Items::Doc(doc, at) => {
                if i >= doc.end(at) {
                    return None;
                }
                let v = doc.view(i);
                i = doc.end(i);
                Some(v)
            }
        })
    }
}

/// The members of an object [`View`], repeated keys included, in input order.
#[derive(Debug, Clone, Copy)]
pub enum Members<'v> {
    /// A [`Map`]'s.
    Values(&'v [(String, Value)]),
    /// A [`Doc`] object's: the index of its token.
    #[cfg(feature = "std")]
    Doc(&'v Doc<'v>, usize),
}

impl<'v> Members<'v> {
    /// Each member, repeats included, in input order.
    pub fn iter(self) -> impl Iterator<Item = (&'v str, View<'v>)> {
        // `i`: the index of the next member (a `Doc`: of its key's token).
        let mut i = match self {
            Members::Values(_) => 0,
            #[cfg(feature = "std")]
            Members::Doc(_, at) => at + 1,
        };
        core::iter::from_fn(move || match self {
            Members::Values(s) => {
                let (k, v) = s.get(i)?;
                i += 1;
                Some((k.as_str(), View::from(v)))
            }
            #[cfg(feature = "std")]
            Members::Doc(doc, at) => {
                if i >= doc.end(at) {
                    return None;
                }
                let key = doc.view(i).as_str().unwrap_or_default();
                let v = doc.view(i + 1);
                i = doc.end(i + 1);
                Some((key, v))
            }
        })
    }
}

/// A JSON document read in place ([`crate::body::json::parse_in_place`]): one flat list of tokens,
/// where a string without escapes, and a number already in ECMAScript form, borrows the text
/// it was read from. What [`crate::check_json`] validates: one growing allocation per body
/// (two if a string has an escape), where a [`Value`] makes one per key, string and
/// container, and each one's moves and frees.
#[cfg(feature = "std")]
#[derive(Debug, Default)]
pub struct Doc<'a> {
    /// The values in document order: a container's token, then its items (an object's: key
    /// token, value), then what follows it.
    tape: Vec<Tok<'a>>,
    /// Decoded strings (escapes) and rewritten numbers, which the text cannot lend.
    owned: Vec<String>,
}

/// One token of a [`Doc`].
#[cfg(feature = "std")]
#[derive(Debug, Clone, Copy)]
pub(crate) enum Tok<'a> {
    Null,
    Bool(bool),
    /// A number's ECMAScript text, borrowed.
    Number(&'a str),
    /// A string, borrowed.
    String(&'a str),
    /// A number (`true`) or string whose text is `owned[.1]`.
    Owned(bool, u32),
    /// An array (`false`) or object (`true`); `end` is the index past its last token.
    Open {
        object: bool,
        count: u32,
        end: u32,
    },
}

#[cfg(feature = "std")]
impl<'a> Doc<'a> {
    /// An empty document with room for `tokens`.
    pub(crate) fn with_capacity(tokens: usize) -> Self {
        Doc { tape: Vec::with_capacity(tokens), owned: Vec::new() }
    }

    pub(crate) fn push(&mut self, tok: Tok<'a>) -> usize {
        self.tape.push(tok);
        self.tape.len() - 1
    }

    /// Keeps `text`, giving the token that reads it.
    pub(crate) fn own(&mut self, number: bool, text: String) -> Tok<'a> {
        self.owned.push(text);
        Tok::Owned(number, u32::try_from(self.owned.len() - 1).unwrap_or(u32::MAX))
    }

    /// Closes the container opened at `at` with `count` items.
    pub(crate) fn close(&mut self, at: usize, count: usize) {
        let end = u32::try_from(self.tape.len()).unwrap_or(u32::MAX);
        if let Some(Tok::Open { count: c, end: e, .. }) = self.tape.get_mut(at) {
            *c = u32::try_from(count).unwrap_or(u32::MAX);
            *e = end;
        }
    }

    /// The index past the value at `i` (past its last item, for a container).
    fn end(&self, i: usize) -> usize {
        match self.tape.get(i) {
            Some(Tok::Open { end, .. }) => *end as usize,
            _ => i + 1,
        }
    }

    /// How many items the container at `i` holds.
    fn count(&self, i: usize) -> usize {
        match self.tape.get(i) {
            Some(Tok::Open { count, .. }) => *count as usize,
            _ => 0,
        }
    }

    /// The whole document.
    pub fn root(&self) -> View<'_> {
        self.view(0)
    }

    /// The value at `i`.
    fn view(&self, i: usize) -> View<'_> {
        match self.tape.get(i) {
            None | Some(Tok::Null) => View::Null,
            Some(Tok::Bool(b)) => View::Bool(*b),
            Some(Tok::Number(n)) => View::Number(n),
            Some(Tok::String(s)) => View::String(s),
            Some(Tok::Owned(number, k)) => {
                let text = self.owned.get(*k as usize).map_or("", String::as_str);
                if *number { View::Number(text) } else { View::String(text) }
            }
            Some(Tok::Open { object: false, .. }) => View::Array(Items::Doc(self, i)),
            Some(Tok::Open { object: true, .. }) => View::Object(Members::Doc(self, i)),
        }
    }
}

impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(n) => match (n.0.parse::<i64>(), n.0.parse::<u64>()) {
                (Ok(i), _) => s.serialize_i64(i),
                (_, Ok(u)) => s.serialize_u64(u),
                _ => s.serialize_f64(n.0.parse::<f64>().unwrap_or(f64::NAN)),
            },
            Value::String(v) => s.serialize_str(v),
            Value::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                items.iter().try_for_each(|v| seq.serialize_element(v))?;
                seq.end()
            }
            Value::Object(map) => {
                let mut m = s.serialize_map(None)?;
                map.iter().try_for_each(|(k, v)| m.serialize_entry(k, v))?;
                m.end()
            }
        }
    }
}

/// Nesting past this in a caller's `serde_json::Value` is cut: the array or object there
/// becomes `{}`, as the npm package cuts past 64 levels. serde_json's reader stops at 128
/// levels, but a value built in code (or read by another format's deserializer) can nest
/// without bound, and converting it level by level overflowed the stack (a process abort,
/// not a violation) at a few thousand levels. No rule reads that deep, so no verdict changes.
#[cfg(feature = "std")]
const MAX_DEPTH: usize = 128;

#[cfg(feature = "std")]
impl From<&serde_json::Value> for Value {
    fn from(v: &serde_json::Value) -> Self {
        from_serde(v, 0)
    }
}

#[cfg(feature = "std")]
fn from_serde(v: &serde_json::Value, depth: usize) -> Value {
    match v {
        serde_json::Value::Array(_) | serde_json::Value::Object(_) if depth >= MAX_DEPTH => Value::Object(Map::new()),
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => Value::Number(if let Some(i) = n.as_i64() {
            Number::from_i64(i)
        } else if let Some(u) = n.as_u64() {
            Number(u.to_string())
        } else {
            // Without serde_json's `arbitrary_precision` every other number is a finite f64.
            n.as_f64().and_then(Number::from_f64).unwrap_or_else(|| Number(String::from("0")))
        }),
        serde_json::Value::String(s) => Value::String(s.clone()),
        serde_json::Value::Array(items) => Value::Array(items.iter().map(|v| from_serde(v, depth + 1)).collect()),
        serde_json::Value::Object(map) => Value::Object(Map(map.iter().map(|(k, v)| (k.clone(), from_serde(v, depth + 1))).collect())),
    }
}

#[cfg(feature = "std")]
impl From<&Value> for serde_json::Value {
    fn from(v: &Value) -> Self {
        serde_json::to_value(v).unwrap_or(serde_json::Value::Null)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_text_reads_exactly_and_saturates() {
        assert_eq!(int_value("0"), Some(0));
        assert_eq!(int_value("+21"), Some(21));
        assert_eq!(int_value("-7"), Some(-7));
        assert_eq!(int_value("9223372036854775807"), Some(i64::MAX));
        assert_eq!(int_value("-9223372036854775808"), Some(i64::MIN));
        assert_eq!(int_value("9223372036854775808"), Some(i64::MAX));
        assert_eq!(int_value(&"9".repeat(400)), Some(i64::MAX));
        assert_eq!(int_value(&format!("-{}", "9".repeat(400))), Some(i64::MIN));
        for bad in ["", "-", "+", "1.0", "1e3", " 1", "１", "--1"] {
            assert_eq!(int_value(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn floats_are_written_as_ecmascript_writes_them() {
        // Expected texts are what `String(x)` prints in Node for the same literals.
        let cases: &[(f64, &str)] = &[
            (12.5, "12.5"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (123456789012345680000.0, "123456789012345680000"),
            (1.5e-7, "1.5e-7"),
            (0.000001, "0.000001"),
            (1e-7, "1e-7"),
            (-2.5e30, "-2.5e+30"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (-0.0, "0"),
            (3.0, "3"),
            (100.25, "100.25"),
        ];
        for (x, want) in cases {
            assert_eq!(Number::from_f64(*x).unwrap().as_str(), *want, "{x:e}");
        }
        assert!(Number::from_f64(f64::NAN).is_none());
    }

    #[test]
    fn integers_and_plain_text() {
        let n = |s: &str| Number::from_js(s);
        assert_eq!(n("3").integer(), Some(3));
        assert_eq!(n("-0").integer(), Some(0));
        assert_eq!(n("3.5").integer(), None);
        assert_eq!(n("1e-7").integer(), None);
        assert_eq!(n("1e+21").integer(), Some(i64::MAX));
        assert_eq!(n("1.5e+30").integer(), Some(i64::MAX));
        assert_eq!(n("1.5").integer(), None);
        assert_eq!(n("-1e+21").integer(), Some(i64::MIN));
        assert_eq!(n("99999999999999999999").integer(), Some(i64::MAX));
        assert_eq!(n("1e+21").plain(), "1000000000000000000000");
        assert_eq!(n("1.5e-7").plain(), "0.00000015");
        assert_eq!(n("-2.5e+3").plain(), "-2500");
        assert_eq!(n("12.5").plain(), "12.5");
        assert_eq!(int_text(i64::MIN), i64::MIN.to_string());
        assert_eq!(int_text(0), "0");
        assert_eq!(int_text(-42), "-42");
    }

    #[test]
    fn repeated_keys_read_the_last_and_keep_the_first_place() {
        let m = Map::from_members(Vec::from([("a".into(), Value::from(1)), ("b".into(), Value::from(2)), ("a".into(), Value::from(3))]));
        assert_eq!(m.get("a"), Some(&Value::from(3)));
        let seen: Vec<_> = m.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        assert_eq!(seen, [("a", Value::from(3)), ("b", Value::from(2))]);
    }
}
