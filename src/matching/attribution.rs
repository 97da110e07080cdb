//! Attributed speech: who a claim says it is reporting ("As … Sergey
//! Lavrov pointed out, …", "…, Lavrov said."). The corpus' surnames
//! ([`Surnames`]) and the [`REPORTING`] verbs; the **entries** step records
//! the surnames an entry names next to a reporting verb, and verification
//! and classification ask where an entry attributes speech to a speaker.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use super::ctx::{Ctx, intersects};
use super::normalize::{Tok, TokSet, crude_root, normalize, token_hash};
use super::store::HAS_ATTRIBUTION;
use crate::model::Claim;

/// Largest distance, in words, between a surname and a reporting verb for
/// an attribution ("Foreign Minister Sergey Lavrov pointed out").
pub const ATTRIBUTION_WINDOW: usize = 5;

/// Reporting verbs: with the source speaker's surname, they make a claim an
/// attribution ("As … Sergey Lavrov pointed out, …").
const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "stated",
    "noted",
    "notes",
    "pointed",
    "stressed",
    "emphasised",
    "emphasized",
    "according",
    "mentioned",
    "remarked",
    "declared",
    "claimed",
    "told",
    "announced",
    "wrote",
    "writes",
    "added",
    "underlined",
    "underscored",
    "quoted",
    "recalled",
    "insisted",
    "warned",
    "explained",
    "argued",
    "reiterated",
    "repeated",
    "observed",
    "affirmed",
    "asserted",
    "confirmed",
    "tweeted",
];

/// The [`REPORTING`] verbs as token ids.
pub(super) fn reporting() -> &'static TokSet {
    static SET: OnceLock<TokSet> = OnceLock::new();
    SET.get_or_init(|| REPORTING.iter().map(|w| token_hash(w)).collect())
}

/// The roots of the [`REPORTING`] verbs and of "talk" and "mention" (as
/// [`NormText::roots`](super::normalize::NormText::roots) has them): a
/// phrase of saying ("mentioned moments ago") is no one's theme.
pub(super) fn reporting_roots() -> &'static TokSet {
    static SET: OnceLock<TokSet> = OnceLock::new();
    SET.get_or_init(|| {
        REPORTING
            .iter()
            .chain(&["talked", "mentions"])
            .map(|w| token_hash(&crude_root(w)))
            .collect()
    })
}

/// Whether `toks` holds a reporting verb, and the surnames of
/// `all_surnames` found at most [`ATTRIBUTION_WINDOW`] words from one
/// (sorted, distinct).
pub(super) fn attributed_surnames(toks: &[Tok], all_surnames: &TokSet) -> (bool, Vec<Tok>) {
    let rep = reporting();
    let verbs: Vec<usize> = (0..toks.len())
        .filter(|&i| rep.contains(&toks[i]))
        .collect();
    let has_verb = !verbs.is_empty();
    let mut attributed: Vec<Tok> = Vec::new();
    if has_verb {
        for (i, t) in toks.iter().enumerate() {
            if all_surnames.contains(t)
                && verbs.iter().any(|&v| v.abs_diff(i) <= ATTRIBUTION_WINDOW)
            {
                attributed.push(*t);
            }
        }
        attributed.sort_unstable();
        attributed.dedup();
    }
    (has_verb, attributed)
}

fn surname_hash(speaker: &str) -> Option<Tok> {
    normalize(speaker).hashes.last().copied()
}

/// Surname ids of the corpus' people, computed once per distinct name.
pub(super) struct Surnames<'a> {
    map: HashMap<&'a str, Option<Tok>>,
}

impl<'a> Surnames<'a> {
    pub(super) fn new(claims: &'a [Claim]) -> Self {
        let mut map = HashMap::new();
        for c in claims {
            for n in c.speaker.iter().chain(&c.co_speakers) {
                map.entry(n.as_str()).or_insert_with(|| surname_hash(n));
            }
        }
        Surnames { map }
    }

    pub(super) fn of(&self, name: &str) -> Option<Tok> {
        self.map.get(name).copied().flatten()
    }

    /// Every surname id of the corpus' people.
    pub(super) fn all(&self) -> TokSet {
        self.map.values().filter_map(|s| *s).collect()
    }
}

impl Ctx<'_> {
    /// Where entry `later` attributes speech to one of `surnames` (sorted):
    /// the tokens of the attributed words, outside the cue ("As … Sergey
    /// Lavrov pointed out, ⟨…⟩", "⟨…⟩, Lavrov said.", "According to Lavrov,
    /// ⟨…⟩"). The surname and a reporting verb must be at most five words
    /// apart.
    pub(super) fn attribution(&self, later: u32, surnames: &[Tok]) -> Option<Range<usize>> {
        const NEAR: usize = ATTRIBUTION_WINDOW;
        if self.store.flags[later as usize] & HAS_ATTRIBUTION == 0 {
            return None;
        }
        let e = &self.entries[later as usize];
        if intersects(&e.reported, surnames) {
            // reported speech: all of it is attributed
            return Some(0..self.store.len(later));
        }
        if !e.has_verb || surnames.is_empty() || !intersects(&e.attributed, surnames) {
            return None;
        }
        let toks = self.tokens(later);
        let rep = reporting();
        for (i, t) in toks.iter().enumerate() {
            if surnames.binary_search(t).is_err() {
                continue;
            }
            let lo = i.saturating_sub(NEAR);
            let hi = (i + NEAR + 1).min(toks.len());
            let Some(v) = (lo..hi).find(|&k| rep.contains(&toks[k])) else {
                continue;
            };
            let (cs, ce) = (i.min(v), i.max(v) + 1);
            // "pointed out", "according to": skip the particle
            let ce = if ce < toks.len()
                && matches!(toks[ce], t if t == token_hash("out") || t == token_hash("to"))
            {
                ce + 1
            } else {
                ce
            };
            // the cue at the end: the attributed words come before it
            if ce + 2 >= toks.len() && cs > 0 {
                // back to the start of the clause holding the name
                return Some(0..cs);
            }
            return Some(ce..toks.len());
        }
        None
    }

    pub(super) fn attributes(&self, later: u32, surnames: &[Tok]) -> bool {
        self.attribution(later, surnames).is_some()
    }

    /// True when entry `later_entry` attributes speech to the speaker of
    /// claim `earlier_claim`.
    pub(super) fn names(&self, later_entry: u32, earlier_claim: u32) -> bool {
        match self.claims[earlier_claim as usize]
            .speaker
            .as_deref()
            .and_then(|n| self.names.of(n))
        {
            Some(h) => self.attributes(later_entry, &[h]),
            None => false,
        }
    }
}
