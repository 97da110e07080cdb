//! Date expressions: "January 18, 2021", "20 January 2021", ISO dates in
//! file names.

use std::ops::Range;
use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::model::PartialDate;

/// A date expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range of the expression in the text.
    pub range: Range<usize>,
    /// The date it denotes, with its precision.
    pub date: PartialDate,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month number (1–12) of an English month name.
pub fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| *m == lower)
        .map(|i| i as u32 + 1)
}

fn full_date_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let m = "(January|February|March|April|May|June|July|August|September|October|November|December)";
        Regex::new(&format!(
            r"\b(?:{m}\s+(\d{{1,2}}),?\s+(\d{{4}})|(\d{{1,2}})\s+{m},?\s+(\d{{4}})|(\d{{4}})-(\d{{2}})-(\d{{2}}))\b"
        ))
        .expect("valid regex")
    })
}

/// Finds full (day-precision) dates in a text, in order.
///
/// `anchor` is the document's date, used to resolve expressions without a
/// year; it is unused for full dates.
pub fn find_dates(text: &str, _anchor: Option<NaiveDate>) -> Vec<DateMention> {
    let mut out = Vec::new();
    for c in full_date_re().captures_iter(text) {
        let whole = c.get(0).expect("group 0");
        let ymd = if let (Some(m), Some(d), Some(y)) = (c.get(1), c.get(2), c.get(3)) {
            (y.as_str(), month_number(m.as_str()), d.as_str())
        } else if let (Some(d), Some(m), Some(y)) = (c.get(4), c.get(5), c.get(6)) {
            (y.as_str(), month_number(m.as_str()), d.as_str())
        } else if let (Some(y), Some(m), Some(d)) = (c.get(7), c.get(8), c.get(9)) {
            (y.as_str(), m.as_str().parse().ok(), d.as_str())
        } else {
            continue;
        };
        let (Ok(y), Some(m), Ok(d)) = (ymd.0.parse(), ymd.1, ymd.2.parse()) else {
            continue;
        };
        if let Some(date) = PartialDate::ymd(y, m, d) {
            out.push(DateMention {
                range: whole.range(),
                date,
            });
        }
    }
    out
}

/// An ISO date (`YYYY-MM-DD`, also `YYYY_MM_DD` or `YYYYMMDD`) in a file
/// name, e.g. `2021-01-28_briefing.txt`.
pub fn date_in_file_name(name: &str) -> Option<NaiveDate> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?:^|[^0-9])((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?:[^0-9]|$)")
            .expect("valid regex")
    });
    let c = re.captures(name)?;
    NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> Vec<String> {
        find_dates(text, None)
            .into_iter()
            .map(|m| m.date.to_string())
            .collect()
    }

    #[test]
    fn full_dates_in_common_forms() {
        assert_eq!(iso("January 18, 2021"), ["2021-01-18"]);
        assert_eq!(iso("Wednesday 20 January 2021"), ["2021-01-20"]);
        assert_eq!(iso("Moscow, January 28, 2021"), ["2021-01-28"]);
        assert_eq!(iso("on 2021-01-28."), ["2021-01-28"]);
        assert!(iso("February 30, 2021").is_empty());
    }

    #[test]
    fn file_name_dates() {
        assert_eq!(
            date_in_file_name("2021-01-28_briefing.txt"),
            NaiveDate::from_ymd_opt(2021, 1, 28)
        );
        assert_eq!(
            date_in_file_name("briefing_20210128.md"),
            NaiveDate::from_ymd_opt(2021, 1, 28)
        );
        assert_eq!(date_in_file_name("000_c44d6f7761710eb4.txt"), None);
    }
}
