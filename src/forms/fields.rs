//! The tables as data, for front ends that build forms from them (`fields()` in the npm
//! package): every field's type, presence, `""` rule, bounds with their unit, allowed values
//! and format. It is a view of the same `const` tables the validator reads, so a form built
//! from it cannot disagree with the validator.
//!
//! ```
//! let op = bss_validate::spec::find("UpdateIndirectPartnerAccount").unwrap();
//! let fields = bss_validate::forms::fields::fields(op);
//! let amount = serde_json::to_value(&fields[1]).unwrap();
//! assert_eq!(amount["type"], "decimal");
//! assert_eq!(amount["maximum"], "999999999.99");
//! ```

use crate::prelude::*;

use crate::report::shape::shape;
use crate::report::{Allowed, Num};
use crate::rules::length;
use crate::spec::{Empty, Field, Kind, Operation, Presence};

shape! {
    /// One field, or (without `name`) the shape of a list item.
    pub struct FieldInfo {
        /// Wire name (absent on a list item's shape).
        pub name: Option<&'static str> => "string",
        /// JSON type: `string`, `integer`, `boolean`, `decimal` (string or number), `array`, `object`.
        pub kind as "type": &'static str => "\"string\" | \"integer\" | \"boolean\" | \"decimal\" | \"array\" | \"object\"",
        /// Must be given.
        pub required: bool => "boolean",
        /// `required`, `optional`, or `conditional` (required or forbidden by another field's value).
        pub presence: &'static str => "\"required\" | \"optional\" | \"conditional\"",
        /// What `""` means: `rejected`, `absent` or `value`.
        pub empty: &'static str => "\"rejected\" | \"absent\" | \"value\"",
        /// Least length.
        pub min_length: Option<u32> => "number",
        /// Greatest length.
        pub max_length: Option<u32> => "number",
        /// Unit of the lengths: `utf16` (UTF-16 code units, as HTML `maxlength` counts).
        pub unit: Option<&'static str> => "\"utf16\"",
        /// Inclusive minimum (integers as numbers, amounts as exact strings).
        pub minimum: Option<Num> => "number | string",
        /// Exclusive minimum (amounts: `"0"`).
        pub exclusive_minimum: Option<Num> => "number | string",
        /// Inclusive maximum.
        pub maximum: Option<Num> => "number | string",
        /// Most decimals of an amount.
        pub max_scale: Option<u32> => "number",
        /// The allowed values.
        pub allowed: Option<Allowed> => "readonly string[] | readonly number[]",
        /// Enum values compare ASCII case-insensitively (set only then).
        pub ignore_case: Option<bool> => "true",
        /// Named format (`email`, `mobile_digits`, `utc_datetime`, `year_month`, `account_name`,
        /// `login_name`, `password`, `no_space`).
        pub format: Option<&'static str> => "string",
        /// Prefixes the value must not start with.
        pub reserved_prefixes: Option<&'static [&'static str]> => "readonly string[]",
        /// Least number of character classes (passwords).
        pub min_classes: Option<u32> => "number",
        /// Least number of list items.
        pub min_items: Option<u32> => "number",
        /// Greatest number of list items.
        pub max_items: Option<u32> => "number",
        /// The shape of each list item.
        pub items: Option<Box<FieldInfo>> => "FieldInfo",
        /// The fields of an object.
        pub fields: Option<Vec<FieldInfo>> => "FieldInfo[]",
    }
}

shape! {
    /// An operation of the partner BSS API, as `operations()` lists it.
    pub struct OperationInfo {
        /// The SDK's name, e.g. `PayOrders`.
        pub name: &'static str => "OperationName",
        /// What it does, in a few words.
        pub title: &'static str => "string",
        /// The HTTP method.
        pub method: &'static str => "\"GET\" | \"POST\" | \"PUT\"",
        /// The path, with its `{placeholders}`.
        pub path: &'static str => "string",
        /// The Huawei Cloud site that serves it: `china` or `international`.
        pub site: &'static str => "\"china\" | \"international\"",
    }
}

/// An operation's description.
pub fn operation(op: &Operation) -> OperationInfo {
    OperationInfo { name: op.name, title: op.title, method: op.method.as_str(), path: op.path, site: op.site.as_str() }
}

/// The fields of an operation, in table order.
pub fn fields(op: &Operation) -> Vec<FieldInfo> {
    list(op.fields)
}

fn list(fields: &[Field]) -> Vec<FieldInfo> {
    fields.iter().map(|f| info(Some(f.name), f.presence, &f.kind)).collect()
}

fn info(name: Option<&'static str>, presence: Presence, kind: &Kind) -> FieldInfo {
    let presence_name = match presence {
        Presence::Required => "required",
        Presence::Optional(_) => "optional",
        Presence::Conditional(_) => "conditional",
    };
    let mut i = FieldInfo {
        name,
        kind: kind.expected(),
        required: presence == Presence::Required,
        presence: presence_name,
        empty: match presence.empty() {
            Empty::Absent => "absent",
            Empty::Rejected => "rejected",
            Empty::Value => "value",
        },
        min_length: None,
        max_length: None,
        unit: None,
        minimum: None,
        exclusive_minimum: None,
        maximum: None,
        max_scale: None,
        allowed: None,
        ignore_case: None,
        format: None,
        reserved_prefixes: None,
        min_classes: None,
        min_items: None,
        max_items: None,
        items: None,
        fields: None,
    };
    let mut lengths = |min: u32, max: Option<u32>| {
        i.min_length = (min > 0).then_some(min);
        i.max_length = max;
        i.unit = Some(length::UNIT);
    };
    match kind {
        Kind::Text { min, max, format } => {
            lengths(*min, *max);
            i.format = format.map(format_name);
        }
        Kind::Choice { allowed, ignore_case } => {
            i.allowed = Some(Allowed::Strs(allowed));
            i.ignore_case = ignore_case.then_some(true);
        }
        Kind::Int { min, max } => {
            i.minimum = Some(Num::Int(i64::from(*min)));
            i.maximum = Some(Num::Int(i64::from(*max)));
        }
        Kind::IntChoice(allowed) => i.allowed = Some(Allowed::Ints(allowed)),
        Kind::Bool => {}
        Kind::Money(b) => {
            match b.min {
                Some(min) => i.minimum = Some(Num::Dec(min)),
                None => i.exclusive_minimum = Some(Num::Dec("0")),
            }
            i.maximum = Some(Num::Dec(b.max));
            i.max_scale = Some(b.max_scale);
        }
        Kind::Decimal => i.minimum = Some(Num::Dec("0")),
        Kind::AccountName(r) => {
            lengths(r.min, Some(r.max));
            i.format = Some(r.format);
            i.reserved_prefixes = Some(r.reserved);
        }
        Kind::Password(r) => {
            lengths(r.min, Some(r.max));
            i.format = Some("password");
            i.min_classes = Some(r.min_classes);
        }
        Kind::List { min, max, item } => {
            i.min_items = Some(u32::from(*min));
            i.max_items = max.map(u32::from);
            i.items = Some(Box::new(info(None, Presence::Required, item)));
        }
        Kind::Object(fields) => i.fields = Some(list(fields)),
    }
    i
}

/// A format's name here: its `invalid_format` name, or `no_space` / `verification_code` for
/// the two formats that have none.
pub fn format_name(f: crate::spec::Format) -> &'static str {
    match f {
        crate::spec::Format::NoSpace => "no_space",
        crate::spec::Format::Code => "verification_code",
        other => other.name().unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::OPERATIONS;

    #[test]
    fn every_operation_describes_every_field() {
        for op in OPERATIONS {
            let f = fields(op);
            assert_eq!(f.len(), op.fields.len());
            let json = serde_json::to_value(&f).unwrap();
            assert!(json.as_array().unwrap().iter().all(|x| x["name"].is_string() && x["type"].is_string()));
        }
    }

    #[test]
    fn nested_lists_and_money() {
        let op = crate::spec::find("PayOrders").unwrap();
        let json = serde_json::to_value(fields(op)).unwrap();
        assert_eq!(json[3]["max_items"], 3);
        assert_eq!(json[3]["items"]["fields"][1]["allowed"], serde_json::json!([300, 301, 302, 303]));
        let op = crate::spec::find("ReclaimToPartnerAccount").unwrap();
        let json = serde_json::to_value(fields(op)).unwrap();
        assert_eq!(json[1]["exclusive_minimum"], "0");
        assert_eq!(json[0]["max_length"], 64);
        assert_eq!(json[0]["unit"], "utf16");
    }
}
