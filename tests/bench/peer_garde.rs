//! The three benchmarked operations written with `garde` 0.22 (`#[derive(Validate)]`), as
//! faithfully as it allows: serde `Deserialize` from the same bytes, then `.validate()`.
//!
//! - lengths: `length(utf16, …)` counts UTF-16 code units, as the crate does (garde's
//!   default, `simple`, would count UTF-8 bytes);
//! - money, enums, account name, password classes, coupon types: `custom` functions over the
//!   hand-written rules of `peer_rules.rs`;
//! - nested lists: `length` on the list plus `dive` into its items;
//! - cross-field rules: garde has no struct-level hook, so each is a `custom` rule on the
//!   field the crate reports it on, reading the other fields through `self` (one rule per
//!   cross check, so a field can get all of them, as in the crate).

use garde::Validate;
use serde::Deserialize;

use crate::peer_rules as rules;

type Res = garde::Result;

fn err(code: &'static str) -> garde::Error {
    garde::Error::new(code)
}

fn account_amount(value: &str, _: &()) -> Res {
    rules::money(value, rules::ACCOUNT_AMOUNT_MAX_CENTS).map_err(err)
}

fn yes_no(value: &str, _: &()) -> Res {
    rules::one_of(value, &["YES", "NO"]).map_err(err)
}

fn true_false(value: &Option<String>, _: &()) -> Res {
    // `""` means absent here.
    match value.as_deref() {
        None | Some("") => Ok(()),
        Some(v) => rules::one_of(v, &["true", "false"]).map_err(err),
    }
}

fn check_domain_name(value: &Option<String>, _: &()) -> Res {
    // `""` means absent (a random name).
    let Some(v) = value.as_deref().filter(|v| !v.is_empty()) else {
        return Ok(());
    };
    match v.encode_utf16().count() {
        ..5 => Err(err("too_short")),
        33.. => Err(err("too_long")),
        _ => rules::account_name(v).map_err(err),
    }
}

fn mobile_digits(value: &Option<String>, _: &()) -> Res {
    value.as_deref().map_or(Ok(()), |v| rules::mobile_digits(v).map_err(err))
}

fn password_classes(value: &Option<String>, _: &()) -> Res {
    value.as_deref().map_or(Ok(()), |v| rules::password_classes(v).map_err(err))
}

fn not_name(name: &Option<String>) -> impl FnOnce(&Option<String>, &()) -> Res + '_ {
    move |pw, _| pw.as_deref().map_or(Ok(()), |pw| rules::password_not_name(pw, name.as_deref()).map_err(err))
}

fn not_mobile(mobile: &Option<String>) -> impl FnOnce(&Option<String>, &()) -> Res + '_ {
    move |pw, _| pw.as_deref().map_or(Ok(()), |pw| rules::password_not_mobile(pw, mobile.as_deref()).map_err(err))
}

fn code_required(mobile: &Option<String>) -> impl FnOnce(&Option<String>, &()) -> Res + '_ {
    move |code, _| rules::code_required(code.as_deref(), mobile.as_deref()).map_err(err)
}

fn switch<T>(switch: &str) -> impl FnOnce(&Option<T>, &()) -> Res + '_ {
    move |list, _| rules::switch(switch, list.as_ref()).map_err(err)
}

fn coupon_type(value: &i64, _: &()) -> Res {
    rules::coupon_type(*value).map_err(err)
}

fn discount_type(value: &i64, _: &()) -> Res {
    rules::discount_type(*value).map_err(err)
}

/// ReclaimToPartnerAccount.
#[derive(Debug, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct Reclaim {
    #[garde(length(utf16, min = 1, max = 64))]
    customer_id: String,
    #[garde(custom(account_amount))]
    amount: String,
    #[garde(length(utf16, min = 1, max = 64))]
    indirect_partner_id: Option<String>,
}

/// CreateSubCustomer, every field.
#[derive(Debug, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct Create {
    #[garde(length(utf16, min = 1, max = 128))]
    xaccount_id: String,
    #[garde(length(utf16, min = 1, max = 64))]
    xaccount_type: String,
    #[garde(custom(check_domain_name))]
    domain_name: Option<String>,
    // `""` is a value.
    #[garde(length(utf16, max = 32), custom(mobile_digits))]
    mobile_phone: Option<String>,
    #[garde(length(utf16, equal = 6), custom(code_required(&self.mobile_phone)))]
    verification_code: Option<String>,
    #[garde(
        length(utf16, min = 8, max = 32),
        custom(password_classes),
        custom(not_name(&self.domain_name)),
        custom(not_mobile(&self.mobile_phone))
    )]
    password: Option<String>,
    #[garde(custom(true_false))]
    is_close_market_ms: Option<String>,
    // `""` means absent; any other text up to 64.
    #[garde(length(utf16, max = 64))]
    indirect_partner_id: Option<String>,
    #[garde(skip)]
    #[allow(dead_code)] // read by serde (its type is its only rule), never by a rule
    include_association_result: Option<bool>,
    #[garde(skip)]
    #[allow(dead_code)] // any text
    cooperation_type: Option<String>,
}

/// PayOrders (v3 body).
#[derive(Debug, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct Pay {
    #[garde(length(utf16, min = 1, max = 64))]
    order_id: String,
    #[garde(custom(yes_no))]
    use_coupon: String,
    #[garde(custom(yes_no))]
    use_discount: String,
    #[garde(length(min = 1, max = 3), dive, custom(switch(&self.use_coupon)))]
    coupon_infos: Option<Vec<Coupon>>,
    #[garde(length(min = 1, max = 1), dive, custom(switch(&self.use_discount)))]
    discount_infos: Option<Vec<Discount>>,
}

/// `coupon_infos[]`.
#[derive(Debug, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct Coupon {
    #[garde(length(utf16, min = 1, max = 64))]
    id: String,
    #[garde(custom(coupon_type))]
    r#type: i64,
}

/// `discount_infos[]`.
#[derive(Debug, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct Discount {
    #[garde(length(utf16, min = 1, max = 64))]
    id: String,
    #[garde(custom(discount_type))]
    r#type: i64,
}

/// The JSON Pointers of every error, sorted (`coupon_infos[1].id` → `/coupon_infos/1/id`).
pub fn pointers(report: &garde::Report) -> Vec<String> {
    let mut out: Vec<String> = report
        .iter()
        .map(|(path, _)| {
            // garde names a field as Rust spells it (`r#type`), not as the wire does.
            let dotted = path.to_string().replace("r#", "").replace('[', ".").replace(']', "");
            dotted.split('.').filter(|s| !s.is_empty()).fold(String::new(), |acc, s| acc + "/" + s)
        })
        .collect();
    out.sort();
    out
}

/// Bytes → verdict, as a server would run it (a serde error is one error at `/__serde__`).
pub fn check<T: for<'de> Deserialize<'de> + Validate<Context = ()>>(bytes: &[u8]) -> Result<(), garde::Report> {
    match serde_json::from_slice::<T>(bytes) {
        Ok(v) => v.validate(),
        Err(_) => {
            let mut r = garde::Report::new();
            r.append(garde::Path::new("__serde__"), err("serde"));
            Err(r)
        }
    }
}
