//! Normalisation for matching: the claim text becomes a sequence of hashed
//! word tokens, each remembering the exact bytes it came from.
//!
//! Normalisation is for comparison only; every output keeps the source text.
//! The rules, each tested below with an example:
//!
//! - **Unicode compatibility forms** are decomposed (NFKD: `ﬁ` → `fi`,
//!   full-width `Ｌａｖｒｏｖ` → `lavrov`, `…` → `...`) and combining marks
//!   dropped, so `José` (composed or decomposed) and `Jose` are one token.
//! - **Case** is folded (`Lavrov` = `LAVROV` = `lavrov`; `ß` → `ss`).
//! - **Quotes and apostrophes**: curly, straight, guillemets and primes are
//!   all separators, and an apostrophe between two letters joins them
//!   (`don’t` = `don't` = `dont`), so quote style never matters.
//! - **Dashes** of every kind (`-`, `‑`, `–`, `—`, `−`) and all other
//!   punctuation separate tokens (`Nagorno-Karabakh` = `Nagorno Karabakh`).
//! - **Whitespace** of any kind and amount is a single separator.
//! - **Numbers**: thousands separators are dropped (`14,000` = `14000`),
//!   decimal points kept (`1.5`); numbers written in words become their
//!   digits (`Twenty-three million` = `23 million`, `two thousand five
//!   hundred` = `2500`; a lone `one` stays a word), flagged [`SPELLED`].
//! - **Editorial insertions** in square brackets (`[the return of Armenian
//!   POWs – Ed.]`, `[sic]`) are dropped and recorded in
//!   [`NormText::dropped`].
//! - **Gaps**: `…`, `...` and `[…]` mark an elision; the next token carries
//!   [`GAP_BEFORE`] so that no shingle spans the gap.

use std::ops::Range;

use unicode_normalization::char::{decompose_compatible, is_combining_mark};
use xxhash_rust::xxh3::xxh3_64;

use crate::text::chars::{is_apostrophe, is_opening_quote};
use crate::text::dates::{NUMBER_TENS, NUMBER_UNITS};

/// A token id: 32 bits of the normalised token's xxh3 hash. Collisions
/// (two words sharing an id) are rare enough to only nudge a similarity.
pub type Tok = u32;

/// A set of token ids. Ids are hashes already, so the set hashes them with
/// one multiplication instead of SipHash.
pub type TokSet = std::collections::HashSet<Tok, std::hash::BuildHasherDefault<TokHasher>>;

/// The hasher of [`TokSet`] (Fibonacci hashing of the id).
#[derive(Debug, Default, Clone, Copy)]
pub struct TokHasher(u64);

impl std::hash::Hasher for TokHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(*b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0 ^ u64::from(n)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Token flag: an ellipsis (elision) precedes this token.
pub const GAP_BEFORE: u8 = 1;
/// Token flag: the token's first letter is upper-case in the source text.
pub const CAPITALISED: u8 = 2;
/// Token flag: the token contains a digit.
pub const NUMERIC: u8 = 4;
/// Token flag: the token starts a sentence-like unit (first token, or first
/// after `.`, `:`, `?`, `!` or an opening quote), so capitalisation says
/// nothing about it being a name.
pub const INITIAL: u8 = 8;

/// Token flag: a number written in words ("five", "twenty-three"), now
/// its digits. Such a token is also [`NUMERIC`] when it took several words
/// or is [`SMALL_NUMBER`] or more: a lone "two" or "five" is an everyday
/// word ("two reasons") to the related step, but still a number to the
/// guard ("five years" ≠ "seven years").
pub const SPELLED: u8 = 16;
/// See [`SPELLED`].
pub const SMALL_NUMBER: u64 = 10;

/// Characters kept by the crude stem of [`NormText::stems`].
pub const STEM_CHARS: usize = 6;

/// Where the first [`STEM_CHARS`] characters of `w` end.
fn stem_end(w: &str) -> usize {
    w.char_indices().nth(STEM_CHARS).map_or(w.len(), |(i, _)| i)
}

/// The root of a lower-case token ([`NormText::roots`]): a regular English ending taken
/// off where three letters remain ("-s" but not "-ss", "-us", "-is";
/// "-ies"/"-ied" → "y"; "-ing", "-ed"), then a doubled last consonant said
/// once ("getting" → "get"; not "ll", "ss", "ff", "zz") and a final "e"
/// dropped ("makes", "making", "make" → "mak"), and the first
/// [`STEM_CHARS`] characters kept. "cracking" = "cracked" = "crack";
/// "Latvia" = "Latvian" = "latvia". Words with other letters are only cut.
pub fn crude_root(w: &str) -> std::borrow::Cow<'_, str> {
    let cut = stem_end;
    if !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return std::borrow::Cow::Borrowed(&w[..cut(w)]);
    }
    let b = w.as_bytes();
    let n = b.len();
    let mut end = n;
    let mut y = false;
    if n >= 5 && (w.ends_with("ies") || w.ends_with("ied")) {
        end = n - 3;
        y = true;
    } else if n >= 4
        && w.ends_with('s')
        && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"))
    {
        end = n - 1;
    }
    if !y {
        let r = &w[..end];
        let suffix = ["ing", "ed"]
            .into_iter()
            .find(|s| r.ends_with(s) && r.len() - s.len() >= 3);
        if let Some(s) = suffix {
            end -= s.len();
            let (x, z) = (b[end - 1], b[end - 2]);
            if x == z && !matches!(x, b'l' | b's' | b'f' | b'z') && !b"aeiou".contains(&x) {
                end -= 1;
            }
        }
        if end >= 4 && b[end - 1] == b'e' {
            end -= 1;
        }
    }
    let root = &w[..end];
    if y {
        let mut s = String::with_capacity(end + 1);
        s.push_str(root);
        s.push('y');
        let c = cut(&s);
        s.truncate(c);
        return std::borrow::Cow::Owned(s);
    }
    std::borrow::Cow::Borrowed(&root[..cut(root)])
}

/// Longest editorial insertion recognised, in bytes; a `[` without a `]`
/// within this distance is ordinary punctuation.
const MAX_BRACKET: usize = 400;

/// A text normalised for matching.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NormText {
    /// Per token: id of the normalised token.
    pub hashes: Vec<Tok>,
    /// Per token: `[start, end)` byte range in the source text.
    pub spans: Vec<[u32; 2]>,
    /// Per token: [`GAP_BEFORE`], [`CAPITALISED`], [`NUMERIC`], [`INITIAL`],
    /// [`SPELLED`].
    pub flags: Vec<u8>,
    /// Per token: hash of its first [`STEM_CHARS`] characters, a crude stem
    /// (`Latvia`, `Latvian` → `latvia`) used for related claims.
    pub stems: Vec<Tok>,
    /// Per token: hash of its root ([`crude_root`]: "cracking" →
    /// "crack"), which the cores of short lines, contained lines and
    /// talking points compare.
    pub roots: Vec<Tok>,
    /// Byte ranges of the editorial insertions that were dropped.
    pub dropped: Vec<Range<usize>>,
}

impl NormText {
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    /// True when the text has no tokens.
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// The source byte range covered by tokens `r` (empty range at 0 when
    /// `r` is empty or out of bounds).
    pub fn byte_range(&self, r: Range<usize>) -> Range<usize> {
        if r.start >= r.end || r.end > self.spans.len() {
            return 0..0;
        }
        self.spans[r.start][0] as usize..self.spans[r.end - 1][1] as usize
    }

    /// The dropped editorial insertions lying inside source bytes `r`.
    pub fn dropped_within(&self, r: &Range<usize>) -> impl Iterator<Item = &Range<usize>> {
        let (s, e) = (r.start, r.end);
        self.dropped
            .iter()
            .filter(move |d| d.start >= s && d.end <= e)
    }
}

/// The id of one normalised token.
pub fn token_hash(token: &str) -> Tok {
    let h = xxh3_64(token.as_bytes());
    (h ^ (h >> 32)) as Tok
}

/// A source character after decomposition, with the source bytes it came
/// from.
#[derive(Clone, Copy)]
struct Ch {
    c: char,
    start: u32,
    end: u32,
}

/// Characters after which the next token starts a sentence-like unit.
fn is_initial_trigger(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ':' | ';') || is_opening_quote(c)
}

/// Finds the `]` closing a `[` at byte `open`, if it is a plausible
/// editorial insertion (closed within [`MAX_BRACKET`] bytes, no nested `[`,
/// no line break).
fn bracket_end(text: &str, open: usize) -> Option<usize> {
    let rest = &text[open + 1..];
    for (i, c) in rest.char_indices() {
        if i > MAX_BRACKET {
            return None;
        }
        match c {
            ']' => return Some(open + 1 + i),
            '[' | '\n' | '\r' => return None,
            _ => {}
        }
    }
    None
}

fn is_ellipsis_only(s: &str) -> bool {
    let t: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    !t.is_empty() && t.chars().all(|c| c == '.' || c == '\u{2026}')
}

/// Decomposes `text` into [`Ch`]s, dropping bracketed insertions; returns
/// the characters, the dropped ranges, and the positions (indices into the
/// character list) before which an elision was written as `[…]`.
fn decompose(text: &str) -> (Vec<Ch>, Vec<Range<usize>>, Vec<usize>) {
    let mut out = Vec::with_capacity(text.len());
    let mut dropped = Vec::new();
    let mut gaps = Vec::new();
    let mut skip_until = 0usize;
    for (i, c) in text.char_indices() {
        if i < skip_until {
            continue;
        }
        if c == '[' {
            if let Some(close) = bracket_end(text, i) {
                if is_ellipsis_only(&text[i + 1..close]) {
                    gaps.push(out.len());
                } else {
                    dropped.push(i..close + 1);
                }
                skip_until = close + 1;
                // keep a separator in place of the insertion
                out.push(Ch {
                    c: ' ',
                    start: i as u32,
                    end: (close + 1) as u32,
                });
                continue;
            }
        }
        let start = i as u32;
        let end = (i + c.len_utf8()) as u32;
        if c.is_ascii() {
            out.push(Ch { c, start, end });
        } else {
            decompose_compatible(c, |d| {
                if !is_combining_mark(d) {
                    out.push(Ch { c: d, start, end });
                }
            });
        }
    }
    (out, dropped, gaps)
}

/// Normalises a text for matching (see the module docs for the rules).
pub fn normalize(text: &str) -> NormText {
    normalize_impl(text, None)
}

fn normalize_impl(text: &str, words: Option<&mut Vec<String>>) -> NormText {
    let (chars, dropped, bracket_gaps) = decompose(text);
    // about one token per five bytes of English
    let cap = text.len() / 5 + 4;
    let mut t = Tokenizer {
        norm: NormText {
            hashes: Vec::with_capacity(cap),
            spans: Vec::with_capacity(cap),
            flags: Vec::with_capacity(cap),
            stems: Vec::with_capacity(cap),
            roots: Vec::with_capacity(cap),
            dropped,
        },
        words,
        buf: String::new(),
        start: 0,
        end: 0,
        flags: 0,
        pending_gap: false,
        initial: true,
        dots: 0,
        number: NumberRun::default(),
    };
    let mut next_gap = bracket_gaps.iter().peekable();
    for (idx, ch) in chars.iter().enumerate() {
        while next_gap.peek().is_some_and(|&&g| g <= idx) {
            next_gap.next();
            t.flush();
            t.pending_gap = true;
        }
        let c = ch.c;
        t.count_dots(c);
        if c.is_ascii_alphanumeric() {
            // fast path for the common case
            t.begin(ch.start, c.is_ascii_uppercase());
            if c.is_ascii_digit() {
                t.flags |= NUMERIC;
            }
            t.buf.push(c.to_ascii_lowercase());
            t.end = ch.end;
        } else if c.is_alphanumeric() {
            t.begin(ch.start, c.is_uppercase());
            if c.is_numeric() {
                t.flags |= NUMERIC;
            }
            for l in c.to_lowercase() {
                match l {
                    '\u{00DF}' => t.buf.push_str("ss"),
                    '\u{03C2}' => t.buf.push('\u{03C3}'),
                    _ => t.buf.push(l),
                }
            }
            t.end = ch.end;
        } else {
            t.separator(c, chars.get(idx + 1).map(|n| n.c));
        }
    }
    t.flush();
    t.end_number();
    t.norm
}

/// [`normalize_impl`]'s state: the tokens so far, the token being read and
/// what the characters since the last token said about the next one.
struct Tokenizer<'w> {
    norm: NormText,
    /// Where the tokens also go as strings ([`normalized_words`]).
    words: Option<&'w mut Vec<String>>,
    /// The token being read, folded.
    buf: String,
    /// Its byte range and flags.
    start: u32,
    end: u32,
    flags: u8,
    /// An elision (`...`, `…`, `[…]`) since the last token.
    pending_gap: bool,
    /// The next token starts a sentence.
    initial: bool,
    /// Full stops in a row.
    dots: usize,
    /// Number words read and not yet pushed ("twenty three").
    number: NumberRun,
}

/// A run of number words being read: "twenty-three" and "two thousand
/// five hundred" become one token, "23" and "2500", as the digits do.
#[derive(Debug, Default)]
struct NumberRun {
    /// Thousands already complete.
    total: u64,
    /// The part below a thousand.
    current: u64,
    /// The words, with their spans and flags, in case they stay words.
    words: Vec<(String, u32, u32, u8)>,
}

/// The value of a number word below a hundred, or the multiplier of
/// "hundred" and "thousand" (as `(0, m)`); the words are the date
/// scanner's lists (`data/lexicon/number_units.txt`, `number_tens.txt`).
fn number_word(w: &str) -> Option<(u64, u64)> {
    if let Some(v) = NUMBER_UNITS.iter().position(|&u| u == w) {
        return Some((v as u64, 1));
    }
    if let Some(v) = NUMBER_TENS.iter().position(|&u| u == w) {
        return Some((20 + 10 * v as u64, 1));
    }
    match w {
        "hundred" => Some((0, 100)),
        "thousand" => Some((0, 1000)),
        _ => None,
    }
}

impl Tokenizer<'_> {
    /// Three or more full stops in a row are an elision.
    #[inline]
    fn count_dots(&mut self, c: char) {
        if c == '.' {
            self.dots += 1;
        } else if !c.is_whitespace() {
            if self.dots >= 3 {
                self.pending_gap = true;
            }
            self.dots = 0;
        }
    }

    /// Starts a token at byte `start` with a letter or digit, unless one is
    /// being read.
    #[inline]
    fn begin(&mut self, start: u32, upper: bool) {
        if self.buf.is_empty() {
            self.start = start;
            self.flags = 0;
            if self.pending_gap {
                self.flags |= GAP_BEFORE;
                self.pending_gap = false;
            }
            if self.initial {
                self.flags |= INITIAL;
            }
            if upper {
                self.flags |= CAPITALISED;
            }
            self.initial = false;
        }
    }

    /// A character that is not a letter or digit, before `next`: an
    /// apostrophe inside a word and a comma or point inside a number are
    /// part of the token; anything else ends it.
    fn separator(&mut self, c: char, next: Option<char>) {
        let prev_alnum = !self.buf.is_empty();
        let next_alnum = next.is_some_and(char::is_alphanumeric);
        let next_digit = next.is_some_and(|n| n.is_ascii_digit());
        let prev_digit = self.buf.chars().last().is_some_and(|p| p.is_ascii_digit());
        if is_apostrophe(c) && prev_alnum && next_alnum {
            // joins: don’t → dont
            return;
        }
        if prev_digit && next_digit && (c == ',' || c == '.') {
            // 14,000 → 14000; 1.5 → 1.5
            if c == '.' {
                self.buf.push('.');
            }
            return;
        }
        self.flush();
        // "twenty-three", "two thousand five hundred": only spaces and
        // hyphens stand inside a number
        if !(c.is_whitespace() || c == '-') {
            self.end_number();
        }
        if is_initial_trigger(c) {
            self.initial = true;
        }
    }

    /// Ends the token being read, if any; a number word joins the number
    /// being read ([`NumberRun`]).
    fn flush(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        if let Some((value, times)) = number_word(&self.buf) {
            let r = &mut self.number;
            // "three twenty" or "five six" are two numbers
            let joins = r.words.is_empty()
                || times > 1
                || r.current % 100 == 0
                || (r.current % 10 == 0 && r.current % 100 >= 20 && value < 10);
            if !joins {
                self.end_number();
            }
            let r = &mut self.number;
            match times {
                1 => r.current += value,
                100 => r.current = r.current.max(1) * 100,
                _ => {
                    r.total += r.current.max(1) * 1000;
                    r.current = 0;
                }
            }
            let word = std::mem::take(&mut self.buf);
            r.words.push((word, self.start, self.end, self.flags));
            return;
        }
        self.end_number();
        self.push_token();
    }

    /// Pushes the number being read as one token of digits, or its words
    /// as they are when it is a lone "one" (a pronoun as often as a
    /// number) or only "hundred"/"thousand".
    fn end_number(&mut self) {
        if self.number.words.is_empty() {
            return;
        }
        let r = std::mem::take(&mut self.number);
        let value = r.total + r.current;
        let lone =
            r.words.len() == 1 && (r.words[0].0 == "one" || value == 0 && r.words[0].0 != "zero");
        let (saved, start, end, flags) = (
            std::mem::take(&mut self.buf),
            self.start,
            self.end,
            self.flags,
        );
        if lone {
            for (w, s, e, f) in r.words {
                (self.buf, self.start, self.end, self.flags) = (w, s, e, f);
                self.push_token();
            }
        } else {
            let first = &r.words[0];
            let last = r.words.last().expect("not empty");
            let numeric = if r.words.len() > 1 || value >= SMALL_NUMBER {
                NUMERIC
            } else {
                0
            };
            self.buf = value.to_string();
            (self.start, self.end, self.flags) = (first.1, last.2, first.3 | SPELLED | numeric);
            self.push_token();
        }
        (self.buf, self.start, self.end, self.flags) = (saved, start, end, flags);
    }

    /// Pushes the token in `buf`: its hash, stem, span and flags.
    fn push_token(&mut self) {
        let buf = &self.buf;
        if let Some(w) = self.words.as_deref_mut() {
            w.push(buf.clone());
        }
        let h = token_hash(buf);
        self.norm.hashes.push(h);
        // most words are their own stem
        let cut = stem_end(buf);
        let stem = if cut == buf.len() {
            h
        } else {
            token_hash(&buf[..cut])
        };
        let root = crude_root(buf);
        let root = if *root == **buf { h } else { token_hash(&root) };
        self.norm.roots.push(root);
        self.norm.stems.push(stem);
        self.norm.spans.push([self.start, self.end]);
        self.norm.flags.push(self.flags);
        self.buf.clear();
    }
}

/// The normalised tokens of `text` as strings (for display, character-level
/// comparison and tests); parallel to [`normalize`]'s tokens.
pub fn normalized_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    normalize_impl(text, Some(&mut words));
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> String {
        normalized_words(s).join(" ")
    }

    fn same(a: &str, b: &str) {
        assert_eq!(normalize(a).hashes, normalize(b).hashes, "{a:?} vs {b:?}");
    }

    #[test]
    fn unicode_compatibility_forms() {
        // ligature, full-width letters, composed vs decomposed accent
        same("\u{FB01}nal", "final");
        same("\u{FF2C}\u{FF41}\u{FF56}\u{FF52}\u{FF4F}\u{FF56}", "Lavrov");
        same("Jos\u{00E9}", "Jose\u{0301}");
        same("Jos\u{00E9}", "Jose");
        same(
            "Mevl\u{00FC}t \u{00C7}avu\u{015F}o\u{011F}lu",
            "Mevlut Cavusoglu",
        );
    }

    #[test]
    fn numbers_in_words_are_digits() {
        // the 2012 debates: "Twenty-three million Americans" / "23 million
        // Americans", "$2,500" / "two thousand five hundred dollars"
        assert_eq!(
            words("Twenty-three million Americans"),
            "23 million americans"
        );
        assert_eq!(words("two thousand five hundred dollars"), "2500 dollars");
        assert_eq!(words("$2,500 a year"), "2500 a year");
        assert_eq!(words("five million jobs"), "5 million jobs");
        assert_eq!(words("a hundred days"), "a 100 days");
        // a lone "one" is as often a pronoun: it stays a word
        assert_eq!(
            words("the one that was shot down"),
            "the one that was shot down"
        );
        assert_eq!(words("one hundred and one"), "100 and one");
        // two numbers in a row, or across a comma, stay two
        assert_eq!(words("five, six"), "5 6");
        assert_eq!(words("twenty thirty"), "20 30");
        let n = normalize("Twenty-three million");
        assert_eq!(n.spans[0], [0, 12]);
        assert_eq!(n.flags[0] & (NUMERIC | SPELLED), NUMERIC | SPELLED);
        // a lone small number: spelled, not a figure
        assert_eq!(
            normalize("five years").flags[0] & (NUMERIC | SPELLED),
            SPELLED
        );
    }

    #[test]
    fn case_is_folded() {
        same("Sergey LAVROV said", "sergey lavrov SAID");
        same("Stra\u{00DF}e", "strasse");
        assert_eq!(words("The OSCE Minsk Group"), "the osce minsk group");
    }

    #[test]
    fn quotes_and_apostrophes() {
        same(
            "based on the \u{201C}all for all\u{201D} principle",
            "based on the \"all for all\" principle",
        );
        same("\u{00AB}all for all\u{00BB}", "'all for all'");
        same("don\u{2019}t", "don't");
        same("Armenia\u{2019}s public", "Armenia's public");
        assert_eq!(words("don\u{2019}t"), "dont");
        // a quote mark next to a letter is not an apostrophe
        assert_eq!(
            words("\u{2018}preventive conversations,\u{2019} using"),
            "preventive conversations using"
        );
    }

    #[test]
    fn dashes_and_punctuation_separate() {
        same("Nagorno-Karabakh", "Nagorno Karabakh");
        same("Nagorno\u{2011}Karabakh", "Nagorno \u{2014} Karabakh");
        same("freely \u{2013} these are", "freely - these are");
        same("2018\u{2212}2019", "2018 2019");
        assert_eq!(words("Yes, we will (again)."), "yes we will again");
    }

    #[test]
    fn whitespace_collapses() {
        same("all  for\u{00A0}all\n\tprinciple", "all for all principle");
        same("  leading and trailing  ", "leading and trailing");
    }

    #[test]
    fn numbers() {
        same("about 14,000 rubber bullets", "about 14000 rubber bullets");
        assert_eq!(
            words("1.5 million, 14,000 and 2,500."),
            "1.5 million 14000 and 2500"
        );
        assert_eq!(words("No. 305-FZ"), "no 305 fz");
    }

    #[test]
    fn editorial_insertions_are_dropped() {
        let s = "to consider this matter [the return of Armenian POWs \u{2013} Ed.] in order to";
        same(s, "to consider this matter in order to");
        let n = normalize(s);
        assert_eq!(n.dropped.len(), 1);
        assert_eq!(
            &s[n.dropped[0].clone()],
            "[the return of Armenian POWs \u{2013} Ed.]"
        );
        // an unclosed bracket is just punctuation
        assert_eq!(words("a [b c"), "a b c");
    }

    #[test]
    fn ellipses_mark_gaps() {
        for s in [
            "we will respond \u{2026} in due course",
            "we will respond ... in due course",
            "we will respond [\u{2026}] in due course",
            "we will respond [...] in due course",
        ] {
            let n = normalize(s);
            assert_eq!(words(s), "we will respond in due course", "{s}");
            let gaps: Vec<usize> = (0..n.len())
                .filter(|&i| n.flags[i] & GAP_BEFORE != 0)
                .collect();
            assert_eq!(gaps, vec![3], "{s}");
        }
        // a full stop is not a gap
        let n = normalize("We will. In due course");
        assert!(n.flags.iter().all(|f| f & GAP_BEFORE == 0));
    }

    #[test]
    fn roots_take_regular_endings_off() {
        let r = |w: &str| crude_root(w).into_owned();
        // the 2012 debates: "Crack down on China" / "Cracking down on China"
        assert_eq!(r("cracking"), "crack");
        assert_eq!(r("cracked"), "crack");
        assert_eq!(r("crack"), "crack");
        assert_eq!(r("getting"), "get");
        assert_eq!(r("calling"), "call");
        assert_eq!(r("makes"), "mak");
        assert_eq!(r("make"), "mak");
        assert_eq!(r("policies"), "policy");
        assert_eq!(r("policy"), "policy");
        // cut to six characters, as the stems
        assert_eq!(r("governments"), "govern");
        assert_eq!(r("latvian"), "latvia");
        // short words and "-ss", "-us", "-is" keep their ending
        assert_eq!(r("news"), "new");
        assert_eq!(r("business"), "busine");
        assert_eq!(r("bus"), "bus");
        assert_eq!(r("this"), "this");
        assert_eq!(r("need"), "need");
        // not lower-case ASCII: only cut
        assert_eq!(r("привет"), "привет");
        assert_eq!(r("café's"), "café's");
        let n = normalize("Cracking down on China.");
        assert_eq!(n.roots[0], token_hash("crack"));
        assert_eq!(n.stems[0], token_hash("cracki"));
    }

    #[test]
    fn spans_point_at_source_bytes() {
        let s = "\u{201C}All for all,\u{201D} said Lavrov [FM \u{2013} Ed.].";
        let n = normalize(s);
        let toks: Vec<&str> = n
            .spans
            .iter()
            .map(|[a, b]| &s[*a as usize..*b as usize])
            .collect();
        assert_eq!(toks, ["All", "for", "all", "said", "Lavrov"]);
        assert_eq!(&s[n.byte_range(0..3)], "All for all");
        assert_eq!(n.flags[0] & (CAPITALISED | INITIAL), CAPITALISED | INITIAL);
        assert_eq!(n.flags[4] & (CAPITALISED | INITIAL), CAPITALISED);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "",
            "[",
            "]",
            "[]",
            "[[[]]]",
            "...",
            "\u{2026}",
            "''",
            "\u{0301}",
            "a\u{0000}b",
            "1,",
            ",1",
            "1..2",
        ] {
            let n = normalize(s);
            assert_eq!(n.hashes.len(), n.spans.len());
            for [a, b] in &n.spans {
                assert!(s.get(*a as usize..*b as usize).is_some());
            }
        }
    }
}
