//! 申请实名认证变更 — ChangeEnterpriseRealnameAuthentication. `PUT /v2/customers/realname-auths/enterprise`
//! (SDK model `ChangeEnterpriseRealnameAuthsReq`; bss-api-more.md §29, \[DOC mc_00019\]).
//!
//! China site (个人转企业 only). The intl twin (§53) has the same fields (its SDK text lacks
//! the null/"" sentences); its attachments come in another order.

use super::create_enterprise_realname_authentication::{CERTIFICATE_TYPE, CORP_NAME, ENTERPRISE_PERSON, cross};
use super::create_personal_realname_auth::FILE_URLS;
use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ChangeEnterpriseRealnameAuthentication",
    title: "申请实名认证变更",
    method: Method::Put,
    path: "/v2/customers/realname-auths/enterprise",
    site: Site::China,
    source: super::cite("bss-api-more.md §29; [DOC mc_00019], [SDK-go/java]"),
    fields: &[
        Field { name: "customer_id", presence: Required, kind: super::ID },
        // Decision: the doc's enum {1} (单位证件扫描), not the Java range 0..32 (C2).
        Field { name: "identify_type", presence: Required, kind: Kind::IntChoice(&[1]) },
        // Decision: as §28 (C2). 不携带或携带值为null时,不赋值; "" is not mentioned: rejected.
        Field { name: "certificate_type", presence: Optional(Rejected), kind: CERTIFICATE_TYPE },
        // Decision (I6): 1–4 attachments; exactly 3 with enterprise_person, else 1 (cross).
        Field { name: "verified_file_url", presence: Required, kind: FILE_URLS },
        Field { name: "corp_name", presence: Required, kind: CORP_NAME },
        // Decision: no length (the doc row is not available, no SDK gives one).
        Field { name: "verified_number", presence: Required, kind: super::ANY_TEXT },
        // 空串 → 赋值空串: "" is a value (C1).
        Field { name: "reg_country", presence: Optional(Value), kind: super::ANY_TEXT },
        Field { name: "reg_address", presence: Optional(Value), kind: super::ANY_TEXT },
        // 1 个人变企业 (Java 1..1).
        Field { name: "change_type", presence: Required, kind: Kind::IntChoice(&[1]) },
        // Decision (I4): 最大长度:64 as §27 states.
        Field { name: "xaccount_type", presence: Required, kind: super::text(64) },
        Field { name: "enterprise_person", presence: Optional(Rejected), kind: Kind::Object(ENTERPRISE_PERSON) },
    ],
    cross,
    links: &[("enterprise_person", "verified_file_url")],
};
