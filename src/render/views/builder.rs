//! [`Builder`]: a view assembled node by node and edge by edge.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::Connection;

use super::{doc_label, n_claims, speaker_or_role};
use crate::render::data::{self, ClaimInfo, DocInfo, LinkInfo};
use crate::render::{EdgeKind, NodeKind, Result, View, ViewDoc, ViewEdge, ViewNode};

/// See [`Builder::finish`].
const FAN: usize = 8;

/// Assembles a view: nodes and edges without duplicates, in insertion
/// order; the documents that hold a node become clusters.
pub(super) struct Builder<'a> {
    pub(super) conn: &'a Connection,
    pub(super) all_docs: Vec<DocInfo>,
    speaker_ids: BTreeMap<String, String>,
    view: View,
    node_index: BTreeMap<String, usize>,
    edge_index: BTreeMap<(String, String, EdgeKind), usize>,
    /// per edge: how many links it stands for, its best score
    merged: Vec<(usize, f64)>,
}

impl<'a> Builder<'a> {
    pub(super) fn new(conn: &'a Connection, title: String, stem: String) -> Result<Self> {
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
    pub(super) fn focus(&mut self, id: &str) {
        if let Some(&i) = self.node_index.get(id) {
            self.view.nodes[i].focus = true;
        }
    }

    pub(super) fn has(&self, id: &str) -> bool {
        self.node_index.contains_key(id)
    }

    pub(super) fn node(&mut self, n: ViewNode) {
        if !self.node_index.contains_key(&n.id) {
            self.node_index.insert(n.id.clone(), self.view.nodes.len());
            self.view.nodes.push(n);
        }
    }

    /// Adds an edge; a second link of the same kind between the same nodes
    /// is counted on the first ("quotes ×2 1.00").
    /// Without a score, `tip` is both the tooltip and the label, unless it
    /// is the kind's name (a plain `said` or `mentions` edge is unlabelled).
    pub(super) fn edge(
        &mut self,
        from: &str,
        to: &str,
        kind: EdgeKind,
        score: Option<f64>,
        tip: &str,
    ) {
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

    pub(super) fn speaker_id(&self, name: &str) -> String {
        self.speaker_ids
            .get(name)
            .cloned()
            .unwrap_or_else(|| format!("speaker:{name}"))
    }

    pub(super) fn speaker(&mut self, name: &str, tooltip: String) -> String {
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
    pub(super) fn claim(&mut self, c: &ClaimInfo) {
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
    pub(super) fn links(&mut self, links: &[LinkInfo]) {
        for l in links {
            if self.has(&l.source) && self.has(&l.target) {
                let tip = format!("{} ({})", l.kind, l.method);
                let kind = EdgeKind::of_link(&l.kind);
                self.edge(&l.source, &l.target, kind, Some(l.score), &tip);
            }
        }
    }

    pub(super) fn doc_node(&mut self, d: &DocInfo) {
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
    pub(super) fn finish(mut self) -> View {
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
