//! Pure, reusable checks. Nothing in here knows the BSS API: every bound, pattern and
//! prefix comes in as an argument from the operation tables in [`crate::spec`].
//!
//! Each rule returns `Result<_, Fail>`: a code plus its params, placed at a path by the caller.

pub mod account_name;
pub mod email;
pub mod integer;
pub mod length;
pub mod money;
pub mod password;
pub mod phone;
pub mod text;
pub mod time;
