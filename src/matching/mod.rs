//! Cross-document claim matching: finds where a claim quotes, repeats,
//! paraphrases or relates to an earlier claim, and which claim each one
//! derives from.
//!
//! ```text
//! claims ─► normalize ─► entries ─► shingle index ─► candidates ─► verify ─► classify ─► edges
//!           (tokens,      (distinct   (rare word        (share a      (strsim,    (quotes >
//!            quotations)   texts)      n-grams, df cap)  rare shingle) alignment)  repeats > …)
//! ```
//!
//! 1. [`normalize`]: each claim becomes hashed tokens that remember their
//!    source bytes; [`quotes`] finds quoted and attributed speech, tracked
//!    across the claims of a turn.
//! 2. Claims with identical normalised text and quotations form one
//!    *entry*; the index and the verification work on entries, so verbatim
//!    copies cost nothing extra. Identical texts link to each other
//!    directly (`exact`), however many copies there are.
//! 3. [`index`]: entries are indexed by their rare shingles (frequency
//!    capped by [`MatchOptions::max_df`]); two entries are candidates when
//!    they share one. Claims with too few content words are never matched;
//!    claims whose shingles are all frequent are left to [`semantic`].
//! 4. [`verify`]: each candidate pair is screened with a bag-of-words bound,
//!    then compared: token Levenshtein (`strsim::generic_levenshtein`),
//!    character Levenshtein for near-verbatim text
//!    (`strsim::normalized_levenshtein`), semi-global containment, and
//!    Smith–Waterman alignment of quotations.
//! 5. Each pair of claims gets at most one edge, of the strongest kind that
//!    holds (quotes > repeats > paraphrases > related), pointing from the
//!    later claim to the earlier one; each claim keeps at most
//!    [`MatchOptions::max_links`] edges to earlier claims.
//! 6. [`semantic`]: an inverted index over content-word stems (no
//!    frequency cut) finds restatements (`restated`) and paraphrases
//!    (`semantic`, with static sentence embeddings); its guard keeps
//!    near-identical claims that differ in a name, number or negation apart.
//! 7. [`related`] adds conservative `related` edges between documents for
//!    claims sharing several rare names, numbers, dates and events.
//! 8. `source`: the earliest claim reached through quotes and repeats
//!    edges; `cluster`: the claims joined by quotes, repeats and
//!    paraphrases.
//!
//! Work is split over entries with rayon and collected in entry order, so
//! the output does not depend on thread scheduling.

pub mod index;
pub mod normalize;
pub mod quotes;
pub mod related;
pub mod semantic;
pub mod verify;

mod attribution;
mod classify;
mod ctx;
mod entries;
mod evidence;
mod options;
mod prepare;
mod store;

pub use attribution::ATTRIBUTION_WINDOW;
pub use entries::SHORT_QUESTION;
pub use evidence::{MAX_CHAR_TOKENS, MIN_PARTIAL, PHRASE_SHARE};
pub use options::{MatchOptions, MatchStats, Matches, Method};

use std::collections::HashSet;
use std::ops::Range;
use std::time::{Duration, Instant};

use attribution::Surnames;
use classify::Link;
use ctx::Ctx;
use store::build_store;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::model::{Claim, MatchEdge, MatchKind};
use normalize::normalize;

fn kind_order(k: MatchKind) -> u8 {
    match k {
        MatchKind::Quotes => 0,
        MatchKind::Repeats => 1,
        MatchKind::Paraphrases => 2,
        MatchKind::Related => 3,
    }
}

/// Finds quotes, repeats, paraphrases and related claims.
///
/// `claims` are in corpus order; `doc_dates[d]` is the date of document
/// `d` (missing entries count as undated). "Earlier" means earlier document
/// date, then document order, then position; undated documents come after
/// dated ones. Never panics; the same input always gives the same edges in
/// the same order.
pub fn find_matches(
    claims: &[Claim],
    doc_dates: &[Option<NaiveDate>],
    opts: &MatchOptions,
) -> Matches {
    find_matches_timed(claims, doc_dates, opts).0
}

/// [`find_matches`], also returning the time taken by each step
/// (`prepare`, `entries`, `index`, `verify`, `classify`, `related`,
/// `finish`), for profiling.
pub fn find_matches_timed(
    claims: &[Claim],
    doc_dates: &[Option<NaiveDate>],
    opts: &MatchOptions,
) -> (Matches, Vec<(&'static str, Duration)>) {
    let mut times = Vec::new();
    let mut t = Instant::now();
    let mut lap = |name: &'static str| {
        times.push((name, t.elapsed()));
        t = Instant::now();
    };
    let opts = opts.sanitized();
    let n = claims.len();
    let mut stats = MatchStats {
        claims: n,
        ..MatchStats::default()
    };
    if n == 0 {
        return (Matches::default(), times);
    }
    let n32 = u32::try_from(n).unwrap_or(u32::MAX) as usize;
    let claims = &claims[..n32];
    let n = n32;

    // 1. Chronological rank of every claim.
    let (order, rank) = prepare::chronology(claims, doc_dates);

    // 2. Normalise, find quotations (turn by turn).
    let preps = prepare::prepare(claims, &opts);

    lap("prepare");

    // 3. Entries: distinct (tokens, quotations).
    let names = Surnames::new(claims);
    let (entries, texts) = entries::build_entries(claims, &preps, &rank, &names, &opts);
    let entry_of = entries::entry_of(&entries, n);
    stats.entries = entries.len();

    // Per-entry token data; the per-claim normalisation is no longer needed.
    let store = build_store(&entries, &preps);
    drop(preps);

    lap("entries");

    // 4. Shingle index over eligible entries.
    let (index, informative) = index::index_entries(&entries, &store, &opts);
    stats.shingles = index.distinct_shingles;
    stats.indexed_lists = index.indexed_lists;
    stats.eligible = informative.iter().filter(|b| **b).count();

    lap("index");

    // 5. Candidates and verification, entry by entry.
    let ctx = Ctx {
        claims,
        entry_of: &entry_of,
        names: &names,
        index: &index,
        store: &store,
        entries: &entries,
        rank: &rank,
        opts: &opts,
    };
    let evidence = evidence::verify_candidates(&ctx, &informative, &mut stats);

    lap("verify");

    // 6. Classify claim pairs.
    let mut links = classify::classify_links(&ctx, &evidence, &texts);

    lap("classify");

    // 7. Restatements and paraphrases (inverted index, no frequency cut).
    if opts.semantic {
        links.extend(semantic::links(&ctx));
    }

    lap("semantic");

    // 8. Related claims, for pairs with no stronger link.
    if opts.related {
        let linked: HashSet<(u32, u32)> = links.iter().map(|l| (l.from, l.to)).collect();
        drop(index);
        links.extend(related::links(
            claims, &entries, &store, &rank, &opts, &linked,
        ));
    }
    stats.raw_edges = links.len();

    lap("related");

    // 9. At most one link per pair, the strongest; at most max_links per claim.
    // of two links of one kind, an alignment (which says which words)
    // beats a bag-of-words or embedding measure
    let loose = |m: Method| matches!(m, Method::Restated | Method::Semantic);
    links.sort_by(|a, b| {
        (a.from, a.to, kind_order(a.kind), loose(a.method))
            .cmp(&(b.from, b.to, kind_order(b.kind), loose(b.method)))
            .then(b.score.total_cmp(&a.score))
    });
    links.dedup_by(|b, a| a.from == b.from && a.to == b.to);
    let mut kept: Vec<Link> = Vec::with_capacity(links.len());
    let mut i = 0;
    while i < links.len() {
        let mut j = i;
        while j < links.len() && links[j].from == links[i].from {
            j += 1;
        }
        let group = &mut links[i..j];
        if group.len() > opts.max_links {
            group.sort_by(|a, b| {
                kind_order(a.kind)
                    .cmp(&kind_order(b.kind))
                    .then(b.score.total_cmp(&a.score))
                    .then(rank[a.to as usize].cmp(&rank[b.to as usize]))
            });
            let mut g: Vec<Link> = group[..opts.max_links].to_vec();
            g.sort_by_key(|l| l.to);
            kept.extend(g);
        } else {
            kept.extend(group.iter().cloned());
        }
        i = j;
    }

    // 10. Sources through quotes and repeats.
    let mut source: Vec<usize> = (0..n).collect();
    {
        let mut by_from: Vec<Vec<u32>> = vec![Vec::new(); n];
        for l in &kept {
            if matches!(l.kind, MatchKind::Quotes | MatchKind::Repeats) {
                by_from[l.from as usize].push(l.to);
            }
        }
        for &c in &order {
            let c = c as usize;
            let mut best = c;
            for &t in &by_from[c] {
                let s = source[t as usize];
                if rank[s] < rank[best] {
                    best = s;
                }
            }
            source[c] = best;
        }
    }

    // A loose link (a shared phrase, shared names) to a copy of a claim that
    // the same claim also links to says nothing new: keep the one to the
    // source.
    {
        let has: HashSet<(u32, u32)> = kept.iter().map(|l| (l.from, l.to)).collect();
        kept.retain(|l| {
            let s = source[l.to as usize] as u32;
            !(matches!(l.method, Method::AttributedPhrase | Method::SharedFeatures)
                && s != l.to
                && has.contains(&(l.from, s)))
        });
    }

    // 11. Edges with their aligned texts (token ranges back to bytes).
    let edges: Vec<MatchEdge> = kept
        .par_iter()
        .map(|l| {
            let fc = &claims[l.from as usize];
            let tc = &claims[l.to as usize];
            let bytes = |c: &Claim, r: &Range<u32>| {
                normalize(&c.text).byte_range(r.start as usize..r.end as usize)
            };
            let fr = bytes(fc, &l.from_tokens);
            let tr = bytes(tc, &l.to_tokens);
            MatchEdge {
                from: l.from as usize,
                to: l.to as usize,
                kind: l.kind,
                score: (l.score.clamp(0.0, 1.0) * 1e4).round() / 1e4,
                method: l.method.as_str().to_string(),
                from_text: fc.text.get(fr).unwrap_or(&fc.text).to_string(),
                to_text: tc.text.get(tr).unwrap_or(&tc.text).to_string(),
            }
        })
        .collect();
    let cluster = clusters(&kept, &order, n);
    lap("finish");
    (
        Matches {
            edges,
            source,
            cluster,
            stats,
        },
        times,
    )
}

/// Talking-point clusters: claims joined by quotes, repeats and
/// paraphrases links (not `related`, which joins different statements of
/// one fact), each named by its earliest member in `order`.
fn clusters(links: &[Link], order: &[u32], n: usize) -> Vec<usize> {
    let mut uf = crate::util::UnionFind::new(n);
    for l in links {
        if l.kind != MatchKind::Related {
            uf.union(l.from as usize, l.to as usize);
        }
    }
    let mut first = vec![usize::MAX; n];
    for &c in order {
        let r = uf.find(c as usize);
        if first[r] == usize::MAX {
            first[r] = c as usize;
        }
    }
    (0..n).map(|c| first[uf.find(c)]).collect()
}

#[cfg(test)]
mod tests;
