//! `claimgraph source`: which corpus claims a pasted sentence matches.
//!
//! Candidates come from the store's FTS5 index (the sentence's content
//! words, OR-ed, best BM25 first); each is then scored with the matching
//! module's normalisation ([`crate::matching::normalize`]: case, Unicode
//! forms, quote styles, dashes, editorial insertions like "[… – Ed.]"
//! dropped) and measures ([`crate::matching::verify`]):
//!
//! - `whole`: token Levenshtein similarity of the two texts;
//! - `contained`: the sentence found inside a longer claim (semi-global
//!   alignment, edits counted against the sentence's length);
//! - `contains`: a claim found inside the longer sentence (a news story's
//!   framing around the quote), discounted by the share of the sentence
//!   it covers;
//! - `paraphrase`: the mean of the Dice overlap of content-word stems and
//!   the cosine of static sentence embeddings ([`crate::embed`]), for
//!   rewordings and pronoun shifts.
//!
//! The score is the best of these. Hits are sorted by score (two
//! decimals), then chronologically, and the earliest of the hits scoring
//! close to the best (within [`SOURCE_MARGIN`]) is marked as the source.

use std::collections::HashSet;

use serde::Serialize;

use super::claims::{CLAIM_COLUMN_COUNT, CLAIM_COLUMNS, ClaimRow};
use super::{QueryError, Result, Store};
use crate::embed::{self, StaticModel, Vector};
use crate::matching::index::stopwords;
use crate::matching::normalize::{NormText, normalize, normalized_words};
use crate::matching::verify::{semi_global, token_similarity};

/// Hits within this much of the best score compete for "source".
pub const SOURCE_MARGIN: f64 = 0.15;

/// Options of [`Store::source`].
#[derive(Debug, Clone)]
pub struct SourceOptions {
    /// Candidates read from the full-text index.
    pub candidates: usize,
    /// Hits scoring below this are dropped.
    pub min_score: f64,
    /// At most this many hits.
    pub limit: usize,
}

impl Default for SourceOptions {
    fn default() -> Self {
        SourceOptions {
            candidates: 200,
            min_score: 0.5,
            limit: 10,
        }
    }
}

/// A claim a pasted sentence matches.
#[derive(Debug, Clone, Serialize)]
pub struct SourceHit {
    /// 0–1.
    pub score: f64,
    /// `whole`, `contained`, `contains` or `paraphrase`.
    pub method: &'static str,
    /// The earliest of the best hits: where the sentence was first said.
    pub is_source: bool,
    /// The claim.
    #[serde(flatten)]
    pub claim: ClaimRow,
    #[serde(skip)]
    seq: i64,
}

struct Features {
    norm: NormText,
    content: HashSet<u32>,
    vector: Option<Vector>,
}

fn features(text: &str) -> Features {
    let norm = normalize(text);
    let sw = stopwords();
    let content: HashSet<u32> = norm
        .hashes
        .iter()
        .zip(&norm.stems)
        .filter(|(h, _)| !sw.contains(h))
        .map(|(_, s)| *s)
        .collect();
    let vector = StaticModel::get().and_then(|m| {
        let mut acc = [0f32; embed::DIMS];
        let mut n = 0;
        for w in normalized_words(text) {
            if sw.contains(&crate::matching::normalize::token_hash(&w)) {
                continue;
            }
            if let Some(v) = m.word_vector(&w) {
                embed::add_scaled(&mut acc, &v, 1.0);
                n += 1;
            }
        }
        (n > 0).then(|| {
            embed::normalise(&mut acc);
            acc
        })
    });
    Features {
        norm,
        content,
        vector,
    }
}

fn score(q: &Features, c: &Features) -> (f64, &'static str) {
    let (qt, ct) = (&q.norm.hashes, &c.norm.hashes);
    if qt.is_empty() || ct.is_empty() {
        return (0.0, "whole");
    }
    let mut best = (token_similarity(qt, ct), "whole");
    if qt.len() <= ct.len() {
        let (d, _) = semi_global(qt, ct);
        let s = 1.0 - d as f64 / qt.len() as f64;
        if s > best.0 {
            best = (s, "contained");
        }
    } else if c.content.len() >= 3 {
        let (d, _) = semi_global(ct, qt);
        let s = (1.0 - d as f64 / ct.len() as f64) * (ct.len() as f64 / qt.len() as f64).sqrt();
        if s > best.0 {
            best = (s, "contains");
        }
    }
    let (a, b) = (q.content.len(), c.content.len());
    if a > 0 && b > 0 {
        let dice = 2.0 * q.content.intersection(&c.content).count() as f64 / (a + b) as f64;
        let s = match (&q.vector, &c.vector) {
            (Some(x), Some(y)) => 0.5 * (dice + f64::from(embed::dot(x, y)).max(0.0)),
            _ => dice,
        };
        if s > best.0 {
            best = (s, "paraphrase");
        }
    }
    (best.0.clamp(0.0, 1.0), best.1)
}

/// The FTS5 query for a sentence: its distinct content words, OR-ed.
fn fts_query(text: &str) -> String {
    let sw = stopwords();
    let mut seen = HashSet::new();
    normalized_words(text)
        .into_iter()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .filter(|w| !sw.contains(&crate::matching::normalize::token_hash(w)))
        .filter(|w| seen.insert(w.clone()))
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" OR ")
}

impl Store {
    /// The claims a pasted sentence matches, best first, the earliest of
    /// the best marked `is_source`.
    pub fn source(&self, text: &str, opts: &SourceOptions) -> Result<Vec<SourceHit>> {
        let q = features(text);
        if q.content.is_empty() {
            return Err(QueryError::Invalid(
                "the text has no content words to look for".into(),
            ));
        }
        let fts = fts_query(text);
        let sql = format!(
            "SELECT {CLAIM_COLUMNS}, c.seq FROM claims_fts f JOIN claims c ON c.seq = f.rowid
             WHERE claims_fts MATCH ?1 ORDER BY f.rank, c.seq LIMIT ?2"
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows: Vec<(ClaimRow, i64)> = st
            .query_map(rusqlite::params![fts, opts.candidates as i64], |r| {
                Ok((ClaimRow::from_row(r)?, r.get(CLAIM_COLUMN_COUNT)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut hits: Vec<SourceHit> = rows
            .into_iter()
            .filter_map(|(claim, seq)| {
                let (s, method) = score(&q, &features(&claim.text));
                (s >= opts.min_score).then_some(SourceHit {
                    score: (s * 1e4).round() / 1e4,
                    method,
                    is_source: false,
                    claim,
                    seq,
                })
            })
            .collect();
        let chrono = |h: &SourceHit| (h.claim.doc_date.is_none(), h.claim.doc_date.clone(), h.seq);
        hits.sort_by(|a, b| {
            let (x, y) = ((a.score * 100.0).round(), (b.score * 100.0).round());
            y.total_cmp(&x).then_with(|| chrono(a).cmp(&chrono(b)))
        });
        hits.truncate(opts.limit);
        if let Some(top) = hits.first().map(|h| h.score) {
            if let Some(i) = (0..hits.len())
                .filter(|&i| hits[i].score >= top - SOURCE_MARGIN)
                .min_by_key(|&i| chrono(&hits[i]))
            {
                hits[i].is_source = true;
            }
        }
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editorial_insertions_and_framing() {
        let claim = features(
            "Nevertheless, President Putin and I promoted the need to bring it to a closure based on the “all for all” principle.",
        );
        let q = features(
            "President Putin and I promoted the need [the return of POWs – Ed.] to bring it to a closure based on the \"all for all\" principle.",
        );
        let (s, m) = score(&q, &claim);
        assert_eq!((s, m), (1.0, "contained"));
        let framed = features(
            "Lavrov told reporters on Monday that President Putin and I promoted the need to bring it to a closure based on the 'all for all' principle, a ministry transcript shows.",
        );
        assert!(score(&framed, &claim).0 > 0.6);
        let other = features("The weather in Moscow was cold on Monday.");
        assert!(score(&other, &claim).0 < 0.4);
    }

    #[test]
    fn fts_query_quotes_words() {
        assert_eq!(
            fts_query("The “all-for-all” Principle, principle"),
            "\"principle\""
        );
    }
}
