//! The scanner: a cursor over the tokens with the checks every date form
//! uses (months, days, years in context, counts), and the word lists they
//! need.

use std::ops::{Range, RangeInclusive};
use std::sync::OnceLock;

use chrono::{NaiveDate, Weekday};

use super::tokens::{Tk, Tok};
use super::{DateKind, Qualifier, month_number, weekday_named};
use crate::model::PartialDate;
use crate::text::chars;
use crate::text::gazetteer::FastMap;
use crate::text::lexicon::words;

/// Four digits after a month (and day) are a year within these.
pub(super) const DATED_YEARS: RangeInclusive<i32> = 1000..=2999;
/// Four digits alone, in a year context, are a year within these.
pub(super) const BARE_YEARS: RangeInclusive<i32> = 1800..=2100;
/// "2018-2019": the most years a year range spans.
pub(super) const MAX_YEAR_RANGE: i32 = 100;

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
        let numbers = NUMBER_EXTRAS
            .iter()
            .chain(NUMBER_UNITS.iter())
            .chain(NUMBER_TENS.iter());
        for w in numbers {
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

/// The character of a one-character token.
fn only_char(s: &str) -> Option<char> {
    let mut chars = s.chars();
    chars.next().filter(|_| chars.next().is_none())
}

/// A hyphen or a dash ([`chars::is_hyphen`], [`chars::is_dash`]): year
/// ranges ("2018–2019"), "30-day".
pub(super) fn is_dash(s: &str) -> bool {
    only_char(s).is_some_and(|c| chars::is_hyphen(c) || chars::is_dash(c))
}

/// An apostrophe ([`chars::is_apostrophe`]): "1960’s", "today’s".
pub(super) fn is_apos(s: &str) -> bool {
    only_char(s).is_some_and(chars::is_apostrophe)
}

words!(pub(super) YEAR_CONTEXT = "date_year_context.txt");

words!(pub(super) MONTH_CONTEXT = "date_month_context.txt");

words!(pub(super) COUNT_NOUNS = "date_count_nouns.txt");

words!(pub(super) QUANTITY_WORDS = "date_quantity_words.txt");

words!(pub(super) EVENT_HEADS = "date_event_heads.txt");

words!(pub(super) TRIGGERS = "date_triggers.txt");

words!(pub(super) DAY_EVENT_NOUNS = "date_day_event_nouns.txt");

words!(
    /// "zero" to "nineteen": the line order is the value.
    pub(crate) NUMBER_UNITS = "number_units.txt"
);
words!(
    /// "twenty" to "ninety", by tens.
    pub(crate) NUMBER_TENS = "number_tens.txt"
);

/// The words [`number_word`] knows besides the units and tens.
const NUMBER_EXTRAS: [&str; 3] = ["a", "an", "hundred"];

/// The value of a number word: "a"/"an" 1, "zero" to "nineteen",
/// "twenty" to "ninety", "hundred".
pub(super) fn number_word(w: &str) -> Option<u32> {
    if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
        return Some(1);
    }
    if let Some(i) = which(w, &NUMBER_UNITS) {
        return Some(i as u32);
    }
    if let Some(i) = which(w, &NUMBER_TENS) {
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

    /// A year in [`BARE_YEARS`] usable as a bare year.
    pub(super) fn bare_year(&self, i: usize) -> Option<(i32, usize)> {
        let (y, next) = self.four_digits(i)?;
        BARE_YEARS.contains(&y).then_some((y, next))
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
        which(w, &COUNT_NOUNS).is_some()
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
