//! The crate's rules for the three benchmarked operations, written by hand as plain functions
//! so that the `validator` and `garde` versions (`peer_validator.rs`, `peer_garde.rs`) can
//! call them from their `custom` hooks. Each returns the crate's code of the first violation,
//! the way the crate orders a field's own checks, so the setup can compare verdicts.
//!
//! What these do not reproduce (and why the peers' verdicts can still differ from ours on
//! other bodies than the benchmarked ones; the setup checks the benchmarked ones agree):
//! - lengths: `validator`'s `length` counts chars (Unicode scalar values), not UTF-16 code
//!   units, so `😀` is 1 there and 2 here; `garde`'s `length(utf16, …)` counts like ours;
//! - an amount is a JSON string only: the peers' structs hold it as `String`, so a JSON number
//!   amount (`10.5`, which ours accepts and judges by its shortest ECMAScript text) is a
//!   serde type error there;
//! - an integer is a JSON integer only: `302.0` (ours: 302) is a serde error;
//! - unknown keys, wrong JSON types, `null` in a required field and a missing required field
//!   are serde errors (`deny_unknown_fields`, typed fields): the body is invalid, but serde
//!   stops at the first one and says nothing of the rest;
//! - `include_association_result: ""` (ours: "means absent") is a serde type error.

/// `^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$`, greater than 0, at most `max_cents` hundredths (a
/// `u64` holds every bound of the spec). By hand, no regex and no `Decimal`. As in the crate,
/// a well-formed negative (`-5`, `-0.001`) is `not_positive`, and the scale is checked before
/// the bounds.
pub fn money(text: &str, max_cents: u64) -> Result<(), &'static str> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, f),
        None => (body, ""),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || (int.len() > 1 && int.starts_with('0')) || (body.len() > int.len() && !digits(frac)) {
        return Err("not_a_decimal");
    }
    if negative {
        return Err("not_positive");
    }
    if frac.len() > 2 {
        return Err("too_many_decimals");
    }
    // u64 holds 19 digits: 17 integer digits and 2 of cents. No bound comes near.
    if int.len() > 17 {
        return Err("too_large");
    }
    let mut cents: u64 = 0;
    for b in int.bytes().chain(frac.bytes()).chain(core::iter::repeat_n(b'0', 2 - frac.len())) {
        cents = cents * 10 + u64::from(b - b'0');
    }
    match cents {
        0 => Err("not_positive"),
        c if c > max_cents => Err("too_large"),
        _ => Ok(()),
    }
}

/// ReclaimToPartnerAccount `amount`: ≤ 2147483647 (`ACCOUNT_AMOUNT`).
pub const ACCOUNT_AMOUNT_MAX_CENTS: u64 = 214_748_364_700; // 2147483647.00

/// One of `allowed`, case-sensitive.
pub fn one_of(value: &str, allowed: &[&str]) -> Result<(), &'static str> {
    if allowed.contains(&value) { Ok(()) } else { Err("not_one_of") }
}

/// CreateSubCustomer `domain_name`: `^[a-zA-Z_-][a-zA-Z0-9_-]*$`, not `op_`/`shadow_`, not
/// all digits. The 5–32 length is the peers' own `length` rule.
pub fn account_name(value: &str) -> Result<(), &'static str> {
    if value.starts_with("op_") || value.starts_with("shadow_") {
        return Err("reserved_prefix");
    }
    if value.bytes().all(|b| b.is_ascii_digit()) {
        return Err("all_digits");
    }
    let mut bytes = value.bytes();
    let lead = bytes.next().is_some_and(|b| b.is_ascii_alphabetic() || b == b'_' || b == b'-');
    if lead && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') { Ok(()) } else { Err("invalid_format") }
}

/// A bare mobile: ASCII digits only (`""` is a value here and passes).
pub fn mobile_digits(value: &str) -> Result<(), &'static str> {
    if value.bytes().all(|b| b.is_ascii_digit()) { Ok(()) } else { Err("invalid_format") }
}

/// At least 2 of the 4 classes (upper, lower, digit, ASCII punctuation or space). The 8–32
/// length is the peers' own `length` rule.
pub fn password_classes(value: &str) -> Result<(), &'static str> {
    let has = |f: fn(&u8) -> bool| u32::from(value.as_bytes().iter().any(f));
    let n = has(u8::is_ascii_uppercase) + has(u8::is_ascii_lowercase) + has(u8::is_ascii_digit) + has(|b| *b == b' ' || b.is_ascii_punctuation());
    if n >= 2 { Ok(()) } else { Err("weak_password") }
}

/// The password must not equal the account name or the name reversed (exact comparison),
/// when a name is given (`""` means absent for `domain_name`).
pub fn password_not_name(password: &str, name: Option<&str>) -> Result<(), &'static str> {
    match name.filter(|n| !n.is_empty()) {
        Some(n) if password == n || password.chars().eq(n.chars().rev()) => Err("password_matches_account_name"),
        _ => Ok(()),
    }
}

/// The password must not contain a non-empty mobile.
pub fn password_not_mobile(password: &str, mobile: Option<&str>) -> Result<(), &'static str> {
    match mobile.filter(|m| !m.is_empty()) {
        Some(m) if password.contains(m) => Err("password_contains_mobile"),
        _ => Ok(()),
    }
}

/// A non-empty mobile requires `verification_code` (given, even as `""`, which is its own
/// `empty` violation).
pub fn code_required(code: Option<&str>, mobile: Option<&str>) -> Result<(), &'static str> {
    if mobile.is_some_and(|m| !m.is_empty()) && code.is_none() { Err("required") } else { Ok(()) }
}

/// PayOrders switch: `YES` requires the list, `NO` forbids it, anything else says nothing
/// (the switch's own `not_one_of` is enough).
pub fn switch<T>(switch: &str, list: Option<&T>) -> Result<(), &'static str> {
    match (switch, list) {
        ("YES", None) => Err("required"),
        ("NO", Some(_)) => Err("forbidden"),
        _ => Ok(()),
    }
}

/// PayOrders `discount_infos[].type`: 0, 1, 2, 3 or 609 (README decision 16).
pub fn discount_type(value: i64) -> Result<(), &'static str> {
    if matches!(value, 0..=3 | 609) { Ok(()) } else { Err("not_one_of") }
}

/// PayOrders `coupon_infos[].type`: 300 折扣券, 301, 302, 303.
pub fn coupon_type(value: i64) -> Result<(), &'static str> {
    if (300..=303).contains(&value) { Ok(()) } else { Err("not_one_of") }
}
