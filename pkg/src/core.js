// The JS side of the package: it writes any JS value as the core reads a body, calls the
// WebAssembly core, and reads its answer back into objects. No rule lives here; every verdict
// comes from the Rust core.

import { message } from "./message.js";

let wasm, exports, failure, loading;

/**
 * @internal Called once by the entry point with the wasm-bindgen glue's `describe` (see
 * src/wasm.rs) and the module instance's exports, or, while the module is still being fetched
 * and compiled, the promise of them (wasm-bindgen's `init`).
 */
export function bind(glue, instance) {
  const bound = (x) => void ((wasm = glue), (exports = x));
  if (!(instance instanceof Promise)) bound(instance);
  loading = Promise.resolve(instance).then(bound, (e) => {
    failure = e;
    throw e;
  });
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

// The body as the core reads it (src/body/doc.rs): tokens of three words, [tag, a, b], and
// the UTF-8 text their strings and numbers are spans of (a = start, b = length). Tags: 0 null,
// 1 false, 2 true, 3 number, 4 string, 5 array and 6 object (a = its items, b = the index of
// the token past its last); bit 16 marks a string that held a lone surrogate, which the text
// holds as U+FFFD and the core refuses. Written here, handed over as they are: nothing is
// stringified.
let words = new Uint32Array(768), bytes = new Uint8Array(2048), nw = 0, nb = 0;
const encoder = new TextEncoder();

function token(tag, a, b) {
  let w = words, n = nw;
  if (n + 3 > w.length) words = w = grown(w, n + 3);
  w[n] = tag;
  w[n + 1] = a;
  w[n + 2] = b;
  nw = n + 3;
}

const grown = (array, need) => {
  const bigger = new array.constructor(Math.max(need, array.length * 2));
  bigger.set(array);
  return bigger;
};

/** A string (tag 4) or a number's text (tag 3). */
function text(tag, s) {
  const start = nb;
  lone = false;
  const end = utf8(s);
  token(lone ? tag | 16 : tag, start, end - start);
}

/** Whether the last string `utf8` wrote held a lone surrogate (an unpaired half of a pair). */
let lone = false;

/** Appends `s` to the text, ASCII byte by byte, the rest by the encoder (a lone surrogate becomes U+FFFD, and sets `lone`); returns where the text ends. */
function utf8(s) {
  const length = s.length;
  let b = bytes, n = nb, i = 0;
  if (n + length * 3 > b.length) bytes = b = grown(b, n + length * 3);
  for (let c; i < length && (c = s.charCodeAt(i)) < 128; i++) b[n++] = c;
  if (i < length) {
    const rest = s.slice(i);
    lone = /\p{Cs}/u.test(rest);
    n += encoder.encodeInto(rest, b.subarray(n)).written;
  }
  return (nb = n);
}

/**
 * `{}`: a stand-in for a value JSON cannot carry (function, symbol, BigInt, NaN, ±Infinity, a
 * reference back to an enclosing object, a throwing getter). `{}` is the wrong type for
 * every scalar field, so the core reports `wrong_type` at exactly that path.
 */
function unrepresentable() {
  token(6, 0, nw / 3 + 1);
  return {}; // a fresh one: a valid body's copy is handed to the caller
}

// Writes `value`'s tokens and returns its plain copy, as JSON.stringify would send it:
// `undefined` is left out, so `{ field: undefined }` means "absent"; -0 is 0. The copy is, for
// a valid body, what `value` is. Form values (`form`): an empty number input's NaN is "".
// Without `copying` (a field's check, which answers no value) only the tokens are written.
let copying = true;
function plain(value, stack, form) {
  switch (typeof value) {
    case "string":
      text(4, value);
      return value;
    case "boolean":
      token(value ? 2 : 1, 0, 0);
      return value;
    case "number":
      if (Number.isFinite(value)) {
        text(3, String((value += 0)));
        return value;
      }
      if (form && value !== value) return plain("", stack, form);
      return unrepresentable();
    case "object": {
      if (value === null) return token(0, 0, 0), null;
      if (stack.length >= MAX_DEPTH || stack.includes(value)) return unrepresentable();
      stack.push(value);
      const at = nw, from = nb;
      let out, count = 0;
      try {
        const array = Array.isArray(value); // throws for a revoked proxy
        token(array ? 5 : 6, 0, 0);
        if (array) {
          out = copying ? new Array(value.length) : null;
          for (let i = 0; i < value.length; i++, count++) {
            const item = value[i];
            const copy = item === undefined ? (token(0, 0, 0), null) : plain(item, stack, form);
            if (out) out[i] = copy;
          }
        } else {
          out = copying ? {} : null;
          for (const key of Object.keys(value)) {
            const item = value[key];
            if (item === undefined) continue;
            text(4, key);
            const copy = plain(item, stack, form);
            count++;
            // An own "__proto__" key (JSON.parse makes them) must stay a key, which the core
            // sees and rejects as unknown as the server does; assigning it would set the
            // prototype instead and drop it.
            if (!out) continue;
            if (key === "__proto__") Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
            else out[key] = copy;
          }
        }
        words[at + 1] = count;
        words[at + 2] = nw / 3;
        return out;
      } catch {
        (nw = at), (nb = from); // a proxy or getter that throws: the whole object is the stand-in
        return unrepresentable();
      } finally {
        stack.pop();
      }
    }
    default:
      return unrepresentable(); // function, symbol, bigint (and `undefined` as a whole body)
  }
}

/** Writes a request body's tokens; returns its plain copy. Anything but an object reaches the core as "not an object". */
function body(input, form, copy = true) {
  nw = nb = 0;
  copying = copy;
  if (typeof input === "object" && input !== null) return plain(input, [], form);
  if (typeof input === "string") text(4, input);
  else token(0, 0, 0);
}

/** The locale of messages for `options.locale` (0 English, the default; 1 Chinese), each tag asked of the core once. */
const locales = new Map();
function localeOf(options) {
  let tag;
  try {
    tag = options == null ? undefined : options.locale;
  } catch {}
  if (typeof tag !== "string") return 0;
  let locale = locales.get(tag);
  if (locale === undefined) {
    locale = describe(LOCALE, 0, tag);
    if (locales.size < 64) locales.set(tag, locale);
  }
  return locale;
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
const NORMALIZE = 1, FORM = 2, FIELD = 8, PREPARE = 16, SCOPED = 32;

/** `options.maxErrors`: the most violations to collect, 0 for all (the default; see ValidateOptions). */
function maxErrorsOf(options) {
  let max;
  try {
    max = options == null ? undefined : options.maxErrors;
  } catch {}
  return Number.isInteger(max) && max > 0 ? Math.min(max, 0xffffffff) : 0;
}

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

/** Every table's index in the core, by name: the operations, then (from `checks` on) the registration checks. */
let tables, checks;

/**
 * The core's index of the table `name`: an operation (`kind` 0), a registration check (1) or
 * either (2); the unknown-operation TypeError otherwise.
 */
function indexOf(name, kind) {
  if (!tables) {
    const names = describe(NAMES);
    checks = describe(OPERATIONS).length;
    tables = new Map(names.map((n, i) => [n, i]));
  }
  const i = tables.get(nameOf(name));
  if (i === undefined || (kind === 0 && i >= checks) || (kind === 1 && i < checks)) throw unknownOperation(name);
  return i;
}

// What `describe` tells (src/wasm.rs).
const NAMES = 0, LOCALE = 1, OPERATIONS = 2, FIELDS = 3, HTML = 4, JSX = 5, SCHEMA = 6, RULES = 7;

/** What the core tells about its tables: `what` (above) of the table at `index`, or of the locale tag `tag`. */
const describe = (what, index = 0, tag = "") => read(core().describe(what, index, tag));

// The module's memory as words and as bytes; new views once it has grown (the old ones are
// then detached: length 0).
let memory32 = new Uint32Array(0), memory8 = new Uint8Array(0);
function memory() {
  if (memory8.length === 0) (memory32 = new Uint32Array(exports.memory.buffer)), (memory8 = new Uint8Array(exports.memory.buffer));
}

/**
 * Calls the module's `validate` on the tokens and text written, and reads its answer where
 * it lies in the module's memory, before freeing it. The raw export and wasm-bindgen's own
 * allocation functions, as the generated wrapper calls them, but without the wrapper's copy
 * of the answer into a fresh ArrayBuffer, which costs more than reading it (Chromium).
 */
function validateRaw(index, at, mode, maxErrors) {
  core();
  const w = exports.__wbindgen_malloc(nw * 4, 4) >>> 0;
  memory();
  memory32.set(words.subarray(0, nw), w >>> 2);
  const b = exports.__wbindgen_malloc(nb, 1) >>> 0;
  memory();
  memory8.set(bytes.subarray(0, nb), b);
  const [p, n] = exports.validate(index, w, nw, b, nb, at, mode, maxErrors);
  if (n === 0) return undefined; // an empty answer: nothing was allocated for it
  memory();
  const answer = read(memory32.subarray(p >>> 2, (p >>> 2) + n));
  exports.__wbindgen_free(p, n * 4, 4);
  return answer;
}

const decoder = new TextDecoder();

/**
 * Reads an answer of the core (src/body/doc.rs, `Writer::to_words`): the counts of tokens
 * and of text bytes, the tokens as a body's (tag, a, b), then the UTF-8 text, whose spans
 * count UTF-16 units, so it is decoded once and sliced. An empty answer is `undefined`.
 */
function read(answer) {
  if (answer.length === 0) return undefined;
  const tokens = answer[0], start = answer.byteOffset + 8 + tokens * 12;
  tape = answer;
  tapeText = decoder.decode(new Uint8Array(answer.buffer, start, answer[1]));
  next = 2;
  keys.clear();
  return value();
}

// The answer being read: its tokens, its text, the next token. Module state, not a closure
// made per answer, so the reader is one function V8 optimises once.
let tape, tapeText, next;
const keys = new Map();

/** The value at the next token of the answer being read. */
function value() {
  const i = next, tag = tape[i], a = tape[i + 1], b = tape[i + 2];
  next = i + 3;
  switch (tag) {
    case 1:
      return false;
    case 2:
      return true;
    case 3:
      return +tapeText.slice(a, a + b);
    case 4:
      return tapeText.slice(a, a + b);
    case 5: {
      const out = new Array(a);
      for (let k = 0; k < a; k++) out[k] = value();
      return out;
    }
    case 6: {
      const out = {};
      for (let k = 0; k < a; k++) {
        // A key's text is written once however often it recurs: sliced once too.
        const at = tape[next + 1];
        let key = keys.get(at);
        if (key === undefined) keys.set(at, (key = tapeText.slice(at, at + tape[next + 2])));
        next += 3;
        out[key] = value();
      }
      return out;
    }
    default:
      return null;
  }
}

/** The core's answer for `input` read in `mode` against table `index`: the copy sent, the answer, the messages' locale. */
function call(index, pointer, input, options, mode) {
  const copy = body(input, mode & FORM, !(mode & FIELD));
  const locale = localeOf(options), at = nb;
  utf8(pointer); // after the body's text: the core reads it from `at` on
  return { copy, answer: validateRaw(index, at, mode, mode & FIELD ? 0 : maxErrorsOf(options)), locale };
}

/** Gives each violation its message (the core answers codes and params). */
function messages(errors, locale) {
  for (const e of errors) e.message = message(e.code, e.params, locale);
  return errors;
}

/**
 * Validates a request body (or a GET operation's query-parameter object). Never throws for bad
 * input. With `{ normalize: true }` form input is normalised first (the outcome lists `changes`);
 * with `{ form: true }` the input is read as a form's values (`""` is "not given").
 */
export function validate(operation, input, options) {
  return outcome(indexOf(operation, 0), input, options);
}

/** Runs a registration check: "AssociateCustomer" or "JoinPartnerProgram". */
export function check(name, facts, options) {
  return outcome(indexOf(name, 1), facts, options);
}

function outcome(index, input, options) {
  const mode = modeOf(options);
  const { copy, answer, locale } = call(index, "", input, options, mode);
  // A valid body read strictly is answered with nothing: its value is this copy.
  if (answer === undefined) return { ok: true, value: copy, errors: [] };
  const { ok, errors, edits = [], truncated } = answer;
  messages(errors, locale);
  // The core answers with the edits reading form input made; the body is this copy of it.
  const out = ok ? { ok, value: apply(copy, edits), errors } : { ok, errors };
  if (mode & NORMALIZE) out.changes = changes(edits);
  if (truncated) out.truncated = true;
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
  return describe(OPERATIONS);
}

/** The field table of an operation (or a check), for building forms. */
export function fields(operation) {
  return describe(FIELDS, indexOf(operation, 2));
}

/**
 * The violations of the field at `pointer` (a JSON Pointer: "/amount", "/coupon_infos/0/id")
 * and of the fields whose rules read it, within the whole body: `{ ok, errors, scope }`.
 */
export function validateField(operation, pointer, input, options) {
  const index = indexOf(operation, 2);
  if (typeof pointer !== "string") pointer = "";
  // A field's scope depends on the table and the pointer alone: once the core has told it,
  // the core answers the violations alone (SCOPED), and nothing when there are none.
  const byPointer = (scopes[index] ??= new Map());
  const known = byPointer.get(pointer);
  const { answer: out, locale } = call(index, pointer, input, options, modeOf(options) | FIELD | (known ? SCOPED : 0));
  if (known) {
    const errors = out === undefined ? [] : messages(out, locale);
    return { ok: errors.length === 0, errors, scope: known.slice() };
  }
  if (byPointer.size < 256) byPointer.set(pointer, out.scope.slice());
  messages(out.errors, locale);
  return out;
}

/** Each field's scope as the core answered it, by table index, then pointer (bounded). */
const scopes = [];

/** Form-input normalisation alone: `{ value, changes: [{ path, from, to }] }`. */
export function normalize(operation, input) {
  return prepare(operation, input, { normalize: true });
}

/** @internal Input read as `options` say (`normalize`, `form`), not validated: `{ value, changes }`. */
export function prepare(operation, input, options) {
  const { copy, answer: edits } = call(indexOf(operation, 0), "", input, null, modeOf(options) | PREPARE);
  return { value: apply(copy, edits), changes: changes(edits) };
}

/** HTML attributes per form control name (`amount`, `coupon_infos.*.id`); `{ jsx: true }` names them as React's props. */
export function htmlAttributes(operation, options) {
  return describe(options?.jsx === true ? JSX : HTML, indexOf(operation, 2));
}

/**
 * The JSON Schema of an operation's body: `target` "draft-2020-12" (default), "draft-07" or
 * "openapi-3.0" (another throws a TypeError); with `form` / `normalize`, of the input those
 * readings accept.
 */
export function jsonSchema(operation, options) {
  const target = options?.target ?? "draft-2020-12";
  const text = describe(SCHEMA | (modeOf(options) << 4), indexOf(operation, 2), String(target));
  if (text === undefined) throw new TypeError(`unsupported JSON Schema target \`${target}\``);
  return JSON.parse(text);
}

/**
 * The fingerprint of the rules this package judges by (16 hex digits), the Rust crate's
 * `RULES_VERSION`: a server built from the same rules sends the same id (header
 * `BSS-Rules-Version`, problem member `rulesVersion`).
 */
export function rulesVersion() {
  return (rules ??= describe(RULES));
}
let rules;
