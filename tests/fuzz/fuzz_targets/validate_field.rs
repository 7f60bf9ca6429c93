//! Arbitrary body + a pointer derived from the input → `validate_field`, in both locales,
//! strict, normalising, and reading a form's values. Invariant (README "Field by field"): its
//! errors are exactly the whole-body errors at or below a pointer of its scope, in the same
//! order; the scope starts with the pointer; `ok == errors.is_empty()`.
//!
//! Input: `[table][kind][index][rest…]`. `kind % 5` picks the pointer: a field of the table,
//! an item of it (`/field/<index>`), a member of an item (`/field/<index>/<name>`), the path of
//! one of the whole-body errors, or the first line of `rest` as given (anything at all); the
//! body is the JSON text after that line (or all of `rest`).
#![no_main]

use bss_validate::{Locale, Options, pointer};
use libfuzzer_sys::fuzz_target;

#[path = "tables.rs"]
mod tables;
use tables::{run, table};

const MEMBERS: &[&str] = &["id", "type", "value", "", "~", "a/b"];

fuzz_target!(|data: &[u8]| {
    let [selector, kind, index, rest @ ..] = data else { return };
    let (op, check) = table(*selector);
    let Ok(rest) = std::str::from_utf8(rest) else { return };
    let (line, after) = rest.split_once('\n').unwrap_or((rest, ""));
    let field = op.fields.get(usize::from(*index) % op.fields.len().max(1)).map_or("x", |f| f.name);
    let (raw_pointer, text) = match kind % 5 {
        4 => (Some(line), after),
        _ => (None, rest),
    };
    let Ok(body) = serde_json::from_str::<serde_json::Value>(text) else { return };
    for (normalize, form) in [(false, false), (true, false), (true, true)] {
        for locale in [Locale::En, Locale::ZhCn] {
            let options = Options { locale, normalize, form, ..Options::default() };
            let all = run(op.name, check, &body, &options);
            let ptr = match (kind % 5, raw_pointer) {
                (_, Some(p)) => p.to_owned(),
                (0, _) => pointer::push("", field),
                (1, _) => pointer::push_index(&pointer::push("", field), usize::from(*index / 8)),
                (2, _) => pointer::push(
                    &pointer::push_index(&pointer::push("", field), usize::from(*index % 4)),
                    MEMBERS[usize::from(*index) % MEMBERS.len()],
                ),
                _ => all.errors.get(usize::from(*index) % all.errors.len().max(1)).map_or_else(String::new, |e| e.path.clone()),
            };
            let got = bss_validate::validate_field(op.name, &ptr, &body, &options).expect("a known table");
            assert_eq!(got.scope.first(), Some(&ptr), "the scope starts with the pointer");
            assert_eq!(got.ok, got.errors.is_empty());
            let want: Vec<_> = all.errors.iter().filter(|e| got.scope.iter().any(|s| pointer::within(&e.path, s))).cloned().collect();
            assert_eq!(got.errors, want, "validate_field({ptr:?}) is not the whole body's errors in its scope {:?}", got.scope);
        }
    }
});
