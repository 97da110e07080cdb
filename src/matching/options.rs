//! What [`find_matches`](super::find_matches) is given and gives back:
//! its options ([`MatchOptions`], with defaults, validation and clamping),
//! the measure that decided each edge ([`Method`]), the result
//! ([`Matches`]) and its counters ([`MatchStats`]).

use super::semantic;
use crate::model::MatchEdge;

/// Thresholds and sizes for [`find_matches`](super::find_matches). Every field has a documented
/// default (see [`MatchOptions::default`]); out-of-range values are clamped,
/// and [`MatchOptions::validate`] reports them.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchOptions {
    /// Words per shingle in the candidate index. Default 5 (passim's
    /// default): long enough that a shared shingle is rarely chance, short
    /// enough that a one-word edit in an 8-word sentence leaves one intact.
    pub shingle: usize,
    /// Document-frequency cap: shingles found in more claims than this are
    /// not indexed for alignment. Bounds the candidates per claim; frequent
    /// lines are still found by [`semantic`]. Default 50.
    pub max_df: usize,
    /// Claims (and quotations) with fewer normalised words are not
    /// matched. Default 5.
    pub min_tokens: usize,
    /// Claims with fewer content words (outside
    /// [`index::STOPWORDS`](super::index::STOPWORDS)) are
    /// not matched. Default 3: "Thank you for your question." has none.
    pub min_content: usize,
    /// Character-level normalised Levenshtein similarity at or above which
    /// two whole claims are near-verbatim (`levenshtein`). Default 0.85.
    pub near_threshold: f64,
    /// Token-level similarity (1 − word edit distance / longer length) at or
    /// above which two whole claims are the same text lightly edited
    /// (`token-levenshtein`). Default 0.8: one changed word in five (a
    /// one-word edit of an 8-word sentence passes; at 0.75 recombined
    /// sentences sharing most of their words start to pass too).
    pub edit_threshold: f64,
    /// Share of the shorter claim's words that must align, in order, inside
    /// the longer one (`containment`). Default 0.9.
    pub containment_threshold: f64,
    /// Shortest claim (in words) matched by containment in a longer one.
    /// Default 8.
    pub min_containment_tokens: usize,
    /// Similarity the aligned part of a quotation must reach (`quote`).
    /// Default 0.8.
    pub quote_threshold: f64,
    /// Shortest aligned quotation, in words. Default 5.
    pub min_quote_tokens: usize,
    /// Shortest shared phrase, in words, for a paraphrase that names the
    /// earlier claim's speaker (`attributed-phrase`). Default 7: a run of
    /// seven identical words is rarely chance (a common threshold in text
    /// reuse detection), while five-word runs recur in political speech.
    pub min_phrase_tokens: usize,
    /// Partial alignments (a quotation of part of a sentence, a sentence
    /// inside a longer one, a shared phrase) count only if the aligned words
    /// hold a shingle found in at most this many claims: a fragment that
    /// recurs across the corpus is a formula, not a quotation. Default 5.
    pub partial_max_df: usize,
    /// Two claims sharing a single indexed shingle are compared only if
    /// that shingle is found in at most this many claims; sharing two or
    /// more always suffices. Default 10.
    pub single_max_df: usize,
    /// Find `related` edges. Default true.
    pub related: bool,
    /// Link a speaker's talking points said again in other words
    /// (`talking-point`, `talking.rs`). Default true.
    pub talking_points: bool,
    /// Minimum related score: the share of the lighter claim's feature
    /// weight that the two claims share (see [`related`](super::related)). Default 0.45.
    pub related_threshold: f64,
    /// Most edges kept from one claim to earlier claims (strongest first).
    /// Default 10.
    pub max_links: usize,
    /// Find restatements and paraphrases with the inverted index, weighted
    /// overlap and sentence embeddings ([`semantic`]). Default true.
    pub semantic: bool,
    /// Use the static sentence embeddings in [`semantic`] (default true);
    /// without them only restatements (weighted overlap) are found there.
    pub embeddings: bool,
    /// Mean of weighted Dice overlap and embedding cosine at or above which
    /// two claims paraphrase each other (`semantic`). Default
    /// [`semantic::SEMANTIC_SCORE`].
    pub semantic_threshold: f64,
    /// Embedding cosine a `semantic` pair must also reach. Default
    /// [`semantic::SEMANTIC_COSINE`].
    pub semantic_cosine: f64,
    /// Share of the longer claim's weighted content a restatement must
    /// cover (`restated`). Default [`semantic::RESTATED_COVER`].
    pub restated_cover: f64,
}

impl Default for MatchOptions {
    fn default() -> Self {
        MatchOptions {
            shingle: 5,
            max_df: 50,
            min_tokens: 5,
            min_content: 3,
            near_threshold: 0.85,
            edit_threshold: 0.8,
            containment_threshold: 0.9,
            min_containment_tokens: 8,
            quote_threshold: 0.8,
            min_quote_tokens: 5,
            min_phrase_tokens: 7,
            partial_max_df: 5,
            single_max_df: 10,
            related: true,
            talking_points: true,
            related_threshold: 0.45,
            max_links: 10,
            semantic: true,
            embeddings: true,
            semantic_threshold: f64::from(semantic::SEMANTIC_SCORE),
            semantic_cosine: f64::from(semantic::SEMANTIC_COSINE),
            restated_cover: f64::from(semantic::RESTATED_COVER),
        }
    }
}

impl MatchOptions {
    /// Checks that every value is in range; the message names the option.
    pub fn validate(&self) -> Result<(), crate::Error> {
        let unit = [
            ("near-threshold", self.near_threshold),
            ("edit-threshold", self.edit_threshold),
            ("containment-threshold", self.containment_threshold),
            ("quote-threshold", self.quote_threshold),
            ("related-threshold", self.related_threshold),
            ("semantic-threshold", self.semantic_threshold),
            ("semantic-cosine", self.semantic_cosine),
            ("restated-cover", self.restated_cover),
        ];
        for (name, v) in unit {
            if !(0.0..=1.0).contains(&v) || v.is_nan() {
                return Err(crate::Error::Options(format!(
                    "--{name} must be between 0 and 1, got {v}"
                )));
            }
        }
        let sizes = [
            ("shingle", self.shingle, 1, 16),
            ("max-df", self.max_df, 2, usize::MAX),
            ("min-tokens", self.min_tokens, 1, usize::MAX),
            ("min-quote-tokens", self.min_quote_tokens, 1, usize::MAX),
            ("min-phrase-tokens", self.min_phrase_tokens, 1, usize::MAX),
            (
                "min-containment-tokens",
                self.min_containment_tokens,
                1,
                usize::MAX,
            ),
            ("max-links", self.max_links, 1, usize::MAX),
            ("partial-max-df", self.partial_max_df, 2, usize::MAX),
        ];
        for (name, v, lo, hi) in sizes {
            if v < lo || v > hi {
                return Err(crate::Error::Options(format!(
                    "--{name} must be between {lo} and {hi}, got {v}"
                )));
            }
        }
        Ok(())
    }

    /// A copy with every value clamped into range.
    pub(super) fn sanitized(&self) -> MatchOptions {
        let unit = |v: f64, d: f64| if v.is_nan() { d } else { v.clamp(0.0, 1.0) };
        let d = MatchOptions::default();
        MatchOptions {
            shingle: self.shingle.clamp(1, 16),
            max_df: self.max_df.max(2),
            min_tokens: self.min_tokens.max(1),
            min_content: self.min_content,
            near_threshold: unit(self.near_threshold, d.near_threshold),
            edit_threshold: unit(self.edit_threshold, d.edit_threshold),
            containment_threshold: unit(self.containment_threshold, d.containment_threshold),
            min_containment_tokens: self.min_containment_tokens.max(1),
            quote_threshold: unit(self.quote_threshold, d.quote_threshold),
            min_quote_tokens: self.min_quote_tokens.max(1),
            min_phrase_tokens: self.min_phrase_tokens.max(1),
            partial_max_df: self.partial_max_df.max(2),
            single_max_df: self.single_max_df,
            related: self.related,
            talking_points: self.talking_points,
            related_threshold: unit(self.related_threshold, d.related_threshold),
            max_links: self.max_links.max(1),
            semantic: self.semantic,
            embeddings: self.embeddings,
            semantic_threshold: unit(self.semantic_threshold, d.semantic_threshold),
            semantic_cosine: unit(self.semantic_cosine, d.semantic_cosine),
            restated_cover: unit(self.restated_cover, d.restated_cover),
        }
    }
}

/// Counters describing one matching run (for profiling and the summary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatchStats {
    /// Claims given.
    pub claims: usize,
    /// Distinct normalised claim texts.
    pub entries: usize,
    /// Entries eligible for matching (long enough, informative).
    pub eligible: usize,
    /// Distinct shingles.
    pub shingles: usize,
    /// Posting lists indexed (rare shingles shared by two or more entries).
    pub indexed_lists: usize,
    /// Candidate entry pairs (sharing an indexed shingle).
    pub candidates: usize,
    /// Candidate pairs that passed the bag-of-words screen or needed an
    /// alignment.
    pub verified: usize,
    /// Edges before the per-claim cap.
    pub raw_edges: usize,
}

/// The result of [`find_matches`](super::find_matches).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Matches {
    /// One edge per linked pair of claims, from the later to the earlier,
    /// sorted by `(from, to)`.
    pub edges: Vec<MatchEdge>,
    /// Per claim: index of the earliest claim it derives from through
    /// quotes and repeats edges; itself if none.
    pub source: Vec<usize>,
    /// Per claim: the earliest claim (by date, then corpus order) of its
    /// talking-point cluster, the claims joined by quotes, repeats and
    /// paraphrases links; itself when it is linked to none.
    pub cluster: Vec<usize>,
    /// Counters.
    pub stats: MatchStats,
}

/// The measure that decided an edge (the edge's `method`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Method {
    /// Identical normalised text.
    Exact,
    /// Character-level normalised Levenshtein similarity.
    Levenshtein,
    /// Word-level Levenshtein similarity.
    TokenLevenshtein,
    /// The shorter claim aligned inside the longer one.
    Containment,
    /// A quotation aligned with the source.
    Quote,
    /// Containment in a claim that names the source's speaker with a
    /// reporting verb.
    AttributedContainment,
    /// A shared phrase in a claim that names the source's speaker with a
    /// reporting verb.
    AttributedPhrase,
    /// Shared rare names, numbers and dates.
    SharedFeatures,
    /// A passage of words shared by two claims, most of the shorter one.
    Passage,
    /// One claim's weighted content inside the other's ([`semantic`]).
    Restated,
    /// Weighted overlap and sentence-embedding cosine ([`semantic`]).
    Semantic,
    /// Weighted overlap with words replaced by synonyms ([`semantic`]).
    Reworded,
    /// Reported speech and the earlier claim of the person it is
    /// attributed to that holds most of its content words (`reports.rs`).
    AttributedOverlap,
    /// Reported speech and a source its context makes likely (the
    /// speaker's earlier claim in the same document, the same reporter's
    /// earlier report of them) holding fewer of its content words than
    /// `AttributedOverlap` asks (`reports.rs`).
    AttributedContext,
    /// A speaker's restatement framed as said before ("As I said earlier,
    /// ⟨…⟩") and their earlier claim holding most of it (`reports.rs`).
    SaidBefore,
    /// A speaker's rare phrase and most of its content words said again
    /// in another document (`talking.rs`).
    TalkingPoint,
    /// A short quotation and the earlier claims that say its words
    /// (`fragments.rs`).
    QuotedFragment,
    /// One speaker's rare figure and what it is about said again in
    /// another document (`figures.rs`).
    SameFigure,
    /// One speaker's rare pair of words and more rare words said again in
    /// another document (`talking.rs`).
    SharedTheme,
}

impl Method {
    /// The name used in the outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Exact => "exact",
            Method::Levenshtein => "levenshtein",
            Method::TokenLevenshtein => "token-levenshtein",
            Method::Containment => "containment",
            Method::Quote => "quote",
            Method::AttributedContainment => "attributed-containment",
            Method::AttributedPhrase => "attributed-phrase",
            Method::SharedFeatures => "shared-features",
            Method::Passage => "shared-passage",
            Method::Restated => "restated",
            Method::AttributedOverlap => "attributed-overlap",
            Method::AttributedContext => "attributed-context",
            Method::SaidBefore => "said-before",
            Method::Semantic => "semantic",
            Method::Reworded => "reworded",
            Method::TalkingPoint => "talking-point",
            Method::QuotedFragment => "quoted-fragment",
            Method::SameFigure => "same-figure",
            Method::SharedTheme => "shared-theme",
        }
    }
}
