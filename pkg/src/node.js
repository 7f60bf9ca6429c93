// Node entry (Node >= 20): compiles the WebAssembly module synchronously from the package's
// files, so `import { validate } from "bss-validate"` works at once (`ready()` resolves at
// once too). Node's module is built for speed (wasm-node/), the browser's for size (wasm/);
// both from the same Rust source.
import { readFileSync } from "node:fs";
import * as glue from "../wasm-node/bss_validate.js";
import { bind } from "./core.js";

bind(glue, glue.initSync({ module: readFileSync(new URL("../wasm-node/bss_validate_bg.wasm", import.meta.url)) }));

export { ready, validate, check, operations, fields, validateField, normalize, htmlAttributes, jsonSchema, rulesVersion } from "./core.js";
export { standardSchema } from "./standard.js";
export { bindForm, applyProblem } from "./form.js";
