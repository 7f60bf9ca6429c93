// PII through the npm package (issue 7): the cases of tests/vectors/hostile/pii.json, as
// tests/hostile.rs runs them natively. A password — or any piece of it of 4 or more
// characters — never appears anywhere in an outcome (errors, paths, params, messages,
// changes); a mobile number, e-mail address or search text never appears in an error. In en
// and zh-CN, with and without normalize, through validate, validateField and check.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { validate, validateField, check, operations, fields } from "../../pkg/dist/node.js";

const { cases } = JSON.parse(readFileSync(new URL("../vectors/hostile/pii.json", import.meta.url), "utf8"));

function pieces(secret) {
  const chars = [...secret];
  if (chars.length < 4) return [secret];
  const out = [];
  for (let len = 4; len <= chars.length; len++) for (let i = 0; i + len <= chars.length; i++) out.push(chars.slice(i, i + len).join(""));
  return out;
}

const leak = (text, secrets) => secrets.flatMap(pieces).find((p) => text.includes(p));
const exposed = (kind, out) => JSON.stringify(kind === "password" ? out : out.errors);

test("no password, mobile, e-mail or search text in any outcome of the package", () => {
  const failures = [];
  let checked = 0;
  for (const c of cases) {
    for (const locale of ["en", "zh-CN"]) {
      for (const normalize of [false, true]) {
        const opts = { locale, normalize };
        const out = validate(c.operation, c.input, opts);
        checked++;
        const codes = out.errors.map((e) => e.code);
        if (!normalize && (out.ok || !c.codes.every((w) => codes.includes(w)))) failures.push(`${c.name} (${locale}): want ${c.codes}, got ${codes}`);
        const found = leak(exposed(c.kind, out), c.secrets);
        if (found) failures.push(`${c.name} (${locale}, normalize ${normalize}): ${JSON.stringify(found)} in ${JSON.stringify(out)}`);
        for (const key of Object.keys(c.input)) {
          const field = validateField(c.operation, `/${key}`, c.input, opts);
          checked++;
          const f = leak(exposed(c.kind, field), c.secrets);
          if (f) failures.push(`${c.name} validateField /${key} (${locale}): ${JSON.stringify(f)} in ${JSON.stringify(field)}`);
        }
        // The same data given to a registration check (every key unknown there).
        for (const name of ["AssociateCustomer", "JoinPartnerProgram"]) {
          const facts = check(name, c.input, opts);
          checked++;
          const f = leak(JSON.stringify(facts), c.secrets.filter(() => c.kind === "password"));
          if (f) failures.push(`${c.name} check ${name}: ${JSON.stringify(f)}`);
        }
      }
    }
  }
  assert.deepEqual(failures, []);
  assert.ok(checked >= 600, `${checked} outcomes`);
});

test("every operation field that carries a password, a phone, an e-mail or a search text has PII cases", () => {
  const missing = [];
  for (const { name } of operations()) {
    for (const f of fields(name)) {
      const pii = ["password", "mobile_digits", "mobile_with_country_code", "email", "no_space"].includes(f.format) || f.name.includes("search") || f.name === "account_name";
      if (pii && !cases.some((c) => c.operation === name && f.name in c.input)) missing.push(`${name} /${f.name}`);
    }
  }
  assert.deepEqual(missing, []);
});
