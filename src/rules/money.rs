//! Money: a positive amount in 元 with at most two decimals, read as **text** against a strict
//! grammar before `rust_decimal` sees it.
//!
//! Why text first: `Decimal::from_str` accepts `1_000`, `+5`, `.5`, `5.`, `007` and `1e3`, and
//! rounds long fractions; its serde impl falls back to scientific notation. An amount must
//! never be rounded or "fixed", so the grammar is `^(0|[1-9][0-9]*)(\.[0-9]+)?$` (the fraction
//! then limited to `max_scale` digits), and only then is it made a `Decimal`: from its digits
//! and scale ([`Decimal::try_new`]), so the scale stays as written and no
//! text parser of `rust_decimal`'s is linked into the WebAssembly module (its parser and
//! error strings were ≈ 1 KB gzipped there). A value is compared with a bound digit by digit
//! on their canonical texts, which is exact and orders them as their `Decimal`s do (a test
//! holds it to that); `Decimal`'s own comparison cost the module 340 bytes gzipped.
//!
//! A JSON number is judged by its shortest round-trip text (ECMAScript's `String(x)`, see
//! [`crate::body::number`]), written out without exponent, so `0.1 + 0.2` arrives as
//! `0.30000000000000004` and is rejected, never turned into `0.3`.
//!
//! ```
//! use bss_validate::rules::money::{self, Bounds};
//! let b = Bounds { min: None, max: "2147483647", max_scale: 2 };
//! assert_eq!(money::parse("10.50", &b).unwrap().to_string(), "10.50");
//! assert!(money::parse("1e3", &b).is_err());
//! assert!(money::parse("0.001", &b).is_err());
//! ```

use core::cmp::Ordering;

use crate::prelude::{cut, pieces};

use rust_decimal::Decimal;

use crate::body::number::plain_notation;
use crate::report::{Code, Fail, Num, fail};

/// The grammar named in `not_a_decimal` params.
pub const FORMAT: &str = "decimal";

/// Bounds of one money field. `min` is inclusive and, when set, above zero (the value must
/// be > 0 in any case); `max` is inclusive. Both are exact decimal texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounds {
    /// Inclusive minimum above zero, if the SDK states one (e.g. `"0.01"`).
    pub min: Option<&'static str>,
    /// Inclusive maximum.
    pub max: &'static str,
    /// The most decimals allowed.
    pub max_scale: u32,
}

/// Checks an amount given as a JSON number, by its ECMAScript text (see
/// [`crate::body::number`]) in plain notation: `1e+21` is written out digit by digit.
pub fn from_number(text: &str, bounds: &Bounds) -> Result<Decimal, Fail> {
    parse(&plain_notation(text), bounds)
}

/// Parses and checks the text of an amount.
pub fn parse(text: &str, bounds: &Bounds) -> Result<Decimal, Fail> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = split(body).ok_or_else(not_a_decimal)?;
    if negative {
        // `-5.00` is well-formed but not > 0: say so rather than "not a decimal".
        return Err(Fail::new(Code::NotPositive));
    }
    let scale = frac.map_or(0, str::len);
    if scale > bounds.max_scale as usize {
        return Err(fail!(Code::TooManyDecimals, max_scale: bounds.max_scale, actual: i64::try_from(scale).unwrap_or(i64::MAX)));
    }
    // Integer digits settle most comparisons with a bound, as the value and the bounds are
    // canonical (no leading zero): more digits than the maximum's is too large, without
    // asking Decimal to hold it (it stops at 28-29 digits); fewer is within it. Only a tie
    // in digit count is compared as `Decimal`s.
    let digits = |bound: &str| pieces(bound, b'.').next().map_or(0, str::len);
    let max_digits = digits(bounds.max);
    if int.len() > max_digits {
        return Err(too_large(bounds));
    }
    let value = decimal(int, frac).ok_or_else(|| too_large(bounds))?;
    if value.is_zero() {
        return Err(Fail::new(Code::NotPositive));
    }
    if let Some(min) = bounds.min.filter(|min| int.len() <= digits(min)) {
        if int.len() < digits(min) || compare(int, frac, min) == Ordering::Less {
            return Err(fail!(Code::TooSmall, min: Num::Dec(min)));
        }
    }
    if int.len() == max_digits && compare(int, frac, bounds.max) == Ordering::Greater {
        return Err(too_large(bounds));
    }
    Ok(value)
}

/// Checks a quantity that is not money (ListOnDemandResourceRatings' `usage_value`): the
/// amount grammar, zero or more, any scale, no maximum. Decision: no source bounds it; a sign
/// is never needed (`-0` is `too_small` too).
pub fn non_negative(text: &str) -> Result<(), Fail> {
    match text.strip_prefix('-') {
        Some(rest) if split(rest).is_some() => Err(fail!(Code::TooSmall, min: Num::Dec("0"))),
        _ => split(text).map(drop).ok_or_else(not_a_decimal),
    }
}

/// The exact value of an amount's text that passed [`parse`] (its scale as written); `None`
/// for text of another form. No bound is checked.
pub fn value_of(text: &str) -> Option<Decimal> {
    split(text).and_then(|(int, frac)| decimal(int, frac))
}

/// Splits `digits[.digits]` into its parts; `None` unless the text is exactly that, with no
/// leading zero on a multi-digit integer part and at least one digit after a point.
fn split(text: &str) -> Option<(&str, Option<&str>)> {
    let (int, frac) = match cut(text, b'.') {
        Some((i, f)) => (i, Some(f)),
        None => (text, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || (int.len() > 1 && int.starts_with('0')) {
        return None;
    }
    match frac {
        Some(f) if !digits(f) => None,
        _ => Some((int, frac)),
    }
}

/// The `Decimal` of text already split by [`split`]: the digits as an integer, the count of
/// fraction digits as the scale. `None` beyond 18 digits (an `i64`; no bound comes near, a
/// unit test checks them all), which the caller's digit-count check against the bound has
/// already ruled out for amounts.
fn decimal(int: &str, frac: Option<&str>) -> Option<Decimal> {
    let frac = frac.unwrap_or("");
    let mut digits: i64 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        digits = digits.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
    }
    Decimal::try_new(digits, u32::try_from(frac.len()).ok()?).ok()
}

/// How the amount `int`.`frac` compares with `bound`, both canonical texts (no sign, no leading
/// zero) whose integer parts have as many digits: digit by digit, the shorter fraction read
/// with zeros after it. Exact, like comparing the `Decimal`s, without `Decimal`'s comparison,
/// whose table lookups (bounds-checked) link `core::fmt`'s integer formatting into the module.
fn compare(int: &str, frac: Option<&str>, bound: &str) -> Ordering {
    let (bound_int, bound_frac) = cut(bound, b'.').unwrap_or((bound, ""));
    let (frac, bound_frac) = (frac.unwrap_or("").as_bytes(), bound_frac.as_bytes());
    let places = frac.len().max(bound_frac.len());
    fn padded(f: &[u8], places: usize) -> impl Iterator<Item = u8> + '_ {
        (0..places).map(move |i| f.get(i).copied().unwrap_or(b'0'))
    }
    int.as_bytes().cmp(bound_int.as_bytes()).then_with(|| padded(frac, places).cmp(padded(bound_frac, places)))
}

fn not_a_decimal() -> Fail {
    fail!(Code::NotADecimal, format: FORMAT)
}

fn too_large(bounds: &Bounds) -> Fail {
    fail!(Code::TooLarge, max: Num::Dec(bounds.max))
}

/// Checks that a bound constant is itself a valid exact decimal (used by the spec tests).
pub fn bound_is_exact(bound: &str) -> bool {
    split(bound).and_then(|(int, frac)| decimal(int, frac)).is_some()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// An amount given as a JSON number, read as a native caller's would be.
    fn from_json(j: &serde_json::Value, b: &Bounds) -> Result<Decimal, Fail> {
        let doc = crate::body::serde::read(j);
        match doc.root() {
            crate::body::View::Number(n) => from_number(n, b),
            _ => Err(Fail::new(Code::WrongType)),
        }
    }

    #[test]
    fn non_negative_quantities() {
        for ok in ["0", "1", "0.5", "123456789012345678901234567890.123456789"] {
            assert!(non_negative(ok).is_ok(), "{ok:?}");
        }
        for (bad, code) in [
            ("-1", Code::TooSmall),
            ("-0", Code::TooSmall),
            ("1e3", Code::NotADecimal),
            (".5", Code::NotADecimal),
            ("01", Code::NotADecimal),
            ("", Code::NotADecimal),
        ] {
            assert_eq!(non_negative(bad).unwrap_err().code, code, "{bad:?}");
        }
    }

    const B: Bounds = Bounds { min: None, max: "2147483647", max_scale: 2 };
    const Q: Bounds = Bounds { min: Some("0.01"), max: "100000000", max_scale: 2 };

    fn code(text: &str) -> Code {
        parse(text, &B).unwrap_err().code
    }

    #[test]
    fn compares_with_a_bound_as_the_decimals_do() {
        // Every pair of canonical texts with as many integer digits, fractions of 0–3 digits
        // (trailing zeros included), against rust_decimal's own ordering.
        let ints = ["0", "1", "9", "10", "99", "100", "214", "999"];
        let fracs = [None, Some("0"), Some("00"), Some("01"), Some("1"), Some("10"), Some("99"), Some("990"), Some("5")];
        let text = |i: &str, f: Option<&str>| f.map_or_else(|| i.to_owned(), |f| format!("{i}.{f}"));
        for a in ints {
            for b in ints.iter().filter(|b| b.len() == a.len()) {
                for fa in fracs {
                    for fb in fracs {
                        let bound = text(b, fb);
                        let want = value_of(&text(a, fa)).unwrap().cmp(&value_of(&bound).unwrap());
                        assert_eq!(compare(a, fa, &bound), want, "{} vs {bound}", text(a, fa));
                    }
                }
            }
        }
    }

    #[test]
    fn accepts_plain_amounts_and_keeps_their_scale() {
        for ok in ["1", "1.0", "1.00", "0.01", "0.1", "10.5", "2147483647", "2147483647.00", "2147483646.99"] {
            assert_eq!(parse(ok, &B).unwrap().to_string(), ok, "{ok}");
        }
    }

    #[test]
    fn rejects_what_rust_decimal_would_accept() {
        for bad in [
            "1e3",
            "1E3",
            "+5",
            "1_000",
            ".5",
            "5.",
            "007",
            "00.5",
            "",
            " 1",
            "1 ",
            "1,000",
            "1.2.3",
            "abc",
            "0x10",
            "１２",
            "１２．５０",
            "NaN",
            "inf",
            "1.",
        ] {
            assert_eq!(code(bad), Code::NotADecimal, "{bad:?}");
        }
    }

    #[test]
    fn zero_and_negative_are_not_positive() {
        for bad in ["0", "0.0", "0.00", "-5", "-0.01", "-0"] {
            assert_eq!(code(bad), Code::NotPositive, "{bad:?}");
        }
    }

    #[test]
    fn scale_counts_written_decimals() {
        let err = parse("0.001", &B).unwrap_err();
        assert_eq!(err.code, Code::TooManyDecimals);
        assert_eq!(err.params.actual, Some(3));
        assert_eq!(err.params.max_scale, Some(2));
        assert_eq!(code("1.000"), Code::TooManyDecimals);
        assert_eq!(code("1.234567890123456789012345678901"), Code::TooManyDecimals);
    }

    #[test]
    fn bounds_are_exact_and_inclusive() {
        assert_eq!(code("2147483647.01"), Code::TooLarge);
        assert_eq!(code("2147483648"), Code::TooLarge);
        assert_eq!(code(&"9".repeat(200)), Code::TooLarge);
        assert!(parse("100000000.00", &Q).is_ok());
        assert_eq!(parse("100000000.01", &Q).unwrap_err().code, Code::TooLarge);
        let err = parse("100000000.01", &Q).unwrap_err();
        assert_eq!(serde_json::to_value(&err.params).unwrap(), json!({"max": "100000000"}));
    }

    #[test]
    fn numbers_are_judged_by_their_shortest_text() {
        assert_eq!(from_json(&json!(1.00), &B).unwrap().to_string(), "1");
        assert_eq!(from_json(&json!(10.5), &B).unwrap().to_string(), "10.5");
        assert_eq!(from_json(&json!(7), &B).unwrap().to_string(), "7");
        assert_eq!(from_json(&json!(0.1 + 0.2), &B).unwrap_err().code, Code::TooManyDecimals);
        assert_eq!(from_json(&json!(1.005), &B).unwrap_err().code, Code::TooManyDecimals);
        assert_eq!(from_json(&json!(1e-7), &B).unwrap_err().code, Code::TooManyDecimals);
        assert_eq!(from_json(&json!(1e21), &B).unwrap_err().code, Code::TooLarge);
        assert_eq!(from_json(&json!(-3), &B).unwrap_err().code, Code::NotPositive);
        assert_eq!(from_json(&json!(u64::MAX), &B).unwrap_err().code, Code::TooLarge);
        assert_eq!(from_json(&json!(true), &B).unwrap_err().code, Code::WrongType);
        assert_eq!(from_json(&json!(null), &B).unwrap_err().code, Code::WrongType);
    }
}
