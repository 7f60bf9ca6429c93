// The demo partner portal (www/) end to end: the real server binary (target/debug/
// bss-validate-server, or $BSS_SERVER) serving the portal and the built package, driven in
// Debian's headless Chromium by playwright-core. Every expected message is the package's own
// verdict (pkg/dist/node.js) for the same body and locale, never a copied text. Screenshots of
// each section, desktop and 390 px wide, go to tests/e2e/out/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { validate, validateField, fields, operations, htmlAttributes, rulesVersion } from "../../pkg/dist/node.js";

const CHROMIUM = "/usr/bin/chromium";
const root = fileURLToPath(new URL("../../", import.meta.url));
const SERVER = process.env.BSS_SERVER || join(root, "target/debug/bss-validate-server");
const skip = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is missing (install Debian's chromium); the portal tests need a real browser`
  : !existsSync(SERVER)
    ? `${SERVER} is missing: cargo build --features server --bin bss-validate-server (or set BSS_SERVER)`
    : false;
const out = join(root, "tests/e2e/out");
const LOCALES = ["en", "zh-CN"];

let browser, server, origin;

before(async () => {
  if (skip) return;
  server = spawn(SERVER, ["--port", "0", "--root", root], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  server.stderr.on("data", (d) => (stderr += d));
  const first = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server printed no URL in 15 s; stderr: ${stderr}`)), 15000);
    server.once("exit", (code) => reject(new Error(`the server exited (${code}): ${stderr}`)));
    createInterface({ input: server.stdout }).once("line", (line) => (clearTimeout(timer), resolve(line)));
  });
  const m = first.match(/^bss-validate demo portal: (http:\/\/127\.0\.0\.1:\d+)\/$/);
  assert.ok(m, `the first line names the URL: ${first}`);
  origin = m[1];
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  mkdirSync(out, { recursive: true });
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const gone = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await gone;
  }
});

// ---- helpers ----

/**
 * A fresh page (own context) on a section, ready (the package loaded, the forms bound), in
 * `lang`. Console errors, page errors and CSP violations fail the test. The one console error
 * expected by design is Chromium's "Failed to load resource … status of 4xx" for an /api/ call
 * the server refuses (422 and friends), which is the portal working.
 */
async function open(t, section = "", { width = 1280, height = 900, lang = "en", skipChecks = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: "en-US", reducedMotion: "reduce" });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => {
    const refused = /^Failed to load resource: the server responded with a status of 4\d\d/.test(msg.text()) && msg.location().url.startsWith(`${origin}/api/`);
    if ((msg.type() === "error" && !refused) || /Content Security Policy|Refused to/.test(msg.text())) problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e}`));
  t.after(async () => {
    const csp = await page.evaluate(() => window.__csp).catch(() => []);
    await context.close();
    assert.deepEqual(problems.concat(csp), [], "no console error, page error or CSP violation");
  });
  await page.goto(`${origin}/${section ? "#" + section : ""}`);
  await page.waitForFunction(() => document.body.dataset.ready === "yes", null, { timeout: 15000 });
  if (lang !== "en") await setLang(page, lang);
  if (skipChecks) await page.check("#skip-checks");
  return page;
}

async function setLang(page, lang) {
  await page.selectOption("#lang", lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

const shot = (page, name) => page.screenshot({ path: join(out, `${name}.png`), fullPage: true });

/** The core's messages for `path` (joined as bindForm joins them), reading form values and normalising as the forms do. */
function core(operation, body, path, locale = "en") {
  const found = validate(operation, body, { locale, normalize: true, form: true }).errors.filter((e) => e.path === path);
  assert.ok(found.length, `the core reports ${path} for ${JSON.stringify(body)}`);
  return [...new Set(found.map((e) => e.message))].join(" ");
}

/** The visible message texts of a form, by the `data-error-for` name they belong to. */
const shownAll = (page, prefix) =>
  page.$eval(`#${prefix}-form`, (form) =>
    Object.fromEntries(
      [...form.querySelectorAll("[data-error-for]")].filter((el) => !el.hidden && el.textContent).map((el) => [el.getAttribute("data-error-for"), el.textContent]),
    ),
  );
const shown = async (page, prefix, name) => (await shownAll(page, prefix))[name] ?? "";

/** Submits a form and waits for its result area to settle on `state` (ok, invalid, problem, error). */
async function submit(page, prefix, state) {
  await page.click(`#${prefix}-submit`);
  const sel = `#${prefix}-result`;
  await page.waitForFunction((s) => ["ok", "invalid", "problem", "error"].includes(document.querySelector(s)?.dataset.state), sel, { timeout: 10000 });
  assert.equal(await page.$eval(sel, (el) => el.dataset.state), state, `${prefix}: ${await page.textContent(sel)}`);
  return page.textContent(sel);
}

/** The JSON body shown in a result area. */
const sentBody = async (page, prefix) => JSON.parse(await page.textContent(`#${prefix}-result pre`));

const opInfo = (name) => operations().find((o) => o.name === name);

// ---- tests ----

test("GET / carries a strict CSP (import map by hash, wasm-unsafe-eval only) and nosniff; the API contract the portal relies on", { skip }, async () => {
  const res = await fetch(`${origin}/`);
  assert.equal(res.status, 200);
  const csp = res.headers.get("content-security-policy");
  assert.ok(csp.includes("'wasm-unsafe-eval'"), csp);
  assert.ok(!csp.includes("'unsafe-eval'"), csp);
  assert.ok(!csp.includes("'unsafe-inline'"), csp);
  assert.equal(res.headers.get("x-content-type-options"), "nosniff");

  // index.html: one inline script, the import map, allowed by its hash; nothing else inline.
  const html = await res.text();
  assert.equal(html, readFileSync(join(root, "www/index.html"), "utf8"));
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const inline = scripts.filter((s) => s[2].trim());
  assert.equal(inline.length, 1);
  assert.match(inline[0][1], /type="importmap"/);
  assert.deepEqual(JSON.parse(inline[0][2]), { imports: { "bss-validate": "/vendor/bss-validate/dist/index.js" } });
  assert.ok(csp.includes(`'sha256-${createHash("sha256").update(inline[0][2]).digest("base64")}'`), csp);
  assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);

  const wasm = await fetch(`${origin}/vendor/bss-validate/wasm/bss_validate_bg.wasm`);
  assert.equal(wasm.headers.get("content-type"), "application/wasm");
  assert.deepEqual(await (await fetch(`${origin}/api/operations`)).json(), operations());

  const api = (op, body, headers = {}) => fetch(`${origin}/api/${op}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  let r = await api("ReclaimToPartnerAccount", JSON.stringify({ customer_id: "c1", amount: "10.005" }), { "accept-language": "zh-CN" });
  assert.equal(r.status, 422);
  assert.equal(r.headers.get("content-type"), "application/problem+json");
  const problem = await r.json();
  assert.deepEqual(problem.errors, validate("ReclaimToPartnerAccount", { customer_id: "c1", amount: "10.005" }, { locale: "zh-CN", normalize: true }).errors);
  r = await api("UpdateCustomerAccountAmount", JSON.stringify({ customer_id: "c1", amount: "１２．５０" }));
  assert.equal(r.status, 200);
  const answer = await r.json();
  assert.deepEqual(answer.body, { customer_id: "c1", amount: "12.50" });
  assert.deepEqual([answer.method, answer.path], [opInfo("UpdateCustomerAccountAmount").method, opInfo("UpdateCustomerAccountAmount").path]);
  assert.deepEqual(answer.changes, [{ path: "/amount", from: "１２．５０", to: "12.50" }]);
  assert.equal((await api("ReclaimToPartnerAccount", "{")).status, 400);
  // A repeated key: the server forwards what it checked, so it refuses the repeat.
  r = await api("ReclaimToPartnerAccount", '{"customer_id":"c1","amount":"-5","amount":"1"}');
  assert.equal(r.status, 422);
  assert.deepEqual((await r.json()).errors.map((e) => [e.path, e.code]), [["/amount", "duplicate_key"]]);
  assert.equal((await api("ReclaimToPartnerAccount", "{}", { "content-type": "text/plain" })).status, 415);
  assert.equal((await api("NoSuchOperation", "{}")).status, 404);
});

test("navigation: five sections by hash, aria-current on the active link, both languages complete", { skip }, async (t) => {
  const page = await open(t);
  const visible = () => page.$$eval("main > section.page", (s) => s.filter((x) => !x.hidden).map((x) => x.id));
  const current = () => page.$$eval("nav a[aria-current]", (a) => a.map((x) => [x.id, x.getAttribute("aria-current")]));
  assert.deepEqual(await visible(), ["page-register"]);
  assert.deepEqual(await current(), [["nav-register", "page"]]);
  for (const name of ["realname", "funds", "orders", "playground", "register"]) {
    await page.click(`#nav-${name}`);
    await page.waitForFunction((n) => document.body.dataset.page === n, name);
    assert.deepEqual(await visible(), [`page-${name}`]);
    assert.deepEqual(await current(), [[`nav-${name}`, "page"]]);
    assert.equal(new URL(page.url()).hash, `#${name}`);
    assert.equal(await page.evaluate(() => document.activeElement.tagName), "H1", "focus moves to the section's heading");
  }
  // The skip link keeps the section.
  await page.goto(`${origin}/#orders`);
  await page.waitForFunction(() => document.body.dataset.page === "orders");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  assert.deepEqual(await visible(), ["page-orders"]);

  // Every UI string exists in both languages, and the page shows the chosen one.
  const dict = await page.evaluate(async () => (await import("/i18n.js")).dict);
  assert.deepEqual(Object.keys(dict["zh-CN"]).sort(), Object.keys(dict.en).sort());
  const keys = await page.$$eval("[data-i18n]", (els) => els.map((el) => el.dataset.i18n));
  for (const k of keys) assert.ok(k in dict.en, `${k} is in the dictionary`);
  await setLang(page, "zh-CN");
  assert.equal(await page.textContent("#nav-funds"), dict["zh-CN"]["nav.funds"]);
  assert.equal(await page.textContent("#h-orders"), dict["zh-CN"]["orders.title"]);
  assert.equal(await page.textContent("#adjust-submit"), dict["zh-CN"]["adjust.submit"]);
  // The choice is kept across a reload.
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === "yes");
  assert.equal(await page.$eval("#lang", (s) => s.value), "zh-CN");
  assert.equal(await page.textContent("#nav-funds"), dict["zh-CN"]["nav.funds"]);
});

test("funds: each form gives the core's message in both languages, accepts full-width input and shows the server's answer", { skip }, async (t) => {
  const page = await open(t, "funds");
  const forms = [
    ["adjust", "UpdateCustomerAccountAmount", "customer_id"],
    ["reclaim", "ReclaimToPartnerAccount", "customer_id"],
    ["reseller-adjust", "UpdateIndirectPartnerAccount", "indirect_partner_id"],
    ["reseller-reclaim", "ReclaimIndirectPartnerAccount", "indirect_partner_id"],
  ];
  for (const [prefix, op, idName] of forms) {
    const amount = fields(op).find((f) => f.name === "amount");
    // The hint carries the endpoint's own maximum (with thousands separators).
    const max = amount.maximum.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    assert.ok((await page.textContent(`#${prefix}-amount-hint`)).includes(max), `${prefix}: the hint shows ${max}`);
    assert.equal(await page.getAttribute(`#${prefix}-amount`, "inputmode"), "decimal");

    await page.fill(`#${prefix}-${idName}`, "0666aa7a7900d5c80f6dc01a9a3598a0");
    await page.fill(`#${prefix}-amount`, "10.005");
    let body = { [idName]: "0666aa7a7900d5c80f6dc01a9a3598a0", amount: "10.005" };
    assert.equal(await shown(page, prefix, "amount"), core(op, body, "/amount", "en"));
    assert.equal(await page.getAttribute(`#${prefix}-amount`, "aria-invalid"), "true");
    await setLang(page, "zh-CN");
    assert.equal(await shown(page, prefix, "amount"), core(op, body, "/amount", "zh-CN"));
    await setLang(page, "en");

    // Above the endpoint's maximum.
    const over = amount.maximum.includes(".") ? "1000000000" : amount.maximum + "1";
    await page.fill(`#${prefix}-amount`, over);
    body = { ...body, amount: over };
    assert.equal(validate(op, body).errors[0].code, "too_large");
    assert.equal(await shown(page, prefix, "amount"), core(op, body, "/amount", "en"));

    // A full-width amount, as a Chinese IME types it: accepted, sent normalised.
    await page.fill(`#${prefix}-amount`, "１２．５０");
    assert.equal(await shown(page, prefix, "amount"), "");
    assert.equal(await page.getAttribute(`#${prefix}-amount`, "aria-invalid"), null);
    const text = await submit(page, prefix, "ok");
    assert.ok(text.includes(`${opInfo(op).method} ${opInfo(op).path}`), text);
    assert.deepEqual(await sentBody(page, prefix), { [idName]: "0666aa7a7900d5c80f6dc01a9a3598a0", amount: "12.50" });
    assert.ok(text.includes("１２．５０") && text.includes("12.50"), `the change is listed: ${text}`);
    assert.equal(await page.inputValue(`#${prefix}-amount`), "１２．５０", "the control keeps what was typed");
  }
  await shot(page, "funds-answered");
});

test("orders: cancel, and pay with coupons and a discount under the core's conditional rules", { skip }, async (t) => {
  const page = await open(t, "orders");
  // Cancel: required, then too long, then fine.
  let text = await submit(page, "cancel", "invalid");
  assert.equal(await shown(page, "cancel", "order_id"), core("CancelCustomerOrder", {}, "/order_id"));
  await setLang(page, "zh-CN");
  assert.equal(await shown(page, "cancel", "order_id"), core("CancelCustomerOrder", {}, "/order_id", "zh-CN"));
  await setLang(page, "en");
  assert.equal(await page.evaluate(() => document.activeElement.id), "cancel-order_id");
  assert.equal(await page.getAttribute("#cancel-order_id", "maxlength"), String(fields("CancelCustomerOrder")[0].max_length));
  await page.fill("#cancel-order_id", "CS170926155954NO7");
  text = await submit(page, "cancel", "ok");
  assert.ok(text.includes(`PUT ${opInfo("CancelCustomerOrder").path}`), text);
  assert.deepEqual(await sentBody(page, "cancel"), { order_id: "CS170926155954NO7" });

  // Pay: use_coupon YES without coupons.
  await page.fill("#pay-order_id", "CS170926155954NO7");
  await page.selectOption("#pay-use_coupon", "YES");
  await submit(page, "pay", "invalid");
  let body = { order_id: "CS170926155954NO7", use_coupon: "YES", use_discount: "NO" };
  assert.equal(await shown(page, "pay", "coupon_infos"), core("PayOrders", body, "/coupon_infos"));
  await setLang(page, "zh-CN");
  assert.equal(await shown(page, "pay", "coupon_infos"), core("PayOrders", body, "/coupon_infos", "zh-CN"));
  await setLang(page, "en");

  // A coupon type without its id: the item's own field.
  await page.selectOption("#pay-coupon_infos-0-type", "301");
  body = { ...body, coupon_infos: [{ type: 301 }] };
  assert.equal(await shown(page, "pay", "coupon_infos"), "");
  await submit(page, "pay", "invalid");
  assert.equal(await shown(page, "pay", "coupon_infos.0.id"), core("PayOrders", body, "/coupon_infos/0/id"));
  await page.fill("#pay-coupon_infos-0-id", "CP2301010001");

  // A discount with use_discount NO is forbidden; a type outside the enum not_one_of.
  await page.fill("#pay-discount_infos-0-id", "DS01");
  await page.fill("#pay-discount_infos-0-type", "610");
  body = { ...body, coupon_infos: [{ id: "CP2301010001", type: 301 }], discount_infos: [{ id: "DS01", type: 610 }] };
  await submit(page, "pay", "invalid");
  assert.equal(await shown(page, "pay", "discount_infos"), core("PayOrders", body, "/discount_infos"));
  await page.selectOption("#pay-use_discount", "YES");
  body.use_discount = "YES";
  await submit(page, "pay", "invalid");
  assert.equal(await shown(page, "pay", "discount_infos"), "");
  assert.equal(await shown(page, "pay", "discount_infos.0.type"), core("PayOrders", body, "/discount_infos/0/type"));
  await page.fill("#pay-discount_infos-0-type", "609");
  text = await submit(page, "pay", "ok");
  assert.ok(text.includes(`POST ${opInfo("PayOrders").path}`), text);
  assert.deepEqual(await sentBody(page, "pay"), {
    order_id: "CS170926155954NO7",
    use_coupon: "YES",
    use_discount: "YES",
    coupon_infos: [{ id: "CP2301010001", type: 301 }],
    discount_infos: [{ id: "DS01", type: 609 }],
  });
  await shot(page, "orders-answered");
});

test("register: check → send code → create, values carried forward, the password checklist ticking as it is typed", { skip }, async (t) => {
  const page = await open(t, "register");
  // Step 1: a login name may not start with "_" (CreateSubCustomer's may: two regexes).
  await page.selectOption("#check-search_type", "name");
  await page.fill("#check-search_value", "_abc12");
  let body = { search_type: "name", search_value: "_abc12" };
  assert.equal(await shown(page, "check", "search_value"), core("CheckUserIdentity", body, "/search_value"));
  await setLang(page, "zh-CN");
  assert.equal(await shown(page, "check", "search_value"), core("CheckUserIdentity", body, "/search_value", "zh-CN"));
  await setLang(page, "en");
  // Changing the type re-checks the value: a mobile with another country code.
  await page.selectOption("#check-search_type", "mobile");
  await page.fill("#check-search_value", "0044-7700900123");
  body = { search_type: "mobile", search_value: "0044-7700900123" };
  assert.equal(validate("CheckUserIdentity", body).errors[0].code, "unsupported_country_code");
  assert.equal(await shown(page, "check", "search_value"), core("CheckUserIdentity", body, "/search_value"));
  await page.fill("#check-search_value", "+86 138 0013 8000");
  let text = await submit(page, "check", "ok");
  assert.ok(text.includes(`POST ${opInfo("CheckUserIdentity").path}`), text);
  assert.deepEqual(await sentBody(page, "check"), { search_type: "mobile", search_value: "0086-13800138000" });
  assert.equal(await page.inputValue("#sms-mobile_phone"), "13800138000", "the mobile is carried to step 2");
  assert.equal(await page.inputValue("#create-mobile_phone"), "13800138000", "and to step 3");
  assert.equal(await page.getAttribute("#register-step-1", "data-state"), "done");
  await page.click("#register-step-1-next");
  assert.equal(await page.evaluate(() => document.activeElement.id), "sms-mobile_phone");

  // Step 2: scene 18 needs a customer ID.
  await page.selectOption("#sms-scene", "18");
  await submit(page, "sms", "invalid");
  body = { mobile_phone: "13800138000", receiver_type: 1, scene: 18, lang: "en-us" };
  assert.equal(await shown(page, "sms", "customer_id"), core("SendVerificationMessageCode", body, "/customer_id"));
  await setLang(page, "zh-CN");
  assert.equal(await shown(page, "sms", "customer_id"), core("SendVerificationMessageCode", body, "/customer_id", "zh-CN"));
  await setLang(page, "en");
  await page.selectOption("#sms-scene", "29");
  text = await submit(page, "sms", "ok");
  assert.ok(text.includes(`POST ${opInfo("SendVerificationMessageCode").path}`), text);
  assert.deepEqual(await sentBody(page, "sms"), { mobile_phone: "13800138000", receiver_type: 1, scene: 29, lang: "en-us" });
  assert.equal(await shown(page, "sms", "customer_id"), "");

  // Step 3: the checklist's figures come from the field table.
  const pw = fields("CreateSubCustomer").find((f) => f.name === "password");
  assert.ok((await page.textContent("#create-rule-length")).includes(`${pw.min_length}–${pw.max_length}`));
  assert.ok((await page.textContent("#create-rule-classes")).includes(String(pw.min_classes)));
  await page.fill("#create-domain_name", "alice_01");
  const states = () => page.$$eval("#create-password-rules li", (lis) => Object.fromEntries(lis.map((li) => [li.dataset.rule, li.dataset.state])));
  assert.deepEqual(await states(), { length: "pending", classes: "pending", name: "pending", mobile: "pending" });
  // What the checklist must show for a password, from the core's verdict on /password.
  const expected = (password) => {
    const codes = new Set(
      validateField("CreateSubCustomer", "/password", { xaccount_id: "partner-user-10086", xaccount_type: "demo_platform_0001", domain_name: "alice_01", mobile_phone: "13800138000", password }, { normalize: true })
        .errors.filter((e) => e.path === "/password")
        .map((e) => e.code),
    );
    const length = codes.has("too_short") || codes.has("too_long");
    return {
      length: length ? "unmet" : "met",
      classes: length ? "pending" : codes.has("weak_password") ? "unmet" : "met",
      name: codes.has("password_matches_account_name") ? "unmet" : "met",
      mobile: codes.has("password_contains_mobile") ? "unmet" : "met",
    };
  };
  // "10_ecila" is the account name reversed; then a mobile inside; then fine.
  const seen = new Set();
  for (const typed of ["10_ecila", "x13800138000", "Secret-2024"]) {
    await page.fill("#create-password", "");
    let sofar = "";
    for (const ch of typed) {
      await page.press("#create-password", ch === " " ? "Space" : ch);
      sofar += ch;
      const want = expected(sofar);
      assert.deepEqual(await states(), want, `after typing ${JSON.stringify(sofar)}`);
      seen.add(JSON.stringify(want));
    }
  }
  assert.deepEqual(expected("10_ecila"), { length: "met", classes: "met", name: "unmet", mobile: "met" });
  assert.deepEqual(expected("x13800138000"), { length: "met", classes: "met", name: "met", mobile: "unmet" });
  assert.deepEqual(expected("abcdefgh"), { length: "met", classes: "unmet", name: "met", mobile: "met" });
  assert.deepEqual(await states(), { length: "met", classes: "met", name: "met", mobile: "met" });
  assert.ok(seen.size >= 4, "the checklist went through several states");
  assert.equal(await page.textContent("#create-rule-length .rule-state"), (await page.evaluate(async () => (await import("/i18n.js")).dict.en["create.rule.met"])));
  // The checklist follows the account name too.
  await page.fill("#create-domain_name", "Secret-2024");
  assert.equal((await states()).name, "unmet");
  await page.fill("#create-domain_name", "alice_01");
  assert.equal((await states()).name, "met");
  await shot(page, "register-checklist");

  // A mobile needs its code.
  text = await submit(page, "create", "invalid");
  body = { xaccount_id: "partner-user-10086", xaccount_type: "demo_platform_0001", domain_name: "alice_01", mobile_phone: "13800138000", password: "Secret-2024" };
  assert.equal(await shown(page, "create", "verification_code"), core("CreateSubCustomer", body, "/verification_code"));
  await setLang(page, "zh-CN");
  assert.equal(await shown(page, "create", "verification_code"), core("CreateSubCustomer", body, "/verification_code", "zh-CN"));
  await setLang(page, "en");
  assert.equal(await page.evaluate(() => document.activeElement.id), "create-verification_code");
  await page.fill("#create-verification_code", "１２３４５６");
  text = await submit(page, "create", "ok");
  assert.ok(text.includes(`POST ${opInfo("CreateSubCustomer").path}`), text);
  assert.deepEqual(await sentBody(page, "create"), { ...body, verification_code: "123456", include_association_result: false });
  assert.deepEqual(await page.$$eval(".steps > li", (lis) => lis.map((li) => li.dataset.state)), ["done", "done", "done"]);
  await shot(page, "register-done");
  // The register flow goes on to real-name authentication, for the same platform.
  await page.click("#create-next-realname");
  await page.waitForFunction(() => document.body.dataset.page === "realname");
  for (const prefix of ["personal", "enterprise", "change"]) assert.equal(await page.inputValue(`#${prefix}-xaccount_type`), body.xaccount_type);
});

test("real-name authentication: a person by document or bank card, an organisation applying or changing, in both languages", { skip }, async (t) => {
  const visible = (page, sel) => page.$eval(sel, (el) => !el.hidden);
  for (const lang of LOCALES) {
    const page = await open(t, "realname", { lang });
    const personal = { customer_id: "06a7969058802f0c0f01c00b91846780", xaccount_type: "demo_platform_0001" };

    // By ID document (the first type): the document type shows, the bank card does not.
    assert.equal(await page.inputValue("#personal-identify_type"), "0");
    assert.ok(await visible(page, "#personal-document"));
    assert.ok(!(await visible(page, "#personal-bank")));
    await page.fill("#personal-customer_id", personal.customer_id);
    await page.selectOption("#personal-verified_type", "3");
    await page.fill("#personal-name", "张三");
    await page.fill("#personal-verified_number", "E12345678");
    await page.fill("#personal-verified_file_url-0", "abc023.jpg");
    let body = { ...personal, identify_type: 0, verified_type: 3, name: "张三", verified_number: "E12345678", verified_file_url: ["abc023.jpg"] };
    await submit(page, "personal", "invalid");
    // One file where a document needs three: the core's count rule, in the page's language.
    assert.equal(validate("CreatePersonalRealnameAuth", body).errors[0].code, "too_few_items");
    assert.equal(await shown(page, "personal", "verified_file_url"), core("CreatePersonalRealnameAuth", body, "/verified_file_url", lang));
    await page.fill("#personal-verified_file_url-1", "def004.jpg");
    await page.fill("#personal-verified_file_url-2", "test/gh007.jpg");
    body.verified_file_url = ["abc023.jpg", "def004.jpg", "test/gh007.jpg"];
    let text = await submit(page, "personal", "ok");
    assert.ok(text.includes(`POST ${opInfo("CreatePersonalRealnameAuth").path}`), text);
    assert.deepEqual(await sentBody(page, "personal"), body);

    // By bank card: the card shows (its country code filled in), the document type goes;
    // three files are now too many and the card's own fields are required.
    await page.selectOption("#personal-identify_type", "4");
    assert.ok(!(await visible(page, "#personal-document")));
    assert.ok(await visible(page, "#personal-bank"));
    await submit(page, "personal", "invalid");
    body = { ...personal, identify_type: 4, name: "张三", verified_number: "E12345678", verified_file_url: body.verified_file_url, bank_card_info: { areacode: "0086" } };
    for (const name of ["verified_file_url", "bank_card_info.bank_account", "bank_card_info.mobile", "bank_card_info.verification_code"]) {
      assert.equal(await shown(page, "personal", name), core("CreatePersonalRealnameAuth", body, `/${name.replace(".", "/")}`, lang), name);
    }
    // Without the card at all, the card is what is missing.
    delete body.bank_card_info;
    assert.equal(validate("CreatePersonalRealnameAuth", body).errors.find((e) => e.path === "/bank_card_info")?.code, "required");
    // The code is sent for scene 18, which needs the customer ID: the core checks it first.
    await page.fill("#personal-bank_card_info-mobile", "13800138000");
    await page.click("#personal-send-code");
    await page.waitForFunction(() => document.querySelector("#personal-code-status").textContent !== "");
    const sent = await page.textContent("#personal-code-status");
    assert.equal(sent, await page.evaluate(async () => (await import("/i18n.js")).t("rn.sendCode.sent")));
    await page.fill("#personal-bank_card_info-bank_account", "6222-0212-3456");
    await page.fill("#personal-bank_card_info-verification_code", "１２３４５６");
    await page.fill("#personal-verified_file_url-1", "");
    await page.fill("#personal-verified_file_url-2", "");
    await page.fill("#personal-verified_file_url-0", "face.jpg");
    text = await submit(page, "personal", "ok");
    assert.deepEqual(await sentBody(page, "personal"), {
      ...personal,
      identify_type: 4,
      name: "张三",
      verified_number: "E12345678",
      verified_file_url: ["face.jpg"],
      bank_card_info: { bank_account: "6222-0212-3456", areacode: "0086", mobile: "13800138000", verification_code: "123456" },
    });
    await shot(page, `realname-personal-bank-${lang}`);

    // An organisation: a name of digits only is refused as typed; with a legal person, the
    // person's ID number and three files are needed.
    const enterprise = { customer_id: personal.customer_id, identify_type: 1, xaccount_type: "demo_platform_0001" };
    await page.fill("#enterprise-customer_id", enterprise.customer_id);
    await page.fill("#enterprise-corp_name", "123 456");
    body = { ...enterprise, corp_name: "123 456" };
    assert.equal(await shown(page, "enterprise", "corp_name"), core("CreateEnterpriseRealnameAuthentication", body, "/corp_name", lang));
    await page.fill("#enterprise-corp_name", "示例科技有限公司");
    await page.fill("#enterprise-verified_number", "91110000123456789X");
    await page.fill("#enterprise-verified_file_url-0", "licence.jpg");
    await page.fill("#enterprise-enterprise_person-legel_name", "李四");
    body = { ...enterprise, corp_name: "示例科技有限公司", verified_number: "91110000123456789X", verified_file_url: ["licence.jpg"], enterprise_person: { legel_name: "李四" } };
    await submit(page, "enterprise", "invalid");
    for (const [name, path] of [["enterprise_person.legel_id_number", "/enterprise_person/legel_id_number"], ["verified_file_url", "/verified_file_url"]]) {
      assert.equal(await shown(page, "enterprise", name), core("CreateEnterpriseRealnameAuthentication", body, path, lang), name);
    }
    // Leaving the legal person out again: one file is enough.
    await page.fill("#enterprise-enterprise_person-legel_name", "");
    await page.selectOption("#enterprise-certificate_type", "0");
    text = await submit(page, "enterprise", "ok");
    assert.ok(text.includes(`POST ${opInfo("CreateEnterpriseRealnameAuthentication").path}`), text);
    assert.deepEqual(await sentBody(page, "enterprise"), { ...enterprise, certificate_type: 0, corp_name: "示例科技有限公司", verified_number: "91110000123456789X", verified_file_url: ["licence.jpg"] });

    // The change from a personal account: change_type 1, PUT.
    await page.fill("#change-customer_id", enterprise.customer_id);
    await page.fill("#change-corp_name", "示例科技有限公司");
    await page.fill("#change-verified_number", "91110000123456789X");
    await page.fill("#change-enterprise_person-legel_name", "李四");
    await page.fill("#change-enterprise_person-legel_id_number", "110101199003071234");
    for (const [i, f] of ["licence.jpg", "id-front.jpg", "id-back.jpg"].entries()) await page.fill(`#change-verified_file_url-${i}`, f);
    text = await submit(page, "change", "ok");
    assert.ok(text.includes(`PUT ${opInfo("ChangeEnterpriseRealnameAuthentication").path}`), text);
    assert.deepEqual(await sentBody(page, "change"), {
      ...enterprise,
      change_type: 1,
      corp_name: "示例科技有限公司",
      verified_number: "91110000123456789X",
      enterprise_person: { legel_name: "李四", legel_id_number: "110101199003071234" },
      verified_file_url: ["licence.jpg", "id-front.jpg", "id-back.jpg"],
    });
    await shot(page, `realname-enterprise-${lang}`);
  }
});

test("skip browser checks: the server's problem lands on the same fields with the same words as the browser's checks", { skip }, async (t) => {
  const pad = "x".repeat(65);
  // Per form: how to fill it (selector → value; a select takes its option value).
  const cases = {
    reclaim: { section: "funds", fill: { "#reclaim-amount": "10.005" } },
    adjust: { section: "funds", fill: { "#adjust-customer_id": "c1", "#adjust-amount": "１２．５０５", "#adjust-indirect_partner_id": pad } },
    "reseller-adjust": { section: "funds", fill: { "#reseller-adjust-indirect_partner_id": "r1", "#reseller-adjust-amount": "1000000000" } },
    "reseller-reclaim": { section: "funds", fill: { "#reseller-reclaim-amount": "0" } },
    check: { section: "register", fill: { "#check-search_type": "mobile", "#check-search_value": "0044-7700900123" } },
    sms: { section: "register", fill: { "#sms-mobile_phone": "138-0013-8000", "#sms-scene": "18" } },
    create: { section: "register", fill: { "#create-xaccount_id": "", "#create-domain_name": "12345", "#create-mobile_phone": "13800138000", "#create-password": "x13800138000" } },
    cancel: { section: "orders", fill: {} },
    personal: { section: "realname", fill: { "#personal-identify_type": "4", "#personal-customer_id": "c1", "#personal-bank_card_info-mobile": "138-0013-8000", "#personal-verified_file_url-0": "a.jpg", "#personal-verified_file_url-1": "b.jpg" } },
    enterprise: { section: "realname", fill: { "#enterprise-corp_name": "123 456", "#enterprise-enterprise_person-certifier_role": "legalPerson", "#enterprise-verified_file_url-0": "a.jpg" } },
    pay: { section: "orders", fill: { "#pay-order_id": "o1", "#pay-use_coupon": "YES", "#pay-coupon_infos-1-type": "300", "#pay-discount_infos-0-id": "d1", "#pay-discount_infos-0-type": "3" } },
  };
  const fill = async (page, values) => {
    for (const [sel, v] of Object.entries(values)) {
      if ((await page.$eval(sel, (el) => el.tagName)) === "SELECT") await page.selectOption(sel, v);
      else await page.fill(sel, v);
    }
  };
  for (const lang of LOCALES) {
    const checked = await open(t, "register", { lang });
    const unchecked = await open(t, "register", { lang, skipChecks: true });
    for (const [prefix, c] of Object.entries(cases)) {
      await Promise.all([checked, unchecked].map(async (page) => {
        await page.click(`#nav-${c.section}`);
        await fill(page, c.fill);
      }));
      assert.deepEqual(await shownAll(unchecked, prefix), {}, `${prefix}: no live check with browser checks skipped`);
      await submit(checked, prefix, "invalid");
      const browserSays = await shownAll(checked, prefix);
      assert.ok(Object.keys(browserSays).length > 0, `${prefix}: the browser found problems`);
      const text = await submit(unchecked, prefix, "problem");
      assert.ok(text.includes("422"), text);
      const serverSays = await shownAll(unchecked, prefix);
      assert.deepEqual(serverSays, browserSays, `${prefix} (${lang}): the server's words on the same fields`);
      // The same controls are flagged, and focus goes to the first.
      const flagged = (page) => page.$$eval(`#${prefix}-form [aria-invalid="true"]`, (els) => els.map((el) => el.id));
      assert.deepEqual(await flagged(unchecked), await flagged(checked));
    }
    await shot(unchecked, `skip-checks-${lang}`);
  }
  // Switching the checks back on rebinds: live checks again.
  const page = await open(t, "funds", { skipChecks: true });
  await page.fill("#reclaim-amount", "10.005");
  assert.equal(await shown(page, "reclaim", "amount"), "");
  await page.uncheck("#skip-checks");
  await page.fill("#reclaim-amount", "10.0055");
  assert.equal(await shown(page, "reclaim", "amount"), core("ReclaimToPartnerAccount", { amount: "10.0055" }, "/amount"));
});

test("rules drift: the server and the portal's package name the same rules; a server on other rules is reported once", { skip }, async (t) => {
  // The server (Rust's RULES_VERSION) and the package (rulesVersion(), in Node and in the page) agree.
  const ours = rulesVersion();
  let res = await fetch(`${origin}/api/operations`);
  assert.equal(res.headers.get("bss-rules-version"), ours);
  res = await fetch(`${origin}/api/ReclaimToPartnerAccount`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"amount":"1.005"}' });
  assert.equal(res.status, 422);
  assert.equal(res.headers.get("bss-rules-version"), ours);
  assert.equal((await res.json()).rulesVersion, ours);
  assert.equal((await fetch(`${origin}/`)).headers.get("bss-rules-version"), null, "a file is no verdict");

  const warned = (page) => {
    const warnings = [];
    page.on("console", (msg) => msg.type() === "warning" && warnings.push(msg.text()));
    return warnings;
  };
  // Waits for `n` warnings, or a moment when none is awaited (a stray one would land by then).
  const settle = async (warnings, n) => {
    for (let i = 0; i < 50 && warnings.length < n; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(warnings.length, n, warnings.join("\n"));
  };
  let page = await open(t, "funds");
  let warnings = warned(page);
  assert.equal(await page.evaluate(async () => (await import("bss-validate")).rulesVersion()), ours, "the page's module is Node's");
  await page.fill("#reclaim-customer_id", "c1");
  await page.fill("#reclaim-amount", "10.50");
  await submit(page, "reclaim", "ok");
  await page.check("#skip-checks");
  await page.fill("#reclaim-amount", "10.005");
  await submit(page, "reclaim", "problem");
  await settle(warnings, 0);

  // A server built from other rules: its header and its problems' member say so.
  const other = "0123456789abcdef";
  const drifted = async (options) => {
    const page = await open(t, "funds", options);
    await page.route("**/api/**", async (route) => {
      const real = await route.fetch();
      let body = await real.text();
      if (real.headers()["content-type"] === "application/problem+json") body = JSON.stringify({ ...JSON.parse(body), rulesVersion: other });
      await route.fulfill({ response: real, headers: { ...real.headers(), "bss-rules-version": other }, body });
    });
    return page;
  };
  // bindForm: the header of the answer onValid returns.
  page = await drifted();
  warnings = warned(page);
  await page.fill("#reclaim-customer_id", "c1");
  await page.fill("#reclaim-amount", "10.50");
  await submit(page, "reclaim", "ok");
  await settle(warnings, 1);
  assert.ok(warnings[0].includes(other) && warnings[0].includes(ours), warnings[0]);
  await submit(page, "reclaim", "ok");
  await settle(warnings, 1); // once a page
  // applyProblem (browser checks skipped, no binding): the problem's member.
  page = await drifted({ skipChecks: true });
  warnings = warned(page);
  await page.fill("#reclaim-amount", "10.005");
  await submit(page, "reclaim", "problem");
  await settle(warnings, 1);
  assert.ok(warnings[0].includes(other), warnings[0]);
  const told = await page.evaluate(async () => {
    const { applyProblem } = await import("bss-validate");
    const got = [];
    applyProblem(document.getElementById("reclaim-form"), { errors: [], rulesVersion: "f123456789abcdef" }, { onRulesMismatch: (m) => got.push(m) });
    return got;
  });
  assert.deepEqual(told, [{ ours, theirs: "f123456789abcdef" }], "the callback, with both ids");
  await settle(warnings, 1);
});

test("playground: pick an operation, type JSON, see errors and the normalised body, send it, use the generated form", { skip }, async (t) => {
  const page = await open(t, "playground");
  const ops = operations();
  assert.deepEqual(await page.$$eval("#pg-op option", (o) => o.map((x) => x.value)), ops.map((o) => o.name));

  await page.selectOption("#pg-op", "ReclaimToPartnerAccount");
  const rows = () => page.$$eval("#pg-errors tbody tr", (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  const body = { customer_id: "c1", amount: "１０．００５", extra: 1 };
  await page.fill("#pg-json", JSON.stringify(body));
  const expected = (locale) => validate("ReclaimToPartnerAccount", body, { locale, normalize: true }).errors.map((e) => [e.path, e.code, e.message]);
  assert.deepEqual(await rows(), expected("en"));
  await setLang(page, "zh-CN");
  assert.deepEqual(await rows(), expected("zh-CN"));
  await setLang(page, "en");
  assert.deepEqual(JSON.parse(await page.textContent("#pg-normalized")), { customer_id: "c1", amount: "10.005", extra: 1 });

  await page.fill("#pg-json", '{"customer_id": "c1",');
  assert.equal(await page.$eval("#pg-verdict", (el) => el.dataset.state), "syntax");
  await page.click("#pg-send");
  await page.waitForFunction(() => document.querySelector("#pg-server")?.dataset.state === "problem");
  assert.match(await page.textContent("#pg-server"), /HTTP 400/);

  await page.fill("#pg-json", JSON.stringify({ customer_id: "c1", amount: "１２．５０" }));
  assert.equal(await page.$eval("#pg-verdict", (el) => el.dataset.state), "ok");
  await page.click("#pg-send");
  await page.waitForFunction(() => document.querySelector("#pg-server")?.dataset.state === "ok");
  assert.ok((await page.textContent("#pg-server")).includes(`POST ${opInfo("ReclaimToPartnerAccount").path}`));
  assert.deepEqual(JSON.parse(await page.textContent("#pg-server pre")), { customer_id: "c1", amount: "12.50" });

  // The generated form: wire names, the spec's attributes, bound like the others.
  const names = () => page.$$eval("#pg-gen-form [name]", (els) => els.map((el) => el.name));
  assert.deepEqual(await names(), fields("ReclaimToPartnerAccount").map((f) => f.name));
  const attrs = htmlAttributes("ReclaimToPartnerAccount");
  assert.equal(await page.getAttribute("#pg-gen-customer_id", "maxlength"), String(attrs.customer_id.maxlength));
  assert.equal(await page.getAttribute("#pg-gen-amount", "inputmode"), attrs.amount.inputmode);
  await page.fill("#pg-gen-customer_id", "c1");
  await page.fill("#pg-gen-amount", "0.001");
  assert.equal(await shown(page, "pg-gen", "amount"), core("ReclaimToPartnerAccount", { customer_id: "c1", amount: "0.001" }, "/amount"));
  await page.fill("#pg-gen-amount", "5");
  const text = await submit(page, "pg-gen", "ok");
  assert.ok(text.includes(opInfo("ReclaimToPartnerAccount").path), text);
  await page.click("#pg-gen-to-json");
  assert.deepEqual(JSON.parse(await page.inputValue("#pg-json")), { customer_id: "c1", amount: "5" });

  // A list operation: items as dotted names, the list's own errors in its marker.
  await page.selectOption("#pg-op", "PayOrders");
  const payNames = await names();
  for (const n of ["order_id", "use_coupon", "use_discount", "coupon_infos.0.id", "coupon_infos.0.type", "coupon_infos.2.type", "discount_infos.0.id", "discount_infos.0.type"]) assert.ok(payNames.includes(n), n);
  assert.ok(!payNames.includes("discount_infos.1.id"), "discount_infos holds exactly one item");
  assert.equal(await page.$eval("#pg-verdict", (el) => el.dataset.state), "ok", "the sample body is valid");
  await page.selectOption("#pg-gen-use_coupon", "NO");
  await page.selectOption("#pg-gen-use_discount", "NO");
  await page.fill("#pg-gen-order_id", "o1");
  await page.fill("#pg-gen-coupon_infos-0-id", "c1");
  await page.selectOption("#pg-gen-coupon_infos-0-type", "300");
  await submit(page, "pg-gen", "invalid");
  const pay = { order_id: "o1", use_coupon: "NO", use_discount: "NO", coupon_infos: [{ id: "c1", type: 300 }] };
  assert.equal(await shown(page, "pg-gen", "coupon_infos"), core("PayOrders", pay, "/coupon_infos"));
  await shot(page, "playground-pay");
});

test("screenshots of each section, desktop and 390 px wide; nothing overflows a phone screen (360 px)", { skip }, async (t) => {
  const sizes = [["desktop", 1280, 900, "en"], ["390", 390, 844, "en"], ["390-zh", 390, 844, "zh-CN"], ["360", 360, 740, "en"]];
  for (const [label, width, height, lang] of sizes) {
    const page = await open(t, "register", { width, height, lang });
    for (const section of ["register", "realname", "funds", "orders", "playground"]) {
      await page.click(`#nav-${section}`);
      await page.waitForFunction((n) => document.body.dataset.page === n, section);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${section} at ${width}px overflows by ${overflow}px`);
      if (label !== "360") await shot(page, `${section}-${label}`);
    }
  }
});
