//! A body given as a `serde_json::Value`: read into a [`Doc`], written back from a [`View`],
//! and edited in place by [`Edit`]s.

use super::{Doc, Edit, EditKind, View, json, number};
use crate::report::pointer;

/// Reads a caller's `serde_json::Value`. Its numbers are written as ECMAScript writes them
/// (see [`number`]), so the verdict is the browser's for the same body. Nesting past
/// [`json::MAX_DEPTH`] is cut: the array or object there reads as `{}`, as the npm package
/// cuts past 64 levels; a value built in code can nest without bound, and no rule reads that deep.
pub fn read(value: &serde_json::Value) -> Doc<'static> {
    let mut doc = Doc::new("", 16);
    walk(&mut doc, value, 0);
    doc
}

fn walk(doc: &mut Doc<'static>, value: &serde_json::Value, depth: usize) {
    use serde_json::Value as J;
    match value {
        J::Array(_) | J::Object(_) if depth >= json::MAX_DEPTH => {
            let at = doc.open(true);
            doc.close(at, 0);
        }
        J::Null => doc.null(),
        J::Bool(b) => doc.bool(*b),
        J::Number(n) => {
            let text = if let Some(i) = n.as_i64() {
                number::int_text(i)
            } else if let Some(u) = n.as_u64() {
                u.to_string()
            } else {
                // Without serde_json's `arbitrary_precision` every other number is a finite f64.
                n.as_f64().and_then(number::from_f64).unwrap_or_else(|| String::from("0"))
            };
            doc.own(true, &text);
        }
        J::String(s) => doc.own(false, s),
        J::Array(items) => {
            let at = doc.open(false);
            items.iter().for_each(|v| walk(doc, v, depth + 1));
            doc.close(at, items.len());
        }
        J::Object(map) => {
            let at = doc.open(true);
            for (k, v) in map {
                doc.own(false, k);
                walk(doc, v, depth + 1);
            }
            doc.close(at, map.len());
        }
    }
}

/// The value a view holds, as a `serde_json::Value`: numbers as the nearest JSON number their
/// text spells (integers exactly), a repeated key read from its last occurrence.
pub fn to_value(view: View<'_>) -> serde_json::Value {
    use serde_json::Value as J;
    match view {
        View::Null => J::Null,
        View::Bool(b) => J::Bool(b),
        View::Number(n) => match (n.parse::<i64>(), n.parse::<u64>()) {
            (Ok(i), _) => J::from(i),
            (_, Ok(u)) => J::from(u),
            _ => n.parse::<f64>().ok().and_then(serde_json::Number::from_f64).map_or(J::Null, J::Number),
        },
        View::String(s) => J::String(s.to_owned()),
        View::Array(items) => J::Array(items.iter().map(to_value).collect()),
        View::Object(members) => J::Object(members.iter().map(|(k, v)| (k.to_owned(), to_value(v))).collect()),
    }
}

/// Makes `edits` to `value` (an edit whose path is not in it is passed over).
pub fn apply(value: &mut serde_json::Value, edits: &[Edit]) {
    for edit in edits {
        let segments = pointer::segments(&edit.path);
        let Some((last, parents)) = segments.split_last() else { continue };
        let Some(parent) = parents.iter().try_fold(&mut *value, |at, seg| child(at, seg)) else { continue };
        if edit.kind == EditKind::Remove {
            if let serde_json::Value::Object(map) = parent {
                map.remove(last.as_str());
            }
            continue;
        }
        let Some(target) = child(parent, last) else { continue };
        match &edit.kind {
            EditKind::Text { to, .. } => *target = serde_json::Value::String(to.clone()),
            EditKind::Number => {
                if let Some(i) = target.as_str().and_then(|s| s.parse::<i64>().ok()) {
                    *target = serde_json::Value::from(i);
                }
            }
            EditKind::Truncate(n) => {
                if let serde_json::Value::Array(items) = target {
                    items.truncate(*n);
                }
            }
            EditKind::Remove => {}
        }
    }
}

/// The member or item `seg` names.
fn child<'v>(value: &'v mut serde_json::Value, seg: &str) -> Option<&'v mut serde_json::Value> {
    match value {
        serde_json::Value::Object(map) => map.get_mut(seg),
        serde_json::Value::Array(items) => seg.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
        _ => None,
    }
}

#[cfg(test)]
impl super::Writer {
    /// The value an answer tape reads as, decoded as the npm package decodes it (spans of
    /// UTF-16 code units, numbers from their text): what proves a shape's tape and its serde
    /// JSON the same.
    pub(crate) fn to_value(&self) -> serde_json::Value {
        use serde_json::Value;
        fn value(w: &[u32], text: &[u16], i: &mut usize) -> Value {
            let (tag, a, b) = (w[*i * 3], w[*i * 3 + 1] as usize, w[*i * 3 + 2] as usize);
            *i += 1;
            let span = || String::from_utf16(&text[a..a + b]).unwrap();
            match tag {
                1 => Value::Bool(false),
                2 => Value::Bool(true),
                3 => serde_json::from_str(&span()).unwrap(),
                4 => Value::String(span()),
                5 => Value::Array((0..a).map(|_| value(w, text, i)).collect()),
                6 => Value::Object(
                    (0..a)
                        .map(|_| {
                            let Value::String(k) = value(w, text, i) else { panic!("a key") };
                            (k, value(w, text, i))
                        })
                        .collect(),
                ),
                _ => Value::Null,
            }
        }
        let text: Vec<u16> = self.text().encode_utf16().collect();
        let mut i = 0;
        let v = value(self.words(), &text, &mut i);
        assert_eq!(i * 3, self.words().len(), "one value");
        v
    }
}
