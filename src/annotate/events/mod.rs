//! Events: the dated happenings claims mention.
//!
//! Every date expression in a claim is resolved against its document's date
//! ([`dates::find_dates`]). A mention becomes part of an **event** when the
//! words around it say what happened: the nearest event noun within the
//! clause ("the trilateral statement issued … on November 9, 2020", "their
//! summit meeting in Moscow on January 11, 2021") or a past-tense verb that
//! names one ("detained in December" → detention). Day-precision dates
//! always make an event (labelled "event" when nothing better is found);
//! month and year precision only with such a label, so "since 2008" is a date
//! on the claim but not a happening.
//!
//! Mentions of the same date are one event when what they describe
//! overlaps:
//!
//! - at day precision, when their labels are related (an agreement and a
//!   statement are; a protest and a summit are not) or the claims share two
//!   rare words; an unlabelled mention (a bare date) joins the event of its
//!   own claim or of a claim sharing another date, else the only event of
//!   that date in its document, else the only one sharing a topic or a rare
//!   word; it never bridges two events and stays alone when in doubt;
//! - at month or year precision, within a document when their labels are
//!   the same ("summit"); across documents when their labels are related and
//!   the claims share a topic or two rare words ("In December 2020, the
//!   Latvian State Security Service … detained … Sputnik Latvia" and "seven
//!   journalists in Latvia who were detained in December … Sputnik Latvia");
//! - always, when both claims also mention the same other date ("the
//!   agreements of November 9, 2020 and January 11"), or are one claim.
//!
//! An event's label is its members' most frequent label (ties: the longer);
//! its id is `event:<ISO date>:<label slug>`.

mod build;
mod label;
mod link;

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::model::{Claim, Event, PartialDate, Precision};
use crate::text::dates::{DateKind, DateMention};
use crate::util::UnionFind;
use build::make_events;
pub use label::{Label, label_near, label_within};
use link::{Linker, content_stems};

/// A date mentioned by a claim, with what it says happened.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Index of the claim.
    pub claim: usize,
    /// The date expression (range in the claim's text).
    pub date: DateMention,
    /// What happened, when the words around say it.
    pub label: Option<Label>,
}

/// Finds the event mentions of one claim's dates: explicit day dates, and
/// any date whose words say what happened ("today" alone is not a
/// happening; "Euronews broadcast a story today" is).
pub fn mentions(claim: usize, text: &str, found: &[DateMention]) -> Vec<Mention> {
    found
        .iter()
        .map(|d| Mention {
            claim,
            date: d.clone(),
            label: label_near(text, &d.range, d.date.precision()),
        })
        .filter(|m| {
            m.label.is_some()
                || (m.date.date.precision() == Precision::Day && m.date.kind != DateKind::Relative)
        })
        .collect()
}

/// Groups event mentions into events.
///
/// `topics(c)` are the topic names of claim `c`; `rare` tells whether a word
/// stem is rare. Candidates are found through indexes (same claim, same
/// other date, same label group, same document, shared topic or rare word),
/// never by comparing all mentions of a date pairwise. Returns the events
/// (in order of first mention) and, per mention, the index of its event.
pub fn group(
    claims: &[Claim],
    mentions: &[Mention],
    topics: &dyn Fn(usize) -> Vec<String>,
    rare: &dyn Fn(&str) -> bool,
) -> (Vec<Event>, Vec<usize>) {
    let mut by_date: BTreeMap<PartialDate, Vec<usize>> = BTreeMap::new();
    for (i, m) in mentions.iter().enumerate() {
        by_date.entry(m.date.date).or_default().push(i);
    }
    // The dates each claim mentions, for the co-mention rule.
    let mut claim_dates: HashMap<usize, Vec<PartialDate>> = HashMap::new();
    let mut seen: HashSet<(usize, PartialDate)> = HashSet::new();
    for m in mentions {
        if seen.insert((m.claim, m.date.date)) {
            claim_dates.entry(m.claim).or_default().push(m.date.date);
        }
    }
    // Once per claim, not per mention (a claim may mention thousands of
    // dates).
    let mut stems: HashMap<usize, Vec<String>> = HashMap::new();
    for m in mentions {
        stems.entry(m.claim).or_insert_with(|| {
            let mut set: Vec<String> = content_stems(&claims[m.claim].text)
                .into_iter()
                .filter(|w| rare(w))
                .collect();
            set.sort();
            set
        });
    }
    let mut linker = Linker {
        claims,
        mentions,
        claim_dates,
        stems,
        topics,
        uf: UnionFind::new(mentions.len()),
    };
    for (date, ms) in &by_date {
        let labelled: Vec<usize> = ms
            .iter()
            .copied()
            .filter(|&m| mentions[m].label.is_some())
            .collect();
        linker.link_co_mentions(date, &labelled);
        if date.precision() == Precision::Day {
            linker.link_day(&labelled);
        } else {
            linker.link_month_or_year(&labelled);
        }
        linker.place_unlabelled(date, ms, &labelled);
    }
    make_events(claims, mentions, &mut linker.uf)
}
