// The conformance corpus through the built npm package, in Node: the same files the Rust
// runner embeds, compared on ok, path, code and the params each vector pins.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { validate, validateField, check } from "../../pkg/dist/node.js";

const dir = new URL("../vectors/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();

test("every vector file is here", () => assert.ok(files.length >= 30, `${files.length} files`));

let total = 0;
for (const file of files) {
  const doc = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
  test(file, () => {
    const failures = [];
    for (const c of doc.cases) {
      const out = doc.check ? check(doc.check, c.input) : validate(doc.operation, c.input);
      total++;
      const brief = (errs) => errs.map((e) => `${e.path} ${e.code}`);
      const problems = [];
      if (out.ok !== c.expect.ok) problems.push(`ok: want ${c.expect.ok}, got ${out.ok}`);
      if (out.ok) assert.deepEqual(out.value, c.input, `${c.name}: value is the input`);
      if (JSON.stringify(brief(out.errors)) !== JSON.stringify(brief(c.expect.errors))) {
        problems.push(`errors: want ${JSON.stringify(brief(c.expect.errors))}, got ${JSON.stringify(brief(out.errors))}`);
      } else {
        c.expect.errors.forEach((want, i) => {
          for (const [k, v] of Object.entries(want.params ?? {})) {
            if (JSON.stringify(out.errors[i].params[k] ?? null) !== JSON.stringify(v)) { // null pins "absent", as in the Rust runner
              problems.push(`${want.path} params.${k}: want ${JSON.stringify(v)}, got ${JSON.stringify(out.errors[i].params[k])}`);
            }
          }
          if (!out.errors[i].message) problems.push(`${want.path}: no message`);
        });
      }
      if (problems.length) failures.push(`${c.name}: ${problems.join("; ")}`);
    }
    assert.deepEqual(failures, [], `${file}: ${failures.length} of ${doc.cases.length} cases diverge`);
  });
}

test("the corpus is large", () => assert.ok(total >= 600, `${total} vectors`));

// Lone surrogates (tests/vectors/text/lone_surrogates.json): the JS value JSON.parse makes of
// each text holds them as JS strings do, and the package refuses them as every reader of the
// text does, read strictly, normalised and as form values, and field by field.
test("text/lone_surrogates.json", () => {
  const doc = JSON.parse(readFileSync(new URL("text/lone_surrogates.json", dir), "utf8"));
  const brief = (errs) => errs.map((e) => `${e.path} ${e.code}`);
  for (const c of doc.cases) {
    const input = JSON.parse(c.text);
    const want = brief(c.expect.errors);
    for (const options of [undefined, { normalize: true }, { form: true }]) {
      const out = validate(c.operation, input, options);
      assert.deepEqual(brief(out.errors), want, `${c.name} ${JSON.stringify(options)}`);
      assert.equal(out.ok, want.length === 0, c.name);
    }
    for (const path of new Set(c.expect.errors.map((e) => e.path))) {
      const field = validateField(c.operation, path, input);
      const within = (w) => w.startsWith(`${path} `) || w.startsWith(`${path}/`);
      assert.deepEqual(brief(field.errors), want.filter(within), `${c.name}: validateField ${path}`);
    }
  }
  assert.ok(doc.cases.length >= 10);
});
