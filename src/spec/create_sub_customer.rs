//! 创建客户 (注册客户) — CreateSubCustomer. `POST /v2/partners/sub-customers`
//! (SDK model `CreateCustomerV2Req`; bss-api.md §3, \[GUIDE\] mc_00016 + SDKs).

use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};
use crate::engine::{Body, Report};
use crate::report::pointer;
use crate::report::{Code, fail};
use crate::rules::{account_name, password};

/// The operation table.
pub const OP: Operation = Operation {
    name: "CreateSubCustomer",
    title: "创建客户",
    method: Method::Post,
    path: "/v2/partners/sub-customers",
    site: Site::China,
    source: super::cite("bss-api.md §3; [GUIDE] mc_00016, [SDK-go/py]"),
    fields: &[
        Field { name: "xaccount_id", presence: Required, kind: super::text(128) },
        Field { name: "xaccount_type", presence: Required, kind: super::text(64) },
        Field { name: "domain_name", presence: Optional(Absent), kind: Kind::AccountName(&DOMAIN_NAME) },
        // Decision: digits only (v1's 必须全部是数字, no country code); no digit count, none is documented.
        Field {
            name: "mobile_phone",
            presence: Optional(Value),
            kind: Kind::Text { min: 0, max: Some(MOBILE_MAX), format: Some(Format::MobileDigits) },
        },
        // Decision (INFERRED): `[6]` means exactly 6 characters; digits are not enforced.
        Field { name: "verification_code", presence: Conditional(Rejected), kind: Kind::Text { min: 6, max: Some(6), format: Some(Format::Code) } },
        Field { name: "password", presence: Optional(Rejected), kind: Kind::Password(PASSWORD) },
        Field { name: "is_close_market_ms", presence: Optional(Absent), kind: Kind::Choice { allowed: &["true", "false"], ignore_case: false } },
        Field { name: "indirect_partner_id", presence: Optional(Absent), kind: super::ID },
        Field { name: "include_association_result", presence: Optional(Absent), kind: Kind::Bool },
        // 预下线: `1` = 顾问销售, any other value (or none) = 代售, so any text is accepted.
        Field { name: "cooperation_type", presence: Optional(Value), kind: super::ANY_TEXT },
    ],
    cross,
    links: &[("mobile_phone", "verification_code"), ("password", "domain_name"), ("password", "mobile_phone")],
};

/// `^([a-zA-Z_-]([a-zA-Z0-9_-])*)$`, 5–32: a leading `_` is allowed here.
pub const DOMAIN_NAME: account_name::Rule =
    account_name::Rule { min: 5, max: 32, lead: "_-", reserved: super::RESERVED_NAME_PREFIXES, format: "account_name" };

/// The bare mobile's maximum, 32 UTF-16 units.
pub const MOBILE_MAX: u32 = 32;

/// 长度:[8-32] since 2022-08-01 (the old 6–32 rule is obsolete), ≥ 2 of 4 classes.
pub const PASSWORD: password::Rule = password::Rule { min: 8, max: 32, min_classes: 2 };

/// A mobile needs its verification code; the password must not be the account name (or it
/// reversed) and must not contain the mobile.
fn cross(body: &Body<'_>, out: &mut Report) {
    let mobile = body.text("mobile_phone").filter(|m| !m.is_empty());
    if mobile.is_some() && body.given("verification_code").is_none() {
        out.push(pointer::push("", "verification_code"), fail!(Code::Required, field: pointer::push("", "mobile_phone")));
    }
    let Some(pw) = body.text("password") else {
        return;
    };
    if let Some(name) = body.text("domain_name") {
        let reversed: alloc::string::String = name.chars().rev().collect();
        let same = pw == name;
        if same || pw == reversed {
            let fail = fail!(Code::PasswordMatchesAccountName, field: pointer::push("", "domain_name"), reversed: !same);
            out.push(pointer::push("", "password"), fail);
        }
    }
    // Byte windows rather than `str::contains`, whose substring searcher weighs 2 KB in wasm.
    // Only for a mobile of at most 96 bytes (every mobile within its maximum of 32 units, at
    // most 3 bytes each; `mobile` is never empty): the naive search costs the two lengths
    // multiplied (a 0.67 MB password and a 0.33 MB mobile took 2.4 s natively), and a longer
    // mobile is `too_long` itself, in a password that, to contain it, is `too_long` too.
    if mobile.is_some_and(|m| m.len() <= 3 * MOBILE_MAX as usize && pw.as_bytes().windows(m.len()).any(|w| w == m.as_bytes())) {
        out.push(pointer::push("", "password"), fail!(Code::PasswordContainsMobile, field: pointer::push("", "mobile_phone")));
    }
}
