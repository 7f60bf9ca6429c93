// GENERATED from the Rust spec tables by `BLESS=1 cargo test --test generated`; do not edit by hand.

/** A stable violation code. */
export type Code =
  | "required"
  | "empty"
  | "wrong_type"
  | "too_short"
  | "too_long"
  | "not_a_decimal"
  | "too_many_decimals"
  | "not_positive"
  | "too_small"
  | "too_large"
  | "not_an_integer"
  | "not_one_of"
  | "invalid_format"
  | "too_few_items"
  | "too_many_items"
  | "unknown_field"
  | "forbidden"
  | "reserved_prefix"
  | "all_digits"
  | "weak_password"
  | "password_matches_account_name"
  | "password_contains_mobile"
  | "contains_space"
  | "unsupported_country_code"
  | "end_before_begin"
  | "window_too_long"
  | "pre_registration_required"
  | "pre_registration_expired"
  | "invitation_required"
  | "account_expired"
  | "program_conflict"
  | "enterprise_verification_required"
  | "duplicate_item"
  | "outside_month"
  | "duplicate_key"
  | "lone_surrogate"
;

/** The figures of a violation. Only the keys a code documents are set; the rest are left
 * out of the JSON. Params never echo the input text (passwords, phone numbers): only
 * bounds, counts, formats and field names. */
export interface Params {
  /** The JSON type that was expected: `object`, `array`, `string`, `integer`, `boolean`, `decimal`. */
  expected?: "object" | "array" | "string" | "integer" | "boolean" | "decimal";
  /** Inclusive lower bound: integer bounds are numbers, amount bounds exact decimal strings. */
  min?: number | string;
  /** Inclusive upper bound: integer bounds are numbers, amount bounds exact decimal strings. */
  max?: number | string;
  /** The observed figure: a length, an item count, a scale, a number of character classes. */
  actual?: number;
  /** The unit of `min`/`max`/`actual`: `utf16` (UTF-16 code units, as `.length` and `maxlength` count) for lengths, `year` for windows. */
  unit?: "utf16" | "year";
  /** The most decimals an amount may have. */
  max_scale?: number;
  /** The values the field accepts. */
  allowed?: readonly string[] | readonly number[];
  /** The name of the expected format (see the README's format list). */
  format?: string;
  /** A reserved prefix the value starts with. */
  prefix?: string;
  /** JSON Pointer of the other field a cross-field rule read. */
  field?: string;
  /** The value of `field` that triggered the rule (an enum value, never free text). */
  value?: string | number;
  /** For `password_matches_account_name`: whether it is the reversed name. */
  reversed?: boolean;
  /** The least number of character classes a password needs. */
  min_classes?: number;
  /** For `unknown_field`: the wire name that the key probably meant. */
  suggestion?: string;
  /** Why a business rule fired (`registered_over_limit`, `cash_spend`). */
  reason?: string;
  /** A limit in days (association rules). */
  max_days?: number;
}

/** One broken rule: where, what, the figures, and a message in the chosen locale. */
export interface Violation {
  /** JSON Pointer (RFC 6901) over wire names: `/amount`, `/coupon_infos/0/id`; `""` is the body. */
  path: string;
  /** Stable machine-readable code. */
  code: Code;
  /** Bounds and figures; see `Params`. */
  params: Params;
  /** Human-readable text in the chosen locale, from the one message catalogue. */
  message: string;
}

/** The verdict on one field as a form sees it, in the whole body's context. */
export interface FieldOutcome {
  /** True when nothing in `scope` is violated. */
  ok: boolean;
  /** The whole-body violations at or below a pointer of `scope`, as whole-body validation gives them. */
  errors: Violation[];
  /** The pointers this answer settles: the field, and the fields its cross rules tie it to.
   * A form replaces every message it shows at or below these with `errors`. */
  scope: string[];
}

/** One change normalisation made. */
export interface Change {
  /** JSON Pointer of the value. */
  path: string;
  /** The value as given. */
  from: string;
  /** The value as normalised. */
  to: string;
}

/** One field, or (without `name`) the shape of a list item. */
export interface FieldInfo {
  /** Wire name (absent on a list item's shape). */
  name?: string;
  /** JSON type: `string`, `integer`, `boolean`, `decimal` (string or number), `array`, `object`. */
  type: "string" | "integer" | "boolean" | "decimal" | "array" | "object";
  /** Must be given. */
  required: boolean;
  /** `required`, `optional`, or `conditional` (required or forbidden by another field's value). */
  presence: "required" | "optional" | "conditional";
  /** What `""` means: `rejected`, `absent` or `value`. */
  empty: "rejected" | "absent" | "value";
  /** Least length. */
  min_length?: number;
  /** Greatest length. */
  max_length?: number;
  /** Unit of the lengths: `utf16` (UTF-16 code units, as HTML `maxlength` counts). */
  unit?: "utf16";
  /** Inclusive minimum (integers as numbers, amounts as exact strings). */
  minimum?: number | string;
  /** Exclusive minimum (amounts: `"0"`). */
  exclusive_minimum?: number | string;
  /** Inclusive maximum. */
  maximum?: number | string;
  /** Most decimals of an amount. */
  max_scale?: number;
  /** The allowed values. */
  allowed?: readonly string[] | readonly number[];
  /** Enum values compare ASCII case-insensitively (set only then). */
  ignore_case?: true;
  /** Named format (`email`, `mobile_digits`, `utc_datetime`, `year_month`, `account_name`,
   * `login_name`, `password`, `no_space`). */
  format?: string;
  /** Prefixes the value must not start with. */
  reserved_prefixes?: readonly string[];
  /** Least number of character classes (passwords). */
  min_classes?: number;
  /** Least number of list items. */
  min_items?: number;
  /** Greatest number of list items. */
  max_items?: number;
  /** The shape of each list item. */
  items?: FieldInfo;
  /** The fields of an object. */
  fields?: FieldInfo[];
}

/** An operation of the partner BSS API, as `operations()` lists it. */
export interface OperationInfo {
  /** The SDK's name, e.g. `PayOrders`. */
  name: OperationName;
  /** What it does, in a few words. */
  title: string;
  /** The HTTP method. */
  method: "GET" | "POST" | "PUT";
  /** The path, with its `{placeholders}`. */
  path: string;
  /** The Huawei Cloud site that serves it: `china` or `international`. */
  site: "china" | "international";
}

/** An amount in 元: a decimal string ("10.50") or a number (judged by its shortest text). */
export type Amount = string | number;

/** 校验客户注册信息 — `POST /v2/partners/sub-customers/users/check-identity`. */
export interface CheckUserIdentityInput {
  /** one of `email`, `mobile`, `name`. */
  search_type: "email" | "mobile" | "name";
  /** text, ≤ 64 UTF-16 units. */
  search_value: string;
}

/** 发送验证码 — `POST /v2/bases/verificationcode/send`. */
export interface SendVerificationMessageCodeInput {
  /** integer, one of 1. */
  receiver_type: 1;
  /** integer 1–3000. */
  timeout?: number | null;
  /** text, ≤ 32 UTF-16 units, format `mobile_digits`. */
  mobile_phone: string;
  /** one of `zh-cn`, `en-us`. */
  lang?: "zh-cn" | "en-us" | "" | null;
  /** integer, one of 29, 18. */
  scene?: 29 | 18 | null;
  /** text, ≤ 64 UTF-16 units. */
  customer_id?: string | null;
}

/** 创建客户 — `POST /v2/partners/sub-customers`. */
export interface CreateSubCustomerInput {
  /** text, ≤ 128 UTF-16 units. */
  xaccount_id: string;
  /** text, ≤ 64 UTF-16 units. */
  xaccount_type: string;
  /** account name `account_name`: 5–32 UTF-16 units, starts with a letter or one of `_-`, then letters, digits, `_`, `-`; not starting with `op_`, `shadow_`; not all digits. */
  domain_name?: string | null;
  /** text, ≤ 32 UTF-16 units, format `mobile_digits`. */
  mobile_phone?: string | null;
  /** text, exactly 6 UTF-16 units, a verification code. */
  verification_code?: string | null;
  /** password, 8–32 UTF-16 units, ≥ 2 of 4 character classes. */
  password?: string | null;
  /** one of `true`, `false`. */
  is_close_market_ms?: "true" | "false" | "" | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
  /** boolean. */
  include_association_result?: boolean | "" | null;
  /** text, any length. */
  cooperation_type?: string | null;
}

/** 回收客户账户余额 — `POST /v2/accounts/partner-accounts/reclaim`. */
export interface ReclaimToPartnerAccountInput {
  /** text, ≤ 64 UTF-16 units. */
  customer_id: string;
  /** amount (string or number) > 0, ≤ 2147483647, ≤ 2 decimals. */
  amount: Amount;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 向客户账户拨款 — `POST /v2/accounts/partner-accounts/adjust-amount`. */
export interface UpdateCustomerAccountAmountInput {
  /** text, ≤ 64 UTF-16 units. */
  customer_id: string;
  /** amount (string or number) > 0, ≤ 2147483647, ≤ 2 decimals. */
  amount: Amount;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 总经销商向云经销商拨款 — `POST /v2/accounts/partner-accounts/indirect-partner-adjust`. */
export interface UpdateIndirectPartnerAccountInput {
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id: string;
  /** amount (string or number) > 0, ≤ 999999999.99, ≤ 2 decimals. */
  amount: Amount;
}

/** 回收云经销商账户拨款 — `POST /v2/accounts/partner-accounts/indirect-partner-reclaim`. */
export interface ReclaimIndirectPartnerAccountInput {
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id: string;
  /** amount (string or number) > 0 and ≥ 0.01, ≤ 999999999999, ≤ 2 decimals. */
  amount: Amount;
}

/** 取消待支付订单 — `PUT /v2/orders/customer-orders/cancel`. */
export interface CancelCustomerOrderInput {
  /** text, ≤ 64 UTF-16 units. */
  order_id: string;
}

/** 支付包年/包月产品订单 — `POST /v3/orders/customer-orders/pay`. */
export interface PayOrdersInput {
  /** text, ≤ 64 UTF-16 units. */
  order_id: string;
  /** one of `YES`, `NO`. */
  use_coupon: "YES" | "NO";
  /** one of `YES`, `NO`. */
  use_discount: "YES" | "NO";
  /** list of 1–3 items, each object. */
  coupon_infos?: {
    /** text, ≤ 64 UTF-16 units. */
    id: string;
    /** integer, one of 300, 301, 302, 303. */
    type: 300 | 301 | 302 | 303;
  }[] | null;
  /** list of exactly 1 item, each object. */
  discount_infos?: {
    /** text, ≤ 64 UTF-16 units. */
    id: string;
    /** integer, one of 0, 1, 2, 3, 609. */
    type: 0 | 1 | 2 | 3 | 609;
  }[] | null;
}

/** 查询客户列表 — `POST /v2/partners/sub-customers/query`. */
export interface ListSubCustomersInput {
  /** text, ≤ 64 UTF-16 units, no white space. */
  account_name?: string | null;
  /** text, ≤ 64 UTF-16 units, no white space. */
  customer?: string | null;
  /** integer 0–40000000. */
  offset?: number | null;
  /** integer 1–100. */
  limit?: number | null;
  /** text, ≤ 64 UTF-16 units, no white space. */
  label?: string | null;
  /** one of `1`, `2`. */
  association_type?: "1" | "2" | "" | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  associated_on_begin?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  associated_on_end?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  customer_id?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 查询云经销商列表 — `POST /v2/partners/indirect-partners/query`. */
export interface ListIndirectPartnersInput {
  /** text, ≤ 64 UTF-16 units. */
  account_name?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  associated_on_begin?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  associated_on_end?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
  /** integer 0–40000000. */
  offset?: number | null;
  /** integer 1–100. */
  limit?: number | null;
}

/** 查询客户账户余额 — `POST /v2/accounts/customer-accounts/balances/batch-query`. */
export interface ListCustomersBalancesDetailInput {
  /** list of 1–100 items, each object. */
  customer_infos: {
    /** text, ≤ 64 UTF-16 units. */
    customer_id: string;
  }[];
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 发放优惠券 — `POST /v2/promotions/benefits/partner-coupons`. */
export interface CreatePartnerCouponsInput {
  /** text, ≤ 64 UTF-16 units. */
  quota_id: string;
  /** list of 1–100 items, each text, ≤ 64 UTF-16 units. */
  customer_ids: string[];
  /** amount (string or number) > 0 and ≥ 0.01, ≤ 99999999999, ≤ 2 decimals. */
  face_value: Amount;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  valid_time?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  expire_time?: string | null;
  /** list of 0–10 items, each text, any length. */
  cloud_service_types?: string[] | null;
  /** list of 0–10 items, each text, any length. */
  product_ids?: string[] | null;
  /** text, any length. */
  memo?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 回收优惠券 — `POST /v2/promotions/benefits/partner-coupons/reclaim`. */
export interface ReclaimPartnerCouponsInput {
  /** text, ≤ 64 UTF-16 units. */
  coupon_id: string;
  /** text, ≤ 100 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 向云经销商发放代金券额度 — `POST /v2/partners/coupon-quotas/indirect-partner-adjust`. */
export interface UpdateCouponQuotasInput {
  /** list of 1–100 items, each text, ≤ 64 UTF-16 units. */
  indirect_partner_ids: string[];
  /** amount (string or number) > 0 and ≥ 0.01, ≤ 100000000, ≤ 2 decimals. */
  quota_amount: Amount;
  /** text, ≤ 64 UTF-16 units. */
  quota_id: string;
}

/** 回收云经销商的代金券额度 — `POST /v2/partners/coupon-quotas/indirect-partner-reclaim`. */
export interface ReclaimCouponQuotasInput {
  /** list of 1–10 items, each text, ≤ 64 UTF-16 units. */
  quota_ids: string[];
  /** text, ≤ 256 UTF-16 units. */
  remark?: string | null;
}

/** 查询产品的折扣和激励策略 — `GET /v2/products/incentive-discount-policies`. */
export interface ListIncentiveDiscountPoliciesInput {
  /** text, ≤ 20 UTF-16 units, format `year_month`. */
  time: string;
  /** text, ≤ 64 UTF-16 units. */
  service_type_code?: string | null;
  /** integer 0–2147483647. */
  offset?: number | string | null;
  /** integer 1–100. */
  limit?: number | string | null;
}

/** 查询调账记录 — `GET /v3/accounts/partner-accounts/adjust-records`. */
export interface ListPartnerAdjustRecordsInput {
  /** text, ≤ 64 UTF-16 units. */
  customer_id?: string | null;
  /** one of `SOURCE_OPERATION_BEADJUST`, `SOURCE_OPERATION_BERETRIEVE`, `SOURCE_OPERATION_BEUNBIND`. */
  operation_type?: "SOURCE_OPERATION_BEADJUST" | "SOURCE_OPERATION_BERETRIEVE" | "SOURCE_OPERATION_BEUNBIND" | "" | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  operation_time_begin?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  operation_time_end?: string | null;
  /** text, ≤ 128 UTF-16 units. */
  trans_id?: string | null;
  /** integer 0–2147483647. */
  offset?: number | string | null;
  /** integer 1–100. */
  limit?: number | string | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 查询伙伴账户余额 — `GET /v2/accounts/partner-accounts/balances`. */
export interface ListPartnerBalancesInput {
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 查询优惠券额度 — `POST /v2/partners/coupon-quotas/query`. */
export interface ListQuotaCouponsInput {
  /** list of ≥ 0 items, each text, ≤ 64 UTF-16 units. */
  quota_ids?: string[] | null;
  /** list of ≥ 0 items, each integer, one of 0, 3, 4, 5. */
  quota_status_list?: (0 | 3 | 4 | 5)[] | null;
  /** integer, one of 0, 1. */
  quota_type?: 0 | 1 | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  create_time_begin?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  create_time_end?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  effective_time_begin?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  effective_time_end?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  expire_time_begin?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  expire_time_end?: string | null;
  /** integer 0–2147483646. */
  offset?: number | null;
  /** integer 1–100. */
  limit?: number | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 查询已发放的优惠券额度 — `GET /v2/partners/issued-coupon-quotas`. */
export interface ListIssuedCouponQuotasInput {
  /** text, ≤ 64 UTF-16 units. */
  quota_id?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  parent_quota_id?: string | null;
  /** integer 0–2147483647. */
  offset?: number | string | null;
  /** integer 1–100. */
  limit?: number | string | null;
}

/** 查询客户新客标签 — `POST /v2/partners/sub-customers/new-customers-tags/batch-query`. */
export interface ListSubCustomerNewTagInput {
  /** list of ≥ 0 items, each text, ≤ 64 UTF-16 units. */
  customer_ids?: string[] | null;
  /** integer 0–2147483647. */
  offset?: number | null;
  /** integer 1–200. */
  limit?: number | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 查询消费客户列表 — `POST /v2/bills/subcustomer-bills/res-fee-records/sub-customers/query`. */
export interface ListConsumeSubCustomersInput {
  /** text, ≤ 10 UTF-16 units, format `year_month`. */
  bill_cycle: string;
  /** integer 0–2147483646. */
  offset?: number | null;
  /** integer 1–100. */
  limit?: number | null;
}

/** 续订包年/包月资源 — `POST /v2/orders/subscriptions/resources/renew`. */
export interface RenewalResourcesInput {
  /** list of 1–10 items, each text, any length. */
  resource_ids: string[];
  /** integer, one of 2, 3. */
  period_type: 2 | 3;
  /** integer 1–11. */
  period_num: number;
  /** integer, one of 0, 1. */
  is_auto_pay?: 0 | 1 | null;
}

/** 退订包年/包月资源 — `POST /v2/orders/subscriptions/resources/unsubscribe`. */
export interface CancelResourcesSubscriptionInput {
  /** list of 1–10 items, each text, any length. */
  resource_ids: string[];
  /** integer, one of 1, 2. */
  unsubscribe_type: 1 | 2;
  /** integer 1–5. */
  unsubscribe_reason_type?: number | null;
  /** text, any length. */
  unsubscribe_reason?: string | null;
}

/** 查询订单列表 — `GET /v2/orders/customer-orders`. */
export interface ListCustomerOrdersInput {
  /** text, ≤ 64 UTF-16 units. */
  order_id?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  customer_id?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  create_time_begin?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  create_time_end?: string | null;
  /** text, any length. */
  service_type_code?: string | null;
  /** integer, one of 1, 3, 4, 5, 6, 9. */
  status?: 1 | 3 | 4 | 5 | 6 | 9 | "1" | "3" | "4" | "5" | "6" | "9" | "" | null;
  /** one of `1`, `2`, `3`, `4`, `10`, `11`, `13`, `14`, `15`. */
  order_type?: "1" | "2" | "3" | "4" | "10" | "11" | "13" | "14" | "15" | "" | null;
  /** integer 1–100. */
  limit?: number | string | null;
  /** integer 0–2147483647. */
  offset?: number | string | null;
  /** one of `createTime`, `-createTime` (any case). */
  order_by?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  payment_time_begin?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  payment_time_end?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
  /** one of `oneself`, `sub_customer`. */
  method?: "oneself" | "sub_customer" | "" | null;
}

/** 冻结客户 — `POST /v2/partners/sub-customers/freeze`. */
export interface FreezeSubCustomersInput {
  /** list of 1–10 items, each text, ≤ 64 UTF-16 units. */
  customer_ids: string[];
  /** text, ≤ 256 UTF-16 units. */
  reason: string;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
  /** one of `ACCOUNT`, `ACCOUNT_AND_RESOURCE`. */
  freeze_type?: "ACCOUNT" | "ACCOUNT_AND_RESOURCE" | null;
}

/** 解冻客户 — `POST /v2/partners/sub-customers/unfreeze`. */
export interface UnfreezeSubCustomersInput {
  /** list of 1–10 items, each text, ≤ 64 UTF-16 units. */
  customer_ids: string[];
  /** text, ≤ 256 UTF-16 units. */
  reason: string;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
  /** one of `ACCOUNT`, `ACCOUNT_AND_RESOURCE`. */
  unfreeze_type?: "ACCOUNT" | "ACCOUNT_AND_RESOURCE" | null;
}

/** 查询代金券额度的发放回收记录 — `GET /v2/partners/coupon-quotas/records`. */
export interface ListCouponQuotasRecordsInput {
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  quota_id?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  operation_time_begin?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  operation_time_end?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  parent_quota_id?: string | null;
  /** text, ≤ 8 UTF-16 units. */
  operation_type?: string | null;
  /** integer 0–2147483647. */
  offset?: number | string | null;
  /** integer 1–100. */
  limit?: number | string | null;
}

/** 查询已发放的优惠券 — `GET /v2/promotions/benefits/partner-coupons`. */
export interface ListIssuedPartnerCouponsInput {
  /** text, ≤ 64 UTF-16 units. */
  coupon_id?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  customer_id?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  order_id?: string | null;
  /** integer, one of 1, 4. */
  coupon_type?: 1 | 4 | "1" | "4" | "" | null;
  /** integer, one of 1, 2, 3, 4, 5. */
  status?: 1 | 2 | 3 | 4 | 5 | "1" | "2" | "3" | "4" | "5" | "" | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  create_time_begin?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  create_time_end?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  effective_time_begin?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  effective_time_end?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  expire_time_begin?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  expire_time_end?: string | null;
  /** integer 0–2147483646. */
  offset?: number | string | null;
  /** integer 1–100. */
  limit?: number | string | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 查询优惠券的发放回收记录 — `GET /v2/promotions/benefits/partner-coupons/records/query`. */
export interface ListPartnerCouponsRecordInput {
  /** list of 0–8 items, each one of `1`, `2`, `3`, `4`, `5`, `6`, `7`, `8`, `9`. */
  operation_types?: ("1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9")[] | null;
  /** text, ≤ 64 UTF-16 units. */
  quota_id?: string | null;
  /** integer, one of 0, 1. */
  quota_type?: 0 | 1 | "0" | "1" | null;
  /** list of 0–100 items, each text, ≤ 64 UTF-16 units. */
  coupon_ids?: string[] | null;
  /** text, ≤ 64 UTF-16 units. */
  customer_id?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  operation_time_begin?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  operation_time_end?: string | null;
  /** text, any length. */
  result?: string | null;
  /** integer 0–2147483646. */
  offset?: number | string | null;
  /** integer 1–100. */
  limit?: number | string | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 查询收支明细 — `GET /v2/accounts/partner-accounts/account-change-records`. */
export interface ListPartnerAccountChangeRecordsInput {
  /** one of `BALANCE_TYPE_DEBIT`, `BALANCE_TYPE_CREDIT`. */
  balance_type: "BALANCE_TYPE_DEBIT" | "BALANCE_TYPE_CREDIT";
  /** one of `RECHARGE`, `DEDEUCT`, `REFUND`, `RFROZEN`, `TRANS`, `ADJUST`, `BEADJUST`, `BERETRIEVE`, `BEUNBIND`, `BONUSCONVERT`, `TRADE_MODE_TRANSFER`. */
  trade_type?: "RECHARGE" | "DEDEUCT" | "REFUND" | "RFROZEN" | "TRANS" | "ADJUST" | "BEADJUST" | "BERETRIEVE" | "BEUNBIND" | "BONUSCONVERT" | "TRADE_MODE_TRANSFER" | "" | null;
  /** text, ≤ 10 UTF-16 units, format `date`. */
  trade_time_begin?: string | null;
  /** text, ≤ 10 UTF-16 units, format `date`. */
  trade_time_end?: string | null;
  /** integer 0–2147483647. */
  offset?: number | string | null;
  /** integer 1–100. */
  limit?: number | string | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 查询伙伴子客户消费记录 — `GET /v2/bills/subcustomer-bills/res-fee-records`. */
export interface ListSubCustomerBillDetailInput {
  /** text, ≤ 7 UTF-16 units, format `year_month`. */
  bill_cycle: string;
  /** text, ≤ 64 UTF-16 units. */
  customer_id: string;
  /** text, ≤ 64 UTF-16 units. */
  service_type_code?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  region_code?: string | null;
  /** integer, one of 1, 3, 10, 11. */
  charging_mode?: 1 | 3 | 10 | 11 | "1" | "3" | "10" | "11" | null;
  /** integer 0–127. */
  bill_detail_type?: number | string | null;
  /** text, any length. */
  resource_id?: string | null;
  /** text, any length. */
  resource_name?: string | null;
  /** text, any length. */
  trade_id?: string | null;
  /** text, any length. */
  account_manager_id?: string | null;
  /** one of `1`, `2`. */
  association_type?: "1" | "2" | null;
  /** integer 0–2147483647. */
  offset?: number | string | null;
  /** integer 1–1000. */
  limit?: number | string | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
  /** text, any length, format `date`. */
  bill_date_begin?: string | null;
  /** text, any length, format `date`. */
  bill_date_end?: string | null;
}

/** 查询客户月度消费账单 — `GET /v2/bills/partner-bills/subcustomer-bills/monthly-sum`. */
export interface ListSubcustomerMonthlyBillsInput {
  /** text, ≤ 10 UTF-16 units, format `year_month`. */
  cycle: string;
  /** one of `1`, `3`, `11`. */
  charge_mode: "1" | "3" | "11";
  /** one of `0`, `1`, `2`. */
  bill_type?: "0" | "1" | "2" | "" | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  customer_id?: string | null;
  /** text, ≤ 256 UTF-16 units. */
  cloud_service_type?: string | null;
  /** integer 0–2147483647. */
  offset?: number | string | null;
  /** integer 1–100. */
  limit?: number | string | null;
}

/** 查询客户按需资源列表 — `POST /v2/partners/sub-customers/on-demand-resources/query`. */
export interface ListCustomerOnDemandResourcesInput {
  /** text, ≤ 64 UTF-16 units. */
  customer_id: string;
  /** text, ≤ 64 UTF-16 units. */
  region_code?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  service_type_code?: string | null;
  /** list of 0–50 items, each text, any length. */
  resource_ids?: string[] | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  effective_time_begin?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  effective_time_end?: string | null;
  /** integer 0–2147483647. */
  offset?: number | null;
  /** integer 1–100. */
  limit?: number | null;
  /** integer, one of 1, 2, 3, 4, 5, 6. */
  status?: 1 | 2 | 3 | 4 | 5 | 6 | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 查询优惠券列表 — `GET /v2/promotions/benefits/coupons`. */
export interface ListSubCustomerCouponsInput {
  /** text, ≤ 64 UTF-16 units. */
  coupon_id?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  order_id?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  promotion_plan_id?: string | null;
  /** integer, one of 1, 2, 3, 4. */
  coupon_type?: 1 | 2 | 3 | 4 | "1" | "2" | "3" | "4" | null;
  /** integer, one of 1, 2, 3, 4, 5. */
  status?: 1 | 2 | 3 | 4 | 5 | "1" | "2" | "3" | "4" | "5" | "" | null;
  /** text, ≤ 64 UTF-16 units, format `utc_datetime`. */
  active_start_time?: string | null;
  /** text, ≤ 64 UTF-16 units, format `utc_datetime`. */
  active_end_time?: string | null;
  /** integer 0–2147483647. */
  offset?: number | string | null;
  /** integer 1–100. */
  limit?: number | string | null;
  /** text, ≤ 255 UTF-16 units. */
  source_id?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 申请个人实名认证 — `POST /v2/customers/realname-auths/individual`. */
export interface CreatePersonalRealnameAuthInput {
  /** text, ≤ 64 UTF-16 units. */
  customer_id: string;
  /** integer, one of 0, 4. */
  identify_type: 0 | 4;
  /** integer, one of 3, 5, 6, 9, 10. */
  verified_type?: 3 | 5 | 6 | 9 | 10 | null;
  /** list of 1–4 items, each text, any length. */
  verified_file_url: string[];
  /** text, ≤ 255 UTF-16 units. */
  name: string;
  /** text, ≤ 32 UTF-16 units. */
  verified_number: string;
  /** integer, one of -1. */
  change_type?: -1 | null;
  /** text, ≤ 64 UTF-16 units. */
  xaccount_type: string;
  /** object. */
  bank_card_info?: {
    /** text, any length, format `bank_account`. */
    bank_account: string;
    /** text, any length. */
    areacode: string;
    /** text, ≤ 32 UTF-16 units, format `mobile_digits`. */
    mobile: string;
    /** text, exactly 6 UTF-16 units, a verification code. */
    verification_code: string;
  } | null;
}

/** 申请企业实名认证 — `POST /v2/customers/realname-auths/enterprise`. */
export interface CreateEnterpriseRealnameAuthenticationInput {
  /** text, ≤ 64 UTF-16 units. */
  customer_id: string;
  /** integer, one of 1. */
  identify_type: 1;
  /** integer, one of 0, 1, 2, 3, 4, 99. */
  certificate_type?: 0 | 1 | 2 | 3 | 4 | 99 | null;
  /** list of 1–4 items, each text, any length. */
  verified_file_url: string[];
  /** text, ≤ 255 UTF-16 units, format `corp_name`. */
  corp_name: string;
  /** text, any length. */
  verified_number: string;
  /** text, any length. */
  reg_country?: string | null;
  /** text, any length. */
  reg_address?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  xaccount_type: string;
  /** object. */
  enterprise_person?: {
    /** text, any length. */
    legel_name: string;
    /** text, any length. */
    legel_id_number: string;
    /** one of `legalPerson`. */
    certifier_role?: "legalPerson" | null;
  } | null;
}

/** 申请实名认证变更 — `PUT /v2/customers/realname-auths/enterprise`. */
export interface ChangeEnterpriseRealnameAuthenticationInput {
  /** text, ≤ 64 UTF-16 units. */
  customer_id: string;
  /** integer, one of 1. */
  identify_type: 1;
  /** integer, one of 0, 1, 2, 3, 4, 99. */
  certificate_type?: 0 | 1 | 2 | 3 | 4 | 99 | null;
  /** list of 1–4 items, each text, any length. */
  verified_file_url: string[];
  /** text, ≤ 255 UTF-16 units, format `corp_name`. */
  corp_name: string;
  /** text, any length. */
  verified_number: string;
  /** text, any length. */
  reg_country?: string | null;
  /** text, any length. */
  reg_address?: string | null;
  /** integer, one of 1. */
  change_type: 1;
  /** text, ≤ 64 UTF-16 units. */
  xaccount_type: string;
  /** object. */
  enterprise_person?: {
    /** text, any length. */
    legel_name: string;
    /** text, any length. */
    legel_id_number: string;
    /** one of `legalPerson`. */
    certifier_role?: "legalPerson" | null;
  } | null;
}

/** 查询实名认证审核结果 — `GET /v2/customers/realname-auths/result`. */
export interface ShowRealnameAuthenticationReviewResultInput {
  /** text, ≤ 64 UTF-16 units. */
  customer_id: string;
}

/** 查询按需产品价格 — `POST /v2/bills/ratings/on-demand-resources`. */
export interface ListOnDemandResourceRatingsInput {
  /** text, ≤ 64 UTF-16 units. */
  project_id: string;
  /** integer, one of 0, 1. */
  inquiry_precision?: 0 | 1 | null;
  /** list of 1–100 items, each object. */
  product_infos: {
    /** text, ≤ 64 UTF-16 units. */
    id: string;
    /** text, ≤ 400 UTF-16 units. */
    cloud_service_type: string;
    /** text, ≤ 400 UTF-16 units. */
    resource_type: string;
    /** text, ≤ 400 UTF-16 units. */
    resource_spec: string;
    /** text, any length. */
    region: string;
    /** text, any length. */
    available_zone?: string | null;
    /** integer 1–2147483647. */
    resource_size?: number | null;
    /** integer 0–2147483647. */
    size_measure_id?: number | null;
    /** text, any length. */
    usage_factor: string;
    /** decimal (string or number) ≥ 0, any scale. */
    usage_value: number | string;
    /** integer 0–9999. */
    usage_measure_id: number;
    /** integer 1–10000. */
    subscription_num: number;
  }[];
}

/** 查询包年/包月产品价格 — `POST /v2/bills/ratings/period-resources/subscribe-rate`. */
export interface ListRateOnPeriodDetailInput {
  /** text, ≤ 64 UTF-16 units. */
  project_id: string;
  /** list of 1–100 items, each object. */
  product_infos: {
    /** text, ≤ 64 UTF-16 units. */
    id: string;
    /** text, ≤ 400 UTF-16 units. */
    cloud_service_type: string;
    /** text, ≤ 400 UTF-16 units. */
    resource_type: string;
    /** text, ≤ 400 UTF-16 units. */
    resource_spec: string;
    /** text, any length. */
    region: string;
    /** text, any length. */
    available_zone?: string | null;
    /** integer 1–2147483647. */
    resource_size?: number | null;
    /** integer 0–2147483647. */
    size_measure_id?: number | null;
    /** integer, one of 0, 2, 3, 4. */
    period_type: 0 | 2 | 3 | 4;
    /** integer 1–2147483647. */
    period_num: number;
    /** integer 1–10000. */
    subscription_num: number;
    /** one of `HALF_PAY`, `ZERO_PAY`, `NA`. */
    fee_installment_mode?: "HALF_PAY" | "ZERO_PAY" | "NA" | "" | null;
  }[];
}

/** 查询云服务类型列表 — `GET /v2/products/service-types`. */
export interface ListServiceTypesInput {
  /** integer 1–1000. */
  limit?: number | string | null;
  /** integer 0–1000000000. */
  offset?: number | string | null;
  /** text, 1–128 UTF-16 units. */
  service_type_name?: string | null;
}

/** 查询资源类型列表 — `GET /v2/products/resource-types`. */
export interface ListResourceTypesInput {
  /** integer 1–1000. */
  limit?: number | string | null;
  /** integer 0–1000000000. */
  offset?: number | string | null;
}

/** 根据云服务类型查询资源类型列表 — `GET /v2/products/service-resources`. */
export interface ListServiceResourcesInput {
  /** text, ≤ 64 UTF-16 units. */
  service_type_code: string;
  /** integer 0–10000000. */
  offset?: number | string | null;
  /** integer 1–100. */
  limit?: number | string | null;
}

/** 查询使用量类型列表 — `GET /v2/products/usage-types`. */
export interface ListUsageTypesInput {
  /** text, ≤ 64 UTF-16 units. */
  resource_type_code?: string | null;
  /** integer 0–100000000. */
  offset?: number | string | null;
  /** integer 1–100. */
  limit?: number | string | null;
}

/** 查询度量单位进制 — `GET /v2/bases/conversions`. */
export interface ListConversionsInput {
  /** integer -2147483648–2147483647. */
  measure_type?: number | string | null;
}

/** 查询度量单位列表 — `GET /v2/bases/measurements`. */
export interface ListMeasureUnitsInput {
}

/** 查询省份信息 — `GET /v2/systems/configs/provinces`. */
export interface ListProvincesInput {
  /** integer 0–1000. */
  offset?: number | string | null;
  /** integer 1–1000. */
  limit?: number | string | null;
}

/** 查询城市信息 — `GET /v2/systems/configs/cities`. */
export interface ListCitiesInput {
  /** text, ≤ 40 UTF-16 units. */
  province_code: string;
  /** integer 0–1000. */
  offset?: number | string | null;
  /** integer 1–1000. */
  limit?: number | string | null;
}

/** 查询区县信息 — `GET /v2/systems/configs/counties`. */
export interface ListCountiesInput {
  /** text, ≤ 20 UTF-16 units. */
  city_code: string;
  /** integer 0–1000. */
  offset?: number | string | null;
  /** integer 1–1000. */
  limit?: number | string | null;
}

/** 查询订单详情 — `GET /v2/orders/customer-orders/details/{order_id}`. */
export interface ShowCustomerOrderDetailsInput {
  /** text, ≤ 64 UTF-16 units. */
  order_id: string;
  /** integer 0–2147483647. */
  offset?: number | string | null;
  /** integer 1–100. */
  limit?: number | string | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 查询订单可用优惠券 — `GET /v2/orders/customer-orders/order-coupons`. */
export interface ListOrderCouponsByOrderIdInput {
  /** text, ≤ 64 UTF-16 units. */
  order_id: string;
}

/** 查询订单可用折扣 — `GET /v2/orders/customer-orders/order-discounts`. */
export interface ListOrderDiscountsInput {
  /** text, ≤ 64 UTF-16 units. */
  order_id: string;
}

/** 查询客户包年/包月资源列表 — `POST /v2/orders/suscriptions/resources/query`. */
export interface ListPayPerUseCustomerResourcesInput {
  /** list of 0–50 items, each text, any length. */
  resource_ids?: string[] | null;
  /** text, ≤ 64 UTF-16 units. */
  order_id?: string | null;
  /** integer, one of 0, 1. */
  only_main_resource?: 0 | 1 | null;
  /** list of 0–10 items, each integer, one of 2, 3, 4, 5. */
  status_list?: (2 | 3 | 4 | 5)[] | null;
  /** integer 0–2147483646. */
  offset?: number | null;
  /** integer 1–500. */
  limit?: number | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  expire_time_begin?: string | null;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  expire_time_end?: string | null;
  /** text, any length. */
  service_type_code?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  customer_id?: string | null;
}

/** 查询退款订单的金额详情 — `GET /v2/orders/customer-orders/refund-orders`. */
export interface ShowRefundOrderDetailsInput {
  /** text, ≤ 64 UTF-16 units. */
  order_id: string;
  /** text, ≤ 64 UTF-16 units. */
  customer_id?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 查询资源包列表 — `POST /v3/payments/free-resources/query`. */
export interface ListFreeResourceInfosInput {
  /** text, ≤ 64 UTF-16 units. */
  region_code?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  order_id?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  product_id?: string | null;
  /** text, ≤ 256 UTF-16 units. */
  product_name?: string | null;
  /** text, ≤ 64 UTF-16 units. */
  enterprise_project_id?: string | null;
  /** integer 0–4. */
  status?: number | "" | null;
  /** integer 0–999999. */
  offset?: number | null;
  /** integer 1–1000. */
  limit?: number | null;
  /** list of 0–10 items, each text, any length. */
  service_type_code_list?: string[] | null;
}

/** 查询资源包使用量 — `POST /v2/payments/free-resources/usages/details/query`. */
export interface ListFreeResourceUsagesInput {
  /** list of 1–100 items, each text, ≤ 64 UTF-16 units. */
  free_resource_ids: string[];
}

/** 设置包年/包月资源自动续费 — `POST /v2/orders/subscriptions/resources/autorenew/{resource_id}`. */
export interface AutoRenewalResourcesInput {
  /** text, ≤ 64 UTF-16 units. */
  resource_id: string;
  /** integer 0–99. */
  auto_renew_times?: number | null;
}

/** 取消包年/包月资源自动续费 — `DELETE /v2/orders/subscriptions/resources/autorenew/{resource_id}`. */
export interface CancelAutoRenewalResourcesInput {
  /** text, ≤ 64 UTF-16 units. */
  resource_id: string;
}

/** 设置或取消包年/包月资源到期转按需 — `POST /v2/orders/subscriptions/resources/to-on-demand`. */
export interface UpdatePeriodToOnDemandInput {
  /** one of `SET_UP`, `CANCEL`. */
  operation: "SET_UP" | "CANCEL";
  /** list of 1–100 items, each text, any length. */
  resource_ids: string[];
}

/** 设置自动续费扣款日和续费后资源统一到期日 — `POST /v2/orders/subscriptions/resources/renew/config`. */
export interface SetResourcesRenewConfigInput {
  /** one of `DEDUCTION_DATE`, `EXPIRE_DATE`. */
  config_name: "DEDUCTION_DATE" | "EXPIRE_DATE";
  /** text, 1–64 UTF-16 units. */
  config_value: string;
}

/** 设置客户预算 — `POST /v2/partners/sub-customers/budget`. */
export interface UpdateSubCustomerBudgetInput {
  /** text, ≤ 64 UTF-16 units. */
  customer_id: string;
  /** amount (string or number) > 0, ≤ 2147483647, ≤ 2 decimals. */
  budget_amount: Amount;
  /** one of `0`, `1`. */
  cancel_partner_frozen?: "0" | "1" | "" | null;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
  /** one of `MONTHLY`, `PACKAGE`. */
  budget_type?: "MONTHLY" | "PACKAGE" | null;
  /** integer, one of 0, 1. */
  frozen_operate_type?: 0 | 1 | "" | null;
}

/** 批量查询客户预算 — `POST /v2/partners/sub-customers/budget/query`. */
export interface ListSubCustomerBudgetInput {
  /** list of 1–100 items, each text, ≤ 64 UTF-16 units. */
  customer_ids: string[];
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 查询客户预算 — `GET /v2/partners/sub-customers/budget`. */
export interface ShowSubCustomerBudgetInput {
  /** text, ≤ 64 UTF-16 units. */
  customer_id: string;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
}

/** 查询客户预算调整记录 — `GET /v2/partners/sub-customers/budget/records`. */
export interface ListSubCustomerBudgetRecordsInput {
  /** text, 1–64 UTF-16 units. */
  customer_id: string;
  /** text, ≤ 64 UTF-16 units. */
  indirect_partner_id?: string | null;
  /** one of `SETTING`, `DELETE`. */
  operation_type?: "SETTING" | "DELETE" | null;
  /** one of `MONTHLY`, `PACKAGE`. */
  budget_type?: "MONTHLY" | "PACKAGE" | null;
  /** integer 0–2147483647. */
  offset?: number | string | null;
  /** integer 1–100. */
  limit?: number | string | null;
}

/** 查询消费配额 — `GET /v2/partners/credit/consumption-quota`. */
export interface ShowPartnerConsumptionQuotaInput {
}

/** 查询伙伴月度消费账单 — `GET /v2/bills/partner-bills/postpaid-bill-summary`. */
export interface ListPostpaidBillSumInput {
  /** text, any length, format `year_month`. */
  bill_cycle: string;
}

/** Request body type of every operation. */
export interface OperationInputs {
  CheckUserIdentity: CheckUserIdentityInput;
  SendVerificationMessageCode: SendVerificationMessageCodeInput;
  CreateSubCustomer: CreateSubCustomerInput;
  ReclaimToPartnerAccount: ReclaimToPartnerAccountInput;
  UpdateCustomerAccountAmount: UpdateCustomerAccountAmountInput;
  UpdateIndirectPartnerAccount: UpdateIndirectPartnerAccountInput;
  ReclaimIndirectPartnerAccount: ReclaimIndirectPartnerAccountInput;
  CancelCustomerOrder: CancelCustomerOrderInput;
  PayOrders: PayOrdersInput;
  ListSubCustomers: ListSubCustomersInput;
  ListIndirectPartners: ListIndirectPartnersInput;
  ListCustomersBalancesDetail: ListCustomersBalancesDetailInput;
  CreatePartnerCoupons: CreatePartnerCouponsInput;
  ReclaimPartnerCoupons: ReclaimPartnerCouponsInput;
  UpdateCouponQuotas: UpdateCouponQuotasInput;
  ReclaimCouponQuotas: ReclaimCouponQuotasInput;
  ListIncentiveDiscountPolicies: ListIncentiveDiscountPoliciesInput;
  ListPartnerAdjustRecords: ListPartnerAdjustRecordsInput;
  ListPartnerBalances: ListPartnerBalancesInput;
  ListQuotaCoupons: ListQuotaCouponsInput;
  ListIssuedCouponQuotas: ListIssuedCouponQuotasInput;
  ListSubCustomerNewTag: ListSubCustomerNewTagInput;
  ListConsumeSubCustomers: ListConsumeSubCustomersInput;
  RenewalResources: RenewalResourcesInput;
  CancelResourcesSubscription: CancelResourcesSubscriptionInput;
  ListCustomerOrders: ListCustomerOrdersInput;
  FreezeSubCustomers: FreezeSubCustomersInput;
  UnfreezeSubCustomers: UnfreezeSubCustomersInput;
  ListCouponQuotasRecords: ListCouponQuotasRecordsInput;
  ListIssuedPartnerCoupons: ListIssuedPartnerCouponsInput;
  ListPartnerCouponsRecord: ListPartnerCouponsRecordInput;
  ListPartnerAccountChangeRecords: ListPartnerAccountChangeRecordsInput;
  ListSubCustomerBillDetail: ListSubCustomerBillDetailInput;
  ListSubcustomerMonthlyBills: ListSubcustomerMonthlyBillsInput;
  ListCustomerOnDemandResources: ListCustomerOnDemandResourcesInput;
  ListSubCustomerCoupons: ListSubCustomerCouponsInput;
  CreatePersonalRealnameAuth: CreatePersonalRealnameAuthInput;
  CreateEnterpriseRealnameAuthentication: CreateEnterpriseRealnameAuthenticationInput;
  ChangeEnterpriseRealnameAuthentication: ChangeEnterpriseRealnameAuthenticationInput;
  ShowRealnameAuthenticationReviewResult: ShowRealnameAuthenticationReviewResultInput;
  ListOnDemandResourceRatings: ListOnDemandResourceRatingsInput;
  ListRateOnPeriodDetail: ListRateOnPeriodDetailInput;
  ListServiceTypes: ListServiceTypesInput;
  ListResourceTypes: ListResourceTypesInput;
  ListServiceResources: ListServiceResourcesInput;
  ListUsageTypes: ListUsageTypesInput;
  ListConversions: ListConversionsInput;
  ListMeasureUnits: ListMeasureUnitsInput;
  ListProvinces: ListProvincesInput;
  ListCities: ListCitiesInput;
  ListCounties: ListCountiesInput;
  ShowCustomerOrderDetails: ShowCustomerOrderDetailsInput;
  ListOrderCouponsByOrderId: ListOrderCouponsByOrderIdInput;
  ListOrderDiscounts: ListOrderDiscountsInput;
  ListPayPerUseCustomerResources: ListPayPerUseCustomerResourcesInput;
  ShowRefundOrderDetails: ShowRefundOrderDetailsInput;
  ListFreeResourceInfos: ListFreeResourceInfosInput;
  ListFreeResourceUsages: ListFreeResourceUsagesInput;
  AutoRenewalResources: AutoRenewalResourcesInput;
  CancelAutoRenewalResources: CancelAutoRenewalResourcesInput;
  UpdatePeriodToOnDemand: UpdatePeriodToOnDemandInput;
  SetResourcesRenewConfig: SetResourcesRenewConfigInput;
  UpdateSubCustomerBudget: UpdateSubCustomerBudgetInput;
  ListSubCustomerBudget: ListSubCustomerBudgetInput;
  ShowSubCustomerBudget: ShowSubCustomerBudgetInput;
  ListSubCustomerBudgetRecords: ListSubCustomerBudgetRecordsInput;
  ShowPartnerConsumptionQuota: ShowPartnerConsumptionQuotaInput;
  ListPostpaidBillSum: ListPostpaidBillSumInput;
}

/** The name of an operation. */
export type OperationName = keyof OperationInputs;

/** 客户关联合作伙伴. */
export interface AssociateCustomerInput {
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  registered_at: string;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  now: string;
  /** boolean. */
  has_cash_spend: boolean;
  /** text, ≤ 20 UTF-16 units, format `utc_datetime`. */
  pre_registered_at?: string | null;
  /** one of `invitation_link`, `qr_code`, `binding_code`. */
  channel: "invitation_link" | "qr_code" | "binding_code";
}

/** 加入伙伴计划. */
export interface JoinPartnerProgramInput {
  /** one of `solution_provider`, `reseller`. */
  program: "solution_provider" | "reseller";
  /** list of ≥ 0 items, each one of `solution_provider`, `reseller`. */
  current_programs: ("solution_provider" | "reseller")[];
  /** boolean. */
  account_expired: boolean;
  /** boolean. */
  enterprise_verified: boolean;
}

/** Facts of every registration check. */
export interface CheckInputs {
  AssociateCustomer: AssociateCustomerInput;
  JoinPartnerProgram: JoinPartnerProgramInput;
}

/** The name of a registration check. */
export type CheckName = keyof CheckInputs;
