//! Arbitrary bytes → `json::parse` → every table (28 operations, 2 registration checks) picked
//! by the first byte → `validate_value` / `check_value` in both locales, with and without
//! normalisation; and the same text through `serde_json` → `validate_with` / `check_with`.
//!
//! The same bytes also go to `check_json`, which must read what `json::parse` reads and give
//! the same violations.
//!
//! Invariants: no panic; `ok == errors.is_empty()`; `value` present iff `ok`; every path is
//! `""` or starts with `/`; every message is non-empty; the locale changes messages only; the
//! JSON writer's text re-parses (with `json::parse` and serde_json) to what serde's
//! `Serialize` gives; serde_json input gives the same verdict as the crate's own reader;
//! normalising is idempotent and a normalised valid body passes strict validation; so does
//! the body form mode (`Options::form`) makes of a form's values, which it reads to itself.
#![no_main]

use bss_validate::{Locale, Options, Outcome, eligibility, json, normalize};
use libfuzzer_sys::fuzz_target;

const LOCALES: [Locale; 2] = [Locale::En, Locale::ZhCn];

#[path = "tables.rs"]
mod tables;
use tables::{run, table};

fn run_serde(op: &str, check: bool, body: &serde_json::Value, options: &Options) -> Outcome {
    if check { eligibility::check_with(op, body, options) } else { bss_validate::validate_with(op, body, options) }.expect("a known table")
}

fn invariants(o: &Outcome, options: &Options) {
    assert_eq!(o.ok, o.errors.is_empty(), "ok iff no error");
    assert_eq!(o.ok, o.value.is_some(), "value iff ok");
    assert_eq!(options.normalize, o.changes.is_some(), "changes iff normalize");
    for e in &o.errors {
        assert!(e.path.is_empty() || e.path.starts_with('/'), "path {:?}", e.path);
        assert!(!e.message.is_empty(), "empty message at {:?} ({})", e.path, e.code.as_str());
    }
    for c in o.changes.iter().flatten() {
        assert!(c.path.starts_with('/'), "change path {:?}", c.path);
        assert_ne!(c.from, c.to, "a change that changes nothing");
    }
    let mut text = String::new();
    json::write_outcome(&mut text, o);
    assert!(json::parse(&text).is_some(), "write_outcome wrote text json::parse refuses: {text}");
    let reread: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    let serde = serde_json::to_value(o).expect("an outcome serializes");
    assert_eq!(reread, serde, "write_outcome differs from Serialize");
}

/// Path, code and params of each error (what the locale must not change).
fn shape(o: &Outcome) -> Vec<(String, &'static str, serde_json::Value)> {
    o.errors.iter().map(|e| (e.path.clone(), e.code.as_str(), serde_json::to_value(&e.params).expect("params"))).collect()
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let (op, check) = table(selector);
    let parsed = std::str::from_utf8(rest).ok().and_then(json::parse);
    if parsed.is_none() {
        // What `json::parse` refuses, the in-place reader refuses too.
        assert!(bss_validate::check_json(op.name, rest, Locale::En).is_err(), "check_json read text json::parse refuses");
    }
    let mut own: Vec<Outcome> = Vec::new();
    if let Some(body) = &parsed {
        for normalize in [false, true] {
            let mut shapes = Vec::new();
            for locale in LOCALES {
                let options = Options { locale, normalize, form: false };
                let o = run(op.name, check, body, &options);
                invariants(&o, &options);
                shapes.push(shape(&o));
                own.push(o);
            }
            assert_eq!(shapes[0], shapes[1], "the locale changed more than the messages");
        }
        // The text read in place (`check_json`) gives the owned reader's violations.
        for (locale, o) in LOCALES.into_iter().zip(&own) {
            let in_place = bss_validate::check_json(op.name, rest, locale).expect("text json::parse reads");
            assert_eq!(in_place, o.errors, "check_json differs from json::parse + validate_value");
        }
        // Normalising is idempotent, and what it makes of a valid body passes strict validation.
        let (once, _) = normalize::normalize(op, body);
        let (twice, changes) = normalize::normalize(op, &once);
        assert!(changes.is_empty(), "normalize is not idempotent: {changes:?}");
        assert_eq!(once, twice);
        let normalized = &own[2];
        if normalized.ok {
            let strict = run(op.name, check, &once, &Options::default());
            assert!(strict.ok, "a normalised valid body fails strict validation: {:?}", strict.errors);
        }
        // A form's values: the body they stand for passes strict validation, and read as a
        // form's values again it is itself.
        for normalize in [false, true] {
            let options = Options { normalize, ..Options::default() }.form_values();
            let o = run(op.name, check, body, &options);
            invariants(&o, &options);
            if let Some(value) = &o.value {
                let strict = run(op.name, check, value, &Options::default());
                assert!(strict.ok, "a form's valid body fails strict validation: {:?}", strict.errors);
                assert_eq!(run(op.name, check, value, &options).value.as_ref(), Some(value), "form mode is not idempotent");
            }
        }
    }
    // serde_json's reader: when both read the text, the verdicts agree (the value may differ
    // in key order only, serde_json's map being sorted).
    if let Ok(body) = serde_json::from_slice::<serde_json::Value>(rest) {
        let mut i = 0;
        for normalize in [false, true] {
            for locale in LOCALES {
                let options = Options { locale, normalize, form: false };
                let o = run_serde(op.name, check, &body, &options);
                invariants(&o, &options);
                if let Some(mine) = own.get(i) {
                    assert_eq!(mine.ok, o.ok, "json::parse and serde_json disagree on ok");
                    assert_eq!(mine.errors, o.errors, "json::parse and serde_json disagree");
                }
                i += 1;
            }
        }
    }
});
