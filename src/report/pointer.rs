//! JSON Pointers (RFC 6901) over wire names: `/amount`, `/coupon_infos/0/id`; `""` is the
//! whole document. In a segment `~` is written `~0` and `/` is written `~1`.
//!
//! ```
//! use bss_validate::pointer;
//! assert_eq!(pointer::push("/coupon_infos", "0"), "/coupon_infos/0");
//! assert_eq!(pointer::push("", "a/b~c"), "/a~1b~0c");
//! assert_eq!(pointer::unescape("a~1b~0c"), "a/b~c");
//! ```

use crate::prelude::*;

/// `base` followed by one escaped segment.
pub fn push(base: &str, segment: &str) -> String {
    let mut s = String::with_capacity(base.len() + segment.len() + 1);
    s.push_str(base);
    append(&mut s, segment);
    s
}

/// Appends `/` and one escaped segment to a pointer being written.
pub(crate) fn append(s: &mut String, segment: &str) {
    s.push('/');
    // Wire names never need escaping: copy them whole.
    if !segment.bytes().any(escaped) {
        s.push_str(segment);
        return;
    }
    for c in segment.chars() {
        match c {
            '~' => s.push_str("~0"),
            '/' => s.push_str("~1"),
            c => s.push(c),
        }
    }
}

/// Whether a segment's byte is written escaped (`~0`, `~1`).
fn escaped(b: u8) -> bool {
    b == b'~' || b == b'/'
}

/// `base` followed by a list index.
pub fn push_index(base: &str, index: usize) -> String {
    let mut s = String::with_capacity(base.len() + 21);
    s.push_str(base);
    append_index(&mut s, index);
    s
}

/// Appends `/` and a list index to a pointer being written.
pub(crate) fn append_index(s: &mut String, index: usize) {
    s.push('/');
    crate::body::number::push_int(s, i64::try_from(index).unwrap_or(i64::MAX));
}

/// Whether `path` is `base` or lies below it (`""` holds every path). Segment-wise:
/// `/coupon_infos_x` is not below `/coupon_infos`.
pub fn within(path: &str, base: &str) -> bool {
    path == base || path.strip_prefix(base).is_some_and(|rest| rest.starts_with('/'))
}

/// The wire name a segment stands for (`~1` → `/`, then `~0` → `~`, in that order).
pub fn unescape(segment: &str) -> String {
    // One pass gives the same as replacing `~1` then `~0`: `~01` is `~1`, not `/`.
    let mut out = String::with_capacity(segment.len());
    let mut chars = segment.chars();
    while let Some(c) = chars.next() {
        if c != '~' {
            out.push(c);
            continue;
        }
        match chars.clone().next() {
            Some('0') => {
                chars.next();
                out.push('~');
            }
            Some('1') => {
                chars.next();
                out.push('/');
            }
            _ => out.push('~'),
        }
    }
    out
}

/// The segments of a pointer, unescaped (`""` has none).
pub fn segments(pointer: &str) -> Vec<String> {
    pieces(pointer, b'/').skip(1).map(unescape).collect()
}

/// Where a value sits: a chain back to the body. Its JSON Pointer is written only when a
/// violation needs it; most values pass, and writing every field's pointer up front was half
/// the time of checking a valid body.
pub(crate) enum At<'a> {
    Body,
    Key(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
}

impl At<'_> {
    /// The JSON Pointer. Natively its length is counted first, so it is one allocation of the
    /// right size (growing from empty was a sixth of checking a small invalid body); the
    /// WebAssembly module's allocator grows the newest block where it lies, so there it is
    /// written as it comes, without the counting code.
    pub(crate) fn pointer(&self) -> String {
        let mut s = String::with_capacity(if cfg!(feature = "std") { self.len() } else { 0 });
        self.write(&mut s);
        // No spare room: a list of 100 000 bad items holds 100 000 pointers.
        s.shrink_to_fit();
        s
    }

    /// The pointer's length in bytes.
    fn len(&self) -> usize {
        match self {
            At::Body => 0,
            At::Key(parent, key) => parent.len() + 1 + key.len() + key.bytes().filter(|&b| escaped(b)).count(),
            At::Index(parent, i) => parent.len() + 1 + crate::body::number::int_len(i64::try_from(*i).unwrap_or(i64::MAX)),
        }
    }

    /// Writes the pointer into one `String` (not one per level).
    pub(crate) fn write(&self, s: &mut String) {
        match self {
            At::Body => {}
            At::Key(parent, key) => {
                parent.write(s);
                append(s, key);
            }
            At::Index(parent, i) => {
                parent.write(s);
                append_index(s, *i);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for seg in ["amount", "a/b", "~", "~1", "~01", "", "中文"] {
            let p = push("", seg);
            assert_eq!(segments(&p), vec![seg.to_owned()], "{seg:?} -> {p}");
        }
        assert!(segments("").is_empty());
    }

    #[test]
    fn a_pointer_is_counted_as_it_is_written() {
        let body = At::Body;
        let list = At::Key(&body, "coupon_infos");
        for i in [0, 9, 10, 99, 100, 123_456] {
            let item = At::Index(&list, i);
            for key in ["id", "a/b", "~", "~1/", "中文", ""] {
                let at = At::Key(&item, key);
                assert_eq!(at.len(), at.pointer().len(), "{}", at.pointer());
            }
        }
        assert_eq!(body.len(), 0);
    }

    #[test]
    fn within_is_segment_wise() {
        assert!(within("/a", "/a") && within("/a/0", "/a") && within("/a", "") && within("", ""));
        assert!(!within("/ab", "/a") && !within("/a", "/a/0") && !within("", "/a"));
    }

    #[test]
    fn unescape_is_rfc_6901_order() {
        for seg in ["~01", "~10", "~2", "a~", "~", "~~1", "~0~1", "x~1~0y", "é~1"] {
            assert_eq!(unescape(seg), seg.replace("~1", "/").replace("~0", "~"), "{seg:?}");
        }
    }
}
