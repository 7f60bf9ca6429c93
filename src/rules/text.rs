//! Small text checks that need no pattern engine.
//!
//! ```
//! use bss_validate::rules::text;
//! assert!(text::no_space("abc").is_ok());
//! assert!(text::no_space("a b").is_err());
//! ```

use crate::report::{Code, Fail, fail};

/// Format name of a bank account number.
pub const BANK_ACCOUNT: &str = "bank_account";
/// Format name of an organisation's name.
pub const CORP_NAME: &str = "corp_name";

/// Rejects any white space (Unicode `White_Space`, so the ideographic space U+3000 that
/// Chinese IMEs type counts too): the doc's fuzzy filters say 不能带空格.
pub fn no_space(value: &str) -> Result<(), Fail> {
    if value.chars().any(char::is_whitespace) { Err(Fail::new(Code::ContainsSpace)) } else { Ok(()) }
}

/// A bank account number (real-name authentication by bank card): the SDK's rule is the
/// fragment `^[0-9a-zA-Z]`, 可以包含特殊横杠（-）字符. Read as ASCII letters, digits and `-`,
/// starting with a letter or digit (decision: the fragment is incomplete).
pub fn bank_account(value: &str) -> Result<(), Fail> {
    let b = value.as_bytes();
    let ok = b.first().is_some_and(u8::is_ascii_alphanumeric) && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-');
    if ok { Ok(()) } else { Err(fail!(Code::InvalidFormat, format: BANK_ACCOUNT)) }
}

/// An organisation's name (单位名称): 不能全是数字、特殊字符、空格. Decision: it needs one
/// character that is none of ASCII digits, ASCII punctuation and symbols, and white space — a
/// letter of any script (`华为技术有限公司`, `ACME 1`) passes; `123 456`, `--- !`, `１２３`
/// (full-width digits count as digits) do not.
pub fn corp_name(value: &str) -> Result<(), Fail> {
    let filler = |c: char| c.is_whitespace() || c.is_ascii_punctuation() || c.is_ascii_digit() || ('０'..='９').contains(&c);
    if value.chars().all(filler) { Err(fail!(Code::InvalidFormat, format: CORP_NAME)) } else { Ok(()) }
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
    fn bank_accounts() {
        for ok in ["6222021234567890123", "AB-12-34", "a"] {
            assert!(bank_account(ok).is_ok(), "{ok:?}");
        }
        for bad in ["-123", "12 34", "１２３", "12_34", ""] {
            assert_eq!(bank_account(bad).unwrap_err().params.format, Some(BANK_ACCOUNT), "{bad:?}");
        }
    }

    #[test]
    fn corp_names() {
        for ok in ["华为技术有限公司", "ACME 1", "1号店"] {
            assert!(corp_name(ok).is_ok(), "{ok:?}");
        }
        for bad in ["123 456", "--- !", "１２３", " "] {
            assert_eq!(corp_name(bad).unwrap_err().params.format, Some(CORP_NAME), "{bad:?}");
        }
    }

    #[test]
    fn digits() {
        assert!(all_ascii_digits("0123"));
        assert!(!all_ascii_digits(""));
        assert!(!all_ascii_digits("１２"));
        assert!(!all_ascii_digits("12a"));
    }
}
