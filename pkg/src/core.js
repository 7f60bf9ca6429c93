// The JS side of the package: it turns any JS value into plain JSON, calls the WebAssembly
// core, and parses the answer. No rule lives here; every verdict comes from the Rust core.

let wasm, failure, loading;

/**
 * @internal Called once by the entry point with the wasm-bindgen exports (`validate` and
 * `describe`, see src/wasm.rs) and, when the module is still being fetched and compiled, the
 * promise of its initialisation.
 */
export function bind(glue, init) {
  if (!init) wasm = glue;
  loading = Promise.resolve(init).then(
    () => void (wasm = glue),
    (e) => {
      failure = e;
      throw e;
    },
  );
  loading.catch(() => {}); // told by ready() and by every call, not as an unhandled rejection
}

/** Resolves once the WebAssembly module is ready (at once in Node); rejects if it failed to load. */
export const ready = () => loading;

/** @internal Whether calls can be made now. */
export const loaded = () => !!wasm;

/** The core, or the `not_ready` error a call made before `ready()` resolved gets. */
function core() {
  if (wasm) return wasm;
  const error = new Error(`bss-validate: the WebAssembly module ${failure ? "failed to load" : "is loading"}; see ready()`, { cause: failure });
  error.code = "not_ready";
  throw error;
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
// the JSON text (-0 is 0). Form values (`form`): an empty number input's NaN is a blank "".
function plain(value, stack, form) {
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value + 0 : form && value !== value ? "" : unrepresentable();
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
            const item = plain(value[i], stack, form);
            out[i] = item === undefined ? null : item;
          }
          return out;
        }
        const out = {};
        for (const key of Object.keys(value)) {
          const item = plain(value[key], stack, form);
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
function body(input, form) {
  if (typeof input !== "object" || input === null) {
    return { copy: undefined, text: typeof input === "string" ? JSON.stringify(input) : "null" };
  }
  const copy = plain(input, [], form);
  return { copy, text: JSON.stringify(copy) };
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

// The core's mode bits (src/wasm.rs): how to read the input, and what to answer.
const NORMALIZE = 1, FORM = 2, CHECK = 4, FIELD = 8, PREPARE = 16;

/** How `options` read the input: the NORMALIZE and FORM bits. */
function modeOf(options) {
  try {
    return options == null ? 0 : (options.normalize === true) * NORMALIZE | (options.form === true) * FORM;
  } catch {
    return 0;
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

/** The core's answer for `input` read in `mode` (the copy sent, and the answer's text). */
function call(name, pointer, input, options, mode) {
  const { copy, text } = body(input, mode & FORM);
  return { copy, raw: core().validate(nameOf(name), pointer, text, localeOf(options), mode) };
}

/**
 * Validates a request body (or a GET operation's query-parameter object). Never throws for bad
 * input. With `{ normalize: true }` form input is normalised first (the outcome lists `changes`);
 * with `{ form: true }` the input is read as a form's values (`""` is "not given").
 */
export function validate(operation, input, options) {
  return outcome(operation, input, options, 0);
}

/** Runs a registration check: "AssociateCustomer" or "JoinPartnerProgram". */
export function check(name, facts, options) {
  return outcome(name, facts, options, CHECK);
}

/** The core's whole answer to a valid body read strictly (see `json::write_answer`). */
const VALID = '{"ok":true,"errors":[]}';

function outcome(name, input, options, table) {
  const mode = modeOf(options);
  const { copy, raw } = call(name, "", input, options, mode | table);
  // The common answer needs no JSON.parse (a tenth of a call on a small valid body).
  if (raw === VALID) return { ok: true, value: copy, errors: [] };
  const { ok, errors, edits = [] } = answer(raw, name);
  // The core answers with the edits reading form input made; the body is this copy of it.
  const out = ok ? { ok, value: apply(copy, edits), errors } : { ok, errors };
  if (mode & NORMALIZE) out.changes = changes(edits);
  return out;
}

/** Makes the core's edits (src/body/mod.rs, `Edit`) to the copy it judged. */
function apply(copy, edits) {
  for (const { path, to, remove, number, length } of edits) {
    const keys = path.split("/").slice(1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
    const last = keys.pop();
    let at = copy;
    for (const k of keys) at = at?.[k];
    if (typeof at != "object" || at === null) continue;
    if (remove) delete at[last];
    else if (number) at[last] = +at[last];
    else if (length !== undefined) at[last].length = length;
    else at[last] = to;
  }
  return copy;
}

/** The normalisations among the edits: `[{ path, from, to }]`. */
const changes = (edits) => edits.filter((e) => "to" in e).map(({ path, from, to }) => ({ path, from, to }));

/** Every operation: `{ name, title, method, path, site }`. */
export function operations() {
  return answer(core().describe("operations", ""));
}

/** The field table of an operation (or a check), for building forms. */
export function fields(operation) {
  return answer(core().describe("fields", nameOf(operation)), operation);
}

/**
 * The violations of the field at `pointer` (a JSON Pointer: "/amount", "/coupon_infos/0/id")
 * and of the fields whose rules read it, within the whole body: `{ ok, errors, scope }`.
 */
export function validateField(operation, pointer, input, options) {
  return answer(call(operation, typeof pointer === "string" ? pointer : "", input, options, modeOf(options) | FIELD).raw, operation);
}

/** Form-input normalisation alone: `{ value, changes: [{ path, from, to }] }`. */
export function normalize(operation, input) {
  return prepare(operation, input, { normalize: true });
}

/** @internal Input read as `options` say (`normalize`, `form`), not validated: `{ value, changes }`. */
export function prepare(operation, input, options) {
  const { copy, raw } = call(operation, "", input, null, modeOf(options) | PREPARE);
  const edits = answer(raw, operation);
  return { value: apply(copy, edits), changes: changes(edits) };
}

/** HTML attributes per form control name (`amount`, `coupon_infos.*.id`); `{ jsx: true }` names them as React's props. */
export function htmlAttributes(operation, options) {
  return answer(core().describe(options?.jsx === true ? "jsx" : "html", nameOf(operation)), operation);
}

/** The JSON Schema (2020-12) of an operation's body. */
export function jsonSchema(operation) {
  return answer(core().describe("schema", nameOf(operation)), operation);
}
