//! Step **figures**: one speaker's figure said again in other words.
//!
//! Speakers come back to their numbers debate after debate, briefing after
//! briefing, rarely in the same words: "Middle-income Americans have seen
//! their income come down by 4,300." → "You've seen, as middle-income
//! people in this country, incomes go down $4,300 a family"; "the
//! President also lowered the deficit the first two years by $1.7
//! trillion" → "ways to lower the deficit, like the President has done the
//! last two years — $1.7 trillion". The words around the figure change too
//! much for the overlap measures, but the figure and the words it is about
//! stay.
//!
//! Two statements of one speaker in different documents are linked
//! (method `same-figure`; kind `repeats`, or `quotes` / `paraphrases`
//! when the later one is speech reported by someone else) when they share
//! a figure found in at most [`MAX_DF`] claims of the corpus. A statement
//! is the speaker's own (no question) or reported as theirs: Romney's "He
//! keeps saying, “Look, I've created 5 million jobs.”" is Obama's, and
//! said again "we've seen 5 million jobs in the private sector created".
//! Numbers in words count as digits ("two thousand five hundred dollars"
//! = "$2,500"); no years, no numbers up to ten unless a scale word follows
//! ("$2 trillion"); a scale word after the number is part of it,
//! [`SCALES`] and "percent" ([`UNITS`]): "12 million" is not "12", but a
//! currency is not ("$2,500 a year" = "two thousand five hundred dollars
//! a family"). The two share at least [`MIN_SHARED`] other content words
//! that are no names and no scale words, a share [`MIN_SHARE`] of the
//! lighter claim's, and every number of the one with fewer numbers is in
//! the other (a number in another role: "number 11 arrives on day 15" /
//! "number 6 arrives on day 11"). A figure in more claims is common ("50
//! states"), and a shared name says who, not what ("24 hours ago, in East
//! Palestine" / "24/7 air quality monitoring in the East Palestine
//! community").
//!
//! Candidates are the holders of each rare figure: no all-pairs work.

use std::collections::{BTreeMap, HashSet};

use rayon::prelude::*;

use super::Method;
use super::classify::Link;
use super::ctx::Ctx;
use super::index::{mix, stopwords};
use super::normalize::{
    CAPITALISED, INITIAL, NUMERIC, SPELLED, Tok, TokSet, normalize, token_hash,
};
use crate::model::Role;
use crate::text::dates::NUMBER_UNITS;

/// Most claims a figure may be found in: a speaker's figure comes back
/// often ("23 million people out of work", 14 times in the three 2012
/// debates), where a figure in more claims is common language.
pub const MAX_DF: usize = 20;
/// Fewest content words, no names, two claims must share besides the
/// figure.
pub const MIN_SHARED: usize = 2;
/// Least share of the lighter claim's content words (no names) the two
/// must share: two long sentences that share a figure and two everyday
/// words ("making", "year") are about different things.
pub const MIN_SHARE: f64 = 0.25;
/// Numbers up to this are everyday words ("two reasons", "5 points").
pub const MAX_SMALL: u64 = 10;

/// The links between one speaker's statements that share a rare figure
/// and what it is about; `linked` are the (from, to) pairs already linked.
pub(super) fn links(ctx: &Ctx, linked: &HashSet<(u32, u32)>) -> Vec<Link> {
    let n = ctx.claims.len() as u32;
    // (figure, claim) for every statement's figures, grouped by figure
    let held: Vec<(Tok, u32)> = (0..n)
        .into_par_iter()
        .filter(|&c| is_statement(ctx, c))
        .flat_map_iter(|c| figures(ctx, c).into_iter().map(move |f| (f, c)))
        .collect();
    let mut by_figure: BTreeMap<Tok, Vec<u32>> = BTreeMap::new();
    for (f, c) in held {
        let list = by_figure.entry(f).or_default();
        if list.last() != Some(&c) {
            list.push(c);
        }
    }
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for holders in by_figure.values_mut().filter(|h| h.len() <= MAX_DF) {
        // one speaker's holders together: pairs only within them
        holders.sort_by(|&a, &b| {
            ctx.claims[a as usize]
                .speaker
                .cmp(&ctx.claims[b as usize].speaker)
        });
        for run in holders
            .chunk_by(|&a, &b| ctx.claims[a as usize].speaker == ctx.claims[b as usize].speaker)
        {
            for (i, &a) in run.iter().enumerate() {
                for &b in &run[..i] {
                    if ctx.claims[a as usize].doc_index != ctx.claims[b as usize].doc_index {
                        let (later, earlier) = if ctx.rank[a as usize] > ctx.rank[b as usize] {
                            (a, b)
                        } else {
                            (b, a)
                        };
                        pairs.push((later, earlier));
                    }
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
        .into_par_iter()
        .filter(|p| !linked.contains(p))
        .filter(|&(later, earlier)| numbers_agree(ctx, later, earlier))
        .filter_map(|(later, earlier)| {
            let score = shared_share(ctx, later, earlier)?;
            Some(ctx.whole_link(
                (later, earlier),
                ctx.restated_kind(later, earlier),
                score,
                Method::SameFigure,
            ))
        })
        .collect()
}

/// Scale words: part of the figure before them ("12 million" is not "12":
/// "create 12 million new jobs" / "10 or 12 countries"), and a small
/// number before one is a figure ("two trillion dollars" = "$2
/// trillion"), where "two reasons" is not.
const SCALES: &[&str] = &[
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "trillions",
];

/// Units after a number: "percent" is part of the figure before it, as a
/// scale word is ("35 percent" is not "35"; "5 percent" is still no
/// figure), the currencies are not ([`CURRENCIES`]). Neither they nor the
/// scales are ever one of the other words two claims share ("create 12
/// million new jobs" / "round up 12 million people").
const UNITS: &[&str] = &["percent", "dollar", "dollars", "bucks"];

/// The currencies of [`UNITS`]: no part of the figure, which a sign may
/// write instead ("$2,500 a year" = "two thousand five hundred dollars a
/// family" = "2,500 a family").
const CURRENCIES: &[&str] = &["dollar", "dollars", "bucks"];

/// [`CURRENCIES`] as token ids.
fn currencies() -> &'static TokSet {
    static SET: std::sync::OnceLock<TokSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| CURRENCIES.iter().map(|w| token_hash(w)).collect())
}

/// [`SCALES`] as token ids.
fn scales() -> &'static TokSet {
    static SET: std::sync::OnceLock<TokSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| SCALES.iter().map(|w| token_hash(w)).collect())
}

/// [`SCALES`] and [`UNITS`] as token ids.
fn units() -> &'static TokSet {
    static SET: std::sync::OnceLock<TokSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| SCALES.iter().chain(UNITS).map(|w| token_hash(w)).collect())
}

/// What a speaker says, in their own statement (not a question) or
/// reported by someone else ("He keeps saying, “Look, I've created 5
/// million jobs.”" is Obama's).
fn is_statement(ctx: &Ctx, c: u32) -> bool {
    let claim = &ctx.claims[c as usize];
    claim.speaker.is_some() && (claim.is_reported() || claim.role != Role::Question)
}

/// The figures of claim `c`: its numeric tokens that are no year and no
/// small number (unless a scale word follows: "$2 trillion", [`SCALES`]),
/// each with the scale word or "percent" after it ("12 million", "35
/// percent"; not a currency: "$2,500" = "2,500 dollars").
fn figures(ctx: &Ctx, c: u32) -> Vec<Tok> {
    let e = ctx.entry_of[c as usize];
    let flags = ctx.store.tflags(e);
    if !flags.iter().any(|f| f & (NUMERIC | SPELLED) != 0) {
        return Vec::new();
    }
    let text = ctx.claims[c as usize].text.as_str();
    let norm = normalize(text);
    let toks = ctx.tokens(e);
    if norm.len() != toks.len() {
        return Vec::new();
    }
    let mut out: Vec<Tok> = (0..toks.len())
        .filter(|&i| is_number(toks, flags, i))
        .filter(|&i| {
            let [s, t] = norm.spans[i];
            let written = text.get(s as usize..t as usize).unwrap_or("");
            !is_year_or_small(written) || before_scale(toks, i)
        })
        .map(|i| match toks.get(i + 1) {
            Some(u) if units().contains(u) && !currencies().contains(u) => {
                mix(u64::from(toks[i]), u64::from(*u)) as Tok
            }
            _ => toks[i],
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether token `i` is a number: digits, or a number in words
/// ("twenty-three", or "two" before a scale word: "two trillion
/// dollars").
fn is_number(toks: &[Tok], flags: &[u8], i: usize) -> bool {
    flags[i] & NUMERIC != 0 || flags[i] & SPELLED != 0 && before_scale(toks, i)
}

/// Whether a scale word ([`SCALES`]) follows token `i`.
fn before_scale(toks: &[Tok], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|u| scales().contains(u))
}

/// A year ("2008") or a number up to [`MAX_SMALL`], in digits or in one
/// word ("Ten years earlier").
fn is_year_or_small(written: &str) -> bool {
    if let Some(v) = NUMBER_UNITS
        .iter()
        .position(|w| w.eq_ignore_ascii_case(written))
    {
        return v as u64 <= MAX_SMALL;
    }
    if !written.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    match written.parse::<u64>() {
        Ok(v) => v <= MAX_SMALL || written.len() == 4 && (1800..=2100).contains(&v),
        Err(_) => false,
    }
}

/// Whether every number of the claim with fewer numbers (years and small
/// ones too) is also in the other: "the delegation number 11 arrives on
/// day 15" and "the delegation number 6 arrives on day 11" share a number
/// in another role.
fn numbers_agree(ctx: &Ctx, a: u32, b: u32) -> bool {
    let numbers = |c: u32| -> Vec<Tok> {
        let e = ctx.entry_of[c as usize];
        let (toks, flags) = (ctx.tokens(e), ctx.store.tflags(e));
        let mut v: Vec<Tok> = (0..toks.len())
            .filter(|&i| is_number(toks, flags, i))
            .map(|i| toks[i])
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (x, y) = (numbers(a), numbers(b));
    let (few, many) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    few.iter().all(|t| many.binary_search(t).is_ok())
}

/// A capitalised word inside a sentence.
fn is_name(flags: u8) -> bool {
    flags & CAPITALISED != 0 && flags & INITIAL == 0
}

/// The share of the lighter claim's content stems (no names, no numbers,
/// no [`SCALES`] or [`UNITS`])
/// the two share, when they share at least [`MIN_SHARED`] and
/// [`MIN_SHARE`].
fn shared_share(ctx: &Ctx, a: u32, b: u32) -> Option<f64> {
    let common = |c: u32| -> Vec<Tok> {
        let e = ctx.entry_of[c as usize];
        let st = ctx.store;
        let sw = stopwords();
        let mut v: Vec<Tok> = st
            .tokens(e)
            .iter()
            .zip(st.stems(e))
            .zip(st.tflags(e))
            .filter(|((t, _), f)| {
                !sw.contains(*t)
                    && !units().contains(*t)
                    && **f & (NUMERIC | SPELLED) == 0
                    && !is_name(**f)
            })
            .map(|((_, s), _)| *s)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (x, y) = (common(a), common(b));
    let shared = x.iter().filter(|s| y.binary_search(s).is_ok()).count();
    let lighter = x.len().min(y.len()).max(1);
    let share = shared as f64 / lighter as f64;
    (shared >= MIN_SHARED && share >= MIN_SHARE).then_some(share)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_and_small_numbers_are_no_figures() {
        assert!(is_year_or_small("2008"));
        assert!(is_year_or_small("9"));
        assert!(is_year_or_small("Ten"));
        assert!(is_year_or_small("seven"));
        assert!(!is_year_or_small("eighteen"));
        assert!(!is_year_or_small("4,300"));
        assert!(!is_year_or_small("97"));
        assert!(!is_year_or_small("800000"));
        assert!(!is_year_or_small("3000"));
        assert!(!is_year_or_small("1500"));
    }
}
