// The form layer through the built npm package: the vectors of tests/vectors/forms/ (the
// Rust runner tests/forms.rs reads the same files), and the corpus-wide agreement of
// validateField with validate.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { validate, check, validateField, normalize, htmlAttributes, jsonSchema, operations } from "../../pkg/dist/node.js";

const load = (name) => JSON.parse(readFileSync(new URL(`../vectors/forms/${name}`, import.meta.url), "utf8"));
const brief = (errs) => errs.map((e) => `${e.path} ${e.code}`);

function sameErrors(name, got, want) {
  assert.deepEqual(brief(got), brief(want), name);
  want.forEach((w, i) => {
    for (const [k, v] of Object.entries(w.params ?? {})) assert.deepEqual(got[i].params[k], v, `${name}: params.${k}`);
    assert.ok(got[i].message, `${name}: a message`);
  });
}

test("validateField vectors", () => {
  const { cases } = load("validate_field.json");
  for (const c of cases) {
    // Twice: the first call learns the field's scope, the next ones are answered knowing it
    // (the violations alone, or nothing). A caller changing a scope it got changes no other.
    for (const round of ["first", "again"]) {
      const out = validateField(c.operation, c.pointer, c.input, { normalize: c.normalize === true });
      assert.deepEqual(out.scope, c.expect.scope, `${c.name} (${round})`);
      sameErrors(`${c.name} (${round})`, out.errors, c.expect.errors);
      assert.equal(out.ok, out.errors.length === 0);
      out.scope.push("/changed by the caller");
    }
  }
});

test("normalize vectors, alone and inside validate", () => {
  const { cases } = load("normalize.json");
  for (const c of cases) {
    const out = normalize(c.operation, c.input);
    assert.deepEqual(out, c.expect, c.name);
    const v = validate(c.operation, c.input, { normalize: true });
    assert.deepEqual(v.changes, c.expect.changes, `${c.name}: validate lists the same changes`);
    if (v.ok) assert.deepEqual(v.value, c.expect.value, `${c.name}: validate returns the normalised body`);
  }
  // Plain validation never normalises.
  const strict = validate("ReclaimToPartnerAccount", { customer_id: "c1", amount: "１２．５０" });
  assert.equal(strict.errors[0].code, "not_a_decimal");
  assert.equal(strict.changes, undefined);
});

test("htmlAttributes vectors", () => {
  for (const c of load("html.json").cases) {
    const got = htmlAttributes(c.operation, { jsx: c.jsx === true });
    for (const [name, attrs] of Object.entries(c.expect)) assert.deepEqual(got[name], attrs, `${c.name}: ${name}`);
  }
});

test("form values vectors: validate, validateField and the normalisation alone", () => {
  const { cases } = load("form_values.json");
  for (const c of cases) {
    const options = { form: true, normalize: c.normalize === true };
    const out = (c.check ? check : validate)(c.operation ?? c.check, c.input, options);
    assert.equal(out.ok, c.expect.ok, c.name);
    sameErrors(c.name, out.errors, c.expect.errors);
    if (out.ok) {
      assert.deepEqual(out.value, c.expect.value, `${c.name}: value`);
      assert.equal((c.check ? check : validate)(c.operation ?? c.check, out.value).ok, true, `${c.name}: strict validation takes the body`);
    }
    if (c.check || typeof c.input !== "object") continue;
    for (const key of Object.keys(c.input)) {
      const field = validateField(c.operation, "/" + key, c.input, options);
      const inScope = (p) => field.scope.some((s) => p === s || p.startsWith(s + "/"));
      assert.deepEqual(field.errors, out.errors.filter((e) => inScope(e.path)), `${c.name}: /${key}`);
    }
  }
  // Strict validation keeps its contract: "" is `empty`, integer text in a body is wrong_type.
  const strict = validate("RenewalResources", { resource_ids: ["r1"], period_type: "2", period_num: 1, is_auto_pay: "" });
  assert.deepEqual(brief(strict.errors), ["/period_type wrong_type", "/is_auto_pay empty"]);
  // An empty number input's NaN (react-hook-form's valueAsNumber) is blank in a form, wrong_type elsewhere.
  assert.deepEqual(brief(validate("RenewalResources", { resource_ids: ["r1"], period_type: NaN, period_num: 1 }, { form: true }).errors), ["/period_type required"]);
  assert.deepEqual(brief(validate("RenewalResources", { resource_ids: ["r1"], period_type: NaN, period_num: 1 }).errors), ["/period_type wrong_type"]);
});

test("the account-name pattern is the rule, as the browser compiles it", () => {
  const { pattern } = htmlAttributes("CreateSubCustomer").domain_name;
  const re = new RegExp(`^(?:${pattern})$`, "v"); // how HTML compiles `pattern`
  for (const name of ["partner01", "_partner", "-abc12", "Op_user"]) {
    assert.ok(re.test(name), name);
    assert.equal(validate("CreateSubCustomer", { xaccount_id: "x", xaccount_type: "t", domain_name: name }).ok, true, name);
  }
  for (const name of ["op_user", "shadow_x", "1abcd", "ab cd", "a.bcd"]) {
    assert.ok(!re.test(name), name);
    assert.equal(validate("CreateSubCustomer", { xaccount_id: "x", xaccount_type: "t", domain_name: name }).ok, false, name);
  }
});

test("validateField agrees with validate on every field of every corpus case", () => {
  const dir = new URL("../vectors/", import.meta.url);
  let n = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const doc = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
    const name = doc.operation ?? doc.check;
    for (const c of doc.cases) {
      if (typeof c.input !== "object" || c.input === null || Array.isArray(c.input)) continue;
      const whole = doc.check ? check(name, c.input) : validate(name, c.input);
      for (const key of Object.keys(c.input)) {
        const pointer = "/" + key.replaceAll("~", "~0").replaceAll("/", "~1");
        const out = validateField(name, pointer, c.input);
        const inScope = (p) => out.scope.some((s) => s === "" || p === s || p.startsWith(s + "/"));
        assert.deepEqual(out.errors, whole.errors.filter((e) => inScope(e.path)), `${file} ${c.name} ${pointer}`);
        n++;
      }
    }
  }
  assert.ok(n > 3000, `${n}`);
});

test("a JSON Schema for every operation", () => {
  for (const { name } of operations()) {
    const s = jsonSchema(name);
    assert.equal(s.$schema, "https://json-schema.org/draft/2020-12/schema");
    assert.equal(s.title, name);
    assert.equal(s.type, "object");
    assert.equal(s.additionalProperties, false);
  }
  const money = jsonSchema("ReclaimToPartnerAccount").properties.amount;
  assert.deepEqual(money.type, ["string", "number"]); // the rules take a JSON number too
  assert.equal(money.exclusiveMinimum, 0);
  assert.ok(new RegExp(money.pattern).test("10.50") && !new RegExp(money.pattern).test("10.505"));
  assert.equal(money["x-maximum"], "2147483647");
  assert.throws(() => jsonSchema("Nope"), { name: "TypeError", code: "unknown_operation" });
  assert.throws(() => validateField("Nope", "/a", {}), { code: "unknown_operation" });
});
