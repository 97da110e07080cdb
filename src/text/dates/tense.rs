//! The tense of a clause, from cheap cues ("said", "was", "-ed" forms,
//! "will", "next"): bare weekdays follow it.

use std::sync::OnceLock;

use crate::text::chars::is_word_char_no_hyphen;
use crate::text::gazetteer::FastMap;
use crate::text::lexicon::words;
use crate::text::words::runs;

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

/// The past-tense word lists as hash sets, for the hot paths.
struct TenseWords {
    past: FastMap<&'static str, ()>,
    not_past_ed: FastMap<&'static str, ()>,
}

fn tense_words() -> &'static TenseWords {
    static S: OnceLock<TenseWords> = OnceLock::new();
    S.get_or_init(|| {
        let set = |l: &[&'static str]| l.iter().map(|w| (*w, ())).collect::<FastMap<_, _>>();
        TenseWords {
            past: set(&PAST_WORDS),
            not_past_ed: set(&NOT_PAST_ED),
        }
    })
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
    for r in runs(clause, is_word_char_no_hyphen) {
        let w = &clause[r];
        buf.clear();
        buf.extend(w.chars().map(|c| c.to_ascii_lowercase()));
        let lw = buf.as_str();
        if FUTURE_WORDS.contains(&lw) || lw.ends_with("'ll") || lw.ends_with("’ll") {
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
    let sets = tense_words();
    sets.past.contains_key(lw)
        || (lw.len() >= 5
            && lw.ends_with("ed")
            && !after_blocker
            && !sets.not_past_ed.contains_key(lw))
}

/// After these words an "-ed" form is a passive present or an adjective.
pub(crate) fn blocks_past(lw: &str) -> bool {
    PAST_BLOCKERS.contains(&lw)
}

words!(FUTURE_WORDS = "future_tense_words.txt");

words!(PAST_BLOCKERS = "past_blockers.txt");

words!(PAST_WORDS = "past_tense_words.txt");

/// Whether `w` (lower-case) is a verb form of the past tense the tense
/// reader lists ("fell", "rose", "won").
pub(crate) fn is_past_word(w: &str) -> bool {
    PAST_WORDS.contains(w)
}

words!(NOT_PAST_ED = "not_past_ed.txt");

#[cfg(test)]
mod tests {
    use super::*;

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
}
