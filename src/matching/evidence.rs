//! Step 4, **verify**: candidate entry pairs from the
//! [index](super::index) are screened (lengths, flags, bags of words) and
//! compared with the measures of [`verify`]: whole-text
//! similarity, containment in an attributing claim, alignment of quotations
//! and of attributed phrases. What holds is kept as [`PairEvidence`], with
//! alignments that change a name, a number or a negation dropped
//! ([`guard::Guard`]).

use std::ops::Range;

use rayon::prelude::*;

use super::ctx::{Ctx, intersects};
use super::entries::Entry;
use super::guard;
use super::index::{Candidate, content_count, shingles, stopwords};
use super::normalize::{CAPITALISED, NUMERIC};
use super::normalize::{Tok, normalized_words};
use super::store::{HAS_ATTRIBUTION, HAS_QUOTES};
use super::verify::{self, common_tokens, local, semi_global, slice_similarity};
use super::{MatchStats, Method};

/// Shortest partial alignment (a quotation of part of a sentence, a
/// sentence inside a longer quotation or claim), in words.
pub const MIN_PARTIAL: usize = 8;

/// Share of the attributed words that the shared phrase of an
/// `attributed-phrase` paraphrase must cover: the phrase must be what is
/// attributed, not a chance run of words in a long sentence.
pub const PHRASE_SHARE: f64 = 0.4;

/// Shortest passage shared by two claims (`shared-passage`), in words.
pub const PASSAGE_MIN_TOKENS: usize = 5;
/// Share of the shorter claim's words a shared passage must be: "I would
/// cut taxes for middle-class families" inside "Now, four years ago, when I
/// stood on this stage, I said that I would cut taxes for middle-class
/// families" is a repeat; "the safety and security of the American
/// people" in two long sentences about different things is not.
pub const PASSAGE_SHARE: f64 = 0.4;
/// Most content words the shorter claim may hold outside the passage: it
/// must say little besides ("Today, ⟨47 million people on food stamps⟩."),
/// or the passage is a phrase two different statements happen to share.
pub const PASSAGE_MAX_REST: usize = 2;
/// Claims a shared passage's rarest shingle may be found in: a passage
/// shared by two claims only (or by three) is a repeat; a run of words
/// found in many is a formula or chance.
pub const PASSAGE_MAX_DF: usize = 3;
/// Content words a shared passage must hold (outside the stop words) …
pub const PASSAGE_MIN_CONTENT: usize = 3;
/// … of which this many ordinary words (no names or numbers): "President
/// of the United States" is no passage.
pub const PASSAGE_MIN_COMMON: usize = 2;

/// Longest claims (in words) compared character by character; longer ones
/// are compared on words only.
pub const MAX_CHAR_TOKENS: usize = 200;

/// An alignment between entries `x` (later in entry order) and `y`.
#[derive(Debug, Clone)]
pub(super) struct Aligned {
    pub(super) score: f64,
    pub(super) method: Method,
    /// Tokens of x.
    pub(super) xr: Range<u32>,
    /// Tokens of y.
    pub(super) yr: Range<u32>,
}

/// What verification found for a pair of entries.
#[derive(Debug, Default)]
pub(super) struct PairEvidence {
    pub(super) x: u32,
    pub(super) y: u32,
    /// Whole-claim similarity or containment (symmetric).
    pub(super) near: Option<Aligned>,
    /// A quotation in x aligned with y.
    pub(super) quote_x: Option<Aligned>,
    /// A quotation in y aligned with x.
    pub(super) quote_y: Option<Aligned>,
    /// A phrase of x's attributed speech (naming y's speaker) shared with y.
    pub(super) phrase_x: Option<Aligned>,
    /// A phrase of y's attributed speech (naming x's speaker) shared with x.
    pub(super) phrase_y: Option<Aligned>,
}

/// Step 4, **verify**: each informative entry against the lower-numbered
/// entries it shares an indexed shingle with; the evidence found, in entry
/// order. Counts the candidates and the verified pairs in `stats`.
pub(super) fn verify_candidates(
    ctx: &Ctx,
    informative: &[bool],
    stats: &mut MatchStats,
) -> Vec<PairEvidence> {
    let per_entry: Vec<(Vec<PairEvidence>, usize, usize)> = (0..ctx.entries.len() as u32)
        .into_par_iter()
        .map_init(
            || (Vec::new(), Vec::new()),
            |(buf, raw), x| ctx.verify_entry(x, informative, buf, raw),
        )
        .collect();
    let mut evidence = Vec::new();
    for (ev, c, v) in per_entry {
        stats.candidates += c;
        stats.verified += v;
        evidence.extend(ev);
    }
    evidence
}

impl Ctx<'_> {
    /// The evidence for entry `x` and its candidates, the number of
    /// candidates and the number verified (`buf` and `raw` are scratch
    /// space for [`Index::candidates_with`](super::index::Index::candidates_with)).
    fn verify_entry(
        &self,
        x: u32,
        informative: &[bool],
        buf: &mut Vec<Candidate>,
        raw: &mut Vec<(u32, u32)>,
    ) -> (Vec<PairEvidence>, usize, usize) {
        if !informative[x as usize] {
            return (Vec::new(), 0, 0);
        }
        self.index.candidates_with(x, buf, raw);
        let mut out = Vec::new();
        let mut verified = 0;
        let ncand = buf.len();
        for c in buf.iter() {
            let y = c.entry;
            if (c.shared < 2 && c.min_df as usize > self.opts.single_max_df)
                || !informative[y as usize]
                || !self.worth_verifying(x, y)
            {
                continue;
            }
            let (ev, v) = self.verify(x, y, c.min_df);
            verified += usize::from(v);
            if let Some(ev) = ev {
                out.push(ev);
            }
        }
        (out, ncand, verified)
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
        if lx.min(ly) >= PASSAGE_MIN_TOKENS
            && common_tokens(st.sorted(x), st.sorted(y)) as f64 >= PASSAGE_SHARE * lx.min(ly) as f64
        {
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
        let m = self.store.len(x).max(self.store.len(y));
        let common = common_tokens(self.store.sorted(x), self.store.sorted(y));
        let mut ev = PairEvidence {
            x,
            y,
            ..PairEvidence::default()
        };
        let mut worked = false;

        // whole claims: near-verbatim or edited
        if common as f64 >= o.edit_threshold * m as f64 {
            worked = true;
            ev.near = self.whole(x, y);
        }
        if ev.near.is_none() && self.may_contain(x, y, common) {
            worked = true;
            ev.near = self.containment(x, y);
        }
        worked |= self.quotations(&mut ev, partial);
        if ev.near.is_none() {
            worked |= self.phrases(&mut ev);
        }
        // a passage must hold a shingle only the two share: the run of
        // words they happen to share with many other claims is a formula
        if min_df as usize <= PASSAGE_MAX_DF
            && ev.near.is_none()
            && ev.quote_x.is_none()
            && ev.quote_y.is_none()
        {
            worked = true;
            ev.near = self.passage(x, y);
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

    /// Entries `x` and `y` as whole texts: identical (`exact`), near-verbatim
    /// characters (`levenshtein`) or lightly edited words
    /// (`token-levenshtein`).
    fn whole(&self, x: u32, y: u32) -> Option<Aligned> {
        let o = self.opts;
        let (tx, ty) = (self.tokens(x), self.tokens(y));
        let (lx, ly) = (tx.len(), ty.len());
        let full = |l: usize| 0..l as u32;
        let sim = slice_similarity(tx, ty);
        if sim >= 1.0 {
            return Some(Aligned {
                score: 1.0,
                method: Method::Exact,
                xr: full(lx),
                yr: full(ly),
            });
        }
        if sim < o.edit_threshold {
            return None;
        }
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
        Some(Aligned {
            score,
            method,
            xr: full(lx),
            yr: full(ly),
        })
    }

    /// Whether to look for the shorter of `x` and `y` inside the longer:
    /// only when the longer attributes it to the shorter's speaker ("As
    /// Lavrov said, …"), an unmarked quotation. (Unattributed, a sentence
    /// inside a longer one is as often chance as reuse: "We certainly cannot
    /// achieve anything without Russia.") `common`: the equal words.
    fn may_contain(&self, x: u32, y: u32, common: usize) -> bool {
        let o = self.opts;
        let (ex, ey) = (&self.entries[x as usize], &self.entries[y as usize]);
        let (lx, ly) = (self.store.len(x), self.store.len(y));
        let (m, s) = (lx.max(ly), lx.min(ly));
        let longer_attributes = if lx > ly {
            self.attributes(x, &ey.surnames)
        } else {
            self.attributes(y, &ex.surnames)
        };
        s >= o.min_containment_tokens
            && s < m
            && common as f64 >= o.containment_threshold * s as f64
            && longer_attributes
    }

    /// The shorter of `x` and `y` aligned inside the longer (semi-global
    /// alignment), if enough of it aligns and it is distinctive.
    fn containment(&self, x: u32, y: u32) -> Option<Aligned> {
        let o = self.opts;
        let (tx, ty) = (self.tokens(x), self.tokens(y));
        let (lx, ly) = (tx.len(), ty.len());
        let x_short = lx <= ly;
        let (short, long) = if x_short { (tx, ty) } else { (ty, tx) };
        let (d, r) = semi_global(short, long);
        let c = 1.0 - d as f64 / short.len().min(verify::MAX_ALIGN) as f64;
        let (se, sl) = if x_short { (x, lx) } else { (y, ly) };
        if !(c >= o.containment_threshold && sl >= MIN_PARTIAL && self.distinctive(se, 0..sl)) {
            return None;
        }
        // an end word substituted rather than matched is not part of the
        // aligned text
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
        Some(Aligned {
            score: c,
            method: Method::Containment,
            xr,
            yr,
        })
    }

    /// The longest run of words `x` and `y` share, when it is a passage: at
    /// least [`PASSAGE_MIN_TOKENS`] words and [`PASSAGE_SHARE`] of the
    /// shorter entry, with [`PASSAGE_MIN_CONTENT`] content words,
    /// [`PASSAGE_MIN_COMMON`] of them no name or number. The shorter entry
    /// laid over the longer one at the passage must not change a name, a
    /// number or a negation ([`guard::Guard`]): "Russia was accused of
    /// …" / "The Netherlands was accused of …" state different facts.
    fn passage(&self, x: u32, y: u32) -> Option<Aligned> {
        let st = self.store;
        let (tx, ty) = (st.tokens(x), st.tokens(y));
        let (i, j, len) = verify::longest_run(tx, ty);
        let shorter = tx.len().min(ty.len());
        if len < PASSAGE_MIN_TOKENS || (len as f64) < PASSAGE_SHARE * shorter as f64 {
            return None;
        }
        let sw = stopwords();
        let (mut content, mut common) = (0, 0);
        for (t, f) in tx[i..i + len].iter().zip(&st.tflags(x)[i..i + len]) {
            if !sw.contains(t) {
                content += 1;
                if f & (CAPITALISED | NUMERIC) == 0 {
                    common += 1;
                }
            }
        }
        if content < PASSAGE_MIN_CONTENT || common < PASSAGE_MIN_COMMON {
            return None;
        }
        // the shorter entry laid over the longer at the passage
        let (s, si, l, lj) = if tx.len() <= ty.len() {
            (x, i, y, j)
        } else {
            (y, j, x, i)
        };
        let (ls, ll) = (st.len(s), st.len(l));
        let rest = st.tokens(s)[..si]
            .iter()
            .chain(&st.tokens(s)[si + len..])
            .filter(|t| !sw.contains(t))
            .count();
        if rest > PASSAGE_MAX_REST {
            return None;
        }
        let window = lj.saturating_sub(si)..(lj + ls - si).min(ll);
        let gs = guard::Guard::of(st.tokens(s), st.tflags(s), 0..ls);
        let gl = guard::Guard::of(st.tokens(l), st.tflags(l), window);
        if gs.contradicts(&gl) {
            return None;
        }
        Some(Aligned {
            score: len as f64 / shorter as f64,
            method: Method::Passage,
            xr: i as u32..(i + len) as u32,
            yr: j as u32..(j + len) as u32,
        })
    }

    /// The quotations of either entry aligned with the other
    /// (`ev.quote_x`, `ev.quote_y`); true if there were any to align.
    fn quotations(&self, ev: &mut PairEvidence, partial: bool) -> bool {
        let (x, y) = (ev.x, ev.y);
        let (tx, ty) = (self.tokens(x), self.tokens(y));
        let mut worked = false;
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
        worked
    }

    /// A shared phrase, when one entry attributes speech to the other's
    /// speaker (`ev.phrase_x`, `ev.phrase_y`); true if either does.
    fn phrases(&self, ev: &mut PairEvidence) -> bool {
        let (x, y) = (ev.x, ev.y);
        let (ex, ey) = (&self.entries[x as usize], &self.entries[y as usize]);
        let mut worked = false;
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
        worked
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

    /// False when the aligned words of entries `x` and `y` differ in a name,
    /// a number or a negation ([`guard::Guard`]); verbatim copies are
    /// always consistent.
    fn consistent(&self, x: u32, y: u32, a: &Aligned) -> bool {
        if a.method == Method::Exact {
            return true;
        }
        let st = self.store;
        let r = |r: &Range<u32>| r.start as usize..r.end as usize;
        let gx = guard::Guard::of(st.tokens(x), st.tflags(x), r(&a.xr));
        let gy = guard::Guard::of(st.tokens(y), st.tflags(y), r(&a.yr));
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
}
