//! Stage 5: the claim graph in petgraph.
//!
//! Nodes are documents, speakers, events, topics and claims; edges
//! are `said_by` (claim → speaker, one per person it is attributed to),
//! `in_document` (claim → document), `reported_by` (reported claim → the
//! speaker whose turn reports it), `mentions_event` (claim → event),
//! `mentions` (claim → topic) and the match edges (later claim → earlier
//! claim). Node weights refer into the
//! [`Analysis`] by index, so the graph holds no copies of texts. The graph
//! is built once and never has nodes removed, so `NodeIndex` values stay
//! valid; the external identity of a node is its string id.

use std::collections::HashMap;

use petgraph::graph::{DiGraph, NodeIndex};

use crate::extract::speakers::speaker_id;
use crate::model::Analysis;

/// What a node is, as an index into the [`Analysis`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeRef {
    /// `analysis.documents[i]`
    Document(usize),
    /// `analysis.speakers[i]`
    Speaker(usize),
    /// `analysis.claims[i]`
    Claim(usize),
    /// `analysis.events[i]`
    Event(usize),
    /// `analysis.topics[i]`
    Topic(usize),
}

impl NodeRef {
    /// The node `kind` used in the outputs.
    pub fn kind(&self) -> &'static str {
        match self {
            NodeRef::Document(_) => "document",
            NodeRef::Speaker(_) => "speaker",
            NodeRef::Claim(_) => "claim",
            NodeRef::Event(_) => "event",
            NodeRef::Topic(_) => "topic",
        }
    }
}

/// What an edge is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EdgeRef {
    /// claim → speaker
    SaidBy,
    /// claim → document
    InDocument,
    /// reported claim → the speaker of the turn that reports it
    ReportedBy,
    /// claim → event
    MentionsEvent,
    /// claim → topic
    Mentions,
    /// later claim → earlier claim: `analysis.matches[i]`
    Match(usize),
}

impl EdgeRef {
    /// The edge `kind` used in the outputs (match edges: their match kind).
    pub fn kind(&self) -> &'static str {
        match self {
            EdgeRef::SaidBy => "said_by",
            EdgeRef::InDocument => "in_document",
            EdgeRef::ReportedBy => "reported_by",
            EdgeRef::MentionsEvent => "mentions_event",
            EdgeRef::Mentions => "mentions",
            EdgeRef::Match(_) => "match",
        }
    }
}

/// The claim graph.
#[derive(Debug, Default)]
pub struct ClaimGraph {
    /// The petgraph graph.
    pub graph: DiGraph<NodeRef, EdgeRef>,
    ids: HashMap<String, NodeIndex>,
}

impl ClaimGraph {
    /// Builds the graph of an analysis: documents, speakers, events, topics,
    /// then claims in corpus order; for each claim its `said_by`,
    /// `in_document`, `reported_by`, `mentions_event` and `mentions` edges;
    /// then the match edges in their given order.
    pub fn build(a: &Analysis) -> ClaimGraph {
        let mut g = ClaimGraph::default();
        let docs: Vec<NodeIndex> = a
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| g.add(d.id.clone(), NodeRef::Document(i)))
            .collect();
        let mut speakers: HashMap<&str, NodeIndex> = HashMap::new();
        for (i, s) in a.speakers.iter().enumerate() {
            let n = g.add(s.id.clone(), NodeRef::Speaker(i));
            speakers.insert(s.name.as_str(), n);
        }
        let mut events: HashMap<&str, NodeIndex> = HashMap::new();
        for (i, e) in a.events.iter().enumerate() {
            events.insert(e.id.as_str(), g.add(e.id.clone(), NodeRef::Event(i)));
        }
        let mut topics: HashMap<&str, NodeIndex> = HashMap::new();
        for (i, t) in a.topics.iter().enumerate() {
            topics.insert(t.name.as_str(), g.add(t.id.clone(), NodeRef::Topic(i)));
        }
        let mut claims = Vec::with_capacity(a.claims.len());
        for (i, c) in a.claims.iter().enumerate() {
            let n = g.add(c.id.clone(), NodeRef::Claim(i));
            claims.push(n);
            let said: Vec<&str> = c
                .speaker
                .iter()
                .chain(&c.co_speakers)
                .map(String::as_str)
                .collect();
            for name in &said {
                if let Some(&s) = speakers.get(name) {
                    g.graph.add_edge(n, s, EdgeRef::SaidBy);
                }
            }
            g.graph.add_edge(n, docs[c.doc_index], EdgeRef::InDocument);
            // One edge per pair: someone quoting themselves keeps said_by.
            if let Some(r) = c.reported_by.as_deref().filter(|r| !said.contains(r))
                && let Some(&s) = speakers.get(r)
            {
                g.graph.add_edge(n, s, EdgeRef::ReportedBy);
            }
            for e in &c.events {
                if let Some(&en) = events.get(e.as_str()) {
                    g.graph.add_edge(n, en, EdgeRef::MentionsEvent);
                }
            }
            for t in &c.topics {
                if let Some(&tn) = topics.get(t.as_str()) {
                    g.graph.add_edge(n, tn, EdgeRef::Mentions);
                }
            }
        }
        for (i, m) in a.matches.iter().enumerate() {
            g.graph
                .add_edge(claims[m.from], claims[m.to], EdgeRef::Match(i));
        }
        debug_assert!(
            a.speakers
                .iter()
                .all(|s| s.id.starts_with(&speaker_id(&s.name)))
        );
        g
    }

    fn add(&mut self, id: String, node: NodeRef) -> NodeIndex {
        let n = self.graph.add_node(node);
        self.ids.insert(id, n);
        n
    }

    /// The node with a given string id.
    pub fn find(&self, id: &str) -> Option<NodeIndex> {
        self.ids.get(id).copied()
    }

    /// The string id of a node.
    pub fn node_id<'a>(&self, a: &'a Analysis, n: NodeIndex) -> &'a str {
        match self.graph[n] {
            NodeRef::Document(i) => &a.documents[i].id,
            NodeRef::Speaker(i) => &a.speakers[i].id,
            NodeRef::Claim(i) => &a.claims[i].id,
            NodeRef::Event(i) => &a.events[i].id,
            NodeRef::Topic(i) => &a.topics[i].id,
        }
    }
}
