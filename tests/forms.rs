//! The form layer: `validate_field`, normalisation, HTML attributes and JSON Schema.
//!
//! Vectors in `tests/vectors/forms/` (also run through the npm package by
//! `tests/js/forms.test.mjs`; `form_values.json` runs in `tests/vectors.rs`, in every
//! runtime), plus properties over the whole conformance corpus:
//! `validate_field` answers exactly what whole-body validation says about its scope, and a
//! field's scope is complete: changing a field never moves a verdict outside its scope.

use bss_validate::{FieldOutcome, Options, eligibility, spec, validate_field, validate_with};
use serde_json::Value as Json;

fn load(name: &str) -> Json {
    let path = format!("{}/tests/vectors/forms/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn op(name: &str) -> &'static spec::Operation {
    spec::find(name).or_else(|| spec::find_check(name)).unwrap_or_else(|| panic!("unknown {name}"))
}

fn run(name: &str, operation: &str, body: &Json, options: &Options) -> bss_validate::Outcome {
    if spec::find(name).is_some() { validate_with(operation, body, options) } else { eligibility::check_with(operation, body, options) }.unwrap()
}

/// Each wanted error's path and code in order, and each params key it gives.
fn same_errors(name: &str, got: &[bss_validate::Violation], want: &Json) {
    let got_json = serde_json::to_value(got).unwrap();
    let want = want.as_array().unwrap();
    let brief = |e: &Json| format!("{} {}", e["path"], e["code"]);
    let g: Vec<_> = got_json.as_array().unwrap().iter().map(brief).collect();
    let w: Vec<_> = want.iter().map(brief).collect();
    assert_eq!(g, w, "{name}");
    for (w, g) in want.iter().zip(got_json.as_array().unwrap()) {
        for (k, v) in w.get("params").and_then(Json::as_object).into_iter().flatten() {
            assert_eq!(&g["params"][k], v, "{name}: params.{k}");
        }
    }
}

#[test]
fn validate_field_vectors() {
    let doc = load("validate_field.json");
    let cases = doc["cases"].as_array().unwrap();
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let options = Options { normalize: case["normalize"] == true, ..Options::default() };
        let out: FieldOutcome =
            validate_field(case["operation"].as_str().unwrap(), case["pointer"].as_str().unwrap(), &case["input"], &options).unwrap();
        assert_eq!(serde_json::to_value(&out.scope).unwrap(), case["expect"]["scope"], "{name}");
        same_errors(name, &out.errors, &case["expect"]["errors"]);
        assert_eq!(out.ok, out.errors.is_empty());
    }
    assert!(cases.len() >= 15);
}

#[test]
fn normalize_vectors() {
    let doc = load("normalize.json");
    for case in doc["cases"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let (value, changes) = bss_validate::normalize::normalize(op(case["operation"].as_str().unwrap()), &case["input"]);
        assert_eq!(value, case["expect"]["value"], "{name}");
        assert_eq!(serde_json::to_value(&changes).unwrap(), case["expect"]["changes"], "{name}");
        // Normalising twice changes nothing more.
        let (again, more) = bss_validate::normalize::normalize(op(case["operation"].as_str().unwrap()), &value);
        assert_eq!((again, more.len()), (value, 0), "{name}: not idempotent");
    }
}

/// On every corpus body: what form mode accepts, strict validation accepts as the body to
/// send; and a body with nothing a form reads its own way (`""`, `null`, `[]`, `{}`,
/// integer text) gets the strict verdict word for word.
#[test]
fn form_values_agree_with_strict_validation() {
    let (mut accepted, mut same) = (0, 0);
    for (_, name, input) in corpus() {
        let body = input.clone();
        let form = run(&name, &name, &body, &Options::default().form_values());
        let strict = run(&name, &name, &body, &Options::default());
        if let Some(value) = &form.value {
            let again = run(&name, &name, value, &Options::default());
            assert!(again.ok, "{name}: {input} → {value:?}: {:?}", again.errors);
            accepted += 1;
        }
        let text = input.to_string();
        if !["\"\"", "null", "[]", "{}"].iter().any(|t| text.contains(t)) && !has_integer_text(&input) {
            assert_eq!(form.errors, strict.errors, "{name}: {input}");
            same += 1;
        }
    }
    assert!(accepted > 500 && same > 1000, "{accepted} {same}");
}

/// Whether any string in `v` is a plain integer's text (form mode reads those as integers).
fn has_integer_text(v: &Json) -> bool {
    match v {
        Json::String(s) => s.parse::<i64>().is_ok() || s.strip_prefix('-').is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())),
        Json::Array(items) => items.iter().any(has_integer_text),
        Json::Object(map) => map.values().any(has_integer_text),
        _ => false,
    }
}

#[test]
fn html_vectors() {
    let doc = load("html.json");
    for case in doc["cases"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let got = bss_validate::html::to_json(&bss_validate::html::attributes(op(case["operation"].as_str().unwrap())), case["jsx"] == true);
        for (control, attrs) in case["expect"].as_object().unwrap() {
            assert_eq!(&got[control], attrs, "{name}: {control}");
        }
    }
}

/// Every case of the corpus, as (file stem, operation, body).
fn corpus() -> Vec<(String, String, Json)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let doc: Json = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let name = doc["operation"].as_str().or(doc["check"].as_str()).unwrap().to_owned();
        for case in doc["cases"].as_array().unwrap() {
            out.push((path.file_stem().unwrap().to_string_lossy().into_owned(), name.clone(), case["input"].clone()));
        }
    }
    assert!(out.len() > 1800);
    out
}

fn within(path: &str, scope: &[String]) -> bool {
    scope.iter().any(|s| s.is_empty() || path == s || path.strip_prefix(s.as_str()).is_some_and(|r| r.starts_with('/')))
}

#[test]
fn validate_field_is_whole_body_validation_restricted_to_its_scope() {
    let mut checked = 0;
    for (_, name, input) in corpus() {
        let body = input.clone();
        let whole = run(&name, &name, &body, &Options::default());
        let Some(map) = input.as_object() else { continue };
        let mut pointers: Vec<String> = op(&name).fields.iter().map(|f| format!("/{}", f.name)).collect();
        pointers.extend(map.keys().map(|k| bss_validate::pointer::push("", k)));
        for p in pointers {
            let out = validate_field(&name, &p, &body, &Options::default()).unwrap();
            let want: Vec<_> = whole.errors.iter().filter(|e| within(&e.path, &out.scope)).cloned().collect();
            assert_eq!(out.errors, want, "{name} {p} {input}");
            checked += 1;
        }
    }
    assert!(checked > 5000, "{checked}");
}

/// The links are complete: replacing or removing a field changes no violation outside the
/// field's scope. Each field is replaced by the values other vectors give it.
#[test]
fn a_fields_scope_holds_everything_it_can_change() {
    let corpus = corpus();
    let mut mutations = 0;
    for (_, name, input) in &corpus {
        let Some(map) = input.as_object() else { continue };
        let before = run(name, name, input, &Options::default());
        for f in op(name).fields {
            let pointer = format!("/{}", f.name);
            let scope = validate_field(name, &pointer, input, &Options::default()).unwrap().scope;
            let outside = |o: &bss_validate::Outcome| o.errors.iter().filter(|e| !within(&e.path, &scope)).cloned().collect::<Vec<_>>();
            let alternatives = corpus.iter().filter(|(_, n, _)| n == name).filter_map(|(_, _, other)| other.get(f.name)).take(12);
            for replacement in alternatives.map(Some).chain([None]) {
                let mut changed = map.clone();
                match replacement {
                    Some(v) => changed.insert(f.name.to_owned(), v.clone()),
                    None => changed.remove(f.name),
                };
                let after = run(name, name, &Json::Object(changed), &Options::default());
                assert_eq!(outside(&after), outside(&before), "{name}: changing {pointer} moved a verdict outside {scope:?}\n{input}");
                mutations += 1;
            }
        }
    }
    assert!(mutations > 20_000, "{mutations}");
}
