//! 设置包年/包月资源自动续费 — AutoRenewalResources.
//! `POST /v2/orders/subscriptions/resources/autorenew/{resource_id}` (path parameter and the
//! optional body `AutoRenewalResourcesReq`; bss-api-more.md §49, \[DOC-oce api_order_00022\]).
//!
//! The path parameter `resource_id` is a key of the validated object, beside the body's field
//! (bss-api-more.md, "How a request maps to the validated object", point 3).

use super::{Empty::*, Field, Kind, Method, Operation, Presence::*, Site};

/// The operation table.
pub const OP: Operation = Operation {
    name: "AutoRenewalResources",
    title: "设置包年/包月资源自动续费",
    method: Method::Post,
    path: "/v2/orders/subscriptions/resources/autorenew/{resource_id}",
    site: Site::China,
    source: super::cite("bss-api-more.md §49; [DOC-oce api_order_00022], [SDK-meta], [SDK-go/java] AutoRenewalResourcesReq"),
    fields: &[
        // Decision: the path parameter is a field of the object (convention I1); 最大长度:64.
        Field { name: "resource_id", presence: Required, kind: super::ID },
        // 0 不限制次数; 不携带或null → 不限制次数 on first activation. "必填 when resetting the count of
        // an active renewal" needs the resource's state (server-side, README 22). `""` not
        // mentioned: rejected; a JSON number (a body's text integer is wrong_type).
        Field { name: "auto_renew_times", presence: Optional(Rejected), kind: Kind::Int { min: 0, max: 99 } },
    ],
    cross: crate::engine::no_cross,
    links: &[],
};
