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

    pub(super) fn text(&self, e: u32) -> &str {
        &self.claims[self.entries[e as usize].members[0] as usize].text
    }
}

/// True when the sorted `a` and `b` share an element.
pub(super) fn intersects(a: &[Tok], b: &[Tok]) -> bool {
    a.iter().any(|x| b.binary_search(x).is_ok())
}
