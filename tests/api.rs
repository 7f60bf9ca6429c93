//! The public contract, beyond single rules: the outcome's shape, locales, unknown operations,
//! determinism, and that no input makes validation panic or leak a secret into a message.

#![cfg(not(target_arch = "wasm32"))]

use bss_validate::{Code, Error, Locale, Options, eligibility, operations, validate, validate_with};
use serde_json::{Map, Value, json};

#[test]
fn unknown_operation_is_the_only_error() {
    let err = validate("reclaimToPartnerAccount", &json!({})).unwrap_err();
    assert_eq!(err, Error::UnknownOperation("reclaimToPartnerAccount".into()));
    assert_eq!(err.code(), "unknown_operation");
    assert_eq!(err.to_string(), "unknown operation `reclaimToPartnerAccount`");
    assert!(eligibility::check("ReclaimToPartnerAccount", &json!({})).is_err());
}

#[test]
fn outcome_serializes_to_the_documented_shape() {
    let ok = validate("CancelCustomerOrder", &json!({ "order_id": "CS170926155954NO7" })).unwrap();
    assert_eq!(serde_json::to_value(&ok).unwrap(), json!({ "ok": true, "value": { "order_id": "CS170926155954NO7" }, "errors": [] }));
    let bad = validate("CancelCustomerOrder", &json!({ "order_id": "x".repeat(65) })).unwrap();
    assert_eq!(
        serde_json::to_value(&bad).unwrap(),
        json!({ "ok": false, "errors": [{
            "path": "/order_id", "code": "too_long", "params": { "max": 64, "actual": 65, "unit": "utf16" },
            "message": "Must be at most 64 characters (UTF-16 code units); it has 65."
        }] })
    );
}

#[test]
fn messages_follow_the_locale() {
    let body = json!({ "customer_id": "c1", "amount": "-1" });
    let en = validate_with("ReclaimToPartnerAccount", &body, &Options::locale(Locale::En)).unwrap();
    let zh = validate_with("ReclaimToPartnerAccount", &body, &Options::locale(Locale::ZhCn)).unwrap();
    assert_eq!(en.errors[0].message, "Must be greater than 0.");
    assert_eq!(zh.errors[0].message, "必须大于0。");
    assert_eq!((en.errors[0].code, &en.errors[0].path), (zh.errors[0].code, &zh.errors[0].path));
}

#[test]
fn messages_never_echo_secrets() {
    let secret = "Secret-Pass-13800138000";
    let body = json!({
        "xaccount_id": "u1", "xaccount_type": "t", "domain_name": secret, "mobile_phone": "13800138000",
        "verification_code": "123456", "password": secret,
    });
    for locale in Locale::ALL {
        let out = validate_with("CreateSubCustomer", &body, &Options::locale(*locale)).unwrap();
        assert!(!out.ok);
        let text = serde_json::to_string(&out.errors).unwrap();
        assert!(!text.contains(secret) && !text.contains("13800138000"), "{text}");
    }
}

#[test]
fn key_order_does_not_matter() {
    let keys = ["zeta", "amount", "Customer_Id", "customer_id", "alpha", "indirect_partner_id"];
    let build = |order: &[usize]| {
        let mut m = Map::new();
        for &i in order {
            m.insert(keys[i].to_owned(), json!("0.001"));
        }
        Value::Object(m)
    };
    let a = validate("ReclaimToPartnerAccount", &build(&[0, 1, 2, 3, 4, 5])).unwrap();
    let b = validate("ReclaimToPartnerAccount", &build(&[5, 4, 3, 2, 1, 0])).unwrap();
    assert_eq!(a, b);
    let paths: Vec<_> = a.errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(paths, ["/amount", "/Customer_Id", "/alpha", "/zeta"]);
}

/// A small deterministic generator of hostile JSON: every operation gets thousands of bodies
/// mixing its own keys with odd values; none may panic, and every outcome must be coherent.
#[test]
fn hostile_bodies_never_panic_and_stay_coherent() {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let atoms = [
        json!(null),
        json!(""),
        json!(" "),
        json!(true),
        json!(0),
        json!(-1),
        json!(1.5),
        json!(1e300),
        json!(u64::MAX),
        json!("0"),
        json!("1e3"),
        json!("😀"),
        json!("x".repeat(300)),
        json!("YES"),
        json!("NO"),
        json!("2024-02-29T00:00:00Z"),
        json!("0086-13800138000"),
        json!("13800138000"),
        json!([]),
        json!({}),
        json!([null, "", 1]),
        json!({"id": "", "type": 300}),
        json!("a~b/c"),
        json!("\u{0}"),
        json!("１２．５０"),
    ];
    let mut count = 0;
    for name in operations() {
        let op = bss_validate::spec::find(name).unwrap();
        for _ in 0..400 {
            let mut m = Map::new();
            for f in op.fields {
                if next() % 3 != 0 {
                    m.insert(f.name.to_owned(), atoms[(next() % atoms.len() as u64) as usize].clone());
                }
            }
            if next() % 5 == 0 {
                m.insert("a/b~c".into(), json!(1));
            }
            let body = if next() % 50 == 0 { atoms[(next() % atoms.len() as u64) as usize].clone() } else { Value::Object(m) };
            let out = validate(name, &body).unwrap();
            count += 1;
            assert_eq!(out.ok, out.errors.is_empty());
            assert_eq!(out.value.is_some(), out.ok);
            for e in &out.errors {
                assert!(e.path.is_empty() || e.path.starts_with('/'), "{name}: {}", e.path);
                assert!(!e.message.is_empty());
                assert!(Code::ALL.contains(&e.code));
            }
            assert_eq!(validate(name, &body).unwrap(), out, "{name}: not deterministic");
        }
    }
    assert_eq!(count, 400 * operations().count());
}

#[test]
fn pointer_escapes_odd_keys() {
    let out = validate("CancelCustomerOrder", &json!({ "order_id": "o1", "a/b~c": 1 })).unwrap();
    assert_eq!(out.errors[0].path, "/a~1b~0c");
}

/// `max_errors` bounds what is collected: the walk stops at the first violation past it, the
/// outcome says `truncated`, and what it holds is a prefix, in field order, of the full list.
#[test]
fn max_errors_bounds_the_answer() {
    let items: Vec<Value> = (0..5000).map(|i| json!({ "id": "", "type": i })).collect();
    let body = json!({ "order_id": "", "use_coupon": "YES", "use_discount": "NO", "coupon_infos": items, "stray": 1 });
    let all = validate("PayOrders", &body).unwrap();
    assert!(!all.truncated && all.errors.len() > 5000, "{}", all.errors.len());
    for max in [1, 2, 100, 1000] {
        let out = validate_with("PayOrders", &body, &Options::default().max_errors(max)).unwrap();
        assert!(!out.ok && out.truncated, "{max}");
        assert_eq!(out.errors, all.errors[..max], "{max}: the first ones");
        assert_eq!(serde_json::to_value(&out).unwrap()["truncated"], true);
        // The JSON text path and the typed path cut at the same place.
        let text = serde_json::to_vec(&body).unwrap();
        let json_out = bss_validate::validate_json("PayOrders", &text, &Options::default().max_errors(max)).unwrap();
        assert_eq!((json_out.errors, json_out.truncated), (out.errors.clone(), true));
        match bss_validate::request::from_slice_with::<bss_validate::request::PayOrders>(&text, &Options::default().max_errors(max)) {
            Err(bss_validate::request::Rejection::Truncated(errors)) => assert_eq!(errors, out.errors),
            other => panic!("{max}: {other:?}"),
        }
    }
    // Exactly as many as the limit: all of them, not truncated.
    let few = json!({ "customer_id": "", "amount": "-1" });
    let out = validate_with("ReclaimToPartnerAccount", &few, &Options::default().max_errors(2)).unwrap();
    assert_eq!((out.errors.len(), out.truncated), (2, false));
    assert!(!serde_json::to_value(&out).unwrap().as_object().unwrap().contains_key("truncated"), "said only when true");
    let out = validate_with("ReclaimToPartnerAccount", &few, &Options::default().max_errors(1)).unwrap();
    assert_eq!((out.errors.len(), out.truncated), (1, true));
    // 0 counts as 1: a truncated verdict is never `ok`.
    let out = validate_with("ReclaimToPartnerAccount", &few, &Options::default().max_errors(0)).unwrap();
    assert_eq!((out.ok, out.errors.len(), out.truncated), (false, 1, true));
    // A field's answer is whole whatever the limit.
    let field = bss_validate::validate_field("PayOrders", "/coupon_infos", &body, &Options::default().max_errors(1)).unwrap();
    assert!(field.errors.len() > 5000);
}

/// Unknown keys past the limit are picked, not sorted: the same first ones, in key order, as
/// when all of them are told, repeats included.
#[test]
fn max_errors_picks_the_first_unknown_keys() {
    let mut state = 12345u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..50 {
        let mut text = String::from(r#"{"customer_id":"","amount":"1""#);
        for _ in 0..(next() % 40) {
            let key = format!("k{}", next() % 25);
            text.push_str(&format!(r#","{key}":{}"#, round));
        }
        text.push('}');
        let all = bss_validate::validate_json("ReclaimToPartnerAccount", text.as_bytes(), &Options::default()).unwrap();
        for max in 1..=all.errors.len() + 1 {
            let some = bss_validate::validate_json("ReclaimToPartnerAccount", text.as_bytes(), &Options::default().max_errors(max)).unwrap();
            let n = max.min(all.errors.len());
            assert_eq!(some.errors, all.errors[..n], "{text} {max}");
            assert_eq!(some.truncated, all.errors.len() > max, "{text} {max}");
        }
    }
}

/// A cross rule that takes violations back (PayOrders' `forbidden` replaces what its list
/// said) leaves room: the bounded answer is then the whole one, not a truncated fragment (the
/// fuzzer's find: `max_errors` 2 answered one violation marked truncated).
#[test]
fn max_errors_counts_after_the_cross_rules() {
    let text = br#"{"order_id":"CS1709261559ABCDE","use_coupon":"NO","use_discount":"NO","coupon_infos":[{"id":"CP1","type":300}],"discount_infos":[{"id":"D1","ptye":0}]}"#;
    let all = bss_validate::validate_json("PayOrders", text, &Options::default()).unwrap();
    let brief = |o: &bss_validate::Outcome| o.errors.iter().map(|e| format!("{} {}", e.path, e.code.as_str())).collect::<Vec<_>>();
    assert_eq!(brief(&all), ["/coupon_infos forbidden", "/discount_infos forbidden"]);
    let two = bss_validate::validate_json("PayOrders", text, &Options::default().max_errors(2)).unwrap();
    assert_eq!((brief(&two), two.truncated), (brief(&all), false));
    // Cut during the walk, the cross rules do not run (decision 41): the first one found.
    let one = bss_validate::validate_json("PayOrders", text, &Options::default().max_errors(1)).unwrap();
    assert_eq!((brief(&one), one.truncated), (vec!["/discount_infos/0/type required".to_owned()], true));
}
