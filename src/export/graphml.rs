//! `graphs/claimgraph.graphml`: the graph as GraphML, for Gephi, Cytoscape
//! and `networkx.read_graphml`.
//!
//! Nodes and edges are those of the node-link JSON (`export::json`), in the
//! same order, with the same ids and attribute names; list fields are
//! joined with `"; "` as in the tables (`export::tables`), a claim's `span`
//! is `span_start`/`span_end` and its `dates` the ISO dates alone. Every
//! attribute has a typed `<key>`. Dates are ISO strings; documents, claims
//! (their document's date) and events also carry Gephi's `start` and `end`
//! as full days (`YYYY-MM-DD`), so Gephi's timeline can filter them (an
//! event's `end` is the last day of its span: `2020-10` ends `2020-10-31`).
//! Text is XML-escaped; the characters XML 1.0 forbids (control
//! characters other than tab, line feed and carriage return, U+FFFE,
//! U+FFFF) become U+FFFD.

use std::io::{self, Write};

use chrono::NaiveDate;

use super::json::{ClaimDto, SCHEMA_VERSION};
use super::tables::{doc_dates, join};
use crate::graph::{ClaimGraph, EdgeRef, NodeRef};
use crate::model::{Analysis, PartialDate};
use petgraph::graph::NodeIndex;

/// The file name in the graphs folder.
pub const FILE_NAME: &str = "claimgraph.graphml";

/// Node attributes: key id (= attribute name) and GraphML type.
pub(crate) const NODE_KEYS: &[(&str, &str)] = &[
    ("kind", "string"),
    ("name", "string"),
    ("title", "string"),
    ("date", "string"),
    ("date_source", "string"),
    ("path", "string"),
    ("principal", "string"),
    ("encoding", "string"),
    ("bytes", "long"),
    ("claims", "int"),
    ("documents", "int"),
    ("titles", "string"),
    ("aliases", "string"),
    ("speaker_kind", "string"),
    ("doc", "string"),
    ("doc_date", "string"),
    ("line", "int"),
    ("span_start", "int"),
    ("span_end", "int"),
    ("text", "string"),
    ("speaker", "string"),
    ("role", "string"),
    ("section", "string"),
    ("turn", "int"),
    ("paragraph", "int"),
    ("label", "string"),
    ("reported_by", "string"),
    ("reported_kind", "string"),
    ("reported_in", "string"),
    ("report_form", "string"),
    ("attribution", "string"),
    ("co_speakers", "string"),
    ("dates", "string"),
    ("events", "string"),
    ("topics", "string"),
    ("checkworthiness", "double"),
    ("source", "string"),
    ("cluster", "string"),
    ("cluster_size", "int"),
    ("precision", "string"),
    ("topic_kind", "string"),
    ("start", "string"),
    ("end", "string"),
];

/// Edge attributes: attribute name and GraphML type (key id `e_<name>`).
pub(crate) const EDGE_KEYS: &[(&str, &str)] = &[
    ("kind", "string"),
    ("score", "double"),
    ("method", "string"),
    ("source_text", "string"),
    ("target_text", "string"),
];

/// Graph attributes: attribute name and type (key id `g_<name>`).
pub(crate) const GRAPH_KEYS: &[(&str, &str)] = &[
    ("name", "string"),
    ("generator", "string"),
    ("schema", "int"),
    ("documents", "int"),
    ("speakers", "int"),
    ("claims", "int"),
    ("events", "int"),
    ("topics", "int"),
];

/// An attribute value.
enum Val<'a> {
    Str(&'a str),
    Owned(String),
    Int(u64),
    Num(f64),
}

type Attrs<'a> = Vec<(&'static str, Option<Val<'a>>)>;

/// Escapes text for XML 1.0 element content and attribute values: markup
/// characters become entities, tab and line ends character references (so
/// attribute normalisation keeps them), and characters XML 1.0 forbids
/// become U+FFFD.
pub(crate) fn escape(s: &str, out: &mut String) {
    // Runs of characters that need nothing are copied whole; every
    // character that does is ASCII, or U+FFFE / U+FFFF (EF BF BE/BF).
    let b = s.as_bytes();
    let mut done = 0;
    let mut i = 0;
    while i < b.len() {
        let (rep, len) = match b[i] {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' => ("&quot;", 1),
            b'\'' => ("&apos;", 1),
            b'\t' => ("&#9;", 1),
            b'\n' => ("&#10;", 1),
            b'\r' => ("&#13;", 1),
            c if c < 0x20 => ("\u{FFFD}", 1),
            0xEF if b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)) => {
                ("\u{FFFD}", 3)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&s[done..i]);
        out.push_str(rep);
        i += len;
        done = i;
    }
    out.push_str(&s[done..]);
}

pub(crate) fn day_span(d: &PartialDate) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))?;
    let last = match (d.month, d.day) {
        (Some(_), Some(_)) => first,
        (Some(m), None) => {
            let next = if m == 12 {
                NaiveDate::from_ymd_opt(d.year + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(d.year, m + 1, 1)
            };
            next?.pred_opt()?
        }
        _ => NaiveDate::from_ymd_opt(d.year, 12, 31)?,
    };
    Some((first, last))
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn opt(s: Option<&str>) -> Option<Val<'_>> {
    s.map(Val::Str)
}

/// A list attribute: absent when empty.
fn list(items: &[String]) -> Option<Val<'static>> {
    (!items.is_empty()).then(|| Val::Owned(join(items)))
}

/// Gephi's `start` and `end` for a date known to the day.
fn when(date: Option<&str>) -> [(&'static str, Option<Val<'_>>); 2] {
    [("start", opt(date)), ("end", opt(date))]
}

/// Per document: its ISO date and its number of claims.
struct Docs {
    dates: Vec<Option<String>>,
    claims: Vec<usize>,
}

fn node_attrs<'a>(a: &'a Analysis, n: NodeRef, docs: &'a Docs) -> Attrs<'a> {
    use Val::*;
    let dates = &docs.dates;
    let kind = ("kind", Some(Str(n.kind())));
    match n {
        NodeRef::Document(i) => {
            let d = &a.documents[i];
            let date = dates[i].as_deref();
            let mut v = vec![
                kind,
                ("title", opt(d.seg.meta.title.as_deref())),
                ("date", opt(date)),
                (
                    "date_source",
                    opt(d.seg.meta.date_source.map(|s| s.as_str())),
                ),
                ("path", Some(Str(&d.path))),
                ("principal", opt(d.principal.as_deref())),
                ("encoding", Some(Str(d.source.encoding))),
                ("bytes", Some(Int(d.source.bytes))),
                ("claims", Some(Int(docs.claims[i] as u64))),
            ];
            v.extend(when(date));
            v
        }
        NodeRef::Speaker(i) => {
            let s = &a.speakers[i];
            vec![
                kind,
                ("name", Some(Str(&s.name))),
                ("titles", list(&s.titles)),
                ("aliases", list(&s.aliases)),
                ("speaker_kind", Some(Str(s.speaker_kind))),
            ]
        }
        NodeRef::Claim(i) => claim_attrs(a, i, dates[a.claims[i].doc_index].as_deref()),
        NodeRef::Event(i) => {
            let e = &a.events[i];
            let first = day_span(&e.date).map(|s| s.0);
            let last = day_span(e.end.as_ref().unwrap_or(&e.date)).map(|s| s.1);
            vec![
                kind,
                ("date", Some(Owned(e.date.to_string()))),
                ("precision", Some(Str(e.date.precision().as_str()))),
                ("label", Some(Str(&e.label))),
                ("claims", Some(Int(e.claims as u64))),
                ("documents", Some(Int(e.documents as u64))),
                ("start", first.map(|d| Owned(iso(d)))),
                ("end", last.map(|d| Owned(iso(d)))),
            ]
        }
        NodeRef::Topic(i) => {
            let t = &a.topics[i];
            vec![
                kind,
                ("name", Some(Str(&t.name))),
                ("topic_kind", Some(Str(t.kind.as_str()))),
                ("claims", Some(Int(t.claims as u64))),
                ("documents", Some(Int(t.documents as u64))),
            ]
        }
    }
}

fn claim_attrs<'a>(a: &'a Analysis, i: usize, date: Option<&'a str>) -> Attrs<'a> {
    use Val::*;
    let d = ClaimDto::of(a, i);
    let iso: Vec<String> = d.dates.iter().map(|x| x.date.clone()).collect();
    let mut v = vec![
        ("kind", Some(Str("claim"))),
        ("doc", Some(Str(d.doc))),
        ("doc_date", opt(date)),
        ("line", Some(Int(d.line as u64))),
        ("span_start", Some(Int(d.span[0] as u64))),
        ("span_end", Some(Int(d.span[1] as u64))),
        ("text", Some(Str(d.text))),
        ("speaker", opt(d.speaker)),
        ("role", Some(Str(d.role))),
        ("section", opt(d.section)),
        ("turn", Some(Int(d.turn as u64))),
        ("paragraph", Some(Int(d.paragraph as u64))),
        ("label", opt(d.label)),
        ("reported_by", opt(d.reported_by)),
        ("reported_kind", opt(d.reported_kind)),
        ("reported_in", opt(d.reported_in)),
        ("report_form", opt(d.report_form)),
        ("attribution", opt(d.attribution)),
        ("co_speakers", list(d.co_speakers)),
        ("dates", list(&iso)),
        ("events", list(d.events)),
        ("topics", list(d.topics)),
        ("checkworthiness", Some(Num(d.checkworthiness))),
        ("source", Some(Str(d.source))),
        ("cluster", Some(Str(d.cluster))),
        ("cluster_size", Some(Int(d.cluster_size as u64))),
    ];
    v.extend(when(date));
    v
}

fn edge_attrs(a: &Analysis, e: EdgeRef) -> Attrs<'_> {
    use Val::*;
    match e {
        EdgeRef::Match(i) => {
            let m = &a.matches[i];
            vec![
                ("kind", Some(Str(m.kind.as_str()))),
                ("score", Some(Num((m.score * 1e4).round() / 1e4))),
                ("method", Some(Str(&m.method))),
                ("source_text", Some(Str(&m.from_text))),
                ("target_text", Some(Str(&m.to_text))),
            ]
        }
        other => vec![("kind", Some(Str(other.kind())))],
    }
}

/// Appends `<data>` elements for the attributes that have a value.
fn push_data(out: &mut String, prefix: &str, attrs: &[(&'static str, Option<Val<'_>>)]) {
    for (key, val) in attrs {
        let Some(val) = val else { continue };
        out.push_str("      <data key=\"");
        out.push_str(prefix);
        out.push_str(key);
        out.push_str("\">");
        match val {
            Val::Str(s) => escape(s, out),
            Val::Owned(s) => escape(s, out),
            Val::Int(n) => out.push_str(&n.to_string()),
            Val::Num(x) => out.push_str(&x.to_string()),
        }
        out.push_str("</data>\n");
    }
}

fn header(a: &Analysis, out: &mut String) {
    out.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ",
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns ",
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    ));
    for (domain, prefix, keys) in [
        ("graph", "g_", GRAPH_KEYS),
        ("node", "", NODE_KEYS),
        ("edge", "e_", EDGE_KEYS),
    ] {
        for (name, ty) in keys {
            out.push_str(&format!(
                "  <key id=\"{prefix}{name}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>\n"
            ));
        }
    }
    out.push_str("  <graph id=\"claimgraph\" edgedefault=\"directed\">\n");
    let meta: Attrs<'_> = vec![
        ("name", Some(Val::Str("claimgraph"))),
        (
            "generator",
            Some(Val::Owned(format!(
                "claimgraph {}",
                env!("CARGO_PKG_VERSION")
            ))),
        ),
        ("schema", Some(Val::Int(SCHEMA_VERSION.into()))),
        ("documents", Some(Val::Int(a.documents.len() as u64))),
        ("speakers", Some(Val::Int(a.speakers.len() as u64))),
        ("claims", Some(Val::Int(a.claims.len() as u64))),
        ("events", Some(Val::Int(a.events.len() as u64))),
        ("topics", Some(Val::Int(a.topics.len() as u64))),
    ];
    let mut data = String::new();
    push_data(&mut data, "g_", &meta);
    out.push_str(&data.replace("      <data", "    <data"));
}

/// Writes the graph as GraphML.
pub fn write(a: &Analysis, g: &ClaimGraph, w: &mut dyn Write) -> io::Result<()> {
    let mut docs = Docs {
        dates: doc_dates(a),
        claims: vec![0; a.documents.len()],
    };
    for c in &a.claims {
        docs.claims[c.doc_index] += 1;
    }
    let mut out = String::with_capacity(1 << 16);
    header(a, &mut out);
    w.write_all(out.as_bytes())?;
    let nodes: Vec<NodeIndex> = g.graph.node_indices().collect();
    in_parallel(&nodes, w, |out, &n| {
        out.push_str("    <node id=\"");
        escape(g.node_id(a, n), out);
        out.push_str("\">\n");
        push_data(out, "", &node_attrs(a, g.graph[n], &docs));
        out.push_str("    </node>\n");
    })?;
    in_parallel(g.graph.raw_edges(), w, |out, e| {
        out.push_str("    <edge source=\"");
        escape(g.node_id(a, e.source()), out);
        out.push_str("\" target=\"");
        escape(g.node_id(a, e.target()), out);
        out.push_str("\">\n");
        match e.weight {
            EdgeRef::Match(_) => push_data(out, "e_", &edge_attrs(a, e.weight)),
            // the one attribute of the other edges, with no list to make
            other => push_data(out, "e_", &[("kind", Some(Val::Str(other.kind())))]),
        }
        out.push_str("    </edge>\n");
    })?;
    w.write_all(b"  </graph>\n</graphml>\n")
}

/// Items printed by one task (a claim node is about 1.5 KB of GraphML).
const CHUNK: usize = 1024;
/// Chunks printed before they are written.
const BATCH: usize = 8;

/// Prints `items` with `print` in parallel chunks, a batch of chunks at a
/// time, and writes them in order: the bytes of a serial loop, with only
/// a batch of text in memory.
fn in_parallel<T: Sync>(
    items: &[T],
    w: &mut dyn Write,
    print: impl Fn(&mut String, &T) + Sync,
) -> io::Result<()> {
    use rayon::prelude::*;
    for batch in items.chunks(CHUNK * BATCH) {
        let printed: Vec<String> = batch
            .par_chunks(CHUNK)
            .map(|chunk| {
                let mut out = String::with_capacity(1 << 16);
                chunk.iter().for_each(|x| print(&mut out, x));
                out
            })
            .collect();
        for p in printed {
            w.write_all(p.as_bytes())?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Claim, Document, Event, MatchEdge, MatchKind, SourceDoc};

    fn hostile() -> Analysis {
        let doc = Document {
            id: "doc:a&b.txt".into(),
            path: "a&b.txt".into(),
            source: SourceDoc::from_text("a&b.txt", "x"),
            seg: Default::default(),
            principal: None,
            turn_speakers: Vec::new(),
        };
        let text = "He said \"<b>yes</b>\" & 'no' --> \u{1}bell\u{7}\ttab\r\nnext ]]>";
        Analysis {
            claims: vec![
                Claim {
                    id: "c-1".into(),
                    doc: "a&b.txt".into(),
                    text: text.into(),
                    speaker: Some("O'Brien <script>".into()),
                    topics: vec!["A & B".into(), "C".into()],
                    ..Claim::default()
                },
                Claim {
                    id: "c-2".into(),
                    text: "plain".into(),
                    ..Claim::default()
                },
            ],
            matches: vec![MatchEdge {
                from: 1,
                to: 0,
                kind: MatchKind::Quotes,
                score: 0.98765,
                method: "quote".into(),
                from_text: "plain".into(),
                to_text: "<b>yes</b>".into(),
            }],
            events: vec![Event {
                id: "event:2020-02:talks".into(),
                date: PartialDate::ym(2020, 2).unwrap(),
                end: None,
                label: "talks".into(),
                claims: 1,
                documents: 1,
            }],
            documents: vec![doc],
            ..Analysis::default()
        }
    }

    fn graphml(a: &Analysis) -> String {
        let mut out = Vec::new();
        write(a, &ClaimGraph::build(a), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn escapes_markup_and_drops_forbidden_characters() {
        let mut s = String::new();
        escape("a<b>&\"'-->\u{0}\u{1b}\t\r\n\u{FFFF}é", &mut s);
        assert_eq!(
            s,
            "a&lt;b&gt;&amp;&quot;&apos;--&gt;\u{FFFD}\u{FFFD}&#9;&#13;&#10;\u{FFFD}é"
        );
    }

    /// The escaping as it was written first, one character at a time.
    fn escape_by_char(s: &str) -> String {
        let mut out = String::new();
        for ch in s.chars() {
            match ch {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&apos;"),
                '\t' => out.push_str("&#9;"),
                '\n' => out.push_str("&#10;"),
                '\r' => out.push_str("&#13;"),
                c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                    out.push('\u{FFFD}')
                }
                c => out.push(c),
            }
        }
        out
    }

    #[test]
    fn escaping_runs_matches_escaping_characters() {
        // characters led by the byte EF that are allowed (U+FEFF, U+FFFD,
        // U+F000) beside the two that are not, at either end
        for text in [
            "",
            "plain",
            "\u{FFFE}",
            "x\u{FFFF}",
            "\u{FEFF}\u{FFFD}\u{F000}\u{FFFE}y",
            "é&ü<\u{1}>\u{7f}'\"\u{FFFD}\u{FFFF}",
            "Привет, «мир»\r\n",
        ] {
            let mut s = String::new();
            escape(text, &mut s);
            assert_eq!(s, escape_by_char(text), "{text:?}");
        }
    }

    #[test]
    fn hostile_labels_parse_back_exactly() {
        let a = hostile();
        let xml = graphml(&a);
        let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
        let data = |key: &str| -> Vec<String> {
            doc.descendants()
                .filter(|n| n.has_tag_name("data") && n.attribute("key") == Some(key))
                .map(|n| n.text().unwrap_or("").to_string())
                .collect()
        };
        assert_eq!(
            data("text")[0],
            "He said \"<b>yes</b>\" & 'no' --> \u{FFFD}bell\u{FFFD}\ttab\r\nnext ]]>"
        );
        assert_eq!(data("speaker"), ["O'Brien <script>"]);
        assert_eq!(data("topics"), ["A & B; C"]);
        assert_eq!(data("e_target_text"), ["<b>yes</b>"]);
        assert_eq!(data("e_score"), ["0.9877"]);
        assert_eq!(data("g_schema"), ["1"]);
        // A month-precision event spans the whole month, leap day included.
        assert_eq!(data("start"), ["2020-02-01"]);
        assert_eq!(data("end"), ["2020-02-29"]);
    }

    #[test]
    fn every_attribute_has_a_typed_key() {
        let a = hostile();
        let xml = graphml(&a);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let keys: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("key"))
            .map(|n| n.attribute("id").unwrap())
            .collect();
        for d in doc.descendants().filter(|n| n.has_tag_name("data")) {
            assert!(keys.contains(&d.attribute("key").unwrap()), "{d:?}");
        }
        let nodes = doc.descendants().filter(|n| n.has_tag_name("node")).count();
        assert_eq!(nodes, 4);
        assert!(xml.contains("<node id=\"doc:a&amp;b.txt\">"), "{xml}");
    }

    #[test]
    fn day_spans() {
        let span = |d: PartialDate| day_span(&d).map(|(a, b)| (iso(a), iso(b)));
        assert_eq!(
            span(PartialDate::y(2021)),
            Some(("2021-01-01".into(), "2021-12-31".into()))
        );
        assert_eq!(
            span(PartialDate::ym(2020, 12).unwrap()),
            Some(("2020-12-01".into(), "2020-12-31".into()))
        );
        assert_eq!(
            span(PartialDate::ymd(2021, 1, 18).unwrap()),
            Some(("2021-01-18".into(), "2021-01-18".into()))
        );
    }
}
