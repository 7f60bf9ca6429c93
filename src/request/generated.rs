//! GENERATED from the spec tables by `BLESS=1 cargo test --test generated`; do not edit by hand.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Fields, FromBody, Request};
use crate::spec::{self, Operation};

/// 校验客户注册信息 — `POST /v2/partners/sub-customers/users/check-identity`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckUserIdentity {
    /// `search_type`: one of `email`, `mobile`, `name`.
    pub search_type: String,
    /// `search_value`: text, ≤ 64 UTF-16 units.
    pub search_value: String,
}

impl FromBody for CheckUserIdentity {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(CheckUserIdentity { search_type: f.text(0)?, search_value: f.text(1)? })
    }
}

impl Request for CheckUserIdentity {
    const OPERATION: &'static Operation = &spec::check_user_identity::OP;
}

/// 发送验证码 — `POST /v2/bases/verificationcode/send`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SendVerificationMessageCode {
    /// `receiver_type`: integer, one of 1.
    pub receiver_type: i64,
    /// `timeout`: integer 1–3000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
    /// `mobile_phone`: text, ≤ 32 UTF-16 units, format `mobile_digits`.
    pub mobile_phone: String,
    /// `lang`: one of `zh-cn`, `en-us`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// `scene`: integer, one of 29, 18.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scene: Option<i64>,
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
}

impl FromBody for SendVerificationMessageCode {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(SendVerificationMessageCode {
            receiver_type: f.int(0)?,
            timeout: f.int(1),
            mobile_phone: f.text(2)?,
            lang: f.text(3),
            scene: f.int(4),
            customer_id: f.text(5),
        })
    }
}

impl Request for SendVerificationMessageCode {
    const OPERATION: &'static Operation = &spec::send_verification_message_code::OP;
}

/// 创建客户 — `POST /v2/partners/sub-customers`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CreateSubCustomer {
    /// `xaccount_id`: text, ≤ 128 UTF-16 units.
    pub xaccount_id: String,
    /// `xaccount_type`: text, ≤ 64 UTF-16 units.
    pub xaccount_type: String,
    /// `domain_name`: account name `account_name`: 5–32 UTF-16 units, starts with a letter or one of `_-`, then letters, digits, `_`, `-`; not starting with `op_`, `shadow_`; not all digits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain_name: Option<String>,
    /// `mobile_phone`: text, ≤ 32 UTF-16 units, format `mobile_digits`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mobile_phone: Option<String>,
    /// `verification_code`: text, exactly 6 UTF-16 units, a verification code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_code: Option<String>,
    /// `password`: password, 8–32 UTF-16 units, ≥ 2 of 4 character classes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// `is_close_market_ms`: one of `true`, `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_close_market_ms: Option<String>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
    /// `include_association_result`: boolean.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include_association_result: Option<bool>,
    /// `cooperation_type`: text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cooperation_type: Option<String>,
}

impl FromBody for CreateSubCustomer {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(CreateSubCustomer {
            xaccount_id: f.text(0)?,
            xaccount_type: f.text(1)?,
            domain_name: f.text(2),
            mobile_phone: f.text(3),
            verification_code: f.text(4),
            password: f.text(5),
            is_close_market_ms: f.text(6),
            indirect_partner_id: f.text(7),
            include_association_result: f.flag(8),
            cooperation_type: f.text(9),
        })
    }
}

impl Request for CreateSubCustomer {
    const OPERATION: &'static Operation = &spec::create_sub_customer::OP;
}

/// 回收客户账户余额 — `POST /v2/accounts/partner-accounts/reclaim`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReclaimToPartnerAccount {
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    pub customer_id: String,
    /// `amount`: amount (string or number) > 0, ≤ 2147483647, ≤ 2 decimals.
    #[serde(with = "super::amount")]
    pub amount: Decimal,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ReclaimToPartnerAccount {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ReclaimToPartnerAccount { customer_id: f.text(0)?, amount: f.amount(1)?, indirect_partner_id: f.text(2) })
    }
}

impl Request for ReclaimToPartnerAccount {
    const OPERATION: &'static Operation = &spec::reclaim_to_partner_account::OP;
}

/// 向客户账户拨款 — `POST /v2/accounts/partner-accounts/adjust-amount`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UpdateCustomerAccountAmount {
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    pub customer_id: String,
    /// `amount`: amount (string or number) > 0, ≤ 2147483647, ≤ 2 decimals.
    #[serde(with = "super::amount")]
    pub amount: Decimal,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for UpdateCustomerAccountAmount {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(UpdateCustomerAccountAmount { customer_id: f.text(0)?, amount: f.amount(1)?, indirect_partner_id: f.text(2) })
    }
}

impl Request for UpdateCustomerAccountAmount {
    const OPERATION: &'static Operation = &spec::update_customer_account_amount::OP;
}

/// 总经销商向云经销商拨款 — `POST /v2/accounts/partner-accounts/indirect-partner-adjust`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UpdateIndirectPartnerAccount {
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    pub indirect_partner_id: String,
    /// `amount`: amount (string or number) > 0, ≤ 999999999.99, ≤ 2 decimals.
    #[serde(with = "super::amount")]
    pub amount: Decimal,
}

impl FromBody for UpdateIndirectPartnerAccount {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(UpdateIndirectPartnerAccount { indirect_partner_id: f.text(0)?, amount: f.amount(1)? })
    }
}

impl Request for UpdateIndirectPartnerAccount {
    const OPERATION: &'static Operation = &spec::update_indirect_partner_account::OP;
}

/// 回收云经销商账户拨款 — `POST /v2/accounts/partner-accounts/indirect-partner-reclaim`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReclaimIndirectPartnerAccount {
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    pub indirect_partner_id: String,
    /// `amount`: amount (string or number) > 0 and ≥ 0.01, ≤ 999999999999, ≤ 2 decimals.
    #[serde(with = "super::amount")]
    pub amount: Decimal,
}

impl FromBody for ReclaimIndirectPartnerAccount {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ReclaimIndirectPartnerAccount { indirect_partner_id: f.text(0)?, amount: f.amount(1)? })
    }
}

impl Request for ReclaimIndirectPartnerAccount {
    const OPERATION: &'static Operation = &spec::reclaim_indirect_partner_account::OP;
}

/// 取消待支付订单 — `PUT /v2/orders/customer-orders/cancel`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CancelCustomerOrder {
    /// `order_id`: text, ≤ 64 UTF-16 units.
    pub order_id: String,
}

impl FromBody for CancelCustomerOrder {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(CancelCustomerOrder { order_id: f.text(0)? })
    }
}

impl Request for CancelCustomerOrder {
    const OPERATION: &'static Operation = &spec::cancel_customer_order::OP;
}

/// 支付包年/包月产品订单 — `POST /v3/orders/customer-orders/pay`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PayOrders {
    /// `order_id`: text, ≤ 64 UTF-16 units.
    pub order_id: String,
    /// `use_coupon`: one of `YES`, `NO`.
    pub use_coupon: String,
    /// `use_discount`: one of `YES`, `NO`.
    pub use_discount: String,
    /// `coupon_infos`: list of 1–3 items, each object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coupon_infos: Option<Vec<PayOrdersCouponInfo>>,
    /// `discount_infos`: list of exactly 1 item, each object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_infos: Option<Vec<PayOrdersDiscountInfo>>,
}

impl FromBody for PayOrders {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(PayOrders {
            order_id: f.text(0)?,
            use_coupon: f.text(1)?,
            use_discount: f.text(2)?,
            coupon_infos: f.items::<PayOrdersCouponInfo>(3),
            discount_infos: f.items::<PayOrdersDiscountInfo>(4),
        })
    }
}

/// An item of [`PayOrders`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PayOrdersCouponInfo {
    /// `id`: text, ≤ 64 UTF-16 units.
    pub id: String,
    /// `type`: integer, one of 300, 301, 302, 303.
    pub r#type: i64,
}

impl FromBody for PayOrdersCouponInfo {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(PayOrdersCouponInfo { id: f.text(0)?, r#type: f.int(1)? })
    }
}

/// An item of [`PayOrders`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PayOrdersDiscountInfo {
    /// `id`: text, ≤ 64 UTF-16 units.
    pub id: String,
    /// `type`: integer, one of 0, 1, 2, 3, 609.
    pub r#type: i64,
}

impl FromBody for PayOrdersDiscountInfo {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(PayOrdersDiscountInfo { id: f.text(0)?, r#type: f.int(1)? })
    }
}

impl Request for PayOrders {
    const OPERATION: &'static Operation = &spec::pay_orders::OP;
}

/// 查询客户列表 — `POST /v2/partners/sub-customers/query`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListSubCustomers {
    /// `account_name`: text, ≤ 64 UTF-16 units, no white space.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_name: Option<String>,
    /// `customer`: text, ≤ 64 UTF-16 units, no white space.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// `offset`: integer 0–40000000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// `label`: text, ≤ 64 UTF-16 units, no white space.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `association_type`: one of `1`, `2`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub association_type: Option<String>,
    /// `associated_on_begin`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub associated_on_begin: Option<String>,
    /// `associated_on_end`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub associated_on_end: Option<String>,
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ListSubCustomers {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListSubCustomers {
            account_name: f.text(0),
            customer: f.text(1),
            offset: f.int(2),
            limit: f.int(3),
            label: f.text(4),
            association_type: f.text(5),
            associated_on_begin: f.text(6),
            associated_on_end: f.text(7),
            customer_id: f.text(8),
            indirect_partner_id: f.text(9),
        })
    }
}

impl Request for ListSubCustomers {
    const OPERATION: &'static Operation = &spec::list_sub_customers::OP;
}

/// 查询云经销商列表 — `POST /v2/partners/indirect-partners/query`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListIndirectPartners {
    /// `account_name`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_name: Option<String>,
    /// `associated_on_begin`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub associated_on_begin: Option<String>,
    /// `associated_on_end`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub associated_on_end: Option<String>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
    /// `offset`: integer 0–40000000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl FromBody for ListIndirectPartners {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListIndirectPartners {
            account_name: f.text(0),
            associated_on_begin: f.text(1),
            associated_on_end: f.text(2),
            indirect_partner_id: f.text(3),
            offset: f.int(4),
            limit: f.int(5),
        })
    }
}

impl Request for ListIndirectPartners {
    const OPERATION: &'static Operation = &spec::list_indirect_partners::OP;
}

/// 查询客户账户余额 — `POST /v2/accounts/customer-accounts/balances/batch-query`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListCustomersBalancesDetail {
    /// `customer_infos`: list of 1–100 items, each object.
    pub customer_infos: Vec<ListCustomersBalancesDetailCustomerInfo>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ListCustomersBalancesDetail {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListCustomersBalancesDetail { customer_infos: f.items::<ListCustomersBalancesDetailCustomerInfo>(0)?, indirect_partner_id: f.text(1) })
    }
}

/// An item of [`ListCustomersBalancesDetail`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListCustomersBalancesDetailCustomerInfo {
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    pub customer_id: String,
}

impl FromBody for ListCustomersBalancesDetailCustomerInfo {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListCustomersBalancesDetailCustomerInfo { customer_id: f.text(0)? })
    }
}

impl Request for ListCustomersBalancesDetail {
    const OPERATION: &'static Operation = &spec::list_customers_balances_detail::OP;
}

/// 发放优惠券 — `POST /v2/promotions/benefits/partner-coupons`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CreatePartnerCoupons {
    /// `quota_id`: text, ≤ 64 UTF-16 units.
    pub quota_id: String,
    /// `customer_ids`: list of 1–100 items, each text, ≤ 64 UTF-16 units.
    pub customer_ids: Vec<String>,
    /// `face_value`: amount (string or number) > 0 and ≥ 0.01, ≤ 99999999999, ≤ 2 decimals.
    #[serde(with = "super::amount")]
    pub face_value: Decimal,
    /// `valid_time`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_time: Option<String>,
    /// `expire_time`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire_time: Option<String>,
    /// `cloud_service_types`: list of 0–10 items, each text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cloud_service_types: Option<Vec<String>>,
    /// `product_ids`: list of 0–10 items, each text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_ids: Option<Vec<String>>,
    /// `memo`: text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memo: Option<String>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for CreatePartnerCoupons {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(CreatePartnerCoupons {
            quota_id: f.text(0)?,
            customer_ids: f.texts(1)?,
            face_value: f.amount(2)?,
            valid_time: f.text(3),
            expire_time: f.text(4),
            cloud_service_types: f.texts(5),
            product_ids: f.texts(6),
            memo: f.text(7),
            indirect_partner_id: f.text(8),
        })
    }
}

impl Request for CreatePartnerCoupons {
    const OPERATION: &'static Operation = &spec::create_partner_coupons::OP;
}

/// 回收优惠券 — `POST /v2/promotions/benefits/partner-coupons/reclaim`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReclaimPartnerCoupons {
    /// `coupon_id`: text, ≤ 64 UTF-16 units.
    pub coupon_id: String,
    /// `indirect_partner_id`: text, ≤ 100 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ReclaimPartnerCoupons {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ReclaimPartnerCoupons { coupon_id: f.text(0)?, indirect_partner_id: f.text(1) })
    }
}

impl Request for ReclaimPartnerCoupons {
    const OPERATION: &'static Operation = &spec::reclaim_partner_coupons::OP;
}

/// 向云经销商发放代金券额度 — `POST /v2/partners/coupon-quotas/indirect-partner-adjust`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UpdateCouponQuotas {
    /// `indirect_partner_ids`: list of 1–100 items, each text, ≤ 64 UTF-16 units.
    pub indirect_partner_ids: Vec<String>,
    /// `quota_amount`: amount (string or number) > 0 and ≥ 0.01, ≤ 100000000, ≤ 2 decimals.
    #[serde(with = "super::amount")]
    pub quota_amount: Decimal,
    /// `quota_id`: text, ≤ 64 UTF-16 units.
    pub quota_id: String,
}

impl FromBody for UpdateCouponQuotas {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(UpdateCouponQuotas { indirect_partner_ids: f.texts(0)?, quota_amount: f.amount(1)?, quota_id: f.text(2)? })
    }
}

impl Request for UpdateCouponQuotas {
    const OPERATION: &'static Operation = &spec::update_coupon_quotas::OP;
}

/// 回收云经销商的代金券额度 — `POST /v2/partners/coupon-quotas/indirect-partner-reclaim`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReclaimCouponQuotas {
    /// `quota_ids`: list of 1–10 items, each text, ≤ 64 UTF-16 units.
    pub quota_ids: Vec<String>,
    /// `remark`: text, ≤ 256 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
}

impl FromBody for ReclaimCouponQuotas {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ReclaimCouponQuotas { quota_ids: f.texts(0)?, remark: f.text(1) })
    }
}

impl Request for ReclaimCouponQuotas {
    const OPERATION: &'static Operation = &spec::reclaim_coupon_quotas::OP;
}

/// 查询产品的折扣和激励策略 — `GET /v2/products/incentive-discount-policies`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListIncentiveDiscountPolicies {
    /// `time`: text, ≤ 20 UTF-16 units, format `year_month`.
    pub time: String,
    /// `service_type_code`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_type_code: Option<String>,
    /// `offset`: integer 0–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl FromBody for ListIncentiveDiscountPolicies {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListIncentiveDiscountPolicies { time: f.text(0)?, service_type_code: f.text(1), offset: f.int(2), limit: f.int(3) })
    }
}

impl Request for ListIncentiveDiscountPolicies {
    const OPERATION: &'static Operation = &spec::list_incentive_discount_policies::OP;
}

/// 查询调账记录 — `GET /v3/accounts/partner-accounts/adjust-records`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListPartnerAdjustRecords {
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    /// `operation_type`: one of `SOURCE_OPERATION_BEADJUST`, `SOURCE_OPERATION_BERETRIEVE`, `SOURCE_OPERATION_BEUNBIND`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation_type: Option<String>,
    /// `operation_time_begin`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation_time_begin: Option<String>,
    /// `operation_time_end`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation_time_end: Option<String>,
    /// `trans_id`: text, ≤ 128 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trans_id: Option<String>,
    /// `offset`: integer 0–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ListPartnerAdjustRecords {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListPartnerAdjustRecords {
            customer_id: f.text(0),
            operation_type: f.text(1),
            operation_time_begin: f.text(2),
            operation_time_end: f.text(3),
            trans_id: f.text(4),
            offset: f.int(5),
            limit: f.int(6),
            indirect_partner_id: f.text(7),
        })
    }
}

impl Request for ListPartnerAdjustRecords {
    const OPERATION: &'static Operation = &spec::list_partner_adjust_records::OP;
}

/// 查询伙伴账户余额 — `GET /v2/accounts/partner-accounts/balances`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListPartnerBalances {
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ListPartnerBalances {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListPartnerBalances { indirect_partner_id: f.text(0) })
    }
}

impl Request for ListPartnerBalances {
    const OPERATION: &'static Operation = &spec::list_partner_balances::OP;
}

/// 查询优惠券额度 — `POST /v2/partners/coupon-quotas/query`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListQuotaCoupons {
    /// `quota_ids`: list of ≥ 0 items, each text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quota_ids: Option<Vec<String>>,
    /// `quota_status_list`: list of ≥ 0 items, each integer, one of 0, 3, 4, 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quota_status_list: Option<Vec<i64>>,
    /// `quota_type`: integer, one of 0, 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quota_type: Option<i64>,
    /// `create_time_begin`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time_begin: Option<String>,
    /// `create_time_end`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time_end: Option<String>,
    /// `effective_time_begin`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_time_begin: Option<String>,
    /// `effective_time_end`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_time_end: Option<String>,
    /// `expire_time_begin`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire_time_begin: Option<String>,
    /// `expire_time_end`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire_time_end: Option<String>,
    /// `offset`: integer 0–2147483646.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ListQuotaCoupons {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListQuotaCoupons {
            quota_ids: f.texts(0),
            quota_status_list: f.ints(1),
            quota_type: f.int(2),
            create_time_begin: f.text(3),
            create_time_end: f.text(4),
            effective_time_begin: f.text(5),
            effective_time_end: f.text(6),
            expire_time_begin: f.text(7),
            expire_time_end: f.text(8),
            offset: f.int(9),
            limit: f.int(10),
            indirect_partner_id: f.text(11),
        })
    }
}

impl Request for ListQuotaCoupons {
    const OPERATION: &'static Operation = &spec::list_quota_coupons::OP;
}

/// 查询已发放的优惠券额度 — `GET /v2/partners/issued-coupon-quotas`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListIssuedCouponQuotas {
    /// `quota_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quota_id: Option<String>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
    /// `parent_quota_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_quota_id: Option<String>,
    /// `offset`: integer 0–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl FromBody for ListIssuedCouponQuotas {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListIssuedCouponQuotas {
            quota_id: f.text(0),
            indirect_partner_id: f.text(1),
            parent_quota_id: f.text(2),
            offset: f.int(3),
            limit: f.int(4),
        })
    }
}

impl Request for ListIssuedCouponQuotas {
    const OPERATION: &'static Operation = &spec::list_issued_coupon_quotas::OP;
}

/// 查询客户新客标签 — `POST /v2/partners/sub-customers/new-customers-tags/batch-query`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListSubCustomerNewTag {
    /// `customer_ids`: list of ≥ 0 items, each text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_ids: Option<Vec<String>>,
    /// `offset`: integer 0–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–200.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ListSubCustomerNewTag {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListSubCustomerNewTag { customer_ids: f.texts(0), offset: f.int(1), limit: f.int(2), indirect_partner_id: f.text(3) })
    }
}

impl Request for ListSubCustomerNewTag {
    const OPERATION: &'static Operation = &spec::list_sub_customer_new_tag::OP;
}

/// 查询消费客户列表 — `POST /v2/bills/subcustomer-bills/res-fee-records/sub-customers/query`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListConsumeSubCustomers {
    /// `bill_cycle`: text, ≤ 10 UTF-16 units, format `year_month`.
    pub bill_cycle: String,
    /// `offset`: integer 0–2147483646.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl FromBody for ListConsumeSubCustomers {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListConsumeSubCustomers { bill_cycle: f.text(0)?, offset: f.int(1), limit: f.int(2) })
    }
}

impl Request for ListConsumeSubCustomers {
    const OPERATION: &'static Operation = &spec::list_consume_sub_customers::OP;
}

/// 续订包年/包月资源 — `POST /v2/orders/subscriptions/resources/renew`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RenewalResources {
    /// `resource_ids`: list of 1–10 items, each text, any length.
    pub resource_ids: Vec<String>,
    /// `period_type`: integer, one of 2, 3.
    pub period_type: i64,
    /// `period_num`: integer 1–11.
    pub period_num: i64,
    /// `is_auto_pay`: integer, one of 0, 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_auto_pay: Option<i64>,
}

impl FromBody for RenewalResources {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(RenewalResources { resource_ids: f.texts(0)?, period_type: f.int(1)?, period_num: f.int(2)?, is_auto_pay: f.int(3) })
    }
}

impl Request for RenewalResources {
    const OPERATION: &'static Operation = &spec::renewal_resources::OP;
}

/// 退订包年/包月资源 — `POST /v2/orders/subscriptions/resources/unsubscribe`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CancelResourcesSubscription {
    /// `resource_ids`: list of 1–10 items, each text, any length.
    pub resource_ids: Vec<String>,
    /// `unsubscribe_type`: integer, one of 1, 2.
    pub unsubscribe_type: i64,
    /// `unsubscribe_reason_type`: integer 1–5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unsubscribe_reason_type: Option<i64>,
    /// `unsubscribe_reason`: text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unsubscribe_reason: Option<String>,
}

impl FromBody for CancelResourcesSubscription {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(CancelResourcesSubscription {
            resource_ids: f.texts(0)?,
            unsubscribe_type: f.int(1)?,
            unsubscribe_reason_type: f.int(2),
            unsubscribe_reason: f.text(3),
        })
    }
}

impl Request for CancelResourcesSubscription {
    const OPERATION: &'static Operation = &spec::cancel_resources_subscription::OP;
}

/// 查询订单列表 — `GET /v2/orders/customer-orders`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListCustomerOrders {
    /// `order_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_id: Option<String>,
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    /// `create_time_begin`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time_begin: Option<String>,
    /// `create_time_end`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time_end: Option<String>,
    /// `service_type_code`: text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_type_code: Option<String>,
    /// `status`: integer, one of 1, 3, 4, 5, 6, 9.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// `order_type`: one of `1`, `2`, `3`, `4`, `10`, `11`, `13`, `14`, `15`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_type: Option<String>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// `offset`: integer 0–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `order_by`: one of `createTime`, `-createTime` (any case).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_by: Option<String>,
    /// `payment_time_begin`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_time_begin: Option<String>,
    /// `payment_time_end`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_time_end: Option<String>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
    /// `method`: one of `oneself`, `sub_customer`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
}

impl FromBody for ListCustomerOrders {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListCustomerOrders {
            order_id: f.text(0),
            customer_id: f.text(1),
            create_time_begin: f.text(2),
            create_time_end: f.text(3),
            service_type_code: f.text(4),
            status: f.int(5),
            order_type: f.text(6),
            limit: f.int(7),
            offset: f.int(8),
            order_by: f.text(9),
            payment_time_begin: f.text(10),
            payment_time_end: f.text(11),
            indirect_partner_id: f.text(12),
            method: f.text(13),
        })
    }
}

impl Request for ListCustomerOrders {
    const OPERATION: &'static Operation = &spec::list_customer_orders::OP;
}

/// 冻结客户 — `POST /v2/partners/sub-customers/freeze`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FreezeSubCustomers {
    /// `customer_ids`: list of 1–10 items, each text, ≤ 64 UTF-16 units.
    pub customer_ids: Vec<String>,
    /// `reason`: text, ≤ 256 UTF-16 units.
    pub reason: String,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
    /// `freeze_type`: one of `ACCOUNT`, `ACCOUNT_AND_RESOURCE`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freeze_type: Option<String>,
}

impl FromBody for FreezeSubCustomers {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(FreezeSubCustomers { customer_ids: f.texts(0)?, reason: f.text(1)?, indirect_partner_id: f.text(2), freeze_type: f.text(3) })
    }
}

impl Request for FreezeSubCustomers {
    const OPERATION: &'static Operation = &spec::freeze_sub_customers::OP;
}

/// 解冻客户 — `POST /v2/partners/sub-customers/unfreeze`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnfreezeSubCustomers {
    /// `customer_ids`: list of 1–10 items, each text, ≤ 64 UTF-16 units.
    pub customer_ids: Vec<String>,
    /// `reason`: text, ≤ 256 UTF-16 units.
    pub reason: String,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
    /// `unfreeze_type`: one of `ACCOUNT`, `ACCOUNT_AND_RESOURCE`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unfreeze_type: Option<String>,
}

impl FromBody for UnfreezeSubCustomers {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(UnfreezeSubCustomers { customer_ids: f.texts(0)?, reason: f.text(1)?, indirect_partner_id: f.text(2), unfreeze_type: f.text(3) })
    }
}

impl Request for UnfreezeSubCustomers {
    const OPERATION: &'static Operation = &spec::unfreeze_sub_customers::OP;
}

/// 查询代金券额度的发放回收记录 — `GET /v2/partners/coupon-quotas/records`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListCouponQuotasRecords {
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
    /// `quota_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quota_id: Option<String>,
    /// `operation_time_begin`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation_time_begin: Option<String>,
    /// `operation_time_end`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation_time_end: Option<String>,
    /// `parent_quota_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_quota_id: Option<String>,
    /// `operation_type`: text, ≤ 8 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation_type: Option<String>,
    /// `offset`: integer 0–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl FromBody for ListCouponQuotasRecords {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListCouponQuotasRecords {
            indirect_partner_id: f.text(0),
            quota_id: f.text(1),
            operation_time_begin: f.text(2),
            operation_time_end: f.text(3),
            parent_quota_id: f.text(4),
            operation_type: f.text(5),
            offset: f.int(6),
            limit: f.int(7),
        })
    }
}

impl Request for ListCouponQuotasRecords {
    const OPERATION: &'static Operation = &spec::list_coupon_quotas_records::OP;
}

/// 查询已发放的优惠券 — `GET /v2/promotions/benefits/partner-coupons`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListIssuedPartnerCoupons {
    /// `coupon_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coupon_id: Option<String>,
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    /// `order_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_id: Option<String>,
    /// `coupon_type`: integer, one of 1, 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coupon_type: Option<i64>,
    /// `status`: integer, one of 1, 2, 3, 4, 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// `create_time_begin`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time_begin: Option<String>,
    /// `create_time_end`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time_end: Option<String>,
    /// `effective_time_begin`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_time_begin: Option<String>,
    /// `effective_time_end`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_time_end: Option<String>,
    /// `expire_time_begin`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire_time_begin: Option<String>,
    /// `expire_time_end`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire_time_end: Option<String>,
    /// `offset`: integer 0–2147483646.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ListIssuedPartnerCoupons {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListIssuedPartnerCoupons {
            coupon_id: f.text(0),
            customer_id: f.text(1),
            order_id: f.text(2),
            coupon_type: f.int(3),
            status: f.int(4),
            create_time_begin: f.text(5),
            create_time_end: f.text(6),
            effective_time_begin: f.text(7),
            effective_time_end: f.text(8),
            expire_time_begin: f.text(9),
            expire_time_end: f.text(10),
            offset: f.int(11),
            limit: f.int(12),
            indirect_partner_id: f.text(13),
        })
    }
}

impl Request for ListIssuedPartnerCoupons {
    const OPERATION: &'static Operation = &spec::list_issued_partner_coupons::OP;
}

/// 查询优惠券的发放回收记录 — `GET /v2/promotions/benefits/partner-coupons/records/query`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListPartnerCouponsRecord {
    /// `operation_types`: list of 0–8 items, each one of `1`, `2`, `3`, `4`, `5`, `6`, `7`, `8`, `9`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation_types: Option<Vec<String>>,
    /// `quota_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quota_id: Option<String>,
    /// `quota_type`: integer, one of 0, 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quota_type: Option<i64>,
    /// `coupon_ids`: list of 0–100 items, each text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coupon_ids: Option<Vec<String>>,
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    /// `operation_time_begin`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation_time_begin: Option<String>,
    /// `operation_time_end`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation_time_end: Option<String>,
    /// `result`: text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    /// `offset`: integer 0–2147483646.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ListPartnerCouponsRecord {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListPartnerCouponsRecord {
            operation_types: f.texts(0),
            quota_id: f.text(1),
            quota_type: f.int(2),
            coupon_ids: f.texts(3),
            customer_id: f.text(4),
            operation_time_begin: f.text(5),
            operation_time_end: f.text(6),
            result: f.text(7),
            offset: f.int(8),
            limit: f.int(9),
            indirect_partner_id: f.text(10),
        })
    }
}

impl Request for ListPartnerCouponsRecord {
    const OPERATION: &'static Operation = &spec::list_partner_coupons_record::OP;
}

/// 查询收支明细 — `GET /v2/accounts/partner-accounts/account-change-records`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListPartnerAccountChangeRecords {
    /// `balance_type`: one of `BALANCE_TYPE_DEBIT`, `BALANCE_TYPE_CREDIT`.
    pub balance_type: String,
    /// `trade_type`: one of `RECHARGE`, `DEDEUCT`, `REFUND`, `RFROZEN`, `TRANS`, `ADJUST`, `BEADJUST`, `BERETRIEVE`, `BEUNBIND`, `BONUSCONVERT`, `TRADE_MODE_TRANSFER`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trade_type: Option<String>,
    /// `trade_time_begin`: text, ≤ 10 UTF-16 units, format `date`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trade_time_begin: Option<String>,
    /// `trade_time_end`: text, ≤ 10 UTF-16 units, format `date`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trade_time_end: Option<String>,
    /// `offset`: integer 0–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ListPartnerAccountChangeRecords {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListPartnerAccountChangeRecords {
            balance_type: f.text(0)?,
            trade_type: f.text(1),
            trade_time_begin: f.text(2),
            trade_time_end: f.text(3),
            offset: f.int(4),
            limit: f.int(5),
            indirect_partner_id: f.text(6),
        })
    }
}

impl Request for ListPartnerAccountChangeRecords {
    const OPERATION: &'static Operation = &spec::list_partner_account_change_records::OP;
}

/// 查询伙伴子客户消费记录 — `GET /v2/bills/subcustomer-bills/res-fee-records`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListSubCustomerBillDetail {
    /// `bill_cycle`: text, ≤ 7 UTF-16 units, format `year_month`.
    pub bill_cycle: String,
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    pub customer_id: String,
    /// `service_type_code`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_type_code: Option<String>,
    /// `region_code`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region_code: Option<String>,
    /// `charging_mode`: integer, one of 1, 3, 10, 11.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charging_mode: Option<i64>,
    /// `bill_detail_type`: integer 0–127.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bill_detail_type: Option<i64>,
    /// `resource_id`: text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// `resource_name`: text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `trade_id`: text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trade_id: Option<String>,
    /// `account_manager_id`: text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_manager_id: Option<String>,
    /// `association_type`: one of `1`, `2`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub association_type: Option<String>,
    /// `offset`: integer 0–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
    /// `bill_date_begin`: text, any length, format `date`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bill_date_begin: Option<String>,
    /// `bill_date_end`: text, any length, format `date`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bill_date_end: Option<String>,
}

impl FromBody for ListSubCustomerBillDetail {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListSubCustomerBillDetail {
            bill_cycle: f.text(0)?,
            customer_id: f.text(1)?,
            service_type_code: f.text(2),
            region_code: f.text(3),
            charging_mode: f.int(4),
            bill_detail_type: f.int(5),
            resource_id: f.text(6),
            resource_name: f.text(7),
            trade_id: f.text(8),
            account_manager_id: f.text(9),
            association_type: f.text(10),
            offset: f.int(11),
            limit: f.int(12),
            indirect_partner_id: f.text(13),
            bill_date_begin: f.text(14),
            bill_date_end: f.text(15),
        })
    }
}

impl Request for ListSubCustomerBillDetail {
    const OPERATION: &'static Operation = &spec::list_sub_customer_bill_detail::OP;
}

/// 查询客户月度消费账单 — `GET /v2/bills/partner-bills/subcustomer-bills/monthly-sum`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListSubcustomerMonthlyBills {
    /// `cycle`: text, ≤ 10 UTF-16 units, format `year_month`.
    pub cycle: String,
    /// `charge_mode`: one of `1`, `3`, `11`.
    pub charge_mode: String,
    /// `bill_type`: one of `0`, `1`, `2`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bill_type: Option<String>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    /// `cloud_service_type`: text, ≤ 256 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cloud_service_type: Option<String>,
    /// `offset`: integer 0–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl FromBody for ListSubcustomerMonthlyBills {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListSubcustomerMonthlyBills {
            cycle: f.text(0)?,
            charge_mode: f.text(1)?,
            bill_type: f.text(2),
            indirect_partner_id: f.text(3),
            customer_id: f.text(4),
            cloud_service_type: f.text(5),
            offset: f.int(6),
            limit: f.int(7),
        })
    }
}

impl Request for ListSubcustomerMonthlyBills {
    const OPERATION: &'static Operation = &spec::list_subcustomer_monthly_bills::OP;
}

/// 查询客户按需资源列表 — `POST /v2/partners/sub-customers/on-demand-resources/query`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListCustomerOnDemandResources {
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    pub customer_id: String,
    /// `region_code`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region_code: Option<String>,
    /// `service_type_code`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_type_code: Option<String>,
    /// `resource_ids`: list of 0–50 items, each text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_ids: Option<Vec<String>>,
    /// `effective_time_begin`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_time_begin: Option<String>,
    /// `effective_time_end`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_time_end: Option<String>,
    /// `offset`: integer 0–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// `status`: integer, one of 1, 2, 3, 4, 5, 6.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ListCustomerOnDemandResources {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListCustomerOnDemandResources {
            customer_id: f.text(0)?,
            region_code: f.text(1),
            service_type_code: f.text(2),
            resource_ids: f.texts(3),
            effective_time_begin: f.text(4),
            effective_time_end: f.text(5),
            offset: f.int(6),
            limit: f.int(7),
            status: f.int(8),
            indirect_partner_id: f.text(9),
        })
    }
}

impl Request for ListCustomerOnDemandResources {
    const OPERATION: &'static Operation = &spec::list_customer_on_demand_resources::OP;
}

/// 查询优惠券列表 — `GET /v2/promotions/benefits/coupons`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListSubCustomerCoupons {
    /// `coupon_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coupon_id: Option<String>,
    /// `order_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_id: Option<String>,
    /// `promotion_plan_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub promotion_plan_id: Option<String>,
    /// `coupon_type`: integer, one of 1, 2, 3, 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coupon_type: Option<i64>,
    /// `status`: integer, one of 1, 2, 3, 4, 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// `active_start_time`: text, ≤ 64 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active_start_time: Option<String>,
    /// `active_end_time`: text, ≤ 64 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active_end_time: Option<String>,
    /// `offset`: integer 0–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// `source_id`: text, ≤ 255 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ListSubCustomerCoupons {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListSubCustomerCoupons {
            coupon_id: f.text(0),
            order_id: f.text(1),
            promotion_plan_id: f.text(2),
            coupon_type: f.int(3),
            status: f.int(4),
            active_start_time: f.text(5),
            active_end_time: f.text(6),
            offset: f.int(7),
            limit: f.int(8),
            source_id: f.text(9),
            indirect_partner_id: f.text(10),
        })
    }
}

impl Request for ListSubCustomerCoupons {
    const OPERATION: &'static Operation = &spec::list_sub_customer_coupons::OP;
}

/// 申请个人实名认证 — `POST /v2/customers/realname-auths/individual`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CreatePersonalRealnameAuth {
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    pub customer_id: String,
    /// `identify_type`: integer, one of 0, 4.
    pub identify_type: i64,
    /// `verified_type`: integer, one of 3, 5, 6, 9, 10.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verified_type: Option<i64>,
    /// `verified_file_url`: list of 1–4 items, each text, any length.
    pub verified_file_url: Vec<String>,
    /// `name`: text, ≤ 255 UTF-16 units.
    pub name: String,
    /// `verified_number`: text, ≤ 32 UTF-16 units.
    pub verified_number: String,
    /// `change_type`: integer, one of -1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change_type: Option<i64>,
    /// `xaccount_type`: text, ≤ 64 UTF-16 units.
    pub xaccount_type: String,
    /// `bank_card_info`: object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank_card_info: Option<CreatePersonalRealnameAuthBankCardInfo>,
}

impl FromBody for CreatePersonalRealnameAuth {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(CreatePersonalRealnameAuth {
            customer_id: f.text(0)?,
            identify_type: f.int(1)?,
            verified_type: f.int(2),
            verified_file_url: f.texts(3)?,
            name: f.text(4)?,
            verified_number: f.text(5)?,
            change_type: f.int(6),
            xaccount_type: f.text(7)?,
            bank_card_info: f.object::<CreatePersonalRealnameAuthBankCardInfo>(8),
        })
    }
}

/// An item of [`CreatePersonalRealnameAuth`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CreatePersonalRealnameAuthBankCardInfo {
    /// `bank_account`: text, any length, format `bank_account`.
    pub bank_account: String,
    /// `areacode`: text, any length.
    pub areacode: String,
    /// `mobile`: text, ≤ 32 UTF-16 units, format `mobile_digits`.
    pub mobile: String,
    /// `verification_code`: text, exactly 6 UTF-16 units, a verification code.
    pub verification_code: String,
}

impl FromBody for CreatePersonalRealnameAuthBankCardInfo {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(CreatePersonalRealnameAuthBankCardInfo {
            bank_account: f.text(0)?,
            areacode: f.text(1)?,
            mobile: f.text(2)?,
            verification_code: f.text(3)?,
        })
    }
}

impl Request for CreatePersonalRealnameAuth {
    const OPERATION: &'static Operation = &spec::create_personal_realname_auth::OP;
}

/// 申请企业实名认证 — `POST /v2/customers/realname-auths/enterprise`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CreateEnterpriseRealnameAuthentication {
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    pub customer_id: String,
    /// `identify_type`: integer, one of 1.
    pub identify_type: i64,
    /// `certificate_type`: integer, one of 0, 1, 2, 3, 4, 99.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate_type: Option<i64>,
    /// `verified_file_url`: list of 1–4 items, each text, any length.
    pub verified_file_url: Vec<String>,
    /// `corp_name`: text, ≤ 255 UTF-16 units, format `corp_name`.
    pub corp_name: String,
    /// `verified_number`: text, any length.
    pub verified_number: String,
    /// `reg_country`: text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reg_country: Option<String>,
    /// `reg_address`: text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reg_address: Option<String>,
    /// `xaccount_type`: text, ≤ 64 UTF-16 units.
    pub xaccount_type: String,
    /// `enterprise_person`: object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_person: Option<CreateEnterpriseRealnameAuthenticationEnterprisePerson>,
}

impl FromBody for CreateEnterpriseRealnameAuthentication {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(CreateEnterpriseRealnameAuthentication {
            customer_id: f.text(0)?,
            identify_type: f.int(1)?,
            certificate_type: f.int(2),
            verified_file_url: f.texts(3)?,
            corp_name: f.text(4)?,
            verified_number: f.text(5)?,
            reg_country: f.text(6),
            reg_address: f.text(7),
            xaccount_type: f.text(8)?,
            enterprise_person: f.object::<CreateEnterpriseRealnameAuthenticationEnterprisePerson>(9),
        })
    }
}

/// An item of [`CreateEnterpriseRealnameAuthentication`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CreateEnterpriseRealnameAuthenticationEnterprisePerson {
    /// `legel_name`: text, any length.
    pub legel_name: String,
    /// `legel_id_number`: text, any length.
    pub legel_id_number: String,
    /// `certifier_role`: one of `legalPerson`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certifier_role: Option<String>,
}

impl FromBody for CreateEnterpriseRealnameAuthenticationEnterprisePerson {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(CreateEnterpriseRealnameAuthenticationEnterprisePerson {
            legel_name: f.text(0)?,
            legel_id_number: f.text(1)?,
            certifier_role: f.text(2),
        })
    }
}

impl Request for CreateEnterpriseRealnameAuthentication {
    const OPERATION: &'static Operation = &spec::create_enterprise_realname_authentication::OP;
}

/// 申请实名认证变更 — `PUT /v2/customers/realname-auths/enterprise`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangeEnterpriseRealnameAuthentication {
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    pub customer_id: String,
    /// `identify_type`: integer, one of 1.
    pub identify_type: i64,
    /// `certificate_type`: integer, one of 0, 1, 2, 3, 4, 99.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate_type: Option<i64>,
    /// `verified_file_url`: list of 1–4 items, each text, any length.
    pub verified_file_url: Vec<String>,
    /// `corp_name`: text, ≤ 255 UTF-16 units, format `corp_name`.
    pub corp_name: String,
    /// `verified_number`: text, any length.
    pub verified_number: String,
    /// `reg_country`: text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reg_country: Option<String>,
    /// `reg_address`: text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reg_address: Option<String>,
    /// `change_type`: integer, one of 1.
    pub change_type: i64,
    /// `xaccount_type`: text, ≤ 64 UTF-16 units.
    pub xaccount_type: String,
    /// `enterprise_person`: object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_person: Option<ChangeEnterpriseRealnameAuthenticationEnterprisePerson>,
}

impl FromBody for ChangeEnterpriseRealnameAuthentication {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ChangeEnterpriseRealnameAuthentication {
            customer_id: f.text(0)?,
            identify_type: f.int(1)?,
            certificate_type: f.int(2),
            verified_file_url: f.texts(3)?,
            corp_name: f.text(4)?,
            verified_number: f.text(5)?,
            reg_country: f.text(6),
            reg_address: f.text(7),
            change_type: f.int(8)?,
            xaccount_type: f.text(9)?,
            enterprise_person: f.object::<ChangeEnterpriseRealnameAuthenticationEnterprisePerson>(10),
        })
    }
}

/// An item of [`ChangeEnterpriseRealnameAuthentication`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangeEnterpriseRealnameAuthenticationEnterprisePerson {
    /// `legel_name`: text, any length.
    pub legel_name: String,
    /// `legel_id_number`: text, any length.
    pub legel_id_number: String,
    /// `certifier_role`: one of `legalPerson`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certifier_role: Option<String>,
}

impl FromBody for ChangeEnterpriseRealnameAuthenticationEnterprisePerson {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ChangeEnterpriseRealnameAuthenticationEnterprisePerson {
            legel_name: f.text(0)?,
            legel_id_number: f.text(1)?,
            certifier_role: f.text(2),
        })
    }
}

impl Request for ChangeEnterpriseRealnameAuthentication {
    const OPERATION: &'static Operation = &spec::change_enterprise_realname_authentication::OP;
}

/// 查询实名认证审核结果 — `GET /v2/customers/realname-auths/result`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShowRealnameAuthenticationReviewResult {
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    pub customer_id: String,
}

impl FromBody for ShowRealnameAuthenticationReviewResult {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ShowRealnameAuthenticationReviewResult { customer_id: f.text(0)? })
    }
}

impl Request for ShowRealnameAuthenticationReviewResult {
    const OPERATION: &'static Operation = &spec::show_realname_authentication_review_result::OP;
}

/// 查询按需产品价格 — `POST /v2/bills/ratings/on-demand-resources`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListOnDemandResourceRatings {
    /// `project_id`: text, ≤ 64 UTF-16 units.
    pub project_id: String,
    /// `inquiry_precision`: integer, one of 0, 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inquiry_precision: Option<i64>,
    /// `product_infos`: list of 1–100 items, each object.
    pub product_infos: Vec<ListOnDemandResourceRatingsProductInfo>,
}

impl FromBody for ListOnDemandResourceRatings {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListOnDemandResourceRatings {
            project_id: f.text(0)?,
            inquiry_precision: f.int(1),
            product_infos: f.items::<ListOnDemandResourceRatingsProductInfo>(2)?,
        })
    }
}

/// An item of [`ListOnDemandResourceRatings`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListOnDemandResourceRatingsProductInfo {
    /// `id`: text, ≤ 64 UTF-16 units.
    pub id: String,
    /// `cloud_service_type`: text, ≤ 400 UTF-16 units.
    pub cloud_service_type: String,
    /// `resource_type`: text, ≤ 400 UTF-16 units.
    pub resource_type: String,
    /// `resource_spec`: text, ≤ 400 UTF-16 units.
    pub resource_spec: String,
    /// `region`: text, any length.
    pub region: String,
    /// `available_zone`: text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available_zone: Option<String>,
    /// `resource_size`: integer 1–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_size: Option<i64>,
    /// `size_measure_id`: integer 0–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size_measure_id: Option<i64>,
    /// `usage_factor`: text, any length.
    pub usage_factor: String,
    /// `usage_value`: decimal (string or number) ≥ 0, any scale.
    pub usage_value: String,
    /// `usage_measure_id`: integer 0–9999.
    pub usage_measure_id: i64,
    /// `subscription_num`: integer 1–10000.
    pub subscription_num: i64,
}

impl FromBody for ListOnDemandResourceRatingsProductInfo {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListOnDemandResourceRatingsProductInfo {
            id: f.text(0)?,
            cloud_service_type: f.text(1)?,
            resource_type: f.text(2)?,
            resource_spec: f.text(3)?,
            region: f.text(4)?,
            available_zone: f.text(5),
            resource_size: f.int(6),
            size_measure_id: f.int(7),
            usage_factor: f.text(8)?,
            usage_value: f.decimal(9)?,
            usage_measure_id: f.int(10)?,
            subscription_num: f.int(11)?,
        })
    }
}

impl Request for ListOnDemandResourceRatings {
    const OPERATION: &'static Operation = &spec::list_on_demand_resource_ratings::OP;
}

/// 查询包年/包月产品价格 — `POST /v2/bills/ratings/period-resources/subscribe-rate`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListRateOnPeriodDetail {
    /// `project_id`: text, ≤ 64 UTF-16 units.
    pub project_id: String,
    /// `product_infos`: list of 1–100 items, each object.
    pub product_infos: Vec<ListRateOnPeriodDetailProductInfo>,
}

impl FromBody for ListRateOnPeriodDetail {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListRateOnPeriodDetail { project_id: f.text(0)?, product_infos: f.items::<ListRateOnPeriodDetailProductInfo>(1)? })
    }
}

/// An item of [`ListRateOnPeriodDetail`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListRateOnPeriodDetailProductInfo {
    /// `id`: text, ≤ 64 UTF-16 units.
    pub id: String,
    /// `cloud_service_type`: text, ≤ 400 UTF-16 units.
    pub cloud_service_type: String,
    /// `resource_type`: text, ≤ 400 UTF-16 units.
    pub resource_type: String,
    /// `resource_spec`: text, ≤ 400 UTF-16 units.
    pub resource_spec: String,
    /// `region`: text, any length.
    pub region: String,
    /// `available_zone`: text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available_zone: Option<String>,
    /// `resource_size`: integer 1–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_size: Option<i64>,
    /// `size_measure_id`: integer 0–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size_measure_id: Option<i64>,
    /// `period_type`: integer, one of 0, 2, 3, 4.
    pub period_type: i64,
    /// `period_num`: integer 1–2147483647.
    pub period_num: i64,
    /// `subscription_num`: integer 1–10000.
    pub subscription_num: i64,
    /// `fee_installment_mode`: one of `HALF_PAY`, `ZERO_PAY`, `NA`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fee_installment_mode: Option<String>,
}

impl FromBody for ListRateOnPeriodDetailProductInfo {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListRateOnPeriodDetailProductInfo {
            id: f.text(0)?,
            cloud_service_type: f.text(1)?,
            resource_type: f.text(2)?,
            resource_spec: f.text(3)?,
            region: f.text(4)?,
            available_zone: f.text(5),
            resource_size: f.int(6),
            size_measure_id: f.int(7),
            period_type: f.int(8)?,
            period_num: f.int(9)?,
            subscription_num: f.int(10)?,
            fee_installment_mode: f.text(11),
        })
    }
}

impl Request for ListRateOnPeriodDetail {
    const OPERATION: &'static Operation = &spec::list_rate_on_period_detail::OP;
}

/// 查询云服务类型列表 — `GET /v2/products/service-types`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListServiceTypes {
    /// `limit`: integer 1–1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// `offset`: integer 0–1000000000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `service_type_name`: text, 1–128 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_type_name: Option<String>,
}

impl FromBody for ListServiceTypes {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListServiceTypes { limit: f.int(0), offset: f.int(1), service_type_name: f.text(2) })
    }
}

impl Request for ListServiceTypes {
    const OPERATION: &'static Operation = &spec::list_service_types::OP;
}

/// 查询资源类型列表 — `GET /v2/products/resource-types`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListResourceTypes {
    /// `limit`: integer 1–1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// `offset`: integer 0–1000000000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
}

impl FromBody for ListResourceTypes {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListResourceTypes { limit: f.int(0), offset: f.int(1) })
    }
}

impl Request for ListResourceTypes {
    const OPERATION: &'static Operation = &spec::list_resource_types::OP;
}

/// 根据云服务类型查询资源类型列表 — `GET /v2/products/service-resources`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListServiceResources {
    /// `service_type_code`: text, ≤ 64 UTF-16 units.
    pub service_type_code: String,
    /// `offset`: integer 0–10000000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl FromBody for ListServiceResources {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListServiceResources { service_type_code: f.text(0)?, offset: f.int(1), limit: f.int(2) })
    }
}

impl Request for ListServiceResources {
    const OPERATION: &'static Operation = &spec::list_service_resources::OP;
}

/// 查询使用量类型列表 — `GET /v2/products/usage-types`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListUsageTypes {
    /// `resource_type_code`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_type_code: Option<String>,
    /// `offset`: integer 0–100000000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl FromBody for ListUsageTypes {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListUsageTypes { resource_type_code: f.text(0), offset: f.int(1), limit: f.int(2) })
    }
}

impl Request for ListUsageTypes {
    const OPERATION: &'static Operation = &spec::list_usage_types::OP;
}

/// 查询度量单位进制 — `GET /v2/bases/conversions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListConversions {
    /// `measure_type`: integer -2147483648–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measure_type: Option<i64>,
}

impl FromBody for ListConversions {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListConversions { measure_type: f.int(0) })
    }
}

impl Request for ListConversions {
    const OPERATION: &'static Operation = &spec::list_conversions::OP;
}

/// 查询度量单位列表 — `GET /v2/bases/measurements`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListMeasureUnits {}

impl FromBody for ListMeasureUnits {
    fn build(_: &Fields<'_>) -> Option<Self> {
        Some(ListMeasureUnits {})
    }
}

impl Request for ListMeasureUnits {
    const OPERATION: &'static Operation = &spec::list_measure_units::OP;
}

/// 查询省份信息 — `GET /v2/systems/configs/provinces`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListProvinces {
    /// `offset`: integer 0–1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl FromBody for ListProvinces {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListProvinces { offset: f.int(0), limit: f.int(1) })
    }
}

impl Request for ListProvinces {
    const OPERATION: &'static Operation = &spec::list_provinces::OP;
}

/// 查询城市信息 — `GET /v2/systems/configs/cities`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListCities {
    /// `province_code`: text, ≤ 40 UTF-16 units.
    pub province_code: String,
    /// `offset`: integer 0–1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl FromBody for ListCities {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListCities { province_code: f.text(0)?, offset: f.int(1), limit: f.int(2) })
    }
}

impl Request for ListCities {
    const OPERATION: &'static Operation = &spec::list_cities::OP;
}

/// 查询区县信息 — `GET /v2/systems/configs/counties`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListCounties {
    /// `city_code`: text, ≤ 20 UTF-16 units.
    pub city_code: String,
    /// `offset`: integer 0–1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl FromBody for ListCounties {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListCounties { city_code: f.text(0)?, offset: f.int(1), limit: f.int(2) })
    }
}

impl Request for ListCounties {
    const OPERATION: &'static Operation = &spec::list_counties::OP;
}

/// 查询订单详情 — `GET /v2/orders/customer-orders/details/{order_id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShowCustomerOrderDetails {
    /// `order_id`: text, ≤ 64 UTF-16 units.
    pub order_id: String,
    /// `offset`: integer 0–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ShowCustomerOrderDetails {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ShowCustomerOrderDetails { order_id: f.text(0)?, offset: f.int(1), limit: f.int(2), indirect_partner_id: f.text(3) })
    }
}

impl Request for ShowCustomerOrderDetails {
    const OPERATION: &'static Operation = &spec::show_customer_order_details::OP;
}

/// 查询订单可用优惠券 — `GET /v2/orders/customer-orders/order-coupons`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListOrderCouponsByOrderId {
    /// `order_id`: text, ≤ 64 UTF-16 units.
    pub order_id: String,
}

impl FromBody for ListOrderCouponsByOrderId {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListOrderCouponsByOrderId { order_id: f.text(0)? })
    }
}

impl Request for ListOrderCouponsByOrderId {
    const OPERATION: &'static Operation = &spec::list_order_coupons_by_order_id::OP;
}

/// 查询订单可用折扣 — `GET /v2/orders/customer-orders/order-discounts`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListOrderDiscounts {
    /// `order_id`: text, ≤ 64 UTF-16 units.
    pub order_id: String,
}

impl FromBody for ListOrderDiscounts {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListOrderDiscounts { order_id: f.text(0)? })
    }
}

impl Request for ListOrderDiscounts {
    const OPERATION: &'static Operation = &spec::list_order_discounts::OP;
}

/// 查询客户包年/包月资源列表 — `POST /v2/orders/suscriptions/resources/query`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListPayPerUseCustomerResources {
    /// `resource_ids`: list of 0–50 items, each text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_ids: Option<Vec<String>>,
    /// `order_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_id: Option<String>,
    /// `only_main_resource`: integer, one of 0, 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only_main_resource: Option<i64>,
    /// `status_list`: list of 0–10 items, each integer, one of 2, 3, 4, 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_list: Option<Vec<i64>>,
    /// `offset`: integer 0–2147483646.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–500.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// `expire_time_begin`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire_time_begin: Option<String>,
    /// `expire_time_end`: text, ≤ 20 UTF-16 units, format `utc_datetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire_time_end: Option<String>,
    /// `service_type_code`: text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_type_code: Option<String>,
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
}

impl FromBody for ListPayPerUseCustomerResources {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListPayPerUseCustomerResources {
            resource_ids: f.texts(0),
            order_id: f.text(1),
            only_main_resource: f.int(2),
            status_list: f.ints(3),
            offset: f.int(4),
            limit: f.int(5),
            expire_time_begin: f.text(6),
            expire_time_end: f.text(7),
            service_type_code: f.text(8),
            customer_id: f.text(9),
        })
    }
}

impl Request for ListPayPerUseCustomerResources {
    const OPERATION: &'static Operation = &spec::list_pay_per_use_customer_resources::OP;
}

/// 查询退款订单的金额详情 — `GET /v2/orders/customer-orders/refund-orders`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShowRefundOrderDetails {
    /// `order_id`: text, ≤ 64 UTF-16 units.
    pub order_id: String,
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ShowRefundOrderDetails {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ShowRefundOrderDetails { order_id: f.text(0)?, customer_id: f.text(1), indirect_partner_id: f.text(2) })
    }
}

impl Request for ShowRefundOrderDetails {
    const OPERATION: &'static Operation = &spec::show_refund_order_details::OP;
}

/// 查询资源包列表 — `POST /v3/payments/free-resources/query`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListFreeResourceInfos {
    /// `region_code`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region_code: Option<String>,
    /// `order_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_id: Option<String>,
    /// `product_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// `product_name`: text, ≤ 256 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// `enterprise_project_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_project_id: Option<String>,
    /// `status`: integer 0–4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// `offset`: integer 0–999999.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// `service_type_code_list`: list of 0–10 items, each text, any length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_type_code_list: Option<Vec<String>>,
}

impl FromBody for ListFreeResourceInfos {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListFreeResourceInfos {
            region_code: f.text(0),
            order_id: f.text(1),
            product_id: f.text(2),
            product_name: f.text(3),
            enterprise_project_id: f.text(4),
            status: f.int(5),
            offset: f.int(6),
            limit: f.int(7),
            service_type_code_list: f.texts(8),
        })
    }
}

impl Request for ListFreeResourceInfos {
    const OPERATION: &'static Operation = &spec::list_free_resource_infos::OP;
}

/// 查询资源包使用量 — `POST /v2/payments/free-resources/usages/details/query`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListFreeResourceUsages {
    /// `free_resource_ids`: list of 1–100 items, each text, ≤ 64 UTF-16 units.
    pub free_resource_ids: Vec<String>,
}

impl FromBody for ListFreeResourceUsages {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListFreeResourceUsages { free_resource_ids: f.texts(0)? })
    }
}

impl Request for ListFreeResourceUsages {
    const OPERATION: &'static Operation = &spec::list_free_resource_usages::OP;
}

/// 设置包年/包月资源自动续费 — `POST /v2/orders/subscriptions/resources/autorenew/{resource_id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AutoRenewalResources {
    /// `resource_id`: text, ≤ 64 UTF-16 units.
    pub resource_id: String,
    /// `auto_renew_times`: integer 0–99.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_renew_times: Option<i64>,
}

impl FromBody for AutoRenewalResources {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(AutoRenewalResources { resource_id: f.text(0)?, auto_renew_times: f.int(1) })
    }
}

impl Request for AutoRenewalResources {
    const OPERATION: &'static Operation = &spec::auto_renewal_resources::OP;
}

/// 取消包年/包月资源自动续费 — `DELETE /v2/orders/subscriptions/resources/autorenew/{resource_id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CancelAutoRenewalResources {
    /// `resource_id`: text, ≤ 64 UTF-16 units.
    pub resource_id: String,
}

impl FromBody for CancelAutoRenewalResources {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(CancelAutoRenewalResources { resource_id: f.text(0)? })
    }
}

impl Request for CancelAutoRenewalResources {
    const OPERATION: &'static Operation = &spec::cancel_auto_renewal_resources::OP;
}

/// 设置或取消包年/包月资源到期转按需 — `POST /v2/orders/subscriptions/resources/to-on-demand`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UpdatePeriodToOnDemand {
    /// `operation`: one of `SET_UP`, `CANCEL`.
    pub operation: String,
    /// `resource_ids`: list of 1–100 items, each text, any length.
    pub resource_ids: Vec<String>,
}

impl FromBody for UpdatePeriodToOnDemand {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(UpdatePeriodToOnDemand { operation: f.text(0)?, resource_ids: f.texts(1)? })
    }
}

impl Request for UpdatePeriodToOnDemand {
    const OPERATION: &'static Operation = &spec::update_period_to_on_demand::OP;
}

/// 设置自动续费扣款日和续费后资源统一到期日 — `POST /v2/orders/subscriptions/resources/renew/config`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SetResourcesRenewConfig {
    /// `config_name`: one of `DEDUCTION_DATE`, `EXPIRE_DATE`.
    pub config_name: String,
    /// `config_value`: text, 1–64 UTF-16 units.
    pub config_value: String,
}

impl FromBody for SetResourcesRenewConfig {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(SetResourcesRenewConfig { config_name: f.text(0)?, config_value: f.text(1)? })
    }
}

impl Request for SetResourcesRenewConfig {
    const OPERATION: &'static Operation = &spec::set_resources_renew_config::OP;
}

/// 设置客户预算 — `POST /v2/partners/sub-customers/budget`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UpdateSubCustomerBudget {
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    pub customer_id: String,
    /// `budget_amount`: amount (string or number) > 0, ≤ 2147483647, ≤ 2 decimals.
    #[serde(with = "super::amount")]
    pub budget_amount: Decimal,
    /// `cancel_partner_frozen`: one of `0`, `1`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancel_partner_frozen: Option<String>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
    /// `budget_type`: one of `MONTHLY`, `PACKAGE`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget_type: Option<String>,
    /// `frozen_operate_type`: integer, one of 0, 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frozen_operate_type: Option<i64>,
}

impl FromBody for UpdateSubCustomerBudget {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(UpdateSubCustomerBudget {
            customer_id: f.text(0)?,
            budget_amount: f.amount(1)?,
            cancel_partner_frozen: f.text(2),
            indirect_partner_id: f.text(3),
            budget_type: f.text(4),
            frozen_operate_type: f.int(5),
        })
    }
}

impl Request for UpdateSubCustomerBudget {
    const OPERATION: &'static Operation = &spec::update_sub_customer_budget::OP;
}

/// 批量查询客户预算 — `POST /v2/partners/sub-customers/budget/query`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListSubCustomerBudget {
    /// `customer_ids`: list of 1–100 items, each text, ≤ 64 UTF-16 units.
    pub customer_ids: Vec<String>,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ListSubCustomerBudget {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListSubCustomerBudget { customer_ids: f.texts(0)?, indirect_partner_id: f.text(1) })
    }
}

impl Request for ListSubCustomerBudget {
    const OPERATION: &'static Operation = &spec::list_sub_customer_budget::OP;
}

/// 查询客户预算 — `GET /v2/partners/sub-customers/budget`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShowSubCustomerBudget {
    /// `customer_id`: text, ≤ 64 UTF-16 units.
    pub customer_id: String,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
}

impl FromBody for ShowSubCustomerBudget {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ShowSubCustomerBudget { customer_id: f.text(0)?, indirect_partner_id: f.text(1) })
    }
}

impl Request for ShowSubCustomerBudget {
    const OPERATION: &'static Operation = &spec::show_sub_customer_budget::OP;
}

/// 查询客户预算调整记录 — `GET /v2/partners/sub-customers/budget/records`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListSubCustomerBudgetRecords {
    /// `customer_id`: text, 1–64 UTF-16 units.
    pub customer_id: String,
    /// `indirect_partner_id`: text, ≤ 64 UTF-16 units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indirect_partner_id: Option<String>,
    /// `operation_type`: one of `SETTING`, `DELETE`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation_type: Option<String>,
    /// `budget_type`: one of `MONTHLY`, `PACKAGE`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget_type: Option<String>,
    /// `offset`: integer 0–2147483647.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// `limit`: integer 1–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl FromBody for ListSubCustomerBudgetRecords {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListSubCustomerBudgetRecords {
            customer_id: f.text(0)?,
            indirect_partner_id: f.text(1),
            operation_type: f.text(2),
            budget_type: f.text(3),
            offset: f.int(4),
            limit: f.int(5),
        })
    }
}

impl Request for ListSubCustomerBudgetRecords {
    const OPERATION: &'static Operation = &spec::list_sub_customer_budget_records::OP;
}

/// 查询消费配额 — `GET /v2/partners/credit/consumption-quota`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShowPartnerConsumptionQuota {}

impl FromBody for ShowPartnerConsumptionQuota {
    fn build(_: &Fields<'_>) -> Option<Self> {
        Some(ShowPartnerConsumptionQuota {})
    }
}

impl Request for ShowPartnerConsumptionQuota {
    const OPERATION: &'static Operation = &spec::show_partner_consumption_quota::OP;
}

/// 查询伙伴月度消费账单 — `GET /v2/bills/partner-bills/postpaid-bill-summary`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListPostpaidBillSum {
    /// `bill_cycle`: text, any length, format `year_month`.
    pub bill_cycle: String,
}

impl FromBody for ListPostpaidBillSum {
    fn build(f: &Fields<'_>) -> Option<Self> {
        Some(ListPostpaidBillSum { bill_cycle: f.text(0)? })
    }
}

impl Request for ListPostpaidBillSum {
    const OPERATION: &'static Operation = &spec::list_postpaid_bill_sum::OP;
}

/// Invokes the macro `$m` with the name of every request struct, in table order: for code
/// that handles each operation's type by name (a router, a test), so that a new operation
/// reaches it without an edit.
#[macro_export]
macro_rules! for_each_request {
    ($m:ident) => {
        $m! {
            CheckUserIdentity,
            SendVerificationMessageCode,
            CreateSubCustomer,
            ReclaimToPartnerAccount,
            UpdateCustomerAccountAmount,
            UpdateIndirectPartnerAccount,
            ReclaimIndirectPartnerAccount,
            CancelCustomerOrder,
            PayOrders,
            ListSubCustomers,
            ListIndirectPartners,
            ListCustomersBalancesDetail,
            CreatePartnerCoupons,
            ReclaimPartnerCoupons,
            UpdateCouponQuotas,
            ReclaimCouponQuotas,
            ListIncentiveDiscountPolicies,
            ListPartnerAdjustRecords,
            ListPartnerBalances,
            ListQuotaCoupons,
            ListIssuedCouponQuotas,
            ListSubCustomerNewTag,
            ListConsumeSubCustomers,
            RenewalResources,
            CancelResourcesSubscription,
            ListCustomerOrders,
            FreezeSubCustomers,
            UnfreezeSubCustomers,
            ListCouponQuotasRecords,
            ListIssuedPartnerCoupons,
            ListPartnerCouponsRecord,
            ListPartnerAccountChangeRecords,
            ListSubCustomerBillDetail,
            ListSubcustomerMonthlyBills,
            ListCustomerOnDemandResources,
            ListSubCustomerCoupons,
            CreatePersonalRealnameAuth,
            CreateEnterpriseRealnameAuthentication,
            ChangeEnterpriseRealnameAuthentication,
            ShowRealnameAuthenticationReviewResult,
            ListOnDemandResourceRatings,
            ListRateOnPeriodDetail,
            ListServiceTypes,
            ListResourceTypes,
            ListServiceResources,
            ListUsageTypes,
            ListConversions,
            ListMeasureUnits,
            ListProvinces,
            ListCities,
            ListCounties,
            ShowCustomerOrderDetails,
            ListOrderCouponsByOrderId,
            ListOrderDiscounts,
            ListPayPerUseCustomerResources,
            ShowRefundOrderDetails,
            ListFreeResourceInfos,
            ListFreeResourceUsages,
            AutoRenewalResources,
            CancelAutoRenewalResources,
            UpdatePeriodToOnDemand,
            SetResourcesRenewConfig,
            UpdateSubCustomerBudget,
            ListSubCustomerBudget,
            ShowSubCustomerBudget,
            ListSubCustomerBudgetRecords,
            ShowPartnerConsumptionQuota,
            ListPostpaidBillSum,
        }
    };
}
