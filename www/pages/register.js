// Register a customer: CheckUserIdentity → SendVerificationMessageCode → CreateSubCustomer, each
// its own bound form; a step's accepted values carry forward into the next ones, and the last
// links on to real-name authentication (pages/realname.js).
import { validateField } from "bss-validate";
import { t, locale, onLocale } from "../i18n.js";
import { h, field, formCard, manage, fieldMap, text } from "../ui.js";

const TOTAL = 3;
const stepKey = (n) => () => t("register.step", { n, total: TOTAL });

/** Sets a control's value as if typed (so a live check and the checklist follow). */
function carry(form, name, value) {
  const el = form.elements.namedItem(name);
  if (!el || value == null) return;
  el.value = String(value);
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

/** Marks a step done. */
function done(li) {
  li.dataset.state = "done";
  li.querySelector(".done-badge").hidden = false;
}

/** A button that moves on to the next step (part of the step's result). */
function nextButton(li, next) {
  return h(
    "p",
    { class: "next" },
    h("button", {
      type: "button",
      class: "link-button",
      id: `${li.id}-next`,
      t: "common.next",
      onclick() {
        next.scrollIntoView({ block: "start" });
        next.querySelector("input:not([type=hidden]), select")?.focus();
      },
    }),
  );
}

function checkStep() {
  const f = fieldMap("CheckUserIdentity");
  const rank = (v) => ["name", "mobile", "email"].indexOf(v) >>> 0; // the usual order; others after
  const order = [...f.search_type.allowed].sort((a, b) => rank(a) - rank(b));
  const { form, result } = formCard("check", {
    step: stepKey(1),
    legend: "check.legend",
    submit: "check.submit",
    children: [
      field("check", "search_type", { label: "check.search_type", kind: "select", options: order.map((v) => [v, `check.type.${v}`]), value: "name", placeholder: false }),
      field("check", "search_value", {
        label: "check.search_value",
        hint: "check.hint.name", // follows the type, below
      }),
    ],
  });
  const kind = form.elements.namedItem("search_type");
  const value = form.elements.namedItem("search_value");
  const hint = form.querySelector("#check-search_value-hint");
  const modes = { name: ["text", "username"], mobile: ["tel", "tel"], email: ["email", "email"] };
  const follow = () => {
    const [inputmode, autocomplete] = modes[kind.value] || ["text", "off"];
    value.setAttribute("inputmode", inputmode);
    value.setAttribute("autocomplete", autocomplete);
    text(hint, () => t(`check.hint.${kind.value || "none"}`));
    // The verdict on the value depends on the type: check it again if it was already shown.
    if (value.value) value.dispatchEvent(new Event("input", { bubbles: true }));
  };
  kind.addEventListener("change", follow);
  follow();
  return { form, result };
}

function smsStep() {
  const f = fieldMap("SendVerificationMessageCode");
  const loc = locale() === "zh-CN" ? "zh-cn" : "en-us";
  const { form, result } = formCard("sms", {
    step: stepKey(2),
    legend: "sms.legend",
    submit: "sms.submit",
    children: [
      field("sms", "mobile_phone", { label: "sms.mobile_phone", hint: "sms.mobile.hint" }),
      field("sms", "receiver_type", { label: "sms.receiver_type", kind: "select", options: f.receiver_type.allowed.map((v) => [v, `sms.receiver.${v}`]), value: String(f.receiver_type.allowed[0]), placeholder: false }),
      field("sms", "scene", { label: "sms.scene", kind: "select", options: f.scene.allowed.map((v) => [v, `sms.scene.${v}`]), value: String(f.scene.allowed[0]), placeholder: false }),
      field("sms", "customer_id", { label: "sms.customer_id", hint: "sms.customer_id.hint", optional: true }),
      h(
        "details",
        { class: "more" },
        h("summary", { t: "common.more" }),
        field("sms", "lang", { label: "sms.lang", kind: "select", options: f.lang.allowed.map((v) => [v, `sms.lang.${v}`]), value: loc, optional: true }),
        field("sms", "timeout", {
          label: "sms.timeout",
          hint: () => t("sms.timeout.hint", { min: f.timeout.minimum, max: f.timeout.maximum }),
          optional: true,
        }),
      ),
    ],
  });
  // The message's language follows the UI's until the user picks one.
  const lang = form.elements.namedItem("lang");
  lang.addEventListener("change", () => (lang.dataset.picked = "yes"));
  onLocale((l) => {
    if (!lang.dataset.picked) lang.value = l === "zh-CN" ? "zh-cn" : "en-us";
  });
  return { form, result };
}

function createStep() {
  const f = fieldMap("CreateSubCustomer");
  const pw = f.password;
  const rules = [
    // Length first: while it fails, the core does not count the classes (one own verdict per field).
    { id: "length", codes: ["too_short", "too_long"], key: () => t("create.rule.length", { min: pw.min_length, max: pw.max_length }) },
    { id: "classes", codes: ["weak_password"], after: ["too_short", "too_long"], key: () => t("create.rule.classes", { n: pw.min_classes }) },
    { id: "name", codes: ["password_matches_account_name"], key: "create.rule.name" },
    { id: "mobile", codes: ["password_contains_mobile"], key: "create.rule.mobile" },
  ];
  const items = rules.map((r) =>
    h(
      "li",
      { id: `create-rule-${r.id}`, "data-rule": r.id, "data-state": "pending" },
      h("span", { class: "mark", "aria-hidden": "true" }),
      h("span", { class: "rule-text", t: r.key }),
      " ",
      h("span", { class: "visually-hidden rule-state", t: "create.rule.pending" }),
    ),
  );
  const checklist = h("div", { class: "checklist", id: "create-password-rules" }, h("p", { class: "checklist-title", id: "create-password-rules-title", t: "create.rules" }), h("ul", { "aria-labelledby": "create-password-rules-title" }, items));

  const { form, result } = formCard("create", {
    step: stepKey(3),
    legend: "create.legend",
    submit: "create.submit",
    children: [
      field("create", "xaccount_id", { label: "create.xaccount_id", hint: "create.xaccount_id.hint", value: "partner-user-10086" }),
      field("create", "xaccount_type", { label: "create.xaccount_type", hint: "create.xaccount_type.hint", value: "demo_platform_0001" }),
      field("create", "domain_name", { label: "create.domain_name", hint: "create.domain_name.hint", optional: true }),
      field("create", "mobile_phone", { label: "create.mobile_phone", hint: "sms.mobile.hint", optional: true }),
      field("create", "verification_code", { label: "create.verification_code", hint: "create.verification_code.hint", optional: true }),
      field("create", "password", { label: "create.password", hint: "create.password.hint", optional: true }),
      checklist,
      h(
        "details",
        { class: "more" },
        h("summary", { t: "common.more" }),
        field("create", "is_close_market_ms", { label: "create.is_close_market_ms", kind: "select", options: f.is_close_market_ms.allowed.map((v) => [v, `create.market.${v}`]), optional: true }),
        field("create", "indirect_partner_id", { label: "create.indirect_partner_id", hint: "create.indirect_partner_id.hint", optional: true }),
        field("create", "include_association_result", { label: "create.include_association_result", kind: "checkbox" }),
      ),
    ],
  });
  const password = form.elements.namedItem("password");
  password.setAttribute("aria-describedby", `${password.getAttribute("aria-describedby")} create-password-rules`);

  // The checklist: each item is the absence of its codes in the core's verdict on /password.
  let managedForm = null;
  const update = () => {
    const body = managedForm?.binding.body() ?? {};
    const empty = !password.value;
    const codes = new Set(validateField("CreateSubCustomer", "/password", body, { locale: locale(), normalize: true }).errors.filter((e) => e.path === "/password").map((e) => e.code));
    rules.forEach((r, i) => {
      const state = empty || (r.after || []).some((c) => codes.has(c)) ? "pending" : r.codes.some((c) => codes.has(c)) ? "unmet" : "met";
      const li = items[i];
      if (li.dataset.state === state) return;
      li.dataset.state = state;
      text(li.querySelector(".rule-state"), `create.rule.${state}`);
    });
  };
  form.addEventListener("input", (ev) => {
    if (["password", "domain_name", "mobile_phone"].includes(ev.target.name)) update();
  });
  form.addEventListener("reset", () => queueMicrotask(update));
  return { form, result, attach: (m) => ((managedForm = m), update()) };
}

export function registerPage(section) {
  const steps = [checkStep(), smsStep(), createStep()];
  const lis = steps.map((s, i) =>
    h("li", { class: "step-item", id: `register-step-${i + 1}`, "data-state": "todo" }, h("p", { class: "done-badge", hidden: true }, h("span", { "aria-hidden": "true" }, "✓ "), h("span", { t: "common.done" })), s.form),
  );
  section.append(h("ol", { class: "steps" }, lis));
  const [check, sms, create] = steps;

  manage(check.form, "CheckUserIdentity", {
    result: check.result,
    onSuccess(answer) {
      const { search_type: type, search_value: value } = answer.body;
      if (type === "mobile") {
        const bare = String(value).replace(/^0086-/, "");
        carry(sms.form, "mobile_phone", bare);
        carry(create.form, "mobile_phone", bare);
      } else if (type === "name") {
        carry(create.form, "domain_name", value);
      }
      done(lis[0]);
    },
    extra: (answer) => [answer.body.search_type !== "email" && h("p", { class: "carried" }, t("check.carried")), nextButton(lis[0], lis[1])],
  });
  manage(sms.form, "SendVerificationMessageCode", {
    result: sms.result,
    onSuccess(answer) {
      carry(create.form, "mobile_phone", answer.body.mobile_phone);
      done(lis[1]);
    },
    extra: () => nextButton(lis[1], lis[2]),
  });
  const createManaged = manage(create.form, "CreateSubCustomer", {
    result: create.result,
    onSuccess(answer) {
      // Real-name authentication follows, for the same platform.
      for (const prefix of ["personal", "enterprise", "change"]) {
        const form = document.getElementById(`${prefix}-form`);
        if (form) carry(form, "xaccount_type", answer.body.xaccount_type);
      }
      done(lis[2]);
    },
    extra: () => h("p", { class: "next" }, h("a", { href: "#realname", id: "create-next-realname", class: "link-button", t: "create.next.realname" })),
  });
  create.attach(createManaged);
}
