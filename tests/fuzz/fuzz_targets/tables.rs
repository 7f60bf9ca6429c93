//! What the `validate` and `validate_field` targets share: picking a table from a byte and
//! validating against it, whether it is an operation or a registration check.

use bss_validate::{Options, Outcome, eligibility, spec};

/// The table `selector` picks among the operations and the 2 checks, and whether it is a check.
pub fn table(selector: u8) -> (&'static spec::Operation, bool) {
    let n = spec::OPERATIONS.len() + spec::CHECKS.len();
    let i = usize::from(selector) % n;
    match spec::OPERATIONS.get(i) {
        Some(op) => (op, false),
        None => (spec::CHECKS[i - spec::OPERATIONS.len()], true),
    }
}

/// The whole-body outcome of a `serde_json::Value` against that table.
pub fn run(op: &str, check: bool, body: &serde_json::Value, options: &Options) -> Outcome {
    if check { eligibility::check_with(op, body, options) } else { bss_validate::validate_with(op, body, options) }.expect("a known table")
}
