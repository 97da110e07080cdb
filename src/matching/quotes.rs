//! Quoted speech inside claims: spans between quotation marks (curly,
//! straight, guillemets, low-9, single; nested), and attributed speech
//! introduced by a reporting verb and a colon ("X said the following: …").
//!
//! Quotation marks are tracked across the claims of one speaker turn, so a
//! quotation that the sentence splitter cut into several claims is still
//! recognised in each of them.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use crate::text::chars::{
    is_close_double_quote, is_dash, is_open_double_quote, is_opening_quote, is_quotation_mark,
    is_word_apostrophe,
};

/// Kinds of quotation marks, for pairing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// “ … ” (and „ … “ / „ … ”)
    Double,
    /// " … "
    Straight,
    /// ‘ … ’ (and ‚ … ‘)
    Single,
    /// ' … '
    StraightSingle,
    /// « … » or » … «
    Guillemet(bool),
    /// ‹ … › or › … ‹
    SingleGuillemet(bool),
}

fn is_space_or_open(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || is_dash(c)
                || matches!(
                    c,
                    '(' | '[' | '{' | '-' | '\u{201C}' | '\u{00AB}' | '\u{2018}' | '"' | '\'' | ':'
                )
        }
    }
}

fn is_space_or_punct(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || (!c.is_alphanumeric() && !is_word_apostrophe(c)),
    }
}

/// The state of quotation marks carried from one claim to the next.
#[derive(Debug, Default, Clone)]
pub struct QuoteState {
    stack: Vec<Mark>,
}

impl QuoteState {
    /// True when a quotation is open.
    pub fn is_open(&self) -> bool {
        !self.stack.is_empty()
    }
}

/// Finds the top-level quoted spans of one claim text (byte ranges of the
/// text between the marks), starting in `state` and leaving the state at
/// the end of the text in it.
///
/// A quotation open at the start covers the text from its beginning; one
/// still open at the end covers the text to its end.
pub fn quoted_spans(text: &str, state: &mut QuoteState) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    if !state.is_open() && !text.contains(is_quotation_mark) {
        return spans;
    }
    let mut open_at: Option<usize> = if state.is_open() { Some(0) } else { None };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = if k > 0 { Some(chars[k - 1].1) } else { None };
        let next = chars.get(k + 1).map(|x| x.1);
        let after = i + c.len_utf8();
        match mark_action(c, prev, next, &state.stack) {
            Some((true, m)) => {
                if state.stack.is_empty() {
                    open_at = Some(after);
                }
                if state.stack.len() < 16 {
                    state.stack.push(m);
                }
            }
            Some((false, m)) => {
                // pop to the matching mark (tolerates a stray inner mark)
                if let Some(pos) = state.stack.iter().rposition(|x| *x == m) {
                    state.stack.truncate(pos);
                    if state.stack.is_empty() {
                        if let Some(s) = open_at.take() {
                            if i > s {
                                spans.push(s..i);
                            }
                        }
                    }
                }
            }
            None => {}
        }
    }
    if let Some(s) = open_at {
        if s < text.len() {
            spans.push(s..text.len());
        }
    }
    spans
}

/// What the character `c` between `prev` and `next` does with the open
/// quotations `stack`: `Some((true, mark))` opens a quotation,
/// `Some((false, mark))` closes one, `None` neither (an apostrophe, a
/// stray mark).
fn mark_action(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    stack: &[Mark],
) -> Option<(bool, Mark)> {
    let top = stack.last().copied();
    match c {
        '\u{201C}' | '\u{201E}' | '\u{201D}' => double_action(c, prev, next, stack),
        '"' => straight_action(prev, next, stack),
        '\u{2018}' | '\u{201A}' | '\u{2019}' | '\'' => single_action(c, prev, next, top),
        '\u{00AB}' => Some(guillemet_open(Mark::Guillemet, top)),
        '\u{2039}' => Some(guillemet_open(Mark::SingleGuillemet, top)),
        '\u{00BB}' => guillemet_close(Mark::Guillemet, prev, next, top),
        '\u{203A}' => guillemet_close(Mark::SingleGuillemet, prev, next, top),
        _ => None,
    }
}

/// Curly double quotes: “ … ”, „ … “ (German), „ … ”, ” … ” (Swedish).
fn double_action(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    stack: &[Mark],
) -> Option<(bool, Mark)> {
    let top = stack.last().copied();
    match c {
        '\u{201C}' => {
            if matches!(top, Some(Mark::Double))
                && !is_space_or_open(prev)
                && is_space_or_punct(next)
            {
                // „ … “ (German) closes with “
                Some((false, Mark::Double))
            } else {
                Some((true, Mark::Double))
            }
        }
        '\u{201E}' => Some((true, Mark::Double)),
        _ => {
            if top == Some(Mark::Double) {
                Some((false, Mark::Double))
            } else if stack.is_empty() && is_space_or_open(prev) && !is_space_or_punct(next) {
                // ” … ” (Swedish style)
                Some((true, Mark::Double))
            } else {
                None
            }
        }
    }
}

/// The straight double quote, which opens or closes by its neighbours.
fn straight_action(prev: Option<char>, next: Option<char>, stack: &[Mark]) -> Option<(bool, Mark)> {
    let opens = is_space_or_open(prev) && !next.is_some_and(char::is_whitespace) && next.is_some();
    let closes =
        !prev.is_some_and(char::is_whitespace) && prev.is_some() && is_space_or_punct(next);
    if stack.last() == Some(&Mark::Straight) && closes {
        Some((false, Mark::Straight))
    } else if opens {
        Some((true, Mark::Straight))
    } else if closes && stack.contains(&Mark::Straight) {
        Some((false, Mark::Straight))
    } else {
        None
    }
}

/// Single quotes, curly (‘ … ’, ‚ … ‘) and straight; ’ and ' are
/// apostrophes unless they close a quotation.
fn single_action(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    top: Option<Mark>,
) -> Option<(bool, Mark)> {
    match c {
        '\u{2018}' | '\u{201A}' => {
            if top == Some(Mark::Single) && c == '\u{2018}' && !is_space_or_open(prev) {
                Some((false, Mark::Single))
            } else if is_space_or_open(prev) && next.is_some_and(|n| !n.is_whitespace()) {
                Some((true, Mark::Single))
            } else {
                None
            }
        }
        '\u{2019}' => {
            if top == Some(Mark::Single) && !next.is_some_and(char::is_alphanumeric) {
                Some((false, Mark::Single))
            } else {
                None // apostrophe
            }
        }
        _ => {
            if top == Some(Mark::StraightSingle)
                && prev.is_some_and(|p| !p.is_whitespace())
                && !next.is_some_and(char::is_alphanumeric)
            {
                Some((false, Mark::StraightSingle))
            } else if is_space_or_open(prev) && next.is_some_and(char::is_alphabetic) {
                Some((true, Mark::StraightSingle))
            } else {
                None
            }
        }
    }
}

/// « or ‹ (`kind` is `Mark::Guillemet` or `Mark::SingleGuillemet`): closes
/// a » … « quotation, else opens a « … » one.
fn guillemet_open(kind: fn(bool) -> Mark, top: Option<Mark>) -> (bool, Mark) {
    if top == Some(kind(false)) {
        (false, kind(false))
    } else {
        (true, kind(true))
    }
}

/// » or ›: closes a « … » quotation, or opens a » … « one before a word.
fn guillemet_close(
    kind: fn(bool) -> Mark,
    prev: Option<char>,
    next: Option<char>,
    top: Option<Mark>,
) -> Option<(bool, Mark)> {
    if top == Some(kind(true)) {
        Some((false, kind(true)))
    } else if next.is_some_and(|n| !n.is_whitespace()) && is_space_or_open(prev) {
        Some((true, kind(false)))
    } else {
        None
    }
}

fn verb_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i-u)\b(?:said|says|stated|states|noted|notes|wrote|writes|added|adds|declared|declares|announced|stressed|emphasi[sz]ed|remarked|tweeted|posted|told|pointed\s+out|put\s+it|the\s+following)\b",
        )
        .expect("valid regex")
    })
}

/// How far back from a colon a reporting verb is looked for, in bytes.
const VERB_REACH: usize = 160;

fn clause_break(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ':' | ';' | '"')
        || is_open_double_quote(c)
        || is_close_double_quote(c)
}

/// Attributed speech without quotation marks: "Lavrov said: we will respond
/// in kind." A colon counts when the clause before it (at most
/// [`VERB_REACH`] bytes, back to the previous sentence mark or quotation
/// mark) holds a reporting verb. Returns the span after the colon to the end
/// of the text, unless a quotation mark follows the colon (a marked
/// quotation, found by [`quoted_spans`]) or the colon is inside `quoted`.
pub fn attributed_span(text: &str, quoted: &[Range<usize>]) -> Option<Range<usize>> {
    for (ci, _) in text.match_indices(':') {
        if quoted.iter().any(|q| q.start <= ci && ci < q.end) {
            continue;
        }
        let mut from = ci.saturating_sub(VERB_REACH);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let window = &text[from..ci];
        let clause = match window.rfind(clause_break) {
            Some(i) => &window[i + window[i..].chars().next().map_or(1, char::len_utf8)..],
            None => window,
        };
        if !verb_re().is_match(clause) {
            continue;
        }
        let s = ci + 1 + (text[ci + 1..].len() - text[ci + 1..].trim_start().len());
        let first = text[s..].chars().next()?;
        if is_opening_quote(first) || matches!(first, '\'' | '\u{00BB}' | '\u{201D}') {
            continue; // marked quotation: handled by quoted_spans
        }
        let end = text.trim_end().len();
        if end > s {
            return Some(s..end);
        }
    }
    None
}

/// The quotations of each claim of one turn, given the claims' texts in
/// order: quoted spans and attributed speech, as byte ranges.
pub fn turn_quotations(texts: &[&str]) -> Vec<Vec<Range<usize>>> {
    let mut state = QuoteState::default();
    let mut out: Vec<Vec<Range<usize>>> = Vec::with_capacity(texts.len());
    let mut opened_in: Option<usize> = None;
    for (k, text) in texts.iter().enumerate() {
        let was_open = state.is_open();
        let mut spans = quoted_spans(text, &mut state);
        if !was_open && state.is_open() {
            opened_in = Some(k);
        }
        if !state.is_open() {
            opened_in = None;
        }
        if let Some(a) = attributed_span(text, &spans) {
            spans.push(a);
            spans.sort_by_key(|r| (r.start, r.end));
        }
        out.push(spans);
    }
    // A quotation never closed in the turn: keep it only in the claim where it
    // opened (to that claim's end); the claims after are not known to be quoted.
    if let Some(k) = opened_in {
        for spans in out.iter_mut().skip(k + 1) {
            spans.retain(|r| r.start != 0);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        let mut st = QuoteState::default();
        quoted_spans(text, &mut st)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn curly_nested_quotes_give_the_outer_span() {
        let t = "Sergey Lavrov said the following: \u{201C}During our contacts, we promoted a closure based on the \u{201C}all for all\u{201D} principle.\u{201D} How far has this issue progressed?";
        assert_eq!(
            quoted(t),
            [
                "During our contacts, we promoted a closure based on the \u{201C}all for all\u{201D} principle."
            ]
        );
    }

    #[test]
    fn straight_and_mixed_quotes() {
        assert_eq!(
            quoted("He said \"we will respond\" today."),
            ["we will respond"]
        );
        assert_eq!(
            quoted("He said \"based on the \"all for all\" principle\" today."),
            ["based on the \"all for all\" principle"]
        );
        assert_eq!(
            quoted("\u{00AB}Nous verrons\u{00BB}, dit-il."),
            ["Nous verrons"]
        );
        assert_eq!(
            quoted("\u{201E}Wir schaffen das\u{201C}, sagte sie."),
            ["Wir schaffen das"]
        );
        assert_eq!(
            quoted("summoning people for \u{2018}preventive conversations,\u{2019} using"),
            ["preventive conversations,"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(
            quoted("Armenia\u{2019}s public and the Russians\u{2019} rights, don't.").is_empty()
        );
        assert!(quoted("the peacekeepers' mandate").is_empty());
    }

    #[test]
    fn quotation_across_claims_of_a_turn() {
        let texts = [
            "Lavrov said: \u{201C}We will respond.",
            "It will be proportionate.",
            "Nobody should doubt it.\u{201D} Is that a threat?",
        ];
        let q = turn_quotations(&texts);
        assert_eq!(&texts[0][q[0][0].clone()], "We will respond.");
        assert_eq!(&texts[1][q[1][0].clone()], "It will be proportionate.");
        assert_eq!(&texts[2][q[2][0].clone()], "Nobody should doubt it.");
        // never closed: only the opening claim keeps it
        let texts = ["He said: \u{201C}We will respond.", "Next question."];
        let q = turn_quotations(&texts);
        assert_eq!(q[0].len(), 1);
        assert!(q[1].is_empty());
    }

    #[test]
    fn attributed_speech_with_a_colon() {
        let t = "Mark Rutte said: this has nothing to do with protest.";
        let q = turn_quotations(&[t]);
        assert_eq!(&t[q[0][0].clone()], "this has nothing to do with protest.");
        // a marked quotation is not doubled
        let t = "Rutte said: \u{201C}This has nothing to do with protest.\u{201D}";
        assert_eq!(turn_quotations(&[t])[0].len(), 1);
        // a colon without a reporting verb is not attribution
        assert!(turn_quotations(&["There are two options: stay or go."])[0].is_empty());
    }

    #[test]
    fn stray_marks_do_not_panic() {
        for t in [
            "\u{201D}",
            "\u{201C}",
            "\"",
            "'",
            "\u{00BB}\u{00AB}",
            "a \" b",
            "\u{2019}\u{2018}",
            ":",
        ] {
            let _ = turn_quotations(&[t, t]);
        }
    }
}
