// Standard JSON Schema v1 (`standardSchema(…)["~standard"].jsonSchema`) and `jsonSchema`: every
// operation's schema in each target compiles, accepts every body the rules accept (the
// conformance vectors, read strictly and as form values) and refuses bodies that break a
// constraint a schema can state. draft-2020-12 and draft-07 are checked by ajv; openapi-3.0 by
// OpenAPI 3.0's own meta-schema (each schema in a minimal 3.0 document, through the OpenAPI
// validator) and, its `nullable` and boolean `exclusiveMinimum` written as draft-07's, by ajv.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import Ajv from "ajv";
import { Validator } from "@seriousme/openapi-schema-validator";
import { standardSchema, jsonSchema, operations, validate, validateField } from "../../pkg/dist/node.js";

const TARGETS = ["draft-2020-12", "draft-07", "openapi-3.0"];
// `x-…` keywords are annotations; formats are not asserted (the rules check them).
const options = { strict: false, validateFormats: false, allErrors: true };
const ajv = { "draft-2020-12": new Ajv2020(options), "draft-07": new Ajv(options), "openapi-3.0": new Ajv(options) };
const names = operations().map((o) => o.name);

/** An OpenAPI 3.0 Schema Object as draft-07: `nullable` as a type, `exclusiveMinimum` a number. */
function fromOpenApi30(s) {
  if (Array.isArray(s)) return s.map(fromOpenApi30);
  if (s === null || typeof s !== "object") return s;
  const out = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k === "enum" ? v : fromOpenApi30(v)]));
  if (out.nullable === true) out.type = [out.type, "null"];
  if (out.exclusiveMinimum === true) (out.exclusiveMinimum = out.minimum), delete out.minimum;
  delete out.nullable;
  return out;
}

const compiled = new Map();
/** The validator of `operation`'s schema in `target`, read as `reading` says (`output`: the body's). */
function check(operation, target, reading) {
  const key = `${operation} ${target} ${JSON.stringify(reading)}`;
  if (!compiled.has(key)) {
    const std = standardSchema(operation, reading === "output" ? {} : reading)["~standard"].jsonSchema;
    const schema = std[reading === "output" ? "output" : "input"]({ target });
    compiled.set(key, ajv[target].compile(target === "openapi-3.0" ? fromOpenApi30(schema) : schema));
  }
  return compiled.get(key);
}

// Every body of the conformance vectors, with its operation.
const corpus = [];
for (const file of readdirSync(new URL("../vectors/", import.meta.url)).filter((f) => f.endsWith(".json"))) {
  const { operation, cases } = JSON.parse(readFileSync(new URL(`../vectors/${file}`, import.meta.url)));
  if (names.includes(operation)) for (const c of cases) corpus.push({ operation, ...c });
}
const formCases = [];
for (const file of ["form_values", "normalize"]) {
  for (const c of JSON.parse(readFileSync(new URL(`../vectors/forms/${file}.json`, import.meta.url))).cases) if (names.includes(c.operation)) formCases.push(c);
}
// JSON Schema counts code points where the rules count UTF-16 units (`x-length-unit`), so a
// `minLength` may refuse a valid text of astral characters: those bodies are left out.
const astral = (v) => /[\u{10000}-\u{10FFFF}]/u.test(JSON.stringify(v));

test("~standard.jsonSchema: input and output for every operation in each target; another target throws", () => {
  for (const name of names) {
    const std = standardSchema(name)["~standard"];
    assert.equal(typeof std.jsonSchema.input, "function");
    for (const target of TARGETS) {
      const output = std.jsonSchema.output({ target });
      assert.deepEqual(output, jsonSchema(name, { target }));
      assert.deepEqual(standardSchema(name, { form: false })["~standard"].jsonSchema.input({ target }), output, "strict: input = output");
      for (const s of [output, std.jsonSchema.input({ target })]) {
        assert.equal(s.title, name);
        assert.equal(s.type, "object");
        assert.equal(s.additionalProperties, false);
        assert.equal(s.$schema, { "draft-2020-12": "https://json-schema.org/draft/2020-12/schema", "draft-07": "http://json-schema.org/draft-07/schema#", "openapi-3.0": undefined }[target]);
      }
    }
    for (const target of ["draft-04", "openapi-3.1", "draft-2019-09", "", "DRAFT-07"]) {
      assert.throws(() => std.jsonSchema.input({ target }), { name: "TypeError", message: new RegExp(`unsupported JSON Schema target`) });
      assert.throws(() => std.jsonSchema.output({ target }), TypeError);
    }
  }
  assert.deepEqual(jsonSchema("PayOrders"), jsonSchema("PayOrders", { target: "draft-2020-12" }));
  assert.throws(() => jsonSchema("Nope", { target: "draft-07" }), { code: "unknown_operation" });
});

test("openapi-3.0: every schema is a valid OpenAPI 3.0 Schema Object (the 3.0 meta-schema)", async () => {
  const schemas = {};
  for (const name of names) {
    schemas[name] = jsonSchema(name, { target: "openapi-3.0" });
    schemas[`${name}Form`] = standardSchema(name)["~standard"].jsonSchema.input({ target: "openapi-3.0" });
  }
  const doc = { openapi: "3.0.3", info: { title: "schemas", version: "1" }, paths: {}, components: { schemas } };
  const result = await new Validator().validate(doc);
  assert.deepEqual(result.errors, undefined);
  assert.equal(result.valid, true);
  // …which a type array or `$schema` is not: the check has teeth.
  const bad = await new Validator().validate({ ...doc, components: { schemas: { a: { type: ["string", "null"] }, b: jsonSchema("PayOrders") } } });
  assert.equal(bad.valid, false);
  // Several types are an anyOf of one type each, null is `nullable`.
  const limit = jsonSchema("ListCustomerOrders", { target: "openapi-3.0" }).properties.limit;
  assert.deepEqual(limit.anyOf.map((b) => [b.type, b.nullable]), [["integer", true], ["string", true]]);
  const amount = jsonSchema("ReclaimToPartnerAccount", { target: "openapi-3.0" }).properties.amount;
  assert.deepEqual(amount.anyOf.map((b) => [b.type, b.minimum, b.exclusiveMinimum]), [["string", 0, true], ["number", 0, true]]);
});

test("every body the rules accept passes each target's schema: strict bodies, and form values as input", () => {
  let n = 0;
  for (const target of TARGETS) {
    for (const { operation, input, expect } of corpus) {
      if (!expect.ok || astral(input)) continue;
      assert.ok(check(operation, target, "output")(input), `${target} ${operation} ${JSON.stringify(input)}`);
      n++;
    }
    // Form values (the default reading), normalised or not: the input schema takes what the
    // form holds, the output schema the body it stands for.
    for (const reading of [{}, { normalize: false }, { form: false, normalize: true }]) {
      const opts = { form: true, normalize: true, ...reading };
      for (const { operation, input } of [...corpus, ...formCases]) {
        const out = validate(operation, input, opts);
        if (!out.ok || astral(input)) continue;
        const v = check(operation, target, reading);
        assert.ok(v(input), `${target} ${JSON.stringify(reading)} input ${operation} ${JSON.stringify(input)}: ${JSON.stringify(v.errors)}`);
        assert.ok(check(operation, target, "output")(out.value), `${target} output ${operation} ${JSON.stringify(out.value)}`);
        n++;
      }
    }
  }
  assert.ok(n > 20000, `${n}`);
});

test("bodies breaking a constraint a schema states fail each target's schema", () => {
  // One violation each, of a kind a schema expresses: type, enum, length on ASCII text,
  // required, unknown keys, list sizes, integer bounds. Not: amounts' bounds and scale (text),
  // integers given as text (their bounds), `x-one-of-any-case` choices, formats, cross rules.
  const stated = new Set(["wrong_type", "not_one_of", "too_long", "too_short", "required", "unknown_field", "too_many_items", "too_few_items", "too_large", "too_small", "empty"]);
  let n = 0;
  for (const { operation, input, expect } of corpus) {
    if (expect.ok || expect.errors.length !== 1 || !stated.has(expect.errors[0].code)) continue;
    const [{ path, code }] = expect.errors;
    const at = path.split("/").slice(1).reduce((v, k) => v?.[k], input);
    const schema = jsonSchema(operation);
    const field = schema.properties[path.split("/")[1]];
    if (typeof at === "string" && (["too_large", "too_small"].includes(code) || !/^[\x20-\x7e]*$/.test(at))) continue;
    if (code === "not_one_of" && JSON.stringify(field ?? {}).includes("x-one-of-any-case")) continue;
    if (typeof input !== "object" || input === null || Array.isArray(input)) continue;
    // A field a cross rule reads (its scope holds others) may break that rule alone.
    if (validateField(operation, `/${path.split("/")[1]}`, input).scope.length > 1) continue;
    for (const target of TARGETS) assert.equal(check(operation, target, "output")(input), false, `${target} ${operation} ${code} ${path} ${JSON.stringify(input)}`);
    n++;
  }
  assert.ok(n > 1000, `${n}`);
});
