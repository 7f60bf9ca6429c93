// Node entry (Node >= 20): compiles the WebAssembly module synchronously from the file next
// to this one, so `import { validate } from "bss-validate"` works at once.
import { readFileSync } from "node:fs";
import * as glue from "../wasm/bss_validate.js";
import { bind } from "./core.js";

glue.initSync({ module: readFileSync(new URL("../wasm/bss_validate_bg.wasm", import.meta.url)) });
bind(glue);

export { validate, check, operations, fields, validateField, normalize, htmlAttributes, jsonSchema } from "./core.js";
export { standardSchema } from "./standard.js";
export { bindForm, applyProblem } from "./form.js";
