//! Times as the partner API writes them, parsed by hand:
//!
//! - UTC timestamps `yyyy-MM-dd'T'HH:mm:ss'Z'` (exactly 20 characters, HH 00–23, mm/ss 00–59,
//!   a real calendar date: `2023-02-29` is rejected, `2024-02-29` accepted);
//! - months `YYYY-MM` (01–12);
//! - dates `YYYY-MM-DD` (China time, as ListPartnerAccountChangeRecords and
//!   ListSubCustomerBillDetail write them), a real calendar date.
//!
//! No clock is read here: windows are compared between two given times.
//!
//! ```
//! use bss_validate::rules::time;
//! let a = time::utc("2024-02-29T23:59:59Z").unwrap();
//! let b = time::utc("2025-02-28T23:59:59Z").unwrap();
//! assert!(time::within_years(a, b, 1));
//! assert!(time::utc("2024-02-30T00:00:00Z").is_err());
//! ```

use crate::report::{Code, Fail, fail};

/// Format name of a UTC timestamp.
pub const UTC: &str = "utc_datetime";
/// Format name of a month.
pub const YEAR_MONTH: &str = "year_month";

/// Format name of a date.
pub const DATE: &str = "date";

/// Seconds since 1970-01-01T00:00:00Z.
pub type Seconds = i64;

/// Parses `yyyy-MM-ddTHH:mm:ssZ`.
pub fn utc(value: &str) -> Result<Seconds, Fail> {
    parse_utc(value).ok_or_else(|| format(UTC))
}

/// Parses `YYYY-MM` into `(year, month)`.
pub fn year_month(value: &str) -> Result<(i64, u32), Fail> {
    let b = value.as_bytes();
    if b.len() != 7 || b[4] != b'-' {
        return Err(format(YEAR_MONTH));
    }
    match (num(&b[0..4]), num(&b[5..7])) {
        (Some(y), Some(m)) if (1..=12).contains(&m) => Ok((i64::from(y), m)),
        _ => Err(format(YEAR_MONTH)),
    }
}

/// Parses `YYYY-MM-DD` into `(year, month, day)`.
pub fn date(value: &str) -> Result<(i64, u32, u32), Fail> {
    parse_date(value.as_bytes()).ok_or_else(|| format(DATE))
}

/// The seconds of a date at 00:00:00 (of whatever zone it is written in: two dates of one zone
/// compare as their seconds do), for windows between dates.
pub fn date_seconds(value: &str) -> Option<Seconds> {
    let (y, m, d) = parse_date(value.as_bytes())?;
    Some(days_from_civil(y, m, d) * 86_400)
}

fn parse_date(b: &[u8]) -> Option<(i64, u32, u32)> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (i64::from(num(&b[0..4])?), num(&b[5..7])?, num(&b[8..10])?);
    ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then_some((y, m, d))
}

/// True when `end` is no later than `begin` plus `years` calendar years (a Feb 29 start
/// ends on Feb 28 of a common year).
pub fn within_years(begin: Seconds, end: Seconds, years: i64) -> bool {
    let days = begin.div_euclid(86_400);
    let secs = begin.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let ny = y + years;
    let nd = d.min(days_in_month(ny, m));
    end <= days_from_civil(ny, m, nd) * 86_400 + secs
}

fn parse_utc(value: &str) -> Option<Seconds> {
    let b = value.as_bytes();
    if b.len() != 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[19] != b'Z' {
        return None;
    }
    let (y, mo, d) = (num(&b[0..4])?, num(&b[5..7])?, num(&b[8..10])?);
    let (h, mi, s) = (num(&b[11..13])?, num(&b[14..16])?, num(&b[17..19])?);
    let y = i64::from(y);
    if !(1..=12).contains(&mo) || d == 0 || d > days_in_month(y, mo) || h > 23 || mi > 59 || s > 59 {
        return None;
    }
    Some(days_from_civil(y, mo, d) * 86_400 + i64::from(h * 3600 + mi * 60 + s))
}

fn num(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |acc, b| b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0')))
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = i64::from((m + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let m = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

fn format(name: &'static str) -> Fail {
    fail!(Code::InvalidFormat, format: name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(date("2024-02-29").unwrap(), (2024, 2, 29));
        assert_eq!(date_seconds("1970-01-02"), Some(86_400));
        for bad in ["2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-4-1", "2024/04/01", "2024-04-01T00:00:00Z", "２０２４-04-01", ""]
        {
            assert_eq!(date(bad).unwrap_err().params.format, Some(DATE), "{bad:?}");
        }
    }

    #[test]
    fn timestamps() {
        assert_eq!(utc("1970-01-01T00:00:00Z").unwrap(), 0);
        assert_eq!(utc("2019-05-06T08:05:01Z").unwrap(), 1_557_129_901);
        assert!(utc("2024-02-29T23:59:59Z").is_ok());
        for bad in [
            "2023-02-29T00:00:00Z",
            "2019-13-01T00:00:00Z",
            "2019-00-01T00:00:00Z",
            "2019-05-00T00:00:00Z",
            "2019-04-31T00:00:00Z",
            "2019-05-06T24:00:00Z",
            "2019-05-06T08:60:01Z",
            "2019-05-06T08:05:60Z",
            "2019-05-06 08:05:01Z",
            "2019-05-06T08:05:01",
            "2019-05-06T08:05:01+08:00",
            "2019-05-06T08:05:01z",
            "2019-5-6T8:5:1Z",
            "２０１９-05-06T08:05:01Z",
            "",
            "2019-05-06T08:05:01.000Z",
        ] {
            assert_eq!(utc(bad).unwrap_err().params.format, Some(UTC), "{bad:?}");
        }
    }

    #[test]
    fn months() {
        assert_eq!(year_month("2024-05").unwrap(), (2024, 5));
        assert_eq!(year_month("2024-12").unwrap(), (2024, 12));
        for bad in ["2024-13", "2024-00", "2024-5", "202405", "2024/05", "24-05", "2024-05-01", ""] {
            assert!(year_month(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn one_year_windows() {
        let t = |s| utc(s).unwrap();
        assert!(within_years(t("2024-01-01T00:00:00Z"), t("2025-01-01T00:00:00Z"), 1));
        assert!(!within_years(t("2024-01-01T00:00:00Z"), t("2025-01-01T00:00:01Z"), 1));
        assert!(within_years(t("2024-02-29T12:00:00Z"), t("2025-02-28T12:00:00Z"), 1));
        assert!(!within_years(t("2024-02-29T12:00:00Z"), t("2025-03-01T00:00:00Z"), 1));
        for days in [-1_000_000, -1, 0, 59, 60, 10_957, 1_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}
