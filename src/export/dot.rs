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
    for c in text.nfc() {
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
    let flat: String = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut g = flat.graphemes(true);
    let mut short: String = g.by_ref().take(max_graphemes).collect();
    if g.next().is_some() {
        short.push('…');
    }
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for w in short.split(' ') {
        if !cur.is_empty() && cur.chars().count() + 1 + w.chars().count() > wrap {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(w);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    quote(&lines.join("\n"))
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

/// Builds the DOT graph.
pub fn to_dot(a: &Analysis, g: &ClaimGraph) -> Graph {
    let mut stmts = vec![
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
    ];
    let mut clusters: Vec<Vec<Stmt>> = vec![Vec::new(); a.documents.len()];
    for n in g.graph.node_weights() {
        match *n {
            NodeRef::Document(i) => {
                let d = &a.documents[i];
                let title = d.seg.meta.title.as_deref().unwrap_or(&d.path);
                let date = d.seg.meta.date.map(|x| x.to_string()).unwrap_or_default();
                clusters[i].push(node(
                    &d.id,
                    vec![
                        attr("label", label(&format!("{title} {date}"), 120, 40)),
                        plain("shape", "folder"),
                        plain("fillcolor", "#f6d186"),
                        attr("tooltip", quote(&d.path)),
                    ],
                ));
            }
            NodeRef::Speaker(i) => {
                let s = &a.speakers[i];
                stmts.push(node(
                    &s.id,
                    vec![
                        attr("label", label(&s.name, 60, 24)),
                        plain("shape", "ellipse"),
                        plain("fillcolor", "#a7c5eb"),
                        attr("tooltip", quote(&s.titles.join("; "))),
                    ],
                ));
            }
            NodeRef::Event(i) => {
                let e = &a.events[i];
                stmts.push(node(
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
                ));
            }
            NodeRef::Claim(i) => {
                let c = &a.claims[i];
                clusters[c.doc_index].push(node(
                    &c.id,
                    vec![
                        attr("label", label(&c.text, LABEL_GRAPHEMES, WRAP)),
                        plain("shape", "box"),
                        plain("style", "rounded,filled"),
                        plain("fillcolor", role_colour(c.role)),
                        attr("tooltip", quote_max(&c.text, TOOLTIP_BYTES)),
                    ],
                ));
            }
        }
    }
    for (i, body) in clusters.into_iter().enumerate() {
        let d = &a.documents[i];
        let mut sg = vec![
            Stmt::Attribute(attr("label", label(&d.path, 80, 80))),
            Stmt::Attribute(plain("style", "rounded")),
            Stmt::Attribute(plain("color", "#999999")),
        ];
        sg.extend(body);
        stmts.push(Stmt::Subgraph(Subgraph {
            id: quote(&format!("cluster_{i}")),
            stmts: sg,
        }));
    }
    for e in g.graph.raw_edges() {
        let s = Vertex::N(NodeId(quote(g.node_id(a, e.source())), None));
        let t = Vertex::N(NodeId(quote(g.node_id(a, e.target())), None));
        let attrs = match e.weight {
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
            EdgeRef::InDocument => vec![
                plain("label", "in_document"),
                plain("color", "#cccccc"),
                plain("arrowhead", "none"),
            ],
            EdgeRef::Match(i) => {
                let m = &a.matches[i];
                vec![
                    attr(
                        "label",
                        quote(&format!("{} {:.2}", m.kind.as_str(), m.score)),
                    ),
                    plain("color", "#d62728"),
                    plain("penwidth", "2"),
                    attr("tooltip", quote_max(&m.method, 200)),
                ]
            }
        };
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(s, t),
            attributes: attrs,
        }));
    }
    Graph::DiGraph {
        id: quote("claimgraph"),
        strict: false,
        stmts,
    }
}

/// Writes the DOT text.
pub fn write(a: &Analysis, g: &ClaimGraph, w: &mut dyn Write) -> io::Result<()> {
    let dot = to_dot(a, g);
    let mut ctx = PrinterContext::default();
    w.write_all(dot.print(&mut ctx).as_bytes())?;
    w.write_all(b"\n")
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
