// The partner portal: five sections switched by the URL hash, a language switch and a
// "skip browser checks" switch. Every rule and message comes from the bss-validate package.
import { ready } from "bss-validate";
import { t, setLocale, locale, initialLocale } from "./i18n.js";
import { text, setSkipChecks } from "./ui.js";
import { registerPage } from "./pages/register.js";
import { realnamePage } from "./pages/realname.js";
import { fundsPage } from "./pages/funds.js";
import { ordersPage } from "./pages/orders.js";
import { playgroundPage } from "./pages/playground.js";

const PAGES = { register: registerPage, realname: realnamePage, funds: fundsPage, orders: ordersPage, playground: playgroundPage };
const DEFAULT = "register";
const $ = (id) => document.getElementById(id);

// Language first (the saved choice, else the browser's), so the forms are bound in it.
let saved = null;
try {
  saved = localStorage.getItem("portal.lang");
} catch {}
setLocale(initialLocale(saved, navigator.language));

// Static texts of index.html: data-i18n (text) and data-i18n-aria-label.
for (const el of document.querySelectorAll("[data-i18n]")) text(el, el.dataset.i18n);

// The forms are bound once the package's WebAssembly module is ready (index.html preloads
// it beside the JS); until then the page shows its boot notice.
await ready();
for (const [name, build] of Object.entries(PAGES)) build($(`page-${name}`));

function route({ focus = true } = {}) {
  const want = location.hash.slice(1);
  // Another fragment (the skip link's #main) keeps the section shown.
  if (!(want in PAGES) && want && document.body.dataset.page) return;
  const name = want in PAGES ? want : DEFAULT;
  for (const page of Object.keys(PAGES)) {
    $(`page-${page}`).hidden = page !== name;
    const link = $(`nav-${page}`);
    if (page === name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.body.dataset.page = name;
  document.title = `${t(`nav.${name}`)} · ${t("app.title")}`;
  if (focus) $(`h-${name}`).focus();
}
addEventListener("hashchange", () => route());

// Language switch: rule messages follow through the bindings (ui.js).
const lang = $("lang");
function applyLocale(next) {
  setLocale(next);
  document.documentElement.lang = locale();
  lang.value = locale();
  for (const el of document.querySelectorAll("[data-i18n-aria-label]")) el.setAttribute("aria-label", t(el.dataset.i18nAriaLabel));
  route({ focus: false });
}
lang.addEventListener("change", () => {
  applyLocale(lang.value);
  try {
    localStorage.setItem("portal.lang", locale());
  } catch {}
});

// Skip browser checks: every form posts its raw body and shows the server's verdict.
const skip = $("skip-checks");
const followSkip = () => {
  setSkipChecks(skip.checked);
  $("no-checks").hidden = !skip.checked;
};
skip.addEventListener("change", followSkip);
followSkip(); // a checkbox the browser restored on reload

applyLocale(locale());
$("boot").hidden = true;
document.body.dataset.ready = "yes";
