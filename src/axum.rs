//! Server side with [axum](https://docs.rs/axum) (feature `axum`): request bodies validated by
//! the same core as the browser, and refused as RFC 9457 `application/problem+json`.
//!
//! A refused body is answered with the very violations the npm package's `validate` gives for
//! that body and locale (`errors`: `path`, `code`, `params`, `message`), so a form shows the
//! server's answer with `applyProblem` on the same fields, in the same words. The locale comes
//! from `Accept-Language` (zh-CN or English).
//!
//! | status | when | problem `type` |
//! |---|---|---|
//! | 422 | the body breaks the operation's rules | `urn:bss-validate:problem:invalid-body` |
//! | 400 | the body is not JSON | `urn:bss-validate:problem:malformed-json` |
//! | 413 | the body is over [`Settings::body_limit`] | `urn:bss-validate:problem:body-too-large` |
//! | 415 | the content type is not JSON (`application/json`, `…+json`) | `urn:bss-validate:problem:unsupported-media-type` |
//! | 404 | [`accept_named`] with an unknown operation | `urn:bss-validate:problem:unknown-operation` |
//!
//! ```no_run
//! use axum::{Router, routing::post};
//! use bss_validate::axum::Valid;
//! use bss_validate::request::ReclaimToPartnerAccount;
//!
//! async fn reclaim(Valid(req): Valid<ReclaimToPartnerAccount>) -> String {
//!     // Only a valid body gets here; the amount is an exact Decimal.
//!     format!("reclaiming {} from {}", req.amount, req.customer_id)
//! }
//! let app: Router = Router::new().route("/reclaim", post(reclaim));
//! ```
//!
//! The extractors read [`Settings`] from the request's extensions (add them with
//! `.layer(axum::Extension(Settings { .. }))`), and use the defaults otherwise: a 64 KiB body
//! limit, strict validation (no normalisation) and at most 100 violations in 16 KiB a problem.
//!
//! Every problem names the rules it was judged by ([`crate::RULES_VERSION`]): in the header
//! [`RULES_VERSION_HEADER`] (`BSS-Rules-Version`) and in the body's `rulesVersion` member, which
//! the npm package's `applyProblem` compares with its own. An extractor cannot add a header to
//! the handler's own answer; [`add_rules_version`] is the middleware that does, for every answer
//! of the routes it wraps:
//!
//! ```no_run
//! # use axum::{Router, routing::post};
//! # async fn reclaim() {}
//! let api: Router = Router::new()
//!     .route("/reclaim", post(reclaim))
//!     .layer(axum::middleware::map_response(bss_validate::axum::add_rules_version));
//! ```

use ::axum::body::{Body, to_bytes};
use ::axum::extract::{FromRequest, Request};
use ::axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use ::axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::forms::normalize::Change;
use crate::request::{self, Request as Typed};
use crate::spec::Operation;
use crate::{Locale, Options, Violation};

/// `BSS-Rules-Version`: the header that names the rules an answer was judged by, its value
/// [`crate::RULES_VERSION`]. Every [`Problem`] carries it; [`add_rules_version`] adds it to
/// the other answers. (No `X-` prefix: RFC 6648.)
pub const RULES_VERSION_HEADER: HeaderName = HeaderName::from_static("bss-rules-version");

/// Adds [`RULES_VERSION_HEADER`] to an answer: the middleware for the routes whose handlers
/// take [`Valid`] or call [`accept`], so a client can compare the server's rules with its own on
/// a success too, `.layer(axum::middleware::map_response(add_rules_version))`.
pub async fn add_rules_version(mut response: Response) -> Response {
    response.headers_mut().insert(RULES_VERSION_HEADER, HeaderValue::from_static(crate::RULES_VERSION));
    response
}

/// How the extractors read a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// The largest body read, in bytes; a larger one is refused with 413.
    pub body_limit: usize,
    /// Normalise form input before validating (see [`crate::forms::normalize`]), as a browser form
    /// bound with `normalize: true` does; the accepted body is then the normalised one.
    pub normalize: bool,
    /// The most violations a 422 problem lists ([`crate::Options::max_errors`]); past it the
    /// problem says `"truncated": true`. `None` lists them all, which lets one body of
    /// repeated bad items cost a hundred times the CPU and answer megabytes.
    pub max_errors: Option<usize>,
    /// The most bytes of a 422 problem's JSON: violations that would take it past this are left
    /// out too (`"truncated": true`). A hundred violations with Chinese messages, or one at a
    /// key of 60 KB, would otherwise answer far more than the body sent.
    pub answer_limit: usize,
}

impl Default for Settings {
    /// 64 KiB, strict, at most 100 violations in at most 16 KiB. The largest valid body of any
    /// operation (PayOrders with its lists full) is a few KiB, and a form shows a few
    /// violations at a time.
    fn default() -> Self {
        Settings { body_limit: 64 * 1024, normalize: false, max_errors: Some(100), answer_limit: 16 * 1024 }
    }
}

/// A valid body of an operation, as the server received it (normalised with
/// [`Settings::normalize`]).
#[derive(Debug, Clone)]
pub struct Accepted {
    /// The operation (or registration check) the body was validated against.
    pub operation: &'static Operation,
    /// The body: as sent, or normalised.
    pub body: serde_json::Value,
    /// What normalisation changed (empty when strict).
    pub changes: Vec<Change>,
    /// The locale the client asked for.
    pub locale: Locale,
}

/// A typed, valid request body: the extractor for handlers of one operation. `T` is one of
/// the structs of [`crate::request`].
#[derive(Debug, Clone, PartialEq)]
pub struct Valid<T>(pub T);

impl<S: Send + Sync, T: Typed> FromRequest<S> for Valid<T> {
    type Rejection = Problem;

    /// The body read once, checked once, and the struct built from what the check found.
    async fn from_request(req: Request, _state: &S) -> Result<Self, Problem> {
        let body = Received::read(req).await?;
        let doc = body.doc()?;
        request::from_doc::<T>(&doc, &body.options())
            .map(Valid)
            .map_err(|(errors, truncated)| Problem::bounded(T::OPERATION, errors, truncated, &body))
    }
}

/// Reads and validates `req`'s body against `operation`: the building block of [`Valid`],
/// for handlers that pick the operation at run time.
///
/// # Errors
/// A [`Problem`] (415, 413, 400 or 422) to answer with.
pub async fn accept(operation: &'static Operation, req: Request) -> Result<Accepted, Problem> {
    let body = Received::read(req).await?;
    let doc = body.doc()?;
    let judged = crate::judge(operation, &doc, &body.options());
    if !judged.failures.is_empty() {
        return Err(Problem::bounded(operation, crate::violations(judged.failures, body.locale), judged.truncated, &body));
    }
    let value = crate::body::serde::to_value(judged.prepared.as_ref().unwrap_or(&doc).root());
    Ok(Accepted { operation, body: value, changes: Change::of(&judged.edits), locale: body.locale })
}

/// A request's body bytes, with what the extractors read them by.
struct Received {
    bytes: ::axum::body::Bytes,
    settings: Settings,
    locale: Locale,
}

impl Received {
    /// The bytes of a JSON body within the limit; 415 or 413 otherwise.
    async fn read(req: Request) -> Result<Self, Problem> {
        let settings = req.extensions().get::<Settings>().copied().unwrap_or_default();
        let locale = locale(req.headers());
        if !is_json(req.headers()) {
            return Err(Problem::new(Kind::UnsupportedMediaType, locale));
        }
        let too_large = || Problem::new(Kind::BodyTooLarge(settings.body_limit), locale);
        let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
        if declared.is_some_and(|n| n > settings.body_limit as u64) {
            return Err(too_large());
        }
        // The only ways to fail here are a body over the limit and a client gone mid-body; the
        // latter never reads its answer.
        let bytes = to_bytes(req.into_body(), settings.body_limit).await.map_err(|_| too_large())?;
        Ok(Received { bytes, settings, locale })
    }

    /// The body read by the crate's own reader, as the browser's module reads it: the two
    /// agree on every text JS can send (a lone surrogate `\ud800` reads as U+FFFD on both
    /// sides, where serde_json's reader would refuse the body). 400 when it is not JSON.
    fn doc(&self) -> Result<crate::body::Doc<'_>, Problem> {
        std::str::from_utf8(&self.bytes).ok().and_then(crate::body::json::read).ok_or_else(|| Problem::new(Kind::MalformedJson, self.locale))
    }

    fn options(&self) -> Options {
        Options { normalize: self.settings.normalize, max_errors: self.settings.max_errors, ..Options::locale(self.locale) }
    }
}

/// [`accept`] for an operation (or registration check) named at run time, e.g. by the path.
///
/// # Errors
/// As [`accept`], and 404 for an unknown name.
pub async fn accept_named(name: &str, req: Request) -> Result<Accepted, Problem> {
    match crate::spec::table(name) {
        Some(op) => accept(op, req).await,
        None => Err(Problem::new(Kind::UnknownOperation, locale(req.headers()))),
    }
}

/// The locale an `Accept-Language` header asks for: the supported language (zh, en) with the
/// highest quality, the first of equals; English when none is supported.
///
/// ```
/// use axum::http::{HeaderMap, HeaderValue, header::ACCEPT_LANGUAGE};
/// use bss_validate::{Locale, axum::locale};
/// let mut h = HeaderMap::new();
/// h.insert(ACCEPT_LANGUAGE, HeaderValue::from_static("fr-FR, zh-CN;q=0.8, en;q=0.5"));
/// assert_eq!(locale(&h), Locale::ZhCn);
/// ```
pub fn locale(headers: &HeaderMap) -> Locale {
    let mut best: Option<(u16, Locale)> = None;
    for value in headers.get_all(header::ACCEPT_LANGUAGE) {
        let Ok(value) = value.to_str() else { continue };
        for range in value.split(',') {
            let mut parts = range.split(';');
            let Some(locale) = parts.next().and_then(Locale::from_tag) else { continue };
            let q = parts.find_map(|p| p.trim().strip_prefix("q=")).map_or(Some(1000), quality);
            if let Some(q) = q.filter(|&q| q > 0 && best.is_none_or(|(b, _)| q > b)) {
                best = Some((q, locale));
            }
        }
    }
    best.map(|(_, l)| l).unwrap_or_default()
}

/// An RFC 9110 quality value (`0`, `0.5`, `1.000`) in thousandths; `None` when malformed.
fn quality(text: &str) -> Option<u16> {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{frac:0<3}").parse::<u16>().ok()?;
    match int {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// `application/json` or any `application/…+json`, parameters (`charset`) ignored.
fn is_json(headers: &HeaderMap) -> bool {
    let Some(Ok(value)) = headers.get(header::CONTENT_TYPE).map(HeaderValue::to_str) else { return false };
    let essence = value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence.strip_prefix("application/").is_some_and(|sub| sub == "json" || sub.ends_with("+json"))
}

/// What went wrong, one per problem type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    InvalidBody,
    MalformedJson,
    BodyTooLarge(usize),
    UnsupportedMediaType,
    UnknownOperation,
}

impl Kind {
    fn status(self) -> StatusCode {
        match self {
            Kind::InvalidBody => StatusCode::UNPROCESSABLE_ENTITY,
            Kind::MalformedJson => StatusCode::BAD_REQUEST,
            Kind::BodyTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Kind::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Kind::UnknownOperation => StatusCode::NOT_FOUND,
        }
    }

    fn uri(self) -> &'static str {
        match self {
            Kind::InvalidBody => "urn:bss-validate:problem:invalid-body",
            Kind::MalformedJson => "urn:bss-validate:problem:malformed-json",
            Kind::BodyTooLarge(_) => "urn:bss-validate:problem:body-too-large",
            Kind::UnsupportedMediaType => "urn:bss-validate:problem:unsupported-media-type",
            Kind::UnknownOperation => "urn:bss-validate:problem:unknown-operation",
        }
    }

    /// The title, the same for every occurrence (RFC 9457 §3.1.3), in `locale`.
    fn title(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Kind::InvalidBody, Locale::En) => "The request body breaks the operation's rules.",
            (Kind::InvalidBody, Locale::ZhCn) => "请求体不符合接口规则。",
            (Kind::MalformedJson, Locale::En) => "The request body is not valid JSON.",
            (Kind::MalformedJson, Locale::ZhCn) => "请求体不是有效的 JSON。",
            (Kind::BodyTooLarge(_), Locale::En) => "The request body is too large.",
            (Kind::BodyTooLarge(_), Locale::ZhCn) => "请求体过大。",
            (Kind::UnsupportedMediaType, Locale::En) => "The request body must be JSON.",
            (Kind::UnsupportedMediaType, Locale::ZhCn) => "请求体必须是 JSON。",
            (Kind::UnknownOperation, Locale::En) => "There is no such operation.",
            (Kind::UnknownOperation, Locale::ZhCn) => "没有这个接口。",
        }
    }

    /// This occurrence, in `locale`.
    fn detail(self, locale: Locale, operation: Option<&Operation>, errors: usize) -> String {
        let name = operation.map_or("", |op| op.name);
        match (self, locale) {
            (Kind::InvalidBody, Locale::En) => format!("The body of {name} has {errors} error(s); see `errors`."),
            (Kind::InvalidBody, Locale::ZhCn) => format!("{name} 的请求体有 {errors} 处错误，见 errors。"),
            (Kind::BodyTooLarge(limit), Locale::En) => format!("At most {limit} bytes are read."),
            (Kind::BodyTooLarge(limit), Locale::ZhCn) => format!("最多读取 {limit} 字节。"),
            (Kind::UnsupportedMediaType, Locale::En) => "Send it with Content-Type: application/json.".to_owned(),
            (Kind::UnsupportedMediaType, Locale::ZhCn) => "请以 Content-Type: application/json 发送。".to_owned(),
            (kind, locale) => kind.title(locale).to_owned(),
        }
    }
}

/// An RFC 9457 problem: what the extractors refuse a request with. Its JSON is
/// `{"type", "title", "status", "detail", "errors"?, "rulesVersion"}`; `errors` (422 only)
/// holds the violations, exactly as the npm package's `validate` gives them, and
/// `rulesVersion` (an extension member) the rules they come from. Its answer carries the
/// same id in [`RULES_VERSION_HEADER`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The problem type, a stable URI (see the module docs).
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// A short summary of the type.
    pub title: &'static str,
    /// The HTTP status.
    pub status: u16,
    /// This occurrence.
    pub detail: String,
    /// The violations (422 only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<Violation>>,
    /// There were more violations than [`Settings::max_errors`]: `errors` holds the first ones
    /// found (422 only; serialized only when true).
    #[serde(skip_serializing_if = "core::ops::Not::not")]
    pub truncated: bool,
    /// The rules the body was judged by: [`crate::RULES_VERSION`].
    #[serde(rename = "rulesVersion")]
    pub rules_version: &'static str,
    /// The language of `title`, `detail` and the messages.
    #[serde(skip)]
    pub locale: Locale,
}

impl Problem {
    fn new(kind: Kind, locale: Locale) -> Self {
        Problem {
            kind: kind.uri(),
            title: kind.title(locale),
            status: kind.status().as_u16(),
            detail: kind.detail(locale, None, 0),
            errors: None,
            truncated: false,
            rules_version: crate::RULES_VERSION,
            locale,
        }
    }

    /// The 422 problem of a body that breaks `operation`'s rules.
    pub fn invalid(operation: &Operation, errors: Vec<Violation>, locale: Locale) -> Self {
        let kind = Kind::InvalidBody;
        let detail = kind.detail(locale, Some(operation), errors.len());
        Problem { detail, errors: Some(errors), ..Problem::new(kind, locale) }
    }

    /// The 422 problem as the extractors answer it: `truncated` when validation stopped at
    /// [`Settings::max_errors`], and within [`Settings::answer_limit`] bytes, the violations that
    /// would take it past that left out too. Its `detail` then says they are the first ones.
    fn bounded(operation: &Operation, mut errors: Vec<Violation>, truncated: bool, body: &Received) -> Self {
        // Room for the members besides `errors` (a few hundred bytes, the detail in Chinese).
        let mut room = body.settings.answer_limit.saturating_sub(1024);
        let keep = errors.iter().position(|v| {
            let size = serde_json::to_vec(v).map_or(usize::MAX, |b| b.len() + 1);
            match room.checked_sub(size) {
                Some(left) => {
                    room = left;
                    false
                }
                None => true,
            }
        });
        let truncated = truncated || keep.is_some();
        errors.truncate(keep.unwrap_or(errors.len()));
        let mut problem = Problem::invalid(operation, errors, body.locale);
        if truncated {
            problem.detail.push_str(match body.locale {
                Locale::En => " More were found; these are the first.",
                Locale::ZhCn => "另有更多错误，此处仅列出前面的部分。",
            });
            problem.truncated = true;
        }
        problem
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::BAD_REQUEST);
        // Serializing plain strings and violations cannot fail; the fallback keeps it total.
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut response = (status, Body::from(body)).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
        headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(self.locale.tag()));
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Language"));
        headers.insert(RULES_VERSION_HEADER, HeaderValue::from_static(self.rules_version));
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(value: &'static str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static(value));
        h
    }

    #[test]
    fn accept_language_picks_the_best_supported_language() {
        for (value, want) in [
            ("zh-CN", Locale::ZhCn),
            ("zh-CN,zh;q=0.9,en;q=0.8", Locale::ZhCn),
            ("en-US,en;q=0.9,zh-CN;q=0.8", Locale::En),
            ("fr, zh-Hans;q=0.5", Locale::ZhCn),
            ("en;q=0.5, zh;q=0.6", Locale::ZhCn),
            ("zh;q=0, en;q=0.1", Locale::En),
            ("zh;q=0", Locale::En),
            ("zh;q=2, en;q=0.3", Locale::En),
            ("zh;q=0.1234, en;q=0.3", Locale::En),
            ("de, fr", Locale::En),
            ("*", Locale::En),
            ("", Locale::En),
            ("en, zh", Locale::En),
            ("zh_TW", Locale::ZhCn),
        ] {
            assert_eq!(locale(&header(value)), want, "{value:?}");
        }
        assert_eq!(locale(&HeaderMap::new()), Locale::En);
    }

    #[test]
    fn quality_values_follow_rfc_9110() {
        assert_eq!(quality("1"), Some(1000));
        assert_eq!(quality("1.000"), Some(1000));
        assert_eq!(quality("0.5"), Some(500));
        assert_eq!(quality("0.05"), Some(50));
        assert_eq!(quality("0"), Some(0));
        for bad in ["1.5", "2", "0.1234", "-1", "abc", "0.x", ".5", ""] {
            assert_eq!(quality(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn json_content_types() {
        for (value, ok) in [
            ("application/json", true),
            ("application/json; charset=utf-8", true),
            ("Application/JSON", true),
            ("application/problem+json", true),
            ("text/plain", false),
            ("application/x-www-form-urlencoded", false),
            ("multipart/form-data; boundary=x", false),
            ("application/jsonx", false),
        ] {
            let mut h = HeaderMap::new();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static(value));
            assert_eq!(is_json(&h), ok, "{value}");
        }
        assert!(!is_json(&HeaderMap::new()));
    }
}
