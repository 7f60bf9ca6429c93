// Benchmark (prints figures; not a test): the package in headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core). Run from the repository root after `./run build`:
//
//   node tests/bench/js/browser.mjs      # ≈ 35 s
//
// 1. Instantiate: the time of `await import("/pkg/dist/index.js")` and its `ready()` (fetch of the JS, its
//    evaluation, fetch + compile + instantiate of the wasm: the module is ready to call after
//    it) in fresh pages: each in a new browser context (empty HTTP cache, like a first visit),
//    and again in a second page of the same context (HTTP cache warm); median of 15.
// 2. Keystrokes: validateField(op, pointer, body, { locale: "zh-CN", normalize: true }) as a
//    form makes it on each input event, the field's value growing one character at a time
//    (CreateSubCustomer /password, ReclaimToPartnerAccount /amount), 10 000 calls per field.
//    The pages are cross-origin isolated (COOP + COEP), which gives performance.now() Chromium's
//    finest resolution (5 µs, jittered; 100 µs otherwise): one call is about that size, so each
//    call is timed alone (median and p99, to that resolution) and also in batches of 100 calls
//    of the same keystroke (the batch time / 100: an exact mean per keystroke state).
// 3. For comparison with node.mjs: validate() of the six bodies, batch means.
import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import { execFileSync } from "node:child_process";
import os from "node:os";
import { BODIES, median, ops, quantile, root, table } from "./common.mjs";

const CHROMIUM = "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is missing (apt-get install chromium): no browser benchmark.`);
  process.exit(1);
}
const FRESH_PAGES = 15;
const CALLS = 10_000;
const BATCH = 100;
const started = performance.now();

// ------------------------------------------------------------------------------ the server
// pkg/ under /pkg/, and an empty page at /; every answer cross-origin isolated (COOP + COEP),
// pkg files cacheable (so a second page of the same context finds them in the HTTP cache).
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".map": "application/json", ".wasm": "application/wasm" };
const pkgDir = join(root, "pkg");
const server = createServer((req, res) => {
  const headers = { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" };
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path === "/") return res.writeHead(200, { ...headers, "content-type": types[".html"], "cache-control": "no-store" }).end("<!doctype html><title>bench</title>");
  if (path === "/empty.js") return res.writeHead(200, { ...headers, "content-type": types[".js"], "cache-control": "no-store" }).end("export {};");
  const file = path.startsWith("/pkg/") && normalize(join(pkgDir, path.slice(5)));
  if (!file || !file.startsWith(pkgDir + sep) || !existsSync(file)) return res.writeHead(404, headers).end();
  res.writeHead(200, { ...headers, "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "max-age=3600" }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const { chromium } = await import("playwright-core");
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let exitCode = 0;
try {
  const chromiumVersion = execFileSync(CHROMIUM, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim(); // (Debian's wrapper script chatters on stderr)
  const cpu = (readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.*)$/m) ?? [])[1] ?? "?";
  console.log(`bss-validate in the browser — ${chromiumVersion} (playwright-core ${JSON.parse(readFileSync(join(root, "node_modules/playwright-core/package.json"), "utf8")).version}), ${cpu}, ${os.availableParallelism()} cores`);
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(2)).join(" ")} (other processes' load makes every figure slower and noisier)`);

  // ------------------------------------------------------------------------- 1. instantiate
  // These run in the page (page.evaluate sends their source).
  /** import() of the package, timed, split with Resource Timing; then the first validateField call.
   * With `warmUp`, an import() of an empty module first (the browser's own first-import cost). */
  async function page_import(warmUp) {
    let empty = NaN;
    if (warmUp) {
      const e = performance.now();
      await import("/empty.js");
      empty = performance.now() - e;
    }
    const t0 = performance.now();
    const m = await import("/pkg/dist/index.js");
    await m.ready(); // the module is fetched and compiled from import on, not awaited by it
    const t1 = performance.now();
    m.validateField("ReclaimToPartnerAccount", "/amount", { customer_id: "c1", amount: "1" }, { locale: "zh-CN", normalize: true });
    const t2 = performance.now();
    const entry = (suffix) => performance.getEntriesByType("resource").find((e) => e.name.endsWith(suffix));
    const js = entry("/dist/index.js"), wasm = entry("/bss_validate_bg.wasm");
    // a timeline from the import() call, in ms: the requests' start and last byte
    return {
      empty,
      import: t1 - t0,
      first: t2 - t1,
      jsStart: js ? js.startTime - t0 : NaN,
      jsEnd: js ? js.responseEnd - t0 : NaN,
      wasmStart: wasm ? wasm.startTime - t0 : NaN,
      wasmEnd: wasm ? wasm.responseEnd - t0 : NaN,
      cached: wasm ? wasm.transferSize === 0 : null,
    };
  }
  /** The wasm alone, its bytes already fetched: WebAssembly.compile, then instantiate; and the
   * round trip of one small request to the server (the package needs two, one after the other). */
  async function page_wasm() {
    const bytes = await (await fetch("/pkg/wasm/bss_validate_bg.wasm")).arrayBuffer();
    let t = performance.now();
    const module = await WebAssembly.compile(bytes);
    const compile = performance.now() - t;
    t = performance.now();
    await WebAssembly.instantiate(module, { "./bss_validate_bg.js": { __wbindgen_init_externref_table() {} } });
    const instantiate = performance.now() - t;
    const trips = [];
    for (let i = 0; i < 9; i++) {
      t = performance.now();
      await (await fetch("/empty.js")).text();
      trips.push(performance.now() - t);
    }
    trips.sort((a, b) => a - b);
    return { compile, instantiate, request: trips[4] };
  }
  const first = [], afterEmpty = [], warm = [], wasmOnly = [];
  const fresh = async (context) => {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    return page;
  };
  for (let i = 0; i < FRESH_PAGES; i++) {
    let context = await browser.newContext(); // a new context: its own, empty HTTP cache
    first.push(await (await fresh(context)).evaluate(page_import, false));
    await context.close();
    context = await browser.newContext();
    afterEmpty.push(await (await fresh(context)).evaluate(page_import, true));
    warm.push(await (await fresh(context)).evaluate(page_import, true)); // 2nd page: index.js and the wasm from the HTTP cache
    await context.close();
    context = await browser.newContext();
    wasmOnly.push(await (await fresh(context)).evaluate(page_wasm));
    await context.close();
  }
  const ms = (x) => (Number.isNaN(x) ? "–" : `${x.toFixed(2)} ms`);
  const col = (runs, key) => ms(median(runs.map((r) => r[key])));
  const instRows = [["fresh page (median of " + FRESH_PAGES + ")", "empty module first", "import() done", "max", "JS requested", "JS arrived", "wasm requested", "wasm arrived", "after that", "1st validateField"]];
  for (const [label, runs] of [["new context, first thing in the page", first], ["new context, after import() of an empty module", afterEmpty], ["same context, 2nd page (HTTP cache warm), ditto", warm]]) {
    instRows.push([label, col(runs, "empty"), col(runs, "import"), ms(Math.max(...runs.map((r) => r.import))), `+${col(runs, "jsStart")}`, `+${col(runs, "jsEnd")}`, `+${col(runs, "wasmStart")}`,
      `+${col(runs, "wasmEnd")}`, ms(median(runs.map((r) => r.import - r.wasmEnd))), col(runs, "first")]);
  }
  console.log(`\n1. Instantiate: await import("/pkg/dist/index.js") and its ready() in a fresh page (fetch + compile + instantiate, ready to call);`);
  console.log(`   "empty module first" = import() of an empty module just before, in the same page (the browser's own cost of a first import());`);
  console.log(`   the columns after "max" are a timeline from the package's import() call (Resource Timing); "after that" = compile tail + instantiate + evaluation`);
  console.log(table(instRows));
  console.log(`The wasm alone, bytes in hand, fresh page of a new context: WebAssembly.compile ${col(wasmOnly, "compile")}, WebAssembly.instantiate ${col(wasmOnly, "instantiate")};` +
    ` one small fetch() round trip to this server from that page: ${col(wasmOnly, "request")}.`);
  const goalMet = (runs) => (median(runs.map((r) => r.import)) <= 5 ? "met" : "NOT met");
  console.log(`Goal ≤ 5 ms: ${goalMet(first)} first thing in a page, ${goalMet(afterEmpty)} after the browser's first import(), ${goalMet(warm)} with a warm cache.` +
    ` Served from 127.0.0.1 (no network latency); wasm from the HTTP cache on the 2nd page: ${warm.every((r) => r.cached) ? "yes" : "not always"}.`);

  // --------------------------------------------------------------------------- 2. keystrokes
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.evaluate(async () => {
    window.pkg = await import("/pkg/dist/index.js");
    await window.pkg.ready();
  });
  const resolution = await page.evaluate(() => {
    let min = Infinity;
    for (let i = 0; i < 200000 && min > 0.0005; i++) {
      const a = performance.now();
      let b = performance.now();
      while (b === a) b = performance.now();
      if (b - a < min) min = b - a;
    }
    return { min, isolated: self.crossOriginIsolated };
  });
  console.log(`\nperformance.now() in the page: finest step seen ${(resolution.min * 1000).toFixed(1)} µs; crossOriginIsolated = ${resolution.isolated}.`);

  /** Runs in the page: the keystroke series of one field, timed per call and per batch. */
  const keystrokes = ({ op, pointer, base, field, typed, calls, batch, locale }) => {
    const states = [];
    for (let k = 1; k <= typed.length; k++) states.push({ ...base, [field]: typed.slice(0, k) });
    const options = { locale, normalize: true };
    const { validateField } = window.pkg;
    let ok = 0;
    for (let i = 0; i < 2000; i++) ok += validateField(op, pointer, states[i % states.length], options).ok ? 1 : 0; // warm-up
    const single = new Float64Array(calls);
    for (let i = 0; i < calls; i++) {
      const body = states[i % states.length];
      const t = performance.now();
      ok += validateField(op, pointer, body, options).ok ? 1 : 0;
      single[i] = performance.now() - t;
    }
    const batches = [], valid = [], invalid = [];
    for (let i = 0; i < calls / batch; i++) {
      const body = states[i % states.length];
      const t = performance.now();
      for (let j = 0; j < batch; j++) ok += validateField(op, pointer, body, options).ok ? 1 : 0;
      const per = (performance.now() - t) / batch;
      batches.push(per);
      (validateField(op, pointer, body, options).ok ? valid : invalid).push(per);
    }
    const last = validateField(op, pointer, states[states.length - 1], options);
    return { single: Array.from(single), batches, valid, invalid, states: states.length, lastOk: last.ok, errorsOnTheWay: ok };
  };
  const series = [
    {
      label: "CreateSubCustomer /password",
      op: "CreateSubCustomer", pointer: "/password", field: "password", typed: "Secr3t!Pass#2024",
      base: { xaccount_id: "partner-user-0001", xaccount_type: "partner_platform_01", domain_name: "alice_01", mobile_phone: "13800138000", verification_code: "123456" },
    },
    {
      label: "ReclaimToPartnerAccount /amount",
      op: "ReclaimToPartnerAccount", pointer: "/amount", field: "amount", typed: "１２３４５６７.８９", // full-width, as a Chinese IME types it (normalize)
      base: { customer_id: "06f9fb4f24002f0b0f40c00327c28d00" },
    },
    {
      label: "ReclaimToPartnerAccount /amount (ASCII)",
      op: "ReclaimToPartnerAccount", pointer: "/amount", field: "amount", typed: "1234567.89",
      base: { customer_id: "06f9fb4f24002f0b0f40c00327c28d00" },
    },
  ];
  const us = (x) => `${(x * 1000).toFixed(1)} µs`;
  const keyRows = [["validateField, one keystroke", "states", "single: median", "single: p99", "single: max", "batch/100: median", "batch/100: p99", "median: valid / invalid states"]];
  for (const s of series) {
    const r = await page.evaluate(keystrokes, { ...s, calls: CALLS, batch: BATCH, locale: "zh-CN" });
    if (!r.lastOk) throw new Error(`${s.label}: the whole typed value should validate`);
    keyRows.push([s.label, r.states, us(median(r.single)), us(quantile(r.single, 0.99)), us(Math.max(...r.single)), us(median(r.batches)), us(quantile(r.batches, 0.99)),
      `${r.valid.length ? us(median(r.valid)) : "–"} / ${r.invalid.length ? us(median(r.invalid)) : "–"}`]);
  }
  console.log(`\n2. Keystrokes: validateField(op, pointer, body, { locale: "zh-CN", normalize: true }), ${CALLS} calls each, the value growing char by char`);
  console.log(table(keyRows));
  console.log(`"single" = each call timed alone (to the timer's ${(resolution.min * 1000).toFixed(0)} µs step, so the median is a multiple of it);` +
    ` "batch/100" = ${CALLS / BATCH} batches of ${BATCH} calls on one keystroke state, time / ${BATCH}, also split by whether the state is valid. Goal (issue 14): ≤ 5 µs median per keystroke.`);

  // ---------------------------------------------------------------------- 3. validate() bodies
  const validateRows = [["validate(op, body) in Chromium", "per call (median of 25 batches)", "ops/s"]];
  for (const body of BODIES) {
    const perCall = await page.evaluate(({ op, input }) => {
      const { validate } = window.pkg;
      let n = 0;
      for (let i = 0; i < 3000; i++) n += validate(op, input).ok ? 1 : 0; // warm-up
      let per = 64;
      for (;;) {
        const t = performance.now();
        for (let i = 0; i < per; i++) n += validate(op, input).ok ? 1 : 0;
        if (performance.now() - t > 10) break;
        per *= 2;
      }
      const runs = [];
      for (let r = 0; r < 25; r++) {
        const t = performance.now();
        for (let i = 0; i < per; i++) n += validate(op, input).ok ? 1 : 0;
        runs.push((performance.now() - t) / per);
      }
      runs.sort((a, b) => a - b);
      return runs[12] + n * 0;
    }, { op: body.operation, input: body.input });
    validateRows.push([body.label, us(perCall), ops(1000 / perCall)]);
  }
  console.log("\n3. For comparison with node.mjs: validate() per call in the page");
  console.log(table(validateRows));
} catch (e) {
  console.error(e);
  exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
console.log(`\n(done in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
process.exit(exitCode);
