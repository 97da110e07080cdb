//! The candidate index: hashed word shingles with a document-frequency cap
//! (passim's rare n-gram trick).
//!
//! Every distinct claim text ("entry") is cut into shingles of
//! [`MatchOptions::shingle`](super::MatchOptions::shingle) consecutive
//! tokens that do not cross an elision and hold at least
//! [`SHINGLE_CONTENT`] content words. A shingle's frequency counts the
//! claims (not entries) that contain it; shingles more frequent than
//! [`MatchOptions::max_df`](super::MatchOptions::max_df) are boilerplate and
//! not indexed, so each posting list holds at most `max_df` entries and the
//! candidates of one claim are bounded by `shingles × max_df` whatever the
//! size of the corpus. Two entries are candidates when they share an
//! indexed shingle.

use std::sync::OnceLock;

use rayon::prelude::*;

use super::MatchOptions;
use super::entries::Entry;
use super::normalize::{GAP_BEFORE, Tok, TokSet, token_hash};
use super::store::Store;

/// A shingle is indexed only if at least this many of its tokens are
/// content words (not in [`STOPWORDS`]).
pub const SHINGLE_CONTENT: usize = 1;

/// Function words and conversational formulae. A claim needs
/// [`MatchOptions::min_content`](super::MatchOptions::min_content) words
/// outside this list to be matched at all, so that "Thank you for your
/// question." or "What is your comment?" never link.
pub const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "aren",
    "arent",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "cannot",
    "cant",
    "could",
    "couldnt",
    "did",
    "didnt",
    "do",
    "does",
    "doesnt",
    "doing",
    "dont",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "hadnt",
    "has",
    "hasnt",
    "have",
    "havent",
    "having",
    "he",
    "hed",
    "hell",
    "her",
    "here",
    "hers",
    "herself",
    "hes",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "id",
    "if",
    "ill",
    "im",
    "in",
    "into",
    "is",
    "isnt",
    "it",
    "its",
    "itself",
    "ive",
    "just",
    "let",
    "lets",
    "like",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "mustnt",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "ought",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "quite",
    "rather",
    "really",
    "same",
    "shall",
    "she",
    "shed",
    "shell",
    "shes",
    "should",
    "shouldnt",
    "so",
    "some",
    "such",
    "than",
    "that",
    "thats",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "theres",
    "these",
    "they",
    "theyd",
    "theyll",
    "theyre",
    "theyve",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "wasnt",
    "we",
    "wed",
    "well",
    "were",
    "weve",
    "werent",
    "what",
    "whats",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "wont",
    "would",
    "wouldnt",
    "yes",
    "yet",
    "you",
    "youd",
    "youll",
    "your",
    "youre",
    "yours",
    "yourself",
    "yourselves",
    "youve", // conversational formulae
    "thank",
    "thanks",
    "please",
    "question",
    "questions",
    "comment",
    "comments",
    "answer",
    "think",
    "know",
    "say",
    "said",
    "tell",
    "told",
    "see",
    "want",
    "like",
    "okay",
    "ok",
    "sure",
    "course",
    "indeed",
    "already",
    "still",
    "something",
    "anything",
    "nothing",
    "everything",
    "thing",
    "things",
    "way",
    "lot",
    "lots",
    "go",
    "going",
    "get",
    "got",
    "one",
    "two",
    "first",
    "second",
    "next",
    "last",
    "today",
    "yesterday",
    "again",
];

/// Hashes of [`STOPWORDS`].
pub fn stopwords() -> &'static TokSet {
    static SET: OnceLock<TokSet> = OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().map(|w| token_hash(w)).collect())
}

/// Number of content (non-stop) words among `tokens`.
pub fn content_count(tokens: &[Tok]) -> usize {
    let sw = stopwords();
    tokens.iter().filter(|t| !sw.contains(t)).count()
}

/// One step of the 64-bit hash combining token ids into shingle ids.
pub fn mix(h: u64, t: u64) -> u64 {
    (h.rotate_left(23) ^ t).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The shingles of a token sequence: hashes of `k` consecutive tokens that
/// do not cross a gap and hold at least [`SHINGLE_CONTENT`] content words,
/// sorted and deduplicated.
pub fn shingles(tokens: &[Tok], flags: &[u8], k: usize) -> Vec<u64> {
    let k = k.max(1);
    if tokens.len() < k {
        return Vec::new();
    }
    let sw = stopwords();
    let content: Vec<bool> = tokens.iter().map(|t| !sw.contains(t)).collect();
    let mut out = Vec::with_capacity(tokens.len() + 1 - k);
    'win: for s in 0..=tokens.len() - k {
        for f in &flags[s + 1..s + k] {
            if f & GAP_BEFORE != 0 {
                continue 'win;
            }
        }
        if content[s..s + k].iter().filter(|c| **c).count() < SHINGLE_CONTENT {
            continue;
        }
        let mut h = 0x51_7C_C1_B7_27_22_0A_95u64 ^ k as u64;
        for t in &tokens[s..s + k] {
            h = mix(h, u64::from(*t));
        }
        out.push(h);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The inverted index over entries, reduced to what candidate generation
/// needs: for each entry, the posting lists (of rare shingles shared with
/// at least one other entry) it belongs to.
#[derive(Debug, Default)]
pub struct Index {
    /// Concatenated posting lists (entry ids, ascending within a list).
    postings: Vec<u32>,
    /// Start of each posting list in `postings` (one extra at the end).
    lists: Vec<u32>,
    /// Concatenated list ids per entry.
    entry_lists: Vec<u32>,
    /// Start of each entry's list ids (one extra at the end).
    entry_start: Vec<u32>,
    /// Hash of each posting list's shingle (ascending).
    list_hash: Vec<u64>,
    /// Frequency (claims) of each posting list's shingle.
    list_df: Vec<u32>,
    /// Per entry: number of its shingles that are rare (frequency ≤ cap),
    /// including those no other entry has.
    pub rare: Vec<u32>,
    /// Number of distinct shingles seen.
    pub distinct_shingles: usize,
    /// Number of indexed (rare, shared) posting lists.
    pub indexed_lists: usize,
}

impl Index {
    /// Builds the index. `shingles[e]` are entry `e`'s shingles (sorted,
    /// deduplicated; empty for entries not to be indexed), `weight[e]` the
    /// number of claims the entry stands for.
    pub fn build(shingles: &[Vec<u64>], weight: &[u32], max_df: usize) -> Index {
        let pairs: Vec<(u64, u32)> = shingles
            .par_iter()
            .enumerate()
            .flat_map_iter(|(e, s)| s.iter().map(move |h| (*h, e as u32)))
            .collect();
        Index::from_pairs(pairs, shingles.len(), weight, max_df)
    }

    /// [`Index::build`] from the (shingle, entry) pairs of `n` entries, in
    /// any order.
    fn from_pairs(mut pairs: Vec<(u64, u32)>, n: usize, weight: &[u32], max_df: usize) -> Index {
        pairs.par_sort_unstable();
        let mut idx = Index {
            rare: vec![0; n],
            ..Index::default()
        };
        idx.lists.push(0);
        let mut member_of: Vec<(u32, u32)> = Vec::new();
        let mut i = 0;
        while i < pairs.len() {
            let h = pairs[i].0;
            let mut j = i;
            let mut df = 0u64;
            while j < pairs.len() && pairs[j].0 == h {
                df += u64::from(weight.get(pairs[j].1 as usize).copied().unwrap_or(1));
                j += 1;
            }
            idx.distinct_shingles += 1;
            if df <= max_df as u64 {
                for p in &pairs[i..j] {
                    idx.rare[p.1 as usize] += 1;
                }
                if j - i >= 2 {
                    let list = (idx.lists.len() - 1) as u32;
                    idx.list_hash.push(h);
                    idx.list_df.push(df as u32);
                    for p in &pairs[i..j] {
                        idx.postings.push(p.1);
                        member_of.push((p.1, list));
                    }
                    idx.lists.push(idx.postings.len() as u32);
                }
            }
            i = j;
        }
        idx.indexed_lists = idx.lists.len() - 1;
        drop(pairs);
        member_of.par_sort_unstable();
        idx.entry_start = Vec::with_capacity(n + 1);
        idx.entry_lists = Vec::with_capacity(member_of.len());
        let mut k = 0;
        for e in 0..n as u32 {
            idx.entry_start.push(idx.entry_lists.len() as u32);
            while k < member_of.len() && member_of[k].0 == e {
                idx.entry_lists.push(member_of[k].1);
                k += 1;
            }
        }
        idx.entry_start.push(idx.entry_lists.len() as u32);
        idx
    }

    /// The frequency (in claims) of an indexed shingle; `None` for shingles
    /// that are frequent or found in one entry only.
    pub fn df(&self, shingle: u64) -> Option<u32> {
        self.list_hash
            .binary_search(&shingle)
            .ok()
            .map(|i| self.list_df[i])
    }

    /// The entries sharing an indexed shingle with `e` whose id is lower
    /// than `e`'s, ascending by id, each with the number of shingles shared
    /// and the lowest frequency among them.
    pub fn candidates(&self, e: u32, out: &mut Vec<Candidate>) {
        let mut raw = Vec::new();
        self.candidates_with(e, out, &mut raw);
    }

    /// [`Index::candidates`] with a scratch buffer reused across calls.
    pub fn candidates_with(&self, e: u32, out: &mut Vec<Candidate>, raw: &mut Vec<(u32, u32)>) {
        out.clear();
        raw.clear();
        let eu = e as usize;
        if eu + 1 >= self.entry_start.len() {
            return;
        }
        let lists =
            &self.entry_lists[self.entry_start[eu] as usize..self.entry_start[eu + 1] as usize];
        for &l in lists {
            let l = l as usize;
            let df = self.list_df[l];
            for &y in &self.postings[self.lists[l] as usize..self.lists[l + 1] as usize] {
                if y >= e {
                    break;
                }
                raw.push((y, df));
            }
        }
        raw.sort_unstable();
        let mut i = 0;
        while i < raw.len() {
            let mut j = i;
            while j < raw.len() && raw[j].0 == raw[i].0 {
                j += 1;
            }
            out.push(Candidate {
                entry: raw[i].0,
                shared: (j - i) as u32,
                min_df: raw[i].1,
            });
            i = j;
        }
    }
}

/// A candidate entry for a probe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// The candidate entry.
    pub entry: u32,
    /// Number of indexed shingles shared with the probe.
    pub shared: u32,
    /// Lowest frequency (claims) among the shared shingles.
    pub min_df: u32,
}

/// Step 3, **index**: the shingle index over the eligible entries, and per
/// entry whether it is informative (eligible, holds an indexed shingle, and
/// has at most `max_df` copies); only informative entries are verified.
/// Entries per parallel job of [`shingle_pairs`].
const PAIR_GROUP: usize = 4096;

/// The (shingle, entry) pairs of the eligible entries, in entry order. The
/// shingles are counted first, so the pairs are allocated once at their
/// size and filled in place: a collected parallel iterator of unknown
/// length, or a list of lists, held them about twice over (the peak memory
/// of a big corpus).
fn shingle_pairs(entries: &[Entry], store: &Store, k: usize) -> Vec<(u64, u32)> {
    let of = |e: usize| {
        if entries[e].eligible {
            shingles(store.tokens(e as u32), store.tflags(e as u32), k)
        } else {
            Vec::new()
        }
    };
    let counts: Vec<usize> = (0..entries.len())
        .into_par_iter()
        .map(|e| of(e).len())
        .collect();
    let mut pairs = vec![(0u64, 0u32); counts.iter().sum()];
    let mut jobs = Vec::new();
    let mut rest: &mut [(u64, u32)] = &mut pairs;
    for g in (0..entries.len()).step_by(PAIR_GROUP) {
        let group = g..(g + PAIR_GROUP).min(entries.len());
        let len = counts[group.clone()].iter().sum();
        let (head, tail) = std::mem::take(&mut rest).split_at_mut(len);
        jobs.push((group, head));
        rest = tail;
    }
    jobs.into_par_iter().for_each(|(group, out)| {
        let mut at = 0;
        for e in group {
            for h in of(e) {
                out[at] = (h, e as u32);
                at += 1;
            }
        }
    });
    pairs
}

pub(super) fn index_entries(
    entries: &[Entry],
    store: &Store,
    opts: &MatchOptions,
) -> (Index, Vec<bool>) {
    let index = {
        let pairs = shingle_pairs(entries, store, opts.shingle);
        let weights: Vec<u32> = entries.iter().map(|e| e.members.len() as u32).collect();
        Index::from_pairs(pairs, entries.len(), &weights, opts.max_df)
    };
    let informative: Vec<bool> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| e.eligible && index.rare[i] > 0 && e.members.len() <= opts.max_df)
        .collect();
    (index, informative)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::normalize::normalize;

    fn sh(s: &str, k: usize) -> Vec<u64> {
        let n = normalize(s);
        shingles(&n.hashes, &n.flags, k)
    }

    #[test]
    fn shingles_skip_gaps_and_function_words() {
        // 7 tokens, k = 3: 5 windows
        assert_eq!(sh("Lavrov met Linde in Moscow on Tuesday", 3).len(), 5);
        assert!(sh("and so it was in the", 3).is_empty());
        // windows crossing the gap are skipped: "met linde in", "linde in moscow"
        let with_gap = sh("Lavrov met Linde \u{2026} in Moscow on Tuesday", 3);
        assert_eq!(with_gap.len(), 3);
        assert_eq!(
            sh("Lavrov met Linde", 3),
            sh("LAVROV \u{2013} met \u{201C}Linde\u{201D}", 3)
        );
    }

    #[test]
    fn frequent_shingles_are_not_indexed() {
        let texts = [
            "alpha beta gamma delta",
            "alpha beta gamma epsilon",
            "alpha beta gamma zeta",
            "delta omega sigma tau",
        ];
        let sets: Vec<Vec<u64>> = texts.iter().map(|t| sh(t, 3)).collect();
        // "alpha beta gamma" occurs 3 times: indexed with cap 3, not with cap 2
        let idx = Index::build(&sets, &[1, 1, 1, 1], 3);
        let mut out = Vec::new();
        idx.candidates(2, &mut out);
        let c = |entry, shared, min_df| Candidate {
            entry,
            shared,
            min_df,
        };
        assert_eq!(out, vec![c(0, 1, 3), c(1, 1, 3)]);
        let idx = Index::build(&sets, &[1, 1, 1, 1], 2);
        idx.candidates(2, &mut out);
        assert!(out.is_empty());
        assert_eq!(idx.rare, vec![1, 1, 1, 2]);
        // an entry standing for 3 identical claims makes its shingles frequent
        let idx = Index::build(&sets, &[3, 1, 1, 1], 4);
        idx.candidates(2, &mut out);
        assert!(out.is_empty());
    }
}
