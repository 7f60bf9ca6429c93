//! The tape: a body as one flat list of tokens, each three `u32` words, where a string or a
//! number is a span of text, either of the text the body was read from (borrowed, not copied)
//! or of the document's own (an unescaped string, a rewritten number).
//!
//! The layout is plain words so that every source can write it: the JSON reader
//! ([`super::json`]), the walk of a `serde_json::Value` ([`super::serde`]), the preparation of
//! form input ([`crate::forms::normalize`]), and the npm package's JS, which walks a JS value
//! and hands the words and their UTF-8 text over as they are ([`Doc::from_wire`]). One growing
//! allocation holds a body's tokens, where a tree of owned values made one per key, string and
//! container.

use crate::prelude::*;

/// Token tags: the first word of a token (`a`, `b` are its other two).
const NULL: u32 = 0;
const FALSE: u32 = 1;
const TRUE: u32 = 2;
/// A number: its ECMAScript text is the span `a..a + b`.
const NUMBER: u32 = 3;
/// A string: the span `a..a + b`.
const STRING: u32 = 4;
/// An array: `a` items; `b` is the index of the token past its last one.
const ARRAY: u32 = 5;
/// An object: `a` members (a key's string token, then its value); `b` as for an array.
const OBJECT: u32 = 6;
/// Tag bit: the span is in the document's own text, not in the text it was read from.
const OWNED: u32 = 8;
/// Tag bit: a string that held a lone surrogate, which the document holds as U+FFFD (one
/// UTF-16 unit, as the surrogate was): a JSON `"\ud800"` escape, or a JS string. The text
/// checked is then not the text sent, so the engine refuses it (`lone_surrogate`).
const LONE: u32 = 16;
/// The tag without [`OWNED`] and [`LONE`] (any other word reads as `null`).
const KIND: u32 = 7;
/// Words per token.
const WORDS: usize = 3;

/// A request body, read.
#[derive(Debug, Clone, Default)]
pub struct Doc<'a> {
    words: Vec<u32>,
    /// The text the body was read from (empty when it was not read from text).
    text: &'a str,
    /// Text the source could not lend: unescaped strings, rewritten numbers.
    owned: String,
}

impl<'a> Doc<'a> {
    /// An empty document over `text`, with room for `tokens`.
    pub(crate) fn new(text: &'a str, tokens: usize) -> Self {
        Doc { words: Vec::with_capacity(tokens * WORDS), text, owned: String::new() }
    }

    /// A body written elsewhere in this layout (the npm package writes it from a JS value):
    /// its tokens and the text their spans are of. Words that do not make a well-formed tape
    /// read as some value, never as a fault: every read is bounded, and a container's end lies
    /// past its own token.
    pub fn from_wire(words: &[u32], text: &'a str) -> Self {
        Doc { words: words.to_vec(), text, owned: String::new() }
    }

    /// The whole body.
    pub fn root(&self) -> View<'_> {
        self.view(0)
    }

    /// An empty document over the same text, to write a changed copy into.
    pub(crate) fn blank(&self) -> Doc<'a> {
        Doc::new(self.text, self.words.len() / WORDS)
    }

    /// How many tokens it holds.
    pub(crate) fn len(&self) -> usize {
        self.words.len() / WORDS
    }

    /// Drops the tokens from index `len` on (text it keeps stays, unread).
    pub(crate) fn truncate(&mut self, len: usize) {
        self.words.truncate(len * WORDS);
    }

    /// The value at token `i`.
    pub(crate) fn view_at(&self, i: usize) -> View<'_> {
        self.view(i)
    }

    /// The text of the string or number token at `i`.
    pub(crate) fn text_at(&self, i: usize) -> &str {
        self.span(i)
    }

    /// Whether the string at `i` held a lone surrogate (see [`LONE`]).
    pub(crate) fn is_lone(&self, i: usize) -> bool {
        let tag = self.tok(i)[0];
        tag & LONE != 0 && tag & KIND == STRING
    }

    /// Whether any string of the document held a lone surrogate: one pass over the tags, so
    /// that the walk that places them runs only when there is one.
    pub(crate) fn any_lone(&self) -> bool {
        self.words.iter().step_by(WORDS).any(|tag| tag & LONE != 0)
    }

    /// How many items (members) the container at `i` holds.
    pub(crate) fn count(&self, i: usize) -> usize {
        self.word(i, 1)
    }

    /// The token indices of the items of the array at `i`.
    pub(crate) fn items(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let end = self.end(i);
        let mut at = i + 1;
        core::iter::from_fn(move || {
            (at < end).then(|| {
                let item = at;
                at = self.end(at);
                item
            })
        })
    }

    /// The token indices of the key and value of each member of the object at `i`.
    pub(crate) fn members(&self, i: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let end = self.end(i);
        let mut at = i + 1;
        core::iter::from_fn(move || {
            (at + 1 < end).then(|| {
                let member = (at, at + 1);
                at = self.end(at + 1);
                member
            })
        })
    }

    /// The three words of token `i` (`null`'s past the end).
    #[inline]
    fn tok(&self, i: usize) -> [u32; 3] {
        match self.words.get(i * WORDS..i * WORDS + WORDS) {
            Some(&[t, a, b]) => [t, a, b],
            _ => [NULL, 0, 0],
        }
    }

    fn word(&self, i: usize, k: usize) -> usize {
        self.tok(i).get(k).map_or(0, |w| *w as usize)
    }

    /// The index past the value at `i` (past its last item, for a container).
    #[inline]
    pub(crate) fn end(&self, i: usize) -> usize {
        match self.tok(i) {
            [t, _, end] if matches!(t & KIND, ARRAY | OBJECT) => (end as usize).clamp(i + 1, self.len().max(i + 1)),
            _ => i + 1,
        }
    }

    /// The text of the string or number at `i`.
    #[inline]
    fn span(&self, i: usize) -> &str {
        let [tag, at, len] = self.tok(i);
        let text = if tag & OWNED != 0 { self.owned.as_str() } else { self.text };
        text.get(at as usize..(at as usize).saturating_add(len as usize)).unwrap_or_default()
    }

    /// The value at `i`.
    #[inline]
    fn view(&self, i: usize) -> View<'_> {
        match self.tok(i)[0] & KIND {
            FALSE => View::Bool(false),
            TRUE => View::Bool(true),
            NUMBER => View::Number(self.span(i)),
            STRING => View::String(self.span(i)),
            ARRAY => View::Array(Items { doc: self, at: i }),
            OBJECT => View::Object(Members { doc: self, at: i }),
            _ => View::Null,
        }
    }

    #[cfg_attr(feature = "std", inline(always))]
    fn push(&mut self, tag: u32, a: usize, b: usize) -> usize {
        // Spans and counts of a body fit 32 bits (a body is far below 4 GiB); saturated if not.
        let word = |n: usize| n.min(u32::MAX as usize) as u32;
        self.words.extend_from_slice(&[tag, word(a), word(b)]);
        self.words.len() / WORDS - 1
    }

    /// Appends `null`.
    pub(crate) fn null(&mut self) {
        self.push(NULL, 0, 0);
    }

    /// Appends a boolean.
    pub(crate) fn bool(&mut self, b: bool) {
        self.push(if b { TRUE } else { FALSE }, 0, 0);
    }

    /// Appends a number or string whose text is `self.text[at..at + len]`.
    #[cfg_attr(feature = "std", inline(always))]
    pub(crate) fn lent(&mut self, number: bool, at: usize, len: usize) {
        self.push(if number { NUMBER } else { STRING }, at, len);
    }

    /// Appends a number or string whose text is `text`, kept by the document.
    pub(crate) fn own(&mut self, number: bool, text: &str) {
        let at = self.owned.len();
        self.owned.push_str(text);
        self.push((if number { NUMBER } else { STRING }) | OWNED, at, text.len());
    }

    /// Marks the string just appended as having held a lone surrogate (see [`LONE`]).
    pub(crate) fn mark_lone(&mut self) {
        if let Some(tag) = self.words.len().checked_sub(WORDS).and_then(|at| self.words.get_mut(at)) {
            *tag |= LONE;
        }
    }

    /// Opens an array or an object; close it with [`Doc::close`] and the token index this gives.
    pub(crate) fn open(&mut self, object: bool) -> usize {
        self.push(if object { OBJECT } else { ARRAY }, 0, 0)
    }

    /// Closes the container opened at `at`, with `count` items (members).
    pub(crate) fn close(&mut self, at: usize, count: usize) {
        let end = u32::try_from(self.words.len() / WORDS).unwrap_or(u32::MAX);
        if let Some([_, c, e]) = self.words.get_mut(at * WORDS..at * WORDS + WORDS) {
            *c = u32::try_from(count).unwrap_or(u32::MAX);
            *e = end;
        }
    }

    /// Appends a copy of the value at `i` of `src`, a document over the same text.
    pub(crate) fn copy(&mut self, src: &Doc<'a>, i: usize) {
        self.copy_tokens(src, i, src.end(i));
    }

    /// Appends a copy of the whole values of `src` from token `i` to `end` (a member's key
    /// and value, say), a document over the same text.
    pub(crate) fn copy_tokens(&mut self, src: &Doc<'a>, i: usize, end: usize) {
        // A container's end moves by where the copy starts.
        let base = self.len();
        for t in i..end {
            let tag = src.tok(t)[0];
            match tag & KIND {
                NUMBER | STRING if tag & OWNED != 0 => self.own(tag & KIND == NUMBER, src.span(t)),
                ARRAY | OBJECT => {
                    self.push(tag, src.word(t, 1), src.end(t) - i + base);
                }
                _ => {
                    self.push(tag, src.word(t, 1), src.word(t, 2));
                }
            }
        }
    }
}

/// A tape written to be handed to JS: the layout a [`Doc`] has, over text of its own whose
/// spans count UTF-16 code units, as a JS string is indexed. The receiver decodes the text
/// once and slices it; no JSON is written or parsed. The module answers the package so
/// ([`crate::report::shape::Encode`]).
#[derive(Debug, Default)]
pub struct Writer {
    words: Vec<u32>,
    text: String,
    /// The text's length in UTF-16 code units.
    units: u32,
    /// The keys written so far and their spans: a key written again points at the same text,
    /// which the reader slices once (a list of violations repeats `path`, `code`, `params`).
    keys: Vec<(&'static str, u32)>,
}

impl Writer {
    /// Empties it, keeping its room.
    pub fn clear(&mut self) {
        self.words.clear();
        self.text.clear();
        self.units = 0;
        self.keys.clear();
    }

    /// The tokens written.
    pub fn words(&self) -> &[u32] {
        &self.words
    }

    /// The answer as the module hands it over: the count of tokens and of text bytes, the
    /// tokens' words, then the UTF-8 text packed four bytes a word (little-endian, the last
    /// word padded with zeros). Words, not bytes, so that the receiver can read the tokens in
    /// place (a `Uint32Array` over the module's memory needs its start aligned to 4).
    pub fn to_words(&self) -> Vec<u32> {
        let text = self.text.as_bytes();
        let mut out = Vec::with_capacity(2 + self.words.len() + text.len().div_ceil(4));
        let len = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        out.push(len(self.words.len() / WORDS));
        out.push(len(text.len()));
        out.extend_from_slice(&self.words);
        // Byte by byte, not by `chunks(4)`, whose size check would link a panic location.
        let mut word = 0;
        for (i, &b) in text.iter().enumerate() {
            word |= u32::from(b) << (8 * (i % 4));
            if i % 4 == 3 {
                out.push(word);
                word = 0;
            }
        }
        if text.len() % 4 != 0 {
            out.push(word);
        }
        out
    }

    /// The text their spans are of.
    pub fn text(&self) -> &str {
        &self.text
    }

    fn push(&mut self, tag: u32, a: u32, b: u32) -> usize {
        self.words.extend_from_slice(&[tag, a, b]);
        self.words.len() / WORDS - 1
    }

    /// Appends `null`.
    pub fn null(&mut self) {
        self.push(NULL, 0, 0);
    }

    /// Appends a boolean.
    pub fn bool(&mut self, b: bool) {
        self.push(if b { TRUE } else { FALSE }, 0, 0);
    }

    /// Appends a string.
    pub fn str(&mut self, s: &str) {
        self.text.push_str(s);
        // UTF-16 units: one a character (every byte but a continuation byte), two for those
        // of four bytes.
        let units = s.bytes().map(|b| u32::from(b & 0xc0 != 0x80) + u32::from(b >= 0xf0)).fold(0u32, u32::wrapping_add);
        let at = self.units;
        self.units = at.wrapping_add(units);
        self.push(STRING, at, units);
    }

    /// Appends the key of an object's member: a name of the crate's own, written once.
    pub fn key(&mut self, name: &'static str) {
        match self.keys.iter().find(|(k, _)| core::ptr::eq(*k, name)) {
            Some(&(_, at)) => {
                self.push(STRING, at, u32::try_from(name.len()).unwrap_or(u32::MAX));
            }
            None => {
                self.keys.push((name, self.units));
                self.str(name);
            }
        }
    }

    /// Appends an integer.
    pub fn int(&mut self, i: i64) {
        let start = self.text.len();
        super::number::push_int(&mut self.text, i);
        // Digits and a sign: as many code units as bytes.
        let (at, len) = (self.units, u32::try_from(self.text.len() - start).unwrap_or(u32::MAX));
        self.units = at.saturating_add(len);
        self.push(NUMBER, at, len);
    }

    /// Opens an array or an object; close it with [`Writer::close`] and the index this gives.
    pub fn open(&mut self, object: bool) -> usize {
        self.push(if object { OBJECT } else { ARRAY }, 0, 0)
    }

    /// Closes the container opened at `at`, with `count` items (members).
    pub fn close(&mut self, at: usize, count: usize) {
        let end = u32::try_from(self.words.len() / WORDS).unwrap_or(u32::MAX);
        if let Some([_, c, e]) = self.words.get_mut(at * WORDS..at * WORDS + WORDS) {
            *c = u32::try_from(count).unwrap_or(u32::MAX);
            *e = end;
        }
    }
}

/// A value of a [`Doc`], as the engine reads it. Copying a view copies a reference.
#[derive(Debug, Clone, Copy)]
pub enum View<'v> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as its ECMAScript text (see [`super::number`]).
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

    /// The members, if it is an object.
    pub fn as_object(self) -> Option<Members<'v>> {
        if let View::Object(m) = self { Some(m) } else { None }
    }
}

/// The items of an array [`View`].
#[derive(Debug, Clone, Copy)]
pub struct Items<'v> {
    doc: &'v Doc<'v>,
    at: usize,
}

impl<'v> Items<'v> {
    /// How many there are.
    pub fn len(self) -> usize {
        self.doc.word(self.at, 1)
    }

    /// Whether there is none.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// Each item, in order.
    pub fn iter(self) -> impl Iterator<Item = View<'v>> {
        let doc = self.doc;
        doc.items(self.at).map(move |i| doc.view(i))
    }
}

/// The members of an object [`View`], repeated keys included, in input order.
#[derive(Debug, Clone, Copy)]
pub struct Members<'v> {
    doc: &'v Doc<'v>,
    at: usize,
}

impl<'v> Members<'v> {
    /// How many there are (repeated keys counted).
    pub fn len(self) -> usize {
        self.doc.word(self.at, 1)
    }

    /// Whether there is none.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// Each member, repeats included, in input order.
    pub fn iter(self) -> impl Iterator<Item = (&'v str, View<'v>)> {
        let doc = self.doc;
        doc.members(self.at).map(move |(key, value)| (doc.span(key), doc.view(value)))
    }

    /// The value of `key` (its last occurrence, as `JSON.parse` and serde_json read repeats).
    pub fn get(self, key: &str) -> Option<View<'v>> {
        self.iter().filter(|(k, _)| *k == key).last().map(|(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Doc<'static> {
        // {"a": [1, "x"], "b": null} over the text `1x`, with "b" kept by the document.
        let mut d = Doc::new("1xa", 8);
        let obj = d.open(true);
        d.lent(false, 2, 1);
        let arr = d.open(false);
        d.lent(true, 0, 1);
        d.lent(false, 1, 1);
        d.close(arr, 2);
        d.own(false, "b");
        d.null();
        d.close(obj, 2);
        d
    }

    #[test]
    fn an_answer_is_its_counts_tokens_and_text_in_words() {
        let mut w = Writer::default();
        let at = w.open(false);
        w.str("ab");
        w.str("中");
        w.int(-7);
        w.close(at, 3);
        // "ab" + "中" (3 bytes) + "-7": 7 bytes of text, two words, the last padded.
        let text = u32::from_le_bytes(*b"ab\xe4\xb8");
        let tail = u32::from_le_bytes([0xad, b'-', b'7', 0]);
        assert_eq!(w.to_words(), [4, 7, ARRAY, 3, 4, STRING, 0, 2, STRING, 2, 1, NUMBER, 3, 2, text, tail]);
    }

    #[test]
    fn views_read_the_tape() {
        let d = doc();
        let View::Object(m) = d.root() else { panic!("an object") };
        assert_eq!(m.len(), 2);
        let keys: Vec<_> = m.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["a", "b"]);
        let items: Vec<_> = m.get("a").and_then(View::as_array).unwrap().iter().map(|v| format!("{v:?}")).collect();
        assert_eq!(items, ["Number(\"1\")", "String(\"x\")"]);
        assert!(m.get("b").unwrap().is_null());
        assert!(m.get("c").is_none());
    }

    #[test]
    fn a_copy_reads_as_the_original() {
        let src = doc();
        let mut d = Doc::new(src.text, 0);
        let outer = d.open(false);
        d.null();
        d.copy(&src, 0);
        d.close(outer, 2);
        let View::Array(items) = d.root() else { panic!("an array") };
        let copied = items.iter().nth(1).unwrap();
        assert_eq!(
            format!("{:?}", copied.as_object().unwrap().iter().map(|(k, v)| (k, v.is_null())).collect::<Vec<_>>()),
            "[(\"a\", false), (\"b\", true)]"
        );
        assert_eq!(items.iter().count(), 2);
    }
}
