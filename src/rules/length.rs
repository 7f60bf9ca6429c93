//! Length bounds, counted in UTF-16 code units: what Java's `String.length()` reports on the
//! Huawei side, and what HTML `maxlength` and JS `.length` count in the browser, so the form's
//! counter, the browser's own constraint and the server agree (`😀` counts 2, `e`+U+0301 counts 2).
//!
//! ```
//! use bss_validate::rules::length;
//! assert!(length::check("😀", 0, Some(1)).is_err()); // 2 code units
//! assert!(length::check("中文名", 0, Some(3)).is_ok()); // 3 code units
//! ```

use crate::report::{Code, Fail, Num, fail};

/// The unit named in every length violation's `params.unit`.
pub const UNIT: &str = "utf16";

/// The length of `value` in UTF-16 code units, read off its UTF-8 bytes: one unit per
/// character (each byte that is not a continuation byte), two for a 4-byte character (its
/// lead byte is `0xF0..`), which is what `encode_utf16().count()` gives, without decoding.
pub fn count(value: &str) -> usize {
    value.bytes().map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum()
}

/// Checks `min <= len <= max` (inclusive; `max: None` means unbounded).
pub fn check(value: &str, min: u32, max: Option<u32>) -> Result<(), Fail> {
    // A character is 1–3 UTF-8 bytes per UTF-16 unit (a 4-byte one is 2 units), so the byte
    // length bounds the count: `bytes / 3 <= units <= bytes`. Inside both bounds by bytes
    // alone, the text is inside them by units, and most values are, so most are not counted.
    let bytes = value.len();
    if bytes / 3 >= min as usize && max.is_none_or(|max| bytes <= max as usize) {
        return Ok(());
    }
    check_len(count(value), min, max)
}

fn check_len(len: usize, min: u32, max: Option<u32>) -> Result<(), Fail> {
    let actual = i64::try_from(len).unwrap_or(i64::MAX);
    if actual < i64::from(min) {
        return Err(fail!(Code::TooShort, min: Num::Int(min.into()), actual: actual, unit: UNIT));
    }
    match max {
        Some(max) if actual > i64::from(max) => Err(fail!(Code::TooLong, max: Num::Int(max.into()), actual: actual, unit: UNIT)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counting_bytes_agrees_with_encoding() {
        for s in ["", "abc", "é", "中文名", "😀", "a😀b", "e\u{301}", "\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}", "\u{feff}x"] {
            assert_eq!(count(s), s.encode_utf16().count(), "{s:?}");
        }
    }

    #[test]
    fn counts_utf16_code_units() {
        assert_eq!(count("abc"), 3);
        assert_eq!(count("中文名"), 3);
        assert_eq!(count("é"), 1);
        assert_eq!(count("e\u{301}"), 2);
        assert_eq!(count("😀"), 2);
        assert_eq!(count("🇨🇳"), 4);
        assert_eq!(count("👨‍👩‍👧"), 8);
    }

    #[test]
    fn bounds_are_inclusive() {
        let s64 = "a".repeat(64);
        assert!(check(&s64, 0, Some(64)).is_ok());
        let err = check(&format!("{s64}a"), 0, Some(64)).unwrap_err();
        assert_eq!(err.code, Code::TooLong);
        assert_eq!(err.params.actual, Some(65));
        assert_eq!(err.params.unit, Some("utf16"));
        assert!(check("abcde", 5, Some(32)).is_ok());
        assert_eq!(check("abcd", 5, Some(32)).unwrap_err().code, Code::TooShort);
        assert!(check(&"x".repeat(10_000), 0, None).is_ok());
    }

    #[test]
    fn emoji_at_the_edge_counts_two() {
        let s = format!("{}😀", "a".repeat(62));
        assert!(check(&s, 0, Some(64)).is_ok());
        let s = format!("{}😀", "a".repeat(63));
        assert_eq!(check(&s, 0, Some(64)).unwrap_err().code, Code::TooLong);
    }
}
