//! Step 1, **prepare**: the chronological rank of every claim, then each
//! claim normalised ([`normalize`](super::normalize)) with its quotations
//! ([`quotes`]) as token ranges. The per-claim [`Prep`] lives
//! only until the entries and their `Store` are built.

use std::ops::Range;

use chrono::NaiveDate;
use rayon::prelude::*;

use super::MatchOptions;
use super::normalize::{GAP_BEFORE, NormText, normalize};
use super::quotes;
use crate::extract::reported::ReportKind;
use crate::model::Claim;

/// The chronological order of the claims (earliest first) and each claim's
/// rank in it: by document date (undated documents last; `doc_dates[d]` is
/// the date of document `d`), then document order, then position.
pub(super) fn chronology(
    claims: &[Claim],
    doc_dates: &[Option<NaiveDate>],
) -> (Vec<u32>, Vec<u32>) {
    let n = claims.len();
    let date_of = |d: usize| doc_dates.get(d).copied().flatten();
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by_key(|&i| {
        let c = &claims[i as usize];
        let d = date_of(c.doc_index);
        (d.is_none(), d, c.doc_index, i)
    });
    let mut rank = vec![0u32; n];
    for (r, &i) in order.iter().enumerate() {
        rank[i as usize] = r as u32;
    }
    (order, rank)
}

/// Per-claim preparation.
#[derive(Debug, Default)]
pub(super) struct Prep {
    pub(super) norm: NormText,
    /// Quotation segments as token ranges (split at elisions).
    pub(super) quotes: Vec<Range<u32>>,
}

/// Normalises every claim and finds its quotations, turn by turn.
pub(super) fn prepare(claims: &[Claim], opts: &MatchOptions) -> Vec<Prep> {
    let mut turns: Vec<Range<usize>> = Vec::new();
    let mut s = 0;
    for i in 1..=claims.len() {
        if i == claims.len()
            || claims[i].doc_index != claims[s].doc_index
            || claims[i].turn != claims[s].turn
        {
            turns.push(s..i);
            s = i;
        }
    }
    turns
        .par_iter()
        .flat_map_iter(|r| {
            let turn = &claims[r.clone()];
            // quotation marks are tracked over the turn's sentences; speech
            // reported inside a sentence is a copy of part of it
            let texts: Vec<&str> = turn
                .iter()
                .filter(|c| !c.is_reported())
                .map(|c| c.text.as_str())
                .collect();
            let mut quoted = quotes::turn_quotations(&texts).into_iter();
            turn.iter()
                .map(|c| {
                    let q = match c.reported_kind {
                        // the quoted words themselves: a quotation in full
                        Some(ReportKind::Direct) => std::iter::once(0..c.text.len()).collect(),
                        Some(ReportKind::Indirect) => Vec::new(),
                        None => quoted.next().unwrap_or_default(),
                    };
                    let norm = normalize(&c.text);
                    let quotes = quote_segments(&norm, &q, opts.min_quote_tokens);
                    Prep { norm, quotes }
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Token ranges of the quotations (byte ranges), split at elisions, keeping
/// segments of at least `min` tokens.
fn quote_segments(norm: &NormText, quoted: &[Range<usize>], min: usize) -> Vec<Range<u32>> {
    let mut out = Vec::new();
    for q in quoted {
        let first = norm.spans.partition_point(|s| (s[0] as usize) < q.start);
        let last = norm.spans.partition_point(|s| (s[1] as usize) <= q.end);
        if last <= first {
            continue;
        }
        let mut seg = first;
        for t in first + 1..=last {
            if t == last || norm.flags[t] & GAP_BEFORE != 0 {
                if t - seg >= min {
                    out.push(seg as u32..t as u32);
                }
                seg = t;
            }
        }
    }
    out
}
