// GENERATED from the Rust message catalogue (src/report/message.rs) by
// `BLESS=1 cargo test --test generated`; do not edit by hand. Read by message.js.

// [code, when, its argument, English, Chinese]; `when`: 0 always, 1 a trigger (`field` and
// `value` set), 2 `reversed`, 3 this `reason`, 4 this `format`. A code's first entry that
// holds gives its message.
export const CATALOGUE = [
  ["required", 1, null, "This field is required when {field} is {value}.", "{field}为{value}时，此项必填。"],
  ["required", 0, null, "This field is required.", "此项为必填项。"],
  ["empty", 0, null, "Must not be an empty string; leave the field out instead.", "不能为空字符串；如不需要，请不要传此字段。"],
  ["wrong_type", 0, null, "Must be {expected}.", "必须是{expected}。"],
  ["too_short", 0, null, "Must be at least {min} characters (UTF-16 code units); it has {actual}.", "长度不能少于{min}个字符（按UTF-16码元计），当前为{actual}。"],
  ["too_long", 0, null, "Must be at most {max} characters (UTF-16 code units); it has {actual}.", "长度不能超过{max}个字符（按UTF-16码元计），当前为{actual}。"],
  ["not_a_decimal", 0, null, "Must be a plain amount such as 10 or 10.50: digits with an optional decimal point, no sign, exponent, spaces or separators.", "请输入金额，如 10 或 10.50：仅含数字和小数点，不能有正负号、指数、空格或分隔符。"],
  ["too_many_decimals", 0, null, "At most {max_scale} decimal places are allowed; it has {actual}.", "最多保留{max_scale}位小数，当前为{actual}位。"],
  ["not_positive", 0, null, "Must be greater than 0.", "必须大于0。"],
  ["too_small", 0, null, "Must be at least {min}.", "不能小于{min}。"],
  ["too_large", 0, null, "Must be at most {max}.", "不能大于{max}。"],
  ["not_an_integer", 0, null, "Must be a whole number.", "必须是整数。"],
  ["not_one_of", 1, null, "When {field} is {value}, must be one of: {allowed}.", "{field}为{value}时，取值必须是以下之一：{allowed}。"],
  ["not_one_of", 0, null, "Must be one of: {allowed}.", "取值必须是以下之一：{allowed}。"],
  ["invalid_format", 4, "email", "Must be a complete e-mail address, such as name@example.com.", "请输入完整的邮箱地址，如 name@example.com。"],
  ["invalid_format", 4, "mobile_digits", "Must be a mainland China mobile number in digits only, without country code, such as 13800138000.", "请输入中国大陆手机号，仅含数字、不带国家码，如 13800138000。"],
  ["invalid_format", 4, "mobile_with_country_code", "Must be a mobile number with its country code, such as 0086-13800138000.", "请输入带国家码的手机号，如 0086-13800138000。"],
  ["invalid_format", 4, "utc_datetime", "Must be a UTC time such as 2019-05-06T08:05:01Z.", "请输入UTC时间，如 2019-05-06T08:05:01Z。"],
  ["invalid_format", 4, "year_month", "Must be a month such as 2024-05.", "请输入月份，如 2024-05。"],
  ["invalid_format", 4, "date", "Must be a date such as 2024-05-31.", "请输入日期，如 2024-05-31。"],
  ["invalid_format", 4, "bank_account", "May contain only letters, digits and \"-\", and must start with a letter or digit.", "只能包含字母、数字和“-”，且必须以字母或数字开头。"],
  ["invalid_format", 4, "corp_name", "Must contain a letter or Chinese character: not only digits, special characters and spaces.", "不能全是数字、特殊字符或空格。"],
  ["invalid_format", 4, "account_name", "May contain only letters, digits, \"_\" and \"-\", and must start with a letter, \"_\" or \"-\".", "只能包含字母、数字、“_”和“-”，且必须以字母、“_”或“-”开头。"],
  ["invalid_format", 4, "login_name", "May contain only letters, digits, \"_\" and \"-\", and must start with a letter or \"-\".", "只能包含字母、数字、“_”和“-”，且必须以字母或“-”开头。"],
  ["invalid_format", 0, null, "Has the wrong format.", "格式不正确。"],
  ["too_few_items", 1, null, "Needs {min} items when {field} is {value}; it has {actual}.", "{field}为{value}时需要{min}项，当前为{actual}项。"],
  ["too_few_items", 0, null, "Needs at least {min} items; it has {actual}.", "至少需要{min}项，当前为{actual}项。"],
  ["too_many_items", 1, null, "Allows {max} items when {field} is {value}; it has {actual}.", "{field}为{value}时只能有{max}项，当前为{actual}项。"],
  ["too_many_items", 0, null, "Allows at most {max} items; it has {actual}.", "最多{max}项，当前为{actual}项。"],
  ["unknown_field", 0, null, "Unknown field.", "未知字段。"],
  ["forbidden", 1, null, "Must not be sent when {field} is {value}.", "{field}为{value}时，不能传此字段。"],
  ["forbidden", 0, null, "Must not be sent.", "不能传此字段。"],
  ["reserved_prefix", 0, null, "Must not start with \"{prefix}\".", "不能以“{prefix}”开头。"],
  ["all_digits", 0, null, "Must not consist of digits only.", "不能全为数字。"],
  ["weak_password", 0, null, "Must use at least {min_classes} of: upper-case letters, lower-case letters, digits, special characters.", "至少包含以下四种字符中的{min_classes}种：大写字母、小写字母、数字、特殊字符。"],
  ["password_matches_account_name", 2, null, "Must not be the account name reversed.", "不能与倒序的账号名相同。"],
  ["password_matches_account_name", 0, null, "Must not be the same as the account name.", "不能与账号名相同。"],
  ["password_contains_mobile", 0, null, "Must not contain the mobile number.", "不能包含手机号。"],
  ["contains_space", 0, null, "Must not contain spaces.", "不能包含空格。"],
  ["unsupported_country_code", 0, null, "Only these country codes are supported: {allowed}.", "目前仅支持以下国家码：{allowed}。"],
  ["end_before_begin", 0, null, "Must not be earlier than {field}.", "不能早于{field}。"],
  ["duplicate_item", 0, null, "Repeats an earlier item; each must be unique.", "与前面的项重复，不能重复。"],
  ["outside_month", 0, null, "Must be a date in the month of {field}.", "必须是{field}所在月份的日期。"],
  ["duplicate_key", 0, null, "This key appears more than once; send each key once.", "此键重复出现；每个键只能出现一次。"],
  ["lone_surrogate", 0, null, "Contains an unpaired surrogate, which cannot be sent as text; remove it.", "包含无法作为文本发送的不成对代理字符，请删除。"],
  ["window_too_long", 0, null, "Must be at most {max} year(s) after {field}.", "与{field}的间隔不能超过{max}年。"],
  ["pre_registration_required", 3, "cash_spend", "The customer has cash spend, so the partner must pre-register (报备) the customer before associating.", "客户存在现金消费，不能直接关联合作伙伴，需要先联系合作伙伴完成报备后再关联。"],
  ["pre_registration_required", 0, null, "The customer registered more than {max_days} days ago, so the partner must pre-register (报备) the customer before associating.", "客户注册时间超过{max_days}天，不能直接关联合作伙伴，需要先联系合作伙伴完成报备后再关联。"],
  ["pre_registration_expired", 0, null, "The pre-registration (报备) is older than its {max_days} days of validity; register again.", "报备已超过{max_days}天有效期，请重新报备。"],
  ["invitation_required", 0, null, "Customers associate through the partner's invitation link or QR code; binding codes are no longer used.", "客户需通过合作伙伴的邀请链接或二维码完成关联，不再使用绑定码。"],
  ["account_expired", 0, null, "An expired account cannot join: register a new Huawei Cloud account and complete enterprise real-name authentication.", "账号已过期，不能加入；请注册新的华为云账号并完成企业实名认证后加入。"],
  ["program_conflict", 0, null, "The account is already in the other partner program: a company joins both programs with two separate accounts.", "该账号已加入另一个伙伴计划；同一公司需注册两个华为云账号分别加入。"],
  ["enterprise_verification_required", 0, null, "Enterprise real-name authentication is required first.", "请先完成企业实名认证。"],
];

// `{expected}` in words: [English, Chinese].
export const EXPECTED = new Map([
  ["object", ["a JSON object", "JSON对象"]],
  ["array", ["a list", "列表"]],
  ["string", ["text", "文本"]],
  ["integer", ["a whole number", "整数"]],
  ["boolean", ["true or false", "true或false"]],
  ["decimal", ["an amount (text or number)", "金额（文本或数字）"]],
]);
export const OTHER_TYPE = ["of another type", "其他类型"];

// Appended when an unknown key has a `suggestion`.
export const SUGGESTION = [" Did you mean \"{suggestion}\"?", "是否应为“{suggestion}”？"];
