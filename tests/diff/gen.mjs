// The seeded input generator of the differential test (issue 7, "Hostile input"): mutations of
// the conformance corpus bodies (tests/vectors/*.json), driven by each operation's field table
// (the package's fields(): lengths, bounds, enums, formats). Deterministic: the same seed and
// count give the same records, byte for byte.
//
// A record is { op, check, locale, normalize, form, input }, where `input` is the body's JSON TEXT:
// the native side reads that text, the JS sides JSON.parse it and pass the object on.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (xs) => xs[int(xs.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

/** The corpus: every case input of tests/vectors/*.json, with its table. */
export function corpus() {
  const dir = `${root}tests/vectors/`;
  const out = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const doc = JSON.parse(readFileSync(dir + file, "utf8"));
    const check = doc.check !== undefined;
    for (const c of doc.cases) out.push({ op: check ? doc.check : doc.operation, check, input: c.input });
  }
  return out;
}

// Characters by class. Astral ones count 2 UTF-16 units; combining marks count 1 each.
const ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.@";
const CLASSES = {
  ascii: [...ASCII],
  cjk: [..."中文客户伙伴账户余额优惠券"],
  astral: ["😀", "𠀀", "👍", "🇨🇳", "𝟘"],
  fullwidthDigit: [..."０１２３４５６７８９．"],
  arabicIndic: [..."٠١٢٣٤٥٦٧٨٩"],
  zwj: ["\u200d", "\u200c", "\u200b", "\u2060", "\ufeff"],
  rtl: ["\u202e", "\u202d", "\u200f", "\u2066"],
  combining: ["\u0301", "\u0308", "\u20dd", "e\u0301"],
  emoji: ["👨‍👩‍👧", "🏳️‍🌈", "❤️", "1️⃣"],
  space: [" ", "\u3000", "\u00a0", "\t", "\n", "\u2028"],
  control: ["\u0000", "\u001f", "\u007f", "\\", '"', "/", "~"],
  lone: ["\ud800", "\udfff", "\udbff"],
};
const CLASS_NAMES = Object.keys(CLASSES);

const utf16 = (s) => s.length;

/** A string of exactly `units` UTF-16 units, mixing characters of the given classes. */
function ofLength(r, units, classes) {
  let s = "";
  while (utf16(s) < units) {
    const c = r.pick(CLASSES[r.pick(classes)]);
    if (utf16(s) + utf16(c) <= units) s += c;
    else s += r.pick(CLASSES.ascii);
  }
  return s;
}

/** Raw JSON number text, spliced in place of a marker string after JSON.stringify. */
const RAW = "\u0001raw:";
const raw = (text) => `${RAW}${text}\u0001`;

function splice(text) {
  // JSON.stringify writes \u0001 as "\\u0001".
  return text.replace(/"\\u0001raw:(-?[0-9][0-9.eE+-]*)\\u0001"/g, (_, t) => t);
}

function addCents(dec, cents) {
  // Exact decimal arithmetic on texts with at most 2 decimals: as BigInt cents.
  const [i, f = ""] = dec.split(".");
  const total = BigInt(i) * 100n + BigInt((f + "00").slice(0, 2)) + BigInt(cents);
  const neg = total < 0n;
  const abs = neg ? -total : total;
  const s = `${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
  return (neg ? "-" : "") + s;
}

/** `dec` written with `scale` decimals (trailing zeros added). */
function scaled(dec, scale) {
  const [i, f = ""] = dec.split(".");
  return `${i}.${f.padEnd(scale, "0")}`;
}

function amountValues(r, f) {
  const max = String(f.maximum ?? "2147483647");
  const min = String(f.minimum ?? "0.01");
  const base = r.pick([max, min, "1", "10.50", "0.01", addCents(max, -1)]);
  const vs = [
    max, addCents(max, 1), addCents(max, -1), scaled(max, 1), scaled(max, 2), scaled(max, 3), `${scaled(max, 2)}1`,
    min, addCents(min, -1), "0", "0.00", "-0", "-0.00", "-1", "-0.01", `-${max}`,
    base.includes(".") ? `${base}1` : `${base}.001`, "1.005", "0.001", "1.000",
    "1e3", "1E3", "1e-2", "1E+2", "+5", "1_000", ".5", "5.", "007", "00.5", "0.5", "01", "1,000",
    ` ${base}`, `${base} `, `${base}\u3000`, "１２．５０", "١٢", "12\u200d", "NaN", "Infinity", "", " ",
    "9".repeat(30), `${"9".repeat(29)}.99`, `0.${"0".repeat(40)}1`, "1.".padEnd(60, "0"),
  ];
  const ns = [
    Number(max), Number(addCents(max, 1)), Number(addCents(max, -1)), Number(min), 0, -0, -1, 0.1 + 0.2, 1.005, 10.5, 1e21, 1e-7,
    2 ** 53 + 1, Number.MAX_SAFE_INTEGER, 5e-324, 1.7976931348623157e308,
    raw("1.00"), raw("1.10"), raw("1E2"), raw("1e-2"), raw("-0"), raw("0.0"), raw("100000000.00"), raw("1.0e+0"),
    raw(scaled(max, 2)), raw(scaled(max, 3)), raw(addCents(max, 1)), raw(`${max}e0`), raw(`${max}E-0`), raw("12345678901234567890"), raw("1e400"), raw("-1e400"),
  ];
  return r.chance(0.6) ? r.pick(vs) : r.pick(ns);
}

function integerValues(r, f) {
  const lo = f.minimum ?? 0;
  const hi = f.maximum ?? 2147483647;
  const allowed = Array.isArray(f.allowed) ? f.allowed : [];
  return r.pick([
    lo, hi, lo - 1, hi + 1, lo + 1, hi - 1, ...allowed, ...allowed.map((a) => a + 1), 0, -1, -0, 2147483647, 2147483648, -2147483649,
    3.5, 1e21, 2 ** 53 + 1, String(lo), String(hi), `0${hi}`, " 1", "10", "",
    raw("3.0"), raw("1e2"), raw("1E1"), raw("-0"), raw("9223372036854775808"), raw("40000000.0"), raw(`${hi}.0000000001`),
    true, null,
  ]);
}

function enumValues(r, f) {
  const allowed = Array.isArray(f.allowed) ? f.allowed : [];
  const a = allowed.length ? r.pick(allowed) : "x";
  if (typeof a === "number") return integerValues(r, f);
  return r.pick([a, a.toLowerCase(), a.toUpperCase(), ` ${a}`, `${a} `, a + "\u200d", a + "\u0301", a + a, "", "\u3000", a.slice(0, -1), 1, null]);
}

function stringValues(r, f, current) {
  const min = f.min_length ?? 0;
  const max = f.max_length ?? 64;
  const cls = [r.pick(CLASS_NAMES), r.pick(["ascii", "cjk", "astral"])];
  const cur = typeof current === "string" && !current.startsWith(RAW) ? current : "abcde12345";
  const choice = r.int(10);
  switch (choice) {
    case 0: return ofLength(r, max, cls);
    case 1: return ofLength(r, max + 1, cls);
    case 2: return ofLength(r, Math.max(0, min - 1), cls);
    case 3: return ofLength(r, min, cls);
    case 4: {
      // max - 1 units of ASCII plus one astral char: max + 1 units, max code points.
      const s = ofLength(r, Math.max(0, max - 1), ["ascii"]);
      return s + r.pick(CLASSES.astral);
    }
    case 5:
    case 6: {
      // The current value with characters of one class inserted, replaced or appended.
      const chars = [...cur];
      const c = r.pick(CLASSES[r.pick(CLASS_NAMES)]);
      const at = r.int(chars.length + 1);
      if (r.chance(0.5)) chars.splice(at, 0, c);
      else chars.splice(at, 1, c);
      return chars.join("");
    }
    case 7: return cur.replace(/[0-9]/g, (d) => r.pick([String.fromCharCode(0xff10 + Number(d)), String.fromCharCode(0x0660 + Number(d)), d]));
    case 8: return r.pick(["", " ", "\u3000", `+86 ${cur}`, `0086-${cur}`, cur.toUpperCase(), ` ${cur} `, "op_" + cur, "shadow_" + cur, "_" + cur, "-" + cur]);
    default: return r.pick(["2024-02-29T00:00:00Z", "2025-02-28T23:59:59Z", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-01-01 00:00:00", "2024-01-01T00:00:00+08:00", "2024-01", "2024-1", "202401", "2024-00", "a@b.c", "a@b", "a@b..c", "0086-13800138000", "0001-1", "13800138000", "１３８００１３８０００", "Passw0rd!", "partner01", "10pertrap"]);
  }
}

const WRONG = () => [null, true, false, 0, 1, -1, "", "x", [], {}, [[]], [null], { a: 1 }, [["a"]], raw("1e400")];

/** A value of the wrong kind or shape for anything. */
function wrongValue(r) {
  return r.pick(WRONG());
}

function valueFor(r, f, current) {
  if (r.chance(0.08)) return wrongValue(r);
  switch (f.type) {
    case "decimal": return amountValues(r, f);
    case "integer": return f.allowed ? enumValues(r, f) : integerValues(r, f);
    case "boolean": return r.pick([true, false, "true", "false", 0, 1, "", null]);
    case "array": return listFor(r, f, current);
    case "object": return objectFor(r, f.fields ?? [], current);
    default: return f.allowed ? enumValues(r, f) : stringValues(r, f, current);
  }
}

function listFor(r, f, current) {
  const items = Array.isArray(current) ? current.slice() : [];
  const lo = f.min_items ?? 0;
  const hi = f.max_items ?? 50;
  const target = r.pick([0, lo, hi, hi + 1, Math.max(0, lo - 1), items.length, items.length + 1, Math.min(hi + 3, 120)]);
  const item = f.items ?? { type: "string" };
  while (items.length < target) items.push(items.length && r.chance(0.5) ? structuredClone(r.pick(items)) : valueFor(r, item, undefined));
  items.length = target;
  if (items.length && r.chance(0.5)) {
    const i = r.int(items.length);
    items[i] = r.chance(0.15) ? r.pick([[items[i]], [[items[i]]], null, {}]) : valueFor(r, item, items[i]);
  }
  return items;
}

function objectFor(r, fields, current) {
  const o = current && typeof current === "object" && !Array.isArray(current) ? { ...current } : {};
  for (const f of fields) if (!(f.name in o) && r.chance(0.7)) o[f.name] = valueFor(r, f, undefined);
  if (fields.length && r.chance(0.6)) {
    const f = r.pick(fields);
    if (r.chance(0.2)) delete o[f.name];
    else o[f.name] = valueFor(r, f, o[f.name]);
  }
  return o;
}

const camel = (s) => s.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

function extraKey(r, fields) {
  const name = fields.length ? r.pick(fields).name : "x";
  return r.pick([camel(name), name.toUpperCase(), `${name} `, `${name}\u200d`, `${name}_`, name.slice(1), "__proto__", "constructor", "toString", "", "a/b", "~0", "~1", "0", "10", "中文", "😀", "x".repeat(300), `${name}s`]);
}

function deep(depth, leaf) {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** One mutation of `body` (an object) for the table `fields`; may return a whole new body. */
function mutate(r, body, fields) {
  const kind = r.int(100);
  if (kind < 45 && fields.length) {
    const f = r.pick(fields);
    body[f.name] = valueFor(r, f, body[f.name]);
  } else if (kind < 55 && fields.length) {
    delete body[r.pick(fields).name];
  } else if (kind < 62 && fields.length) {
    body[r.pick(fields).name] = r.chance(0.5) ? null : "";
  } else if (kind < 70) {
    body[extraKey(r, fields)] = r.chance(0.5) ? wrongValue(r) : (fields.length ? valueFor(r, r.pick(fields), undefined) : 1);
  } else if (kind < 78 && fields.length) {
    const f = r.pick(fields);
    body[f.name] = r.pick([[body[f.name]], [[body[f.name]]], [body[f.name], body[f.name]], { value: body[f.name] }, [[], [[]], [null]]]);
  } else if (kind < 86 && fields.length) {
    const f = r.pick(fields);
    body[f.name] = wrongValue(r);
  } else if (kind < 90) {
    // Reordered keys (the verdict must not depend on order).
    const entries = Object.entries(body);
    for (let i = entries.length - 1; i > 0; i--) {
      const j = r.int(i + 1);
      [entries[i], entries[j]] = [entries[j], entries[i]];
    }
    for (const k of Object.keys(body)) delete body[k];
    for (const [k, v] of entries) body[k] = v;
  } else if (kind < 93 && fields.length) {
    body[r.pick(fields).name] = deep(r.pick([2, 10, 40, 63, 64, 65, 100]), r.pick(["x", 1, null]));
  } else if (kind < 96) {
    return { replace: r.pick([[], [body], "x", "", 0, 1.5, true, null, deep(r.pick([5, 70, 127, 129, 200]), {}), raw("-0"), raw("1e400")]) };
  }
  return null;
}

/** Duplicate a key in the JSON text: JSON.parse and the crate both read the last occurrence. */
function duplicateKey(r, text, fields) {
  if (!text.startsWith("{") || !fields.length) return text;
  const f = r.pick(fields);
  const v = JSON.stringify(r.pick(["x", 1, null, "1.00", [], {}]));
  return `{${JSON.stringify(f.name)}:${v}${text === "{}" ? "" : ","}${text.slice(1)}`;
}

const LOCALES = ["en", "zh-CN", "en", "zh-CN", "zh", "zh-Hans", "en-US", "fr", "", "ZH-cn"];

/**
 * `count` records from `seed`. `fieldsOf(name)` is the package's fields() (the tables as
 * data). Every record's input is valid JSON (JSON.parse accepts it).
 */
export function generate(seed, count, fieldsOf) {
  const r = prng(seed);
  const cases = corpus();
  const tables = new Map();
  const out = [];
  for (let n = 0; n < count; n++) {
    const c = r.pick(cases);
    // Now and then, another table's body: the verdict on a body meant for something else.
    const op = r.chance(0.03) ? r.pick(cases).op : c.op;
    const check = cases.find((x) => x.op === op).check;
    if (!tables.has(op)) tables.set(op, fieldsOf(op));
    const fields = tables.get(op);
    let body = structuredClone(c.input);
    const isObj = body && typeof body === "object" && !Array.isArray(body);
    const steps = r.chance(0.1) ? 0 : 1 + r.int(r.chance(0.2) ? 6 : 3);
    if (isObj) {
      for (let s = 0; s < steps; s++) {
        const res = mutate(r, body, fields);
        if (res) {
          body = res.replace;
          break;
        }
      }
    }
    // Now and then indented: white space the readers skip.
    let text = splice(r.chance(0.05) ? JSON.stringify(body, null, r.pick([1, "\t"])) : JSON.stringify(body));
    if (r.chance(0.03)) text = duplicateKey(r, text, fields);
    out.push({ op, check, locale: r.pick(LOCALES), normalize: r.chance(0.3), form: r.chance(0.3), input: text });
  }
  return out;
}
