//! A speaker's talking point said again, in other words, in another
//! document: "If I'm president I will create - help create 12 million new
//! jobs in this country with rising incomes." → "I know what it takes to
//! create 12 million new jobs and rising take-home pay."; "One, get us
//! energy independent, North American energy independent." → "Energy
//! independence for North America in five years."
//!
//! The other steps need most of one sentence inside the other (the
//! alignments, [`super::contained`], `restated`) or a close sentence
//! embedding (`semantic`); a talking point is rarely said the same way
//! twice, but it keeps a distinctive phrase ("12 million new jobs", "the
//! best education system in the world") and most of its content words.
//! Both claims are reduced to their [`Core`] (formulae and stop words are
//! no content); a *phrase* is three content stems in a row, or two when
//! one is a number ("$20 trillion debt"). A pair is linked when all of
//! these hold:
//! - the same speaker, in different documents, neither claim a question
//!   nor speech reported by someone else, and no formula
//!   ("Good afternoon, everybody.");
//! - they share a phrase found in at most [`MAX_PHRASE_DF`] entries (a
//!   rarer one is the speaker's line; a common one is the language's);
//! - they share at least [`MIN_SHARED`] content stems, whose weight (BM25
//!   idf over the entries) is at least [`MIN_OVERLAP`] of the lighter
//!   claim's and [`MIN_DICE`] of the heavier's; when the shared stems are
//!   one run in a row of the lighter claim, [`ONE_RUN_OVERLAP`] of it (a
//!   phrase two sentences happen to share is not a talking point);
//! - no number of one replaced by another ("$2 trillion" / "$1.7
//!   trillion");
//! - both are negated or neither ("I will not cut our military budget" /
//!   "we will cut …").
//!
//! Each later claim keeps only its best such earlier claim (the highest
//! overlap) in each earlier document, so a point said in every debate is
//! linked to each earlier saying once, and its cluster joins them.
//! Candidates are only the entries that share a rare phrase: phrases are
//! sorted and each run of 2 to [`MAX_PHRASE_DF`] entries gives its pairs,
//! so the work grows with the corpus, never with the number of pairs of
//! claims.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use super::Method;
use super::classify::Link;
use super::core::Core;
use super::ctx::Ctx;
use super::guard::Guard;
use super::index::mix;
use super::normalize::Tok;
use super::semantic::idf;
use super::short::has_formula_phrase;
use crate::model::Role;

/// Most entries one shared phrase may be found in.
pub const MAX_PHRASE_DF: usize = 6;
/// A phrase must hold a stem found in no more than this share of the
/// entries (at least [`MAX_PHRASE_DF`]).
pub const DISTINCTIVE_SHARE: f64 = 0.01;
/// Fewest content stems two claims share.
pub const MIN_SHARED: usize = 3;
/// Least weight of the shared stems, as a share of the lighter claim's.
pub const MIN_OVERLAP: f32 = 0.5;
/// Least weight of the shared stems, as a share of the heavier claim's: a
/// short line whose words are all in a long sentence about something else
/// is not its talking point.
pub const MIN_DICE: f32 = 0.3;
/// Least overlap when the shared stems are one run of the lighter claim:
/// a fragment of one sentence inside another is a shared phrase unless it
/// is nearly all of the lighter claim ("Today, 47 million people on food
/// stamps."); a talking point said in other words keeps its words in
/// several places.
pub const ONE_RUN_OVERLAP: f32 = 0.9;

/// What one entry brings: its content stems.
#[derive(Debug, Default)]
struct Point {
    /// Content stems in order, each with whether it is a number.
    seq: Vec<(Tok, bool)>,
    /// Distinct content stems, sorted.
    stems: Vec<Tok>,
}

/// The links of talking points said again to the best earlier saying.
/// Pairs in `linked` (later, earlier) already have a stronger link.
pub(super) fn links(ctx: &Ctx, linked: &HashSet<(u32, u32)>) -> Vec<Link> {
    let n = ctx.entries.len();
    let points: Vec<Option<Point>> = (0..n as u32)
        .into_par_iter()
        .map(|e| eligible(ctx, e).then(|| point(ctx, e)))
        .collect();
    let df = stem_df(&points);
    let pairs = candidate_pairs(&points, &df);
    let n_points = points.iter().flatten().count() as f32;
    let weight: HashMap<Tok, f32> = df
        .iter()
        .map(|(&s, &d)| (s, idf(n_points, d as f32)))
        .collect();
    let scored: Vec<(u32, u32, f32)> = pairs
        .par_iter()
        .filter_map(|&(a, b)| {
            let (pa, pb) = (points[a as usize].as_ref()?, points[b as usize].as_ref()?);
            score(pa, pb, &weight).map(|s| (a, b, s))
        })
        .collect();
    // what only the pairs that score need: their numbers and negation, and
    // whether they hold a formula
    let mut kept: Vec<u32> = scored.iter().flat_map(|&(a, b, _)| [a, b]).collect();
    kept.sort_unstable();
    kept.dedup();
    let checks: HashMap<u32, Option<Guard>> = kept
        .par_iter()
        .map(|&e| {
            let toks = ctx.store.tokens(e);
            let guard = (!has_formula_phrase(ctx.text(e)))
                .then(|| Guard::of(toks, ctx.store.tflags(e), 0..toks.len()));
            (e, guard)
        })
        .collect();
    let mut links: Vec<Link> = scored
        .into_par_iter()
        .filter(|(a, b, _)| match (&checks[a], &checks[b]) {
            (Some(ga), Some(gb)) => ga.negated == gb.negated && !ga.contradicts_numbers(gb),
            _ => false,
        })
        .flat_map_iter(|(a, b, s)| pair_links(ctx, a, b, s))
        .filter(|l| !linked.contains(&(l.from, l.to)))
        .collect();
    // the best earlier claim of each later one in each earlier document;
    // of equals, the earliest
    let doc = |l: &Link| ctx.claims[l.to as usize].doc_index;
    links.sort_by(|x, y| {
        (x.from, doc(x))
            .cmp(&(y.from, doc(y)))
            .then(y.score.total_cmp(&x.score))
            .then(ctx.rank[x.to as usize].cmp(&ctx.rank[y.to as usize]))
    });
    links.dedup_by_key(|l| (l.from, doc(l)));
    links
}

/// An entry that may hold a talking point: some claim of it is its
/// speaker's own statement (whether it holds a formula is checked on the
/// candidates only).
fn eligible(ctx: &Ctx, e: u32) -> bool {
    ctx.entries[e as usize]
        .members
        .iter()
        .any(|&c| own_statement(ctx, c))
}

/// A claim its speaker says in their own turn: not a question, not
/// someone's reported speech.
fn own_statement(ctx: &Ctx, c: u32) -> bool {
    let c = &ctx.claims[c as usize];
    c.speaker.is_some() && !c.is_reported() && c.role != Role::Question
}

/// The [`Point`] of entry `e`.
fn point(ctx: &Ctx, e: u32) -> Point {
    let core = Core::of(ctx.store, e);
    let seq: Vec<(Tok, bool)> = (0..core.toks.len())
        .filter(|&i| core.content[i])
        .map(|i| (core.toks[i], core.number[i]))
        .collect();
    let mut stems: Vec<Tok> = seq.iter().map(|s| s.0).collect();
    stems.sort_unstable();
    stems.dedup();
    Point { seq, stems }
}

/// In how many points each content stem is.
fn stem_df(points: &[Option<Point>]) -> HashMap<Tok, u32> {
    let mut df: HashMap<Tok, u32> = HashMap::new();
    for p in points.iter().flatten() {
        for &s in &p.stems {
            *df.entry(s).or_default() += 1;
        }
    }
    df
}

/// The distinct phrases of a point (sorted hashes): three content stems
/// in a row, or two when one is a number, of which one stem at least is
/// in no more than [`DISTINCTIVE_SHARE`] of the points ("make sure
/// Americans" is everyone's).
fn phrases(p: &Point, df: &HashMap<Tok, u32>, distinctive: u32) -> Vec<u64> {
    let rare = |w: &[(Tok, bool)]| {
        w.iter()
            .any(|s| df.get(&s.0).is_some_and(|&d| d <= distinctive))
    };
    let mut out: Vec<u64> = p
        .seq
        .windows(3)
        .filter(|w| rare(w))
        .map(|w| mix(mix(u64::from(w[0].0), u64::from(w[1].0)), u64::from(w[2].0)))
        .chain(
            p.seq
                .windows(2)
                .filter(|w| (w[0].1 || w[1].1) && rare(w))
                .map(|w| mix(u64::from(w[0].0) | 1 << 40, u64::from(w[1].0))),
        )
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Pairs of entries (ascending, distinct) sharing a phrase found in at
/// most [`MAX_PHRASE_DF`] entries.
fn candidate_pairs(points: &[Option<Point>], df: &HashMap<Tok, u32>) -> Vec<(u32, u32)> {
    let n = points.iter().flatten().count();
    let distinctive = ((n as f64 * DISTINCTIVE_SHARE) as u32).max(MAX_PHRASE_DF as u32);
    let mut all: Vec<(u64, u32)> = points
        .par_iter()
        .enumerate()
        .filter_map(|(e, p)| p.as_ref().map(|p| (e as u32, p)))
        .flat_map_iter(|(e, p)| phrases(p, df, distinctive).into_iter().map(move |h| (h, e)))
        .collect();
    all.par_sort_unstable();
    let mut pairs = Vec::new();
    for run in all.chunk_by(|x, y| x.0 == y.0) {
        if (2..=MAX_PHRASE_DF).contains(&run.len()) {
            for (i, a) in run.iter().enumerate() {
                pairs.extend(run[i + 1..].iter().map(|b| (a.1, b.1)));
            }
        }
    }
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

/// The weighted overlap of two points when they make a talking point
/// (see the module documentation).
fn score(a: &Point, b: &Point, weight: &HashMap<Tok, f32>) -> Option<f32> {
    let w = |s: &Tok| weight.get(s).copied().unwrap_or(0.0);
    let (wa, wb) = (
        a.stems.iter().map(w).sum::<f32>(),
        b.stems.iter().map(w).sum::<f32>(),
    );
    let shared: Vec<&Tok> = a
        .stems
        .iter()
        .filter(|s| b.stems.binary_search(s).is_ok())
        .collect();
    let ws: f32 = shared.iter().map(|s| w(s)).sum();
    let (light, heavy) = (wa.min(wb), wa.max(wb));
    let (lp, hp) = if wa <= wb { (a, b) } else { (b, a) };
    let one_run = runs(lp, hp) < 2;
    let min_overlap = if one_run {
        ONE_RUN_OVERLAP
    } else {
        MIN_OVERLAP
    };
    (shared.len() >= MIN_SHARED
        && light > 0.0
        && ws >= min_overlap * light
        && ws >= MIN_DICE * heavy)
        .then(|| ws / light)
}

/// Runs of `a`'s content stems in a row that `b` holds too.
fn runs(a: &Point, b: &Point) -> usize {
    let mut out = 0;
    let mut inside = false;
    for (s, _) in &a.seq {
        let shared = b.stems.binary_search(s).is_ok();
        if shared && !inside {
            out += 1;
        }
        inside = shared;
    }
    out
}

/// The links from the later to the earlier claim of two entries, said by
/// one speaker in their own turns in different documents.
fn pair_links(ctx: &Ctx, a: u32, b: u32, score: f32) -> Vec<Link> {
    let (am, bm) = (
        &ctx.entries[a as usize].members,
        &ctx.entries[b as usize].members,
    );
    let mut out = Vec::new();
    for &x in am {
        for &y in bm {
            let (cx, cy) = (&ctx.claims[x as usize], &ctx.claims[y as usize]);
            if cx.doc_index == cy.doc_index
                || cx.speaker != cy.speaker
                || !own_statement(ctx, x)
                || !own_statement(ctx, y)
            {
                continue;
            }
            let (from, to) = if ctx.rank[x as usize] > ctx.rank[y as usize] {
                (x, y)
            } else {
                (y, x)
            };
            out.push(ctx.whole_link(
                (from, to),
                ctx.restated_kind(from, to),
                f64::from(score.min(1.0)),
                Method::TalkingPoint,
            ));
        }
    }
    out
}
