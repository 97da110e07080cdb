//! The flat tables (JSONL, CSV) and the GraphML on the sample corpus and
//! on hostile text: specific rows, row counts, and GraphML that parses.

mod util;

use std::fs;

use serde_json::Value;
use util::*;

const TABLES: [&str; 4] = ["claims", "links", "speakers", "topics"];

fn jsonl(s: &Scratch, table: &str) -> Vec<Value> {
    let text = fs::read_to_string(s.graphs().join(format!("{table}.jsonl"))).unwrap();
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn csv_rows(s: &Scratch, table: &str) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut r = csv::Reader::from_path(s.graphs().join(format!("{table}.csv"))).unwrap();
    let header = r.headers().unwrap().iter().map(String::from).collect();
    (header, r.records().map(Result::unwrap).collect())
}

fn built() -> Scratch {
    let s = Scratch::with_sample();
    ok(&s.build(&[]));
    s
}

#[test]
fn a_quote_link_row_has_both_claims() {
    let s = built();
    let links = jsonl(&s, "links");
    let row = links
        .iter()
        .find(|l| l["source"] == "c-35611e399b3c126c" && l["target"] == "c-e85a2a75e8653a95")
        .expect("Zakharova's briefing quotes Lavrov's press conference");
    assert_eq!(row["kind"], "quotes");
    assert_eq!(row["cross_doc"], true);
    assert_eq!(row["source_doc"], BRIEFING);
    assert_eq!(row["target_doc"], PRESS_CONFERENCE);
    assert_eq!(row["source_date"], "2021-01-28");
    assert_eq!(row["target_date"], "2021-01-18");
    assert_eq!(
        (row["source_line"].as_u64(), row["target_line"].as_u64()),
        (Some(110), Some(176))
    );
    assert_eq!(row["target_speaker"], "Sergey Lavrov");
    assert!(
        row["source_claim_text"]
            .as_str()
            .unwrap()
            .starts_with("Sergey Lavrov said the following about")
    );
    assert!(
        row["target_claim_text"]
            .as_str()
            .unwrap()
            .starts_with("Nevertheless, during our contacts with our colleagues")
    );
    // Same values as the graph JSON's edge.
    let g = s.graph_json();
    let edge = g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["source"] == row["source"] && e["target"] == row["target"])
        .unwrap();
    for k in ["kind", "score", "method", "source_text", "target_text"] {
        assert_eq!(edge[k], row[k], "{k}");
    }
}

#[test]
fn a_claim_row_is_flat_with_ids() {
    let s = built();
    let claims = jsonl(&s, "claims");
    let c = claims
        .iter()
        .find(|c| c["id"] == "c-e85a2a75e8653a95")
        .unwrap();
    assert_eq!(c["speaker"], "Sergey Lavrov");
    assert_eq!(c["speaker_id"], "speaker:sergey-lavrov");
    assert_eq!(c["doc_date"], "2021-01-18");
    assert_eq!(
        (c["span_start"].as_u64(), c["span_end"].as_u64()),
        (Some(50357), Some(50563))
    );
    assert_eq!(c["topics"], "Vladimir Putin");
    assert_eq!(c["topic_ids"], "topic:vladimir-putin");
    assert_eq!(c["cluster_size"], 5);
    assert!(
        c.as_object()
            .unwrap()
            .values()
            .all(|v| !v.is_array() && !v.is_object())
    );
    let speakers = jsonl(&s, "speakers");
    let lavrov = speakers
        .iter()
        .find(|r| r["id"] == "speaker:sergey-lavrov")
        .unwrap();
    assert_eq!(lavrov["first_date"], "2021-01-18");
    assert_eq!(
        lavrov["last_date"], "2021-01-28",
        "reported in the briefing"
    );
    assert_eq!(lavrov["documents"], 2);
}

#[test]
fn csv_rows_equal_jsonl_rows() {
    let s = built();
    let g = s.graph_json();
    let want = [
        g["graph"]["claims"].as_u64().unwrap() as usize,
        10,
        g["graph"]["speakers"].as_u64().unwrap() as usize,
        g["graph"]["topics"].as_u64().unwrap() as usize,
    ];
    for (table, want) in TABLES.iter().zip(want) {
        let rows = jsonl(&s, table);
        let (header, records) = csv_rows(&s, table);
        assert_eq!(rows.len(), want, "{table}");
        assert_eq!(records.len(), want, "{table}");
        let first: Vec<&String> = rows[0].as_object().unwrap().keys().collect();
        let mut sorted = header.clone();
        sorted.sort();
        assert_eq!(first, sorted.iter().collect::<Vec<_>>(), "{table}");
    }
    // A text with quotes and commas comes back whole from the CSV.
    let (header, records) = csv_rows(&s, "links");
    let col = header
        .iter()
        .position(|h| h == "target_claim_text")
        .unwrap();
    let links = jsonl(&s, "links");
    for (row, rec) in links.iter().zip(&records) {
        assert_eq!(row["target_claim_text"], rec[col]);
    }
}

#[test]
fn graphml_parses_with_typed_keys_and_gephi_dates() {
    let s = built();
    let xml = fs::read_to_string(s.graphs().join("claimgraph.graphml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed GraphML");
    let g = s.graph_json();
    let count = |tag: &str| doc.descendants().filter(|n| n.has_tag_name(tag)).count();
    assert_eq!(count("node"), g["nodes"].as_array().unwrap().len());
    assert_eq!(count("edge"), g["edges"].as_array().unwrap().len());
    let node = doc
        .descendants()
        .find(|n| n.has_tag_name("node") && n.attribute("id") == Some("c-e85a2a75e8653a95"))
        .unwrap();
    let data = |key: &str| {
        node.children()
            .find(|d| d.attribute("key") == Some(key))
            .and_then(|d| d.text())
    };
    assert_eq!(data("start"), Some("2021-01-18"));
    assert_eq!(data("end"), Some("2021-01-18"));
    assert_eq!(data("checkworthiness"), Some("0.634"));
    assert!(data("text").unwrap().contains("“all for all” principle"));
    let key = doc
        .descendants()
        .find(|k| k.has_tag_name("key") && k.attribute("id") == Some("checkworthiness"))
        .unwrap();
    assert_eq!(key.attribute("attr.type"), Some("double"));
}

#[test]
fn hostile_text_survives_graphml_and_csv() {
    let s = Scratch::new();
    s.write(
        "hostile.txt",
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, January 28, 2021\n\
         Maria Zakharova: They wrote \"<b>a healthy</b> opposition\" & left --> here, said Ann.\n\
         Question: Is the bell \u{7} character here, and a tab\there, and ]]> too?\n"
            .as_bytes(),
    );
    ok(&s.build(&[]));
    let xml = fs::read_to_string(s.graphs().join("claimgraph.graphml")).unwrap();
    assert!(!xml.contains('\u{7}'), "XML 1.0 forbids BEL");
    assert!(
        xml.contains("bell \u{FFFD} character"),
        "BEL becomes U+FFFD"
    );
    let doc = roxmltree::Document::parse(&xml).expect("well-formed GraphML");
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|d| d.attribute("key") == Some("text"))
        .filter_map(|d| d.text())
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("\"<b>a healthy</b> opposition\" & left --> here")),
        "{texts:?}"
    );
    let claims = jsonl(&s, "claims");
    let (header, records) = csv_rows(&s, "claims");
    let col = header.iter().position(|h| h == "text").unwrap();
    assert_eq!(records.len(), claims.len());
    for (row, rec) in claims.iter().zip(&records) {
        assert_eq!(row["text"], rec[col]);
    }
    assert!(
        claims
            .iter()
            .any(|c| c["text"].as_str().unwrap().contains('\u{7}')),
        "the tables keep the exact text (JSON and CSV allow control characters)"
    );
}
