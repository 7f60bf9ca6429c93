//! The one message catalogue, English and Simplified Chinese, complete in both (the `match`es
//! below are exhaustive, so a new code does not compile without its two texts).
//!
//! Messages are built from the code and its params only, never from the input, so they never
//! echo a password or a phone number. They speak about the field itself ("must be at most 64
//! characters"); a UI puts them next to the field's own label.
//!
//! ```
//! use bss_validate::{message, Locale};
//! use bss_validate::report::{Code, Num, Params};
//! let p = Params { max: Some(Num::Int(64)), actual: Some(65), unit: Some("utf16"), ..Params::default() };
//! assert!(message::render(Code::TooLong, &p, Locale::En).contains("64"));
//! assert!(message::render(Code::TooLong, &p, Locale::ZhCn).contains("不能超过64"));
//! ```

use serde::{Deserialize, Serialize};

use crate::body::number::{int_text, push_int};
use crate::prelude::*;
use crate::report::{Allowed, Code, Num, Params, Scalar};

/// The language of messages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    /// English (the default).
    #[default]
    #[serde(rename = "en")]
    En,
    /// Simplified Chinese.
    #[serde(rename = "zh-CN")]
    ZhCn,
}

impl Locale {
    /// Every locale.
    pub const ALL: &'static [Locale] = &[Locale::En, Locale::ZhCn];

    /// Reads a BCP 47 tag: `en`, `en-US`, … → English; `zh`, `zh-CN`, `zh-Hans`, `zh-cn`, … →
    /// Chinese. Other languages give `None` (the caller picks the default).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        // The language subtag: up to the first `-` or `_` (bytes, not a `char` pattern, whose
        // searcher would weigh on the wasm module).
        let tag = tag.trim();
        let lang = tag.bytes().position(|b| b == b'-' || b == b'_').and_then(|i| tag.get(..i)).unwrap_or(tag);
        if lang.eq_ignore_ascii_case("en") {
            Some(Locale::En)
        } else if lang.eq_ignore_ascii_case("zh") {
            Some(Locale::ZhCn)
        } else {
            None
        }
    }

    /// The canonical tag: `en` or `zh-CN`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::ZhCn => "zh-CN",
        }
    }
}

/// The message for `code` with `params`, in `locale`.
pub fn render(code: Code, p: &Params, locale: Locale) -> String {
    let (en, zh) = template(code, p);
    let template = if locale == Locale::En { en } else { zh };
    // A param is about as long as its `{name}`: room for the template and a little more is
    // one allocation for most messages, where growing from empty took three or four. Not in
    // the npm package's module, whose allocator grows the newest block where it lies.
    let mut out = String::with_capacity(if cfg!(feature = "std") { template.len() + 16 } else { 0 });
    fill(&mut out, template, p, locale);
    if p.suggestion.is_some() {
        let (en, zh) = (" Did you mean \"{suggestion}\"?", "是否应为“{suggestion}”？");
        fill(&mut out, if locale == Locale::En { en } else { zh }, p, locale);
    }
    out
}

/// The catalogue: an English and a Chinese template per code (and per variant of a code).
/// `{name}` is replaced by a param (see [`fill`]). Templates rather than `format!` calls keep
/// the catalogue data, which also keeps the WebAssembly module small.
fn template(code: Code, p: &Params) -> (&'static str, &'static str) {
    let trigger = p.field.is_some() && p.value.is_some();
    match code {
        Code::Required if trigger => ("This field is required when {field} is {value}.", "{field}为{value}时，此项必填。"),
        Code::Required => ("This field is required.", "此项为必填项。"),
        Code::Empty => ("Must not be an empty string; leave the field out instead.", "不能为空字符串；如不需要，请不要传此字段。"),
        Code::WrongType => ("Must be {expected}.", "必须是{expected}。"),
        Code::TooShort => {
            ("Must be at least {min} characters (UTF-16 code units); it has {actual}.", "长度不能少于{min}个字符（按UTF-16码元计），当前为{actual}。")
        }
        Code::TooLong => {
            ("Must be at most {max} characters (UTF-16 code units); it has {actual}.", "长度不能超过{max}个字符（按UTF-16码元计），当前为{actual}。")
        }
        Code::NotADecimal => (
            "Must be a plain amount such as 10 or 10.50: digits with an optional decimal point, no sign, exponent, spaces or separators.",
            "请输入金额，如 10 或 10.50：仅含数字和小数点，不能有正负号、指数、空格或分隔符。",
        ),
        Code::TooManyDecimals => {
            ("At most {max_scale} decimal places are allowed; it has {actual}.", "最多保留{max_scale}位小数，当前为{actual}位。")
        }
        Code::NotPositive => ("Must be greater than 0.", "必须大于0。"),
        Code::TooSmall => ("Must be at least {min}.", "不能小于{min}。"),
        Code::TooLarge => ("Must be at most {max}.", "不能大于{max}。"),
        Code::NotAnInteger => ("Must be a whole number.", "必须是整数。"),
        Code::NotOneOf => ("Must be one of: {allowed}.", "取值必须是以下之一：{allowed}。"),
        Code::InvalidFormat => format_templates(p.format),
        Code::TooFewItems => ("Needs at least {min} items; it has {actual}.", "至少需要{min}项，当前为{actual}项。"),
        Code::TooManyItems => ("Allows at most {max} items; it has {actual}.", "最多{max}项，当前为{actual}项。"),
        Code::UnknownField => ("Unknown field.", "未知字段。"),
        Code::Forbidden if trigger => ("Must not be sent when {field} is {value}.", "{field}为{value}时，不能传此字段。"),
        Code::Forbidden => ("Must not be sent.", "不能传此字段。"),
        Code::ReservedPrefix => ("Must not start with \"{prefix}\".", "不能以“{prefix}”开头。"),
        Code::AllDigits => ("Must not consist of digits only.", "不能全为数字。"),
        Code::WeakPassword => (
            "Must use at least {min_classes} of: upper-case letters, lower-case letters, digits, special characters.",
            "至少包含以下四种字符中的{min_classes}种：大写字母、小写字母、数字、特殊字符。",
        ),
        Code::PasswordMatchesAccountName if p.reversed == Some(true) => ("Must not be the account name reversed.", "不能与倒序的账号名相同。"),
        Code::PasswordMatchesAccountName => ("Must not be the same as the account name.", "不能与账号名相同。"),
        Code::PasswordContainsMobile => ("Must not contain the mobile number.", "不能包含手机号。"),
        Code::ContainsSpace => ("Must not contain spaces.", "不能包含空格。"),
        Code::UnsupportedCountryCode => ("Only these country codes are supported: {allowed}.", "目前仅支持以下国家码：{allowed}。"),
        Code::EndBeforeBegin => ("Must not be earlier than {field}.", "不能早于{field}。"),
        Code::WindowTooLong => ("Must be at most {max} year(s) after {field}.", "与{field}的间隔不能超过{max}年。"),
        Code::PreRegistrationRequired if p.reason == Some("cash_spend") => (
            "The customer has cash spend, so the partner must pre-register (报备) the customer before associating.",
            "客户存在现金消费，不能直接关联合作伙伴，需要先联系合作伙伴完成报备后再关联。",
        ),
        Code::PreRegistrationRequired => (
            "The customer registered more than {max_days} days ago, so the partner must pre-register (报备) the customer before associating.",
            "客户注册时间超过{max_days}天，不能直接关联合作伙伴，需要先联系合作伙伴完成报备后再关联。",
        ),
        Code::PreRegistrationExpired => (
            "The pre-registration (报备) is older than its {max_days} days of validity; register again.",
            "报备已超过{max_days}天有效期，请重新报备。",
        ),
        Code::InvitationRequired => (
            "Customers associate through the partner's invitation link or QR code; binding codes are no longer used.",
            "客户需通过合作伙伴的邀请链接或二维码完成关联，不再使用绑定码。",
        ),
        Code::AccountExpired => (
            "An expired account cannot join: register a new Huawei Cloud account and complete enterprise real-name authentication.",
            "账号已过期，不能加入；请注册新的华为云账号并完成企业实名认证后加入。",
        ),
        Code::ProgramConflict => (
            "The account is already in the other partner program: a company joins both programs with two separate accounts.",
            "该账号已加入另一个伙伴计划；同一公司需注册两个华为云账号分别加入。",
        ),
        Code::EnterpriseVerificationRequired => ("Enterprise real-name authentication is required first.", "请先完成企业实名认证。"),
    }
}

fn format_templates(format: Option<&str>) -> (&'static str, &'static str) {
    match format {
        Some("email") => ("Must be a complete e-mail address, such as name@example.com.", "请输入完整的邮箱地址，如 name@example.com。"),
        Some("mobile_digits") => (
            "Must be a mainland China mobile number in digits only, without country code, such as 13800138000.",
            "请输入中国大陆手机号，仅含数字、不带国家码，如 13800138000。",
        ),
        Some("mobile_with_country_code") => {
            ("Must be a mobile number with its country code, such as 0086-13800138000.", "请输入带国家码的手机号，如 0086-13800138000。")
        }
        Some("utc_datetime") => ("Must be a UTC time such as 2019-05-06T08:05:01Z.", "请输入UTC时间，如 2019-05-06T08:05:01Z。"),
        Some("year_month") => ("Must be a month such as 2024-05.", "请输入月份，如 2024-05。"),
        Some("account_name") => (
            "May contain only letters, digits, \"_\" and \"-\", and must start with a letter, \"_\" or \"-\".",
            "只能包含字母、数字、“_”和“-”，且必须以字母、“_”或“-”开头。",
        ),
        Some("login_name") => (
            "May contain only letters, digits, \"_\" and \"-\", and must start with a letter or \"-\".",
            "只能包含字母、数字、“_”和“-”，且必须以字母或“-”开头。",
        ),
        _ => ("Has the wrong format.", "格式不正确。"),
    }
}

/// Appends `template` with each `{name}` replaced by that param (empty when it is not set).
fn fill(out: &mut String, template: &str, p: &Params, locale: Locale) {
    // `split_once` rather than indexing: no slicing panic path is linked into the wasm.
    let mut rest = template;
    while let Some((before, after)) = cut(rest, b'{') {
        out.push_str(before);
        let Some((name, tail)) = cut(after, b'}') else {
            out.push('{');
            out.push_str(after);
            return;
        };
        match name {
            "min" => num(out, &p.min),
            "max" => num(out, &p.max),
            "actual" => int(out, p.actual),
            "max_scale" => int(out, p.max_scale.map(i64::from)),
            "min_classes" => int(out, p.min_classes.map(i64::from)),
            "max_days" => int(out, p.max_days),
            "allowed" => out.push_str(&allowed(p)),
            "prefix" => out.push_str(p.prefix.unwrap_or_default()),
            "suggestion" => out.push_str(p.suggestion.unwrap_or_default()),
            "field" => out.push_str(&field(p).unwrap_or_default()),
            "value" => out.push_str(&value(p).unwrap_or_default()),
            "expected" => out.push_str(if locale == Locale::En { expected_en(p.expected) } else { expected_zh(p.expected) }),
            other => {
                out.push('{');
                out.push_str(other);
                out.push('}');
            }
        }
        rest = tail;
    }
    out.push_str(rest);
}

fn expected_en(expected: Option<&str>) -> &'static str {
    match expected {
        Some("object") => "a JSON object",
        Some("array") => "a list",
        Some("string") => "text",
        Some("integer") => "a whole number",
        Some("boolean") => "true or false",
        Some("decimal") => "an amount (text or number)",
        _ => "of another type",
    }
}

fn expected_zh(expected: Option<&str>) -> &'static str {
    match expected {
        Some("object") => "JSON对象",
        Some("array") => "列表",
        Some("string") => "文本",
        Some("integer") => "整数",
        Some("boolean") => "true或false",
        Some("decimal") => "金额（文本或数字）",
        _ => "其他类型",
    }
}

fn field(p: &Params) -> Option<String> {
    p.field.as_deref().map(|f| join(crate::report::pointer::segments(f), "."))
}

/// `items` separated by `sep` (what `[String]::join` does, without its generic copy code).
fn join(items: impl IntoIterator<Item = impl AsRef<str>>, sep: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item.as_ref());
    }
    out
}

fn value(p: &Params) -> Option<String> {
    p.value.map(|v| match v {
        Scalar::Str(s) => s.to_owned(),
        Scalar::Int(i) => int_text(i),
    })
}

fn num(out: &mut String, n: &Option<Num>) {
    match n {
        Some(Num::Int(i)) => push_int(out, *i),
        Some(Num::Dec(d)) => out.push_str(d),
        None => {}
    }
}

fn int(out: &mut String, i: Option<i64>) {
    if let Some(i) = i {
        push_int(out, i);
    }
}

fn allowed(p: &Params) -> String {
    match &p.allowed {
        Some(Allowed::Strs(v)) => join(v.iter(), ", "),
        Some(Allowed::Ints(v)) => join(v.iter().copied().map(int_text), ", "),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_message_in_every_locale() {
        let p = Params::default();
        for code in Code::ALL {
            for locale in Locale::ALL {
                let m = render(*code, &p, *locale);
                assert!(!m.trim().is_empty(), "{code} {locale:?}");
            }
            assert_ne!(render(*code, &p, Locale::En), render(*code, &p, Locale::ZhCn), "{code}");
        }
    }

    #[test]
    fn every_format_has_its_own_text() {
        for f in ["email", "mobile_digits", "mobile_with_country_code", "utc_datetime", "year_month", "account_name", "login_name"] {
            let (en, zh) = format_templates(Some(f));
            let (en0, zh0) = format_templates(None);
            assert!(en != en0 && zh != zh0, "{f}");
        }
    }

    #[test]
    fn every_placeholder_is_known() {
        let p = Params::default();
        for code in Code::ALL {
            for locale in Locale::ALL {
                let m = render(*code, &p, *locale);
                assert!(!m.contains('{') && !m.contains('}'), "{code}: {m}");
            }
        }
    }

    #[test]
    fn locale_tags() {
        assert_eq!(Locale::from_tag("zh-CN"), Some(Locale::ZhCn));
        assert_eq!(Locale::from_tag("zh_cn"), Some(Locale::ZhCn));
        assert_eq!(Locale::from_tag("zh-Hans-CN"), Some(Locale::ZhCn));
        assert_eq!(Locale::from_tag("EN-us"), Some(Locale::En));
        assert_eq!(Locale::from_tag("fr"), None);
        for l in Locale::ALL {
            assert_eq!(Locale::from_tag(l.tag()), Some(*l));
        }
    }

    #[test]
    fn conditional_messages_name_the_trigger() {
        let p = Params { field: Some("/use_coupon".into()), value: Some("YES".into()), ..Params::default() };
        assert_eq!(render(Code::Required, &p, Locale::En), "This field is required when use_coupon is YES.");
        assert_eq!(render(Code::Required, &p, Locale::ZhCn), "use_coupon为YES时，此项必填。");
    }
}
