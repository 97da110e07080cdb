//! Step 5, **classify**: entry-level evidence becomes claim links. Each
//! pair of member claims gets a direction (the later claim links to the
//! earlier, by rank) and a kind: quotation, speaker, reported speech and
//! attribution decide between quotes, repeats and paraphrases. Claims of one
//! document that share bytes (a sentence and the speech reported in it) are
//! never linked. The same rules turn the pairs found by
//! [`semantic`] into links.

use std::ops::Range;

use rayon::prelude::*;

use super::Method;
use super::ctx::Ctx;
use super::evidence::{Aligned, PairEvidence};
use super::semantic;
use crate::extract::reported::ReportKind;
use crate::model::{Claim, MatchKind};

/// A classified link between two claims, before texts are attached.
#[derive(Debug, Clone)]
pub(super) struct Link {
    pub(super) from: u32,
    pub(super) to: u32,
    pub(super) kind: MatchKind,
    pub(super) score: f64,
    pub(super) method: Method,
    pub(super) from_tokens: Range<u32>,
    pub(super) to_tokens: Range<u32>,
}

/// Step 5, **classify**: the claim links of the verified entry pairs, then
/// the links between the claims of each text group (identical texts).
pub(super) fn classify_links(
    ctx: &Ctx,
    evidence: &[PairEvidence],
    texts: &[Vec<u32>],
) -> Vec<Link> {
    let mut links: Vec<Link> = evidence
        .par_iter()
        .flat_map_iter(|ev| ctx.expand(ev))
        .collect();
    // identical texts (whatever their quotation marks): linked directly,
    // however often they recur (a talking point is not boilerplate; claims
    // with too few content words are not eligible)
    let group_links: Vec<Link> = texts
        .par_iter()
        .filter(|t| ctx.entries[ctx.entry_of[t[0] as usize] as usize].eligible)
        .flat_map_iter(|t| ctx.expand_group(t))
        .collect();
    links.extend(group_links);
    links
}

impl Ctx<'_> {
    /// A link of claim `from` to the earlier claim `to` that spans both
    /// whole (the later claim restates the earlier one as a whole).
    pub(super) fn whole_link(
        &self,
        (from, to): (u32, u32),
        kind: MatchKind,
        score: f64,
        method: Method,
    ) -> Link {
        let len = |c: u32| self.tokens(self.entry_of[c as usize]).len() as u32;
        Link {
            from,
            to,
            kind,
            score,
            method,
            from_tokens: 0..len(from),
            to_tokens: 0..len(to),
        }
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
            // a passage shared within one document is a restatement only
            // where the later claim refers back to the earlier
            if a.method == Method::Passage
                && (!self.same_speaker(later, earlier)
                    || self.claims[later as usize].doc_index
                        == self.claims[earlier as usize].doc_index)
            {
                return None;
            }
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

    /// Links between the claims of one entry (identical normalised texts):
    /// each member to the earliest and to the most recent earlier members,
    /// at most `max_links` of each.
    pub(super) fn expand_group(&self, m: &[u32]) -> Vec<Link> {
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

    /// The claim-level links of an entry pair found by [`semantic`]: across
    /// documents, and within one where the later claim
    /// [refers back](Self::refers_back).
    pub(super) fn expand_semantic(&self, p: &semantic::SemPair) -> Vec<Link> {
        let (ex, ey) = (&self.entries[p.x as usize], &self.entries[p.y as usize]);
        let method = match p.method {
            semantic::SemMethod::Restated => Method::Restated,
            semantic::SemMethod::Semantic => Method::Semantic,
            semantic::SemMethod::Reworded => Method::Reworded,
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
                    || method == Method::Semantic && !self.one_voice(a, b)
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
    pub(super) fn restated_kind(&self, later: u32, earlier: u32) -> MatchKind {
        match self.claims[later as usize].reported_kind {
            Some(ReportKind::Direct) => MatchKind::Quotes,
            Some(ReportKind::Indirect) => MatchKind::Paraphrases,
            None if self.same_speaker(later, earlier) => MatchKind::Repeats,
            None => MatchKind::Paraphrases,
        }
    }

    /// Whether two claims speak with one voice: the same speaker, or one
    /// is speech reported by the other's speaker ("He said that he'd cut
    /// in half the deficit." / "he'd cut the deficit in half", reported by
    /// the same man in another debate). A `semantic` paraphrase needs it:
    /// sentences of two people that are merely alike in words and sense
    /// are most often two takes on one topic ("that's what we've done over
    /// the last four years" / "that's not what you've done in the last
    /// four years"), and two moderators' procedure is alike everywhere.
    fn one_voice(&self, a: u32, b: u32) -> bool {
        let (ca, cb) = (&self.claims[a as usize], &self.claims[b as usize]);
        let reported_by =
            |r: &Claim, s: &Claim| r.reported_by.is_some() && r.reported_by == s.speaker;
        self.same_speaker(a, b) || reported_by(ca, cb) || reported_by(cb, ca)
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
}
