//! E-mail addresses. The doc asks for "含有@的正确格式的完整邮箱地址" and gives no regex, so
//! the grammar is the browser's own `<input type=email>` rule (WHATWG HTML "valid e-mail
//! address"), plus one dot in the domain, because a *complete* address has a top-level domain.
//! Using the browser's grammar means a form's native check and this one agree.
//!
//! ```
//! use bss_validate::rules::email;
//! assert!(email::check("li.lei@example.com").is_ok());
//! assert!(email::check("li.lei@localhost").is_err());
//! ```

use crate::prelude::{cut, pieces};
use crate::report::{Code, Fail, fail};

/// The name of the format in `invalid_format` params.
pub const FORMAT: &str = "email";

/// Checks an address.
pub fn check(value: &str) -> Result<(), Fail> {
    if is_valid(value) { Ok(()) } else { Err(fail!(Code::InvalidFormat, format: FORMAT)) }
}

fn is_valid(value: &str) -> bool {
    let Some((local, domain)) = cut(value, b'@') else {
        return false;
    };
    let local_ok = !local.is_empty() && local.bytes().all(|b| b.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(&b));
    local_ok && domain.bytes().any(|b| b == b'.') && pieces(domain, b'.').all(label_ok)
}

/// `[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?`
fn label_ok(label: &str) -> bool {
    let b = label.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        && b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_complete_addresses() {
        for ok in ["a@b.co", "li.lei+bss@mail.example.com", "x_y-z@a-b.cn", "USER@EXAMPLE.COM", "o'neil@x.io"] {
            assert!(check(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn rejects_the_rest() {
        for bad in [
            "",
            "plain",
            "@x.com",
            "a@",
            "a@b",
            "a@@b.com",
            "a@b@c.com",
            "a b@c.com",
            "a@b .com",
            "a@-b.com",
            "a@b-.com",
            "a@b..com",
            "a@.b.com",
            "a@b.com.",
            "张@b.com",
            "a@例子.cn",
            "a@b_c.com",
        ] {
            assert_eq!(check(bad).unwrap_err().code, Code::InvalidFormat, "{bad:?}");
        }
        assert!(check(&format!("a@{}.com", "b".repeat(64))).is_err());
    }
}
