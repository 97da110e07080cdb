//! The overview: documents, the top speakers and topics, and the
//! cross-document links, their claims collapsed per talking point and
//! document.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::Connection;

use super::builder::Builder;
use super::{ViewOptions, n_claims, speaker_or_role, topic_node};
use crate::render::data::{self, ClaimInfo, LinkInfo, placeholders};
use crate::render::{EdgeKind, NodeKind, Result, View, ViewNode};

pub(super) fn overview(conn: &Connection, o: &ViewOptions) -> Result<View> {
    let title = "Overview: documents, speakers, topics and links across documents".to_string();
    let mut b = Builder::new(conn, title, "overview".into())?;
    // one document has no links across documents: not every link read to
    // find none (178,000 at 50 MB)
    let mut links = if b.all_docs.len() < 2 {
        Vec::new()
    } else {
        data::links_where(conn, "a.doc <> b.doc", &[])?
    };
    links.sort_by_key(LinkInfo::rank);
    links.truncate(o.limit);
    links.sort_by_key(|l| l.seq);
    let ends: BTreeSet<String> = links
        .iter()
        .flat_map(|l| [l.source.clone(), l.target.clone()])
        .collect();
    let claims = data::claims_by_id(conn, &ends.into_iter().collect::<Vec<_>>())?;
    let groups = talking_points(conn, &claims)?;
    let mut shown_docs: BTreeSet<String> = claims.iter().map(|c| c.doc.clone()).collect();
    let mut by_size = b.all_docs.clone();
    by_size.sort_by(|x, y| y.claims.cmp(&x.claims).then(x.idx.cmp(&y.idx)));
    shown_docs.extend(by_size.iter().take(o.top).map(|d| d.path.clone()));
    for d in b.all_docs.clone() {
        if shown_docs.contains(&d.path) {
            b.doc_node(&d);
        }
    }
    overview_people(&mut b, &shown_docs, o.top)?;
    for g in groups.values() {
        b.node(g.node());
    }
    let group_of: BTreeMap<&str, String> = groups
        .values()
        .flat_map(|g| g.shown.iter().map(move |c| (c.as_str(), g.id())))
        .collect();
    for l in &links {
        if let (Some(s), Some(t)) = (
            group_of.get(l.source.as_str()),
            group_of.get(l.target.as_str()),
        ) {
            let tip = format!("{} ({})", l.kind, l.method);
            b.edge(s, t, EdgeKind::of_link(&l.kind), Some(l.score), &tip);
        }
    }
    Ok(b.finish())
}

/// The top speakers and topics, each with an edge to the shown documents
/// it has claims in, labelled with the count.
fn overview_people(b: &mut Builder, docs: &BTreeSet<String>, top: usize) -> Result<()> {
    let speakers = data::top_speakers(b.conn, top)?;
    let ids: Vec<String> = speakers.iter().map(|s| s.id.clone()).collect();
    let counts = data::speaker_doc_counts(b.conn, &ids)?;
    for s in &speakers {
        let tip = format!("speaker: {} ({})", s.name, n_claims(s.claims));
        b.speaker(&s.name, tip);
    }
    count_edges(b, &counts, docs, |s, d| (s.to_string(), d), EdgeKind::Said);
    let topics = data::top_topics(b.conn, top)?;
    let ids: Vec<String> = topics.iter().map(|t| t.id.clone()).collect();
    for t in &topics {
        b.node(topic_node(&t.id, &t.name, t.claims));
    }
    let counts = data::topic_doc_counts(b.conn, &ids)?;
    count_edges(
        b,
        &counts,
        docs,
        |t, d| (d, t.to_string()),
        EdgeKind::Mentions,
    );
    Ok(())
}

/// An edge labelled with the count between each speaker or topic and its
/// [`busiest`] shown documents; `ends` orders (name id, `doc:` id) as the
/// edge's (from, to).
fn count_edges(
    b: &mut Builder,
    counts: &BTreeMap<(String, String), i64>,
    docs: &BTreeSet<String>,
    ends: impl Fn(&str, String) -> (String, String),
    kind: EdgeKind,
) {
    let keep = busiest(counts, docs);
    for ((name, d), n) in counts {
        if keep.contains(&(name, d)) {
            let (from, to) = ends(name, format!("doc:{d}"));
            b.edge(&from, &to, kind, None, &n_claims(*n));
        }
    }
}

/// Documents each overview speaker or topic is drawn linked to, at most.
const PER_NAME: usize = 5;

/// For each speaker or topic, its [`PER_NAME`] shown documents with most
/// claims (ties: corpus path order), so a large corpus's overview is not a
/// mesh of count edges.
pub(super) fn busiest<'c>(
    counts: &'c BTreeMap<(String, String), i64>,
    docs: &BTreeSet<String>,
) -> BTreeSet<(&'c String, &'c String)> {
    let mut by_name: BTreeMap<&String, Vec<(i64, &String)>> = BTreeMap::new();
    for ((name, doc), n) in counts {
        if docs.contains(doc) {
            by_name.entry(name).or_default().push((*n, doc));
        }
    }
    let mut keep = BTreeSet::new();
    for (name, mut ds) in by_name {
        ds.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        keep.extend(ds.into_iter().take(PER_NAME).map(|(_, d)| (name, d)));
    }
    keep
}

/// The claims of one talking point in one document (or one claim).
struct Group {
    cluster: String,
    doc: String,
    size: i64,
    /// the shown (linked) claims of the group
    shown: Vec<String>,
    /// every claim of the talking point in this document
    members: Vec<ClaimInfo>,
}

impl Group {
    fn id(&self) -> String {
        if self.size > 1 {
            format!("tp:{}@{}", self.cluster, self.doc)
        } else {
            self.shown[0].clone()
        }
    }

    fn node(&self) -> ViewNode {
        let first = &self.members[0];
        let speakers: BTreeSet<&str> = self.members.iter().map(speaker_or_role).collect();
        let who = speakers.into_iter().collect::<Vec<_>>().join(", ");
        let (kind, head) = if self.size > 1 {
            let n = self.members.len();
            let head = format!("{who} · talking point: {n} of its {} claims", self.size);
            (NodeKind::TalkingPoint, head)
        } else {
            (NodeKind::Claim, format!("{who} · line {}", first.line))
        };
        let texts: Vec<String> = self
            .members
            .iter()
            .map(|c| format!("line {}: {}", c.line, c.text))
            .collect();
        ViewNode {
            id: self.id(),
            kind,
            label: format!("{head}\n{}", first.text),
            tooltip: format!("{}\n\n{} ({})", texts.join("\n"), self.doc, self.cluster),
            doc: Some(self.doc.clone()),
            question: kind == NodeKind::Claim && first.role == "question",
            focus: false,
        }
    }
}

/// The claims grouped by (talking point, document); groups of a talking
/// point of several claims hold all its claims in that document.
fn talking_points(
    conn: &Connection,
    claims: &[ClaimInfo],
) -> Result<BTreeMap<(String, String), Group>> {
    let clusters: Vec<String> = claims
        .iter()
        .filter(|c| c.cluster_size > 1)
        .map(|c| c.cluster.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut mates: BTreeMap<(String, String), Vec<ClaimInfo>> = BTreeMap::new();
    for chunk in clusters.chunks(400) {
        let clause = format!("c.cluster IN ({})", placeholders(chunk.len()));
        for c in data::claims_where(conn, &clause, chunk)? {
            mates
                .entry((c.cluster.clone(), c.doc.clone()))
                .or_default()
                .push(c);
        }
    }
    let mut groups: BTreeMap<(String, String), Group> = BTreeMap::new();
    for c in claims {
        let key = if c.cluster_size > 1 {
            (c.cluster.clone(), c.doc.clone())
        } else {
            (c.id.clone(), c.doc.clone())
        };
        let g = groups.entry(key.clone()).or_insert_with(|| Group {
            cluster: c.cluster.clone(),
            doc: c.doc.clone(),
            size: c.cluster_size,
            shown: Vec::new(),
            members: mates.get(&key).cloned().unwrap_or_else(|| vec![c.clone()]),
        });
        g.shown.push(c.id.clone());
    }
    Ok(groups)
}
