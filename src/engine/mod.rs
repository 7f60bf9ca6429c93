//! The engine: walks a body against an operation's table and collects every violation, in
//! field order, each at its JSON Pointer. The tables ([`crate::spec`]) are data; the rules
//! ([`crate::rules`]) are pure checks on Rust values; this is where a value of the body meets
//! the rule its field's [`Kind`] names.

use crate::body::number::plain_notation;
use crate::body::{Doc, Members, View};
use crate::prelude::*;
use crate::report::pointer::{self, At};
use crate::report::{Allowed, Code, Fail, Scalar, fail};
use crate::rules::{account_name, email, integer, length, money, password, phone, text, time};
use crate::spec::{Empty, Field, Format, Kind, Method, Operation, Presence};

/// The rule a [`Format`] names.
fn format_check(format: Format, value: &str) -> Result<(), Fail> {
    match format {
        Format::Email => email::check(value),
        Format::MobileDigits => phone::bare(value),
        Format::Utc => time::utc(value).map(drop),
        Format::YearMonth => time::year_month(value).map(drop),
        Format::Date => time::date(value).map(drop),
        Format::BankAccount => text::bank_account(value),
        Format::CorpName => text::corp_name(value),
        Format::NoSpace => text::no_space(value),
        Format::Code => Ok(()),
    }
}

/// The violations found so far, each at a JSON Pointer, up to a limit.
#[derive(Debug)]
pub struct Report {
    items: Vec<(String, Fail)>,
    /// The most violations kept (`max_errors`): one more found is dropped, marks the report
    /// truncated, and ends the walk, so a body of a thousand bad items costs what a hundred do.
    limit: usize,
    truncated: bool,
}

impl Default for Report {
    fn default() -> Self {
        Report::limited(None)
    }
}

impl Report {
    /// A report that keeps at most `max` violations (at least one), or all of them.
    fn limited(max: Option<usize>) -> Self {
        Report { items: Vec::new(), limit: max.map_or(usize::MAX, |m| m.max(1)), truncated: false }
    }

    /// Adds a violation at `path` (dropped, and the report truncated, once it is full).
    pub fn push(&mut self, path: String, fail: Fail) {
        if self.items.len() >= self.limit {
            self.truncated = true;
        } else {
            self.items.push((path, fail));
        }
    }

    /// Adds a violation at `path` that supersedes what was said about `path` and below (a
    /// field that must not be sent at all needs no remarks on its contents).
    pub fn replace(&mut self, path: String, fail: Fail) {
        self.items.retain(|(p, _)| !pointer::within(p, &path));
        self.push(path, fail);
    }

    /// How many more violations it holds.
    fn room(&self) -> usize {
        self.limit.saturating_sub(self.items.len())
    }

    /// Whether a violation was dropped for the limit: there are more than it holds, and the
    /// walk stopped there.
    pub fn truncated(&self) -> bool {
        self.truncated
    }

    /// The violations, in the order they were found.
    pub fn into_items(self) -> Vec<(String, Fail)> {
        self.items
    }
}

/// The request body as the cross-field rules see it: each field of the table, as given.
pub struct Body<'a> {
    op: &'static Operation,
    /// Per field of `op`: its value (a repeated key: the last), and whether it is absent or
    /// passed its own checks.
    slots: &'a Slots<'a>,
}

impl<'a> Body<'a> {
    fn slot(&self, name: &str) -> Option<(usize, &(Option<View<'a>>, bool))> {
        let i = self.op.fields.iter().position(|f| f.name == name)?;
        Some((i, self.slots.get(i)?))
    }

    /// The field's value when it counts as given: not absent, not `null`, and not `""` where
    /// `""` means absent.
    pub fn given(&self, name: &str) -> Option<View<'a>> {
        let (i, (v, _)) = self.slot(name)?;
        let v = (*v)?;
        if v.is_null() {
            return None;
        }
        let empty_means_absent = self.op.fields.get(i).is_some_and(|f| f.presence.empty() == Empty::Absent);
        if empty_means_absent && v.as_str() == Some("") {
            return None;
        }
        Some(v)
    }

    /// The field's value when it is given and passed its own checks.
    pub fn valid(&self, name: &str) -> Option<View<'a>> {
        let (_, (_, valid)) = self.slot(name)?;
        if *valid { self.given(name) } else { None }
    }

    /// The integer value of a field that passed its own checks (`18.0` and, in a query, `"18"`
    /// read as 18, exactly as the field's own check read them).
    pub fn int(&self, name: &str) -> Option<i64> {
        self.valid(name).and_then(|v| int_of(v, true).ok())
    }

    /// The value of an enum field that passed its own checks, as the table spells it.
    pub fn choice(&self, name: &str) -> Option<&'static str> {
        let (i, _) = self.slot(name)?;
        let s = self.valid(name)?.as_str()?;
        match self.op.fields.get(i)?.kind {
            Kind::Choice { allowed, ignore_case } => allowed.iter().copied().find(|a| if ignore_case { a.eq_ignore_ascii_case(s) } else { *a == s }),
            _ => None,
        }
    }

    /// A string field's value, when it passed its own checks.
    pub fn valid_text(&self, name: &str) -> Option<&'a str> {
        self.valid(name).and_then(View::as_str)
    }

    /// A boolean field's value, when it passed its own checks.
    pub fn flag(&self, name: &str) -> Option<bool> {
        self.valid(name).and_then(View::as_bool)
    }

    /// The string items of a list field that passed its own checks.
    pub fn strings(&self, name: &str) -> Option<impl Iterator<Item = &'a str>> {
        Some(self.valid(name)?.as_array()?.iter().filter_map(View::as_str))
    }

    /// The time of a UTC timestamp or date field that passed its own checks (a date at its
    /// midnight).
    pub fn utc(&self, name: &str) -> Option<time::Seconds> {
        let s = self.valid(name).and_then(View::as_str)?;
        time::utc(s).ok().or_else(|| time::date_seconds(s))
    }

    /// A given string value, whether or not it passed its own checks.
    pub fn text(&self, name: &str) -> Option<&'a str> {
        self.given(name).and_then(View::as_str)
    }
}

/// Validates `doc` against `op`: every violation, in field order. `form`: the body holds a
/// form's values, already prepared (see [`crate::Options::form`]).
pub fn check(op: &'static Operation, doc: &Doc<'_>, form: bool) -> Vec<(String, Fail)> {
    run(op, doc, doc, form, None).0.into_items()
}

/// How the engine reads values beyond their JSON type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Read {
    /// A JSON body: integers are numbers.
    Body,
    /// Query parameters, which arrive as text: an integer may be its canonical text.
    Query,
    /// A form's values: integers may be text, as in a query, and a list item left blank
    /// (`""` or `null`) is missing, `required` (blank fields and rows at a list's end were
    /// already left out).
    Form,
}

/// Validates `read` against `op`: the violations in field order (at most `max`, see
/// [`Report`]), and the value the check found for each field of the table (by index; a
/// repeated key: the last), for a typed struct to be built from ([`crate::request`]).
/// `given` is the body as it came, `read` the body the rules read: the same, or `given`
/// prepared as form input. Text that cannot be sent as it was checked (a lone surrogate) is
/// found in `given`.
pub(crate) fn run<'v>(op: &'static Operation, given: &Doc<'_>, read: &'v Doc<'_>, form: bool, max: Option<usize>) -> (Report, Slots<'v>) {
    let mut out = Report::limited(max);
    let mut slots = EMPTY_SLOTS;
    if let View::Object(members) = read.root() {
        let read = match op.method {
            _ if form => Read::Form,
            Method::Get | Method::Delete => Read::Query,
            Method::Post | Method::Put => Read::Body,
        };
        check_object(op.fields, members, &At::Body, read, &mut out, &mut slots);
        if !out.truncated {
            // The cross rules run on a whole walk and are few; what they add is held to the
            // limit below, as one of them may also take violations back (PayOrders' `forbidden`
            // replaces what its list said).
            let limit = core::mem::replace(&mut out.limit, usize::MAX);
            (op.cross)(&Body { op, slots: &slots }, &mut out);
            out.limit = limit;
        }
    } else {
        out.push(String::new(), wrong_type("object"));
    }
    if given.any_lone() && !out.truncated {
        lone_surrogates(given, 0, &At::Body, &mut out);
    }
    if out.items.len() > 1 {
        out.items = in_field_order(op, core::mem::take(&mut out.items));
    }
    if out.items.len() > out.limit {
        out.items.truncate(out.limit);
        out.truncated = true;
    }
    (out, slots)
}

/// `lone_surrogate` at each string (or key: at its member) of `doc` from token `i` down that
/// held a lone surrogate. Such text cannot be sent as it was checked: UTF-8 cannot carry it,
/// so the next hop reads other text (U+FFFD, or a refusal) than the rules read.
fn lone_surrogates(doc: &Doc<'_>, i: usize, at: &At<'_>, out: &mut Report) {
    match doc.view_at(i) {
        View::String(_) if doc.is_lone(i) => out.push(at.pointer(), Fail::new(Code::LoneSurrogate)),
        View::Array(_) => {
            for (n, item) in doc.items(i).enumerate() {
                if out.truncated {
                    return;
                }
                lone_surrogates(doc, item, &At::Index(at, n), out);
            }
        }
        View::Object(_) => {
            for (key, value) in doc.members(i) {
                if out.truncated {
                    return;
                }
                let at = At::Key(at, doc.text_at(key));
                if doc.is_lone(key) {
                    // Once at a member, whether its key, its value or both held one.
                    out.push(at.pointer(), Fail::new(Code::LoneSurrogate));
                    if !doc.is_lone(value) {
                        lone_surrogates(doc, value, &at, out);
                    }
                } else {
                    lone_surrogates(doc, value, &at, out);
                }
            }
        }
        _ => {}
    }
}

/// Field order: the body itself, then the table's order, then unknown keys (already in key
/// order). A stable sort keeps each field's own violations before its cross ones.
fn in_field_order(op: &Operation, items: Vec<(String, Fail)>) -> Vec<(String, Fail)> {
    let rank = |path: &str| -> usize {
        let Some(first) = path.strip_prefix('/') else {
            return 0;
        };
        let seg = pieces(first, b'/').next().unwrap_or_default();
        // Unescaped only when it has a `~`: wire names have none, so most segments are as is.
        let name = if seg.bytes().any(|b| b == b'~') { Cow::Owned(pointer::unescape(seg)) } else { Cow::Borrowed(seg) };
        op.fields.iter().position(|f| f.name == name).map_or(op.fields.len() + 1, |i| i + 1)
    };
    // Usually they were found in order already: leave them be.
    if items.windows(2).all(|w| rank(&w[0].0) <= rank(&w[1].0)) {
        return items;
    }
    // Rank each violation once (ranking unescapes a path segment), then sort on the rank.
    let mut ranked: Vec<(usize, (String, Fail))> = items.into_iter().map(|item| (rank(&item.0), item)).collect();
    insertion_sort_by_key(&mut ranked, |(r, _)| *r);
    ranked.into_iter().map(|(_, item)| item).collect()
}

/// A stable sort for the handful of items a report holds. The standard library's sorts are
/// fast on large inputs but weigh several KB in the wasm module; these lists are short.
fn insertion_sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// An unstable O(n log n) sort in place, far smaller in the wasm module than `sort_unstable`.
fn heap_sort<T: Ord>(v: &mut [T]) {
    // Read with `get`, not `[]` (nor `slice::swap`): an index that might panic links the
    // panic's message formatting, `core::fmt`'s integers, into the module.
    fn swap<T>(v: &mut [T], a: usize, b: usize) {
        if let Some((head, tail)) = v.split_at_mut_checked(b) {
            if let (Some(x), Some(y)) = (head.get_mut(a), tail.first_mut()) {
                core::mem::swap(x, y);
            }
        }
    }
    fn sift<T: Ord>(v: &mut [T], mut root: usize, end: usize) {
        let Some(v) = v.get_mut(..end) else { return };
        loop {
            let left = 2 * root + 1;
            let child = match (v.get(left), v.get(left + 1)) {
                (Some(a), Some(b)) if a < b => left + 1,
                (Some(_), _) => left,
                _ => return,
            };
            match (v.get(root), v.get(child)) {
                (Some(r), Some(c)) if r < c => swap(v, root, child),
                _ => return,
            }
            root = child;
        }
    }
    for i in (0..v.len() / 2).rev() {
        sift(v, i, v.len());
    }
    for end in (1..v.len()).rev() {
        swap(v, 0, end);
        sift(v, 0, end);
    }
}

/// The most fields a table (or an object inside one) may have: an object's fields are
/// slotted in an array this long on the stack, not in a new `Vec` (a test holds every table
/// to it). The longest, ListCustomerOrders, has 14.
pub const MAX_FIELDS: usize = 16;

/// Per field of a table: its value as given (a repeated key: the last), and whether it is
/// absent or passed its own checks.
pub(crate) type Slots<'v> = [(Option<View<'v>>, bool); MAX_FIELDS];

/// No field given yet.
const EMPTY_SLOTS: Slots<'static> = [(None, true); MAX_FIELDS];

/// Checks every field of an object, then reports unknown keys. Fills `slots` (given empty;
/// the caller's, as returning them copied half a kilobyte per object).
fn check_object<'v>(fields: &[Field], members: Members<'v>, at: &At<'_>, read: Read, out: &mut Report, slots: &mut Slots<'v>) {
    // One pass over the members puts each in its field's slot or among the unknown keys.
    // Members mostly come in the table's order, so the field after the last one matched is
    // tried first. A repeated key is `duplicate_key` (I-JSON, RFC 7493: parsers disagree on
    // which occurrence counts, so the next hop may read another value); its rules read the
    // last occurrence, as `Map::get` does. Only JSON text can repeat a key.
    let mut unknown: Vec<&str> = Vec::new();
    let mut repeated: Vec<&str> = Vec::new();
    let mut next = 0;
    for (key, value) in members.iter() {
        let i = match fields.get(next) {
            Some(f) if f.name == key => Some(next),
            _ => fields.iter().position(|f| f.name == key),
        };
        match i.and_then(|i| slots.get_mut(i).map(|slot| (i, slot))) {
            Some((i, slot)) => {
                if slot.0.is_some() && !repeated.contains(&key) {
                    repeated.push(key);
                }
                slot.0 = Some(value);
                next = i + 1;
            }
            None => unknown.push(key),
        }
    }
    for (f, slot) in fields.iter().zip(slots.iter_mut()) {
        if out.truncated {
            return;
        }
        slot.1 = check_field(f, slot.0, &At::Key(at, f.name), read, out);
    }
    for key in repeated {
        out.push(At::Key(at, key).pointer(), Fail::new(Code::DuplicateKey));
    }
    if unknown.is_empty() {
        return;
    }
    // Unknown keys in key order, each once, whatever order (and repeats) the input had (the
    // order a `serde_json::Value` holds them in, so every reader gives the same answer).
    let room = out.room();
    // Natively only (a server's hostile input): the package's module sorts them all, which
    // gives the same answer in less code.
    if cfg!(feature = "std") && unknown.len() > room {
        // More than the report holds: only the smallest are told, so they are picked in one
        // pass, and a body of thousands of stray keys costs no sort of them all.
        let (smallest, dropped) = smallest_distinct(&unknown, room);
        for (key, count) in smallest {
            unknown_key(fields, at, key, count, out);
        }
        out.truncated |= dropped;
        return;
    }
    // A heap sort: an object may carry any number of stray keys, and it weighs little.
    heap_sort(&mut unknown);
    for same in unknown.chunk_by(|a, b| a == b) {
        if out.truncated {
            return;
        }
        let Some(&key) = same.first() else { continue };
        unknown_key(fields, at, key, same.len(), out);
    }
}

/// `unknown_field` at `key` (with the field it probably meant), and `duplicate_key` if it came
/// more than once.
fn unknown_key(fields: &[Field], at: &At<'_>, key: &str, count: usize, out: &mut Report) {
    let mut fail = Fail::new(Code::UnknownField);
    // A wire name is short: a longer key is no misspelling of one.
    if key.len() <= 64 {
        let folded = loose(key);
        fail.params.suggestion = fields.iter().find(|f| loose(f.name) == folded).map(|f| f.name);
    }
    let path = At::Key(at, key).pointer();
    if count > 1 {
        out.push(path.clone(), fail);
        out.push(path, Fail::new(Code::DuplicateKey));
    } else {
        out.push(path, fail);
    }
}

/// The `n` smallest distinct keys, in order, with how often each came, and whether a key was
/// left out. One pass, each key compared with the largest kept first: over random keys about
/// one comparison each.
fn smallest_distinct<'k>(keys: &[&'k str], n: usize) -> (Vec<(&'k str, usize)>, bool) {
    let mut kept: Vec<(&str, usize)> = Vec::with_capacity(n + 1);
    let mut dropped = false;
    for &key in keys {
        if kept.len() == n && kept.last().is_none_or(|(last, _)| key > *last) {
            dropped = true;
            continue;
        }
        match kept.binary_search_by(|(k, _)| (*k).cmp(key)) {
            Ok(i) => {
                if let Some((_, count)) = kept.get_mut(i) {
                    *count += 1;
                }
            }
            Err(i) => {
                kept.insert(i, (key, 1));
                if kept.len() > n {
                    kept.pop();
                    dropped = true;
                }
            }
        }
    }
    (kept, dropped)
}

/// A key folded for "did you mean": ASCII lower case, without `_` and `-` (`customerId` →
/// `customerid`). ASCII only: wire names are ASCII, and Unicode case tables would weigh on the wasm.
fn loose(key: &str) -> String {
    key.chars().filter(|c| *c != '_' && *c != '-').map(|c| c.to_ascii_lowercase()).collect()
}

fn check_field(field: &Field, value: Option<View<'_>>, at: &At<'_>, read: Read, out: &mut Report) -> bool {
    let required = field.presence == Presence::Required;
    match value {
        None | Some(View::Null) => {
            if required {
                out.push(at.pointer(), Fail::new(Code::Required));
            }
            !required
        }
        Some(View::String("")) => {
            let empty = field.presence.empty();
            if empty == Empty::Rejected {
                out.push(at.pointer(), Fail::new(Code::Empty));
            }
            empty != Empty::Rejected
        }
        Some(v) => check_value(&field.kind, v, at, read, out),
    }
}

fn check_value(kind: &Kind, value: View<'_>, at: &At<'_>, read: Read, out: &mut Report) -> bool {
    let result = match kind {
        Kind::Text { min, max, format } => as_str(kind, value).and_then(|s| {
            length::check(s, *min, *max)?;
            format.map_or(Ok(()), |f| format_check(f, s))
        }),
        Kind::Choice { allowed, ignore_case } => as_str(kind, value).and_then(|s| {
            let hit = allowed.iter().any(|a| if *ignore_case { a.eq_ignore_ascii_case(s) } else { *a == s });
            if hit { Ok(()) } else { Err(fail!(Code::NotOneOf, allowed: Allowed::Strs(allowed))) }
        }),
        Kind::Int { min, max } => int_of(value, read != Read::Body).and_then(|i| integer::range(i, i64::from(*min), i64::from(*max))),
        Kind::IntChoice(allowed) => int_of(value, read != Read::Body).and_then(|i| integer::one_of(i, allowed)),
        Kind::Bool => {
            if matches!(value, View::Bool(_)) {
                Ok(())
            } else {
                Err(wrong_type("boolean"))
            }
        }
        Kind::Money(bounds) => match value {
            View::String(s) => money::parse(s, bounds).map(drop),
            View::Number(n) => money::parse(&plain_notation(n), bounds).map(drop),
            _ => Err(wrong_type("decimal")),
        },
        Kind::Decimal => match value {
            View::String(s) => money::non_negative(s),
            View::Number(n) => money::non_negative(&plain_notation(n)),
            _ => Err(wrong_type("decimal")),
        },
        Kind::AccountName(rule) => as_str(kind, value).and_then(|s| account_name::check(s, rule)),
        Kind::Password(rule) => as_str(kind, value).and_then(|s| password::check(s, rule)),
        Kind::List { min, max, item } => {
            return check_list(*min, *max, item, value, at, read, out);
        }
        Kind::Object(fields) => {
            let View::Object(members) = value else {
                out.push(at.pointer(), wrong_type("object"));
                return false;
            };
            let before = out.items.len();
            let mut slots = EMPTY_SLOTS;
            check_object(fields, members, at, read, out, &mut slots);
            return passed_since(out, before);
        }
    };
    match result {
        Ok(()) => true,
        Err(fail) => {
            out.push(at.pointer(), fail);
            false
        }
    }
}

fn check_list(min: u16, max: Option<u16>, item: &Kind, value: View<'_>, at: &At<'_>, read: Read, out: &mut Report) -> bool {
    let View::Array(items) = value else {
        out.push(at.pointer(), wrong_type("array"));
        return false;
    };
    let before = out.items.len();
    let n = i64::try_from(items.len()).unwrap_or(i64::MAX);
    if n < i64::from(min) {
        out.push(at.pointer(), fail!(Code::TooFewItems, min: crate::report::Num::Int(min.into()), actual: n));
    } else if let Some(max) = max.filter(|m| n > i64::from(*m)) {
        out.push(at.pointer(), fail!(Code::TooManyItems, max: crate::report::Num::Int(max.into()), actual: n));
    }
    for (i, v) in items.iter().enumerate() {
        if out.truncated {
            break;
        }
        let at = At::Index(at, i);
        match v {
            // An item is always required: from a form, a row left blank before a filled one
            // is missing; otherwise a `null` in a list is a type error and `""` an empty ID.
            View::Null | View::String("") if read == Read::Form => out.push(at.pointer(), Fail::new(Code::Required)),
            View::Null => out.push(at.pointer(), wrong_type(item.expected())),
            View::String("") => out.push(at.pointer(), Fail::new(Code::Empty)),
            _ => {
                check_value(item, v, &at, read, out);
            }
        }
    }
    passed_since(out, before)
}

/// Whether what was checked since `before` passed: a repeated key (`duplicate_key`) is said of
/// the text, not of the value the rules read, so the cross rules still read that value.
fn passed_since(out: &Report, before: usize) -> bool {
    out.items.get(before..).is_none_or(|found| found.iter().all(|(_, f)| f.code == Code::DuplicateKey))
}

/// An integer: a JSON number, or, where text is read (`text_ok`), the canonical text of one.
fn int_of(value: View<'_>, text_ok: bool) -> Result<i64, Fail> {
    match value {
        View::Number(n) => integer::from_number(n),
        View::String(s) if text_ok => integer::from_text(s),
        _ => Err(wrong_type("integer")),
    }
}

fn as_str<'v>(kind: &Kind, value: View<'v>) -> Result<&'v str, Fail> {
    value.as_str().ok_or_else(|| wrong_type(kind.expected()))
}

fn wrong_type(expected: &'static str) -> Fail {
    fail!(Code::WrongType, expected: expected)
}

// ---------------------------------------------------------------------------------------
// Helpers for the cross-field rules.

/// No cross-field rules.
pub fn no_cross(_: &Body<'_>, _: &mut Report) {}

/// `begin <= end` for a time window, and, with `max_years`, `end <= begin + max_years`.
/// Runs only when both ends are given and well-formed; the violation sits on `end`.
pub fn window(body: &Body<'_>, out: &mut Report, begin: &str, end: &str, max_years: Option<i64>) {
    let (Some(b), Some(e)) = (body.utc(begin), body.utc(end)) else {
        return;
    };
    let field = pointer::push("", begin);
    if e < b {
        out.push(pointer::push("", end), fail!(Code::EndBeforeBegin, field: field));
    } else if let Some(years) = max_years.filter(|y| !time::within_years(b, e, *y)) {
        out.push(pointer::push("", end), fail!(Code::WindowTooLong, field: field, max: crate::report::Num::Int(years), unit: "year"));
    }
}

/// Each item of the list `list` has its own `key` (the first of two equal ones passes, the
/// second is `duplicate_item` at its key). Runs on a list whose items passed their checks.
pub fn distinct(body: &Body<'_>, out: &mut Report, list: &str, key: &str) {
    let Some(items) = body.valid(list).and_then(View::as_array) else {
        return;
    };
    // Quadratic, without a collection: a list holds at most a hundred items.
    fn key_of<'v>(item: View<'v>, key: &str) -> Option<&'v str> {
        item.as_object().and_then(|o| o.get(key)).and_then(View::as_str)
    }
    for (i, item) in items.iter().enumerate() {
        if key_of(item, key).is_some_and(|k| items.iter().take(i).any(|earlier| key_of(earlier, key) == Some(k))) {
            out.push(pointer::push(&pointer::push_index(&pointer::push("", list), i), key), Fail::new(Code::DuplicateItem));
        }
    }
}

/// The `YES`/`NO` switch of PayOrders: with `YES` the list is required, with `NO` it must
/// not be sent (参数错误 otherwise).
pub fn switch(body: &Body<'_>, out: &mut Report, switch: &str, list: &str) {
    let Some(v) = body.choice(switch) else {
        return;
    };
    let fail = |code| fail!(code, field: pointer::push("", switch), value: Scalar::Str(v));
    match (v, body.given(list)) {
        ("YES", None) => out.push(pointer::push("", list), fail(Code::Required)),
        ("NO", Some(_)) => out.replace(pointer::push("", list), fail(Code::Forbidden)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heap_sort_sorts() {
        let mut seed = 7u64;
        for n in 0..60 {
            let mut v: Vec<u64> = (0..n)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    seed % 10
                })
                .collect();
            let mut want = v.clone();
            want.sort_unstable();
            heap_sort(&mut v);
            assert_eq!(v, want);
        }
    }

    #[test]
    fn replace_supersedes_the_subtree_only() {
        let mut r = Report::default();
        r.push("/coupon_infos/0/id".into(), Fail::new(Code::TooLong));
        r.push("/coupon_infos_x".into(), Fail::new(Code::UnknownField));
        r.replace("/coupon_infos".into(), Fail::new(Code::Forbidden));
        let paths: Vec<_> = r.into_items().into_iter().map(|(p, _)| p).collect();
        assert_eq!(paths, ["/coupon_infos_x", "/coupon_infos"]);
    }
}
