//! Hostile input (issue 7), natively: the catalogue `tests/vectors/hostile/catalogue.json`
//! (its generators expanded as `tests/js/hostile.test.mjs` expands them), every case through
//! the three native entries — `validate` on a `serde_json::Value`, the crate's own reader
//! (`json::parse`, what the WebAssembly build and the axum extractor read text with), and
//! serde_json's reader (what other servers read bodies with) — timed, with the peak heap each
//! case takes.
//!
//! And PII: no password (nor any 4-character piece of it) in any outcome, in either locale,
//! on any path (the axum problem body included); no mobile number or e-mail address in any
//! message.
//!
//! The table of times and peaks is written to `target/hostile-native.txt` (stderr is kept
//! quiet by the crate's lints); `cargo test --release --test hostile` gives release figures.
#![cfg(not(target_arch = "wasm32"))]
// The counting allocator below is the only unsafe code: it forwards to `System`.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use bss_validate::{Locale, Options, eligibility, json, validate_json, validate_with};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------------
// A heap meter: the bytes live now and the most live since the last reset.

struct Meter;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call forwards to `System` with the caller's own arguments; the counters are
// atomics and never affect what is returned.
unsafe impl GlobalAlloc for Meter {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let now = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static METER: Meter = Meter;

/// Tests in this binary run one at a time while measuring (the meter is process-wide).
static SERIAL: Mutex<()> = Mutex::new(());

/// Runs `f`, giving its result, its time, and the most heap it held beyond what was live before.
fn measure<T>(f: impl FnOnce() -> T) -> (T, Duration, usize) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let t = Instant::now();
    let out = f();
    let took = t.elapsed();
    (out, took, PEAK.load(Ordering::Relaxed).saturating_sub(base))
}

// ---------------------------------------------------------------------------------------------
// The catalogue's generators. Lone surrogates cannot live in a Rust string: while a string is
// built they are the private-use stand-ins below, which the text writer turns into `\ud800` /
// `\udc00` escapes (what `JSON.stringify` sends for them) and the value path into U+FFFD (what
// every reader of that text makes of them).

const LONE_HIGH: char = '\u{E000}';
const LONE_LOW: char = '\u{E001}';

fn gen_key(t: &Value) -> Option<&str> {
    let obj = t.as_object()?;
    obj.keys().find(|k| k.starts_with('$') && k.as_str() != "$key").map(String::as_str)
}

fn times(t: &Value) -> usize {
    usize::try_from(t["times"].as_u64().expect("times")).expect("fits")
}

/// A string generator (or a plain string), stand-ins kept.
fn string(t: &Value) -> String {
    match (t, gen_key(t)) {
        (Value::String(s), _) => s.clone(),
        (_, Some("$repeat")) => t["$repeat"].as_str().expect("$repeat text").repeat(times(t)),
        (_, Some("$concat")) => t["$concat"].as_array().expect("$concat list").iter().map(string).collect(),
        (_, Some("$js")) => match t["$js"].as_str() {
            Some("lone_high") => LONE_HIGH.to_string(),
            Some("lone_low") => LONE_LOW.to_string(),
            other => panic!("not a string: $js {other:?}"),
        },
        _ => panic!("not a string generator: {t}"),
    }
}

fn is_string_gen(t: &Value) -> bool {
    match gen_key(t) {
        Some("$repeat" | "$concat") => true,
        Some("$js") => matches!(t["$js"].as_str(), Some("lone_high" | "lone_low")),
        _ => false,
    }
}

/// The value a Rust caller would hold (serde_json). NaN and ±Infinity cannot be a
/// `serde_json::Value` (nor a `bss_validate::Value`: `Value::from_f64` refuses them); a Rust
/// caller cannot send them, and the package sends its documented stand-in `{}`, so that is
/// used here too.
fn expand(t: &Value) -> Value {
    if is_string_gen(t) {
        return Value::String(string(t).replace([LONE_HIGH, LONE_LOW], "\u{FFFD}"));
    }
    match (t, gen_key(t)) {
        (_, Some("$js")) => match t["$js"].as_str().expect("$js name") {
            "NaN" | "Infinity" | "-Infinity" => json!({}),
            "-0" => json!(-0.0),
            other => panic!("$js {other}"),
        },
        (_, Some("$array")) => Value::Array(vec![expand(&t["$array"]); times(t)]),
        (_, Some("$object")) => {
            let prefix = t["prefix"].as_str().expect("prefix");
            let v = expand(&t["$object"]);
            Value::Object((0..times(t)).map(|i| (format!("{prefix}{i}"), v.clone())).collect())
        }
        (_, Some("$nest")) => {
            let mut v = expand(&t["leaf"]);
            for _ in 0..times_nest(t) {
                v = match t["key"].as_str() {
                    Some(k) => Value::Object(std::iter::once((k.to_owned(), v)).collect()),
                    None => Value::Array(vec![v]),
                };
            }
            v
        }
        (Value::Object(map), _) => Value::Object(
            map.iter()
                .map(|(k, v)| if k == "$key" { (string(v).replace([LONE_HIGH, LONE_LOW], "\u{FFFD}"), json!(1)) } else { (k.clone(), expand(v)) })
                .collect(),
        ),
        (Value::Array(items), _) => Value::Array(items.iter().map(expand).collect()),
        _ => t.clone(),
    }
}

fn times_nest(t: &Value) -> usize {
    usize::try_from(t["$nest"].as_u64().expect("$nest depth")).expect("fits")
}

/// JSON text of a string, with the stand-ins as the escapes JS writes.
fn string_text(s: &str) -> String {
    serde_json::to_string(s).expect("a string").replace(LONE_HIGH, "\\ud800").replace(LONE_LOW, "\\udc00")
}

/// The JSON text the package would send (`JSON.stringify` of the expanded value), written
/// without building the value, so 10 000-deep nesting costs no recursion here.
fn text(t: &Value, out: &mut String) {
    if is_string_gen(t) {
        out.push_str(&string_text(&string(t)));
        return;
    }
    match (t, gen_key(t)) {
        (_, Some("$js")) => out.push_str(match t["$js"].as_str().expect("$js name") {
            "NaN" | "Infinity" | "-Infinity" => "{}",
            "-0" => "-0",
            other => panic!("$js {other}"),
        }),
        (_, Some("$array")) => {
            let mut item = String::new();
            text(&t["$array"], &mut item);
            out.push('[');
            out.push_str(&vec![item; times(t)].join(","));
            out.push(']');
        }
        (_, Some("$object")) => {
            let prefix = t["prefix"].as_str().expect("prefix");
            let mut item = String::new();
            text(&t["$object"], &mut item);
            out.push('{');
            let members: Vec<String> = (0..times(t)).map(|i| format!("{}:{item}", string_text(&format!("{prefix}{i}")))).collect();
            out.push_str(&members.join(","));
            out.push('}');
        }
        (_, Some("$nest")) => {
            let n = times_nest(t);
            let (open, close) = match t["key"].as_str() {
                Some(k) => (format!("{{{}:", string_text(k)), "}"),
                None => ("[".to_owned(), "]"),
            };
            out.push_str(&open.repeat(n));
            text(&t["leaf"], out);
            out.push_str(&close.repeat(n));
        }
        (Value::Object(map), _) => {
            out.push('{');
            for (i, (k, v)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if k == "$key" {
                    out.push_str(&string_text(&string(v)));
                    out.push_str(":1");
                } else {
                    out.push_str(&string_text(k));
                    out.push(':');
                    text(v, out);
                }
            }
            out.push('}');
        }
        (Value::Array(items), _) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                text(v, out);
            }
            out.push(']');
        }
        _ => out.push_str(&t.to_string()),
    }
}

// ---------------------------------------------------------------------------------------------

/// `(path, code)` of every error of an outcome as JSON.
fn brief(out: &Value) -> Vec<(String, String)> {
    out["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| (e["path"].as_str().expect("path").to_owned(), e["code"].as_str().expect("code").to_owned()))
        .collect()
}

/// The problems of `got` against an `expect` object of the catalogue.
fn compare(expect: &Value, got: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    if got["ok"] != expect["ok"] {
        problems.push(format!("ok: want {}, got {}", expect["ok"], got["ok"]));
    }
    let got = brief(got);
    let want_of = |list: &Value| -> Vec<(String, String)> {
        list.as_array()
            .expect("a list")
            .iter()
            .map(|e| {
                let path = if e["path"].is_string() { e["path"].as_str().expect("path").to_owned() } else { string(&e["path"]) };
                (path, e["code"].as_str().expect("code").to_owned())
            })
            .collect()
    };
    let short = |v: &[(String, String)]| {
        v.iter()
            .take(6)
            .map(|(p, c)| format!("{} {c}", if p.len() > 40 { format!("{}…({} bytes)", &p[..40], p.len()) } else { p.clone() }))
            .collect::<Vec<_>>()
    };
    if let Some(errors) = expect.get("errors") {
        let want = want_of(errors);
        if got != want {
            problems.push(format!("errors: want {:?}, got {:?} ({} in all)", short(&want), short(&got), got.len()));
        }
    } else {
        let count = usize::try_from(expect["count"].as_u64().expect("count or errors")).expect("fits");
        let head = want_of(&expect["head"]);
        if got.len() != count || got[..head.len().min(got.len())] != head[..] {
            problems.push(format!("want {count} errors starting {:?}, got {} starting {:?}", short(&head), got.len(), short(&got)));
        }
    }
    problems
}

fn options(locale: Locale) -> Options {
    Options::locale(locale)
}

/// One line of the table: case, entry, time, peak heap.
struct Row {
    case: String,
    entry: &'static str,
    took: Duration,
    peak: usize,
}

/// A stated bound per call, generous for a debug build on a loaded 2-core machine; the
/// release figures are far lower (see the table).
const TIME_BOUND: Duration = Duration::from_secs(5);
/// At most this many times the input text, plus `PER_VIOLATION` per violation, plus 8 MB, of
/// heap per call.
const HEAP_FACTOR: usize = 40;
const PER_VIOLATION: usize = 1024;

#[test]
fn catalogue() {
    let _serial = SERIAL.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let doc: Value = serde_json::from_str(include_str!("vectors/hostile/catalogue.json")).expect("catalogue JSON");
    let cases = doc["cases"].as_array().expect("cases");
    let mut failures = Vec::new();
    let mut rows = Vec::new();
    for case in cases {
        let name = case["name"].as_str().expect("name");
        let (op, is_check) = match (case["operation"].as_str(), case["check"].as_str()) {
            (Some(op), None) => (op, false),
            (None, Some(c)) => (c, true),
            _ => panic!("{name}: operation or check"),
        };
        let expect = &case["expect"];
        // A body JSON cannot carry at all (NaN, ±Infinity) is sent by the package as `null`.
        let input = match case["input"]["$js"].as_str() {
            Some("NaN" | "Infinity" | "-Infinity") => Value::Null,
            _ => case["input"].clone(),
        };
        let mut body = String::new();
        text(&input, &mut body);
        // Violations carry a path, params and a rendered message each (about 0.7 KB measured).
        let violations = usize::try_from(expect.get("count").and_then(Value::as_u64).unwrap_or(0)).expect("fits");
        let bound = HEAP_FACTOR * body.len() + PER_VIOLATION * violations + (8 << 20);

        // 1. A serde_json::Value built by the caller (any depth: serde_json only limits its reader),
        // holding U+FFFD where the text has a lone surrogate.
        let value = expand(&input);
        let want_value = case.get("value").unwrap_or(expect);
        for locale in [Locale::En, Locale::ZhCn] {
            let (out, took, peak) =
                measure(
                    || if is_check { eligibility::check_with(op, &value, &options(locale)) } else { validate_with(op, &value, &options(locale)) },
                );
            let out = serde_json::to_value(out.expect("known operation")).expect("serializes");
            for p in compare(want_value, &out) {
                failures.push(format!("{name} [serde_json::Value, {locale:?}]: {p}"));
            }
            check_bounds(&mut failures, name, "value", took, peak, bound);
            rows.push(Row { case: name.to_owned(), entry: if locale == Locale::En { "value (en)" } else { "value (zh-CN)" }, took, peak });
        }
        drop_deep(value);

        // 2. The crate's reader on the package's text: the WebAssembly build's path. Text it
        // refuses (nesting over 128) reaches the core as "not an object", as in src/wasm.rs.
        let want = case["text"].get("json_parse").unwrap_or(expect);
        let (out, took, peak) =
            measure(|| validate_json(op, body.as_bytes(), &Options::default()).or_else(|_| validate_json(op, b"null", &Options::default())));
        let out = serde_json::to_value(out.expect("known operation")).expect("serializes");
        for p in compare(want, &out) {
            failures.push(format!("{name} [json::parse]: {p}"));
        }
        check_bounds(&mut failures, name, "json::parse", took, peak, bound);
        rows.push(Row { case: name.to_owned(), entry: "json::parse", took, peak });

        // 2b. The same text read in place (`check_json`, a server's fast path): the violations
        // path 2 gives, within the same bounds; text it refuses is an error, not a verdict.
        let (errors, took, peak) = measure(|| bss_validate::check_json(op, body.as_bytes(), Locale::En));
        let v = &out["errors"];
        match errors {
            Ok(errors) => {
                if json::read(&body).is_none() {
                    failures.push(format!("{name} [check_json]: read text json::parse refuses"));
                } else if &serde_json::to_value(&errors).expect("serializes") != v {
                    failures.push(format!("{name} [check_json]: other violations than json::parse + validate_value"));
                }
            }
            Err(e) => {
                if json::read(&body).is_some() {
                    failures.push(format!("{name} [check_json]: {e} on text json::parse reads"));
                }
            }
        }
        check_bounds(&mut failures, name, "check_json", took, peak, bound);
        rows.push(Row { case: name.to_owned(), entry: "check_json", took, peak });

        // 3. serde_json's reader, as a server reading bodies with it (axum's own `Json`) gets
        // them ("malformed_json" where it refuses). The crate's extractor reads with
        // `json::parse`, path 2, as the browser's module does.
        let want = case["text"].get("serde_json").unwrap_or(expect);
        let (out, took, peak) = measure(|| {
            serde_json::from_str::<Value>(&body).ok().map(|v| if is_check { eligibility::check(op, &v) } else { bss_validate::validate(op, &v) })
        });
        let out = match out {
            None => json!("malformed_json"),
            Some(o) => serde_json::to_value(o.expect("known operation")).expect("serializes"),
        };
        if want.is_string() || out.is_string() {
            if &out != want {
                failures.push(format!(
                    "{name} [serde_json reader]: want {want}, got {}",
                    if out.is_string() { out.to_string() } else { format!("{:?}", brief(&out)) }
                ));
            }
        } else {
            for p in compare(want, &out) {
                failures.push(format!("{name} [serde_json reader]: {p}"));
            }
        }
        check_bounds(&mut failures, name, "serde_json", took, peak, bound);
        rows.push(Row { case: name.to_owned(), entry: "serde_json reader", took, peak });
    }
    write_table(&rows);
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
    assert!(cases.len() >= 70, "{} cases", cases.len());
}

fn check_bounds(failures: &mut Vec<String>, name: &str, entry: &str, took: Duration, peak: usize, bound: usize) {
    if took > TIME_BOUND {
        failures.push(format!("{name} [{entry}]: {took:?} > {TIME_BOUND:?}"));
    }
    if peak > bound {
        failures.push(format!("{name} [{entry}]: peak heap {peak} B > {bound} B"));
    }
}

/// Drops a deep serde_json value without recursion (serde_json's own drop recurses once per
/// level: a caller's 10 000-deep value is fine on a 2 MB stack, a million-deep one is not).
fn drop_deep(v: Value) {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items),
            Value::Object(map) => stack.extend(map.into_iter().map(|(_, v)| v)),
            _ => {}
        }
    }
}

fn write_table(rows: &[Row]) {
    use std::fmt::Write as _;
    let mut s = format!("{:<78} {:<18} {:>12} {:>12}\n", "case", "entry", "time", "peak heap");
    for r in rows {
        let _ = writeln!(s, "{:<78} {:<18} {:>10.3}ms {:>10.1}KB", r.case, r.entry, r.took.as_secs_f64() * 1e3, r.peak as f64 / 1024.0);
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let _ = std::fs::create_dir_all(&dir);
    let profile = if cfg!(debug_assertions) { "debug" } else { "release" };
    let _ = std::fs::write(dir.join(format!("hostile-native-{profile}.txt")), s);
}

// ---------------------------------------------------------------------------------------------
// PII: tests/vectors/hostile/pii.json.

/// Every piece of `secret` of 4 or more characters (all of them; secrets are short).
fn pieces(secret: &str) -> Vec<String> {
    let chars: Vec<char> = secret.chars().collect();
    let mut out = Vec::new();
    for len in 4..=chars.len() {
        for start in 0..=chars.len() - len {
            out.push(chars[start..start + len].iter().collect());
        }
    }
    if chars.len() < 4 {
        out.push(secret.to_owned());
    }
    out
}

/// The first piece of any secret found in `text`.
fn leak(text: &str, secrets: &[String]) -> Option<String> {
    secrets.iter().flat_map(|s| pieces(s)).find(|p| text.contains(p.as_str()))
}

/// What must be free of the secrets: for a password the whole outcome (a valid one would
/// carry the body as `value`; none of these is valid), for a contact every error.
fn exposed(kind: &str, out: &Value) -> String {
    if kind == "password" { out.to_string() } else { out["errors"].to_string() }
}

/// The operations and fields that carry a password, a phone number, an e-mail or a search
/// text, found from the tables (the `fields()` the package gives): each must have PII cases.
fn pii_fields() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for op in bss_validate::spec::OPERATIONS.iter().chain(bss_validate::spec::CHECKS) {
        let fields = serde_json::to_value(bss_validate::forms::fields::fields(op)).expect("fields serialize");
        for f in fields.as_array().expect("a list") {
            let format = f["format"].as_str().unwrap_or_default();
            let name = f["name"].as_str().expect("name");
            if matches!(format, "password" | "mobile_digits" | "mobile_with_country_code" | "email" | "no_space")
                || name.contains("search")
                || name == "account_name"
            {
                out.push((op.name.to_owned(), name.to_owned()));
            }
        }
    }
    out
}

fn pii_cases() -> Vec<Value> {
    let doc: Value = serde_json::from_str(include_str!("vectors/hostile/pii.json")).expect("pii JSON");
    doc["cases"].as_array().expect("cases").clone()
}

#[test]
fn pii_never_leaves_in_an_outcome() {
    let cases = pii_cases();
    let mut failures = Vec::new();
    let mut checked = 0;
    for case in &cases {
        let name = case["name"].as_str().expect("name");
        let op = case["operation"].as_str().expect("operation");
        let kind = case["kind"].as_str().expect("kind");
        let secrets: Vec<String> = case["secrets"].as_array().expect("secrets").iter().map(|s| s.as_str().expect("text").to_owned()).collect();
        let want: Vec<&str> = case["codes"].as_array().expect("codes").iter().map(|c| c.as_str().expect("code")).collect();
        for locale in [Locale::En, Locale::ZhCn] {
            for (normalize, form) in [(false, false), (true, false), (false, true), (true, true)] {
                let opts = Options { locale, normalize, form, ..Options::default() };
                // The serde path and the crate's reader (the WebAssembly build's).
                let by_value = validate_with(op, &case["input"], &opts).expect("known operation");
                let by_text = validate_json(op, case["input"].to_string().as_bytes(), &opts).expect("known operation");
                for out in [by_value, by_text] {
                    let out = serde_json::to_value(&out).expect("serializes");
                    checked += 1;
                    let codes: Vec<&str> = out["errors"].as_array().expect("errors").iter().map(|e| e["code"].as_str().expect("code")).collect();
                    // Normalising may make a contact valid (full-width digits, +86): then only leaks count.
                    if !normalize && !form && (out["ok"] != json!(false) || !want.iter().all(|w| codes.contains(w))) {
                        failures.push(format!("{name} ({locale:?}, normalize {normalize}): want {want:?}, got {codes:?}"));
                    }
                    if let Some(p) = leak(&exposed(kind, &out), &secrets) {
                        failures.push(format!("{name} ({locale:?}, normalize {normalize}, form {form}): {p:?} appears in {out}"));
                    }
                }
                // validate_field on each field of the body: the form's path.
                if let Some(map) = case["input"].as_object() {
                    let body = &case["input"];
                    for key in map.keys() {
                        let out = bss_validate::validate_field(op, &format!("/{key}"), body, &opts).expect("known operation");
                        let out = serde_json::to_value(&out).expect("serializes");
                        checked += 1;
                        if let Some(p) = leak(&exposed(kind, &out), &secrets) {
                            failures.push(format!("{name} validate_field /{key} ({locale:?}): {p:?} appears in {out}"));
                        }
                    }
                }
            }
        }
    }
    // Every operation and field that carries such data has a case.
    for (op, field) in pii_fields() {
        if !cases.iter().any(|c| c["operation"] == json!(op) && c["input"].get(&field).is_some()) {
            failures.push(format!("no PII case for {op} /{field}"));
        }
    }
    assert!(failures.is_empty(), "{} problems in {checked} outcomes:\n{}", failures.len(), failures.join("\n"));
    assert!(checked >= 400, "{checked} outcomes");
}

#[cfg(feature = "axum")]
#[tokio::test]
async fn pii_never_leaves_in_a_problem_body() {
    use axum::Router;
    use axum::body::{Body, to_bytes};
    use axum::http::{Request, header};
    use axum::routing::post;
    use tower::ServiceExt;

    async fn any(axum::extract::Path(op): axum::extract::Path<String>, req: axum::extract::Request) -> Result<String, bss_validate::axum::Problem> {
        bss_validate::axum::accept_named(&op, req).await.map(|_| String::from("accepted"))
    }
    let app = Router::new().route("/api/{op}", post(any));
    let mut failures = Vec::new();
    let mut checked = 0;
    for case in pii_cases() {
        let name = case["name"].as_str().expect("name");
        let op = case["operation"].as_str().expect("operation");
        let secrets: Vec<String> = case["secrets"].as_array().expect("secrets").iter().map(|s| s.as_str().expect("text").to_owned()).collect();
        let text = case["input"].to_string();
        // The body as sent, the same cut short (400), and padded past the limit (413).
        let bodies = [text.clone(), text[..text.len() - 1].to_owned(), format!("{text}{}", " ".repeat(70_000))];
        for (i, body) in bodies.iter().enumerate() {
            for language in ["en", "zh-CN"] {
                let req = Request::post(format!("/api/{op}"))
                    .header(header::CONTENT_TYPE, "application/json")
                    .header(header::ACCEPT_LANGUAGE, language)
                    .body(Body::from(body.clone()))
                    .expect("a request");
                let res = app.clone().oneshot(req).await.expect("an answer");
                let status = res.status().as_u16();
                let bytes = to_bytes(res.into_body(), usize::MAX).await.expect("a body");
                let problem = String::from_utf8(bytes.to_vec()).expect("UTF-8");
                checked += 1;
                let want = [422, 400, 413][i];
                if status != want {
                    failures.push(format!("{name} [{i}] {language}: status {status}, want {want}"));
                }
                if let Some(p) = leak(&problem, &secrets) {
                    failures.push(format!("{name} [{i}] {language}: {p:?} appears in {problem}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} problems in {checked} problem bodies:\n{}", failures.len(), failures.join("\n"));
}
