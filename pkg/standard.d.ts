// Standard Schema v1 (https://standardschema.dev) types of `standardSchema`, on the spec's own
// `@standard-schema/spec` (a dependency with types only), which the form libraries' resolvers
// import too: through it they infer a form's values and its submitted body.

import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec";
import type { Code, OperationInputs, OperationName } from "./operations.js";
import type { FormValues, Locale, Params } from "./index.js";

export interface StandardSchemaOptions {
  /** Language of the issue messages: `"en"` (default) or `"zh-CN"`. */
  locale?: Locale;
  /**
   * Read the values as a form holds them (default `true`), as `bindForm` does: `""` is "not
   * given" (a required field left blank is `required`), integer text is the integer, blank
   * rows at a list's end are spare rows; the input type is {@link FormValues}. `false`
   * validates an API caller's body strictly, as `validate` does.
   */
  form?: boolean;
  /**
   * Normalise form input first (full-width digits, trims, phone formats); `value` is then the
   * normalised body. Defaults to `form`.
   */
  normalize?: boolean;
}

/** One broken rule as a Standard Schema issue; `code` and `params` are those of the `Violation`. */
export interface StandardIssue extends StandardSchemaV1.Issue {
  /** Keys from the body down, indices as numbers: `["coupon_infos", 0, "id"]`; absent for the body itself. */
  readonly path?: ReadonlyArray<string | number>;
  readonly code: Code;
  readonly params: Params;
}

export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<StandardIssue> };

/**
 * A Standard Schema v1 from `Input` (what the form holds) to `Output` (the body to send), and a
 * Standard JSON Schema v1 of both.
 */
export interface StandardSchema<Input = unknown, Output = Input> extends StandardSchemaV1<Input, Output>, StandardJSONSchemaV1<Input, Output> {
  readonly "~standard": StandardSchemaV1.Props<Input, Output> &
    StandardJSONSchemaV1.Props<Input, Output> & {
      readonly vendor: "bss-validate";
      /** Synchronous once `ready()` has resolved; before, a promise of the same result. */
      readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
      /**
       * JSON Schemas for `target` `"draft-2020-12"`, `"draft-07"` or `"openapi-3.0"` (any other
       * throws a `TypeError`): `output` is the body's (`jsonSchema(operation, { target })`),
       * `input` what the schema's reading accepts (`form`, `normalize`; read strictly, the
       * body's). They must wait for `ready()`.
       */
      readonly jsonSchema: StandardJSONSchemaV1.Converter;
    };
}

/** For a name typed as `string` (not a literal): input of unknown shape. */
export function standardSchema<S extends string>(operation: string extends S ? S : never, options?: StandardSchemaOptions): StandardSchema<Record<string, unknown>>;
/** An API caller's body, strictly (`{ form: false }`). */
export function standardSchema<K extends OperationName>(operation: K, options: StandardSchemaOptions & { form: false }): StandardSchema<OperationInputs[K]>;
/**
 * A Standard Schema v1 object validating an operation's body, for
 * react-hook-form (`standardSchemaResolver`), TanStack Form and other Standard Schema
 * consumers: from the values a form holds to the body to send. Throws a `TypeError` with
 * `code = "unknown_operation"` for an unknown name (made before `ready()`: at the first validation).
 */
export function standardSchema<K extends OperationName>(operation: K, options?: StandardSchemaOptions & { form?: true }): StandardSchema<FormValues<OperationInputs[K]>, OperationInputs[K]>;
