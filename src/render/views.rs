//! Which nodes and edges each view holds. Every view reads the store, keeps
//! at most `limit` claims (linked claims first, then the most check-worthy)
//! and lists nodes and edges in a deterministic order.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::Connection;

use super::data::{self, ClaimInfo, DocInfo, LinkInfo, placeholders};
use super::{EdgeKind, NodeKind, RenderError, Result, View, ViewDoc, ViewEdge, ViewNode};
use crate::query::Store;

/// What to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewSpec {
    /// Documents, speakers, the top topics and the cross-document links,
    /// claims collapsed into their talking points.
    Overview,
    /// One speaker's claims (as `--speaker` resolves the name).
    Speaker(String),
    /// The claims mentioning a topic.
    Topic(String),
    /// The claims within `depth` links of a claim (an id or unique
    /// prefix), with its talking point.
    Around(String),
    /// One document's claims (a path or part of one).
    Doc(String),
}

/// How much a view holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewOptions {
    /// Topics and speakers shown in the overview (most claims first), and
    /// topics in a speaker's view.
    pub top: usize,
    /// Most claims (or cross-document links in the overview) shown.
    pub limit: usize,
    /// Links followed from the claim of an `Around` view.
    pub depth: usize,
}

impl Default for ViewOptions {
    fn default() -> Self {
        ViewOptions {
            top: 10,
            limit: 30,
            depth: 2,
        }
    }
}

/// Builds a view from the store.
pub fn build_view(store: &Store, spec: &ViewSpec, o: &ViewOptions) -> Result<View> {
    let o = ViewOptions {
        limit: o.limit.max(1),
        ..*o
    };
    let view = match spec {
        ViewSpec::Overview => overview(store.connection(), &o)?,
        ViewSpec::Speaker(name) => speaker(store, &store.resolve_speaker(name)?, &o)?,
        ViewSpec::Topic(name) => topic(store, &store.resolve_topic(name)?, &o)?,
        ViewSpec::Around(id) => around(store, &store.resolve_claim(id)?, &o)?,
        ViewSpec::Doc(path) => doc(store, &store.resolve_doc(path)?, &o)?,
    };
    if view.nodes.is_empty() {
        return Err(RenderError::Empty(format!(
            "the view {:?} is empty",
            view.title
        )));
    }
    Ok(view)
}

/// A lower-case ASCII slug for file names.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    let out: String = out.chars().take(60).collect();
    if out.is_empty() {
        "x".into()
    } else {
        out.trim_end_matches('-').to_string()
    }
}

/// See [`Builder::finish`].
const FAN: usize = 8;

/// Assembles a view: nodes and edges without duplicates, in insertion
/// order; the documents that hold a node become clusters.
struct Builder<'a> {
    conn: &'a Connection,
    all_docs: Vec<DocInfo>,
    speaker_ids: BTreeMap<String, String>,
    view: View,
    node_index: BTreeMap<String, usize>,
    edge_index: BTreeMap<(String, String, EdgeKind), usize>,
    /// per edge: how many links it stands for, its best score
    merged: Vec<(usize, f64)>,
}

impl<'a> Builder<'a> {
    fn new(conn: &'a Connection, title: String, stem: String) -> Result<Self> {
        let mut st = conn.prepare("SELECT name, id FROM speakers")?;
        let speaker_ids = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Builder {
            conn,
            all_docs: data::documents(conn)?,
            speaker_ids,
            view: View {
                title,
                stem,
                ..View::default()
            },
            node_index: BTreeMap::new(),
            edge_index: BTreeMap::new(),
            merged: Vec::new(),
        })
    }

    /// Draws a node with a thick border (the subject of the view).
    fn focus(&mut self, id: &str) {
        if let Some(&i) = self.node_index.get(id) {
            self.view.nodes[i].focus = true;
        }
    }

    fn has(&self, id: &str) -> bool {
        self.node_index.contains_key(id)
    }

    fn node(&mut self, n: ViewNode) {
        if !self.node_index.contains_key(&n.id) {
            self.node_index.insert(n.id.clone(), self.view.nodes.len());
            self.view.nodes.push(n);
        }
    }

    /// Adds an edge; a second link of the same kind between the same nodes
    /// is counted on the first ("quotes ×2 1.00").
    /// Without a score, `tip` is both the tooltip and the label, unless it
    /// is the kind's name (a plain `said` or `mentions` edge is unlabelled).
    fn edge(&mut self, from: &str, to: &str, kind: EdgeKind, score: Option<f64>, tip: &str) {
        let key = (from.to_string(), to.to_string(), kind);
        if let Some(&i) = self.edge_index.get(&key) {
            let (n, best) = &mut self.merged[i];
            *n += 1;
            *best = best.max(score.unwrap_or(0.0));
            let e = &mut self.view.edges[i];
            e.label = format!("{} ×{n} {best:.2}", kind.name());
            if !e.tooltip.contains(tip) {
                e.tooltip = format!("{}; {tip}", e.tooltip);
            }
            return;
        }
        self.edge_index.insert(key, self.view.edges.len());
        self.merged.push((1, score.unwrap_or(0.0)));
        let label = match score {
            Some(s) => format!("{} {s:.2}", kind.name()),
            None if tip == kind.name() => String::new(),
            None => tip.to_string(),
        };
        self.view.edges.push(ViewEdge {
            from: from.to_string(),
            to: to.to_string(),
            kind,
            label,
            tooltip: tip.to_string(),
        });
    }

    fn speaker_id(&self, name: &str) -> String {
        self.speaker_ids
            .get(name)
            .cloned()
            .unwrap_or_else(|| format!("speaker:{name}"))
    }

    fn speaker(&mut self, name: &str, tooltip: String) -> String {
        let id = self.speaker_id(name);
        self.node(ViewNode {
            id: id.clone(),
            kind: NodeKind::Speaker,
            label: name.to_string(),
            tooltip,
            doc: None,
            question: false,
            focus: false,
        });
        id
    }

    /// A claim in its document's cluster, with its speaker and a `said`
    /// edge.
    fn claim(&mut self, c: &ClaimInfo) {
        if self.has(&c.id) {
            return;
        }
        let who = speaker_or_role(c);
        self.node(ViewNode {
            id: c.id.clone(),
            kind: NodeKind::Claim,
            label: format!("{who} · line {}\n{}", c.line, c.text),
            tooltip: format!("{}\n\n{who}, {} line {} ({})", c.text, c.doc, c.line, c.id),
            doc: Some(c.doc.clone()),
            question: c.role == "question",
            focus: false,
        });
        if let Some(name) = &c.speaker {
            let s = self.speaker(name, format!("speaker: {name}"));
            self.edge(&s, &c.id, EdgeKind::Said, None, "said");
        }
    }

    /// Edges for the links whose two claims are both in the view.
    fn links(&mut self, links: &[LinkInfo]) {
        for l in links {
            if self.has(&l.source) && self.has(&l.target) {
                let tip = format!("{} ({})", l.kind, l.method);
                let kind = EdgeKind::of_link(&l.kind);
                self.edge(&l.source, &l.target, kind, Some(l.score), &tip);
            }
        }
    }

    fn doc_node(&mut self, d: &DocInfo) {
        self.node(ViewNode {
            id: format!("doc:{}", d.path),
            kind: NodeKind::Document,
            label: doc_label(d),
            tooltip: format!("{} ({})", d.path, n_claims(d.claims)),
            doc: Some(d.path.clone()),
            question: false,
            focus: false,
        });
    }

    /// The view, with a cluster for each document holding a node. A
    /// speaker of more than [`FAN`] claims loses its `said` edges to them:
    /// the claims' labels name the speaker, and a fan of dozens of lines
    /// would hide the links.
    fn finish(mut self) -> View {
        let is_claim: BTreeSet<&str> = self
            .view
            .nodes
            .iter()
            .filter(|n| n.kind == NodeKind::Claim)
            .map(|n| n.id.as_str())
            .collect();
        let said = |e: &ViewEdge| e.kind == EdgeKind::Said && is_claim.contains(e.to.as_str());
        let mut fan: BTreeMap<String, usize> = BTreeMap::new();
        for e in self.view.edges.iter().filter(|e| said(e)) {
            *fan.entry(e.from.clone()).or_default() += 1;
        }
        self.view.edges.retain(|e| !(said(e) && fan[&e.from] > FAN));
        let used: BTreeSet<&str> = self
            .view
            .nodes
            .iter()
            .filter_map(|n| n.doc.as_deref())
            .collect();
        self.view.docs = self
            .all_docs
            .iter()
            .filter(|d| used.contains(d.path.as_str()))
            .map(|d| ViewDoc {
                path: d.path.clone(),
                label: format!("{}\n{}", d.path, doc_label(d)),
            })
            .collect();
        self.view
    }
}

/// The claim's speaker, else "questioner" for a question.
fn speaker_or_role(c: &ClaimInfo) -> &str {
    match (&c.speaker, c.role.as_str()) {
        (Some(s), _) => s,
        (None, "question") => "questioner",
        (None, _) => "unknown speaker",
    }
}

/// "1 claim", "2 claims".
pub(crate) fn n_claims(n: i64) -> String {
    if n == 1 {
        "1 claim".into()
    } else {
        format!("{n} claims")
    }
}

fn doc_label(d: &DocInfo) -> String {
    let title = d.title.as_deref().unwrap_or(&d.path);
    match &d.date {
        Some(date) => format!("{title} ({date})"),
        None => title.to_string(),
    }
}

/// Up to `limit` claims: those with a link first, then the most
/// check-worthy, in corpus order among equals.
fn pick(mut claims: Vec<ClaimInfo>, links: &[LinkInfo], limit: usize) -> Vec<ClaimInfo> {
    let linked: BTreeSet<&str> = links
        .iter()
        .flat_map(|l| [l.source.as_str(), l.target.as_str()])
        .collect();
    claims.sort_by(|a, b| {
        let (la, lb) = (
            linked.contains(a.id.as_str()),
            linked.contains(b.id.as_str()),
        );
        lb.cmp(&la)
            .then(b.checkworthiness.total_cmp(&a.checkworthiness))
            .then(a.seq.cmp(&b.seq))
    });
    claims.truncate(limit);
    claims.sort_by_key(|c| c.seq);
    claims
}

/// The claims at the other end of the links of `chosen`.
fn other_ends(
    conn: &Connection,
    chosen: &[ClaimInfo],
    links: &[LinkInfo],
) -> Result<Vec<ClaimInfo>> {
    let ids: BTreeSet<&str> = chosen.iter().map(|c| c.id.as_str()).collect();
    let mut others = BTreeSet::new();
    for l in links {
        if ids.contains(l.source.as_str()) && !ids.contains(l.target.as_str()) {
            others.insert(l.target.clone());
        }
        if ids.contains(l.target.as_str()) && !ids.contains(l.source.as_str()) {
            others.insert(l.source.clone());
        }
    }
    data::claims_by_id(conn, &others.into_iter().collect::<Vec<_>>())
}

/// The common part of the focused views: the chosen claims, the claims they
/// link to, their speakers and the links between them.
fn focused(b: &mut Builder, claims: Vec<ClaimInfo>, limit: usize) -> Result<()> {
    let ids: Vec<String> = claims.iter().map(|c| c.id.clone()).collect();
    let links = data::links_touching(b.conn, &ids)?;
    let chosen = pick(claims, &links, limit);
    let others = other_ends(b.conn, &chosen, &links)?;
    for c in chosen.iter().chain(&others) {
        b.claim(c);
    }
    b.links(&links);
    Ok(())
}

fn speaker(store: &Store, names: &[String], o: &ViewOptions) -> Result<View> {
    let conn = store.connection();
    let title = format!("Speaker: {}", names.join(", "));
    let stem = format!("view-speaker-{}", slug(&names.join(" ")));
    let mut b = Builder::new(conn, title, stem)?;
    for n in names {
        b.speaker(n, format!("speaker: {n}"));
    }
    let p = placeholders(names.len());
    let claims = data::claims_where(conn, &format!("c.speaker IN ({p})"), names)?;
    focused(&mut b, claims, o.limit)?;
    let topics = data::counted(
        conn,
        &format!(
            "SELECT t.id, t.name, count(*) FROM claim_topics ct JOIN claims c ON c.seq = ct.seq \
             JOIN topics t ON t.id = ct.topic WHERE c.speaker IN ({p}) \
             GROUP BY t.id ORDER BY 3 DESC, t.name LIMIT {}",
            o.top
        ),
        names,
    )?;
    for n in names {
        let id = b.speaker_id(n);
        b.focus(&id);
    }
    let first = b.speaker_id(&names[0]);
    for t in &topics {
        b.node(topic_node(&t.id, &t.name, t.claims));
        let tip = n_claims(t.claims);
        b.edge(&first, &t.id, EdgeKind::Mentions, None, &tip);
    }
    Ok(b.finish())
}

fn topic_node(id: &str, name: &str, n: i64) -> ViewNode {
    ViewNode {
        id: id.to_string(),
        kind: NodeKind::Topic,
        label: name.to_string(),
        tooltip: format!("topic: {name} ({})", n_claims(n)),
        doc: None,
        question: false,
        focus: false,
    }
}

fn topic(store: &Store, ids: &[String], o: &ViewOptions) -> Result<View> {
    let conn = store.connection();
    let topics = data::counted(
        conn,
        &format!(
            "SELECT id, name, claims FROM topics WHERE id IN ({}) ORDER BY id",
            placeholders(ids.len())
        ),
        ids,
    )?;
    let names: Vec<&str> = topics.iter().map(|t| t.name.as_str()).collect();
    let title = format!("Topic: {}", names.join(", "));
    let stem = format!("view-topic-{}", slug(&names.join(" ")));
    let mut b = Builder::new(conn, title, stem)?;
    for t in &topics {
        b.node(topic_node(&t.id, &t.name, t.claims));
        b.focus(&t.id);
    }
    let clause = format!(
        "c.seq IN (SELECT seq FROM claim_topics WHERE topic IN ({}))",
        placeholders(ids.len())
    );
    let claims = data::claims_where(conn, &clause, ids)?;
    // Every claim mentions the topic (its node is the caption): no edges.
    focused(&mut b, claims, o.limit)?;
    Ok(b.finish())
}

fn doc(store: &Store, paths: &[String], o: &ViewOptions) -> Result<View> {
    let conn = store.connection();
    let title = format!("Document: {}", paths.join(", "));
    let stem = format!("view-doc-{}", slug(&paths.join(" ")));
    let mut b = Builder::new(conn, title, stem)?;
    let docs: Vec<DocInfo> = b
        .all_docs
        .iter()
        .filter(|d| paths.contains(&d.path))
        .cloned()
        .collect();
    for d in &docs {
        b.doc_node(d);
        b.focus(&format!("doc:{}", d.path));
    }
    let claims = data::claims_where(
        conn,
        &format!("c.doc IN ({})", placeholders(paths.len())),
        paths,
    )?;
    focused(&mut b, claims, o.limit)?;
    Ok(b.finish())
}

/// The claims within `depth` links of `id`, each with its talking point's
/// other claims, nearest first, at most `limit`.
fn around(store: &Store, id: &str, o: &ViewOptions) -> Result<View> {
    let conn = store.connection();
    let title = format!("Around claim {id} (depth {})", o.depth);
    let stem = format!("view-around-{}", slug(id));
    let mut b = Builder::new(conn, title, stem)?;
    let mut seen: BTreeSet<String> = BTreeSet::from([id.to_string()]);
    let mut order = vec![id.to_string()];
    let mut frontier = vec![id.to_string()];
    let mut links: Vec<LinkInfo> = Vec::new();
    for _ in 0..o.depth {
        if frontier.is_empty() || order.len() >= o.limit {
            break;
        }
        let found = data::links_touching(conn, &frontier)?;
        let mut next: BTreeSet<String> = found
            .iter()
            .flat_map(|l| [l.source.clone(), l.target.clone()])
            .collect();
        next.extend(cluster_mates(conn, &frontier)?);
        links.extend(found);
        frontier = next
            .into_iter()
            .filter(|c| seen.insert(c.clone()))
            .collect();
        frontier.truncate(o.limit - order.len());
        order.extend(frontier.iter().cloned());
    }
    for c in data::claims_by_id(conn, &order)? {
        b.claim(&c);
    }
    b.focus(id);
    links.sort_by_key(|l| l.seq);
    links.dedup_by_key(|l| l.seq);
    b.links(&links);
    Ok(b.finish())
}

/// The other claims of the talking points of these claims.
fn cluster_mates(conn: &Connection, ids: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for chunk in ids.chunks(400) {
        let clause = format!(
            "c.cluster IN (SELECT cluster FROM claims WHERE id IN ({}) AND cluster_size > 1)",
            placeholders(chunk.len())
        );
        out.extend(
            data::claims_where(conn, &clause, chunk)?
                .into_iter()
                .map(|c| c.id),
        );
    }
    Ok(out)
}

fn overview(conn: &Connection, o: &ViewOptions) -> Result<View> {
    let title = "Overview: documents, speakers, topics and links across documents".to_string();
    let mut b = Builder::new(conn, title, "overview".into())?;
    let mut links = data::links_where(conn, "a.doc <> b.doc", &[])?;
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
    let keep = busiest(&counts, docs);
    for ((s, d), n) in &counts {
        if keep.contains(&(s, d)) {
            let tip = n_claims(*n);
            b.edge(s, &format!("doc:{d}"), EdgeKind::Said, None, &tip);
        }
    }
    let topics = data::top_topics(b.conn, top)?;
    let ids: Vec<String> = topics.iter().map(|t| t.id.clone()).collect();
    for t in &topics {
        b.node(topic_node(&t.id, &t.name, t.claims));
    }
    let counts = data::topic_doc_counts(b.conn, &ids)?;
    let keep = busiest(&counts, docs);
    for ((t, d), n) in &counts {
        if keep.contains(&(t, d)) {
            let tip = n_claims(*n);
            b.edge(&format!("doc:{d}"), t, EdgeKind::Mentions, None, &tip);
        }
    }
    Ok(())
}

/// Documents each overview speaker or topic is drawn linked to, at most.
const PER_NAME: usize = 5;

/// For each speaker or topic, its [`PER_NAME`] shown documents with most
/// claims (ties: corpus path order), so a large corpus's overview is not a
/// mesh of count edges.
fn busiest<'c>(
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

#[cfg(test)]
pub(crate) mod tests {
    use std::path::Path;
    use std::sync::OnceLock;

    use super::*;
    use crate::query::QueryError;

    /// The sample corpus built once into a temporary folder.
    pub(crate) fn sample_store() -> Store {
        static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
        let dir = DIR.get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let opts = crate::BuildOptions {
                corpus: Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"),
                claims: dir.path().join("claims"),
                graphs: dir.path().join("graphs"),
                ..crate::BuildOptions::default()
            };
            crate::build(&opts, &mut |_| {}).unwrap();
            dir
        });
        Store::open(&dir.path().join("graphs")).unwrap()
    }

    fn view(spec: ViewSpec) -> View {
        build_view(&sample_store(), &spec, &ViewOptions::default()).unwrap()
    }

    fn counts(v: &View) -> [usize; 5] {
        [
            v.count(NodeKind::Document),
            v.count(NodeKind::Speaker),
            v.count(NodeKind::Topic),
            v.count(NodeKind::Claim),
            v.count(NodeKind::TalkingPoint),
        ]
    }

    fn edge_counts(v: &View) -> [usize; 6] {
        [
            v.count_edges(EdgeKind::Quotes),
            v.count_edges(EdgeKind::Repeats),
            v.count_edges(EdgeKind::Paraphrases),
            v.count_edges(EdgeKind::Related),
            v.count_edges(EdgeKind::Said),
            v.count_edges(EdgeKind::Mentions),
        ]
    }

    #[test]
    fn overview_of_the_sample_corpus() {
        let v = view(ViewSpec::Overview);
        assert_eq!(v.stem, "overview");
        // documents, speakers, topics, claims, talking points
        assert_eq!(counts(&v), [2, 10, 10, 9, 2]);
        assert_eq!(edge_counts(&v), [1, 0, 1, 5, 12, 18]);
        assert_eq!(v.docs.len(), 2);
        // the two quotes of Lavrov's line 176 collapse into one edge
        // between the talking point's parts in the two documents
        let q = v.edges.iter().find(|e| e.kind == EdgeKind::Quotes).unwrap();
        assert_eq!(q.label, "quotes ×2 1.00");
        assert_eq!(q.to, "tp:c-e85a2a75e8653a95@000_c44d6f7761710eb4.txt");
        assert_eq!(q.from, "tp:c-e85a2a75e8653a95@002_0414ee1e78e3c3ef.txt");
    }

    #[test]
    fn speaker_view_of_lavrov() {
        let v = view(ViewSpec::Speaker("Lavrov".into()));
        assert_eq!(v.stem, "view-speaker-sergey-lavrov");
        // 30 of his claims and the 6 claims linked to them
        assert_eq!(counts(&v), [0, 3, 10, 36, 0]);
        assert_eq!(edge_counts(&v), [2, 0, 2, 3, 5, 10]);
        let focus: Vec<&str> = v
            .nodes
            .iter()
            .filter(|n| n.focus)
            .map(|n| n.id.as_str())
            .collect();
        assert_eq!(focus, ["speaker:sergey-lavrov"]);
    }

    #[test]
    fn around_the_all_for_all_talking_point() {
        let v = view(ViewSpec::Around("e85a".into()));
        assert_eq!(v.stem, "view-around-c-e85a2a75e8653a95");
        assert_eq!(counts(&v), [0, 3, 0, 5, 0]);
        assert_eq!(edge_counts(&v), [2, 0, 2, 0, 4, 0]);
        let focus: Vec<&str> = v
            .nodes
            .iter()
            .filter(|n| n.focus)
            .map(|n| n.id.as_str())
            .collect();
        assert_eq!(focus, ["c-e85a2a75e8653a95"]);
    }

    #[test]
    fn topic_and_document_views() {
        let v = view(ViewSpec::Topic("Alexey Navalny".into()));
        assert_eq!(v.stem, "view-topic-alexey-navalny");
        assert_eq!(counts(&v), [0, 2, 1, 30, 0]);
        let v = view(ViewSpec::Doc("002".into()));
        assert_eq!(v.stem, "view-doc-002-0414ee1e78e3c3ef-txt");
        assert_eq!(counts(&v), [1, 4, 0, 36, 0]);
        assert_eq!(edge_counts(&v), [2, 0, 2, 5, 7, 0]);
    }

    #[test]
    fn limits_and_unknown_names() {
        let store = sample_store();
        let o = ViewOptions {
            limit: 3,
            ..ViewOptions::default()
        };
        let v = build_view(&store, &ViewSpec::Doc("000".into()), &o).unwrap();
        // the three linked claims with most check-worthiness, and the claims
        // they link to
        assert_eq!(v.count(NodeKind::Claim), 3 + 3);
        let e = build_view(&store, &ViewSpec::Speaker("Nobody Atall".into()), &o).unwrap_err();
        assert!(
            matches!(e, RenderError::Query(QueryError::Unknown { .. })),
            "{e}"
        );
    }

    #[test]
    fn each_name_keeps_its_busiest_documents() {
        let s = |x: &str| x.to_string();
        let mut counts = BTreeMap::new();
        for (i, n) in [3, 9, 1, 9, 4, 7, 2].iter().enumerate() {
            counts.insert((s("topic:a"), format!("d{i}")), *n);
        }
        counts.insert((s("topic:b"), s("d0")), 1);
        counts.insert((s("topic:b"), s("hidden")), 50);
        let docs: BTreeSet<String> = (0..7).map(|i| format!("d{i}")).collect();
        let keep = busiest(&counts, &docs);
        let kept: Vec<String> = keep.iter().map(|(n, d)| format!("{n}@{d}")).collect();
        assert_eq!(
            kept,
            [
                "topic:a@d0",
                "topic:a@d1",
                "topic:a@d3",
                "topic:a@d4",
                "topic:a@d5",
                "topic:b@d0"
            ]
        );
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Sergey Lavrov"), "sergey-lavrov");
        assert_eq!(slug("Charité / \"x\""), "charit-x");
        assert_eq!(slug("…"), "x");
        assert_eq!(n_claims(1), "1 claim");
        assert_eq!(n_claims(3), "3 claims");
    }
}
