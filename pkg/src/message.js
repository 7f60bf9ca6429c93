// Messages, rendered here from the crate's own catalogue (messages.js, generated from
// src/report/message.rs) as the crate renders them: the module answers codes and params only,
// and links no renderer. tests/js/message.test.mjs holds this to the crate's text for every
// entry of the catalogue (tests/vectors/messages/catalogue.json).

import { CATALOGUE, EXPECTED, OTHER_TYPE, SUGGESTION } from "./messages.js";

/** A template as [text, name, text, …, text]: `{name}` placeholders at the odd places. */
const parts = (template) => template.split(/\{([^}]*)\}/);

/** A code's entries, in catalogue order, each `[when, arg, [English parts, Chinese parts]]`. */
const byCode = new Map();
for (const [code, when, arg, en, zh] of CATALOGUE) {
  if (!byCode.has(code)) byCode.set(code, []);
  byCode.get(code).push([when, arg, [parts(en), parts(zh)]]);
}
const suggestion = SUGGESTION.map(parts);

/** Whether params `p` select an entry (src/report/message.rs, `When::holds`). */
function holds(when, arg, p) {
  switch (when) {
    case 1:
      return p.field !== undefined && p.value !== undefined;
    case 2:
      return p.reversed === true;
    case 3:
      return p.reason === arg;
    case 4:
      return p.format === arg;
    default:
      return true;
  }
}

/** The text of the param `name` (src/report/message.rs, `fill`). */
function param(name, p, zh) {
  switch (name) {
    case "allowed":
      return p.allowed === undefined ? "" : p.allowed.join(", ");
    case "field":
      // The other field as a form labels it: its pointer's segments, unescaped, joined by dots.
      return p.field === undefined ? "" : p.field.split("/").slice(1).map(unescape).join(".");
    case "expected":
      return (EXPECTED.get(p.expected) ?? OTHER_TYPE)[zh];
    default:
      return p[name] === undefined ? "" : String(p[name]);
  }
}

/** A JSON Pointer segment unescaped (RFC 6901: `~1` is `/`, then `~0` is `~`). */
const unescape = (segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~");

function fill(parts, p, zh) {
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) out += param(parts[i], p, zh) + parts[i + 1];
  return out;
}

/** The message of a violation's `code` with its `params`, in English (`zh` 0) or Chinese (1). */
export function message(code, params, zh) {
  const entry = byCode.get(code)?.find(([when, arg]) => holds(when, arg, params));
  let out = entry === undefined ? "" : fill(entry[2][zh], params, zh);
  if (params.suggestion !== undefined) out += fill(suggestion[zh], params, zh);
  return out;
}
