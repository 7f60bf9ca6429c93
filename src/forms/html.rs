//! HTML attributes for a form's controls, derived from the spec tables (nothing here holds a
//! bound of its own).
//!
//! - `maxlength` / `minlength`: the documented lengths. HTML counts UTF-16 code units, as the
//!   rules do, so the browser's limit and the rule agree exactly.
//! - `required`: the field is required (conditional fields are not: their cross rules say).
//! - `inputmode`: `decimal` for amounts, `numeric` for integers, mobile numbers and codes,
//!   `email` for e-mail.
//! - `type`: `email`, `tel`, `password`, `checkbox` where the control's kind is clear.
//! - `pattern`: only where the regular expression *is* the whole rule with the lengths: bare
//!   mobile numbers (`[0-9]*`) and account names. It is matched with the `v` flag, anchored.
//! - `autocomplete`: `email`, `tel-national` / `tel`, `username`, `new-password`,
//!   `one-time-code`.
//!
//! Names are form names: the wire name (`amount`), and for fields of list items
//! `coupon_infos.*.id` (`*` for any index; a form names them `coupon_infos.0.id`). The
//! attribute names are HTML's; [`jsx_name`] gives React's spelling of each.
//!
//! ```
//! let attrs = bss_validate::html::attributes(bss_validate::spec::find("ReclaimToPartnerAccount").unwrap());
//! let amount = &attrs.iter().find(|(n, _)| n == "amount").unwrap().1;
//! assert!(amount.contains(&("inputmode", bss_validate::html::Attr::Str("decimal"))));
//! ```

use crate::prelude::*;
use crate::spec::{Field, Format, Kind, Operation, Presence};

/// An attribute value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attr {
    /// A boolean attribute that is present (`required`).
    Flag,
    /// A number (`maxlength`).
    Num(u32),
    /// Text.
    Str(&'static str),
}

/// The attributes of one control.
pub type Attrs = Vec<(&'static str, Attr)>;

/// Every control of `op`'s form with its attributes, in table order.
pub fn attributes(op: &Operation) -> Vec<(String, Attrs)> {
    let mut out = Vec::new();
    fields(op.fields, "", &mut out);
    out
}

fn fields(fields: &[Field], base: &str, out: &mut Vec<(String, Attrs)>) {
    for f in fields {
        let mut name = String::from(base);
        name.push_str(f.name);
        control(&f.kind, f.presence == Presence::Required, name, out);
    }
}

fn control(kind: &Kind, required: bool, name: String, out: &mut Vec<(String, Attrs)>) {
    let mut a: Attrs = Vec::new();
    if required {
        a.push(("required", Attr::Flag));
    }
    match kind {
        Kind::Text { min, max, format } => {
            lengths(&mut a, *min, *max);
            match format {
                Some(Format::Email) => {
                    a.extend([("type", Attr::Str("email")), ("inputmode", Attr::Str("email")), ("autocomplete", Attr::Str("email"))])
                }
                Some(Format::MobileDigits) => a.extend([
                    ("type", Attr::Str("tel")),
                    ("inputmode", Attr::Str("numeric")),
                    ("pattern", Attr::Str("[0-9]*")),
                    ("autocomplete", Attr::Str("tel-national")),
                ]),
                Some(Format::Date) => a.push(("type", Attr::Str("date"))),
                Some(Format::BankAccount) => a.extend([("inputmode", Attr::Str("numeric")), ("pattern", Attr::Str("[0-9A-Za-z][0-9A-Za-z\\-]*"))]),
                Some(Format::Code) => a.extend([("inputmode", Attr::Str("numeric")), ("autocomplete", Attr::Str("one-time-code"))]),
                _ => {}
            }
        }
        Kind::AccountName(rule) => {
            lengths(&mut a, rule.min, Some(rule.max));
            a.extend([("pattern", Attr::Str(account_name_pattern(rule.lead))), ("autocomplete", Attr::Str("username"))]);
        }
        Kind::Password(rule) => {
            lengths(&mut a, rule.min, Some(rule.max));
            a.extend([("type", Attr::Str("password")), ("autocomplete", Attr::Str("new-password"))]);
        }
        Kind::Money(_) | Kind::Decimal => a.push(("inputmode", Attr::Str("decimal"))),
        Kind::Int { .. } => a.push(("inputmode", Attr::Str("numeric"))),
        Kind::Bool => a.push(("type", Attr::Str("checkbox"))),
        Kind::Choice { .. } | Kind::IntChoice(_) => {}
        Kind::List { item, .. } => {
            let mut base = name.clone();
            base.push_str(".*");
            match item {
                Kind::Object(inner) => {
                    base.push('.');
                    fields(inner, &base, out);
                }
                other => control(other, false, base, out),
            }
            return;
        }
        Kind::Object(inner) => {
            let mut base = name;
            base.push('.');
            fields(inner, &base, out);
            return;
        }
    }
    out.push((name, a));
}

/// An attribute's name as React spells its DOM prop (`maxLength`), for spreading the
/// attributes into JSX, where React warns of the HTML spelling; the others are spelt alike.
pub fn jsx_name(attr: &'static str) -> &'static str {
    const JSX: [(&str, &str); 4] =
        [("maxlength", "maxLength"), ("minlength", "minLength"), ("inputmode", "inputMode"), ("autocomplete", "autoComplete")];
    JSX.iter().find(|(html, _)| *html == attr).map_or(attr, |(_, jsx)| jsx)
}

/// The attributes as the npm package's `htmlAttributes` gives them:
/// `{"<control>": {"<attribute>": true | number | "text"}}`; with `jsx`, each attribute named
/// as React's DOM prop.
#[cfg(feature = "std")]
pub fn to_json(controls: &[(String, Attrs)], jsx: bool) -> serde_json::Value {
    let attrs = |a: &Attrs| {
        a.iter()
            .map(|(k, v)| {
                let value = match v {
                    Attr::Flag => serde_json::Value::Bool(true),
                    Attr::Num(n) => serde_json::Value::from(*n),
                    Attr::Str(s) => serde_json::Value::from(*s),
                };
                ((if jsx { jsx_name(k) } else { k }).to_owned(), value)
            })
            .collect()
    };
    serde_json::Value::Object(controls.iter().map(|(name, a)| (name.clone(), serde_json::Value::Object(attrs(a)))).collect())
}

fn lengths(a: &mut Attrs, min: u32, max: Option<u32>) {
    if min > 0 {
        a.push(("minlength", Attr::Num(min)));
    }
    if let Some(max) = max {
        a.push(("maxlength", Attr::Num(max)));
    }
}

/// The account-name rule as an HTML pattern (with `minlength`/`maxlength` it is the whole
/// rule): no reserved prefix, a first character from the rule's set, then letters, digits,
/// `_` and `-`. The reserved prefixes and lead sets are the two rules' own constants.
pub fn account_name_pattern(lead: &str) -> &'static str {
    // Written out for the two rules there are; a test rebuilds both from the constants.
    if lead.bytes().any(|b| b == b'_') { "(?!op_|shadow_)[a-zA-Z_\\-][a-zA-Z0-9_\\-]*" } else { "(?!op_|shadow_)[a-zA-Z\\-][a-zA-Z0-9_\\-]*" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::{RESERVED_NAME_PREFIXES, check_user_identity, create_sub_customer};

    #[test]
    fn account_name_patterns_come_from_the_rule_constants() {
        for rule in [check_user_identity::NAME, create_sub_customer::DOMAIN_NAME] {
            assert_eq!(rule.reserved, RESERVED_NAME_PREFIXES);
            let lead: String = rule.lead.chars().map(|c| if c == '-' { "\\-".to_owned() } else { c.to_string() }).collect();
            let want = format!("(?!{})[a-zA-Z{lead}][a-zA-Z0-9_\\-]*", rule.reserved.join("|"));
            assert_eq!(account_name_pattern(rule.lead), want);
        }
    }
}
