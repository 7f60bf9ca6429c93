// Shared by node.mjs and browser.mjs: the benchmark bodies (from tests/vectors/) and the
// statistics and number formats of the printed tables.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../../", import.meta.url));

/** The input of the case called `name` in tests/vectors/<file>.json, checked to exist. */
export function vector(file, name) {
  const { operation, cases } = JSON.parse(readFileSync(`${root}tests/vectors/${file}.json`, "utf8"));
  const found = cases.find((c) => c.name === name);
  if (!found) throw new Error(`tests/vectors/${file}.json has no case "${name}"`);
  return { operation, input: found.input, expect: found.expect };
}

/** Every case of a vector file: { operation, cases: [{ name, input, expect }] }. */
export const vectorFile = (file) => JSON.parse(readFileSync(`${root}tests/vectors/${file}.json`, "utf8"));

const full = vector("pay_orders", "full body YES/YES with 3 coupons and 1 discount");
/** PayOrders with three coupons, invalid: the full body with the third coupon's type made 304, as in
 * the vector "coupon type 304 on the second item" (no vector has three coupons and an error). */
const payInvalid = structuredClone(full.input);
payInvalid.coupon_infos[2].type = 304;

/** The six benchmark bodies: three operations, each valid and invalid. */
export const BODIES = [
  { label: "Reclaim valid", source: "reclaim_to_partner_account: full body with indirect_partner_id", ...vector("reclaim_to_partner_account", "full body with indirect_partner_id") },
  { label: "Reclaim invalid", source: "reclaim_to_partner_account: the maximum plus 0.01", ...vector("reclaim_to_partner_account", "the maximum plus 0.01") },
  { label: "CreateSub valid", source: "create_sub_customer: full valid body", ...vector("create_sub_customer", "full valid body") },
  { label: "CreateSub invalid", source: "create_sub_customer: violations on every field in table order", ...vector("create_sub_customer", "violations on every field in table order") },
  { label: "PayOrders valid", source: "pay_orders: full body YES/YES with 3 coupons and 1 discount", ...full },
  { label: "PayOrders invalid", source: "pay_orders: full body, 3rd coupon type 304 (derived)", operation: "PayOrders", input: payInvalid, expect: { ok: false, errors: [{ path: "/coupon_infos/2/type", code: "not_one_of" }] } },
];

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The q-quantile (0..1) by nearest rank. */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/** 1234567 → "1.23 M", 12345 → "12.3 k". */
export function ops(n) {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} k`;
  return n.toFixed(0);
}

/** Nanoseconds → "850 ns" / "1.23 µs" / "4.5 ms". */
export function dur(ns) {
  if (ns < 1e3) return `${ns.toFixed(0)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${(ns / 1e6).toFixed(2)} ms`;
}

/** A plain-text table: rows of cells, first row the header; column 0 left-aligned, the rest right-aligned. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? "").length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? String(cell ?? "").padEnd(widths[c]) : String(cell ?? "").padStart(widths[c]))).join("  ");
  return [line(rows[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}
