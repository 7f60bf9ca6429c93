//! A body written as the npm package's JS writes it for the module (pkg/src/core.js): tokens
//! of three `u32` words over their UTF-8 text, numbers as their ECMAScript text. The tests of
//! the package's own no_std build read bodies through it, as the module does.

use bss_validate::body::{EditKind, number};
use bss_validate::{Edit, pointer};
use serde_json::Value;

/// The tokens and text of `v`.
pub fn write(v: &Value) -> (Vec<u32>, String) {
    let (mut words, mut text) = (Vec::new(), String::new());
    walk(v, &mut words, &mut text);
    (words, text)
}

fn span(tag: u32, s: &str, words: &mut Vec<u32>, text: &mut String) {
    words.extend([tag, text.len() as u32, s.len() as u32]);
    text.push_str(s);
}

fn walk(v: &Value, words: &mut Vec<u32>, text: &mut String) {
    match v {
        Value::Null => words.extend([0, 0, 0]),
        Value::Bool(b) => words.extend([if *b { 2 } else { 1 }, 0, 0]),
        Value::Number(n) => {
            let s = match (n.as_i64(), n.as_u64()) {
                (Some(i), _) => i.to_string(),
                (_, Some(u)) => u.to_string(),
                _ => n.as_f64().and_then(number::from_f64).unwrap_or_else(|| "0".to_owned()),
            };
            span(3, &s, words, text);
        }
        Value::String(s) => span(4, s, words, text),
        Value::Array(items) => {
            let at = words.len();
            words.extend([5, items.len() as u32, 0]);
            items.iter().for_each(|i| walk(i, words, text));
            words[at + 2] = (words.len() / 3) as u32;
        }
        Value::Object(map) => {
            let at = words.len();
            words.extend([6, map.len() as u32, 0]);
            for (k, v) in map {
                span(4, k, words, text);
                walk(v, words, text);
            }
            words[at + 2] = (words.len() / 3) as u32;
        }
    }
}

/// `value` with `edits` made, as the package makes them to its copy.
pub fn apply(mut value: Value, edits: &[Edit]) -> Value {
    for edit in edits {
        let segments = pointer::segments(&edit.path);
        let Some((last, parents)) = segments.split_last() else { continue };
        let Some(parent) = parents.iter().try_fold(&mut value, |at, seg| at.pointer_mut(&format!("/{}", escape(seg)))) else { continue };
        match (&edit.kind, parent) {
            (EditKind::Remove, Value::Object(map)) => {
                map.remove(last.as_str());
            }
            (kind, parent) => {
                let Some(target) = parent.pointer_mut(&format!("/{}", escape(last))) else { continue };
                match kind {
                    EditKind::Text { to, .. } => *target = Value::String(to.clone()),
                    EditKind::Number => *target = target.as_str().and_then(|s| s.parse::<i64>().ok()).map_or(Value::Null, Value::from),
                    EditKind::Truncate(n) => {
                        if let Value::Array(items) = target {
                            items.truncate(*n);
                        }
                    }
                    EditKind::Remove => {}
                }
            }
        }
    }
    value
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}
