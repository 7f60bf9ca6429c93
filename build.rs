//! The rules' fingerprint, `RULES_VERSION` (src/lib.rs): a hash of the source text that
//! decides a verdict, so a browser bundle and a server built from different rules can tell.
//!
//! Hashed: the spec tables (`src/spec/`), the rules (`src/rules/`), the engine
//! (`src/engine/`), the registration checks (`src/eligibility.rs`), the body reader
//! (`src/body/`: what a body reads as is part of its verdict), form input's reading and
//! normalisation (`src/forms/normalize.rs`), and the codes, params and message catalogue
//! (`src/report/`). Not hashed: the adapters (`lib.rs`, `wasm.rs`, `axum.rs`), the derived
//! views (HTML attributes, JSON Schema, field lists), the typed structs, and the versions of
//! the dependencies (Cargo.lock pins them; the vectors hold their behaviour).
//!
//! The source text, not a rendering of the tables: a build script cannot run the crate it
//! builds. So an edit to a comment in those files changes the id too; that errs on the safe
//! side (a needless warning, never a missed difference).
//!
//! The id is the same on every machine: files in the order of their paths relative to the
//! package root (written with `/`), each hashed as its path, its length and its bytes with
//! CRLF line ends read as LF (a Windows checkout), by FNV-1a 64, a hash fixed by its
//! definition (std's `DefaultHasher` may change between Rust releases). 16 hex digits.

// A build script talks to cargo on stdout.
#![allow(clippy::print_stdout)]

use std::path::Path;
use std::{env, fs};

/// What decides a verdict, relative to the package root: folders (every file below) and files.
const HASHED: &[&str] = &["src/spec", "src/rules", "src/engine", "src/eligibility.rs", "src/body", "src/forms/normalize.rs", "src/report"];

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&root);
    let mut files = Vec::new();
    for item in HASHED {
        println!("cargo:rerun-if-changed={item}");
        collect(root, item, &mut files);
    }
    files.sort();
    let mut hash = Fnv::default();
    for relative in &files {
        let bytes = fs::read(root.join(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"));
        let text = without_cr(&bytes);
        hash.write(relative.as_bytes());
        hash.write(&[0]);
        hash.write(&(text.len() as u64).to_le_bytes());
        hash.write(&text);
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("rules_version.rs");
    fs::write(&out, format!("\"{:016x}\"\n", hash.0)).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}

/// Every file at or below `relative` (a path with `/`), as paths with `/`.
fn collect(root: &Path, relative: &str, files: &mut Vec<String>) {
    let path = root.join(relative);
    if path.is_file() {
        files.push(relative.to_owned());
        return;
    }
    let entries = fs::read_dir(&path).unwrap_or_else(|e| panic!("{relative}: {e}"));
    for entry in entries {
        let entry = entry.unwrap_or_else(|e| panic!("{relative}: {e}"));
        let name = entry.file_name().into_string().unwrap_or_else(|n| panic!("{relative}: a file name that is not UTF-8: {n:?}"));
        // Rust sources only: an editor's swap or backup file beside them is no rule.
        let source = name.ends_with(".rs") && !name.starts_with('.');
        if source || entry.path().is_dir() {
            collect(root, &format!("{relative}/{name}"), files);
        }
    }
}

/// The bytes with each CRLF written as LF.
fn without_cr(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for (i, &b) in bytes.iter().enumerate() {
        if !(b == b'\r' && bytes.get(i + 1) == Some(&b'\n')) {
            out.push(b);
        }
    }
    out
}

/// FNV-1a, 64 bits (Fowler, Noll, Vo).
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}
