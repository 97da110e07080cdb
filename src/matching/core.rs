//! The core of a claim: what is left to compare once the words that change
//! nothing it states are gone. Used by the short-line step
//! ([`super::short`], one core said again) and the containment step
//! ([`super::contained`], one core inside a longer one).
//!
//! From the normalised tokens:
//! - the openers at the start are stripped ([`OPENERS`]: "And for me, this
//!   is about jobs." → "for me, this is about jobs"; "Unfortunately, he
//!   doubled it." → "he doubled it");
//! - auxiliaries are dropped ("he’s doubled it" = "he doubled it");
//! - a contracted pronoun is spelled alone ([`CONTRACTIONS`]: "he’s" → "he");
//! - every other word is cut to its root ("cracking" = "crack":
//!   [`crude_root`](super::normalize::crude_root));
//! - a run of up to [`MAX_STAMMER`] words said twice in a row is said
//!   once ("we have — we have an embassy" → "we an embassi").

use std::collections::HashMap;
use std::ops::Range;

use super::guard::{AUX_NEGATIONS, AUXILIARIES, NEGATIONS};
use super::index::stopwords;
use super::normalize::{CAPITALISED, NUMERIC, SPELLED, Tok, TokSet, token_hash};
use super::short::formula;
use super::store::Store;
use crate::text::lexicon::{pairs, words};

/// Longest stammered run said twice in a row that the core says once
/// ("we have — we have").
pub const MAX_STAMMER: usize = 3;

words!(
    /// Words that open a sentence without changing what it states.
    pub OPENERS = "matching_openers.txt"
);

words!(
    /// Phrases that open a sentence to stress or hedge it ("I want to
    /// stress that", "as you know"), one a line.
    pub FRAMES = "matching_frames.txt"
);

/// A list of phrases as token sequences, the longest first ("i want to
/// stress that" before "i want to stress"), for matching at a claim's
/// start or end.
fn phrase_tokens(list: &[&str]) -> Vec<Vec<Tok>> {
    let mut v: Vec<Vec<Tok>> = list
        .iter()
        .map(|p| p.split_whitespace().map(token_hash).collect())
        .collect();
    v.sort_by_key(|p| std::cmp::Reverse(p.len()));
    v
}

/// Where what a claim states begins: after the openers ([`OPENERS`]) and
/// framing phrases ([`FRAMES`]) at its start, in any order ("And, as you
/// know, I think that …"). `tokens` are an entry's normalised tokens.
pub(super) fn frame_end(tokens: &[Tok]) -> usize {
    static FRAME_TOKS: std::sync::OnceLock<Vec<Vec<Tok>>> = std::sync::OnceLock::new();
    let frames = FRAME_TOKS.get_or_init(|| phrase_tokens(&FRAMES));
    let openers = &core_words().openers;
    let mut i = 0;
    loop {
        let rest = &tokens[i..];
        if let Some(f) = frames.iter().find(|f| rest.starts_with(f)) {
            i += f.len();
        } else if rest.first().is_some_and(|t| openers.contains(t)) {
            i += 1;
        } else {
            return i;
        }
    }
}

words!(
    /// Phrases that open a sentence restating what its speaker said
    /// before ("as i said", "i have said before that").
    pub RESTATEMENT_OPENERS = "matching_restatement_openers.txt"
);

words!(
    /// Words of a phrase of time after a restatement opener ("last week").
    pub RESTATEMENT_TIMES = "matching_restatement_times.txt"
);

words!(
    /// Phrases that end a sentence restating what its speaker said before
    /// ("and that has not changed").
    pub RESTATEMENT_TAILS = "matching_restatement_tails.txt"
);

/// Words of [`RESTATEMENT_TIMES`] that cannot end a phrase of time: "As I
/// said, the talks …" keeps "the".
const TIME_FUNCTION_WORDS: [&str; 10] = [
    "last", "this", "on", "at", "in", "the", "a", "few", "other", "many",
];

/// Most words of a phrase of time skipped after a restatement opener.
const MAX_TIME_WORDS: usize = 4;

/// Where what a sentence restates lies in its tokens, when it is framed as
/// a restatement: after a restatement opener and its phrase of time ("As I
/// said last week, ⟨…⟩"), before a restatement tail ("⟨…⟩, and that has
/// not changed"), or both. `None` without either.
pub(super) fn restated_part(tokens: &[Tok]) -> Option<Range<usize>> {
    struct Lists {
        openers: Vec<Vec<Tok>>,
        tails: Vec<Vec<Tok>>,
        times: TokSet,
        function: TokSet,
    }
    static LISTS: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    let l = LISTS.get_or_init(|| Lists {
        openers: phrase_tokens(&RESTATEMENT_OPENERS),
        tails: phrase_tokens(&RESTATEMENT_TAILS),
        times: RESTATEMENT_TIMES.iter().map(|w| token_hash(w)).collect(),
        function: TIME_FUNCTION_WORDS.iter().map(|w| token_hash(w)).collect(),
    });
    let openers = &core_words().openers;
    let lead = tokens.iter().take_while(|t| openers.contains(t)).count();
    let rest = &tokens[lead..];
    let mut start = lead;
    if let Some(n) = l.openers.iter().find_map(|o| opener_end(rest, o)) {
        start += n;
        // a phrase of time, up to its last word that is no function word
        let mut skip = 0;
        for (k, t) in tokens[start..].iter().take(MAX_TIME_WORDS).enumerate() {
            if !l.times.contains(t) {
                break;
            }
            if !l.function.contains(t) {
                skip = k + 1;
            }
        }
        start += skip;
    }
    let mut end = tokens.len();
    if let Some(t) = l.tails.iter().find(|t| tokens[start..].ends_with(t)) {
        end -= t.len();
    }
    (start > lead || end < tokens.len()).then_some(start..end.max(start))
}

/// Where restatement opener `o` ends in `rest`, which may begin with a
/// false start of it ("as — as we have mentioned before", "As I — as I
/// said"), or `None` where it does not open `rest`.
fn opener_end(rest: &[Tok], o: &[Tok]) -> Option<usize> {
    (0..o.len().min(rest.len()))
        .filter(|&p| rest[..p] == o[..p])
        .find(|&p| rest[p..].starts_with(o))
        .map(|p| p + o.len())
}

pairs!(
    /// Contracted pronouns and the pronoun alone.
    pub CONTRACTIONS = "matching_contractions.txt"
);

/// A claim's core tokens, with what each one is.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Core {
    /// Stems (or pronouns) in order.
    pub(super) toks: Vec<Tok>,
    /// Per token: a number, a name or a negation, which may never be the
    /// word two claims differ in.
    pub(super) key: Vec<bool>,
    /// Per token: a content word (outside the stop words and formulae).
    pub(super) content: Vec<bool>,
    /// Per token: a number, in digits or spelled.
    pub(super) number: Vec<bool>,
    /// Content tokens.
    pub(super) n_content: usize,
}

/// The word lists as token sets.
struct CoreWords {
    openers: TokSet,
    /// Negations wherever they stand, or after an auxiliary ("not").
    negations: TokSet,
    auxiliaries: TokSet,
    contractions: HashMap<Tok, Tok>,
}

fn core_words() -> &'static CoreWords {
    static SET: std::sync::OnceLock<CoreWords> = std::sync::OnceLock::new();
    SET.get_or_init(|| CoreWords {
        openers: OPENERS.iter().map(|w| token_hash(w)).collect(),
        negations: NEGATIONS
            .iter()
            .chain(AUX_NEGATIONS.iter())
            .map(|w| token_hash(w))
            .collect(),
        auxiliaries: AUXILIARIES.iter().map(|w| token_hash(w)).collect(),
        contractions: CONTRACTIONS
            .iter()
            .map(|(c, p)| (token_hash(c), token_hash(p)))
            .collect(),
    })
}

impl Core {
    /// The core of entry `e`.
    pub(super) fn of(store: &Store, e: u32) -> Core {
        Core::of_range(store, e, 0..store.len(e))
    }

    /// The core of tokens `r` of entry `e`.
    pub(super) fn of_range(store: &Store, e: u32, r: Range<usize>) -> Core {
        let toks = &store.tokens(e)[..r.end];
        let (stems, flags) = (store.roots(e), store.tflags(e));
        let (w, sw, fw) = (core_words(), stopwords(), formula());
        let start = r.start
            + toks[r.start..]
                .iter()
                .take_while(|t| w.openers.contains(t))
                .count();
        let mut c = Core::default();
        for i in start..toks.len() {
            let t = toks[i];
            if w.auxiliaries.contains(&t) {
                continue;
            }
            let content = !sw.contains(&t) && !fw.contains(&t);
            c.toks.push(*w.contractions.get(&t).unwrap_or(&stems[i]));
            c.key.push(
                flags[i] & (NUMERIC | SPELLED | CAPITALISED) != 0 || w.negations.contains(&t),
            );
            c.content.push(content);
            c.number.push(flags[i] & (NUMERIC | SPELLED) != 0);
        }
        c.say_stammer_once();
        c.n_content = c.content.iter().filter(|&&x| x).count();
        c
    }

    /// Removes a run of up to [`MAX_STAMMER`] tokens said twice in a row.
    fn say_stammer_once(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            let t = &self.toks;
            let n = (1..=MAX_STAMMER)
                .find(|&n| i + 2 * n <= t.len() && t[i..i + n] == t[i + n..i + 2 * n]);
            match n {
                Some(n) => {
                    self.toks.drain(i + n..i + 2 * n);
                    self.key.drain(i + n..i + 2 * n);
                    self.content.drain(i + n..i + 2 * n);
                    self.number.drain(i + n..i + 2 * n);
                }
                None => i += 1,
            }
        }
    }
}
