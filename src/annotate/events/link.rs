//! Linking and placing: the rules that join mentions of one date into one
//! happening (co-mentions, related labels, shared topics or rare words) and
//! place unlabelled mentions, through indexes rather than pairwise.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::{Label, Mention};
use crate::model::{Claim, PartialDate};
use crate::util::UnionFind;

pub(super) fn content_stems(text: &str) -> HashSet<String> {
    crate::segment::sections::stems(text)
        .into_iter()
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .collect()
}

/// A posting list longer than this is a word too common among a date's
/// mentions to tie any two of them.
const MAX_POSTINGS: usize = 64;

/// Two same-date mentions with labels of one group are one happening when
/// they share this many specific topics ...
const MIN_SHARED_TOPICS: usize = 1;
/// ... or this many rare words.
const MIN_SHARED_RARE_WORDS: usize = 2;

/// Rare words shared by two mentions, counted through an inverted index:
/// for each mention, the earlier mentions sharing at least `min` of its
/// rare words.
fn sharing(
    ms: &[usize],
    words: &dyn Fn(usize) -> Vec<String>,
    min: usize,
) -> Vec<(usize, Vec<(usize, usize)>)> {
    let mut postings: HashMap<String, Vec<usize>> = HashMap::new();
    let mut out = Vec::with_capacity(ms.len());
    for &m in ms {
        let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
        let ws = words(m);
        for w in &ws {
            if let Some(p) = postings.get(w)
                && p.len() <= MAX_POSTINGS
            {
                for &q in p {
                    *counts.entry(q).or_default() += 1;
                }
            }
        }
        out.push((m, counts.into_iter().filter(|&(_, n)| n >= min).collect()));
        for w in ws {
            postings.entry(w).or_default().push(m);
        }
    }
    out
}

/// The mentions of one date placed so far, indexed by what can tie a new
/// mention to them.
#[derive(Default)]
pub(super) struct Placed {
    by_claim: HashMap<usize, Vec<usize>>,
    by_other: HashMap<PartialDate, Vec<usize>>,
    by_doc: HashMap<usize, Vec<usize>>,
    by_topic: HashMap<String, Vec<usize>>,
    by_word: HashMap<String, Vec<usize>>,
}

impl Placed {
    fn add(
        &mut self,
        m: usize,
        claim: usize,
        other_dates: impl Iterator<Item = PartialDate>,
        doc: usize,
        topics: Vec<String>,
        words: Vec<String>,
    ) {
        self.by_claim.entry(claim).or_default().push(m);
        for d in other_dates {
            self.by_other.entry(d).or_default().push(m);
        }
        self.by_doc.entry(doc).or_default().push(m);
        for t in topics {
            self.by_topic.entry(t).or_default().push(m);
        }
        for w in words {
            self.by_word.entry(w).or_default().push(m);
        }
    }
}

/// Label groups that describe one happening: detentions happen at
/// protests.
fn group_key(l: &Label) -> &'static str {
    match l.group {
        "detention" | "protest" => "detention+protest",
        g => g,
    }
}

/// Links the mentions of one date at a time into groups (a union-find),
/// rule by rule.
pub(super) struct Linker<'a> {
    pub(super) claims: &'a [Claim],
    pub(super) mentions: &'a [Mention],
    /// The dates each claim mentions, for the co-mention rule.
    pub(super) claim_dates: HashMap<usize, Vec<PartialDate>>,
    /// The rare word stems of each claim.
    pub(super) stems: HashMap<usize, Vec<String>>,
    pub(super) topics: &'a dyn Fn(usize) -> Vec<String>,
    pub(super) uf: UnionFind,
}

impl<'a> Linker<'a> {
    /// The rare words of mention `m`'s claim.
    fn words(&self, m: usize) -> Vec<String> {
        self.stems[&self.mentions[m].claim].clone()
    }

    /// The specific topics of mention `m`'s claim.
    fn topic_words(&self, m: usize) -> Vec<String> {
        (self.topics)(self.mentions[m].claim)
    }

    fn label(&self, m: usize) -> &'a Label {
        let mentions: &'a [Mention] = self.mentions;
        mentions[m].label.as_ref().expect("labelled")
    }

    fn doc(&self, m: usize) -> usize {
        self.claims[self.mentions[m].claim].doc_index
    }

    /// The same claim, or claims that also share another date.
    pub(super) fn link_co_mentions(&mut self, date: &PartialDate, labelled: &[usize]) {
        let mut first_by_claim: HashMap<usize, usize> = HashMap::new();
        let mut first_by_other: HashMap<PartialDate, usize> = HashMap::new();
        for &m in labelled {
            let c = self.mentions[m].claim;
            match first_by_claim.get(&c) {
                Some(&f) => self.uf.union(m, f),
                None => {
                    first_by_claim.insert(c, m);
                }
            }
            for d in self.claim_dates[&c].iter().filter(|d| *d != date) {
                match first_by_other.get(d) {
                    Some(&f) => self.uf.union(m, f),
                    None => {
                        first_by_other.insert(*d, m);
                    }
                }
            }
        }
    }

    /// On a given day, related labels describe one happening, and so do
    /// claims sharing two rare words.
    pub(super) fn link_day(&mut self, labelled: &[usize]) {
        let mut first_by_group: HashMap<&str, usize> = HashMap::new();
        for &m in labelled {
            match first_by_group.get(group_key(self.label(m))) {
                Some(&f) => self.uf.union(m, f),
                None => {
                    first_by_group.insert(group_key(self.label(m)), m);
                }
            }
        }
        for (m, tied) in sharing(labelled, &|m| self.words(m), MIN_SHARED_RARE_WORDS) {
            for (q, _) in tied {
                self.uf.union(m, q);
            }
        }
    }

    /// In a month or year: within a document, the same label; across
    /// documents, related labels and a shared topic or two rare words.
    pub(super) fn link_month_or_year(&mut self, labelled: &[usize]) {
        let mut first_by_doc_label: HashMap<(usize, &str), usize> = HashMap::new();
        for &m in labelled {
            let key = (self.doc(m), self.label(m).text.as_str());
            match first_by_doc_label.get(&key) {
                Some(&f) => self.uf.union(m, f),
                None => {
                    first_by_doc_label.insert(key, m);
                }
            }
        }
        let mut by_group: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for &m in labelled {
            by_group
                .entry(group_key(self.label(m)))
                .or_default()
                .push(m);
        }
        for members in by_group.values() {
            let pairs: Vec<_> = sharing(members, &|m| self.topic_words(m), MIN_SHARED_TOPICS)
                .into_iter()
                .chain(sharing(members, &|m| self.words(m), MIN_SHARED_RARE_WORDS))
                .collect();
            for (m, tied) in pairs {
                for (q, _) in tied {
                    if self.doc(m) != self.doc(q) {
                        self.uf.union(m, q);
                    }
                }
            }
        }
    }

    /// An unlabelled mention (a bare day date) joins the one event it is
    /// tied to: the event of its own claim or of a claim that shares
    /// another date; else the only event of that date in its document;
    /// else the only one sharing a topic, or a rare word. It never bridges
    /// two events, and stays alone when the choice is ambiguous.
    pub(super) fn place_unlabelled(
        &mut self,
        date: &PartialDate,
        ms: &[usize],
        labelled: &[usize],
    ) {
        let mut placed = Placed::default();
        for &m in labelled {
            self.place(date, m, &mut placed);
        }
        for &u in ms.iter().filter(|&&m| self.mentions[m].label.is_none()) {
            if let Some(r) = self.choose(date, u, &placed) {
                self.uf.union(u, r);
            }
            self.place(date, u, &mut placed);
        }
    }

    fn place(&self, date: &PartialDate, m: usize, placed: &mut Placed) {
        let c = self.mentions[m].claim;
        let others = self.claim_dates[&c].iter().filter(|d| *d != date).copied();
        placed.add(
            m,
            c,
            others,
            self.claims[c].doc_index,
            self.topic_words(m),
            self.words(m),
        );
    }

    /// The group the unlabelled mention `u` joins, if exactly one fits.
    fn choose(&mut self, date: &PartialDate, u: usize, placed: &Placed) -> Option<usize> {
        let c = self.mentions[u].claim;
        let topic_words = self.topic_words(u);
        let words = self.words(u);
        let claim_dates = &self.claim_dates;
        let uf = &mut self.uf;
        let mut roots_of = |ps: &[usize]| -> BTreeSet<usize> {
            ps.iter().take(MAX_POSTINGS).map(|&p| uf.find(p)).collect()
        };
        let strong: BTreeSet<usize> = placed
            .by_claim
            .get(&c)
            .map(|v| roots_of(v))
            .unwrap_or_default()
            .into_iter()
            .chain(claim_dates[&c].iter().filter(|d| *d != date).flat_map(|d| {
                placed
                    .by_other
                    .get(d)
                    .map(|v| roots_of(v))
                    .unwrap_or_default()
            }))
            .collect();
        if let Some(&r) = strong.iter().next() {
            return Some(r);
        }
        let doc = placed
            .by_doc
            .get(&self.claims[c].doc_index)
            .map(|v| roots_of(v))
            .unwrap_or_default();
        let topic: BTreeSet<usize> = topic_words
            .iter()
            .flat_map(|t| {
                placed
                    .by_topic
                    .get(t)
                    .map(|v| roots_of(v))
                    .unwrap_or_default()
            })
            .collect();
        let word: BTreeSet<usize> = words
            .iter()
            .flat_map(|w| {
                placed
                    .by_word
                    .get(w)
                    .map(|v| roots_of(v))
                    .unwrap_or_default()
            })
            .collect();
        [doc, topic, word]
            .into_iter()
            .find(|set| !set.is_empty())
            .filter(|set| set.len() == 1)
            .and_then(|set| set.into_iter().next())
    }
}
