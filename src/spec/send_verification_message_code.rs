//! 发送验证码 — SendVerificationMessageCode. `POST /v2/bases/verificationcode/send`
//! (SDK model `SendVerificationCodeV2Req`; bss-api.md §2, \[DOC mc_00024\]).

use super::{Empty::*, Field, Format, Kind, Method, Operation, Presence::*, Site};
use crate::engine::{Body, Report};
use crate::report::pointer;
use crate::report::{Code, fail};

/// The operation table.
pub const OP: Operation = Operation {
    name: "SendVerificationMessageCode",
    title: "发送验证码",
    method: Method::Post,
    path: "/v2/bases/verificationcode/send",
    site: Site::China,
    source: super::cite("bss-api.md §2; [DOC mc_00024], [SDK-java]"),
    fields: &[
        // Decision: the doc's `[1]` (SMS) wins over the Java spec's 1..2; 2 (email) is intl-only.
        Field { name: "receiver_type", presence: Required, kind: Kind::IntChoice(&[1]) },
        // "" is not mentioned for timeout: rejected (the default Empty rule).
        Field { name: "timeout", presence: Optional(Rejected), kind: Kind::Int { min: 1, max: 3000 } },
        Field { name: "mobile_phone", presence: Required, kind: Kind::Text { min: 0, max: Some(32), format: Some(Format::MobileDigits) } },
        Field { name: "lang", presence: Optional(Absent), kind: Kind::Choice { allowed: &["zh-cn", "en-us"], ignore_case: false } },
        // Decision: an enum of the two documented scenes, not the Java range 18..29.
        Field { name: "scene", presence: Optional(Rejected), kind: Kind::IntChoice(&[SCENE_REGISTER, SCENE_BANK_CARD]) },
        Field { name: "customer_id", presence: Conditional(Absent), kind: super::ID },
    ],
    cross,
    links: &[("scene", "customer_id")],
};

/// 29 = 注册场景 (default).
const SCENE_REGISTER: i64 = 29;
/// 18 = 个人银行卡实名认证场景: needs `customer_id`.
const SCENE_BANK_CARD: i64 = 18;

/// `customer_id` is required when `scene` is 18.
fn cross(body: &Body<'_>, out: &mut Report) {
    let scene = body.int("scene");
    if scene == Some(SCENE_BANK_CARD) && body.given("customer_id").is_none() {
        out.push(pointer::push("", "customer_id"), fail!(Code::Required, field: pointer::push("", "scene"), value: SCENE_BANK_CARD.into()));
    }
}
