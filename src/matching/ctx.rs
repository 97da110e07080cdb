//! [`Ctx`], the read-only view of one matching run that the **verify**
//! ([`evidence`](super::evidence)) and **classify**
//! ([`classify`](super::classify)) steps are methods of.

use super::MatchOptions;
use super::attribution::Surnames;
use super::entries::Entry;
use super::index::Index;
use super::normalize::Tok;
use super::store::Store;
use crate::model::Claim;

/// What verification and classification read: the claims, their entries,
/// the store and the index, the chronological ranks and the options.
pub(super) struct Ctx<'a> {
    pub(super) claims: &'a [Claim],
    pub(super) entry_of: &'a [u32],
    pub(super) names: &'a Surnames<'a>,
    pub(super) index: &'a Index,
    pub(super) store: &'a Store,
    pub(super) entries: &'a [Entry],
    pub(super) rank: &'a [u32],
    pub(super) opts: &'a MatchOptions,
}

impl Ctx<'_> {
    pub(super) fn tokens(&self, e: u32) -> &[Tok] {
        self.store.tokens(e)
    }

    /// Whether a claim of entry `e` has a speaker.
    pub(super) fn has_speaker(&self, e: u32) -> bool {
        self.entries[e as usize]
            .members
            .iter()
            .any(|&c| self.claims[c as usize].speaker.is_some())
    }

    /// Whether claims `a` and `b` of one speaker are far enough apart to
    /// link as a restatement: in different documents, or in one document
    /// when the later is that speaker's words reported by someone else and
    /// the earlier is not ("Governor Romney said this has to be done on a
    /// bipartisan basis." after Romney's own line), sharing no bytes.
    pub(super) fn apart(&self, a: u32, b: u32) -> bool {
        let (ca, cb) = (&self.claims[a as usize], &self.claims[b as usize]);
        if ca.doc_index != cb.doc_index {
            return true;
        }
        let (later, earlier) = if self.rank[a as usize] > self.rank[b as usize] {
            (ca, cb)
        } else {
            (cb, ca)
        };
        later.is_reported()
            && !earlier.is_reported()
            && later.reported_by != later.speaker
            && (later.range.start >= earlier.range.end || earlier.range.start >= later.range.end)
    }

    pub(super) fn text(&self, e: u32) -> &str {
        &self.claims[self.entries[e as usize].members[0] as usize].text
    }
}

/// True when the sorted `a` and `b` share an element.
pub(super) fn intersects(a: &[Tok], b: &[Tok]) -> bool {
    a.iter().any(|x| b.binary_search(x).is_ok())
}
