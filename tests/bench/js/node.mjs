// Benchmark (prints figures; not a test): the package's `validate` in Node against zod 4,
// valibot 1 and ajv 8 implementing the same rules (./peers.mjs), then a profile of where the
// time of one `validate` call goes. Run from the repository root after `./run build`:
//
//   node tests/bench/js/node.mjs            # ≈ 1 min
//   BENCH_RUN_MS=1000 node tests/bench/js/node.mjs   # 1 s per run instead of 0.2 s (≈ 3 min)
//
// Method: every implementation is first checked to give the package's verdict (valid/invalid)
// on each body; then, per (library, body) cell, a warm-up, a calibration of the iteration
// count, and 5 timed runs of BENCH_RUN_MS each (so ≈ 1 s of timing per cell), the cells
// interleaved round by round so that drift hits all of them alike; the median run is shown.
// Each cell runs in its own generated loop, so every call site stays monomorphic.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { BODIES, dur, median, ops, root, table, vectorFile } from "./common.mjs";

const RUN_MS = Number(process.env.BENCH_RUN_MS ?? 200);
const RUNS = 5;
const OURS_URL = new URL("../../../pkg/dist/node.js", import.meta.url).href;
const WASM_URL = new URL("../../../pkg/wasm-node/bss_validate_bg.wasm", import.meta.url);
const started = performance.now();

// ------------------------------------------------------------------ imports (in this process)
const oursImportStart = performance.now();
const ours = await import(OURS_URL); // first: nothing of it is warm yet
const oursImportMs = performance.now() - oursImportStart;
const { z } = await import("zod");
const v = await import("valibot");
const { default: Ajv } = await import("ajv");
const peers = await import("./peers.mjs");

const version = (name) => JSON.parse(readFileSync(`${root}node_modules/${name}/package.json`, "utf8")).version;
const cpu = (readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.*)$/m) ?? [])[1] ?? "?";
console.log(`bss-validate benchmark — node ${process.version}, ${cpu}, ${os.availableParallelism()} cores`);
console.log(`zod ${version("zod")}, valibot ${version("valibot")}, ajv ${version("ajv")}; ${RUNS} runs × ${RUN_MS} ms per cell, median`);
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(" ");
console.log(`load average ${load()} (on ${os.availableParallelism()} cores; other processes' load makes every figure slower and noisier)`);

// ----------------------------------------------------------------------------------- schemas
const zod = peers.zodSchemas(z);
const zodCompiled = Object.fromEntries(Object.entries(zod).map(([op, s]) => [op, z.compile(s, { strict: true })]));
const valibot = peers.valibotSchemas(v);
const ajvInstance = peers.makeAjv(Ajv);
const ajv = Object.fromEntries(Object.entries(peers.ajvSchemas()).map(([op, s]) => [op, ajvInstance.compile(s)]));

/** The implementations: name → (operation) → (body) → valid? */
const IMPLS = [
  { name: "ours", make: (op) => (body) => ours.validate(op, body).ok },
  { name: "zod 4", make: (op) => { const s = zod[op]; return (body) => s.safeParse(body).success; } },
  { name: "zod 4 compiled", make: (op) => { const s = zodCompiled[op]; return (body) => s.safeParse(body).success; } },
  { name: "valibot", make: (op) => { const s = valibot[op]; return (body) => v.safeParse(s, body).success; } },
  { name: "ajv", make: (op) => ajv[op] },
];

// -------------------------------------------------------------- agreement, before any timing
let disagreements = 0;
for (const body of BODIES) {
  const outcome = ours.validate(body.operation, body.input);
  const codes = (errors) => errors.map((e) => `${e.path} ${e.code}`).join(", ");
  if (outcome.ok !== body.expect.ok || codes(outcome.errors) !== codes(body.expect.errors)) {
    console.error(`ours disagrees with the vector on ${body.label}: ${JSON.stringify(outcome.errors)}`);
    disagreements++;
  }
  for (const impl of IMPLS) {
    const got = impl.make(body.operation)(body.input);
    if (got !== body.expect.ok) {
      console.error(`${impl.name} says ${got ? "valid" : "invalid"} on ${body.label}; expected ${body.expect.ok ? "valid" : "invalid"}`);
      disagreements++;
    }
  }
}
if (disagreements) {
  console.error(`${disagreements} disagreement(s): no timing.`);
  process.exit(1);
}
console.log(`\nAgreement: all ${IMPLS.length} implementations give the expected verdict on the ${BODIES.length} bodies.`);

// How closely the peer schemas follow the rules beyond the six bodies: every vector case.
const coverage = [["vector file (cases)", ...IMPLS.slice(1).map((i) => i.name)]];
const misses = {};
for (const file of ["reclaim_to_partner_account", "create_sub_customer", "pay_orders"]) {
  const { operation, cases } = vectorFile(file);
  const row = [`${file} (${cases.length})`];
  for (const impl of IMPLS.slice(1)) {
    const check = impl.make(operation);
    const wrong = cases.filter((c) => check(c.input) !== c.expect.ok);
    for (const c of wrong) (misses[impl.name] ??= []).push(`${file}: ${c.name}`);
    row.push(`${cases.length - wrong.length}/${cases.length}`);
  }
  coverage.push(row);
}
console.log("Same verdict as the vectors (ok/not ok) on every case of the three operations:");
console.log(table(coverage));
for (const [name, list] of Object.entries(misses)) console.log(`  ${name} differs on: ${list.slice(0, 6).join("; ")}${list.length > 6 ? `; … (${list.length})` : ""}`);

// --------------------------------------------------------------------------------- the timing
const now = () => process.hrtime.bigint();
/** A loop of its own per cell (one generated function each), so its call site stays monomorphic. */
const makeLoop = () => new Function("fn", "input", "n", "let ok = 0; for (let i = 0; i < n; i++) if (fn(input)) ok++; return ok;");
let sink = 0;

/** Times `fn(input)` n times; nanoseconds. */
function timeLoop(loop, fn, input, n) {
  const t = now();
  sink += loop(fn, input, n);
  return Number(now() - t);
}

/** Warm-up (≥ warmMs) and an iteration count for runs of about `runMs`. */
function calibrate(loop, fn, input, warmMs, runMs) {
  let n = 16, ns = 0;
  const until = performance.now() + warmMs;
  while ((ns = timeLoop(loop, fn, input, n)) < 20e6 || performance.now() < until) if (ns < 20e6) n *= 2;
  return Math.max(1, Math.round((n / ns) * runMs * 1e6));
}

const cells = [];
for (const body of BODIES) {
  for (const impl of IMPLS) {
    const fn = impl.make(body.operation);
    cells.push({ body, impl, fn, loop: makeLoop(), runs: [] });
  }
}
for (const cell of cells) cell.n = calibrate(cell.loop, cell.fn, cell.body.input, 100, RUN_MS);
for (let round = 0; round < RUNS; round++) {
  // each round starts at a different cell, so no cell is always the first (or last) of a round
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[(k + round * 7) % cells.length];
    cell.runs.push((cell.n / timeLoop(cell.loop, cell.fn, cell.body.input, cell.n)) * 1e9);
  }
}

const result = new Map(cells.map((c) => [`${c.body.label}|${c.impl.name}`, c]));
const med = (label, name) => median(result.get(`${label}|${name}`).runs);
const spread = (label, name) => {
  const runs = result.get(`${label}|${name}`).runs;
  return (Math.max(...runs) - Math.min(...runs)) / median(runs);
};
const ratio = (x) => `${x.toFixed(2)}×`;
const geo = (xs) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);

const head = ["body", ...IMPLS.map((i) => i.name), "ours/zod", "ours/valibot", "ours/ajv", "ours/zod compiled"];
const rows = [head];
const ratios = { zod: [], valibot: [], ajv: [], zodc: [] };
for (const body of BODIES) {
  const o = med(body.label, "ours");
  const r = { zod: o / med(body.label, "zod 4"), valibot: o / med(body.label, "valibot"), ajv: o / med(body.label, "ajv"), zodc: o / med(body.label, "zod 4 compiled") };
  for (const k in r) ratios[k].push(r[k]);
  rows.push([body.label, ...IMPLS.map((i) => ops(med(body.label, i.name))), ratio(r.zod), ratio(r.valibot), ratio(r.ajv), ratio(r.zodc)]);
}
rows.push(["geometric mean", ...IMPLS.map((i) => ops(geo(BODIES.map((b) => med(b.label, i.name))))), ratio(geo(ratios.zod)), ratio(geo(ratios.valibot)), ratio(geo(ratios.ajv)), ratio(geo(ratios.zodc))]);
console.log(`\nThroughput, ops/s (median of ${RUNS} runs; one call = validate one body and get a verdict)`);
console.log(table(rows));
const worst = Math.max(...cells.map((c) => spread(c.body.label, c.impl.name)));
console.log(`Run-to-run spread (max−min)/median: ≤ ${(worst * 100).toFixed(0)}% over all cells.`);
const goal = (name, xs, min) => `${name} ${xs.every((x) => x >= min) ? "met" : `NOT met (${xs.filter((x) => x < min).length}/${xs.length} bodies below)`}`;
console.log(`Goals: ${goal("ours ≥ zod 4", ratios.zod, 1)}; ${goal("ours ≥ valibot", ratios.valibot, 1)}; ${goal("ours ≥ 0.5× ajv", ratios.ajv, 0.5)}.`);
console.log("Notes: ours returns the full outcome (every violation with code, params and a message, or the value);");
console.log("zod and valibot collect every issue and return a copy; ajv (allErrors: false) stops at the first error.");
for (const body of BODIES) console.log(`  ${body.label.padEnd(18)} ${JSON.stringify(body.input).length} B JSON   ← ${body.source}`);

// ------------------------------------------------------------------------ import / instantiate
// In fresh Node processes (5 each, median), timed inside the process so Node's own start is
// not counted: import() of the library; building the three schemas (ajv: new Ajv + compile,
// i.e. code generation); the first call (V8 compiles wasm functions lazily, on first call,
// and zod 4 generates its object fast path on first parse).
const CHILD = `
const [lib, url, peersUrl, body] = process.argv.slice(1);
const input = JSON.parse(body);
const t0 = performance.now();
const mod = await import(url);
const t1 = performance.now();
let check;
if (lib === "bss-validate") check = (b) => mod.validate("ReclaimToPartnerAccount", b).ok;
else {
  const peers = await import(peersUrl);
  const s0 = performance.now();
  if (lib === "zod") { const s = peers.zodSchemas(mod.z).ReclaimToPartnerAccount; check = (b) => s.safeParse(b).success; }
  if (lib === "valibot") { const s = peers.valibotSchemas(mod).ReclaimToPartnerAccount; check = (b) => mod.safeParse(s, b).success; }
  if (lib === "ajv") { const a = peers.makeAjv(mod.default); const all = peers.ajvSchemas(); const f = Object.fromEntries(Object.entries(all).map(([k, s]) => [k, a.compile(s)])); check = f.ReclaimToPartnerAccount; }
  var build = performance.now() - s0;
}
const t2 = performance.now();
const ok = check(input);
const t3 = performance.now();
check(input);
const t4 = performance.now();
console.log(JSON.stringify({ import: t1 - t0, build: build ?? 0, first: t3 - t2, second: t4 - t3, ok }));
`;
const WASM_CHILD = `
import { readFileSync } from "node:fs";
const t0 = performance.now();
const bytes = readFileSync(new URL(process.argv[1]));
const t1 = performance.now();
const module = new WebAssembly.Module(bytes);
const t2 = performance.now();
new WebAssembly.Instance(module, { "./bss_validate_bg.js": { __wbindgen_init_externref_table() {} } });
const t3 = performance.now();
console.log(JSON.stringify({ read: t1 - t0, compile: t2 - t1, instantiate: t3 - t2 }));
`;
const child = (code, args) => JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code, ...args], { cwd: root, encoding: "utf8" }));
const medianOf = (list, key) => median(list.map((x) => x[key]));
const ms = (x) => `${x.toFixed(2)} ms`;
const reclaimBody = JSON.stringify(BODIES[0].input);
const peersUrl = new URL("./peers.mjs", import.meta.url).href;
const importRows = [["library (fresh process, median of 5)", "import()", "build 3 schemas", "first call", "second call"]];
for (const [name, url] of [["bss-validate", OURS_URL], ["zod", import.meta.resolve("zod")], ["valibot", import.meta.resolve("valibot")], ["ajv", import.meta.resolve("ajv")]]) {
  const runs = Array.from({ length: 5 }, () => child(CHILD, [name, url, peersUrl, reclaimBody]));
  if (!runs.every((r) => r.ok)) throw new Error(`${name}: the first call in a fresh process did not validate`);
  importRows.push([name, ms(medianOf(runs, "import")), name === "bss-validate" ? "–" : ms(medianOf(runs, "build")), ms(medianOf(runs, "first")), ms(medianOf(runs, "second"))]);
}
const wasmRuns = Array.from({ length: 5 }, () => child(WASM_CHILD, [WASM_URL.href]));
console.log("\nImport and first call (Reclaim valid body); bss-validate's import() reads, compiles and instantiates the wasm");
console.log(table(importRows));
console.log(`bss-validate in this process (before anything else was loaded): import() ${ms(oursImportMs)}.`);
console.log(`Its wasm (${readFileSync(WASM_URL).length} B), fresh process: readFileSync ${ms(medianOf(wasmRuns, "read"))}, new WebAssembly.Module ${ms(medianOf(wasmRuns, "compile"))},` +
  ` new WebAssembly.Instance ${ms(medianOf(wasmRuns, "instantiate"))}; the first call's extra time is the JS glue's first run and V8 compiling what it touches.`);

// --------------------------------------------------------------------------------- the profile
// Where one validate() call spends its time. The JS side is pkg/src/core.js itself (imported
// from its source with its private helpers exported, bound to its own instance of the module
// dist/node.js uses), and under it the bare wasm exports.
const glue = await import(new URL("../../../pkg/wasm-node/bss_validate.js", import.meta.url).href);
const raw = glue.initSync({ module: readFileSync(WASM_URL) }); // the instance's exports
// core.js from its source, with its private helpers exported: `body()` writes a body's tokens
// into its `words`/`bytes` scratch and returns the plain copy; `validateRaw()` copies them into
// the module, calls it and reads the answer in place; `messages()` renders the messages.
const source = readFileSync(`${root}pkg/src/core.js`, "utf8").replace('"./message.js"', JSON.stringify(new URL("../../../pkg/src/message.js", import.meta.url).href)) + "\nexport { body as __body, indexOf as __indexOf, validateRaw as __validateRaw, messages as __messages };\nexport const __tokens = () => [words.subarray(0, nw), bytes.subarray(0, nb)];\n";
const core = await import(`data:text/javascript,${encodeURIComponent(source)}`);
core.bind(glue, raw);

let view8 = new Uint8Array(raw.memory.buffer), view32 = new Uint32Array(raw.memory.buffer);
const fresh = () => {
  if (view8.byteLength === 0) (view8 = new Uint8Array(raw.memory.buffer)), (view32 = new Uint32Array(raw.memory.buffer));
};
/** Copies the tokens and text into fresh wasm allocations (what the glue's passArray…ToWasm0 do). */
function put(words, bytes) {
  const w = raw.__wbindgen_malloc(words.length * 4, 4) >>> 0;
  fresh();
  view32.set(words, w / 4);
  const b = raw.__wbindgen_malloc(bytes.length, 1) >>> 0;
  fresh();
  view8.set(bytes, b);
  return [w, words.length, b, bytes.length];
}
/** The bare `validate` export on tokens already written: no JS walk, the answer freed without decoding. */
function rawValidate(index, words, bytes) {
  const [w, nw, b, nb] = put(words, bytes);
  const ret = raw.validate(index, w, nw, b, nb, nb, 0);
  if (ret[1] !== 0) raw.__wbindgen_free(ret[0], ret[1] * 4, 4);
  return ret[1] | 0;
}

/**
 * ns per call of each of `fns` (name → fn): each calibrated to runs of ≈ 10 ms after a
 * warm-up, then 11 rounds in which every fn runs once; the fastest run counts. Other
 * processes' load only ever adds time, so the minimum is the steadiest estimate of the work
 * itself, and the rows below are differences of these figures.
 */
function perCall(fns) {
  const entries = Object.entries(fns).map(([key, fn]) => {
    const loop = new Function("fn", "n", "let s = 0; for (let i = 0; i < n; i++) { const r = fn(); s += typeof r === 'number' ? r : r ? 1 : 0; } return s;");
    let n = 16, ns;
    const until = performance.now() + 25;
    for (;;) {
      const t = now();
      sink += loop(fn, n);
      ns = Number(now() - t);
      if (ns >= 5e6 && performance.now() >= until) break;
      if (ns < 5e6) n *= 2;
    }
    return { key, fn, loop, n: Math.max(1, Math.round((n / ns) * 10e6)), runs: [] };
  });
  for (let round = 0; round < 11; round++) {
    for (const e of entries) {
      const t = now();
      sink += e.loop(e.fn, e.n);
      e.runs.push(Number(now() - t) / e.n);
    }
  }
  return Object.fromEntries(entries.map((e) => [e.key, Math.min(...e.runs)]));
}

const profile = [];
for (const body of BODIES) {
  const op = body.operation, input = body.input;
  const index = core.__indexOf(op, 0);
  core.__body(input);
  const [words, bytes] = core.__tokens().map((a) => a.slice());
  const answer = glue.validate(index, words, bytes, bytes.length, 0);
  const errors = core.__validateRaw(index, bytes.length, 0)?.errors ?? [];
  const fns = {
    total: () => ours.validate(op, input).ok,
    walk: () => core.__body(input) !== null,
    // The walk's tokens stay in core.js's scratch: each call copies them in again.
    call: () => (core.__body(input), core.__validateRaw(index, bytes.length, 0) === undefined),
    messages: () => core.__messages(errors, 0).length,
    raw: () => rawValidate(index, words, bytes),
    floor: () => rawValidate(9999, words, bytes), // an index past the tables: the call and its copies alone
  };
  const t = perCall(fns);
  t.call -= t.walk;
  profile.push({ label: body.label, answerBytes: answer.length * 4, tokens: words.length / 3, textBytes: bytes.length, ...t });
}

const pct = (part, whole) => `${((part / whole) * 100).toFixed(0)}%`;
const prow = (label, key, f = (p) => p[key]) => [label, ...profile.map((p) => (f(p) == null || Number.isNaN(f(p)) ? "–" : `${dur(f(p))} ${pct(f(p), p.total)}`))];
const prof = [["per call (share of validate)", ...profile.map((p) => p.label)]];
prof.push(["validate() from pkg/dist/node.js", ...profile.map((p) => `${dur(p.total)}`)]);
prof.push(prow("JS in: the walk (tokens + the copy)", "walk"));
prof.push(prow("the call: tokens in, the module, the answer read", "call"));
prof.push(prow("  JS: copying in, reading the answer in place", null, (p) => p.call - p.raw));
prof.push(prow("  wasm: the call and its copies (no table)", "floor"));
prof.push(prow("  wasm: reading, the rules, the answer", null, (p) => p.raw - p.floor));
prof.push(prow("JS: the messages", "messages"));
prof.push(prow("unaccounted (wrapper, GC, noise)", null, (p) => p.total - p.walk - p.call - p.messages));
prof.push(["sizes: tokens / text / answer", ...profile.map((p) => `${p.tokens} / ${p.textBytes} B / ${p.answerBytes} B`)]);
console.log("\nProfile of one validate(op, body) call (ns per call, best of 11 interleaved runs; % of the whole call)");
console.log(table(prof));
console.log("wasm rows are differences between calls of the bare export on tokens already written; the floor is the same call with a table index past the tables. The call row is the package's own path (core.js's validateRaw), less the walk.");

// validateField as a keystroke makes it (the browser benchmark measures the same in Chromium)
const keystroke = [["validateField(op, pointer, body, { locale: \"zh-CN\", normalize: true })", "per call"]];
for (const [op, pointer, body] of [
  ["ReclaimToPartnerAccount", "/amount", { customer_id: "06f9fb4f24002f0b0f40c00327c28d00", amount: "12.5" }],
  ["CreateSubCustomer", "/password", { xaccount_id: "partner-user-0001", xaccount_type: "partner_platform_01", domain_name: "alice_01", password: "Secr3t!Pa" }],
]) {
  keystroke.push([`${op} ${pointer}`, dur(perCall({ call: () => ours.validateField(op, pointer, body, { locale: "zh-CN", normalize: true }).ok }).call)]);
}
console.log("\n" + table(keystroke));
console.log(`\n(done in ${((performance.now() - started) / 1000).toFixed(0)} s; load average now ${load()}${sink === 0.5 ? "" : ""})`);
