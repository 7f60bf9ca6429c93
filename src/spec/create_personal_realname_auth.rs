//! 申请个人实名认证 — CreatePersonalRealnameAuth. `POST /v2/customers/realname-auths/individual`
//! (SDK model `ApplyIndividualRealnameAuthsReq`; bss-api-more.md §27, \[DOC mc_00017\]).
//!
//! China site. The intl twin (§53) has no `bank_card_info` and no identify_type `4`, and a
//! passport there needs 2 attachments, not 3.

use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};
use crate::body::View;
use crate::engine::{Body, Report};
use crate::report::pointer;
use crate::report::{Code, Num, Scalar, fail};
use core::cmp::Ordering;

/// The operation table.
pub const OP: Operation = Operation {
    name: "CreatePersonalRealnameAuth",
    title: "申请个人实名认证",
    method: Method::Post,
    path: "/v2/customers/realname-auths/individual",
    site: Site::China,
    source: super::cite("bss-api-more.md §27; [DOC mc_00017], [SDK-go/java]"),
    fields: &[
        Field { name: "customer_id", presence: Required, kind: super::ID },
        // Decision: the doc's enum {0, 4} (个人证件认证, 个人银行卡认证), not the Java range 0..32 (C2).
        Field { name: "identify_type", presence: Required, kind: Kind::IntChoice(&[IDENTITY_CARD, BANK_CARD]) },
        // Decision: the five named document types, not the Java range 3..32 (C2); required with
        // identify_type 0, ignored by the server (so accepted) with 4.
        Field { name: "verified_type", presence: Conditional(Rejected), kind: Kind::IntChoice(&[3, 5, 6, 9, 10]) },
        // Decision (I6): 最大长度:4 on a list is at most 4 items; each a non-empty path, no length.
        Field { name: "verified_file_url", presence: Required, kind: FILE_URLS },
        Field { name: "name", presence: Required, kind: super::text(255) },
        Field { name: "verified_number", presence: Required, kind: super::text(32) },
        Field { name: "change_type", presence: Optional(Rejected), kind: Kind::IntChoice(&[-1]) },
        Field { name: "xaccount_type", presence: Required, kind: super::text(64) },
        // Decision: required with identify_type 4; with 0 accepted (no source refuses it).
        Field { name: "bank_card_info", presence: Conditional(Rejected), kind: Kind::Object(BANK_CARD_INFO) },
    ],
    cross,
    links: &[("identify_type", "verified_type"), ("identify_type", "verified_file_url"), ("identify_type", "bank_card_info")],
};

/// `verified_file_url` of the real-name operations: 1–4 attachments (I6), each a path relative
/// to the bucket's `download/` directory, with no documented length.
pub(super) const FILE_URLS: Kind = Kind::List { min: 1, max: Some(4), item: &super::ANY_TEXT };

/// 0 = 个人证件认证: needs `verified_type` and three attachments.
const IDENTITY_CARD: i64 = 0;
/// 4 = 个人银行卡认证: needs `bank_card_info` and one face photo.
const BANK_CARD: i64 = 4;

/// `bank_card_info` (SDK `BankCardInfoV2`): all four required.
const BANK_CARD_INFO: &[Field] = &[
    // Decision (I7): ASCII letters, digits and `-`, starting with a letter or digit; no length.
    Field { name: "bank_account", presence: Required, kind: Kind::Text { min: 0, max: None, format: Some(Format::BankAccount) } },
    // 国家/区号码, e.g. `0086`; no length or format stated.
    Field { name: "areacode", presence: Required, kind: super::ANY_TEXT },
    // Decision (I7): the bare mobile of bss-api.md §2/§3 (digits only, at most 32).
    Field { name: "mobile", presence: Required, kind: Kind::Text { min: 0, max: Some(32), format: Some(Format::MobileDigits) } },
    // Decision (I7, README decision 8): the scene-18 code is exactly 6 units, as in §3.
    Field { name: "verification_code", presence: Required, kind: Kind::Text { min: 6, max: Some(6), format: Some(Format::Code) } },
];

/// identify_type 0 needs `verified_type` and exactly 3 attachments (China: three for every
/// document type); 4 needs `bank_card_info` and exactly 1 attachment (the face photo).
fn cross(body: &Body<'_>, out: &mut Report) {
    let Some(kind) = body.int("identify_type") else {
        return;
    };
    let (needed, files) = match kind {
        IDENTITY_CARD => ("verified_type", 3),
        BANK_CARD => ("bank_card_info", 1),
        _ => return,
    };
    if body.given(needed).is_none() {
        out.push(pointer::push("", needed), fail!(Code::Required, field: pointer::push("", "identify_type"), value: kind.into()));
    }
    attachments(body, out, files, "identify_type", Some(kind.into()));
}

/// `verified_file_url` holds exactly `want` items, checked when the list passed its own
/// checks: `too_few_items`/`too_many_items` naming the field (and its value) that sets the count.
pub(super) fn attachments(body: &Body<'_>, out: &mut Report, want: i64, cause: &str, value: Option<Scalar>) {
    let Some(items) = body.valid("verified_file_url").and_then(View::as_array) else {
        return;
    };
    let n = i64::try_from(items.len()).unwrap_or(i64::MAX);
    let mut fail = match n.cmp(&want) {
        Ordering::Equal => return,
        Ordering::Less => fail!(Code::TooFewItems, min: Num::Int(want)),
        Ordering::Greater => fail!(Code::TooManyItems, max: Num::Int(want)),
    };
    fail.params.actual = Some(n);
    fail.params.field = Some(pointer::push("", cause));
    fail.params.value = value;
    out.push(pointer::push("", "verified_file_url"), fail);
}
