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

use crate::body::number::push_int;
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
    let zh = locale == Locale::ZhCn;
    let entry = CATALOGUE.iter().find(|e| e.code == code && e.when.holds(p));
    let template = entry.map_or("", |e| if zh { e.zh } else { e.en });
    // A param is about as long as its `{name}`: room for the template and a little more is
    // one allocation for most messages, where growing from empty took three or four. Not in
    // a module built without std, whose allocator grows the newest block where it lies.
    let mut out = String::with_capacity(if cfg!(feature = "std") { template.len() + 16 } else { 0 });
    fill(&mut out, template, p, zh);
    if p.suggestion.is_some() {
        fill(&mut out, if zh { SUGGESTION.1 } else { SUGGESTION.0 }, p, zh);
    }
    out
}

/// One message of the catalogue: for `code` when its params are as `when` says.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The code.
    pub code: Code,
    /// Which params select it.
    pub when: When,
    /// The English template.
    pub en: &'static str,
    /// The Chinese template.
    pub zh: &'static str,
}

/// Which of a code's messages its params select.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Always (the code's last entry).
    Always,
    /// A cross rule fired by another field's value: `field` and `value` are set.
    Trigger,
    /// `reversed` is true.
    Reversed,
    /// `reason` is this.
    Reason(&'static str),
    /// `format` is this.
    Format(&'static str),
}

impl When {
    /// Whether `p` selects the entry.
    pub fn holds(self, p: &Params) -> bool {
        match self {
            When::Always => true,
            When::Trigger => p.field.is_some() && p.value.is_some(),
            When::Reversed => p.reversed == Some(true),
            When::Reason(r) => p.reason == Some(r),
            When::Format(f) => p.format == Some(f),
        }
    }
}

const fn e(code: Code, when: When, en: &'static str, zh: &'static str) -> Entry {
    Entry { code, when, en, zh }
}

/// The catalogue: a code's first entry whose [`When`] holds gives its message. `{name}` is
/// replaced by that param ([`render`]). Data rather than `format!` calls: it keeps the
/// WebAssembly module small, and the npm package renders messages from this very table
/// (`tests/generated.rs` writes it into `pkg/src/messages.js`; a test holds the two renderers
/// to the same text for every entry).
pub const CATALOGUE: &[Entry] = {
    use Code::*;
    use When::*;
    &[
        e(Required, Trigger, "This field is required when {field} is {value}.", "{field}为{value}时，此项必填。"),
        e(Required, Always, "This field is required.", "此项为必填项。"),
        e(Empty, Always, "Must not be an empty string; leave the field out instead.", "不能为空字符串；如不需要，请不要传此字段。"),
        e(WrongType, Always, "Must be {expected}.", "必须是{expected}。"),
        e(
            TooShort,
            Always,
            "Must be at least {min} characters (UTF-16 code units); it has {actual}.",
            "长度不能少于{min}个字符（按UTF-16码元计），当前为{actual}。",
        ),
        e(
            TooLong,
            Always,
            "Must be at most {max} characters (UTF-16 code units); it has {actual}.",
            "长度不能超过{max}个字符（按UTF-16码元计），当前为{actual}。",
        ),
        e(
            NotADecimal,
            Always,
            "Must be a plain amount such as 10 or 10.50: digits with an optional decimal point, no sign, exponent, spaces or separators.",
            "请输入金额，如 10 或 10.50：仅含数字和小数点，不能有正负号、指数、空格或分隔符。",
        ),
        e(
            TooManyDecimals,
            Always,
            "At most {max_scale} decimal places are allowed; it has {actual}.",
            "最多保留{max_scale}位小数，当前为{actual}位。",
        ),
        e(NotPositive, Always, "Must be greater than 0.", "必须大于0。"),
        e(TooSmall, Always, "Must be at least {min}.", "不能小于{min}。"),
        e(TooLarge, Always, "Must be at most {max}.", "不能大于{max}。"),
        e(NotAnInteger, Always, "Must be a whole number.", "必须是整数。"),
        e(NotOneOf, Trigger, "When {field} is {value}, must be one of: {allowed}.", "{field}为{value}时，取值必须是以下之一：{allowed}。"),
        e(NotOneOf, Always, "Must be one of: {allowed}.", "取值必须是以下之一：{allowed}。"),
        e(
            InvalidFormat,
            Format("email"),
            "Must be a complete e-mail address, such as name@example.com.",
            "请输入完整的邮箱地址，如 name@example.com。",
        ),
        e(
            InvalidFormat,
            Format("mobile_digits"),
            "Must be a mainland China mobile number in digits only, without country code, such as 13800138000.",
            "请输入中国大陆手机号，仅含数字、不带国家码，如 13800138000。",
        ),
        e(
            InvalidFormat,
            Format("mobile_with_country_code"),
            "Must be a mobile number with its country code, such as 0086-13800138000.",
            "请输入带国家码的手机号，如 0086-13800138000。",
        ),
        e(InvalidFormat, Format("utc_datetime"), "Must be a UTC time such as 2019-05-06T08:05:01Z.", "请输入UTC时间，如 2019-05-06T08:05:01Z。"),
        e(InvalidFormat, Format("year_month"), "Must be a month such as 2024-05.", "请输入月份，如 2024-05。"),
        e(InvalidFormat, Format("date"), "Must be a date such as 2024-05-31.", "请输入日期，如 2024-05-31。"),
        e(
            InvalidFormat,
            Format("bank_account"),
            "May contain only letters, digits and \"-\", and must start with a letter or digit.",
            "只能包含字母、数字和“-”，且必须以字母或数字开头。",
        ),
        e(
            InvalidFormat,
            Format("corp_name"),
            "Must contain a letter or Chinese character: not only digits, special characters and spaces.",
            "不能全是数字、特殊字符或空格。",
        ),
        e(
            InvalidFormat,
            Format("account_name"),
            "May contain only letters, digits, \"_\" and \"-\", and must start with a letter, \"_\" or \"-\".",
            "只能包含字母、数字、“_”和“-”，且必须以字母、“_”或“-”开头。",
        ),
        e(
            InvalidFormat,
            Format("login_name"),
            "May contain only letters, digits, \"_\" and \"-\", and must start with a letter or \"-\".",
            "只能包含字母、数字、“_”和“-”，且必须以字母或“-”开头。",
        ),
        e(InvalidFormat, Always, "Has the wrong format.", "格式不正确。"),
        e(TooFewItems, Trigger, "Needs {min} items when {field} is {value}; it has {actual}.", "{field}为{value}时需要{min}项，当前为{actual}项。"),
        e(TooFewItems, Always, "Needs at least {min} items; it has {actual}.", "至少需要{min}项，当前为{actual}项。"),
        e(
            TooManyItems,
            Trigger,
            "Allows {max} items when {field} is {value}; it has {actual}.",
            "{field}为{value}时只能有{max}项，当前为{actual}项。",
        ),
        e(TooManyItems, Always, "Allows at most {max} items; it has {actual}.", "最多{max}项，当前为{actual}项。"),
        e(UnknownField, Always, "Unknown field.", "未知字段。"),
        e(Forbidden, Trigger, "Must not be sent when {field} is {value}.", "{field}为{value}时，不能传此字段。"),
        e(Forbidden, Always, "Must not be sent.", "不能传此字段。"),
        e(ReservedPrefix, Always, "Must not start with \"{prefix}\".", "不能以“{prefix}”开头。"),
        e(AllDigits, Always, "Must not consist of digits only.", "不能全为数字。"),
        e(
            WeakPassword,
            Always,
            "Must use at least {min_classes} of: upper-case letters, lower-case letters, digits, special characters.",
            "至少包含以下四种字符中的{min_classes}种：大写字母、小写字母、数字、特殊字符。",
        ),
        e(PasswordMatchesAccountName, Reversed, "Must not be the account name reversed.", "不能与倒序的账号名相同。"),
        e(PasswordMatchesAccountName, Always, "Must not be the same as the account name.", "不能与账号名相同。"),
        e(PasswordContainsMobile, Always, "Must not contain the mobile number.", "不能包含手机号。"),
        e(ContainsSpace, Always, "Must not contain spaces.", "不能包含空格。"),
        e(UnsupportedCountryCode, Always, "Only these country codes are supported: {allowed}.", "目前仅支持以下国家码：{allowed}。"),
        e(EndBeforeBegin, Always, "Must not be earlier than {field}.", "不能早于{field}。"),
        e(DuplicateItem, Always, "Repeats an earlier item; each must be unique.", "与前面的项重复，不能重复。"),
        e(OutsideMonth, Always, "Must be a date in the month of {field}.", "必须是{field}所在月份的日期。"),
        e(DuplicateKey, Always, "This key appears more than once; send each key once.", "此键重复出现；每个键只能出现一次。"),
        e(
            LoneSurrogate,
            Always,
            "Contains an unpaired surrogate, which cannot be sent as text; remove it.",
            "包含无法作为文本发送的不成对代理字符，请删除。",
        ),
        e(WindowTooLong, Always, "Must be at most {max} year(s) after {field}.", "与{field}的间隔不能超过{max}年。"),
        e(
            PreRegistrationRequired,
            Reason("cash_spend"),
            "The customer has cash spend, so the partner must pre-register (报备) the customer before associating.",
            "客户存在现金消费，不能直接关联合作伙伴，需要先联系合作伙伴完成报备后再关联。",
        ),
        e(
            PreRegistrationRequired,
            Always,
            "The customer registered more than {max_days} days ago, so the partner must pre-register (报备) the customer before associating.",
            "客户注册时间超过{max_days}天，不能直接关联合作伙伴，需要先联系合作伙伴完成报备后再关联。",
        ),
        e(
            PreRegistrationExpired,
            Always,
            "The pre-registration (报备) is older than its {max_days} days of validity; register again.",
            "报备已超过{max_days}天有效期，请重新报备。",
        ),
        e(
            InvitationRequired,
            Always,
            "Customers associate through the partner's invitation link or QR code; binding codes are no longer used.",
            "客户需通过合作伙伴的邀请链接或二维码完成关联，不再使用绑定码。",
        ),
        e(
            AccountExpired,
            Always,
            "An expired account cannot join: register a new Huawei Cloud account and complete enterprise real-name authentication.",
            "账号已过期，不能加入；请注册新的华为云账号并完成企业实名认证后加入。",
        ),
        e(
            ProgramConflict,
            Always,
            "The account is already in the other partner program: a company joins both programs with two separate accounts.",
            "该账号已加入另一个伙伴计划；同一公司需注册两个华为云账号分别加入。",
        ),
        e(EnterpriseVerificationRequired, Always, "Enterprise real-name authentication is required first.", "请先完成企业实名认证。"),
    ]
};

/// Appended to an `unknown_field` message that has a `suggestion`: (English, Chinese).
pub const SUGGESTION: (&str, &str) = (" Did you mean \"{suggestion}\"?", "是否应为“{suggestion}”？");

/// `{expected}`: the JSON type a field needs, in words: (param, English, Chinese).
pub const EXPECTED: &[(&str, &str, &str)] = &[
    ("object", "a JSON object", "JSON对象"),
    ("array", "a list", "列表"),
    ("string", "text", "文本"),
    ("integer", "a whole number", "整数"),
    ("boolean", "true or false", "true或false"),
    ("decimal", "an amount (text or number)", "金额（文本或数字）"),
];

/// `{expected}` for a type [`EXPECTED`] does not name: (English, Chinese).
pub const OTHER_TYPE: (&str, &str) = ("of another type", "其他类型");

/// Appends `template` with each `{name}` replaced by that param (empty when it is not set).
fn fill(out: &mut String, template: &str, p: &Params, zh: bool) {
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
            "allowed" => allowed(out, p),
            "prefix" => out.push_str(p.prefix.unwrap_or_default()),
            "suggestion" => out.push_str(p.suggestion.unwrap_or_default()),
            "field" => field(out, p),
            "value" => match p.value {
                Some(Scalar::Str(s)) => out.push_str(s),
                Some(Scalar::Int(i)) => push_int(out, i),
                None => {}
            },
            "expected" => {
                let words = EXPECTED.iter().find(|(t, _, _)| Some(*t) == p.expected).map_or(OTHER_TYPE, |(_, en, zh)| (*en, *zh));
                out.push_str(if zh { words.1 } else { words.0 });
            }
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

/// The other field, as a form labels it: its pointer's segments joined by dots.
fn field(out: &mut String, p: &Params) {
    if let Some(f) = &p.field {
        for (i, segment) in crate::report::pointer::segments(f).iter().enumerate() {
            if i > 0 {
                out.push('.');
            }
            out.push_str(segment);
        }
    }
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

/// The allowed values, separated by `, `.
fn allowed(out: &mut String, p: &Params) {
    let sep = |out: &mut String, i: usize| {
        if i > 0 {
            out.push_str(", ");
        }
    };
    match &p.allowed {
        Some(Allowed::Strs(v)) => v.iter().enumerate().for_each(|(i, s)| {
            sep(out, i);
            out.push_str(s);
        }),
        Some(Allowed::Ints(v)) => v.iter().enumerate().for_each(|(i, n)| {
            sep(out, i);
            push_int(out, *n);
        }),
        None => {}
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
    fn every_code_ends_with_an_entry_for_any_params() {
        // A code's entries before its `Always` one are variants; nothing after it is reachable.
        for code in Code::ALL {
            let entries: Vec<_> = CATALOGUE.iter().filter(|e| e.code == *code).collect();
            assert_eq!(entries.last().map(|e| e.when), Some(When::Always), "{code}");
            assert_eq!(entries.iter().filter(|e| e.when == When::Always).count(), 1, "{code}");
        }
    }

    #[test]
    fn every_format_has_its_own_text() {
        for f in [
            "email",
            "mobile_digits",
            "mobile_with_country_code",
            "utc_datetime",
            "year_month",
            "date",
            "bank_account",
            "corp_name",
            "account_name",
            "login_name",
        ] {
            let p = Params { format: Some(f), ..Params::default() };
            let other = Params { format: Some("other"), ..Params::default() };
            for l in Locale::ALL {
                assert_ne!(render(Code::InvalidFormat, &p, *l), render(Code::InvalidFormat, &other, *l), "{f}");
            }
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
