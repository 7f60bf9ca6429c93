//! 客户关联合作伙伴 — AssociateCustomer, a registration check (no API call): whether a
//! customer can associate with a partner (bss-api.md cross-cutting rule 13; user manual
//! zh-cn_topic_0045531772; seed FAQ 为什么没有合作伙伴账号绑定码了).

use super::{Empty, Field, Kind, Method, Operation, Presence, Site};
use crate::engine::{Body, Report};
use crate::report::{Allowed, Code, fail, pointer};

/// 客户注册时间超过7天…不能直接关联合作伙伴.
pub const ASSOCIATION_MAX_DAYS: i64 = 7;
/// 报备有效期 15 天 (partial text in the doc: lower confidence, see the README).
pub const PRE_REGISTRATION_VALID_DAYS: i64 = 15;

const DAY: i64 = 86_400;

/// Channels a customer may associate through.
const CHANNELS: &[&str] = &["invitation_link", "qr_code", "binding_code"];
/// The channels in use today: 邀请链接或者二维码.
const CURRENT_CHANNELS: &[&str] = &["invitation_link", "qr_code"];

/// Customer ↔ partner association.
pub const OP: Operation = Operation {
    name: "AssociateCustomer",
    title: "客户关联合作伙伴",
    method: Method::Post,
    path: "",
    site: Site::China,
    source: super::cite("bss-api.md cross-cutting rule 13; user manual zh-cn_topic_0045531772; seed FAQ"),
    fields: &[
        // When the customer registered.
        Field { name: "registered_at", presence: Presence::Required, kind: super::UTC_TIME },
        // The time of the check, from the caller's clock.
        Field { name: "now", presence: Presence::Required, kind: super::UTC_TIME },
        // Whether the customer has cash spend (现金消费).
        Field { name: "has_cash_spend", presence: Presence::Required, kind: Kind::Bool },
        // When the partner pre-registered (报备) the customer, if it did.
        Field { name: "pre_registered_at", presence: Presence::Optional(Empty::Rejected), kind: super::UTC_TIME },
        // How the customer associates.
        Field { name: "channel", presence: Presence::Required, kind: Kind::Choice { allowed: CHANNELS, ignore_case: false } },
    ],
    cross: association,
    links: &[("registered_at", "now"), ("registered_at", "pre_registered_at"), ("now", "pre_registered_at"), ("has_cash_spend", "pre_registered_at")],
};

fn association(body: &Body<'_>, out: &mut Report) {
    if body.choice("channel").is_some_and(|c| !CURRENT_CHANNELS.contains(&c)) {
        out.push(pointer::push("", "channel"), fail!(Code::InvitationRequired, allowed: Allowed::Strs(CURRENT_CHANNELS)));
    }
    let (Some(registered), Some(now)) = (body.utc("registered_at"), body.utc("now")) else {
        return;
    };
    if now < registered {
        out.push(pointer::push("", "now"), fail!(Code::EndBeforeBegin, field: pointer::push("", "registered_at")));
        return;
    }
    let too_old = now - registered > ASSOCIATION_MAX_DAYS * DAY;
    let cash = body.flag("has_cash_spend") == Some(true);
    if !too_old && !cash {
        return;
    }
    let path = pointer::push("", "pre_registered_at");
    match body.utc("pre_registered_at") {
        None if body.given("pre_registered_at").is_some() => {} // malformed: already reported
        None => {
            if too_old {
                out.push(path.clone(), fail!(Code::PreRegistrationRequired, reason: "registered_over_limit", max_days: ASSOCIATION_MAX_DAYS));
            }
            if cash {
                out.push(path, fail!(Code::PreRegistrationRequired, reason: "cash_spend"));
            }
        }
        Some(pre) if now - pre > PRE_REGISTRATION_VALID_DAYS * DAY => {
            out.push(path, fail!(Code::PreRegistrationExpired, max_days: PRE_REGISTRATION_VALID_DAYS));
        }
        Some(pre) if pre > now => {
            out.push(pointer::push("", "now"), fail!(Code::EndBeforeBegin, field: pointer::push("", "pre_registered_at")));
        }
        Some(_) => {}
    }
}
