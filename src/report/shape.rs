//! The shapes of what the crate answers (a violation and its params, a field's outcome, a
//! field description, a normalisation change, an operation), each declared once with `shape!`:
//! the one declaration gives the Rust struct, its serde `Serialize` (the JSON servers write),
//! its [`Encode`] (the tape the WebAssembly module hands the package, which the package reads
//! into the same objects) and its TypeScript declaration (which `tests/generated.rs` writes
//! into `pkg/operations.d.ts`). A new param or field is one line.

use crate::body::{Edit, EditKind, Writer};
use crate::prelude::*;
use crate::report::{Allowed, Code, Num, Scalar};

/// How a value is written onto an answer tape ([`Writer`]), and whether a field holding it is
/// left out (an optional one that is not set). Its tape reads as the JSON its serde
/// `Serialize` writes (tested for every shape).
pub trait Encode {
    /// Whether the field's type is optional (TypeScript `?:`).
    const OPTIONAL: bool = false;
    /// Appends the value.
    fn encode(&self, out: &mut Writer);
    /// Whether a field holding it is left out.
    fn absent(&self) -> bool {
        false
    }
}

/// Declares a shape (see the module's docs): `pub struct Name { /// doc
/// pub field [as "wire"]: Type => "TypeScript type", … }`. A field of an `Option` type is left
/// out of the JSON when `None` and optional in TypeScript.
macro_rules! shape {
    (
        $(#[doc = $doc:literal])*
        $(#[derive($($derive:ident),*)])?
        pub struct $name:ident {
            $(
                $(#[doc = $fdoc:literal])*
                pub $field:ident $(as $wire:literal)? : $ty:ty => $ts:literal,
            )*
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, PartialEq, Eq $($(, $derive)*)?)]
        pub struct $name {
            $( $(#[doc = $fdoc])* pub $field: $ty, )*
        }

        impl $crate::report::shape::Encode for $name {
            fn encode(&self, out: &mut $crate::body::Writer) {
                let at = out.open(true);
                let mut count = 0;
                $(
                    if !$crate::report::shape::Encode::absent(&self.$field) {
                        out.key($crate::report::shape::shape!(@wire $field $($wire)?));
                        $crate::report::shape::Encode::encode(&self.$field, out);
                        count += 1;
                    }
                )*
                out.close(at, count);
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap;
                let mut map = s.serialize_map(None)?;
                $(
                    if !$crate::report::shape::Encode::absent(&self.$field) {
                        map.serialize_entry($crate::report::shape::shape!(@wire $field $($wire)?), &self.$field)?;
                    }
                )*
                map.end()
            }
        }

        impl $name {
            /// The TypeScript declaration of this shape's JSON.
            #[cfg(feature = "std")]
            pub fn typescript() -> String {
                let mut out = $crate::report::shape::jsdoc(&[$($doc),*], "");
                out.push_str(concat!("export interface ", stringify!($name), " {\n"));
                $(
                    out.push_str(&$crate::report::shape::jsdoc(&[$($fdoc),*], "  "));
                    let optional = if <$ty as $crate::report::shape::Encode>::OPTIONAL { "?" } else { "" };
                    out.push_str(&format!("  {}{optional}: {};\n", $crate::report::shape::shape!(@wire $field $($wire)?), $ts));
                )*
                out.push_str("}\n");
                out
            }
        }
    };
    (@wire $field:ident) => {
        stringify!($field)
    };
    (@wire $field:ident $wire:literal) => {
        $wire
    };
}
pub(crate) use shape;

/// A doc comment as JSDoc: rustdoc's links (`` [`Params`] ``) become code spans, the one
/// markup both read alike.
#[cfg(feature = "std")]
pub(crate) fn jsdoc(lines: &[&str], indent: &str) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let text = lines.iter().map(|l| l.strip_prefix(' ').unwrap_or(l)).collect::<Vec<_>>().join(&format!("\n{indent} * "));
    format!("{indent}/** {} */\n", text.replace("[`", "`").replace("`]", "`"))
}

impl Encode for str {
    fn encode(&self, out: &mut Writer) {
        out.str(self);
    }
}

impl Encode for String {
    fn encode(&self, out: &mut Writer) {
        out.str(self);
    }
}

impl Encode for bool {
    fn encode(&self, out: &mut Writer) {
        out.bool(*self);
    }
}

impl Encode for i64 {
    fn encode(&self, out: &mut Writer) {
        out.int(*self);
    }
}

impl Encode for u32 {
    fn encode(&self, out: &mut Writer) {
        out.int(i64::from(*self));
    }
}

impl Encode for Code {
    fn encode(&self, out: &mut Writer) {
        out.str(self.as_str());
    }
}

impl Encode for Num {
    fn encode(&self, out: &mut Writer) {
        match self {
            Num::Int(i) => out.int(*i),
            Num::Dec(d) => out.str(d),
        }
    }
}

impl Encode for Scalar {
    fn encode(&self, out: &mut Writer) {
        match self {
            Scalar::Str(s) => out.str(s),
            Scalar::Int(i) => out.int(*i),
        }
    }
}

impl Encode for Allowed {
    fn encode(&self, out: &mut Writer) {
        match self {
            Allowed::Strs(v) => v.encode(out),
            Allowed::Ints(v) => v.encode(out),
        }
    }
}

impl<T: Encode> Encode for [T] {
    fn encode(&self, out: &mut Writer) {
        let at = out.open(false);
        for v in self {
            v.encode(out);
        }
        out.close(at, self.len());
    }
}

impl<T: Encode + ?Sized> Encode for &T {
    fn encode(&self, out: &mut Writer) {
        (**self).encode(out);
    }
}

impl<T: Encode> Encode for Vec<T> {
    fn encode(&self, out: &mut Writer) {
        self.as_slice().encode(out);
    }
}

impl<T: Encode + ?Sized> Encode for Box<T> {
    fn encode(&self, out: &mut Writer) {
        (**self).encode(out);
    }
}

impl<T: Encode> Encode for Option<T> {
    const OPTIONAL: bool = true;
    fn encode(&self, out: &mut Writer) {
        match self {
            Some(v) => v.encode(out),
            None => out.null(),
        }
    }
    fn absent(&self) -> bool {
        self.is_none()
    }
}

impl Encode for Edit {
    /// `{path, from, to}` (a text set), `{path, remove: true}`, `{path, number: true}` (a text
    /// made the number it spells) or `{path, length}` (a list cut).
    fn encode(&self, out: &mut Writer) {
        let at = out.open(true);
        out.key("path");
        out.str(&self.path);
        let count = match &self.kind {
            EditKind::Text { from, to } => {
                out.key("from");
                out.str(from);
                out.key("to");
                out.str(to);
                3
            }
            EditKind::Remove | EditKind::Number => {
                out.key(if self.kind == EditKind::Remove { "remove" } else { "number" });
                out.bool(true);
                2
            }
            EditKind::Truncate(n) => {
                out.key("length");
                out.int(i64::try_from(*n).unwrap_or(i64::MAX));
                2
            }
        };
        out.close(at, count);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every shape's tape reads as its serde JSON: the fields of every table, the operations.
    #[test]
    fn tapes_read_as_serde_writes() {
        let mut w = Writer::default();
        for op in crate::spec::OPERATIONS.iter().chain(crate::spec::CHECKS) {
            let f = crate::forms::fields::fields(op);
            w.clear();
            f.encode(&mut w);
            assert_eq!(w.to_value(), serde_json::to_value(&f).unwrap(), "{}", op.name);
        }
        let ops: Vec<_> = crate::spec::OPERATIONS.iter().map(|op| crate::forms::fields::operation(op)).collect();
        w.clear();
        ops.encode(&mut w);
        let want: Vec<serde_json::Value> = crate::spec::OPERATIONS
            .iter()
            .map(|op| serde_json::json!({ "name": op.name, "title": op.title, "method": op.method, "path": op.path, "site": op.site }))
            .collect();
        assert_eq!(w.to_value(), serde_json::Value::from(want));
        // Text beyond ASCII is spanned in UTF-16 units, as JS slices it.
        let change = crate::normalize::Change { path: "/a~1b".into(), from: "１２３😀".into(), to: "123".into() };
        w.clear();
        change.encode(&mut w);
        assert_eq!(w.to_value(), serde_json::to_value(&change).unwrap());
    }
}
