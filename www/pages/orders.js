// Orders: cancel an order awaiting payment; pay orders with up to three coupons and a discount.
// Which lists use_coupon / use_discount require or forbid is the core's rule, not this page's.
import { t } from "../i18n.js";
import { h, field, formCard, manage, fieldMap, optionLabel } from "../ui.js";

function cancelForm() {
  const { form, result } = formCard("cancel", {
    legend: "cancel.legend",
    submit: "cancel.submit",
    children: [field("cancel", "order_id", { label: "cancel.order_id", hint: "cancel.order_id.hint", attrs: { autocomplete: "off" } })],
  });
  manage(form, "CancelCustomerOrder", { result });
  return form;
}

function payForm() {
  const f = fieldMap("PayOrders");
  const yesNo = (name) => f[name].allowed.map((v) => [v, `pay.${v.toLowerCase()}`]);
  const coupons = f.coupon_infos, discounts = f.discount_infos;
  const couponType = f["coupon_infos.*.type"], discountType = f["discount_infos.*.type"];

  const couponRows = Array.from({ length: coupons.max_items }, (_, i) =>
    h(
      "fieldset",
      { class: "row", id: `pay-coupon-${i}` },
      h("legend", { t: () => t("pay.coupon", { n: i + 1 }) }),
      field("pay", `coupon_infos.${i}.id`, { label: "pay.coupon.id", attrs: { autocomplete: "off" } }),
      field("pay", `coupon_infos.${i}.type`, { label: "pay.coupon.type", kind: "select", options: couponType.allowed.map((v) => [v, optionLabel("pay.coupon.type", v)]) }),
      h("p", { class: "bss-error", "data-error-for": `coupon_infos.${i}`, hidden: true }),
    ),
  );
  const discountRows = Array.from({ length: discounts.max_items }, (_, i) =>
    h(
      "div",
      { class: "row", id: `pay-discount-${i}` },
      field("pay", `discount_infos.${i}.id`, { label: "pay.discount.id", attrs: { autocomplete: "off" } }),
      field("pay", `discount_infos.${i}.type`, {
        label: "pay.discount.type",
        hint: "pay.discount.type.hint",
        attrs: { list: "pay-discount-types" },
      }),
      h("p", { class: "bss-error", "data-error-for": `discount_infos.${i}`, hidden: true }),
    ),
  );
  const types = h("datalist", { id: "pay-discount-types" }, discountType.allowed.map((v) => h("option", { value: String(v), t: `pay.discount.type.${v}` })));

  const { form, result } = formCard("pay", {
    legend: "pay.legend",
    submit: "pay.submit",
    children: [
      field("pay", "order_id", { label: "pay.order_id", attrs: { autocomplete: "off" } }),
      h("div", { class: "pair" }, field("pay", "use_coupon", { label: "pay.use_coupon", kind: "select", options: yesNo("use_coupon"), value: "NO" }), field("pay", "use_discount", { label: "pay.use_discount", kind: "select", options: yesNo("use_discount"), value: "NO" })),
      h(
        "fieldset",
        { class: "group", id: "pay-coupons", "aria-describedby": "pay-coupons-hint" },
        h("legend", { t: "pay.coupons" }),
        h("p", { class: "hint", id: "pay-coupons-hint", t: () => t("pay.coupons.hint", { max: coupons.max_items }) }),
        h("p", { class: "bss-error", id: "pay-coupons-error", "data-error-for": "coupon_infos", hidden: true }),
        h("div", { class: "rows" }, couponRows),
      ),
      h(
        "fieldset",
        { class: "group", id: "pay-discounts", "aria-describedby": "pay-discounts-hint" },
        h("legend", { t: "pay.discount" }),
        h("p", { class: "hint", id: "pay-discounts-hint", t: "pay.discount.hint" }),
        h("p", { class: "bss-error", id: "pay-discounts-error", "data-error-for": "discount_infos", hidden: true }),
        discountRows,
        types,
      ),
    ],
  });
  manage(form, "PayOrders", { result });
  return form;
}

export function ordersPage(section) {
  section.append(h("div", { class: "stack" }, cancelForm(), payForm()));
}
