//! Graphviz DOT, built with graphviz-rust's structures and printer.
//!
//! graphviz-rust prints ids and attribute values verbatim (its `esc` only
//! adds the outer quotes), so every id and value goes through [`quote`]
//! here, the one place that escapes: Unicode NFC, control characters
//! dropped, `\` doubled (Graphviz expands `\N`, `\G`, `\L`… in labels, and a
//! trailing backslash would escape the closing quote), `"` escaped, line
//! breaks as `\n`, and the result kept under Graphviz's 16 KiB limit for a
//! quoted string.
//!
//! Layout: one cluster per document holding the document node and its
//! claims; speakers outside. Claim labels are shortened and wrapped; the
//! full text is the tooltip (in SVG output).

use std::io::{self, Write};

use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use crate::graph::{ClaimGraph, EdgeRef, NodeRef};
use crate::model::{Analysis, Role};

/// Graphviz rejects quoted strings longer than this many bytes.
pub const MAX_QUOTED: usize = 16_384;
/// Claim labels keep this many graphemes of the text.
const LABEL_GRAPHEMES: usize = 90;
/// Label lines wrap at this many characters.
const WRAP: usize = 32;
/// Tooltips keep this many bytes of escaped text.
const TOOLTIP_BYTES: usize = 8_000;

/// Escapes one line of text for a quoted DOT string, keeping the escaped
/// result within `max_bytes` (an ellipsis marks a cut).
fn escape_into(out: &mut String, text: &str, max_bytes: usize) {
    let start = out.len();
    // Most text is already in NFC: skip the (slow) normalisation then.
    let normalised: Box<dyn Iterator<Item = char>> =
        match unicode_normalization::is_nfc_quick(text.chars()) {
            unicode_normalization::IsNormalized::Yes => Box::new(text.chars()),
            _ => Box::new(text.nfc()),
        };
    for c in normalised {
        let piece: &str = match c {
            '\\' => "\\\\",
            '"' => "\\\"",
            '\n' => "\\n",
            c if c.is_control() => continue,
            _ => {
                if out.len() - start + c.len_utf8() > max_bytes {
                    out.push('…');
                    return;
                }
                out.push(c);
                continue;
            }
        };
        if out.len() - start + piece.len() > max_bytes {
            out.push('…');
            return;
        }
        out.push_str(piece);
    }
}

/// A quoted, escaped DOT id or attribute value for arbitrary text.
pub fn quote(text: &str) -> Id {
    quote_max(text, MAX_QUOTED - 16)
}

fn quote_max(text: &str, max_bytes: usize) -> Id {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    escape_into(&mut out, &text, max_bytes);
    out.push('"');
    Id::Escaped(out)
}

/// A claim label: the text on one line, cut to a few words, wrapped.
pub fn label(text: &str, max_graphemes: usize, wrap: usize) -> Id {
    let width = |w: &str| {
        if w.is_ascii() {
            w.len()
        } else {
            w.graphemes(true).count()
        }
    };
    let mut out = String::with_capacity(max_graphemes + 16);
    let (mut total, mut line) = (0usize, 0usize);
    let mut cut = false;
    for w in text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        let sep = usize::from(total > 0);
        let wl = width(w);
        let room = max_graphemes.saturating_sub(total + sep);
        let (piece, pl) = if wl <= room {
            (w, wl)
        } else {
            cut = true;
            if room == 0 {
                break;
            }
            let end = w
                .grapheme_indices(true)
                .nth(room)
                .map_or(w.len(), |(i, _)| i);
            (&w[..end], room)
        };
        if line > 0 && line + 1 + pl > wrap {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(piece);
        line += pl;
        total += sep + pl;
        if cut {
            break;
        }
    }
    if cut {
        out.push('…');
    }
    quote(&out)
}

fn attr(k: &str, v: Id) -> Attribute {
    Attribute(Id::Plain(k.to_string()), v)
}

fn plain(k: &str, v: &str) -> Attribute {
    attr(k, quote(v))
}

fn role_colour(role: Role) -> &'static str {
    match role {
        Role::Question => "#fde2e4",
        Role::Answer => "#e2f0cb",
        Role::Statement => "#ffffff",
    }
}

fn node(id: &str, attrs: Vec<Attribute>) -> Stmt {
    Stmt::Node(Node::new(NodeId(quote(id), None), attrs))
}

fn graph_attributes() -> Vec<Stmt> {
    vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            plain("rankdir", "LR"),
            plain("fontname", "Helvetica"),
            plain("label", "claimgraph"),
            plain("labelloc", "t"),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            plain("fontname", "Helvetica"),
            plain("fontsize", "10"),
            plain("style", "filled"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            plain("fontname", "Helvetica"),
            plain("fontsize", "8"),
        ])),
    ]
}

/// The statement for a node outside the document clusters (speakers,
/// events), or `None` for documents and claims.
fn free_node(a: &Analysis, n: NodeRef) -> Option<Stmt> {
    match n {
        NodeRef::Speaker(i) => {
            let s = &a.speakers[i];
            Some(node(
                &s.id,
                vec![
                    attr("label", label(&s.name, 60, 24)),
                    plain("shape", "ellipse"),
                    plain("fillcolor", "#a7c5eb"),
                    attr("tooltip", quote(&s.titles.join("; "))),
                ],
            ))
        }
        NodeRef::Event(i) => {
            let e = &a.events[i];
            Some(node(
                &e.id,
                vec![
                    attr("label", label(&format!("{} {}", e.date, e.label), 60, 24)),
                    plain("shape", "diamond"),
                    plain("fillcolor", "#ffcc80"),
                    attr(
                        "tooltip",
                        quote(&format!("{} claims in {} documents", e.claims, e.documents)),
                    ),
                ],
            ))
        }
        NodeRef::Topic(i) => {
            let t = &a.topics[i];
            Some(node(
                &t.id,
                vec![
                    attr("label", label(&t.name, 60, 24)),
                    plain("shape", "hexagon"),
                    plain("fillcolor", "#b5e7a0"),
                    attr(
                        "tooltip",
                        quote(&format!(
                            "{} · {} claims in {} documents",
                            t.kind.as_str(),
                            t.claims,
                            t.documents
                        )),
                    ),
                ],
            ))
        }
        NodeRef::Document(_) | NodeRef::Claim(_) => None,
    }
}

/// The cluster of one document: its node and its claims.
fn cluster(a: &Analysis, d: usize, claims: std::ops::Range<usize>) -> Stmt {
    let doc = &a.documents[d];
    let title = doc.seg.meta.title.as_deref().unwrap_or(&doc.path);
    let date = doc.seg.meta.date.map(|x| x.to_string()).unwrap_or_default();
    let mut sg = vec![
        Stmt::Attribute(attr("label", label(&doc.path, 80, 80))),
        Stmt::Attribute(plain("style", "rounded")),
        Stmt::Attribute(plain("color", "#999999")),
        node(
            &doc.id,
            vec![
                attr("label", label(&format!("{title} {date}"), 120, 40)),
                plain("shape", "folder"),
                plain("fillcolor", "#f6d186"),
                attr("tooltip", quote(&doc.path)),
            ],
        ),
    ];
    // Claims share the cluster's node defaults; only a question or answer
    // sets its own colour.
    sg.push(Stmt::GAttribute(GraphAttributes::Node(vec![
        plain("shape", "box"),
        plain("style", "rounded,filled"),
        plain("fillcolor", role_colour(Role::Statement)),
    ])));
    for c in &a.claims[claims] {
        let mut attrs = vec![
            attr("label", label(&c.text, LABEL_GRAPHEMES, WRAP)),
            attr("tooltip", quote_max(&c.text, TOOLTIP_BYTES)),
        ];
        if c.role != Role::Statement {
            attrs.push(plain("fillcolor", role_colour(c.role)));
        }
        sg.push(node(&c.id, attrs));
    }
    Stmt::Subgraph(Subgraph {
        id: quote(&format!("cluster_{d}")),
        stmts: sg,
    })
}

/// Default attributes of the edges of one kind (match edges have their own).
fn edge_defaults(kind: &EdgeRef) -> Vec<Attribute> {
    match kind {
        EdgeRef::SaidBy => vec![plain("label", "said_by"), plain("color", "#5b8bd0")],
        EdgeRef::ReportedBy => vec![
            plain("label", "reported_by"),
            plain("color", "#9467bd"),
            plain("style", "dashed"),
        ],
        EdgeRef::MentionsEvent => vec![
            plain("label", "mentions_event"),
            plain("color", "#ef6c00"),
            plain("style", "dotted"),
        ],
        EdgeRef::Mentions => vec![
            plain("label", "mentions"),
            plain("color", "#6aa84f"),
            plain("style", "dotted"),
        ],
        EdgeRef::InDocument => vec![
            plain("label", "in_document"),
            plain("color", "#cccccc"),
            plain("arrowhead", "none"),
        ],
        EdgeRef::Match(_) => vec![plain("color", "#d62728"), plain("penwidth", "2")],
    }
}

fn edge_stmt(a: &Analysis, g: &ClaimGraph, e: &petgraph::graph::Edge<EdgeRef>) -> Stmt {
    let s = Vertex::N(NodeId(quote(g.node_id(a, e.source())), None));
    let t = Vertex::N(NodeId(quote(g.node_id(a, e.target())), None));
    let attributes = match e.weight {
        EdgeRef::Match(i) => {
            let m = &a.matches[i];
            // the deciding measure and the aligned texts, so a reader sees why
            let why = format!("{}: “{}” → “{}”", m.method, m.from_text, m.to_text);
            let (color, style) = match m.kind {
                crate::model::MatchKind::Quotes => ("#d62728", "solid"),
                crate::model::MatchKind::Repeats => ("#ff7f0e", "solid"),
                crate::model::MatchKind::Paraphrases => ("#9467bd", "dashed"),
                crate::model::MatchKind::Related => ("#7f7f7f", "dotted"),
            };
            vec![
                attr(
                    "label",
                    quote(&format!("{} {:.2}", m.kind.as_str(), m.score)),
                ),
                attr("tooltip", quote_max(&why, 2000)),
                plain("color", color),
                plain("style", style),
            ]
        }
        _ => Vec::new(),
    };
    Stmt::Edge(Edge {
        ty: EdgeTy::Pair(s, t),
        attributes,
    })
}

/// Prints statements with graphviz-rust's printer, inside the `digraph`
/// whose header and closing brace the caller writes: the statements of a
/// one-off graph, without its first and last lines.
fn print_stmts(stmts: Vec<Stmt>, w: &mut dyn Write) -> io::Result<()> {
    if stmts.is_empty() {
        return Ok(());
    }
    let g = Graph::DiGraph {
        id: quote("claimgraph"),
        strict: false,
        stmts,
    };
    let text = g.print(&mut PrinterContext::default());
    let body = text
        .strip_prefix("digraph \"claimgraph\" {\n")
        .and_then(|t| t.strip_suffix("\n}"))
        .unwrap_or(&text);
    w.write_all(body.as_bytes())?;
    w.write_all(b"\n")
}

/// Writes the DOT text: graph defaults, speakers and events, one cluster
/// per document (claims are printed in parallel, a batch of documents at a
/// time, so a large corpus never needs the whole text in memory), then the
/// edges, one subgraph per edge kind holding that kind's attributes.
pub fn write(a: &Analysis, g: &ClaimGraph, w: &mut dyn Write) -> io::Result<()> {
    use rayon::prelude::*;
    w.write_all(b"digraph \"claimgraph\" {\n")?;
    let mut head = graph_attributes();
    head.extend(g.graph.node_weights().filter_map(|&n| free_node(a, n)));
    print_stmts(head, w)?;
    // Claim ranges per document.
    let mut ranges = Vec::with_capacity(a.documents.len());
    let mut start = 0;
    for d in 0..a.documents.len() {
        let end = start + a.claims[start..].partition_point(|c| c.doc_index == d);
        ranges.push(start..end);
        start = end;
    }
    for batch in (0..a.documents.len()).collect::<Vec<_>>().chunks(64) {
        let texts: Vec<Vec<u8>> = batch
            .par_iter()
            .map(|&d| {
                let mut buf = Vec::new();
                print_stmts(vec![cluster(a, d, ranges[d].clone())], &mut buf).map(|()| buf)
            })
            .collect::<io::Result<_>>()?;
        for t in texts {
            w.write_all(&t)?;
        }
    }
    let kinds = [
        EdgeRef::SaidBy,
        EdgeRef::InDocument,
        EdgeRef::ReportedBy,
        EdgeRef::MentionsEvent,
        EdgeRef::Mentions,
        EdgeRef::Match(0),
    ];
    for kind in kinds {
        let same = |e: &&petgraph::graph::Edge<EdgeRef>| {
            std::mem::discriminant(&e.weight) == std::mem::discriminant(&kind)
        };
        let edges: Vec<&petgraph::graph::Edge<EdgeRef>> =
            g.graph.raw_edges().iter().filter(same).collect();
        if edges.is_empty() {
            continue;
        }
        let name = match kind {
            EdgeRef::Match(_) => "matches",
            ref k => k.kind(),
        };
        let printed: Vec<Vec<u8>> = edges
            .par_chunks(8192)
            .map(|chunk| {
                let mut buf = Vec::new();
                let stmts = chunk.iter().map(|e| edge_stmt(a, g, e)).collect();
                print_stmts(stmts, &mut buf).map(|()| buf)
            })
            .collect::<io::Result<_>>()?;
        // A subgraph per kind carries the kind's edge attributes.
        let mut ctx = PrinterContext::default();
        let id = quote(&format!("edges_{name}")).print(&mut ctx);
        let defaults =
            Stmt::GAttribute(GraphAttributes::Edge(edge_defaults(&kind))).print(&mut ctx);
        w.write_all(format!("  subgraph {id} {{\n  {defaults}\n").as_bytes())?;
        for p in printed {
            w.write_all(&p)?;
        }
        w.write_all(b"  }\n")?;
    }
    w.write_all(b"}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> String {
        match quote(s) {
            Id::Escaped(v) => v,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn escaping() {
        assert_eq!(q(r#"say "hi""#), r#""say \"hi\"""#);
        assert_eq!(q(r"C:\Nodes\"), r#""C:\\Nodes\\""#);
        assert_eq!(q("a\nb\r\nc"), r#""a\nb\nc""#);
        assert_eq!(q("bell\u{7}tab\tend"), r#""belltabend""#);
        assert_eq!(q("Jose\u{301}"), "\"José\"");
    }

    #[test]
    fn long_strings_stay_under_the_limit() {
        let long = "\\\"".repeat(20_000);
        let s = q(&long);
        assert!(s.len() < MAX_QUOTED, "{}", s.len());
        assert!(s.ends_with("…\""));
        // The cut never splits an escape: the character before the ellipsis
        // closes a pair.
        assert!(s.trim_end_matches("…\"").ends_with("\\\\\\\""));
    }

    #[test]
    fn labels_are_cut_and_wrapped() {
        let l = match label(
            "Relations between Russia and Italy are good. Italy is one of those EU countries that follow the discipline.",
            60,
            20,
        ) {
            Id::Escaped(v) => v,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            l,
            r#""Relations between\nRussia and Italy are\ngood. Italy is one\nof…""#
        );
    }
}
