// Playground: any operation. A JSON editor checked as you type (errors, normalised body), a
// "send to server" button, and a form made from the operation's field table, bound like the others.
import { operations, fields, validate, normalize } from "bss-validate";
import { t, locale, onLocale, groupDigits } from "../i18n.js";
import { h, field, manage, resultArea, formCard, post, pretty, renderAnswer } from "../ui.js";
import { sample } from "../samples.js";

const ROWS = 3; // list rows in the generated form (fewer when the list allows fewer)

/** "required · 5–32 characters · format account_name" from a field's table entry. */
function describe(info) {
  const parts = [t(`pg.hint.${info.presence}`)];
  if (info.min_length !== undefined && info.max_length !== undefined) parts.push(t("pg.hint.length", { min: info.min_length, max: info.max_length }));
  else if (info.max_length !== undefined) parts.push(t("pg.hint.maxLength", { max: info.max_length }));
  const max = info.maximum !== undefined ? groupDigits(info.maximum) : "∞";
  if (info.exclusive_minimum !== undefined) parts.push(t("pg.hint.moreThan", { min: info.exclusive_minimum, max }));
  else if (info.minimum !== undefined) parts.push(t("pg.hint.range", { min: groupDigits(info.minimum), max }));
  if (info.max_scale !== undefined) parts.push(t("pg.hint.decimals", { scale: info.max_scale }));
  if (info.format) parts.push(t("pg.hint.format", { format: info.format }));
  if (info.type === "boolean") parts.push(t("pg.hint.boolean"));
  return parts.join(" · ");
}

function control(name, info, label) {
  const spec = { label: () => label ?? name, hint: () => describe(info) };
  if (info.type === "boolean") return field("pg-gen", name, { ...spec, kind: "checkbox" });
  if (info.allowed) return field("pg-gen", name, { ...spec, kind: "select", options: info.allowed.map((v) => [v, () => String(v)]) });
  return field("pg-gen", name, spec);
}

/** The controls of an operation's form: wire names, list items as dotted names. */
function controls(operation) {
  return fields(operation).map((f) => {
    if (f.type !== "array") return control(f.name, f);
    const rows = Math.max(1, Math.min(f.max_items ?? ROWS, ROWS));
    const items = Array.from({ length: rows }, (_, i) => {
      const item = `${f.name}.${i}`;
      if (f.items.type !== "object") return control(item, f.items, `${f.name}[${i}]`);
      return h(
        "fieldset",
        { class: "row" },
        h("legend", { t: () => t("pg.item", { name: f.name, n: i + 1 }) }),
        (f.items.fields || []).map((g) => control(`${item}.${g.name}`, g, `${f.name}[${i}].${g.name}`)),
        h("p", { class: "bss-error", "data-error-for": item, hidden: true }),
      );
    });
    return h(
      "fieldset",
      { class: "group" },
      h("legend", {}, h("code", {}, f.name)),
      h("p", { class: "hint", t: () => describe(f) }),
      h("p", { class: "bss-error", "data-error-for": f.name, hidden: true }),
      h("div", { class: "rows" }, items),
    );
  });
}

export function playgroundPage(section) {
  const ops = operations();
  const select = h(
    "select",
    { id: "pg-op", name: "operation" },
    ops.map((o) => h("option", { value: o.name }, `${o.name} — ${o.title}`)),
  );
  const info = h("p", { id: "pg-op-info", class: "hint" });
  const editor = h("textarea", { id: "pg-json", rows: 12, spellcheck: "false", autocapitalize: "off", autocomplete: "off", "aria-describedby": "pg-json-hint" });
  const verdict = h("div", { id: "pg-verdict", class: "verdict", role: "status", "aria-live": "polite" });
  const normalized = h("pre", { id: "pg-normalized", class: "json" });
  const server = resultArea("pg-server");
  const formHost = h("div", { id: "pg-form-host" });
  let current = null; // the generated form's managed entry

  const check = () => {
    const op = select.value;
    let body;
    try {
      body = JSON.parse(editor.value);
    } catch (e) {
      verdict.dataset.state = "syntax";
      verdict.replaceChildren(h("p", { class: "bad" }, t("pg.syntax", { message: e.message })));
      normalized.replaceChildren();
      return;
    }
    const outcome = validate(op, body, { locale: locale(), normalize: true });
    verdict.dataset.state = outcome.ok ? "ok" : "invalid";
    verdict.replaceChildren(
      outcome.ok
        ? h("p", { class: "good" }, h("span", { "aria-hidden": "true" }, "✓ "), t("pg.ok"))
        : h(
            "table",
            { id: "pg-errors" },
            h("caption", {}, t("pg.errors", { n: outcome.errors.length })),
            h("thead", {}, h("tr", {}, ["path", "code", "message"].map((c) => h("th", { scope: "col" }, t(`pg.col.${c}`))))),
            h(
              "tbody",
              {},
              outcome.errors.map((e) => h("tr", { "data-path": e.path, "data-code": e.code }, h("td", {}, h("code", {}, e.path || '""')), h("td", {}, h("code", {}, e.code)), h("td", {}, e.message))),
            ),
          ),
    );
    normalized.replaceChildren(h("code", {}, pretty(normalize(op, body).value)));
  };

  const build = () => {
    const op = select.value;
    const o = ops.find((x) => x.name === op);
    info.replaceChildren(h("code", {}, `${o.method} ${o.path}`), " · ", h("span", { t: `pg.site.${o.site}` }));
    editor.value = pretty(sample(op, fields(op)));
    server.show(() => h("p", { class: "hint" }, t("pg.server.none")), "idle");
    check();
    current?.drop();
    const { form, result } = formCard("pg-gen", { legend: () => `${op}`, submit: "pg.form.submit", children: controls(op) });
    form.classList.add("generated");
    form.querySelector(".actions").append(
      h("button", {
        type: "button",
        id: "pg-gen-to-json",
        class: "secondary",
        t: "pg.form.toJson",
        onclick() {
          editor.value = pretty(current.binding.body());
          check();
        },
      }),
    );
    formHost.replaceChildren(form);
    current = manage(form, op, { result });
    form.dataset.operation = op;
  };

  select.addEventListener("change", build);
  editor.addEventListener("input", check);
  onLocale(check);

  const send = h("button", {
    type: "button",
    id: "pg-send",
    t: "pg.send",
    async onclick() {
      send.disabled = true;
      try {
        const r = await post(select.value, editor.value);
        const status = `HTTP ${r.status}`;
        if (r.ok) server.show(() => [h("p", { class: "status-line" }, status), renderAnswer(r.answer)], "ok");
        else server.show(() => [h("p", { class: "status-line" }, `${status} · ${r.data?.title ?? ""}`), h("pre", { class: "json" }, h("code", {}, pretty(r.data)))], "problem");
      } catch (e) {
        server.show(() => h("p", {}, t("common.network", { message: e.message })), "error");
      } finally {
        send.disabled = false;
      }
    },
  });
  const reset = h("button", {
    type: "button",
    id: "pg-reset",
    class: "secondary",
    t: "pg.reset",
    onclick() {
      editor.value = pretty(sample(select.value, fields(select.value)));
      check();
    },
  });

  section.append(
    h(
      "div",
      { class: "playground" },
      h(
        "div",
        { class: "card editor" },
        h("div", { class: "field" }, h("label", { for: "pg-op", t: "pg.operation" }), select, info),
        h("div", { class: "field" }, h("label", { for: "pg-json", t: "pg.json" }), h("p", { class: "hint", id: "pg-json-hint", t: "pg.json.hint" }), editor),
        h("div", { class: "actions" }, send, reset),
        h("h3", { t: "pg.verdict" }),
        verdict,
        h("h3", { t: "pg.normalized" }),
        normalized,
        h("h3", { t: "pg.server" }),
        server.el,
      ),
      h("div", { class: "generated-host" }, h("h3", { t: "pg.form" }), formHost),
    ),
  );
  build();
}
