// Sample request bodies for the playground: hand-picked for the common operations, else made
// from the operation's field table (its required fields, each with a plausible value).

const CURATED = {
  CheckUserIdentity: { search_type: "mobile", search_value: "+86 138 0013 8000" },
  SendVerificationMessageCode: { receiver_type: 1, mobile_phone: "13800138000", lang: "zh-cn", scene: 29 },
  CreateSubCustomer: { xaccount_id: "partner-user-10086", xaccount_type: "demo_platform_0001", domain_name: "alice_01", mobile_phone: "13800138000", verification_code: "123456", password: "Secret-2024" },
  ReclaimToPartnerAccount: { customer_id: "06f9fb4f24002f0b0f40c00327c28d00", amount: "10.005" },
  UpdateCustomerAccountAmount: { customer_id: "0666aa7a7900d5c80f6dc01a9a3598a0", amount: "１２．５０" },
  UpdateIndirectPartnerAccount: { indirect_partner_id: "92c0a6c4a1f14e4f8b40", amount: "99.99" },
  ReclaimIndirectPartnerAccount: { indirect_partner_id: "92c0a6c4a1f14e4f8b40", amount: "0.01" },
  CancelCustomerOrder: { order_id: "CS170926155954NO7" },
  PayOrders: { order_id: "CS170926155954NO7", use_coupon: "YES", use_discount: "NO", coupon_infos: [{ id: "CP2301010001", type: 301 }] },
  ListCustomerOrders: { create_time_begin: "2024-01-01T00:00:00Z", create_time_end: "2024-06-30T23:59:59Z", limit: 10 },
};

const FORMATS = {
  mobile_digits: "13800138000",
  account_name: "alice_01",
  login_name: "alice01",
  email: "name@example.com",
  utc_datetime: "2024-01-01T00:00:00Z",
  year_month: "2024-01",
  date: "2024-01-31",
  bank_account: "6222021234567890123",
  corp_name: "示例科技有限公司",
  verification_code: "123456",
  password: "Secret-2024",
};

function sampleOf(info, name) {
  if (info.allowed) return info.allowed[0];
  switch (info.type) {
    case "boolean":
      return false;
    case "integer":
      return info.minimum ?? 1;
    case "decimal":
      return "10.00";
    case "array":
      return Array.from({ length: Math.max(info.min_items ?? 1, 1) }, () => sampleOf(info.items, name));
    case "object":
      return Object.fromEntries((info.fields || []).filter((f) => f.required).map((f) => [f.name, sampleOf(f, f.name)]));
    default:
      return FORMATS[info.format] ?? (/id$/.test(name || "") ? "0666aa7a7900d5c80f6dc01a9a3598a0".slice(0, Math.min(32, info.max_length ?? 32)) : "demo");
  }
}

/** A sample body for `operation`, from its field table `table` (the package's `fields()`). */
export function sample(operation, table) {
  if (CURATED[operation]) return structuredClone(CURATED[operation]);
  return Object.fromEntries(table.filter((f) => f.required).map((f) => [f.name, sampleOf(f, f.name)]));
}
