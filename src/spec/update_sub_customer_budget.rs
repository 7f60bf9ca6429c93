//! 设置客户预算 — UpdateSubCustomerBudget (intl site). `POST /v2/partners/sub-customers/budget`
//! (SDK model `ModSubCustomerBudgetReq` in bssintl; bss-api-more.md §53 and §54.3,
//! \[DOC intl mt_01005\], \[DOC eu mt_01005\], \[SDK-go bssintl\], \[SDK-java\]).
//!
//! POST, not bss-api.md §18's PUT: every source says POST (§54.3).

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "UpdateSubCustomerBudget",
    title: "设置客户预算",
    method: Method::Post,
    path: "/v2/partners/sub-customers/budget",
    site: Site::International,
    source: super::cite("bss-api-more.md §53, §54.3; [DOC intl mt_01005], [DOC eu mt_01005], [SDK-go bssintl], [SDK-java]"),
    fields: &[
        Field { name: "customer_id", presence: Required, kind: super::ID },
        // 调整的目标金额, `(0-2147483647]`, 精确至小数点后2位: the account amounts' bounds.
        // Decision: 0 is `not_positive`, the doc's exclusive 0 over Java's `min 0` (C9, as
        // bss-api.md rule 2 and README decision 4).
        Field { name: "budget_amount", presence: Required, kind: Kind::Money(&super::ACCOUNT_AMOUNT) },
        // A string, `0` 否 (default) / `1` 是; 不携带 / 空串 / null → `0`.
        Field { name: "cancel_partner_frozen", presence: Optional(Absent), kind: Kind::Choice { allowed: &["0", "1"], ignore_case: false } },
        // 不携带 / 空串 / null → 不做处理. Required for a 云经销商's customer: the server knows (decision 22).
        Field { name: "indirect_partner_id", presence: Optional(Absent), kind: super::ID },
        // `MONTHLY` (default) / `PACKAGE`; 此参数携带值不支持空串.
        Field { name: "budget_type", presence: Optional(Rejected), kind: Kind::Choice { allowed: &["MONTHLY", "PACKAGE"], ignore_case: false } },
        // Decision: 不携带 / null / 空 → 字段不生效, so `""` is absent; `0` 手工冻结 / `1` 自动冻结 (Java 0..1).
        Field { name: "frozen_operate_type", presence: Optional(Absent), kind: Kind::IntChoice(&[0, 1]) },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
