//! networkx node-link JSON.
//!
//! `networkx.node_link_graph(data)` must load the file with no arguments on
//! every networkx 3.x: 3.6 reads the edge list from `edges`, 3.5 and older
//! from `links`, and a mismatched key silently yields a graph without edges.
//! The same edge list is therefore written under both keys. `directed` and
//! `multigraph` are always present (a missing `multigraph` makes networkx
//! build a multigraph). No node or edge attribute is named `id`, `source`
//! on edges, `target` or `key`.
//!
//! The field names are a contract that notebooks depend on: add fields,
//! never rename or drop them.

use std::io::{self, Write};

use serde::Serialize;

use crate::graph::{ClaimGraph, EdgeRef, NodeRef};
use crate::model::{Analysis, Claim, Document, Speaker};

/// The version of the JSON layout, in `graph.schema`.
pub const SCHEMA_VERSION: u32 = 1;

/// A claim's fields, shared by graph nodes and `claims/*.json`.
#[derive(Serialize)]
pub struct ClaimDto<'a> {
    /// Stable claim id.
    pub id: &'a str,
    /// Document path relative to the corpus folder.
    pub doc: &'a str,
    /// 1-based line where the claim starts.
    pub line: usize,
    /// `[start, end)` byte offsets into the file.
    pub span: [usize; 2],
    /// Exactly the text of the span.
    pub text: &'a str,
    /// Canonical speaker, or null.
    pub speaker: Option<&'a str>,
    /// `question`, `answer` or `statement`.
    pub role: &'static str,
    /// Section title, or null.
    pub section: Option<&'a str>,
    /// Index of the turn in the document.
    pub turn: usize,
    /// Index of the paragraph in the document.
    pub paragraph: usize,
    /// The turn's speaker label as written, or null.
    pub label: Option<&'a str>,
    /// Reported speech: the speaker whose turn reports it, or null.
    pub reported_by: Option<&'a str>,
    /// Reported speech: `direct` or `indirect`; null for other claims.
    pub reported_kind: Option<&'static str>,
    /// Reported speech: the id of the sentence that contains it, or null.
    pub reported_in: Option<&'a str>,
    /// Reported speech: `direct`, `fragment` (a phrase in quotation marks
    /// inside the reporter's sentence) or `indirect`; null for other claims.
    pub report_form: Option<&'static str>,
    /// Reported speech: the words of its sentence that attribute it ("the
    /// President said"), or null.
    pub attribution: Option<&'a str>,
    /// Further people the claim is attributed to.
    pub co_speakers: &'a [String],
    /// Every date expression in the claim, resolved.
    pub dates: Vec<DateDto<'a>>,
    /// Ids of the events the claim mentions.
    pub events: &'a [String],
    /// Names of the topics the claim is about.
    pub topics: &'a [String],
    /// Check-worthiness, 0–1 (three decimals).
    pub checkworthiness: f64,
    /// The id of the earliest claim this one derives from through quotes
    /// and repeats links; its own id if none.
    pub source: &'a str,
    /// The talking-point cluster: the id of its earliest claim (claims
    /// joined by quotes, repeats and paraphrases links); its own id if none.
    pub cluster: &'a str,
    /// Number of claims in the cluster (1 if the claim is linked to none).
    pub cluster_size: usize,
}

/// A date expression in a claim.
#[derive(Serialize)]
pub struct DateDto<'a> {
    /// As written.
    pub text: &'a str,
    /// ISO date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: String,
    /// `day`, `month` or `year`.
    pub precision: &'static str,
    /// The end of a range, or null.
    pub end: Option<String>,
    /// `early`, `mid`, `late`, or null.
    pub qualifier: Option<&'static str>,
    /// `explicit`, `year_inferred` or `relative`.
    pub resolution: &'static str,
}

impl<'a> ClaimDto<'a> {
    /// The output form of claim `i` of an analysis, with its source.
    pub fn of(a: &'a Analysis, i: usize) -> Self {
        let mut dto = ClaimDto::new(&a.claims[i]);
        dto.source = &a.claims[a.source_of(i)].id;
        let (c, size) = a.cluster_of(i);
        dto.cluster = &a.claims[c].id;
        dto.cluster_size = size;
        dto
    }

    /// The output form of a claim, as its own source.
    pub fn new(c: &'a Claim) -> Self {
        ClaimDto {
            id: &c.id,
            doc: &c.doc,
            line: c.line,
            span: c.span,
            text: &c.text,
            speaker: c.speaker.as_deref(),
            role: c.role.as_str(),
            section: c.section.as_deref(),
            turn: c.turn,
            paragraph: c.paragraph,
            label: c.label.as_deref(),
            reported_by: c.reported_by.as_deref(),
            reported_kind: c.reported_kind.map(|k| k.as_str()),
            reported_in: c.reported_in.as_deref(),
            report_form: c.report_form,
            attribution: c.attribution.as_deref(),
            co_speakers: &c.co_speakers,
            dates: c
                .dates
                .iter()
                .map(|d| DateDto {
                    text: &d.text,
                    date: d.date.to_string(),
                    precision: d.date.precision().as_str(),
                    end: d.end.map(|e| e.to_string()),
                    qualifier: d.qualifier,
                    resolution: d.resolution,
                })
                .collect(),
            events: &c.events,
            topics: &c.topics,
            checkworthiness: (c.checkworthiness * 1000.0).round() / 1000.0,
            source: &c.id,
            cluster: &c.id,
            cluster_size: 1,
        }
    }
}

/// A document's metadata, shared by graph nodes and `claims/*.json`.
#[derive(Serialize)]
pub struct DocumentDto<'a> {
    /// Title, or null.
    pub title: Option<&'a str>,
    /// ISO date of the event the transcript records, or null.
    pub date: Option<String>,
    /// Where the date came from: `text` or `file_name`.
    pub date_source: Option<&'static str>,
    /// Path relative to the corpus folder.
    pub path: &'a str,
    /// Canonical name of the principal speaker, or null.
    pub principal: Option<&'a str>,
    /// How the file was decoded.
    pub encoding: &'static str,
    /// File size in bytes.
    pub bytes: u64,
}

impl<'a> DocumentDto<'a> {
    /// The output form of a document's metadata.
    pub fn new(d: &'a Document) -> Self {
        DocumentDto {
            title: d.seg.meta.title.as_deref(),
            date: d.seg.meta.date.map(|x| x.format("%Y-%m-%d").to_string()),
            date_source: d.seg.meta.date_source.map(|s| s.as_str()),
            path: &d.path,
            principal: d.principal.as_deref(),
            encoding: d.source.encoding,
            bytes: d.source.bytes,
        }
    }
}

// (a node is serialised as soon as it is made: the claim variant's size
// costs nothing)
#[allow(clippy::large_enum_variant)]
#[derive(Serialize)]
#[serde(untagged)]
enum NodeDto<'a> {
    Document {
        id: &'a str,
        kind: &'static str,
        #[serde(flatten)]
        doc: DocumentDto<'a>,
        claims: usize,
    },
    Speaker {
        id: &'a str,
        kind: &'static str,
        name: &'a str,
        titles: &'a [String],
        aliases: &'a [String],
        speaker_kind: &'static str,
    },
    Claim {
        kind: &'static str,
        #[serde(flatten)]
        claim: ClaimDto<'a>,
    },
    Event {
        id: &'a str,
        kind: &'static str,
        date: String,
        precision: &'static str,
        end: Option<String>,
        label: &'a str,
        claims: usize,
        documents: usize,
    },
    Topic {
        id: &'a str,
        kind: &'static str,
        name: &'a str,
        topic_kind: &'static str,
        claims: usize,
        documents: usize,
    },
}

#[derive(Serialize)]
struct EdgeDto<'a> {
    source: &'a str,
    target: &'a str,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    method: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target_text: Option<&'a str>,
}

#[derive(Serialize)]
struct GraphMeta {
    name: &'static str,
    generator: String,
    schema: u32,
    documents: usize,
    speakers: usize,
    claims: usize,
    events: usize,
    topics: usize,
}

/// A JSON array whose items are made as they are written, from a fresh
/// iterator each time it is serialised: a big graph's node and edge lists
/// never exist in memory as a whole. The bytes are those of a `Vec` of the
/// same items.
pub(crate) struct Seq<F>(pub(crate) F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

#[derive(Serialize)]
struct NodeLink<N: Serialize, E: Serialize> {
    directed: bool,
    multigraph: bool,
    graph: GraphMeta,
    nodes: N,
    edges: E,
    links: E,
}

/// Serialises `v` as pretty JSON into `w` through a buffer of its own, so
/// that serde's many small writes are not calls through `dyn Write`.
pub(crate) fn to_writer_pretty<T: Serialize>(w: &mut dyn Write, v: &T) -> io::Result<()> {
    let mut b = io::BufWriter::with_capacity(1 << 16, w);
    serde_json::to_writer_pretty(&mut b, v).map_err(io::Error::other)?;
    b.flush()
}

fn speaker_node(s: &Speaker) -> NodeDto<'_> {
    NodeDto::Speaker {
        id: &s.id,
        kind: "speaker",
        name: &s.name,
        titles: &s.titles,
        aliases: &s.aliases,
        speaker_kind: s.speaker_kind,
    }
}

/// Writes the graph as pretty-printed node-link JSON.
pub fn write(a: &Analysis, g: &ClaimGraph, w: &mut dyn Write) -> io::Result<()> {
    let mut claims_per_doc = vec![0usize; a.documents.len()];
    for c in &a.claims {
        claims_per_doc[c.doc_index] += 1;
    }
    let claims_per_doc = &claims_per_doc;
    let nodes = Seq(|| {
        g.graph
            .node_weights()
            .map(move |n| node_dto(a, *n, claims_per_doc))
    });
    let edges = Seq(|| {
        g.graph.raw_edges().iter().map(|e| {
            let source = g.node_id(a, e.source());
            let target = g.node_id(a, e.target());
            edge_dto(a, e.weight, source, target)
        })
    });
    let doc = NodeLink {
        directed: true,
        multigraph: false,
        graph: GraphMeta {
            name: "claimgraph",
            generator: format!("claimgraph {}", env!("CARGO_PKG_VERSION")),
            schema: SCHEMA_VERSION,
            documents: a.documents.len(),
            speakers: a.speakers.len(),
            claims: a.claims.len(),
            events: a.events.len(),
            topics: a.topics.len(),
        },
        nodes,
        edges: &edges,
        links: &edges,
    };
    to_writer_pretty(w, &doc)?;
    w.write_all(b"\n")
}

/// A node of the graph; `claims_per_doc` counts each document's claims.
fn node_dto<'a>(a: &'a Analysis, n: NodeRef, claims_per_doc: &[usize]) -> NodeDto<'a> {
    match n {
        NodeRef::Document(i) => NodeDto::Document {
            id: &a.documents[i].id,
            kind: "document",
            doc: DocumentDto::new(&a.documents[i]),
            claims: claims_per_doc[i],
        },
        NodeRef::Speaker(i) => speaker_node(&a.speakers[i]),
        NodeRef::Claim(i) => NodeDto::Claim {
            kind: "claim",
            claim: ClaimDto::of(a, i),
        },
        NodeRef::Topic(i) => {
            let t = &a.topics[i];
            NodeDto::Topic {
                id: &t.id,
                kind: "topic",
                name: &t.name,
                topic_kind: t.kind.as_str(),
                claims: t.claims,
                documents: t.documents,
            }
        }
        NodeRef::Event(i) => {
            let e = &a.events[i];
            NodeDto::Event {
                id: &e.id,
                kind: "event",
                date: e.date.to_string(),
                precision: e.date.precision().as_str(),
                end: e.end.map(|x| x.to_string()),
                label: &e.label,
                claims: e.claims,
                documents: e.documents,
            }
        }
    }
}

/// An edge of the graph between the nodes with ids `source` and `target`.
fn edge_dto<'a>(a: &'a Analysis, e: EdgeRef, source: &'a str, target: &'a str) -> EdgeDto<'a> {
    match e {
        EdgeRef::Match(i) => {
            let m = &a.matches[i];
            EdgeDto {
                source,
                target,
                kind: m.kind.as_str(),
                score: Some((m.score * 1e4).round() / 1e4),
                method: Some(&m.method),
                source_text: Some(&m.from_text),
                target_text: Some(&m.to_text),
            }
        }
        other => EdgeDto {
            source,
            target,
            kind: other.kind(),
            score: None,
            method: None,
            source_text: None,
            target_text: None,
        },
    }
}
