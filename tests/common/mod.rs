//! Helpers shared by the integration tests (native and wasm).

/// `ReclaimToPartnerAccount` → `reclaim_to_partner_account`: the stem of an operation's spec
/// file and vector file.
pub fn snake(name: &str) -> String {
    let mut s = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                s.push('_');
            }
            s.push(c.to_ascii_lowercase());
        } else {
            s.push(c);
        }
    }
    s
}

/// A body written as the npm package writes it (the no_std build's tests).
#[cfg(not(feature = "std"))]
pub mod wire;
