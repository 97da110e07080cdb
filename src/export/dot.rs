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

use graphviz_rust::dot_structures::{Attribute, Graph, GraphAttributes, Id, Node, NodeId, Stmt};
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
    // Most text is already in NFC (ASCII always is): skip the (slow)
    // normalisation then.
    if text.is_ascii() {
        push_escaped_ascii(out, text, max_bytes);
    } else if unicode_normalization::is_nfc_quick(text.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        push_escaped(out, text.chars(), max_bytes);
    } else {
        push_escaped(out, text.nfc(), max_bytes);
    }
}

/// [`push_escaped`] for ASCII text: the runs of bytes that need no escape
/// are copied whole.
fn push_escaped_ascii(out: &mut String, text: &str, max_bytes: usize) {
    let start = out.len();
    let bytes = text.as_bytes();
    let mut run = 0;
    for i in 0..=bytes.len() {
        let piece = match bytes.get(i) {
            None => None,
            Some(b'\\') => Some("\\\\"),
            Some(b'"') => Some("\\\""),
            Some(b'\n') => Some("\\n"),
            Some(c) if c.is_ascii_control() => Some(""),
            Some(_) => continue,
        };
        // the plain bytes before, as many as fit
        let room = max_bytes - (out.len() - start);
        let plain = &text[run..i];
        if plain.len() > room {
            out.push_str(&plain[..room]);
            out.push('…');
            return;
        }
        out.push_str(plain);
        let Some(piece) = piece else { return };
        if !piece.is_empty() {
            if out.len() - start + piece.len() > max_bytes {
                out.push('…');
                return;
            }
            out.push_str(piece);
        }
        run = i + 1;
    }
}

/// Appends `chars` escaped for a quoted DOT string, cut with "…" where
/// they would pass `max_bytes`.
fn push_escaped(out: &mut String, chars: impl Iterator<Item = char>, max_bytes: usize) {
    let start = out.len();
    for c in chars {
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
    if text.contains('\r') {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        escape_into(&mut out, &text, max_bytes);
    } else {
        escape_into(&mut out, text, max_bytes);
    }
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

/// The header of one document's cluster: its label and style, the
/// document node, and the node defaults its claims share (only a question
/// or answer sets its own colour). The claims follow ([`claim_line`]).
fn cluster_header(a: &Analysis, d: usize) -> Vec<Stmt> {
    let doc = &a.documents[d];
    let title = doc.seg.meta.title.as_deref().unwrap_or(&doc.path);
    let date = doc.seg.meta.date.map(|x| x.to_string()).unwrap_or_default();
    vec![
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
        Stmt::GAttribute(GraphAttributes::Node(vec![
            plain("shape", "box"),
            plain("style", "rounded,filled"),
            plain("fillcolor", role_colour(Role::Statement)),
        ])),
    ]
}

/// The text of an id as graphviz-rust prints it.
fn id_str(id: &Id) -> &str {
    match id {
        Id::Html(v) | Id::Escaped(v) | Id::Plain(v) => v,
        Id::Anonymous(_) => "",
    }
}

/// Appends `[k=v k=v]` as graphviz-rust prints a node's or edge's
/// attributes (nothing for none).
fn push_attrs(out: &mut String, attrs: &[Attribute]) {
    for (i, Attribute(k, v)) in attrs.iter().enumerate() {
        out.push_str(if i == 0 { "[" } else { " " });
        out.push_str(id_str(k));
        out.push('=');
        out.push_str(id_str(v));
    }
    if !attrs.is_empty() {
        out.push(']');
    }
}

/// One claim's node line inside its cluster, byte for byte what
/// graphviz-rust's printer gives for it there (written by hand so that the
/// claims of one big document are printed in parallel and without the
/// printer's copies).
fn claim_line(out: &mut String, c: &crate::model::Claim) {
    let mut attrs = vec![
        attr("label", label(&c.text, LABEL_GRAPHEMES, WRAP)),
        attr("tooltip", quote_max(&c.text, TOOLTIP_BYTES)),
    ];
    if c.role != Role::Statement {
        attrs.push(plain("fillcolor", role_colour(c.role)));
    }
    out.push_str("    ");
    out.push_str(id_str(&quote(&c.id)));
    push_attrs(out, &attrs);
    out.push('\n');
}

/// Writes one document's cluster: the header through graphviz-rust's
/// printer, the claims in parallel chunks, written as they are ready.
fn write_cluster(
    a: &Analysis,
    d: usize,
    claims: std::ops::Range<usize>,
    w: &mut dyn Write,
) -> io::Result<()> {
    use rayon::prelude::*;
    let mut ctx = PrinterContext::default();
    let mut head = format!(
        "  subgraph {} {{\n",
        id_str(&quote(&format!("cluster_{d}")))
    );
    for stmt in cluster_header(a, d) {
        head.push_str("    ");
        head.push_str(&stmt.print(&mut ctx));
        head.push('\n');
    }
    w.write_all(head.as_bytes())?;
    for batch in a.claims[claims].chunks(CHUNK * BATCH) {
        let texts: Vec<String> = batch
            .par_chunks(CHUNK)
            .map(|chunk| {
                let mut out = String::new();
                chunk.iter().for_each(|c| claim_line(&mut out, c));
                out
            })
            .collect();
        for t in texts {
            w.write_all(t.as_bytes())?;
        }
    }
    w.write_all(b"  }\n")
}

/// Claims or edges printed by one task.
const CHUNK: usize = 4096;
/// Chunks printed before they are written.
const BATCH: usize = 16;

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

/// One edge's line inside its kind's subgraph, byte for byte what
/// graphviz-rust's printer gives (`ids` holds each node's quoted id).
fn edge_line(a: &Analysis, ids: &[String], e: &petgraph::graph::Edge<EdgeRef>, out: &mut String) {
    out.push_str("  ");
    out.push_str(&ids[e.source().index()]);
    out.push_str(" -> ");
    out.push_str(&ids[e.target().index()]);
    if let EdgeRef::Match(i) = e.weight {
        let m = &a.matches[i];
        // the deciding measure and the aligned texts, so a reader sees why
        let why = format!("{}: “{}” → “{}”", m.method, m.from_text, m.to_text);
        let (color, style) = match m.kind {
            crate::model::MatchKind::Quotes => ("#d62728", "solid"),
            crate::model::MatchKind::Repeats => ("#ff7f0e", "solid"),
            crate::model::MatchKind::Paraphrases => ("#9467bd", "dashed"),
            crate::model::MatchKind::Related => ("#7f7f7f", "dotted"),
        };
        out.push(' ');
        push_attrs(
            out,
            &[
                attr(
                    "label",
                    quote(&format!("{} {:.2}", m.kind.as_str(), m.score)),
                ),
                attr("tooltip", quote_max(&why, 2000)),
                plain("color", color),
                plain("style", style),
            ],
        );
    }
    out.push('\n');
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
/// per document, then the edges, one subgraph per edge kind holding that
/// kind's attributes. Claims and edges are printed in parallel, a batch of
/// chunks at a time, so a large corpus or document never needs the whole
/// text in memory.
pub fn write(a: &Analysis, g: &ClaimGraph, w: &mut dyn Write) -> io::Result<()> {
    w.write_all(b"digraph \"claimgraph\" {\n")?;
    let mut head = graph_attributes();
    head.extend(g.graph.node_weights().filter_map(|&n| free_node(a, n)));
    print_stmts(head, w)?;
    // Claim ranges per document.
    let mut start = 0;
    for d in 0..a.documents.len() {
        let end = start + a.claims[start..].partition_point(|c| c.doc_index == d);
        write_cluster(a, d, start..end, w)?;
        start = end;
    }
    write_edges(a, g, w)?;
    w.write_all(b"}\n")
}

/// The edges, one subgraph per kind.
fn write_edges(a: &Analysis, g: &ClaimGraph, w: &mut dyn Write) -> io::Result<()> {
    use rayon::prelude::*;
    let ids: Vec<String> = g
        .graph
        .node_indices()
        .map(|n| id_str(&quote(g.node_id(a, n))).to_string())
        .collect();
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
        // A subgraph per kind carries the kind's edge attributes.
        let mut ctx = PrinterContext::default();
        let id = quote(&format!("edges_{name}")).print(&mut ctx);
        let defaults =
            Stmt::GAttribute(GraphAttributes::Edge(edge_defaults(&kind))).print(&mut ctx);
        w.write_all(format!("  subgraph {id} {{\n  {defaults}\n").as_bytes())?;
        for batch in edges.chunks(CHUNK * BATCH) {
            let printed: Vec<String> = batch
                .par_chunks(CHUNK)
                .map(|chunk| {
                    let mut out = String::new();
                    chunk.iter().for_each(|e| edge_line(a, &ids, e, &mut out));
                    out
                })
                .collect();
            for p in printed {
                w.write_all(p.as_bytes())?;
            }
        }
        w.write_all(b"  }\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_escaping_copies_runs_and_cuts_like_the_general_path() {
        let texts = [
            "",
            "plain words",
            "a \"quoted\" \\ path\nnext line\tand a tab\u{7}bell",
            "\"\"\"",
            "\\\\\n\n",
            "ends with a quote\"",
        ];
        for t in texts {
            for max in 0..=t.len() * 2 + 2 {
                let (mut fast, mut general) = (String::from("x"), String::from("x"));
                push_escaped_ascii(&mut fast, t, max);
                push_escaped(&mut general, t.chars(), max);
                assert_eq!(fast, general, "{t:?} within {max} bytes");
            }
        }
    }

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

    /// Claims from the sample corpus (and one with every escape).
    fn sample_claims() -> Vec<crate::model::Claim> {
        use crate::model::Claim;
        let texts = [
            "Prospects for implementing the Joint Comprehensive Plan of Action on Iran’s nuclear programme, further stabilisation of the situation in Nagorno-Karabakh, security issues in Europe and other matters of mutual interest will be discussed.",
            "As the President said, \"we will not allow this\" \\ and\nthat\u{7} is all.",
            "Ladies and gentlemen, colleagues,",
        ];
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Claim {
                id: format!("c-{i}"),
                text: (*t).into(),
                role: [Role::Statement, Role::Question, Role::Answer][i],
                ..Claim::default()
            })
            .collect()
    }

    /// Claims printed by hand (`claim_line`) and by graphviz-rust's printer
    /// as the export did before: the same bytes.
    #[test]
    fn hand_printed_claims_match_the_printer() {
        use graphviz_rust::dot_structures::Subgraph;
        let claims = sample_claims();
        let mut stmts = Vec::new();
        let mut by_hand = String::from("  subgraph \"cluster_0\" {\n");
        for c in &claims {
            let mut attrs = vec![
                attr("label", label(&c.text, LABEL_GRAPHEMES, WRAP)),
                attr("tooltip", quote_max(&c.text, TOOLTIP_BYTES)),
            ];
            if c.role != Role::Statement {
                attrs.push(plain("fillcolor", role_colour(c.role)));
            }
            stmts.push(node(&c.id, attrs));
            claim_line(&mut by_hand, c);
        }
        by_hand.push_str("  }\n");
        let mut printed = Vec::new();
        let cluster = Stmt::Subgraph(Subgraph {
            id: quote("cluster_0"),
            stmts,
        });
        print_stmts(vec![cluster], &mut printed).unwrap();
        assert_eq!(String::from_utf8(printed).unwrap(), by_hand);
    }

    /// Edges printed by hand (`edge_line`) and by graphviz-rust's printer
    /// as the export did before: the same bytes.
    #[test]
    fn hand_printed_edges_match_the_printer() {
        use crate::model::{MatchEdge, MatchKind};
        use graphviz_rust::dot_structures::{Edge, EdgeTy, Vertex};
        let claims = sample_claims();
        let a = Analysis {
            claims,
            matches: vec![MatchEdge {
                from: 1,
                to: 0,
                kind: MatchKind::Paraphrases,
                score: 0.6712,
                method: "shared-features".into(),
                from_text: "International Committee of the Red Cross is working".into(),
                to_text: "the \"Red Cross\" has been working".into(),
            }],
            ..Analysis::default()
        };
        let mut g = petgraph::graph::DiGraph::<(), EdgeRef>::new();
        let (x, y) = (g.add_node(()), g.add_node(()));
        g.add_edge(x, y, EdgeRef::Match(0));
        g.add_edge(y, x, EdgeRef::SaidBy);
        let ids = ["c-1".to_string(), "c-0".to_string()].map(|s| id_str(&quote(&s)).to_string());
        let mut by_hand = String::new();
        let mut stmts = Vec::new();
        for e in g.raw_edges() {
            edge_line(&a, &ids, e, &mut by_hand);
            let attributes = match e.weight {
                EdgeRef::Match(_) => vec![
                    attr("label", quote("paraphrases 0.67")),
                    attr(
                        "tooltip",
                        quote_max(
                            "shared-features: “International Committee of the Red Cross is working” → “the \"Red Cross\" has been working”",
                            2000,
                        ),
                    ),
                    plain("color", "#9467bd"),
                    plain("style", "dashed"),
                ],
                _ => Vec::new(),
            };
            let v = |i: usize| Vertex::N(NodeId(Id::Escaped(ids[i].clone()), None));
            stmts.push(Stmt::Edge(Edge {
                ty: EdgeTy::Pair(v(e.source().index()), v(e.target().index())),
                attributes,
            }));
        }
        let mut printed = Vec::new();
        print_stmts(stmts, &mut printed).unwrap();
        assert_eq!(String::from_utf8(printed).unwrap(), by_hand);
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
