//! Views of the tables for forms: normalisation and the reading of a form's values
//! ([`normalize`]), HTML attributes ([`html`]), JSON Schema ([`schema`]) and the field lists a
//! front end builds forms from ([`fields`]); and an OpenAPI 3.1 document of every operation
//! (`openapi`, with `std`).

pub mod fields;
pub mod html;
pub mod normalize;
#[cfg(feature = "std")]
pub mod openapi;
pub mod schema;
