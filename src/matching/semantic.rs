//! Restatements and paraphrases: claims that say the same thing again in
//! part or in other words, found through an inverted index and verified
//! with weighted word overlap and sentence embeddings.
//!
//! The shingle index ([`super::index`]) finds copies that share runs of
//! words, and drops the most frequent runs. This step finds what it
//! cannot: a talking point said in every briefing (however often: no
//! frequency cut), a sentence inside a longer one, the same sentence in the
//! third person or another tense, the same content in other words.
//!
//! 1. **Features.** Each eligible entry's content words (outside
//!    [`super::index::STOPWORDS`] and the conversational [`FORMULA`] words)
//!    become crude stems, weighted by inverse document frequency over the
//!    entries (BM25's idf). Pronouns, auxiliaries and tense endings are
//!    stop words or cut by the stem, so "We are ready to resume talks" and
//!    "he said they were ready to resume talks" share every feature.
//!    Its sentence vector is the idf-weighted mean of its words' static
//!    embeddings ([`crate::embed`]), when the model is present.
//! 2. **Retrieval.** An inverted index from stem to entries. An entry looks
//!    up its stems rarest first, summing the weights of what each earlier
//!    entry shares, until [`POSTINGS_BUDGET`] postings have been read: a
//!    stem in many claims costs work only for entries with no rarer stem,
//!    and is never dropped from the comparison itself. The
//!    [`CANDIDATES`] best earlier entries are verified.
//! 3. **Verification.** `overlap` = the shared weight over the lighter
//!    entry's weight (a weighted overlap coefficient, so a sentence inside a
//!    longer one scores 1); `cosine` = the sentence vectors' cosine. A pair
//!    is a `restatement` when overlap ≥ [`RESTATED_OVERLAP`] (and the
//!    cosine, when there is a model, ≥ [`RESTATED_COSINE`]), and `semantic`
//!    when the mean of the two is ≥ [`SEMANTIC_SCORE`]. Without the model,
//!    only restatements are found.
//! 4. **Guards.** Two nearly identical claims that differ in a name, a
//!    number or a negation state different facts ("Russia is ready" /
//!    "Estonia is ready", "$1.7 trillion" / "$2 trillion", "would" /
//!    "would not"): see [`Guard::contradicts`], applied to every link that
//!    is not a verbatim copy.

use rayon::prelude::*;
use std::collections::BinaryHeap;

use super::classify::Link;
use super::core::frame_end;
use super::ctx::Ctx;
use super::entries::Entry;
use super::guard::Guard;
pub use super::guard::{AUX_NEGATIONS, AUXILIARIES, NEGATIONS};
use super::index::stopwords;
use super::normalize::{Tok, TokSet, normalized_words, token_hash};
use super::store::Store;
use super::synonyms;
use crate::embed::{self, Packed, StaticModel, Vector};
use crate::model::Claim;
use crate::text::lexicon::words;

/// Most postings read when an entry looks up its stems.
pub const POSTINGS_BUDGET: usize = 1_200;
/// Most postings read for one stem: the most recent earlier entries that
/// hold it. A sentence made only of common words still finds its recent
/// restatements, and older ones through them.
pub const TERM_BUDGET: usize = 400;
/// Earlier entries verified per entry (the best by shared weight).
pub const CANDIDATES: usize = 16;
/// Fewest distinct content stems for an entry to be matched here: "Thank
/// you, Karine." has none, "You personally received 3,100 likes." four.
pub const MIN_FEATURES: usize = 3;
/// Weighted overlap (over the lighter claim) at or above which one claim
/// restates the other.
pub const RESTATED_OVERLAP: f32 = 0.9;
/// Share of the heavier claim's weight a restatement must cover: "As I
/// said on Tuesday, ⟨sentence⟩, and that has not changed" passes; a long
/// sentence that happens to hold a short one's few words does not.
pub const RESTATED_COVER: f32 = 0.75;
/// Fewest content stems of the restated (lighter) claim: three shared
/// words are too often chance.
pub const RESTATED_MIN_FEATURES: usize = 4;
/// A restatement framed by a reporting verb ("As I said on Tuesday, ⟨…⟩,
/// and that has not changed") may cover less of the framing claim, down to
/// this share, if the restated claim has at least
/// [`FRAMED_MIN_FEATURES`] content stems.
pub const FRAMED_COVER: f32 = 0.3;
/// See [`FRAMED_COVER`].
pub const FRAMED_MIN_FEATURES: usize = 6;
/// Cosine a restatement must also reach when the model is present: the
/// same words in a different sense ("the talks were not about security" /
/// "security is not about talks") fall below it.
pub const RESTATED_COSINE: f32 = 0.6;
/// Mean of the weighted Dice overlap and the cosine at or above which two claims paraphrase each
/// other (`semantic`). Chosen on the development sets so that a
/// hand-judged sample of the links is at least 80% right.
pub const SEMANTIC_SCORE: f32 = 0.75;
/// Cosine a `semantic` pair must reach on its own.
pub const SEMANTIC_COSINE: f32 = 0.75;
/// Fewest distinct content stems of the lighter claim for a restatement
/// with synonyms (`reworded`): the words of short claims are too easily
/// swapped by chance.
pub const REWORDED_MIN_FEATURES: usize = 6;
/// Share of the lighter claim's weight it must share word for word with
/// the other before synonyms are looked for.
pub const REWORDED_EXACT: f32 = 0.45;
/// Share of the lighter claim's weight inside the other, synonyms counted,
/// for a restatement with synonyms.
pub const REWORDED_OVERLAP: f32 = 0.85;
/// Where the restatement covers less than `--restated-cover` of the
/// heavier claim (a sentence cut short: "We reminded them about this
/// outrageous act." of a longer one), the heavier claim's words from its
/// first to its last matched one must be matched at least this densely,
/// and its first word must be one of them.
pub const REWORDED_DENSITY: f32 = 0.8;

/// Longest run of identical words two claims may share and still be
/// judged by the embeddings (`semantic`). Claims that share a longer
/// verbatim fragment are quotations or restatements of that fragment, or
/// different sentences built around the same phrase; the alignment rules
/// (quote, containment, `restated`) decide those. Paraphrases in the
/// development sets share runs of at most four words in 85% of cases;
/// on the generated corpus, where sentences are stitched from shared
/// fragments, 98% of the false `semantic` links share five or more.
pub const MAX_SHARED_RUN: usize = 4;
/// Unshared content stems on the closer side up to which two claims count
/// as nearly identical for the [`Guard`].
pub const NEAR_DIFF: usize = 2;

words!(
    /// Conversational words: greetings, thanks, procedure. Not content, so a
    /// claim made only of them ("Good afternoon, everybody.", "Go ahead,
    /// Jeff.", "Next question, please.") is never matched here.
    pub FORMULA = "matching_formula.txt"
);

/// How a semantic link was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SemMethod {
    /// Weighted overlap (one claim's content inside the other).
    Restated,
    /// Overlap and embedding cosine together.
    Semantic,
    /// Weighted overlap with words replaced by synonyms.
    Reworded,
}

/// An entry pair found here (`x` later in entry order).
#[derive(Debug, Clone)]
pub(super) struct SemPair {
    pub x: u32,
    pub y: u32,
    pub score: f64,
    pub method: SemMethod,
}

fn formula() -> &'static TokSet {
    static SET: std::sync::OnceLock<TokSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| FORMULA.iter().map(|w| token_hash(w)).collect())
}

/// Per-entry features.
#[derive(Debug, Default)]
struct Feats {
    /// Distinct content stems with their weights, sorted by stem.
    stems: Vec<(Tok, f32)>,
    /// Sum of the weights.
    mass: f32,
    /// Unit sentence vector, packed (none without a model).
    vector: Option<Box<Packed>>,
    /// The guard of what the claim states, after its frame ("Frankly
    /// speaking, …"); with the model, a common word that opens it is not
    /// a name ("Information from …" / "Data from …").
    guard: Guard,
    /// (stem, token) of each content word in order (with the model only).
    words: Vec<(Tok, Tok)>,
}

/// BM25's inverse document frequency of a feature in `df` of `n` entries:
/// positive however common the feature (a two-document corpus still
/// weighs its shared words).
pub(super) fn idf(n: f32, df: f32) -> f32 {
    ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
}

/// Content stems of an entry (distinct, sorted), numbers included.
pub(super) fn content_stems(tokens: &[Tok], stems: &[Tok]) -> Vec<Tok> {
    let mut out = content_sequence(tokens, stems);
    out.sort_unstable();
    out.dedup();
    out
}

/// The stems of an entry's content words in the order they are said.
pub(super) fn content_sequence(tokens: &[Tok], stems: &[Tok]) -> Vec<Tok> {
    content_words(tokens, stems)
        .into_iter()
        .map(|(s, _)| s)
        .collect()
}

/// (stem, token) of an entry's content words in the order they are said.
fn content_words(tokens: &[Tok], stems: &[Tok]) -> Vec<(Tok, Tok)> {
    let (sw, fw) = (stopwords(), formula());
    tokens
        .iter()
        .zip(stems)
        .filter(|(t, _)| !sw.contains(t) && !fw.contains(t))
        .map(|(t, s)| (*s, *t))
        .collect()
}

/// Vectors and weights of the distinct words of the matched entries, by
/// token id (sorted).
struct WordVectors {
    ids: Vec<Tok>,
    /// Per word: its vector (if the vocabulary spells it) and its weight,
    /// ln(entries / entries holding it).
    vectors: Vec<(Option<Vector>, f32)>,
    /// Per word: its lemmas in the synonym table ([`synonyms::lemmas`]).
    lemmas: Vec<Vec<Tok>>,
}

impl WordVectors {
    fn build(model: &StaticModel, inp: &Input, raw: &[Vec<Tok>]) -> WordVectors {
        let st = inp.store;
        let n = inp.entries.len();
        // (token, entry, position) of every token of a matched entry; sorted,
        // the first of each token gives its text, the count its frequency
        let mut occ: Vec<(Tok, u32, u32)> = (0..n as u32)
            .into_par_iter()
            .filter(|&e| raw[e as usize].len() >= MIN_FEATURES)
            .flat_map_iter(|e| {
                st.tokens(e)
                    .iter()
                    .enumerate()
                    .map(move |(i, &t)| (t, e, i as u32))
            })
            .collect();
        occ.par_sort_unstable();
        let mut firsts: Vec<(Tok, u32, u32, u32)> = Vec::new(); // token, entry, pos, df
        let mut i = 0;
        while i < occ.len() {
            let (t, e, p) = occ[i];
            let mut df = 0u32;
            let mut last = u32::MAX;
            while i < occ.len() && occ[i].0 == t {
                if occ[i].1 != last {
                    df += 1;
                    last = occ[i].1;
                }
                i += 1;
            }
            firsts.push((t, e, p, df));
        }
        drop(occ);
        let nf = n.max(1) as f32;
        // Each entry's words are normalised once, for all the words first
        // seen in it: once per word made a single sentence of a million
        // words (thousands of them distinct) take minutes.
        let mut by_entry: Vec<u32> = (0..firsts.len() as u32).collect();
        by_entry.sort_unstable_by_key(|&k| firsts[k as usize].1);
        let groups: Vec<&[u32]> = by_entry
            .chunk_by(|&a, &b| firsts[a as usize].1 == firsts[b as usize].1)
            .collect();
        let found: Vec<(u32, Option<Vector>, f32, Vec<Tok>)> = groups
            .par_iter()
            .flat_map_iter(|g| {
                let e = firsts[g[0] as usize].1;
                let text = &inp.claims[inp.entries[e as usize].members[0] as usize].text;
                let words = normalized_words(text);
                g.iter()
                    .map(|&k| {
                        let (_, _, p, df) = firsts[k as usize];
                        let w = words.get(p as usize);
                        let v = w.and_then(|w| model.word_vector(w));
                        let l = w.map(|w| synonyms::lemmas(w)).unwrap_or_default();
                        (k, v, idf(nf, df as f32), l)
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        let mut vectors: Vec<(Option<Vector>, f32)> = vec![(None, 0.0); firsts.len()];
        let mut lemmas: Vec<Vec<Tok>> = vec![Vec::new(); firsts.len()];
        for (k, v, w, l) in found {
            vectors[k as usize] = (v, w);
            lemmas[k as usize] = l;
        }
        WordVectors {
            ids: firsts.iter().map(|f| f.0).collect(),
            vectors,
            lemmas,
        }
    }

    /// Word `t`'s lemmas in the synonym table (empty if none).
    fn lemmas(&self, t: Tok) -> &[Tok] {
        match self.ids.binary_search(&t) {
            Ok(i) => &self.lemmas[i],
            Err(_) => &[],
        }
    }

    fn get(&self, t: Tok) -> Option<(&Vector, f32)> {
        let i = self.ids.binary_search(&t).ok()?;
        let (v, w) = &self.vectors[i];
        v.as_ref().map(|v| (v, *w))
    }
}

/// The inputs of [`find`].
pub(super) struct Input<'a> {
    pub claims: &'a [Claim],
    pub entries: &'a [Entry],
    pub store: &'a Store,
    /// Entries that may be matched at all (long enough).
    pub eligible: &'a [bool],
    pub use_model: bool,
    /// [`SEMANTIC_SCORE`] unless the user chose otherwise.
    pub semantic_score: f32,
    /// [`SEMANTIC_COSINE`] unless the user chose otherwise.
    pub semantic_cosine: f32,
    /// [`RESTATED_COVER`] unless the user chose otherwise.
    pub restated_cover: f32,
}

/// Finds restatements and paraphrases between entries. Deterministic:
/// pairs come out sorted by `(x, y)`.
pub(super) fn find(inp: &Input) -> Vec<SemPair> {
    let n = inp.entries.len();
    let st = inp.store;
    let raw: Vec<Vec<Tok>> = (0..n as u32)
        .into_par_iter()
        .map(|e| {
            if inp.eligible[e as usize] {
                let start = frame_end(st.tokens(e));
                content_stems(&st.tokens(e)[start..], &st.stems(e)[start..])
            } else {
                Vec::new()
            }
        })
        .collect();
    let freq = stem_frequencies(&raw);
    let model = if inp.use_model {
        StaticModel::get()
    } else {
        None
    };
    // word-level weights and vectors for the sentence embeddings
    let wv = model.map(|m| WordVectors::build(m, inp, &raw));
    let feats = entry_feats(inp, &raw, &freq, wv.as_ref());
    // (the content stems live on in `feats`)
    drop(raw);
    drop(freq);
    let post = Postings::new(&feats);
    // (few, large jobs: each thread's score array is allocated once a job)
    let per: Vec<Vec<SemPair>> = (0..n as u32)
        .into_par_iter()
        .with_min_len(4096)
        .map_init(
            || (vec![0f32; n], Vec::<u32>::new()),
            |(acc, touched), x| {
                let fx = &feats[x as usize];
                if fx.stems.is_empty() {
                    return Vec::new();
                }
                let mut out: Vec<SemPair> = post
                    .candidates(x, fx, acc, touched)
                    .into_iter()
                    .filter_map(|(_, y)| verify(inp, wv.as_ref(), fx, &feats[y as usize], x, y))
                    .collect();
                out.sort_by_key(|p| p.y);
                out
            },
        )
        .collect();
    per.into_iter().flatten().collect()
}

/// Document frequency of stems over entries: (stem, entries), sorted by
/// stem.
fn stem_frequencies(raw: &[Vec<Tok>]) -> Vec<(Tok, u32)> {
    let mut all: Vec<Tok> = raw.iter().flatten().copied().collect();
    all.par_sort_unstable();
    let mut freq: Vec<(Tok, u32)> = Vec::new();
    for &t in &all {
        match freq.last_mut() {
            Some((l, c)) if *l == t => *c += 1,
            _ => freq.push((t, 1)),
        }
    }
    freq
}

/// Each entry's idf-weighted stems, their mass, its sentence embedding
/// (with the model's word vectors `wv`) and its [`Guard`]; nothing for an
/// entry with fewer than [`MIN_FEATURES`] content stems.
fn entry_feats(
    inp: &Input,
    raw: &[Vec<Tok>],
    freq: &[(Tok, u32)],
    wv: Option<&WordVectors>,
) -> Vec<Feats> {
    let st = inp.store;
    let df = |t: Tok| -> usize {
        freq.binary_search_by_key(&t, |f| f.0)
            .map_or(0, |i| freq[i].1 as usize)
    };
    let nf = inp.entries.len().max(1) as f32;
    (0..inp.entries.len() as u32)
        .into_par_iter()
        .map(|e| {
            let r = &raw[e as usize];
            if r.len() < MIN_FEATURES {
                return Feats::default();
            }
            let stems: Vec<(Tok, f32)> = r.iter().map(|&s| (s, idf(nf, df(s) as f32))).collect();
            let mass = stems.iter().map(|s| s.1).sum();
            let vector = wv.map(|wv| {
                let mut v = [0f32; embed::DIMS];
                for &t in st.tokens(e) {
                    if let Some((w, weight)) = wv.get(t) {
                        embed::add_scaled(&mut v, w, weight);
                    }
                }
                embed::normalise(&mut v);
                Box::new(Packed::pack(&v))
            });
            let toks = st.tokens(e);
            // what the claim states, after its frame ("Frankly speaking,
            // …"): a common word that opens it is not a name ("Information
            // from …" / "Data from …")
            let start = frame_end(toks);
            let mut guard = Guard::of(toks, st.tflags(e), start..toks.len());
            let words = match wv {
                Some(wv) => {
                    if let Some(&t) = toks.get(start)
                        && !wv.lemmas(t).is_empty()
                    {
                        guard.forget_name(t);
                    }
                    content_words(&toks[start..], &st.stems(e)[start..])
                }
                None => Vec::new(),
            };
            Feats {
                stems,
                mass,
                vector,
                guard,
                words,
            }
        })
        .collect()
}

/// The inverted index: stem → entries (ascending).
struct Postings {
    /// The distinct stems with the start of their lists (a small table that
    /// stays in cache), and a last row (`Tok::MAX`, end).
    heads: Vec<(Tok, u32)>,
    /// The lists themselves, entry ids only.
    post: Vec<u32>,
}

impl Postings {
    fn new(feats: &[Feats]) -> Self {
        let mut post: Vec<(Tok, u32)> = feats
            .iter()
            .enumerate()
            .flat_map(|(e, f)| f.stems.iter().map(move |s| (s.0, e as u32)))
            .collect();
        post.par_sort_unstable();
        let mut heads: Vec<(Tok, u32)> = Vec::new();
        for (i, p) in post.iter().enumerate() {
            if heads.last().is_none_or(|h| h.0 != p.0) {
                heads.push((p.0, i as u32));
            }
        }
        heads.push((Tok::MAX, post.len() as u32));
        let post: Vec<u32> = post.into_iter().map(|p| p.1).collect();
        Postings { heads, post }
    }

    /// The entries holding stem `t`, ascending.
    fn list(&self, t: Tok) -> &[u32] {
        let heads = &self.heads;
        match heads[..heads.len() - 1].binary_search_by_key(&t, |h| h.0) {
            Ok(i) => &self.post[heads[i].1 as usize..heads[i + 1].1 as usize],
            Err(_) => &[],
        }
    }

    /// Entry `x`'s best [`CANDIDATES`] earlier entries, best first: the
    /// weights of the stems they share, read rarest stem first within
    /// [`POSTINGS_BUDGET`] (and [`TERM_BUDGET`] a stem). `acc` (one score a
    /// entry, all zero) and `touched` (empty) are scratch space, left as
    /// they were found.
    fn candidates(
        &self,
        x: u32,
        fx: &Feats,
        acc: &mut [f32],
        touched: &mut Vec<u32>,
    ) -> Vec<(f32, u32)> {
        let mut order: Vec<&(Tok, f32)> = fx.stems.iter().collect();
        order.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut read = 0usize;
        for (s, w) in order {
            if read >= POSTINGS_BUDGET {
                break;
            }
            let l = self.list(*s);
            // only earlier entries (the list is ascending), the most
            // recent first
            let l = &l[..l.partition_point(|&p| p < x)];
            let l = &l[l.len().saturating_sub(TERM_BUDGET)..];
            read += l.len();
            for &p in l {
                if acc[p as usize] == 0.0 {
                    touched.push(p);
                }
                acc[p as usize] += w;
            }
        }
        // the best CANDIDATES in one pass: a heap whose top is the worst
        // kept, so most entries cost one comparison (a selection over all
        // of them was a sixth of this step)
        let mut top: BinaryHeap<Ranked> = BinaryHeap::with_capacity(CANDIDATES + 1);
        for &y in touched.iter() {
            let c = Ranked(acc[y as usize], y);
            acc[y as usize] = 0.0;
            if top.len() < CANDIDATES {
                top.push(c);
            } else if let Some(mut worst) = top.peek_mut()
                && c < *worst
            {
                *worst = c;
            }
        }
        touched.clear();
        top.into_sorted_vec()
            .into_iter()
            .map(|Ranked(s, y)| (s, y))
            .collect()
    }
}

/// A candidate's shared weight and entry, ordered best first: higher
/// weight, then the lower entry id (a total order, so the candidates
/// kept never depend on the order they were found in).
#[derive(Clone, Copy)]
struct Ranked(f32, u32);

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        other.0.total_cmp(&self.0).then(self.1.cmp(&other.1))
    }
}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Ranked {}

/// The weight of the stems two sorted stem lists share, and how many.
fn shared_weight(a: &[(Tok, f32)], b: &[(Tok, f32)]) -> (f32, usize) {
    // without branches on the comparison (see `verify::common_tokens`)
    let (mut i, mut j, mut shared, mut common) = (0, 0, 0f32, 0usize);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i].0, b[j].0);
        let same = x == y;
        shared += if same { a[i].1 } else { 0.0 };
        common += usize::from(same);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    (shared, common)
}

fn verify(
    inp: &Input,
    wv: Option<&WordVectors>,
    fx: &Feats,
    fy: &Feats,
    x: u32,
    y: u32,
) -> Option<SemPair> {
    let (a, b) = (&fx.stems, &fy.stems);
    let (shared, common) = shared_weight(a, b);
    let lighter = fx.mass.min(fy.mass);
    if lighter <= 0.0 {
        return None;
    }
    let overlap = (shared / lighter).min(1.0);
    let cover = (shared / fx.mass.max(fy.mass)).min(1.0);
    let dice = (2.0 * shared / (fx.mass + fy.mass)).min(1.0);
    let (da, db) = (a.len() - common, b.len() - common);
    // a changed name or number matters when one claim is (nearly) inside
    // the other; a negation only when both say the same words but for one
    // ("As I said, ⟨…⟩, and that has not changed" negates its frame, not
    // the claim)
    if da.min(db) <= NEAR_DIFF && fx.guard.contradicts_facts(&fy.guard)
        || da + db <= 1 && fx.guard.negated != fy.guard.negated
    {
        return None;
    }
    let cosine = match (&fx.vector, &fy.vector) {
        (Some(p), Some(q)) => Some(p.dot(q)),
        _ => None,
    };
    let pair = |score: f32, method| SemPair {
        x,
        y,
        score: f64::from(score),
        method,
    };
    // the heavier claim restates the lighter one as what was said ("As I
    // said on Tuesday, ⟨…⟩, and that has not changed"): its reporting verb
    // makes up for the words around the restatement
    let (lighter_e, heavier_e) = if fx.mass <= fy.mass { (x, y) } else { (y, x) };
    let lighter_len = a.len().min(b.len());
    let framed = lighter_len >= FRAMED_MIN_FEATURES
        && cover >= FRAMED_COVER
        && inp.entries[heavier_e as usize].has_verb
        && !inp.entries[lighter_e as usize].has_verb;
    if overlap >= RESTATED_OVERLAP
        && lighter_len >= RESTATED_MIN_FEATURES
        && (cover >= inp.restated_cover || framed)
        && cosine.is_none_or(|c| c >= RESTATED_COSINE)
        && same_negation(inp.store, (x, fx), (y, fy))
    {
        return Some(pair(overlap, SemMethod::Restated));
    }
    if let Some(wv) = wv
        && cosine.is_none_or(|c| c >= RESTATED_COSINE)
        && let Some(o) = reworded(wv, fx, fy, shared, inp.restated_cover)
        && same_negation(inp.store, (x, fx), (y, fy))
    {
        return Some(pair(o, SemMethod::Reworded));
    }
    let c = cosine?;
    let score = (dice + c) / 2.0;
    if c < inp.semantic_cosine
        || score < inp.semantic_score
        || longest_common_run(inp.store.tokens(x), inp.store.tokens(y)) > MAX_SHARED_RUN
    {
        return None;
    }
    Some(pair(score, SemMethod::Semantic))
}

/// Whether two entries that say (much of) the same words negate them
/// alike: each one's words from the first to the last stem the two share
/// hold an odd number of negations in both or in neither. The words
/// around the shared ones do not count ("As I said, ⟨…⟩, and that has not
/// changed" negates its frame, not ⟨…⟩), the words among them do ("the
/// main task is to understand" / "As Putin said, the main task is not to
/// understand").
fn same_negation(st: &Store, (x, fx): (u32, &Feats), (y, fy): (u32, &Feats)) -> bool {
    let shared = |f: &Feats, s: Tok| f.stems.binary_search_by_key(&s, |p| p.0).is_ok();
    let region = |e: u32, other: &Feats| -> bool {
        let stems = st.stems(e);
        let first = stems.iter().position(|&s| shared(other, s));
        let last = stems.iter().rposition(|&s| shared(other, s));
        match (first, last) {
            (Some(a), Some(b)) => Guard::of(st.tokens(e), st.tflags(e), a..b + 1).negated,
            _ => false,
        }
    };
    region(x, fy) == region(y, fx)
}

/// A restatement with synonyms: the lighter claim's content is at least
/// [`REWORDED_OVERLAP`] inside the heavier one when words the synonym
/// table pairs count as shared (each word of the heavier claim stands for
/// one word at most; names never), it keeps the heavier claim's names,
/// numbers and negation, and it covers `restated_cover` of the heavier
/// claim or a dense stretch from its start ([`REWORDED_DENSITY`]).
/// `shared` is the weight of the stems both hold. Returns the overlap.
fn reworded(
    wv: &WordVectors,
    fx: &Feats,
    fy: &Feats,
    shared: f32,
    restated_cover: f32,
) -> Option<f32> {
    let (l, h) = if fx.mass <= fy.mass {
        (fx, fy)
    } else {
        (fy, fx)
    };
    if l.stems.len() < REWORDED_MIN_FEATURES
        || shared < REWORDED_EXACT * l.mass
        || !l.guard.within(&h.guard)
    {
        return None;
    }
    let weight = |f: &Feats, s: Tok| {
        f.stems
            .binary_search_by_key(&s, |p| p.0)
            .map_or(0.0, |i| f.stems[i].1)
    };
    let holds = |f: &Feats, s: Tok| f.stems.binary_search_by_key(&s, |p| p.0).is_ok();
    // the heavier claim's words the lighter one lacks, with their lemmas
    let mut spare: Vec<(Tok, &[Tok])> = Vec::new();
    for &(s, t) in &h.words {
        let lem = wv.lemmas(t);
        if !holds(l, s) && !lem.is_empty() && !h.guard.is_name(t) && !spare.iter().any(|p| p.0 == s)
        {
            spare.push((s, lem));
        }
    }
    let mut matched: Vec<Tok> = Vec::new();
    let mut seen: Vec<Tok> = Vec::new();
    let mut soft = 0f32;
    for &(s, t) in &l.words {
        if holds(h, s) || seen.contains(&s) || l.guard.is_name(t) {
            continue;
        }
        seen.push(s);
        let lem = wv.lemmas(t);
        if let Some(k) = spare
            .iter()
            .position(|p| !matched.contains(&p.0) && synonyms::related(lem, p.1))
        {
            matched.push(spare[k].0);
            soft += weight(l, s);
        }
    }
    let overlap = ((shared + soft) / l.mass).min(1.0);
    // without synonyms this is `restated`'s, which has been tried: a
    // sentence cut short and said word for word is not linked here, as it
    // is most often two sentences that open alike
    if soft == 0.0 || overlap < REWORDED_OVERLAP {
        return None;
    }
    if shared + soft >= restated_cover * h.mass {
        return Some(overlap);
    }
    // a sentence cut short: the matched words of the heavier claim make a
    // dense stretch from its start (a part from the middle of a sentence
    // reworded is too often a chance overlap of two sentences that share
    // a phrase)
    let hit: Vec<bool> = h
        .words
        .iter()
        .map(|&(s, _)| holds(l, s) || matched.contains(&s))
        .collect();
    let last = hit.iter().rposition(|&b| b)?;
    let inside = hit[..=last].iter().filter(|&&b| b).count();
    (hit[0] && inside as f32 >= REWORDED_DENSITY * (last + 1) as f32).then_some(overlap)
}

/// Length of the longest run of tokens found in both `a` and `b`.
fn longest_common_run(a: &[Tok], b: &[Tok]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    let mut best = 0;
    for &ta in a {
        for (j, &tb) in b.iter().enumerate() {
            cur[j + 1] = if ta == tb { prev[j] + 1 } else { 0 };
            best = best.max(cur[j + 1]);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    best
}

/// Step 6, **semantic**: restatements and paraphrases among the eligible
/// entries ([`find`]), as claim links ([`Ctx::expand_semantic`]).
pub(super) fn links(ctx: &Ctx) -> Vec<Link> {
    let opts = ctx.opts;
    let eligible: Vec<bool> = ctx.entries.iter().map(|e| e.eligible).collect();
    let pairs = find(&Input {
        claims: ctx.claims,
        entries: ctx.entries,
        store: ctx.store,
        eligible: &eligible,
        use_model: opts.embeddings,
        semantic_score: opts.semantic_threshold as f32,
        semantic_cosine: opts.semantic_cosine as f32,
        restated_cover: opts.restated_cover as f32,
    });
    pairs
        .par_iter()
        .flat_map_iter(|p| ctx.expand_semantic(p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::normalize::normalize;

    fn guard(s: &str) -> Guard {
        let n = normalize(s);
        Guard::of(&n.hashes, &n.flags, 0..n.len())
    }

    #[test]
    fn guard_separates_different_facts() {
        let g = guard("Moscow is ready to resume talks with Russia on the treaty.");
        assert!(g.contradicts(&guard(
            "Moscow is ready to resume talks with Estonia on the treaty."
        )));
        assert!(g.contradicts(&guard(
            "Moscow is not ready to resume talks with Russia on the treaty."
        )));
        assert!(!g.contradicts(&guard(
            "He said Moscow was ready to resume talks with Russia on the treaty."
        )));
        let n = guard("The deficit fell by $1.7 trillion.");
        assert!(n.contradicts(&guard("The deficit fell by $2 trillion.")));
        let m = guard("There are 23 million Americans out of work.");
        assert!(!m.contradicts(&guard(
            "There are Twenty-three million Americans out of work."
        )));
        assert!(m.contradicts(&guard(
            "There are twenty-five million Americans out of work."
        )));
        // "not" after a noun is no clause negation
        assert!(
            !guard("Report the facts rather than rumours.")
                .contradicts(&guard("Report facts, not rumours."))
        );
        assert!(!n.contradicts(&guard("The deficit fell by $1.7 trillion last year.")));
        // a name said twice counts twice: the second one was replaced
        let twice =
            guard("It must be resolved between the leaders of Russia, Azerbaijan and Russia.");
        assert!(twice.contradicts(&guard(
            "It must be resolved between the leaders of Russia, Azerbaijan and the Netherlands."
        )));
        assert!(!twice.contradicts(&guard(
            "As I said, it must be resolved between the leaders of Russia, Azerbaijan and Russia."
        )));
    }

    #[test]
    fn common_runs() {
        let t = |s: &str| normalize(s).hashes;
        let a = t("I won't get ahead of the President's remarks.");
        let b = t("I'm not going to get ahead of the President's decision.");
        assert_eq!(longest_common_run(&a, &b), 5);
        assert_eq!(longest_common_run(&a, &[]), 0);
    }

    #[test]
    fn formulae_have_no_content() {
        let n = normalize("Good afternoon, everybody. Thank you, next question please.");
        assert!(content_stems(&n.hashes, &n.stems).is_empty());
        let n = normalize("You personally received 3,100 likes.");
        assert_eq!(content_stems(&n.hashes, &n.stems).len(), 4);
    }
}
