//! Arbitrary bytes → every table (the operations and the 2 registration checks) picked by the first
//! byte → `validate_json` (the crate's own reader) in both locales, with and without
//! normalisation and reading form values; and the same text through `serde_json` →
//! `validate_with` / `check_with`.
//!
//! The same bytes also go to `check_json`, which must read what `validate_json` reads and
//! give the same violations, and to `validate_json` with a `max_errors` picked by the first
//! byte: at most that many, all of them when it says nothing was left out.
//!
//! Invariants: no panic; `ok == errors.is_empty()`; `value` present iff `ok`; every path is
//! `""` or starts with `/`; every message is non-empty; the locale changes messages only; the
//! outcome's JSON re-reads with the crate's reader; serde_json input gives the same verdict as
//! the crate's own reader; normalising is idempotent and a normalised valid body passes strict
//! validation; so does the body form mode (`Options::form`) makes of a form's values, which
//! it reads to itself.
#![no_main]

use bss_validate::{Code, Locale, Options, Outcome, json, normalize, validate_json};
use libfuzzer_sys::fuzz_target;

const LOCALES: [Locale; 2] = [Locale::En, Locale::ZhCn];

#[path = "tables.rs"]
mod tables;
use tables::{run, table};

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
    let text = serde_json::to_string(o).expect("an outcome serializes");
    assert!(json::read(&text).is_some(), "the reader refuses an outcome's JSON: {text}");
}

/// Path, code and params of each error (what the locale must not change).
fn shape(o: &Outcome) -> Vec<(String, &'static str, serde_json::Value)> {
    o.errors.iter().map(|e| (e.path.clone(), e.code.as_str(), serde_json::to_value(&e.params).expect("params"))).collect()
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let (op, check) = table(selector);
    let readable = std::str::from_utf8(rest).ok().and_then(json::read).is_some();
    if !readable {
        // What the reader refuses, `check_json` and `validate_json` refuse too.
        assert!(bss_validate::check_json(op.name, rest, Locale::En).is_err(), "check_json read text the reader refuses");
        assert!(validate_json(op.name, rest, &Options::default()).is_err(), "validate_json read text the reader refuses");
    }
    let serde = serde_json::from_slice::<serde_json::Value>(rest).ok();
    let mut own: Vec<Outcome> = Vec::new();
    if readable {
        for normalize in [false, true] {
            let mut shapes = Vec::new();
            for locale in LOCALES {
                let options = Options { locale, normalize, ..Options::default() };
                let o = validate_json(op.name, rest, &options).expect("text the reader reads");
                invariants(&o, &options);
                shapes.push(shape(&o));
                own.push(o);
            }
            assert_eq!(shapes[0], shapes[1], "the locale changed more than the messages");
        }
        // `max_errors`: at most that many, and, when none was left out, all of them.
        let max = usize::from(selector % 7) + 1;
        let bounded = validate_json(op.name, rest, &Options::default().max_errors(max)).expect("text the reader reads");
        invariants(&bounded, &Options::default());
        if bounded.truncated {
            assert_eq!(bounded.errors.len(), max, "a truncated answer holds max_errors violations");
        } else {
            assert_eq!(bounded.errors, own[0].errors, "an answer not truncated holds every violation");
        }
        // `check_json` gives `validate_json`'s violations.
        for (locale, o) in LOCALES.into_iter().zip(&own) {
            let in_place = bss_validate::check_json(op.name, rest, locale).expect("text the reader reads");
            assert_eq!(in_place, o.errors, "check_json differs from validate_json");
        }
        // A form's values: the body they stand for passes strict validation, and read as a
        // form's values again it is itself.
        for normalize in [false, true] {
            let options = Options { normalize, ..Options::default() }.form_values();
            let o = validate_json(op.name, rest, &options).expect("text the reader reads");
            invariants(&o, &options);
            if let Some(value) = &o.value {
                let strict = run(op.name, check, value, &Options::default());
                assert!(strict.ok, "a form's valid body fails strict validation: {:?}", strict.errors);
                assert_eq!(run(op.name, check, value, &options).value.as_ref(), Some(value), "form mode is not idempotent");
            }
        }
    }
    if let Some(body) = &serde {
        // Normalising is idempotent, and what it makes of a valid body passes strict validation.
        let (once, _) = normalize::normalize(op, body);
        let (twice, changes) = normalize::normalize(op, &once);
        assert!(changes.is_empty(), "normalize is not idempotent: {changes:?}");
        assert_eq!(once, twice);
        if run(op.name, check, body, &Options::default().normalized()).ok {
            let strict = run(op.name, check, &once, &Options::default());
            assert!(strict.ok, "a normalised valid body fails strict validation: {:?}", strict.errors);
        }
        // serde_json's reader: when both read the text, the verdicts agree, but for the crate's
        // `duplicate_key` (serde_json keeps a repeated key's last value, which the crate's
        // rules read too).
        let mut i = 0;
        for normalize in [false, true] {
            for locale in LOCALES {
                let options = Options { locale, normalize, ..Options::default() };
                let o = run(op.name, check, body, &options);
                invariants(&o, &options);
                if let Some(mine) = own.get(i) {
                    let errors: Vec<_> = mine.errors.iter().filter(|e| e.code != Code::DuplicateKey).cloned().collect();
                    assert_eq!(errors.is_empty(), o.ok, "the crate's reader and serde_json disagree on ok");
                    assert_eq!(errors, o.errors, "the crate's reader and serde_json disagree");
                }
                i += 1;
            }
        }
    }
});
