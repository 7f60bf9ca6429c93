// Shared pieces of the portal: DOM building with live (re-translated) texts, form fields, the
// server call, result areas, and the registry of bound forms that follows the language and the
// "skip browser checks" switch.
import { bindForm, applyProblem, fields } from "bss-validate";
import { t, locale, onLocale } from "./i18n.js";

// ---- DOM with texts that follow the language ----

const liveTexts = new Map(); // element -> () => text
const liveAttrs = new Map(); // element -> { attribute: () => text }

const asFn = (v) => (typeof v === "function" ? v : () => t(v));

/** Sets `el`'s text now and again whenever the language changes. */
export function text(el, key) {
  const fn = asFn(key);
  liveTexts.set(el, fn);
  el.textContent = fn();
  return el;
}

function attr(el, name, key) {
  const fn = asFn(key);
  const all = liveAttrs.get(el) || {};
  all[name] = fn;
  liveAttrs.set(el, all);
  el.setAttribute(name, fn());
}

/**
 * `h("label", { for: "x", t: "key" }, child…)`: `t` is a dictionary key (or a function giving
 * the text) kept in the current language; `t:<attr>` does the same for an attribute; `on<event>`
 * adds a listener; `value`/`checked`/`hidden` set the properties; anything else is an attribute.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  let value;
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === "t") text(el, v);
    else if (k.startsWith("t:")) attr(el, k.slice(2), v);
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "value") value = v;
    else if (k === "checked" || k === "hidden" || k === "open") el[k] = true;
    else el.setAttribute(k, v === true ? "" : v);
  }
  el.append(...children.flat(Infinity).filter((c) => c != null && c !== false));
  if (value !== undefined) el.value = value;
  return el;
}

/** An enum option's label: "value · name" where the dictionary names `prefix.value`, else the value. */
export const optionLabel = (prefix, value) => () => {
  const key = `${prefix}.${value}`;
  return t(key) === key ? String(value) : `${value} · ${t(key)}`;
};

/** The id of a control: the form's prefix and the dotted name, dots as dashes. */
export const controlId = (prefix, name) => `${prefix}-${name.replace(/\./g, "-")}`;

/** The field table of an operation as a map of dotted names (`coupon_infos.*.id`) to infos. */
export function fieldMap(operation) {
  const out = {};
  const walk = (f, key) => {
    out[key] = f;
    if (f.items) walk(f.items, key + ".*");
    for (const g of f.fields || []) walk(g, key + "." + g.name);
  };
  for (const f of fields(operation)) walk(f, f.name);
  return out;
}

/**
 * One labelled control: label, hint, control (the error message `bindForm` adds goes right after
 * it). `spec`: `{ label, hint?, kind: "input"|"select"|"textarea"|"checkbox", options?: [[value,
 * label]], optional?, attrs? }`; labels and hints are keys or functions.
 */
export function field(prefix, name, spec) {
  const id = controlId(prefix, name);
  const hintId = spec.hint ? id + "-hint" : null;
  const common = { id, name, "aria-describedby": hintId, ...spec.attrs };
  const optional = spec.optional ? h("span", { class: "optional", t: () => `(${t("common.optional")})` }) : null;
  if (spec.kind === "checkbox") {
    return h(
      "div",
      { class: "field field-check" },
      h("input", { type: "checkbox", ...common }),
      h("label", { for: id, t: spec.label }),
      hintId && h("p", { class: "hint", id: hintId, t: spec.hint }),
      h("p", { class: "bss-error", "data-error-for": name, hidden: true }), // not between box and label
    );
  }
  let control;
  if (spec.kind === "select") {
    const opts = (spec.options || []).map(([value, label]) => h("option", { value: String(value), t: label }));
    if (spec.placeholder !== false) opts.unshift(h("option", { value: "", t: "common.choose" }));
    control = h("select", { ...common, value: spec.value }, opts);
  } else if (spec.kind === "textarea") {
    control = h("textarea", { ...common, value: spec.value, rows: spec.rows || 4 });
  } else {
    control = h("input", { ...common, value: spec.value }); // type, inputmode, autocomplete: from htmlAttributes via bindForm
  }
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, h("span", { t: spec.label }), optional && " ", optional),
    hintId && h("p", { class: "hint", id: hintId, t: spec.hint }),
    control,
  );
}

// ---- Results ----

/** A polite live region under a form; `show(render)` re-renders in the new language too. */
export function resultArea(id) {
  const el = h("div", { id, class: "result", role: "status", "aria-live": "polite" });
  el.hidden = true;
  let last = null;
  const nodes = () => [].concat(last()).flat(Infinity).filter((n) => n != null && n !== false);
  const area = {
    el,
    show(render, state = "") {
      last = render;
      el.dataset.state = state;
      el.replaceChildren(...nodes());
      el.hidden = false;
    },
    clear() {
      last = null;
      el.replaceChildren();
      el.hidden = true;
      delete el.dataset.state;
    },
    refresh() {
      if (last) el.replaceChildren(...nodes());
    },
  };
  results.add(area);
  return area;
}
const results = new Set();

export const pretty = (value) => JSON.stringify(value, null, 2);

/**
 * What a 200 from the server looks like: method, path, the normalised body, and what was
 * tidied: by the browser (`before`, bindForm's outcome.changes) or else by the server.
 */
export function renderAnswer(answer, before = []) {
  const changes = before.concat(answer.changes || []);
  const out = [
    h("p", { class: "result-title" }, h("span", { class: "badge badge-ok", "aria-hidden": "true" }, "✓"), " ", t("common.wouldSend")),
    h("p", { class: "request-line" }, h("code", {}, `${answer.method} ${answer.path ?? ""}`)),
    h("pre", { class: "json" }, h("code", {}, pretty(answer.body))),
  ];
  if (changes.length) {
    out.push(
      h("p", {}, t("common.changes")),
      h("ul", { class: "changes" }, changes.map((c) => h("li", {}, h("code", {}, c.path), " ", JSON.stringify(c.from), " → ", JSON.stringify(c.to)))),
    );
  }
  return out;
}

// ---- The server ----

/**
 * POSTs a body (an object, or raw text) to `/api/{operation}` in the UI language. Resolves to
 * `{ status, ok, headers, problem?, answer?, data }`; rejects only when the server cannot be reached.
 */
export async function post(operation, body) {
  const res = await fetch(`/api/${encodeURIComponent(operation)}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json, application/problem+json", "Accept-Language": locale() },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const type = res.headers.get("content-type") || "";
  let data = null;
  if (/json/.test(type)) data = await res.json().catch(() => null);
  else data = { title: (await res.text().catch(() => "")).slice(0, 200) };
  return {
    status: res.status,
    ok: res.ok,
    headers: res.headers, // returned to bindForm by onValid: it compares the server's BSS-Rules-Version with the package's
    problem: type.startsWith("application/problem+json") ? data : null,
    answer: res.ok ? data : null,
    data,
  };
}

// ---- Bound forms ----

const managed = new Set();
let skipChecks = false;

/** Opens the `<details>` that hold an invalid control, so the control can be seen and focused. */
function reveal(form) {
  for (const d of form.querySelectorAll("details")) if (d.querySelector('[aria-invalid="true"]')) d.open = true;
}

/**
 * Binds `form` to `operation` with the package's `bindForm`, sends valid bodies to the server
 * and shows its answer in `result`. With browser checks skipped, the binding is destroyed and
 * the form posts `binding.body()` as it is; the server's problem lands on the fields through
 * `applyProblem`. `onSuccess(answer)` runs after a 200; `extra(answer)` adds nodes to its result.
 */
export function manage(form, operation, { result, onSuccess, extra } = {}) {
  let binding = null;
  const submitter = () => form.querySelector('button[type="submit"], button:not([type])');

  const send = async (body, changes = []) => {
    const button = submitter();
    if (button) button.disabled = true;
    form.setAttribute("aria-busy", "true");
    result.show(() => h("p", {}, t("common.sending")), "pending");
    try {
      const r = await post(operation, body);
      if (r.ok) {
        result.show(() => renderAnswer(r.answer, changes).concat(extra?.(r.answer) ?? []), "ok");
        onSuccess?.(r.answer);
      } else if (r.problem && Array.isArray(r.problem.errors)) {
        applyProblem(form, r.problem, { locale: locale() });
        reveal(form);
        form.querySelector('[aria-invalid="true"]')?.focus();
        const p = r.problem;
        result.show(() => [p.title && h("p", { class: "result-title" }, p.title), h("p", {}, t("common.problem", { status: p.status ?? r.status, n: p.errors.length }))], "problem");
      } else {
        const d = r.data || {};
        result.show(() => [h("p", {}, t("common.httpError", { status: r.status, title: d.title ?? "" })), d.detail ? h("p", {}, String(d.detail)) : null], "error");
      }
      return r;
    } catch (e) {
      result.show(() => h("p", {}, t("common.network", { message: e.message })), "error");
    } finally {
      if (button) button.disabled = false;
      form.removeAttribute("aria-busy");
    }
  };

  const bind = () => {
    binding = bindForm(form, operation, {
      locale: locale(),
      onValid: (body, outcome) => send(body, outcome.changes),
      onInvalid: (outcome) => {
        reveal(form);
        form.querySelector('[aria-invalid="true"]')?.focus();
        result.show(() => h("p", {}, t("common.invalid", { n: outcome.errors.length })), "invalid");
      },
    });
  };
  // Browser checks off: the body as the controls make it, unchecked, straight to the server.
  const rawSubmit = (ev) => {
    ev.preventDefault();
    send(binding.body());
  };
  const entry = {
    form,
    operation,
    get binding() {
      return binding;
    },
    setSkip(skip) {
      if (skip) {
        binding.destroy();
        form.noValidate = true; // destroy() restores it; the browser's own bubbles are browser checks too
        form.addEventListener("submit", rawSubmit);
      } else {
        form.removeEventListener("submit", rawSubmit);
        bind();
      }
    },
    setLocale(loc) {
      binding.setLocale(loc);
    },
    /** Removes the form from the registry (a regenerated playground form). */
    drop() {
      form.removeEventListener("submit", rawSubmit);
      binding.destroy();
      managed.delete(entry);
    },
    send,
  };
  bind();
  if (skipChecks) entry.setSkip(true);
  managed.add(entry);
  return entry;
}

/** The "skip browser checks" switch: every bound form, now and later. */
export function setSkipChecks(skip) {
  if (skip === skipChecks) return;
  skipChecks = skip;
  for (const m of managed) m.setSkip(skip);
}
export const skippingChecks = () => skipChecks;

// The language: texts, attributes, results and every binding's messages.
onLocale((loc) => {
  for (const [el, fn] of liveTexts) el.isConnected ? (el.textContent = fn()) : liveTexts.delete(el);
  for (const [el, all] of liveAttrs) {
    if (!el.isConnected) liveAttrs.delete(el);
    else for (const [name, fn] of Object.entries(all)) el.setAttribute(name, fn());
  }
  for (const r of results) r.el.isConnected ? r.refresh() : results.delete(r);
  for (const m of managed) m.setLocale(loc);
});

/** A form with a fieldset and legend, its fields, a submit button and a result area. */
export function formCard(prefix, { legend, children, submit, step }) {
  const result = resultArea(`${prefix}-result`);
  const form = h(
    "form",
    { id: `${prefix}-form`, class: "card", "aria-labelledby": `${prefix}-legend` },
    h(
      "fieldset",
      {},
      h("legend", { id: `${prefix}-legend` }, step ? h("span", { class: "step", t: step }) : null, h("span", { class: "legend-text", t: legend })),
      children,
      h("div", { class: "actions" }, h("button", { type: "submit", id: `${prefix}-submit`, t: submit })),
    ),
    result.el,
  );
  return { form, result };
}
