//! Tokens of a sentence (whitespace-separated, with byte offsets, from the
//! shared scanner), its quotations, and speech verbs.

use std::ops::Range;

use super::words::VERBS;
use crate::segment::sentences;
use crate::text::chars::{is_close_double_quote, is_dash, is_open_double_quote, is_word_char};
use crate::text::words::runs;

#[derive(Debug, Clone, Copy)]
pub(super) struct Tok<'a> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: &'a str,
}

impl<'a> Tok<'a> {
    /// The word without surrounding punctuation, lower-cased: borrowed
    /// when it is already (most words of a transcript are), so that the
    /// many tests of a token's word allocate nothing.
    pub(super) fn word(&self) -> std::borrow::Cow<'a, str> {
        let w = self.text.trim_matches(|c| !is_word_char(c));
        if w.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
            w.to_lowercase().into()
        } else {
            w.into()
        }
    }
    pub(super) fn bare(&self) -> &str {
        self.text.trim_matches(|c| !is_word_char(c) && c != '.')
    }
    /// Whether the token ends a sentence: a question or exclamation
    /// mark, a semicolon, or a full stop that is not an abbreviation's
    /// ("U.S. officials said", "Mr. Smith said").
    pub(super) fn ends_sentence(&self) -> bool {
        self.text.ends_with(['?', '!', ';'])
            || (self.text.ends_with('.') && !crate::segment::sentences::is_abbreviation(self.text))
    }

    pub(super) fn ends_clause(&self) -> bool {
        self.text
            .ends_with(|c| matches!(c, ',' | ';' | ':' | '(' | ')') || is_dash(c))
    }
}

/// The white-space-separated tokens of the sentence `s`, which starts at
/// byte `base` of its text: the shared scanner's runs of non-space
/// characters.
pub(super) fn tokens(s: &str, base: usize) -> Vec<Tok<'_>> {
    runs(s, |c| !sentences::is_space(c))
        .map(|r| Tok {
            start: base + r.start,
            end: base + r.end,
            text: &s[r],
        })
        .collect()
}

/// Outermost quotations: `(open mark start, content range, close mark end)`.
pub(super) fn quotations(s: &str) -> Vec<(usize, Range<usize>, usize)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut open = 0usize;
    let mut straight: Option<usize> = None;
    for (i, c) in s.char_indices() {
        match c {
            c if is_open_double_quote(c) => {
                if depth == 0 {
                    open = i;
                }
                depth += 1;
            }
            c if is_close_double_quote(c) && depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push((open, open + 3.min(s.len())..i, i + c.len_utf8()));
                }
            }
            '"' if depth == 0 => match straight.take() {
                Some(o) => out.push((o, o + 1..i, i + 1)),
                None => straight = Some(i),
            },
            _ => {}
        }
    }
    // « is two bytes, “ three: recompute content starts exactly.
    for q in &mut out {
        let mark = s[q.0..].chars().next().map_or(1, char::len_utf8);
        q.1.start = q.0 + mark;
    }
    out
}

/// Trims white space and trailing commas/colons from reported words.
pub(super) fn trim_range(s: &str, r: Range<usize>) -> Range<usize> {
    let piece = &s[r.clone()];
    let lead = piece.len() - piece.trim_start_matches(sentences::is_space).len();
    let trimmed = piece.trim_end_matches(|c: char| {
        sentences::is_space(c) || matches!(c, ',' | ';' | ':') || is_dash(c)
    });
    r.start + lead..r.start + trimmed.len()
}

pub(super) fn is_verb(toks: &[Tok<'_>], i: usize) -> bool {
    let w = toks[i].word();
    if !VERBS.contains(&w.as_ref()) {
        return false;
    }
    // "the United States has", "Senator Says": a capital inside a sentence
    // makes a name, not a verb.
    if i > 0 && toks[i].bare().starts_with(char::is_uppercase) {
        return false;
    }
    match w.as_ref() {
        // "pointed out", "pointed to"; "put it".
        "pointed" => toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.word().as_ref(), "out" | "to")),
        // "you point out", "he points out"; not "the point".
        "points" | "point" => toks.get(i + 1).is_some_and(|t| t.word() == "out"),
        "put" => toks.get(i + 1).is_some_and(|t| t.word() == "it"),
        _ => true,
    }
}

/// Verbs whose complement is a habit or repetition of speech: "continues
/// to call on", "began to say", "keeps saying".
const ASPECT_VERBS: [&str; 13] = [
    // "My father used to say …": a habit of the past, asserted.
    "used",
    "continue",
    "continues",
    "continued",
    "began",
    "begun",
    "started",
    "keep",
    "keeps",
    "kept",
    "repeatedly",
    "went",
    "goes",
];

/// Most words naming where someone "went on … to say" ("national
/// television").
const MAX_WENT_ON_WHERE: usize = 3;

/// "has now been on record three times stating …", "went on record
/// saying …": the participle at `v` after "on record" and maybe how many
/// times; the index of "been"/"went"/"is" … before "on".
fn on_record(toks: &[Tok<'_>], v: usize) -> Option<usize> {
    let plain = |i: usize| !toks[i].ends_clause();
    let mut r = v.checked_sub(1)?;
    // "three times", "many times", "repeatedly"
    if r >= 2 && toks[r].word() == "times" && plain(r) && plain(r - 1) {
        r -= 2;
    }
    if r < 2 || toks[r].word() != "record" || toks[r - 1].word() != "on" || !plain(r - 1) {
        return None;
    }
    let b = r - 2;
    (plain(b)
        && plain(r)
        && matches!(
            toks[b].word().as_ref(),
            "been" | "went" | "gone" | "go" | "goes" | "is" | "was" | "are" | "were"
        ))
    .then_some(b)
}

/// When the speech verb at `v` completes a verb of habit or repetition
/// ("The President also continues to call on Congress to …", "He keeps
/// saying, “…”", "the Chinese were quick to say “…”"), the index of that
/// verb (or of the "was"/"were" before "quick"), where the subject of the
/// speech ends; `None` otherwise.
pub(super) fn aspect_start(toks: &[Tok<'_>], v: usize) -> Option<usize> {
    let w = toks[v].word();
    let before = |i: usize| (i < v && !toks[i].ends_clause()).then(|| toks[i].word());
    if w.ends_with("ing") {
        // "keeps saying", "kept saying"
        let k = v.checked_sub(1)?;
        if before(k).is_some_and(|a| matches!(a.as_ref(), "keep" | "keeps" | "kept")) {
            return Some(k);
        }
        return on_record(toks, v);
    }
    let to = v.checked_sub(1)?;
    if before(to)? != "to" {
        return None;
    }
    let k = to.checked_sub(1)?;
    let a = before(k)?;
    if a == "quick" {
        // "were quick to say"
        let b = k.checked_sub(1)?;
        return before(b)
            .filter(|x| matches!(x.as_ref(), "was" | "were" | "is" | "are"))
            .map(|_| b);
    }
    // "went on to say", and where: "went on TV to say", "went on national
    // television to say".
    if let Some(on) = (k.saturating_sub(MAX_WENT_ON_WHERE)..=k)
        .rev()
        .find(|&i| before(i).is_some_and(|x| x == "on"))
    {
        let b = on.checked_sub(1)?;
        let all_plain = (on..k).all(|i| before(i).is_some());
        return before(b)
            .filter(|x| matches!(x.as_ref(), "went" | "goes" | "go" | "came"))
            .filter(|_| all_plain)
            .map(|_| b);
    }
    ASPECT_VERBS[..10].contains(&a.as_ref()).then_some(k)
}
