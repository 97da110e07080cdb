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

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Range;

use crate::model::{Claim, Event, PartialDate, Precision};
use crate::text::dates::{self, DateKind, DateMention};
use crate::text::lexicon::{pairs, triples, words};
use crate::text::names;
use crate::util::UnionFind;

pairs!(
    /// Event nouns and the group each belongs to.
    NOUNS = "event_nouns.txt"
);

triples!(
    /// Past-tense verbs that name a happening.
    VERBS = "event_verbs.txt"
);

/// What a mention says happened: label text and group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Short label as written ("trilateral statement", "detention").
    pub text: String,
    /// The group of related event words ("agreement", "meeting", …).
    pub group: &'static str,
}

fn words(text: &str) -> Vec<(Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = is_word_char(c);
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s..i, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s..text.len(), &text[s..]));
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '’' || c == '\''
}

/// The start of the `n`-th word of [`words`] before byte `at` (0 when there
/// are fewer): always at a word boundary, so the words from there are the
/// words of the whole text.
fn window_start(text: &str, at: usize, n: usize) -> usize {
    let mut seen = 0;
    let mut next_is_word = false;
    for (i, c) in text[..at].char_indices().rev() {
        let part = is_word_char(c);
        if !part && next_is_word {
            seen += 1;
            if seen >= n {
                return i + c.len_utf8();
            }
        }
        next_is_word = part;
    }
    0
}

/// The end of the `n`-th word of [`words`] after byte `at` (the end of the
/// text when there are fewer).
fn window_end(text: &str, at: usize, n: usize) -> usize {
    let mut seen = 0;
    let mut prev_is_word = false;
    for (i, c) in text[at..].char_indices() {
        let part = is_word_char(c);
        if !part && prev_is_word {
            seen += 1;
            if seen >= n {
                return at + i;
            }
        }
        prev_is_word = part;
    }
    text.len()
}

/// A word that can qualify an event noun in a label: a name or acronym
/// ("START treaty", "Moscow summit"), an ordinal ("75th anniversary"),
/// another event noun ("summit meeting") or an adjective by its ending
/// ("trilateral statement", "presidential election").
fn is_modifier(w: &str) -> bool {
    let lower = w.to_lowercase();
    let calendar = dates::month_number(w).is_some()
        || dates::weekday_named(w).is_some()
        || matches!(lower.as_str(), "today" | "yesterday" | "tomorrow");
    if names::is_role_word(w) || calendar {
        return false;
    }
    let capital = w.chars().next().is_some_and(char::is_uppercase);
    let ordinal = w.chars().next().is_some_and(|c| c.is_ascii_digit())
        && ["st", "nd", "rd", "th"].iter().any(|s| lower.ends_with(s));
    let noun = NOUNS.iter().any(|(n, _)| *n == lower);
    let adjective = ADJECTIVE_SUFFIXES.iter().any(|s| lower.ends_with(s)) && lower.len() > 4;
    capital || ordinal || noun || adjective
}

words!(
    /// Endings of adjectives that may stand in a label ("presidential").
    ADJECTIVE_SUFFIXES = "event_adjective_suffixes.txt"
);

words!(
    /// Words that end the clause a date belongs to, after it.
    AFTER_STOP = "event_after_stop.txt"
);

/// The label for a date mention at `range` in `text`: the nearest event noun
/// or verb in the same clause, up to `before` words before the date or
/// `after` words after it.
pub fn label_within(
    text: &str,
    range: &Range<usize>,
    before: usize,
    after: usize,
) -> Option<Label> {
    // Only the words near the date: tokenising the whole text for each of
    // its dates made a sentence with thousands of dates quadratic.
    let lo = window_start(text, range.start, before + 3);
    let hi = window_end(text, range.end, after + 3);
    let ws: Vec<(Range<usize>, &str)> = words(&text[lo..hi])
        .into_iter()
        .map(|(r, w)| (r.start + lo..r.end + lo, w))
        .collect();
    let first = ws.iter().position(|(r, _)| r.end > range.start)?;
    let last = ws
        .iter()
        .rposition(|(r, _)| r.start < range.end)
        .unwrap_or(first);
    let clause_break = |a: usize, b: usize| text[a..b].contains([';', '.', ':', '?', '!']);
    let mut best: Option<(usize, Label)> = None;
    let consider = |i: usize, dist: usize, best: &mut Option<(usize, Label)>| {
        if best.as_ref().is_some_and(|(d, _)| *d <= dist) {
            return;
        }
        let (r, w) = &ws[i];
        if range.start <= r.start && r.end <= range.end {
            return;
        }
        let lower = w.to_lowercase();
        if let Some(&(_, group)) = NOUNS.iter().find(|(n, _)| *n == lower) {
            // One modifier before the noun: "trilateral statement".
            let mut text_out = w.to_string();
            if i > 0 {
                let (pr, pw) = &ws[i - 1];
                let adjacent = text[pr.end..r.start].chars().all(char::is_whitespace);
                if adjacent && is_modifier(pw) {
                    text_out = format!("{pw} {w}");
                }
            }
            *best = Some((
                dist,
                Label {
                    text: text_out,
                    group,
                },
            ));
        } else if let Some(&(_, noun, group)) = VERBS.iter().find(|(v, _, _)| *v == lower) {
            *best = Some((
                dist + 1,
                Label {
                    text: noun.to_string(),
                    group,
                },
            ));
        }
    };
    // After the date, the clause ends at a conjunction or relative pronoun
    // ("on November 9, 2020 and the agreements…"), and at a comma unless the
    // date opens the sentence ("On February 2, Lavrov will hold talks").
    let opens = first <= 1;
    let mut after_open = true;
    for d in 1..=before.max(after) {
        if d <= first && d <= before && !clause_break(ws[first - d].0.end, range.start) {
            consider(first - d, d, &mut best);
        }
        if after_open && last + d < ws.len() && d <= after {
            let (r, w) = &ws[last + d];
            let gap = &text[range.end..r.start];
            if clause_break(range.end, r.start)
                || AFTER_STOP.contains(&w.to_lowercase().as_str())
                || (!opens && gap.contains(','))
            {
                after_open = false;
            } else {
                consider(last + d, d, &mut best);
            }
        }
    }
    best.map(|(_, l)| l)
}

/// Words searched for a label (before, after) a day ...
const DAY_LABEL_WINDOW: (usize, usize) = (14, 10);
/// ... a month ...
const MONTH_LABEL_WINDOW: (usize, usize) = (6, 8);
/// ... and a year.
const YEAR_LABEL_WINDOW: (usize, usize) = (3, 3);

/// The label for a date mention: a day can be described from further away
/// (fourteen words before, ten after) than a month (six before, eight
/// after) or a year
/// (three), so that "back in 2017" does not borrow a noun from elsewhere in
/// the sentence.
pub fn label_near(text: &str, range: &Range<usize>, precision: Precision) -> Option<Label> {
    let (before, after) = match precision {
        Precision::Day => DAY_LABEL_WINDOW,
        Precision::Month => MONTH_LABEL_WINDOW,
        Precision::Year => YEAR_LABEL_WINDOW,
    };
    label_within(text, range, before, after)
}

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

fn content_stems(text: &str) -> HashSet<String> {
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
struct Placed {
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
struct Linker<'a> {
    claims: &'a [Claim],
    mentions: &'a [Mention],
    /// The dates each claim mentions, for the co-mention rule.
    claim_dates: HashMap<usize, Vec<PartialDate>>,
    /// The rare word stems of each claim.
    stems: HashMap<usize, Vec<String>>,
    topics: &'a dyn Fn(usize) -> Vec<String>,
    uf: UnionFind,
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
    fn link_co_mentions(&mut self, date: &PartialDate, labelled: &[usize]) {
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
    fn link_day(&mut self, labelled: &[usize]) {
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
    fn link_month_or_year(&mut self, labelled: &[usize]) {
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
    fn place_unlabelled(&mut self, date: &PartialDate, ms: &[usize], labelled: &[usize]) {
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

/// The events of the union-find's groups of mentions, in order of first
/// mention: label (the most frequent, then longest), dates, a unique id,
/// counts; and per mention, the index of its event.
fn make_events(
    claims: &[Claim],
    mentions: &[Mention],
    uf: &mut UnionFind,
) -> (Vec<Event>, Vec<usize>) {
    let mut root_event: HashMap<usize, usize> = HashMap::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut of_mention = vec![0; mentions.len()];
    for (i, slot) in of_mention.iter_mut().enumerate() {
        let r = uf.find(i);
        let e = *root_event.entry(r).or_insert_with(|| {
            members.push(Vec::new());
            members.len() - 1
        });
        members[e].push(i);
        *slot = e;
    }
    let mut used_ids: HashSet<String> = HashSet::new();
    let events = members
        .iter()
        .map(|ms| {
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for &m in ms {
                if let Some(l) = &mentions[m].label {
                    *counts.entry(l.text.as_str()).or_default() += 1;
                }
            }
            let label = counts
                .iter()
                .max_by(|a, b| {
                    a.1.cmp(b.1)
                        .then(a.0.len().cmp(&b.0.len()))
                        .then(b.0.cmp(a.0))
                })
                .map_or("event".to_string(), |(l, _)| l.to_string());
            let first = &mentions[ms[0]].date;
            let end = ms.iter().filter_map(|&m| mentions[m].date.end).max();
            let base = format!("event:{}:{}", first.date, names::slug(&label));
            let mut id = base.clone();
            let mut k = 2;
            while !used_ids.insert(id.clone()) {
                id = format!("{base}-{k}");
                k += 1;
            }
            let docs: HashSet<usize> = ms
                .iter()
                .map(|&m| claims[mentions[m].claim].doc_index)
                .collect();
            let claim_set: HashSet<usize> = ms.iter().map(|&m| mentions[m].claim).collect();
            Event {
                id,
                date: first.date,
                end,
                label,
                claims: claim_set.len(),
                documents: docs.len(),
            }
        })
        .collect();
    (events, of_mention)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::dates::find_dates;
    use chrono::NaiveDate;

    fn label(text: &str, anchor: (i32, u32, u32)) -> Vec<(String, Option<String>)> {
        let a = NaiveDate::from_ymd_opt(anchor.0, anchor.1, anchor.2);
        find_dates(text, a)
            .iter()
            .map(|d| {
                let l = label_near(text, &d.range, d.date.precision());
                (d.date.to_string(), l.map(|l| l.text))
            })
            .collect()
    }

    #[test]
    fn labels_from_nearby_words() {
        assert_eq!(
            label(
                "Efforts to ensure the exchange of POWs and other detainees are ongoing in accordance with the trilateral statement issued by the leaders of Russia, Azerbaijan and Armenia on November 9, 2020 and the agreements reached between them at their summit meeting in Moscow on January 11, 2021.",
                (2021, 1, 28)
            ),
            [
                (
                    "2020-11-09".to_string(),
                    Some("trilateral statement".to_string())
                ),
                ("2021-01-11".to_string(), Some("summit meeting".to_string())),
            ]
        );
        assert_eq!(
            label(
                "I am one of the seven journalists in Latvia who were detained in December by local security service officers.",
                (2021, 1, 18)
            ),
            [("2020-12".to_string(), Some("detention".to_string()))]
        );
        assert_eq!(
            label(
                "There have been over 50 such cases since 2008.",
                (2021, 1, 28)
            ),
            [("2008".to_string(), None)]
        );
        assert_eq!(
            label(
                "It is part of the agreements signed in the early hours of November 10, 2020.",
                (2021, 1, 18)
            ),
            [("2020-11-10".to_string(), Some("signing".to_string()))]
        );
    }
}
