// Hostile input never throws and never traps: 10 000 calls with values JSON cannot carry,
// then the same instance must still give exact verdicts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { validate, check, operations, fields } from "../../pkg/dist/node.js";
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import * as glue from "../../pkg/wasm-node/bss_validate.js";
import * as source from "../../pkg/src/node.js";

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

// ---------------------------------------------------------------------------------------------
// The hostile-input catalogue (tests/vectors/hostile/catalogue.json), as tests/hostile.rs runs
// it natively: the same generators, the same expected path and code for every case, in both
// locales, through the built package. Each case is timed; after each, the instance must still
// give exact verdicts. A second pass, on the package's source entry (the same wasm-node module,
// whose exports it can reach), measures the WebAssembly memory: the bump allocator
// (src/runtime.rs) starts over when nothing is live, so memory grows to the largest call's
// need once and never again, however many large calls follow.

const catalogue = JSON.parse(readFileSync(new URL("../vectors/hostile/catalogue.json", import.meta.url), "utf8"));

const LONE = { lone_high: "\ud800", lone_low: "\udc00" };
const SPECIAL = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity, "-0": -0 };

function genKey(t) {
  if (t === null || typeof t !== "object" || Array.isArray(t)) return undefined;
  return Object.keys(t).find((k) => k.startsWith("$") && k !== "$key");
}

function str(t) {
  if (typeof t === "string") return t;
  switch (genKey(t)) {
    case "$repeat": return t.$repeat.repeat(t.times);
    case "$concat": return t.$concat.map(str).join("");
    case "$js": if (t.$js in LONE) return LONE[t.$js];
  }
  throw new Error(`not a string generator: ${JSON.stringify(t)}`);
}

function setOwn(obj, key, value) {
  // An own "__proto__" key, as JSON.parse makes it (assignment would set the prototype).
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The catalogue's generators, as tests/hostile.rs expands them (here with real JS values). */
function expand(t) {
  const g = genKey(t);
  if (g === "$repeat" || g === "$concat") return str(t);
  if (g === "$js") return t.$js in LONE ? LONE[t.$js] : SPECIAL[t.$js];
  if (g === "$array") { const v = expand(t.$array); return Array.from({ length: t.times }, () => v); }
  if (g === "$object") {
    const v = expand(t.$object);
    const out = {};
    for (let i = 0; i < t.times; i++) out[`${t.prefix}${i}`] = v;
    return out;
  }
  if (g === "$nest") {
    let v = expand(t.leaf);
    for (let i = 0; i < t.$nest; i++) v = t.key === null ? [v] : { [t.key]: v };
    return v;
  }
  if (Array.isArray(t)) return t.map(expand);
  if (t !== null && typeof t === "object") {
    const out = {};
    for (const k of Object.keys(t)) {
      if (k === "$key") setOwn(out, str(t[k]), 1);
      else setOwn(out, k, expand(t[k]));
    }
    return out;
  }
  return t;
}

const brief = (errors) => errors.map((e) => [e.path, e.code]);
const wantOf = (list) => list.map((e) => [typeof e.path === "string" ? e.path : str(e.path), e.code]);
const short = (pairs) => JSON.stringify(pairs.slice(0, 6).map(([p, c]) => [p.length > 40 ? `${p.slice(0, 40)}…(${p.length})` : p, c]));

function compare(expect, out) {
  const problems = [];
  if (out.ok !== expect.ok) problems.push(`ok: want ${expect.ok}, got ${out.ok}`);
  const got = brief(out.errors);
  if (expect.errors) {
    const want = wantOf(expect.errors);
    if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`errors: want ${short(want)}, got ${short(got)} (${got.length})`);
  } else {
    const head = wantOf(expect.head);
    if (got.length !== expect.count || JSON.stringify(got.slice(0, head.length)) !== JSON.stringify(head)) {
      problems.push(`want ${expect.count} errors starting ${short(head)}, got ${got.length} starting ${short(got)}`);
    }
  }
  return problems;
}

const runCase = (api, c, input, locale) => (c.check ? api.check(c.check, input, { locale }) : api.validate(c.operation, input, { locale }));

/** A stated bound per call (the measured figures are far lower; see target/hostile-node.txt). */
const TIME_BOUND_MS = 5000;

test("the hostile catalogue: the same path and code as natively, in bounded time, the instance intact", () => {
  const api = { validate, check };
  const good = [validate("ReclaimToPartnerAccount", GOOD), validate("ReclaimToPartnerAccount", BAD)];
  const failures = [];
  const rows = [];
  for (const c of catalogue.cases) {
    const input = expand(c.input);
    for (const locale of ["en", "zh-CN"]) {
      const t = performance.now();
      const out = runCase(api, c, input, locale);
      const ms = performance.now() - t;
      for (const p of compare(c.expect, out)) failures.push(`${c.name} [${locale}]: ${p}`);
      for (const e of out.errors) if (!e.message) failures.push(`${c.name}: ${e.path} has no message`);
      if (ms > TIME_BOUND_MS) failures.push(`${c.name} [${locale}]: ${ms.toFixed(0)} ms`);
      rows.push([c.name, locale, ms]);
    }
    const after = [validate("ReclaimToPartnerAccount", GOOD), validate("ReclaimToPartnerAccount", BAD)];
    if (JSON.stringify(after) !== JSON.stringify(good)) failures.push(`${c.name}: the instance answers differently afterwards`);
  }
  mkdirSync(new URL("../../target/", import.meta.url), { recursive: true });
  writeFileSync(new URL("../../target/hostile-node.txt", import.meta.url), rows.map(([n, l, ms]) => `${n.padEnd(78)} ${l.padEnd(6)} ${ms.toFixed(3).padStart(10)} ms`).join("\n") + "\n");
  assert.deepEqual(failures, []);
  assert.ok(catalogue.cases.length >= 70);
});

test("WebAssembly memory grows to the largest call once, then stays: many large calls, no growth", () => {
  const wasm = glue.initSync({ module: readFileSync(new URL("../../pkg/wasm-node/bss_validate_bg.wasm", import.meta.url)) });
  const bytes = () => wasm.memory.buffer.byteLength;
  const inputs = catalogue.cases.map((c) => [c, expand(c.input)]);
  const rows = [];
  const pass = () => {
    for (const [c, input] of inputs) {
      const before = bytes();
      const heap = process.memoryUsage();
      const t = performance.now();
      const out = runCase(source, c, input, "en");
      const ms = performance.now() - t;
      assert.deepEqual(compare(c.expect, out), [], c.name);
      const now = process.memoryUsage();
      rows.push({ name: c.name, ms, wasmBefore: before, wasmAfter: bytes(), rssDelta: now.rss - heap.rss, heapDelta: now.heapUsed - heap.heapUsed });
      // zh-CN messages are longer: the arena's high-water mark is reached in both locales.
      assert.deepEqual(compare(c.expect, runCase(source, c, input, "zh-CN")), [], c.name);
    }
  };
  pass();
  const afterFirst = bytes();
  for (let i = 0; i < 3; i++) pass();
  // The largest inputs again and again: the arena is reused, memory does not move.
  const large = inputs.filter(([c]) => /1 MB|100 000/.test(c.name));
  for (let i = 0; i < 20; i++) for (const [c, input] of large) runCase(source, c, input, i % 2 ? "en" : "zh-CN");
  const end = bytes();
  assert.equal(end, afterFirst, `wasm memory ${afterFirst} → ${end} bytes after ${3 * inputs.length + 20 * large.length} more calls`);
  assert.ok(end <= 256 * 1024 * 1024, `wasm memory ${end} bytes`);
  assert.deepEqual(source.validate("ReclaimToPartnerAccount", GOOD), validate("ReclaimToPartnerAccount", GOOD));
  const first = rows.slice(0, inputs.length);
  const lines = first.map((r) => `${r.name.padEnd(78)} ${r.ms.toFixed(3).padStart(10)} ms  wasm ${(r.wasmBefore / 2 ** 20).toFixed(1)}→${(r.wasmAfter / 2 ** 20).toFixed(1)} MiB  rss ${(r.rssDelta / 2 ** 20).toFixed(1).padStart(6)} MiB  heap ${(r.heapDelta / 2 ** 20).toFixed(1).padStart(6)} MiB`);
  lines.push(`wasm memory after the first pass: ${afterFirst} bytes; after ${3 * inputs.length + 20 * large.length} more calls: ${end} bytes`);
  writeFileSync(new URL("../../target/hostile-node-memory.txt", import.meta.url), lines.join("\n") + "\n");
});

