//! The shapes of what the crate answers (a violation and its params, a field's outcome, a
//! field description, a normalisation change), each declared once with `shape!`: the one
//! declaration gives the Rust struct, its JSON (the crate's own writer, which the WebAssembly
//! module uses, and serde's `Serialize`, which servers use) and its TypeScript declaration
//! (which `tests/generated.rs` writes into `pkg/operations.d.ts`). A new param or field is one
//! line.

use crate::body::json::write_str;
use crate::body::number::push_int;
use crate::prelude::*;
use crate::report::{Allowed, Code, Num, Scalar};

/// How a value is written as JSON text by the crate's own writer, and whether a field holding
/// it is left out (an optional one that is not set).
pub trait Json {
    /// Whether the field's type is optional (TypeScript `?:`).
    const OPTIONAL: bool = false;
    /// Appends the value's JSON.
    fn write(&self, out: &mut String);
    /// Whether a field holding it is left out of the JSON.
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

        impl $crate::report::shape::Json for $name {
            fn write(&self, out: &mut $crate::prelude::String) {
                let mut first = true;
                out.push('{');
                $(
                    if !$crate::report::shape::Json::absent(&self.$field) {
                        $crate::report::shape::key(out, &mut first, $crate::report::shape::shape!(@wire $field $($wire)?));
                        $crate::report::shape::Json::write(&self.$field, out);
                    }
                )*
                out.push('}');
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap;
                let mut map = s.serialize_map(None)?;
                $(
                    if !$crate::report::shape::Json::absent(&self.$field) {
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
                    let optional = if <$ty as $crate::report::shape::Json>::OPTIONAL { "?" } else { "" };
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

/// Starts a member of an object a shape writes: the comma before all but the first, and
/// the name (a Rust identifier or a plain wire name, written without escaping).
#[inline(never)]
pub fn key(out: &mut String, first: &mut bool, name: &str) {
    if !core::mem::take(first) {
        out.push(',');
    }
    out.push('"');
    out.push_str(name);
    out.push_str("\":");
}

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

impl Json for str {
    fn write(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl Json for String {
    fn write(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl Json for bool {
    fn write(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl Json for i64 {
    fn write(&self, out: &mut String) {
        push_int(out, *self);
    }
}

impl Json for u32 {
    fn write(&self, out: &mut String) {
        push_int(out, i64::from(*self));
    }
}

impl Json for Code {
    fn write(&self, out: &mut String) {
        write_str(out, self.as_str());
    }
}

impl Json for Num {
    fn write(&self, out: &mut String) {
        match self {
            Num::Int(i) => push_int(out, *i),
            Num::Dec(d) => write_str(out, d),
        }
    }
}

impl Json for Scalar {
    fn write(&self, out: &mut String) {
        match self {
            Scalar::Str(s) => write_str(out, s),
            Scalar::Int(i) => push_int(out, *i),
        }
    }
}

impl Json for Allowed {
    fn write(&self, out: &mut String) {
        match self {
            Allowed::Strs(v) => v.write(out),
            Allowed::Ints(v) => v.write(out),
        }
    }
}

impl<T: Json> Json for [T] {
    fn write(&self, out: &mut String) {
        out.push('[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            v.write(out);
        }
        out.push(']');
    }
}

impl<T: Json + ?Sized> Json for &T {
    fn write(&self, out: &mut String) {
        (**self).write(out);
    }
}

impl<T: Json> Json for Vec<T> {
    fn write(&self, out: &mut String) {
        self.as_slice().write(out);
    }
}

impl<T: Json + ?Sized> Json for Box<T> {
    fn write(&self, out: &mut String) {
        (**self).write(out);
    }
}

impl<T: Json> Json for Option<T> {
    const OPTIONAL: bool = true;
    fn write(&self, out: &mut String) {
        match self {
            Some(v) => v.write(out),
            None => out.push_str("null"),
        }
    }
    fn absent(&self) -> bool {
        self.is_none()
    }
}
