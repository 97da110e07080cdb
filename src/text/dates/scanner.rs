//! The scanner: a cursor over the tokens with the checks every date form
//! uses (months, days, years in context, counts), and the word lists they
//! need.

use std::ops::Range;
use std::sync::OnceLock;

use chrono::{NaiveDate, Weekday};

use super::tokens::{Tk, Tok};
use super::{DateKind, Qualifier, month_number, weekday_named};
use crate::model::PartialDate;
use crate::text::gazetteer::FastMap;

/// The index of the first of `options` equal to `w`, ignoring ASCII case.
pub(super) fn which(w: &str, options: &[&str]) -> Option<usize> {
    options.iter().position(|o| o.eq_ignore_ascii_case(w))
}

/// Lower-case words that can start a date expression (with the number
/// words), as a hash set for the hot path.
pub(super) fn triggers() -> &'static FastMap<&'static str, ()> {
    static S: OnceLock<FastMap<&'static str, ()>> = OnceLock::new();
    S.get_or_init(|| {
        let mut triggers: FastMap<&'static str, ()> = TRIGGERS.iter().map(|w| (*w, ())).collect();
        for w in NUMBER_WORDS {
            triggers.insert(w, ());
        }
        triggers
    })
}

pub(super) struct Scanner<'a, 't> {
    pub(super) text: &'t str,
    pub(super) t: &'a [Tok<'t>],
    pub(super) anchor: Option<NaiveDate>,
}

/// A matched expression: tokens `[i, next)`, byte range, result.
pub(super) struct Hit {
    pub(super) next: usize,
    pub(super) range: Range<usize>,
    pub(super) date: PartialDate,
    pub(super) end: Option<PartialDate>,
    pub(super) qualifier: Option<Qualifier>,
    pub(super) kind: DateKind,
}

pub(super) fn is_dash(s: &str) -> bool {
    matches!(s, "-" | "–" | "‐" | "‑" | "—")
}

pub(super) fn is_apos(s: &str) -> bool {
    matches!(s, "'" | "’" | "ʼ")
}

#[rustfmt::skip]
pub(super) const YEAR_CONTEXT: &[&str] = &[
    "in", "since", "by", "of", "until", "till", "from", "during", "before", "after", "through",
    "throughout", "year", "early", "late", "mid", "circa", "as", "for",
];

#[rustfmt::skip]
pub(super) const MONTH_CONTEXT: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "during", "before", "after", "through",
    "throughout", "of", "to", "early", "late", "mid", "for", "between", "and",
];

#[rustfmt::skip]
pub(super) const COUNT_NOUNS: &[&str] = &[
    "people", "persons", "men", "women", "children", "troops", "soldiers", "km", "kilometres",
    "kilometers", "miles", "metres", "meters", "tons", "tonnes", "dollars", "euros", "rubles",
    "roubles", "votes", "cases", "times", "percent", "per", "units", "pieces", "bodies",
    "refugees", "hectares", "years", "days", "hours", "minutes", "seconds", "months", "weeks",
    "residents", "citizens", "journalists", "visitors", "likes", "member", "members", "deaths",
    "victims", "prisoners", "detainees", "students", "copies", "books", "signatures", "posts",
];

#[rustfmt::skip]
pub(super) const QUANTITY_WORDS: &[&str] = &[
    "about", "over", "some", "nearly", "almost", "around", "approximately", "than", "up",
    "least", "exactly", "only", "just", "total", "all", "number", "sum", "budget", "population",
    "another",
];

#[rustfmt::skip]
pub(super) const EVENT_HEADS: &[&str] = &[
    "convention", "treaty", "agreement", "agreements", "accord", "accords", "act", "charter",
    "declaration", "constitution", "law", "resolution", "protocol", "olympics", "games",
    "summit", "conference", "memorandum", "statute", "census", "election", "elections",
    "referendum", "events", "war", "crisis", "coup", "protests", "riots", "revolution",
    "uprising", "invasion", "attack", "attacks", "amendment", "amendments", "budget",
    "campaign", "decision", "statement", "report", "strategy", "doctrine", "cup",
    "championship", "pandemic", "world",
];

#[rustfmt::skip]
pub(super) const TRIGGERS: &[&str] = &[
    "early", "late", "mid", "the", "end", "beginning", "start", "middle", "last", "next", "this",
    "yesterday", "today", "tomorrow", "between", "from",
];

#[rustfmt::skip]
pub(super) const DAY_EVENT_NOUNS: &[&str] = &[
    "briefing", "meeting", "meetings", "talks", "news", "conference", "session", "statement",
    "event", "events", "press", "vote", "voting", "hearing", "summit", "discussion", "speech",
    "announcement", "decision",
];

#[rustfmt::skip]
pub(super) const NUMBER_WORDS: &[&str] = &[
    "a", "an", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred",
];

pub(super) fn number_word(w: &str) -> Option<u32> {
    #[rustfmt::skip]
    const UNITS: [&str; 20] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen",
        ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
        return Some(1);
    }
    if let Some(i) = which(w, &UNITS) {
        return Some(i as u32);
    }
    if let Some(i) = which(w, &TENS) {
        return Some(20 + 10 * i as u32);
    }
    if w.eq_ignore_ascii_case("hundred") {
        return Some(100);
    }
    None
}

impl<'a, 't> Scanner<'a, 't> {
    pub(super) fn tok(&self, i: usize) -> Option<&Tok<'t>> {
        self.t.get(i)
    }

    pub(super) fn word(&self, i: usize) -> Option<&'t str> {
        self.tok(i).filter(|t| t.kind == Tk::Word).map(|t| t.s)
    }

    pub(super) fn word_is(&self, i: usize, options: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|w| options.iter().any(|o| o.eq_ignore_ascii_case(w)))
    }

    pub(super) fn punct_is(&self, i: usize, f: impl Fn(&str) -> bool) -> bool {
        self.tok(i).is_some_and(|t| t.kind == Tk::Punct && f(t.s))
    }

    /// Token `i` directly follows token `i - 1` (no whitespace).
    pub(super) fn tight(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space)
    }

    /// A capitalised month name (or abbreviation when `abbrev`) at `i`;
    /// returns (month, next token).
    pub(super) fn month(&self, i: usize, abbrev: bool) -> Option<(u32, usize)> {
        let w = self.word(i)?;
        let first = w.chars().next()?;
        if !first.is_uppercase() {
            return None;
        }
        if let Some(m) = month_number(w) {
            if w.len() > 1 && w[1..].chars().any(char::is_uppercase) && w != w.to_uppercase() {
                return None;
            }
            return Some((m, i + 1));
        }
        if !abbrev {
            return None;
        }
        const ABBR: [&str; 13] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            "Sept",
        ];
        let m = ABBR.iter().position(|a| *a == w)?;
        let m = if m == 12 { 9 } else { m as u32 + 1 };
        let next = if self.punct_is(i + 1, |s| s == ".") && self.tight(i + 1) {
            i + 2
        } else {
            i + 1
        };
        Some((m, next))
    }

    pub(super) fn weekday(&self, i: usize) -> Option<Weekday> {
        let w = self.word(i)?;
        if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        weekday_named(w)
    }

    /// Skips an optional "Wednesday" or "Wednesday," before a date.
    pub(super) fn skip_weekday(&self, i: usize) -> usize {
        if self.weekday(i).is_some() {
            if self.punct_is(i + 1, |s| s == ",") {
                i + 2
            } else {
                i + 1
            }
        } else {
            i
        }
    }

    /// A day of the month (1–31, one or two digits, optional ordinal suffix).
    pub(super) fn day(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if t.kind != Tk::Num || t.sep || t.s.len() > 2 {
            return None;
        }
        let d: u32 = t.s.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut next = i + 1;
        if self.tight(next) && self.word_is(next, &["st", "nd", "rd", "th"]) {
            next += 1;
        } else if self.tight(next)
            && self.tok(next).is_some_and(|t| {
                (t.kind == Tk::Num) || (t.kind == Tk::Word) || matches!(t.s, "%" | "+" | ":")
            })
        {
            return None;
        }
        Some((d, next))
    }

    /// A four-digit number at `i` (no separators, not glued to letters or
    /// operators); returns (value, next token).
    pub(super) fn four_digits(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.tok(i)?;
        if t.kind != Tk::Num || t.sep || t.s.len() != 4 {
            return None;
        }
        if let Some(n) = self.tok(i + 1) {
            if !n.space {
                let glued_bad = match n.kind {
                    Tk::Word => n.s != "s",
                    Tk::Num => true,
                    Tk::Punct => {
                        let glued_next = self.tok(i + 2).filter(|m| !m.space);
                        matches!(n.s, "+" | "%" | "/" | "×")
                            || (n.s == ":" && glued_next.is_some_and(|m| m.kind == Tk::Num))
                            || (is_dash(n.s) && glued_next.is_some_and(|m| m.kind == Tk::Word))
                    }
                };
                if glued_bad {
                    return None;
                }
            }
        }
        if i > 0 && t.start > 0 {
            let prev = &self.text[..t.start];
            if prev.ends_with(['+', '/', '#', '№', '×']) || prev.ends_with("No.") {
                return None;
            }
        }
        Some((t.s.parse().ok()?, i + 1))
    }

    /// A year in 1800–2100 usable as a bare year.
    pub(super) fn bare_year(&self, i: usize) -> Option<(i32, usize)> {
        let (y, next) = self.four_digits(i)?;
        ((1800..=2100).contains(&y)).then_some((y, next))
    }

    /// The word before token `i` (lower-cased comparison helper).
    pub(super) fn prev_word_in(&self, i: usize, set: &[&str]) -> bool {
        i > 0 && self.word_is(i - 1, set)
    }

    /// A count noun follows a number ending at `next`.
    pub(super) fn followed_by_count(&self, next: usize) -> bool {
        let Some(w) = self.word(next) else {
            return false;
        };
        which(w, COUNT_NOUNS).is_some()
    }

    pub(super) fn hit(&self, i: usize, next: usize, date: PartialDate, kind: DateKind) -> Hit {
        Hit {
            next,
            range: self.t[i].start..self.t[next - 1].end,
            date,
            end: None,
            qualifier: None,
            kind,
        }
    }

    /// Optional "-20" / "–20" after a day: the range's last day.
    pub(super) fn day_range_end(&self, i: usize) -> Option<(u32, usize)> {
        if self.punct_is(i, is_dash) {
            if let Some((d2, n)) = self.day(i + 1) {
                return Some((d2, n));
            }
        }
        None
    }

    // ── Patterns ────────────────────────────────────────────────────────
}
