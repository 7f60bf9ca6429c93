//! Integers from JSON: a number without a fraction (`3` or `3.0`, as JSON Schema and JS see
//! them), or, for query parameters, the canonical decimal text of one (`"10"`, not `"010"`).
//! Out-of-range magnitudes saturate, so they fail the caller's range check instead of wrapping.
//!
//! ```
//! use bss_validate::rules::integer;
//! use bss_validate::Value;
//! assert_eq!(integer::from_json(&Value::from(10), false).unwrap(), 10);
//! assert!(integer::from_json(&Value::from("10"), false).is_err()); // bodies take numbers
//! assert_eq!(integer::from_json(&Value::from("10"), true).unwrap(), 10); // query text
//! assert!(integer::range(101, 1, 100).is_err());
//! ```

use crate::body::value::View;

use crate::report::{Allowed, Code, Fail, Num, Params};

/// Reads an integer. `text_ok` allows the canonical decimal text of one (query parameters
/// arrive as text).
pub fn from_json<'v>(value: impl Into<View<'v>>, text_ok: bool) -> Result<i64, Fail> {
    match value.into() {
        View::Number(n) => crate::body::value::integer_of(n).ok_or_else(|| Fail::new(Code::NotAnInteger)),
        View::String(s) if text_ok => parse_text(s),
        _ => Err(Fail::with(Code::WrongType, Params { expected: Some("integer"), ..Params::default() })),
    }
}

/// Canonical integer text: `0` or `-?[1-9][0-9]*`.
fn parse_text(s: &str) -> Result<i64, Fail> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let canonical = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0')) && s != "-0";
    if !canonical {
        return Err(Fail::new(Code::NotAnInteger));
    }
    crate::body::value::int_value(s).ok_or_else(|| Fail::new(Code::NotAnInteger))
}

/// Checks `min <= value <= max`.
pub fn range(value: i64, min: i64, max: i64) -> Result<(), Fail> {
    if value < min {
        Err(Fail::with(Code::TooSmall, Params { min: Some(Num::Int(min)), ..Params::default() }))
    } else if value > max {
        Err(Fail::with(Code::TooLarge, Params { max: Some(Num::Int(max)), ..Params::default() }))
    } else {
        Ok(())
    }
}

/// Checks that `value` is one of `allowed`.
pub fn one_of(value: i64, allowed: &'static [i64]) -> Result<(), Fail> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(Fail::with(Code::NotOneOf, Params { allowed: Some(Allowed::Ints(allowed)), ..Params::default() }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Value;

    fn v(j: serde_json::Value) -> Value {
        Value::from(&j)
    }

    #[test]
    fn numbers() {
        assert_eq!(from_json(&v(serde_json::json!(0)), false).unwrap(), 0);
        assert_eq!(from_json(&v(serde_json::json!(-4)), false).unwrap(), -4);
        assert_eq!(from_json(&v(serde_json::json!(3.0)), false).unwrap(), 3);
        assert_eq!(from_json(&v(serde_json::json!(1.5)), false).unwrap_err().code, Code::NotAnInteger);
        assert_eq!(from_json(&v(serde_json::json!(u64::MAX)), false).unwrap(), i64::MAX);
        assert_eq!(from_json(&v(serde_json::json!(1e300)), false).unwrap(), i64::MAX);
        assert_eq!(from_json(&v(serde_json::json!(-1e300)), false).unwrap(), i64::MIN);
        assert_eq!(from_json(&v(serde_json::json!(true)), false).unwrap_err().code, Code::WrongType);
        assert_eq!(from_json(&v(serde_json::json!("1")), false).unwrap_err().code, Code::WrongType);
    }

    #[test]
    fn query_text() {
        assert_eq!(from_json(&v(serde_json::json!("0")), true).unwrap(), 0);
        assert_eq!(from_json(&v(serde_json::json!("100")), true).unwrap(), 100);
        assert_eq!(from_json(&v(serde_json::json!("-1")), true).unwrap(), -1);
        assert_eq!(from_json(&v(serde_json::json!("99999999999999999999")), true).unwrap(), i64::MAX);
        for bad in ["", "010", "-0", "1.0", "1e2", " 1", "+1", "abc", "１"] {
            assert_eq!(from_json(&v(serde_json::json!(bad)), true).unwrap_err().code, Code::NotAnInteger, "{bad:?}");
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
