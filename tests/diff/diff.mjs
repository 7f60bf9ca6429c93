// Differential test between runtimes (issue 7, "Hostile input"): the same generated JSON texts
// (tests/diff/gen.mjs, seeded) through
//   (a) the crate natively: tests/diff.rs (json::parse → validate_value / check_value → json::write_outcome),
//   (b) the npm package in Node: pkg/dist/node.js validate / check (the speed-built wasm),
//   (c) a sample in headless Chromium: pkg/dist/index.js (the size-built wasm),
// and every outcome compared byte for byte after a canonical JSON serialization (keys sorted).
// What is compared is what the user gets: the JS `value` of a valid body is the package's own
// copy of the body, so it is compared too.
//
//   node tests/diff/diff.mjs                       # the full run: 100 000 records, 2 000 in Chromium
//   node tests/diff/diff.mjs --count 5000 --browser 300 --seed 7    # what ./run test does
//
// Needs the package built (./run build) and, for (c), /usr/bin/chromium (skipped without it).
// Exits 1 on any divergence, printing the first ones with their record.
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./gen.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const COUNT = opt("count", 100000);
const BROWSER = opt("browser", 2000);
const SEED = opt("seed", 20261123);

/** JSON with object keys sorted, recursively: the comparison form. */
export function canon(v) {
  if (Array.isArray(v)) return `[${v.map(canon).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canon(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v);
}

const pkg = await import(`${root}pkg/dist/node.js`);
const t0 = Date.now();
const records = generate(SEED, COUNT, pkg.fields);
const tGen = Date.now() - t0;

// (a) native
/** Runs tests/diff.rs on `recs`; one outcome line per record. */
function runNative(recs) {
  const dir = mkdtempSync(join(tmpdir(), "bss-diff-"));
  const inFile = join(dir, "records.ndjson");
  const outFile = join(dir, "native.ndjson");
  writeFileSync(inFile, recs.map((r) => JSON.stringify(r)).join("\n") + "\n");
  const cargo = spawnSync("cargo", ["test", "--locked", "--all-features", "--test", "diff", "--", "--ignored", "--quiet"], {
    cwd: root,
    env: { ...process.env, DIFF_IN: inFile, DIFF_OUT: outFile },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (cargo.status !== 0) {
    console.error("the native side failed");
    process.exit(1);
  }
  const lines = readFileSync(outFile, "utf8").split("\n").slice(0, -1);
  rmSync(dir, { recursive: true, force: true });
  if (lines.length !== recs.length) throw new Error(`native wrote ${lines.length} outcomes for ${recs.length} records`);
  return lines;
}

/**
 * The JSON text the package sends the core for the body JSON.parse makes of `text` (what
 * pkg/src/core.js documents: ±Infinity and nesting past 64 become `{}`, the wrong type for
 * every scalar, reported as wrong_type at that path).
 */
function packageText(text) {
  const cut = (v, depth) => {
    if (typeof v === "number") return Number.isFinite(v) ? v : {};
    if (v === null || typeof v !== "object") return v;
    if (depth >= 64) return {};
    if (Array.isArray(v)) return v.map((x) => cut(x, depth + 1));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cut(x, depth + 1)]));
  };
  const body = JSON.parse(text);
  // A body that is not an object is sent as itself if a string, else as null.
  if (body === null || typeof body !== "object") return typeof body === "string" ? JSON.stringify(body) : "null";
  return JSON.stringify(cut(body, 0));
}

const t1 = Date.now();
const native = runNative(records);
// Text the crate's reader refuses although it is JSON (a number beyond f64 such as `1e400`, or
// nesting past 128; a server answers 400 malformed-json, as serde_json refuses it too): the
// package reads it with JSON.parse instead, so it is compared with the native verdict on the
// text the package sends.
const refusedAt = native.flatMap((line, i) => (line === '{"unparsed":true}' ? [i] : []));
const second = runNative(refusedAt.map((i) => ({ ...records[i], input: packageText(records[i].input) })));
refusedAt.forEach((i, k) => (native[i] = second[k]));
const tNative = Date.now() - t1;
const nativeCanon = native.map((line) => canon(JSON.parse(line)));

// (b) Node
const t2 = Date.now();
function jsOutcome(api, r) {
  const body = JSON.parse(r.input);
  const options = { locale: r.locale, normalize: r.normalize, form: r.form };
  return r.check ? api.check(r.op, body, options) : api.validate(r.op, body, options);
}
const divergences = [];
/**
 * The one documented difference: text that repeats a key is refused natively
 * (`duplicate_key`), while the package reads a JS object, which cannot repeat one (here the
 * record's JSON.parse, the last occurrence). Without its `duplicate_key` violations the native
 * outcome must be the package's (a native verdict left with no violation: the package's `ok`).
 */
const repeats = { node: 0, chromium: 0 };
function sameButRepeats(want, got) {
  const native = JSON.parse(want);
  const errors = native.errors.filter((e) => e.code !== "duplicate_key");
  if (errors.length === native.errors.length) return false;
  if (errors.length) return canon({ ...native, errors }) === got;
  const js = JSON.parse(got);
  return js.ok === true && js.errors.length === 0;
}
/** Compares one JS outcome (canonical text) with the native one; records what differs. */
function compare(where, i, got) {
  const want = nativeCanon[i];
  if (got === want) return;
  if (sameButRepeats(want, got)) return void repeats[where]++;
  divergences.push({ where, i, record: records[i], native: want, got });
}
let ok = 0;
for (let i = 0; i < records.length; i++) {
  const got = canon(jsOutcome(pkg, records[i]));
  compare("node", i, got);
  if (got.startsWith('{"errors":[]')) ok++;
}
const tNode = Date.now() - t2;

// (c) Chromium, an evenly spread sample
let tBrowser = 0;
let browserCount = 0;
if (BROWSER > 0 && existsSync(CHROMIUM)) {
  const t3 = Date.now();
  const step = Math.max(1, Math.floor(records.length / BROWSER));
  const sample = [];
  for (let i = 0; i < records.length && sample.length < BROWSER; i += step) sample.push(i);
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".map": "application/json" };
  const base = join(root, "pkg");
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path === "/") return res.writeHead(200, { "content-type": types[".html"] }).end("<!doctype html><title>diff</title>");
    const file = path.startsWith("/pkg/") && normalize(join(base, path.slice(5)));
    if (!file || !file.startsWith(base + sep) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    for (let at = 0; at < sample.length; at += 500) {
      const batch = sample.slice(at, at + 500).map((i) => records[i]);
      // The page returns each outcome as JSON text (so -0, key order etc. cross unchanged).
      const outs = await page.evaluate(async (rs) => {
        const api = await import("/pkg/dist/index.js");
        await api.ready();
        return rs.map((r) => {
          const body = JSON.parse(r.input);
          const options = { locale: r.locale, normalize: r.normalize, form: r.form };
          return JSON.stringify(r.check ? api.check(r.op, body, options) : api.validate(r.op, body, options));
        });
      }, batch);
      outs.forEach((text, k) => {
        const i = sample[at + k];
        const got = canon(JSON.parse(text));
        compare("chromium", i, got);
      });
    }
    browserCount = sample.length;
    if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  } finally {
    await browser.close();
    server.close();
  }
  tBrowser = Date.now() - t3;
} else if (BROWSER > 0) {
  console.log(`(${CHROMIUM} is missing: the Chromium sample is skipped)`);
}

console.log(
  `diff: seed ${SEED}, ${records.length} records (${ok} valid, ${refusedAt.length} the native reader refuses, compared as the package sends them); ` +
    `compared native with Node on ${records.length}, with Chromium on ${browserCount}: ${divergences.length} divergences. ` +
    `Apart: equal but for repeated keys, refused natively (a JS object cannot hold them): node ${repeats.node}, chromium ${repeats.chromium}. ` +
    `Times: generate ${tGen} ms, native ${tNative} ms (with cargo), node ${tNode} ms, chromium ${tBrowser} ms`,
);
for (const d of divergences.slice(0, 10)) {
  console.log(`--- ${d.where} #${d.i} ${JSON.stringify(d.record)}\n native: ${d.native}\n ${d.where}: ${d.got}`);
}
process.exit(divergences.length ? 1 : 0);
