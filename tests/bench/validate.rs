//! Native benchmarks: bytes → verdict for three representative bodies, each valid and
//! invalid, with this crate and, beside it, the same rules written with `validator` and
//! `garde` (`peer_*.rs`). `cargo bench --bench validate`; criterion's own output, then a
//! summary table on stdout (ns/op and ours/theirs; ≤ 1.0 means ours is faster).
//!
//! Measured per body:
//! - `ours_in_place`: `check_json` (the text read in place, no tree of owned values; the
//!   violations, messages rendered): what a server that checks a body and forwards its bytes
//!   calls, and the figure the ratios use;
//! - `ours`: `validate_json` (the crate's reader; the whole outcome, a valid body's `value`
//!   built as a `serde_json::Value`);
//! - `ours_serde_value`: `serde_json::from_slice::<serde_json::Value>` + `validate_with`;
//! - `ours_typed`: `request::from_slice::<T>` (the bytes read once, checked once, the typed
//!   struct built from what the check found: what a server's `Valid<T>` extractor does);
//! - `validator`, `garde`: `serde_json::from_slice::<T>` + `.validate()`.
//!
//! All of them produce what a server would answer with: ours the violations (each one's
//! path, code, params and rendered English message; `ours` also a copy of a valid body), `validator` its `ValidationErrors` (codes and params, no messages), `garde` its
//! `Report` (paths and messages).
//!
//! Before timing, the setup checks that each body is what it says (the valid ones are corpus
//! cases verbatim; each violation of an invalid one is a corpus case's), that ours reports
//! exactly the expected violations, and that `validator` and `garde` report errors at the
//! same JSON Pointers (so they are doing the same work), and that every path agrees on the
//! verdict.
//!
//! Profile: `[profile.bench]` is Cargo's default release profile (opt-level 3), what a server
//! depending on the crate builds it with, for every library alike. The size-optimised build
//! the npm package's wasm gets (opt-level "z", fat LTO): `CARGO_PROFILE_BENCH_OPT_LEVEL=z
//! CARGO_PROFILE_BENCH_LTO=true CARGO_PROFILE_BENCH_CODEGEN_UNITS=1 cargo bench --bench validate`.

#![allow(clippy::print_stdout)] // the summary table is the point

#[cfg(not(target_arch = "wasm32"))]
#[path = "peer_rules.rs"]
mod peer_rules;

#[cfg(not(target_arch = "wasm32"))]
#[path = "peer_validator.rs"]
mod peer_validator;

#[cfg(not(target_arch = "wasm32"))]
#[path = "peer_garde.rs"]
mod peer_garde;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

/// Criterion and the peers are native-only dev-dependencies; on wasm32 (which `cargo clippy
/// --all-targets --target wasm32-unknown-unknown` also checks) there is nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::path::{Path, PathBuf};
    use std::time::{Duration, SystemTime};

    use bss_validate::request::{self, Request};
    use bss_validate::{Locale, Options, Outcome, Violation, check_json, validate_json, validate_with};
    use criterion::Criterion;

    use crate::{peer_garde, peer_validator};

    /// One benchmarked body.
    struct Body {
        op: &'static str,
        valid: bool,
        /// The bytes a server receives (compact, as `JSON.stringify` writes them).
        bytes: &'static [u8],
        /// Corpus cases (in `tests/vectors/<op>.json`) this body comes from: the case itself
        /// for a valid body, one case per violation for an invalid one.
        cases: &'static [&'static str],
        /// The crate's violations, in its order: (JSON Pointer, code).
        expect: &'static [(&'static str, &'static str)],
        /// The peers: bytes → verdict.
        validator: fn(&[u8]) -> Result<(), validator::ValidationErrors>,
        garde: fn(&[u8]) -> Result<(), garde::Report>,
        typed: fn(&[u8]) -> bool,
    }

    const BODIES: &[Body] = &[
        Body {
            op: "ReclaimToPartnerAccount",
            valid: true,
            bytes: br#"{"customer_id":"06f9fb4f24002f0b0f40c00327c28d00","amount":"0.01","indirect_partner_id":"ip-0001"}"#,
            cases: &["full body with indirect_partner_id"],
            expect: &[],
            validator: peer_validator::check::<peer_validator::Reclaim>,
            garde: peer_garde::check::<peer_garde::Reclaim>,
            typed: typed::<request::ReclaimToPartnerAccount>,
        },
        Body {
            op: "ReclaimToPartnerAccount",
            valid: false,
            bytes: br#"{"customer_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","amount":"0.001","indirect_partner_id":""}"#,
            cases: &["customer_id of 65 units", "three decimals", "indirect_partner_id empty string"],
            expect: &[("/customer_id", "too_long"), ("/amount", "too_many_decimals"), ("/indirect_partner_id", "empty")],
            validator: peer_validator::check::<peer_validator::Reclaim>,
            garde: peer_garde::check::<peer_garde::Reclaim>,
            typed: typed::<request::ReclaimToPartnerAccount>,
        },
        Body {
            op: "CreateSubCustomer",
            valid: true,
            bytes: br#"{"xaccount_id":"partner-user-0001","xaccount_type":"partner_platform_01","domain_name":"alice_01","mobile_phone":"13800138000","verification_code":"123456","password":"Secr3t!Pass","is_close_market_ms":"false","indirect_partner_id":"3d2c6b3ab1fd4e26846b0f2c46e67bda","include_association_result":true,"cooperation_type":"1"}"#,
            cases: &["full valid body"],
            expect: &[],
            validator: peer_validator::check::<peer_validator::Create>,
            garde: peer_garde::check::<peer_garde::Create>,
            typed: typed::<request::CreateSubCustomer>,
        },
        Body {
            op: "CreateSubCustomer",
            valid: false,
            // The full valid body with a reserved name, a 5-digit code and a password holding the mobile.
            bytes: br#"{"xaccount_id":"partner-user-0001","xaccount_type":"partner_platform_01","domain_name":"op_alice","mobile_phone":"13800138000","verification_code":"12345","password":"Ab13800138000","is_close_market_ms":"false","indirect_partner_id":"3d2c6b3ab1fd4e26846b0f2c46e67bda","include_association_result":true,"cooperation_type":"1"}"#,
            cases: &["domain_name op_ prefix", "verification_code 5 units", "password contains mobile_phone"],
            expect: &[("/domain_name", "reserved_prefix"), ("/verification_code", "too_short"), ("/password", "password_contains_mobile")],
            validator: peer_validator::check::<peer_validator::Create>,
            garde: peer_garde::check::<peer_garde::Create>,
            typed: typed::<request::CreateSubCustomer>,
        },
        Body {
            op: "PayOrders",
            valid: true,
            bytes: br#"{"order_id":"CS1709261559ABCDE","use_coupon":"YES","use_discount":"YES","coupon_infos":[{"id":"CP1","type":300},{"id":"CP2","type":301},{"id":"CP3","type":302}],"discount_infos":[{"id":"D1","type":2}]}"#,
            cases: &["full body YES/YES with 3 coupons and 1 discount"],
            expect: &[],
            validator: peer_validator::check::<peer_validator::Pay>,
            garde: peer_garde::check::<peer_garde::Pay>,
            typed: typed::<request::PayOrders>,
        },
        Body {
            op: "PayOrders",
            valid: false,
            // The full body with a 65-unit second coupon id, a third coupon of type 299 and a discount of type 610.
            bytes: br#"{"order_id":"CS1709261559ABCDE","use_coupon":"YES","use_discount":"YES","coupon_infos":[{"id":"CP1","type":300},{"id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","type":301},{"id":"CP3","type":299}],"discount_infos":[{"id":"D1","type":610}]}"#,
            cases: &["coupon id of 65 units", "coupon type 299", "discount type 610"],
            expect: &[("/coupon_infos/1/id", "too_long"), ("/coupon_infos/2/type", "not_one_of"), ("/discount_infos/0/type", "not_one_of")],
            validator: peer_validator::check::<peer_validator::Pay>,
            garde: peer_garde::check::<peer_garde::Pay>,
            typed: typed::<request::PayOrders>,
        },
    ];

    /// The corpus files of the three operations.
    fn corpus(op: &str) -> serde_json::Value {
        let text = match op {
            "ReclaimToPartnerAccount" => include_str!("../vectors/reclaim_to_partner_account.json"),
            "CreateSubCustomer" => include_str!("../vectors/create_sub_customer.json"),
            "PayOrders" => include_str!("../vectors/pay_orders.json"),
            _ => unreachable!("{op}"),
        };
        serde_json::from_str(text).expect("corpus JSON")
    }

    // ---------------------------------------------------------------------------------------
    // The measured paths.

    /// Ours: bytes → `validate_json` (the crate's reader; the whole outcome, a valid body's
    /// `value` built as a `serde_json::Value`). `None`: not JSON.
    fn ours(op: &str, bytes: &[u8]) -> Option<Outcome> {
        validate_json(op, bytes, &Options::default()).ok()
    }

    /// Ours, in place: bytes → `check_json` (no tree of owned values; the violations only).
    fn ours_in_place(op: &str, bytes: &[u8]) -> Vec<Violation> {
        check_json(op, bytes, Locale::En).expect("known operation, JSON")
    }

    /// Ours through serde_json: bytes → `serde_json::Value` → `validate_with`.
    fn ours_serde(op: &str, bytes: &[u8]) -> Option<Outcome> {
        let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
        Some(validate_with(op, &value, &Options::default()).expect("known operation"))
    }

    /// Ours, typed: bytes → `request::from_slice::<T>` (read once, checked once, the struct
    /// built from what the check found; the violations otherwise). True when a struct came out.
    fn typed<T: Request>(bytes: &[u8]) -> bool {
        black_box(request::from_slice::<T>(bytes, Locale::En)).is_ok()
    }

    // ---------------------------------------------------------------------------------------
    // Setup: like is compared with like.

    fn check(body: &Body) {
        let name = format!("{} ({})", body.op, if body.valid { "valid" } else { "invalid" });
        let corpus = corpus(body.op);
        let cases = corpus["cases"].as_array().expect("cases");
        let input: serde_json::Value = serde_json::from_slice(body.bytes).expect("body JSON");
        for case_name in body.cases {
            let case = cases.iter().find(|c| c["name"] == *case_name).unwrap_or_else(|| panic!("{name}: no corpus case {case_name:?}"));
            assert_eq!(case["expect"]["ok"], body.valid, "{name}: corpus case {case_name:?}");
            if body.valid {
                assert_eq!(case["input"], input, "{name}: the body is corpus case {case_name:?} verbatim");
            } else {
                // Each violation of the case is one of the body's (same field, same code).
                for e in case["expect"]["errors"].as_array().expect("errors") {
                    let (path, code) = (e["path"].as_str().expect("path"), e["code"].as_str().expect("code"));
                    let field = |p: &str| p.rsplit('/').next().unwrap_or_default().to_owned();
                    assert!(
                        body.expect.iter().any(|(p, c)| *c == code && field(p) == field(path)),
                        "{name}: {case_name:?} gives {path} {code}, which the body lacks"
                    );
                }
            }
        }

        let out = ours(body.op, body.bytes).expect("ours reads the body");
        let got: Vec<(&str, &str)> = out.errors.iter().map(|v| (v.path.as_str(), v.code.as_str())).collect();
        assert_eq!(got, body.expect, "{name}: ours");
        assert_eq!(out.ok, body.valid, "{name}: ours");
        // The same verdict and violations (its `value` has serde_json's sorted keys).
        assert_eq!(ours_in_place(body.op, body.bytes), out.errors, "{name}: ours in place");
        let via_serde = ours_serde(body.op, body.bytes).expect("serde_json reads the body");
        assert_eq!((via_serde.ok, &via_serde.errors), (out.ok, &out.errors), "{name}: ours via serde_json");
        assert_eq!((body.typed)(body.bytes), body.valid, "{name}: ours typed");

        let mut want: Vec<String> = body.expect.iter().map(|(p, _)| (*p).to_owned()).collect();
        want.sort();
        let v = (body.validator)(body.bytes);
        let v_paths = v.as_ref().err().map(peer_validator::pointers).unwrap_or_default();
        assert_eq!(v_paths, want, "{name}: validator reports other fields: {v:?}");
        let g = (body.garde)(body.bytes);
        let g_paths = g.as_ref().err().map(peer_garde::pointers).unwrap_or_default();
        assert_eq!(g_paths, want, "{name}: garde reports other fields: {g:?}");
        println!("setup ok: {name:<36} {} bytes, ours/validator/garde agree: {:?}", body.bytes.len(), body.expect);
    }

    // ---------------------------------------------------------------------------------------
    // Timing and the summary.

    const PATHS: [&str; 6] = ["ours_in_place", "ours", "ours_serde_value", "ours_typed", "validator", "garde"];

    fn group(body: &Body) -> String {
        format!("{}-{}", body.op, if body.valid { "valid" } else { "invalid" })
    }

    /// Where criterion writes its estimates: as criterion itself decides, but fixed here so
    /// the summary can read them back (`$CRITERION_HOME`, `$CARGO_TARGET_DIR/criterion`, else
    /// `criterion/` in the target directory this bench binary was built in).
    fn output_directory() -> PathBuf {
        if let Some(home) = std::env::var_os("CRITERION_HOME") {
            return home.into();
        }
        if let Some(target) = std::env::var_os("CARGO_TARGET_DIR") {
            return Path::new(&target).join("criterion");
        }
        // <target>/release/deps/validate-<hash>
        let exe = std::env::current_exe().expect("current exe");
        exe.ancestors().nth(3).map_or_else(|| PathBuf::from("target/criterion"), |t| t.join("criterion"))
    }

    /// Criterion's typical estimate (the slope, else the mean) in ns, if this run wrote it.
    fn estimate(dir: &Path, group: &str, path: &str, since: SystemTime) -> Option<f64> {
        let file = dir.join(group).join(path).join("new").join("estimates.json");
        if std::fs::metadata(&file).and_then(|m| m.modified()).ok()? < since {
            return None; // left by an earlier run (filtered out of this one)
        }
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(file).ok()?).ok()?;
        v["slope"]["point_estimate"].as_f64().or_else(|| v["mean"]["point_estimate"].as_f64())
    }

    fn summary(dir: &Path, since: SystemTime) {
        let ns = |v: Option<f64>| v.map_or_else(|| "n/a".to_owned(), |v| format!("{v:.0}"));
        let ratio = |a: Option<f64>, b: Option<f64>| a.zip(b).map_or_else(|| "n/a".to_owned(), |(a, b)| format!("{:.2}", a / b));
        println!();
        println!("Summary: ns per body, bytes → verdict (criterion's estimate; ratio ≤ 1.00 means ours is faster)");
        println!();
        println!(
            "| {:<24} | {:<7} | {:>5} | {:>6} | {:>10} | {:>10} | {:>10} | {:>9} | {:>6} | {:>9} | {:>10} | {:>11} | {:>12} |",
            "body",
            "verdict",
            "bytes",
            "ours",
            "ours json",
            "ours serde",
            "ours typed",
            "validator",
            "garde",
            "ours/val.",
            "ours/garde",
            "typed/val.",
            "typed/garde"
        );
        println!("|{}|", [26, 9, 7, 8, 12, 12, 12, 11, 8, 11, 12, 13, 14].map(|w| "-".repeat(w)).join("|"));
        for body in BODIES {
            let g = group(body);
            let [o, value, s, t, v, ga] = PATHS.map(|p| estimate(dir, &g, p, since));
            println!(
                "| {:<24} | {:<7} | {:>5} | {:>6} | {:>10} | {:>10} | {:>10} | {:>9} | {:>6} | {:>9} | {:>10} | {:>11} | {:>12} |",
                body.op,
                if body.valid { "valid" } else { "invalid" },
                body.bytes.len(),
                ns(o),
                ns(value),
                ns(s),
                ns(t),
                ns(v),
                ns(ga),
                ratio(o, v),
                ratio(o, ga),
                ratio(t, v),
                ratio(t, ga)
            );
        }
        println!();
        println!("ours = check_json (read in place; the violations, messages rendered); ours json = validate_json (the outcome);");
        println!("ours serde = serde_json::Value + validate_with;");
        println!("ours typed = request::from_slice::<T> (bytes to the struct); validator/garde = serde_json::from_slice::<T> + validate().");
        println!("estimates read from {}", dir.display());
    }

    pub fn main() {
        for body in BODIES {
            check(body);
        }

        let dir = output_directory();
        let since = SystemTime::now();
        let mut c = Criterion::default()
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(2))
            // 10k bootstrap resamples rather than 100k: without rayon the analysis would
            // otherwise add ~1 s per benchmark; the estimates move by well under the noise.
            .nresamples(10_000)
            .output_directory(&dir)
            .configure_from_args();
        for body in BODIES {
            let mut g = c.benchmark_group(group(body));
            let (op, bytes) = (body.op, body.bytes);
            g.bench_function("ours_in_place", |b| b.iter(|| ours_in_place(op, black_box(bytes))));
            g.bench_function("ours", |b| b.iter(|| ours(op, black_box(bytes))));
            g.bench_function("ours_serde_value", |b| b.iter(|| ours_serde(op, black_box(bytes))));
            g.bench_function("ours_typed", |b| b.iter(|| (body.typed)(black_box(bytes))));
            g.bench_function("validator", |b| b.iter(|| (body.validator)(black_box(bytes))));
            g.bench_function("garde", |b| b.iter(|| (body.garde)(black_box(bytes))));
            g.finish();
        }
        c.final_summary();
        summary(&dir, since);
    }
}
