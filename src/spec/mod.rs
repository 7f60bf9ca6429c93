//! The partner BSS API as data: one [`Operation`] table per request, field by field as
//! `bss-api.md` lists them, plus one named function per operation for its cross-field rules.
//!
//! The tables are the single source of every constraint number: the engine
//! ([`crate::engine`]) reads them, and the README's rule tables, the typed structs, the
//! TypeScript types, HTML attributes and JSON Schema ([`crate::forms`]) are derived from them.
//! Adding an operation is its table file here, its line in
//! [`for_each_operation!`](crate::for_each_operation), and its vectors.
//!
//! Decisions on points the doc marks INFERRED, or where sources disagree, are written next to
//! the row they affect (`// Decision: …`) and listed in the README; a vector pins each one.

use crate::rules::{account_name, email, money, password, phone, text, time};

/// Declares each table's module and lists the tables in order: a table is one line here.
macro_rules! tables {
    ($(#[$doc:meta])* $list:ident: $($table:ident),* $(,)?) => {
        $(pub mod $table;)*
        $(#[$doc])*
        pub static $list: &[&Operation] = &[$(&$table::OP),*];
    };
}

/// Calls the macro `$m` with every operation's table module, in the order of `bss-api.md`
/// (§1–§18, then the intl site): the one list of operations. The spec declares its tables by
/// it, and the conformance tests find each operation's vectors by it, so a new operation is
/// one line here.
#[doc(hidden)]
#[macro_export]
macro_rules! for_each_operation {
    ($m:ident) => {
        $m! {
            check_user_identity,
            send_verification_message_code,
            create_sub_customer,
            reclaim_to_partner_account,
            update_customer_account_amount,
            update_indirect_partner_account,
            reclaim_indirect_partner_account,
            cancel_customer_order,
            pay_orders,
            list_sub_customers,
            list_indirect_partners,
            list_customers_balances_detail,
            create_partner_coupons,
            reclaim_partner_coupons,
            update_coupon_quotas,
            reclaim_coupon_quotas,
            list_incentive_discount_policies,
            list_partner_adjust_records,
            list_partner_balances,
            list_quota_coupons,
            list_issued_coupon_quotas,
            list_sub_customer_new_tag,
            list_consume_sub_customers,
            renewal_resources,
            cancel_resources_subscription,
            list_customer_orders,
            freeze_sub_customers,
            unfreeze_sub_customers,
            list_coupon_quotas_records,
            list_issued_partner_coupons,
            list_partner_coupons_record,
            list_partner_account_change_records,
            list_sub_customer_bill_detail,
            list_subcustomer_monthly_bills,
            list_customer_on_demand_resources,
            list_sub_customer_coupons,
            create_personal_realname_auth,
            create_enterprise_realname_authentication,
            change_enterprise_realname_authentication,
            show_realname_authentication_review_result,
            list_on_demand_resource_ratings,
            list_rate_on_period_detail,
            list_service_types,
            list_resource_types,
            list_service_resources,
            list_usage_types,
            list_conversions,
            list_measure_units,
            list_provinces,
            list_cities,
            list_counties,
            show_customer_order_details,
            list_order_coupons_by_order_id,
            list_order_discounts,
            list_pay_per_use_customer_resources,
            show_refund_order_details,
            list_free_resource_infos,
            list_free_resource_usages,
            auto_renewal_resources,
            cancel_auto_renewal_resources,
            update_period_to_on_demand,
            set_resources_renew_config,
            update_sub_customer_budget,
            list_sub_customer_budget,
            show_sub_customer_budget,
            list_sub_customer_budget_records,
            show_partner_consumption_quota,
            list_postpaid_bill_sum,
        }
    };
}

macro_rules! operations {
    ($($table:ident),* $(,)?) => {
        tables! {
            /// Every operation, in the order of `bss-api.md` (§1–§18, then the intl site).
            OPERATIONS: $($table),*
        }
    };
}
crate::for_each_operation!(operations);

/// Looks an operation up by its Huawei SDK name (exact, case-sensitive).
pub fn find(name: &str) -> Option<&'static Operation> {
    OPERATIONS.iter().copied().find(|op| op.name == name)
}

tables! {
    /// The registration checks (no API call; see [`crate::eligibility`]), looked up by name like
    /// operations and run by the same engine.
    CHECKS: associate_customer, join_partner_program
}

/// Looks a registration check up by name (exact, case-sensitive).
pub fn find_check(name: &str) -> Option<&'static Operation> {
    CHECKS.iter().copied().find(|c| c.name == name)
}

/// An operation's table, or a registration check's (they share the engine).
pub fn table(name: &str) -> Option<&'static Operation> {
    find(name).or_else(|| find_check(name))
}

// ---------------------------------------------------------------------------------------
// Cross-cutting constraints of bss-api.md, each written once.

/// Money has at most two decimals (精确到小数点后2位).
pub const MONEY_SCALE: u32 = 2;
/// Money bounds, cross-cutting rule 2: reclaim / adjust-amount (and the intl budget, the
/// same `(0-2147483647]`). The SDK's "min 0" contradicts
/// the doc's 取值大于0; the doc wins (exclusive zero).
pub const ACCOUNT_AMOUNT: money::Bounds = money::Bounds { min: None, max: "2147483647", max_scale: MONEY_SCALE };
/// Money bounds: indirect-partner-adjust.
pub const INDIRECT_ADJUST_AMOUNT: money::Bounds = money::Bounds { min: None, max: "999999999.99", max_scale: MONEY_SCALE };
/// Money bounds: indirect-partner-reclaim.
pub const INDIRECT_RECLAIM_AMOUNT: money::Bounds = money::Bounds { min: Some("0.01"), max: "999999999999", max_scale: MONEY_SCALE };
/// Money bounds: coupon `face_value`.
pub const FACE_VALUE: money::Bounds = money::Bounds { min: Some("0.01"), max: "99999999999", max_scale: MONEY_SCALE };
/// Money bounds: `quota_amount` (the SDK writes the maximum as `1E+8`).
pub const QUOTA_AMOUNT: money::Bounds = money::Bounds { min: Some("0.01"), max: "100000000", max_scale: MONEY_SCALE };

/// Cross-cutting rule 1: every ID (`customer_id`, `indirect_partner_id`, `quota_id`,
/// `coupon_id`, `order_id`, …) is 最大长度:64. Decision: no charset is enforced (INFERRED).
pub const ID: Kind = Kind::Text { min: 0, max: Some(64), format: None };
/// A text field of at most `max` UTF-16 code units (the doc's 最大长度:max).
pub const fn text(max: u32) -> Kind {
    Kind::Text { min: 0, max: Some(max), format: None }
}

/// Text with no documented length or format (free text, names, codes of other services).
pub const ANY_TEXT: Kind = Kind::Text { min: 0, max: None, format: None };
/// Resource IDs (RenewalResources, CancelResourcesSubscription): no length is documented.
pub const RESOURCE_ID: Kind = ANY_TEXT;
/// Cross-cutting rule 4: UTC timestamps, 最大长度:20, `yyyy-MM-dd'T'HH:mm:ss'Z'`.
pub const UTC_TIME: Kind = Kind::Text { min: 0, max: Some(20), format: Some(Format::Utc) };
/// Cross-cutting rule 3: `limit` is `[1-100]` (ListSubCustomerNewTag differs).
pub const LIMIT: Kind = Kind::Int { min: 1, max: 100 };
/// `offset` `[0-40000000]` (ListSubCustomers, ListIndirectPartners).
pub const OFFSET_40M: Kind = Kind::Int { min: 0, max: 40_000_000 };
/// `offset` `[0-2147483646]`.
pub const OFFSET_MAX_MINUS_1: Kind = Kind::Int { min: 0, max: i32::MAX - 1 };
/// `offset` `[0-最大整数]`. Decision: 最大整数 is Java's `Integer.MAX_VALUE`, the SDK bound.
pub const OFFSET_MAX: Kind = Kind::Int { min: 0, max: i32::MAX };
/// `limit` `[1-1000]` (the product and region lookups, ListFreeResourceInfos,
/// ListSubCustomerBillDetail).
pub const LIMIT_1000: Kind = Kind::Int { min: 1, max: 1000 };
/// `offset` `[0-1000]` (ListProvinces, ListCities, ListCounties).
pub const OFFSET_1000: Kind = Kind::Int { min: 0, max: 1000 };
/// Account names must not start with these (§1, §3).
pub const RESERVED_NAME_PREFIXES: &[&str] = &["op_", "shadow_"];

// ---------------------------------------------------------------------------------------
// The table types.

/// HTTP method of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    /// Query parameters; integers may arrive as text.
    Get,
    /// JSON body.
    Post,
    /// JSON body.
    Put,
    /// Path parameters only (CancelAutoRenewalResources): read as text, as a query's are.
    Delete,
}

impl Method {
    /// `GET`, `POST` or `PUT`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}

/// Which Huawei Cloud site serves the operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Site {
    /// `bss.myhuaweicloud.com`
    China,
    /// `bss-intl.myhuaweicloud.com`
    International,
}

impl Site {
    /// `china` or `international`.
    pub fn as_str(self) -> &'static str {
        match self {
            Site::China => "china",
            Site::International => "international",
        }
    }
}

/// A table's `source`, kept where something reads it (the crate's docs and users). The npm
/// package's `no_std` module exposes no sources, so the text is left out of it, where the
/// thirty citations weighed ≈ 0.6 KB gzipped.
pub const fn cite(text: &'static str) -> &'static str {
    if cfg!(feature = "std") { text } else { "" }
}

/// One BSS operation.
#[derive(Debug)]
pub struct Operation {
    /// Huawei's SDK name, e.g. `ReclaimToPartnerAccount`.
    pub name: &'static str,
    /// The Chinese title of the doc page.
    pub title: &'static str,
    /// HTTP method.
    pub method: Method,
    /// URI path.
    pub path: &'static str,
    /// Site.
    pub site: Site,
    /// Where the rules come from (`bss-api.md` section and source tags); empty in the npm
    /// package's module, see [`cite`].
    pub source: &'static str,
    /// The fields, in the doc's order.
    pub fields: &'static [Field],
    /// Cross-field rules, run after every field has been checked on its own.
    pub cross: fn(&crate::engine::Body<'_>, &mut crate::engine::Report),
    /// The pairs of fields the cross rules tie together: when one changes, the other's
    /// violations may change too, so [`crate::validate_field`] answers for both. A test
    /// mutates every field of every vector and checks no other field's verdict moves.
    pub links: &'static [(&'static str, &'static str)],
}

impl Operation {
    /// The field called `name`.
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// The fields linked to `name` by a cross rule (see [`Operation::links`]).
    pub fn linked<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'static str> + 'a {
        self.links.iter().filter_map(move |(a, b)| {
            if *a == name {
                Some(*b)
            } else if *b == name {
                Some(*a)
            } else {
                None
            }
        })
    }
}

/// One field of a request (or of an object inside a list).
#[derive(Debug)]
pub struct Field {
    /// Wire name, exactly as BSS spells it.
    pub name: &'static str,
    /// Whether it must be there, and what `""` means.
    pub presence: Presence,
    /// What a value must look like.
    pub kind: Kind,
}

/// Whether a field is needed, and what absent, `null` and `""` mean for it.
///
/// Absent and `null` always mean the same (no source treats them differently).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Must be there: absent/`null` → `required`, `""` → `empty`.
    Required,
    /// May be left out; `Empty` says what `""` means.
    Optional(Empty),
    /// Required or forbidden depending on another field: the operation's cross rules decide.
    /// On its own it behaves like `Optional`.
    Conditional(Empty),
}

impl Presence {
    /// What `""` means for the field: rejected for a required one, else as its table says.
    pub fn empty(self) -> Empty {
        match self {
            Presence::Required => Empty::Rejected,
            Presence::Optional(e) | Presence::Conditional(e) => e,
        }
    }
}

/// What `""` means for an optional field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Empty {
    /// The doc: `""` is treated as absent (携带值为空串…不作为筛选条件 / 赋值为false / 随机生成).
    Absent,
    /// The doc: 不支持携带值为空串 → `empty`. Decision: also the default where the doc is silent,
    /// because omitting the field is always correct and `""` may be refused with CBC.0100.
    Rejected,
    /// The doc: `""` is a value (携带值为空串时，赋值空串 / 作为筛选条件): accepted as is.
    Value,
}

/// The shape a value must have.
#[derive(Debug)]
pub enum Kind {
    /// A string, `min..=max` UTF-16 code units, optionally in a `format`.
    Text {
        /// Least length.
        min: u32,
        /// Greatest length, if any is documented.
        max: Option<u32>,
        /// A format the text must have.
        format: Option<Format>,
    },
    /// A string from a fixed set.
    Choice {
        /// The values.
        allowed: &'static [&'static str],
        /// Compare ASCII case-insensitively (the doc says 大小写不敏感).
        ignore_case: bool,
    },
    /// An integer in `min..=max`. The bounds are `i32`, the SDK's type for every integer
    /// field (its largest bound is 2^31 − 1); values are read as `i64` and compared so.
    Int {
        /// Inclusive minimum.
        min: i32,
        /// Inclusive maximum.
        max: i32,
    },
    /// An integer from a fixed set.
    IntChoice(&'static [i64]),
    /// A JSON boolean.
    Bool,
    /// An amount (JSON string or number); see [`money`]. By reference, as the account-name
    /// rule: together with `Int`'s `i32` bounds and `List`'s `u16` counts that keeps a `Kind`
    /// at 16 bytes in the WebAssembly module (a table's field 28 bytes, not 40).
    Money(&'static money::Bounds),
    /// A non-negative decimal of any scale and size, with no bound (ListOnDemandResourceRatings'
    /// `usage_value`: a quantity, not money). Read as money is: JSON string or number, the
    /// same strict grammar, never rounded.
    Decimal,
    /// An account name; see [`account_name`]. By reference: the rule (three lists and two
    /// lengths) would otherwise set the size of every field of every table.
    AccountName(&'static account_name::Rule),
    /// A password; see [`password`].
    Password(password::Rule),
    /// A JSON array of `min..=max` items of one kind.
    List {
        /// Least number of items (no documented list bound comes near `u16::MAX`).
        min: u16,
        /// Greatest number of items, if any.
        max: Option<u16>,
        /// Each item.
        item: &'static Kind,
    },
    /// A JSON object with its own fields (unknown keys rejected).
    Object(&'static [Field]),
}

impl Kind {
    /// The JSON type name used in `wrong_type` params.
    pub fn expected(&self) -> &'static str {
        match self {
            Kind::Text { .. } | Kind::Choice { .. } | Kind::AccountName(_) | Kind::Password(_) => "string",
            Kind::Int { .. } | Kind::IntChoice(_) => "integer",
            Kind::Bool => "boolean",
            Kind::Money(_) | Kind::Decimal => "decimal",
            Kind::List { .. } => "array",
            Kind::Object(_) => "object",
        }
    }
}

/// Formats a text field can require.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// See [`email`].
    Email,
    /// A bare mobile number, digits only; see [`phone::bare`].
    MobileDigits,
    /// UTC `yyyy-MM-dd'T'HH:mm:ss'Z'`; see [`time::utc`].
    Utc,
    /// `YYYY-MM`; see [`time::year_month`].
    YearMonth,
    /// `YYYY-MM-DD`, a real calendar date; see [`time::date`].
    Date,
    /// A bank account number; see [`text::bank_account`].
    BankAccount,
    /// An organisation's name: not only digits, punctuation and spaces; see [`text::corp_name`].
    CorpName,
    /// No white space (fuzzy filters).
    NoSpace,
    /// A verification code: only its length is a rule (decision 8: digits are not enforced),
    /// but a form gives it a numeric keypad and normalises full-width digits in it.
    Code,
}

impl Format {
    /// The format's name, as in `invalid_format` params (`None` for [`Format::NoSpace`],
    /// which has its own code, and for [`Format::Code`], which never fails).
    pub fn name(self) -> Option<&'static str> {
        match self {
            Format::Email => Some(email::FORMAT),
            Format::MobileDigits => Some(phone::BARE),
            Format::Utc => Some(time::UTC),
            Format::YearMonth => Some(time::YEAR_MONTH),
            Format::Date => Some(time::DATE),
            Format::BankAccount => Some(text::BANK_ACCOUNT),
            Format::CorpName => Some(text::CORP_NAME),
            Format::NoSpace | Format::Code => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(kind: &Kind, f: &mut impl FnMut(&Kind)) {
        f(kind);
        match kind {
            Kind::List { item, .. } => walk(item, f),
            Kind::Object(fields) => fields.iter().for_each(|x| walk(&x.kind, f)),
            _ => {}
        }
    }

    #[test]
    fn names_are_unique_and_files_follow_them() {
        let mut names: Vec<_> = OPERATIONS.iter().map(|o| o.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), OPERATIONS.len());
        for op in OPERATIONS {
            let mut f: Vec<_> = op.fields.iter().map(|f| f.name).collect();
            f.sort_unstable();
            f.dedup();
            assert_eq!(f.len(), op.fields.len(), "{}", op.name);
            assert!(op.path.starts_with("/v"), "{}", op.name);
        }
    }

    #[test]
    fn every_object_fits_the_slots() {
        let tables = OPERATIONS.iter().chain(CHECKS);
        for op in tables {
            assert!(op.fields.len() <= crate::engine::MAX_FIELDS, "{}", op.name);
            for field in op.fields {
                walk(&field.kind, &mut |k| {
                    if let Kind::Object(fields) = k {
                        assert!(fields.len() <= crate::engine::MAX_FIELDS, "{}", op.name);
                    }
                });
            }
        }
    }

    #[test]
    fn every_bound_is_sane() {
        for op in OPERATIONS {
            for field in op.fields {
                walk(&field.kind, &mut |k| match k {
                    Kind::Money(b) => {
                        assert!(money::bound_is_exact(b.max), "{}", op.name);
                        assert!(b.min.is_none_or(money::bound_is_exact), "{}", op.name);
                    }
                    Kind::Text { min, max, .. } => {
                        assert!(max.is_none_or(|m| m >= *min), "{}", op.name)
                    }
                    Kind::Int { min, max } => assert!(min <= max, "{}", op.name),
                    Kind::List { min, max, .. } => {
                        assert!(max.is_none_or(|m| m >= *min), "{}", op.name)
                    }
                    Kind::Choice { allowed, .. } => assert!(!allowed.is_empty()),
                    Kind::IntChoice(allowed) => assert!(!allowed.is_empty()),
                    _ => {}
                });
            }
        }
    }
}
