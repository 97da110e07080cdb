//! The date forms: full dates, month and day, month and year, years,
//! ranges and decades, relative days, periods and weekdays; [`Scanner::at`]
//! tries them in turn.

use chrono::{Datelike, Months, NaiveDate};

use super::resolve::shift_days;
use super::scanner::{
    DATED_YEARS, DAY_EVENT_NOUNS, EVENT_HEADS, Hit, MAX_YEAR_RANGE, MONTH_CONTEXT, QUANTITY_WORDS,
    Scanner, YEAR_CONTEXT, is_apos, is_dash, number_word, triggers, which,
};
use super::tokens::Tk;
use super::{
    DateKind, Qualifier, Tense, infer_year, month_number, resolve_weekday, sentence_tense,
};
use crate::model::PartialDate;

/// "a few", "several" weeks/months/years ago: about three.
const VAGUE_FEW: u32 = 3;
/// "a couple of" weeks/months/years ago.
const VAGUE_COUPLE: u32 = 2;

impl<'a, 't> Scanner<'a, 't> {
    /// `[Weekday[,]] Month Day[-Day][,] [Year]`
    pub(super) fn month_day(&self, i: usize) -> Option<Hit> {
        let j = self.skip_weekday(i);
        let (m, j) = self.month(j, true)?;
        let (d, j) = self.day(j)?;
        let (d2, j) = match self.day_range_end(j) {
            Some((d2, n)) if d2 > d => (Some(d2), n),
            _ => (None, j),
        };
        self.day_date(i, j, m, d, d2)
    }

    /// `[Weekday[,]] Day[-Day] [of] Month[,] [Year]`
    pub(super) fn day_month(&self, i: usize) -> Option<Hit> {
        let j = self.skip_weekday(i);
        let (d, j) = self.day(j)?;
        let (d2, j) = match self.day_range_end(j) {
            Some((d2, n)) if d2 > d => (Some(d2), n),
            _ => (None, j),
        };
        let j = if self.word_is(j, &["of"]) { j + 1 } else { j };
        let (m, j) = self.month(j, true)?;
        self.day_date(i, j, m, d, d2)
    }

    /// The end shared by [`Self::month_day`] and [`Self::day_month`]: from
    /// token `j` (after the month and day), `[,] [Year]`; without a year,
    /// the year is inferred from the document date.
    fn day_date(&self, i: usize, j: usize, m: u32, d: u32, d2: Option<u32>) -> Option<Hit> {
        let k = if self.punct_is(j, |s| s == ",") {
            j + 1
        } else {
            j
        };
        if let Some((y, n)) = self.four_digits(k) {
            if DATED_YEARS.contains(&y) {
                let date = PartialDate::ymd(y, m, d)?;
                let mut h = self.hit(i, n, date, DateKind::Explicit);
                h.end = d2.and_then(|d2| PartialDate::ymd(y, m, d2));
                return Some(h);
            }
        }
        let anchor = self.anchor?;
        let y = infer_year(anchor, m, Some(d))?;
        let date = PartialDate::ymd(y, m, d)?;
        let mut h = self.hit(i, j, date, DateKind::YearInferred);
        h.end = d2.and_then(|d2| PartialDate::ymd(y, m, d2));
        Some(h)
    }

    /// `YYYY-MM-DD`
    pub(super) fn iso(&self, i: usize) -> Option<Hit> {
        let t = self.tok(i)?;
        if t.kind != Tk::Num || t.s.len() != 4 || t.sep {
            return None;
        }
        let parts = [i + 1, i + 2, i + 3, i + 4];
        if !parts.iter().all(|&p| self.tight(p)) {
            return None;
        }
        if !(self.punct_is(i + 1, |s| s == "-") && self.punct_is(i + 3, |s| s == "-")) {
            return None;
        }
        let (mt, dt) = (self.tok(i + 2)?, self.tok(i + 4)?);
        if mt.kind != Tk::Num || dt.kind != Tk::Num || mt.s.len() != 2 || dt.s.len() != 2 {
            return None;
        }
        if self.tight(i + 5)
            && self
                .tok(i + 5)
                .is_some_and(|n| n.kind != Tk::Punct || is_dash(n.s))
        {
            return None;
        }
        let date = PartialDate::ymd(t.s.parse().ok()?, mt.s.parse().ok()?, dt.s.parse().ok()?)?;
        Some(self.hit(i, i + 5, date, DateKind::Explicit))
    }

    /// A qualifier at `i`: "early", "mid"/"mid-", "late", "(the) end of",
    /// "(the) beginning/start of", "(the) middle of". Returns the qualifier,
    /// the token where its expression starts (without "the") and the next
    /// token.
    pub(super) fn qualifier(&self, i: usize) -> Option<(Qualifier, usize, usize)> {
        let w = self.word(i)?;
        let q = match which(w, &["early", "late", "mid"]) {
            Some(0) => Some(Qualifier::Early),
            Some(1) => Some(Qualifier::Late),
            Some(_) => Some(Qualifier::Mid),
            None => None,
        };
        if let Some(q) = q {
            let next = if self.punct_is(i + 1, is_dash) && self.tight(i + 1) {
                i + 2
            } else {
                i + 1
            };
            return Some((q, i, next));
        }
        let (start, j) = if w.eq_ignore_ascii_case("the") {
            (i + 1, i + 1)
        } else {
            (i, i)
        };
        let q = match which(self.word(j)?, &["end", "beginning", "start", "middle"])? {
            0 => Qualifier::Late,
            1 | 2 => Qualifier::Early,
            _ => Qualifier::Mid,
        };
        self.word_is(j + 1, &["of"]).then_some((q, start, j + 2))
    }

    /// `[qualifier] Month[,] Year` (month precision) or a bare month after a
    /// preposition, qualifier or last/this/next (year inferred).
    pub(super) fn month_year(&self, i: usize, qual: Option<(Qualifier, usize)>) -> Option<Hit> {
        let start = qual.map_or(i, |(_, s)| s);
        // 0 = last, 1 = next, 2 = this.
        let rel = if qual.is_none() {
            self.word(i)
                .and_then(|w| which(w, &["last", "next", "this"]))
        } else {
            None
        };
        let mj = if rel.is_some() { i + 1 } else { i };
        let (m, j) = self.month(mj, true)?;
        // "March 2014", "March, 2014", "March of 2021".
        let k = if (self.punct_is(j, |s| s == ",") || self.word_is(j, &["of"])) && rel.is_none() {
            j + 1
        } else {
            j
        };
        if rel.is_none() {
            if let Some((y, n)) = self.four_digits(k) {
                if DATED_YEARS.contains(&y) && !self.followed_by_count(n) {
                    let date = PartialDate::ym(y, m)?;
                    let mut h = self.hit(start, n, date, DateKind::Explicit);
                    h.qualifier = qual.map(|(q, _)| q);
                    return Some(h);
                }
            }
        }
        // Bare month: only the full name, and only in a month context.
        let full = self.word(mj).is_some_and(|w| month_number(w).is_some());
        if !full {
            return None;
        }
        let anchor = self.anchor?;
        let context = qual.is_some() || rel.is_some() || self.prev_word_in(i, &MONTH_CONTEXT);
        if !context {
            return None;
        }
        let (am, ay) = (anchor.month(), anchor.year());
        let y = match rel {
            Some(0) => {
                if m < am {
                    ay
                } else {
                    ay - 1
                }
            }
            Some(1) => {
                if m > am {
                    ay
                } else {
                    ay + 1
                }
            }
            Some(_) => ay,
            None => infer_year(anchor, m, None)?,
        };
        let date = PartialDate::ym(y, m)?;
        let kind = if rel.is_some() {
            DateKind::Relative
        } else {
            DateKind::YearInferred
        };
        let mut h = self.hit(start, j, date, kind);
        h.qualifier = qual.map(|(q, _)| q);
        Some(h)
    }

    /// Years: ranges, decades, years in a year context.
    pub(super) fn year(&self, i: usize, qual: Option<(Qualifier, usize)>) -> Option<Hit> {
        let start = qual.map_or(i, |(_, s)| s);
        let (y, j) = self.bare_year(i)?;
        // Decade: "1960s", "1960’s".
        if y % 10 == 0 {
            let s_at = if self.tight(j) && self.tok(j).is_some_and(|t| is_apos(t.s)) {
                j + 1
            } else {
                j
            };
            if self.tight(s_at) && self.word(s_at) == Some("s") {
                let mut h = self.hit(start, s_at + 1, PartialDate::y(y), DateKind::Explicit);
                h.end = Some(PartialDate::y(y + 9));
                h.qualifier = qual.map(|(q, _)| q);
                return Some(h);
            }
        }
        // Range "2018-2019", "2018–19".
        if self.punct_is(j, is_dash) && self.tight(j) && self.tight(j + 1) {
            if let Some(t2) = self.tok(j + 1).filter(|t| t.kind == Tk::Num && !t.sep) {
                let y2 = match t2.s.len() {
                    4 => t2.s.parse::<i32>().ok(),
                    2 => t2.s.parse::<i32>().ok().map(|v| y - y % 100 + v),
                    _ => None,
                };
                let glued =
                    self.tight(j + 2) && self.tok(j + 2).is_some_and(|n| n.kind != Tk::Punct);
                if let Some(y2) = y2.filter(|&y2| y2 > y && y2 - y <= MAX_YEAR_RANGE && !glued) {
                    let mut h = self.hit(start, j + 2, PartialDate::y(y), DateKind::Explicit);
                    h.end = Some(PartialDate::y(y2));
                    h.qualifier = qual.map(|(q, _)| q);
                    return Some(h);
                }
            }
            return None;
        }
        if self.followed_by_count(j) {
            return None;
        }
        // "between 1945 and 1991", "from 2014 to 2020".
        if self.prev_word_in(i, &["between", "from"]) && qual.is_none() {
            let joiner: &[&str] = if self.word_is(i - 1, &["between"]) {
                &["and"]
            } else {
                &["to", "till", "until", "through"]
            };
            if self.word_is(j, joiner) {
                if let Some((y2, n)) = self.bare_year(j + 1) {
                    if y2 > y && !self.followed_by_count(n) {
                        let mut h = self.hit(i, n, PartialDate::y(y), DateKind::Explicit);
                        h.end = Some(PartialDate::y(y2));
                        return Some(h);
                    }
                }
            }
        }
        let in_context = qual.is_some()
            || (self.prev_word_in(i, &YEAR_CONTEXT)
                && !(i >= 2 && self.word_is(i - 2, &QUANTITY_WORDS)));
        let event =
            self.prev_word_in(i, &["the", "its", "their", "this", "that"]) && self.event_follows(j);
        if !(in_context || event) {
            return None;
        }
        // "the end of 2014" is its December, "the beginning of 2015" its
        // January; "late 2014" and "the middle of 2014" stay the year.
        let date = match qual {
            Some((q, s))
                if self.word_is(s, &["end", "beginning", "start"])
                    || (self.word_is(s, &["the"])
                        && self.word_is(s + 1, &["end", "beginning", "start"])) =>
            {
                PartialDate::ym(y, if q == Qualifier::Late { 12 } else { 1 })?
            }
            _ => PartialDate::y(y),
        };
        let mut h = self.hit(start, j, date, DateKind::Explicit);
        h.qualifier = qual.map(|(q, _)| q);
        Some(h)
    }

    /// An event noun follows, possibly after up to two capitalised words
    /// ("2014 referendum", "1982 UN Convention").
    pub(super) fn event_follows(&self, j: usize) -> bool {
        for k in j..j + 3 {
            let Some(w) = self.word(k) else {
                return false;
            };
            if which(w, &EVENT_HEADS).is_some() {
                return true;
            }
            if !w.chars().next().is_some_and(char::is_uppercase) || month_number(w).is_some() {
                return false;
            }
        }
        false
    }

    /// "last/this/next year|month", with an optional qualifier ("the
    /// beginning of last year").
    pub(super) fn relative_period(
        &self,
        i: usize,
        qual: Option<(Qualifier, usize)>,
    ) -> Option<Hit> {
        let anchor = self.anchor?;
        let delta: i32 = match which(self.word(i)?, &["last", "this", "next"])? {
            0 => -1,
            1 => 0,
            _ => 1,
        };
        let unit = which(self.word(i + 1)?, &["year", "month"])?;
        let start = qual.map_or(i, |(_, s)| s);
        let date = match unit {
            0 => PartialDate::y(anchor.year() + delta),
            _ => {
                let first = NaiveDate::from_ymd_opt(anchor.year(), anchor.month(), 1)?;
                let d = match delta {
                    -1 => first.checked_sub_months(Months::new(1))?,
                    1 => first.checked_add_months(Months::new(1))?,
                    _ => first,
                };
                PartialDate::ym(d.year(), d.month())?
            }
        };
        let mut h = self.hit(start, i + 2, date, DateKind::Relative);
        h.qualifier = qual.map(|(q, _)| q);
        Some(h)
    }

    /// "yesterday", "today", "tomorrow", "the day before yesterday", "the day
    /// after tomorrow".
    pub(super) fn relative_day(&self, i: usize) -> Option<Hit> {
        let anchor = self.anchor?;
        if self.word_is(i, &["the"])
            && self.word_is(i + 1, &["day"])
            && self.word_is(i + 2, &["before", "after"])
        {
            let (delta, need) = if self.word_is(i + 2, &["before"]) {
                (-2, "yesterday")
            } else {
                (2, "tomorrow")
            };
            if self.word_is(i + 3, &[need]) {
                let d = shift_days(anchor, delta);
                return Some(self.hit(i, i + 4, PartialDate::from_naive(d), DateKind::Relative));
            }
        }
        let delta = match which(self.word(i)?, &["yesterday", "today", "tomorrow"])? {
            0 => -1,
            1 => 0,
            _ => 1,
        };
        // "today’s world": generic, unless an event noun follows.
        if self.tight(i + 1)
            && self.tok(i + 1).is_some_and(|t| is_apos(t.s))
            && self.word_is(i + 2, &["s"])
            && self
                .word(i + 3)
                .is_none_or(|n| which(n, &DAY_EVENT_NOUNS).is_none())
        {
            return None;
        }
        let d = shift_days(anchor, delta);
        Some(self.hit(i, i + 1, PartialDate::from_naive(d), DateKind::Relative))
    }

    /// "N days/weeks/months/years ago", "a year ago", "seventy-six years
    /// ago", "a few weeks ago" (month), "a few months ago" (year).
    pub(super) fn ago(&self, i: usize) -> Option<Hit> {
        let anchor = self.anchor?;
        let t = self.tok(i)?;
        // "a few weeks ago", "several years ago", "a couple of months ago":
        // vague counts, dated one step coarser than the unit.
        let vague = if self.word_is(i, &["a"]) && self.word_is(i + 1, &["few"]) {
            Some((VAGUE_FEW, i + 2))
        } else if self.word_is(i, &["a"])
            && self.word_is(i + 1, &["couple"])
            && self.word_is(i + 2, &["of"])
        {
            Some((VAGUE_COUPLE, i + 3))
        } else if self.word_is(i, &["several", "few"]) {
            Some((VAGUE_FEW, i + 1))
        } else {
            None
        };
        let (n, j) = if let Some(v) = vague {
            v
        } else {
            match t.kind {
                Tk::Num if !t.sep && t.s.len() <= 3 => (t.s.parse::<u32>().ok()?, i + 1),
                Tk::Word => {
                    let a = number_word(t.s)?;
                    if (20..100).contains(&a) && a % 10 == 0 && self.punct_is(i + 1, is_dash) {
                        let b = self
                            .word(i + 2)
                            .and_then(number_word)
                            .filter(|b| (1..10).contains(b))?;
                        (a + b, i + 3)
                    } else {
                        (a, i + 1)
                    }
                }
                Tk::Punct | Tk::Num => return None,
            }
        };
        // "six years from today" (to the day), "ten years from now".
        let ahead = self.word_is(j + 1, &["from"]) && self.word_is(j + 2, &["today", "now"]);
        if ahead {
            return self.ahead_of_today(i, j, n, vague.is_some());
        }
        if !self.word_is(j + 1, &["ago"]) {
            return None;
        }
        let unit = self.word(j)?.to_ascii_lowercase();
        let date = match unit.as_str() {
            "day" | "days" => PartialDate::from_naive(shift_days(anchor, -(n as i64))),
            "week" | "weeks" => {
                let d = shift_days(anchor, -7 * n as i64);
                if vague.is_some() {
                    PartialDate::ym(d.year(), d.month())?
                } else {
                    PartialDate::from_naive(d)
                }
            }
            "month" | "months" => {
                let d = anchor.checked_sub_months(Months::new(n))?;
                if vague.is_some() {
                    PartialDate::y(d.year())
                } else {
                    PartialDate::ym(d.year(), d.month())?
                }
            }
            "year" | "years" => PartialDate::y(anchor.year() - n as i32),
            _ => return None,
        };
        Some(self.hit(i, j + 2, date, DateKind::Relative))
    }

    /// "N days/weeks/months/years from today|now" (the count at `i`, the
    /// unit at `j`): to the day from "today", one step coarser than the
    /// unit from "now" or for a vague count.
    fn ahead_of_today(&self, i: usize, j: usize, n: u32, vague: bool) -> Option<Hit> {
        let anchor = self.anchor?;
        let exact = self.word_is(j + 2, &["today"]) && !vague;
        let months = match self.word(j)?.to_ascii_lowercase().as_str() {
            "day" | "days" => {
                let d = shift_days(anchor, i64::from(n));
                return Some(self.hit(i, j + 3, PartialDate::from_naive(d), DateKind::Relative));
            }
            "week" | "weeks" => {
                let d = shift_days(anchor, 7 * i64::from(n));
                let date = if exact {
                    PartialDate::from_naive(d)
                } else {
                    PartialDate::ym(d.year(), d.month())?
                };
                return Some(self.hit(i, j + 3, date, DateKind::Relative));
            }
            "month" | "months" => n,
            "year" | "years" => n.checked_mul(12)?,
            _ => return None,
        };
        let d = anchor.checked_add_months(Months::new(months))?;
        let date = match (exact, months % 12 == 0) {
            (true, _) => PartialDate::from_naive(d),
            (false, true) => PartialDate::y(d.year()),
            (false, false) => PartialDate::ym(d.year(), d.month())?,
        };
        Some(self.hit(i, j + 3, date, DateKind::Relative))
    }

    /// "the other day": a day shortly before the document's, dated to its
    /// month. (An "Nth anniversary" is not dated: it is as often marked on
    /// another day, "last year we observed the 75th anniversary", as on
    /// the document's.)
    pub(super) fn other_day(&self, i: usize) -> Option<Hit> {
        let anchor = self.anchor?;
        if !(self.word_is(i, &["the"])
            && self.word_is(i + 1, &["other"])
            && self.word_is(i + 2, &["day"]))
        {
            return None;
        }
        let date = PartialDate::ym(anchor.year(), anchor.month())?;
        Some(self.hit(i, i + 3, date, DateKind::Relative))
    }

    /// A weekday name not part of a full date: "on Sunday", "last Friday".
    pub(super) fn weekday_ref(&self, i: usize) -> Option<Hit> {
        let anchor = self.anchor?;
        let (wd_at, tense) = match self
            .word(i)
            .and_then(|w| which(w, &["last", "next", "this"]))
        {
            Some(0) => (i + 1, Some(Tense::Past)),
            Some(1) => (i + 1, Some(Tense::Future)),
            Some(_) => (i + 1, Some(Tense::Unknown)),
            None => (i, None),
        };
        let wd = self.weekday(wd_at)?;
        let tense = tense.unwrap_or_else(|| sentence_tense(self.text, self.t[wd_at].start));
        let d = resolve_weekday(anchor, wd, tense);
        Some(self.hit(i, wd_at + 1, PartialDate::from_naive(d), DateKind::Relative))
    }

    /// Token `i` can start a date expression: a number, a capitalised word
    /// (month, weekday) or one of a few lower-case starters.
    pub(super) fn trigger(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        match t.kind {
            Tk::Num => true,
            Tk::Punct => false,
            Tk::Word => {
                t.s.starts_with(|c: char| c.is_ascii_uppercase()) || triggers().contains_key(t.s)
            }
        }
    }

    pub(super) fn at(&self, i: usize) -> Option<Hit> {
        if !self.trigger(i) {
            return None;
        }
        if let Some(h) = self.iso(i) {
            return Some(h);
        }
        if let Some(h) = self.month_day(i).or_else(|| self.day_month(i)) {
            return Some(h);
        }
        if let Some((q, start, j)) = self.qualifier(i) {
            let q = Some((q, start));
            if let Some(h) = self
                .month_year(j, q)
                .or_else(|| self.year(j, q))
                .or_else(|| self.relative_period(j, q))
            {
                return Some(h);
            }
        }
        self.named_day(i)
            .or_else(|| self.century(i))
            .or_else(|| self.day_part_or_week(i))
            .or_else(|| self.span_of_years(i))
            .or_else(|| self.month_year(i, None))
            .or_else(|| self.year(i, None))
            .or_else(|| self.relative_period(i, None))
            .or_else(|| self.relative_day(i))
            .or_else(|| self.other_day(i))
            .or_else(|| self.ago(i))
            .or_else(|| self.weekday_ref(i))
    }
}
