//! Words with their byte ranges, for the stages that look at the words
//! around a match (event labels, definite descriptions).

use std::ops::Range;

/// Whether `c` is part of a word: letters, digits, hyphens and apostrophes
/// ("Jean-Pierre", "President’s").
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '’' || c == '\''
}

/// The words of `text` with their byte ranges, in order.
pub(crate) fn word_ranges(text: &str) -> Vec<(Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s..i, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s..text.len(), &text[s..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::word_ranges;

    #[test]
    fn words_keep_hyphens_and_apostrophes() {
        let w: Vec<&str> = word_ranges("the President’s talk — Jean-Pierre said")
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(w, ["the", "President’s", "talk", "Jean-Pierre", "said"]);
        assert_eq!(word_ranges("  ab")[0].0, 2..4);
    }
}
