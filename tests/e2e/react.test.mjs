// The package in a real React 19 app, as a front-end developer meets it: the packed tarball
// installed beside react-hook-form, @hookform/resolvers and TanStack Form in a fresh Vite app
// (tests/e2e/react/), whose forms are the README's own components. The app is type-checked
// with `tsc --strict`, then driven in Debian's headless Chromium twice: on Vite's dev server
// (React's development build, whose warnings would show in the console) and as a production
// build. Every expected message is the package's own verdict in Node for the same values.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { createInterface } from "node:readline";
import { validate } from "../../pkg/dist/node.js";
import { scratchApp, readmeComponents } from "./react/setup.mjs";

const CHROMIUM = "/usr/bin/chromium";
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (install Debian's chromium); the React app needs a real browser`;
const OP = "ReclaimToPartnerAccount";
const LIBS = ["rhf", "tanstack"];
const LOCALES = ["en", "zh-CN"];

let dir, app, browser;
const origins = {};
const stops = [];

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), "bss-validate-react-"));
  app = scratchApp(dir);
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  for (const stop of stops) await stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const tsc = (project) => {
  try {
    execFileSync(process.execPath, [join(app, "node_modules/typescript/bin/tsc"), "-p", project], { cwd: app, encoding: "utf8" });
    return "";
  } catch (e) {
    return e.stdout + e.stderr;
  }
};

test("the README's React components and the app compile under tsc --strict, with only the packages the README names", { skip }, () => {
  assert.deepEqual(readmeComponents().map((c) => c.file), ["ReclaimFormRhf.tsx", "ReclaimFormTanStack.tsx"]);
  assert.equal(tsc("."), "");
  // @standard-schema/spec (the resolvers' types) came with bss-validate, not from the app.
  const pkg = JSON.parse(readFileSync(join(app, "package.json"), "utf8"));
  assert.equal({ ...pkg.dependencies, ...pkg.devDependencies }["@standard-schema/spec"], undefined);
  assert.ok(existsSync(join(app, "node_modules/@standard-schema/spec/package.json")));

  // A bad body is reported at the bad field, not at the operation name.
  writeFileSync(join(app, "src/bad.ts"), `import { validate } from "bss-validate";\nvalidate("${OP}", { customer_id: 1, amount: "1" });\n`);
  const out = tsc(".");
  rmSync(join(app, "src/bad.ts"));
  assert.match(out, /src\/bad\.ts\(2,39\): error TS2769/);
  assert.match(out, /Type 'number' is not assignable to type 'string'/);
  assert.doesNotMatch(out, /never/);
});

/** Starts Vite's dev server on a free port; resolves to its origin. */
async function devServer() {
  const vite = spawn(process.execPath, [join(app, "node_modules/vite/bin/vite.js"), "--host", "127.0.0.1", "--port", "0", "--strictPort=false", "--logLevel", "info"], { cwd: app, stdio: ["ignore", "pipe", "pipe"] });
  stops.push(() => new Promise((resolve) => (vite.exitCode !== null ? resolve() : (vite.once("exit", resolve), vite.kill("SIGTERM")))));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("vite printed no URL in 30 s")), 30000);
    createInterface({ input: vite.stdout }).on("line", (line) => {
      const m = line.replace(/\x1b\[[0-9;]*m/g, "").match(/(http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) clearTimeout(timer), resolve(m[1]);
    });
  });
  return url;
}

/** `vite build` and a static server for dist/; resolves to its origin. */
async function built() {
  execFileSync(process.execPath, [join(app, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], { cwd: app, encoding: "utf8" });
  const dist = join(app, "dist");
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
  const server = createServer((req, res) => {
    const path = normalize(join(dist, decodeURIComponent(new URL(req.url, "http://x").pathname)));
    const file = path.endsWith(sep) ? join(path, "index.html") : path;
    if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  stops.push(() => new Promise((resolve) => server.close(resolve)));
  return `http://127.0.0.1:${server.address().port}`;
}

/** A page of the app with `lib` and `locale`, once its form is there; any console error or warning, page error or failed request fails the test. */
async function open(t, origin, lib, locale) {
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e}`));
  page.on("requestfailed", (r) => problems.push(`requestfailed: ${r.url()}`));
  t.after(async () => {
    await page.close();
    assert.deepEqual(problems, [], "no console error or warning, page error or failed request");
  });
  await page.goto(`${origin}/?lib=${lib}&locale=${locale}`);
  await page.waitForSelector("form button", { timeout: 30000 });
  return page;
}

/** The core's message for `path` when the form holds `values`, in `locale`. */
function message(values, path, locale) {
  const found = validate(OP, values, { form: true, normalize: true, locale }).errors.find((e) => e.path === path);
  assert.ok(found, `the core reports ${path} for ${JSON.stringify(values)}`);
  return found.message;
}

const alerts = (page) => page.$$eval("form p[role=alert]", (ps) => ps.map((p) => p.textContent));
const submitted = (page) => page.evaluate(() => window.submitted);
const input = (page, name) => page.locator(`input[name=${name}]`);

for (const mode of ["dev", "build"]) {
  test(`${mode}: both forms, both languages, as a user fills them`, { skip }, async (t) => {
    origins[mode] ??= await (mode === "dev" ? devServer() : built());
    for (const lib of LIBS) {
      for (const locale of LOCALES) {
        await t.test(`${lib} ${locale}`, async (t) => {
          const page = await open(t, origins[mode], lib, locale);

          // One wasm, fetched once: the preload in index.html, Vite's `?url` of
          // bss-validate/wasm and the package's own fetch name the same file.
          const urls = await page.evaluate(() => [
            new URL(document.querySelector("link[rel=preload]").href).pathname,
            window.wasmUrl,
            ...performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".wasm")).map((e) => new URL(e.name).pathname),
          ]);
          assert.equal(new Set(urls).size, 1, urls.join(" "));
          assert.equal(urls.length, 3, urls.join(" "));

          // The spec's attributes, spread into JSX under React's prop names.
          assert.deepEqual(
            await input(page, "amount").evaluate((el) => [el.getAttribute("inputmode"), el.required]),
            ["decimal", true],
          );
          assert.deepEqual(await input(page, "customer_id").evaluate((el) => [el.maxLength, el.required]), [64, true]);
          assert.equal(await input(page, "indirect_partner_id").evaluate((el) => el.required), false);

          // Blank required fields: "required", in the form's language.
          await page.click("form button");
          const required = message({ customer_id: "", amount: "" }, "/amount", locale);
          assert.equal(required, locale === "en" ? "This field is required." : "此项为必填项。");
          await page.waitForFunction((text) => [...document.querySelectorAll("form p[role=alert]")].filter((p) => p.textContent === text).length === 2, required);
          assert.deepEqual(await alerts(page), [required, required, ""]);
          assert.deepEqual(await submitted(page), []);

          // A bad amount: the core's message, as the user types.
          await input(page, "customer_id").fill("c1");
          await input(page, "amount").pressSequentially("10.005", { delay: 5 });
          const decimals = message({ customer_id: "c1", amount: "10.005" }, "/amount", locale);
          await page.waitForFunction((text) => document.querySelectorAll("form p[role=alert]")[1].textContent === text, decimals);
          assert.deepEqual(await alerts(page), ["", decimals, ""]);

          // An optional field typed into and cleared again, a full-width amount from an IME:
          // the submit handler gets the normalised body, without the blank field.
          await input(page, "indirect_partner_id").fill("p1");
          await input(page, "indirect_partner_id").fill("");
          await input(page, "amount").fill("１０.５０");
          await page.click("form button");
          await page.waitForFunction(() => window.submitted.length > 0);
          assert.deepEqual(await submitted(page), [{ customer_id: "c1", amount: "10.50" }]);
          assert.deepEqual(await alerts(page), ["", "", ""]);
        });
      }
    }
  });
}
