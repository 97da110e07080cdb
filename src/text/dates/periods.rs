//! Relative periods that speakers use more than calendar dates: parts of
//! the day ("tonight", "this morning", "last night"), weeks ("last week",
//! "this week", "over the weekend"), spans of years ("over the last four
//! years", "in two decades", "the next four years"), centuries ("the 21st
//! century") and named days ("9/11").
//!
//! | Form | Anchor Monday 2023-02-13 | Result |
//! |---|---|---|
//! | "tonight", "this morning/afternoon/evening" | | 2023-02-13, day |
//! | "last night" | | 2023-02-12, day |
//! | "last/this/next week" | | Monday to Sunday of that week: 2023-02-06 … 2023-02-12 for "last week" |
//! | "over the weekend", "last weekend" | | the Saturday and Sunday before the anchor: 2023-02-11 … 2023-02-12 |
//! | "this weekend" | | the Saturday and Sunday of the anchor's week |
//! | "(over) the last/past N years", "the last decade" | anchor 2012 | 2008 … 2012 for four years |
//! | "the next N years" | anchor 2012 | 2012 … 2016 |
//! | "in N years", "in two decades" | anchor 2012 | past tense or "the lowest … in": 1992 for two decades; otherwise the future: 2014 for two years |
//! | "the 21st century" | | 2001 … 2100, year |
//! | "9/11" | | 2001-09-11 |

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::scanner::{Hit, Scanner, number_word, which};
use super::tense::{Tense, sentence_tense};
use super::tokens::Tk;
use super::{DateKind, PartialDate};

/// Years in a decade, for "the last decade", "in two decades".
const DECADE: i32 = 10;
/// Years in a century.
const CENTURY: i32 = 100;
/// "a couple of years": two.
const COUPLE: i32 = 2;
/// "a few years", "several years": about three.
const FEW: i32 = 3;

impl Scanner<'_, '_> {
    /// "tonight", "this morning", "last night", "last/this/next week",
    /// "over the weekend".
    pub(super) fn day_part_or_week(&self, i: usize) -> Option<Hit> {
        let anchor = self.anchor?;
        let w = self.word(i)?.to_ascii_lowercase();
        if w == "tonight" {
            return Some(self.hit(
                i,
                i + 1,
                PartialDate::from_naive(anchor),
                DateKind::Relative,
            ));
        }
        // "over the weekend", "over the course of the weekend".
        if w == "over" {
            let mut j = i + 1;
            if self.word_is(j, &["the"])
                && self.word_is(j + 1, &["course"])
                && self.word_is(j + 2, &["of"])
            {
                j += 3;
            }
            if self.word_is(j, &["the"]) && self.word_is(j + 1, &["weekend"]) {
                return self.weekend(i, j + 2, anchor, -1);
            }
            return None;
        }
        let delta = which(&w, &["last", "this", "next"])?;
        let unit = self.word(i + 1)?.to_ascii_lowercase();
        match (delta, unit.as_str()) {
            (0, "night") => Some(self.hit(
                i,
                i + 2,
                PartialDate::from_naive(anchor.pred_opt()?),
                DateKind::Relative,
            )),
            (1, "morning" | "afternoon" | "evening") => Some(self.hit(
                i,
                i + 2,
                PartialDate::from_naive(anchor),
                DateKind::Relative,
            )),
            (_, "week") => {
                let monday = anchor - Days::new(u64::from(anchor.weekday().num_days_from_monday()));
                let start = match delta {
                    0 => monday.checked_sub_days(Days::new(7))?,
                    1 => monday,
                    _ => monday.checked_add_days(Days::new(7))?,
                };
                let mut h = self.hit(i, i + 2, PartialDate::from_naive(start), DateKind::Relative);
                h.end = Some(PartialDate::from_naive(
                    start.checked_add_days(Days::new(6))?,
                ));
                Some(h)
            }
            (0, "weekend") => self.weekend(i, i + 2, anchor, -1),
            (1, "weekend") => self.weekend(i, i + 2, anchor, 0),
            _ => None,
        }
    }

    /// The weekend before the anchor (`which` -1) or of its week (0).
    fn weekend(&self, i: usize, next: usize, anchor: NaiveDate, which: i32) -> Option<Hit> {
        let mut sat = anchor;
        if which < 0 {
            sat = sat.pred_opt()?;
            while sat.weekday() != Weekday::Sat {
                sat = sat.pred_opt()?;
            }
        } else {
            while sat.weekday() != Weekday::Sat {
                sat = sat.succ_opt()?;
            }
        }
        let mut h = self.hit(i, next, PartialDate::from_naive(sat), DateKind::Relative);
        h.end = Some(PartialDate::from_naive(sat.succ_opt()?));
        Some(h)
    }

    /// "(over) the last/past four years", "the last decade", "the next four
    /// years", "in two decades", "in 30 years".
    pub(super) fn span_of_years(&self, i: usize) -> Option<Hit> {
        let anchor = self.anchor?;
        let year = anchor.year();
        let w = self.word(i)?.to_ascii_lowercase();
        let (dir, j) = match w.as_str() {
            "the" | "these" => match self.word(i + 1).map(str::to_ascii_lowercase).as_deref() {
                Some("last" | "past") => (-1, i + 2),
                Some("next" | "coming") => (1, i + 2),
                // "these four years"
                _ if w == "these" => (-1, i + 1),
                _ => return None,
            },
            // "in two decades", "in 30 years": the past when the clause is
            // past or perfect ("haven't had talks in two years", "the
            // lowest level in 30 years"), else the future.
            "in" => (0, i + 1),
            // "within ten years", "within eight to 10 years": the future.
            "within" => (1, i + 1),
            _ => return None,
        };
        let (n, unit_at) = self.count(j)?;
        // "within eight to 10 years": from the first count to the second.
        let (upto, unit_at) = match self.word_is(unit_at, &["to"]) {
            true => match self.count(unit_at + 1) {
                Some((m, k)) if m > n => (Some(m), k),
                _ => return None,
            },
            false => (None, unit_at),
        };
        let unit = self.word(unit_at)?.to_ascii_lowercase();
        let years = match unit.as_str() {
            "year" | "years" => n,
            "decade" | "decades" => n * DECADE,
            _ => return None,
        };
        // "in six years from today": counted from today, to the day (`ago`).
        if self.word_is(unit_at + 1, &["from"]) && self.word_is(unit_at + 2, &["today", "now"]) {
            return None;
        }
        let dir = if dir == 0 {
            match sentence_tense(self.text, self.t[i].start) {
                Tense::Future => 1,
                _ if self.lowest_in(i) => -1,
                Tense::Past => -1,
                _ => 1,
            }
        } else {
            dir
        };
        let (start, end) = if dir < 0 {
            (year - years, year)
        } else {
            (year, year + years)
        };
        let mut h = self.hit(i, unit_at + 1, PartialDate::y(start), DateKind::Relative);
        // "in two years" is one year, the others a span; "in eight to 10
        // years" the span between the two counts.
        let single = matches!(w.as_str(), "in" | "within");
        h.end = (!single).then(|| PartialDate::y(end));
        if single && dir > 0 {
            h.date = PartialDate::y(end);
        }
        if let Some(m) = upto.filter(|_| single) {
            let far = m * if years == n { 1 } else { DECADE };
            (h.date, h.end) = if dir > 0 {
                (
                    PartialDate::y(year + years),
                    Some(PartialDate::y(year + far)),
                )
            } else {
                (
                    PartialDate::y(year - far),
                    Some(PartialDate::y(year - years)),
                )
            };
        }
        Some(h)
    }

    /// "the lowest level in 30 years": a superlative before "in".
    fn lowest_in(&self, i: usize) -> bool {
        (i.saturating_sub(4)..i).any(|k| {
            self.word(k).is_some_and(|w| {
                let w = w.to_ascii_lowercase();
                w.ends_with("est") && w.len() > 4 || w == "first" || w == "most"
            })
        })
    }

    /// A count before a unit: "four", "30", "a couple of", "a few",
    /// "several", or none ("the last decade"). Returns the count and the
    /// unit's index.
    fn count(&self, j: usize) -> Option<(i32, usize)> {
        let t = self.tok(j)?;
        if t.kind == Tk::Num && !t.sep && t.s.len() <= 3 {
            return Some((t.s.parse().ok()?, j + 1));
        }
        let w = self.word(j)?.to_ascii_lowercase();
        if let Some(n) = number_word(&w) {
            return Some((i32::try_from(n).ok()?, j + 1));
        }
        match w.as_str() {
            "a" if self.word_is(j + 1, &["couple"]) && self.word_is(j + 2, &["of"]) => {
                Some((COUPLE, j + 3))
            }
            "couple" if self.word_is(j + 1, &["of"]) => Some((COUPLE, j + 2)),
            "a" if self.word_is(j + 1, &["few"]) => Some((FEW, j + 2)),
            "few" | "several" => Some((FEW, j + 1)),
            "year" | "decade" => Some((1, j)),
            _ => None,
        }
    }

    /// "the 21st century", "the twentieth century".
    pub(super) fn century(&self, i: usize) -> Option<Hit> {
        let start = if self.word_is(i, &["the"]) { i + 1 } else { i };
        let t = self.tok(start)?;
        let (n, unit_at) = if t.kind == Tk::Num {
            let n: i32 = t.s.parse().ok()?;
            let suffix = self.word(start + 1)?;
            if !["st", "nd", "rd", "th"].contains(&suffix) || !self.tight(start + 1) {
                return None;
            }
            (n, start + 2)
        } else {
            let ordinals = ["nineteenth", "twentieth", "twenty-first"];
            (19 + which(self.word(start)?, &ordinals)? as i32, start + 1)
        };
        if !self.word_is(unit_at, &["century"]) || !(1..=30).contains(&n) {
            return None;
        }
        let first = (n - 1) * CENTURY + 1;
        let mut h = self.hit(i, unit_at + 1, PartialDate::y(first), DateKind::Explicit);
        h.end = Some(PartialDate::y(first + CENTURY - 1));
        Some(h)
    }

    /// "9/11": the attacks of 11 September 2001.
    pub(super) fn named_day(&self, i: usize) -> Option<Hit> {
        let is = |k: usize, s: &str| self.tok(k).is_some_and(|t| t.s == s);
        if is(i, "9") && is(i + 1, "/") && is(i + 2, "11") && self.tight(i + 1) && self.tight(i + 2)
        {
            let d = NaiveDate::from_ymd_opt(2001, 9, 11)?;
            return Some(self.hit(i, i + 3, PartialDate::from_naive(d), DateKind::Explicit));
        }
        None
    }
}
