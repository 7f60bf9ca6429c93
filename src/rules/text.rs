//! Small text checks that need no pattern engine.
//!
//! ```
//! use bss_validate::rules::text;
//! assert!(text::no_space("abc").is_ok());
//! assert!(text::no_space("a b").is_err());
//! ```

use crate::report::{Code, Fail};

/// Rejects any white space (Unicode `White_Space`, so the ideographic space U+3000 that
/// Chinese IMEs type counts too): the doc's fuzzy filters say 不能带空格.
pub fn no_space(value: &str) -> Result<(), Fail> {
    if value.chars().any(char::is_whitespace) { Err(Fail::new(Code::ContainsSpace)) } else { Ok(()) }
}

/// True when `value` is non-empty and made of ASCII digits only.
pub fn all_ascii_digits(value: &str) -> bool {
    !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_of_every_kind() {
        for s in ["a b", " a", "a ", "a\tb", "a\u{3000}b", "a\u{a0}b"] {
            assert_eq!(no_space(s).unwrap_err().code, Code::ContainsSpace, "{s:?}");
        }
        assert!(no_space("张三_abc-1").is_ok());
    }

    #[test]
    fn digits() {
        assert!(all_ascii_digits("0123"));
        assert!(!all_ascii_digits(""));
        assert!(!all_ascii_digits("１２"));
        assert!(!all_ascii_digits("12a"));
    }
}
