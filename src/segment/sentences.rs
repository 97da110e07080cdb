//! Sentence splitting that survives the punctuation of real transcripts.
//!
//! A sentence ends at `.`, `?`, `!`, `…` or `...`, optionally followed by
//! closing quotes or brackets, when white space and then an upper-case
//! letter, a digit, an opening quote or bracket follow. Exceptions:
//!
//! - titles and honorifics before a name: "Mr Lavrov", "Dr. Smith", "St. Petersburg";
//! - abbreviations before a number: "No. 305-FZ", "Art. 5", "p. 12", "Jan. 18";
//! - always-abbreviations: "e.g.", "i.e.", "cf.", "vs.", "approx.", "et al.";
//! - initials: "Donald J. Trump";
//! - dotted acronyms ("U.S.", "a.m.") end a sentence only before a word that
//!   usually starts one ("The", "We", "It"…);
//! - a bare list number ("1. In January 2020, …") does not end a sentence;
//! - no split inside balanced quotation marks (“…”, «…», "…") unless the
//!   quote runs long, so a quoted sentence stays with its attribution.
//!
//! Decimals and thousands ("1.5", "14,000") never split: no space follows.

use std::ops::Range;

use crate::text::chars::{
    is_close_double_quote, is_closing_quote, is_dash, is_open_double_quote, is_opening_quote,
    is_word_char_no_hyphen,
};
use crate::text::words::{run_end, run_start};

const TITLE_ABBREVS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sr", "Jr", "Gen", "Col", "Lt", "Capt", "Sgt", "Maj",
    "Adm", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Messrs", "Mme", "Mlle", "Fr", "Mt",
    "Ft", "Cmdr", "Supt", "Insp",
];
const NUMBER_ABBREVS: &[&str] = &[
    "No", "Nos", "no", "nos", "Art", "Arts", "art", "p", "pp", "para", "paras", "Para", "Vol",
    "vol", "Ch", "ch", "Fig", "fig", "Sec", "sec", "cl", "Cl", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Nr", "nr", "Tel", "tel", "Op", "op",
];
const ALWAYS_ABBREVS: &[&str] = &[
    "e.g", "i.e", "cf", "vs", "approx", "incl", "esp", "viz", "al", "ca", "Corp", "Inc", "Ltd",
    "Co", "Bros", "dept", "Dept", "est", "govt", "Govt",
];
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "We",
    "I",
    "He",
    "She",
    "They",
    "In",
    "On",
    "At",
    "But",
    "And",
    "However",
    "A",
    "An",
    "There",
    "As",
    "If",
    "When",
    "What",
    "Why",
    "How",
    "Our",
    "Their",
    "His",
    "Her",
    "My",
    "You",
    "Your",
    "So",
    "Now",
    "Then",
    "Yes",
    "No",
    "For",
    "Since",
    "After",
    "Before",
    "Moreover",
    "Meanwhile",
    "Today",
    "Yesterday",
];

/// Characters that may follow a sentence's final punctuation and belong to
/// the sentence.
pub(super) fn is_closer(c: char) -> bool {
    is_closing_quote(c) || matches!(c, ')' | ']')
}

/// Characters that may start a sentence besides letters and digits.
fn is_opener(c: char) -> bool {
    is_opening_quote(c) || is_dash(c) || matches!(c, '\'' | '‹' | '(' | '[')
}

/// Trims white space, including non-breaking and zero-width spaces.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// The token (word) that ends just before byte `end`.
fn token_before(s: &str, end: usize) -> &str {
    let start = run_start(s, end, |c| {
        !(is_space(c) || is_opening_quote(c) || matches!(c, '(' | '['))
    });
    &s[start..end]
}

fn next_word(s: &str) -> &str {
    &s[..run_end(s, 0, is_word_char_no_hyphen)]
}

/// Quote depth tracking for one paragraph: enabled only when the quotes
/// balance, so that a stray mark cannot glue a whole paragraph together.
fn quotes_balanced(s: &str) -> bool {
    let open = s.matches(is_open_double_quote).count();
    let close = s.matches(is_close_double_quote).count();
    open == close && s.matches('"').count() % 2 == 0
}

/// Longest quoted stretch (bytes) within which splitting is suppressed.
const MAX_QUOTE_GLUE: usize = 600;

/// The length of a leading list marker ("1. ", "2) ", "a) ", "- ", "• ")
/// followed by the start of a sentence, or 0.
pub fn list_marker_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() && i < 3 && bytes[i].is_ascii_digit() {
        i += 1;
    }
    let marker_end = if i > 0 && i < bytes.len() && (bytes[i] == b'.' || bytes[i] == b')') {
        i + 1
    } else if s.starts_with("- ") || s.starts_with("• ") || s.starts_with("* ") {
        s.chars().next().map_or(0, char::len_utf8)
    } else {
        return 0;
    };
    let rest = &s[marker_end..];
    let ws: usize = rest
        .chars()
        .take_while(|&c| is_space(c))
        .map(char::len_utf8)
        .sum();
    if ws == 0 {
        return 0;
    }
    match rest[ws..].chars().next() {
        Some(c) if c.is_uppercase() || is_opener(c) => marker_end + ws,
        _ => 0,
    }
}

/// Splits `s` into sentences: byte ranges into `s`, trimmed of white space,
/// in order, never empty, never containing only punctuation.
pub fn split(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let use_quotes = quotes_balanced(s);
    let mut nest = Nesting::default();
    let mut start = 0usize;
    // Byte offsets throughout, each character decoded where it is read (a
    // table of every character's offset would take 16 bytes a character:
    // 800 MB for a 50 MB paragraph).
    let at = |b: usize| s[b..].chars().next();
    let mut k = 0;
    while let Some(c) = at(k) {
        let i = k;
        nest.see(i, c);
        let after = k + c.len_utf8();
        if !matches!(c, '.' | '?' | '!' | '…') {
            k = after;
            continue;
        }
        if nest.bracket > 0 && closes_soon(&s[i..]) {
            k = after;
            continue;
        }
        // Extend over further terminal punctuation, then closers.
        let mut j = after;
        while let Some(p) = at(j).filter(|&p| matches!(p, '.' | '?' | '!' | '…')) {
            j += p.len_utf8();
        }
        let punct_end = j;
        while let Some(q) = at(j).filter(|&q| is_closer(q)) {
            nest.closer(q);
            j += q.len_utf8();
        }
        let end = j;
        // White space must follow, then a sentence start.
        let mut w = j;
        while let Some(sp) = at(w).filter(|&sp| is_space(sp)) {
            w += sp.len_utf8();
        }
        let Some(next) = at(w).filter(|_| w != j) else {
            k = j;
            continue;
        };
        if !(next.is_uppercase() || next.is_ascii_digit() || is_opener(next)) {
            k = j;
            continue;
        }
        let single_period = c == '.' && punct_end == after;
        if single_period && !is_boundary_after_period(s, start, i, &s[w..]) {
            k = j;
            continue;
        }
        if use_quotes && nest.depth > 0 && i - nest.quote_start < MAX_QUOTE_GLUE {
            k = j;
            continue;
        }
        push_trimmed(s, start..end, &mut out);
        start = w;
        k = w;
    }
    push_trimmed(s, start..s.len(), &mut out);
    out
}

/// How deep [`split`] is inside quotations and square brackets.
#[derive(Debug, Default)]
struct Nesting {
    /// Open quotation marks.
    depth: i32,
    /// A straight `"` is open.
    straight_open: bool,
    /// Where the outermost open quotation began.
    quote_start: usize,
    /// Open square brackets: an editorial insertion ("[the talks – Ed.]")
    /// does not end the sentence it is in.
    bracket: i32,
}

impl Nesting {
    /// Character `c` at byte `i`.
    fn see(&mut self, i: usize, c: char) {
        match c {
            c if is_open_double_quote(c) => {
                if self.depth == 0 {
                    self.quote_start = i;
                }
                self.depth += 1;
            }
            c if is_close_double_quote(c) => self.depth = (self.depth - 1).max(0),
            '[' => self.bracket += 1,
            ']' => self.bracket = (self.bracket - 1).max(0),
            '"' => {
                if self.straight_open {
                    self.depth = (self.depth - 1).max(0);
                } else {
                    if self.depth == 0 {
                        self.quote_start = i;
                    }
                    self.depth += 1;
                }
                self.straight_open = !self.straight_open;
            }
            _ => {}
        }
    }

    /// A closer `c` after a sentence's terminal punctuation: only closing
    /// quotation marks count.
    fn closer(&mut self, c: char) {
        match c {
            c if is_close_double_quote(c) => self.depth = (self.depth - 1).max(0),
            '"' if self.straight_open => {
                self.depth = (self.depth - 1).max(0);
                self.straight_open = false;
            }
            _ => {}
        }
    }
}

/// A `]` closes the bracket open before `rest` within a few hundred bytes
/// (an unclosed `[` must not swallow the rest of the paragraph).
fn closes_soon(rest: &str) -> bool {
    for (i, c) in rest.char_indices() {
        if i > 400 {
            return false;
        }
        match c {
            ']' => return true,
            '[' | '\n' => return false,
            _ => {}
        }
    }
    false
}

/// A title abbreviation in capitals, as news transcripts write labels
/// ("DR.", "SEN.", "GOV.").
fn is_title_in_capitals(tok: &str) -> bool {
    tok.len() >= 2
        && !tok.chars().any(char::is_lowercase)
        && TITLE_ABBREVS
            .iter()
            .any(|a| a.len() >= 2 && a.eq_ignore_ascii_case(tok))
}

/// Whether a word with its final full stop is a person's title or an
/// initial ("Mr.", "Gov.", "Jr.", "W."), which a name runs on after; not
/// a place's ("St. Louis", "Mt. Everest").
pub fn is_person_abbreviation(word: &str) -> bool {
    let Some(tok) = word.strip_suffix('.') else {
        return false;
    };
    let mut tc = tok.chars();
    ((TITLE_ABBREVS.contains(&tok) || is_title_in_capitals(tok))
        && !matches!(tok.to_ascii_lowercase().as_str(), "st" | "mt" | "ft"))
        || matches!((tc.next(), tc.next()), (Some(first), None) if first.is_uppercase())
}

/// Whether a word written with its final full stop ("Mr.", "U.S.", "J.",
/// "e.g.") is an abbreviation, whose stop ends no sentence: a title, a
/// word always abbreviated, an initial or a dotted acronym.
pub fn is_abbreviation(word: &str) -> bool {
    let Some(tok) = word.strip_suffix('.') else {
        return false;
    };
    let mut tc = tok.chars();
    TITLE_ABBREVS.contains(&tok)
        || is_title_in_capitals(tok)
        || ALWAYS_ABBREVS.contains(&tok)
        || matches!((tc.next(), tc.next()), (Some(first), None) if first.is_uppercase())
        || (tok.contains('.')
            && tok.chars().all(|c| c.is_alphabetic() || c == '.')
            && tok.chars().filter(|c| c.is_alphabetic()).count() <= 4)
}

fn is_boundary_after_period(s: &str, sent_start: usize, dot: usize, rest: &str) -> bool {
    let tok = token_before(s, dot);
    let next = next_word(rest);
    let next_is_digit = rest.starts_with(|c: char| c.is_ascii_digit());
    if tok.is_empty() {
        return true;
    }
    if TITLE_ABBREVS.contains(&tok) {
        return false;
    }
    if NUMBER_ABBREVS.contains(&tok) && next_is_digit {
        return false;
    }
    if ALWAYS_ABBREVS.contains(&tok) {
        return false;
    }
    // An initial: "J. Trump".
    let mut tc = tok.chars();
    if let (Some(first), None) = (tc.next(), tc.next())
        && first.is_uppercase()
    {
        return false;
    }
    // A dotted acronym: "U.S.", "a.m.".
    if tok.contains('.') && tok.chars().filter(|c| c.is_alphabetic()).count() <= 4 {
        return SENTENCE_STARTERS.contains(&next);
    }
    // A list number at the start: "1. In January 2020, …".
    let so_far = s[sent_start..dot].trim();
    if !so_far.is_empty() && so_far.len() <= 3 && so_far.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    true
}

fn push_trimmed(s: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &s[r.clone()];
    let lead = piece.len() - piece.trim_start_matches(is_space).len();
    let trail = piece.len() - piece.trim_end_matches(is_space).len();
    let t = r.start + lead..r.end - trail;
    if t.start < t.end && s[t.clone()].chars().any(char::is_alphanumeric) {
        out.push(t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: &[&str]) {
        let got: Vec<&str> = split(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, expect, "splitting {text:?}");
    }

    #[test]
    fn plain_sentences() {
        check(
            "Relations between Russia and Italy are good.  Italy is one of those EU countries.",
            &[
                "Relations between Russia and Italy are good.",
                "Italy is one of those EU countries.",
            ],
        );
        check(
            "What is being done? Is it true! I doubt it…",
            &["What is being done?", "Is it true!", "I doubt it…"],
        );
    }

    #[test]
    fn titles_initials_and_abbreviations() {
        check(
            "Doctors in Omsk saved Mr Navalny’s life. Dr. Smith and Mr. Jones agreed.",
            &[
                "Doctors in Omsk saved Mr Navalny’s life.",
                "Dr. Smith and Mr. Jones agreed.",
            ],
        );
        check(
            "Donald J. Trump spoke in St. Petersburg. Then he left.",
            &["Donald J. Trump spoke in St. Petersburg.", "Then he left."],
        );
        check(
            "Pursuant to the Federal Law No. 305-FZ of July 31, 2020, visas were issued. Next.",
            &[
                "Pursuant to the Federal Law No. 305-FZ of July 31, 2020, visas were issued.",
                "Next.",
            ],
        );
        check(
            "Many countries, e.g. Latvia, objected. The U.S. Embassy posted it. The U.S. The end.",
            &[
                "Many countries, e.g. Latvia, objected.",
                "The U.S. Embassy posted it.",
                "The U.S.",
                "The end.",
            ],
        );
    }

    #[test]
    fn numbers_and_lists() {
        check(
            "Anything from 1.5 to 2 million lost their lives. About 14,000 bullets were fired.",
            &[
                "Anything from 1.5 to 2 million lost their lives.",
                "About 14,000 bullets were fired.",
            ],
        );
        check(
            "1. In January 2020, an employee was detained. The police interrogated him.",
            &[
                "1. In January 2020, an employee was detained.",
                "The police interrogated him.",
            ],
        );
        assert_eq!(list_marker_len("1. In January 2020, an employee"), 3);
        assert_eq!(list_marker_len("12) Next item"), 4);
        assert_eq!(list_marker_len("1.5 million people"), 0);
        assert_eq!(list_marker_len("2020 was hard"), 0);
    }

    #[test]
    fn editorial_insertions_stay_inside_their_sentence() {
        check(
            "We discussed this with the [the talks – Ed.] US authorities. Next one.",
            &[
                "We discussed this with the [the talks – Ed.] US authorities.",
                "Next one.",
            ],
        );
        // an unclosed bracket does not glue the paragraph together
        check("A [b. C d. E f.", &["A [b.", "C d.", "E f."]);
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        check(
            "Swedish Foreign Minister Ann Linde wrote: “A healthy and vibrant opposition should be welcomed.” It must have an opportunity to criticise, she added.",
            &[
                "Swedish Foreign Minister Ann Linde wrote: “A healthy and vibrant opposition should be welcomed.”",
                "It must have an opportunity to criticise, she added.",
            ],
        );
        check(
            "He said: “We are ready. We are waiting.” Nothing happened.",
            &[
                "He said: “We are ready. We are waiting.”",
                "Nothing happened.",
            ],
        );
        check(
            "Sergey Lavrov said: “based on the “all for all” principle.” How far has this issue progressed?",
            &[
                "Sergey Lavrov said: “based on the “all for all” principle.”",
                "How far has this issue progressed?",
            ],
        );
        // Unbalanced quotes do not glue the paragraph together.
        check(
            "It is always “America is Number One,” “America must prevail. They have tried.",
            &[
                "It is always “America is Number One,” “America must prevail.",
                "They have tried.",
            ],
        );
    }

    #[test]
    fn lower_case_continuations_do_not_split() {
        check(
            "They said that “they will let us know afterwards.” this will not happen again.",
            &["They said that “they will let us know afterwards.” this will not happen again."],
        );
        check("To be continued…", &["To be continued…"]);
        check("– . –", &[]);
    }
}
