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
//!    Short lines (4–12 words) that the index never sees are linked when
//!    their speaker says them again verbatim or with one word changed.
//! 6. [`semantic`]: an inverted index over content-word stems (no
//!    frequency cut) finds restatements (`restated`) and paraphrases
//!    (`semantic`, with static sentence embeddings); its guard keeps
//!    near-identical claims that differ in a name, number or negation apart.
//!    Then talking points (`talking.rs`): one speaker's statements in
//!    different documents that share a rare phrase and most of their
//!    weighted content stems; and themes (`talking.rs` too, `related`):
//!    a rare pair of words, more rare words and close static vectors.
//! 7. [`related`] adds conservative `related` edges between documents for
//!    claims sharing several rare names, numbers, dates and events.
//! 8. `source`: the earliest claim reached through quotes and repeats
//!    edges; `cluster`: the claims joined by quotes, repeats and
//!    paraphrases.
//!
//! Work is split over entries with rayon and collected in entry order, so
//! the output does not depend on thread scheduling.
//!
//! # Where each step lives
//!
//! [`find_matches_timed`] is the driver: it calls one function per step, in
//! this order, and times each.
//!
//! | step | file | holds |
//! |---|---|---|
//! | prepare | `prepare.rs` | `chronology` (rank of each claim), `Prep`, `prepare`, `quote_segments`; uses [`normalize`] and [`quotes`] |
//! | entries | `entries.rs`, `store.rs` | `Entry`, `build_entries` (`group_claims`, `make_entry`), `entry_of`; `Store`, `build_store` |
//! | index | [`index`] | `Index`, `shingles`, `index_entries` |
//! | verify | `evidence.rs` | `verify_candidates`, `Ctx::verify` and one method per measure (`whole`, `containment`, `quotations`, `phrases`), `Aligned`, `PairEvidence`; the measures themselves are in [`verify`] |
//! | classify | `classify.rs` | `Link`, `classify_links`, `Ctx::expand`, `classify`, `expand_group`, `expand_semantic` |
//! | short lines | `short.rs` | `links`: short lines repeated by their speaker, lines with one word changed |
//! | reports | `reports.rs` | `links`: reported speech to the earlier claim of its speaker holding most of its content |
//! | fragments | `fragments.rs` | `links`: a short quotation (“wrong and reckless”) to the earlier claims that say its words |
//! | semantic | [`semantic`], `guard.rs` | `find`, `links`; `Guard` (names, numbers, negation), which also vets verify's alignments |
//! | talking points | `talking.rs` | `links`: a speaker's rare phrase and most of its content said again in another document; then themes, a rare pair of words and more rare words with close static vectors (`related`) |
//! | figures | `figures.rs` | `links`: one speaker's rare figure and two words of what it is about said again in another document (with the talking points) |
//! | related | [`related`] | `find_related`, `links` |
//! | finish | `finish.rs` | `finish`: `strongest`, `sources`, `drop_loose_copies`, `edges`, `clusters` |
//!
//! Shared by the steps: `options.rs` ([`MatchOptions`], [`MatchStats`],
//! [`Matches`], [`Method`]), `ctx.rs` (`Ctx`, the read-only view of a run
//! that verify and classify are methods of), `attribution.rs` (reporting
//! verbs, `Surnames`, where a claim attributes speech to a speaker);
//! `tests.rs` holds the tests of [`find_matches`].

pub mod index;
pub mod normalize;
pub mod quotes;
pub mod related;
pub mod semantic;
pub mod verify;

mod attribution;
mod classify;
mod contained;
mod core;
mod ctx;
mod entries;
mod evidence;
mod figures;
mod finish;
mod fragments;
mod guard;
mod options;
mod prepare;
mod reports;
mod short;
mod store;
mod synonyms;
mod talking;

pub use attribution::ATTRIBUTION_WINDOW;
pub use entries::SHORT_QUESTION;
pub use evidence::{MAX_CHAR_TOKENS, MIN_PARTIAL, PHRASE_SHARE};
pub use options::{MatchOptions, MatchStats, Matches, Method};

use std::collections::HashSet;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::model::Claim;
use attribution::Surnames;
use ctx::Ctx;
use store::build_store;

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
/// (`prepare`, `entries`, `index`, `verify`, `classify`, `semantic`,
/// `related`, `finish`), for profiling.
///
/// Long: the list of steps, one call each (see "Where each step lives" in
/// the module documentation) with its timer lap and counters; longer than
/// the steps only because it lists them all, and kept in one piece so that
/// it reads as the pipeline.
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
    // claims are numbered with u32
    let n32 = u32::try_from(n).unwrap_or(u32::MAX) as usize;
    let claims = &claims[..n32];
    let n = n32;

    let (order, rank) = prepare::chronology(claims, doc_dates);
    let preps = prepare::prepare(claims, &opts);
    lap("prepare");

    let names = Surnames::new(claims);
    let (entries, texts) = entries::build_entries(claims, &preps, &rank, &names, &opts);
    let entry_of = entries::entry_of(&entries, n);
    stats.entries = entries.len();
    // per-entry token data; the per-claim normalisation is no longer needed
    let store = build_store(&entries, preps);
    lap("entries");

    let (index, informative) = index::index_entries(&entries, &store, &opts);
    stats.shingles = index.distinct_shingles;
    stats.indexed_lists = index.indexed_lists;
    stats.eligible = informative.iter().filter(|b| **b).count();
    lap("index");

    // Only verification reads the shingle index: the later steps run on a
    // context without it, and it is freed (with the evidence and the texts
    // once they are used), which lowers the peak memory of a big corpus.
    let no_index = index::Index::default();
    let ctx = Ctx {
        claims,
        entry_of: &entry_of,
        names: &names,
        index: &no_index,
        store: &store,
        entries: &entries,
        rank: &rank,
        opts: &opts,
    };
    let with_index = Ctx {
        index: &index,
        ..ctx
    };
    let evidence = evidence::verify_candidates(&with_index, &informative, &mut stats);
    lap("verify");
    drop(index);

    let mut links = classify::classify_links(&ctx, &evidence, &texts);
    drop(evidence);
    lap("classify");
    links.extend(short::links(&ctx, &texts));
    drop(texts);
    lap("short");
    // only pairs no stronger step has linked: an edited copy stays a
    // `levenshtein` link
    let linked: HashSet<(u32, u32)> = links.iter().map(|l| (l.from, l.to)).collect();
    links.extend(
        contained::links(&ctx)
            .into_iter()
            .filter(|l| !linked.contains(&(l.from, l.to))),
    );
    lap("contained");
    // only reports whose source no step has found yet
    let sourced: HashSet<u32> = links.iter().map(|l| l.from).collect();
    links.extend(reports::links(&ctx, &sourced));
    lap("reports");
    let linked: HashSet<(u32, u32)> = links.iter().map(|l| (l.from, l.to)).collect();
    links.extend(fragments::links(&ctx, &linked));
    lap("fragments");

    if opts.semantic {
        links.extend(semantic::links(&ctx));
    }
    lap("semantic");
    if opts.talking_points {
        let linked: HashSet<(u32, u32)> = links.iter().map(|l| (l.from, l.to)).collect();
        let (talking, themes) = talking::links(&ctx, &linked);
        links.extend(talking);
        let linked: HashSet<(u32, u32)> = links.iter().map(|l| (l.from, l.to)).collect();
        links.extend(figures::links(&ctx, &linked));
        // a theme only where no figure links the pair
        let linked: HashSet<(u32, u32)> = links.iter().map(|l| (l.from, l.to)).collect();
        links.extend(
            themes
                .into_iter()
                .filter(|l| !linked.contains(&(l.from, l.to))),
        );
    }
    lap("talking points");

    if opts.related {
        // only for pairs with no stronger link
        let linked: HashSet<(u32, u32)> = links.iter().map(|l| (l.from, l.to)).collect();
        links.extend(related::links(
            claims, &entries, &store, &rank, &opts, &linked,
        ));
    }
    guard::drop_near_misses(&ctx, &mut links);
    stats.raw_edges = links.len();
    lap("related");

    let (edges, source, cluster) = finish::finish(links, claims, &order, &rank, opts.max_links);
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

#[cfg(test)]
mod tests;
