// Real-name authentication, the second half of registering a customer: a person (by ID document,
// or by bank card with an SMS code of scene 18), or an organisation (apply, or change a personal
// account to an enterprise one). Which documents and how many files an identify type needs is
// the core's cross rule; this page only shows the controls that type uses.
import { validate } from "bss-validate";
import { t, locale } from "../i18n.js";
import { h, field, formCard, manage, fieldMap, optionLabel, post, text } from "../ui.js";

const XACCOUNT_TYPE = "demo_platform_0001";

/** Shows `box` and enables its controls, or hides it and disables them (left out of the body). */
function toggle(box, on) {
  box.hidden = !on;
  for (const el of box.querySelectorAll("input, select, textarea")) el.disabled = !on;
}

/** The file rows of `verified_file_url`: as many inputs as the list may hold. */
function fileRows(prefix, info, hint) {
  return h(
    "fieldset",
    { class: "group", id: `${prefix}-files`, "aria-describedby": `${prefix}-files-hint` },
    h("legend", { t: "rn.files" }),
    h("p", { class: "hint", id: `${prefix}-files-hint`, t: hint }),
    h("p", { class: "bss-error", id: `${prefix}-files-error`, "data-error-for": "verified_file_url", hidden: true }),
    Array.from({ length: info.max_items }, (_, i) =>
      field(prefix, `verified_file_url.${i}`, { label: () => t("rn.file", { n: i + 1 }), attrs: { autocomplete: "off", placeholder: i ? "" : "abc023.jpg" } }),
    ),
  );
}

/** A button that sends the bank-card verification code (SendVerificationMessageCode, scene 18). */
function sendCodeButton(form) {
  const status = h("p", { class: "hint", id: "personal-code-status", role: "status", "aria-live": "polite" });
  const button = h("button", {
    type: "button",
    class: "link-button",
    id: "personal-send-code",
    t: "rn.sendCode",
    async onclick() {
      const value = (name) => form.elements.namedItem(name)?.value.trim() ?? "";
      const body = { receiver_type: 1, mobile_phone: value("bank_card_info.mobile"), scene: 18, customer_id: value("customer_id") };
      const outcome = validate("SendVerificationMessageCode", body, { locale: locale(), normalize: true, form: true });
      if (!outcome.ok) {
        // Said in the language of the moment it was checked; the next click checks again.
        const { path, message } = outcome.errors[0];
        return text(status, () => t("rn.sendCode.invalid", { field: t(`rn.sendCode.field.${path.slice(1)}`), message }));
      }
      const r = await post("SendVerificationMessageCode", outcome.value).catch(() => null);
      text(status, r?.ok ? "rn.sendCode.sent" : () => t("common.httpError", { status: r?.status ?? 0, title: r?.data?.title ?? "" }));
    },
  });
  return h("div", { class: "field" }, button, status);
}

function personalForm() {
  const f = fieldMap("CreatePersonalRealnameAuth");
  const { form, result } = formCard("personal", {
    legend: "rn.personal.legend",
    submit: "rn.personal.submit",
    children: [
      field("personal", "customer_id", { label: "rn.customer_id", hint: "rn.customer_id.hint", attrs: { autocomplete: "off" } }),
      field("personal", "identify_type", { label: "rn.identify_type", kind: "select", options: f.identify_type.allowed.map((v) => [v, `rn.identify.${v}`]), value: String(f.identify_type.allowed[0]), placeholder: false }),
      h("div", { id: "personal-document" }, field("personal", "verified_type", { label: "rn.verified_type", kind: "select", options: f.verified_type.allowed.map((v) => [v, optionLabel("rn.document", v)]) })),
      h("div", { class: "pair" }, field("personal", "name", { label: "rn.name", attrs: { autocomplete: "name" } }), field("personal", "verified_number", { label: "rn.verified_number", attrs: { autocomplete: "off" } })),
      fileRows("personal", f.verified_file_url, "rn.files.personal.0"),
      h(
        "fieldset",
        { class: "group", id: "personal-bank" },
        h("legend", { t: "rn.bank" }),
        h("p", { class: "hint", t: "rn.bank.hint" }),
        h("p", { class: "bss-error", "data-error-for": "bank_card_info", hidden: true }),
        field("personal", "bank_card_info.bank_account", { label: "rn.bank_account", attrs: { autocomplete: "off" } }),
        h("div", { class: "pair" }, field("personal", "bank_card_info.areacode", { label: "rn.areacode", value: "0086" }), field("personal", "bank_card_info.mobile", { label: "rn.mobile", hint: "sms.mobile.hint" })),
        field("personal", "bank_card_info.verification_code", { label: "rn.verification_code", hint: "rn.verification_code.hint" }),
      ),
      field("personal", "xaccount_type", { label: "create.xaccount_type", hint: "create.xaccount_type.hint", value: XACCOUNT_TYPE }),
      h("details", { class: "more" }, h("summary", { t: "common.more" }), field("personal", "change_type", { label: "rn.change_type", kind: "select", options: f.change_type.allowed.map((v) => [v, `rn.changeType.${v}`]), optional: true })),
    ],
  });
  form.querySelector("#personal-bank").append(sendCodeButton(form));
  const kind = form.elements.namedItem("identify_type");
  const hint = form.querySelector("#personal-files-hint");
  // Before the binding's own listener (bound later): the core then reads the controls this
  // identify type uses, and re-checks the files and the bank card, which the type decides.
  const follow = () => {
    toggle(form.querySelector("#personal-document"), kind.value === "0");
    toggle(form.querySelector("#personal-bank"), kind.value === "4");
    text(hint, () => t(`rn.files.personal.${kind.value}`));
  };
  kind.addEventListener("input", follow);
  follow();
  return { form, result };
}

/** Apply for (or change to) enterprise real-name authentication: the two forms share their fields. */
function enterpriseForm(prefix, operation) {
  const f = fieldMap(operation);
  const { form, result } = formCard(prefix, {
    legend: `rn.${prefix}.legend`,
    submit: `rn.${prefix}.submit`,
    children: [
      field(prefix, "customer_id", { label: "rn.customer_id", hint: "rn.customer_id.hint", attrs: { autocomplete: "off" } }),
      f.change_type && field(prefix, "change_type", { label: "rn.change_type", kind: "select", options: f.change_type.allowed.map((v) => [v, `rn.changeType.${v}`]), value: String(f.change_type.allowed[0]), placeholder: false }),
      field(prefix, "identify_type", { label: "rn.identify_type", kind: "select", options: f.identify_type.allowed.map((v) => [v, `rn.identify.${v}`]), value: String(f.identify_type.allowed[0]), placeholder: false }),
      field(prefix, "certificate_type", { label: "rn.certificate_type", kind: "select", options: f.certificate_type.allowed.map((v) => [v, optionLabel("rn.certificate", v)]), optional: true }),
      field(prefix, "corp_name", { label: "rn.corp_name", hint: "rn.corp_name.hint", attrs: { autocomplete: "organization" } }),
      field(prefix, "verified_number", { label: "rn.corp_number", attrs: { autocomplete: "off" } }),
      h("div", { class: "pair" }, field(prefix, "reg_country", { label: "rn.reg_country", hint: "rn.reg_country.hint", optional: true, attrs: { autocomplete: "country" } }), field(prefix, "reg_address", { label: "rn.reg_address", optional: true, attrs: { autocomplete: "street-address" } })),
      h(
        "fieldset",
        { class: "group", id: `${prefix}-person` },
        h("legend", {}, h("span", { t: "rn.person" }), " ", h("span", { class: "optional", t: () => `(${t("common.optional")})` })),
        h("p", { class: "hint", t: "rn.person.hint" }),
        h("div", { class: "pair" }, field(prefix, "enterprise_person.legel_name", { label: "rn.legel_name" }), field(prefix, "enterprise_person.legel_id_number", { label: "rn.legel_id_number", attrs: { autocomplete: "off" } })),
        field(prefix, "enterprise_person.certifier_role", { label: "rn.certifier_role", kind: "select", options: f["enterprise_person.certifier_role"].allowed.map((v) => [v, `rn.role.${v}`]), optional: true }),
      ),
      fileRows(prefix, f.verified_file_url, "rn.files.enterprise"),
      field(prefix, "xaccount_type", { label: "create.xaccount_type", hint: "create.xaccount_type.hint", value: XACCOUNT_TYPE }),
    ],
  });
  return { form, result };
}

export function realnamePage(section) {
  const personal = personalForm();
  const apply = enterpriseForm("enterprise", "CreateEnterpriseRealnameAuthentication");
  const change = enterpriseForm("change", "ChangeEnterpriseRealnameAuthentication");
  section.append(
    h("h2", { class: "section-title", t: "rn.personal.title" }),
    personal.form,
    h("h2", { class: "section-title", t: "rn.enterprise.title" }),
    apply.form,
    h("h2", { class: "section-title", t: "rn.change.title" }),
    change.form,
  );
  manage(personal.form, "CreatePersonalRealnameAuth", { result: personal.result });
  manage(apply.form, "CreateEnterpriseRealnameAuthentication", { result: apply.result });
  manage(change.form, "ChangeEnterpriseRealnameAuthentication", { result: change.result });
}
