// Browser and bundler entry: fetches and compiles the WebAssembly module once, at import
// (top-level await), so `import { validate } from "bss-validate"` is ready to call.
import init, * as glue from "../wasm/bss_validate.js";
import { bind } from "./core.js";

await init({ module_or_path: new URL("../wasm/bss_validate_bg.wasm", import.meta.url) });
bind(glue);

export { validate, check, operations, fields, validateField, normalize, htmlAttributes, jsonSchema } from "./core.js";
export { standardSchema } from "./standard.js";
export { bindForm, applyProblem } from "./form.js";
