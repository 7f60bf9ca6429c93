//! The violation codes: stable snake_case names, each with its meaning and the params it
//! carries, declared once in the table below (the README's code table is generated from it).

use serde::Serialize;

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
    /// Not one of the `allowed` values (exact, case-sensitive); with `field` and `value`, the values another field's value allows (SetResourcesRenewConfig's `config_value`).
    NotOneOf = "not_one_of", params: "allowed, field?, value?";
    /// Does not have the `format` the field needs (see the README's format list).
    InvalidFormat = "invalid_format", params: "format";
    /// A list with fewer than `min` items; with `field` (and `value`), the count another field sets (real-name authentication's files).
    TooFewItems = "too_few_items", params: "min, actual, field?, value?";
    /// A list with more than `max` items; with `field` (and `value`), the count another field sets.
    TooManyItems = "too_many_items", params: "max, actual, field?, value?";
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
    /// An item that repeats an earlier one where each must be unique (ListOnDemandResourceRatings' `product_infos[].id`: 同一次询价中不能重复).
    DuplicateItem = "duplicate_item", params: "";
    /// A date outside the month named by `field` (ListSubCustomerBillDetail's `bill_date_begin`/`bill_date_end` and `bill_cycle`).
    OutsideMonth = "outside_month", params: "field";
    /// A key that appears more than once in one object of JSON text (I-JSON, RFC 7493: parsers disagree on which occurrence counts); the rules read the last one.
    DuplicateKey = "duplicate_key", params: "";
    /// Text holding a lone surrogate (a JSON `\ud800` escape, or a JS string with half of a pair): UTF-8 cannot carry it, so the text checked is not the text the next hop reads.
    LoneSurrogate = "lone_surrogate", params: "";
}

impl core::fmt::Display for Code {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
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
}
