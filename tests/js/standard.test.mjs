// Standard Schema v1 (`standardSchema`): the `~standard` shape, and the real consumers —
// react-hook-form's standardSchemaResolver (@hookform/resolvers) and TanStack Form's FormApi
// (@tanstack/form-core) — turning our issues into their field errors.
//
// In a React app the whole wiring is:
//
//   import { standardSchema } from "bss-validate";
//   import { useForm } from "react-hook-form";
//   import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
//   const form = useForm({ resolver: standardSchemaResolver(standardSchema("ReclaimToPartnerAccount")) });
//
// React cannot render here, so the resolver is called as useForm calls it, and a real
// react-hook-form control is driven through createFormControl (no rendering needed).
import { test } from "node:test";
import assert from "node:assert/strict";
import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import { createFormControl } from "react-hook-form";
import { FormApi, FieldApi } from "@tanstack/form-core";
import { standardSchema, validate } from "../../pkg/dist/node.js";

const RECLAIM_BAD = { customer_id: "c1", amount: "10.005" };
const RECLAIM_GOOD = { customer_id: "c1", amount: "10.50" };
const DECIMALS_EN = "At most 2 decimal places are allowed; it has 3.";
const DECIMALS_ZH = "最多保留2位小数，当前为3位。";
const TOO_LONG_ZH = "长度不能超过64个字符（按UTF-16码元计），当前为65。";
const PAY_BAD = { order_id: "o1", use_coupon: "YES", use_discount: "NO", coupon_infos: [{ id: "c", type: 300 }, { id: "x".repeat(65), type: 301 }] };

// Once a form emits, TanStack's devtools client polls for a devtools bus (once a second, five
// times), keeping Node alive 5 s; answer it as the bus would, so the file ends with its tests.
const bus = (globalThis.__TANSTACK_EVENT_TARGET__ = new EventTarget());
bus.addEventListener("tanstack-connect", () => bus.dispatchEvent(new Event("tanstack-connect-success")));

// How react-hook-form calls a resolver (see createFormControl's _runSchema).
const rhfOptions = (extra) => ({ fields: {}, shouldUseNativeValidation: false, criteriaMode: "firstError", ...extra });

test("~standard: version 1, vendor, synchronous { value } / { issues } with array paths", () => {
  const schema = standardSchema("ReclaimToPartnerAccount");
  const std = schema["~standard"];
  assert.equal(std.version, 1);
  assert.equal(std.vendor, "bss-validate");
  assert.equal(typeof std.validate, "function");
  assert.equal("types" in std, false); // type-level only

  assert.deepEqual(std.validate(RECLAIM_GOOD), { value: RECLAIM_GOOD });
  assert.deepEqual(std.validate(RECLAIM_BAD), {
    issues: [{ message: DECIMALS_EN, path: ["amount"], code: "too_many_decimals", params: { max_scale: 2, actual: 3 } }],
  });
  // `value` is the core's output: `undefined` members are absent, as on the wire.
  assert.deepEqual(std.validate({ ...RECLAIM_GOOD, indirect_partner_id: undefined }), { value: RECLAIM_GOOD });

  // zh-CN messages; nested pointers /coupon_infos/1/id become ["coupon_infos", 1, "id"].
  const pay = standardSchema("PayOrders", { locale: "zh-CN" })["~standard"].validate(PAY_BAD);
  assert.deepEqual(pay.issues.map((i) => [i.path, i.code, i.message]), [[["coupon_infos", 1, "id"], "too_long", TOO_LONG_ZH]]);
  assert.equal(pay.value, undefined);

  // The body itself (pointer "") has no path key, which both consumers read as "the root".
  for (const body of [null, 7, "{}", [], undefined]) {
    assert.deepEqual(std.validate(body), { issues: [{ message: "Must be a JSON object.", code: "wrong_type", params: { expected: "object" } }] });
  }

  // RFC 6901 unescaping (~1 → "/", ~0 → "~"); digit segments become numbers — the only keys
  // that can be digits are unknown ones, and both consumers join paths the same either way.
  const odd = std.validate({ ...RECLAIM_GOOD, "a/b~c": 1, "~01": 2, 7: 3 });
  assert.deepEqual(odd.issues.map((i) => [i.path, i.code]), [[[7], "unknown_field"], [["a/b~c"], "unknown_field"], [["~01"], "unknown_field"]]);
});

test("~standard: never throws for bad input; an unknown operation throws at once", () => {
  const std = standardSchema("ReclaimToPartnerAccount")["~standard"];
  const cyclic = { customer_id: "c1" };
  cyclic.amount = cyclic;
  const getter = { customer_id: "c1", get amount() { throw new Error("boom"); } };
  for (const body of [cyclic, getter, { customer_id: "c1", amount: 10n }, { customer_id: Symbol("s"), amount: () => 1 }]) {
    const out = std.validate(body);
    assert.ok(out.issues.length > 0 && out.issues.every((i) => typeof i.message === "string" && Array.isArray(i.path)));
  }
  for (const name of ["reclaimToPartnerAccount", "", "JoinPartnerProgram", 42, null, undefined, {}]) {
    assert.throws(() => standardSchema(name), (e) => e instanceof TypeError && e.code === "unknown_operation");
  }
});

test("normalize: the schema's value is the normalised body; RHF submits it, TanStack submits its own values", async () => {
  const typed = { customer_id: "c1", amount: "１０.５０" }; // full-width digits, as an IME types them
  const normalised = { customer_id: "c1", amount: "10.50" };
  const schema = standardSchema("ReclaimToPartnerAccount", { normalize: true, locale: "zh-CN" });
  assert.deepEqual(schema["~standard"].validate(typed), { value: normalised });
  assert.deepEqual(schema["~standard"].validate(typed), { value: validate("ReclaimToPartnerAccount", typed, { normalize: true }).value });
  // A form's values are normalised by default; strict (`form: false`) they are not.
  assert.deepEqual(standardSchema("ReclaimToPartnerAccount")["~standard"].validate(typed), { value: normalised });
  assert.deepEqual(standardSchema("ReclaimToPartnerAccount", { form: false })["~standard"].validate(typed).issues.map((i) => [i.path, i.code]), [[["amount"], "not_a_decimal"]]);

  // react-hook-form hands the schema's `value` to onValid (unless the resolver's `raw: true`).
  assert.deepEqual(await standardSchemaResolver(schema)(typed, undefined, rhfOptions()), { values: normalised, errors: {} });
  assert.deepEqual(await standardSchemaResolver(schema, undefined, { raw: true })(typed, undefined, rhfOptions()), { values: typed, errors: {} });

  // TanStack Form only reads `issues`: onSubmit gets the form's values as typed.
  const submitted = [];
  const form = new FormApi({ defaultValues: typed, validators: { onSubmit: schema }, onSubmit: ({ value }) => submitted.push(value) });
  form.mount();
  await form.handleSubmit();
  assert.deepEqual(submitted, [typed]);
});

test("react-hook-form: the real standardSchemaResolver, called as useForm calls it", async () => {
  const resolver = standardSchemaResolver(standardSchema("ReclaimToPartnerAccount"));
  assert.deepEqual(await resolver(RECLAIM_BAD, undefined, rhfOptions()), {
    values: {},
    errors: { amount: { message: DECIMALS_EN, type: "", ref: undefined } },
  });
  assert.deepEqual(await resolver(RECLAIM_GOOD, undefined, rhfOptions()), { values: RECLAIM_GOOD, errors: {} });

  // Nested: RHF nests by the dot path "coupon_infos.1.id" into an array of field errors.
  const pay = standardSchemaResolver(standardSchema("PayOrders", { locale: "zh-CN" }));
  const nested = await pay(PAY_BAD, undefined, rhfOptions({ names: ["order_id", "coupon_infos.0.id", "coupon_infos.1.id"] }));
  assert.deepEqual(nested.values, {});
  assert.deepEqual(Object.keys(nested.errors), ["coupon_infos"]);
  assert.equal(nested.errors.coupon_infos[0], undefined);
  assert.deepEqual(nested.errors.coupon_infos[1], { id: { message: TOO_LONG_ZH, type: "", ref: undefined } });

  // criteriaMode "all" lists every message of a field under `types`.
  const all = await resolver({ customer_id: "c1" }, undefined, rhfOptions({ criteriaMode: "all" }));
  assert.deepEqual(all.errors, { amount: { message: "This field is required.", type: "", types: { 0: "This field is required." }, ref: undefined } });

  // A body-level issue (no path) becomes RHF's `root` error.
  assert.deepEqual((await resolver(null, undefined, rhfOptions())).errors, { root: { message: "Must be a JSON object.", type: "", ref: undefined } });
});

test("react-hook-form: a real form control (createFormControl) blocks a bad submit and passes a good one", async () => {
  const { register, setValue, handleSubmit, getFieldState } = createFormControl({
    resolver: standardSchemaResolver(standardSchema("ReclaimToPartnerAccount", { locale: "zh-CN" })),
    defaultValues: { customer_id: "", amount: "" },
  });
  register("customer_id");
  register("amount");
  setValue("customer_id", "c1");
  setValue("amount", "10.005");

  const submit = async () => {
    const seen = { valid: undefined, invalid: undefined };
    await handleSubmit((values) => { seen.valid = values; }, (errors) => { seen.invalid = errors; })();
    return seen;
  };
  const bad = await submit();
  assert.equal(bad.valid, undefined);
  assert.deepEqual(Object.keys(bad.invalid), ["amount"]);
  assert.equal(bad.invalid.amount.message, DECIMALS_ZH);
  assert.equal(getFieldState("amount").invalid, true);
  assert.equal(getFieldState("amount").error.message, DECIMALS_ZH);
  assert.equal(getFieldState("customer_id").invalid, false);

  setValue("amount", "10.50");
  const good = await submit();
  assert.equal(good.invalid, undefined);
  assert.deepEqual(good.valid, RECLAIM_GOOD); // the schema's `value`
  assert.equal(getFieldState("amount").invalid, false);
  assert.equal(getFieldState("amount").error, undefined);
});

test("TanStack Form: a form-level onChange validator maps issues to fields", async () => {
  const submitted = [];
  const invalid = [];
  const form = new FormApi({
    defaultValues: { customer_id: "", amount: "" },
    validators: { onChange: standardSchema("ReclaimToPartnerAccount", { locale: "zh-CN" }) },
    onSubmit: ({ value }) => submitted.push(value),
    onSubmitInvalid: ({ value }) => invalid.push(value),
  });
  form.mount();
  const amount = new FieldApi({ form, name: "amount" });
  amount.mount();

  form.setFieldValue("customer_id", "c1");
  amount.handleChange("10.005");
  // Field errors are our issue objects, as the schema returned them.
  assert.deepEqual(amount.state.meta.errors, [{ message: DECIMALS_ZH, path: ["amount"], code: "too_many_decimals", params: { max_scale: 2, actual: 3 } }]);
  assert.deepEqual(amount.state.meta.errors.map((e) => e.message), [DECIMALS_ZH]);
  assert.deepEqual(Object.keys(form.state.errorMap.onChange), ["amount"]);
  assert.equal(form.state.canSubmit, false);

  await form.handleSubmit();
  assert.deepEqual(submitted, []);

  amount.handleChange("10.50");
  assert.deepEqual(amount.state.meta.errors, []);
  assert.equal(form.state.errorMap.onChange, undefined);
  assert.equal(form.state.canSubmit, true);
  await form.handleSubmit();
  assert.deepEqual(submitted, [RECLAIM_GOOD]); // TanStack passes its own values, not the schema's `value`
  assert.deepEqual(invalid, [RECLAIM_BAD]);
});

test("TanStack Form: nested paths become 'coupon_infos[1].id'; a submit-time validator blocks onSubmit", async () => {
  const submitted = [];
  const form = new FormApi({
    defaultValues: PAY_BAD,
    validators: { onSubmit: standardSchema("PayOrders", { locale: "zh-CN" }) },
    onSubmit: ({ value }) => submitted.push(value),
  });
  form.mount();
  const id = new FieldApi({ form, name: "coupon_infos[1].id" });
  id.mount();
  await form.handleSubmit();
  assert.deepEqual(submitted, []);
  assert.deepEqual(Object.keys(form.state.errorMap.onSubmit), ["coupon_infos[1].id"]);
  assert.deepEqual(id.state.meta.errors.map((e) => e.message), [TOO_LONG_ZH]);
  assert.deepEqual(id.state.meta.errors[0].path, ["coupon_infos", 1, "id"]);

  id.handleChange("c2"); // a change clears the field's submit-time error
  assert.deepEqual(id.state.meta.errors, []);
  await form.handleSubmit();
  assert.equal(form.state.errorMap.onSubmit, undefined);
  assert.deepEqual(submitted, [{ ...PAY_BAD, coupon_infos: [{ id: "c", type: 300 }, { id: "c2", type: 301 }] }]);
});

test("form values (the default): a blank optional field submits, a blank required one is `required`", async () => {
  const schema = standardSchema("ReclaimToPartnerAccount");
  const blankOptional = { customer_id: "c1", amount: "10.50", indirect_partner_id: "" };
  assert.deepEqual(schema["~standard"].validate(blankOptional), { value: RECLAIM_GOOD });
  assert.deepEqual(schema["~standard"].validate({ customer_id: "", amount: "", indirect_partner_id: "" }).issues.map((i) => [i.path, i.code, i.message]), [
    [["customer_id"], "required", "This field is required."],
    [["amount"], "required", "This field is required."],
  ]);
  const zh = standardSchema("ReclaimToPartnerAccount", { locale: "zh-CN" })["~standard"].validate({ customer_id: "c1", amount: "" });
  assert.deepEqual(zh.issues.map((i) => i.message), ["此项为必填项。"]);
  // Strict, as an API caller's body: "" is `empty` where the doc refuses it.
  const strict = standardSchema("ReclaimToPartnerAccount", { form: false })["~standard"].validate(blankOptional);
  assert.deepEqual(strict.issues.map((i) => [i.path, i.code]), [[["indirect_partner_id"], "empty"]]);

  // Integer text and list rows: the body the form stands for.
  const renew = standardSchema("RenewalResources")["~standard"].validate({ resource_ids: ["r1", ""], period_type: "2", period_num: "3", is_auto_pay: "" });
  assert.deepEqual(renew, { value: { resource_ids: ["r1"], period_type: 2, period_num: 3 } });

  // react-hook-form: its values for untouched inputs are "", and the resolver submits the body.
  const resolver = standardSchemaResolver(schema);
  assert.deepEqual(await resolver(blankOptional, undefined, rhfOptions()), { values: RECLAIM_GOOD, errors: {} });
  assert.deepEqual((await resolver({ customer_id: "c1", amount: "" }, undefined, rhfOptions())).errors, { amount: { message: "This field is required.", type: "", ref: undefined } });

  // TanStack Form: typing into an optional field and clearing it again leaves the form valid.
  const form = new FormApi({ defaultValues: { customer_id: "c1", amount: "10.50", indirect_partner_id: "" }, validators: { onChange: schema } });
  form.mount();
  const partner = new FieldApi({ form, name: "indirect_partner_id" });
  partner.mount();
  partner.handleChange("p".repeat(65));
  assert.deepEqual(partner.state.meta.errors.map((e) => e.code), ["too_long"]);
  partner.handleChange("");
  assert.deepEqual(partner.state.meta.errors, []);
  assert.equal(form.state.canSubmit, true);
});

test("before the module is ready: calls throw not_ready, a schema answers with a promise", async () => {
  // The package's own sources, as a browser runs them before its wasm has arrived.
  const core = await import("../../pkg/src/core.js");
  const { standardSchema: early } = await import("../../pkg/src/standard.js"); // bound to that core
  const glue = await import("../../pkg/wasm-node/bss_validate.js");
  const { readFileSync } = await import("node:fs");
  const instance = glue.initSync({ module: readFileSync(new URL("../../pkg/wasm-node/bss_validate_bg.wasm", import.meta.url)) });
  let arrive;
  core.bind(glue, new Promise((resolve) => (arrive = () => resolve(instance))));
  assert.equal(core.loaded(), false);
  assert.throws(() => core.validate("ReclaimToPartnerAccount", RECLAIM_GOOD), (e) => e.code === "not_ready" && /is loading; see ready\(\)/.test(e.message));
  assert.throws(() => core.fields("ReclaimToPartnerAccount"), { code: "not_ready" });
  const schema = early("ReclaimToPartnerAccount"); // made at once; a bad name would throw on first use
  const pending = schema["~standard"].validate({ customer_id: "c1", amount: "" });
  assert.ok(pending instanceof Promise);
  const nameless = early("NoSuchOperation")["~standard"].validate({});
  arrive();
  assert.deepEqual((await pending).issues.map((i) => [i.path, i.code]), [[["amount"], "required"]]);
  await assert.rejects(nameless, { code: "unknown_operation" });
  assert.deepEqual(schema["~standard"].validate(RECLAIM_GOOD), { value: RECLAIM_GOOD }); // synchronous once ready
  assert.throws(() => early("NoSuchOperation"), { code: "unknown_operation" });
  await core.ready();
  assert.equal(core.loaded(), true);
  assert.equal(core.validate("ReclaimToPartnerAccount", RECLAIM_GOOD).ok, true);

  const failed = await import("../../pkg/src/core.js?failed");
  const cause = new Error("failed to fetch Wasm: 404");
  failed.bind(glue, Promise.reject(cause));
  await assert.rejects(failed.ready(), cause);
  assert.throws(() => failed.validate("ReclaimToPartnerAccount", RECLAIM_GOOD), (e) => e.code === "not_ready" && e.cause === cause && /failed to load/.test(e.message));
});
