//! The native side of the differential test between runtimes (`tests/diff/`, issue 7).
//!
//! Not a test on its own: `node tests/diff/diff.mjs` writes newline-delimited records
//! `{"op", "check", "locale", "normalize", "form", "input"}` (`input` is the body's JSON text) to a file
//! and runs this with `DIFF_IN=<that file> DIFF_OUT=<outcomes file>`:
//!
//! ```sh
//! DIFF_IN=… DIFF_OUT=… cargo test --locked --all-features --test diff -- --ignored
//! ```
//!
//! Each record's body is validated natively from its text with `validate_json` (the crate's
//! own reader; operations and registration checks alike), and its outcome written as JSON,
//! one line per record, in order. A body the reader refuses (it is not JSON the crate reads,
//! e.g. `1e400` or nesting past 128) gets the line `{"unparsed":true}`.
#![cfg(not(target_arch = "wasm32"))]

use std::io::{BufRead, BufReader, BufWriter, Write};

use bss_validate::{Error, Locale, Options, validate_json};
use serde_json::Value;

#[test]
#[ignore = "run by tests/diff/diff.mjs with DIFF_IN and DIFF_OUT"]
fn native_outcomes() {
    let input = std::env::var("DIFF_IN").expect("DIFF_IN: the records file");
    let output = std::env::var("DIFF_OUT").expect("DIFF_OUT: where the outcomes go");
    let reader = BufReader::new(std::fs::File::open(&input).expect("open DIFF_IN"));
    let mut out = BufWriter::new(std::fs::File::create(&output).expect("create DIFF_OUT"));
    let mut line_out = String::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line.expect("read a record");
        if line.is_empty() {
            continue;
        }
        let record: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("record {n} is not JSON: {e}"));
        let Value::Object(r) = &record else { panic!("record {n} is not an object") };
        let text = |k: &str| match r.get(k) {
            Some(Value::String(s)) => s.as_str(),
            other => panic!("record {n}: {k} is {other:?}"),
        };
        let flag = |k: &str| matches!(r.get(k), Some(Value::Bool(true)));
        let options = Options {
            locale: Locale::from_tag(text("locale")).unwrap_or_default(),
            normalize: flag("normalize"),
            form: flag("form"),
            ..Options::default()
        };
        line_out.clear();
        match validate_json(text("op"), text("input").as_bytes(), &options) {
            Err(Error::MalformedJson) => line_out.push_str("{\"unparsed\":true}"),
            Err(e) => panic!("record {n}: {e}"),
            Ok(outcome) => line_out.push_str(&serde_json::to_string(&outcome).expect("an outcome serializes")),
        }
        line_out.push('\n');
        out.write_all(line_out.as_bytes()).expect("write an outcome");
    }
    out.flush().expect("flush DIFF_OUT");
}
