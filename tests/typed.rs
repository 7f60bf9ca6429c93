//! Every valid body of the corpus builds its typed struct, from a `serde_json::Value` and from
//! its JSON text alike, and the struct serializes back to a body that is still valid: the
//! generated structs and the tables agree.

#![cfg(not(target_arch = "wasm32"))]

use bss_validate::request::{self, Request};
use serde_json::Value;

fn round_trip<T: Request + PartialEq + std::fmt::Debug>(input: &Value) -> Result<Value, String> {
    let typed: T = request::parse(input).map_err(|errors| format!("{errors:?}"))?;
    let text = serde_json::to_vec(input).map_err(|e| e.to_string())?;
    let from_text: T = request::from_slice(&text, bss_validate::Locale::En).map_err(|e| format!("{e:?}"))?;
    assert_eq!(from_text, typed, "the text and the value build different structs");
    serde_json::to_value(&typed).map_err(|e| e.to_string())
}

/// `via_struct(op, input)`: the round trip through the struct of `op`, for every struct.
macro_rules! via_struct {
    ($($t:ident),* $(,)?) => {
        fn via_struct(op: &str, input: &Value) -> Result<Value, String> {
            match op {
                $(stringify!($t) => round_trip::<request::$t>(input),)*
                other => panic!("no typed struct for {other}"),
            }
        }
    };
}
bss_validate::for_each_request!(via_struct);

#[test]
fn every_valid_vector_round_trips_through_its_struct() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors");
    let mut checked = 0;
    let mut seen_ops = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue; // forms/ holds the form-layer vectors
        }
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let Some(op) = doc["operation"].as_str() else { continue };
        for case in doc["cases"].as_array().unwrap() {
            if case["expect"]["ok"] != Value::Bool(true) {
                continue;
            }
            let back = via_struct(op, &case["input"]).unwrap_or_else(|e| panic!("{op} / {}: {e}", case["name"]));
            let again = bss_validate::validate(op, &back).unwrap();
            assert!(again.ok, "{op} / {}: the struct wrote {back}, which is invalid: {:?}", case["name"], again.errors);
            checked += 1;
            seen_ops.insert(op.to_owned());
        }
    }
    assert_eq!(seen_ops.len(), bss_validate::operations().count(), "an operation has no valid vector");
    assert!(checked > 0);
}

#[test]
fn invalid_bodies_give_the_violations_not_a_struct() {
    let errors =
        request::parse::<request::PayOrders>(&serde_json::json!({ "order_id": "o", "use_coupon": "YES", "use_discount": "NO" })).unwrap_err();
    assert_eq!(errors[0].path, "/coupon_infos");
    assert_eq!(errors[0].code.as_str(), "required");
    let body = br#"{"order_id": "o", "use_coupon": "YES", "use_discount": "NO"}"#;
    let Err(request::Rejection::Invalid(same)) = request::from_slice::<request::PayOrders>(body, bss_validate::Locale::En) else { panic!("invalid") };
    assert_eq!(same, errors);
    assert_eq!(request::from_slice::<request::PayOrders>(b"{", bss_validate::Locale::En), Err(request::Rejection::MalformedJson));
    let Err(request::Rejection::Invalid(zh)) = request::from_slice::<request::PayOrders>(body, bss_validate::Locale::ZhCn) else { panic!("invalid") };
    assert_eq!(zh[0].message, "use_coupon为YES时，此项必填。");
}

#[test]
fn form_input_builds_the_struct_it_stands_for() {
    use bss_validate::Options;
    let form = br#"{"resource_ids": ["r1", ""], "period_type": "3", "period_num": "2", "is_auto_pay": ""}"#;
    let r: request::RenewalResources = request::from_slice_with(form, &Options::default().form_values()).unwrap();
    assert_eq!((r.resource_ids, r.period_type, r.period_num, r.is_auto_pay), (vec!["r1".to_owned()], 3, 2, None));
    let amount = r#"{"customer_id": "c1", "amount": "１２．５０"}"#.as_bytes();
    let r: request::ReclaimToPartnerAccount = request::from_slice_with(amount, &Options::default().normalized()).unwrap();
    assert_eq!(r.amount.to_string(), "12.50");
    assert!(request::from_slice::<request::ReclaimToPartnerAccount>(amount, bss_validate::Locale::En).is_err(), "strict: not a decimal");
}

#[test]
fn typed_values_carry_the_meaning() {
    use serde_json::json;
    let c: request::CreateSubCustomer = request::parse(&json!({
        "xaccount_id": "u1", "xaccount_type": "t", "domain_name": "", "mobile_phone": "", "include_association_result": null
    }))
    .unwrap();
    assert_eq!(c.domain_name, None, "\"\" means absent (random name)");
    assert_eq!(c.mobile_phone.as_deref(), Some(""), "\"\" is a value (set to empty)");
    assert_eq!(c.include_association_result, None);
    let q: request::ListCustomerOrders = request::parse(&json!({ "limit": "20", "offset": 0 })).unwrap();
    assert_eq!((q.limit, q.offset), (Some(20), Some(0)));
    let r: request::ReclaimToPartnerAccount = request::parse(&json!({ "customer_id": "c", "amount": 1.5 })).unwrap();
    assert_eq!(serde_json::to_value(&r).unwrap(), json!({ "customer_id": "c", "amount": "1.5" }));
}
