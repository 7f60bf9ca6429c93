//! 解冻客户 — UnfreezeSubCustomers (intl site only). `POST /v2/partners/sub-customers/unfreeze`
//! (SDK model `UnfreezeSubCustomersReq` in bssintl; bss-api.md §18, \[DOC intl mc_00028\]).

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "UnfreezeSubCustomers",
    title: "解冻客户",
    method: Method::Post,
    path: "/v2/partners/sub-customers/unfreeze",
    site: Site::International,
    source: super::cite("bss-api.md §18; [DOC intl mc_00028], [SDK-go bssintl]"),
    fields: &[
        // 最大个数:10; decision: a required list needs at least one item.
        Field { name: "customer_ids", presence: Required, kind: Kind::List { min: 1, max: Some(10), item: &super::ID } },
        Field { name: "reason", presence: Required, kind: super::text(256) },
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
        // 不支持空串，有枚举校验. Whether it matches the freeze type is a server-side check.
        Field {
            name: "unfreeze_type",
            presence: Optional(Rejected),
            kind: Kind::Choice { allowed: &["ACCOUNT", "ACCOUNT_AND_RESOURCE"], ignore_case: false },
        },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
