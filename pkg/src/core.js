// The JS side of the package: it turns any JS value into plain JSON, calls the WebAssembly
// core, and parses the answer. No rule lives here; every verdict comes from the Rust core.

let wasm;

/** @internal Called once by the entry point (index.js / node.js) with the initialised glue. */
export function bind(glue) {
  wasm = glue;
}

/** Nesting deeper than this is cut (a `wrong_type` there) instead of exhausting the stack. */
const MAX_DEPTH = 64;

/**
 * `{}`: a stand-in for a value JSON cannot carry (function, symbol, BigInt, NaN, ±Infinity, a
 * reference back to an enclosing object, a throwing getter). `{}` is the wrong type for
 * every scalar field, so the core reports `wrong_type` at exactly that path.
 */
const unrepresentable = () => ({}); // a fresh one: a valid body's copy is handed to the caller

// `undefined` is left out, as JSON.stringify does, so `{ field: undefined }` means "absent".
// The copy is what is sent, and, for a valid body, what `value` is: it reads as the core reads
// the JSON text (-0 is 0).
function plain(value, stack) {
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value + 0 : unrepresentable();
    case "undefined":
      return undefined;
    case "object":
      if (value === null) return null;
      if (stack.length >= MAX_DEPTH || stack.includes(value)) return unrepresentable();
      stack.push(value);
      try {
        if (Array.isArray(value)) {
          const out = new Array(value.length);
          for (let i = 0; i < value.length; i++) {
            const item = plain(value[i], stack);
            out[i] = item === undefined ? null : item;
          }
          return out;
        }
        const out = {};
        for (const key of Object.keys(value)) {
          const item = plain(value[key], stack);
          if (item === undefined) continue;
          // An own "__proto__" key (JSON.parse makes them) must stay a key, which the core
          // sees and rejects as unknown as the server does; assigning it would set the
          // prototype instead and drop it.
          if (key === "__proto__") Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
          else out[key] = item;
        }
        return out;
      } catch {
        return unrepresentable(); // a proxy or getter that throws
      } finally {
        stack.pop();
      }
    default:
      return unrepresentable(); // function, symbol, bigint
  }
}

/** The plain copy of a request body and its JSON text; anything but an object reaches the core as "not an object". */
function body(input) {
  if (typeof input !== "object" || input === null) {
    return { copy: undefined, text: typeof input === "string" ? JSON.stringify(input) : "null" };
  }
  const copy = plain(input, []);
  return { copy, text: JSON.stringify(copy) };
}

function bodyText(input) {
  return body(input).text;
}

function localeOf(options) {
  try {
    const locale = options == null ? undefined : options.locale;
    return typeof locale === "string" ? locale : "en";
  } catch {
    return "en";
  }
}

function unknownOperation(operation) {
  let name;
  try {
    name = String(operation);
  } catch {
    name = typeof operation;
  }
  const error = new TypeError(`unknown operation \`${name}\``);
  error.code = "unknown_operation";
  return error;
}

function normalizeOf(options) {
  try {
    return options != null && options.normalize === true;
  } catch {
    return false;
  }
}

function nameOf(operation) {
  return typeof operation === "string" ? operation : "";
}

/** The parsed answer of a call into the core; `undefined` means the name is unknown. */
function answer(out, name) {
  if (out === undefined) throw unknownOperation(name);
  return JSON.parse(out);
}

/**
 * Validates a request body (or a GET operation's query-parameter object). Never throws for bad
 * input. With `{ normalize: true }` form input is normalised first (the outcome lists `changes`).
 */
export function validate(operation, input, options) {
  return outcome(operation, input, options, false);
}

/** Runs a registration check: "AssociateCustomer" or "JoinPartnerProgram". */
export function check(name, facts, options) {
  return outcome(name, facts, options, true);
}

/** The core's whole answer to a valid body when not normalising (see `json::write_outcome`). */
const VALID = '{"ok":true,"errors":[]}';

function outcome(name, input, options, isCheck) {
  const normalize = normalizeOf(options);
  const { copy, text } = body(input);
  const raw = wasm.validate(nameOf(name), text, localeOf(options), normalize, isCheck);
  // The common answer needs no JSON.parse (a tenth of a call on a small valid body).
  if (raw === VALID && !normalize) return { ok: true, value: copy, errors: [] };
  const out = answer(raw, name);
  // Without normalisation the core leaves out `value`, the body as sent: this copy of it.
  return out.ok && !normalize ? { ok: true, value: copy, errors: out.errors } : out;
}

/** Every operation: `{ name, title, method, path, site }`. */
export function operations() {
  return answer(wasm.describe("operations", ""));
}

/** The field table of an operation (or a check), for building forms. */
export function fields(operation) {
  return answer(wasm.describe("fields", nameOf(operation)), operation);
}

/**
 * The violations of the field at `pointer` (a JSON Pointer: "/amount", "/coupon_infos/0/id")
 * and of the fields whose rules read it, within the whole body: `{ ok, errors, scope }`.
 */
export function validateField(operation, pointer, input, options) {
  const at = typeof pointer === "string" ? pointer : "";
  return answer(wasm.validate_field(nameOf(operation), at, bodyText(input), localeOf(options), normalizeOf(options)), operation);
}

/** Form-input normalisation alone: `{ value, changes: [{ path, from, to }] }`. */
export function normalize(operation, input) {
  return answer(wasm.normalize(nameOf(operation), bodyText(input)), operation);
}

/** HTML attributes per form control name (`amount`, `coupon_infos.*.id`). */
export function htmlAttributes(operation) {
  return answer(wasm.describe("html", nameOf(operation)), operation);
}

/** The JSON Schema (2020-12) of an operation's body. */
export function jsonSchema(operation) {
  return answer(wasm.describe("schema", nameOf(operation)), operation);
}
