// Standard Schema v1 (https://standardschema.dev) over `validate`, for react-hook-form's
// standardSchemaResolver, TanStack Form validators and any other `~standard` consumer; and
// Standard JSON Schema v1 (`jsonSchema.input/output`) over `jsonSchema`.
import { validate, loaded, ready, jsonSchema } from "./core.js";

// A JSON Pointer segment as a Standard Schema path key: array indices become numbers (wire
// names are never digits), the rest is unescaped per RFC 6901 (`~1` → `/`, then `~0` → `~`).
const key = (s) => (/^(0|[1-9]\d*)$/.test(s) ? +s : s.replace(/~1/g, "/").replace(/~0/g, "~"));

/**
 * A Standard Schema v1 object validating `operation`'s body. By default it reads a form's
 * values (`form`, as `bindForm` does: `""` is "not given") and normalises them; an unknown
 * name throws now, or, made before `ready()`, at the first validation.
 */
export function standardSchema(operation, { locale = "en", form = true, normalize = form } = {}) {
  const options = { locale, form, normalize };
  const run = (value) => {
    const out = validate(operation, value, options);
    return out.ok
      ? { value: out.value }
      : { issues: out.errors.map(({ path, ...v }) => (path ? { ...v, path: path.slice(1).split("/").map(key) } : v)) };
  };
  if (loaded()) validate(operation, null); // the unknown-operation TypeError, at once rather than on first input
  return {
    "~standard": {
      version: 1,
      vendor: "bss-validate",
      // Before the module is ready, a promise of the result (Standard Schema allows one).
      validate: (value) => (loaded() ? run(value) : ready().then(() => run(value))),
      // Standard JSON Schema v1: the input as `options` read it, the output the body.
      jsonSchema: {
        input: ({ target }) => jsonSchema(operation, { ...options, target }),
        output: ({ target }) => jsonSchema(operation, { target }),
      },
    },
  };
}
