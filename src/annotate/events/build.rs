//! Event building: one [`Event`] per group of linked mentions, with its
//! label, dates, unique id and counts.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::Mention;
use crate::model::{Claim, Event};
use crate::text::names;
use crate::util::UnionFind;

/// The events of the union-find's groups of mentions, in order of first
/// mention: label (the most frequent, then longest), dates, a unique id,
/// counts; and per mention, the index of its event.
pub(super) fn make_events(
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
