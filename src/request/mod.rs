//! Typed request structs, one per operation, for servers that want a struct rather than JSON.
//!
//! A struct is built from the body the rules just read, in the same pass: the JSON text is
//! read once into the body's one representation ([`crate::body::Doc`]), checked once by the
//! engine, and, when it is valid, each field is taken from the value the engine found for it.
//! Nothing is validated twice and no second tree is built; a struct exists only for a valid
//! body. The structs are generated from the spec tables (`generated.rs`, rewritten by
//! `BLESS=1 cargo test --test generated` and checked by the same test), so their fields
//! cannot drift from the rules.
//!
//! What a typed value means, field by field:
//! - `Option<T>` is `None` when the field is absent, `null`, or `""` where the doc says `""`
//!   means absent; `Some("")` where `""` is a value (`mobile_phone`, `memo`, …);
//! - amounts are exact [`Decimal`]s with the scale as written (`"10.50"` stays `10.50`) and
//!   serialize back as JSON strings;
//! - integers of GET operations given as query text (`"10"`) are numbers here.
//!
//! ```
//! use bss_validate::request::{from_slice, ReclaimToPartnerAccount, Rejection};
//! use bss_validate::Locale;
//! let req: ReclaimToPartnerAccount = from_slice(br#"{"customer_id": "c1", "amount": "10.50"}"#, Locale::En).unwrap();
//! assert_eq!(req.amount.to_string(), "10.50");
//! let Err(Rejection::Invalid(errors)) = from_slice::<ReclaimToPartnerAccount>(br#"{"customer_id": "c1", "amount": 0}"#, Locale::En) else { panic!() };
//! assert_eq!(errors[0].code.as_str(), "not_positive");
//! ```

mod generated;

pub use generated::*;
pub use rust_decimal::Decimal;
use serde::Serialize;

use crate::body::number::plain_notation;
use crate::body::{Doc, View};
use crate::engine::{self, MAX_FIELDS};
use crate::forms::normalize;
use crate::prelude::*;
use crate::rules::{integer, money};
use crate::spec::{self, Empty, Field};
use crate::{Locale, Options, Violation};

/// A typed request body of one operation.
pub trait Request: FromBody + Serialize {
    /// The operation's table.
    const OPERATION: &'static spec::Operation;
}

/// A struct built from an object of a valid body (a request, or an item of one of its lists).
pub trait FromBody: Sized {
    /// The struct, from the values of its fields; `None` only if a value is not of its field's
    /// type, which the rules have ruled out for a valid body.
    fn build(fields: &Fields<'_>) -> Option<Self>;
}

/// Why no struct came out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Rejection {
    /// The text is not one JSON document in UTF-8 (or nests deeper than 128 levels).
    #[error("the body is not JSON")]
    MalformedJson,
    /// The body breaks the operation's rules: every violation, in field order.
    #[error("the body breaks the rules ({} violations)", .0.len())]
    Invalid(Vec<Violation>),
    /// The body breaks the operation's rules in more places than [`Options::max_errors`]: the
    /// first violations found, in field order.
    #[error("the body breaks the rules (more than {} violations)", .0.len())]
    Truncated(Vec<Violation>),
}

/// Reads, validates and builds the typed request from JSON text, with messages in `locale`.
///
/// # Errors
/// A [`Rejection`]: not JSON, or the violations.
pub fn from_slice<T: Request>(json: &[u8], locale: Locale) -> Result<T, Rejection> {
    from_slice_with(json, &Options::locale(locale))
}

/// [`from_slice`] with options: the locale, and reading form input (normalisation, form
/// values), whose edits the struct then holds.
///
/// # Errors
/// A [`Rejection`]: not JSON, or the violations.
pub fn from_slice_with<T: Request>(json: &[u8], options: &Options) -> Result<T, Rejection> {
    let doc = core::str::from_utf8(json).ok().and_then(crate::body::json::read).ok_or(Rejection::MalformedJson)?;
    from_doc(&doc, options).map_err(|(errors, truncated)| if truncated { Rejection::Truncated(errors) } else { Rejection::Invalid(errors) })
}

/// Validates `input` and builds the typed request, or gives its violations (English).
///
/// ```
/// use bss_validate::request::{parse, ReclaimToPartnerAccount};
/// use serde_json::json;
/// let req: ReclaimToPartnerAccount = parse(&json!({ "customer_id": "c1", "amount": "10.50" })).unwrap();
/// assert_eq!(req.amount.to_string(), "10.50");
/// assert!(parse::<ReclaimToPartnerAccount>(&json!({ "customer_id": "c1", "amount": 0 })).is_err());
/// ```
///
/// # Errors
/// The violations of a body that breaks the rules.
pub fn parse<T: Request>(input: &serde_json::Value) -> Result<T, Vec<Violation>> {
    parse_with(input, &Options::default())
}

/// [`parse`] with options.
///
/// # Errors
/// The violations of a body that breaks the rules (with [`Options::max_errors`], at most
/// that many: use [`from_slice_with`] to learn whether there were more).
pub fn parse_with<T: Request>(input: &serde_json::Value, options: &Options) -> Result<T, Vec<Violation>> {
    from_doc(&crate::body::serde::read(input), options).map_err(|(errors, _)| errors)
}

/// The typed request of a read body: prepared if asked, checked once, built from the values
/// the check found; or the violations, and whether `max_errors` cut them short.
pub(crate) fn from_doc<T: Request>(doc: &Doc<'_>, options: &Options) -> Result<T, (Vec<Violation>, bool)> {
    let op = T::OPERATION;
    let prepared = options.prep().map(|prep| normalize::prepare(op, doc, prep).0);
    let (report, slots) = engine::run(op, doc, prepared.as_ref().unwrap_or(doc), options.form, options.max_errors);
    if report.truncated() {
        return Err((crate::violations(report.into_items(), options.locale), true));
    }
    let items = report.into_items();
    if !items.is_empty() {
        return Err((crate::violations(items, options.locale), false));
    }
    let fields = Fields { table: op.fields, values: slots.map(|(v, _)| v) };
    T::build(&fields).ok_or_else(|| {
        // Unreachable for a valid body (a test builds every valid vector into its struct);
        // reported as data all the same, never as a panic.
        let fail = crate::report::fail!(crate::Code::WrongType, expected: "object");
        (crate::violations(Vec::from([(String::new(), fail)]), options.locale), false)
    })
}

/// The values of an object's fields, by their index in its table, as a builder reads them.
pub struct Fields<'v> {
    table: &'static [Field],
    values: [Option<View<'v>>; MAX_FIELDS],
}

impl<'v> Fields<'v> {
    /// The fields of an object (an item of a list), a repeated key read from its last occurrence.
    fn of(table: &'static [Field], value: View<'v>) -> Option<Self> {
        let mut values = [None; MAX_FIELDS];
        for (key, v) in value.as_object()?.iter() {
            if let Some(slot) = table.iter().position(|f| f.name == key).and_then(|i| values.get_mut(i)) {
                *slot = Some(v);
            }
        }
        Some(Fields { table, values })
    }

    /// The value of field `i` when it counts as given: not absent, not `null`, and not `""`
    /// where `""` means absent.
    fn given(&self, i: usize) -> Option<View<'v>> {
        let v = (*self.values.get(i)?)?;
        let absent = v.is_null() || (v.as_str() == Some("") && self.table.get(i).is_some_and(|f| f.presence.empty() == Empty::Absent));
        (!absent).then_some(v)
    }

    /// A string.
    pub fn text(&self, i: usize) -> Option<String> {
        self.given(i)?.as_str().map(str::to_owned)
    }

    /// An integer: a number, or (query text) its canonical text.
    pub fn int(&self, i: usize) -> Option<i64> {
        int(self.given(i)?)
    }

    /// A boolean.
    pub fn flag(&self, i: usize) -> Option<bool> {
        self.given(i)?.as_bool()
    }

    /// An amount, exactly as written.
    pub fn amount(&self, i: usize) -> Option<Decimal> {
        match self.given(i)? {
            View::String(s) => money::value_of(s),
            View::Number(n) => money::value_of(&plain_notation(n)),
            _ => None,
        }
    }

    /// A non-money decimal, as its exact text (a JSON number by its ECMAScript text in plain
    /// notation): no bound holds it within `Decimal`'s 28 digits.
    pub fn decimal(&self, i: usize) -> Option<String> {
        match self.given(i)? {
            View::String(s) => Some(s.to_owned()),
            View::Number(n) => Some(plain_notation(n).into_owned()),
            _ => None,
        }
    }

    /// An object with its own fields.
    pub fn object<T: FromBody>(&self, i: usize) -> Option<T> {
        let spec::Kind::Object(table) = &self.table.get(i)?.kind else { return None };
        T::build(&Fields::of(table, self.given(i)?)?)
    }

    /// A list of strings.
    pub fn texts(&self, i: usize) -> Option<Vec<String>> {
        self.given(i)?.as_array()?.iter().map(|v| v.as_str().map(str::to_owned)).collect()
    }

    /// A list of integers.
    pub fn ints(&self, i: usize) -> Option<Vec<i64>> {
        self.given(i)?.as_array()?.iter().map(int).collect()
    }

    /// A list of objects.
    pub fn items<T: FromBody>(&self, i: usize) -> Option<Vec<T>> {
        let spec::Kind::List { item: spec::Kind::Object(table), .. } = &self.table.get(i)?.kind else { return None };
        self.given(i)?.as_array()?.iter().map(|v| T::build(&Fields::of(table, v)?)).collect()
    }
}

fn int(v: View<'_>) -> Option<i64> {
    match v {
        View::Number(n) => integer::from_number(n).ok(),
        View::String(s) => integer::from_text(s).ok(),
        _ => None,
    }
}

/// Serde for amounts: written as an exact JSON string with its scale (`"10.50"`).
pub mod amount {
    use rust_decimal::Decimal;
    use serde::Serializer;

    /// Writes the amount as a string with its scale.
    pub fn serialize<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(value)
    }
}
