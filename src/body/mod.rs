//! A request body as the rules read it, one representation for every source: the tape
//! ([`Doc`]), read from JSON text ([`json`]) or from a `serde_json::Value` ([`serde`]), its
//! numbers as ECMAScript text ([`number`]), and the [`Edit`]s that reading form input makes,
//! which whoever holds the body applies.

mod doc;
pub mod json;
pub mod number;
#[cfg(feature = "std")]
pub mod serde;

pub use doc::{Doc, Items, Members, View, Writer};

use crate::prelude::*;

/// One change that reading form input made to a body (see [`crate::forms::normalize`]). The
/// core validates the body with its edits made; whoever holds the body applies them to their
/// copy ([`serde::apply`] for a `serde_json::Value`; the npm package to its own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// JSON Pointer of the value changed.
    pub path: String,
    /// What happened to it.
    pub kind: EditKind,
}

/// What an [`Edit`] does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditKind {
    /// The string `from` normalised to `to` (a [`crate::forms::normalize::Change`]).
    Text {
        /// The text as given.
        from: String,
        /// The text as normalised.
        to: String,
    },
    /// A blank field of a form: the member is left out.
    Remove,
    /// An integer's text in an integer field of a form: the value is now that number.
    Number,
    /// A list's blank rows at its end (a form's spare rows): the list is cut to this length.
    Truncate(usize),
}
