//! Huawei Cloud account (login) names, checked without a regex engine (the wasm build carries
//! no `regex` crate). The two APIs that take a name use different patterns, so the pattern's
//! parts are arguments:
//!
//! - CheckUserIdentity: `^([a-zA-Z-]([a-zA-Z0-9_-]){4,31})$` — first char a letter or `-`;
//! - CreateSubCustomer: `^([a-zA-Z_-]([a-zA-Z0-9_-])*)$`, 5–32 — first char may also be `_`.
//!
//! Both forbid the prefixes `op_` and `shadow_` and all-digit names.
//!
//! ```
//! use bss_validate::rules::account_name::{self, Rule};
//! const R: Rule = Rule { min: 5, max: 32, lead: "-", reserved: &["op_", "shadow_"], format: "login_name" };
//! assert!(account_name::check("alice-01", &R).is_ok());
//! assert!(account_name::check("_alice", &R).is_err()); // `_` may not lead here
//! ```

use crate::report::{Code, Fail, fail};
use crate::rules::{length, text};

/// One API's account-name rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Least length (UTF-16 code units; names are ASCII, so also characters).
    pub min: u32,
    /// Greatest length.
    pub max: u32,
    /// The non-letter characters a name may start with (letters always may).
    pub lead: &'static str,
    /// Prefixes a name must not start with (compared exactly, case-sensitively, as the doc writes them).
    pub reserved: &'static [&'static str],
    /// The format name reported in `invalid_format` params, one per pattern, so the message
    /// can say which first characters are allowed.
    pub format: &'static str,
}

/// Checks a name. Order: length, reserved prefix, all digits, then the character pattern,
/// so the most specific message wins (`12345678` is "all digits", not "bad format").
pub fn check(value: &str, rule: &Rule) -> Result<(), Fail> {
    length::check(value, rule.min, Some(rule.max))?;
    if let Some(prefix) = rule.reserved.iter().find(|p| value.starts_with(**p)) {
        return Err(fail!(Code::ReservedPrefix, prefix: prefix));
    }
    if text::all_ascii_digits(value) {
        return Err(Fail::new(Code::AllDigits));
    }
    let mut chars = value.chars();
    let lead_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || rule.lead.chars().any(|l| l == c));
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if lead_ok && rest_ok { Ok(()) } else { Err(fail!(Code::InvalidFormat, format: rule.format)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHECK: Rule = Rule { min: 5, max: 32, lead: "-", reserved: &["op_", "shadow_"], format: "login_name" };
    const CREATE: Rule = Rule { min: 5, max: 32, lead: "_-", reserved: &["op_", "shadow_"], format: "account_name" };

    fn code(v: &str, r: &Rule) -> Option<Code> {
        check(v, r).err().map(|f| f.code)
    }

    #[test]
    fn leading_underscore_differs_between_the_two_apis() {
        assert_eq!(code("_alice", &CHECK), Some(Code::InvalidFormat));
        assert_eq!(code("_alice", &CREATE), None);
        assert_eq!(code("-alice", &CHECK), None);
        assert_eq!(code("-alice", &CREATE), None);
    }

    #[test]
    fn bounds_prefixes_digits_and_charset() {
        assert_eq!(code("abcd", &CHECK), Some(Code::TooShort));
        assert_eq!(code("abcde", &CHECK), None);
        assert_eq!(code(&"a".repeat(32), &CHECK), None);
        assert_eq!(code(&"a".repeat(33), &CHECK), Some(Code::TooLong));
        assert_eq!(code("op_alice", &CHECK), Some(Code::ReservedPrefix));
        assert_eq!(code("shadow_x", &CREATE), Some(Code::ReservedPrefix));
        assert_eq!(code("OP_alice", &CHECK), None);
        assert_eq!(code("12345678", &CREATE), Some(Code::AllDigits));
        assert_eq!(code("1abcde", &CREATE), Some(Code::InvalidFormat));
        assert_eq!(code("ab cde", &CREATE), Some(Code::InvalidFormat));
        assert_eq!(code("abc.de", &CREATE), Some(Code::InvalidFormat));
        assert_eq!(code("张三abcd", &CREATE), Some(Code::InvalidFormat));
        assert_eq!(code("a1_-Z", &CHECK), None);
    }
}
