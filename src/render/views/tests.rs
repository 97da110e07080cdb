//! Views of the sample corpus, and the helpers' rules.

use std::path::Path;
use std::sync::OnceLock;

use std::collections::{BTreeMap, BTreeSet};

use super::overview::busiest;
use super::*;
use crate::query::QueryError;
use crate::render::EdgeKind;

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

/// The ids of the nodes drawn as the view's subject.
fn focus(v: &View) -> Vec<&str> {
    v.nodes
        .iter()
        .filter(|n| n.focus)
        .map(|n| n.id.as_str())
        .collect()
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
    assert_eq!(focus(&v), ["speaker:sergey-lavrov"]);
}

#[test]
fn around_the_all_for_all_talking_point() {
    let v = view(ViewSpec::Around("e85a".into()));
    assert_eq!(v.stem, "view-around-c-e85a2a75e8653a95");
    assert_eq!(counts(&v), [0, 3, 0, 5, 0]);
    assert_eq!(edge_counts(&v), [2, 0, 2, 0, 4, 0]);
    assert_eq!(focus(&v), ["c-e85a2a75e8653a95"]);
}

#[test]
fn topic_and_document_views() {
    let v = view(ViewSpec::Topic("Alexey Navalny".into()));
    assert_eq!(v.stem, "view-topic-alexey-navalny");
    // Speakers: Lavrov, Zakharova and Fernando Arias ("he admitted that
    // they had taken samples from Navalny").
    assert_eq!(counts(&v), [0, 3, 1, 30, 0]);
    let v = view(ViewSpec::Doc("002".into()));
    assert_eq!(v.stem, "view-doc-002-0414ee1e78e3c3ef-txt");
    assert_eq!(counts(&v), [1, 4, 0, 36, 0]);
    // (one repeat within the briefing: "I would like to repeat that …")
    assert_eq!(edge_counts(&v), [2, 1, 2, 5, 7, 0]);
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
    // The claims at the other ends are limited too: Zakharova's two most
    // check-worthy linked claims (on the Latvian journalists, and on the
    // POW exchange, which two of Lavrov's claims relate to) link to three
    // claims; two of them are drawn.
    let two = ViewOptions {
        limit: 2,
        ..ViewOptions::default()
    };
    let v = build_view(&store, &ViewSpec::Speaker("Zakharova".into()), &two).unwrap();
    assert_eq!(v.count(NodeKind::Claim), 2 + 2);
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
