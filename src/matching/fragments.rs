//! Step **fragments**: a short quotation traced to where it was said.
//!
//! A speaker who quotes two or three words of someone ("Governor Romney,
//! “wrong and reckless” policies?", "not just saying, “I'll sit down,” but
//! you have to have a plan") is too short for the quotation alignment of
//! [`super::evidence`] (`--min-quote-tokens`), yet the words in quotation
//! marks are exactly what a fact-checker traces: who said them first?
//!
//! A quoted fragment of [`MIN_TOKENS`] words up to `--min-quote-tokens`
//! (exclusive), with [`MIN_CONTENT`] content words (or one in three words
//! or more), is linked to the earlier claims that say the same words
//! unquoted (method `quoted-fragment`, kind `quotes`), in any document,
//! or in another turn of the same one. A phrase said unquoted in more than
//! [`MAX_SOURCES`] claims of the corpus (earlier or later) is common
//! speech, not a quotation of one of them, and is not linked; nor are
//! words quoted in more than [`MAX_QUOTING`] claims (a term in scare
//! quotes).
//!
//! Candidates come from the claims holding the fragment's first two words
//! (one pass over the entries, for the word pairs that open a fragment),
//! checked word for word: no all-pairs work.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use rayon::prelude::*;

use super::Method;
use super::classify::Link;
use super::ctx::Ctx;
use super::index::content_count;
use super::normalize::{Tok, normalize};
use super::quotes::{QuoteState, quoted_spans};
use crate::model::MatchKind;

/// Fewest words of a quoted fragment.
pub const MIN_TOKENS: usize = 2;
/// Fewest content words of a two-word fragment (“wrong and reckless” has
/// two; “I'll sit down”, three words, one).
pub const MIN_CONTENT: usize = 2;
/// Most claims that may quote a fragment: words quoted in more are a term
/// in scare quotes (“rules-based international order”, “hidden agenda”),
/// not one person's line quoted back.
pub const MAX_QUOTING: usize = 3;
/// Most claims of the corpus that may say a fragment's words unquoted.
pub const MAX_SOURCES: usize = 3;

/// Characters that may open or close a quotation.
const QUOTE_MARKS: [char; 6] = ['"', '“', '”', '„', '«', '»'];

/// A short quotation: the quoting claim, its entry's tokens of the
/// quotation.
struct Fragment {
    claim: u32,
    toks: Range<u32>,
}

/// The links of short quotations to the earlier claims that hold their
/// words; `linked` are the (from, to) pairs already linked.
pub(super) fn links(ctx: &Ctx, linked: &HashSet<(u32, u32)>) -> Vec<Link> {
    let max = ctx.opts.min_quote_tokens;
    let frags: Vec<Fragment> = (0..ctx.claims.len() as u32)
        .into_par_iter()
        .flat_map_iter(|c| fragments(ctx, c, max))
        .collect();
    if frags.is_empty() {
        return Vec::new();
    }
    // entries holding each word pair that opens a fragment
    let wanted: HashSet<(Tok, Tok)> = frags.iter().map(|f| opening(ctx, f)).collect();
    let mut holders: HashMap<(Tok, Tok), Vec<u32>> = HashMap::new();
    for e in 0..ctx.entries.len() as u32 {
        for w in ctx.tokens(e).windows(2) {
            if wanted.contains(&(w[0], w[1])) {
                let list = holders.entry((w[0], w[1])).or_default();
                if list.last() != Some(&e) {
                    list.push(e);
                }
            }
        }
    }
    // claims that quote a fragment's words are not where they were said
    let quoting: HashSet<(u32, &[Tok])> = frags.iter().map(|f| (f.claim, words(ctx, f))).collect();
    let mut times: HashMap<&[Tok], usize> = HashMap::new();
    for (_, w) in &quoting {
        *times.entry(w).or_default() += 1;
    }
    frags
        .par_iter()
        .filter(|f| times[words(ctx, f)] <= MAX_QUOTING)
        .flat_map_iter(|f| {
            let empty = Vec::new();
            let cands = holders.get(&opening(ctx, f)).unwrap_or(&empty);
            sources(ctx, f, cands, &quoting)
                .into_iter()
                .filter(|(to, _)| !linked.contains(&(f.claim, *to)))
                .map(|(to, at)| Link {
                    from: f.claim,
                    to,
                    kind: MatchKind::Quotes,
                    score: 1.0,
                    method: Method::QuotedFragment,
                    from_tokens: f.toks.clone(),
                    to_tokens: at,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

fn words<'a>(ctx: &'a Ctx, f: &Fragment) -> &'a [Tok] {
    let toks = ctx.tokens(ctx.entry_of[f.claim as usize]);
    &toks[f.toks.start as usize..f.toks.end as usize]
}

fn opening(ctx: &Ctx, f: &Fragment) -> (Tok, Tok) {
    let w = words(ctx, f);
    (w[0], w[1])
}

/// The short quotations of claim `c` (fewer than `max` words).
fn fragments(ctx: &Ctx, c: u32, max: usize) -> Vec<Fragment> {
    let text = ctx.claims[c as usize].text.as_str();
    if !text.contains(QUOTE_MARKS) {
        return Vec::new();
    }
    let spans = quoted_spans(text, &mut QuoteState::default());
    let toks = ctx.tokens(ctx.entry_of[c as usize]);
    let norm = normalize(text);
    if norm.len() != toks.len() {
        return Vec::new();
    }
    spans
        .into_iter()
        // closed quotations only: marks on both sides
        .filter(|q| q.start > 0 && q.end < text.len())
        .filter_map(|q| {
            let first = norm.spans.partition_point(|s| (s[0] as usize) < q.start);
            let last = norm.spans.partition_point(|s| (s[1] as usize) <= q.end);
            let w = toks.get(first..last)?;
            let content = content_count(w);
            let enough = content >= MIN_CONTENT || content >= 1 && w.len() > MIN_TOKENS;
            (w.len() >= MIN_TOKENS && w.len() < max && enough).then_some(Fragment {
                claim: c,
                toks: first as u32..last as u32,
            })
        })
        .collect()
}

/// Whether tokens `toks` of `text` lie inside a quotation of it (nested
/// ones included): words quoted there are not where they were said.
fn quoted_at(text: &str, toks: Range<usize>) -> bool {
    if !text.contains(QUOTE_MARKS) {
        return false;
    }
    let norm = normalize(text);
    let (Some(a), Some(b)) = (norm.spans.get(toks.start), norm.spans.get(toks.end - 1)) else {
        return false;
    };
    let (start, end) = (a[0] as usize, b[1] as usize);
    let mut outer = quoted_spans(text, &mut QuoteState::default());
    while let Some(q) = outer.pop() {
        if q.start <= start && end <= q.end {
            return true;
        }
        // quotations inside this one
        if let Some(inner) = text.get(q.clone()) {
            outer.extend(
                quoted_spans(inner, &mut QuoteState::default())
                    .into_iter()
                    .map(|r| r.start + q.start..r.end + q.start),
            );
        }
    }
    false
}

/// The earlier claims among the entries `cands` that say fragment `f`'s
/// words unquoted, with the tokens that say them; none when more than
/// [`MAX_SOURCES`] claims of the corpus, earlier or later, say them
/// unquoted (common speech).
fn sources(
    ctx: &Ctx,
    f: &Fragment,
    cands: &[u32],
    quoting: &HashSet<(u32, &[Tok])>,
) -> Vec<(u32, Range<u32>)> {
    let w = words(ctx, f);
    let q = &ctx.claims[f.claim as usize];
    let mut out = Vec::new();
    let mut said = 0;
    for &e in cands {
        let toks = ctx.tokens(e);
        let Some(at) = toks.windows(w.len()).position(|x| x == w) else {
            continue;
        };
        for &m in &ctx.entries[e as usize].members {
            let c = &ctx.claims[m as usize];
            if m == f.claim
                || c.is_reported()
                || quoting.contains(&(m, w))
                || quoted_at(&c.text, at..at + w.len())
            {
                continue;
            }
            said += 1;
            let same_turn = c.doc_index == q.doc_index && c.turn == q.turn;
            if ctx.rank[m as usize] < ctx.rank[f.claim as usize] && !same_turn {
                out.push((m, at as u32..(at + w.len()) as u32));
            }
        }
        if said > MAX_SOURCES {
            return Vec::new();
        }
    }
    out.sort_by_key(|s| s.0);
    out
}
