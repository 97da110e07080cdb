//! The one word scanner: runs of characters of one class with their byte
//! ranges. Every stage's tokenizer scans its words with it and takes its
//! character classes from [`super::chars`]; what differs between stages is
//! the wrapper (numbers with separators, punctuation tokens, possessives).

use std::ops::Range;

use super::chars::is_word_char;

/// The end of the run of characters satisfying `part` that starts at byte
/// `start` of `text` (`start` itself when the character there does not).
pub(crate) fn run_end(text: &str, start: usize, part: impl Fn(char) -> bool) -> usize {
    first_from(text, start, |c| !part(c)).unwrap_or(text.len())
}

/// The first byte at or after `from` (a character boundary) where a
/// character satisfying `pred` starts. ASCII bytes (nearly all of a
/// transcript) need no decoding; from the first other byte on, the text
/// is read as characters.
fn first_from(text: &str, from: usize, pred: impl Fn(char) -> bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        if !b.is_ascii() {
            return text[i..].find(&pred).map(|k| i + k);
        }
        if pred(char::from(b)) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The maximal runs of characters satisfying `part`, as byte ranges, in
/// order.
pub(crate) fn runs<'a>(
    text: &'a str,
    part: impl Fn(char) -> bool + 'a,
) -> impl Iterator<Item = Range<usize>> + 'a {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = first_from(text, at, &part)?;
        let end = run_end(text, start, &part);
        at = end;
        Some(start..end)
    })
}

/// The start of the run of characters satisfying `part` that ends at byte
/// `end` of `text` (`end` itself when the character before does not).
pub(crate) fn run_start(text: &str, end: usize, part: impl Fn(char) -> bool) -> usize {
    text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !part(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The runs of [`runs`] from the last to the first, reading only as far
/// back as asked for.
pub(crate) fn runs_rev<'a>(
    text: &'a str,
    part: impl Fn(char) -> bool + 'a,
) -> impl Iterator<Item = Range<usize>> + 'a {
    let mut at = text.len();
    std::iter::from_fn(move || {
        let last = text[..at].rfind(&part)?;
        let end = last + text[last..].chars().next().map_or(0, char::len_utf8);
        let start = run_start(text, end, &part);
        at = start;
        Some(start..end)
    })
}

/// The words of `text` ([`is_word_char`] runs) with their byte ranges, in
/// order: the words around a match for event labels and definite
/// descriptions.
pub(crate) fn word_ranges(text: &str) -> Vec<(Range<usize>, &str)> {
    runs(text, is_word_char)
        .map(|r| (r.clone(), &text[r]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{run_end, run_start, runs, runs_rev, word_ranges};

    #[test]
    fn words_keep_hyphens_and_apostrophes() {
        let w: Vec<&str> = word_ranges("the President’s talk — Jean-Pierre said")
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(w, ["the", "President’s", "talk", "Jean-Pierre", "said"]);
        assert_eq!(word_ranges("  ab")[0].0, 2..4);
        assert_eq!(word_ranges("‘ab’")[0].0, 3..8);
    }

    #[test]
    fn runs_and_their_ends() {
        let r: Vec<_> = runs("ab  é1 ,c", char::is_alphanumeric).collect();
        assert_eq!(r, [0..2, 4..7, 9..10]);
        assert_eq!(runs("", char::is_alphabetic).count(), 0);
        assert_eq!(runs("...", char::is_alphabetic).count(), 0);
        assert_eq!(run_end("Jean-Pierre", 0, char::is_alphabetic), 4);
        assert_eq!(run_end("Jean-Pierre", 4, char::is_alphabetic), 4);
        assert_eq!(run_end("Jean-Pierre", 5, char::is_alphabetic), 11);
        assert_eq!(run_start("Jean-Pierre", 11, char::is_alphabetic), 5);
        assert_eq!(run_start("Jean-Pierre", 5, char::is_alphabetic), 5);
        let back: Vec<_> = runs_rev("ab  é1 ,c", char::is_alphanumeric).collect();
        assert_eq!(back, [9..10, 4..7, 0..2]);
        assert_eq!(runs_rev("...", char::is_alphabetic).count(), 0);
    }

    #[test]
    fn ascii_then_other_characters() {
        // the byte scan hands over to characters at the first non-ASCII byte
        assert_eq!(run_end("abé c", 0, char::is_alphabetic), 4);
        assert_eq!(run_end("ab—cd", 0, char::is_alphabetic), 2);
        assert_eq!(run_end("—ab—", 3, char::is_alphabetic), 5);
        assert_eq!(run_end("Zoë", 0, char::is_alphabetic), 4);
        let r: Vec<_> = runs("— Café “Noël” ok", char::is_alphabetic).collect();
        assert_eq!(r, [4..9, 13..18, 22..24]);
    }
}
