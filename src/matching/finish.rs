//! Step 8, **finish**: one link per pair of claims (the strongest kind,
//! then alignments before bag-of-words measures, then score), at most
//! `max_links` per claim, each claim's `source` by following quotes and
//! repeats links in rank order, loose links to a copy replaced by the link
//! to its source, token ranges mapped back to exact byte ranges, and the
//! talking-point clusters.

use std::collections::HashSet;
use std::ops::Range;

use rayon::prelude::*;

use super::Method;
use super::classify::Link;
use super::normalize::normalize;
use crate::model::{Claim, MatchEdge, MatchKind};

/// Strongest kind first.
fn kind_order(k: MatchKind) -> u8 {
    match k {
        MatchKind::Quotes => 0,
        MatchKind::Repeats => 1,
        MatchKind::Paraphrases => 2,
        MatchKind::Related => 3,
    }
}

/// Step 8, **finish**: from all the links found, the edges of
/// [`Matches`](super::Matches) with their aligned texts, each claim's
/// source and each claim's cluster. `order` and `rank` are from
/// [`chronology`](super::prepare::chronology).
pub(super) fn finish(
    links: Vec<Link>,
    claims: &[Claim],
    order: &[u32],
    rank: &[u32],
    max_links: usize,
) -> (Vec<MatchEdge>, Vec<usize>, Vec<usize>) {
    let n = claims.len();
    let mut kept = strongest(links, rank, max_links);
    let source = sources(&kept, order, rank, n);
    drop_loose_copies(&mut kept, &source);
    let edges = edges(&kept, claims);
    let cluster = clusters(&kept, order, n);
    (edges, source, cluster)
}

/// At most one link per pair, the strongest; at most `max_links` per claim
/// (the strongest, then the earliest), sorted by `(from, to)`.
fn strongest(mut links: Vec<Link>, rank: &[u32], max_links: usize) -> Vec<Link> {
    // of two links of one kind, an alignment (which says which words)
    // beats a bag-of-words or embedding measure
    let loose = |m: Method| {
        matches!(
            m,
            Method::Restated | Method::Semantic | Method::Reworded | Method::TalkingPoint
        )
    };
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
        if group.len() > max_links {
            group.sort_by(|a, b| {
                kind_order(a.kind)
                    .cmp(&kind_order(b.kind))
                    .then(b.score.total_cmp(&a.score))
                    .then(rank[a.to as usize].cmp(&rank[b.to as usize]))
            });
            let mut g: Vec<Link> = group[..max_links].to_vec();
            g.sort_by_key(|l| l.to);
            kept.extend(g);
        } else {
            kept.extend(group.iter().cloned());
        }
        i = j;
    }
    kept
}

/// Per claim: the earliest claim it derives from through quotes and
/// repeats links (itself if none), found in rank `order`.
fn sources(kept: &[Link], order: &[u32], rank: &[u32], n: usize) -> Vec<usize> {
    let mut source: Vec<usize> = (0..n).collect();
    let mut by_from: Vec<Vec<u32>> = vec![Vec::new(); n];
    for l in kept {
        if matches!(l.kind, MatchKind::Quotes | MatchKind::Repeats) {
            by_from[l.from as usize].push(l.to);
        }
    }
    for &c in order {
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
    source
}

/// A loose link (a shared phrase, shared names) to a copy of a claim that
/// the same claim also links to says nothing new: keep the one to the
/// source.
fn drop_loose_copies(kept: &mut Vec<Link>, source: &[usize]) {
    let has: HashSet<(u32, u32)> = kept.iter().map(|l| (l.from, l.to)).collect();
    kept.retain(|l| {
        let s = source[l.to as usize] as u32;
        !(matches!(l.method, Method::AttributedPhrase | Method::SharedFeatures)
            && s != l.to
            && has.contains(&(l.from, s)))
    });
}

/// The links as edges, with their aligned texts (token ranges mapped back
/// to exact byte ranges) and scores rounded to four decimals.
fn edges(kept: &[Link], claims: &[Claim]) -> Vec<MatchEdge> {
    kept.par_iter()
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
        .collect()
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
