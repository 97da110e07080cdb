//! `related` edges: claims in different documents about the same specific
//! fact in different words, found through what they share that is rare in
//! the corpus.
//!
//! Features of a claim: the crude stems (first six letters) of its content
//! words, and, marked *specific*, those of names (capitalised words inside
//! the sentence) and numbers, and the events extraction found in it. A run of adjacent names and numbers ("Sputnik
//! Latvia", "November 9, 2020") counts as one specific unit. A feature's
//! weight is its inverse frequency over claims, doubled for specific
//! features. Two claims are candidates when they share at least two
//! features found in no more than [`MAX_DF`] claims; they are related when
//!
//! - they share at least [`MIN_SHARED`] features, in at least
//!   [`MIN_SPECIFIC`] specific units on each side, and
//! - the weight of what they share is at least
//!   [`MatchOptions::related_threshold`](super::MatchOptions::related_threshold)
//!   of the lighter claim's total weight (a weighted overlap coefficient).
//!
//! Only pairs with no stronger link are kept, only across documents
//! (within a transcript, neighbouring sentences trivially share their
//! topic), and at most [`MAX_RELATED`] per claim, the strongest.
//! On the sample corpus this links, for example, the press conference's
//! question about the seven journalists detained in Latvia in December with
//! the briefing's item on the Sputnik Latvia correspondents detained in
//! December 2020.

use std::collections::HashSet;
use std::ops::Range;

use rayon::prelude::*;
use xxhash_rust::xxh3::xxh3_64;

use super::classify::Link;
use super::entries::Entry;
use super::index::stopwords;
use super::normalize::{CAPITALISED, INITIAL, NUMERIC, Tok};
use super::store::Store;
use super::{MatchOptions, Method};
use crate::model::{Claim, MatchKind};

/// Features in more claims than this never make two claims candidates.
pub const MAX_DF: usize = 12;
/// Fewest shared features for a related link.
pub const MIN_SHARED: usize = 4;
/// Fewest shared specific units (names, numbers, events) for a related
/// link.
pub const MIN_SPECIFIC: usize = 2;
/// Most related links from one claim (the strongest): a claim about a
/// much-discussed fact must not link to every mention of it.
pub const MAX_RELATED: usize = 2;

/// A related link between two claims.
#[derive(Debug, Clone)]
pub(super) struct RelLink {
    pub from: u32,
    pub to: u32,
    pub score: f64,
    pub from_tokens: Range<u32>,
    pub to_tokens: Range<u32>,
}

/// Token position of a feature that comes from the claim's metadata.
const NO_POS: u32 = u32::MAX;

/// A feature of an entry.
#[derive(Debug, Clone, Copy)]
struct Feat {
    /// Stem id (numbers are kept apart from words).
    hash: u64,
    /// Inverse-frequency weight.
    weight: f32,
    /// Token position (first occurrence).
    pos: u32,
    /// For specific features: the run of adjacent names and numbers it is
    /// part of, counted as one unit; 0 for other features.
    run: u32,
}

/// The distinct features of an entry, sorted by hash (weights unset).
fn features(tokens: &[Tok], flags: &[u8], stems: &[Tok]) -> Vec<Feat> {
    let sw = stopwords();
    let n = tokens.len();
    let mut out: Vec<Feat> = Vec::new();
    let mut run = 0u32;
    let mut prev_specific = false;
    for i in 0..n {
        let f = flags[i];
        let next_name = i + 1 < n && flags[i + 1] & CAPITALISED != 0 && flags[i + 1] & INITIAL == 0;
        let name = f & CAPITALISED != 0 && (f & INITIAL == 0 || next_name);
        let number = f & NUMERIC != 0;
        let stop = sw.contains(&tokens[i]);
        let specific = (name || number) && !stop;
        if specific && !prev_specific {
            run += 1;
        }
        prev_specific = specific;
        if stop {
            continue;
        }
        out.push(Feat {
            hash: u64::from(stems[i]) << 1 | u64::from(number),
            weight: 0.0,
            pos: i as u32,
            run: if specific { run } else { 0 },
        });
    }
    // the specific occurrence first, then the earliest
    out.sort_unstable_by_key(|x| (x.hash, x.run == 0, x.pos));
    out.dedup_by_key(|x| x.hash);
    out
}

/// Step 7, **related**: [`find_related`] as claim links, for the claim
/// pairs not in `linked` (which already have a stronger link).
pub(super) fn links(
    claims: &[Claim],
    entries: &[Entry],
    store: &Store,
    rank: &[u32],
    opts: &MatchOptions,
    linked: &HashSet<(u32, u32)>,
) -> Vec<Link> {
    let rel = find_related(claims, entries, store, rank, opts, linked);
    rel.into_iter()
        .map(|r| Link {
            from: r.from,
            to: r.to,
            kind: MatchKind::Related,
            score: r.score,
            method: Method::SharedFeatures,
            from_tokens: r.from_tokens,
            to_tokens: r.to_tokens,
        })
        .collect()
}

/// Finds related links between claims of different documents. `linked`
/// holds the (later, earlier) pairs that already have a stronger link.
pub(super) fn find_related(
    claims: &[Claim],
    entries: &[Entry],
    store: &Store,
    rank: &[u32],
    opts: &MatchOptions,
    linked: &HashSet<(u32, u32)>,
) -> Vec<RelLink> {
    let mut feats = entry_features(claims, entries, store, opts);
    let (df, rare) = RarePostings::new(entries, &feats);
    set_weights(&mut feats, &df, claims.len());
    let pairs = ClaimPairs {
        claims,
        entries,
        rank,
        linked,
    };
    let links: Vec<RelLink> = (0..entries.len())
        .into_par_iter()
        .flat_map_iter(|x| {
            let mut out = Vec::new();
            for (y, rare_shared) in rare.candidates(x) {
                if rare_shared < 2 {
                    continue;
                }
                if let Some(scored) = score_pair(&feats[x], &feats[y], opts.related_threshold) {
                    pairs.push_links(x, y, scored, &mut out);
                }
            }
            out
        })
        .collect();
    strongest_per_claim(links, rank)
}

/// Each entry's features, sorted by hash: those of its tokens (none for an
/// entry shorter than `min_tokens`), then the events the extraction found
/// in its first claim, each a specific unit of its own (no token position).
fn entry_features(
    claims: &[Claim],
    entries: &[Entry],
    store: &Store,
    opts: &MatchOptions,
) -> Vec<Vec<Feat>> {
    (0..entries.len() as u32)
        .into_par_iter()
        .map(|e| {
            if store.len(e) < opts.min_tokens {
                return Vec::new();
            }
            let mut f = features(store.tokens(e), store.tflags(e), store.stems(e));
            let c = &claims[entries[e as usize].members[0] as usize];
            let first = f.iter().map(|x| x.run).max().unwrap_or(0) + 1;
            for (run, ev) in (first..).zip(&c.events) {
                f.push(Feat {
                    hash: xxh3_64(ev.as_bytes()) | 1 << 63,
                    weight: 0.0,
                    pos: NO_POS,
                    run,
                });
            }
            f.sort_unstable_by_key(|x| x.hash);
            f.dedup_by_key(|x| x.hash);
            f
        })
        .collect()
}

/// Posting lists of the rare features: those of two or more entries and at
/// most [`MAX_DF`] claims.
struct RarePostings {
    /// Per rare feature, the entries that have it, ascending.
    lists: Vec<Vec<u32>>,
    /// (entry, list) for every entry in a list, sorted.
    list_of: Vec<(u32, u32)>,
    /// Per entry, where its rows start in `list_of` (one more at the end).
    starts: Vec<usize>,
}

impl RarePostings {
    /// The postings, and every feature's frequency over claims
    /// ((hash, claims), sorted by hash).
    fn new(entries: &[Entry], feats: &[Vec<Feat>]) -> (Vec<(u64, u32)>, Self) {
        let mut all: Vec<(u64, u32)> = feats
            .par_iter()
            .enumerate()
            .flat_map_iter(|(e, f)| f.iter().map(move |x| (x.hash, e as u32)))
            .collect();
        all.par_sort_unstable();
        let mut df: Vec<(u64, u32)> = Vec::new();
        let mut lists: Vec<Vec<u32>> = Vec::new();
        let mut list_of: Vec<(u32, u32)> = Vec::new();
        let mut i = 0;
        while i < all.len() {
            let mut j = i;
            let mut claims_with = 0usize;
            while j < all.len() && all[j].0 == all[i].0 {
                claims_with += entries[all[j].1 as usize].members.len();
                j += 1;
            }
            df.push((all[i].0, claims_with as u32));
            if j - i >= 2 && claims_with <= MAX_DF {
                let l = lists.len() as u32;
                lists.push(all[i..j].iter().map(|x| x.1).collect());
                for x in &all[i..j] {
                    list_of.push((x.1, l));
                }
            }
            i = j;
        }
        drop(all);
        list_of.par_sort_unstable();
        let ne = entries.len();
        let mut starts = vec![0usize; ne + 1];
        let mut k = 0;
        for (e, s) in starts.iter_mut().enumerate().take(ne) {
            *s = k;
            while k < list_of.len() && list_of[k].0 as usize == e {
                k += 1;
            }
        }
        starts[ne] = k;
        let rare = RarePostings {
            lists,
            list_of,
            starts,
        };
        (df, rare)
    }

    /// The earlier entries sharing a rare feature with entry `x`, ascending,
    /// each with how many rare features they share.
    fn candidates(&self, x: usize) -> Vec<(usize, usize)> {
        let mut cands: Vec<u32> = Vec::new();
        for &(_, l) in &self.list_of[self.starts[x]..self.starts[x + 1]] {
            for &y in &self.lists[l as usize] {
                if (y as usize) < x {
                    cands.push(y);
                }
            }
        }
        cands.sort_unstable();
        let mut out = Vec::new();
        let mut i = 0;
        while i < cands.len() {
            let mut j = i;
            while j < cands.len() && cands[j] == cands[i] {
                j += 1;
            }
            out.push((cands[i] as usize, j - i));
            i = j;
        }
        out
    }
}

/// Sets each feature's weight: its inverse frequency over the `n_claims`
/// claims (`df` as [`RarePostings::new`] gives it), doubled for specific
/// features.
fn set_weights(feats: &mut [Vec<Feat>], df: &[(u64, u32)], n_claims: usize) {
    let total = n_claims.max(1) as f64;
    feats.par_iter_mut().for_each(|f| {
        for x in f.iter_mut() {
            let d = df
                .binary_search_by_key(&x.hash, |v| v.0)
                .map_or(1, |k| df[k].1) as f64;
            let idf = (total / d.max(1.0)).ln().max(0.0);
            x.weight = if x.run > 0 { 2.0 * idf } else { idf } as f32;
        }
    });
}

/// What turns a related pair of entries into links between their claims.
struct ClaimPairs<'a> {
    claims: &'a [Claim],
    entries: &'a [Entry],
    rank: &'a [u32],
    linked: &'a HashSet<(u32, u32)>,
}

impl ClaimPairs<'_> {
    /// Links each claim of entry `x` to each claim of entry `y` in another
    /// document (later → earlier), unless the pair already has a stronger
    /// link; `scored` is [`score_pair`]'s answer for (x, y).
    fn push_links(
        &self,
        x: usize,
        y: usize,
        (score, xr, yr): (f64, Range<u32>, Range<u32>),
        out: &mut Vec<RelLink>,
    ) {
        for &a in &self.entries[x].members {
            for &b in &self.entries[y].members {
                let (ca, cb) = (&self.claims[a as usize], &self.claims[b as usize]);
                if ca.doc_index == cb.doc_index {
                    continue;
                }
                let (later, earlier, lr, er) = if self.rank[a as usize] > self.rank[b as usize] {
                    (a, b, xr.clone(), yr.clone())
                } else {
                    (b, a, yr.clone(), xr.clone())
                };
                if self.linked.contains(&(later, earlier)) {
                    continue;
                }
                out.push(RelLink {
                    from: later,
                    to: earlier,
                    score,
                    from_tokens: lr,
                    to_tokens: er,
                });
            }
        }
    }
}

/// At most [`MAX_RELATED`] links per claim: the strongest, then the
/// earliest target.
fn strongest_per_claim(mut links: Vec<RelLink>, rank: &[u32]) -> Vec<RelLink> {
    links.sort_by(|a, b| {
        a.from
            .cmp(&b.from)
            .then(b.score.total_cmp(&a.score))
            .then(rank[a.to as usize].cmp(&rank[b.to as usize]))
    });
    let mut kept = Vec::with_capacity(links.len());
    let mut i = 0;
    while i < links.len() {
        let mut j = i;
        while j < links.len() && links[j].from == links[i].from {
            j += 1;
        }
        kept.extend(links[i..j.min(i + MAX_RELATED)].iter().cloned());
        i = j;
    }
    kept
}

/// The related score of two entries' features, with the token ranges
/// spanning the shared features on each side.
fn score_pair(fa: &[Feat], fb: &[Feat], threshold: f64) -> Option<(f64, Range<u32>, Range<u32>)> {
    let (mut i, mut j) = (0, 0);
    let (mut shared, mut w) = (0usize, 0.0f64);
    let (mut runs_a, mut runs_b) = (Vec::new(), Vec::new());
    // (first, last) token positions of the shared features on each side
    let (mut ar, mut br) = ((u32::MAX, 0u32), (u32::MAX, 0u32));
    while i < fa.len() && j < fb.len() {
        match fa[i].hash.cmp(&fb[j].hash) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                if fa[i].run > 0 && fb[j].run > 0 {
                    runs_a.push(fa[i].run);
                    runs_b.push(fb[j].run);
                }
                w += f64::from(fa[i].weight.min(fb[j].weight));
                if fa[i].pos != NO_POS {
                    ar = (ar.0.min(fa[i].pos), ar.1.max(fa[i].pos + 1));
                }
                if fb[j].pos != NO_POS {
                    br = (br.0.min(fb[j].pos), br.1.max(fb[j].pos + 1));
                }
                i += 1;
                j += 1;
            }
        }
    }
    runs_a.sort_unstable();
    runs_a.dedup();
    runs_b.sort_unstable();
    runs_b.dedup();
    let specific = runs_a.len().min(runs_b.len());
    if shared < MIN_SHARED || specific < MIN_SPECIFIC {
        return None;
    }
    let sum = |f: &[Feat]| f.iter().map(|x| f64::from(x.weight)).sum::<f64>();
    let total = sum(fa).min(sum(fb));
    if total <= 0.0 {
        return None;
    }
    let score = w / total;
    let range = |r: (u32, u32)| if r.0 < r.1 { r.0..r.1 } else { 0..0 };
    (score >= threshold).then_some((score, range(ar), range(br)))
}
