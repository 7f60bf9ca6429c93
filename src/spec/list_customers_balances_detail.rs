//! 查询客户账户余额 — ListCustomersBalancesDetail. `POST /v2/accounts/customer-accounts/balances/batch-query`
//! (bss-api.md §12; SDK model QueryCustomersBalancesReq; \[DOC mt_060004\]).

#[allow(unused_imports)]
use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListCustomersBalancesDetail",
    title: "查询客户账户余额",
    method: Method::Post,
    path: "/v2/accounts/customer-accounts/balances/batch-query",
    site: Site::China,
    source: super::cite("bss-api.md §12; SDK model QueryCustomersBalancesReq; [DOC mt_060004]"),
    fields: &[
        Field { name: "customer_infos", presence: Required, kind: Kind::List { min: 1, max: Some(100), item: &Kind::Object(CUSTOMER_INFO) } },
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};

/// `customer_infos[]` (SDK `CustomerInfoV2`).
const CUSTOMER_INFO: &[Field] = &[Field { name: "customer_id", presence: Required, kind: super::ID }];
