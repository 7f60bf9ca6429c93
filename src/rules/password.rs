//! Passwords of new customer accounts (since 2022-08-01): a length range in UTF-16 code units
//! and a least number of the four character classes (大写字母、小写字母、数字、特殊字符).
//! The cross-field parts (not the account name, not containing the mobile) live with the
//! operation, which knows the other fields.
//!
//! "Special character" is not defined by the API doc. This crate counts the printable ASCII
//! punctuation and the space (`` !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~``), Huawei Cloud's own
//! console list; other characters (CJK, emoji) are allowed but count in no class.
//!
//! ```
//! use bss_validate::rules::password::{self, Rule};
//! const R: Rule = Rule { min: 8, max: 32, min_classes: 2 };
//! assert!(password::check("abcdefg1", &R).is_ok());
//! assert!(password::check("abcdefgh", &R).is_err()); // one class
//! ```

use crate::report::{Code, Fail, fail};
use crate::rules::length;

/// A password rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Least length.
    pub min: u32,
    /// Greatest length.
    pub max: u32,
    /// Least number of character classes.
    pub min_classes: u32,
}

/// How many of the four classes `value` uses.
pub fn classes(value: &str) -> u32 {
    let has = |f: fn(char) -> bool| u32::from(value.chars().any(f));
    has(|c| c.is_ascii_uppercase()) + has(|c| c.is_ascii_lowercase()) + has(|c| c.is_ascii_digit()) + has(|c| c == ' ' || c.is_ascii_punctuation())
}

/// Checks length, then classes.
pub fn check(value: &str, rule: &Rule) -> Result<(), Fail> {
    length::check(value, rule.min, Some(rule.max))?;
    let n = classes(value);
    if n < rule.min_classes {
        return Err(fail!(Code::WeakPassword, min_classes: rule.min_classes, actual: n.into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const R: Rule = Rule { min: 8, max: 32, min_classes: 2 };

    #[test]
    fn classes_are_counted() {
        assert_eq!(classes("abc"), 1);
        assert_eq!(classes("aB"), 2);
        assert_eq!(classes("aB1"), 3);
        assert_eq!(classes("aB1!"), 4);
        assert_eq!(classes("a b"), 2);
        assert_eq!(classes("密码密码"), 0);
        assert_eq!(classes("ＡＢＣ"), 0);
    }

    #[test]
    fn length_then_classes() {
        assert_eq!(check("aB1!aB1", &R).unwrap_err().code, Code::TooShort);
        assert!(check("aB1!aB1!", &R).is_ok());
        assert!(check(&"aB".repeat(16), &R).is_ok());
        assert_eq!(check(&"aB".repeat(16).add_one(), &R).unwrap_err().code, Code::TooLong);
        let err = check("12345678", &R).unwrap_err();
        assert_eq!(err.code, Code::WeakPassword);
        assert_eq!(err.params.actual, Some(1));
        assert!(check("密码密码密码密码1!", &R).is_ok());
    }

    trait AddOne {
        fn add_one(self) -> String;
    }
    impl AddOne for String {
        fn add_one(mut self) -> String {
            self.push('x');
            self
        }
    }
}
