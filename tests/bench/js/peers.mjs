// The three benchmarked operations written in zod 4, valibot 1 and ajv 8, as close to the
// package's rules (README "Rules, field by field") as each library lets them be. Used by
// node.mjs only; nothing here is part of the package.
//
// What every version shares, so that each library decides valid/invalid exactly as the core:
// - lengths in UTF-16 code units (JS `.length`). zod 4.6.7 counts code points in `.min()`/`.max()`,
//   so zod gets refinements on `.length`; valibot's minLength/maxLength count `.length`; ajv
//   counts `.length` with `unicode: false` (its default counts code points);
// - money: the text (a number's `String(n)`) against MONEY, then an exact comparison of digit
//   strings for "> 0" and "≤ max" (no parseFloat);
// - unknown keys rejected (strict objects, `additionalProperties: false`);
// - absent and `null` mean "not given"; `""` is rejected, a value or absent per field;
// - the cross-field rules (mobile ⇒ code, password ≠ account name or its reverse, password ∌
//   mobile; use_coupon/use_discount ⇒ the list is required/forbidden).
// Error codes and messages are not compared: only the verdict is.

export const MONEY = /^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$/;
export const MONEY_SOURCE = "^(0|[1-9][0-9]*)(\\.[0-9]{1,2})?$";
/** CreateSubCustomer's account name: `^([a-zA-Z_-]([a-zA-Z0-9_-])*)$`, minus the reserved prefixes. */
export const ACCOUNT_NAME = /^(?!op_|shadow_)[a-zA-Z_-][a-zA-Z0-9_-]*$/;
export const ACCOUNT_NAME_SOURCE = "^(?!op_|shadow_)[a-zA-Z_-][a-zA-Z0-9_-]*$";
export const DIGITS = /^[0-9]*$/;
export const RECLAIM_MAX = "2147483647";

/** Compares two decimal texts that match MONEY (or a canonical bound): -1, 0 or 1. No floats. */
export function compareDecimal(a, b) {
  const da = a.indexOf("."), db = b.indexOf(".");
  const ia = da < 0 ? a.length : da, ib = db < 0 ? b.length : db;
  if (ia !== ib) return ia < ib ? -1 : 1; // canonical integer parts: longer is larger
  for (let k = 0; k < ia; k++) {
    const x = a.charCodeAt(k), y = b.charCodeAt(k);
    if (x !== y) return x < y ? -1 : 1;
  }
  const fa = da < 0 ? "" : a.slice(da + 1), fb = db < 0 ? "" : b.slice(db + 1);
  for (let k = 0, n = Math.max(fa.length, fb.length); k < n; k++) {
    const x = k < fa.length ? fa.charCodeAt(k) : 48, y = k < fb.length ? fb.charCodeAt(k) : 48;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** "> 0 and ≤ max" of a text that already matched MONEY. */
export const moneyInRange = (text, max) => compareDecimal(text, "0") > 0 && compareDecimal(text, max) <= 0;
/** The whole money rule on a string or a number (a number is judged by `String(n)`, as the core does). */
export function moneyOk(value, max) {
  const text = typeof value === "number" ? String(value) : value;
  return typeof text === "string" && MONEY.test(text) && moneyInRange(text, max);
}

/** How many of the four classes (A-Z, a-z, 0-9, ASCII punctuation or space) a password uses. */
export function passwordClasses(s) {
  let upper = 0, lower = 0, digit = 0, special = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else if (c >= 32 && c <= 126) special = 1; // the space and !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
  }
  return upper + lower + digit + special;
}

const reverse = (s) => [...s].reverse().join("");
const given = (v) => typeof v === "string" && v !== "";

/** CreateSubCustomer's cross-field rules, on a body whose fields each passed. */
export function createSubCustomerCross(b) {
  const mobile = given(b.mobile_phone);
  if (mobile && b.verification_code == null) return false;
  const pw = b.password;
  if (typeof pw === "string") {
    if (given(b.domain_name) && (pw === b.domain_name || pw === reverse(b.domain_name))) return false;
    if (mobile && pw.includes(b.mobile_phone)) return false;
  }
  return true;
}

/** PayOrders' use_coupon ⇒ coupon_infos and use_discount ⇒ discount_infos (both YES/NO already). */
export function payOrdersCross(b) {
  if (b.use_coupon === "YES" ? b.coupon_infos == null : b.coupon_infos != null) return false;
  if (b.use_discount === "YES" ? b.discount_infos == null : b.discount_infos != null) return false;
  return true;
}

// ------------------------------------------------------------------------------------ zod 4
export function zodSchemas(z) {
  const text = (min, max) => z.string().refine((s) => s.length >= min && s.length <= max);
  const money = (max) =>
    z.union([z.string().regex(MONEY).refine((s) => moneyInRange(s, max)), z.number().refine((n) => moneyOk(n, max))]);
  const reclaim = z.strictObject({
    customer_id: text(1, 64),
    amount: money(RECLAIM_MAX),
    indirect_partner_id: text(1, 64).nullish(),
  });
  const createSubCustomer = z
    .strictObject({
      xaccount_id: text(1, 128),
      xaccount_type: text(1, 64),
      domain_name: z.union([z.literal(""), z.string().regex(ACCOUNT_NAME).refine((s) => s.length >= 5 && s.length <= 32)]).nullish(),
      mobile_phone: z.string().regex(DIGITS).refine((s) => s.length <= 32).nullish(),
      verification_code: text(6, 6).nullish(),
      password: text(8, 32).refine((s) => passwordClasses(s) >= 2).nullish(),
      is_close_market_ms: z.enum(["true", "false", ""]).nullish(),
      indirect_partner_id: z.string().refine((s) => s.length <= 64).nullish(),
      include_association_result: z.union([z.boolean(), z.literal("")]).nullish(),
      cooperation_type: z.string().nullish(),
    })
    .refine(createSubCustomerCross);
  const item = (type) => z.strictObject({ id: text(1, 64), type });
  const payOrders = z
    .strictObject({
      order_id: text(1, 64),
      use_coupon: z.enum(["YES", "NO"]),
      use_discount: z.enum(["YES", "NO"]),
      coupon_infos: z.array(item(z.literal([300, 301, 302, 303]))).min(1).max(3).nullish(),
      discount_infos: z.array(item(z.literal([0, 1, 2, 3, 609]))).length(1).nullish(),
    })
    .refine(payOrdersCross);
  return { ReclaimToPartnerAccount: reclaim, CreateSubCustomer: createSubCustomer, PayOrders: payOrders };
}

// ----------------------------------------------------------------------------------- valibot
export function valibotSchemas(v) {
  const text = (min, max) => v.pipe(v.string(), v.minLength(min), v.maxLength(max));
  const money = (max) =>
    v.union([
      v.pipe(v.string(), v.regex(MONEY), v.check((s) => moneyInRange(s, max))),
      v.pipe(v.number(), v.check((n) => moneyOk(n, max))),
    ]);
  const reclaim = v.strictObject({
    customer_id: text(1, 64),
    amount: money(RECLAIM_MAX),
    indirect_partner_id: v.nullish(text(1, 64)),
  });
  const createSubCustomer = v.pipe(
    v.strictObject({
      xaccount_id: text(1, 128),
      xaccount_type: text(1, 64),
      domain_name: v.nullish(v.union([v.literal(""), v.pipe(v.string(), v.minLength(5), v.maxLength(32), v.regex(ACCOUNT_NAME))])),
      mobile_phone: v.nullish(v.pipe(v.string(), v.maxLength(32), v.regex(DIGITS))),
      verification_code: v.nullish(text(6, 6)),
      password: v.nullish(v.pipe(v.string(), v.minLength(8), v.maxLength(32), v.check((s) => passwordClasses(s) >= 2))),
      is_close_market_ms: v.nullish(v.picklist(["true", "false", ""])),
      indirect_partner_id: v.nullish(v.pipe(v.string(), v.maxLength(64))),
      include_association_result: v.nullish(v.union([v.boolean(), v.literal("")])),
      cooperation_type: v.nullish(v.string()),
    }),
    v.check(createSubCustomerCross),
  );
  const item = (type) => v.strictObject({ id: text(1, 64), type });
  const payOrders = v.pipe(
    v.strictObject({
      order_id: text(1, 64),
      use_coupon: v.picklist(["YES", "NO"]),
      use_discount: v.picklist(["YES", "NO"]),
      coupon_infos: v.nullish(v.pipe(v.array(item(v.picklist([300, 301, 302, 303]))), v.minLength(1), v.maxLength(3))),
      discount_infos: v.nullish(v.pipe(v.array(item(v.picklist([0, 1, 2, 3, 609]))), v.length(1))),
    }),
    v.check(payOrdersCross),
  );
  return { ReclaimToPartnerAccount: reclaim, CreateSubCustomer: createSubCustomer, PayOrders: payOrders };
}

// ---------------------------------------------------------------------------------------- ajv
/** JSON Schemas (draft-07 dialect of Ajv's default export), compiled by the caller's Ajv. */
export function ajvSchemas() {
  const text = (min, max) => ({ type: "string", minLength: min, maxLength: max });
  const nullable = (schema) => ({ ...schema, type: [schema.type, "null"] });
  const reclaim = {
    type: "object",
    additionalProperties: false,
    required: ["customer_id", "amount"],
    properties: {
      customer_id: text(1, 64),
      amount: { type: ["string", "number"], pattern: MONEY_SOURCE, moneyRange: RECLAIM_MAX },
      indirect_partner_id: nullable(text(1, 64)),
    },
  };
  const createSubCustomer = {
    type: "object",
    additionalProperties: false,
    required: ["xaccount_id", "xaccount_type"],
    properties: {
      xaccount_id: text(1, 128),
      xaccount_type: text(1, 64),
      domain_name: { type: ["string", "null"], anyOf: [{ const: "" }, { minLength: 5, maxLength: 32, pattern: ACCOUNT_NAME_SOURCE }] },
      mobile_phone: { type: ["string", "null"], maxLength: 32, pattern: "^[0-9]*$" },
      verification_code: nullable(text(6, 6)),
      password: { type: ["string", "null"], minLength: 8, maxLength: 32, passwordClasses: 2 },
      is_close_market_ms: { enum: ["true", "false", "", null] },
      indirect_partner_id: { type: ["string", "null"], maxLength: 64 },
      include_association_result: { enum: [true, false, "", null] },
      cooperation_type: { type: ["string", "null"] },
    },
    // a non-empty mobile needs a code (null counts as absent)
    if: { required: ["mobile_phone"], properties: { mobile_phone: { type: "string", minLength: 1 } } },
    then: { required: ["verification_code"], properties: { verification_code: { type: "string" } } },
    passwordCross: true, // ≠ account name or its reverse, ∌ mobile: no JSON Schema keyword compares two fields
  };
  const item = (type) => ({ type: "object", additionalProperties: false, required: ["id", "type"], properties: { id: text(1, 64), type } });
  const when = (flag, value, then) => ({ if: { required: [flag], properties: { [flag]: { const: value } } }, then });
  const payOrders = {
    type: "object",
    additionalProperties: false,
    required: ["order_id", "use_coupon", "use_discount"],
    properties: {
      order_id: text(1, 64),
      use_coupon: { enum: ["YES", "NO"] },
      use_discount: { enum: ["YES", "NO"] },
      coupon_infos: { type: ["array", "null"], minItems: 1, maxItems: 3, items: item({ type: "integer", enum: [300, 301, 302, 303] }) },
      discount_infos: { type: ["array", "null"], minItems: 1, maxItems: 1, items: item({ type: "integer", enum: [0, 1, 2, 3, 609] }) },
    },
    allOf: [
      when("use_coupon", "YES", { required: ["coupon_infos"], properties: { coupon_infos: { type: "array" } } }),
      when("use_coupon", "NO", { properties: { coupon_infos: { type: "null" } } }),
      when("use_discount", "YES", { required: ["discount_infos"], properties: { discount_infos: { type: "array" } } }),
      when("use_discount", "NO", { properties: { discount_infos: { type: "null" } } }),
    ],
  };
  return { ReclaimToPartnerAccount: reclaim, CreateSubCustomer: createSubCustomer, PayOrders: payOrders };
}

/** An Ajv instance counting UTF-16 units, with the three custom keywords the schemas use. */
export function makeAjv(Ajv) {
  // `unicode: false` is deprecated but still the only switch to `.length`; its warning is dropped.
  const quiet = { log() {}, warn() {}, error: console.error };
  const ajv = new Ajv({ unicode: false, logger: quiet });
  // The pattern keyword applies to strings only; this one judges a number by String(n) too.
  ajv.addKeyword({ keyword: "moneyRange", type: ["string", "number"], schemaType: "string", errors: false, validate: (max, data) => moneyOk(data, max) });
  ajv.addKeyword({ keyword: "passwordClasses", type: "string", schemaType: "number", errors: false, validate: (min, data) => passwordClasses(data) >= min });
  ajv.addKeyword({ keyword: "passwordCross", type: "object", schemaType: "boolean", errors: false, validate: (_, data) => createSubCustomerCross(data) });
  return ajv;
}
