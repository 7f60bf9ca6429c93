//! The two kinds of failure, never mixed: a request that breaks the rules gives
//! [`Violation`]s (data, returned, collected all at once), while a call that cannot be
//! answered at all (an operation name this crate does not know) gives an [`Error`].

use serde::Serialize;

use crate::prelude::*;

/// A call that cannot be answered. Bad *input* is never an `Error`: it is a violation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The operation name is not one of [`crate::operations`]. Names are Huawei's SDK names,
    /// case-sensitive (`ReclaimToPartnerAccount`, not `reclaimToPartnerAccount`).
    #[error("unknown operation `{0}`")]
    UnknownOperation(String),
    /// The text given to [`crate::check_json`] is not one JSON document in UTF-8 (or nests
    /// deeper than 128 levels); see [`crate::json::parse`].
    #[error("the body is not JSON")]
    MalformedJson,
}

impl Error {
    /// The stable code of this error, as the JS package puts it on the thrown `TypeError`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::UnknownOperation(_) => "unknown_operation",
            Error::MalformedJson => "malformed_json",
        }
    }
}

macro_rules! codes {
    ($( #[doc = $doc:literal] $variant:ident = $name:literal, params: $params:literal; )*) => {
        /// A stable, machine-readable violation code. Serialized as its snake_case name.
        ///
        /// Once published a code never changes meaning or spelling; new rules get new codes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Code {
            $( #[doc = $doc] $variant, )*
        }

        impl Code {
            /// Every code, in the order the README documents them.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The wire name, e.g. `"too_long"`.
            pub const fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }

            /// What the code means (its doc comment), for the README's code table.
            pub const fn summary(self) -> &'static str {
                match self { $(Code::$variant => $doc,)* }
            }

            /// The names of the params this code carries (some are optional), for the docs.
            pub const fn params_doc(self) -> &'static str {
                match self { $(Code::$variant => $params,)* }
            }
        }
    };
}

codes! {
    /// Absent or `null` where a value is needed; `params.field` names the field that made a conditional field required.
    Required = "required", params: "field?, value?";
    /// `""` where the field does not accept an empty string (the doc's 不支持携带值为空串).
    Empty = "empty", params: "";
    /// The JSON type is wrong (a number for a string field, a string for an integer in a body, …).
    WrongType = "wrong_type", params: "expected";
    /// Shorter than `min` UTF-16 code units.
    TooShort = "too_short", params: "min, actual, unit";
    /// Longer than `max` UTF-16 code units.
    TooLong = "too_long", params: "max, actual, unit";
    /// An amount whose text is not plain digits with an optional decimal point: exponent, `+`, `_`, `.5`, `5.`, `007`, spaces, …
    NotADecimal = "not_a_decimal", params: "format";
    /// An amount with more than `max_scale` decimals, trailing zeros included (`1.000`).
    TooManyDecimals = "too_many_decimals", params: "max_scale, actual";
    /// An amount that is zero or negative; the doc says 取值大于0.
    NotPositive = "not_positive", params: "";
    /// Below the inclusive minimum `min` (a string for amounts, a number for integers).
    TooSmall = "too_small", params: "min";
    /// Above the inclusive maximum `max` (a string for amounts, a number for integers).
    TooLarge = "too_large", params: "max";
    /// A number with a fraction, or text that is not a canonical integer, where an integer is needed.
    NotAnInteger = "not_an_integer", params: "";
    /// Not one of the `allowed` values (exact, case-sensitive).
    NotOneOf = "not_one_of", params: "allowed";
    /// Does not have the `format` the field needs (see the README's format list).
    InvalidFormat = "invalid_format", params: "format";
    /// A list with fewer than `min` items.
    TooFewItems = "too_few_items", params: "min, actual";
    /// A list with more than `max` items.
    TooManyItems = "too_many_items", params: "max, actual";
    /// A key the operation does not have; `suggestion` names the wire name it probably meant.
    UnknownField = "unknown_field", params: "suggestion?";
    /// Present where it must not be; `field` and `value` name the field that forbids it.
    Forbidden = "forbidden", params: "field, value?";
    /// An account name that starts with a reserved `prefix` (`op_`, `shadow_`).
    ReservedPrefix = "reserved_prefix", params: "prefix";
    /// An account name made of digits only.
    AllDigits = "all_digits", params: "";
    /// A password with fewer than `min_classes` of the four character classes.
    WeakPassword = "weak_password", params: "min_classes, actual";
    /// A password equal to the account name in `field`, or to it reversed (`reversed: true`).
    PasswordMatchesAccountName = "password_matches_account_name", params: "field, reversed";
    /// A password that contains the mobile number in `field`.
    PasswordContainsMobile = "password_contains_mobile", params: "field";
    /// A fuzzy-search filter that contains white space (the doc: 不能带空格).
    ContainsSpace = "contains_space", params: "";
    /// A `00XX-…` phone number whose country code is not one of `allowed` (only `0086` today).
    UnsupportedCountryCode = "unsupported_country_code", params: "allowed";
    /// The end of a time window lies before its beginning in `field`.
    EndBeforeBegin = "end_before_begin", params: "field";
    /// A time window longer than `max` `unit`s, starting at `field`.
    WindowTooLong = "window_too_long", params: "field, max, unit";
    /// Association: the customer registered more than `max_days` days ago or has cash spend, so the partner must pre-register (报备) the customer first.
    PreRegistrationRequired = "pre_registration_required", params: "reason, max_days?";
    /// Association: the pre-registration (报备) is older than its `max_days` validity.
    PreRegistrationExpired = "pre_registration_expired", params: "max_days";
    /// Association happens through the partner's invitation link or QR code, not the old binding code.
    InvitationRequired = "invitation_required", params: "allowed";
    /// Program: an expired account cannot join the program; a new account is needed.
    AccountExpired = "account_expired", params: "";
    /// Program: the account already belongs to the other program; a company needs two accounts.
    ProgramConflict = "program_conflict", params: "field";
    /// Program: enterprise real-name authentication (企业实名认证) is required first.
    EnterpriseVerificationRequired = "enterprise_verification_required", params: "";
}

impl core::fmt::Display for Code {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

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
    pub value: Option<crate::Value>,
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

/// One broken rule: where, what, the figures, and a message in the chosen locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// JSON Pointer (RFC 6901) over wire names: `/amount`, `/coupon_infos/0/id`; `""` is the body.
    pub path: String,
    /// Stable machine-readable code.
    pub code: Code,
    /// Bounds and figures; see [`Params`]. Boxed, as the rule gave them: a violation is
    /// then a few words, cheap to move through a list (unboxed, the copies were a tenth of
    /// checking an invalid body natively).
    pub params: Box<Params>,
    /// Human-readable text from the message catalogue ([`crate::message`]).
    pub message: String,
}

/// A rule's verdict before it is placed at a path: a code and its figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fail {
    /// The code.
    pub code: Code,
    /// Its params, boxed so that `Result<_, Fail>` stays small on the happy path.
    pub params: Box<Params>,
}

impl Fail {
    /// A failure with no params.
    pub fn new(code: Code) -> Self {
        Fail { code, params: Box::default() }
    }

    /// A failure with params.
    pub fn with(code: Code, params: Params) -> Self {
        Fail { code, params: Box::new(params) }
    }
}

impl From<Code> for Fail {
    fn from(code: Code) -> Self {
        Fail::new(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_snake_case_and_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for code in Code::ALL {
            let name = code.as_str();
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{name}");
            assert_eq!(serde_json::to_value(code).unwrap(), serde_json::json!(name));
            assert!(seen.insert(name), "duplicate {name}");
        }
    }

    #[test]
    fn params_leave_out_unset_keys() {
        let p = Params { max: Some(Num::Dec("999999999.99")), ..Params::default() };
        assert_eq!(serde_json::to_string(&p).unwrap(), r#"{"max":"999999999.99"}"#);
        let p = Params { max: Some(Num::Int(64)), unit: Some("utf16"), ..Params::default() };
        assert_eq!(serde_json::to_string(&p).unwrap(), r#"{"max":64,"unit":"utf16"}"#);
    }
}
