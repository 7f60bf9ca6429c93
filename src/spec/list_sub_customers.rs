//! 查询客户列表 — ListSubCustomers. `POST /v2/partners/sub-customers/query`
//! (SDK model `QuerySubCustomerListReq`; bss-api.md §10, \[DOC mc_00021\]). All fields optional.

use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListSubCustomers",
    title: "查询客户列表",
    method: Method::Post,
    path: "/v2/partners/sub-customers/query",
    site: Site::China,
    source: super::cite("bss-api.md §10; [DOC mc_00021], [SDK-go], [SDK-2020]"),
    fields: &[
        Field { name: "account_name", presence: Optional(Absent), kind: FUZZY },
        Field { name: "customer", presence: Optional(Absent), kind: FUZZY },
        // Decision: the doc's [0-40000000].
        Field { name: "offset", presence: Optional(Rejected), kind: super::OFFSET_40M },
        Field { name: "limit", presence: Optional(Rejected), kind: super::LIMIT },
        Field { name: "label", presence: Optional(Absent), kind: FUZZY },
        // 最大长度:2; 1 顾问销售 / 2 代售.
        Field { name: "association_type", presence: Optional(Absent), kind: Kind::Choice { allowed: &["1", "2"], ignore_case: false } },
        Field { name: "associated_on_begin", presence: Optional(Rejected), kind: super::UTC_TIME },
        // Decision (INFERRED): max 20 like begin; the SDK says "" is not supported.
        Field { name: "associated_on_end", presence: Optional(Rejected), kind: super::UTC_TIME },
        // Decision (INFERRED): max 64 (2020 SDK: 最大长度64).
        Field { name: "customer_id", presence: Optional(Absent), kind: super::ID },
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    // Decision: no begin ≤ end rule. No doc page or SDK text states one (only
    // ListCustomerOrders' one-year window is SDK text), and the validator must not refuse what
    // the API accepts (issue 15).
    cross: crate::engine::no_cross,
    links: &[],
};

/// Fuzzy filters: 最大长度:64, 不支持携带空格查询.
const FUZZY: Kind = Kind::Text { min: 0, max: Some(64), format: Some(Format::NoSpace) };
