//! Resolving month and weekday names against a document's date.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::Tense;
use crate::text::lexicon::words;

words!(
    /// English month names, lower-case, January first.
    pub(crate) MONTHS = "months.txt"
);
words!(
    /// English weekday names, lower-case, Monday first.
    pub(crate) WEEKDAYS = "weekdays.txt"
);

/// The weekday an English weekday name denotes, in any case.
pub fn weekday_named(name: &str) -> Option<Weekday> {
    const DAYS: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    let i = WEEKDAYS.iter().position(|d| d.eq_ignore_ascii_case(name))?;
    DAYS.get(i).copied()
}

/// The month number (1–12) of an English month name.
pub fn month_number(name: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(name))
        .map(|i| i as u32 + 1)
}

/// The year that puts `month` (and `day`) nearest to `anchor` (within ±6
/// months; an exact tie goes to the earlier year).
pub fn infer_year(anchor: NaiveDate, month: u32, day: Option<u32>) -> Option<i32> {
    let ay = anchor.year();
    let mut best: Option<(i64, i32)> = None;
    for y in [ay - 1, ay, ay + 1] {
        let dist = match day {
            Some(d) => {
                let Some(date) = NaiveDate::from_ymd_opt(y, month, d) else {
                    continue;
                };
                (date - anchor).num_days().abs()
            }
            None => {
                if !(1..=12).contains(&month) {
                    return None;
                }
                let a = i64::from(ay) * 12 + i64::from(anchor.month());
                (i64::from(y) * 12 + i64::from(month) - a).abs()
            }
        };
        if best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, y));
        }
    }
    best.map(|(_, y)| y)
}

/// With no tense, a bare weekday is the nearest one: up to this many days
/// after the anchor, else in the days before it.
const MAX_DAYS_AHEAD: i64 = 3;

/// The date a weekday name denotes relative to `anchor`; see the module
/// documentation for the rule.
pub fn resolve_weekday(anchor: NaiveDate, weekday: Weekday, tense: Tense) -> NaiveDate {
    let a = anchor.weekday().num_days_from_monday() as i64;
    let w = weekday.num_days_from_monday() as i64;
    let forward = (w - a).rem_euclid(7);
    let delta = match tense {
        Tense::Past => -(if forward == 0 { 7 } else { 7 - forward }),
        Tense::Future => {
            if forward == 0 {
                7
            } else {
                forward
            }
        }
        Tense::Unknown => {
            if forward <= MAX_DAYS_AHEAD {
                forward
            } else {
                forward - 7
            }
        }
    };
    shift_days(anchor, delta)
}

pub(super) fn shift_days(d: NaiveDate, delta: i64) -> NaiveDate {
    if delta >= 0 {
        d.checked_add_days(Days::new(delta as u64)).unwrap_or(d)
    } else {
        d.checked_sub_days(Days::new(delta.unsigned_abs()))
            .unwrap_or(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The briefing's date (a Thursday).
    const BRIEFING: &str = "2021-01-28";

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weekday_rule() {
        let thu = d(BRIEFING);
        assert_eq!(
            resolve_weekday(thu, Weekday::Sun, Tense::Unknown),
            d("2021-01-31")
        );
        assert_eq!(
            resolve_weekday(thu, Weekday::Sun, Tense::Past),
            d("2021-01-24")
        );
        assert_eq!(
            resolve_weekday(thu, Weekday::Sun, Tense::Future),
            d("2021-01-31")
        );
        assert_eq!(
            resolve_weekday(thu, Weekday::Mon, Tense::Unknown),
            d("2021-01-25")
        );
        assert_eq!(
            resolve_weekday(thu, Weekday::Thu, Tense::Past),
            d("2021-01-21")
        );
        assert_eq!(resolve_weekday(thu, Weekday::Thu, Tense::Unknown), thu);
    }

    #[test]
    fn infer_year_rule() {
        assert_eq!(infer_year(d("2021-01-28"), 2, Some(2)), Some(2021));
        assert_eq!(infer_year(d("2021-01-28"), 11, Some(30)), Some(2020));
        assert_eq!(infer_year(d("2021-01-28"), 11, None), Some(2020));
        assert_eq!(infer_year(d("2021-12-20"), 1, Some(5)), Some(2022));
        assert_eq!(infer_year(d("2021-01-28"), 2, Some(29)), Some(2020));
        assert_eq!(infer_year(d("2021-01-28"), 13, None), None);
    }
}
