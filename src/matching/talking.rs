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
//! - they share a phrase found in at most [`MAX_PHRASE_DF`] entries, or
//!   in at most [`SPEAKER_PHRASE_DF`] when more than half of them are the
//!   speaker's (a rarer one, or one the speaker says over and over, "we
//!   ended the war in Iraq", is the speaker's line; a common one is the
//!   language's);
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
//! sorted and each run of 2 to [`MAX_PHRASE_DF`] entries gives its pairs
//! (a longer run, up to [`SPEAKER_PHRASE_DF`], the pairs of the speaker
//! holding most of it), so the work grows with the corpus, never with the
//! number of pairs of claims.
//!
//! **Themes** (the second [`Tier`], method `shared-theme`, kind `related`):
//! the same speaker's point in other words that keeps too few of them for
//! a talking point ("They're stealing our intellectual property, our
//! patents, our designs" → "Number two, by stealing our intellectual
//! property"). A pair of statements as above is linked when they share a
//! pair of content stems with at most [`THEME_GAP`] places between them
//! (no numbers, no verb of saying), found in at most [`THEME_PHRASE_DF`]
//! entries, each stem in at most [`THEME_SHARE`] of them; at least
//! [`THEME_MIN_RARE`] such rare stems in all, [`THEME_MIN_OVERLAP`] of the
//! lighter claim's weight; a cosine of at least [`THEME_MIN_COSINE`]
//! between their static sentence vectors (none without the model); the
//! same negation and numbers, and no name changed where they say nearly
//! the same words ([`THEME_NEAR_SAME`]). Pairs with a talking-point link
//! are left out; the driver leaves out those with a figure's.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use super::Method;
use super::attribution::reporting_roots;
use super::classify::Link;
use super::core::Core;
use super::ctx::Ctx;
use super::guard::Guard;
use super::index::mix;
use super::normalize::{Tok, normalized_words};
use super::semantic::idf;
use super::short::has_formula_phrase;
use crate::embed::{self, StaticModel, Vector};
use crate::model::{MatchKind, Role};

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

/// Most entries one shared talking-point phrase may be found in when more
/// than half of them are one speaker's: their talking point, said debate
/// after debate ("23 million people out of work", "I said that I'd end
/// the war in Iraq"), not the language's. Themes keep
/// [`THEME_PHRASE_DF`]: their pairs of words, said often by one speaker,
/// are that speaker's subjects ("fighter aircraft", "sensitive military
/// sites"), and most such links were wrong.
pub const SPEAKER_PHRASE_DF: usize = 20;

/// Most entries one shared theme phrase may be found in.
pub const THEME_PHRASE_DF: usize = 4;
/// Both stems of a theme phrase are in no more than this share of the
/// entries (at least [`THEME_PHRASE_DF`]).
pub const THEME_SHARE: f64 = 0.02;
/// Most places between the two stems of a theme phrase among the core
/// tokens (one stop word between: "second to none").
pub const THEME_GAP: u32 = 2;
/// Fewest stems two claims sharing a theme share, each as rare as a theme
/// phrase's.
pub const THEME_MIN_RARE: usize = 3;

/// Least weight of the stems two claims sharing a theme share, as a share
/// of the lighter claim's: below it, a long sentence merely touches the
/// other's subject ("a historic number of AAPI appointees" / "a historic
/// number of executive actions").
pub const THEME_MIN_OVERLAP: f32 = 0.3;

/// Least cosine of the static sentence vectors of two claims sharing a
/// theme: a pair of rare words two sentences about different things
/// share by chance is no theme.
pub const THEME_MIN_COSINE: f32 = 0.6;

/// Overlap from which two claims sharing a theme say nearly the same
/// words, so that a name of one replaced by another in the other makes
/// them different facts ("Russia was accused of …" / "Estonia was accused
/// of …"); below it, two sentences on one theme may name different things.
pub const THEME_NEAR_SAME: f32 = 0.7;

/// What one entry brings: its content stems.
#[derive(Debug, Default)]
struct Point {
    /// Content stems in order, each with whether it is a number.
    seq: Vec<(Tok, bool)>,
    /// The place of each of `seq` among the claim's core tokens.
    pos: Vec<u32>,
    /// Distinct content stems, sorted.
    stems: Vec<Tok>,
}

/// Which links a pass looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tier {
    /// Talking points: a rare phrase and most of the content (module
    /// documentation), kind `repeats`.
    Point,
    /// Themes: a rare pair of words and more rare words (module
    /// documentation), kind `related`.
    Theme,
}

/// The links of talking points said again to the best earlier saying, and
/// then those of themes (pairs with a talking-point link left out). Pairs
/// in `linked` (later, earlier) already have a stronger link.
pub(super) fn links(ctx: &Ctx, linked: &HashSet<(u32, u32)>) -> (Vec<Link>, Vec<Link>) {
    let n = ctx.entries.len();
    let points: Vec<Option<Point>> = (0..n as u32)
        .into_par_iter()
        .map(|e| eligible(ctx, e).then(|| point(ctx, e)))
        .collect();
    let df = stem_df(&points);
    let n_points = points.iter().flatten().count();
    let weight: HashMap<Tok, f32> = df
        .iter()
        .map(|(&s, &d)| (s, idf(n_points as f32, d as f32)))
        .collect();
    let pass = Pass {
        ctx,
        points: &points,
        df: &df,
        weight: &weight,
        n_points,
        model: if ctx.opts.embeddings {
            StaticModel::get()
        } else {
            None
        },
    };
    let talking = pass.links(Tier::Point, linked);
    let said: HashSet<(u32, u32)> = talking.iter().map(|l| (l.from, l.to)).collect();
    let mut themes = pass.links(Tier::Theme, linked);
    themes.retain(|l| !said.contains(&(l.from, l.to)));
    (talking, themes)
}

/// What both passes read.
struct Pass<'a> {
    ctx: &'a Ctx<'a>,
    points: &'a [Option<Point>],
    df: &'a HashMap<Tok, u32>,
    weight: &'a HashMap<Tok, f32>,
    n_points: usize,
    /// The static vectors, unless the model is off.
    model: Option<&'static StaticModel>,
}

impl Pass<'_> {
    /// Whether two entries that share a theme are close in sense: the
    /// cosine of their sentence vectors is at least [`THEME_MIN_COSINE`].
    /// Without the model (`--no-embeddings`) no theme is close.
    fn close(&self, a: u32, b: u32) -> bool {
        let Some(model) = self.model else {
            return false;
        };
        embed::dot(&self.vector(model, a), &self.vector(model, b)) >= THEME_MIN_COSINE
    }

    /// Entry `e`'s sentence vector: its content words' static vectors,
    /// each weighted by its stem's idf.
    fn vector(&self, model: &StaticModel, e: u32) -> Vector {
        let mut v = [0f32; embed::DIMS];
        let words = normalized_words(self.ctx.text(e));
        for (r, word) in self.ctx.store.roots(e).iter().zip(&words) {
            if let Some(&w) = self.weight.get(r)
                && let Some(wv) = model.word_vector(word)
            {
                embed::add_scaled(&mut v, &wv, w);
            }
        }
        embed::normalise(&mut v);
        v
    }

    /// The links of one tier, to the best earlier claim in each earlier
    /// document.
    fn links(&self, tier: Tier, linked: &HashSet<(u32, u32)>) -> Vec<Link> {
        let ctx = self.ctx;
        let rare = distinctive(self.n_points, tier);
        let pairs = candidate_pairs(ctx, self.points, (self.df, rare), tier);
        let scored: Vec<(u32, u32, f32)> = pairs
            .par_iter()
            // (only pairs that can give a link are scored: on one long
            // transcript, none)
            .filter(|&&(a, b)| one_speaker_across_documents(ctx, a, b))
            .filter_map(|&(a, b)| {
                let (pa, pb) = (
                    self.points[a as usize].as_ref()?,
                    self.points[b as usize].as_ref()?,
                );
                let s = match tier {
                    Tier::Point => score(pa, pb, self.weight),
                    Tier::Theme => {
                        theme_score(pa, pb, self.weight, self.df, rare).filter(|_| self.close(a, b))
                    }
                };
                s.map(|s| (a, b, s))
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
            .filter(|(a, b, s)| match (&checks[a], &checks[b]) {
                (Some(ga), Some(gb)) => {
                    ga.negated == gb.negated
                        && !ga.contradicts_numbers(gb)
                        && !(tier == Tier::Theme
                            && *s >= THEME_NEAR_SAME
                            && ga.contradicts_facts(gb))
                }
                _ => false,
            })
            .flat_map_iter(|(a, b, s)| pair_links(ctx, a, b, s, tier))
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
}

/// Most points a stem of a tier's phrase may be in: the share of the
/// points, and at least the tier's most entries of a phrase.
fn distinctive(n_points: usize, tier: Tier) -> u32 {
    let (share, least) = match tier {
        Tier::Point => (DISTINCTIVE_SHARE, MAX_PHRASE_DF),
        Tier::Theme => (THEME_SHARE, THEME_PHRASE_DF),
    };
    ((n_points as f64 * share) as u32).max(least as u32)
}

/// The speaker of entry `e`'s first claim that is its speaker's own
/// statement.
fn entry_speaker<'a>(ctx: &'a Ctx, e: u32) -> Option<&'a str> {
    ctx.entries[e as usize]
        .members
        .iter()
        .find(|&&c| own_statement(ctx, c))
        .and_then(|&c| ctx.claims[c as usize].speaker.as_deref())
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
    let (seq, pos): (Vec<(Tok, bool)>, Vec<u32>) = (0..core.toks.len())
        .filter(|&i| core.content[i])
        .map(|i| ((core.toks[i], core.number[i]), i as u32))
        .unzip();
    let mut stems: Vec<Tok> = seq.iter().map(|s| s.0).collect();
    stems.sort_unstable();
    stems.dedup();
    Point { seq, pos, stems }
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

/// The distinct phrases of a point (sorted hashes). Talking points:
/// three content stems in a row, or two when one is a number, of which
/// one stem at least is in no more than `distinctive` points ("make sure
/// Americans" is everyone's). Themes: two content stems, no numbers, at
/// most one other word between them, both in no more than `distinctive`
/// points ("intellectual property", "second to none").
fn phrases(p: &Point, df: &HashMap<Tok, u32>, distinctive: u32, tier: Tier) -> Vec<u64> {
    let is_rare = |s: &(Tok, bool)| df.get(&s.0).is_some_and(|&d| d <= distinctive);
    let rare = |w: &[(Tok, bool)]| w.iter().any(is_rare);
    let saying = reporting_roots();
    let mut out: Vec<u64> = match tier {
        Tier::Point => p
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
            .collect(),
        Tier::Theme => (1..p.seq.len())
            .filter(|&i| {
                let (a, b) = (&p.seq[i - 1], &p.seq[i]);
                p.pos[i] - p.pos[i - 1] <= THEME_GAP
                    && !a.1
                    && !b.1
                    && a.0 != b.0
                    && is_rare(a)
                    && is_rare(b)
                    && !saying.contains(&a.0)
                    && !saying.contains(&b.0)
            })
            .map(|i| mix(u64::from(p.seq[i - 1].0) | 1 << 41, u64::from(p.seq[i].0)))
            .collect(),
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// Pairs of entries (ascending, distinct) sharing a phrase found in at
/// most the tier's number of entries, or, for talking points, in at most
/// [`SPEAKER_PHRASE_DF`] entries of which one speaker's are more than half
/// (the pairs of that speaker's entries); `distinctive` as [`phrases`]
/// takes it.
fn candidate_pairs(
    ctx: &Ctx,
    points: &[Option<Point>],
    (df, distinctive): (&HashMap<Tok, u32>, u32),
    tier: Tier,
) -> Vec<(u32, u32)> {
    let most = match tier {
        Tier::Point => MAX_PHRASE_DF,
        Tier::Theme => THEME_PHRASE_DF,
    };
    let mut all: Vec<(u64, u32)> = points
        .par_iter()
        .enumerate()
        .filter_map(|(e, p)| p.as_ref().map(|p| (e as u32, p)))
        .flat_map_iter(|(e, p)| {
            phrases(p, df, distinctive, tier)
                .into_iter()
                .map(move |h| (h, e))
        })
        .collect();
    all.par_sort_unstable();
    let mut pairs = Vec::new();
    for run in all.chunk_by(|x, y| x.0 == y.0) {
        if (2..=most).contains(&run.len()) {
            for (i, a) in run.iter().enumerate() {
                pairs.extend(run[i + 1..].iter().map(|b| (a.1, b.1)));
            }
        } else if tier == Tier::Point && run.len() <= SPEAKER_PHRASE_DF {
            // a phrase most of whose entries are one speaker's is theirs:
            // the pairs of those entries
            let mut by: Vec<(Option<&str>, u32)> =
                run.iter().map(|x| (entry_speaker(ctx, x.1), x.1)).collect();
            by.sort_unstable();
            for group in by.chunk_by(|x, y| x.0 == y.0) {
                if group[0].0.is_some() && 2 * group.len() > run.len() {
                    for (i, a) in group.iter().enumerate() {
                        pairs.extend(group[i + 1..].iter().map(|b| (a.1, b.1)));
                    }
                }
            }
        }
    }
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

/// The weighted overlap of two points that share a theme: at least
/// [`THEME_MIN_RARE`] shared stems, each in no more than `distinctive`
/// points.
fn theme_score(
    a: &Point,
    b: &Point,
    weight: &HashMap<Tok, f32>,
    df: &HashMap<Tok, u32>,
    distinctive: u32,
) -> Option<f32> {
    let w = |s: &Tok| weight.get(s).copied().unwrap_or(0.0);
    let shared: Vec<&Tok> = a
        .stems
        .iter()
        .filter(|s| b.stems.binary_search(s).is_ok())
        .collect();
    let rare = shared
        .iter()
        .filter(|s| df.get(s).is_some_and(|&d| d <= distinctive))
        .count();
    let light = a
        .stems
        .iter()
        .map(w)
        .sum::<f32>()
        .min(b.stems.iter().map(w).sum::<f32>());
    let ws: f32 = shared.iter().map(|s| w(s)).sum();
    (rare >= THEME_MIN_RARE && light > 0.0 && ws >= THEME_MIN_OVERLAP * light).then(|| ws / light)
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

/// Whether entries `a` and `b` hold two statements of one speaker in
/// different documents, the only claims [`pair_links`] links.
fn one_speaker_across_documents(ctx: &Ctx, a: u32, b: u32) -> bool {
    let (am, bm) = (
        &ctx.entries[a as usize].members,
        &ctx.entries[b as usize].members,
    );
    am.iter().any(|&x| {
        let cx = &ctx.claims[x as usize];
        own_statement(ctx, x)
            && bm.iter().any(|&y| {
                let cy = &ctx.claims[y as usize];
                cx.doc_index != cy.doc_index && cx.speaker == cy.speaker && own_statement(ctx, y)
            })
    })
}

/// The links from the later to the earlier claim of two entries, said by
/// one speaker in their own turns in different documents.
fn pair_links(ctx: &Ctx, a: u32, b: u32, score: f32, tier: Tier) -> Vec<Link> {
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
            let (kind, method) = match tier {
                Tier::Point => (ctx.restated_kind(from, to), Method::TalkingPoint),
                Tier::Theme => (MatchKind::Related, Method::SharedTheme),
            };
            out.push(ctx.whole_link((from, to), kind, f64::from(score.min(1.0)), method));
        }
    }
    out
}
