//! 申请企业实名认证 — CreateEnterpriseRealnameAuthentication. `POST /v2/customers/realname-auths/enterprise`
//! (SDK model `ApplyEnterpriseRealnameAuthsReq`; bss-api-more.md §28, \[DOC mc_00018\]).
//!
//! China site. The intl twin (§53) has the same fields; its attachments come in another
//! order (单位证件正面, 反面, then the person's two sides).

use super::create_personal_realname_auth::{FILE_URLS, attachments};
use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};
use crate::engine::{Body, Report};

/// The operation table.
pub const OP: Operation = Operation {
    name: "CreateEnterpriseRealnameAuthentication",
    title: "申请企业实名认证",
    method: Method::Post,
    path: "/v2/customers/realname-auths/enterprise",
    site: Site::China,
    source: super::cite("bss-api-more.md §28; [DOC mc_00018], [SDK-go/java]"),
    fields: &[
        Field { name: "customer_id", presence: Required, kind: super::ID },
        // Decision: the doc's enum {1} (单位证件认证), not the Java range 0..32 (C2).
        Field { name: "identify_type", presence: Required, kind: Kind::IntChoice(&[1]) },
        // Decision: the six named certificate types, not the Java range 0..99 (C2).
        Field { name: "certificate_type", presence: Optional(Rejected), kind: CERTIFICATE_TYPE },
        // Decision (I6): 1–4 attachments; exactly 3 with enterprise_person, else 1 (cross).
        Field { name: "verified_file_url", presence: Required, kind: FILE_URLS },
        // Decision (I4): 最大长度:255 as §29 states; not only digits, punctuation and spaces.
        Field { name: "corp_name", presence: Required, kind: CORP_NAME },
        // Decision: no length (the doc row is not available, no SDK gives one).
        Field { name: "verified_number", presence: Required, kind: super::ANY_TEXT },
        // Decision: any text (`CN` is an example); "" is rejected (the source is silent on it).
        Field { name: "reg_country", presence: Optional(Rejected), kind: super::ANY_TEXT },
        Field { name: "reg_address", presence: Optional(Rejected), kind: super::ANY_TEXT },
        // Decision (I4): 最大长度:64 as §27 states.
        Field { name: "xaccount_type", presence: Required, kind: super::text(64) },
        Field { name: "enterprise_person", presence: Optional(Rejected), kind: Kind::Object(ENTERPRISE_PERSON) },
    ],
    cross,
    links: &[("enterprise_person", "verified_file_url")],
};

/// `certificate_type`: 0 企业营业执照, 1 事业单位法人证书, 2 社会团体法人登记证书,
/// 3 行政执法主体资格证, 4 组织机构代码证, 99 其他.
pub(super) const CERTIFICATE_TYPE: Kind = Kind::IntChoice(&[0, 1, 2, 3, 4, 99]);

/// `corp_name`: 单位名称, at most 255, 不能全是数字、特殊字符、空格.
pub(super) const CORP_NAME: Kind = Kind::Text { min: 0, max: Some(255), format: Some(Format::CorpName) };

/// `enterprise_person` (SDK `EnterprisePersonNew`; the wire names are spelled `legel_…`).
pub(super) const ENTERPRISE_PERSON: &[Field] = &[
    // Decision: no length for either (none stated).
    Field { name: "legel_name", presence: Required, kind: super::ANY_TEXT },
    Field { name: "legel_id_number", presence: Required, kind: super::ANY_TEXT },
    Field { name: "certifier_role", presence: Optional(Rejected), kind: Kind::Choice { allowed: &["legalPerson"], ignore_case: false } },
];

/// Exactly 3 attachments with `enterprise_person` (单位证件照, then the ID card's two sides),
/// exactly 1 without it.
pub(super) fn cross(body: &Body<'_>, out: &mut Report) {
    let want = if body.given("enterprise_person").is_some() { 3 } else { 1 };
    attachments(body, out, want, "enterprise_person", None);
}
