// Type-checked by `tsc --noEmit -p tests/js/types` in `./run test`: correct calls compile,
// wrong bodies must not (each `@ts-expect-error` fails the check if the line compiles).
import { validate, fields, operations, check, ready, standardSchema, htmlAttributes, jsonSchema, rulesVersion, bindForm, applyProblem, type RulesMismatch, type Outcome, type Violation, type Code, type OperationInput, type FormValues } from "bss-validate";

const ok: Outcome<OperationInput<"ReclaimToPartnerAccount">> = validate("ReclaimToPartnerAccount", { customer_id: "c1", amount: "10.50" });
if (ok.ok) {
  const amount: string | number = ok.value.amount;
  void amount;
} else {
  const first: Violation | undefined = ok.errors[0];
  const code: Code | undefined = first?.code;
  void code;
}

validate("ReclaimToPartnerAccount", { customer_id: "c1", amount: 10.5, indirect_partner_id: null }, { locale: "zh-CN" });
validate("PayOrders", { order_id: "o", use_coupon: "YES", use_discount: "NO", coupon_infos: [{ id: "c", type: 301 }] });
validate("ListCustomerOrders", { limit: "20", status: 6, order_by: "-createTime" });

// @ts-expect-error: amount is required
validate("ReclaimToPartnerAccount", { customer_id: "c1" });
// @ts-expect-error: camelCase keys are not wire names
validate("ReclaimToPartnerAccount", { customerId: "c1", amount: "1" });
// @ts-expect-error: use_coupon is YES or NO
validate("PayOrders", { order_id: "o", use_coupon: "yes", use_discount: "NO" });
// @ts-expect-error: coupon types are 300–303
validate("PayOrders", { order_id: "o", use_coupon: "YES", use_discount: "NO", coupon_infos: [{ id: "c", type: 299 }] });
// @ts-expect-error: not an operation
validate("reclaimToPartnerAccount", {});

// Untrusted data of unknown shape goes through a name typed as string.
const name: string = "CancelCustomerOrder";
const data: unknown = JSON.parse("{}");
const loose: Outcome = validate(name, data);
void loose;

const codes: Code[] = ["too_many_decimals", "unknown_field"];
// @ts-expect-error: not a code
const notACode: Code = "too_many_decimal";
void codes;
void notACode;

const maxLength: number | undefined = fields("CancelCustomerOrder")[0]?.max_length;
void maxLength;
const names: string[] = operations().map((o) => o.name);
void names;
check("JoinPartnerProgram", { program: "reseller", current_programs: [], account_expired: false, enterprise_verified: true });

// Loading: ready() resolves when calls can be made.
const loading: Promise<void> = ready();
void loading;

// Form values: every field held as a form holds it (text for amounts and integers, "" blank).
validate("ReclaimToPartnerAccount", { customer_id: "", amount: "" }, { form: true });
validate("RenewalResources", { resource_ids: ["r1", ""], period_type: "2", period_num: "1" }, { form: true, normalize: true });
// @ts-expect-error: strict validation takes an integer field's number, not its text
validate("RenewalResources", { resource_ids: ["r1"], period_type: "2", period_num: 1 });
// @ts-expect-error: a form holds period_type "2" or "3" (or blank), not "4"
validate("RenewalResources", { resource_ids: ["r1"], period_type: "4", period_num: "1" }, { form: true });
const held: FormValues<OperationInput<"ReclaimToPartnerAccount">> = { customer_id: "c1", amount: "10.50", indirect_partner_id: "" };
void held;

// A Standard Schema from what a form holds to the body to send; strict with { form: false }.
const schema = standardSchema("ReclaimToPartnerAccount");
type In = NonNullable<(typeof schema)["~standard"]["types"]>["input"];
type Out = NonNullable<(typeof schema)["~standard"]["types"]>["output"];
const formIn: In = { customer_id: "", amount: "", indirect_partner_id: "" };
const body: Out = { customer_id: "c1", amount: 10.5 };
void formIn;
void body;
const strictSchema = standardSchema("ReclaimToPartnerAccount", { form: false });
// @ts-expect-error: strict input: an amount is text or a number, and the optional field may be left out, but not a boolean
const strictIn: NonNullable<(typeof strictSchema)["~standard"]["types"]>["input"] = { customer_id: "c1", amount: true };
void strictIn;

// React's prop names with { jsx: true }; HTML's without.
const jsx = htmlAttributes("ReclaimToPartnerAccount", { jsx: true });
const jsxMax: number | undefined = jsx.customer_id?.maxLength;
// @ts-expect-error: JSX props are camelCase
void jsx.customer_id?.maxlength;
const html = htmlAttributes("ReclaimToPartnerAccount");
const inputmode: string | undefined = html.amount?.inputmode;
void jsxMax;
void inputmode;

// Rules drift: the package's fingerprint, and the server's compared with it.
const ours: string = rulesVersion();
declare const form: HTMLFormElement;
const report = ({ ours: mine, theirs }: RulesMismatch) => void `${mine} ${theirs}`;
bindForm(form, "ReclaimToPartnerAccount", {
  onValid: (sent) => fetch("/api/reclaim", { method: "POST", body: JSON.stringify(sent) }),
  onRulesMismatch: report,
});
applyProblem(form, { errors: [], rulesVersion: ours }, { locale: "en", onRulesMismatch: report });
// @ts-expect-error: a problem's rulesVersion is text
applyProblem(form, { rulesVersion: 1 });
// Standard Schema and Standard JSON Schema (@standard-schema/spec 1.1) at once.
import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec";
const std = standardSchema("ReclaimToPartnerAccount");
const asSchema: StandardSchemaV1 = std;
const asJsonSchema: StandardJSONSchemaV1 = std;
const typedJson: StandardJSONSchemaV1<FormValues<OperationInput<"ReclaimToPartnerAccount">>, OperationInput<"ReclaimToPartnerAccount">> = std;
const draft07: Record<string, unknown> = std["~standard"].jsonSchema.input({ target: "draft-07" });
const oas30: Record<string, unknown> = standardSchema("PayOrders", { form: false })["~standard"].jsonSchema.output({ target: "openapi-3.0" });
const direct: Record<string, unknown> = jsonSchema("PayOrders", { target: "openapi-3.0", form: true });
// @ts-expect-error: not a target jsonSchema knows
jsonSchema("PayOrders", { target: "draft-04" });
void asSchema, asJsonSchema, typedJson, draft07, oas30, direct;
