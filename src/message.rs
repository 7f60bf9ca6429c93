//! The one message catalogue, English and Simplified Chinese, complete in both (the `match`es
//! below are exhaustive, so a new code does not compile without its two texts).
//!
//! Messages are built from the code and its params only, never from the input, so they never
//! echo a password or a phone number. They speak about the field itself ("must be at most 64
//! characters"); a UI puts them next to the field's own label.
//!
//! ```
//! use bss_validate::{message, Locale};
//! use bss_validate::error::{Code, Num, Params};
//! let p = Params { max: Some(Num::Int(64)), actual: Some(65), unit: Some("utf16"), ..Params::default() };
//! assert!(message::render(Code::TooLong, &p, Locale::En).contains("64"));
//! assert!(message::render(Code::TooLong, &p, Locale::ZhCn).contains("不能超过64"));
//! ```

use std::fmt::Write;

use serde::{Deserialize, Serialize};

use crate::error::{Allowed, Code, Num, Params};

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
        let lang = tag.trim().split(['-', '_']).next().unwrap_or_default();
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
    match locale {
        Locale::En => en(code, p),
        Locale::ZhCn => zh(code, p),
    }
}

fn en(code: Code, p: &Params) -> String {
    let field = field(p);
    let value = value(p);
    let mut s = match code {
        Code::Required => match (&field, &value) {
            (Some(f), Some(v)) => format!("This field is required when {f} is {v}."),
            _ => "This field is required.".to_owned(),
        },
        Code::Empty => "Must not be an empty string; leave the field out instead.".to_owned(),
        Code::WrongType => format!("Must be {}.", expected_en(p.expected)),
        Code::TooShort => format!("Must be at least {} characters (UTF-16 code units); it has {}.", num(&p.min), int(p.actual)),
        Code::TooLong => format!("Must be at most {} characters (UTF-16 code units); it has {}.", num(&p.max), int(p.actual)),
        Code::NotADecimal => "Must be a plain amount such as 10 or 10.50: digits with an optional decimal point, \
                              no sign, exponent, spaces or separators."
            .to_owned(),
        Code::TooManyDecimals => {
            format!("At most {} decimal places are allowed; it has {}.", p.max_scale.unwrap_or_default(), int(p.actual))
        }
        Code::NotPositive => "Must be greater than 0.".to_owned(),
        Code::TooSmall => format!("Must be at least {}.", num(&p.min)),
        Code::TooLarge => format!("Must be at most {}.", num(&p.max)),
        Code::NotAnInteger => "Must be a whole number.".to_owned(),
        Code::NotOneOf => format!("Must be one of: {}.", allowed(p)),
        Code::InvalidFormat => format_en(p.format).to_owned(),
        Code::TooFewItems => format!("Needs at least {} items; it has {}.", num(&p.min), int(p.actual)),
        Code::TooManyItems => format!("Allows at most {} items; it has {}.", num(&p.max), int(p.actual)),
        Code::UnknownField => "Unknown field.".to_owned(),
        Code::Forbidden => match (&field, &value) {
            (Some(f), Some(v)) => format!("Must not be sent when {f} is {v}."),
            _ => "Must not be sent.".to_owned(),
        },
        Code::ReservedPrefix => format!("Must not start with \"{}\".", p.prefix.unwrap_or_default()),
        Code::AllDigits => "Must not consist of digits only.".to_owned(),
        Code::WeakPassword => {
            format!("Must use at least {} of: upper-case letters, lower-case letters, digits, special characters.", p.min_classes.unwrap_or_default())
        }
        Code::PasswordMatchesAccountName if p.reversed == Some(true) => "Must not be the account name reversed.".to_owned(),
        Code::PasswordMatchesAccountName => "Must not be the same as the account name.".to_owned(),
        Code::PasswordContainsMobile => "Must not contain the mobile number.".to_owned(),
        Code::ContainsSpace => "Must not contain spaces.".to_owned(),
        Code::UnsupportedCountryCode => format!("Only these country codes are supported: {}.", allowed(p)),
        Code::EndBeforeBegin => format!("Must not be earlier than {}.", field.unwrap_or_default()),
        Code::WindowTooLong => format!("Must be at most {} year(s) after {}.", num(&p.max), field.unwrap_or_default()),
        Code::PreRegistrationRequired if p.reason == Some("cash_spend") => {
            "The customer has cash spend, so the partner must pre-register (报备) the customer before associating.".to_owned()
        }
        Code::PreRegistrationRequired => format!(
            "The customer registered more than {} days ago, so the partner must pre-register (报备) the customer \
             before associating.",
            int(p.max_days)
        ),
        Code::PreRegistrationExpired => {
            format!("The pre-registration (报备) is older than its {} days of validity; register again.", int(p.max_days))
        }
        Code::InvitationRequired => {
            "Customers associate through the partner's invitation link or QR code; binding codes are no longer used.".to_owned()
        }
        Code::AccountExpired => "An expired account cannot join: register a new Huawei Cloud account and complete \
                                 enterprise real-name authentication."
            .to_owned(),
        Code::ProgramConflict => "The account is already in the other partner program: a company joins both programs \
                                  with two separate accounts."
            .to_owned(),
        Code::EnterpriseVerificationRequired => "Enterprise real-name authentication is required first.".to_owned(),
    };
    if let Some(sug) = p.suggestion {
        let _ = write!(s, " Did you mean \"{sug}\"?");
    }
    s
}

fn zh(code: Code, p: &Params) -> String {
    let field = field(p);
    let value = value(p);
    let mut s = match code {
        Code::Required => match (&field, &value) {
            (Some(f), Some(v)) => format!("{f}为{v}时，此项必填。"),
            _ => "此项为必填项。".to_owned(),
        },
        Code::Empty => "不能为空字符串；如不需要，请不要传此字段。".to_owned(),
        Code::WrongType => format!("必须是{}。", expected_zh(p.expected)),
        Code::TooShort => format!("长度不能少于{}个字符（按UTF-16码元计），当前为{}。", num(&p.min), int(p.actual)),
        Code::TooLong => format!("长度不能超过{}个字符（按UTF-16码元计），当前为{}。", num(&p.max), int(p.actual)),
        Code::NotADecimal => "请输入金额，如 10 或 10.50：仅含数字和小数点，不能有正负号、指数、空格或分隔符。".to_owned(),
        Code::TooManyDecimals => {
            format!("最多保留{}位小数，当前为{}位。", p.max_scale.unwrap_or_default(), int(p.actual))
        }
        Code::NotPositive => "必须大于0。".to_owned(),
        Code::TooSmall => format!("不能小于{}。", num(&p.min)),
        Code::TooLarge => format!("不能大于{}。", num(&p.max)),
        Code::NotAnInteger => "必须是整数。".to_owned(),
        Code::NotOneOf => format!("取值必须是以下之一：{}。", allowed(p)),
        Code::InvalidFormat => format_zh(p.format).to_owned(),
        Code::TooFewItems => format!("至少需要{}项，当前为{}项。", num(&p.min), int(p.actual)),
        Code::TooManyItems => format!("最多{}项，当前为{}项。", num(&p.max), int(p.actual)),
        Code::UnknownField => "未知字段。".to_owned(),
        Code::Forbidden => match (&field, &value) {
            (Some(f), Some(v)) => format!("{f}为{v}时，不能传此字段。"),
            _ => "不能传此字段。".to_owned(),
        },
        Code::ReservedPrefix => format!("不能以“{}”开头。", p.prefix.unwrap_or_default()),
        Code::AllDigits => "不能全为数字。".to_owned(),
        Code::WeakPassword => format!("至少包含以下四种字符中的{}种：大写字母、小写字母、数字、特殊字符。", p.min_classes.unwrap_or_default()),
        Code::PasswordMatchesAccountName if p.reversed == Some(true) => "不能与倒序的账号名相同。".to_owned(),
        Code::PasswordMatchesAccountName => "不能与账号名相同。".to_owned(),
        Code::PasswordContainsMobile => "不能包含手机号。".to_owned(),
        Code::ContainsSpace => "不能包含空格。".to_owned(),
        Code::UnsupportedCountryCode => format!("目前仅支持以下国家码：{}。", allowed(p)),
        Code::EndBeforeBegin => format!("不能早于{}。", field.unwrap_or_default()),
        Code::WindowTooLong => format!("与{}的间隔不能超过{}年。", field.unwrap_or_default(), num(&p.max)),
        Code::PreRegistrationRequired if p.reason == Some("cash_spend") => {
            "客户存在现金消费，不能直接关联合作伙伴，需要先联系合作伙伴完成报备后再关联。".to_owned()
        }
        Code::PreRegistrationRequired => format!("客户注册时间超过{}天，不能直接关联合作伙伴，需要先联系合作伙伴完成报备后再关联。", int(p.max_days)),
        Code::PreRegistrationExpired => {
            format!("报备已超过{}天有效期，请重新报备。", int(p.max_days))
        }
        Code::InvitationRequired => "客户需通过合作伙伴的邀请链接或二维码完成关联，不再使用绑定码。".to_owned(),
        Code::AccountExpired => "账号已过期，不能加入；请注册新的华为云账号并完成企业实名认证后加入。".to_owned(),
        Code::ProgramConflict => "该账号已加入另一个伙伴计划；同一公司需注册两个华为云账号分别加入。".to_owned(),
        Code::EnterpriseVerificationRequired => "请先完成企业实名认证。".to_owned(),
    };
    if let Some(sug) = p.suggestion {
        let _ = write!(s, "是否应为“{sug}”？");
    }
    s
}

fn format_en(format: Option<&str>) -> &'static str {
    match format {
        Some("email") => "Must be a complete e-mail address, such as name@example.com.",
        Some("mobile_digits") => "Must be a mainland China mobile number in digits only, without country code, such as 13800138000.",
        Some("mobile_with_country_code") => "Must be a mobile number with its country code, such as 0086-13800138000.",
        Some("utc_datetime") => "Must be a UTC time such as 2019-05-06T08:05:01Z.",
        Some("year_month") => "Must be a month such as 2024-05.",
        Some("account_name") => "May contain only letters, digits, \"_\" and \"-\", and must start with a letter, \"_\" or \"-\".",
        Some("login_name") => "May contain only letters, digits, \"_\" and \"-\", and must start with a letter or \"-\".",
        _ => "Has the wrong format.",
    }
}

fn format_zh(format: Option<&str>) -> &'static str {
    match format {
        Some("email") => "请输入完整的邮箱地址，如 name@example.com。",
        Some("mobile_digits") => "请输入中国大陆手机号，仅含数字、不带国家码，如 13800138000。",
        Some("mobile_with_country_code") => "请输入带国家码的手机号，如 0086-13800138000。",
        Some("utc_datetime") => "请输入UTC时间，如 2019-05-06T08:05:01Z。",
        Some("year_month") => "请输入月份，如 2024-05。",
        Some("account_name") => "只能包含字母、数字、“_”和“-”，且必须以字母、“_”或“-”开头。",
        Some("login_name") => "只能包含字母、数字、“_”和“-”，且必须以字母或“-”开头。",
        _ => "格式不正确。",
    }
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
    p.field.as_deref().map(|f| crate::pointer::segments(f).join("."))
}

fn value(p: &Params) -> Option<String> {
    p.value.as_ref().map(|v| match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    })
}

fn num(n: &Option<Num>) -> String {
    match n {
        Some(Num::Int(i)) => i.to_string(),
        Some(Num::Dec(d)) => (*d).to_owned(),
        None => String::new(),
    }
}

fn int(i: Option<i64>) -> String {
    i.map(|i| i.to_string()).unwrap_or_default()
}

fn allowed(p: &Params) -> String {
    match &p.allowed {
        Some(Allowed::Strs(v)) => v.join(", "),
        Some(Allowed::Ints(v)) => v.iter().map(i64::to_string).collect::<Vec<_>>().join(", "),
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
            assert_ne!(format_en(Some(f)), format_en(None), "{f}");
            assert_ne!(format_zh(Some(f)), format_zh(None), "{f}");
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
