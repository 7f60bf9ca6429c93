// Hostile input never throws and never traps: 10 000 calls with values JSON cannot carry,
// then the same instance must still give exact verdicts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { validate, check, operations, fields } from "../../pkg/dist/node.js";

const GOOD = { customer_id: "06f9fb4f24002f0b0f40c00327c28d00", amount: "10.50" };
const BAD = { customer_id: "c1", amount: 1.005 };

function hostileValues() {
  const cyclic = { order_id: "o" };
  cyclic.self = cyclic;
  const cyclicList = [];
  cyclicList.push(cyclicList);
  let deep = {};
  for (let i = 0; i < 10000; i++) deep = { a: deep };
  let deepList = [];
  for (let i = 0; i < 10000; i++) deepList = [deepList];
  const throwing = {};
  Object.defineProperty(throwing, "amount", { enumerable: true, get() { throw new Error("boom"); } });
  const proxy = new Proxy({}, { ownKeys() { throw new Error("no keys"); } });
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const sparse = [];
  sparse[5] = "x";
  return [
    undefined, null, true, 0, -0, NaN, Infinity, -Infinity, 1e308, 5e-324, 2 ** 53 + 2, 10n, Symbol("s"),
    () => 1, function named() {}, class C {}, "", "x".repeat(100000), "\ud800", "😀", [], [1, "a", null], sparse,
    {}, Object.create(null), new Date(0), new Map([["a", 1]]), new Set([1]), new Uint8Array(4), /re/g, new Error("e"),
    cyclic, cyclicList, deep, deepList, throwing, proxy, revocable.proxy, new Number(5), new String("s"), new Boolean(false),
    { amount: 10n }, { amount: NaN }, { amount: () => "1" }, { coupon_infos: [cyclic] }, { toJSON() { return "x"; } },
  ];
}

test("10 000 hostile calls give coded outcomes, then the instance still validates correctly", () => {
  const values = hostileValues();
  const names = operations().map((o) => o.name);
  const before = [validate("ReclaimToPartnerAccount", GOOD), validate("ReclaimToPartnerAccount", BAD)];
  let seed = 0x2545f491;
  const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8);
  const codes = new Set();
  for (let i = 0; i < 10000; i++) {
    const op = names[next() % names.length];
    const pick = () => values[next() % values.length];
    let input;
    switch (i % 4) {
      case 0: input = pick(); break;
      case 1: { input = {}; for (const f of fields(op)) if (next() % 2) input[f.name] = pick(); break; }
      case 2: input = { ...GOOD, [`k${i % 7}`]: pick(), amount: pick() }; break;
      default: input = [pick(), pick()];
    }
    const out = i % 50 === 0 ? check(i % 100 === 0 ? "AssociateCustomer" : "JoinPartnerProgram", input) : validate(op, input, { locale: i % 3 ? "en" : "zh-CN" });
    assert.equal(typeof out.ok, "boolean");
    assert.equal(out.ok, out.errors.length === 0);
    for (const e of out.errors) {
      assert.equal(typeof e.code, "string");
      assert.ok(e.path === "" || e.path.startsWith("/"));
      assert.ok(e.message.length > 0);
      codes.add(e.code);
    }
  }
  assert.ok(codes.has("wrong_type") && codes.has("unknown_field"), [...codes].join());
  const after = [validate("ReclaimToPartnerAccount", GOOD), validate("ReclaimToPartnerAccount", BAD)];
  assert.deepEqual(after, before);
  assert.equal(after[0].ok, true);
  assert.equal(after[1].errors[0].code, "too_many_decimals");
});

test("what JSON cannot carry becomes a coded violation at its path", () => {
  const cyclic = { order_id: "o" };
  cyclic.self = cyclic;
  assert.deepEqual(validate("CancelCustomerOrder", cyclic).errors.map((e) => [e.path, e.code]), [["/self", "unknown_field"]]);
  for (const amount of [NaN, Infinity, 10n, Symbol("x"), () => 1]) {
    const out = validate("ReclaimToPartnerAccount", { customer_id: "c", amount });
    assert.deepEqual(out.errors.map((e) => [e.path, e.code, e.params.expected]), [["/amount", "wrong_type", "decimal"]]);
  }
  // undefined is absent, as in JSON.stringify: required fields say so, optional ones are fine.
  assert.deepEqual(validate("ReclaimToPartnerAccount", { customer_id: "c", amount: "1", indirect_partner_id: undefined }).ok, true);
  assert.equal(validate("ReclaimToPartnerAccount", { customer_id: "c", amount: undefined }).errors[0].code, "required");
  for (const body of [undefined, null, 7, "x", () => 1, Symbol("b"), [GOOD]]) {
    assert.deepEqual(validate("ReclaimToPartnerAccount", body).errors.map((e) => [e.path, e.code]), [["", "wrong_type"]]);
  }
});

test("keys that name Object.prototype's members are plain keys, as on the server", () => {
  // JSON.parse makes an own "__proto__" key; so does a server's JSON reader. Both sides must
  // see it (and reject it as unknown), never drop it or treat it as a prototype.
  for (const key of ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString"]) {
    const body = JSON.parse(`{"customer_id":"c1","amount":"1",${JSON.stringify(key)}:{"x":1}}`);
    const out = validate("ReclaimToPartnerAccount", body);
    assert.deepEqual(out.errors.map((e) => [e.path, e.code]), [[`/${key}`, "unknown_field"]], key);
    assert.equal(Object.getPrototypeOf(out), Object.prototype, "the answer is an ordinary object");
  }
  assert.equal(({}).x, undefined, "no prototype was touched");
});
