// First render and first validation of a React app in headless Chromium, before and after the
// browser entry stopped holding its importers with top-level await (issue 13), on localhost
// and on a throttled profile (150 ms RTT, 1.6 Mbps down, 750 kbps up, CPU 4× slower).
//
//   node tests/bench/js/first-validation.mjs [--runs N]
//
// The app is tests/e2e/react/ (the README's react-hook-form form), installed from the packed
// tarball (setup.mjs) and built with Vite for production, in three variants:
//   before    the package reached through a module that awaits ready() at its top level and
//             re-exports it: exactly what the old entry's top-level await did to its
//             importers; and no preload of the wasm (the old README had none);
//   after     the package as it ships (no top-level await), without the preload;
//   preload   the same with the README's <link rel="preload"> of the wasm in index.html.
// Each run is a fresh browser context (empty HTTP cache); the files are served gzipped from
// 127.0.0.1. Times are from the start of navigation: "render" is the app's first commit
// (performance.mark in an effect), "validation" the first verdict (ready() resolved, one
// validate() call done), "wasm requested" when the wasm's request started.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { median, table } from "./common.mjs";
import { scratchApp } from "../../e2e/react/setup.mjs";

const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 9;
const PROFILES = {
  localhost: null,
  "150 ms RTT, 1.6 Mbps, CPU ×4": { latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0, cpu: 4 },
};

const dir = mkdtempSync(join(tmpdir(), "bss-validate-first-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
const app = scratchApp(dir);
const vite = (outDir, config) => {
  writeFileSync(join(app, "vite.variant.config.js"), config);
  execFileSync(process.execPath, [join(app, "node_modules/vite/bin/vite.js"), "build", "--config", "vite.variant.config.js", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"], { cwd: app });
};
const html = readFileSync(join(app, "index.html"), "utf8");
const withoutPreload = html.replace(/<link rel="preload"[^>]*>\n/, "");
if (withoutPreload === html) throw new Error("index.html has no preload link to take out");

// before: `bss-validate` resolves to a module with the old entry's top-level await.
const entry = join(app, "node_modules/bss-validate/dist/index.js");
writeFileSync(join(app, "tla.js"), `import { ready } from ${JSON.stringify(entry)};\nawait ready();\nexport * from ${JSON.stringify(entry)};\n`);
const plain = `import { defineConfig } from "vite";\nimport react from "@vitejs/plugin-react";\nexport default defineConfig({ plugins: [react()] });\n`;
const tla = `import { defineConfig } from "vite";\nimport react from "@vitejs/plugin-react";\nexport default defineConfig({ plugins: [react()], resolve: { alias: [{ find: /^bss-validate$/, replacement: ${JSON.stringify(join(app, "tla.js"))} }] } });\n`;

const variants = {};
writeFileSync(join(app, "index.html"), withoutPreload);
vite((variants.before = join(dir, "before")), tla);
vite((variants.after = join(dir, "after")), plain);
writeFileSync(join(app, "index.html"), html);
vite((variants.preload = join(dir, "preload")), plain);
const wasmUrl = readFileSync(join(variants.preload, "index.html"), "utf8").match(/<link rel="preload" href="([^"]+\.wasm)"/)?.[1];
if (!wasmUrl || !existsSync(join(variants.preload, wasmUrl))) throw new Error("the preload link does not name the wasm the build emitted");

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };
const servers = [];
const gzipped = new Map(); // compressed once, so the server's own time stays out of the figures
async function serve(root) {
  const server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url, "http://x").pathname)));
    const file = path.endsWith(sep) ? join(path, "index.html") : path;
    if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
    const gz = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    if (gz && !gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }));
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...(gz ? { "content-encoding": "gzip" } : {}) });
    res.end(gz ? gzipped.get(file) : readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

const { chromium } = await import("playwright-core");
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const version = browser.version();

async function once(origin, profile) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (profile) {
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: profile.latency, downloadThroughput: profile.downloadThroughput, uploadThroughput: profile.uploadThroughput });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  }
  await page.goto(`${origin}/?lib=rhf`);
  await page.waitForFunction(() => performance.getEntriesByName("first-validation").length && performance.getEntriesByName("first-render").length, null, { timeout: 60000 });
  const marks = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"));
    return { render: at("first-render"), validation: at("first-validation"), wasm: wasm?.startTime };
  });
  await context.close();
  return marks;
}

const rows = [["variant", "profile", "first render", "first validation", "wasm requested"]];
const results = {};
for (const [profileName, profile] of Object.entries(PROFILES)) {
  for (const [name, root] of Object.entries(variants)) {
    const origin = await serve(root);
    const runs = [];
    await once(origin, profile); // warm-up: the server's and the browser's first time
    for (let i = 0; i < RUNS; i++) runs.push(await once(origin, profile));
    const m = (key) => median(runs.map((r) => r[key]));
    results[`${name} ${profileName}`] = { render: m("render"), validation: m("validation") };
    rows.push([name, profileName, `${m("render").toFixed(0)} ms`, `${m("validation").toFixed(0)} ms`, `${m("wasm").toFixed(0)} ms`]);
  }
}
await browser.close();
for (const s of servers) s.close();

const sizes = Object.fromEntries(
  ["before", "preload"].map((v) => {
    const index = readFileSync(join(variants[v], "index.html"), "utf8");
    const js = [...index.matchAll(/src="([^"]+\.js)"/g)].map(([, src]) => gzipSync(readFileSync(join(variants[v], src)), { level: 9 }).length);
    return [v, js.reduce((a, b) => a + b, 0)];
  }),
);
console.log(`First render and first validation of the React app (tests/e2e/react, production build) — ${version}, median of ${RUNS} fresh contexts;`);
console.log(`the app's JS ${(sizes.preload / 1024).toFixed(1)} KiB gzipped, the wasm ${(gzipSync(readFileSync(join(variants.preload, wasmUrl)), { level: 9 }).length / 1024).toFixed(1)} KiB gzipped; ms from the start of navigation`);
console.log(table(rows));
const sooner = (b, a, key) => `${(b[key] - a[key]).toFixed(0)} ms`;
for (const p of Object.keys(PROFILES)) {
  const [b, a, pre] = ["before", "after", "preload"].map((v) => results[`${v} ${p}`]);
  console.log(`${p}, sooner than before: first render ${sooner(b, a, "render")} (after), ${sooner(b, pre, "render")} (preload); first validation ${sooner(b, a, "validation")} (after), ${sooner(b, pre, "validation")} (preload)`);
}
