//! Reported speech checked against the person it is attributed to.
//!
//! A claim reported in someone else's turn ("Governor Romney said this has
//! to be done on a bipartisan basis.", "He said when I took office, the
//! price of gasoline was $1.80") names who said it. That person's own
//! earlier claim holding most of the report's content words is what was
//! reported ("I think something this big, this important has to be done
//! on a bipartisan basis."), in another document or earlier in the same
//! one, however the reporter shifted persons and tenses around the words.
//! The link says whether the quote was faithful: its score is the share of
//! the report's weighted content words found in the source.
//!
//! Candidates come from an inverted index, per reported speaker, of that
//! speaker's own claims by content stem (no all-pairs work). A report is
//! linked to its best earlier candidate when that candidate holds at least
//! [`MIN_COVER`] of the report's content-stem weight and at least
//! [`MIN_SHARED`] of its stems, and either [`PHRASE_FREE_SHARED`] of them or
//! two that the report says together ("act of terror") said together
//! there too, and neither is negated where the other is (method
//! `attributed-overlap`). Failing that, it is linked to a source its
//! context makes likely, holding [`CONTEXT_COVER`] of its weight and a
//! phrase of it (method `attributed-context`): the speaker's earlier claim
//! in the same document (a reporter's "you mentioned early on that …"
//! restates a line of the same briefing loosely), the same reporter's
//! earlier report of the speaker (a charge said again in another debate),
//! or, for a report said to its speaker ("Governor Romney, you said …"),
//! their earlier claim in any document that says a phrase of two words
//! they rarely use ([`ADDRESSED_MAX_DF`]).
//!
//! The speaker's index holds their own claims and the reports of them; a
//! report is a source only through its context.
//!
//! A speaker's own sentence framed as a restatement ("As I said earlier,
//! ⟨…⟩": [`restated_part`]) is looked up the same way among their earlier
//! claims, in any document, by what it frames (method `said-before`).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use rayon::prelude::*;

use super::classify::Link;
use super::core::restated_part;
use super::ctx::Ctx;
use super::guard::Guard;
use super::normalize::Tok;
use super::options::Method;
use super::semantic::{content_sequence, content_stems};

/// Least share of a report's content-stem weight (idf over its speaker's
/// claims) that its source must hold.
pub const MIN_COVER: f32 = 0.7;
/// Fewest content stems a report and its source must share.
pub const MIN_SHARED: usize = 2;
/// Shared content stems from which the source need not say any two of
/// them together as the report does.
pub const PHRASE_FREE_SHARED: usize = 3;
/// Most documents whose claims may hold a report's words: in more, the
/// words are a phrase the speaker uses often, not one line reported.
pub const MAX_SOURCE_DOCS: usize = 4;
/// Most postings read for one stem: a stem in more of the speaker's claims
/// says nothing about which one was reported (its weight still counts).
pub const POSTINGS_BUDGET: usize = 2_000;
/// Least share of a report's content-stem weight that a source **its
/// context makes likely** must hold, when no claim holds [`MIN_COVER`]:
/// an earlier claim of its speaker in the same document, or the same
/// reporter's earlier report of the same speaker. A reporter who says "you
/// mentioned early on that the China balloon might have been giving
/// limited additive capabilities" restates, in their own words, a line of
/// the official's a few minutes before ("these balloons have provided
/// limited additive capabilities"); a candidate who says "he was going to
/// create daylight between ourselves and Israel" in one debate said "he
/// was going to put daylight between us and Israel" in the one before.
/// The source must also say two content words of the report together, as
/// the report does ("limited additive", "pre-existing conditions"): on the
/// development sets, a lower share or no shared phrase gave more wrong
/// sources than right ones.
pub const CONTEXT_COVER: f32 = 0.45;
/// Fewest content stems of a report linked through its context: "He has
/// said it for the last two years." says too little to tell which line.
pub const CONTEXT_MIN_STEMS: usize = 3;

/// Most of the speaker's claims each word of a phrase may be found in for
/// a report said to the speaker ("Governor Romney, you said this was an
/// example of an American policy in the Middle East that is unraveling
/// before our very eyes") to be linked through it to their claim in an
/// earlier document: a common word of theirs ("president", "make") says
/// nothing of which line was meant.
pub const ADDRESSED_MAX_DF: usize = 3;

/// Step **reports**: each report or framed restatement not linked yet (not
/// in `sourced`) to the earlier claim of its speaker that holds most of its
/// content.
pub(super) fn links(ctx: &Ctx, sourced: &HashSet<u32>) -> Vec<Link> {
    let n = ctx.claims.len() as u32;
    let queries: Vec<Query> = (0..n)
        .into_par_iter()
        .filter(|c| !sourced.contains(c))
        .filter_map(|c| Query::report(ctx, c).or_else(|| Query::restatement(ctx, c)))
        .collect();
    if queries.is_empty() {
        return Vec::new();
    }
    let mut own: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for q in &queries {
        if let Some(s) = ctx.claims[q.claim as usize].speaker.as_deref() {
            own.entry(s).or_default();
        }
    }
    for c in 0..n {
        let claim = &ctx.claims[c as usize];
        if (!claim.is_reported() || is_report(ctx, c))
            && let Some(list) = claim.speaker.as_deref().and_then(|s| own.get_mut(s))
        {
            list.push(c);
        }
    }
    let indexes: BTreeMap<&str, SpeakerIndex> = own
        .into_iter()
        .map(|(s, claims)| (s, SpeakerIndex::new(ctx, claims)))
        .collect();
    queries
        .par_iter()
        .filter_map(|q| {
            let speaker = ctx.claims[q.claim as usize].speaker.as_deref()?;
            let to = indexes.get(speaker)?.source(ctx, q)?;
            Some((q.claim, to))
        })
        .map(|(r, (to, cover, method))| {
            ctx.whole_link((r, to), ctx.restated_kind(r, to), f64::from(cover), method)
        })
        .collect()
}

/// Words reported in another speaker's turn, attributed to a named person.
fn is_report(ctx: &Ctx, c: u32) -> bool {
    let claim = &ctx.claims[c as usize];
    claim.is_reported() && claim.speaker.is_some() && claim.reported_by != claim.speaker
}

/// A claim whose source is looked for among one speaker's earlier claims:
/// a report (in someone else's turn, attributed to the speaker) or the
/// speaker's own restatement ("As I said before, there is an
/// investigation underway").
struct Query {
    claim: u32,
    /// The content stems of what it reports or restates (distinct, sorted).
    want: Vec<Tok>,
    /// The same stems in order.
    seq: Vec<Tok>,
    /// A restatement framed by its own speaker, not a report.
    restated: bool,
}

impl Query {
    fn report(ctx: &Ctx, c: u32) -> Option<Query> {
        is_report(ctx, c).then(|| Query {
            claim: c,
            want: stems(ctx, c),
            seq: sequence(ctx, c),
            restated: false,
        })
    }

    /// The part of its speaker's own claim `c` that a restatement opener
    /// or tail frames as said before ([`restated_part`]: "As I said
    /// earlier, ⟨…⟩"), with [`CONTEXT_MIN_STEMS`] content stems or more.
    fn restatement(ctx: &Ctx, c: u32) -> Option<Query> {
        let claim = &ctx.claims[c as usize];
        if claim.is_reported() || claim.speaker.is_none() {
            return None;
        }
        let e = ctx.entry_of[c as usize];
        let (toks, st) = (ctx.store.tokens(e), ctx.store.stems(e));
        let part = restated_part(toks)?;
        let want = content_stems(&toks[part.clone()], &st[part.clone()]);
        (want.len() >= CONTEXT_MIN_STEMS).then(|| Query {
            claim: c,
            want,
            seq: content_sequence(&toks[part.clone()], &st[part]),
            restated: true,
        })
    }

    /// Whether claim `c` of the speaker may be what this query reports or
    /// restates: earlier, and for a report in another document or apart
    /// from it ([`Ctx::apart`]); for a restatement not a report, and in
    /// another sentence.
    fn may_source(&self, ctx: &Ctx, c: u32) -> bool {
        let r = self.claim;
        if ctx.rank[c as usize] >= ctx.rank[r as usize] {
            return false;
        }
        if !self.restated {
            return ctx.apart(r, c);
        }
        let (a, b) = (&ctx.claims[r as usize], &ctx.claims[c as usize]);
        !b.is_reported()
            && (a.doc_index != b.doc_index
                || a.range.start >= b.range.end
                || b.range.start >= a.range.end)
    }
}

/// The content stems of claim `c` (distinct, sorted).
fn stems(ctx: &Ctx, c: u32) -> Vec<Tok> {
    let e = ctx.entry_of[c as usize];
    content_stems(ctx.store.tokens(e), ctx.store.stems(e))
}

/// The stems of claim `c`'s content words in order.
fn sequence(ctx: &Ctx, c: u32) -> Vec<Tok> {
    let e = ctx.entry_of[c as usize];
    content_sequence(ctx.store.tokens(e), ctx.store.stems(e))
}

/// Whether claim `c` is negated: a report that negates what its speaker
/// said ("doesn't grow our economy" against "to grow the economy") is not
/// what was said.
fn negated(ctx: &Ctx, c: u32) -> bool {
    let e = ctx.entry_of[c as usize];
    let toks = ctx.store.tokens(e);
    Guard::of(toks, ctx.store.tflags(e), 0..toks.len()).negated
}

/// Consecutive content stems of a claim (sorted, distinct).
fn adjacent_pairs(seq: &[Tok]) -> Vec<(Tok, Tok)> {
    let mut pairs: Vec<(Tok, Tok)> = seq.windows(2).map(|w| (w[0], w[1])).collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// How many pairs of content stems consecutive in the report (`pairs`)
/// are consecutive in `seq` too: the source says a phrase of the report
/// ("an act of terror", "the price of gasoline"), not two of its words
/// apart.
fn shared_pairs(pairs: &[(Tok, Tok)], seq: &[Tok]) -> usize {
    let mut found: Vec<(Tok, Tok)> = seq
        .windows(2)
        .map(|w| (w[0], w[1]))
        .filter(|p| pairs.binary_search(p).is_ok())
        .collect();
    found.sort_unstable();
    found.dedup();
    found.len()
}

/// One speaker's own claims, indexed by content stem.
struct SpeakerIndex {
    postings: HashMap<Tok, Vec<u32>>,
    /// Content stems per claim.
    sizes: HashMap<u32, usize>,
    claims: usize,
}

impl SpeakerIndex {
    fn new(ctx: &Ctx, claims: Vec<u32>) -> Self {
        let mut postings: HashMap<Tok, Vec<u32>> = HashMap::new();
        let mut sizes = HashMap::new();
        for &c in &claims {
            let st = stems(ctx, c);
            sizes.insert(c, st.len());
            for t in st {
                postings.entry(t).or_default().push(c);
            }
        }
        SpeakerIndex {
            postings,
            sizes,
            claims: claims.len(),
        }
    }

    /// Whether stem `t` is in at most [`ADDRESSED_MAX_DF`] of the
    /// speaker's claims.
    fn rare(&self, t: Tok) -> bool {
        self.postings.get(&t).map_or(0, Vec::len) <= ADDRESSED_MAX_DF
    }

    /// The weight of a stem in this speaker's claims: BM25's idf.
    fn weight(&self, t: Tok) -> f32 {
        let df = self.postings.get(&t).map_or(0, Vec::len) as f32;
        let n = self.claims as f32;
        ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
    }

    /// The claims that may be what query `q` reports or restates
    /// ([`Query::may_source`]), with the weight and number of its content
    /// stems each holds.
    fn shared(&self, ctx: &Ctx, q: &Query) -> HashMap<u32, (f32, usize)> {
        let mut acc: HashMap<u32, (f32, usize)> = HashMap::new();
        for &t in &q.want {
            let Some(list) = self.postings.get(&t) else {
                continue;
            };
            if list.len() > POSTINGS_BUDGET {
                continue;
            }
            let w = self.weight(t);
            for &c in list {
                if q.may_source(ctx, c) {
                    let e = acc.entry(c).or_default();
                    e.0 += w;
                    e.1 += 1;
                }
            }
        }
        acc
    }

    /// The earlier claim query `q` most likely reports or restates, the
    /// share of its weight found there and the method, when that share is
    /// enough.
    fn source(&self, ctx: &Ctx, q: &Query) -> Option<(u32, f32, Method)> {
        let (r, want) = (q.claim, &q.want);
        if want.len() < MIN_SHARED {
            return None;
        }
        let total: f32 = want.iter().map(|&t| self.weight(t)).sum();
        if total <= 0.0 {
            return None;
        }
        let acc = self.shared(ctx, q);
        // the most of the report's weight, then the most of its phrases
        // said in the same order ("I've created 5 million jobs" is "We've
        // created five million jobs", not "5 million jobs … created"),
        // then the tighter source (fewer content stems of its own), then
        // the earliest
        let pairs = adjacent_pairs(&q.seq);
        let mut found: Vec<(u32, f32, usize, usize, usize)> = acc
            .iter()
            .map(|(&c, &(w, k))| (c, (w, k)))
            .filter(|(c, (w, k))| {
                *k >= MIN_SHARED && *w / total >= MIN_COVER && !is_report(ctx, *c)
            })
            .map(|(c, (w, k))| {
                let phrases = shared_pairs(&pairs, &sequence(ctx, c));
                (
                    c,
                    w / total,
                    k,
                    self.sizes.get(&c).copied().unwrap_or(0),
                    phrases,
                )
            })
            .collect();
        found.sort_by(|a, b| {
            b.1.total_cmp(&a.1)
                .then(b.4.cmp(&a.4))
                .then(a.3.cmp(&b.3))
                .then(ctx.rank[a.0 as usize].cmp(&ctx.rank[b.0 as usize]))
        });
        // found in many of the speaker's claims, the words are a common
        // phrase of theirs ("at the same time"), not one line reported
        let docs: BTreeSet<usize> = found
            .iter()
            .map(|f| ctx.claims[f.0 as usize].doc_index)
            .collect();
        if docs.len() > MAX_SOURCE_DOCS {
            return None;
        }
        let negated = negated(ctx, r);
        found
            .into_iter()
            .find(|&(c, _, shared, _, phrases)| {
                negated == self::negated(ctx, c) && (shared >= PHRASE_FREE_SHARED || phrases > 0)
            })
            .map(|(c, cover, _, _, _)| (c, cover, Method::AttributedOverlap))
            .or_else(|| {
                (want.len() >= CONTEXT_MIN_STEMS)
                    .then(|| context_source(ctx, self, q, (&acc, total), negated))
                    .flatten()
            })
            .map(|(c, cover, method)| {
                let method = if q.restated {
                    Method::SaidBefore
                } else {
                    method
                };
                (c, cover, method)
            })
    }
}

/// The source query `q`'s context makes likely, when no claim of its
/// speaker holds [`MIN_COVER`] of it: of the speaker's earlier claims in
/// the same document and the earlier reports of the speaker by the same
/// reporter (for a restatement, all the speaker's earlier claims; for a
/// report said to the speaker, also those saying a phrase of it whose
/// words are rare in `index`; `acc`: claim → shared weight and stems), the
/// one holding
/// most of the report's weight, at least [`CONTEXT_COVER`] of it,
/// [`MIN_SHARED`] stems and a phrase of two, negated alike (method
/// `attributed-context`).
fn context_source(
    ctx: &Ctx,
    index: &SpeakerIndex,
    q: &Query,
    (acc, total): (&HashMap<u32, (f32, usize)>, f32),
    negated: bool,
) -> Option<(u32, f32, Method)> {
    let report = &ctx.claims[q.claim as usize];
    let pairs = adjacent_pairs(&q.seq);
    // the phrases of the report whose words are both the speaker's rare ones
    let rare: Vec<(Tok, Tok)> = pairs
        .iter()
        .copied()
        .filter(|&(a, b)| index.rare(a) && index.rare(b))
        .collect();
    // (a restatement says its source is the speaker's own earlier words)
    let in_context = |c: u32| {
        let claim = &ctx.claims[c as usize];
        q.restated
            || claim.doc_index == report.doc_index
            || (is_report(ctx, c) && claim.reported_by == report.reported_by)
    };
    // a report said to its speaker ("you said …") may restate any of their
    // earlier claims, in any document, that says a rare phrase of it
    let to_speaker = addressed(report);
    let asked = |c: u32| to_speaker && shared_pairs(&rare, &sequence(ctx, c)) > 0;
    acc.iter()
        .filter(|&(&c, &(w, k))| {
            (in_context(c) || asked(c))
                && k >= MIN_SHARED
                && w / total >= CONTEXT_COVER
                && self::negated(ctx, c) == negated
                && shared_pairs(&pairs, &sequence(ctx, c)) > 0
        })
        // the most weight, then the latest (the nearest before the report)
        .max_by(|a, b| {
            a.1.0
                .total_cmp(&b.1.0)
                .then(ctx.rank[*a.0 as usize].cmp(&ctx.rank[*b.0 as usize]))
        })
        .map(|(&c, &(w, _))| (c, w / total, Method::AttributedContext))
}

/// Words that may stand between the subject of a reporting verb and the
/// verb ("you just said", "you've also said").
const BEFORE_VERB: [&str; 8] = [
    "just",
    "also",
    "have",
    "had",
    "did",
    "already",
    "once",
    "repeatedly",
];

/// Whether a report is said to the person it quotes: the subject of its
/// reporting verb, the last word of its attribution, is "you" ("You said
/// …", "Governor Romney, you just said …", "you've said"), not a "you" of
/// the frame ("As you know, the governor said").
fn addressed(report: &crate::model::Claim) -> bool {
    let Some(a) = report.attribution.as_deref() else {
        return false;
    };
    let words: Vec<String> = a
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
                .to_lowercase()
        })
        .collect();
    // the verb is the last word; the subject the nearest word before it
    // that is no adverb or auxiliary
    words
        .iter()
        .rev()
        .skip(1)
        .find(|w| !BEFORE_VERB.contains(&w.as_str()))
        .is_some_and(|w| matches!(w.as_str(), "you" | "you've" | "you’ve"))
}
