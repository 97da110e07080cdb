//! The annotation stage, between extraction and matching: the claims'
//! dates, topics and check-worthiness, and the corpus-wide event and topic
//! nodes.
//!
//! For every claim (in parallel):
//!
//! - every date expression, resolved against the document's date
//!   ([`dates::find_dates`]);
//! - its topics ([`topics::find_topics`]) — people, countries,
//!   organisations, places — plus the topics of the section heading it is
//!   under; person name variants are merged across the corpus
//!   ([`topics::merge_person_variants`]); the user's `[topics]` settings add
//!   names and aliases;
//! - its check-worthiness ([`checkworthiness`]).
//!
//! That is [`annotate_claims`]. The pipeline then runs the check-worthiness
//! filter ([`drop_below`]: claims below `--min-checkworthiness` are dropped,
//! and counted in the build summary), and [`nodes`] makes the topic nodes
//! and groups the dated happenings into events ([`events`]), using shared topics as
//! evidence (topics found in more than one claim in twenty are too common to
//! tie two happenings).

pub mod checkworthiness;
mod descriptions;
pub mod events;
pub mod topics;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::config::TopicConfig;
use crate::extract::reported::{Titles, speaker_surnames};
use crate::model::{Claim, ClaimDate, Event, Segmented, Topic};
use crate::text::dates::{self, DateMention};
use crate::text::gazetteer::{EntityKind, Entry, Gazetteer};
use crate::text::names;

/// A topic found in more than one claim in this many is too common to tie
/// two happenings into one event.
const COMMON_TOPIC_DIVISOR: usize = 20;
/// ... but a topic in at most this many claims always counts, however small
/// the corpus.
const MIN_COMMON_TOPIC_CLAIMS: usize = 2;
/// A word stem is rare (evidence that two dated claims tell of one
/// happening) when found in at most one in this many of the claims that
/// mention dates ...
const RARE_WORD_DIVISOR: usize = 1000;
/// ... or in at most this many of them, in a small corpus.
const MIN_RARE_WORD_CLAIMS: usize = 3;

/// The topic id for a topic name.
pub fn topic_id(name: &str) -> String {
    format!("topic:{}", names::slug(name))
}

/// The gazetteer with the user's extra topics and aliases.
fn gazetteer(cfg: &TopicConfig) -> std::borrow::Cow<'static, Gazetteer> {
    let builtin = Gazetteer::builtin();
    if cfg.add.is_empty() && cfg.aliases.is_empty() {
        return std::borrow::Cow::Borrowed(builtin);
    }
    let mut g = builtin.clone();
    for (name, kind) in &cfg.add {
        g.add(Entry {
            canonical: name.clone(),
            kind: EntityKind::parse(kind).unwrap_or(EntityKind::Other),
            aliases: Vec::new(),
        });
    }
    for (alias, target) in &cfg.aliases {
        let kind = g
            .lookup(target)
            .map(|e| e.kind)
            .or_else(|| cfg.add.get(target).and_then(|k| EntityKind::parse(k)))
            .unwrap_or(EntityKind::Other);
        g.add(Entry {
            canonical: target.clone(),
            kind,
            aliases: vec![alias.clone()],
        });
    }
    std::borrow::Cow::Owned(g)
}

/// What annotating the claims found, kept for the steps after the
/// check-worthiness filter.
#[derive(Debug, Default)]
pub struct ClaimNotes {
    /// The date mentions of each claim, in claim order.
    pub dates: Vec<Vec<DateMention>>,
    /// How often each topic name was found as each kind.
    kinds: BTreeMap<String, BTreeMap<EntityKind, usize>>,
}

/// The corpus-wide nodes annotation adds to an analysis.
#[derive(Debug, Default)]
pub struct Nodes {
    /// Dated happenings, in order of first mention.
    pub events: Vec<Event>,
    /// Topics, sorted by id.
    pub topics: Vec<Topic>,
}

/// What annotation finds in one claim: dates, topic mentions and the
/// check-worthiness score.
type Found = (Vec<DateMention>, Vec<topics::TopicMention>, f64);

/// Annotates the claims of a corpus in place: dates, topics (merged person
/// variants, the user's aliases, the topics of the section heading) and
/// check-worthiness. `titles` (who holds which title across the corpus)
/// resolves definite descriptions ("the President") to people.
pub fn annotate_claims(
    claims: &mut [Claim],
    segs: &[&Segmented],
    titles: &Titles,
    cfg: &TopicConfig,
) -> ClaimNotes {
    let gaz = gazetteer(cfg);
    let per_claim = find_in_claims(claims, segs, titles, &gaz);
    // Topics of section headings, per document and section.
    let section_topics: HashMap<(usize, &str), Vec<topics::TopicMention>> = segs
        .iter()
        .enumerate()
        .flat_map(|(d, s)| s.sections.iter().map(move |t| ((d, t.as_str()), t)))
        .map(|(k, t)| (k, topics::find_topics_with(&gaz, t)))
        .collect();
    let namer = Namer::new(&per_claim, &section_topics, cfg);
    let mut kinds: BTreeMap<String, BTreeMap<EntityKind, usize>> = BTreeMap::new();
    for (c, found) in claims.iter_mut().zip(&per_claim) {
        annotate_claim(c, found, &section_topics, &namer, &mut kinds);
    }
    ClaimNotes {
        dates: per_claim.into_iter().map(|p| p.0).collect(),
        kinds,
    }
}

/// Per claim, in parallel: dates, topic mentions (with the definite
/// descriptions `titles` resolves) and score.
fn find_in_claims(
    claims: &[Claim],
    segs: &[&Segmented],
    titles: &Titles,
    gaz: &Gazetteer,
) -> Vec<Found> {
    let doc_dates: Vec<Option<NaiveDate>> = segs.iter().map(|s| s.meta.date).collect();
    let surnames: Vec<Vec<String>> = segs.par_iter().map(|s| speaker_surnames(s)).collect();
    claims
        .par_iter()
        .map(|c| {
            let d = dates::find_dates(&c.text, doc_dates[c.doc_index]);
            let mut t = topics::find_topics_with(gaz, &c.text);
            t.extend(descriptions::mentions(
                &c.text,
                c.speaker.as_deref().unwrap_or(""),
                titles,
                &surnames[c.doc_index],
            ));
            t.sort_by_key(|m| m.range.start);
            let score = checkworthiness::checkworthiness_with(&c.text, &t, &d);
            (d, t, score)
        })
        .collect()
}

/// Names topic mentions: one name per person across the corpus, then the
/// user's aliases.
struct Namer<'a> {
    merged: HashMap<String, String>,
    cfg: &'a TopicConfig,
}

impl<'a> Namer<'a> {
    fn new(
        per_claim: &[Found],
        section_topics: &HashMap<(usize, &str), Vec<topics::TopicMention>>,
        cfg: &'a TopicConfig,
    ) -> Self {
        let people: BTreeSet<String> = per_claim
            .iter()
            .flat_map(|p| &p.1)
            .chain(section_topics.values().flatten())
            .filter(|t| t.kind == EntityKind::Person)
            .map(|t| t.name.clone())
            .collect();
        let people: Vec<String> = people.into_iter().collect();
        let merged = topics::merge_person_variants(&people);
        Namer { merged, cfg }
    }

    /// The user's aliases apply to the words as written ("Islas Malvinas")
    /// or to the name found ("Falkland Islands").
    fn name_of(&self, t: &topics::TopicMention, source: &str) -> String {
        let written = source.get(t.range.clone()).unwrap_or("");
        if let Some(a) = self.cfg.aliases.get(written) {
            return a.clone();
        }
        let n = self
            .merged
            .get(&t.name)
            .cloned()
            .unwrap_or_else(|| t.name.clone());
        self.cfg.aliases.get(&n).cloned().unwrap_or(n)
    }
}

/// Sets one claim's topics (its own, then its section heading's), score
/// and dates, counting each topic's kinds in `kinds`.
fn annotate_claim(
    c: &mut Claim,
    (found_dates, found_topics, score): &Found,
    section_topics: &HashMap<(usize, &str), Vec<topics::TopicMention>>,
    namer: &Namer,
    kinds: &mut BTreeMap<String, BTreeMap<EntityKind, usize>>,
) {
    let mut names: Vec<String> = Vec::new();
    let section = c.section.as_deref().unwrap_or("");
    let heading = section_topics.get(&(c.doc_index, section));
    let own = found_topics.iter().map(|t| (t, c.text.as_str()));
    let under = heading.into_iter().flatten().map(|t| (t, section));
    let speaker = c.speaker.as_deref().unwrap_or("");
    for (t, source) in own.chain(under) {
        let n = namer.name_of(t, source);
        // "I'm Jim Lehrer": a speaker's own name is a self-reference.
        if t.kind == EntityKind::Person && same_person(&n, speaker) {
            continue;
        }
        *kinds
            .entry(n.clone())
            .or_default()
            .entry(t.kind)
            .or_default() += 1;
        if !names.contains(&n) {
            names.push(n);
        }
    }
    c.topics = names;
    c.checkworthiness = *score;
    c.dates = found_dates
        .iter()
        .map(|d| ClaimDate {
            text: c.text[d.range.clone()].to_string(),
            date: d.date,
            end: d.end,
            qualifier: d.qualifier.map(|q| q.as_str()),
            resolution: d.kind.as_str(),
        })
        .collect();
}

/// Whether two person names are one person: the same last word, and the
/// shorter name's other words all in the longer ("Mitt Romney" and "W Mitt
/// Romney"; "Romney" and "Mitt Romney"; not "Jill Biden" and "Joe Biden").
fn same_person(a: &str, b: &str) -> bool {
    let wa: Vec<String> = a.split_whitespace().map(str::to_lowercase).collect();
    let wb: Vec<String> = b.split_whitespace().map(str::to_lowercase).collect();
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    match (short.last(), long.last()) {
        (Some(x), Some(y)) if x == y => short.iter().all(|w| long.contains(w)),
        _ => false,
    }
}

/// The check-worthiness filter: drops the claims scoring below
/// `min_checkworthiness` (with their notes) and returns how many it
/// dropped. 0 keeps every claim.
pub fn drop_below(
    claims: &mut Vec<Claim>,
    notes: &mut ClaimNotes,
    min_checkworthiness: f64,
) -> usize {
    let before = claims.len();
    if min_checkworthiness > 0.0 {
        let keep: Vec<bool> = claims
            .iter()
            .map(|c| c.checkworthiness >= min_checkworthiness)
            .collect();
        let mut k = keep.iter();
        claims.retain(|_| *k.next().expect("one flag per claim"));
        let mut k = keep.iter();
        notes
            .dates
            .retain(|_| *k.next().expect("one flag per claim"));
    }
    before - claims.len()
}

/// The topic and event nodes of the claims kept; adds event ids to the
/// claims.
pub fn nodes(claims: &mut [Claim], notes: &ClaimNotes) -> Nodes {
    let kinds = &notes.kinds;
    let found = &notes.dates;
    // Topic nodes.
    let mut per_topic: BTreeMap<&str, (usize, BTreeSet<usize>)> = BTreeMap::new();
    for c in claims.iter() {
        for t in &c.topics {
            let e = per_topic.entry(t.as_str()).or_default();
            e.0 += 1;
            e.1.insert(c.doc_index);
        }
    }
    let mut topic_nodes: Vec<Topic> = per_topic
        .iter()
        .map(|(name, (n, docs))| Topic {
            id: topic_id(name),
            name: name.to_string(),
            kind: kinds
                .get(*name)
                .and_then(|k| k.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))))
                .map_or(EntityKind::Other, |(k, _)| *k),
            claims: *n,
            documents: docs.len(),
        })
        .collect();
    topic_nodes.sort_by(|a, b| a.id.cmp(&b.id));
    topic_nodes.dedup_by(|a, b| a.id == b.id);

    // Events, with shared specific topics as evidence.
    let common = (claims.len() / COMMON_TOPIC_DIVISOR).max(MIN_COMMON_TOPIC_CLAIMS);
    let specific: HashMap<&str, bool> = per_topic
        .iter()
        .map(|(name, (n, _))| (*name, *n <= common))
        .collect();
    let claim_topics: Vec<Vec<String>> = claims
        .iter()
        .map(|c| {
            c.topics
                .iter()
                .filter(|t| specific.get(t.as_str()).copied().unwrap_or(false))
                .cloned()
                .collect()
        })
        .collect();
    let mentions: Vec<events::Mention> = found
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, f)| events::mentions(i, &claims[i].text, f))
        .collect();
    // Word stems rare among the claims that mention dates.
    let mut df: HashMap<String, usize> = HashMap::new();
    let mut dated: Vec<usize> = mentions.iter().map(|m| m.claim).collect();
    dated.dedup();
    for &c in &dated {
        for w in crate::segment::sections::stems(&claims[c].text) {
            *df.entry(w).or_default() += 1;
        }
    }
    let limit = (dated.len() / RARE_WORD_DIVISOR).max(MIN_RARE_WORD_CLAIMS);
    let rare = |w: &str| df.get(w).is_some_and(|&n| n <= limit);
    let (evs, of_mention) = events::group(claims, &mentions, &|c| claim_topics[c].clone(), &rare);
    for (m, &e) in mentions.iter().zip(&of_mention) {
        let id = &evs[e].id;
        let c = &mut claims[m.claim];
        if !c.events.contains(id) {
            c.events.push(id.clone());
        }
    }
    Nodes {
        events: evs,
        topics: topic_nodes,
    }
}

#[cfg(test)]
mod tests {
    use super::same_person;

    #[test]
    fn same_person_needs_the_surname_and_no_other_first_name() {
        assert!(same_person("Mitt Romney", "W Mitt Romney"));
        assert!(same_person("Lehrer", "Jim Lehrer"));
        assert!(!same_person("Jill Biden", "Joe Biden"));
        assert!(!same_person("Jim Lehrer", "Question"));
        assert!(!same_person("Jim Lehrer", ""));
    }
}
