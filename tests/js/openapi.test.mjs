// The OpenAPI 3.1 document (src/forms/openapi.rs; the demo server's /openapi.json, written to
// fixtures/openapi.json by `cargo test --test generated`, which fails when it is stale):
// valid by a real OpenAPI validator, one operation for each of `operations()` at its method
// and path, and its request schemas taking the bodies the rules take (ajv, draft 2020-12).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { Validator } from "@seriousme/openapi-schema-validator";
import { operations } from "../../pkg/dist/node.js";

const doc = JSON.parse(readFileSync(new URL("fixtures/openapi.json", import.meta.url), "utf8"));
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const ops = new Map(Object.entries(doc.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => [item[m].operationId, { path, method: m, ...item[m] }])));

test("the document is valid OpenAPI 3.1 (@seriousme/openapi-schema-validator)", async () => {
  const validator = new Validator();
  const result = await validator.validate(structuredClone(doc));
  assert.deepEqual(result.errors, undefined);
  assert.equal(result.valid, true);
  assert.equal(validator.version, "3.1");
  // The validator has teeth: a path parameter must be required, a response needs a description.
  const broken = structuredClone(doc);
  delete broken.paths["/v2/orders/customer-orders/details/{order_id}"].get.parameters[0].required;
  assert.equal((await new Validator().validate(broken)).valid, false);
});

test("every operation, at its method and path, with its parameters or body and the 422 problem", () => {
  const list = operations();
  assert.equal(ops.size, list.length);
  assert.equal(doc.info.version, JSON.parse(readFileSync(new URL("../../Cargo.toml", import.meta.url).pathname.replace(/Cargo.toml$/, "pkg/package.json"))).version);
  for (const { name, method, path, site } of list) {
    const op = ops.get(name);
    assert.ok(op, name);
    assert.deepEqual([op.method, op.path], [method.toLowerCase(), path], name);
    assert.equal(op.servers?.[0].url ?? doc.servers[0].url, site === "china" ? "https://bss.myhuaweicloud.com" : "https://bss-intl.myhuaweicloud.com");
    assert.equal(op.responses["422"].$ref, "#/components/responses/InvalidBody");
    const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    // A path's `{name}` is a required path parameter, whatever the method.
    assert.deepEqual((op.parameters ?? []).filter((p) => p.in === "path").map((p) => [p.name, p.required]), pathParams.map((p) => [p, true]), name);
    if (method === "GET" || method === "DELETE") {
      assert.equal(op.requestBody, undefined);
      for (const p of op.parameters) assert.equal(p.in, pathParams.includes(p.name) ? "path" : "query", `${name} ${p.name}`);
    } else {
      assert.ok((op.parameters ?? []).every((p) => p.in === "path"), name);
      const schema = op.requestBody.content["application/json"].schema;
      assert.equal(schema.title, name);
      assert.ok(pathParams.every((p) => !(p in schema.properties)), name);
      assert.equal(op.requestBody.required, (schema.required ?? []).length > 0, name);
      assert.deepEqual(Object.keys(op.responses).sort(), ["200", "400", "413", "415", "422"]);
    }
  }
  const problem = doc.components.responses.InvalidBody.content["application/problem+json"].schema;
  assert.deepEqual(problem.allOf[1], { properties: { type: { const: "urn:bss-validate:problem:invalid-body" }, status: { const: 422 } }, required: ["errors"] });
  const violation = doc.components.schemas.Violation;
  assert.deepEqual(violation.required, ["path", "code", "params", "message"]);
  assert.ok(violation.properties.code.enum.includes("too_many_decimals"));
});

test("request bodies and parameters take the bodies the rules take, and refuse broken ones (ajv)", () => {
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  ajv.addSchema(doc, "openapi.json");
  const body = (name) => ajv.compile({ $ref: `openapi.json#/paths/${ops.get(name).path.replaceAll("~", "~0").replaceAll("/", "~1")}/${ops.get(name).method}/requestBody/content/application~1json/schema` });
  const reclaim = body("ReclaimToPartnerAccount");
  assert.equal(reclaim({ customer_id: "c1", amount: "10.50" }), true);
  assert.equal(reclaim({ customer_id: "c1", amount: 10.5 }), true);
  assert.equal(reclaim({ customer_id: "c1", amount: "10.505" }), false);
  assert.equal(reclaim({ customer_id: "c1" }), false);
  assert.equal(reclaim({ customer_id: "c1", amount: "1", customerId: "c1" }), false);
  const pay = body("PayOrders");
  assert.equal(pay({ order_id: "o1", use_coupon: "YES", use_discount: "NO", coupon_infos: [{ id: "c", type: 300 }] }), true);
  assert.equal(pay({ order_id: "o1", use_coupon: "yes", use_discount: "NO" }), false);
  assert.equal(pay({ order_id: "o1", use_coupon: "YES", use_discount: "NO", coupon_infos: [{ id: "c", type: 299 }] }), false);

  // Every valid vector passes: its path's and query's values their parameters' schemas, the
  // rest its request body's schema.
  let n = 0;
  for (const file of readdirSync(new URL("../vectors/", import.meta.url)).filter((f) => f.endsWith(".json"))) {
    const { operation, cases } = JSON.parse(readFileSync(new URL(`../vectors/${file}`, import.meta.url)));
    const op = ops.get(operation);
    if (!op) continue;
    const check = op.requestBody ? body(operation) : null;
    const params = new Map((op.parameters ?? []).map((p) => [p.name, ajv.compile(p.schema)]));
    for (const { input, expect } of cases) {
      if (!expect.ok || /[\u{10000}-\u{10FFFF}]/u.test(JSON.stringify(input))) continue; // code points vs UTF-16 units (x-length-unit)
      const rest = { ...input };
      for (const [k, v] of Object.entries(input)) {
        if (params.has(k)) {
          delete rest[k];
          if (v === null) continue; // absent
          // A query's value is text: an integer field's text is read as the integer.
          const value = typeof v === "string" && /^(0|-?[1-9]\d*)$/.test(v) && /integer/.test(JSON.stringify(op.parameters.find((p) => p.name === k).schema.type)) ? Number(v) : v;
          assert.ok(params.get(k)(value), `${operation} ${k} ${JSON.stringify(v)}`);
        }
      }
      if (check) assert.ok(check(rest), `${operation} ${JSON.stringify(rest)}`);
      n++;
    }
  }
  assert.ok(n > 1500, `${n}`);
});
