//! Per-entry token data in contiguous arrays ([`Store`]), made at the end
//! of the **entries** step from each entry's first claim; the index,
//! verification, classification, [`semantic`](super::semantic) and
//! [`related`](super::related) read entries through it.

use std::ops::Range;

use super::entries::Entry;
use super::normalize::Tok;
use super::prepare::Prep;

/// Entry token data in contiguous arrays (entry order), so that screening
/// a candidate pair touches little memory. Built once the entries are known;
/// the per-claim normalisation is dropped then.
#[derive(Debug, Default)]
pub(super) struct Store {
    /// Start of each entry's tokens in the token arrays (one extra).
    off: Vec<u32>,
    /// Tokens, entry after entry.
    tokens: Vec<Tok>,
    /// Each entry's tokens sorted (bag-of-words screen).
    sorted: Vec<Tok>,
    /// Token flags ([`GAP_BEFORE`](super::normalize::GAP_BEFORE), …).
    tflags: Vec<u8>,
    /// Token stems ([`NormText::stems`](super::normalize::NormText::stems)).
    stems: Vec<Tok>,
    /// Token roots ([`NormText::roots`](super::normalize::NormText::roots)).
    roots: Vec<Tok>,
    /// Per entry: quotation segments (token ranges).
    quotes: Vec<Vec<Range<u32>>>,
    /// Per entry: [`HAS_QUOTES`], [`HAS_ATTRIBUTION`].
    pub(super) flags: Vec<u8>,
}

/// [`Store::flags`]: the entry has quotations.
pub(super) const HAS_QUOTES: u8 = 1;
/// [`Store::flags`]: the entry attributes speech to someone (a surname
/// next to a reporting verb, or reported speech).
pub(super) const HAS_ATTRIBUTION: u8 = 2;

impl Store {
    fn range(&self, e: u32) -> Range<usize> {
        let e = e as usize;
        self.off[e] as usize..self.off[e + 1] as usize
    }

    pub(super) fn tokens(&self, e: u32) -> &[Tok] {
        &self.tokens[self.range(e)]
    }

    pub(super) fn sorted(&self, e: u32) -> &[Tok] {
        &self.sorted[self.range(e)]
    }

    pub(super) fn tflags(&self, e: u32) -> &[u8] {
        &self.tflags[self.range(e)]
    }

    pub(super) fn stems(&self, e: u32) -> &[Tok] {
        &self.stems[self.range(e)]
    }

    pub(super) fn roots(&self, e: u32) -> &[Tok] {
        &self.roots[self.range(e)]
    }

    pub(super) fn quotes(&self, e: u32) -> &[Range<u32>] {
        &self.quotes[e as usize]
    }

    pub(super) fn len(&self, e: u32) -> usize {
        let e = e as usize;
        (self.off[e + 1] - self.off[e]) as usize
    }
}

/// The store of `entries`, from the preparation of each one's first member
/// (the preparations are consumed).
pub(super) fn build_store(entries: &[Entry], mut preps: Vec<Prep>) -> Store {
    let total: usize = entries
        .iter()
        .map(|e| preps[e.members[0] as usize].norm.len())
        .sum();
    let mut st = Store {
        off: Vec::with_capacity(entries.len() + 1),
        tokens: Vec::with_capacity(total),
        sorted: Vec::with_capacity(total),
        tflags: Vec::with_capacity(total),
        stems: Vec::with_capacity(total),
        roots: Vec::with_capacity(total),
        quotes: Vec::with_capacity(entries.len()),
        flags: Vec::with_capacity(entries.len()),
    };
    st.off.push(0);
    for e in entries {
        // Each preparation is freed once copied: the store and all the
        // preparations never exist in full together (the peak memory of a
        // big corpus).
        let p = std::mem::take(&mut preps[e.members[0] as usize]);
        st.tokens.extend_from_slice(&p.norm.hashes);
        let start = st.sorted.len();
        st.sorted.extend_from_slice(&p.norm.hashes);
        st.sorted[start..].sort_unstable();
        st.tflags.extend_from_slice(&p.norm.flags);
        st.stems.extend_from_slice(&p.norm.stems);
        st.roots.extend_from_slice(&p.norm.roots);
        st.off.push(st.tokens.len() as u32);
        let mut f = 0;
        if !p.quotes.is_empty() {
            f |= HAS_QUOTES;
        }
        st.quotes.push(p.quotes);
        if !e.attributed.is_empty() || !e.reported.is_empty() {
            f |= HAS_ATTRIBUTION;
        }
        st.flags.push(f);
    }
    st
}
