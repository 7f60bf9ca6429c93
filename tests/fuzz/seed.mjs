// Seeds the fuzzers' corpora (tests/fuzz/corpus/<target>/, git-ignored) from the conformance
// corpus tests/vectors/*.json, so libFuzzer starts from real bodies instead of nothing.
// node tests/fuzz/seed.mjs   (./run does it before the short fuzz runs)
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const vectors = `${root}tests/vectors/`;
const dir = (t) => {
  const d = `${root}tests/fuzz/corpus/${t}/`;
  mkdirSync(d, { recursive: true });
  return d;
};
const put = (t, bytes) => writeFileSync(dir(t) + createHash("sha1").update(bytes).digest("hex"), bytes);

// The table order of the fuzz targets: spec::OPERATIONS (the npm operations() order), then the checks.
const { operations } = await import(`${root}pkg/dist/node.js`).catch(() => ({ operations: null }));
const names = operations ? operations().map((o) => o.name) : [];
names.push("AssociateCustomer", "JoinPartnerProgram");

let n = 0;
for (const file of readdirSync(vectors).filter((f) => f.endsWith(".json"))) {
  const doc = JSON.parse(readFileSync(vectors + file, "utf8"));
  const i = Math.max(0, names.indexOf(doc.operation ?? doc.check));
  for (const c of doc.cases) {
    const text = Buffer.from(JSON.stringify(c.input));
    put("validate", Buffer.concat([Buffer.from([i]), text]));
    put("validate_field", Buffer.concat([Buffer.from([i, n % 5 === 4 ? 0 : n % 5, n & 0xff]), text]));
    n++;
    for (const [k, v] of Object.entries(c.input ?? {})) {
      if (typeof v === "string" || typeof v === "number") put("money", Buffer.from(String(v)));
      void k;
    }
  }
}
// JSON text as sent (tests/vectors/text/: repeated keys, lone surrogates), which no JS value
// can write, for the target that reads text.
for (const file of readdirSync(`${vectors}text/`).filter((f) => f.endsWith(".json"))) {
  for (const c of JSON.parse(readFileSync(`${vectors}text/${file}`, "utf8")).cases) {
    put("validate", Buffer.concat([Buffer.from([Math.max(0, names.indexOf(c.operation))]), Buffer.from(c.text)]));
    n++;
  }
}
if (!existsSync(`${root}tests/fuzz/corpus/money/`)) dir("money");
console.log(`seeded ${n} bodies from tests/vectors/`);
