//! Arbitrary text → `rules::money::parse` against every amount bound of the spec tables (and
//! a few more). Invariants: no panic; `Ok` only for text of the grammar
//! `^(0|[1-9][0-9]*)(\.[0-9]+)?$`, with at most `max_scale` decimals, positive, within the
//! bounds; the `Decimal`'s text is the input text exactly (nothing rounded, the scale kept);
//! and an error's code is the one the grammar predicts.
#![no_main]

use bss_validate::rules::money::{Bounds, parse};
use bss_validate::spec;
use libfuzzer_sys::fuzz_target;

const BOUNDS: &[Bounds] = &[
    spec::ACCOUNT_AMOUNT,
    spec::INDIRECT_ADJUST_AMOUNT,
    spec::INDIRECT_RECLAIM_AMOUNT,
    spec::FACE_VALUE,
    spec::QUOTA_AMOUNT,
    Bounds { min: None, max: "1", max_scale: 0 },
    Bounds { min: Some("0.5"), max: "99999999999999", max_scale: 4 },
];

/// The grammar, written independently of the crate: (int, frac) for text it accepts.
fn grammar(text: &str) -> Option<(&str, &str)> {
    let (int, frac) = match text.find('.') {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || (int.len() > 1 && int.starts_with('0')) {
        return None;
    }
    match frac {
        Some(f) if !digits(f) => None,
        Some(f) => Some((int, f)),
        None => Some((int, "")),
    }
}

/// Compares two canonical non-negative decimals as texts (no float, no Decimal).
fn cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let split = |s: &str| -> (String, String) {
        let (i, f) = s.split_once('.').unwrap_or((s, ""));
        (i.trim_start_matches('0').to_owned(), f.trim_end_matches('0').to_owned())
    };
    let (ai, af) = split(a);
    let (bi, bf) = split(b);
    ai.len().cmp(&bi.len()).then_with(|| ai.cmp(&bi)).then_with(|| {
        let w = af.len().max(bf.len());
        format!("{af:0<w$}").cmp(&format!("{bf:0<w$}"))
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for b in BOUNDS {
        let got = parse(text, b);
        let body = text.strip_prefix('-');
        let expect: Result<(), &str> = match (body, grammar(body.unwrap_or(text))) {
            (_, None) => Err("not_a_decimal"),
            (Some(_), Some(_)) => Err("not_positive"),
            (None, Some((int, frac))) => {
                if frac.len() > b.max_scale as usize {
                    Err("too_many_decimals")
                } else if cmp(text, "0").is_eq() {
                    Err("not_positive")
                } else if b.min.is_some_and(|min| cmp(text, min).is_lt()) {
                    Err("too_small")
                } else if cmp(text, b.max).is_gt() {
                    Err("too_large")
                } else {
                    let _ = int;
                    Ok(())
                }
            }
        };
        match (&got, expect) {
            (Ok(d), Ok(())) => assert_eq!(d.to_string(), text, "the Decimal is not the text"),
            (Err(f), Err(code)) => assert_eq!(f.code.as_str(), code, "{text:?} against {b:?}"),
            _ => panic!("{text:?} against {b:?}: got {got:?}, the grammar says {expect:?}"),
        }
    }
});
