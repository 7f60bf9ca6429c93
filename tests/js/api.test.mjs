// The package API: shapes, locales, the unknown-operation TypeError, and that the npm and
// Cargo manifests carry the same name and version.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { validate, validateField, check, operations, fields } from "../../pkg/dist/node.js";

test("validate returns the Rust Outcome JSON", () => {
  assert.deepEqual(validate("CancelCustomerOrder", { order_id: "CS170926155954NO7" }), {
    ok: true,
    value: { order_id: "CS170926155954NO7" },
    errors: [],
  });
  assert.deepEqual(validate("ReclaimToPartnerAccount", { customer_id: "c1", amount: "10.005" }, { locale: "zh-CN" }), {
    ok: false,
    errors: [{ path: "/amount", code: "too_many_decimals", params: { max_scale: 2, actual: 3 }, message: "最多保留2位小数，当前为3位。" }],
  });
});

test("locales: en by default, zh tags, unknown tags fall back to en", () => {
  const body = { customer_id: "c1", amount: "0" };
  assert.equal(validate("ReclaimToPartnerAccount", body).errors[0].message, "Must be greater than 0.");
  assert.equal(validate("ReclaimToPartnerAccount", body, { locale: "zh" }).errors[0].message, "必须大于0。");
  assert.equal(validate("ReclaimToPartnerAccount", body, { locale: "fr-FR" }).errors[0].message, "Must be greater than 0.");
});

test("an unknown operation throws a TypeError with a code, and only that throws", () => {
  for (const name of ["reclaimToPartnerAccount", "", 42, null, undefined, Symbol("x"), {}]) {
    assert.throws(() => validate(name, {}), (e) => e instanceof TypeError && e.code === "unknown_operation");
  }
  assert.throws(() => fields("Nope"), (e) => e.code === "unknown_operation");
  assert.throws(() => check("Nope", {}), (e) => e.code === "unknown_operation");
});

test("operations and fields describe the tables", () => {
  const ops = operations();
  // One operation a vectors file: the corpus and the tables list the same operations.
  const dir = new URL("../vectors/", import.meta.url);
  const corpus = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), "utf8")).operation)
    .filter(Boolean);
  assert.deepEqual(ops.map((o) => o.name).sort(), corpus.sort());
  assert.deepEqual(ops[3], {
    name: "ReclaimToPartnerAccount",
    title: "回收客户账户余额",
    method: "POST",
    path: "/v2/accounts/partner-accounts/reclaim",
    site: "china",
  });
  const amount = fields("UpdateIndirectPartnerAccount").find((f) => f.name === "amount");
  assert.deepEqual(amount, {
    name: "amount",
    type: "decimal",
    required: true,
    presence: "required",
    empty: "rejected",
    exclusive_minimum: "0",
    maximum: "999999999.99",
    max_scale: 2,
  });
  const id = fields("CancelCustomerOrder")[0];
  assert.equal(id.max_length, 64);
  assert.equal(id.unit, "utf16");
  assert.equal(fields("JoinPartnerProgram").length, 4);
});

test("registration checks", () => {
  const out = check("JoinPartnerProgram", { program: "reseller", current_programs: ["solution_provider"], account_expired: false, enterprise_verified: true });
  assert.equal(out.errors[0].code, "program_conflict");
});

test("npm and Cargo manifests agree", () => {
  const pkg = JSON.parse(readFileSync(new URL("../../pkg/package.json", import.meta.url), "utf8"));
  const cargo = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8");
  const field = (k) => cargo.match(new RegExp(`^${k} = "([^"]*)"`, "m"))[1];
  assert.equal(pkg.name, field("name"));
  assert.equal(pkg.version, field("version"));
  assert.equal(pkg.license, field("license"));
  assert.equal(pkg.description, field("description"));
});

test("a valid body's value is a fresh copy of it, read as the core reads it", () => {
  const input = { customer_id: "c1", amount: 10, indirect_partner_id: undefined };
  const out = validate("ReclaimToPartnerAccount", input);
  assert.deepEqual(out, { ok: true, value: { customer_id: "c1", amount: 10 }, errors: [] });
  assert.notEqual(out.value, input, "not the caller's object");
  out.value.amount = 11;
  assert.equal(input.amount, 10);
  // -0 reads as 0, as the core reads the JSON text; with normalisation the core's body comes back.
  const zero = validate("ListSubCustomers", { offset: -0 });
  assert.equal(zero.ok, true);
  assert.ok(Object.is(zero.value.offset, 0), "not -0");
  const normalized = validate("ReclaimToPartnerAccount", { customer_id: "c1", amount: "１２．５０" }, { normalize: true });
  assert.deepEqual(normalized.value, { customer_id: "c1", amount: "12.50" });
});

test("maxErrors bounds the violations collected and says so", () => {
  const items = Array.from({ length: 3000 }, (_, i) => ({ id: "", type: i }));
  const body = { order_id: "", use_coupon: "YES", use_discount: "NO", coupon_infos: items };
  const all = validate("PayOrders", body);
  assert.ok(all.errors.length > 3000 && !("truncated" in all));
  for (const maxErrors of [1, 7, 100]) {
    const out = validate("PayOrders", body, { maxErrors, locale: "zh-CN" });
    assert.equal(out.ok, false);
    assert.equal(out.truncated, true);
    assert.deepEqual(out.errors.map((e) => e.path + " " + e.code), all.errors.slice(0, maxErrors).map((e) => e.path + " " + e.code));
    assert.ok(out.errors.every((e) => e.message));
  }
  // As many as there are: all of them, not truncated.
  const few = validate("ReclaimToPartnerAccount", { customer_id: "", amount: "-1" }, { maxErrors: 2 });
  assert.equal(few.errors.length, 2);
  assert.ok(!("truncated" in few));
  // Not a positive integer: no limit (as the default).
  for (const maxErrors of [0, -1, 1.5, "3", NaN, Infinity, null]) {
    assert.equal(validate("PayOrders", body, { maxErrors }).errors.length, all.errors.length, String(maxErrors));
  }
  // Read as form values and normalised, too.
  assert.equal(validate("PayOrders", body, { maxErrors: 5, form: true, normalize: true }).errors.length, 5);
  // A field's answer is whole whatever the limit.
  assert.ok(validateField("PayOrders", "/coupon_infos", body, { maxErrors: 1 }).errors.length > 3000);
});
