//! Date expressions in running text, resolved to ISO dates with their
//! precision: "January 18, 2021", "20 January 2021", "On February 2", "in
//! late November", "In October 2020", "back in 2017", "yesterday", "on
//! Sunday", "last year", "four years ago"; and ISO dates in file names.
//!
//! [`find_dates`] scans a text once with a small hand-written tokenizer (no
//! regular expressions at run time) and returns one [`DateMention`] per
//! expression, in text order. `anchor` is the document's date: expressions
//! without a year and relative expressions are resolved against it, and are
//! skipped when there is no anchor.
//!
//! # Forms and decisions
//!
//! | Form | Example | Result |
//! |---|---|---|
//! | full date | "November 9, 2020", "9 November 2020", "Wednesday 20 January 2021", "2021-01-28" | day |
//! | month and day | "On February 2" (anchor 2021-01-28) | 2021-02-02, day, [`DateKind::YearInferred`] |
//! | day range | "January 19-20, 1990" | **one** mention: `date` 1990-01-19, `end` 1990-01-20 |
//! | month and year | "In October 2020", "the March 2014 referendum" | month |
//! | qualified month | "in late November", "early December 2020", "mid-December" | month + [`Qualifier`] |
//! | bare month | "in December", "since August", "last December" | month, year inferred; needs a preposition or last/this/next before it |
//! | year | "back in 2017", "in 1948", "since 2008", "of 2020", "early 2021", "the 1982 UN Convention" | year |
//! | year range | "2018-2019", "1941-1942", "between 1945 and 1991", "from 2014 to 2020" | **one** mention: `date` first year, `end` last year |
//! | decade | "the 1960s", "the late 1990s" | year 1960, `end` 1969 |
//! | relative day | "yesterday", "today", "tomorrow", "three days ago" | day, [`DateKind::Relative`] |
//! | weekday | "on Sunday", "last Friday" | day, see below |
//! | relative year/month | "last year", "this year", "next month", "four years ago" | year / month |
//! | parts of days, weeks, spans of years, centuries, "9/11" | "last night", "this week", "over the weekend", "over the last four years", "in two decades", "the 21st century" | see `periods.rs` |
//!
//! * **Year inference.** A month (and day) without a year takes the year that
//!   puts it nearest to the anchor, which is always within ±6 months; an exact
//!   tie goes to the past. "last/next/this December" pick the previous, next
//!   or current year's month.
//! * **Weekdays.** "last Sunday" is the most recent Sunday before the anchor
//!   and "next Sunday" the first one after it. A bare weekday ("on Sunday")
//!   follows the tense of its sentence: past tense ("said", "was", regular
//!   "-ed" verbs, "ago") → the most recent such day *before* the anchor;
//!   future ("will", "shall", "’ll", "next") → the first one *after* it;
//!   otherwise the nearest one within the anchor's week ±3 days (the anchor
//!   itself when it is that weekday). In the briefing of Thursday 2021-01-28,
//!   "told reporters on Sunday night" is 2021-01-24.
//! * **Not dates.** "may" in lower case is never a month, and "May" is one
//!   only next to a day or year or after a preposition; numbers that are
//!   counts are never years: "14,000", "1.5", "305-FZ", "2+2", "19:40",
//!   "5,000 people", "2000 people", ordinals ("77th"), "Resolution 2254"
//!   (out of range). A 4-digit number is a year only in a year context:
//!   after in/since/by/of/until/from/during/before/after/year/early/late/mid,
//!   inside a year range, before "s" (a decade), or between "the" and an
//!   event noun ("the 2014 referendum").
//! * **"today".** Taken as the anchor date, except the generic possessive
//!   "today’s world/conditions…".

mod forms;
mod periods;
mod resolve;
mod scanner;
mod tense;
pub(crate) use tense::is_past_word;
mod tokens;

use std::ops::Range;
use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::model::PartialDate;

pub(crate) use resolve::{MONTHS, WEEKDAYS};
pub use resolve::{infer_year, month_number, resolve_weekday, weekday_named};
use scanner::Scanner;
pub(crate) use scanner::{NUMBER_TENS, NUMBER_UNITS};
pub use tense::{Tense, sentence_tense, tense_cues};
pub(crate) use tense::{blocks_past, is_past_cue};
use tokens::tokenize;

/// A date expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range of the expression in the text.
    pub range: Range<usize>,
    /// The date it denotes (the first day, month or year of a range), with
    /// its precision.
    pub date: PartialDate,
    /// The last day, month or year of a range ("January 19-20, 1990",
    /// "2018-2019", "between 1945 and 1991", "the 1960s"), same precision as
    /// `date`.
    pub end: Option<PartialDate>,
    /// "early", "mid" or "late" before a month or year.
    pub qualifier: Option<Qualifier>,
    /// How the date was obtained.
    pub kind: DateKind,
}

/// Which part of a month or year a qualified expression means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// "early December", "the beginning of 2021".
    Early,
    /// "mid-December", "the middle of 2020".
    Mid,
    /// "late November", "the end of 2020".
    Late,
}

impl Qualifier {
    /// The name used in the outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Early => "early",
            Qualifier::Mid => "mid",
            Qualifier::Late => "late",
        }
    }
}

/// How a [`DateMention`]'s date was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateKind {
    /// Everything needed is written: "November 9, 2020", "in 2017".
    Explicit,
    /// Month (and day) written, year taken from the anchor: "On February 2".
    YearInferred,
    /// Computed from the anchor: "yesterday", "on Sunday", "last year".
    Relative,
}

impl DateKind {
    /// The name used in the outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            DateKind::Explicit => "explicit",
            DateKind::YearInferred => "year_inferred",
            DateKind::Relative => "relative",
        }
    }
}

/// Finds date expressions in a text, in order; see the module documentation
/// for the forms and rules.
///
/// `anchor` is the document's date, used to resolve expressions without a
/// year and relative ones; without it only expressions that carry their year
/// are returned.
pub fn find_dates(text: &str, anchor: Option<NaiveDate>) -> Vec<DateMention> {
    let mut out = Vec::new();
    // Fast path: nothing date-like without a digit or a capital or a few
    // relative words.
    if !text
        .bytes()
        .any(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        && (anchor.is_none() || !has_relative_word(text))
    {
        return out;
    }
    let toks = tokenize(text);
    let sc = Scanner {
        text,
        t: &toks,
        anchor,
    };
    let mut i = 0;
    while i < toks.len() {
        if let Some(h) = sc.at(i) {
            out.push(DateMention {
                range: h.range,
                date: h.date,
                end: h.end,
                qualifier: h.qualifier,
                kind: h.kind,
            });
            i = h.next.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

fn has_relative_word(text: &str) -> bool {
    [
        "yesterday",
        "today",
        "tomorrow",
        "year",
        "month",
        "ago",
        "day",
        "night",
        "week",
        "morning",
        "afternoon",
        "evening",
        "decade",
        "century",
    ]
    .iter()
    .any(|w| text.contains(w))
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

/// Parses an ISO date of any precision: `2021-01-28`, `2021-01` or `2021`.
pub fn parse_iso(s: &str) -> Option<PartialDate> {
    let mut parts = s.trim().split('-');
    let y: i32 = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
    match (parts.next(), parts.next(), parts.next()) {
        (None, _, _) => Some(PartialDate::y(y)),
        (Some(m), None, _) if m.len() == 2 => PartialDate::ym(y, m.parse().ok()?),
        (Some(m), Some(d), None) if m.len() == 2 && d.len() == 2 => {
            PartialDate::ymd(y, m.parse().ok()?, d.parse().ok()?)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
