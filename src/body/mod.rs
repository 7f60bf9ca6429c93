//! A request body as the rules read it: a JSON value ([`value`]) and its reader and writer
//! ([`json`]).

pub mod json;
pub mod value;
