//! `bss-validate`: validate a request body from the command line, the same way the crate and
//! (later) the npm package do.
//!
//! ```sh
//! bss-validate ReclaimToPartnerAccount '{"customer_id":"c1","amount":"1.005"}'
//! echo '{"order_id":""}' | bss-validate --locale zh-CN CancelCustomerOrder
//! bss-validate --list
//! bss-validate --openapi > openapi.json
//! bss-validate --demo
//! ```
//!
//! Exit status: 0 valid, 1 invalid, 2 usage error, unknown operation or unreadable JSON.

use std::io::{Read, Write};
use std::process::ExitCode;

use bss_validate::{Locale, Options, validate_with};
use serde_json::{Value, json};

const USAGE: &str = "usage: bss-validate [--locale en|zh-CN] <Operation> [<json body>]   (body from stdin when omitted)
       bss-validate --list
       bss-validate --openapi   (the OpenAPI 3.1 document of the operations)
       bss-validate [--locale en|zh-CN] --demo";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut options = Options::default();
    if let Some(i) = args.iter().position(|a| a == "--locale") {
        let Some(locale) = args.get(i + 1).and_then(|t| Locale::from_tag(t)) else { return usage() };
        options.locale = locale;
        args.drain(i..=i + 1);
    }
    let mut out = std::io::stdout().lock();
    match args.first().map(String::as_str) {
        Some("--list") => {
            for op in bss_validate::spec::OPERATIONS {
                let _ = writeln!(out, "{}\t{}", op.name, op.title);
            }
            ExitCode::SUCCESS
        }
        Some("--openapi") => {
            let _ = out.write_all(bss_validate::forms::openapi::document().as_bytes());
            ExitCode::SUCCESS
        }
        Some("--demo") => demo(&mut out, &options),
        Some(op) if !op.starts_with('-') => {
            let text = match args.get(1) {
                Some(body) => body.clone(),
                None => {
                    let mut s = String::new();
                    if std::io::stdin().read_to_string(&mut s).is_err() {
                        return usage();
                    }
                    s
                }
            };
            let Ok(body) = serde_json::from_str::<Value>(&text) else {
                let _ = writeln!(std::io::stderr(), "bss-validate: the body is not JSON");
                return ExitCode::from(2);
            };
            match validate_with(op, &body, &options) {
                Ok(outcome) => {
                    let _ = writeln!(out, "{}", serde_json::to_string_pretty(&outcome).unwrap_or_default());
                    if outcome.ok { ExitCode::SUCCESS } else { ExitCode::from(1) }
                }
                Err(e) => {
                    let _ = writeln!(std::io::stderr(), "bss-validate: {e} (see --list)");
                    ExitCode::from(2)
                }
            }
        }
        _ => usage(),
    }
}

fn usage() -> ExitCode {
    let _ = writeln!(std::io::stderr(), "{USAGE}");
    ExitCode::from(2)
}

/// A tour: a few bodies a partner portal sends, each with its verdict.
fn demo(out: &mut impl Write, options: &Options) -> ExitCode {
    let samples = [
        ("ReclaimToPartnerAccount", json!({ "customer_id": "06f9fb4f24002f0b0f40c00327c28d00", "amount": 1.00 })),
        ("ReclaimToPartnerAccount", json!({ "customerId": "06f9fb4f24002f0b0f40c00327c28d00", "amount": "1.005" })),
        ("UpdateIndirectPartnerAccount", json!({ "indirect_partner_id": "92c0b40", "amount": "1000000000" })),
        ("CheckUserIdentity", json!({ "search_type": "mobile", "search_value": "0044-7911123456" })),
        (
            "CreateSubCustomer",
            json!({ "xaccount_id": "u-1001", "xaccount_type": "partner_portal", "domain_name": "li_lei-01",
                    "mobile_phone": "13800138000", "password": "13800138000" }),
        ),
        ("PayOrders", json!({ "order_id": "CS170926155954NO7", "use_coupon": "NO", "use_discount": "YES", "coupon_infos": [] })),
    ];
    for (op, body) in samples {
        let _ = writeln!(out, "$ {op} {body}");
        match validate_with(op, &body, options) {
            Ok(outcome) => {
                let _ = writeln!(out, "{}\n", serde_json::to_string_pretty(&outcome).unwrap_or_default());
            }
            Err(e) => {
                let _ = writeln!(out, "{e}\n");
            }
        }
    }
    ExitCode::SUCCESS
}
