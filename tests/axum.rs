//! The axum extractor (feature `axum`): status codes, content types, problem bodies, locale,
//! size limit. Each request goes through a real `Router` in-process.
#![cfg(feature = "axum")]

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::response::Response;
use axum::routing::post;
use axum::{Extension, Router};
use bss_validate::axum::{RULES_VERSION_HEADER, Settings, Valid, accept_named, add_rules_version};
use bss_validate::request::{PayOrders, ReclaimToPartnerAccount};
use bss_validate::{Locale, Options};
use serde_json::{Value, json};
use tower::ServiceExt;

async fn reclaim(Valid(req): Valid<ReclaimToPartnerAccount>) -> String {
    format!("{} {}", req.customer_id, req.amount)
}

async fn pay(Valid(req): Valid<PayOrders>) -> String {
    req.order_id
}

async fn any(axum::extract::Path(op): axum::extract::Path<String>, req: Request) -> Result<String, bss_validate::axum::Problem> {
    let accepted = accept_named(&op, req).await?;
    Ok(serde_json::to_string(&json!({ "body": accepted.body, "changes": accepted.changes })).unwrap())
}

fn app() -> Router {
    Router::new().route("/reclaim", post(reclaim)).route("/pay", post(pay)).route("/api/{op}", post(any))
}

fn request(uri: &str, content_type: Option<&str>, language: Option<&str>, body: impl Into<Body>) -> Request {
    let mut b = Request::builder().method("POST").uri(uri);
    if let Some(ct) = content_type {
        b = b.header(header::CONTENT_TYPE, ct);
    }
    if let Some(l) = language {
        b = b.header(header::ACCEPT_LANGUAGE, l);
    }
    b.body(body.into()).unwrap()
}

fn json_request(uri: &str, language: Option<&str>, body: &Value) -> Request {
    request(uri, Some("application/json"), language, body.to_string())
}

async fn send(app: Router, req: Request) -> (StatusCode, Response<()>, Vec<u8>) {
    let response = app.oneshot(req).await.unwrap();
    let (parts, body) = response.into_parts();
    let bytes = to_bytes(body, usize::MAX).await.unwrap().to_vec();
    (parts.status, Response::from_parts(parts, ()), bytes)
}

fn header_of(r: &Response<()>, name: header::HeaderName) -> &str {
    r.headers().get(name).map_or("", |v| v.to_str().unwrap())
}

fn problem(r: &Response<()>, bytes: &[u8]) -> Value {
    assert_eq!(header_of(r, header::CONTENT_TYPE), "application/problem+json");
    let p: Value = serde_json::from_slice(bytes).unwrap();
    for key in ["type", "title", "status", "detail"] {
        assert!(p.get(key).is_some(), "problem without {key}: {p}");
    }
    // Every problem names the rules it was judged by, in its header and in its body.
    assert_eq!(header_of(r, RULES_VERSION_HEADER), bss_validate::RULES_VERSION, "{p}");
    assert_eq!(p["rulesVersion"], bss_validate::RULES_VERSION, "{p}");
    p
}

#[test]
fn the_rules_version_is_16_hex_digits_named_by_bss_rules_version() {
    assert_eq!(bss_validate::RULES_VERSION.len(), 16);
    assert!(bss_validate::RULES_VERSION.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')));
    assert_eq!(RULES_VERSION_HEADER.as_str(), "bss-rules-version");
}

/// The extractor cannot add a header to the handler's own answer; the middleware adds it to
/// every answer of the routes it wraps (a problem keeps its own, the same).
#[tokio::test]
async fn add_rules_version_names_the_rules_on_successes_too() {
    let body = json!({ "customer_id": "c1", "amount": "10.50" });
    let (status, r, _) = send(app(), json_request("/reclaim", None, &body)).await;
    assert_eq!((status, header_of(&r, RULES_VERSION_HEADER)), (StatusCode::OK, ""), "not without the middleware");
    let wrapped = app().layer(axum::middleware::map_response(add_rules_version));
    let (status, r, _) = send(wrapped.clone(), json_request("/reclaim", None, &body)).await;
    assert_eq!((status, header_of(&r, RULES_VERSION_HEADER)), (StatusCode::OK, bss_validate::RULES_VERSION));
    let (status, r, bytes) = send(wrapped, json_request("/reclaim", None, &json!({ "customer_id": "c1", "amount": "1.005" }))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.headers().get_all(RULES_VERSION_HEADER).iter().count(), 1);
    problem(&r, &bytes);
}

#[tokio::test]
async fn a_valid_body_reaches_the_handler_typed() {
    let (status, _, body) = send(app(), json_request("/reclaim", None, &json!({ "customer_id": "c1", "amount": "10.50" }))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(String::from_utf8(body).unwrap(), "c1 10.50");
    let (status, _, body) = send(app(), json_request("/pay", None, &json!({ "order_id": "o1", "use_coupon": "NO", "use_discount": "NO" }))).await;
    assert_eq!((status, body.as_slice()), (StatusCode::OK, b"o1".as_slice()));
}

/// Every case of the conformance corpus, in both languages: a valid body is accepted, and an
/// invalid one answers 422 with exactly the violations `validate` gives (what the npm package
/// gives the browser for the same body and locale).
#[tokio::test]
async fn problems_carry_exactly_the_violations_of_validate() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let mut counts = (0, 0);
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let name = doc["operation"].as_str().or(doc["check"].as_str()).unwrap();
        for case in doc["cases"].as_array().unwrap() {
            for (tag, locale) in [("en", Locale::En), ("zh-CN", Locale::ZhCn)] {
                let options = Options::locale(locale);
                let want = if doc["check"].is_string() {
                    bss_validate::eligibility::check_with(name, &case["input"], &options)
                } else {
                    bss_validate::validate_with(name, &case["input"], &options)
                }
                .unwrap();
                let (status, r, bytes) = send(app(), json_request(&format!("/api/{name}"), Some(tag), &case["input"])).await;
                let label = format!("{name}/{} ({tag})", case["name"]);
                if want.ok {
                    assert_eq!(status, StatusCode::OK, "{label}");
                    let got: Value = serde_json::from_slice(&bytes).unwrap();
                    // As given, its numbers read as JavaScript reads them (`10.0` is `10`).
                    let given = bss_validate::body::serde::to_value(bss_validate::body::serde::read(&case["input"]).root());
                    assert_eq!(got["body"], given, "{label}: a strict server passes the body on as given");
                    counts.0 += 1;
                } else {
                    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{label}");
                    let p = problem(&r, &bytes);
                    assert_eq!(p["status"], 422);
                    assert_eq!(p["type"], "urn:bss-validate:problem:invalid-body");
                    assert_eq!(p["errors"], serde_json::to_value(&want.errors).unwrap(), "{label}");
                    assert_eq!(header_of(&r, header::CONTENT_LANGUAGE), tag, "{label}");
                    counts.1 += 1;
                }
            }
        }
    }
    assert!(counts.0 > 500 && counts.1 > 2000, "{counts:?}");
}

#[tokio::test]
async fn the_locale_comes_from_accept_language() {
    let body = json!({ "customer_id": "c1", "amount": "1.005" });
    for (language, tag, message) in [
        (Some("zh-CN,zh;q=0.9"), "zh-CN", "最多保留2位小数，当前为3位。"),
        (Some("en-GB"), "en", "At most 2 decimal places are allowed; it has 3."),
        (Some("fr, zh;q=0.4, en;q=0.3"), "zh-CN", "最多保留2位小数，当前为3位。"),
        (None, "en", "At most 2 decimal places are allowed; it has 3."),
    ] {
        let (status, r, bytes) = send(app(), json_request("/reclaim", language, &body)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let p = problem(&r, &bytes);
        assert_eq!(p["errors"][0]["message"], message, "{language:?}");
        assert_eq!(header_of(&r, header::CONTENT_LANGUAGE), tag);
        assert_eq!(header_of(&r, header::VARY), "Accept-Language");
        let zh = tag == "zh-CN";
        assert_eq!(p["title"].as_str().unwrap().is_ascii(), !zh, "title in the asked language: {p}");
    }
}

#[tokio::test]
async fn malformed_json_is_a_400_problem() {
    for text in ["{", "", "{\"amount\": }", "[1,]", "nul", "{\"a\":1}x", "\u{feff}{}"] {
        let (status, r, bytes) = send(app(), request("/reclaim", Some("application/json"), Some("zh-CN"), text)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{text:?}");
        let p = problem(&r, &bytes);
        assert_eq!(p["type"], "urn:bss-validate:problem:malformed-json");
        assert_eq!(p["status"], 400);
        assert!(p.get("errors").is_none());
    }
    // Valid JSON that is not an object is the body's own violation, as in the browser.
    let (status, r, bytes) = send(app(), request("/reclaim", Some("application/json"), None, "[1]")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem(&r, &bytes)["errors"][0]["code"], "wrong_type");
}

/// A repeated key is refused, typed and untyped: the next hop might read the other value.
#[tokio::test]
async fn a_repeated_key_is_a_422_problem() {
    let text = r#"{"customer_id":"c1","amount":"-5","amount":"1"}"#;
    for uri in ["/reclaim", "/api/ReclaimToPartnerAccount"] {
        let (status, r, bytes) = send(app(), request(uri, Some("application/json"), None, text)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{uri}");
        let p = problem(&r, &bytes);
        assert_eq!(p["errors"].as_array().map(Vec::len), Some(1), "{uri}: {p}");
        assert_eq!((&p["errors"][0]["path"], &p["errors"][0]["code"]), (&Value::from("/amount"), &Value::from("duplicate_key")), "{uri}");
    }
}

#[tokio::test]
async fn only_json_content_types_are_read() {
    let body = r#"{"customer_id":"c1","amount":"1"}"#;
    for ct in
        [None, Some("text/plain"), Some("application/x-www-form-urlencoded"), Some("multipart/form-data; boundary=x"), Some("application/jsonp")]
    {
        let (status, r, bytes) = send(app(), request("/reclaim", ct, None, body)).await;
        assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{ct:?}");
        assert_eq!(problem(&r, &bytes)["type"], "urn:bss-validate:problem:unsupported-media-type");
    }
    for ct in ["application/json; charset=utf-8", "APPLICATION/JSON", "application/merge-patch+json"] {
        let (status, _, _) = send(app(), request("/reclaim", Some(ct), None, body)).await;
        assert_eq!(status, StatusCode::OK, "{ct}");
    }
}

#[tokio::test]
async fn bodies_over_the_limit_are_a_413_problem() {
    let padded = |n: usize| format!("{{\"customer_id\":\"c1\",\"amount\":\"1\"{}}}", " ".repeat(n));
    // The default limit, 64 KiB: just under is read, just over is not.
    let under = padded(64 * 1024 - 40);
    assert!(under.len() <= 64 * 1024);
    let (status, _, _) = send(app(), request("/reclaim", Some("application/json"), None, under)).await;
    assert_eq!(status, StatusCode::OK);
    let (status, r, bytes) = send(app(), request("/reclaim", Some("application/json"), Some("zh-CN"), padded(64 * 1024))).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let p = problem(&r, &bytes);
    assert_eq!(p["type"], "urn:bss-validate:problem:body-too-large");
    assert!(p["detail"].as_str().unwrap().contains("65536"), "{p}");

    // A smaller limit from the Settings extension, also for a streamed body of unknown length.
    let small = app().layer(Extension(Settings { body_limit: 100, ..Settings::default() }));
    let (status, _, _) = send(small.clone(), request("/reclaim", Some("application/json"), None, padded(50))).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = send(small.clone(), request("/reclaim", Some("application/json"), None, padded(100))).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let streamed = Body::new(Chunks((0..20).map(|_| " ".repeat(10)).collect::<Vec<_>>().into_iter()));
    let (status, _, _) = send(small, request("/reclaim", Some("application/json"), None, streamed)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

/// A body of chunks without a declared length (streamed, as chunked transfer encoding is).
struct Chunks(std::vec::IntoIter<String>);

impl axum::body::HttpBody for Chunks {
    type Data = axum::body::Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        std::task::Poll::Ready(self.0.next().map(|s| Ok(http_body::Frame::data(axum::body::Bytes::from(s)))))
    }
}

#[tokio::test]
async fn settings_can_normalise_form_input() {
    let app = app().layer(Extension(Settings { normalize: true, ..Settings::default() }));
    let (status, _, bytes) =
        send(app.clone(), json_request("/api/ReclaimToPartnerAccount", None, &json!({ "customer_id": "c1", "amount": "１２．５０" }))).await;
    assert_eq!(status, StatusCode::OK);
    let got: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(got["body"], json!({ "customer_id": "c1", "amount": "12.50" }));
    assert_eq!(got["changes"], json!([{ "path": "/amount", "from": "１２．５０", "to": "12.50" }]));
    // Typed handlers get the normalised value too.
    let (status, _, bytes) = send(app, json_request("/reclaim", None, &json!({ "customer_id": "c1", "amount": "１２．５０" }))).await;
    assert_eq!((status, String::from_utf8(bytes).unwrap().as_str()), (StatusCode::OK, "c1 12.50"));
    // Strict by default: the same body is refused, as the browser's strict `validate` refuses it.
    let (status, _, _) = send(self::app(), json_request("/reclaim", None, &json!({ "customer_id": "c1", "amount": "１２．５０" }))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn unknown_operations_are_a_404_problem() {
    let (status, r, bytes) = send(app(), json_request("/api/NoSuchOperation", Some("zh-CN"), &json!({}))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(problem(&r, &bytes)["type"], "urn:bss-validate:problem:unknown-operation");
}

/// A lone surrogate, which JS strings (and so browser forms) can hold and `JSON.stringify`
/// writes as `\ud800`, is refused as the browser's module refuses it (`lone_surrogate`: no
/// UTF-8 hop can forward it), not as malformed JSON; it counts one UTF-16 unit, as there.
#[tokio::test]
async fn lone_surrogates_are_refused_as_in_the_browser() {
    let brief = |p: &Value| {
        p["errors"].as_array().unwrap().iter().map(|e| format!("{} {}", e["path"].as_str().unwrap(), e["code"].as_str().unwrap())).collect::<Vec<_>>()
    };
    let text = format!(r#"{{"customer_id":"{}\ud800","amount":"1"}}"#, "x".repeat(63));
    let (status, r, bytes) = send(app(), request("/reclaim", Some("application/json"), None, text)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(brief(&problem(&r, &bytes)), ["/customer_id lone_surrogate"], "64 UTF-16 units, as in the browser");
    let text = format!(r#"{{"customer_id":"{}\ud800","amount":"1"}}"#, "x".repeat(64));
    let (status, r, bytes) = send(app(), request("/reclaim", Some("application/json"), None, text)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(brief(&problem(&r, &bytes)), ["/customer_id too_long", "/customer_id lone_surrogate"]);
    // A pair is one character, not a lone surrogate.
    let text = r#"{"customer_id":"x\ud83d\ude00","amount":"1"}"#.to_owned();
    let (status, _, _) = send(app(), request("/reclaim", Some("application/json"), None, text)).await;
    assert_eq!(status, StatusCode::OK);
}

/// With the default settings a problem lists at most 100 violations in at most 16 KiB, and
/// says when it left some out; `max_errors: None` lists them all.
#[tokio::test]
async fn problems_are_bounded() {
    let items: Vec<Value> = (0..3000).map(|i| json!({ "id": "", "type": i })).collect();
    let body = json!({ "order_id": "o1", "use_coupon": "YES", "use_discount": "NO", "coupon_infos": items });
    assert!(body.to_string().len() < 64 * 1024);
    for (uri, language) in [("/pay", None), ("/api/PayOrders", None), ("/pay", Some("zh-CN")), ("/api/PayOrders", Some("zh-CN"))] {
        let (status, r, bytes) = send(app(), json_request(uri, language, &body)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let p = problem(&r, &bytes);
        assert!(bytes.len() <= 16 * 1024, "{uri} {language:?}: {} bytes", bytes.len());
        let n = p["errors"].as_array().unwrap().len();
        assert!((50..=100).contains(&n), "{uri} {language:?}: {n}");
        assert_eq!(p["truncated"], true, "{uri}");
        let all =
            bss_validate::validate_with("PayOrders", &body, &Options::locale(if language.is_some() { Locale::ZhCn } else { Locale::En })).unwrap();
        assert_eq!(p["errors"], serde_json::to_value(&all.errors[..n]).unwrap(), "{uri}: the first ones");
    }
    // One violation at a key of 60 KB does not fit 16 KiB: left out, and said so.
    let key = "k".repeat(60_000);
    let text = format!(r#"{{"customer_id":"c1","amount":"1","{key}":1}}"#);
    let (status, r, bytes) = send(app(), request("/reclaim", Some("application/json"), None, text.clone())).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let p = problem(&r, &bytes);
    assert!(bytes.len() <= 16 * 1024 && p["truncated"] == true && p["errors"] == json!([]), "{} bytes", bytes.len());
    // A valid-looking small problem has no `truncated` member.
    let (_, r, bytes) = send(app(), json_request("/reclaim", None, &json!({ "customer_id": "c1", "amount": "-1" }))).await;
    assert!(problem(&r, &bytes).get("truncated").is_none());
    // Unbounded when asked.
    let unbounded = app().layer(Extension(Settings { max_errors: None, answer_limit: usize::MAX, ..Settings::default() }));
    let (_, r, bytes) = send(unbounded, json_request("/pay", None, &body)).await;
    let p = problem(&r, &bytes);
    assert!(p["errors"].as_array().unwrap().len() > 3000 && p.get("truncated").is_none());
}
