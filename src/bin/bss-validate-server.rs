//! `bss-validate-server`: the demo partner portal's server (`./run demo`).
//!
//! - serves the portal (`www/`) and the npm package as a front end gets it (`pkg/dist/`,
//!   `pkg/wasm/bss_validate_bg.wasm` under `/vendor/bss-validate/`);
//! - `POST /api/<Operation>` (every operation and registration check) validates the body with
//!   [`bss_validate::axum`], normalising form input as the portal's forms do (with
//!   `--strict`, the extractor's defaults: no normalisation), and answers the body it would
//!   send to Huawei (it makes no call out), or the RFC 9457 problem;
//! - `GET /api/operations` lists the operations;
//! - every `/api/` answer carries `BSS-Rules-Version` ([`bss_validate::RULES_VERSION`]), which
//!   the portal's package compares with its own.
//! - `GET /openapi.json` is the OpenAPI 3.1 document of the operations
//!   ([`bss_validate::forms::openapi`]).
//!
//! Listens on 127.0.0.1 only. Every answer carries a CSP that allows what WebAssembly needs
//! (`'wasm-unsafe-eval'`) and the portal's one inline script, its import map (by hash), and
//! nothing looser; and `X-Content-Type-Options: nosniff`.
//!
//! ```sh
//! bss-validate-server [--port 8080] [--root <repository>] [--strict]
//! ```

use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use axum::extract::{Path as UrlPath, Request, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router, middleware};
use bss_validate::axum::{Settings, accept_named, add_rules_version};
use bss_validate::spec::OPERATIONS;
use serde_json::json;
use sha2::{Digest, Sha256};

const USAGE: &str = "usage: bss-validate-server [--port 8080] [--root <repository>] [--strict]";

/// Where files come from, and the headers every answer gets.
struct Site {
    www: PathBuf,
    pkg: PathBuf,
    csp: HeaderValue,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "bss-validate-server: {e}");
            std::process::ExitCode::from(2)
        }
    }
}

async fn run() -> Result<(), String> {
    let mut port: u16 = 8080;
    let mut root = PathBuf::from(".");
    // The portal's forms normalise their input, so the API does too; `--strict` serves it with
    // the extractor's defaults instead (tests/load/run.sh measures both).
    let mut settings = Settings { normalize: true, ..Settings::default() };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => {
                let p = args.next().ok_or_else(|| USAGE.to_owned())?;
                port = p.parse().map_err(|_| format!("not a port: {p}\n{USAGE}"))?;
            }
            "--root" => root = PathBuf::from(args.next().ok_or_else(|| USAGE.to_owned())?),
            "--strict" => settings = Settings::default(),
            _ => return Err(USAGE.to_owned()),
        }
    }
    let site = Arc::new(Site::new(&root)?);
    let app = router(site, settings);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.map_err(|e| format!("127.0.0.1:{port}: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    // The first line is the URL (tests read it to find the port when started with --port 0).
    let mut out = std::io::stdout();
    let _ = writeln!(out, "bss-validate demo portal: http://{addr}/");
    let _ = out.flush();
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|e| e.to_string())
}

impl Site {
    fn new(root: &Path) -> Result<Site, String> {
        let www = root.join("www");
        let pkg = root.join("pkg");
        let index = std::fs::read_to_string(www.join("index.html")).map_err(|e| format!("{}: {e}", www.join("index.html").display()))?;
        if !pkg.join("dist/index.js").is_file() || !pkg.join("wasm/bss_validate_bg.wasm").is_file() {
            return Err(format!("the npm package is not built in {}: run `./run build` first", pkg.display()));
        }
        let csp = csp(&index).parse().map_err(|_| "the CSP is not a header value".to_owned())?;
        Ok(Site { www, pkg, csp })
    }
}

/// The Content-Security-Policy: everything from this origin only; scripts also the import
/// maps inlined in `index.html`, allowed by their SHA-256 (so editing one needs no code
/// change), and WebAssembly compilation; no inline script or style otherwise, no eval.
fn csp(index: &str) -> String {
    let mut hashes = String::new();
    let mut rest = index;
    while let Some(start) = rest.find("<script type=\"importmap\">") {
        let body = &rest[start + "<script type=\"importmap\">".len()..];
        let Some(end) = body.find("</script>") else { break };
        hashes.push_str(&format!(" 'sha256-{}'", base64(&Sha256::digest(&body.as_bytes()[..end]))));
        rest = &body[end..];
    }
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Standard base64 with padding (what CSP hash sources use).
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() { char::from(ABC[(n >> (18 - 6 * i) & 63) as usize]) } else { '=' });
        }
    }
    out
}

fn router(site: Arc<Site>, settings: Settings) -> Router {
    // Every API answer names the rules it was judged by (`BSS-Rules-Version`), the successes
    // too, so the portal's package can tell when it was built from other rules.
    let api = Router::new()
        .route("/api/operations", get(operations))
        .route("/openapi.json", get(openapi))
        .route("/api/{operation}", post(api))
        .layer(middleware::map_response(add_rules_version));
    Router::new()
        .merge(api)
        .route("/vendor/bss-validate/{*file}", get(vendor))
        .fallback(get(www))
        .layer(Extension(settings))
        .layer(middleware::map_response_with_state(site.clone(), headers))
        .with_state(site)
}

async fn headers(State(site): State<Arc<Site>>, mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, site.csp.clone());
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    response
}

/// The same JSON as the package's `operations()`: the same shape, from the same tables.
async fn operations() -> Response {
    let list: Vec<_> = OPERATIONS.iter().map(|op| bss_validate::forms::fields::operation(op)).collect();
    ([(header::CONTENT_TYPE, "application/json")], serde_json::to_string(&list).unwrap_or_default()).into_response()
}

/// The OpenAPI 3.1 document, made once.
async fn openapi() -> Response {
    static DOCUMENT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let doc = DOCUMENT.get_or_init(bss_validate::forms::openapi::document);
    ([(header::CONTENT_TYPE, "application/json")], doc.as_str()).into_response()
}

/// Validates the body; answers what would be sent to Huawei.
async fn api(UrlPath(operation): UrlPath<String>, req: Request) -> Response {
    match accept_named(&operation, req).await {
        Ok(accepted) => {
            let op = accepted.operation;
            let answer = json!({
                "operation": op.name,
                "method": op.method.as_str(),
                "path": op.path,
                "body": accepted.body,
                "changes": accepted.changes,
            });
            ([(header::CONTENT_TYPE, "application/json")], answer.to_string()).into_response()
        }
        Err(problem) => problem.into_response(),
    }
}

/// The package's shipped files only: its bundles and source maps, and the wasm.
async fn vendor(State(site): State<Arc<Site>>, UrlPath(file): UrlPath<String>) -> Response {
    let shipped = file.starts_with("dist/") || file == "wasm/bss_validate_bg.wasm";
    if !shipped {
        return not_found();
    }
    serve(&site.pkg, &file).await
}

async fn www(State(site): State<Arc<Site>>, uri: Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    serve(&site.www, if path.is_empty() { "index.html" } else { path }).await
}

/// A file under `root`; only plain relative paths (no `..`, no hidden files).
async fn serve(root: &Path, relative: &str) -> Response {
    let path = Path::new(relative);
    let plain = path.components().all(|c| matches!(c, Component::Normal(s) if !s.to_string_lossy().starts_with('.')));
    if !plain {
        return not_found();
    }
    let Some(kind) = content_type(path) else { return not_found() };
    match tokio::fs::read(root.join(path)).await {
        Ok(bytes) => ([(header::CONTENT_TYPE, kind), (header::CACHE_CONTROL, "no-cache")], bytes).into_response(),
        Err(_) => not_found(),
    }
}

/// The types served; anything else is not served at all.
fn content_type(path: &Path) -> Option<&'static str> {
    Some(match path.extension()?.to_str()? {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => return None,
    })
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], "Not found\n").into_response()
}

#[cfg(test)]
mod tests {
    use axum::body::{Body, to_bytes};
    use bss_validate::axum::RULES_VERSION_HEADER;
    use tower::ServiceExt;

    use super::*;

    /// A site in a scratch directory: `www/index.html` with an import map, a built-looking
    /// `pkg/`, and a secret beside them that must never be served.
    fn scratch() -> (PathBuf, Router) {
        let root = std::env::temp_dir().join(format!("bss-server-test-{}-{:?}", std::process::id(), std::thread::current().id()));
        for dir in ["www/css", "pkg/dist", "pkg/wasm", "pkg/src"] {
            std::fs::create_dir_all(root.join(dir)).unwrap();
        }
        let files = [
            ("www/index.html", r#"<script type="importmap">{"imports":{}}</script>"#),
            ("www/css/site.css", "body{}"),
            ("www/.hidden.js", "secret"),
            ("www/notes.txt", "not a served type"),
            ("pkg/dist/index.js", "export {}"),
            ("pkg/wasm/bss_validate_bg.wasm", "\0asm"),
            ("pkg/wasm/bss_validate.js", "glue, bundled, not shipped"),
            ("pkg/src/core.js", "source, not shipped"),
            ("pkg/package.json", "{}"),
            ("secret.txt", "secret"),
        ];
        for (path, text) in files {
            std::fs::write(root.join(path), text).unwrap();
        }
        let app = router(Arc::new(Site::new(&root).unwrap()), Settings { normalize: true, ..Settings::default() });
        (root, app)
    }

    async fn get(app: &Router, method: &str, uri: &str, body: Option<&str>) -> (StatusCode, axum::http::HeaderMap, String) {
        let mut req = Request::builder().method(method).uri(uri);
        if body.is_some() {
            req = req.header(header::CONTENT_TYPE, "application/json");
        }
        let response = app.clone().oneshot(req.body(Body::from(body.unwrap_or("").to_owned())).unwrap()).await.unwrap();
        let (parts, body) = response.into_parts();
        (parts.status, parts.headers, String::from_utf8_lossy(&to_bytes(body, usize::MAX).await.unwrap()).into_owned())
    }

    #[tokio::test]
    async fn serves_the_portal_and_the_shipped_package_only() {
        let (root, app) = scratch();
        for (uri, status, kind) in [
            ("/", 200, "text/html; charset=utf-8"),
            ("/css/site.css", 200, "text/css; charset=utf-8"),
            ("/vendor/bss-validate/dist/index.js", 200, "text/javascript; charset=utf-8"),
            ("/vendor/bss-validate/wasm/bss_validate_bg.wasm", 200, "application/wasm"),
            ("/vendor/bss-validate/wasm/bss_validate.js", 404, ""),
            ("/vendor/bss-validate/src/core.js", 404, ""),
            ("/vendor/bss-validate/package.json", 404, ""),
            ("/vendor/bss-validate/dist/../package.json", 404, ""),
            ("/.hidden.js", 404, ""),
            ("/notes.txt", 404, ""),
            ("/../secret.txt", 404, ""),
            ("/%2e%2e/secret.txt", 404, ""),
            ("/css/%2e%2e/%2e%2e/secret.txt", 404, ""),
            ("/missing.html", 404, ""),
        ] {
            let (got, headers, _) = get(&app, "GET", uri, None).await;
            assert_eq!(got.as_u16(), status, "{uri}");
            if status == 200 {
                assert_eq!(headers[header::CONTENT_TYPE], kind, "{uri}");
            }
            // Every answer, found or not, carries the security headers.
            let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
            assert!(csp.contains("'wasm-unsafe-eval'") && !csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"), "{csp}");
            assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        }
        std::fs::remove_dir_all(root).unwrap();
    }

    #[tokio::test]
    async fn the_api_validates_normalises_and_lists() {
        let (root, app) = scratch();
        let (status, headers, body) = get(&app, "GET", "/api/operations", None).await;
        assert_eq!((status, headers[header::CONTENT_TYPE].to_str().unwrap()), (StatusCode::OK, "application/json"));
        let want: Vec<_> = OPERATIONS
            .iter()
            .map(|op| json!({ "name": op.name, "title": op.title, "method": op.method, "path": op.path, "site": op.site }))
            .collect();
        assert_eq!(serde_json::from_str::<serde_json::Value>(&body).unwrap(), serde_json::Value::from(want));
        assert_eq!(headers[RULES_VERSION_HEADER], bss_validate::RULES_VERSION);

        let (status, headers, body) = get(&app, "POST", "/api/ReclaimToPartnerAccount", Some(r#"{"customer_id":"c1","amount":"１２．５０"}"#)).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers[RULES_VERSION_HEADER], bss_validate::RULES_VERSION, "a success names the rules too");
        let got: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(got["body"], json!({ "customer_id": "c1", "amount": "12.50" }));
        assert_eq!((got["method"].as_str(), got["path"].as_str()), (Some("POST"), Some("/v2/accounts/partner-accounts/reclaim")));

        let (status, headers, body) = get(&app, "POST", "/api/ReclaimToPartnerAccount", Some(r#"{"customer_id":"c1","amount":"1.005"}"#)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(headers[header::CONTENT_TYPE], "application/problem+json");
        assert!(headers.contains_key(header::CONTENT_SECURITY_POLICY));
        assert!(body.contains("too_many_decimals"), "{body}");
        assert_eq!(headers.get_all(RULES_VERSION_HEADER).iter().collect::<Vec<_>>(), [bss_validate::RULES_VERSION]);
        assert_eq!(serde_json::from_str::<serde_json::Value>(&body).unwrap()["rulesVersion"], bss_validate::RULES_VERSION);

        let (status, _, _) = get(&app, "POST", "/api/AssociateCustomer", Some("{}")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "the registration checks are there too");
        let (status, headers, _) = get(&app, "POST", "/api/Nope", Some("{}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(headers[RULES_VERSION_HEADER], bss_validate::RULES_VERSION);
        // The portal's files are no verdict.
        let (_, headers, _) = get(&app, "GET", "/", None).await;
        assert!(!headers.contains_key(RULES_VERSION_HEADER));
        std::fs::remove_dir_all(root).unwrap();
    }

    #[tokio::test]
    async fn serves_the_openapi_document_whose_problems_are_the_answers() {
        let (root, app) = scratch();
        let (status, headers, body) = get(&app, "GET", "/openapi.json", None).await;
        assert_eq!((status, headers[header::CONTENT_TYPE].to_str().unwrap()), (StatusCode::OK, "application/json"));
        assert_eq!(body, bss_validate::forms::openapi::document());
        let doc: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(doc["info"]["version"], env!("CARGO_PKG_VERSION"));
        for op in OPERATIONS {
            let method = op.method.as_str().to_ascii_lowercase();
            assert_eq!(doc["paths"][op.path][&method]["operationId"], op.name, "{} {}", op.method.as_str(), op.path);
        }
        // Each problem the document describes is the one the server answers.
        let responses = &doc["components"]["responses"];
        let mut huge = String::from(r#"{"customer_id":""#);
        huge.push_str(&"x".repeat(70_000));
        huge.push_str(r#""}"#);
        for (name, content_type, body) in [
            ("InvalidBody", "application/json", r#"{"customer_id":"c1","amount":"1.005"}"#),
            ("MalformedJson", "application/json", "{"),
            ("BodyTooLarge", "application/json", huge.as_str()),
            ("UnsupportedMediaType", "text/plain", "{}"),
        ] {
            let req = Request::builder().method("POST").uri("/api/ReclaimToPartnerAccount").header(header::CONTENT_TYPE, content_type);
            let response = app.clone().oneshot(req.body(Body::from(body.to_owned())).unwrap()).await.unwrap();
            let status = response.status().as_u16();
            let problem: serde_json::Value = serde_json::from_slice(&to_bytes(response.into_body(), usize::MAX).await.unwrap()).unwrap();
            let described = &responses[name]["content"]["application/problem+json"]["schema"]["allOf"][1]["properties"];
            assert_eq!(
                (described["type"]["const"].clone(), described["status"]["const"].clone()),
                (problem["type"].clone(), json!(status)),
                "{name}"
            );
        }
        std::fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn a_missing_package_is_a_clear_error() {
        let root = std::env::temp_dir().join(format!("bss-server-nopkg-{}", std::process::id()));
        std::fs::create_dir_all(root.join("www")).unwrap();
        std::fs::write(root.join("www/index.html"), "<p>").unwrap();
        let err = Site::new(&root).err().unwrap();
        assert!(err.contains("./run build"), "{err}");
        std::fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn base64_matches_rfc_4648() {
        for (raw, b64) in
            [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")]
        {
            assert_eq!(base64(raw.as_bytes()), b64);
        }
    }

    #[test]
    fn csp_hashes_each_import_map() {
        let map = r#"{"imports": {"bss-validate": "/vendor/bss-validate/dist/index.js"}}"#;
        let page = format!("<head><script type=\"importmap\">{map}</script><script type=\"module\" src=\"app.js\"></script>");
        let csp = csp(&page);
        let hash = base64(&Sha256::digest(map.as_bytes()));
        assert!(csp.contains(&format!("script-src 'self' 'wasm-unsafe-eval' 'sha256-{hash}';")), "{csp}");
        assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"));
    }
}
