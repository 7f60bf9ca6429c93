//! What the crate answers: the two kinds of failure, never mixed. A request that breaks the
//! rules gives [`Violation`]s (data, returned, collected all at once: a [`Code`], its
//! [`Params`], a JSON Pointer and a message from the one catalogue), while a call that cannot
//! be answered at all (an operation name this crate does not know) gives an [`Error`].

use crate::prelude::*;
use shape::shape;

mod code;
pub mod message;
mod params;
pub mod pointer;
pub mod shape;

pub use code::Code;
pub use message::Locale;
pub use params::{Allowed, Num, Params, Scalar};

/// A call that cannot be answered. Bad *input* is never an `Error`: it is a violation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The operation name is not one of [`crate::operations`]. Names are Huawei's SDK names,
    /// case-sensitive (`ReclaimToPartnerAccount`, not `reclaimToPartnerAccount`).
    #[error("unknown operation `{0}`")]
    UnknownOperation(String),
    /// The text given to [`crate::check_json`] is not one JSON document in UTF-8 (or nests
    /// deeper than 128 levels); see [`crate::body::json::read`].
    #[error("the body is not JSON")]
    MalformedJson,
}

impl Error {
    /// The stable code of this error, as the JS package puts it on the thrown `TypeError`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::UnknownOperation(_) => "unknown_operation",
            Error::MalformedJson => "malformed_json",
        }
    }
}

shape! {
    /// One broken rule: where, what, the figures, and a message in the chosen locale.
    pub struct Violation {
        /// JSON Pointer (RFC 6901) over wire names: `/amount`, `/coupon_infos/0/id`; `""` is the body.
        pub path: String => "string",
        /// Stable machine-readable code.
        pub code: Code => "Code",
        /// Bounds and figures; see [`Params`].
        // Boxed as the rule gave them, so a violation moves through a list as a few words.
        pub params: Box<Params> => "Params",
        /// Human-readable text in the chosen locale, from the one message catalogue.
        pub message: String => "string",
    }
}

/// A rule's verdict before it is placed at a path: a code and its figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fail {
    /// The code.
    pub code: Code,
    /// Its params, boxed so that `Result<_, Fail>` stays small on the happy path.
    pub params: Box<Params>,
}

/// A [`Fail`] of `code` with the params named (`fail!(Code::TooSmall, min: Num::Dec("0.01"))`),
/// the rest unset. The params are set one by one on [`Fail::new`]'s boxed default (made in
/// one place, not inlined): a whole `Params { …, ..Params::default() }` built at each of the
/// forty places that make a failure, then boxed, was about 2 KB of the gzipped module.
macro_rules! fail {
    ($code:expr $(, $param:ident: $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut fail = $crate::report::Fail::new($code);
        $(fail.params.$param = Some($value);)*
        fail
    }};
}
pub(crate) use fail;

impl Fail {
    /// A failure with no params.
    #[inline(never)]
    pub fn new(code: Code) -> Self {
        Fail { code, params: Box::default() }
    }

    /// A failure with params.
    pub fn with(code: Code, params: Params) -> Self {
        Fail { code, params: Box::new(params) }
    }
}

impl From<Code> for Fail {
    fn from(code: Code) -> Self {
        Fail::new(code)
    }
}
