//! Cross-document claim matching: finds where a claim quotes, repeats,
//! paraphrases or relates to an earlier claim, and which claim each one
//! derives from.
//!
//! ```text
//! claims ─► normalize ─► entries ─► shingle index ─► candidates ─► verify ─► classify ─► edges
//!           (tokens,      (distinct   (rare word        (share a      (strsim,    (quotes >
//!            quotations)   texts)      n-grams, df cap)  rare shingle) alignment)  repeats > …)
//! ```
//!
//! 1. [`normalize`]: each claim becomes hashed tokens that remember their
//!    source bytes; [`quotes`] finds quoted and attributed speech, tracked
//!    across the claims of a turn.
//! 2. Claims with identical normalised text and quotations form one
//!    *entry*; the index and the verification work on entries, so verbatim
//!    copies cost nothing extra. Identical texts link to each other
//!    directly (`exact`), however many copies there are.
//! 3. [`index`]: entries are indexed by their rare shingles (frequency
//!    capped by [`MatchOptions::max_df`]); two entries are candidates when
//!    they share one. Claims with too few content words are never matched;
//!    claims whose shingles are all frequent are left to [`semantic`].
//! 4. [`verify`]: each candidate pair is screened with a bag-of-words bound,
//!    then compared: token Levenshtein (`strsim::generic_levenshtein`),
//!    character Levenshtein for near-verbatim text
//!    (`strsim::normalized_levenshtein`), semi-global containment, and
//!    Smith–Waterman alignment of quotations.
//! 5. Each pair of claims gets at most one edge, of the strongest kind that
//!    holds (quotes > repeats > paraphrases > related), pointing from the
//!    later claim to the earlier one; each claim keeps at most
//!    [`MatchOptions::max_links`] edges to earlier claims.
//! 6. [`semantic`]: an inverted index over content-word stems (no
//!    frequency cut) finds restatements (`restated`) and paraphrases
//!    (`semantic`, with static sentence embeddings); its guard keeps
//!    near-identical claims that differ in a name, number or negation apart.
//! 7. [`related`] adds conservative `related` edges between documents for
//!    claims sharing several rare names, numbers, dates and events.
//! 8. `source`: the earliest claim reached through quotes and repeats
//!    edges; `cluster`: the claims joined by quotes, repeats and
//!    paraphrases.
//!
//! Work is split over entries with rayon and collected in entry order, so
//! the output does not depend on thread scheduling.

pub mod index;
pub mod normalize;
pub mod quotes;
pub mod related;
pub mod semantic;
pub mod verify;

mod attribution;
mod entries;
mod options;
mod prepare;
mod store;

pub use attribution::ATTRIBUTION_WINDOW;
pub use entries::SHORT_QUESTION;
pub use options::{MatchOptions, MatchStats, Matches, Method};

use std::collections::HashSet;
use std::ops::Range;
use std::time::{Duration, Instant};

use attribution::{Surnames, reporting};
use entries::Entry;
use store::{HAS_ATTRIBUTION, HAS_QUOTES, Store, build_store};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::extract::reported::ReportKind;
use crate::model::{Claim, MatchEdge, MatchKind};
use index::{Index, content_count, shingles};
use normalize::{Tok, normalize, normalized_words, token_hash};
use verify::{common_tokens, local, semi_global, slice_similarity};

/// Shortest partial alignment (a quotation of part of a sentence, a
/// sentence inside a longer quotation or claim), in words.
pub const MIN_PARTIAL: usize = 8;

/// Share of the attributed words that the shared phrase of an
/// `attributed-phrase` paraphrase must cover: the phrase must be what is
/// attributed, not a chance run of words in a long sentence.
pub const PHRASE_SHARE: f64 = 0.4;

/// Longest claims (in words) compared character by character; longer ones
/// are compared on words only.
pub const MAX_CHAR_TOKENS: usize = 200;

fn intersects(a: &[Tok], b: &[Tok]) -> bool {
    a.iter().any(|x| b.binary_search(x).is_ok())
}

/// An alignment between entries `x` (later in entry order) and `y`.
#[derive(Debug, Clone)]
struct Aligned {
    score: f64,
    method: Method,
    /// Tokens of x.
    xr: Range<u32>,
    /// Tokens of y.
    yr: Range<u32>,
}

/// What verification found for a pair of entries.
#[derive(Debug, Default)]
struct PairEvidence {
    x: u32,
    y: u32,
    /// Whole-claim similarity or containment (symmetric).
    near: Option<Aligned>,
    /// A quotation in x aligned with y.
    quote_x: Option<Aligned>,
    /// A quotation in y aligned with x.
    quote_y: Option<Aligned>,
    /// A phrase of x's attributed speech (naming y's speaker) shared with y.
    phrase_x: Option<Aligned>,
    /// A phrase of y's attributed speech (naming x's speaker) shared with x.
    phrase_y: Option<Aligned>,
}

/// A classified link between two claims, before texts are attached.
#[derive(Debug, Clone)]
struct Link {
    from: u32,
    to: u32,
    kind: MatchKind,
    score: f64,
    method: Method,
    from_tokens: Range<u32>,
    to_tokens: Range<u32>,
}

fn kind_order(k: MatchKind) -> u8 {
    match k {
        MatchKind::Quotes => 0,
        MatchKind::Repeats => 1,
        MatchKind::Paraphrases => 2,
        MatchKind::Related => 3,
    }
}

/// Finds quotes, repeats, paraphrases and related claims.
///
/// `claims` are in corpus order; `doc_dates[d]` is the date of document
/// `d` (missing entries count as undated). "Earlier" means earlier document
/// date, then document order, then position; undated documents come after
/// dated ones. Never panics; the same input always gives the same edges in
/// the same order.
pub fn find_matches(
    claims: &[Claim],
    doc_dates: &[Option<NaiveDate>],
    opts: &MatchOptions,
) -> Matches {
    find_matches_timed(claims, doc_dates, opts).0
}

/// [`find_matches`], also returning the time taken by each step
/// (`prepare`, `entries`, `index`, `verify`, `classify`, `related`,
/// `finish`), for profiling.
pub fn find_matches_timed(
    claims: &[Claim],
    doc_dates: &[Option<NaiveDate>],
    opts: &MatchOptions,
) -> (Matches, Vec<(&'static str, Duration)>) {
    let mut times = Vec::new();
    let mut t = Instant::now();
    let mut lap = |name: &'static str| {
        times.push((name, t.elapsed()));
        t = Instant::now();
    };
    let opts = opts.sanitized();
    let n = claims.len();
    let mut stats = MatchStats {
        claims: n,
        ..MatchStats::default()
    };
    if n == 0 {
        return (Matches::default(), times);
    }
    let n32 = u32::try_from(n).unwrap_or(u32::MAX) as usize;
    let claims = &claims[..n32];
    let n = n32;

    // 1. Chronological rank of every claim.
    let (order, rank) = prepare::chronology(claims, doc_dates);

    // 2. Normalise, find quotations (turn by turn).
    let preps = prepare::prepare(claims, &opts);

    lap("prepare");

    // 3. Entries: distinct (tokens, quotations).
    let names = Surnames::new(claims);
    let (entries, texts) = entries::build_entries(claims, &preps, &rank, &names, &opts);
    let entry_of = entries::entry_of(&entries, n);
    stats.entries = entries.len();

    // Per-entry token data; the per-claim normalisation is no longer needed.
    let store = build_store(&entries, &preps);
    drop(preps);

    lap("entries");

    // 4. Shingle index over eligible entries.
    let (index, informative) = index::index_entries(&entries, &store, &opts);
    stats.shingles = index.distinct_shingles;
    stats.indexed_lists = index.indexed_lists;
    stats.eligible = informative.iter().filter(|b| **b).count();

    lap("index");

    // 5. Candidates and verification, entry by entry.
    let ctx = Ctx {
        claims,
        entry_of: &entry_of,
        names: &names,
        index: &index,
        store: &store,
        entries: &entries,
        rank: &rank,
        opts: &opts,
    };
    let per_entry: Vec<(Vec<PairEvidence>, usize, usize)> = (0..entries.len() as u32)
        .into_par_iter()
        .map_init(
            || (Vec::new(), Vec::new()),
            |(buf, raw), x| {
                if !informative[x as usize] {
                    return (Vec::new(), 0, 0);
                }
                index.candidates_with(x, buf, raw);
                let mut out = Vec::new();
                let mut verified = 0;
                let ncand = buf.len();
                for c in buf.iter() {
                    let y = c.entry;
                    if (c.shared < 2 && c.min_df as usize > opts.single_max_df)
                        || !informative[y as usize]
                        || !ctx.worth_verifying(x, y)
                    {
                        continue;
                    }
                    let (ev, v) = ctx.verify(x, y, c.min_df);
                    verified += usize::from(v);
                    if let Some(ev) = ev {
                        out.push(ev);
                    }
                }
                (out, ncand, verified)
            },
        )
        .collect();
    let mut evidence = Vec::new();
    for (ev, c, v) in per_entry {
        stats.candidates += c;
        stats.verified += v;
        evidence.extend(ev);
    }

    lap("verify");

    // 6. Classify claim pairs.
    let mut links: Vec<Link> = evidence
        .par_iter()
        .flat_map_iter(|ev| ctx.expand(ev))
        .collect();
    // identical texts (whatever their quotation marks): linked directly,
    // however often they recur (a talking point is not boilerplate; claims
    // with too few content words are not eligible)
    let group_links: Vec<Link> = texts
        .par_iter()
        .filter(|t| entries[entry_of[t[0] as usize] as usize].eligible)
        .flat_map_iter(|t| ctx.expand_group(t))
        .collect();
    links.extend(group_links);

    lap("classify");

    // 7. Restatements and paraphrases (inverted index, no frequency cut).
    if opts.semantic {
        let eligible: Vec<bool> = entries.iter().map(|e| e.eligible).collect();
        let pairs = semantic::find(&semantic::Input {
            claims,
            entries: &entries,
            store: &store,
            eligible: &eligible,
            use_model: opts.embeddings,
            semantic_score: opts.semantic_threshold as f32,
            semantic_cosine: opts.semantic_cosine as f32,
            restated_cover: opts.restated_cover as f32,
        });
        let sem: Vec<Link> = pairs
            .par_iter()
            .flat_map_iter(|p| ctx.expand_semantic(p))
            .collect();
        links.extend(sem);
    }

    lap("semantic");

    // 8. Related claims, for pairs with no stronger link.
    if opts.related {
        let linked: HashSet<(u32, u32)> = links.iter().map(|l| (l.from, l.to)).collect();
        drop(index);
        let rel = related::find_related(claims, &entries, &store, &rank, &opts, &linked);
        links.extend(rel.into_iter().map(|r| Link {
            from: r.from,
            to: r.to,
            kind: MatchKind::Related,
            score: r.score,
            method: Method::SharedFeatures,
            from_tokens: r.from_tokens,
            to_tokens: r.to_tokens,
        }));
    }
    stats.raw_edges = links.len();

    lap("related");

    // 9. At most one link per pair, the strongest; at most max_links per claim.
    // of two links of one kind, an alignment (which says which words)
    // beats a bag-of-words or embedding measure
    let loose = |m: Method| matches!(m, Method::Restated | Method::Semantic);
    links.sort_by(|a, b| {
        (a.from, a.to, kind_order(a.kind), loose(a.method))
            .cmp(&(b.from, b.to, kind_order(b.kind), loose(b.method)))
            .then(b.score.total_cmp(&a.score))
    });
    links.dedup_by(|b, a| a.from == b.from && a.to == b.to);
    let mut kept: Vec<Link> = Vec::with_capacity(links.len());
    let mut i = 0;
    while i < links.len() {
        let mut j = i;
        while j < links.len() && links[j].from == links[i].from {
            j += 1;
        }
        let group = &mut links[i..j];
        if group.len() > opts.max_links {
            group.sort_by(|a, b| {
                kind_order(a.kind)
                    .cmp(&kind_order(b.kind))
                    .then(b.score.total_cmp(&a.score))
                    .then(rank[a.to as usize].cmp(&rank[b.to as usize]))
            });
            let mut g: Vec<Link> = group[..opts.max_links].to_vec();
            g.sort_by_key(|l| l.to);
            kept.extend(g);
        } else {
            kept.extend(group.iter().cloned());
        }
        i = j;
    }

    // 10. Sources through quotes and repeats.
    let mut source: Vec<usize> = (0..n).collect();
    {
        let mut by_from: Vec<Vec<u32>> = vec![Vec::new(); n];
        for l in &kept {
            if matches!(l.kind, MatchKind::Quotes | MatchKind::Repeats) {
                by_from[l.from as usize].push(l.to);
            }
        }
        for &c in &order {
            let c = c as usize;
            let mut best = c;
            for &t in &by_from[c] {
                let s = source[t as usize];
                if rank[s] < rank[best] {
                    best = s;
                }
            }
            source[c] = best;
        }
    }

    // A loose link (a shared phrase, shared names) to a copy of a claim that
    // the same claim also links to says nothing new: keep the one to the
    // source.
    {
        let has: HashSet<(u32, u32)> = kept.iter().map(|l| (l.from, l.to)).collect();
        kept.retain(|l| {
            let s = source[l.to as usize] as u32;
            !(matches!(l.method, Method::AttributedPhrase | Method::SharedFeatures)
                && s != l.to
                && has.contains(&(l.from, s)))
        });
    }

    // 11. Edges with their aligned texts (token ranges back to bytes).
    let edges: Vec<MatchEdge> = kept
        .par_iter()
        .map(|l| {
            let fc = &claims[l.from as usize];
            let tc = &claims[l.to as usize];
            let bytes = |c: &Claim, r: &Range<u32>| {
                normalize(&c.text).byte_range(r.start as usize..r.end as usize)
            };
            let fr = bytes(fc, &l.from_tokens);
            let tr = bytes(tc, &l.to_tokens);
            MatchEdge {
                from: l.from as usize,
                to: l.to as usize,
                kind: l.kind,
                score: (l.score.clamp(0.0, 1.0) * 1e4).round() / 1e4,
                method: l.method.as_str().to_string(),
                from_text: fc.text.get(fr).unwrap_or(&fc.text).to_string(),
                to_text: tc.text.get(tr).unwrap_or(&tc.text).to_string(),
            }
        })
        .collect();
    let cluster = clusters(&kept, &order, n);
    lap("finish");
    (
        Matches {
            edges,
            source,
            cluster,
            stats,
        },
        times,
    )
}

/// Talking-point clusters: claims joined by quotes, repeats and
/// paraphrases links (not `related`, which joins different statements of
/// one fact), each named by its earliest member in `order`.
fn clusters(links: &[Link], order: &[u32], n: usize) -> Vec<usize> {
    let mut uf = crate::util::UnionFind::new(n);
    for l in links {
        if l.kind != MatchKind::Related {
            uf.union(l.from as usize, l.to as usize);
        }
    }
    let mut first = vec![usize::MAX; n];
    for &c in order {
        let r = uf.find(c as usize);
        if first[r] == usize::MAX {
            first[r] = c as usize;
        }
    }
    (0..n).map(|c| first[uf.find(c)]).collect()
}

struct Ctx<'a> {
    claims: &'a [Claim],
    entry_of: &'a [u32],
    names: &'a Surnames<'a>,
    index: &'a Index,
    store: &'a Store,
    entries: &'a [Entry],
    rank: &'a [u32],
    opts: &'a MatchOptions,
}

impl Ctx<'_> {
    fn tokens(&self, e: u32) -> &[Tok] {
        self.store.tokens(e)
    }

    fn text(&self, e: u32) -> &str {
        &self.claims[self.entries[e as usize].members[0] as usize].text
    }

    /// Where entry `later` attributes speech to one of `surnames` (sorted):
    /// the tokens of the attributed words, outside the cue ("As … Sergey
    /// Lavrov pointed out, ⟨…⟩", "⟨…⟩, Lavrov said.", "According to Lavrov,
    /// ⟨…⟩"). The surname and a reporting verb must be at most five words
    /// apart.
    fn attribution(&self, later: u32, surnames: &[Tok]) -> Option<Range<usize>> {
        const NEAR: usize = ATTRIBUTION_WINDOW;
        if self.store.flags[later as usize] & HAS_ATTRIBUTION == 0 {
            return None;
        }
        let e = &self.entries[later as usize];
        if intersects(&e.reported, surnames) {
            // reported speech: all of it is attributed
            return Some(0..self.store.len(later));
        }
        if !e.has_verb || surnames.is_empty() || !intersects(&e.attributed, surnames) {
            return None;
        }
        let toks = self.tokens(later);
        let rep = reporting();
        for (i, t) in toks.iter().enumerate() {
            if surnames.binary_search(t).is_err() {
                continue;
            }
            let lo = i.saturating_sub(NEAR);
            let hi = (i + NEAR + 1).min(toks.len());
            let Some(v) = (lo..hi).find(|&k| rep.contains(&toks[k])) else {
                continue;
            };
            let (cs, ce) = (i.min(v), i.max(v) + 1);
            // "pointed out", "according to": skip the particle
            let ce = if ce < toks.len()
                && matches!(toks[ce], t if t == token_hash("out") || t == token_hash("to"))
            {
                ce + 1
            } else {
                ce
            };
            // the cue at the end: the attributed words come before it
            if ce + 2 >= toks.len() && cs > 0 {
                // back to the start of the clause holding the name
                return Some(0..cs);
            }
            return Some(ce..toks.len());
        }
        None
    }

    fn attributes(&self, later: u32, surnames: &[Tok]) -> bool {
        self.attribution(later, surnames).is_some()
    }

    /// True when tokens `r` of entry `e` hold an indexed shingle found in at
    /// most `partial_max_df` claims.
    fn distinctive(&self, e: u32, r: Range<usize>) -> bool {
        let (toks, flags) = (self.store.tokens(e), self.store.tflags(e));
        let end = r.end.min(toks.len());
        let start = r.start.min(end);
        let sh = shingles(&toks[start..end], &flags[start..end], self.opts.shingle);
        sh.iter().any(|h| {
            self.index
                .df(*h)
                .is_some_and(|d| d as usize <= self.opts.partial_max_df)
        })
    }

    /// A cheap screen on lengths and flags: can any measure accept the pair?
    fn worth_verifying(&self, x: u32, y: u32) -> bool {
        let st = self.store;
        let (lx, ly) = (st.len(x), st.len(y));
        if lx.min(ly) as f64 >= self.opts.edit_threshold * lx.max(ly) as f64 {
            return true;
        }
        let (fx, fy) = (st.flags[x as usize], st.flags[y as usize]);
        if (fx | fy) & HAS_QUOTES != 0 {
            return true;
        }
        let (ex, ey) = (&self.entries[x as usize], &self.entries[y as usize]);
        let attributes = |e: &Entry, other: &Entry| {
            intersects(&e.attributed, &other.surnames) || intersects(&e.reported, &other.surnames)
        };
        (fx & HAS_ATTRIBUTION != 0 && attributes(ex, ey))
            || (fy & HAS_ATTRIBUTION != 0 && attributes(ey, ex))
    }

    /// Verifies the candidate pair (x, y), y < x. Returns the evidence (if
    /// any) and whether an alignment was computed.
    fn verify(&self, x: u32, y: u32, min_df: u32) -> (Option<PairEvidence>, bool) {
        // a partial alignment must hold a rare shingle, which the two
        // entries then share: without one, only whole-text alignments count
        let partial = min_df as usize <= self.opts.partial_max_df;
        let o = self.opts;
        let (ex, ey) = (&self.entries[x as usize], &self.entries[y as usize]);
        let (tx, ty) = (self.tokens(x), self.tokens(y));
        let (lx, ly) = (tx.len(), ty.len());
        let (m, s) = (lx.max(ly), lx.min(ly));
        let common = common_tokens(self.store.sorted(x), self.store.sorted(y));
        let mut ev = PairEvidence {
            x,
            y,
            ..PairEvidence::default()
        };
        let mut worked = false;
        let full = |l: usize| 0..l as u32;

        // whole claims: near-verbatim or edited
        if common as f64 >= o.edit_threshold * m as f64 {
            worked = true;
            let sim = slice_similarity(tx, ty);
            if sim >= 1.0 {
                ev.near = Some(Aligned {
                    score: 1.0,
                    method: Method::Exact,
                    xr: full(lx),
                    yr: full(ly),
                });
            } else if sim >= o.edit_threshold {
                // character level for sentence-sized texts only (quadratic)
                let ch = if lx.max(ly) <= MAX_CHAR_TOKENS {
                    let wx = normalized_words(self.text(x)).join(" ");
                    let wy = normalized_words(self.text(y)).join(" ");
                    strsim::normalized_levenshtein(&wx, &wy)
                } else {
                    0.0
                };
                let (score, method) = if ch >= o.near_threshold {
                    (ch, Method::Levenshtein)
                } else {
                    (sim, Method::TokenLevenshtein)
                };
                ev.near = Some(Aligned {
                    score,
                    method,
                    xr: full(lx),
                    yr: full(ly),
                });
            }
        }
        // the shorter inside the longer, when the longer attributes it to
        // the shorter's speaker ("As Lavrov said, …"): an unmarked quotation.
        // (Unattributed, a sentence inside a longer one is as often chance
        // as reuse: "We certainly cannot achieve anything without Russia.")
        let longer_attributes = if lx > ly {
            self.attributes(x, &ey.surnames)
        } else {
            self.attributes(y, &ex.surnames)
        };
        if ev.near.is_none()
            && s >= o.min_containment_tokens
            && s < m
            && common as f64 >= o.containment_threshold * s as f64
            && longer_attributes
        {
            worked = true;
            let x_short = lx <= ly;
            let (short, long) = if x_short { (tx, ty) } else { (ty, tx) };
            let (d, r) = semi_global(short, long);
            let c = 1.0 - d as f64 / short.len().min(verify::MAX_ALIGN) as f64;
            let (se, sl) = if x_short { (x, lx) } else { (y, ly) };
            if c >= o.containment_threshold && sl >= MIN_PARTIAL && self.distinctive(se, 0..sl) {
                // an end word substituted rather than matched is not part
                // of the aligned text
                let (mut s_r, mut l_r) = (0..short.len().min(verify::MAX_ALIGN), r);
                while s_r.len() > 1 && l_r.len() > 1 && short[s_r.start] != long[l_r.start] {
                    s_r.start += 1;
                    l_r.start += 1;
                }
                while s_r.len() > 1 && l_r.len() > 1 && short[s_r.end - 1] != long[l_r.end - 1] {
                    s_r.end -= 1;
                    l_r.end -= 1;
                }
                let s_r = s_r.start as u32..s_r.end as u32;
                let l_r = l_r.start as u32..l_r.end as u32;
                let (xr, yr) = if x_short { (s_r, l_r) } else { (l_r, s_r) };
                ev.near = Some(Aligned {
                    score: c,
                    method: Method::Containment,
                    xr,
                    yr,
                });
            }
        }
        // quotations, on either side
        let qx = self.store.quotes(x);
        if !qx.is_empty() {
            worked = true;
            ev.quote_x = self
                .best_quote(x, qx, tx, ty, self.store.sorted(y), partial)
                .map(|(score, q, e)| Aligned {
                    score,
                    method: Method::Quote,
                    xr: q,
                    yr: e,
                });
        }
        let qy = self.store.quotes(y);
        if !qy.is_empty() {
            worked = true;
            ev.quote_y = self
                .best_quote(y, qy, ty, tx, self.store.sorted(x), partial)
                .map(|(score, q, e)| Aligned {
                    score,
                    method: Method::Quote,
                    xr: e,
                    yr: q,
                });
        }
        // a shared phrase, when one names the other's speaker
        if ev.near.is_none() {
            if let Some(r) = self.attribution(x, &ey.surnames) {
                worked = true;
                ev.phrase_x = self.phrase(x, r, y).map(|(score, a, b)| Aligned {
                    score,
                    method: Method::AttributedPhrase,
                    xr: a,
                    yr: b,
                });
            }
            if let Some(r) = self.attribution(y, &ex.surnames) {
                worked = true;
                ev.phrase_y = self.phrase(y, r, x).map(|(score, a, b)| Aligned {
                    score,
                    method: Method::AttributedPhrase,
                    xr: b,
                    yr: a,
                });
            }
        }
        // nearly the same words, but a name, a number or a negation changed:
        // a different fact
        for a in [
            &mut ev.near,
            &mut ev.quote_x,
            &mut ev.quote_y,
            &mut ev.phrase_x,
            &mut ev.phrase_y,
        ] {
            if a.as_ref().is_some_and(|a| !self.consistent(x, y, a)) {
                *a = None;
            }
        }
        let found = ev.near.is_some()
            || ev.quote_x.is_some()
            || ev.quote_y.is_some()
            || ev.phrase_x.is_some()
            || ev.phrase_y.is_some();
        (found.then_some(ev), worked)
    }

    /// False when the aligned words of entries `x` and `y` differ in a name,
    /// a number or a negation ([`semantic::Guard`]); verbatim copies are
    /// always consistent.
    fn consistent(&self, x: u32, y: u32, a: &Aligned) -> bool {
        if a.method == Method::Exact {
            return true;
        }
        let st = self.store;
        let r = |r: &Range<u32>| r.start as usize..r.end as usize;
        let gx = semantic::Guard::of(st.tokens(x), st.tflags(x), r(&a.xr));
        let gy = semantic::Guard::of(st.tokens(y), st.tflags(y), r(&a.yr));
        !gx.contradicts(&gy)
    }

    /// A distinctive phrase of the attributed words `r` of entry `a` (not in
    /// a quotation there) found in `other`: (score, tokens of a, tokens of
    /// other). The score is the phrase's share of the attributed words.
    fn phrase(&self, a: u32, r: Range<usize>, b: u32) -> Option<(f64, Range<u32>, Range<u32>)> {
        let o = self.opts;
        let toks = self.tokens(a);
        let other = self.tokens(b);
        // bag-of-words screen on the whole entries (a bound for the part)
        let need = (o.min_phrase_tokens as f64 * o.quote_threshold).floor() as usize;
        if common_tokens(self.store.sorted(a), self.store.sorted(b)) < need {
            return None;
        }
        let part = toks.get(r.clone())?;
        let l = local(part, other)?;
        let (pa, pb) = (&part[l.a.clone()], &other[l.b.clone()]);
        let ar = r.start + l.a.start..r.start + l.a.end;
        let quoted = self
            .store
            .quotes(a)
            .iter()
            .any(|q| (q.start as usize) < ar.end && ar.start < q.end as usize);
        let sim = slice_similarity(pa, pb);
        if pa.len() < o.min_phrase_tokens
            || content_count(pa) < 2
            || sim < o.quote_threshold
            || quoted
            || !self.distinctive(a, ar.clone())
        {
            return None;
        }
        let score = sim * pa.len() as f64 / part.len().max(1) as f64;
        if score < PHRASE_SHARE {
            return None;
        }
        Some((
            score,
            ar.start as u32..ar.end as u32,
            l.b.start as u32..l.b.end as u32,
        ))
    }

    /// The best alignment of one of `quotes` (token ranges of entry `qe`,
    /// whose tokens are `q_tokens`) with `e_tokens`: (similarity, quote
    /// tokens, source tokens).
    ///
    /// Accepted shapes: the aligned part covers the quotation (a quotation
    /// of a sentence or of part of one), or covers the source sentence (one
    /// sentence of a longer quotation), or joins the quotation's start to
    /// the source's end or the other way round (a quotation running over a
    /// sentence boundary of the source). Unless both sides are covered, the
    /// aligned words must be [distinctive](Self::distinctive).
    fn best_quote(
        &self,
        qe: u32,
        quotes: &[Range<u32>],
        q_tokens: &[Tok],
        e_tokens: &[Tok],
        e_sorted: &[Tok],
        partial: bool,
    ) -> Option<(f64, Range<u32>, Range<u32>)> {
        const COVER: f64 = 0.9;
        const SLACK: usize = 1;
        let o = self.opts;
        let mut best: Option<(f64, Range<u32>, Range<u32>)> = None;
        for q in quotes {
            let (qs, qend) = (q.start as usize, (q.end as usize).min(q_tokens.len()));
            if qend <= qs {
                continue;
            }
            let qt = &q_tokens[qs..qend];
            if qt.len() < o.min_quote_tokens {
                continue;
            }
            // bag-of-words screen: every accepted shape aligns at least this
            // many equal words
            let mut qs_sorted = qt.to_vec();
            qs_sorted.sort_unstable();
            let need = if partial {
                (0.7 * qt.len().min(e_tokens.len()) as f64)
                    .min(MIN_PARTIAL as f64 * o.quote_threshold)
            } else {
                0.7 * qt.len().max(e_tokens.len()) as f64
            };
            if (common_tokens(&qs_sorted, e_sorted) as f64) < need.floor() {
                continue;
            }
            let Some(l) = local(qt, e_tokens) else {
                continue;
            };
            let (a, b) = (&qt[l.a.clone()], &e_tokens[l.b.clone()]);
            if a.len().max(b.len()) < o.min_quote_tokens || content_count(a) < 2 {
                continue;
            }
            let sim = slice_similarity(a, b);
            if sim < o.quote_threshold {
                continue;
            }
            let full_q = a.len() as f64 >= COVER * qt.len() as f64;
            let full_e = b.len() as f64 >= COVER * e_tokens.len() as f64;
            let dovetail = (l.a.start == 0 && l.b.end + SLACK >= e_tokens.len())
                || (l.a.end == qt.len() && l.b.start <= SLACK);
            if !(full_q || full_e || dovetail) {
                continue;
            }
            if !(full_q && full_e)
                && (a.len() < MIN_PARTIAL || !self.distinctive(qe, qs + l.a.start..qs + l.a.end))
            {
                continue;
            }
            let cand = (
                sim,
                (qs + l.a.start) as u32..(qs + l.a.end) as u32,
                l.b.start as u32..l.b.end as u32,
            );
            let better = match &best {
                None => true,
                Some(b) => (cand.1.len(), cand.0) > (b.1.len(), b.0),
            };
            if better {
                best = Some(cand);
            }
        }
        best
    }

    /// Two claims of one document sharing bytes (a sentence and the speech
    /// reported in it): never linked.
    fn overlapping(&self, a: u32, b: u32) -> bool {
        let (ca, cb) = (&self.claims[a as usize], &self.claims[b as usize]);
        ca.doc_index == cb.doc_index
            && ca.range.start < cb.range.end
            && cb.range.start < ca.range.end
    }

    /// The kind of a link that says (nearly) the same words again: quoted
    /// speech quotes, other reported speech paraphrases, the same speaker
    /// repeats, anyone else paraphrases.
    fn restated_kind(&self, later: u32, earlier: u32) -> MatchKind {
        match self.claims[later as usize].reported_kind {
            Some(ReportKind::Direct) => MatchKind::Quotes,
            Some(ReportKind::Indirect) => MatchKind::Paraphrases,
            None if self.same_speaker(later, earlier) => MatchKind::Repeats,
            None => MatchKind::Paraphrases,
        }
    }

    fn same_speaker(&self, a: u32, b: u32) -> bool {
        match (
            &self.claims[a as usize].speaker,
            &self.claims[b as usize].speaker,
        ) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }

    fn names(&self, later_entry: u32, earlier_claim: u32) -> bool {
        match self.claims[earlier_claim as usize]
            .speaker
            .as_deref()
            .and_then(|n| self.names.of(n))
        {
            Some(h) => self.attributes(later_entry, &[h]),
            None => false,
        }
    }

    /// Classifies one claim pair given the evidence in its direction.
    #[allow(clippy::too_many_arguments)]
    fn classify(
        &self,
        later: u32,
        earlier: u32,
        later_entry: u32,
        near: Option<(&Aligned, bool)>,
        quote: Option<(&Aligned, bool)>,
        quoted_earlier: Option<(&Aligned, bool)>,
        phrase: Option<(&Aligned, bool)>,
    ) -> Option<Link> {
        // (alignment, whether the later side is the alignment's x side)
        let pick = |a: &Aligned, later_is_x: bool| {
            if later_is_x {
                (a.xr.clone(), a.yr.clone())
            } else {
                (a.yr.clone(), a.xr.clone())
            }
        };
        let link = |kind, score, method, (f, t): (Range<u32>, Range<u32>)| Link {
            from: later,
            to: earlier,
            kind,
            score,
            method,
            from_tokens: f,
            to_tokens: t,
        };
        if self.overlapping(later, earlier) {
            return None;
        }
        if let Some((q, lx)) = quote {
            return Some(link(MatchKind::Quotes, q.score, Method::Quote, pick(q, lx)));
        }
        let named = self.names(later_entry, earlier);
        // the earlier claim quoted words that the later one says: the later
        // is no quotation, but it repeats (or restates) the same words
        let near = near.or(quoted_earlier);
        if let Some((a, lx)) = near {
            if a.method == Method::Containment && named {
                return Some(link(
                    MatchKind::Quotes,
                    a.score,
                    Method::AttributedContainment,
                    pick(a, lx),
                ));
            }
            let kind = self.restated_kind(later, earlier);
            return Some(link(kind, a.score, a.method, pick(a, lx)));
        }
        if let Some((p, lx)) = phrase {
            if named {
                return Some(link(
                    MatchKind::Paraphrases,
                    p.score,
                    Method::AttributedPhrase,
                    pick(p, lx),
                ));
            }
        }
        None
    }

    /// The claim-level links of an entry pair.
    fn expand(&self, ev: &PairEvidence) -> Vec<Link> {
        let (ex, ey) = (&self.entries[ev.x as usize], &self.entries[ev.y as usize]);
        let mut out = Vec::new();
        for &a in &ex.members {
            for &b in &ey.members {
                let a_later = self.rank[a as usize] > self.rank[b as usize];
                let link = if a_later {
                    self.classify(
                        a,
                        b,
                        ev.x,
                        ev.near.as_ref().map(|n| (n, true)),
                        ev.quote_x.as_ref().map(|n| (n, true)),
                        ev.quote_y.as_ref().map(|n| (n, true)),
                        ev.phrase_x.as_ref().map(|n| (n, true)),
                    )
                } else {
                    self.classify(
                        b,
                        a,
                        ev.y,
                        ev.near.as_ref().map(|n| (n, false)),
                        ev.quote_y.as_ref().map(|n| (n, false)),
                        ev.quote_x.as_ref().map(|n| (n, false)),
                        ev.phrase_y.as_ref().map(|n| (n, false)),
                    )
                };
                out.extend(link);
            }
        }
        out
    }

    /// Within one transcript, a later claim restates an earlier one only
    /// when it says so: another speaker's turn (or a question) that reports
    /// speech ("you said …", "the governor says …", "as the President
    /// mentioned …"). Otherwise neighbouring sentences that share their
    /// topic and words would link.
    fn refers_back(&self, later: u32, later_entry: u32, earlier: u32) -> bool {
        let (l, e) = (&self.claims[later as usize], &self.claims[earlier as usize]);
        self.entries[later_entry as usize].has_verb
            && l.turn != e.turn
            && (l.speaker.is_none() || l.speaker != e.speaker)
            && !self.overlapping(later, earlier)
    }

    /// The claim-level links of an entry pair found by [`semantic`]: across
    /// documents, and within one where the later claim
    /// [refers back](Self::refers_back).
    fn expand_semantic(&self, p: &semantic::SemPair) -> Vec<Link> {
        let (ex, ey) = (&self.entries[p.x as usize], &self.entries[p.y as usize]);
        let method = match p.method {
            semantic::SemMethod::Restated => Method::Restated,
            semantic::SemMethod::Semantic => Method::Semantic,
        };
        let mut out = Vec::new();
        for &a in &ex.members {
            for &b in &ey.members {
                let (later, earlier, le) = if self.rank[a as usize] > self.rank[b as usize] {
                    (a, b, p.x)
                } else {
                    (b, a, p.y)
                };
                let ee = if le == p.x { p.y } else { p.x };
                if self.claims[a as usize].doc_index == self.claims[b as usize].doc_index
                    && !self.refers_back(later, le, earlier)
                {
                    continue;
                }
                out.push(Link {
                    from: later,
                    to: earlier,
                    kind: self.restated_kind(later, earlier),
                    score: p.score,
                    method,
                    from_tokens: 0..self.store.len(le) as u32,
                    to_tokens: 0..self.store.len(ee) as u32,
                });
            }
        }
        out
    }

    /// Links between the claims of one entry (identical normalised texts):
    /// each member to the earliest and to the most recent earlier members,
    /// at most `max_links` of each.
    fn expand_group(&self, m: &[u32]) -> Vec<Link> {
        let k = self.opts.max_links;
        let len = self.store.len(self.entry_of[m[0] as usize]) as u32;
        let mut out = Vec::new();
        for j in 1..m.len() {
            // a later copy that is quoted in full is a quotation
            let quoted: usize = self
                .store
                .quotes(self.entry_of[m[j] as usize])
                .iter()
                .map(|q| q.len())
                .sum();
            let is_quote = len > 0 && quoted as f64 >= 0.9 * f64::from(len);
            let mut targets: Vec<usize> = (0..j.min(k)).collect();
            targets.extend(j.saturating_sub(k).max(j.min(k))..j);
            for i in targets {
                if self.overlapping(m[j], m[i]) {
                    continue;
                }
                let kind = if is_quote {
                    MatchKind::Quotes
                } else {
                    self.restated_kind(m[j], m[i])
                };
                out.push(Link {
                    from: m[j],
                    to: m[i],
                    kind,
                    score: 1.0,
                    method: Method::Exact,
                    from_tokens: 0..len,
                    to_tokens: 0..len,
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
