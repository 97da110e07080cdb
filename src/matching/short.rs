//! Short lines: a speaker's line of four to twelve words said again in
//! another document verbatim or with one word changed ("My priority is
//! jobs.", "I believe that story." → "I believe this story.").
//!
//! The main index needs [`MatchOptions::min_tokens`](super::MatchOptions)
//! words and [`min_content`](super::MatchOptions::min_content) content
//! words, so these lines never reach it. Here a short line is matched only
//! when it is the *same speaker's*, holds a content word outside the
//! stop words and conversational formulae, and is no procedure or
//! deflection formula ([`FORMULA_PHRASES`]): two different people saying
//! "That's not true." are not repeating each other, and "Thank you for
//! your question." is never a talking point. Frequency does not decide.
//!
//! 1. Identical texts: the text groups of the **entries** step whose entry
//!    is short, split by speaker, linked as `Ctx::expand_group` links
//!    them (`exact`), across documents only: a short line said twice in
//!    one turn or one debate is emphasis ("I'll get it done. I'll get it
//!    done."), not a talking point.
//! 2. One word changed: each entry of [`SHORT_MIN_TOKENS`] to
//!    [`SHORT_MAX_TOKENS`] words, short or eligible for the main index (a
//!    five-word shingle index finds no shared shingle in a six-word line
//!    whose third word changed), is keyed once per position, by its length and its words with
//!    that one left out; entries sharing a key differ in exactly that word.
//!    A changed word must be an ordinary word (no number, name or negation:
//!    "We cut taxes 19 times" / "… 20 times" state different facts), and a
//!    key shared by more than [`MAX_VARIANTS`] texts is a template, not a
//!    repeat. Linked across documents, by the same speaker where either
//!    line is short (`token-levenshtein`).
//! 3. Same core: a line of [`SHORT_MIN_TOKENS`] to [`CORE_MAX_TOKENS`]
//!    words is reduced to its [`Core`] (openers, auxiliaries and stammers
//!    dropped, contractions undone, stems). The same speaker's lines with
//!    one core in other documents are linked (`token-levenshtein`):
//!    "Unfortunately, he doubled it." → "Instead he's doubled it.".

use std::collections::HashMap;

use rayon::prelude::*;

use super::Method;
use super::classify::Link;
use super::core::Core;
use super::ctx::Ctx;
use super::index::{mix, stopwords};
use super::normalize::{CAPITALISED, NUMERIC, SPELLED, Tok, TokSet, token_hash};
use super::semantic::{FORMULA, NEGATIONS};
use crate::text::chars::{is_word_apostrophe, is_word_char_no_hyphen};
use crate::text::lexicon::words;
use crate::text::words::runs;

/// Fewest words of a short line, also with one word changed: "We are
/// grateful." is too common a sentence to be anyone's talking point.
pub const SHORT_MIN_TOKENS: usize = 4;
/// Most words of a short line: longer lines reach the main index.
pub const SHORT_MAX_TOKENS: usize = 12;
/// Fewest content words (outside the stop words and [`FORMULA`]).
pub const SHORT_MIN_CONTENT: usize = 1;
/// Most distinct texts sharing one one-word-changed key.
pub const MAX_VARIANTS: usize = 8;
/// Most words of a line matched by its core (step 3).
pub const CORE_MAX_TOKENS: usize = 16;
/// Fewest tokens of a core: "he doubled it" has three.
pub const CORE_MIN_TOKENS: usize = 3;
/// Questions this short are formulae ("Any update?"), as in the entries
/// step ([`SHORT_QUESTION`](super::SHORT_QUESTION)).
const SHORT_QUESTION: usize = super::SHORT_QUESTION;

words!(
    /// Procedure and deflection formulae ("nothing to add", "all I can
    /// say"): a short line holding one is never matched.
    pub FORMULA_PHRASES = "matching_formula_phrases.txt"
);

/// The links between short lines (see the module documentation).
pub(super) fn links(ctx: &Ctx, texts: &[Vec<u32>]) -> Vec<Link> {
    let short: Vec<bool> = (0..ctx.entries.len() as u32)
        .into_par_iter()
        .map(|e| is_short(ctx, e))
        .collect();
    let mut out: Vec<Link> = texts
        .par_iter()
        .filter(|t| short[ctx.entry_of[t[0] as usize] as usize])
        .flat_map_iter(|t| {
            by_speaker(ctx, t)
                .into_iter()
                .flat_map(|g| ctx.expand_group(&g))
        })
        .filter(|l| ctx.apart(l.from, l.to))
        .collect();
    out.extend(substitutions(ctx, &short));
    out.extend(same_cores(ctx));
    out
}

/// A short line that may be matched: not eligible for the main index,
/// four to twelve words, a content word, no question formula and no
/// formula phrase.
fn is_short(ctx: &Ctx, e: u32) -> bool {
    let entry = &ctx.entries[e as usize];
    let toks = ctx.tokens(e);
    if entry.eligible || toks.len() < SHORT_MIN_TOKENS || toks.len() > SHORT_MAX_TOKENS {
        return false;
    }
    let text = ctx.text(e).trim_end();
    if text.ends_with('?') && toks.len() < SHORT_QUESTION {
        return false;
    }
    let (sw, fw) = (stopwords(), formula());
    let content = toks
        .iter()
        .filter(|t| !sw.contains(t) && !fw.contains(t))
        .count();
    content >= SHORT_MIN_CONTENT && !has_formula_phrase(text)
}

pub(super) fn has_formula_phrase(text: &str) -> bool {
    let lower = text.to_lowercase().replace(is_word_apostrophe, "'");
    let words: Vec<&str> = runs(&lower, is_word_char_no_hyphen)
        .map(|r| &lower[r])
        .collect();
    let joined = format!(" {} ", words.join(" "));
    // each phrase between spaces, made once (was once per phrase and call)
    static PADDED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    PADDED
        .get_or_init(|| FORMULA_PHRASES.iter().map(|p| format!(" {p} ")).collect())
        .iter()
        .any(|p| joined.contains(p.as_str()))
}

pub(super) fn formula() -> &'static TokSet {
    static SET: std::sync::OnceLock<TokSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| FORMULA.iter().map(|w| token_hash(w)).collect())
}

pub(super) fn negations() -> &'static TokSet {
    static SET: std::sync::OnceLock<TokSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| NEGATIONS.iter().map(|w| token_hash(w)).collect())
}

/// The claims of a text group split by speaker (claims with no speaker
/// left out), each group of two or more in rank order.
fn by_speaker(ctx: &Ctx, group: &[u32]) -> Vec<Vec<u32>> {
    let mut out: Vec<(&str, Vec<u32>)> = Vec::new();
    for &c in group {
        let Some(s) = ctx.claims[c as usize].speaker.as_deref() else {
            continue;
        };
        match out.iter_mut().find(|(k, _)| *k == s) {
            Some((_, g)) => g.push(c),
            None => out.push((s, vec![c])),
        }
    }
    out.into_iter()
        .map(|(_, g)| g)
        .filter(|g| g.len() > 1)
        .collect()
}

/// One-word-changed pairs of short entries, as links (step 2).
fn substitutions(ctx: &Ctx, short: &[bool]) -> Vec<Link> {
    let mut keys: HashMap<u64, Vec<u32>> = HashMap::new();
    for e in 0..ctx.entries.len() as u32 {
        let len = ctx.tokens(e).len();
        let usable = short[e as usize] || ctx.entries[e as usize].eligible;
        if !usable || !(SHORT_MIN_TOKENS..=SHORT_MAX_TOKENS).contains(&len) {
            continue;
        }
        for key in sub_keys(ctx.tokens(e), ctx.store.tflags(e)) {
            keys.entry(key).or_default().push(e);
        }
    }
    let mut buckets: Vec<Vec<u32>> = keys
        .into_values()
        .filter(|b| b.len() > 1 && b.len() <= MAX_VARIANTS)
        .collect();
    buckets.sort_unstable();
    buckets.dedup();
    buckets
        .par_iter()
        .flat_map_iter(|b| bucket_links(ctx, b, short, false))
        .collect()
}

/// The core of a short line (step 3), `None` when it is too long or too
/// short, has no content word, or is a formula.
fn core(ctx: &Ctx, e: u32) -> Option<Vec<Tok>> {
    let toks = ctx.tokens(e);
    if !(SHORT_MIN_TOKENS..=CORE_MAX_TOKENS).contains(&toks.len()) {
        return None;
    }
    let text = ctx.text(e).trim_end();
    if (text.ends_with('?') && toks.len() < SHORT_QUESTION) || has_formula_phrase(text) {
        return None;
    }
    let c = Core::of(ctx.store, e);
    (c.toks.len() >= CORE_MIN_TOKENS && c.n_content >= SHORT_MIN_CONTENT).then_some(c.toks)
}

/// The same speaker's lines with one core in different documents (step 3).
fn same_cores(ctx: &Ctx) -> Vec<Link> {
    let cores: Vec<Option<u64>> = (0..ctx.entries.len() as u32)
        .into_par_iter()
        .map(|e| {
            core(ctx, e).map(|c| {
                c.iter().fold(mix(0xC0DE_C0DE, c.len() as u64), |h, t| {
                    mix(h, u64::from(*t))
                })
            })
        })
        .collect();
    let mut keys: HashMap<u64, Vec<u32>> = HashMap::new();
    for (e, k) in cores.iter().enumerate() {
        if let Some(k) = k {
            keys.entry(*k).or_default().push(e as u32);
        }
    }
    let mut buckets: Vec<Vec<u32>> = keys.into_values().filter(|b| b.len() > 1).collect();
    buckets.sort_unstable();
    let none = vec![false; ctx.entries.len()];
    buckets
        .par_iter()
        .flat_map_iter(|b| bucket_links(ctx, b, &none, true))
        .collect()
}

/// Per changeable position of a line: its one-word-left-out key. A word
/// that is a number, a name or a negation is not changeable.
fn sub_keys(toks: &[Tok], flags: &[u8]) -> Vec<u64> {
    let neg = negations();
    (0..toks.len())
        .filter(|&i| flags[i] & (NUMERIC | SPELLED | CAPITALISED) == 0 && !neg.contains(&toks[i]))
        .map(|i| {
            let mut h = mix(0x5151_F00D, toks.len() as u64);
            h = mix(h, i as u64);
            for (j, t) in toks.iter().enumerate() {
                if j != i {
                    h = mix(h, u64::from(*t));
                }
            }
            h
        })
        .collect()
}

/// The links between the entries of one key: each later claim to the most
/// recent earlier claims of another entry in another document (at most
/// `max_links`), by the same speaker where either line is short or
/// `same_speaker` asks it always.
fn bucket_links(ctx: &Ctx, bucket: &[u32], short: &[bool], same_speaker: bool) -> Vec<Link> {
    let mut out = Vec::new();
    let claims: Vec<u32> = {
        let mut v: Vec<u32> = bucket
            .iter()
            .flat_map(|&e| ctx.entries[e as usize].members.iter().copied())
            .collect();
        v.sort_by_key(|&c| ctx.rank[c as usize]);
        v
    };
    for (j, &later) in claims.iter().enumerate() {
        let lc = &ctx.claims[later as usize];
        let le = ctx.entry_of[later as usize];
        let targets = claims[..j].iter().rev().filter(|&&earlier| {
            let ec = &ctx.claims[earlier as usize];
            let ee = ctx.entry_of[earlier as usize];
            let same = lc.speaker.is_some() && ec.speaker == lc.speaker;
            ee != le
                && ctx.apart(earlier, later)
                && (same || !(same_speaker || short[le as usize] || short[ee as usize]))
        });
        for &earlier in targets.take(ctx.opts.max_links) {
            let len = ctx.tokens(le).len() as u32;
            let elen = ctx.tokens(ctx.entry_of[earlier as usize]).len() as u32;
            out.push(Link {
                from: later,
                to: earlier,
                kind: ctx.restated_kind(later, earlier),
                score: 1.0 - 1.0 / f64::from(len.max(1)),
                method: Method::TokenLevenshtein,
                from_tokens: 0..len,
                to_tokens: 0..elen,
            });
        }
    }
    out
}
