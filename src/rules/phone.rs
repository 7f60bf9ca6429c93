//! The two phone formats of the partner API; they must not be mixed.
//!
//! - Bare Chinese mobile (CreateSubCustomer, SendVerificationMessageCode): digits only, no
//!   country code (`13800138000`). The old v1 API said 必须全部是数字; no source gives a digit
//!   count, so none is enforced.
//! - With country code (CheckUserIdentity): `^\d{4}-\d+$`, `00XX-…`, and only `0086` today.
//!
//! ```
//! use bss_validate::rules::phone;
//! assert!(phone::bare("13800138000").is_ok());
//! assert!(phone::bare("+8613800138000").is_err());
//! assert!(phone::with_country_code("0086-13800138000", &["0086"]).is_ok());
//! assert!(phone::with_country_code("0044-7911123456", &["0086"]).is_err());
//! ```

use crate::prelude::cut;
use crate::report::{Allowed, Code, Fail, fail};
use crate::rules::text;

/// Format name of the bare form.
pub const BARE: &str = "mobile_digits";
/// Format name of the `00XX-…` form.
pub const WITH_COUNTRY_CODE: &str = "mobile_with_country_code";

/// A bare mobile number: ASCII digits only.
pub fn bare(value: &str) -> Result<(), Fail> {
    if text::all_ascii_digits(value) { Ok(()) } else { Err(format(BARE)) }
}

/// `^\d{4}-\d+$` whose first four digits are one of `countries`.
pub fn with_country_code(value: &str, countries: &'static [&'static str]) -> Result<(), Fail> {
    let Some((cc, number)) = cut(value, b'-') else {
        return Err(format(WITH_COUNTRY_CODE));
    };
    if cc.len() != 4 || !text::all_ascii_digits(cc) || !text::all_ascii_digits(number) {
        return Err(format(WITH_COUNTRY_CODE));
    }
    if countries.contains(&cc) { Ok(()) } else { Err(fail!(Code::UnsupportedCountryCode, allowed: Allowed::Strs(countries))) }
}

fn format(name: &'static str) -> Fail {
    fail!(Code::InvalidFormat, format: name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_numbers() {
        assert!(bare("13800138000").is_ok());
        assert!(bare("1").is_ok());
        for bad in ["", "138 0013 8000", "0086-13800138000", "+8613800138000", "１３８００１３８０００", "138-0013"] {
            assert_eq!(bare(bad).unwrap_err().code, Code::InvalidFormat, "{bad:?}");
        }
    }

    #[test]
    fn with_country_codes() {
        const CN: &[&str] = &["0086"];
        assert!(with_country_code("0086-13800138000", CN).is_ok());
        assert!(with_country_code("0086-1", CN).is_ok());
        assert_eq!(with_country_code("0044-7911123456", CN).unwrap_err().code, Code::UnsupportedCountryCode);
        for bad in ["13800138000", "086-138", "00860-138", "0086-", "0086-138-00", "+86-138", "0086 138", "0086-1a"] {
            assert_eq!(with_country_code(bad, CN).unwrap_err().code, Code::InvalidFormat, "{bad:?}");
        }
    }
}
