// The package as users get it: `npm pack`, install the tarball into a scratch project, import
// it from Node ESM, build a page importing it with Vite (production), and validate a body in
// that page in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, extname, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("../../", import.meta.url));
const npm = (args, cwd) => execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8" });
const BODY = { customer_id: "c1", amount: "1.005" };
const EXPECTED = [["/amount", "too_many_decimals"]];

test("npm pack → install → Node ESM → Vite build → headless Chromium", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "bss-validate-pack-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  const packed = JSON.parse(npm(["pack", "--json", "--pack-destination", dir], join(root, "pkg")))[0];
  const shipped = packed.files.map((f) => f.path).sort();
  // Exactly the files package.json declares (npm adds README.md and package.json), all present.
  const declared = JSON.parse(readFileSync(join(root, "pkg", "package.json"), "utf8")).files;
  assert.deepEqual(shipped, [...declared, "README.md", "package.json"].sort());
  for (const must of ["dist/index.js", "dist/node.js", "index.d.ts", "wasm/bss_validate_bg.wasm", "wasm-node/bss_validate_bg.wasm"]) assert.ok(shipped.includes(must), must);

  const app = join(dir, "app");
  execFileSync("mkdir", ["-p", app]);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
  npm(["install", "--offline", join(dir, packed.filename)], app);

  // Node: the `node` condition, synchronous initialisation, ready at import.
  const node = execFileSync(process.execPath, ["--input-type=module", "-e",
    `import { validate, rulesVersion } from "bss-validate"; console.log(JSON.stringify({ rules: rulesVersion(), ...validate("ReclaimToPartnerAccount", ${JSON.stringify(BODY)}) }));`,
  ], { cwd: app, encoding: "utf8" });
  assert.deepEqual(JSON.parse(node).errors.map((e) => [e.path, e.code]), EXPECTED);
  const rules = JSON.parse(node).rules;
  assert.match(rules, /^[0-9a-f]{16}$/, "rulesVersion(): the crate's RULES_VERSION");

  // Vite production build of a page that imports the package by name.
  writeFileSync(join(app, "index.html"), `<!doctype html><meta charset="utf-8"><title>scratch</title><pre id="out">loading</pre><script type="module" src="./main.js"></script>`);
  // The browser entry loads the wasm without top-level await: a call before ready() resolves
  // throws the coded not_ready error, and the page's own code goes on meanwhile.
  writeFileSync(join(app, "main.js"), `import { validate, ready, rulesVersion } from "bss-validate";
let early;
try { validate("ReclaimToPartnerAccount", {}); } catch (e) { early = e.code; }
ready().then(() => { document.getElementById("out").textContent = JSON.stringify({ early, rules: rulesVersion(), ...validate("ReclaimToPartnerAccount", ${JSON.stringify(BODY)}, { locale: "zh-CN" }) }); });
`);
  execFileSync(process.execPath, [join(root, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], { cwd: app, encoding: "utf8" });
  const dist = join(app, "dist");
  assert.ok(existsSync(join(dist, "index.html")));

  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
  const server = createServer((req, res) => {
    const path = normalize(join(dist, decodeURIComponent(new URL(req.url, "http://x").pathname)));
    const file = path.endsWith("/") ? join(path, "index.html") : path;
    if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  t.after(() => server.close());

  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  t.after(() => browser.close());
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.getElementById("out").textContent !== "loading", null, { timeout: 15000 });
  const out = JSON.parse(await page.textContent("#out"));
  assert.deepEqual(errors, []);
  assert.equal(out.early, "not_ready");
  assert.deepEqual(out.errors.map((e) => [e.path, e.code]), EXPECTED);
  assert.equal(out.errors[0].message, "最多保留2位小数，当前为3位。");
  assert.equal(out.rules, rules, "the browser's module (built for size) and Node's (for speed) carry the same rules");
});
