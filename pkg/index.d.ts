// Types of the bss-validate package: the hand-written API over the generated operations.d.ts.

import type { Change, CheckInputs, CheckName, FieldInfo, FieldOutcome, OperationInfo, OperationInputs, OperationName, Violation } from "./operations.js";

// The input types, the code union and the shapes of the answers (Violation, Params, Change,
// FieldOutcome, FieldInfo, OperationInfo) are declared once in Rust and generated into
// operations.d.ts.
export type * from "./operations.js";
export { standardSchema, type StandardSchema, type StandardSchemaOptions, type StandardIssue, type StandardResult } from "./standard.js";

/**
 * Resolves once the WebAssembly module is ready to be called: at once in Node; in a browser
 * when it has been fetched and compiled, which starts at import. Every call made before
 * throws an `Error` with `code = "not_ready"` (a Standard Schema's `validate` waits instead).
 * Rejects if the module failed to load.
 */
export function ready(): Promise<void>;

/** The errors the package throws (never for bad input): an unknown operation or a call made before `ready()`. */
export interface BssValidateError extends Error {
  code: "unknown_operation" | "not_ready";
}

/** The request body type of an operation. */
export type OperationInput<K extends OperationName> = OperationInputs[K];

/** The verdict: exactly the JSON the Rust `Outcome` serializes to. */
export type Outcome<T = unknown> =
  | { ok: true; value: T; errors: []; changes?: Change[] }
  | { ok: false; value?: undefined; errors: Violation[]; changes?: Change[]; truncated?: true };

/** HTML attributes of one control, derived from the spec (`maxlength` in UTF-16 units, as HTML counts). */
export interface HtmlAttributes {
  required?: true;
  minlength?: number;
  maxlength?: number;
  inputmode?: "decimal" | "numeric" | "email";
  type?: "email" | "tel" | "password" | "checkbox";
  pattern?: string;
  autocomplete?: string;
}

/** {@link HtmlAttributes} named as React spells the props (the crate's `html::jsx_name`). */
export type JsxAttributes = { [K in keyof HtmlAttributes as JsxName<K>]: HtmlAttributes[K] };

type JsxName<K> = K extends "maxlength" ? "maxLength" : K extends "minlength" ? "minLength" : K extends "inputmode" ? "inputMode" : K extends "autocomplete" ? "autoComplete" : K;

/** `"en"` (default) or `"zh-CN"`; other tags of those languages (`"zh"`, `"en-US"`) work too. */
export type Locale = "en" | "zh-CN" | (string & {});

export interface ValidateOptions {
  locale?: Locale;
  /**
   * Read the input as a form's values (off by default): `""` means "not given" (an optional
   * field is left out, a required one is `required`), blank rows at a list's end are spare
   * rows, integer text in an integer field is the integer, and an empty number input's `NaN`
   * is blank. The outcome's `value` is then the body the form stands for.
   */
  form?: boolean;
  /**
   * Normalise form input first (full-width digits, surrounding spaces where the format allows
   * none, `+86 138 0013 8000` → the endpoint's phone form). Off by default: plain validation
   * never changes input. The outcome then lists `changes`, and `value` is the normalised body.
   */
  normalize?: boolean;
  /**
   * The most violations to collect (all of them by default, as a form shows each field's).
   * Validation stops at the first one past it and the outcome says `truncated: true`, so a
   * hostile body of thousands of bad items costs about what `maxErrors` of them do. The Rust
   * server's default is 100. `validateField` answers its field in full whatever the limit.
   */
  maxErrors?: number;
}

/**
 * Validates data of unknown shape. Takes a name typed as `string` (not a literal): to check
 * untrusted data against a known operation, write `validate(name as string, data)`.
 */
export function validate<S extends string>(operation: string extends S ? S : never, input: unknown, options?: ValidateOptions): Outcome;
/** Validates a form's values (`{ form: true }`; see {@link FormValues}: a form may lack controls for some fields). */
export function validate<K extends OperationName>(operation: K, input: Partial<FormValues<OperationInputs[K]>>, options: ValidateOptions & { form: true }): Outcome<OperationInputs[K]>;
/**
 * Validates a request body (for a GET operation, an object of its query parameters).
 * Never throws for bad input; throws a `TypeError` with `code = "unknown_operation"` for an
 * unknown operation name. (Declared last, so a bad body is reported at its bad field.)
 */
export function validate<K extends OperationName>(operation: K, input: OperationInputs[K], options?: ValidateOptions): Outcome<OperationInputs[K]>;

/** Runs a registration check ("AssociateCustomer", "JoinPartnerProgram") on explicit facts. */
export function check<S extends string>(name: string extends S ? S : never, facts: unknown, options?: ValidateOptions): Outcome;
export function check<K extends CheckName>(name: K, facts: Partial<FormValues<CheckInputs[K]>>, options: ValidateOptions & { form: true }): Outcome<CheckInputs[K]>;
export function check<K extends CheckName>(name: K, facts: CheckInputs[K], options?: ValidateOptions): Outcome<CheckInputs[K]>;

/**
 * What a form holds for a body of type `T`: every field present (a form has a control for
 * it), amounts and integers as the text of an `<input>`, `""` for a blank control, booleans
 * for checkboxes, arrays for list rows. The input type of `standardSchema` (form values, its
 * default) and of `validate` with `{ form: true }`; at run time numbers are read too.
 */
export type FormValues<T> = { -readonly [P in keyof T]-?: FormValue<Exclude<T[P], null | undefined>> };

/** One field of {@link FormValues}. */
export type FormValue<T> = T extends readonly (infer I)[]
  ? FormValue<I>[]
  : T extends boolean
    ? boolean
    : T extends object
      ? FormValues<T>
      : number extends T
        ? string
        : string extends T
          ? string
          : `${T & (string | number)}` | "";

/** Every operation of the partner BSS API that the package validates. */
export function operations(): OperationInfo[];

/** The field table of an operation or a check. */
export function fields(operation: OperationName | CheckName): FieldInfo[];

/**
 * The violations of the field at `pointer` ("/amount", "/coupon_infos/0/id") and of the fields
 * whose rules read it, in the whole body, as `validate` gives them.
 */
export function validateField(operation: OperationName | CheckName, pointer: string, input: unknown, options?: ValidateOptions): FieldOutcome;

/** Form-input normalisation alone. */
export function normalize(operation: OperationName, input: unknown): { value: unknown; changes: Change[] };

/** HTML attributes per control name: the wire name (`amount`) or `list.*.field` for list items. */
export function htmlAttributes(operation: OperationName | CheckName, options?: { jsx?: false }): Record<string, HtmlAttributes>;
/** The same attributes named as React's DOM props (`maxLength`, `inputMode`, `autoComplete`), to spread into JSX. */
export function htmlAttributes(operation: OperationName | CheckName, options: { jsx: true }): Record<string, JsxAttributes>;

/** Options of {@link jsonSchema}. */
export interface JsonSchemaOptions {
  /**
   * The dialect, as Standard JSON Schema names them: `"draft-2020-12"` (default), `"draft-07"`
   * or `"openapi-3.0"` (an OpenAPI 3.0 Schema Object). Any other throws a `TypeError`.
   */
  target?: "draft-2020-12" | "draft-07" | "openapi-3.0";
  /** The schema of a form's values (as `validate`'s `form` reads them) instead of the body's. */
  form?: boolean;
  /** The schema of the text before normalisation (as `validate`'s `normalize` reads it). */
  normalize?: boolean;
}

/**
 * The JSON Schema of an operation's body (or, with `form` / `normalize`, of the input those
 * readings accept); lengths in UTF-16 units (`x-length-unit`), amounts' exact bounds as text
 * (`x-minimum`, `x-maximum`). It accepts every body `validate` accepts; cross-field rules are
 * not in it.
 */
export function jsonSchema(operation: OperationName | CheckName, options?: JsonSchemaOptions): Record<string, unknown>;

/**
 * The fingerprint of the rules this package judges by: 16 hex digits, the Rust crate's
 * `RULES_VERSION`. A server on the same rules sends the same id (header `BSS-Rules-Version`,
 * problem member `rulesVersion`); `applyProblem` and `bindForm` compare it with this one.
 */
export function rulesVersion(): string;
export { bindForm, applyProblem } from "./form.js";
export type { RulesMismatch } from "./form.js";
