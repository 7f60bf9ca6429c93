//! Integers: a JSON number without a fraction (`3` or `3.0`, as JSON Schema and JS see them),
//! or, where text is read (query parameters, form values), the canonical decimal text of one
//! (`"10"`, not `"010"`). Out-of-range magnitudes saturate, so they fail the caller's range
//! check instead of wrapping.
//!
//! ```
//! use bss_validate::rules::integer;
//! assert_eq!(integer::from_number("10").unwrap(), 10);
//! assert!(integer::from_number("10.5").is_err());
//! assert_eq!(integer::from_text("10").unwrap(), 10);
//! assert!(integer::from_text("010").is_err());
//! assert!(integer::range(101, 1, 100).is_err());
//! ```

use crate::body::number::{int_value, integer_of};
use crate::report::{Allowed, Code, Fail, Num, fail};

/// The integer a number is, from its ECMAScript text (see [`crate::body::number`]).
pub fn from_number(text: &str) -> Result<i64, Fail> {
    integer_of(text).ok_or_else(|| Fail::new(Code::NotAnInteger))
}

/// The integer canonical text spells: `0` or `-?[1-9][0-9]*`.
pub fn from_text(s: &str) -> Result<i64, Fail> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let canonical = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0')) && s != "-0";
    if !canonical {
        return Err(Fail::new(Code::NotAnInteger));
    }
    int_value(s).ok_or_else(|| Fail::new(Code::NotAnInteger))
}

/// Checks `min <= value <= max`.
pub fn range(value: i64, min: i64, max: i64) -> Result<(), Fail> {
    if value < min {
        Err(fail!(Code::TooSmall, min: Num::Int(min)))
    } else if value > max {
        Err(fail!(Code::TooLarge, max: Num::Int(max)))
    } else {
        Ok(())
    }
}

/// Checks that `value` is one of `allowed`.
pub fn one_of(value: i64, allowed: &'static [i64]) -> Result<(), Fail> {
    if allowed.contains(&value) { Ok(()) } else { Err(fail!(Code::NotOneOf, allowed: Allowed::Ints(allowed))) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(from_number("0").unwrap(), 0);
        assert_eq!(from_number("-4").unwrap(), -4);
        assert_eq!(from_number("1.5").unwrap_err().code, Code::NotAnInteger);
        assert_eq!(from_number("18446744073709551615").unwrap(), i64::MAX);
        assert_eq!(from_number("1e+300").unwrap(), i64::MAX);
        assert_eq!(from_number("-1e+300").unwrap(), i64::MIN);
        assert_eq!(from_number("1e-7").unwrap_err().code, Code::NotAnInteger);
    }

    #[test]
    fn text() {
        assert_eq!(from_text("0").unwrap(), 0);
        assert_eq!(from_text("100").unwrap(), 100);
        assert_eq!(from_text("-1").unwrap(), -1);
        assert_eq!(from_text("99999999999999999999").unwrap(), i64::MAX);
        for bad in ["", "010", "-0", "1.0", "1e2", " 1", "+1", "abc", "１"] {
            assert_eq!(from_text(bad).unwrap_err().code, Code::NotAnInteger, "{bad:?}");
        }
    }

    #[test]
    fn ranges() {
        assert!(range(1, 1, 100).is_ok());
        assert!(range(100, 1, 100).is_ok());
        assert_eq!(range(0, 1, 100).unwrap_err().code, Code::TooSmall);
        assert_eq!(range(101, 1, 100).unwrap_err().code, Code::TooLarge);
        assert!(one_of(301, &[300, 301]).is_ok());
        assert_eq!(one_of(304, &[300, 301]).unwrap_err().code, Code::NotOneOf);
    }
}
