//! The figures of a violation ([`Params`]): bounds, counts, formats and field names, never the
//! input text.

use serde::Serialize;

use crate::prelude::*;

/// A bound or an observed figure: integers stay JSON numbers, amounts are exact decimal strings
/// (a money bound like `999999999.99` must not pass through a float on its way to JS).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Num {
    /// An integer: a length, a count, an integer bound.
    Int(i64),
    /// An exact decimal, written as text: a money bound.
    Dec(&'static str),
}

/// A list of allowed values, strings or integers as the field has them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Allowed {
    /// String enum values, e.g. `["YES", "NO"]`.
    Strs(&'static [&'static str]),
    /// Integer enum values, e.g. `[300, 301, 302, 303]`.
    Ints(&'static [i64]),
}

/// A value a cross-field rule names in its params (`field` was `value`): an enum value or an
/// integer of the table, never free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Scalar {
    /// A string enum value, e.g. `"YES"`.
    Str(&'static str),
    /// An integer, e.g. `18`.
    Int(i64),
}

impl From<&'static str> for Scalar {
    fn from(s: &'static str) -> Self {
        Scalar::Str(s)
    }
}

impl From<i64> for Scalar {
    fn from(i: i64) -> Self {
        Scalar::Int(i)
    }
}

/// The figures of a violation. Only the keys a code documents are set; the rest are left
/// out of the JSON. Params never echo the input text (passwords, phone numbers): only
/// bounds, counts, formats and field names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Params {
    /// The JSON type that was expected: `object`, `array`, `string`, `integer`, `boolean`, `decimal`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<&'static str>,
    /// Inclusive lower bound.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<Num>,
    /// Inclusive upper bound.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<Num>,
    /// The observed figure: a length, an item count, a scale, a number of character classes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actual: Option<i64>,
    /// The unit of `min`/`max`/`actual`: `utf16` (UTF-16 code units) for lengths, `year` for windows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'static str>,
    /// The most decimals an amount may have.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_scale: Option<u32>,
    /// The values the field accepts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed: Option<Allowed>,
    /// The name of the expected format (see the README's format list).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<&'static str>,
    /// A reserved prefix the value starts with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix: Option<&'static str>,
    /// JSON Pointer of the other field a cross-field rule read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The value of `field` that triggered the rule (an enum value, never free text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Scalar>,
    /// For `password_matches_account_name`: whether it is the reversed name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reversed: Option<bool>,
    /// The least number of character classes a password needs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_classes: Option<u32>,
    /// For `unknown_field`: the wire name that the key probably meant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<&'static str>,
    /// Why a business rule fired (`registered_over_limit`, `cash_spend`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
    /// A limit in days (association rules).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_days: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_leave_out_unset_keys() {
        let p = Params { max: Some(Num::Dec("999999999.99")), ..Params::default() };
        assert_eq!(serde_json::to_string(&p).unwrap(), r#"{"max":"999999999.99"}"#);
        let p = Params { max: Some(Num::Int(64)), unit: Some("utf16"), ..Params::default() };
        assert_eq!(serde_json::to_string(&p).unwrap(), r#"{"max":64,"unit":"utf16"}"#);
    }
}
