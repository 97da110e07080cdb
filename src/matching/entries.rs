//! Step 2, **entries**: claims with the same tokens and quotation segments
//! form one [`Entry`], so the index and the alignments run once per
//! distinct text; claims with the same tokens also form text groups, linked
//! directly (`exact`). The entries' token data then goes into the
//! [`Store`](super::store::Store).

use rayon::prelude::*;

use super::MatchOptions;
use super::attribution::{Surnames, attributed_surnames};
use super::index::{self, content_count};
use super::normalize::{Tok, TokSet};
use super::prepare::Prep;
use crate::model::Claim;

/// Questions shorter than this (in words) and quoting nothing are
/// formulae ("How far has this issue progressed?"), never matched.
pub const SHORT_QUESTION: usize = 8;

/// A distinct normalised text and the claims that have it.
#[derive(Debug)]
pub(super) struct Entry {
    /// Claim indices, by rank.
    pub(super) members: Vec<u32>,
    /// Long enough and with enough content words to be matched.
    pub(super) eligible: bool,
    /// Contains a reporting verb.
    pub(super) has_verb: bool,
    /// Surnames of the members' speakers (sorted).
    pub(super) surnames: Vec<Tok>,
    /// Surnames of corpus speakers named next to a reporting verb (sorted).
    pub(super) attributed: Vec<Tok>,
    /// Surnames of the people reported speech is attributed to, from the
    /// claims' metadata (speaker and co-speakers of reported claims).
    pub(super) reported: Vec<Tok>,
}

/// Groups the claims into entries (same tokens and quotation segments) and
/// describes each; also returns the text groups, the claims with the same
/// tokens whatever their quotations (two or more, by rank), which are
/// linked directly. Entries are in the rank order of their first member.
pub(super) fn build_entries(
    claims: &[Claim],
    preps: &[Prep],
    rank: &[u32],
    names: &Surnames,
    opts: &MatchOptions,
) -> (Vec<Entry>, Vec<Vec<u32>>) {
    let (groups, texts) = group_claims(preps, rank);
    let all_surnames = names.all();
    let entries = groups
        .into_par_iter()
        .map(|members| make_entry(members, claims, preps, names, &all_surnames, opts))
        .collect();
    (entries, texts)
}

/// Per claim: the index of its entry.
pub(super) fn entry_of(entries: &[Entry], n: usize) -> Vec<u32> {
    let mut entry_of = vec![0u32; n];
    for (e, en) in entries.iter().enumerate() {
        for &m in &en.members {
            entry_of[m as usize] = e as u32;
        }
    }
    entry_of
}

/// The claims of each entry and the text groups (see [`build_entries`]),
/// both sorted by the rank of their first member, members by rank.
fn group_claims(preps: &[Prep], rank: &[u32]) -> (Vec<Vec<u32>>, Vec<Vec<u32>>) {
    let keys = entry_keys(preps);
    let mut idx: Vec<u32> = (0..preps.len() as u32).collect();
    idx.par_sort_unstable_by_key(|&i| (keys[i as usize], rank[i as usize]));
    let same_text = |a: u32, b: u32| preps[a as usize].norm.hashes == preps[b as usize].norm.hashes;
    let same_quotes = |a: u32, b: u32| preps[a as usize].quotes == preps[b as usize].quotes;
    let mut groups: Vec<Vec<u32>> = Vec::new();
    let mut texts: Vec<Vec<u32>> = Vec::new();
    let mut i = 0;
    while i < idx.len() {
        let mut j = i + 1;
        while j < idx.len() && keys[idx[j] as usize].0 == keys[idx[i] as usize].0 {
            j += 1;
        }
        if j == i + 1 {
            groups.push(vec![idx[i]]);
            i = j;
            continue;
        }
        for text in classes(&idx[i..j], &same_text, rank) {
            let mut by_quotes: Vec<u32> = text.clone();
            by_quotes.sort_by_key(|&c| (keys[c as usize].1, rank[c as usize]));
            let mut a = 0;
            while a < by_quotes.len() {
                let mut b = a + 1;
                while b < by_quotes.len()
                    && keys[by_quotes[b] as usize].1 == keys[by_quotes[a] as usize].1
                {
                    b += 1;
                }
                groups.extend(classes(&by_quotes[a..b], &same_quotes, rank));
                a = b;
            }
            if text.len() > 1 {
                texts.push(text);
            }
        }
        i = j;
    }
    texts.sort_by_key(|g| rank[g[0] as usize]);
    groups.sort_by_key(|g| rank[g[0] as usize]);
    (groups, texts)
}

/// Per claim: a hash of its tokens and a hash of its quotation segments.
fn entry_keys(preps: &[Prep]) -> Vec<(u64, u64)> {
    // the text (tokens) and the quotations, hashed apart
    preps
        .par_iter()
        .map(|p| {
            let mut t = 0x2545_F491_4F6C_DD1Du64;
            for &h in &p.norm.hashes {
                t = index::mix(t, u64::from(h));
            }
            let mut q = 0x9E37_79B9_7F4A_7C15u64;
            for r in &p.quotes {
                q = index::mix(q, u64::from(r.start) << 32 | u64::from(r.end));
            }
            (t, q)
        })
        .collect()
}

/// Splits a run of equal hashes into true classes (a collision is
/// practically impossible; this keeps it harmless), keeping rank order.
fn classes(run: &[u32], same: &dyn Fn(u32, u32) -> bool, rank: &[u32]) -> Vec<Vec<u32>> {
    let mut out: Vec<Vec<u32>> = Vec::new();
    for &c in run {
        match out.iter_mut().find(|g| same(g[0], c)) {
            Some(g) => g.push(c),
            None => out.push(vec![c]),
        }
    }
    for g in &mut out {
        g.sort_by_key(|&c| rank[c as usize]);
    }
    out
}

/// The entry of `members` (claims with the same text and quotations, by
/// rank): whether it can be matched, and the speakers it names, has and
/// reports.
fn make_entry(
    members: Vec<u32>,
    claims: &[Claim],
    preps: &[Prep],
    names: &Surnames,
    all_surnames: &TokSet,
    opts: &MatchOptions,
) -> Entry {
    let p = &preps[members[0] as usize];
    let toks = &p.norm.hashes;
    let text = claims[members[0] as usize].text.trim_end();
    let short_question = text.ends_with('?') && toks.len() < SHORT_QUESTION && p.quotes.is_empty();
    let eligible =
        toks.len() >= opts.min_tokens && content_count(toks) >= opts.min_content && !short_question;
    let (has_verb, attributed) = attributed_surnames(toks, all_surnames);
    let mut surnames: Vec<Tok> = members
        .iter()
        .filter_map(|&m| {
            claims[m as usize]
                .speaker
                .as_deref()
                .and_then(|n| names.of(n))
        })
        .collect();
    surnames.sort_unstable();
    surnames.dedup();
    let mut reported: Vec<Tok> = members
        .iter()
        .map(|&m| &claims[m as usize])
        .filter(|c| c.is_reported())
        .flat_map(|c| c.speaker.iter().chain(&c.co_speakers))
        .filter_map(|n| names.of(n))
        .collect();
    reported.sort_unstable();
    reported.dedup();
    Entry {
        members,
        eligible,
        has_verb,
        surnames,
        attributed,
        reported,
    }
}
