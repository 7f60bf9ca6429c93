// Standard Schema v1 (https://standardschema.dev) over `validate`, for react-hook-form's
// standardSchemaResolver, TanStack Form validators and any other `~standard` consumer.
import { validate } from "./core.js";

// A JSON Pointer segment as a Standard Schema path key: array indices become numbers (wire
// names are never digits), the rest is unescaped per RFC 6901 (`~1` → `/`, then `~0` → `~`).
const key = (s) => (/^(0|[1-9]\d*)$/.test(s) ? +s : s.replace(/~1/g, "/").replace(/~0/g, "~"));

/** A Standard Schema v1 object validating `operation`'s body; throws now for an unknown name. */
export function standardSchema(operation, { locale = "en", normalize = false } = {}) {
  validate(operation, null); // the unknown-operation TypeError, at once rather than on first input
  const options = { locale, normalize };
  return {
    "~standard": {
      version: 1,
      vendor: "bss-validate",
      validate(value) {
        const out = validate(operation, value, options);
        return out.ok
          ? { value: out.value }
          : { issues: out.errors.map(({ path, ...v }) => (path ? { ...v, path: path.slice(1).split("/").map(key) } : v)) };
      },
    },
  };
}
