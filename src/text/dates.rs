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

use std::ops::Range;
use std::sync::OnceLock;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use regex::Regex;

use crate::model::PartialDate;
use crate::text::gazetteer::FastMap;

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

/// The tense of the sentence around an expression, as far as cheap cues tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// "said", "was", "detained", "ago", "last".
    Past,
    /// "will", "shall", "’ll", "next".
    Future,
    /// No cue, or present tense.
    Unknown,
}

#[rustfmt::skip]
const MONTHS: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];

/// The weekday an English weekday name denotes, in any case.
pub fn weekday_named(name: &str) -> Option<Weekday> {
    Some(match name.to_ascii_lowercase().as_str() {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// The month number (1–12) of an English month name.
pub fn month_number(name: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(name))
        .map(|i| i as u32 + 1)
}

/// Word lists as hash sets, for the hot paths.
struct WordSets {
    past: FastMap<&'static str, ()>,
    not_past_ed: FastMap<&'static str, ()>,
    /// Lower-case words that can start a date expression.
    triggers: FastMap<&'static str, ()>,
}

fn word_sets() -> &'static WordSets {
    static S: OnceLock<WordSets> = OnceLock::new();
    S.get_or_init(|| {
        let set = |l: &[&'static str]| l.iter().map(|w| (*w, ())).collect::<FastMap<_, _>>();
        let mut triggers = set(TRIGGERS);
        for w in NUMBER_WORDS {
            triggers.insert(w, ());
        }
        WordSets {
            past: set(PAST_WORDS),
            not_past_ed: set(NOT_PAST_ED),
            triggers,
        }
    })
}

/// The index of the first of `options` equal to `w`, ignoring ASCII case.
fn which(w: &str, options: &[&str]) -> Option<usize> {
    options.iter().position(|o| o.eq_ignore_ascii_case(w))
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
            if forward <= 3 {
                forward
            } else {
                forward - 7
            }
        }
    };
    shift_days(anchor, delta)
}

fn shift_days(d: NaiveDate, delta: i64) -> NaiveDate {
    if delta >= 0 {
        d.checked_add_days(Days::new(delta as u64)).unwrap_or(d)
    } else {
        d.checked_sub_days(Days::new(delta.unsigned_abs()))
            .unwrap_or(d)
    }
}

/// The tense of the clause of `text` that contains byte `at` (the sentence,
/// cut at quotation marks).
pub fn sentence_tense(text: &str, at: usize) -> Tense {
    let at = at.min(text.len());
    // The clause: bounded by sentence ends and quotation marks, so that
    // quoted words ("… we will treat it as such") do not set the tense.
    const BOUNDS: [char; 8] = ['.', '!', '?', '\n', '“', '”', '"', '«'];
    let start = text[..at].rfind(BOUNDS).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    let end = text[at..].find(BOUNDS).map_or(text.len(), |i| at + i);
    match tense_cues(&text[start..end]) {
        (_, true) => Tense::Future,
        (true, false) => Tense::Past,
        _ => Tense::Unknown,
    }
}

/// Whether a clause has past-tense cues ("said", "was", "detained", "ago",
/// "last") and future cues ("will", "shall", "’ll", "next", "tomorrow").
/// A regular "-ed" word counts as past unless it follows is/are/am/be/been/
/// being/very/so (a passive present or an adjective: "are convinced").
pub fn tense_cues(clause: &str) -> (bool, bool) {
    let mut past = false;
    let mut future = false;
    let mut prev_blocks = false;
    let mut buf = String::new();
    for w in clause.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')) {
        if w.is_empty() {
            continue;
        }
        buf.clear();
        buf.extend(w.chars().map(|c| c.to_ascii_lowercase()));
        let lw = buf.as_str();
        if matches!(lw, "will" | "shall" | "next" | "tomorrow" | "upcoming")
            || lw.ends_with("'ll")
            || lw.ends_with("’ll")
        {
            future = true;
        }
        if is_past_cue(lw, prev_blocks) {
            past = true;
        }
        prev_blocks = blocks_past(lw);
    }
    (past, future)
}

/// A lower-case word is a past-tense cue; `after_blocker` tells whether the
/// previous word was one for which [`blocks_past`] holds.
pub(crate) fn is_past_cue(lw: &str, after_blocker: bool) -> bool {
    let sets = word_sets();
    sets.past.contains_key(lw)
        || (lw.len() >= 5
            && lw.ends_with("ed")
            && !after_blocker
            && !sets.not_past_ed.contains_key(lw))
}

/// After these words an "-ed" form is a passive present or an adjective.
pub(crate) fn blocks_past(lw: &str) -> bool {
    matches!(
        lw,
        "is" | "are" | "am" | "be" | "been" | "being" | "very" | "so"
    )
}

#[rustfmt::skip]
const PAST_WORDS: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "took", "held", "came", "went", "met", "made",
    "gave", "got", "saw", "wrote", "spoke", "sent", "left", "began", "became", "found",
    "brought", "fought", "lost", "won", "knew", "ran", "stood", "broke", "chose", "fell",
    "flew", "grew", "kept", "led", "paid", "sold", "spent", "built", "thought", "felt", "heard",
    "ago", "last", "yesterday", "shot", "struck", "drove", "threw", "wore", "rose", "sought",
    "taught", "caught", "bought", "meant", "dealt", "laid", "lay", "hid", "forgot", "froze",
    "sang", "swore", "tore", "woke", "arose", "beat", "bore", "overcame", "undertook",
    "withdrew", "wasn't", "weren't", "didn't", "hadn't",
];

#[rustfmt::skip]
const NOT_PAST_ED: &[&str] = &[
    "indeed", "need", "needed", "speed", "seed", "breed", "hundred", "united", "red", "bed",
    "feed", "greed", "proceed", "succeed", "exceed", "interested", "concerned", "convinced",
    "based", "related", "called", "so-called", "detailed", "limited", "advanced", "required",
    "supposed", "committed", "prepared", "pleased", "surprised", "involved", "dedicated",
    "designed", "intended", "unprecedented", "unfounded", "unbiased", "biased", "sacred",
    "naked", "wicked", "crooked", "ragged", "beloved", "learned", "aged", "embed",
];

// ── Tokenizer ───────────────────────────────────────────────────────────

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tk {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    s: &'a str,
    start: usize,
    end: usize,
    kind: Tk,
    /// Whitespace precedes the token.
    space: bool,
    /// A number with an internal `,` or `.` ("14,000", "1.5").
    sep: bool,
}

fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 4);
    let mut space = true;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let (end, kind, sep) = if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            (end, Tk::Word, false)
        } else if c.is_ascii_digit() {
            let mut end = i + 1;
            let mut sep = false;
            while let Some(&(j, d)) = it.peek() {
                if d.is_ascii_digit() {
                    end = j + 1;
                    it.next();
                } else if (d == ',' || d == '.') && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
                {
                    sep = true;
                    end = j + 1;
                    it.next();
                } else {
                    break;
                }
            }
            (end, Tk::Num, sep)
        } else {
            (i + c.len_utf8(), Tk::Punct, false)
        };
        toks.push(Tok {
            s: &text[i..end],
            start: i,
            end,
            kind,
            space,
            sep,
        });
        space = false;
    }
    toks
}

// ── Scanner ─────────────────────────────────────────────────────────────

struct Scanner<'a, 't> {
    text: &'t str,
    t: &'a [Tok<'t>],
    anchor: Option<NaiveDate>,
}

/// A matched expression: tokens `[i, next)`, byte range, result.
struct Hit {
    next: usize,
    range: Range<usize>,
    date: PartialDate,
    end: Option<PartialDate>,
    qualifier: Option<Qualifier>,
    kind: DateKind,
}

fn is_dash(s: &str) -> bool {
    matches!(s, "-" | "–" | "‐" | "‑" | "—")
}

fn is_apos(s: &str) -> bool {
    matches!(s, "'" | "’" | "ʼ")
}

#[rustfmt::skip]
const YEAR_CONTEXT: &[&str] = &[
    "in", "since", "by", "of", "until", "till", "from", "during", "before", "after", "through",
    "throughout", "year", "early", "late", "mid", "circa", "as", "for",
];

#[rustfmt::skip]
const MONTH_CONTEXT: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "during", "before", "after", "through",
    "throughout", "of", "to", "early", "late", "mid", "for", "between", "and",
];

#[rustfmt::skip]
const COUNT_NOUNS: &[&str] = &[
    "people", "persons", "men", "women", "children", "troops", "soldiers", "km", "kilometres",
    "kilometers", "miles", "metres", "meters", "tons", "tonnes", "dollars", "euros", "rubles",
    "roubles", "votes", "cases", "times", "percent", "per", "units", "pieces", "bodies",
    "refugees", "hectares", "years", "days", "hours", "minutes", "seconds", "months", "weeks",
    "residents", "citizens", "journalists", "visitors", "likes", "member", "members", "deaths",
    "victims", "prisoners", "detainees", "students", "copies", "books", "signatures", "posts",
];

#[rustfmt::skip]
const QUANTITY_WORDS: &[&str] = &[
    "about", "over", "some", "nearly", "almost", "around", "approximately", "than", "up",
    "least", "exactly", "only", "just", "total", "all", "number", "sum", "budget", "population",
    "another",
];

#[rustfmt::skip]
const EVENT_HEADS: &[&str] = &[
    "convention", "treaty", "agreement", "agreements", "accord", "accords", "act", "charter",
    "declaration", "constitution", "law", "resolution", "protocol", "olympics", "games",
    "summit", "conference", "memorandum", "statute", "census", "election", "elections",
    "referendum", "events", "war", "crisis", "coup", "protests", "riots", "revolution",
    "uprising", "invasion", "attack", "attacks", "amendment", "amendments", "budget",
    "campaign", "decision", "statement", "report", "strategy", "doctrine", "cup",
    "championship", "pandemic", "world",
];

#[rustfmt::skip]
const TRIGGERS: &[&str] = &[
    "early", "late", "mid", "the", "end", "beginning", "start", "middle", "last", "next", "this",
    "yesterday", "today", "tomorrow", "between", "from",
];

#[rustfmt::skip]
const DAY_EVENT_NOUNS: &[&str] = &[
    "briefing", "meeting", "meetings", "talks", "news", "conference", "session", "statement",
    "event", "events", "press", "vote", "voting", "hearing", "summit", "discussion", "speech",
    "announcement", "decision",
];

#[rustfmt::skip]
const NUMBER_WORDS: &[&str] = &[
    "a", "an", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred",
];

fn number_word(w: &str) -> Option<u32> {
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
    fn tok(&self, i: usize) -> Option<&Tok<'t>> {
        self.t.get(i)
    }

    fn word(&self, i: usize) -> Option<&'t str> {
        self.tok(i).filter(|t| t.kind == Tk::Word).map(|t| t.s)
    }

    fn word_is(&self, i: usize, options: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|w| options.iter().any(|o| o.eq_ignore_ascii_case(w)))
    }

    fn punct_is(&self, i: usize, f: impl Fn(&str) -> bool) -> bool {
        self.tok(i).is_some_and(|t| t.kind == Tk::Punct && f(t.s))
    }

    /// Token `i` directly follows token `i - 1` (no whitespace).
    fn tight(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space)
    }

    /// A capitalised month name (or abbreviation when `abbrev`) at `i`;
    /// returns (month, next token).
    fn month(&self, i: usize, abbrev: bool) -> Option<(u32, usize)> {
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

    fn weekday(&self, i: usize) -> Option<Weekday> {
        let w = self.word(i)?;
        if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        weekday_named(w)
    }

    /// Skips an optional "Wednesday" or "Wednesday," before a date.
    fn skip_weekday(&self, i: usize) -> usize {
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
    fn day(&self, i: usize) -> Option<(u32, usize)> {
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
    fn four_digits(&self, i: usize) -> Option<(i32, usize)> {
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
    fn bare_year(&self, i: usize) -> Option<(i32, usize)> {
        let (y, next) = self.four_digits(i)?;
        ((1800..=2100).contains(&y)).then_some((y, next))
    }

    /// The word before token `i` (lower-cased comparison helper).
    fn prev_word_in(&self, i: usize, set: &[&str]) -> bool {
        i > 0 && self.word_is(i - 1, set)
    }

    /// A count noun follows a number ending at `next`.
    fn followed_by_count(&self, next: usize) -> bool {
        let Some(w) = self.word(next) else {
            return false;
        };
        which(w, COUNT_NOUNS).is_some()
    }

    fn hit(&self, i: usize, next: usize, date: PartialDate, kind: DateKind) -> Hit {
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
    fn day_range_end(&self, i: usize) -> Option<(u32, usize)> {
        if self.punct_is(i, is_dash) {
            if let Some((d2, n)) = self.day(i + 1) {
                return Some((d2, n));
            }
        }
        None
    }

    // ── Patterns ────────────────────────────────────────────────────────

    /// `[Weekday[,]] Month Day[-Day][,] [Year]`
    fn month_day(&self, i: usize) -> Option<Hit> {
        let j = self.skip_weekday(i);
        let (m, j) = self.month(j, true)?;
        let (d, j) = self.day(j)?;
        let (d2, j) = match self.day_range_end(j) {
            Some((d2, n)) if d2 > d => (Some(d2), n),
            _ => (None, j),
        };
        let k = if self.punct_is(j, |s| s == ",") {
            j + 1
        } else {
            j
        };
        if let Some((y, n)) = self.four_digits(k) {
            if (1000..=2999).contains(&y) {
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

    /// `[Weekday[,]] Day[-Day] [of] Month[,] [Year]`
    fn day_month(&self, i: usize) -> Option<Hit> {
        let j = self.skip_weekday(i);
        let (d, j) = self.day(j)?;
        let (d2, j) = match self.day_range_end(j) {
            Some((d2, n)) if d2 > d => (Some(d2), n),
            _ => (None, j),
        };
        let j = if self.word_is(j, &["of"]) { j + 1 } else { j };
        let (m, j) = self.month(j, true)?;
        let k = if self.punct_is(j, |s| s == ",") {
            j + 1
        } else {
            j
        };
        if let Some((y, n)) = self.four_digits(k) {
            if (1000..=2999).contains(&y) {
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
    fn iso(&self, i: usize) -> Option<Hit> {
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
    fn qualifier(&self, i: usize) -> Option<(Qualifier, usize, usize)> {
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
    fn month_year(&self, i: usize, qual: Option<(Qualifier, usize)>) -> Option<Hit> {
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
        let k = if self.punct_is(j, |s| s == ",") && rel.is_none() {
            j + 1
        } else {
            j
        };
        if rel.is_none() {
            if let Some((y, n)) = self.four_digits(k) {
                if (1000..=2999).contains(&y) && !self.followed_by_count(n) {
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
        let context = qual.is_some() || rel.is_some() || self.prev_word_in(i, MONTH_CONTEXT);
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
    fn year(&self, i: usize, qual: Option<(Qualifier, usize)>) -> Option<Hit> {
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
                if let Some(y2) = y2.filter(|&y2| y2 > y && y2 - y <= 100 && !glued) {
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
            || (self.prev_word_in(i, YEAR_CONTEXT)
                && !(i >= 2 && self.word_is(i - 2, QUANTITY_WORDS)));
        let event =
            self.prev_word_in(i, &["the", "its", "their", "this", "that"]) && self.event_follows(j);
        if !(in_context || event) {
            return None;
        }
        let mut h = self.hit(start, j, PartialDate::y(y), DateKind::Explicit);
        h.qualifier = qual.map(|(q, _)| q);
        Some(h)
    }

    /// An event noun follows, possibly after up to two capitalised words
    /// ("2014 referendum", "1982 UN Convention").
    fn event_follows(&self, j: usize) -> bool {
        for k in j..j + 3 {
            let Some(w) = self.word(k) else {
                return false;
            };
            if which(w, EVENT_HEADS).is_some() {
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
    fn relative_period(&self, i: usize, qual: Option<(Qualifier, usize)>) -> Option<Hit> {
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
    fn relative_day(&self, i: usize) -> Option<Hit> {
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
                .is_none_or(|n| which(n, DAY_EVENT_NOUNS).is_none())
        {
            return None;
        }
        let d = shift_days(anchor, delta);
        Some(self.hit(i, i + 1, PartialDate::from_naive(d), DateKind::Relative))
    }

    /// "N days/months/years ago", "a year ago", "seventy-six years ago".
    fn ago(&self, i: usize) -> Option<Hit> {
        let anchor = self.anchor?;
        let t = self.tok(i)?;
        let (n, j) = match t.kind {
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
        };
        if !self.word_is(j + 1, &["ago"]) {
            return None;
        }
        let unit = self.word(j)?.to_ascii_lowercase();
        let date = match unit.as_str() {
            "day" | "days" => PartialDate::from_naive(shift_days(anchor, -(n as i64))),
            "month" | "months" => {
                let d = anchor.checked_sub_months(Months::new(n))?;
                PartialDate::ym(d.year(), d.month())?
            }
            "year" | "years" => PartialDate::y(anchor.year() - n as i32),
            _ => return None,
        };
        Some(self.hit(i, j + 2, date, DateKind::Relative))
    }

    /// A weekday name not part of a full date: "on Sunday", "last Friday".
    fn weekday_ref(&self, i: usize) -> Option<Hit> {
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
    fn trigger(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        match t.kind {
            Tk::Num => true,
            Tk::Punct => false,
            Tk::Word => {
                t.s.starts_with(|c: char| c.is_ascii_uppercase())
                    || word_sets().triggers.contains_key(t.s)
            }
        }
    }

    fn at(&self, i: usize) -> Option<Hit> {
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
        self.month_year(i, None)
            .or_else(|| self.year(i, None))
            .or_else(|| self.relative_period(i, None))
            .or_else(|| self.relative_day(i))
            .or_else(|| self.ago(i))
            .or_else(|| self.weekday_ref(i))
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
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// The briefing's date (a Thursday).
    const BRIEFING: &str = "2021-01-28";
    /// The press conference's date (a Monday).
    const PRESSER: &str = "2021-01-18";

    fn iso(text: &str) -> Vec<String> {
        find_dates(text, None)
            .into_iter()
            .map(|m| m.date.to_string())
            .collect()
    }

    /// `(matched text, ISO date[..end])` for each mention.
    fn at(anchor: &str, text: &str) -> Vec<(String, String)> {
        find_dates(text, Some(d(anchor)))
            .into_iter()
            .map(|m| {
                let mut s = m.date.to_string();
                if let Some(e) = m.end {
                    s.push_str("..");
                    s.push_str(&e.to_string());
                }
                (text[m.range].to_string(), s)
            })
            .collect()
    }

    /// `(anchor, text, [(matched text, ISO date)])`.
    type AnchoredCase<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

    fn check(anchor: &str, text: &str, want: &[(&str, &str)]) {
        let got = at(anchor, text);
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want, "in {text:?}");
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
    fn full_dates_from_the_samples() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "the trilateral statement issued by the leaders of Russia, Azerbaijan and Armenia on November 9, 2020 and the agreements reached between them at their summit meeting in Moscow on January 11, 2021.",
                &[
                    ("November 9, 2020", "2020-11-09"),
                    ("January 11, 2021", "2021-01-11"),
                ],
            ),
            (
                "Colonel Yury Mel who was convicted on politicised charges in connection with the January 13, 1991 events at Vilnius television centre",
                &[("January 13, 1991", "1991-01-13")],
            ),
            (
                "Pursuant to the Federal Law No. 305-FZ of July 31, 2020, starting as of January 1, 2021, the interested federal executive bodies",
                &[
                    ("July 31, 2020", "2020-07-31"),
                    ("January 1, 2021", "2021-01-01"),
                ],
            ),
            (
                "was suspended on March 18, 2020, as a temporary measure under clause 5 of the Russian Government directive No. 635-r of March 16, 2020.",
                &[
                    ("March 18, 2020", "2020-03-18"),
                    ("March 16, 2020", "2020-03-16"),
                ],
            ),
            (
                "In the evening of January 27, 1944, a 324-gun salute thundered through the sky over Leningrad.",
                &[("January 27, 1944", "1944-01-27")],
            ),
            (
                "A Chinese delegation attended the parade held on Red Square on June 24, 2020.",
                &[("June 24, 2020", "2020-06-24")],
            ),
            (
                "Wednesday 20 January 2021",
                &[("Wednesday 20 January 2021", "2021-01-20")],
            ),
            (
                "on 9 November 2020 in Moscow",
                &[("9 November 2020", "2020-11-09")],
            ),
            (
                "on the 9th of November, 2020",
                &[("9th of November, 2020", "2020-11-09")],
            ),
            (
                "on November 9th, 2020",
                &[("November 9th, 2020", "2020-11-09")],
            ),
            (
                "Thursday, January 28, 2021",
                &[("Thursday, January 28, 2021", "2021-01-28")],
            ),
            ("on Jan. 28, 2021", &[("Jan. 28, 2021", "2021-01-28")]),
        ];
        for (text, want) in cases {
            check(BRIEFING, text, want);
        }
    }

    #[test]
    fn day_ranges_are_one_mention() {
        check(
            BRIEFING,
            "Statement by the Foreign Ministry of Azerbaijan on the 31st anniversary of January 19-20, 1990, events",
            &[("January 19-20, 1990", "1990-01-19..1990-01-20")],
        );
        check(
            BRIEFING,
            "on 19–20 January 1990",
            &[("19–20 January 1990", "1990-01-19..1990-01-20")],
        );
        let m = &find_dates("January 19-20, 1990", None)[0];
        assert_eq!(m.date.to_string(), "1990-01-19");
        assert_eq!(m.end.unwrap().to_string(), "1990-01-20");
    }

    #[test]
    fn month_and_day_take_the_nearest_year() {
        let cases: &[AnchoredCase] = &[
            (
                BRIEFING,
                "On February 2, Foreign Minister Sergey Lavrov will hold talks in Moscow",
                &[("February 2", "2021-02-02")],
            ),
            (
                BRIEFING,
                "On January 29, Foreign Minister Sergey Lavrov will meet with Ahmed Maiteeq",
                &[("January 29", "2021-01-29")],
            ),
            (
                BRIEFING,
                "January 27 marked Military Glory Day, Day of Complete Liberation of Leningrad from Nazi Siege.",
                &[("January 27", "2021-01-27")],
            ),
            (
                BRIEFING,
                "regarding the January 23 rallies.",
                &[("January 23", "2021-01-23")],
            ),
            (
                PRESSER,
                "trying to agree on the extension of the New START treaty before it expires on February 5.",
                &[("February 5", "2021-02-05")],
            ),
            (
                PRESSER,
                "the declarations signed on November 9, 2020 and January 11",
                &[
                    ("November 9, 2020", "2020-11-09"),
                    ("January 11", "2021-01-11"),
                ],
            ),
            (
                PRESSER,
                "preparing for Navalny’s return on January 17",
                &[("January 17", "2021-01-17")],
            ),
            // December in a January document is last December.
            (
                "2021-01-10",
                "on December 20",
                &[("December 20", "2020-12-20")],
            ),
            // Nearest by days: 181 days ahead rather than 184 back.
            ("2021-01-15", "on July 15", &[("July 15", "2021-07-15")]),
            // A bare month 6 months either way: the past.
            ("2021-01-15", "in July", &[("July", "2020-07")]),
            (
                "2021-01-15",
                "on 20 January",
                &[("20 January", "2021-01-20")],
            ),
        ];
        for (anchor, text, want) in cases {
            check(anchor, text, want);
        }
        let m = &find_dates("On February 2", Some(d(BRIEFING)))[0];
        assert_eq!(m.kind, DateKind::YearInferred);
        // Without an anchor there is no year to infer.
        assert!(iso("On February 2").is_empty());
    }

    #[test]
    fn months_keep_month_precision() {
        let cases: &[AnchoredCase] = &[
            (
                PRESSER,
                "In late November 2020, a group of 62 Armenian servicemen was sent to the Hadrut region",
                &[("late November 2020", "2020-11")],
            ),
            (
                PRESSER,
                "which, in its current form, arose in early December 2020, a month after",
                &[("early December 2020", "2020-12")],
            ),
            (
                PRESSER,
                "to have a meeting with Foreign Minister of Turkey Mevlut Cavusoglu in late January.",
                &[("late January", "2021-01")],
            ),
            (
                BRIEFING,
                "3. In October 2020, FBI officers interrogated the spouse",
                &[("October 2020", "2020-10")],
            ),
            (
                PRESSER,
                "when they became overexcited about the March 2014 referendum in Crimea.",
                &[("March 2014", "2014-03")],
            ),
            (
                PRESSER,
                "the Malaysian Boeing, which was shot down over Ukraine in July 2014",
                &[("July 2014", "2014-07")],
            ),
            (
                PRESSER,
                "All this was confirmed at the summit in Paris in December 2019.",
                &[("December 2019", "2019-12")],
            ),
            (
                PRESSER,
                "In December, they carried out a search of our office",
                &[("December", "2020-12")],
            ),
            (
                PRESSER,
                "since August, several days after the blogger left the Omsk hospital.",
                &[("August", "2020-08")],
            ),
            (
                PRESSER,
                "Last December, we signed a protocol",
                &[("Last December", "2020-12")],
            ),
            (
                BRIEFING,
                "working in the region within the framework of the humanitarian mission since November 2020.",
                &[("November 2020", "2020-11")],
            ),
            (
                PRESSER,
                "the November 2020 Damascus conference",
                &[("November 2020", "2020-11")],
            ),
            (
                "2021-03-10",
                "by mid-December",
                &[("mid-December", "2020-12")],
            ),
            (
                "2021-03-10",
                "at the end of January",
                &[("end of January", "2021-01")],
            ),
            (
                "2021-03-10",
                "next February",
                &[("next February", "2022-02")],
            ),
        ];
        for (anchor, text, want) in cases {
            check(anchor, text, want);
        }
        let m = &find_dates("In late November 2020", None)[0];
        assert_eq!(
            (m.qualifier, m.kind),
            (Some(Qualifier::Late), DateKind::Explicit)
        );
        let m = &find_dates("in late November", Some(d(PRESSER)))[0];
        assert_eq!(m.date.to_string(), "2020-11");
        assert_eq!(
            (m.qualifier, m.kind),
            (Some(Qualifier::Late), DateKind::YearInferred)
        );
    }

    #[test]
    fn may_and_march_the_words_are_not_months() {
        assert!(
            at(
                BRIEFING,
                "They may decide later. May I ask a question? The march was peaceful."
            )
            .is_empty()
        );
        assert!(at(BRIEFING, "May God bless you. Theresa May said").is_empty());
        check(
            BRIEFING,
            "On May 9, we celebrate",
            &[("May 9", "2021-05-09")],
        );
        check(
            BRIEFING,
            "in May 2020 and in May",
            &[("May 2020", "2020-05"), ("May", "2021-05")],
        );
    }

    #[test]
    fn years_in_year_contexts() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "we prepared a roadmap of our common vision of movement towards peace back in 2017.",
                &[("2017", "2017")],
            ),
            (
                "The island nation gained freedom in 1948 after more than a century of British colonial rule.",
                &[("1948", "1948")],
            ),
            (
                "There have been over 50 such cases since 2008.",
                &[("2008", "2008")],
            ),
            (
                "This is our traditional news conference on the foreign policy outcomes of 2020.",
                &[("2020", "2020")],
            ),
            (
                "the Charter for European Security adopted in Istanbul in 1999",
                &[("1999", "1999")],
            ),
            (
                "At the decision of the UN in 2005, this day was proclaimed",
                &[("2005", "2005")],
            ),
            (
                "the leaders of the two Korean states in 2018.",
                &[("2018", "2018")],
            ),
            (
                "it follows from the universal 1982 UN Convention on the Law of the Sea",
                &[],
            ),
            (
                "it follows from the 1982 UN Convention on the Law of the Sea",
                &[("1982", "1982")],
            ),
            ("The year 2020 was hard", &[("2020", "2020")]),
            ("by early 2021", &[("early 2021", "2021")]),
            ("in mid-2020", &[("mid-2020", "2020")]),
            ("until the end of 2021", &[("end of 2021", "2021")]),
        ];
        for (text, want) in cases {
            check(BRIEFING, text, want);
        }
    }

    #[test]
    fn year_ranges_and_decades() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "about 2,500 people were injured during the yellow vest actions in France in 2018-2019.",
                &[("2018-2019", "2018..2019")],
            ),
            (
                "at least 800,000 civilians starved to death during the first winter of 1941-1942.",
                &[("1941-1942", "1941..1942")],
            ),
            (
                "Almost 400 books were published in the Soviet Union between 1945 and 1991, and over 200 editions",
                &[("1945 and 1991", "1945..1991")],
            ),
            ("from 2014 to 2020", &[("2014 to 2020", "2014..2020")]),
            ("the 2018–19 season", &[("2018–19", "2018..2019")]),
            (
                "Having signed the Covenant (it was in the 1960s)",
                &[("1960s", "1960..1969")],
            ),
            (
                "It was established in the late 1990s, and it is still functioning.",
                &[("late 1990s", "1990..1999")],
            ),
        ];
        for (text, want) in cases {
            check(BRIEFING, text, want);
        }
    }

    #[test]
    fn counts_times_and_codes_are_not_dates() {
        for text in [
            "Based on various estimates, about 14,000 rubber bullets were fired",
            "Russia and Italy have a 2+2 mechanism where the defence and foreign ministers meet",
            "Please forward the video to time marker 19:40.",
            "We strongly noted the need to honour UN Security Council Resolution 2254",
            "Federal Law No. 305-FZ",
            "a 324-gun salute; 24 historic salvos; 1.5 to 2 million soldiers",
            "Armenia and Azerbaijan have transferred 1,532 bodies to each other",
            "They mailed 95 million ballots.",
            "a total of 2000 people were detained; in 2000 cases",
            "the 77th anniversary; the 75th Session",
            "the S-400 missile system; COVID-19; flight MH-17",
            "he visited 1999/2000",
            "in 1000 years",
        ] {
            assert!(
                at(BRIEFING, text).is_empty(),
                "{text}: {:?}",
                at(BRIEFING, text)
            );
        }
    }

    #[test]
    fn relative_days() {
        let cases: &[AnchoredCase] = &[
            (
                BRIEFING,
                "Yesterday, on January 27, 2021, the Russian Permanent Mission to the UN sent",
                &[
                    ("Yesterday", "2021-01-27"),
                    ("January 27, 2021", "2021-01-27"),
                ],
            ),
            (
                BRIEFING,
                "the Foreign Ministry statement in support of our senators, which were published yesterday.",
                &[("yesterday", "2021-01-27")],
            ),
            (
                BRIEFING,
                "I have already responded comprehensively today to all those",
                &[("today", "2021-01-28")],
            ),
            (
                BRIEFING,
                "we will know tomorrow",
                &[("tomorrow", "2021-01-29")],
            ),
            (
                BRIEFING,
                "the day before yesterday",
                &[("the day before yesterday", "2021-01-26")],
            ),
            (
                PRESSER,
                "The reply that the German authorities sent us three days ago",
                &[("three days ago", "2021-01-15")],
            ),
            (
                PRESSER,
                "Donald Trump came to power four years ago",
                &[("four years ago", "2017")],
            ),
            (
                BRIEFING,
                "Seventy-six years ago, on January 27, 1945, Soviet troops liberated",
                &[
                    ("Seventy-six years ago", "1945"),
                    ("January 27, 1945", "1945-01-27"),
                ],
            ),
            (PRESSER, "a year ago", &[("a year ago", "2020")]),
            (PRESSER, "two months ago", &[("two months ago", "2020-11")]),
            // Generic "today's" is not a date.
            (
                PRESSER,
                "freedom of the media, especially in today’s world",
                &[],
            ),
            (PRESSER, "today's meeting", &[("today", "2021-01-18")]),
        ];
        for (anchor, text, want) in cases {
            check(anchor, text, want);
        }
        assert!(iso("yesterday and today").is_empty());
    }

    #[test]
    fn relative_years_and_months() {
        let cases: &[AnchoredCase] = &[
            (
                PRESSER,
                "Last year we observed the 75th anniversary of the end of WWII",
                &[("Last year", "2020")],
            ),
            (
                PRESSER,
                "This year we will celebrate the 20th anniversary",
                &[("This year", "2021")],
            ),
            (
                PRESSER,
                "Berlin hosted this year’s first meeting",
                &[("this year", "2021")],
            ),
            (
                PRESSER,
                "At the beginning of last year, North Korea reaffirmed",
                &[("beginning of last year", "2020")],
            ),
            (PRESSER, "next month", &[("next month", "2021-02")]),
            (PRESSER, "last month", &[("last month", "2020-12")]),
        ];
        for (anchor, text, want) in cases {
            check(anchor, text, want);
        }
        let m = &find_dates("At the beginning of last year", Some(d(PRESSER)))[0];
        assert_eq!(
            (m.qualifier, m.kind),
            (Some(Qualifier::Early), DateKind::Relative)
        );
    }

    #[test]
    fn weekdays_follow_tense() {
        // The briefing is on Thursday 2021-01-28; the Dutch riots were on Sunday 24th.
        check(
            BRIEFING,
            "Speaking about riots in the Netherlands on Sunday, Acting Prime Minister Mark Rutte said: “This has nothing to do with protest, this is criminal violence and we will treat it as such.”",
            &[("Sunday", "2021-01-24")],
        );
        check(
            BRIEFING,
            "“My city is crying, and so am I,” Eindhoven Mayor John Jorritsma told reporters on Sunday night.",
            &[("Sunday", "2021-01-24")],
        );
        check(
            BRIEFING,
            "The minister will arrive on Monday.",
            &[("Monday", "2021-02-01")],
        );
        check(
            BRIEFING,
            "The museum opens on Saturday",
            &[("Saturday", "2021-01-30")],
        );
        check(
            BRIEFING,
            "The museum opens on Monday",
            &[("Monday", "2021-01-25")],
        );
        check(
            BRIEFING,
            "The museum opens on Thursday",
            &[("Thursday", "2021-01-28")],
        );
        check(
            BRIEFING,
            "last Thursday",
            &[("last Thursday", "2021-01-21")],
        );
        check(
            BRIEFING,
            "next Thursday",
            &[("next Thursday", "2021-02-04")],
        );
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
    fn tense_cue_words() {
        assert_eq!(sentence_tense("He said it on Sunday.", 12), Tense::Past);
        assert_eq!(
            sentence_tense("Riots broke out. We will meet on Sunday.", 33),
            Tense::Future
        );
        assert_eq!(
            sentence_tense("We are convinced it happens on Sunday.", 30),
            Tense::Unknown
        );
        assert_eq!(
            sentence_tense("The police detained 250 people on Sunday.", 30),
            Tense::Past
        );
        assert_eq!(
            tense_cues("They were fired and will be counted"),
            (true, true)
        );
        assert_eq!(tense_cues("We are convinced"), (false, false));
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

    #[test]
    fn mentions_are_in_order_and_slice_the_text() {
        let text = "On January 23, 2020, Vinnik was extradited to France; on December 7, 2020, the French court incarcerated him. Born in 2019, she was placed in care on November 10, 2020.";
        let ms = find_dates(text, Some(d(BRIEFING)));
        let got: Vec<&str> = ms.iter().map(|m| &text[m.range.clone()]).collect();
        assert_eq!(
            got,
            [
                "January 23, 2020",
                "December 7, 2020",
                "2019",
                "November 10, 2020"
            ]
        );
        assert!(ms.windows(2).all(|w| w[0].range.end <= w[1].range.start));
    }

    #[test]
    fn iso_parsing() {
        assert_eq!(parse_iso("2021-01-28").unwrap().to_string(), "2021-01-28");
        assert_eq!(parse_iso("2021-01").unwrap().to_string(), "2021-01");
        assert_eq!(parse_iso("2021").unwrap().to_string(), "2021");
        assert!(parse_iso("2021-13").is_none());
        assert!(parse_iso("21-01-01").is_none());
        assert!(iso("2021-01-28x").is_empty());
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
