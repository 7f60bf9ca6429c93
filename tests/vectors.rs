//! The conformance corpus: `tests/vectors/<operation>.json`, written from `bss-api.md`.
//!
//! The same test body runs natively (`cargo test`) and, against the npm package's own build
//! (`--no-default-features`: no std), under wasm-bindgen-test in Node, or headless Chromium
//! with `WASM_BINDGEN_USE_BROWSER=1`; there every body reaches the core as the package's JS
//! writes it (`common::wire`). The files are embedded with `include_str!`: there is no
//! filesystem in wasm.
//!
//! A file is `{"operation": "<SDK name>", "cases": [{"name", "input", "expect": {"ok",
//! "errors": [{"path", "code", "params"?}]}}]}`. Errors are compared in order on `path` and
//! `code`; when a vector gives `params`, each key it gives must match exactly (others are
//! not compared), so figures like `max` and `unit` are pinned where they matter.

use bss_validate::{FieldOutcome, Locale, Options};
use serde_json::Value;

mod common;
use common::snake;

/// The outcome of `input` against the table `name` (an operation or a registration check),
/// as the JSON the package answers.
#[cfg(feature = "std")]
fn outcome(name: &str, is_check: bool, input: &Value, options: &Options) -> Value {
    let out = if is_check { bss_validate::eligibility::check_with(name, input, options) } else { bss_validate::validate_with(name, input, options) };
    serde_json::to_value(out.unwrap_or_else(|e| panic!("{name}: {e}"))).expect("an outcome serializes")
}

/// The outcome of `input` against the table `name`, read as the package's module reads it.
#[cfg(not(feature = "std"))]
fn outcome(name: &str, _: bool, input: &Value, options: &Options) -> Value {
    let (words, text) = common::wire::write(input);
    let verdict = bss_validate::check_doc(name, &bss_validate::Doc::from_wire(&words, &text), options).unwrap_or_else(|e| panic!("{name}: {e}"));
    let ok = verdict.errors.is_empty();
    let mut out = serde_json::json!({ "ok": ok, "errors": verdict.errors });
    if ok {
        out["value"] = common::wire::apply(input.clone(), &verdict.edits);
    }
    if options.normalize {
        out["changes"] = serde_json::to_value(bss_validate::normalize::Change::of(&verdict.edits)).expect("changes serialize");
    }
    out
}

/// The verdict on the field at `pointer` of `input`.
#[cfg(feature = "std")]
fn field(name: &str, pointer: &str, input: &Value, options: &Options) -> FieldOutcome {
    bss_validate::validate_field(name, pointer, input, options).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The verdict on the field at `pointer` of `input`, read as the package's module reads it.
#[cfg(not(feature = "std"))]
fn field(name: &str, pointer: &str, input: &Value, options: &Options) -> FieldOutcome {
    let (words, text) = common::wire::write(input);
    bss_validate::check_field_doc(name, pointer, &bss_validate::Doc::from_wire(&words, &text), options).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn run(file: &str, source: &str) {
    let doc: Value = serde_json::from_str(source).unwrap_or_else(|e| panic!("{file}: not JSON: {e}"));
    // A file holds the cases of an API operation, or of a registration check (eligibility).
    let (op, is_check) = match (doc["operation"].as_str(), doc["check"].as_str()) {
        (Some(op), None) => (op, false),
        (None, Some(check)) => (check, true),
        _ => panic!("{file}: needs exactly one of operation, check"),
    };
    let cases = doc["cases"].as_array().unwrap_or_else(|| panic!("{file}: no cases"));
    assert!(!cases.is_empty(), "{file}: no cases");
    let mut failures = Vec::new();
    let mut names = std::collections::BTreeSet::new();
    for case in cases {
        let name = case["name"].as_str().unwrap_or_else(|| panic!("{file}: a case without a name"));
        assert!(names.insert(name), "{file}: duplicate case name {name:?}");
        let got = outcome(op, is_check, &case["input"], &Options::default());
        // The JSON text read in place gives the very same violations, in either language.
        #[cfg(feature = "std")]
        for locale in [Locale::En, Locale::ZhCn] {
            let text = serde_json::to_vec(&case["input"]).expect("the input serializes");
            let in_place = bss_validate::check_json(op, &text, locale).unwrap_or_else(|e| panic!("{file}/{name}: {e}"));
            assert_eq!(
                serde_json::to_value(in_place).expect("violations serialize"),
                outcome(op, is_check, &case["input"], &Options::locale(locale))["errors"],
                "{file}/{name}: check_json, {locale:?}"
            );
        }
        // The locale changes the messages only.
        let zh = outcome(op, is_check, &case["input"], &Options::locale(Locale::ZhCn));
        let shape = |o: &Value| {
            o["errors"].as_array().map(|e| e.iter().map(|v| (v["path"].clone(), v["code"].clone(), v["params"].clone())).collect::<Vec<_>>())
        };
        assert_eq!(shape(&zh), shape(&got), "{file}/{name}: the locale changed more than the messages");
        let expect = &case["expect"];
        let want_errors = expect["errors"].as_array().unwrap_or_else(|| panic!("{file}/{name}: no expect.errors"));
        let mut problems = Vec::new();
        if got["ok"] != expect["ok"] {
            problems.push(format!("ok: want {}, got {}", expect["ok"], got["ok"]));
        }
        // The echo is the input as given.
        if got["ok"] == Value::Bool(true) && got["value"] != case["input"] {
            problems.push("value is not the input".to_owned());
        }
        let got_errors = got["errors"].as_array().expect("errors is an array");
        let brief = |errs: &[Value]| errs.iter().map(|e| format!("{} {}", e["path"], e["code"])).collect::<Vec<_>>();
        if brief(got_errors) != brief(want_errors) {
            problems.push(format!("errors: want {:?}, got {:?}", brief(want_errors), brief(got_errors)));
        } else {
            for (w, g) in want_errors.iter().zip(got_errors) {
                if let Some(params) = w.get("params").and_then(Value::as_object) {
                    for (k, v) in params {
                        if &g["params"][k] != v {
                            problems.push(format!("{} params.{k}: want {v}, got {}", w["path"], g["params"][k]));
                        }
                    }
                }
                if g["message"].as_str().is_none_or(str::is_empty) {
                    problems.push(format!("{} has no message", w["path"]));
                }
            }
        }
        if !problems.is_empty() {
            failures.push(format!("  {name}: {}", problems.join("; ")));
        }
    }
    assert!(failures.is_empty(), "{file} ({op}): {} of {} cases fail\n{}", failures.len(), cases.len(), failures.join("\n"));
}

macro_rules! vectors {
    ($($stem:ident),* $(,)?) => {
        $(
            #[cfg_attr(not(all(target_arch = "wasm32", target_os = "unknown")), test)]
            #[cfg_attr(all(target_arch = "wasm32", target_os = "unknown"), wasm_bindgen_test::wasm_bindgen_test)]
            fn $stem() {
                run(stringify!($stem), include_str!(concat!("vectors/", stringify!($stem), ".json")));
            }
        )*

        /// Every operation has a vector file named after it, and no file names an unknown one.
        #[cfg_attr(not(all(target_arch = "wasm32", target_os = "unknown")), test)]
        #[cfg_attr(all(target_arch = "wasm32", target_os = "unknown"), wasm_bindgen_test::wasm_bindgen_test)]
        fn every_operation_has_vectors() {
            let mut files: Vec<String> = vec![$(
                serde_json::from_str::<Value>(include_str!(concat!("vectors/", stringify!($stem), ".json")))
                    .expect("JSON")["operation"].as_str().expect("operation").to_owned()
            ),*];
            let stems = [$(stringify!($stem)),*];
            for (stem, op) in stems.iter().zip(&files) {
                assert_eq!(*stem, snake(op), "file {stem}.json holds {op}");
            }
            files.sort();
            let mut ops: Vec<String> = bss_validate::operations().map(str::to_owned).collect();
            ops.sort();
            assert_eq!(files, ops);
        }
    };
}

bss_validate::for_each_operation!(vectors);

/// JSON text reads the same with and without `std`: a number as its ECMAScript text (`12.50`
/// → `12.5`, `1E3` → `1000`, `-0` → `0`), and a repeated key of a table refused
/// (`duplicate_key`) with its rules reading the last occurrence.
#[cfg_attr(not(all(target_arch = "wasm32", target_os = "unknown")), test)]
#[cfg_attr(all(target_arch = "wasm32", target_os = "unknown"), wasm_bindgen_test::wasm_bindgen_test)]
fn json_text_reads_the_same_without_std() {
    use bss_validate::body::{View, json};
    let doc = json::read(r#"{"a": 12.50, "b": 1E3, "c": -0, "d": 0.1, "e": 100000000000000000000000}"#).expect("JSON");
    let View::Object(members) = doc.root() else { panic!("an object") };
    let numbers: Vec<_> = members.iter().map(|(_, v)| if let View::Number(n) = v { n.to_owned() } else { String::new() }).collect();
    assert_eq!(numbers, ["12.5", "1000", "0", "0.1", "1e+23"]);
    let doc = json::read(r#"{"customer_id": "c1", "amount": "1", "amount": "-5"}"#).expect("JSON");
    let verdict = bss_validate::check_doc("ReclaimToPartnerAccount", &doc, &Options::default()).expect("an operation");
    let codes: Vec<_> = verdict.errors.iter().map(|e| (e.path.as_str(), e.code.as_str())).collect();
    assert_eq!(codes, [("/amount", "not_positive"), ("/amount", "duplicate_key")]);
}

/// JSON text with repeated keys (`tests/vectors/text/duplicate_keys.json`): every reader of
/// text refuses the repeat at its path.
#[cfg_attr(not(all(target_arch = "wasm32", target_os = "unknown")), test)]
#[cfg_attr(all(target_arch = "wasm32", target_os = "unknown"), wasm_bindgen_test::wasm_bindgen_test)]
fn duplicate_keys() {
    text_vectors(include_str!("vectors/text/duplicate_keys.json"));
}

/// JSON text with lone surrogates (`tests/vectors/text/lone_surrogates.json`): every reader of
/// text refuses them at their paths.
#[cfg_attr(not(all(target_arch = "wasm32", target_os = "unknown")), test)]
#[cfg_attr(all(target_arch = "wasm32", target_os = "unknown"), wasm_bindgen_test::wasm_bindgen_test)]
fn lone_surrogates() {
    text_vectors(include_str!("vectors/text/lone_surrogates.json"));
}

/// A file of `tests/vectors/text/`: each case's text, read by every reader of text.
fn text_vectors(file: &str) {
    let doc: Value = serde_json::from_str(file).expect("JSON");
    for case in doc["cases"].as_array().expect("cases") {
        let name = case["name"].as_str().expect("name");
        let op = case["operation"].as_str().expect("operation");
        let text = case["text"].as_str().expect("text");
        let want: Vec<(String, String)> = case["expect"]["errors"]
            .as_array()
            .expect("errors")
            .iter()
            .map(|e| (e["path"].as_str().expect("path").to_owned(), e["code"].as_str().expect("code").to_owned()))
            .collect();
        let brief = |errors: &[bss_validate::Violation]| errors.iter().map(|e| (e.path.clone(), e.code.as_str().to_owned())).collect::<Vec<_>>();
        let read = bss_validate::body::json::read(text).unwrap_or_else(|| panic!("{name}: not JSON"));
        // Also when the body is prepared first (normalised, or read as form values: the demo
        // server and forms), which must not drop the repeat.
        for options in [Options::default(), Options { normalize: true, ..Options::default() }, Options::default().form_values()] {
            let verdict = bss_validate::check_doc(op, &read, &options).expect("an operation");
            assert_eq!(brief(&verdict.errors), want, "{name}: json::read, {options:?}");
        }
        #[cfg(feature = "std")]
        {
            assert_eq!(brief(&bss_validate::check_json(op, text.as_bytes(), Locale::En).expect("an operation")), want, "{name}: check_json");
            let outcome = bss_validate::validate_json(op, text.as_bytes(), &Options::default()).expect("an operation");
            assert_eq!(brief(&outcome.errors), want, "{name}: validate_json");
            if op == "ReclaimToPartnerAccount" {
                use bss_validate::request::{ReclaimToPartnerAccount, Rejection, from_slice};
                let typed = match from_slice::<ReclaimToPartnerAccount>(text.as_bytes(), Locale::En) {
                    Ok(_) => Vec::new(),
                    Err(Rejection::Invalid(errors)) => brief(&errors),
                    Err(e) => panic!("{name}: {e}"),
                };
                assert_eq!(typed, want, "{name}: request::from_slice");
            }
        }
    }
}

/// A form's values (`Options::form`, `tests/vectors/forms/form_values.json`): the vectors,
/// `validate_field` on them, and the body form mode accepts passes strict validation.
#[cfg_attr(not(all(target_arch = "wasm32", target_os = "unknown")), test)]
#[cfg_attr(all(target_arch = "wasm32", target_os = "unknown"), wasm_bindgen_test::wasm_bindgen_test)]
fn form_values() {
    let doc: Value = serde_json::from_str(include_str!("vectors/forms/form_values.json")).expect("JSON");
    let cases = doc["cases"].as_array().expect("cases");
    let brief = |errs: &Value| {
        errs.as_array()
            .expect("errors")
            .iter()
            .map(|e| format!("{} {}", e["path"].as_str().unwrap_or("?"), e["code"].as_str().unwrap_or("?")))
            .collect::<Vec<_>>()
    };
    for case in cases {
        let name = case["name"].as_str().expect("name");
        let (op, is_check) = match (case["operation"].as_str(), case["check"].as_str()) {
            (Some(op), _) => (op, false),
            (None, Some(check)) => (check, true),
            _ => panic!("{name}: no operation"),
        };
        let options = Options { normalize: case["normalize"] == true, ..Options::default() }.form_values();
        let out = outcome(op, is_check, &case["input"], &options);
        let expect = &case["expect"];
        assert_eq!(out["ok"], expect["ok"], "{name}");
        assert_eq!(brief(&out["errors"]), brief(&expect["errors"]), "{name}");
        for (w, g) in expect["errors"].as_array().expect("errors").iter().zip(out["errors"].as_array().expect("errors")) {
            for (k, v) in w.get("params").and_then(Value::as_object).into_iter().flatten() {
                assert_eq!(&g["params"][k], v, "{name}: params.{k}");
            }
        }
        if out["ok"] == true {
            assert_eq!(out["value"], expect["value"], "{name}: value");
            assert_eq!(
                outcome(op, is_check, &out["value"], &Options::default())["ok"],
                true,
                "{name}: the form's body is refused by strict validation"
            );
        }
        for f in bss_validate::spec::table(op).expect("a table").fields {
            let field = field(op, &format!("/{}", f.name), &case["input"], &options);
            let within = |p: &str| field.scope.iter().any(|s| p == s || p.starts_with(&format!("{s}/")));
            let whole: Vec<String> = brief(&out["errors"]).into_iter().filter(|b| within(b.split(' ').next().unwrap_or_default())).collect();
            let fields: Vec<String> = field.errors.iter().map(|e| format!("{} {}", e.path, e.code.as_str())).collect();
            assert_eq!(fields, whole, "{name} /{}", f.name);
        }
    }
    assert!(cases.len() >= 20);
}

/// The registration checks of `bss_validate::eligibility`.
mod checks {
    use super::run;

    #[cfg_attr(not(all(target_arch = "wasm32", target_os = "unknown")), test)]
    #[cfg_attr(all(target_arch = "wasm32", target_os = "unknown"), wasm_bindgen_test::wasm_bindgen_test)]
    fn associate_customer() {
        run("associate_customer", include_str!("vectors/associate_customer.json"));
    }

    #[cfg_attr(not(all(target_arch = "wasm32", target_os = "unknown")), test)]
    #[cfg_attr(all(target_arch = "wasm32", target_os = "unknown"), wasm_bindgen_test::wasm_bindgen_test)]
    fn join_partner_program() {
        run("join_partner_program", include_str!("vectors/join_partner_program.json"));
    }
}
