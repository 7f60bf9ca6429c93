//! The three benchmarked operations written with `validator` 0.20 (`#[derive(Validate)]`),
//! as faithfully as it allows: serde `Deserialize` from the same bytes, then `.validate()`.
//!
//! - lengths: `length(min, max)` counts chars, not UTF-16 units (see `peer_rules.rs`); `""`
//!   is rejected by `min = 1` where the crate rejects it;
//! - money, enums, account name, password classes, coupon types: `custom` functions over the
//!   hand-written rules of `peer_rules.rs`;
//! - nested lists: `length` on the list plus `nested` on its items;
//! - cross-field rules: one struct-level `schema` function per operation, run even when a
//!   field failed (`skip_on_field_errors = false`), as the crate's cross rules are.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationError, ValidationErrors, ValidationErrorsKind};

use crate::peer_rules as rules;

fn err(code: &'static str) -> ValidationError {
    ValidationError::new(code)
}

/// A cross-field error, with the JSON Pointer of the field the crate reports it on.
fn at(path: &'static str, code: &'static str) -> ValidationError {
    let mut e = ValidationError::new(code);
    e.add_param(Cow::Borrowed("path"), &path);
    e
}

fn account_amount(value: &str) -> Result<(), ValidationError> {
    rules::money(value, rules::ACCOUNT_AMOUNT_MAX_CENTS).map_err(err)
}

fn yes_no(value: &str) -> Result<(), ValidationError> {
    rules::one_of(value, &["YES", "NO"]).map_err(err)
}

fn true_false(value: &str) -> Result<(), ValidationError> {
    // `""` means absent here.
    if value.is_empty() { Ok(()) } else { rules::one_of(value, &["true", "false"]).map_err(err) }
}

fn account_name(value: &str) -> Result<(), ValidationError> {
    rules::account_name(value).map_err(err)
}

fn mobile_digits(value: &str) -> Result<(), ValidationError> {
    rules::mobile_digits(value).map_err(err)
}

fn password_classes(value: &str) -> Result<(), ValidationError> {
    rules::password_classes(value).map_err(err)
}

fn coupon_type(value: i64) -> Result<(), ValidationError> {
    rules::coupon_type(value).map_err(err)
}

fn discount_type(value: i64) -> Result<(), ValidationError> {
    rules::discount_type(value).map_err(err)
}

/// ReclaimToPartnerAccount.
#[derive(Debug, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct Reclaim {
    #[validate(length(min = 1, max = 64))]
    customer_id: String,
    #[validate(custom(function = "account_amount"))]
    amount: String,
    #[validate(length(min = 1, max = 64))]
    indirect_partner_id: Option<String>,
}

/// CreateSubCustomer, every field.
#[derive(Debug, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
#[validate(schema(function = "create_cross", skip_on_field_errors = false))]
pub struct Create {
    #[validate(length(min = 1, max = 128))]
    xaccount_id: String,
    #[validate(length(min = 1, max = 64))]
    xaccount_type: String,
    // `""` means absent (a random name): only a non-empty name is checked.
    #[validate(custom(function = "check_domain_name"))]
    domain_name: Option<String>,
    // `""` is a value.
    #[validate(length(max = 32), custom(function = "mobile_digits"))]
    mobile_phone: Option<String>,
    #[validate(length(equal = 6))]
    verification_code: Option<String>,
    #[validate(length(min = 8, max = 32), custom(function = "password_classes"))]
    password: Option<String>,
    #[validate(custom(function = "true_false"))]
    is_close_market_ms: Option<String>,
    // `""` means absent; any other text up to 64.
    #[validate(length(max = 64))]
    indirect_partner_id: Option<String>,
    #[allow(dead_code)] // read by serde (its type is its only rule), never by a rule
    include_association_result: Option<bool>,
    #[allow(dead_code)] // any text
    cooperation_type: Option<String>,
}

fn check_domain_name(value: &str) -> Result<(), ValidationError> {
    if value.is_empty() {
        return Ok(());
    }
    let n = value.chars().count();
    if n < 5 {
        return Err(err("too_short"));
    }
    if n > 32 {
        return Err(err("too_long"));
    }
    account_name(value)
}

fn create_cross(c: &Create) -> Result<(), ValidationError> {
    // A `schema` function returns one error, where the crate can report three (code
    // required, name, mobile): the first, in the crate's order. The benchmarked bodies have
    // at most one.
    let mobile = c.mobile_phone.as_deref();
    rules::code_required(c.verification_code.as_deref(), mobile).map_err(|e| at("/verification_code", e))?;
    if let Some(pw) = c.password.as_deref() {
        rules::password_not_name(pw, c.domain_name.as_deref()).map_err(|e| at("/password", e))?;
        rules::password_not_mobile(pw, mobile).map_err(|e| at("/password", e))?;
    }
    Ok(())
}

/// PayOrders (v3 body).
#[derive(Debug, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
#[validate(schema(function = "pay_cross", skip_on_field_errors = false))]
pub struct Pay {
    #[validate(length(min = 1, max = 64))]
    order_id: String,
    #[validate(custom(function = "yes_no"))]
    use_coupon: String,
    #[validate(custom(function = "yes_no"))]
    use_discount: String,
    #[validate(length(min = 1, max = 3), nested)]
    coupon_infos: Option<Vec<Coupon>>,
    #[validate(length(min = 1, max = 1), nested)]
    discount_infos: Option<Vec<Discount>>,
}

/// `coupon_infos[]`. (`Serialize`: validator's `length` on the list puts the list into the
/// error's params.)
#[derive(Debug, Serialize, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct Coupon {
    #[validate(length(min = 1, max = 64))]
    id: String,
    #[validate(custom(function = "coupon_type"))]
    r#type: i64,
}

/// `discount_infos[]`. (`Serialize`: validator's `length` on the list puts the list into the
/// error's params.)
#[derive(Debug, Serialize, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct Discount {
    #[validate(length(min = 1, max = 64))]
    id: String,
    #[validate(custom(function = "discount_type"))]
    r#type: i64,
}

fn pay_cross(p: &Pay) -> Result<(), ValidationError> {
    rules::switch(&p.use_coupon, p.coupon_infos.as_ref()).map_err(|e| at("/coupon_infos", e))?;
    rules::switch(&p.use_discount, p.discount_infos.as_ref()).map_err(|e| at("/discount_infos", e))
}

/// The JSON Pointers of every error, sorted, so the setup can compare them with the crate's.
/// A `schema` error sits under `__all__` with its `path` param.
pub fn pointers(errors: &ValidationErrors) -> Vec<String> {
    fn walk(errors: &ValidationErrors, base: &str, out: &mut Vec<String>) {
        for (field, kind) in errors.errors() {
            // validator names a field as Rust spells it (`r#type`), not as the wire does.
            let here = format!("{base}/{}", field.trim_start_matches("r#"));
            match kind {
                ValidationErrorsKind::Field(list) => {
                    for e in list {
                        match e.params.get("path").and_then(|p| p.as_str()) {
                            Some(p) if field == "__all__" => out.push(format!("{base}{p}")),
                            _ => out.push(here.clone()),
                        }
                    }
                }
                ValidationErrorsKind::Struct(inner) => walk(inner, &here, out),
                ValidationErrorsKind::List(items) => {
                    for (i, inner) in items {
                        walk(inner, &format!("{here}/{i}"), out);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(errors, "", &mut out);
    out.sort();
    out
}

/// Bytes → verdict, as a server would run it: `Ok(())` or the errors (a serde error is one
/// error at `/__serde__`).
pub fn check<T: for<'de> Deserialize<'de> + Validate>(bytes: &[u8]) -> Result<(), ValidationErrors> {
    match serde_json::from_slice::<T>(bytes) {
        Ok(v) => v.validate(),
        Err(_) => {
            let mut e = ValidationErrors::new();
            e.add("__serde__", err("serde"));
            Err(e)
        }
    }
}
