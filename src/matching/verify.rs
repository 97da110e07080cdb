//! Verification of candidate pairs: token-level alignments.
//!
//! All measures work on hashed normalised tokens (see
//! [`super::normalize`]); the character-level comparison of near-verbatim
//! text uses `strsim::normalized_levenshtein` on the normalised words.
//!
//! - [`token_similarity`]: `1 − levenshtein / max(len)` over tokens
//!   (`strsim::generic_levenshtein`), for edited whole sentences.
//! - [`semi_global`]: the shorter text aligned in full against the best
//!   substring of the longer one, for containment (a sentence embedded in a
//!   longer one, a partial quotation).
//! - [`local`]: Smith–Waterman on tokens (match +1, mismatch and gap −1),
//!   for quotations that run over a sentence boundary of the source and for
//!   shared phrases.
//! - [`common_tokens`]: the size of the multiset intersection of two sorted
//!   token lists, a cheap upper bound used to skip hopeless pairs: the
//!   Levenshtein distance is at least `max(len) − common`.
//!
//! Every alignment is capped at [`MAX_ALIGN`] tokens per side so the cost of
//! one pair is bounded whatever the input.

use std::ops::Range;

use super::normalize::Tok;

/// Longest token sequence aligned; longer texts are compared on their first
/// `MAX_ALIGN` tokens.
pub const MAX_ALIGN: usize = 512;

fn cap(s: &[Tok]) -> &[Tok] {
    &s[..s.len().min(MAX_ALIGN)]
}

/// Token-level Levenshtein distance (unit costs), two-row dynamic
/// programme.
pub fn token_levenshtein(a: &[Tok], b: &[Tok]) -> usize {
    let (a, b) = (cap(a), cap(b));
    if a.is_empty() {
        return b.len();
    }
    if b.is_empty() {
        return a.len();
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len() + 1];
    for (i, &x) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, &y) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(x != y);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// `1 − levenshtein / max(len)` over whole token vectors, computed with
/// `strsim::generic_levenshtein`; 1.0 for two empty texts.
pub fn token_similarity(a: &Vec<Tok>, b: &Vec<Tok>) -> f64 {
    let m = a.len().max(b.len());
    if m == 0 {
        return 1.0;
    }
    if m > MAX_ALIGN {
        let d = token_levenshtein(a, b);
        return 1.0 - d as f64 / m.min(MAX_ALIGN) as f64;
    }
    1.0 - strsim::generic_levenshtein(a, b) as f64 / m as f64
}

/// A token slice as strsim's generic functions want it (`&T: IntoIterator`).
struct Toks<'a>(&'a [Tok]);

impl<'a> IntoIterator for &Toks<'a> {
    type Item = &'a Tok;
    type IntoIter = std::slice::Iter<'a, Tok>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// `1 − levenshtein / max(len)` over token slices (at most [`MAX_ALIGN`]
/// tokens each), computed with `strsim::generic_levenshtein`.
pub fn slice_similarity(a: &[Tok], b: &[Tok]) -> f64 {
    let (a, b) = (cap(a), cap(b));
    let m = a.len().max(b.len());
    if m == 0 {
        return 1.0;
    }
    1.0 - strsim::generic_levenshtein(&Toks(a), &Toks(b)) as f64 / m as f64
}

/// Semi-global alignment: the edit distance between all of `short` and the
/// best-matching substring `long[start..end]`; returns
/// `(distance, start..end)`. Leftmost best on ties.
pub fn semi_global(short: &[Tok], long: &[Tok]) -> (usize, Range<usize>) {
    let (short, long) = (cap(short), cap(long));
    let n = long.len();
    if short.is_empty() {
        return (0, 0..0);
    }
    // D[0][j] = 0: the alignment may start anywhere in `long`
    let mut prev = vec![0usize; n + 1];
    let mut prev_start: Vec<usize> = (0..=n).collect();
    let mut cur = vec![0usize; n + 1];
    let mut cur_start = vec![0usize; n + 1];
    for (i, &x) in short.iter().enumerate() {
        cur[0] = i + 1;
        cur_start[0] = 0;
        for j in 1..=n {
            let diag = prev[j - 1] + usize::from(x != long[j - 1]);
            let up = prev[j] + 1;
            let left = cur[j - 1] + 1;
            if diag <= up && diag <= left {
                cur[j] = diag;
                cur_start[j] = prev_start[j - 1];
            } else if up <= left {
                cur[j] = up;
                cur_start[j] = prev_start[j];
            } else {
                cur[j] = left;
                cur_start[j] = cur_start[j - 1];
            }
        }
        std::mem::swap(&mut prev, &mut cur);
        std::mem::swap(&mut prev_start, &mut cur_start);
    }
    let mut best = (usize::MAX, 0..0);
    for j in 0..=n {
        if prev[j] < best.0 {
            best = (prev[j], prev_start[j]..j);
        }
    }
    best
}

/// A local alignment: the aligned token ranges of both sides and its score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Local {
    /// Smith–Waterman score (matches − mismatches − gaps).
    pub score: i32,
    /// Aligned tokens of the first text.
    pub a: Range<usize>,
    /// Aligned tokens of the second text.
    pub b: Range<usize>,
}

/// Smith–Waterman local alignment of token sequences (match +1, mismatch
/// −1, gap −1). Returns the best-scoring region (first found on ties), or
/// `None` when nothing matches.
pub fn local(a: &[Tok], b: &[Tok]) -> Option<Local> {
    let (a, b) = (cap(a), cap(b));
    let n = b.len();
    if a.is_empty() || n == 0 {
        return None;
    }
    let mut prev = vec![0i32; n + 1];
    let mut cur = vec![0i32; n + 1];
    // start cell (i, j) of the alignment ending in each cell
    let mut prev_start = vec![(0usize, 0usize); n + 1];
    let mut cur_start = vec![(0usize, 0usize); n + 1];
    let mut best = Local {
        score: 0,
        a: 0..0,
        b: 0..0,
    };
    for (i, &x) in a.iter().enumerate() {
        cur[0] = 0;
        cur_start[0] = (i + 1, 0);
        for j in 1..=n {
            let m = x == b[j - 1];
            let diag = prev[j - 1] + if m { 1 } else { -1 };
            let up = prev[j] - 1;
            let left = cur[j - 1] - 1;
            let (v, s) = if diag >= up && diag >= left {
                // a fresh start on a match
                if prev[j - 1] == 0 {
                    (diag, (i, j - 1))
                } else {
                    (diag, prev_start[j - 1])
                }
            } else if up >= left {
                (up, prev_start[j])
            } else {
                (left, cur_start[j - 1])
            };
            if v <= 0 {
                cur[j] = 0;
                cur_start[j] = (i + 1, j);
            } else {
                cur[j] = v;
                cur_start[j] = s;
                if v > best.score {
                    best = Local {
                        score: v,
                        a: s.0..i + 1,
                        b: s.1..j,
                    };
                }
            }
        }
        std::mem::swap(&mut prev, &mut cur);
        std::mem::swap(&mut prev_start, &mut cur_start);
    }
    (best.score > 0).then_some(best)
}

/// The longest run of equal tokens in `a` and `b`: (start in a, start in
/// b, length); the first such run on ties. Dynamic programming over
/// [`MAX_ALIGN`] tokens of each at most.
pub fn longest_run(a: &[Tok], b: &[Tok]) -> (usize, usize, usize) {
    let (a, b) = (&a[..a.len().min(MAX_ALIGN)], &b[..b.len().min(MAX_ALIGN)]);
    // run lengths ending at (i, j), one row at a time; `u32` rows and
    // iterators keep the inner loop free of bounds checks
    let n = b.len();
    let mut prev = vec![0u32; n + 1];
    let mut cur = vec![0u32; n + 1];
    let mut best = (0, 0, 0u32);
    for (i, &ai) in a.iter().enumerate() {
        for (j, ((&bj, &p), c)) in b.iter().zip(&prev[..n]).zip(&mut cur[1..]).enumerate() {
            let v = if ai == bj { p + 1 } else { 0 };
            *c = v;
            if v > best.2 {
                best = (i + 1 - v as usize, j + 1 - v as usize, v);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    (best.0, best.1, best.2 as usize)
}

/// Size of the multiset intersection of two sorted token lists.
pub fn common_tokens(a: &[Tok], b: &[Tok]) -> usize {
    // without branches on the comparison, which the processor cannot
    // predict (this merge was a tenth of the verification's time)
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        n += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::normalize::{Tok, normalize};

    #[test]
    fn longest_run_finds_the_shared_passage() {
        let a = normalize("I said that I would cut taxes for middle-class families.").hashes;
        let b = normalize("And I told you I would cut taxes for middle class families, and I did.")
            .hashes;
        // "i would cut taxes for middle class families"
        assert_eq!(longest_run(&a, &b), (3, 4, 8));
        assert_eq!(longest_run(&a, &[]), (0, 0, 0));
    }

    fn t(s: &str) -> Vec<Tok> {
        normalize(s).hashes
    }

    #[test]
    fn levenshtein_on_tokens() {
        let a = t("the best solution would be an exchange");
        let b = t("the best solution is an exchange");
        assert_eq!(token_levenshtein(&a, &b), 2);
        assert_eq!(strsim::generic_levenshtein(&a, &b), 2);
        assert!((token_similarity(&a, &b) - (1.0 - 2.0 / 7.0)).abs() < 1e-9);
        assert!((slice_similarity(&a, &b) - token_similarity(&a, &b)).abs() < 1e-12);
        assert_eq!(token_levenshtein(&[], &b), b.len());
    }

    #[test]
    fn semi_global_finds_the_embedded_part() {
        let long = t(
            "Nevertheless during our contacts with our colleagues President Putin and I promoted the need",
        );
        let short = t("during our contacts with our colleagues President Putin");
        let (d, r) = semi_global(&short, &long);
        assert_eq!(d, 0);
        assert_eq!(r, 1..9);
        let short = t("during our talks with our colleagues President Putin");
        let (d, r) = semi_global(&short, &long);
        assert_eq!((d, r), (1, 1..9));
    }

    #[test]
    fn local_alignment_finds_the_shared_phrase() {
        let a = t(
            "As Putin and Lavrov pointed out the best solution would be an exchange based on the all for all principle",
        );
        let b = t(
            "President Putin and I promoted the need to bring it to a closure based on the all for all principle",
        );
        let l = local(&a, &b).unwrap();
        assert_eq!(l.score, 7);
        assert_eq!(l.a, 13..20);
        assert_eq!(l.b, 13..20);
        assert!(local(&t("a b c"), &t("d e f")).is_none());
    }

    #[test]
    fn common_token_bound() {
        let mut a = t("the the a b c");
        let mut b = t("the a a c d");
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(common_tokens(&a, &b), 3);
    }
}
