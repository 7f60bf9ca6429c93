// Funds: allocate to / reclaim from a customer or a reseller. The amount hints carry each
// endpoint's own bounds, read from the package's field table.
import { t, groupDigits } from "../i18n.js";
import { h, field, formCard, manage, fieldMap } from "../ui.js";

const FORMS = [
  { prefix: "adjust", operation: "UpdateCustomerAccountAmount", party: "customer" },
  { prefix: "reclaim", operation: "ReclaimToPartnerAccount", party: "customer" },
  { prefix: "reseller-adjust", operation: "UpdateIndirectPartnerAccount", party: "reseller" },
  { prefix: "reseller-reclaim", operation: "ReclaimIndirectPartnerAccount", party: "reseller" },
];

/** "More than 0 and at most 2,147,483,647 yuan, up to 2 decimals." from the field's bounds. */
export function amountHint(info) {
  const exclusive = info.minimum === undefined;
  return () =>
    t(exclusive ? "funds.amount.hint.exclusive" : "funds.amount.hint.inclusive", {
      min: groupDigits(exclusive ? info.exclusive_minimum ?? "0" : info.minimum),
      max: groupDigits(info.maximum),
      scale: info.max_scale,
    });
}

export function fundsPage(section) {
  const cards = FORMS.map(({ prefix, operation, party }) => {
    const f = fieldMap(operation);
    const children =
      party === "customer"
        ? [
            field(prefix, "customer_id", { label: "funds.customer_id", attrs: { autocomplete: "off" } }),
            field(prefix, "amount", { label: "funds.amount", hint: amountHint(f.amount) }),
            field(prefix, "indirect_partner_id", { label: "funds.indirect_partner_id.customer", hint: "funds.indirect_partner_id.customer.hint", optional: true, attrs: { autocomplete: "off" } }),
          ]
        : [
            field(prefix, "indirect_partner_id", { label: "funds.indirect_partner_id", attrs: { autocomplete: "off" } }),
            field(prefix, "amount", { label: "funds.amount", hint: amountHint(f.amount) }),
          ];
    const { form, result } = formCard(prefix, { legend: `${prefix}.legend`, submit: `${prefix}.submit`, children });
    manage(form, operation, { result });
    return form;
  });
  section.append(h("div", { class: "grid" }, cards));
}
