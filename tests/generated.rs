//! Files derived from the spec tables, so that no constraint is written twice by hand:
//!
//! - `src/request/generated.rs`: the typed request structs;
//! - the README's operation, rule, code and coverage tables (between `<!-- generated:NAME -->`
//!   markers); the coverage table is the SDK's clients (`tests/coverage/sdk.json`) against the
//!   tables, and fails when an SDK operation is neither covered nor excluded there;
//! - `pkg/operations.d.ts`: the package's input types and the shapes of its answers;
//! - `tests/js/fixtures/openapi.json`: the OpenAPI 3.1 document (`bss_validate::forms::openapi`),
//!   which `tests/js/openapi.test.mjs` validates with an OpenAPI validator;
//! - `pkg/src/messages.js`: the message catalogue the package renders from, and
//!   `tests/vectors/messages/catalogue.json`, the text the crate renders for every entry, which the
//!   package's renderer is tested against.
//!
//! The test fails when a derived file is out of date; `BLESS=1 cargo test --test generated`
//! rewrites them.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::fmt::Write;

use bss_validate::forms::fields::{FieldInfo, OperationInfo};
use bss_validate::normalize::Change;
use bss_validate::spec::{Empty, Field, Format, Kind, Method, OPERATIONS, Presence, Site};
use bss_validate::{Code, FieldOutcome, Locale, Params, Violation, spec};

fn camel(name: &str) -> String {
    name.split('_').map(|w| w[..1].to_ascii_uppercase() + &w[1..]).collect()
}

fn units(min: u32, max: Option<u32>) -> String {
    match (min, max) {
        (0, Some(max)) => format!("≤ {max} UTF-16 units"),
        (min, Some(max)) if min == max => format!("exactly {min} UTF-16 units"),
        (min, Some(max)) => format!("{min}–{max} UTF-16 units"),
        (0, None) => "any length".to_owned(),
        (min, None) => format!("≥ {min} UTF-16 units"),
    }
}

/// One line describing what a value of `kind` must be.
fn rule(kind: &Kind) -> String {
    match kind {
        Kind::Text { min, max, format } => {
            let f = match format {
                None => String::new(),
                Some(Format::NoSpace) => ", no white space".to_owned(),
                Some(Format::Code) => ", a verification code".to_owned(),
                Some(f) => format!(", format `{}`", f.name().unwrap_or_default()),
            };
            format!("text, {}{f}", units(*min, *max))
        }
        Kind::Choice { allowed, ignore_case } => {
            let list = allowed.iter().map(|a| format!("`{a}`")).collect::<Vec<_>>().join(", ");
            format!("one of {list}{}", if *ignore_case { " (any case)" } else { "" })
        }
        Kind::Int { min, max } => format!("integer {min}–{max}"),
        Kind::IntChoice(allowed) => {
            format!("integer, one of {}", allowed.iter().map(i64::to_string).collect::<Vec<_>>().join(", "))
        }
        Kind::Bool => "boolean".to_owned(),
        Kind::Money(b) => format!(
            "amount (string or number) > 0{}, ≤ {}, ≤ {} decimals",
            b.min.map(|m| format!(" and ≥ {m}")).unwrap_or_default(),
            b.max,
            b.max_scale
        ),
        Kind::Decimal => "decimal (string or number) ≥ 0, any scale".to_owned(),
        Kind::AccountName(r) => format!(
            "account name `{}`: {}, starts with a letter or one of `{}`, then letters, digits, `_`, `-`; \
             not starting with {}; not all digits",
            r.format,
            units(r.min, Some(r.max)),
            r.lead,
            r.reserved.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", ")
        ),
        Kind::Password(r) => format!("password, {}, ≥ {} of 4 character classes", units(r.min, Some(r.max)), r.min_classes),
        Kind::List { min, max, item } => {
            let n = match max {
                Some(1) if *min == 1 => "exactly 1".to_owned(),
                Some(max) if max == min => format!("exactly {min}"),
                Some(max) => format!("{min}–{max}"),
                None => format!("≥ {min}"),
            };
            format!("list of {n} item{}, each {}", if n == "exactly 1" { "" } else { "s" }, rule(item))
        }
        Kind::Object(_) => "object".to_owned(),
    }
}

fn presence(p: Presence) -> (&'static str, &'static str) {
    let req = match p {
        Presence::Required => "yes",
        Presence::Optional(_) => "no",
        Presence::Conditional(_) => "cond.",
    };
    let empty = match p.empty() {
        Empty::Absent => "means absent",
        Empty::Rejected => "`empty`",
        Empty::Value => "a value",
    };
    (req, empty)
}

fn rows(fields: &[Field], prefix: &str, out: &mut String) {
    for f in fields {
        let (req, empty) = presence(f.presence);
        let _ = writeln!(out, "| `{prefix}{}` | {req} | {empty} | {} |", f.name, rule(&f.kind));
        let nested = match &f.kind {
            Kind::List { item: Kind::Object(inner), .. } => Some((inner, "[]")),
            Kind::Object(inner) => Some((inner, "")),
            _ => None,
        };
        if let Some((inner, suffix)) = nested {
            rows(inner, &format!("{prefix}{}{suffix}.", f.name), out);
        }
    }
}

fn operations_table() -> String {
    let mut s = String::from("| operation | 中文 | method and path | site | fields |\n|---|---|---|---|---|\n");
    for op in OPERATIONS {
        let site = match op.site {
            Site::China => "China",
            Site::International => "intl",
        };
        let _ = writeln!(s, "| `{}` | {} | `{} {}` | {site} | {} |", op.name, op.title, op.method.as_str(), op.path, op.fields.len());
    }
    s
}

fn rules_table() -> String {
    let mut s = String::new();
    for op in OPERATIONS.iter().chain(spec::CHECKS) {
        let _ = writeln!(s, "#### {} — {}\n", op.name, op.title);
        // Escaped: rustdoc would read `[DOC mc_00023]` as a link (the README is the crate doc).
        let _ = writeln!(s, "Source: {}.\n", op.source.replace('[', "\\[").replace(']', "\\]"));
        s.push_str("| field | required | `\"\"` | rule |\n|---|---|---|---|\n");
        rows(op.fields, "", &mut s);
        s.push('\n');
    }
    s
}

/// One operation of an SDK client, as `tests/coverage/sdk.json` lists it.
#[derive(serde::Deserialize)]
struct SdkOperation {
    name: String,
    method: String,
    path: String,
}

#[derive(serde::Deserialize)]
struct Sdk {
    bss: Vec<SdkOperation>,
    bssintl: Vec<SdkOperation>,
    python_only: Vec<String>,
    excluded: std::collections::BTreeMap<String, String>,
}

/// Every operation of the SDK's two BSS clients: covered by a table (whose method and path
/// must be the SDK's) or excluded with a reason, never both, never neither. Returns the
/// README's coverage table.
fn coverage_table() -> String {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/coverage/sdk.json")).expect("tests/coverage/sdk.json");
    let sdk: Sdk = serde_json::from_str(&text).expect("sdk.json");
    let mut names: Vec<&str> = sdk.bss.iter().chain(&sdk.bssintl).map(|o| o.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    let client = |list: &[SdkOperation], name: &str| list.iter().any(|o| o.name == name);
    for op in OPERATIONS {
        let (china, intl) = (client(&sdk.bss, op.name), client(&sdk.bssintl, op.name));
        assert!(china || intl, "{} is in no SDK client", op.name);
        // A table is the China twin where the operation is on both sites.
        assert_eq!(op.site == Site::China, china, "{}: site", op.name);
        for o in sdk.bss.iter().chain(&sdk.bssintl).filter(|o| o.name == op.name) {
            assert_eq!((o.method.as_str(), o.path.as_str()), (op.method.as_str(), op.path), "{}: method and path", op.name);
        }
    }
    for name in sdk.excluded.keys() {
        assert!(names.contains(&name.as_str()), "excluded {name} is in no SDK client");
    }
    let (mut covered, mut s) = (0, String::new());
    s.push_str("| operation | `bss` (China) | `bssintl` | covered | why not |\n|---|:-:|:-:|:-:|---|\n");
    for name in &names {
        let table = spec::find(name);
        let why = sdk.excluded.get(*name);
        assert!(table.is_some() != why.is_some(), "{name}: covered by a table xor excluded in tests/coverage/sdk.json");
        covered += usize::from(table.is_some());
        let mark = |list: &[SdkOperation]| if client(list, name) { "✓" } else { "" };
        let _ = writeln!(
            s,
            "| `{name}` | {} | {} | {} | {} |",
            mark(&sdk.bss),
            mark(&sdk.bssintl),
            if table.is_some() { "yes" } else { "no" },
            why.map_or("", String::as_str)
        );
    }
    assert_eq!(covered, OPERATIONS.len(), "every table is an SDK operation");
    let _ = write!(
        s,
        "\n{covered} of {} operations covered ({} on `bss`, {} on `bssintl`; {} left out). Not in Go \
         0.1.188, only in the Python client 3.1.211, and not covered yet: {}.\n",
        names.len(),
        sdk.bss.len(),
        sdk.bssintl.len(),
        sdk.excluded.len(),
        sdk.python_only.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
    );
    s
}

fn codes_table() -> String {
    let mut s = String::from("| code | params | meaning |\n|---|---|---|\n");
    for code in Code::ALL {
        let params = if code.params_doc().is_empty() { "–".to_owned() } else { format!("`{}`", code.params_doc()) };
        let _ = writeln!(s, "| `{}` | {params} | {} |", code.as_str(), code.summary().trim().replace('|', "\\|"));
    }
    s
}

/// Rust type of a kind; nested objects get a struct named after their operation and field.
fn rust_type(kind: &Kind, owner: &str, field: &str, structs: &mut Vec<(String, &'static [Field])>) -> String {
    match kind {
        Kind::Text { .. } | Kind::Choice { .. } | Kind::AccountName(_) | Kind::Password(_) => "String".to_owned(),
        Kind::Int { .. } | Kind::IntChoice(_) => "i64".to_owned(),
        Kind::Bool => "bool".to_owned(),
        Kind::Money(_) => "Decimal".to_owned(),
        Kind::Decimal => "String".to_owned(),
        Kind::List { item, .. } => format!("Vec<{}>", rust_type(item, owner, field, structs)),
        Kind::Object(fields) => {
            let name = format!("{owner}{}", camel(field.strip_suffix('s').unwrap_or(field)));
            structs.push((name.clone(), fields));
            name
        }
    }
}

/// How the builder reads a field of `kind` (a method of `request::Fields`).
fn reader(kind: &Kind, owner: &str, field: &str) -> String {
    match kind {
        Kind::Text { .. } | Kind::Choice { .. } | Kind::AccountName(_) | Kind::Password(_) => "text".to_owned(),
        Kind::Int { .. } | Kind::IntChoice(_) => "int".to_owned(),
        Kind::Bool => "flag".to_owned(),
        Kind::Money(_) => "amount".to_owned(),
        Kind::Decimal => "decimal".to_owned(),
        Kind::List { item, .. } => match item {
            Kind::Object(_) => format!("items::<{owner}{}>", camel(field.strip_suffix('s').unwrap_or(field))),
            Kind::Int { .. } | Kind::IntChoice(_) => "ints".to_owned(),
            _ => "texts".to_owned(),
        },
        Kind::Object(_) => format!("object::<{owner}{}>", camel(field.strip_suffix('s').unwrap_or(field))),
    }
}

fn render_struct(name: &str, doc: &str, fields: &'static [Field], out: &mut String) {
    let mut nested = Vec::new();
    let _ = writeln!(out, "/// {doc}");
    out.push_str("#[derive(Debug, Clone, PartialEq, Eq, Serialize)]\n");
    let _ = writeln!(out, "pub struct {name} {{");
    let mut build = String::new();
    for (i, f) in fields.iter().enumerate() {
        let ty = rust_type(&f.kind, name, f.name, &mut nested);
        let _ = writeln!(out, "    /// `{}`: {}.", f.name, rule(&f.kind));
        if matches!(f.kind, Kind::Money(_)) {
            assert_eq!(f.presence, Presence::Required, "optional amounts need an `amount::option` module");
            out.push_str("    #[serde(with = \"super::amount\")]\n");
        }
        let ident = if f.name == "type" { "r#type" } else { f.name };
        let read = reader(&f.kind, name, f.name);
        if f.presence == Presence::Required {
            let _ = writeln!(out, "    pub {ident}: {ty},");
            let _ = writeln!(build, "            {ident}: f.{read}({i})?,");
        } else {
            out.push_str("    #[serde(skip_serializing_if = \"Option::is_none\")]\n");
            let _ = writeln!(out, "    pub {ident}: Option<{ty}>,");
            let _ = writeln!(build, "            {ident}: f.{read}({i}),");
        }
    }
    out.push_str("}\n\n");
    // A table without fields (ListMeasureUnits) reads nothing from `f`.
    let f = if fields.is_empty() { "_" } else { "f" };
    let _ = writeln!(
        out,
        "impl FromBody for {name} {{\n    fn build({f}: &Fields<'_>) -> Option<Self> {{\n        Some({name} {{\n{build}        }})\n    }}\n}}\n"
    );
    for (n, fields) in nested {
        render_struct(&n, &format!("An item of [`{name}`]."), fields, out);
    }
}

fn request_structs() -> String {
    let mut s = String::from(
        "//! GENERATED from the spec tables by `BLESS=1 cargo test --test generated`; do not edit by hand.\n\n\
         use rust_decimal::Decimal;\nuse serde::Serialize;\n\n\
         use super::{FromBody, Fields, Request};\nuse crate::spec::{self, Operation};\n\n",
    );
    for op in OPERATIONS {
        let doc = format!("{} — `{} {}`.", op.title, op.method.as_str(), op.path);
        render_struct(op.name, &doc, op.fields, &mut s);
        let _ =
            writeln!(s, "impl Request for {} {{\n    const OPERATION: &'static Operation = &spec::{}::OP;\n}}\n", op.name, common::snake(op.name));
    }
    s.push_str(
        "/// Invokes the macro `$m` with the name of every request struct, in table order: for code\n\
         /// that handles each operation's type by name (a router, a test), so that a new operation\n\
         /// reaches it without an edit.\n\
         #[macro_export]\nmacro_rules! for_each_request {\n    ($m:ident) => {\n        $m! {\n",
    );
    for op in OPERATIONS {
        let _ = writeln!(s, "            {},", op.name);
    }
    s.push_str("        }\n    };\n}\n");
    s
}

/// TypeScript type of a value of `kind`; `query` for GET parameters, where integers may be text.
fn ts_type(kind: &Kind, query: bool, indent: &str) -> String {
    let lits = |v: &[String]| v.join(" | ");
    match kind {
        Kind::Text { .. } | Kind::AccountName(_) | Kind::Password(_) => "string".to_owned(),
        Kind::Choice { ignore_case: true, .. } => "string".to_owned(),
        Kind::Choice { allowed, .. } => lits(&allowed.iter().map(|a| format!("\"{a}\"")).collect::<Vec<_>>()),
        Kind::Int { .. } if query => "number | string".to_owned(),
        Kind::Int { .. } => "number".to_owned(),
        Kind::IntChoice(allowed) => {
            let mut v: Vec<String> = allowed.iter().map(i64::to_string).collect();
            if query {
                v.extend(allowed.iter().map(|a| format!("\"{a}\"")));
            }
            lits(&v)
        }
        Kind::Bool => "boolean".to_owned(),
        Kind::Money(_) => "Amount".to_owned(),
        Kind::Decimal => "number | string".to_owned(),
        Kind::List { item, .. } => {
            let t = ts_type(item, query, indent);
            if t.contains(' ') && !t.starts_with('{') { format!("({t})[]") } else { format!("{t}[]") }
        }
        Kind::Object(fields) => {
            let inner = format!("{indent}  ");
            let mut s = String::from("{\n");
            ts_fields(fields, query, &inner, &mut s);
            s.push_str(indent);
            s.push('}');
            s
        }
    }
}

fn ts_fields(fields: &[Field], query: bool, indent: &str, out: &mut String) {
    for f in fields {
        let mut t = ts_type(&f.kind, query, indent);
        let _ = writeln!(out, "{indent}/** {}. */", rule(&f.kind));
        if f.presence == Presence::Required {
            let _ = writeln!(out, "{indent}{}: {t};", f.name);
        } else {
            let empty_ok = f.presence.empty() != Empty::Rejected;
            if empty_ok && !t.split(" | ").any(|x| x == "string") {
                t.push_str(" | \"\"");
            }
            let _ = writeln!(out, "{indent}{}?: {t} | null;", f.name);
        }
    }
}

fn typescript() -> String {
    let mut s = String::from(
        "// GENERATED from the Rust spec tables by `BLESS=1 cargo test --test generated`; do not edit by hand.\n\n\
         /** A stable violation code. */\nexport type Code =\n",
    );
    for code in Code::ALL {
        let _ = writeln!(s, "  | \"{}\"", code.as_str());
    }
    s.push_str(";\n\n");
    // The shapes of the answers, declared once in Rust (`report::shape`).
    for shape in [
        Params::typescript(),
        Violation::typescript(),
        FieldOutcome::typescript(),
        Change::typescript(),
        FieldInfo::typescript(),
        OperationInfo::typescript(),
    ] {
        s.push_str(&shape);
        s.push('\n');
    }
    s.push_str(
        "/** An amount in 元: a decimal string (\"10.50\") or a number (judged by its shortest text). */\nexport type Amount = string | number;\n\n",
    );
    let mut map = String::from("/** Request body type of every operation. */\nexport interface OperationInputs {\n");
    for op in OPERATIONS {
        let _ = writeln!(s, "/** {} — `{} {}`. */\nexport interface {}Input {{", op.title, op.method.as_str(), op.path, op.name);
        ts_fields(op.fields, op.method == Method::Get, "  ", &mut s);
        s.push_str("}\n\n");
        let _ = writeln!(map, "  {0}: {0}Input;", op.name);
    }
    map.push_str("}\n\n/** The name of an operation. */\nexport type OperationName = keyof OperationInputs;\n\n");
    s.push_str(&map);
    let mut checks = String::from("/** Facts of every registration check. */\nexport interface CheckInputs {\n");
    for op in spec::CHECKS {
        let _ = writeln!(s, "/** {}. */\nexport interface {}Input {{", op.title, op.name);
        ts_fields(op.fields, false, "  ", &mut s);
        s.push_str("}\n\n");
        let _ = writeln!(checks, "  {0}: {0}Input;", op.name);
    }
    checks.push_str("}\n\n/** The name of a registration check. */\nexport type CheckName = keyof CheckInputs;\n");
    s.push_str(&checks);
    s
}

fn splice(doc: &str, name: &str, body: &str) -> String {
    let open = format!("<!-- generated:{name} -->\n");
    let close = format!("<!-- /generated:{name} -->");
    let start = doc.find(&open).unwrap_or_else(|| panic!("README has no {open}")) + open.len();
    let end = doc.find(&close).unwrap_or_else(|| panic!("README has no {close}"));
    format!("{}{}{}", &doc[..start], body, &doc[end..])
}

/// Rust source as `cargo fmt` leaves it (the generator writes it plainly; rustfmt lays it out).
fn rustfmt(source: &str) -> String {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("rustfmt (rustup component add rustfmt)");
    child.stdin.take().expect("stdin").write_all(source.as_bytes()).expect("write to rustfmt");
    let out = child.wait_with_output().expect("rustfmt");
    assert!(out.status.success(), "rustfmt refused the generated source");
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn check(path: &str, want: &str) {
    let formatted;
    let want = if path.ends_with(".rs") {
        formatted = rustfmt(want);
        formatted.as_str()
    } else {
        want
    };
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    let have = std::fs::read_to_string(&full).unwrap_or_default();
    if have == want {
        return;
    }
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&full, want).expect("write");
    } else {
        panic!("{path} is out of date with the spec tables: run `BLESS=1 cargo test --test generated`");
    }
}

#[test]
fn request_structs_are_current() {
    check("src/request/generated.rs", &request_structs());
}

#[test]
fn openapi_document_is_current() {
    check("tests/js/fixtures/openapi.json", &bss_validate::forms::openapi::document());
}

#[test]
fn typescript_types_are_current() {
    check("pkg/operations.d.ts", &typescript());
}

/// A JS string literal.
fn js(s: &str) -> String {
    serde_json::to_string(s).expect("a string")
}

/// The catalogue as the package's renderer (pkg/src/message.js) reads it.
fn messages_js() -> String {
    use bss_validate::message::{CATALOGUE, EXPECTED, OTHER_TYPE, SUGGESTION, When};
    let mut s = String::from(
        "// GENERATED from the Rust message catalogue (src/report/message.rs) by\n\
         // `BLESS=1 cargo test --test generated`; do not edit by hand. Read by message.js.\n\n\
         // [code, when, its argument, English, Chinese]; `when`: 0 always, 1 a trigger (`field` and\n\
         // `value` set), 2 `reversed`, 3 this `reason`, 4 this `format`. A code's first entry that\n\
         // holds gives its message.\n\
         export const CATALOGUE = [\n",
    );
    for e in CATALOGUE {
        let (when, arg) = match e.when {
            When::Always => (0, None),
            When::Trigger => (1, None),
            When::Reversed => (2, None),
            When::Reason(r) => (3, Some(r)),
            When::Format(f) => (4, Some(f)),
        };
        let arg = arg.map_or_else(|| "null".to_owned(), js);
        let _ = writeln!(s, "  [{}, {when}, {arg}, {}, {}],", js(e.code.as_str()), js(e.en), js(e.zh));
    }
    s.push_str("];\n\n// `{expected}` in words: [English, Chinese].\nexport const EXPECTED = new Map([\n");
    for (t, en, zh) in EXPECTED {
        let _ = writeln!(s, "  [{}, [{}, {}]],", js(t), js(en), js(zh));
    }
    let _ = writeln!(s, "]);\nexport const OTHER_TYPE = [{}, {}];\n", js(OTHER_TYPE.0), js(OTHER_TYPE.1));
    let _ =
        writeln!(s, "// Appended when an unknown key has a `suggestion`.\nexport const SUGGESTION = [{}, {}];", js(SUGGESTION.0), js(SUGGESTION.1));
    s
}

/// Every catalogue entry rendered by the crate, in both locales, with no params but those
/// that select it, with every param (each `expected`, amount and integer bounds, string and
/// integer lists, a pointer with escapes), and with a suggestion.
fn messages_vectors() -> String {
    use bss_validate::message::{CATALOGUE, EXPECTED, When, render};
    use bss_validate::report::{Allowed, Num, Scalar};
    let mut cases = Vec::new();
    let expected: Vec<_> = EXPECTED.iter().map(|(t, _, _)| Some(*t)).chain([Some("other"), None]).collect();
    for (i, e) in CATALOGUE.iter().enumerate() {
        let mut select = Params::default();
        match e.when {
            When::Always => {}
            When::Trigger => (select.field, select.value) = (Some("/use_coupon".into()), Some(Scalar::Str("YES"))),
            When::Reversed => select.reversed = Some(true),
            When::Reason(r) => select.reason = Some(r),
            When::Format(f) => select.format = Some(f),
        }
        let full = Params {
            expected: expected[i % expected.len()],
            min: Some(Num::Int(8)),
            max: Some(Num::Dec("10000000.00")),
            actual: Some(65),
            unit: Some("utf16"),
            max_scale: Some(2),
            allowed: Some(Allowed::Strs(&["YES", "NO"])),
            prefix: Some("op_"),
            field: Some("/coupon_infos/0/a~1b~0".into()),
            value: Some(Scalar::Int(18)),
            min_classes: Some(3),
            max_days: Some(90),
            ..select.clone()
        };
        let other = Params {
            min: Some(Num::Dec("0.01")),
            max: Some(Num::Int(64)),
            allowed: Some(Allowed::Ints(&[301, 302, 303])),
            suggestion: Some("password"),
            field: Some(String::new()),
            ..select.clone()
        };
        for params in [select, full, other] {
            for locale in Locale::ALL {
                let message = render(e.code, &params, *locale);
                cases.push(serde_json::json!({ "code": e.code, "params": params, "locale": locale, "message": message }));
            }
        }
    }
    // One case a line: the file is read by tests, and reviewed in diffs.
    let lines: Vec<String> = cases.iter().map(|c| format!("    {c}")).collect();
    format!(
        "{{\n  \"about\": \"GENERATED by `BLESS=1 cargo test --test generated` from the crate's message catalogue: the text the crate renders for each case, which the npm package's renderer must give too.\",\n  \"cases\": [\n{}\n  ]\n}}\n",
        lines.join(",\n")
    )
}

#[test]
fn message_catalogue_is_current() {
    check("pkg/src/messages.js", &messages_js());
    check("tests/vectors/messages/catalogue.json", &messages_vectors());
}

#[test]
fn every_sdk_operation_is_covered_or_excluded() {
    // The assertions are in the table's builder; the README test renders the same table.
    assert!(coverage_table().contains(&format!("{} of ", OPERATIONS.len())));
}

#[test]
fn readme_tables_are_current() {
    let path = format!("{}/README.md", env!("CARGO_MANIFEST_DIR"));
    let mut doc = std::fs::read_to_string(path).expect("README");
    doc = splice(&doc, "operations", &operations_table());
    doc = splice(&doc, "codes", &codes_table());
    doc = splice(&doc, "rules", &rules_table());
    doc = splice(&doc, "coverage", &coverage_table());
    check("README.md", &doc);
}
