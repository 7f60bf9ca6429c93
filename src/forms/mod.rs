//! Views of the tables for forms: normalisation and the reading of a form's values
//! ([`normalize`]), HTML attributes ([`html`]), JSON Schema ([`schema`]) and the field lists a
//! front end builds forms from ([`fields`]).

pub mod fields;
pub mod html;
pub mod normalize;
pub mod schema;
