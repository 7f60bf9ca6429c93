//! 查询订单列表 — ListCustomerOrders. `GET /v2/orders/customer-orders`
//! (query parameters, SDK model `ListCustomerOrdersRequest`; bss-api.md §18, \[SDK-go/java\]).
//!
//! Every filter says 不携带或携带值为空时，不作为筛选条件, so `""` counts as absent throughout.

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};
use crate::engine::{Body, Report};

/// The operation table.
pub const OP: Operation = Operation {
    name: "ListCustomerOrders",
    title: "查询订单列表",
    method: Method::Get,
    path: "/v2/orders/customer-orders",
    site: Site::China,
    source: super::cite("bss-api.md §18; [SDK-go/java] ListCustomerOrdersRequest"),
    fields: &[
        Field { name: "order_id", presence: Optional(Absent), kind: super::ID },
        Field { name: "customer_id", presence: Optional(Absent), kind: super::ID },
        Field { name: "create_time_begin", presence: Optional(Absent), kind: super::UTC_TIME },
        Field { name: "create_time_end", presence: Optional(Absent), kind: super::UTC_TIME },
        Field { name: "service_type_code", presence: Optional(Absent), kind: super::ANY_TEXT },
        // 1 待审核 / 3 处理中 / 4 已取消 / 5 已完成 / 6 待支付 / 9 待确认.
        Field { name: "status", presence: Optional(Absent), kind: Kind::IntChoice(&[1, 3, 4, 5, 6, 9]) },
        // 1 开通 / 2 续订 / 3 变更 / 4 退订 / 10 包年/包月转按需 / 11 按需转包年/包月 / 13 试用 / 14 转商用 / 15 费用调整.
        Field {
            name: "order_type",
            presence: Optional(Absent),
            kind: Kind::Choice { allowed: &["1", "2", "3", "4", "10", "11", "13", "14", "15"], ignore_case: false },
        },
        Field { name: "limit", presence: Optional(Absent), kind: super::LIMIT },
        Field { name: "offset", presence: Optional(Absent), kind: super::OFFSET_MAX },
        // 大小写不敏感: createTime (ascending) or -createTime (descending).
        Field { name: "order_by", presence: Optional(Absent), kind: Kind::Choice { allowed: &["createTime", "-createTime"], ignore_case: true } },
        Field { name: "payment_time_begin", presence: Optional(Absent), kind: super::UTC_TIME },
        Field { name: "payment_time_end", presence: Optional(Absent), kind: super::UTC_TIME },
        Field { name: "indirect_partner_id", presence: Optional(Rejected), kind: super::ID },
        // oneself (default) / sub_customer.
        Field { name: "method", presence: Optional(Absent), kind: Kind::Choice { allowed: &["oneself", "sub_customer"], ignore_case: false } },
    ],
    cross,
    links: &[("create_time_begin", "create_time_end"), ("payment_time_begin", "payment_time_end")],
};

/// 开始时间与结束时间间隔不能超过1年.
const MAX_WINDOW_YEARS: i64 = 1;

fn cross(body: &Body<'_>, out: &mut Report) {
    crate::engine::window(body, out, "create_time_begin", "create_time_end", Some(MAX_WINDOW_YEARS));
    crate::engine::window(body, out, "payment_time_begin", "payment_time_end", Some(MAX_WINDOW_YEARS));
}
