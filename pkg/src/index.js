// Browser and bundler entry: starts fetching and compiling the WebAssembly module at import,
// without holding up the modules that import this one (no top-level await, which would delay
// a whole app's first render by the download). Calls can be made once `ready()` resolves.
import init, { describe } from "../wasm/bss_validate.js";
import { bind } from "./core.js";

// The glue's exports by name, not the module namespace, so the bundle leaves out what it
// never calls (core.js calls `validate` on the instance itself).
bind({ describe }, init({ module_or_path: new URL("../wasm/bss_validate_bg.wasm", import.meta.url) }));

export { ready, validate, check, operations, fields, validateField, normalize, htmlAttributes, jsonSchema, rulesVersion } from "./core.js";
export { standardSchema } from "./standard.js";
export { bindForm, applyProblem } from "./form.js";
