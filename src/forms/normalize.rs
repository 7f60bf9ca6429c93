//! Form input, turned into what the endpoint takes, and nothing more: normalisation of what
//! a person types ([`crate::Options::normalize`]), and the reading of a form's values
//! ([`crate::Options::form`], see [`Prep::form`]), both in [`prepare`]. Each is an explicit
//! option; plain validation never changes input.
//!
//! Each normalisation is listed (`path`, `from`, `to`). Only string values of these fields change:
//!
//! | Field | Change |
//! |---|---|
//! | amounts (`amount`, `face_value`, `quota_amount`) | surrounding white space trimmed; full-width digits and point (`１２．５０`, from Chinese IMEs) → ASCII |
//! | verification codes | trimmed; full-width digits → ASCII |
//! | bare mobile numbers (CreateSubCustomer, SendVerificationMessageCode) | trimmed; full-width → ASCII; spaces and `-` inside and a `+86` / `0086` prefix dropped, when digits are left: `+86 138 0013 8000` → `13800138000` |
//! | CheckUserIdentity `search_value` when `search_type` is `mobile` | the same, then written `0086-…` (an 11-digit number starting with 1 is a mainland mobile): `+86 138 0013 8000` → `0086-13800138000` |
//! | e-mail, account names, UTC times, months (and `search_value` searching an e-mail or name) | trimmed |
//!
//! Trimming removes Unicode white space (U+3000 included) at both ends, only in fields whose
//! format allows no white space at all, so it can never change a value the endpoint would
//! take. IDs, free text, passwords and enum values are never touched.
//!
//! ```
//! use bss_validate::{json, normalize};
//! let body = json::parse(r#"{"customer_id": "c1", "amount": " １２．５０ "}"#).unwrap();
//! let (value, changes) = normalize::normalize(bss_validate::spec::find("ReclaimToPartnerAccount").unwrap(), &body);
//! assert_eq!(value.get("amount").and_then(|v| v.as_str()), Some("12.50"));
//! assert_eq!((changes[0].path.as_str(), changes[0].to.as_str()), ("/amount", "12.50"));
//! ```

use serde::Serialize;

use crate::body::value::{Map, Number, Value};
use crate::prelude::*;
use crate::report::pointer;
use crate::rules::integer;
use crate::spec::{Field, Format, Kind, Operation, Presence, check_user_identity};

/// One change normalisation made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// JSON Pointer of the value.
    pub path: String,
    /// The value as given.
    pub from: String,
    /// The value as normalised.
    pub to: String,
}

/// What a field's text is normalised as.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Amounts and verification codes: trim, full-width digits and point.
    Digits,
    /// A bare mobile number.
    Mobile,
    /// A mobile number with its country code (`0086-…`).
    MobileWithCode,
    /// Text whose format allows no white space: trim only.
    Trim,
}

/// The body with the form-input normalisations applied, and the list of changes.
pub fn normalize(op: &Operation, input: &Value) -> (Value, Vec<Change>) {
    prepare(op, input, Prep { form: false, text: true })
}

/// What [`prepare`] does to a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prep {
    /// Read the body as a form's values ([`crate::Options::form`]): a field whose value is
    /// `""` is left out (a form cannot send "nothing" but as an empty control), so is a list
    /// with no filled row where the field may be absent; blank rows at a list's end are
    /// dropped; the canonical text of an integer in an integer field becomes that integer.
    pub form: bool,
    /// The text normalisations of the table above, each change listed.
    pub text: bool,
}

/// The body a form's input stands for: [`Prep`] says which readings apply. Only fields of the
/// tables are touched; unknown keys stay, for the rules to report.
///
/// ```
/// use bss_validate::{json, normalize::{prepare, Prep}};
/// let op = bss_validate::spec::find("RenewalResources").unwrap();
/// let form = json::parse(r#"{"resource_ids": ["r1"], "period_type": "2", "period_num": "1", "is_auto_pay": ""}"#).unwrap();
/// let (body, changes) = prepare(op, &form, Prep { form: true, text: true });
/// assert_eq!(body, json::parse(r#"{"resource_ids": ["r1"], "period_type": 2, "period_num": 1}"#).unwrap());
/// assert!(changes.is_empty());
/// ```
pub fn prepare(op: &Operation, input: &Value, prep: Prep) -> (Value, Vec<Change>) {
    let mut changes = Vec::new();
    let Value::Object(map) = input else {
        return (input.clone(), changes);
    };
    // CheckUserIdentity's `search_value` is read by `search_type`: a mobile, or an e-mail or
    // account name (neither of which allows white space).
    let search = match map.get("search_type").and_then(Value::as_str) {
        _ if op.name != check_user_identity::OP.name => None,
        Some("mobile") => Some(Class::MobileWithCode),
        Some("email" | "name") => Some(Class::Trim),
        _ => None,
    };
    let value = object(op.fields, map, "", &mut changes, search, prep);
    (value, changes)
}

fn object(fields: &[Field], map: &Map, base: &str, changes: &mut Vec<Change>, search: Option<Class>, prep: Prep) -> Value {
    let mut out = Vec::new();
    for (key, v) in map.iter() {
        let Some(f) = fields.iter().find(|f| f.name == key) else {
            out.push((key.clone(), v.clone()));
            continue;
        };
        let class = if search.is_some() && f.name == "search_value" { search } else { class_of(&f.kind) };
        let new = value(&f.kind, class, v, &pointer::push(base, key), changes, prep);
        // Blank after trimming counts as blank: a control holding only spaces is empty. A
        // list with no filled row is not given where the field may be left out (a required
        // one stays, for its rules: `[]` is a value of some).
        let blank = match &new {
            Value::String(s) => s.is_empty(),
            Value::Array(items) => items.is_empty() && f.presence != Presence::Required,
            _ => false,
        };
        if !(prep.form && blank) {
            out.push((key.clone(), new));
        }
    }
    Value::Object(Map::from_members(out))
}

fn value(kind: &Kind, class: Option<Class>, v: &Value, path: &str, changes: &mut Vec<Change>, prep: Prep) -> Value {
    match (kind, v) {
        // Only an integer's own text (`"20"`, not `"020"` or `"+20"`): anything else stays
        // text, for the rule to report. Such text is the number's ECMAScript text as well, up
        // to 2^53, far beyond the bounds of every integer field.
        (Kind::Int { .. } | Kind::IntChoice(_), Value::String(s)) if prep.form && integer::from_json(v, true).is_ok() => {
            Value::Number(Number::from_canonical(s.clone()))
        }
        (_, Value::String(s)) => match class.filter(|_| prep.text).map(|c| text(c, s)) {
            Some(to) if to != *s => {
                changes.push(Change { path: path.to_owned(), from: s.clone(), to: to.clone() });
                Value::String(to)
            }
            _ => v.clone(),
        },
        (Kind::List { item, .. }, Value::Array(items)) => {
            let mut items: Vec<Value> =
                items.iter().enumerate().map(|(i, x)| value(item, class_of(item), x, &pointer::push_index(path, i), changes, prep)).collect();
            // A form's spare rows: blank items at the end are not items. Blank ones before a
            // filled one stay, so that each error's index is its row's.
            while prep.form && items.last().is_some_and(|x| x.is_null() || x.as_str() == Some("") || x.as_object().is_some_and(Map::is_empty)) {
                items.pop();
            }
            Value::Array(items)
        }
        (Kind::Object(fields), Value::Object(map)) => object(fields, map, path, changes, None, prep),
        _ => v.clone(),
    }
}

fn class_of(kind: &Kind) -> Option<Class> {
    match kind {
        Kind::Money(_) => Some(Class::Digits),
        Kind::AccountName(_) => Some(Class::Trim),
        Kind::Text { format: Some(Format::Code), .. } => Some(Class::Digits),
        Kind::Text { format: Some(Format::MobileDigits), .. } => Some(Class::Mobile),
        Kind::Text { format: Some(Format::Email | Format::Utc | Format::YearMonth), .. } => Some(Class::Trim),
        _ => None,
    }
}

fn text(class: Class, s: &str) -> String {
    let trimmed = s.trim();
    match class {
        Class::Trim => trimmed.to_owned(),
        Class::Digits => trimmed.chars().map(half_width).collect(),
        Class::Mobile | Class::MobileWithCode => {
            let half: String = trimmed.chars().map(half_width).collect();
            // Separators out; then a `+86` / `0086` prefix, as often as it is repeated
            // (`+86 0086 …`): dropped once only, the next pass would drop the rest, so a
            // normalised value sent to a normalising server would change again.
            let packed: String = half.chars().filter(|c| !(c.is_whitespace() || *c == '-')).collect();
            let mut national = None;
            let mut digits = packed.as_str();
            while let Some(rest) = digits.strip_prefix("+86").or_else(|| digits.strip_prefix("0086")) {
                national = Some(rest);
                digits = rest;
            }
            let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
            let mainland = digits.len() == 11 && digits.starts_with('1');
            match class {
                Class::Mobile if all_digits => digits.to_owned(),
                Class::MobileWithCode if all_digits && (national.is_some() || mainland) => {
                    let mut out = String::from("0086-");
                    out.push_str(digits);
                    out
                }
                _ => half,
            }
        }
    }
}

/// Full-width digits, point, plus and minus (U+FF10–FF19, U+FF0E, U+FF0B, U+FF0D) as ASCII.
fn half_width(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - 0xFF10 + u32::from(b'0')).unwrap_or(c),
        '．' => '.',
        '＋' => '+',
        '－' => '-',
        c => c,
    }
}
