// The app: one of the README's two forms (src/readme/, extracted from pkg/README.md by the test)
// in a Suspense boundary, picked by ?lib=rhf|tanstack&locale=en|zh-CN. Each body that reaches
// the submit handler is recorded for the test, with the wasm's URL as Vite's `?url` gives it;
// the page marks when it first rendered and when the package first validated, for
// tests/bench/js/first-validation.mjs.
import { StrictMode, Suspense, useEffect } from "react";
import { createRoot } from "react-dom/client";
import { ready, validate, type Locale, type OperationInput } from "bss-validate";
import wasmUrl from "bss-validate/wasm?url"; // the README's recipe for a page rendered elsewhere
import { ReclaimFormRhf } from "./readme/ReclaimFormRhf.tsx";
import { ReclaimFormTanStack } from "./readme/ReclaimFormTanStack.tsx";

declare global {
  interface Window {
    submitted: OperationInput<"ReclaimToPartnerAccount">[];
    wasmUrl: string;
  }
}

const query = new URLSearchParams(location.search);
const locale: Locale = query.get("locale") ?? "en";
const Form = query.get("lib") === "tanstack" ? ReclaimFormTanStack : ReclaimFormRhf;
window.submitted = [];
window.wasmUrl = wasmUrl;

void ready().then(() => {
  validate("ReclaimToPartnerAccount", { customer_id: "c1", amount: "1" });
  performance.mark("first-validation");
});

function App() {
  useEffect(() => void performance.mark("first-render"), []);
  return (
    <main>
      <h1>Reclaim</h1>
      <Suspense fallback={<p id="loading">Loading the validators…</p>}>
        <Form locale={locale} onSubmit={(body) => window.submitted.push(body)} />
      </Suspense>
    </main>
  );
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
