//! `related` edges: claims in different documents about the same specific
//! fact in different words, found through what they share that is rare in
//! the corpus.
//!
//! Features of a claim: the crude stems (first six letters) of its content
//! words, and, marked *specific*, those of names (capitalised words inside
//! the sentence) and numbers. A feature's weight is its inverse document
//! frequency over claims, doubled for specific features. Two claims are
//! candidates when they share at least two features found in no more than
//! [`MAX_DF`] claims, one of them specific; they are related when
//!
//! - they share at least [`MIN_SHARED`] features, [`MIN_SPECIFIC`] of them
//!   specific, and
//! - the weight of what they share is at least
//!   [`MatchOptions::related_threshold`](super::MatchOptions::related_threshold)
//!   of the lighter claim's total weight (a weighted overlap coefficient).
//!
//! Only pairs with no stronger link are kept, and only across documents:
//! within a transcript, neighbouring sentences trivially share their topic.

use std::collections::HashSet;
use std::ops::Range;

use rayon::prelude::*;

use super::MatchOptions;
use super::index::stopwords;
use super::normalize::{CAPITALISED, INITIAL, NUMERIC, NormText};
use crate::model::Claim;

/// Features in more claims than this never make two claims candidates.
pub const MAX_DF: usize = 12;
/// Fewest shared features for a related link.
pub const MIN_SHARED: usize = 4;
/// Fewest shared specific features (names, numbers) for a related link.
pub const MIN_SPECIFIC: usize = 2;

/// A related link between two claims, before classification.
#[derive(Debug, Clone)]
pub(crate) struct RelLink {
    pub from: u32,
    pub to: u32,
    pub score: f64,
    pub from_tokens: Range<u32>,
    pub to_tokens: Range<u32>,
}

/// A feature of a claim.
#[derive(Debug, Clone, Copy)]
struct Feat {
    /// Stem hash.
    hash: u64,
    /// A name or number.
    specific: bool,
    /// Token position (first occurrence).
    pos: u32,
    /// For specific features: the run of adjacent names and numbers it is
    /// part of ("Sputnik Latvia", "November 9, 2020"), counted as one unit.
    run: u32,
}

/// The distinct features of a claim, sorted by hash.
fn features(norm: &NormText) -> Vec<Feat> {
    let sw = stopwords();
    let n = norm.len();
    let mut out: Vec<Feat> = Vec::new();
    let mut run = 0u32;
    let mut prev_specific = false;
    for i in 0..n {
        let h = norm.hashes[i];
        let f = norm.flags[i];
        let name = f & CAPITALISED != 0
            && (f & INITIAL == 0
                || (i + 1 < n
                    && norm.flags[i + 1] & CAPITALISED != 0
                    && norm.flags[i + 1] & INITIAL == 0));
        let number = f & NUMERIC != 0;
        let specific = (name || number) && !sw.contains(&h);
        if specific && !prev_specific {
            run += 1;
        }
        prev_specific = specific;
        if sw.contains(&h) {
            continue;
        }
        out.push(Feat {
            hash: norm.stems[i] ^ u64::from(number),
            specific,
            pos: i as u32,
            run,
        });
    }
    out.sort_unstable_by_key(|x| (x.hash, !x.specific, x.pos));
    out.dedup_by_key(|x| x.hash);
    out
}

/// Finds related links between claims of different documents. `linked`
/// holds the (later, earlier) pairs that already have a stronger link.
pub(crate) fn find_related(
    claims: &[Claim],
    norms: &[&NormText],
    rank: &[u32],
    opts: &MatchOptions,
    linked: &HashSet<(u32, u32)>,
) -> Vec<RelLink> {
    let n = claims.len().min(norms.len());
    let feats: Vec<Vec<Feat>> = (0..n)
        .into_par_iter()
        .map(|i| {
            if norms[i].len() < opts.min_tokens {
                Vec::new()
            } else {
                features(norms[i])
            }
        })
        .collect();
    // document frequency over claims
    let mut all: Vec<(u64, u32)> = feats
        .par_iter()
        .enumerate()
        .flat_map_iter(|(c, f)| f.iter().map(move |x| (x.hash, c as u32)))
        .collect();
    all.par_sort_unstable();
    let mut df: Vec<(u64, u32)> = Vec::new();
    let mut lists: Vec<Vec<u32>> = Vec::new();
    let mut list_of: Vec<(u32, u32)> = Vec::new(); // (claim, list)
    let mut i = 0;
    while i < all.len() {
        let mut j = i;
        while j < all.len() && all[j].0 == all[i].0 {
            j += 1;
        }
        df.push((all[i].0, (j - i) as u32));
        if j - i >= 2 && j - i <= MAX_DF {
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
    let total = n.max(1) as f64;
    let weight = |h: u64, specific: bool| -> f64 {
        let d = df.binary_search_by_key(&h, |x| x.0).map_or(1, |k| df[k].1) as f64;
        let idf = (total / d).ln().max(0.0);
        if specific { 2.0 * idf } else { idf }
    };
    let mut starts = vec![0usize; n + 1];
    {
        let mut k = 0;
        for (c, s) in starts.iter_mut().enumerate().take(n) {
            *s = k;
            while k < list_of.len() && list_of[k].0 as usize == c {
                k += 1;
            }
        }
        starts[n] = k;
    }
    let fw: Vec<Vec<f64>> = feats
        .par_iter()
        .map(|f| f.iter().map(|x| weight(x.hash, x.specific)).collect())
        .collect();

    (0..n)
        .into_par_iter()
        .flat_map_iter(|x| {
            let mut cands: Vec<u32> = Vec::new();
            for &(_, l) in &list_of[starts[x]..starts[x + 1]] {
                for &y in &lists[l as usize] {
                    if (y as usize) < x && claims[y as usize].doc_index != claims[x].doc_index {
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
                let y = cands[i] as usize;
                let rare_shared = j - i;
                i = j;
                if rare_shared < 2 {
                    continue;
                }
                let (later, earlier) = if rank[x] > rank[y] { (x, y) } else { (y, x) };
                if linked.contains(&(later as u32, earlier as u32)) {
                    continue;
                }
                if let Some(link) = score_pair(&feats, &fw, later, earlier, opts.related_threshold)
                {
                    out.push(link);
                }
            }
            out
        })
        .collect()
}

fn score_pair(
    feats: &[Vec<Feat>],
    fw: &[Vec<f64>],
    a: usize,
    b: usize,
    threshold: f64,
) -> Option<RelLink> {
    let (fa, fb) = (&feats[a], &feats[b]);
    let (wa, wb) = (&fw[a], &fw[b]);
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
                if fa[i].specific && fb[j].specific {
                    runs_a.push(fa[i].run);
                    runs_b.push(fb[j].run);
                }
                w += wa[i].min(wb[j]);
                ar = (ar.0.min(fa[i].pos), ar.1.max(fa[i].pos + 1));
                br = (br.0.min(fb[j].pos), br.1.max(fb[j].pos + 1));
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
    let total = wa.iter().sum::<f64>().min(wb.iter().sum::<f64>());
    if total <= 0.0 {
        return None;
    }
    let score = w / total;
    (score >= threshold).then_some(RelLink {
        from: a as u32,
        to: b as u32,
        score,
        from_tokens: ar.0..ar.1,
        to_tokens: br.0..br.1,
    })
}
