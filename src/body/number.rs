//! Numbers as the rules read them: as text, exactly as ECMAScript's `Number::toString` writes
//! them (`12.5`, `-3`, `1e+21`, `1.5e-7`, and `0` for negative zero), which is what
//! `JSON.stringify` sends from a browser.
//!
//! Why text: a float read and printed back (core's `dec2flt` tables and a shortest-digits
//! printer) was a third of the gzipped WebAssembly module, and the rules never compute with
//! one. They need a number's shortest decimal text (money is judged by it, integers by
//! whether it has a fraction). Native readers turn a JSON number into the same text
//! ([`from_f64`]), so a server and a browser read every number alike.
//!
//! ```
//! use bss_validate::body::number;
//! assert_eq!(number::from_f64(0.1 + 0.2).unwrap(), "0.30000000000000004");
//! assert_eq!(number::from_f64(1e21).unwrap(), "1e+21");
//! assert_eq!(number::plain_notation("1e+21"), "1000000000000000000000");
//! assert_eq!(number::integer_of("12.5"), None);
//! ```

use crate::prelude::*;

/// The ECMAScript text of number text that already is in that form but for `-0`, which
/// reads as `0` (`String(-0)` is `"0"`).
pub(crate) fn js_text(text: &str) -> &str {
    if text == "-0" { "0" } else { text }
}

/// A float as ECMAScript writes it (`None` for NaN and infinities, which JSON lacks).
///
/// Rust's `{:e}` gives the same shortest round-trip digits as ECMAScript (the fewest
/// digits that read back to the same `f64`, the closest such when several are shortest);
/// only the layout differs, and it is rewritten here by the spec's rules.
/// (Available without `std`: the JSON reader rewrites number text by it in every build, and
/// tests write a body by it as the npm package does; nothing in the package's module calls
/// it, so its float code is not linked there.)
pub fn from_f64(x: f64) -> Option<String> {
    if !x.is_finite() {
        return None;
    }
    if x == 0.0 {
        return Some(String::from("0"));
    }
    let sci = alloc::format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e')?;
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let k = i32::try_from(digits.len()).ok()?;
    let n = exp.parse::<i32>().ok()? + 1; // x = 0.d1d2…dk × 10^n
    let mut out = String::from(if x < 0.0 { "-" } else { "" });
    let at = |i: i32| usize::try_from(i).unwrap_or(0);
    if k <= n && n <= 21 {
        out.push_str(&digits);
        out.push_str(&"0".repeat(at(n - k)));
    } else if 0 < n && n <= 21 {
        out.push_str(&digits[..at(n)]);
        out.push('.');
        out.push_str(&digits[at(n)..]);
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        out.push_str(&"0".repeat(at(-n)));
        out.push_str(&digits);
    } else {
        out.push_str(&digits[..1]);
        if k > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(if n > 0 { "e+" } else { "e-" });
        out.push_str(&int_text(i64::from((n - 1).abs())));
    }
    Some(out)
}

/// The integer a number's ECMAScript text is, saturated to `i64` (so out-of-range magnitudes
/// fail any range check instead of wrapping); `None` when it has a fraction.
pub fn integer_of(t: &str) -> Option<i64> {
    let negative = t.starts_with('-');
    let saturated = if negative { i64::MIN } else { i64::MAX };
    match cut(t, b'e') {
        // ECMAScript uses a positive exponent from 1e21 up, where every f64 is an integer
        // (`1.5e+30` included); a negative one only below 1e-6, where none is.
        Some((_, exp)) => (!exp.starts_with('-')).then_some(saturated),
        None if t.bytes().any(|b| b == b'.') => None,
        None => Some(int_value(t).unwrap_or(saturated)),
    }
}

/// Rewrites `[-]d[.ddd]e[+-]x` without the exponent; text without one is returned as it is
/// (borrowed: the common case, `12.5`, allocates nothing).
pub fn plain_notation(text: &str) -> Cow<'_, str> {
    let Some((mantissa, exp)) = cut(text, b'e') else {
        return Cow::Borrowed(text);
    };
    let Some(exp) = int_value(exp) else { return Cow::Borrowed(text) };
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let (int, frac) = cut(mantissa, b'.').unwrap_or((mantissa, ""));
    let mut digits = String::with_capacity(int.len() + frac.len());
    digits.push_str(int);
    digits.push_str(frac);
    // Position of the decimal point within `digits` after shifting.
    let point = i64::try_from(int.len()).unwrap_or(0).saturating_add(exp);
    let mut out = String::from(sign);
    if point <= 0 {
        out.push_str("0.");
        zeros(&mut out, usize::try_from(-point).unwrap_or(0));
        out.push_str(digits.trim_end_matches('0'));
    } else {
        let p = usize::try_from(point).unwrap_or(0);
        match digits.split_at_checked(p) {
            Some((int, frac)) if !frac.is_empty() => {
                out.push_str(int);
                let frac = frac.trim_end_matches('0');
                if !frac.is_empty() {
                    out.push('.');
                    out.push_str(frac);
                }
            }
            _ => {
                out.push_str(&digits);
                zeros(&mut out, p.saturating_sub(digits.len()));
            }
        }
    }
    Cow::Owned(out)
}

/// Appends `n` zeros (`str::repeat` links a general slice repeater).
fn zeros(out: &mut String, n: usize) {
    out.extend(core::iter::repeat_n('0', n));
}

/// `[+-]?[0-9]+` as an `i64`, saturated at its bounds; `None` for any other text. Written
/// out rather than `str::parse`, whose generic integer parser weighed 0.3 KB gzipped in the
/// WebAssembly module for what is a digit loop here.
pub(crate) fn int_value(text: &str) -> Option<i64> {
    let (negative, digits) = match text.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        all => (false, all),
    };
    if digits.is_empty() {
        return None;
    }
    let mut n: i64 = 0;
    for &b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        let d = i64::from(b - b'0');
        n = n.saturating_mul(10).saturating_add(if negative { -d } else { d });
    }
    Some(n)
}

/// Decimal text of an integer, without `core::fmt` (which the WebAssembly build avoids).
/// Exactly as long as it needs to be: a body may hold 100 000 numbers.
pub(crate) fn int_text(i: i64) -> String {
    let (buf, at) = digits(i);
    let mut out = String::with_capacity(buf.len() - at);
    buf.get(at..).unwrap_or_default().iter().for_each(|b| out.push(char::from(*b)));
    out
}

/// The length of an integer's decimal text, sign included.
pub(crate) fn int_len(i: i64) -> usize {
    let (buf, at) = digits(i);
    buf.len() - at
}

/// Appends the decimal text of an integer (no `String` of its own: messages write several).
pub(crate) fn push_int(out: &mut String, i: i64) {
    let (buf, at) = digits(i);
    buf.get(at..).unwrap_or_default().iter().for_each(|b| out.push(char::from(*b)));
}

/// The decimal text of `i` (sign included) in `buf[at..]`.
fn digits(i: i64) -> ([u8; 20], usize) {
    // Twenty places hold i64::MIN (a sign and 19 digits). Written by iterator, not by index:
    // an index that might panic links the panic's message formatting into the module.
    let mut buf = [0u8; 20];
    let mut n = i.unsigned_abs();
    let mut at = buf.len();
    let mut places = buf.iter_mut().rev();
    for place in places.by_ref() {
        *place = b'0' + (n % 10) as u8;
        at -= 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if let Some(place) = places.next().filter(|_| i < 0) {
        *place = b'-';
        at -= 1;
    }
    (buf, at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_text_reads_exactly_and_saturates() {
        assert_eq!(int_value("0"), Some(0));
        assert_eq!(int_value("+21"), Some(21));
        assert_eq!(int_value("-7"), Some(-7));
        assert_eq!(int_value("9223372036854775807"), Some(i64::MAX));
        assert_eq!(int_value("-9223372036854775808"), Some(i64::MIN));
        assert_eq!(int_value("9223372036854775808"), Some(i64::MAX));
        assert_eq!(int_value(&"9".repeat(400)), Some(i64::MAX));
        assert_eq!(int_value(&format!("-{}", "9".repeat(400))), Some(i64::MIN));
        for bad in ["", "-", "+", "1.0", "1e3", " 1", "１", "--1"] {
            assert_eq!(int_value(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn floats_are_written_as_ecmascript_writes_them() {
        // Expected texts are what `String(x)` prints in Node for the same literals.
        let cases: &[(f64, &str)] = &[
            (12.5, "12.5"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (123456789012345680000.0, "123456789012345680000"),
            (1.5e-7, "1.5e-7"),
            (0.000001, "0.000001"),
            (1e-7, "1e-7"),
            (-2.5e30, "-2.5e+30"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (-0.0, "0"),
            (3.0, "3"),
            (100.25, "100.25"),
        ];
        for (x, want) in cases {
            assert_eq!(from_f64(*x).unwrap().as_str(), *want, "{x:e}");
        }
        assert!(from_f64(f64::NAN).is_none());
    }

    #[test]
    fn integers_and_plain_text() {
        assert_eq!(integer_of("3"), Some(3));
        assert_eq!(integer_of("0"), Some(0));
        assert_eq!(integer_of("3.5"), None);
        assert_eq!(integer_of("1e-7"), None);
        assert_eq!(integer_of("1e+21"), Some(i64::MAX));
        assert_eq!(integer_of("1.5e+30"), Some(i64::MAX));
        assert_eq!(integer_of("1.5"), None);
        assert_eq!(integer_of("-1e+21"), Some(i64::MIN));
        assert_eq!(integer_of("99999999999999999999"), Some(i64::MAX));
        assert_eq!(plain_notation("1e+21"), "1000000000000000000000");
        assert_eq!(plain_notation("1.5e-7"), "0.00000015");
        assert_eq!(plain_notation("-2.5e+3"), "-2500");
        assert_eq!(plain_notation("12.5"), "12.5");
        assert_eq!(int_text(i64::MIN), i64::MIN.to_string());
        assert_eq!(int_text(0), "0");
        assert_eq!(int_text(-42), "-42");
    }
}
