//! Typed request structs, one per operation, for servers that want a struct rather than JSON.
//!
//! [`parse`] validates first, with exactly the rules of [`crate::validate`], and only then
//! deserializes, so a struct exists only for a valid body. The structs are generated from the
//! spec tables (`generated.rs`, rewritten by `BLESS=1 cargo test --test generated` and checked
//! by the same test), so their fields cannot drift from the rules.
//!
//! What a typed value means, field by field:
//! - `Option<T>` is `None` when the field is absent, `null`, or `""` where the doc says `""`
//!   means absent; `Some("")` where `""` is a value (`mobile_phone`, `memo`, …);
//! - amounts are exact [`Decimal`]s with the scale as written (`"10.50"` stays `10.50`) and
//!   serialize back as JSON strings;
//! - integers of GET operations given as query text (`"10"`) are numbers here.
//!
//! ```
//! use bss_validate::request::{parse, ReclaimToPartnerAccount};
//! use serde_json::json;
//! let req: ReclaimToPartnerAccount = parse(&json!({ "customer_id": "c1", "amount": "10.50" })).unwrap();
//! assert_eq!(req.amount.to_string(), "10.50");
//! assert!(parse::<ReclaimToPartnerAccount>(&json!({ "customer_id": "c1", "amount": 0 })).is_err());
//! ```

mod generated;

pub use generated::*;
pub use rust_decimal::Decimal;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::rules::integer;
use crate::spec::{self, Empty, Kind};
use crate::{Options, Outcome};

/// A typed request body of one operation.
pub trait Request: DeserializeOwned + Serialize {
    /// The operation's table.
    const OPERATION: &'static spec::Operation;
}

/// Validates `input` and returns the typed request, or the [`Outcome`] with its violations.
///
/// # Errors
/// The outcome of a body that breaks the rules (English messages).
pub fn parse<T: Request>(input: &Value) -> Result<T, Box<Outcome>> {
    parse_with(input, &Options::default())
}

/// [`parse`] with options (the message locale of the errors).
///
/// # Errors
/// The outcome of a body that breaks the rules.
pub fn parse_with<T: Request>(input: &Value, options: &Options) -> Result<T, Box<Outcome>> {
    let op = T::OPERATION;
    let refused = |items| Box::new(Outcome { ok: false, value: None, errors: crate::violations(items, options.locale), changes: None });
    let items = crate::engine::check(op, &crate::body::serde::read(input), false);
    if !items.is_empty() {
        return Err(refused(items));
    }
    T::deserialize(meaning(op, input)).map_err(|_| {
        // Unreachable for a valid body (a test parses every valid vector into its struct);
        // reported as data all the same, never as a panic.
        let params = crate::Params { expected: Some("object"), ..crate::Params::default() };
        refused(vec![(String::new(), crate::report::Fail::with(crate::Code::WrongType, params))])
    })
}

/// The body as the typed struct reads it: keys that count as absent are dropped, and integers
/// are plain JSON integers (`3.0` and query text `"3"` read as 3, as the rules read them).
fn meaning(op: &spec::Operation, input: &Value) -> Value {
    match input {
        Value::Object(map) => object_meaning(op.fields, map),
        other => other.clone(),
    }
}

fn object_meaning(fields: &[spec::Field], map: &Map<String, Value>) -> Value {
    let mut out = Map::new();
    for (key, value) in map {
        let Some(field) = fields.iter().find(|f| f.name == key.as_str()) else { continue };
        if value.is_null() || (field.presence.empty() == Empty::Absent && value.as_str() == Some("")) {
            continue;
        }
        out.insert(key.clone(), value_meaning(&field.kind, value));
    }
    Value::Object(out)
}

fn value_meaning(kind: &Kind, value: &Value) -> Value {
    match (kind, value) {
        (Kind::Int { .. } | Kind::IntChoice(_), v) => {
            let i = match v {
                Value::String(s) => integer::from_text(s).ok(),
                Value::Number(n) => integer::from_number(&number_text(n)).ok(),
                _ => None,
            };
            i.map_or_else(|| v.clone(), Value::from)
        }
        (Kind::List { item, .. }, Value::Array(items)) => Value::Array(items.iter().map(|v| value_meaning(item, v)).collect()),
        (Kind::Object(fields), Value::Object(map)) => object_meaning(fields, map),
        (_, v) => v.clone(),
    }
}

/// A JSON number's ECMAScript text, as the rules read it.
fn number_text(n: &serde_json::Number) -> String {
    let doc = crate::body::serde::read(&Value::Number(n.clone()));
    match doc.root() {
        crate::body::View::Number(t) => t.to_owned(),
        _ => String::new(),
    }
}

/// Serde for amounts: read from a JSON string or number through the money grammar (the body
/// was validated before), written as an exact JSON string.
pub mod amount {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    /// Writes the amount as a string with its scale (`"10.50"`).
    pub fn serialize<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(value)
    }

    /// Reads an amount as [`crate::rules::money`] does, without bounds.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        let text = match serde_json::Value::deserialize(d)? {
            serde_json::Value::String(s) => s,
            serde_json::Value::Number(n) => crate::body::number::plain_notation(&super::number_text(&n)).into_owned(),
            _ => return Err(D::Error::custom("not an amount")),
        };
        Decimal::from_str_exact(&text).map_err(D::Error::custom)
    }
}
