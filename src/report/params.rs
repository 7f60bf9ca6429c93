//! The figures of a violation ([`Params`]): bounds, counts, formats and field names, never the
//! input text.

use serde::Serialize;

use crate::prelude::*;
use crate::report::shape::shape;

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

shape! {
    /// The figures of a violation. Only the keys a code documents are set; the rest are left
    /// out of the JSON. Params never echo the input text (passwords, phone numbers): only
    /// bounds, counts, formats and field names.
    #[derive(Default)]
    pub struct Params {
        /// The JSON type that was expected: `object`, `array`, `string`, `integer`, `boolean`, `decimal`.
        pub expected: Option<&'static str> => "\"object\" | \"array\" | \"string\" | \"integer\" | \"boolean\" | \"decimal\"",
        /// Inclusive lower bound: integer bounds are numbers, amount bounds exact decimal strings.
        pub min: Option<Num> => "number | string",
        /// Inclusive upper bound: integer bounds are numbers, amount bounds exact decimal strings.
        pub max: Option<Num> => "number | string",
        /// The observed figure: a length, an item count, a scale, a number of character classes.
        pub actual: Option<i64> => "number",
        /// The unit of `min`/`max`/`actual`: `utf16` (UTF-16 code units, as `.length` and `maxlength` count) for lengths, `year` for windows.
        pub unit: Option<&'static str> => "\"utf16\" | \"year\"",
        /// The most decimals an amount may have.
        pub max_scale: Option<u32> => "number",
        /// The values the field accepts.
        pub allowed: Option<Allowed> => "readonly string[] | readonly number[]",
        /// The name of the expected format (see the README's format list).
        pub format: Option<&'static str> => "string",
        /// A reserved prefix the value starts with.
        pub prefix: Option<&'static str> => "string",
        /// JSON Pointer of the other field a cross-field rule read.
        pub field: Option<String> => "string",
        /// The value of `field` that triggered the rule (an enum value, never free text).
        pub value: Option<Scalar> => "string | number",
        /// For `password_matches_account_name`: whether it is the reversed name.
        pub reversed: Option<bool> => "boolean",
        /// The least number of character classes a password needs.
        pub min_classes: Option<u32> => "number",
        /// For `unknown_field`: the wire name that the key probably meant.
        pub suggestion: Option<&'static str> => "string",
        /// Why a business rule fired (`registered_over_limit`, `cash_spend`).
        pub reason: Option<&'static str> => "string",
        /// A limit in days (association rules).
        pub max_days: Option<i64> => "number",
    }
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
