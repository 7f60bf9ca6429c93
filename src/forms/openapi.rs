//! An OpenAPI 3.1 document of every operation, derived from the spec tables: its method and
//! path; GET and DELETE operations' fields as parameters (`in: path` for a path's `{name}`,
//! `in: query` otherwise), POST and PUT operations' body as an `application/json` request
//! body; and the RFC 9457 problems a server validating with [`crate::axum`] answers: 422
//! with the violations (`errors`), and for a body 400, 413 and 415. Each schema is the one
//! [`schema`] writes (draft 2020-12, OpenAPI 3.1's dialect), field by field
//! for the parameters, so no constraint is written twice. Huawei's own answers are not in
//! the tables, so a 200 is only described.
//!
//! Served by the demo server at `/openapi.json`, printed by `bss-validate --openapi`.
//!
//! ```
//! let doc: serde_json::Value = serde_json::from_str(&bss_validate::forms::openapi::document()).unwrap();
//! assert_eq!(doc["openapi"], "3.1.0");
//! assert_eq!(doc["paths"]["/v2/accounts/partner-accounts/reclaim"]["post"]["operationId"], "ReclaimToPartnerAccount");
//! ```

use crate::Code;
use crate::body::json::write_str;
use crate::forms::normalize::Prep;
use crate::forms::schema::{self, Cx, Target};
use crate::spec::{Method, OPERATIONS, Operation, Presence, Site};

/// The problem types besides 422's: status, `type` URI and the response's name.
const BODY_PROBLEMS: [(u16, &str, &str); 3] = [
    (400, "urn:bss-validate:problem:malformed-json", "MalformedJson"),
    (413, "urn:bss-validate:problem:body-too-large", "BodyTooLarge"),
    (415, "urn:bss-validate:problem:unsupported-media-type", "UnsupportedMediaType"),
];
/// The 422 problem's `type` URI.
const INVALID_BODY: &str = "urn:bss-validate:problem:invalid-body";

/// The host of each site.
fn server(site: Site) -> &'static str {
    match site {
        Site::China => "https://bss.myhuaweicloud.com",
        Site::International => "https://bss-intl.myhuaweicloud.com",
    }
}

/// The OpenAPI 3.1 document, as JSON text (a line for each path and component).
pub fn document() -> String {
    let mut out =
        String::from("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"Huawei Cloud partner BSS API, as bss-validate validates it\",\"version\":");
    write_str(&mut out, env!("CARGO_PKG_VERSION"));
    out.push_str(
        ",\"description\":\"The requests of the partner BSS API with the rules bss-validate checks, generated from its tables. \
         The problems are the answers of a server validating with bss-validate (its axum extractor), before any call to Huawei.\",\
         \"license\":{\"name\":\"MIT OR Apache-2.0\",\"identifier\":\"MIT OR Apache-2.0\"}},\
         \"jsonSchemaDialect\":\"https://json-schema.org/draft/2020-12/schema\",\"servers\":[{\"url\":",
    );
    write_str(&mut out, server(Site::China));
    out.push_str("}],\"paths\":{");
    // Operations sharing a path are one path item (a test holds each method to one operation).
    let mut paths: Vec<&str> = OPERATIONS.iter().map(|op| op.path).collect();
    paths.sort_unstable();
    paths.dedup();
    for (i, path) in paths.iter().enumerate() {
        out.push_str(if i > 0 { ",\n" } else { "\n" });
        write_str(&mut out, path);
        out.push_str(":{");
        for (j, op) in OPERATIONS.iter().filter(|op| op.path == *path).enumerate() {
            if j > 0 {
                out.push(',');
            }
            operation(&mut out, op);
        }
        out.push('}');
    }
    out.push_str("},\n\"components\":{\"schemas\":{\n\"Problem\":");
    out.push_str(
        "{\"description\":\"An RFC 9457 problem.\",\"type\":\"object\",\"properties\":{\
         \"type\":{\"type\":\"string\",\"format\":\"uri\"},\"title\":{\"type\":\"string\"},\"status\":{\"type\":\"integer\"},\
         \"detail\":{\"type\":\"string\"},\"errors\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Violation\"}},\
         \"truncated\":{\"const\":true,\"description\":\"More violations were found than the server lists (at most 100 in 16 KiB by default); errors holds the first ones.\"},\
         \"rulesVersion\":{\"type\":\"string\",\"description\":\"The fingerprint of the rules the body was judged by (also the BSS-Rules-Version header).\"}},\
         \"required\":[\"type\",\"title\",\"status\",\"detail\",\"rulesVersion\"]},\n\"Violation\":",
    );
    out.push_str(
        "{\"description\":\"One broken rule, as the npm package's validate gives it.\",\"type\":\"object\",\"properties\":{\
         \"path\":{\"type\":\"string\",\"description\":\"JSON Pointer (RFC 6901) over wire names; \\\"\\\" is the body.\"},\
         \"code\":{\"type\":\"string\",\"enum\":[",
    );
    for (i, code) in Code::ALL.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(&mut out, code.as_str());
    }
    out.push_str(
        "]},\"params\":{\"type\":\"object\",\"description\":\"The code's bounds and figures.\"},\
         \"message\":{\"type\":\"string\",\"description\":\"In the language Accept-Language asks for (en, zh-CN).\"}},\
         \"required\":[\"path\",\"code\",\"params\",\"message\"]}},\n\"responses\":{\n\"InvalidBody\":",
    );
    problem(&mut out, 422, INVALID_BODY, "The request breaks the operation's rules; `errors` lists each violation.");
    for (status, uri, name) in BODY_PROBLEMS {
        out.push_str(",\n");
        write_str(&mut out, name);
        out.push(':');
        problem(&mut out, status, uri, "The request body could not be read as the operation's JSON.");
    }
    out.push_str("}}}\n");
    out
}

/// A response of `status` with a problem of type `uri`.
fn problem(out: &mut String, status: u16, uri: &str, description: &str) {
    out.push_str("{\"description\":");
    write_str(out, description);
    out.push_str(",\"content\":{\"application/problem+json\":{\"schema\":{\"allOf\":[{\"$ref\":\"#/components/schemas/Problem\"},{\"properties\":{\"type\":{\"const\":");
    write_str(out, uri);
    out.push_str("},\"status\":{\"const\":");
    out.push_str(&status.to_string());
    out.push_str(if status == 422 { "}},\"required\":[\"errors\"]}]}}}}" } else { "}}}]}}}}" });
}

/// `"<method>":{…}`: the operation object of `op`.
fn operation(out: &mut String, op: &Operation) {
    write_str(out, &op.method.as_str().to_ascii_lowercase());
    out.push_str(":{\"operationId\":");
    write_str(out, op.name);
    out.push_str(",\"summary\":");
    write_str(out, op.title);
    if op.site != Site::China {
        out.push_str(",\"servers\":[{\"url\":");
        write_str(out, server(op.site));
        out.push_str("}]");
    }
    let cx = Cx { target: Target::Draft202012, prep: Prep { form: false, text: false }, query: false };
    let body = matches!(op.method, Method::Post | Method::Put);
    let in_path = |name: &str| op.path.contains(&format!("{{{name}}}"));
    if !body || op.fields.iter().any(|f| in_path(f.name)) {
        out.push_str(",\"parameters\":[");
        let params = op.fields.iter().filter(|f| !body || in_path(f.name));
        for (i, f) in params.enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"name\":");
            write_str(out, f.name);
            out.push_str(if in_path(f.name) { ",\"in\":\"path\"" } else { ",\"in\":\"query\"" });
            if in_path(f.name) || f.presence == Presence::Required {
                out.push_str(",\"required\":true");
            }
            // A parameter's value is text, read as its schema's type says: an integer as an
            // integer, never `null` (absent is left out).
            out.push_str(",\"schema\":");
            schema::field(out, op, f, cx, false, false);
            out.push('}');
        }
        out.push(']');
    }
    if body {
        // The fields left once the path's are taken out; the body is optional when they all are.
        let fields = op.fields.iter().filter(|f| !in_path(f.name));
        let required = fields.clone().any(|f| f.presence == Presence::Required);
        out.push_str(if required { ",\"requestBody\":{\"required\":true" } else { ",\"requestBody\":{\"required\":false" });
        out.push_str(",\"content\":{\"application/json\":{\"schema\":{");
        schema::head(out, op);
        out.push_str(",\"type\":\"object\"");
        schema::object(out, op, fields, cx, false);
        out.push_str("}}}}");
    }
    out.push_str(",\"responses\":{\"200\":{\"description\":\"Huawei's answer (not described by these tables).\"},\"422\":{\"$ref\":\"#/components/responses/InvalidBody\"}");
    if body {
        for (status, _, name) in BODY_PROBLEMS {
            out.push_str(",\"");
            out.push_str(&status.to_string());
            out.push_str("\":{\"$ref\":\"#/components/responses/");
            out.push_str(name);
            out.push_str("\"}");
        }
    }
    out.push_str("}}");
}
