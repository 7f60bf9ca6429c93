// The package renders messages itself, from the crate's catalogue (pkg/src/messages.js,
// generated from src/report/message.rs): here it must give the crate's text for every entry
// of the catalogue, in both locales, with no params, with every param and with a suggestion
// (tests/vectors/messages/catalogue.json, rendered by the crate). The corpus, form and
// differential tests compare whole outcomes, messages included, on top of this.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { message } from "../../pkg/src/message.js";
import { CATALOGUE } from "../../pkg/src/messages.js";

const { cases } = JSON.parse(readFileSync(new URL("../vectors/messages/catalogue.json", import.meta.url), "utf8"));

test("the package renders every message of the catalogue as the crate does", () => {
  const wrong = cases.filter((c) => message(c.code, c.params, c.locale === "zh-CN" ? 1 : 0) !== c.message);
  assert.deepEqual(wrong.map((c) => `${c.code} ${c.locale} ${JSON.stringify(c.params)}: ${message(c.code, c.params, c.locale === "zh-CN" ? 1 : 0)}`), []);
  // Six cases an entry: three sets of params (the first selects only it), two locales.
  assert.equal(cases.length, CATALOGUE.length * 6);
});
