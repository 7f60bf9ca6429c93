// Types of the plain-DOM form binding (form.js). The form type is the DOM's HTMLFormElement
// when the DOM library is loaded, so a Node-only project without "dom" still type-checks.

import type { Locale, OperationInputs, OperationName, Outcome, Violation } from "./index.js";

type FormElement = typeof globalThis extends { HTMLFormElement: { prototype: infer F } } ? F : object;

export interface BindFormOptions<K extends OperationName = OperationName> {
  /** Language of the messages: `"en"` (default) or `"zh-CN"`. */
  locale?: Locale;
  /**
   * When a field is checked: as the user types (`"input"`, default), when they leave it
   * (`"blur"`), or only on submit (`"submit"`). The whole form is always checked on submit, and
   * a field already showing an error is re-checked as it is edited.
   */
  validateOn?: "input" | "blur" | "submit";
  /** Normalise form input (full-width digits, spaces, `+86` mobiles) before validating. Default `true`. */
  normalize?: boolean;
  /**
   * Called on a valid submit with the (normalised) body; the submit event is always prevented.
   * Return the server's answer (a fetch `Response`, any object with its `headers`, or a promise
   * of one) and its `BSS-Rules-Version` header is compared with `rulesVersion()`.
   */
  onValid?(body: OperationInputs[K], outcome: Outcome<OperationInputs[K]>): unknown;
  /** Called on an invalid submit, after the errors are shown and the first invalid control is focused. */
  onInvalid?(outcome: Outcome<OperationInputs[K]>): void;
  /**
   * Called when a server answer (returned by `onValid`, or given to `applyProblem` for this form)
   * names other rules than the package's: once per form and server version. Whether or not
   * it is given, the first mismatch on a page is also logged with `console.warn`.
   */
  onRulesMismatch?(mismatch: RulesMismatch): void;
}

/** A server judging by other rules than the package: both fingerprints (`rulesVersion()`). */
export interface RulesMismatch {
  /** The package's own, `rulesVersion()`. */
  ours: string;
  /** The server's, from its `BSS-Rules-Version` header or its problem's `rulesVersion`. */
  theirs: string;
}

export interface FormBinding<K extends OperationName = OperationName> {
  /** Validates the whole form now and shows every error, as a submit attempt does (without `onValid`). */
  validate(): Outcome<OperationInputs[K]>;
  /**
   * The body the form's controls make now, as submitted but neither normalised nor validated:
   * for sending it to a server unchecked (and showing the server's problem with `applyProblem`).
   */
  body(): Partial<OperationInputs[K]>;
  /** Shows the messages in another language from now on, re-rendering those already shown. */
  setLocale(locale: Locale): void;
  /** Removes the listeners and restores the form's `novalidate`; shown messages stay. */
  destroy(): void;
}

/** An RFC 9457 problem+json object; its `errors` are the package's violations. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: readonly Violation[];
  /** The rules the server judged by (the crate's `RULES_VERSION`), an extension member. */
  rulesVersion?: string;
  [extension: string]: unknown;
}

/**
 * Binds a form to an operation: sets the spec's HTML attributes, builds the body from the
 * controls' dotted names (`coupon_infos.0.id`), validates with the core and shows its messages
 * with `aria-invalid` and `aria-describedby`. Throws a `TypeError` (`code = "unknown_operation"`)
 * for an unknown operation; never for an odd form.
 */
export function bindForm<K extends OperationName>(form: FormElement, operation: K, options?: BindFormOptions<K>): FormBinding<K>;

/**
 * Shows a server's problem on the form, each violation where `bindForm` would put it, replacing
 * the errors shown. Returns how many landed on a control (the others go to a list's or the
 * form's message element). On a bound form, messages the core also gives are shown in `locale`
 * (default: the binding's). A `rulesVersion` other than the package's is reported to
 * `onRulesMismatch` (default: the binding's) and, once a page, with `console.warn`.
 */
export function applyProblem(
  form: FormElement,
  problem: Problem | null | undefined,
  options?: { locale?: Locale; onRulesMismatch?(mismatch: RulesMismatch): void },
): number;
