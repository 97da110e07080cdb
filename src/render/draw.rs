//! A [`View`] as a DOT graph: a cluster per document, a legend, shape and
//! colour by node kind, line style by edge kind, labels wrapped at about
//! 40 characters and the full text in tooltips. Every id and value goes
//! through [`quote`], the one escaping function.

use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use unicode_segmentation::UnicodeSegmentation;

use super::{EdgeKind, NodeKind, View, ViewNode};
use crate::export::dot::quote;

/// Label lines wrap at this many characters.
pub(crate) const WRAP: usize = 40;
/// Claim labels keep this many graphemes of text (the tooltip has all).
const CLAIM_GRAPHEMES: usize = 160;
/// Other labels keep this many.
const NAME_GRAPHEMES: usize = 80;
/// Tooltips keep this many graphemes.
const TOOLTIP_GRAPHEMES: usize = 2000;

const NODE_KINDS: [NodeKind; 5] = [
    NodeKind::Document,
    NodeKind::Speaker,
    NodeKind::Topic,
    NodeKind::Claim,
    NodeKind::TalkingPoint,
];

const EDGE_KINDS: [EdgeKind; 6] = [
    EdgeKind::Quotes,
    EdgeKind::Repeats,
    EdgeKind::Paraphrases,
    EdgeKind::Related,
    EdgeKind::Said,
    EdgeKind::Mentions,
];

fn attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.to_string()), quote(v))
}

/// The first `max` graphemes of `text`, with "…" when cut.
pub(crate) fn cut(text: &str, max: usize) -> String {
    let mut g = text.grapheme_indices(true);
    match g.nth(max) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// `text` cut to `max` graphemes and wrapped at word boundaries into lines
/// of about `width` characters; its own line breaks are kept, other
/// whitespace runs become one space, and a word longer than a line is
/// split.
pub(crate) fn wrap(text: &str, max: usize, width: usize) -> String {
    let text = cut(text, max);
    let mut lines: Vec<String> = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut len = 0;
        for word in para.split_whitespace() {
            let graphemes: Vec<&str> = word.graphemes(true).collect();
            for piece in graphemes.chunks(width) {
                let pl = piece.len();
                if len > 0 && len + 1 + pl > width {
                    lines.push(std::mem::take(&mut line));
                    len = 0;
                }
                if len > 0 {
                    line.push(' ');
                    len += 1;
                }
                line.push_str(&piece.concat());
                len += pl;
            }
        }
        lines.push(line);
    }
    lines.join("\n")
}

fn node_style(kind: NodeKind, question: bool) -> [(&'static str, &'static str); 3] {
    match kind {
        NodeKind::Document => [
            ("shape", "folder"),
            ("fillcolor", "#f6d186"),
            ("style", "filled"),
        ],
        NodeKind::Speaker => [
            ("shape", "ellipse"),
            ("fillcolor", "#a7c5eb"),
            ("style", "filled"),
        ],
        NodeKind::Topic => [
            ("shape", "hexagon"),
            ("fillcolor", "#b5e7a0"),
            ("style", "filled"),
        ],
        NodeKind::Claim if question => [
            ("shape", "box"),
            ("fillcolor", "#fde2e4"),
            ("style", "rounded,filled"),
        ],
        NodeKind::Claim => [
            ("shape", "box"),
            ("fillcolor", "#ffffff"),
            ("style", "rounded,filled"),
        ],
        NodeKind::TalkingPoint => [
            ("shape", "box3d"),
            ("fillcolor", "#fff3b0"),
            ("style", "filled"),
        ],
    }
}

fn kind_name(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Document => "document",
        NodeKind::Speaker => "speaker",
        NodeKind::Topic => "topic",
        NodeKind::Claim => "claim",
        NodeKind::TalkingPoint => "talking point (claims collapsed)",
    }
}

fn edge_style(kind: EdgeKind) -> [(&'static str, &'static str); 3] {
    match kind {
        EdgeKind::Quotes => [("color", "#d62728"), ("style", "solid"), ("penwidth", "2")],
        EdgeKind::Repeats => [("color", "#ff7f0e"), ("style", "dashed"), ("penwidth", "2")],
        EdgeKind::Paraphrases => [("color", "#9467bd"), ("style", "dotted"), ("penwidth", "2")],
        EdgeKind::Related => [("color", "#9a9a9a"), ("style", "solid"), ("penwidth", "1")],
        EdgeKind::Said => [
            ("color", "#5b8bd0"),
            ("style", "solid"),
            ("penwidth", "0.8"),
        ],
        EdgeKind::Mentions => [
            ("color", "#6aa84f"),
            ("style", "solid"),
            ("penwidth", "0.8"),
        ],
    }
}

fn node_stmt(n: &ViewNode) -> Stmt {
    let max = match n.kind {
        NodeKind::Claim | NodeKind::TalkingPoint => CLAIM_GRAPHEMES,
        _ => NAME_GRAPHEMES,
    };
    let mut attrs = vec![
        attr("label", &wrap(&n.label, max, WRAP)),
        attr("tooltip", &cut(&n.tooltip, TOOLTIP_GRAPHEMES)),
    ];
    attrs.extend(node_style(n.kind, n.question).map(|(k, v)| attr(k, v)));
    if n.focus {
        attrs.push(attr("penwidth", "3"));
    }
    Stmt::Node(Node::new(NodeId(quote(&n.id), None), attrs))
}

fn edge_stmt(from: &str, to: &str, attrs: Vec<Attribute>) -> Stmt {
    Stmt::Edge(Edge {
        ty: EdgeTy::Pair(
            Vertex::N(NodeId(quote(from), None)),
            Vertex::N(NodeId(quote(to), None)),
        ),
        attributes: attrs,
    })
}

/// The legend: one sample node per node kind and one sample edge per edge
/// kind found in the view.
fn legend(view: &View) -> Option<Stmt> {
    let mut stmts = vec![
        Stmt::Attribute(attr("label", "Legend")),
        Stmt::Attribute(attr("style", "rounded")),
        Stmt::Attribute(attr("color", "#bbbbbb")),
        Stmt::Attribute(attr("fontsize", "11")),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("fontsize", "8"),
            attr("height", "0.3"),
        ])),
    ];
    for kind in NODE_KINDS {
        if view.nodes.iter().any(|n| n.kind == kind) {
            let mut attrs = vec![
                attr("label", kind_name(kind)),
                attr("tooltip", kind_name(kind)),
            ];
            attrs.extend(node_style(kind, false).map(|(k, v)| attr(k, v)));
            let id = format!("legend:{}", kind_name(kind));
            stmts.push(Stmt::Node(Node::new(NodeId(quote(&id), None), attrs)));
        }
    }
    for kind in EDGE_KINDS {
        if view.edges.iter().any(|e| e.kind == kind) {
            let (a, b) = (
                format!("legend:{}:a", kind.name()),
                format!("legend:{}:b", kind.name()),
            );
            let text = [
                ("shape", "plaintext"),
                ("style", ""),
                ("label", kind.name()),
            ];
            let text: Vec<Attribute> = text.iter().map(|(k, v)| attr(k, v)).collect();
            stmts.push(Stmt::Node(Node::new(NodeId(quote(&a), None), text)));
            let point = vec![
                attr("shape", "point"),
                attr("width", "0.05"),
                attr("label", ""),
            ];
            stmts.push(Stmt::Node(Node::new(NodeId(quote(&b), None), point)));
            let attrs = edge_style(kind)
                .map(|(k, v)| attr(k, v))
                .into_iter()
                .collect();
            stmts.push(edge_stmt(&a, &b, attrs));
        }
    }
    (stmts.len() > 5).then(|| {
        Stmt::Subgraph(Subgraph {
            id: quote("cluster_legend"),
            stmts,
        })
    })
}

fn defaults(view: &View) -> Vec<Stmt> {
    vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("rankdir", "LR"),
            // neato and sfdp: no overlapping labels (dot ignores it)
            attr("overlap", "prism"),
            attr("fontname", "Helvetica"),
            attr("label", &wrap(&view.title, NAME_GRAPHEMES * 2, 100)),
            attr("labelloc", "t"),
            attr("fontsize", "16"),
            attr("nodesep", "0.25"),
            attr("ranksep", "0.8"),
            attr("tooltip", &view.title),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "10"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "9"),
        ])),
    ]
}

/// A document cluster with more claims than this lays them out in
/// columns of this many, in document order, instead of one tall column.
const ROWS: usize = 8;

/// Invisible edges that arrange the claims of a cluster in a grid of
/// [`ROWS`] rows: claim `i` is placed left of claim `i + ROWS`.
fn grid(nodes: &[&ViewNode]) -> Vec<Stmt> {
    let claims: Vec<&&ViewNode> = nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::Claim | NodeKind::TalkingPoint))
        .collect();
    if claims.len() <= ROWS {
        return Vec::new();
    }
    claims
        .iter()
        .zip(claims.iter().skip(ROWS))
        .map(|(a, b)| edge_stmt(&a.id, &b.id, vec![attr("style", "invis")]))
        .collect()
}

/// The DOT graph of a view.
pub(crate) fn graph(view: &View) -> Graph {
    let mut stmts = defaults(view);
    stmts.extend(legend(view));
    for (i, d) in view.docs.iter().enumerate() {
        let mut sg = vec![
            Stmt::Attribute(attr("label", &wrap(&d.label, NAME_GRAPHEMES * 2, 60))),
            Stmt::Attribute(attr("style", "rounded")),
            Stmt::Attribute(attr("color", "#999999")),
            Stmt::Attribute(attr("tooltip", &d.label)),
        ];
        let inside: Vec<&ViewNode> = view
            .nodes
            .iter()
            .filter(|n| n.doc.as_deref() == Some(&d.path))
            .collect();
        sg.extend(inside.iter().map(|n| node_stmt(n)));
        sg.extend(grid(&inside));
        stmts.push(Stmt::Subgraph(Subgraph {
            id: quote(&format!("cluster_doc_{i}")),
            stmts: sg,
        }));
    }
    let clustered = |n: &&ViewNode| {
        n.doc
            .as_deref()
            .is_some_and(|p| view.docs.iter().any(|d| d.path == p))
    };
    stmts.extend(view.nodes.iter().filter(|n| !clustered(n)).map(node_stmt));
    for e in &view.edges {
        let mut attrs = vec![
            attr("label", &e.label),
            attr("tooltip", &cut(&e.tooltip, TOOLTIP_GRAPHEMES)),
        ];
        attrs.extend(edge_style(e.kind).map(|(k, v)| attr(k, v)));
        stmts.push(edge_stmt(&e.from, &e.to, attrs));
    }
    Graph::DiGraph {
        id: quote("claimgraph"),
        strict: false,
        stmts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{Format, Layout, ViewDoc, ViewEdge, dot_available, render};

    /// Text that breaks naive DOT: quotes, braces, backslashes (Graphviz
    /// expands `\N`, `\l`), an HTML-like tag, an XML comment end, a
    /// trailing backslash.
    pub(crate) const HOSTILE: &str = r#"He said "no" {x} C:\Nodes\ \N \l --> <b>bold</b> ]; end\"#;

    fn hostile_view() -> View {
        let node = |id: &str, kind, label: &str| ViewNode {
            id: id.into(),
            kind,
            label: label.into(),
            tooltip: format!("{label}\nsecond line"),
            doc: Some("a \"b\".txt".into()),
            question: false,
            focus: false,
        };
        View {
            title: HOSTILE.into(),
            stem: "hostile".into(),
            docs: vec![ViewDoc {
                path: "a \"b\".txt".into(),
                label: HOSTILE.into(),
            }],
            nodes: vec![
                node("c-1\"]; x -> y [", NodeKind::Claim, HOSTILE),
                node("c-2\\", NodeKind::Claim, "first\nsecond"),
            ],
            edges: vec![ViewEdge {
                from: "c-1\"]; x -> y [".into(),
                to: "c-2\\".into(),
                kind: EdgeKind::Quotes,
                label: "quotes 1.00".into(),
                tooltip: HOSTILE.into(),
            }],
        }
    }

    #[test]
    fn wrapping() {
        assert_eq!(
            wrap(
                "Relations between Russia and Italy are good today.",
                200,
                20
            ),
            "Relations between\nRussia and Italy are\ngood today."
        );
        assert_eq!(wrap("keep\nbreaks", 200, 40), "keep\nbreaks");
        assert_eq!(wrap("abcdefghij", 200, 4), "abcd\nefgh\nij");
        assert_eq!(wrap("one two three", 7, 40), "one two…");
        assert_eq!(cut("José", 3), "Jos…");
    }

    #[test]
    fn hostile_labels_are_escaped() {
        let dot = hostile_view().to_dot();
        let escaped = r#"He said \"no\" {x} C:\\Nodes\\ \\N \\l --> <b>bold</b> ]; end\\"#;
        assert!(dot.contains(&format!("label=\"{escaped}\"")), "{dot}");
        assert!(dot.contains(r#""c-1\"]; x -> y [" -> "c-2\\""#), "{dot}");
        assert!(dot.contains(r#"label="first\nsecond""#), "{dot}");
        graphviz_rust::parse(&dot).unwrap_or_else(|e| panic!("{e}\n{dot}"));
    }

    #[test]
    fn grid_and_legend() {
        let mut v = hostile_view();
        let n = v.nodes[1].clone();
        for i in 0..10 {
            v.nodes.push(ViewNode {
                id: format!("c-x{i}"),
                ..n.clone()
            });
        }
        let dot = v.to_dot();
        // 12 claims in 8 rows: 4 invisible edges
        assert_eq!(dot.matches(r#"style="invis""#).count(), 4);
        assert!(dot.contains(r#""legend:claim""#));
        assert!(dot.contains(r#""legend:quotes:a" -> "legend:quotes:b""#));
        assert!(!dot.contains(r#""legend:related:a""#));
    }

    /// Graphviz's SVG text with the XML escapes undone.
    fn svg_text(svg: &str) -> String {
        svg.replace("&#45;", "-")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#160;", " ")
            .replace("&amp;", "&")
    }

    #[test]
    fn graphviz_draws_hostile_labels_as_written() {
        if !dot_available() {
            eprintln!("skipped: Graphviz's dot is not installed");
            return;
        }
        let svg = render(&hostile_view(), Format::Svg, Layout::Dot).unwrap();
        let text = svg_text(&String::from_utf8(svg).unwrap());
        // wrapped at 40 characters, each line as written
        for line in wrap(HOSTILE, 160, WRAP).lines() {
            assert!(
                text.contains(&format!(">{line}</text>")),
                "{line:?} in\n{text}"
            );
        }
        assert!(text.contains(">first</text>") && text.contains(">second</text>"));
    }
}
