//! The [`Guard`]: what makes two nearly identical claims different facts
//! (a name, a number, a negation). Semantic links (`semantic.rs`) and every
//! alignment of the verify step (`evidence.rs`) are vetted with it.

use std::ops::Range;

use super::index::stopwords;
use super::normalize::{CAPITALISED, INITIAL, NUMERIC, SPELLED, Tok, TokSet, token_hash};
use crate::text::dates::{NUMBER_TENS, NUMBER_UNITS};
use crate::text::lexicon::words;

words!(
    /// Words that negate a clause wherever they stand.
    pub NEGATIONS = "negations.txt"
);

words!(
    /// Words that negate a clause after an auxiliary ("is not", "will no
    /// longer"), but not elsewhere ("facts, not rumours").
    pub AUX_NEGATIONS = "negations_after_auxiliary.txt"
);

words!(
    /// Auxiliary and modal verbs.
    pub AUXILIARIES = "auxiliaries.txt"
);

/// What makes two nearly identical claims different facts.
#[derive(Debug, Clone, Default)]
pub(super) struct Guard {
    /// Names (capitalised words inside the sentence), sorted, each as often
    /// as it is said.
    names: Vec<Tok>,
    /// Numbers, sorted, each as often as it is said.
    numbers: Vec<Tok>,
    /// Odd number of negations.
    pub(super) negated: bool,
}

/// Whether each sorted multiset holds something the other does not ("Russia,
/// Azerbaijan and Russia" / "Russia, Azerbaijan and the Netherlands": a
/// second Russia against the Netherlands).
fn differs(a: &[Tok], b: &[Tok]) -> (bool, bool) {
    let (mut i, mut j) = (0, 0);
    let (mut only_a, mut only_b) = (false, false);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => {
                only_a = true;
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                only_b = true;
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    (only_a || i < a.len(), only_b || j < b.len())
}

impl Guard {
    /// The guard of tokens `r` of an entry.
    pub fn of(tokens: &[Tok], flags: &[u8], r: Range<usize>) -> Guard {
        let [neg, aux_neg, aux] = lexicons();
        let sw = stopwords();
        let end = r.end.min(tokens.len());
        let start = r.start.min(end);
        let mut g = Guard::default();
        let mut count = 0;
        let words = number_words();
        let mut tens: Option<u32> = None; // the previous token was "twenty"…
        for i in start..end {
            let (t, f) = (tokens[i], flags[i]);
            let spelled = words.iter().find(|w| w.0 == t).map(|w| w.1);
            if let Some(v) = spelled {
                // "twenty-three" = "23": tens and units make one number
                match tens.take() {
                    Some(d) if v < 10 => {
                        g.numbers.pop();
                        g.numbers.push(token_hash(&(d + v).to_string()));
                    }
                    _ => g.numbers.push(token_hash(&v.to_string())),
                }
                if v >= 20 && v % 10 == 0 {
                    tens = Some(v);
                }
                continue;
            }
            tens = None;
            if f & (NUMERIC | SPELLED) != 0 {
                g.numbers.push(t);
            } else if f & CAPITALISED != 0 && (f & INITIAL == 0 || !sw.contains(&t)) {
                // a capitalised word inside the sentence is a name; at its
                // start, any capitalised word that is not a function word
                // ("Russia is ready" / "Estonia is ready")
                g.names.push(t);
            }
            if neg.contains(&t) || (aux_neg.contains(&t) && i > 0 && aux.contains(&tokens[i - 1])) {
                count += 1;
            }
        }
        g.negated = count % 2 == 1;
        // multisets: a name said twice is two mentions
        g.names.sort_unstable();
        g.numbers.sort_unstable();
        g
    }

    /// True when two claims that say nearly the same words state different
    /// facts: a name or a number of one replaced by another in the other,
    /// or one negated and not the other.
    pub fn contradicts(&self, other: &Guard) -> bool {
        self.contradicts_facts(other) || self.negated != other.negated
    }

    /// Every name and number of this claim is in `other` too, and both are
    /// negated or neither: what a shorter claim restating part of a longer
    /// one must keep.
    pub fn within(&self, other: &Guard) -> bool {
        !differs(&self.names, &other.names).0
            && !differs(&self.numbers, &other.numbers).0
            && self.negated == other.negated
    }

    /// Takes one mention of `t` off the names (a common word that opens
    /// the sentence, not a name).
    pub fn forget_name(&mut self, t: Tok) {
        if let Ok(i) = self.names.binary_search(&t) {
            self.names.remove(i);
        }
    }

    /// Whether token `t` is one of the names.
    pub fn is_name(&self, t: Tok) -> bool {
        self.names.binary_search(&t).is_ok()
    }

    /// A number of one replaced by another in the other ("$2 trillion" /
    /// "$1.7 trillion").
    pub fn contradicts_numbers(&self, other: &Guard) -> bool {
        let (c, d) = differs(&self.numbers, &other.numbers);
        c && d
    }

    /// A name or a number of one replaced by another in the other.
    pub fn contradicts_facts(&self, other: &Guard) -> bool {
        let (a, b) = differs(&self.names, &other.names);
        let (c, d) = differs(&self.numbers, &other.numbers);
        (a && b) || (c && d)
    }
}

/// Spelled numbers ("zero" to "nineteen", "twenty" to "ninety", the
/// date scanner's lists), compared with their digits in the [`Guard`] ("23
/// million" = "Twenty-three million"; "five years" ≠ "seven years"). Scale
/// words (hundred, thousand, million) are not numbers there, so "$2,500" and
/// "two thousand five hundred dollars" still differ: a known limit.
fn number_words() -> &'static [(Tok, u32)] {
    static W: std::sync::OnceLock<Vec<(Tok, u32)>> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        let units = NUMBER_UNITS.iter().enumerate().map(|(v, w)| (w, v as u32));
        let tens = NUMBER_TENS
            .iter()
            .enumerate()
            .map(|(i, w)| (w, 20 + 10 * i as u32));
        units.chain(tens).map(|(w, v)| (token_hash(w), v)).collect()
    })
}

/// [`NEGATIONS`], [`AUX_NEGATIONS`] and [`AUXILIARIES`] as token sets.
fn lexicons() -> &'static [TokSet; 3] {
    static SETS: std::sync::OnceLock<[TokSet; 3]> = std::sync::OnceLock::new();
    SETS.get_or_init(|| {
        let set = |l: &[&str]| l.iter().map(|w| token_hash(w)).collect();
        [set(&NEGATIONS), set(&AUX_NEGATIONS), set(&AUXILIARIES)]
    })
}

/// The words of each of two sorted token lists that the other does not
/// hold (multisets).
fn extra_tokens(a: &[Tok], b: &[Tok]) -> (Vec<Tok>, Vec<Tok>) {
    let (mut i, mut j) = (0, 0);
    let (mut only_a, mut only_b) = (Vec::new(), Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => {
                only_a.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                only_b.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    only_a.extend_from_slice(&a[i..]);
    only_b.extend_from_slice(&b[j..]);
    (only_a, only_b)
}

/// Drops the links between two sentences that say the same words but for
/// a changed name, number or negation ("Lavrov will meet …" / "Lavrov will
/// not meet …"), and between the words reported inside them: what the two
/// report alike is not a repeat when the sentences that report it state
/// different facts. A reported claim is judged by the sentence it is in
/// (`reported_in`).
pub(super) fn drop_near_misses(ctx: &super::ctx::Ctx, links: &mut Vec<super::classify::Link>) {
    use std::collections::HashMap;
    let claims = ctx.claims;
    let index: HashMap<&str, u32> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i as u32))
        .collect();
    let container = |c: u32| -> u32 {
        claims[c as usize]
            .reported_in
            .as_deref()
            .and_then(|id| index.get(id).copied())
            .unwrap_or(c)
    };
    let near_miss = |x: u32, y: u32| -> bool {
        let (ex, ey) = (ctx.entry_of[x as usize], ctx.entry_of[y as usize]);
        if ex == ey {
            return false;
        }
        let st = ctx.store;
        let (da, db) = extra_tokens(st.sorted(ex), st.sorted(ey));
        if da.len().max(db.len()) > NEAR_MISS_WORDS {
            return false;
        }
        // a capitalised first word is no name here ("Unfortunately, he
        // doubled it." / "Instead he's doubled it.")
        let guard = |e: u32| Guard::of(st.tokens(e), st.tflags(e), 1..st.len(e));
        let (gx, gy) = (guard(ex), guard(ey));
        // a negation added or dropped, not an auxiliary before one ("There
        // is no alternative" / "There no alternative")
        let [neg, aux_neg, _] = lexicons();
        let negation = |t: &Tok| neg.contains(t) || aux_neg.contains(t);
        gx.contradicts_facts(&gy) || gx.negated != gy.negated && da.iter().chain(&db).any(negation)
    };
    links.retain(|l| !near_miss(container(l.from), container(l.to)));
}

/// At most this many words of each of two sentences are not in the other
/// when [`drop_near_misses`] judges them one sentence with a fact changed.
const NEAR_MISS_WORDS: usize = 2;
