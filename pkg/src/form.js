// Plain-DOM form binding: see "Forms in plain HTML" in README.md. Every verdict is the core's.
import * as core from "./core.js";

const states = new WeakMap();
let uid = 0;
const all = (form, css) => [...form.querySelectorAll(css)];
const controls = (form) =>
  all(form, "input,select,textarea").filter((el) => !/^(submit|button|reset|image|file)$/.test(el.type));
const marker = (form, name) => all(form, "[data-error-for]").find((el) => el.getAttribute("data-error-for") === name);
const pattern = (name) => name.replace(/\.\d{1,3}(?=\.|$)/g, ".*"); // coupon_infos.0.id → coupon_infos.*.id
const state = (form) => states.get(form) || states.set(form, { cur: [], seen: new Set(), marks: [] }).get(form);

function mark(el, id, on) {
  const ids = (el.getAttribute("aria-describedby") || "").split(" ").filter((t) => t && t != id);
  if (on) ids.push(id), el.setAttribute("aria-invalid", "true");
  else el.removeAttribute("aria-invalid");
  ids[0] ? el.setAttribute("aria-describedby", ids.join(" ")) : el.removeAttribute("aria-describedby");
}

function message(form, name, after) {
  let el = marker(form, name);
  if (!el) {
    el = document.createElement("p");
    el.className = "bss-error";
    el.setAttribute("data-error-for", name);
    if (after) (after.closest("label") || after).after(el);
    else el.setAttribute("role", "alert"), form.prepend(el);
  }
  el.id ||= "bss-e" + ++uid;
  return el;
}

// Shows the errors of touched fields (all after a submit); returns how many landed on a control.
function render(form, st) {
  for (const [el, msg] of st.marks) el && mark(el, msg.id), (msg.textContent = ""), (msg.hidden = true);
  const texts = new Map();
  let placed = 0;
  st.marks = [];
  for (const e of st.cur) {
    let n = e.path.slice(1).replace(/\//g, "."), els, msg;
    if (!st.sub && ![...st.seen].some((t) => (t + ".").startsWith(n + "."))) continue;
    for (;;) {
      els = controls(form).filter((el) => n && el.name == n);
      if ((msg = els[0] ? message(form, n, els.at(-1)) : marker(form, n) || (!n && message(form, n)))) break;
      n = n.slice(0, Math.max(n.lastIndexOf("."), 0));
    }
    placed += !!els[0];
    st.marks.push([null, msg]);
    for (const el of els) mark(el, msg.id, 1), st.marks.push([el, msg]);
    texts.set(msg, (texts.get(msg) || new Set()).add(String(e.message || e.code)));
  }
  for (const [msg, t] of texts) (msg.textContent = [...t].join(" ")), (msg.hidden = false);
  return placed;
}

function relocalize(st, locale) {
  const fresh = core.validate(st.op, st.values(), { ...st.opts(), locale }).errors;
  st.cur = st.cur.map((e) => fresh.find((f) => f.path == e.path && f.code == e.code) || e);
}

// A server judging by other rules than this package (its `BSS-Rules-Version` header or a
// problem's `rulesVersion` member differs from rulesVersion()): one console.warn a page, and
// each form's callback once per server version. An answer naming no version is not compared.
let warned = false;
function compareRules(form, theirs, callback) {
  if (typeof theirs != "string" || !theirs) return;
  if (!core.loaded()) return void core.ready().then(() => compareRules(form, theirs, callback), () => {});
  const ours = core.rulesVersion(), st = state(form);
  if (theirs == ours || st.told?.has(theirs)) return;
  (st.told ||= new Set()).add(theirs);
  if (!warned) {
    warned = true;
    console.warn(`bss-validate: the server's rules (${theirs}) are not this page's (${ours}); their verdicts may differ. Deploy both from one build.`);
  }
  callback?.({ ours, theirs });
}

/** The rules version of an answer: a fetch Response, or any object with its `headers`. */
function headerOf(answer) {
  try {
    return answer?.headers?.get?.("bss-rules-version");
  } catch {}
}

export function bindForm(form, operation, options = {}) {
  const { validateOn = "input", normalize = true, onValid, onInvalid, onRulesMismatch } = options;
  const st = state(form);
  if (st.kill) st.kill();
  st.loc = options.locale || "en";
  const types = Object.create(null);
  const walk = (f, key) => {
    types[key] = f.type;
    f.items && walk(f.items, key + ".*");
    for (const g of f.fields || []) walk(g, key + "." + g.name);
  };
  for (const f of core.fields(operation)) walk(f, f.name);
  const attrs = core.htmlAttributes(operation);

  // The controls' values as the form holds them (text, and a boolean field's checkbox), for
  // the core to read as a form's values: an empty control is "not given", integer text an integer.
  const values = () => {
    const out = Object.create(null);
    for (const el of controls(form)) {
      const type = types[pattern(el.name)], path = el.name.split(".");
      let v = el.value, at = out;
      if (!type || el.disabled) continue;
      if (el.type == "checkbox" && type == "boolean") v = el.checked;
      else if (/^(checkbox|radio)$/.test(el.type) && !el.checked) continue;
      path.forEach((seg, i) => {
        if (i == path.length - 1) return (at[seg] = v);
        if (!at[seg] || typeof at[seg] != "object") at[seg] = /^\d/.test(path[i + 1]) ? [] : Object.create(null);
        at = at[seg];
      });
    }
    return out;
  };
  const opts = () => ({ locale: st.loc, normalize, form: true });
  const dress = (el) => {
    if (el.type != "checkbox")
      for (const [k, v] of Object.entries(attrs[pattern(el.name)] || {}))
        if (!el.hasAttribute(k)) el.setAttribute(k, v === true ? "" : v);
  };
  controls(form).forEach(dress);
  const novalidate = form.noValidate;
  form.noValidate = true;

  const check = () => {
    const outcome = core.validate(operation, values(), opts());
    st.sub = true;
    st.cur = outcome.errors;
    render(form, st);
    return outcome;
  };
  const trigger = { input: "input", blur: "focusout" }[validateOn];
  const onField = ({ target: el, type }) => {
    if (!el.name || !types[pattern(el.name)] || !controls(form).includes(el)) return;
    if (type == "focusin") return dress(el);
    if (type != trigger && !(type == "input" && el.getAttribute("aria-invalid") == "true")) return;
    st.seen.add(el.name);
    // A list item: check the whole list.
    const r = core.validateField(operation, "/" + el.name.split(".")[0], values(), opts());
    st.cur = st.cur.filter((e) => !r.scope.some((s) => e.path == s || e.path.startsWith(s + "/"))).concat(r.errors);
    render(form, st);
  };
  const events = {
    input: onField,
    focusin: onField,
    focusout: onField,
    submit(ev) {
      ev.preventDefault();
      const outcome = check();
      // onValid may return the server's answer (or its promise): its rules are compared.
      if (outcome.ok) return answered(onValid?.(outcome.value, outcome));
      form.querySelector("[aria-invalid=true]")?.focus();
      onInvalid?.(outcome);
    },
    reset() {
      st.cur = [];
      st.seen.clear();
      st.sub = 0;
      render(form, st);
    },
  };
  for (const k in events) form.addEventListener(k, events[k]);
  const answered = (r) => (typeof r?.then == "function" ? r.then(answered) : compareRules(form, headerOf(r), onRulesMismatch));
  const kill = () => {
    for (const k in events) form.removeEventListener(k, events[k]);
    form.noValidate = novalidate;
    st.op = st.kill = st.onRulesMismatch = null;
  };
  Object.assign(st, { op: operation, values, opts, kill, onRulesMismatch });

  return {
    validate: check,
    body: () => core.prepare(operation, values(), { form: true }).value,
    setLocale(locale) {
      if (st.kill == kill) (st.loc = locale), relocalize(st, locale), render(form, st);
    },
    destroy: () => st.kill == kill && kill(),
  };
}

export function applyProblem(form, problem, options) {
  const st = state(form);
  st.cur = (Array.isArray(problem?.errors) ? problem.errors : []).filter((e) => typeof e?.path == "string");
  for (const e of st.cur) st.seen.add(e.path.slice(1).replace(/\//g, "."));
  if (st.op) relocalize(st, options?.locale || st.loc);
  compareRules(form, problem?.rulesVersion, options?.onRulesMismatch || st.onRulesMismatch);
  return render(form, st);
}
