// Standard Schema v1 (https://standardschema.dev) types of `standardSchema`. The interface is
// restated here, as the spec recommends, so the package has no dependency; it is structurally
// the `StandardSchemaV1<Input, Output>` of `@standard-schema/spec`.

import type { Code, OperationInputs, OperationName } from "./operations.js";
import type { Locale, Params } from "./index.js";

export interface StandardSchemaOptions {
  /** Language of the issue messages: `"en"` (default) or `"zh-CN"`. */
  locale?: Locale;
  /** Normalise form input first (full-width digits, trims, phone formats); `value` is then the normalised body. */
  normalize?: boolean;
}

/** One broken rule as a Standard Schema issue; `code` and `params` are those of the `Violation`. */
export interface StandardIssue {
  readonly message: string;
  /** Keys from the body down, indices as numbers: `["coupon_infos", 0, "id"]`; absent for the body itself. */
  readonly path?: ReadonlyArray<string | number>;
  readonly code: Code;
  readonly params: Params;
}

export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<StandardIssue> };

export interface StandardSchema<Input = unknown, Output = Input> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: "bss-validate";
    /** Synchronous: never returns a Promise. */
    readonly validate: (value: unknown, options?: { readonly libraryOptions?: Record<string, unknown> | undefined }) => StandardResult<Output>;
    /** Type-level only (absent at run time). */
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/**
 * A Standard Schema v1 object validating an operation's body, for react-hook-form
 * (`standardSchemaResolver`), TanStack Form and other Standard Schema consumers.
 * Throws a `TypeError` with `code = "unknown_operation"` at once for an unknown name.
 */
export function standardSchema<K extends OperationName>(operation: K, options?: StandardSchemaOptions): StandardSchema<OperationInputs[K]>;
/** For a name typed as `string` (not a literal): input of unknown shape. */
export function standardSchema<S extends string>(operation: string extends S ? S : never, options?: StandardSchemaOptions): StandardSchema<Record<string, unknown>>;
