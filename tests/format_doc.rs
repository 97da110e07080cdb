//! `docs/FORMAT.md` and the outputs stay in step: the real binary builds the
//! sample corpus, and each output has exactly the fields its table in
//! FORMAT.md lists (each table is marked `<!-- fields: NAME -->`). The
//! SQLite store's columns must each appear in its table's row.

mod util;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use serde_json::Value;
use util::*;

type Fields = BTreeSet<String>;

/// The field names of every marked table in FORMAT.md: the first column's
/// `name` of each row after the marker.
fn documented() -> BTreeMap<String, Fields> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/FORMAT.md");
    let text = fs::read_to_string(path).unwrap();
    let mut out: BTreeMap<String, Fields> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some(name) = line
            .strip_prefix("<!-- fields: ")
            .and_then(|r| r.strip_suffix(" -->"))
        {
            assert!(
                out.insert(name.to_string(), Fields::new()).is_none(),
                "{name} twice"
            );
            current = Some(name.to_string());
        } else if let Some(name) = &current {
            if !line.starts_with('|') {
                current = None;
                continue;
            }
            let first = line.split('|').nth(1).unwrap().trim();
            if let Some(field) = first.strip_prefix('`').and_then(|f| f.strip_suffix('`')) {
                out.get_mut(name).unwrap().insert(field.to_string());
            }
        }
    }
    out
}

/// The union of the keys of some JSON objects.
fn keys<'a>(objects: impl IntoIterator<Item = &'a Value>) -> Fields {
    objects
        .into_iter()
        .flat_map(|o| o.as_object().unwrap().keys().cloned())
        .collect()
}

fn jsonl(s: &Scratch, table: &str) -> Vec<Value> {
    fs::read_to_string(s.graphs().join(format!("{table}.jsonl")))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The fields each output actually has.
fn actual(s: &Scratch) -> BTreeMap<String, Fields> {
    let mut out = BTreeMap::new();
    let g = s.graph_json();
    out.insert("claimgraph.json".into(), keys([&g]));
    out.insert("claimgraph.json graph".into(), keys([&g["graph"]]));
    let nodes = g["nodes"].as_array().unwrap();
    for kind in ["document", "speaker", "claim", "event", "topic"] {
        let of_kind = nodes.iter().filter(|n| n["kind"] == kind);
        out.insert(format!("claimgraph.json {kind}"), keys(of_kind));
    }
    let dates = nodes
        .iter()
        .flat_map(|n| n["dates"].as_array().into_iter().flatten());
    out.insert("claimgraph.json claim.dates".into(), keys(dates));
    out.insert(
        "claimgraph.json edge".into(),
        keys(g["edges"].as_array().unwrap()),
    );
    let files = [s.claims_json(PRESS_CONFERENCE), s.claims_json(BRIEFING)];
    out.insert("claims file".into(), keys(&files));
    let turns = files.iter().flat_map(|f| f["turns"].as_array().unwrap());
    out.insert("claims file turns".into(), keys(turns));
    for table in ["claims", "links", "speakers", "topics"] {
        out.insert(format!("{table}.jsonl"), keys(&jsonl(s, table)));
    }
    let xml = fs::read_to_string(s.graphs().join("claimgraph.graphml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    for domain in ["node", "edge", "graph"] {
        let names = doc
            .descendants()
            .filter(|n| n.has_tag_name("key") && n.attribute("for") == Some(domain))
            .map(|n| n.attribute("attr.name").unwrap().to_string())
            .collect();
        out.insert(format!("claimgraph.graphml {domain}"), names);
    }
    out
}

#[test]
fn format_md_lists_exactly_the_fields_of_each_output() {
    let s = Scratch::with_sample();
    ok(&s.build(&[]));
    let docs = documented();
    let outputs = actual(&s);
    assert_eq!(
        docs.keys().collect::<Vec<_>>(),
        outputs.keys().collect::<Vec<_>>(),
        "FORMAT.md's marked tables and the outputs checked differ"
    );
    for (name, have) in &outputs {
        let listed = &docs[name];
        let undocumented: Vec<_> = have.difference(listed).collect();
        let missing: Vec<_> = listed.difference(have).collect();
        assert!(
            undocumented.is_empty() && missing.is_empty(),
            "{name}: not in FORMAT.md: {undocumented:?}; in FORMAT.md but not in the output: {missing:?}"
        );
    }
    // The claims files' claims are the graph JSON's claims without `kind`.
    let mut claim = outputs["claimgraph.json claim"].clone();
    claim.remove("kind");
    let in_file = keys(s.claims_json(BRIEFING)["claims"].as_array().unwrap());
    assert_eq!(in_file, claim);
}

#[test]
fn format_md_lists_every_sqlite_column() {
    let s = Scratch::with_sample();
    ok(&s.build(&[]));
    let text =
        fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/FORMAT.md"))
            .unwrap();
    let sqlite = &text[text.find("## `graphs/claimgraph.sqlite`").unwrap()..];
    let db = rusqlite::Connection::open(s.graphs().join("claimgraph.sqlite")).unwrap();
    let tables: Vec<String> = db
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'claims_fts%'",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(tables.len() >= 10, "{tables:?}");
    for table in tables {
        let row = sqlite
            .lines()
            .find(|l| l.starts_with(&format!("| `{table}` |")))
            .unwrap_or_else(|| panic!("FORMAT.md has no row for table {table}"));
        let mut st = db.prepare(&format!("PRAGMA table_info({table})")).unwrap();
        let cols: Vec<String> = st
            .query_map([], |r| r.get(1))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for col in cols {
            assert!(
                row.contains(&format!("`{col}`")),
                "FORMAT.md's row for {table} lacks column {col}"
            );
        }
    }
}
