//! 加入伙伴计划 — JoinPartnerProgram, a registration check (no API call): whether an account
//! can join a partner program (seed FAQ: 解决方案提供商账号过期时是否可以加入云经销商 /
//! 企业是否可以同时加入解决方案提供商计划和云经销商计划).

use super::{Field, Kind, Method, Operation, Presence, Site};
use crate::engine::{Body, Report};
use crate::report::{Code, Fail, fail, pointer};

/// The two partner programs.
const PROGRAMS: &[&str] = &["solution_provider", "reseller"];

/// An account applying to a partner program.
pub const OP: Operation = Operation {
    name: "JoinPartnerProgram",
    title: "加入伙伴计划",
    method: Method::Post,
    path: "",
    site: Site::China,
    source: super::cite("seed FAQ: 解决方案提供商账号过期时是否可以加入云经销商 / 企业是否可以同时加入解决方案提供商计划和云经销商计划"),
    fields: &[
        // The program applied for: 解决方案提供商计划 or 云经销商计划.
        Field { name: "program", presence: Presence::Required, kind: Kind::Choice { allowed: PROGRAMS, ignore_case: false } },
        // The programs the account is already in.
        Field {
            name: "current_programs",
            presence: Presence::Required,
            kind: Kind::List { min: 0, max: None, item: &Kind::Choice { allowed: PROGRAMS, ignore_case: false } },
        },
        // Whether the account (a solution-provider account) has expired.
        Field { name: "account_expired", presence: Presence::Required, kind: Kind::Bool },
        // Whether the account passed enterprise real-name authentication (企业实名认证).
        Field { name: "enterprise_verified", presence: Presence::Required, kind: Kind::Bool },
    ],
    cross: program,
    links: &[("program", "account_expired"), ("program", "current_programs"), ("program", "enterprise_verified")],
};

fn program(body: &Body<'_>, out: &mut Report) {
    let Some(program) = body.choice("program") else {
        return;
    };
    let flag = |name: &str| body.flag(name);
    if flag("account_expired") == Some(true) && program == "reseller" {
        out.push(pointer::push("", "account_expired"), Fail::new(Code::AccountExpired));
    }
    if body.strings("current_programs").is_some_and(|mut c| c.any(|p| p != program)) {
        out.push(pointer::push("", "current_programs"), fail!(Code::ProgramConflict, field: pointer::push("", "program")));
    }
    if flag("enterprise_verified") == Some(false) {
        out.push(pointer::push("", "enterprise_verified"), Fail::new(Code::EnterpriseVerificationRequired));
    }
}
