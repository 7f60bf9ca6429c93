//! Form input, turned into what the endpoint takes, and nothing more: normalisation of what
//! a person types ([`crate::Options::normalize`]), and the reading of a form's values
//! ([`crate::Options::form`], see [`Prep::form`]), both in [`prepare`]. Each is an explicit
//! option; plain validation never changes input.
//!
//! Each normalisation is listed (`path`, `from`, `to`). Only string values of these fields change:
//!
//! | Field | Change |
//! |---|---|
//! | amounts (`amount`, `face_value`, `quota_amount`) | surrounding white space trimmed; full-width digits and point (`１２．５０`, from Chinese IMEs) → ASCII |
//! | verification codes | trimmed; full-width digits → ASCII |
//! | bare mobile numbers (CreateSubCustomer, SendVerificationMessageCode) | trimmed; full-width → ASCII; spaces and `-` inside and a `+86` / `0086` prefix dropped, when digits are left: `+86 138 0013 8000` → `13800138000` |
//! | CheckUserIdentity `search_value` when `search_type` is `mobile` | the same, then written `0086-…` (an 11-digit number starting with 1 is a mainland mobile): `+86 138 0013 8000` → `0086-13800138000` |
//! | e-mail, account names, UTC times, months (and `search_value` searching an e-mail or name) | trimmed |
//!
//! Trimming removes Unicode white space (U+3000 included) at both ends, only in fields whose
//! format allows no white space at all, so it can never change a value the endpoint would
//! take. IDs, free text, passwords and enum values are never touched.
//!
//! ```
//! use bss_validate::normalize;
//! use serde_json::json;
//! let op = bss_validate::spec::find("ReclaimToPartnerAccount").unwrap();
//! let (value, changes) = normalize::normalize(op, &json!({ "customer_id": "c1", "amount": " １２．５０ " }));
//! assert_eq!(value["amount"], "12.50");
//! assert_eq!((changes[0].path.as_str(), changes[0].to.as_str()), ("/amount", "12.50"));
//! ```

use crate::body::{Doc, Edit, EditKind, View};
use crate::prelude::*;
use crate::report::pointer::At;
use crate::report::shape::shape;
use crate::rules::integer;
use crate::spec::{Field, Format, Kind, Operation, Presence, check_user_identity};

shape! {
    /// One change normalisation made.
    pub struct Change {
        /// JSON Pointer of the value.
        pub path: String => "string",
        /// The value as given.
        pub from: String => "string",
        /// The value as normalised.
        pub to: String => "string",
    }
}

impl Change {
    /// The normalisations among `edits`.
    pub fn of(edits: &[Edit]) -> Vec<Change> {
        edits
            .iter()
            .filter_map(|e| match &e.kind {
                EditKind::Text { from, to } => Some(Change { path: e.path.clone(), from: from.clone(), to: to.clone() }),
                _ => None,
            })
            .collect()
    }
}

/// What a field's text is normalised as.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Amounts and verification codes: trim, full-width digits and point.
    Digits,
    /// A bare mobile number.
    Mobile,
    /// A mobile number with its country code (`0086-…`).
    MobileWithCode,
    /// Text whose format allows no white space: trim only.
    Trim,
}

/// The body with the form-input normalisations applied, and the list of changes.
#[cfg(feature = "std")]
pub fn normalize(op: &Operation, input: &serde_json::Value) -> (serde_json::Value, Vec<Change>) {
    let doc = crate::body::serde::read(input);
    let (_, edits) = prepare(op, &doc, Prep { form: false, text: true });
    let mut value = input.clone();
    crate::body::serde::apply(&mut value, &edits);
    (value, Change::of(&edits))
}

/// What [`prepare`] does to a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prep {
    /// Read the body as a form's values ([`crate::Options::form`]): a field whose value is
    /// `""` is left out (a form cannot send "nothing" but as an empty control), so is a list
    /// with no filled row where the field may be absent; blank rows at a list's end are
    /// dropped; the canonical text of an integer in an integer field becomes that integer.
    pub form: bool,
    /// The text normalisations of the table above, each change listed.
    pub text: bool,
}

/// The body a form's input stands for, and the edits that made it of `doc`: [`Prep`] says
/// which readings apply. Only fields of the tables are touched; unknown keys stay, for the
/// rules to report.
///
/// ```
/// use bss_validate::body::{json, EditKind};
/// use bss_validate::normalize::{prepare, Prep};
/// let op = bss_validate::spec::find("RenewalResources").unwrap();
/// let form = json::read(r#"{"resource_ids": ["r1"], "period_type": "2", "period_num": "1", "is_auto_pay": ""}"#).unwrap();
/// let (_, edits) = prepare(op, &form, Prep { form: true, text: true });
/// let kinds: Vec<_> = edits.iter().map(|e| (e.path.as_str(), &e.kind)).collect();
/// assert_eq!(kinds, [("/period_type", &EditKind::Number), ("/period_num", &EditKind::Number), ("/is_auto_pay", &EditKind::Remove)]);
/// ```
pub fn prepare<'a>(op: &Operation, doc: &Doc<'a>, prep: Prep) -> (Doc<'a>, Vec<Edit>) {
    let mut p = Preparing { src: doc, out: doc.blank(), edits: Vec::new(), prep };
    match doc.root() {
        View::Object(members) => {
            // CheckUserIdentity's `search_value` is read by `search_type`: a mobile, or an
            // e-mail or account name (neither of which allows white space).
            let search = match (op.name == check_user_identity::OP.name).then(|| members.get("search_type").and_then(View::as_str)) {
                Some(Some("mobile")) => Some(Class::MobileWithCode),
                Some(Some("email" | "name")) => Some(Class::Trim),
                _ => None,
            };
            p.object(op.fields, 0, &At::Body, search);
        }
        _ => p.out.copy(doc, 0),
    }
    (p.out, p.edits)
}

/// A body being prepared: read from `src`, written to `out`.
struct Preparing<'s, 'a> {
    src: &'s Doc<'a>,
    out: Doc<'a>,
    edits: Vec<Edit>,
    prep: Prep,
}

impl Preparing<'_, '_> {
    fn object(&mut self, fields: &[Field], at: usize, base: &At<'_>, search: Option<Class>) {
        let src = self.src;
        // A repeated key of the table counts at its last occurrence, as the engine, serde_json
        // and `JSON.parse` read it. The earlier ones stay as `null` (absent, whatever they
        // held), so the check still sees the repeat (`duplicate_key`) and reads the last one.
        let mut last = [usize::MAX; crate::engine::MAX_FIELDS];
        for (n, (key_at, _)) in src.members(at).enumerate() {
            if let Some(slot) = fields.iter().position(|f| f.name == src.text_at(key_at)).and_then(|i| last.get_mut(i)) {
                *slot = n;
            }
        }
        let open = self.out.open(true);
        let mut count = 0;
        for (n, (key_at, value_at)) in src.members(at).enumerate() {
            let key = src.text_at(key_at);
            let field = fields.iter().position(|f| f.name == key);
            let Some(f) = field.and_then(|i| fields.get(i)) else {
                // A key of no field: key and value as they are, in one copy.
                self.out.copy_tokens(src, key_at, src.end(value_at));
                count += 1;
                continue;
            };
            let mark = self.out.len();
            self.out.copy(src, key_at);
            if field.is_some_and(|i| last.get(i) != Some(&n)) {
                self.out.null();
                count += 1;
                continue;
            }
            let class = if search.is_some() && f.name == "search_value" { search } else { class_of(&f.kind) };
            let path = At::Key(base, key);
            let written = self.out.len();
            self.value(&f.kind, class, value_at, &path);
            // Blank after trimming counts as blank: a control holding only spaces is empty. A
            // list with no filled row, or a group of controls (an object) with none filled, is
            // not given where the field may be left out (a required one stays, for its rules:
            // `[]` is a value of some).
            let blank = match self.out.view_at(written) {
                View::String(s) => s.is_empty(),
                View::Array(items) => items.is_empty() && f.presence != Presence::Required,
                View::Object(members) => members.is_empty() && f.presence != Presence::Required,
                _ => false,
            };
            if self.prep.form && blank {
                // Left out; after earlier occurrences it stays as `null` (still absent), so
                // the repeat is still seen.
                if count > 0 && src.members(at).take(n).any(|(k, _)| src.text_at(k) == key) {
                    self.out.truncate(written);
                    self.out.null();
                    count += 1;
                } else {
                    self.out.truncate(mark);
                }
                self.edits.push(Edit { path: path.pointer(), kind: EditKind::Remove });
            } else {
                count += 1;
            }
        }
        self.out.close(open, count);
    }

    fn value(&mut self, kind: &Kind, class: Option<Class>, at: usize, path: &At<'_>) {
        let src = self.src;
        // Normalisation alone (not form values) changes only text of a class: a value with
        // none inside is copied whole, however long a list it is. Natively only (a server's
        // hostile input); the package's module walks it, which writes the same in less code.
        if cfg!(feature = "std") && !self.prep.form && class.is_none() && untouched(kind) {
            self.out.copy(src, at);
            return;
        }
        match (kind, src.view_at(at)) {
            // Only an integer's own text (`"20"`, not `"020"` or `"+20"`): anything else stays
            // text, for the rule to report. Such text is the number's ECMAScript text as well,
            // up to 2^53, far beyond the bounds of every integer field.
            (Kind::Int { .. } | Kind::IntChoice(_), View::String(s)) if self.prep.form && integer::from_text(s).is_ok() => {
                self.out.own(true, s);
                self.edits.push(Edit { path: path.pointer(), kind: EditKind::Number });
            }
            (_, View::String(s)) => match class.filter(|_| self.prep.text).and_then(|c| text(c, s)) {
                Some(to) => {
                    self.out.own(false, &to);
                    self.edits.push(Edit { path: path.pointer(), kind: EditKind::Text { from: s.to_owned(), to } });
                }
                None => self.out.copy(src, at),
            },
            (Kind::List { item, .. }, View::Array(_)) => {
                let open = self.out.open(false);
                let mut kept = (0, self.out.len());
                for (i, item_at) in src.items(at).enumerate() {
                    let written = self.out.len();
                    self.value(item, class_of(item), item_at, &At::Index(path, i));
                    // A form's spare rows: blank items at the end are not items. Blank ones
                    // before a filled one stay, so that each error's index is its row's.
                    let blank = match self.out.view_at(written) {
                        View::Null => true,
                        View::String(s) => s.is_empty(),
                        View::Object(m) => m.is_empty(),
                        _ => false,
                    };
                    if !(self.prep.form && blank) {
                        kept = (i + 1, self.out.len());
                    }
                }
                if kept.0 < src.count(at) {
                    self.out.truncate(kept.1);
                    self.edits.push(Edit { path: path.pointer(), kind: EditKind::Truncate(kept.0) });
                }
                self.out.close(open, kept.0);
            }
            (Kind::Object(fields), View::Object(_)) => self.object(fields, at, path, None),
            _ => self.out.copy(src, at),
        }
    }
}

/// Whether normalisation may rewrite the text of `op`'s field `name` of `kind` (`name` is
/// read at the body's top level only).
pub(crate) fn rewrites(op: &Operation, name: &str, kind: &Kind) -> bool {
    class_of(kind).is_some() || (name == "search_value" && op.name == check_user_identity::OP.name)
}

/// Whether normalisation leaves every value of `kind` as it is: no text of a class in it.
fn untouched(kind: &Kind) -> bool {
    match kind {
        Kind::List { item, .. } => untouched(item),
        Kind::Object(fields) => fields.iter().all(|f| untouched(&f.kind)),
        _ => class_of(kind).is_none(),
    }
}

fn class_of(kind: &Kind) -> Option<Class> {
    match kind {
        Kind::Money(_) | Kind::Decimal => Some(Class::Digits),
        Kind::AccountName(_) => Some(Class::Trim),
        Kind::Text { format: Some(Format::Code), .. } => Some(Class::Digits),
        Kind::Text { format: Some(Format::MobileDigits), .. } => Some(Class::Mobile),
        Kind::Text { format: Some(Format::Email | Format::Utc | Format::YearMonth | Format::Date | Format::BankAccount), .. } => Some(Class::Trim),
        _ => None,
    }
}

/// `s` normalised as `class` says, or `None` where that leaves it as it is. The two commonest
/// cases of that are told before any text is written.
fn text(class: Class, s: &str) -> Option<String> {
    let trimmed = s.trim();
    let to = match class {
        Class::Trim if trimmed.len() == s.len() => return None,
        // Nothing to trim and all ASCII: no full-width character to fold either (natively
        // only, for a server's long hostile text; the package's module folds it, to the same).
        Class::Digits if cfg!(feature = "std") && trimmed.len() == s.len() && s.is_ascii() => return None,
        // Digits alone, without a country code, are a bare mobile number as it is.
        Class::Mobile if s.bytes().all(|b| b.is_ascii_digit()) && !s.starts_with("0086") => return None,
        Class::Trim => trimmed.to_owned(),
        Class::Digits => trimmed.chars().map(half_width).collect(),
        Class::Mobile | Class::MobileWithCode => {
            let half: String = trimmed.chars().map(half_width).collect();
            // Separators out; then a `+86` / `0086` prefix, as often as it is repeated
            // (`+86 0086 …`): dropped once only, the next pass would drop the rest, so a
            // normalised value sent to a normalising server would change again.
            let packed: String = half.chars().filter(|c| !(c.is_whitespace() || *c == '-')).collect();
            let mut national = None;
            let mut digits = packed.as_str();
            while let Some(rest) = digits.strip_prefix("+86").or_else(|| digits.strip_prefix("0086")) {
                national = Some(rest);
                digits = rest;
            }
            let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
            let mainland = digits.len() == 11 && digits.starts_with('1');
            match class {
                Class::Mobile if all_digits => digits.to_owned(),
                Class::MobileWithCode if all_digits && (national.is_some() || mainland) => {
                    let mut out = String::from("0086-");
                    out.push_str(digits);
                    out
                }
                _ => half,
            }
        }
    };
    (to != s).then_some(to)
}

/// Full-width digits, point, plus and minus (U+FF10–FF19, U+FF0E, U+FF0B, U+FF0D) as ASCII.
fn half_width(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - 0xFF10 + u32::from(b'0')).unwrap_or(c),
        '．' => '.',
        '＋' => '+',
        '－' => '-',
        c => c,
    }
}
