//! A speaker's short sentence said again inside a longer one, with a word
//! inserted, dropped or changed: "We have — we have an embassy in
//! Beijing." → "We still have an embassy in Beijing with a terrific
//! ambassador, Nick Burns." Not "He could end it right now." → "But he
//! could end it now just by pulling his troops out.": with two content
//! words, a dropped one ("right") leaves too little to tell a repeat from
//! a common phrase ([`EDITED_MIN_CONTENT`]).
//!
//! The shingle index needs runs of five shared words, and the weighted
//! overlap of [`super::semantic`] needs most of the longer claim covered;
//! neither sees a six-word line inside a fifteen-word one with one word
//! changed. Here both claims are reduced to their [`Core`], and the
//! shorter core is aligned inside the longer one (edit distance with free
//! ends in the longer one). A pair is linked when all of these hold:
//! - the same speaker, in different documents;
//! - the shorter core has [`MIN_TOKENS`] to [`MAX_TOKENS`] tokens and
//!   [`MIN_CONTENT`] content words, and is no formula;
//! - the alignment costs at most one edit ([`LONG_EDITS`] from
//!   [`LONG_FROM`] tokens), of which at most one changes or drops a word of
//!   the shorter core, and only if it has [`EDITED_MIN_CONTENT`] content
//!   words;
//! - the short claim is found inside claims of at most [`MAX_CONTAINERS`]
//!   documents;
//! - its first and last words are aligned unchanged, and no edited word
//!   is a number, a name or a negation ("He could end it
//!   now." / "He could not end it now."), and a word inserted among the
//!   aligned ones is a function word ("We still have").
//!
//! Candidates come from an inverted index over content stems: a short core
//! looks up the claims holding its two rarest content stems, reading at
//! most [`POSTINGS_BUDGET`] postings, so no pair of claims is compared
//! unless they share its rarest words.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use rayon::prelude::*;

use super::Method;
use super::classify::Link;
use super::core::{Core, restated_part};
use super::ctx::Ctx;
use super::normalize::{Tok, TokHasher};
use super::short::has_formula_phrase;

/// Fewest core tokens of the contained claim.
pub const MIN_TOKENS: usize = 5;
/// Most core tokens of the contained claim: longer ones are the main
/// index's.
pub const MAX_TOKENS: usize = 16;
/// Fewest content words of the contained claim: "he could end it right
/// now" has two ("end", "right").
pub const MIN_CONTENT: usize = 2;
/// Fewest content words of a contained claim with a word changed or
/// dropped: "The President believes it’s important to do that." is too
/// generic to be a talking point once "do that" may become "show that
/// solidarity".
pub const EDITED_MIN_CONTENT: usize = 3;
/// Most core tokens of the containing claim.
pub const MAX_LONG: usize = 80;
/// Core length from which two edits are allowed.
pub const LONG_FROM: usize = 8;
/// Edits allowed from [`LONG_FROM`] tokens.
pub const LONG_EDITS: u8 = 2;
/// Most documents whose claims one short claim may be found inside: a
/// phrase inside claims of more is common ("with regard to Alexey
/// Navalny"), and containing it is chance, not a repeat.
pub const MAX_CONTAINERS: usize = 4;
/// Most postings read for one contained claim's rarest stem.
pub const POSTINGS_BUDGET: usize = 400;
/// Most postings read for the rarest stem of what a claim says it
/// restates: such claims are few.
pub const RESTATED_POSTINGS_BUDGET: usize = 5000;

/// The links of contained claims to the claims that contain them.
pub(super) fn links(ctx: &Ctx) -> Vec<Link> {
    let n = ctx.entries.len();
    let cores: Vec<Option<Core>> = (0..n as u32)
        .into_par_iter()
        .map(|e| {
            let c = Core::of(ctx.store, e);
            (c.toks.len() >= MIN_TOKENS && c.toks.len() <= MAX_LONG && ctx.has_speaker(e))
                .then_some(c)
        })
        .collect();
    let postings = postings(&cores);
    // each core's tokens sorted once (the cheap screen compares bags)
    let bags: Vec<Vec<Tok>> = cores
        .par_iter()
        .map(|c| c.as_ref().map_or_else(Vec::new, |c| sorted(&c.toks)))
        .collect();
    let cores = &Cores {
        cores: &cores,
        bags: &bags,
    };
    let postings = &postings;
    let short = (0..n as u32)
        .into_par_iter()
        .filter(|&e| is_contained_kind(ctx, cores.cores, e))
        .flat_map_iter(|s| {
            let c = cores.cores[s as usize]
                .as_ref()
                .expect("a contained kind has a core");
            containers(ctx, c, cores, postings, s, false)
        });
    let restated = (0..n as u32)
        .into_par_iter()
        .filter_map(|e| restated_core(ctx, e).map(|c| (e, c)))
        .flat_map_iter(|(s, c)| containers(ctx, &c, cores, postings, s, true));
    let mut found: Vec<(u32, u32, u8)> = short.chain(restated).collect();
    // a claim both short and framed as a restatement: one link per pair
    found.sort_unstable();
    found.dedup_by_key(|f| (f.0, f.1));
    found
        .into_par_iter()
        .flat_map_iter(|(s, l, cost)| pair_links(ctx, s, l, cost))
        .collect()
}

/// The core of what entry `e` restates when it is framed as a restatement
/// ("As I said last week, ⟨…⟩, and that remains our position.",
/// [`restated_part`]) and what it restates is long enough and has content
/// words: found inside an earlier claim of its speaker, it is a repeat of
/// part of it, whatever its length up to [`MAX_LONG`].
fn restated_core(ctx: &Ctx, e: u32) -> Option<Core> {
    if !ctx.has_speaker(e) {
        return None;
    }
    let r = restated_part(ctx.tokens(e))?;
    let c = Core::of_range(ctx.store, e, r);
    ((MIN_TOKENS..=MAX_LONG).contains(&c.toks.len())
        && c.n_content >= MIN_CONTENT
        && !has_formula_phrase(ctx.text(e)))
    .then_some(c)
}

/// The entries short entry `s`, of core `c`, is found inside, with the
/// cost: none when it is found inside claims of more than
/// [`MAX_CONTAINERS`] documents. What a claim says it restates
/// (`restated`) is looked up further ([`RESTATED_POSTINGS_BUDGET`]), and
/// only its speaker's claims count as containers: "As I said last week,
/// ⟨…⟩" points to that speaker's words, however common ⟨…⟩ is in others'.
/// The cores of the entries that may contain a claim, and their tokens
/// sorted ([`sorted`]; empty for no core).
struct Cores<'a> {
    cores: &'a [Option<Core>],
    bags: &'a [Vec<Tok>],
}

fn containers(
    ctx: &Ctx,
    c: &Core,
    cores: &Cores,
    postings: &Postings,
    s: u32,
    restated: bool,
) -> Vec<(u32, u32, u8)> {
    let bag = sorted(&c.toks);
    let mut found = Vec::new();
    let mut docs: Vec<usize> = Vec::new();
    let speakers: Vec<&Option<String>> = ctx.entries[s as usize]
        .members
        .iter()
        .map(|&m| &ctx.claims[m as usize].speaker)
        .collect();
    let budget = if restated {
        RESTATED_POSTINGS_BUDGET
    } else {
        POSTINGS_BUDGET
    };
    for l in candidates(c, postings, budget) {
        let Some(lc) = cores.cores[l as usize].as_ref() else {
            continue;
        };
        // cheap screen first: all but one of its words are in the other
        if l == s || lc.toks.len() < c.toks.len() || missing(&bag, &cores.bags[l as usize]) > 1 {
            continue;
        }
        let Some(cost) = align(c, lc) else { continue };
        for &m in &ctx.entries[l as usize].members {
            let cm = &ctx.claims[m as usize];
            if restated && !speakers.contains(&&cm.speaker) {
                continue;
            }
            let d = cm.doc_index;
            if !docs.contains(&d) {
                docs.push(d);
            }
        }
        // inside claims of many documents, it is a common phrase, not a line
        if docs.len() > MAX_CONTAINERS {
            return Vec::new();
        }
        found.push((s, l, cost));
    }
    found
}

fn sorted(toks: &[Tok]) -> Vec<Tok> {
    let mut v = toks.to_vec();
    v.sort_unstable();
    v
}

/// Tokens of the sorted bag `a` not in the sorted bag `b` (with
/// multiplicity).
fn missing(a: &[Tok], b: &[Tok]) -> usize {
    let (mut i, mut j, mut out) = (0, 0, 0);
    while i < a.len() {
        if j >= b.len() || a[i] < b[j] {
            out += 1;
            i += 1;
        } else if a[i] == b[j] {
            i += 1;
            j += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// A claim that may be found inside another: short, with content, no
/// formula.
fn is_contained_kind(ctx: &Ctx, cores: &[Option<Core>], e: u32) -> bool {
    cores[e as usize].as_ref().is_some_and(|c| {
        (MIN_TOKENS..=MAX_TOKENS).contains(&c.toks.len())
            && c.n_content >= MIN_CONTENT
            && !has_formula_phrase(ctx.text(e))
    })
}

/// Content stem → the entries whose core holds it (ascending); stems are
/// hashes already, so they are hashed with [`TokHasher`].
type Postings = HashMap<Tok, Vec<u32>, BuildHasherDefault<TokHasher>>;

/// Per content stem, the entries whose core holds it (ascending).
fn postings(cores: &[Option<Core>]) -> Postings {
    let mut out = Postings::default();
    for (e, c) in cores.iter().enumerate() {
        let Some(c) = c else { continue };
        let mut seen: Vec<Tok> = c
            .toks
            .iter()
            .zip(&c.content)
            .filter(|(_, k)| **k)
            .map(|(t, _)| *t)
            .collect();
        seen.sort_unstable();
        seen.dedup();
        for t in seen {
            out.entry(t).or_default().push(e as u32);
        }
    }
    out
}

/// The entries holding the two rarest content stems of `c`, when the
/// rarest is in at most `budget` entries.
fn candidates(c: &Core, postings: &Postings, budget: usize) -> Vec<u32> {
    let mut lists: Vec<&Vec<u32>> = c
        .toks
        .iter()
        .zip(&c.content)
        .filter(|(_, k)| **k)
        .filter_map(|(t, _)| postings.get(t))
        .collect();
    lists.sort_by_key(|l| l.len());
    lists.dedup_by(|a, b| std::ptr::eq(*a, *b));
    match lists.as_slice() {
        [first, second, ..] if first.len() <= budget => first
            .iter()
            .copied()
            .filter(|e| second.binary_search(e).is_ok())
            .collect(),
        _ => Vec::new(),
    }
}

/// The cost of the best alignment of all of `s` inside `l` (ends in `l`
/// free) made only of allowed edits (see the module documentation), when
/// it is cheap enough.
fn align(s: &Core, l: &Core) -> Option<u8> {
    let (m, n) = (s.toks.len(), l.toks.len());
    if n < m {
        return None;
    }
    let max = if m >= LONG_FROM { LONG_EDITS } else { 1 };
    let e = Edits { s, l };
    let w = n + 1;
    // d[i * w + j]: cost of aligning s[..i] ending at l[..j]
    let mut d = vec![0u8; (m + 1) * w];
    for i in 1..=m {
        d[i * w] = d[(i - 1) * w].saturating_add(e.del(i));
        for j in 1..=n {
            let sub = d[(i - 1) * w + j - 1].saturating_add(e.sub(i, j));
            let del = d[(i - 1) * w + j].saturating_add(e.del(i));
            let ins = d[i * w + j - 1].saturating_add(e.ins(j));
            d[i * w + j] = sub.min(del).min(ins);
        }
    }
    let (end, cost) = (0..=n)
        .map(|j| (j, d[m * w + j]))
        .min_by_key(|&(j, c)| (c, j))?;
    (cost <= max && e.few_changes(&d, w, end)).then_some(cost)
}

/// Disallowed edits cost this much: no alignment that needs one is kept.
const FORBIDDEN: u8 = 100;

/// The cost of each edit of `s` aligned inside `l`.
struct Edits<'a> {
    s: &'a Core,
    l: &'a Core,
}

impl Edits<'_> {
    /// `s[i - 1]` aligned with `l[j - 1]`: free when equal; else a word for
    /// a word of the same class ("people" → "Americans", "that" → "the";
    /// never "that" → "show"), no number, name or negation, and inside
    /// the line (a first or last word changed is another sentence that
    /// starts or ends the same way).
    fn sub(&self, i: usize, j: usize) -> u8 {
        let (s, l) = (self.s, self.l);
        if s.toks[i - 1] == l.toks[j - 1] {
            0
        } else if s.key[i - 1]
            || l.key[j - 1]
            || s.content[i - 1] != l.content[j - 1]
            || i == 1
            || i == s.toks.len()
        {
            FORBIDDEN
        } else {
            1
        }
    }

    /// `s[i - 1]` dropped: an ordinary word inside the line.
    fn del(&self, i: usize) -> u8 {
        if self.s.key[i - 1] || i == 1 || i == self.s.toks.len() {
            FORBIDDEN
        } else {
            1
        }
    }

    /// `l[j - 1]` inserted among the aligned words: a function word ("We
    /// still have an embassy"), never a content word, a number, a name or
    /// a negation ("important to do that" is not "important to show that
    /// solidarity").
    fn ins(&self, j: usize) -> u8 {
        if self.l.key[j - 1] || self.l.content[j - 1] {
            FORBIDDEN
        } else {
            1
        }
    }

    /// Walks the alignment back from `(s.len(), end)`, matches and
    /// insertions first: at most one word of `s` changed or dropped, and
    /// only if `s` has [`EDITED_MIN_CONTENT`] content words.
    fn few_changes(&self, d: &[u8], w: usize, end: usize) -> bool {
        let (mut i, mut j) = (self.s.toks.len(), end);
        let mut changed = 0;
        while i > 0 {
            let here = d[i * w + j];
            let diag = j > 0 && here == d[(i - 1) * w + j - 1].saturating_add(self.sub(i, j));
            if diag && self.s.toks[i - 1] == self.l.toks[j - 1] {
                i -= 1;
                j -= 1;
            } else if j > 0 && here == d[i * w + j - 1].saturating_add(self.ins(j)) {
                j -= 1;
            } else if here == d[(i - 1) * w + j].saturating_add(self.del(i)) {
                changed += 1;
                i -= 1;
            } else {
                changed += 1;
                i -= 1;
                j -= 1;
            }
        }
        changed == 0 || (changed == 1 && self.s.n_content >= EDITED_MIN_CONTENT)
    }
}

/// The links from the later to the earlier claim of two entries, by the
/// same speaker in different documents (at most `max_links` per pair).
fn pair_links(ctx: &Ctx, s: u32, l: u32, cost: u8) -> Vec<Link> {
    let (sm, lm) = (
        &ctx.entries[s as usize].members,
        &ctx.entries[l as usize].members,
    );
    let score = 1.0 - f64::from(cost) / ctx.tokens(s).len().max(1) as f64;
    let mut out = Vec::new();
    for &a in sm {
        for &b in lm {
            let (ca, cb) = (&ctx.claims[a as usize], &ctx.claims[b as usize]);
            if !ctx.apart(a, b) || ca.speaker.is_none() || ca.speaker != cb.speaker {
                continue;
            }
            let (from, to) = if ctx.rank[a as usize] > ctx.rank[b as usize] {
                (a, b)
            } else {
                (b, a)
            };
            out.push(ctx.whole_link(
                (from, to),
                ctx.restated_kind(from, to),
                score,
                Method::Containment,
            ));
            if out.len() >= ctx.opts.max_links {
                return out;
            }
        }
    }
    out
}
