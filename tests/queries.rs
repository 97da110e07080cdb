//! The query commands on the sample corpus's store: real answers, JSON
//! fields and grep-like exit codes.

mod util;

use std::process::Output;
use std::sync::OnceLock;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;
use util::*;

/// The sample corpus built once for every test of this file.
fn store() -> &'static Scratch {
    static S: OnceLock<Scratch> = OnceLock::new();
    S.get_or_init(|| {
        let s = Scratch::with_sample();
        ok(&s.build(&[]));
        s
    })
}

fn query(args: &[&str]) -> Output {
    let mut cmd = cargo_bin_cmd!("claimgraph");
    cmd.current_dir(store().path()).args(args);
    cmd.output().expect("run claimgraph")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn json(args: &[&str]) -> Vec<Value> {
    let mut a = args.to_vec();
    a.push("--json");
    let o = query(&a);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    serde_json::from_str::<Value>(&stdout(&o))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// Lavrov's sentence at line 176 of the press conference, as the briefing
/// quotes it, with the briefing's editorial insertion.
const ALL_FOR_ALL: &str = "During our contacts with our colleagues, President Putin and I \
     promoted the need to continue to consider this matter [the return of Armenian POWs – Ed.] \
     in order to bring it to a closure based on the “all for all” principle.";

#[test]
fn source_finds_the_press_conference_first() {
    let hits = json(&["source", ALL_FOR_ALL]);
    let first = &hits[0];
    assert_eq!(first["doc"], PRESS_CONFERENCE);
    assert_eq!(first["line"], 176);
    assert_eq!(first["speaker"], "Sergey Lavrov");
    assert_eq!(first["doc_date"], "2021-01-18");
    assert_eq!(first["is_source"], true);
    assert!(first["score"].as_f64().unwrap() > 0.95, "{first}");
    // the briefing's quotation is found too, and is not the source
    assert!(
        hits[1..]
            .iter()
            .any(|h| h["doc"] == BRIEFING && h["line"] == 110)
    );
    assert!(hits[1..].iter().all(|h| h["is_source"] == false));
    // the table marks it
    let o = query(&["source", ALL_FOR_ALL]);
    let first_row = stdout(&o).lines().nth(1).unwrap().to_string();
    assert!(
        first_row.contains("source") && first_row.contains(" 176 "),
        "{first_row}"
    );
}

#[test]
fn source_reads_stdin_and_finds_a_paraphrase() {
    let mut cmd = cargo_bin_cmd!("claimgraph");
    cmd.current_dir(store().path())
        .args(["source", "-", "--json"])
        .write_stdin(
            "He said he and President Putin had pushed to settle the matter on the basis of the 'all for all' principle.",
        );
    let o = cmd.output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let hits: Vec<Value> = serde_json::from_str(&stdout(&o)).unwrap();
    let source: Vec<&Value> = hits.iter().filter(|h| h["is_source"] == true).collect();
    assert_eq!(source.len(), 1);
    assert_eq!(source[0]["doc"], PRESS_CONFERENCE);
    assert_eq!(source[0]["line"], 176);
}

#[test]
fn claims_by_speaker_and_topic() {
    let rows = json(&["claims", "--speaker", "Mr Lavrov", "--topic", "Navalny"]);
    assert!(rows.len() >= 10, "{}", rows.len());
    for r in &rows {
        assert_eq!(r["speaker"], "Sergey Lavrov", "{r}");
        let topics = r["topics"].as_array().unwrap();
        assert!(
            topics
                .iter()
                .any(|t| t.as_str().unwrap().contains("Navalny")),
            "{r}"
        );
    }
    // sorted by date and position
    let keys: Vec<(String, String, u64)> = rows
        .iter()
        .map(|r| {
            (
                r["doc_date"].as_str().unwrap().to_string(),
                r["doc"].as_str().unwrap().to_string(),
                r["span"][0].as_u64().unwrap(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    // the graph JSON's claim fields are all there
    for field in CLAIM_FIELDS {
        assert!(rows[0].get(field).is_some(), "missing {field}");
    }
}

#[test]
fn claims_filters_combine() {
    let all = json(&["claims"]);
    assert_eq!(
        all.len(),
        store().graph_json()["graph"]["claims"].as_u64().unwrap() as usize
    );
    let questions = json(&["claims", "--doc", "002_", "--role", "question"]);
    assert!(!questions.is_empty());
    assert!(
        questions
            .iter()
            .all(|r| r["doc"] == BRIEFING && r["role"] == "question")
    );
    let text = json(&[
        "claims",
        "--text",
        "\"all for all\"",
        "--from",
        "2021-01-20",
    ]);
    assert!(!text.is_empty());
    assert!(text.iter().all(|r| r["doc"] == BRIEFING));
    let reported = json(&["claims", "--reported", "--min-checkworthiness", "0.5"]);
    assert!(reported.iter().all(|r| !r["reported_kind"].is_null()
        && r["checkworthiness"].as_f64().unwrap() >= 0.5));
    let cluster = json(&["claims", "--cluster", "e85a2a"]);
    assert_eq!(cluster.len(), 5);
}

#[test]
fn links_lists_the_briefings_quote() {
    let rows = json(&["links", "--kind", "quotes"]);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|l| l["kind"] == "quotes"));
    assert!(rows.iter().any(|l| l["source_doc"] == BRIEFING
        && l["source_line"] == 110
        && l["target_doc"] == PRESS_CONFERENCE
        && l["target_line"] == 176
        && l["target_speaker"] == "Sergey Lavrov"));
    for field in [
        "source",
        "target",
        "kind",
        "method",
        "score",
        "source_text",
        "target_text",
    ] {
        assert!(rows[0].get(field).is_some(), "missing {field}");
    }
    let cross = json(&["links", "--cross-doc", "--min-score", "0.6"]);
    assert!(
        cross
            .iter()
            .all(|l| l["source_doc"] != l["target_doc"] && l["score"].as_f64().unwrap() >= 0.6)
    );
}

#[test]
fn show_accepts_a_six_character_prefix() {
    let rows = json(&[
        "claims",
        "--doc",
        PRESS_CONFERENCE,
        "--text",
        "\"all for all\" principle",
    ]);
    let id = rows.iter().find(|r| r["line"] == 176).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let prefix = &id[2..8];
    let o = query(&["show", prefix]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with(&id), "{out}");
    assert!(out.contains("Sergey Lavrov"));
    assert!(out.contains("»Nevertheless, during our contacts"), "{out}");
    assert!(out.contains("links from later claims: 4"), "{out}");
    let o = query(&["show", prefix, "--json"]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["claim"]["id"], id.as_str());
    assert_eq!(v["incoming"].as_array().unwrap().len(), 4);
}

#[test]
fn repeated_lists_the_talking_point_in_both_documents() {
    let rows = json(&["repeated"]);
    let first = &rows[0];
    assert_eq!(first["documents"], 2);
    assert!(first["cluster_size"].as_u64().unwrap() >= 3);
    assert!(
        first["text"]
            .as_str()
            .unwrap()
            .contains("“all for all” principle")
    );
    let speakers: Vec<&str> = first["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert!(speakers.contains(&"Sergey Lavrov") && speakers.contains(&"Maria Zakharova"));
    let o = query(&["repeated"]);
    assert!(stdout(&o).lines().next().unwrap().starts_with("CLUSTER"));
}

#[test]
fn listings_and_sql() {
    let speakers = json(&["speakers"]);
    let lavrov = speakers
        .iter()
        .find(|s| s["name"] == "Sergey Lavrov")
        .unwrap();
    assert_eq!(lavrov["first_date"], "2021-01-18");
    assert!(lavrov["claims"].as_u64().unwrap() > 300);
    let topics = json(&["topics", "--kind", "person"]);
    assert!(topics.iter().all(|t| t["topic_kind"] == "person"));
    let events = json(&["events"]);
    assert!(!events.is_empty() && events[0].get("label").is_some());
    let rows = json(&[
        "sql",
        "SELECT count(*) AS n FROM claims WHERE speaker = 'Maria Zakharova'",
    ]);
    assert!(rows[0]["n"].as_u64().unwrap() > 100);
    let o = query(&["speakers", "--jsonl"]);
    assert_eq!(stdout(&o).lines().count(), speakers.len());
}

#[test]
fn exit_codes() {
    // nothing found: 1
    let o = query(&["claims", "--text", "zzyzzyx"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).is_empty());
    // unknown speaker: 2, with the closest names
    let o = query(&["claims", "--speaker", "Lavrof"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean \"Sergey Lavrov\""),
        "{}",
        stderr(&o)
    );
    let o = query(&["claims", "--topic", "Navalnyy"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("Navalny"), "{}", stderr(&o));
    // writes are refused
    let o = query(&["sql", "DELETE FROM claims"]);
    assert_eq!(o.status.code(), Some(2));
    // bad usage
    assert_eq!(query(&["links", "--kind", "cites"]).status.code(), Some(2));
    assert_eq!(query(&["show", "zzzzzz"]).status.code(), Some(2));
    // no store
    let o = query(&["speakers", "--graphs", "nowhere"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("run `claimgraph build`"),
        "{}",
        stderr(&o)
    );
}

/// `--from`/`--to` take ISO prefixes (a year, a month, a day) and compare
/// the document date's first characters, through the date index.
#[test]
fn claims_by_date_prefix() {
    let later = json(&["claims", "--from", "2021-01-20"]);
    assert_eq!(later.len(), 341);
    assert!(later.iter().all(|r| r["doc"] == BRIEFING));
    let earlier = json(&["claims", "--to", "2021-01-18"]);
    assert_eq!(earlier.len(), 840);
    assert!(earlier.iter().all(|r| r["doc"] == PRESS_CONFERENCE));
    assert_eq!(
        json(&["claims", "--from", "2021", "--to", "2021-01"]).len(),
        1181
    );
    // "2021-01-2" covers 2021-01-18 (its first nine characters sort before)
    // and 2021-01-28 (equal)
    assert_eq!(json(&["claims", "--to", "2021-01-2"]).len(), 1181);
    let none = query(&[
        "claims",
        "--from",
        "2021-01-19",
        "--to",
        "2021-01-27",
        "--json",
    ]);
    assert_eq!(none.status.code(), Some(1));
    assert_eq!(stdout(&none), "[]\n");
}

/// Listings come in `seq` order, which is the documents' date order; the
/// streamed `--json`, `--jsonl` and table agree row for row.
#[test]
fn claims_stream_in_listing_order() {
    let rows = json(&["claims", "--speaker", "Lavrov"]);
    assert_eq!(rows.len(), 712);
    let dates: Vec<&str> = rows
        .iter()
        .map(|r| r["doc_date"].as_str().unwrap())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(rows[0]["doc"], PRESS_CONFERENCE);
    let o = query(&["claims", "--speaker", "Lavrov", "--jsonl"]);
    let lines: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines, rows);
    let table = stdout(&query(&["claims", "--speaker", "Lavrov", "--all"]));
    assert_eq!(table.lines().count(), 713);
    let cut = stdout(&query(&["claims", "--speaker", "Lavrov"]));
    assert_eq!(cut.lines().count(), 102);
    assert_eq!(
        cut.lines().last().unwrap(),
        "… 612 more claims; --limit N shows N, --all (or --limit 0) all"
    );
    assert!(
        table
            .lines()
            .nth(1)
            .unwrap()
            .starts_with(&rows[0]["id"].as_str().unwrap()[..10])
    );
    let seqs = query(&[
        "sql",
        "SELECT seq, doc_date FROM claims ORDER BY seq",
        "--jsonl",
    ]);
    let by_seq: Vec<Value> = stdout(&seqs)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(by_seq.len(), 1181);
    assert_eq!(by_seq[0]["doc_date"], "2021-01-18");
    assert_eq!(by_seq[1165]["doc_date"], "2021-01-28");
}

/// `claims --jsonl` prints the row JSON the store keeps (its `json`
/// column): the same objects as `--json`, every field in the same order.
#[test]
fn claims_jsonl_is_the_stored_row_json() {
    let all = json(&["claims"]);
    let o = query(&["claims", "--jsonl"]);
    let text = stdout(&o);
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1181);
    assert_eq!(lines, all);
    let pretty = stdout(&query(&["claims", "--json", "--limit", "1"]));
    let order = |s: &str| -> Vec<usize> {
        CLAIM_FIELDS
            .iter()
            .map(|k| s.find(&format!("\"{k}\":")).unwrap())
            .collect()
    };
    let first = text.lines().next().unwrap();
    assert!(order(first).windows(2).all(|w| w[0] < w[1]), "{first}");
    assert!(order(&pretty).windows(2).all(|w| w[0] < w[1]));
    let cut = stdout(&query(&[
        "claims", "--jsonl", "--limit", "2", "--doc", "002_",
    ]));
    assert_eq!(cut.lines().count(), 2);
    assert!(cut.starts_with("{\"id\":\"c-"));
}

/// The claim fields of `--json`, in order.
const CLAIM_FIELDS: [&str; 25] = [
    "id",
    "doc",
    "doc_date",
    "line",
    "span",
    "text",
    "speaker",
    "role",
    "section",
    "turn",
    "paragraph",
    "label",
    "reported_by",
    "reported_kind",
    "reported_in",
    "report_form",
    "attribution",
    "co_speakers",
    "dates",
    "events",
    "topics",
    "checkworthiness",
    "source",
    "cluster",
    "cluster_size",
];

/// `repeated --json` lists each talking point's claims (read in one query);
/// the table does not need them.
#[test]
fn repeated_json_has_every_claim_of_the_talking_point() {
    let rows = json(&["repeated"]);
    let first = &rows[0];
    assert_eq!(first["cluster"], "c-e85a2a75e8653a95");
    let members = first["claims"].as_array().unwrap();
    assert_eq!(members.len(), 5);
    assert_eq!(first["cluster_size"], 5);
    assert_eq!(members[0]["id"], "c-e85a2a75e8653a95");
    assert_eq!(members[0]["doc"], PRESS_CONFERENCE);
    assert_eq!(members[0]["line"], 176);
    assert!(members[1..].iter().all(|m| m["doc"] == BRIEFING));
    let total: u64 = rows
        .iter()
        .map(|r| r["claims"].as_array().unwrap().len() as u64)
        .sum();
    let sizes: u64 = rows
        .iter()
        .map(|r| r["cluster_size"].as_u64().unwrap())
        .sum();
    assert_eq!(total, sizes);
}

#[test]
fn store_schema_version_is_4() {
    let rows = json(&["sql", "SELECT value FROM meta WHERE key = 'schema_version'"]);
    assert_eq!(rows[0]["value"], "4");
    // the join tables give a topic's claims by seq
    let rows = json(&[
        "sql",
        "SELECT count(*) AS n FROM claim_topics ct JOIN claims c ON c.seq = ct.seq \
         WHERE ct.claim <> c.id",
    ]);
    assert_eq!(rows[0]["n"], 0);
}

/// The table stops at 100 claims and says how many more there are; `--all`
/// and `--limit 0` list every one; `--json` and `--jsonl` are never cut
/// unless `--limit` is given.
#[test]
fn claims_table_has_a_default_limit() {
    let total = store().graph_json()["graph"]["claims"].as_u64().unwrap() as usize;
    assert_eq!(total, 1181);
    let table = stdout(&query(&["claims"]));
    let lines: Vec<&str> = table.lines().collect();
    // header, 100 claims, the footer
    assert_eq!(lines.len(), 102);
    assert_eq!(
        lines[101],
        "… 1081 more claims; --limit N shows N, --all (or --limit 0) all"
    );
    let two = stdout(&query(&["claims", "--limit", "2"]));
    assert_eq!(two.lines().count(), 4);
    assert_eq!(
        two.lines().last().unwrap(),
        "… 1179 more claims; --limit N shows N, --all (or --limit 0) all"
    );
    for all in [&["claims", "--all"][..], &["claims", "--limit", "0"]] {
        let o = query(all);
        assert_eq!(o.status.code(), Some(0));
        let out = stdout(&o);
        assert_eq!(out.lines().count(), 1182, "{all:?}");
        assert!(!out.contains(" more claim"));
    }
    // a filtered listing under the limit has no footer
    let questions = stdout(&query(&["claims", "--doc", "002_", "--role", "question"]));
    assert_eq!(questions.lines().count(), 30);
    assert!(!questions.contains(" more claim"));
    assert_eq!(json(&["claims"]).len(), 1181);
    assert_eq!(json(&["claims", "--limit", "3"]).len(), 3);
    assert_eq!(stdout(&query(&["claims", "--jsonl"])).lines().count(), 1181);
    let both = query(&["claims", "--all", "--limit", "5"]);
    assert_eq!(both.status.code(), Some(2));
}

#[test]
fn every_listing_shares_the_default_limit() {
    let footer = |n: usize, noun: &str| {
        format!("… {n} more {noun}; --limit N shows N, --all (or --limit 0) all")
    };
    // links: 10 in the sample corpus, under the default 100
    let links = stdout(&query(&["links"]));
    assert_eq!(links.lines().count(), 11);
    assert!(!links.contains(" more link"));
    let three = stdout(&query(&["links", "--limit", "3"]));
    assert_eq!(three.lines().count(), 5);
    assert_eq!(three.lines().last().unwrap(), footer(7, "links"));
    let nine = stdout(&query(&["links", "--limit", "9"]));
    assert_eq!(nine.lines().last().unwrap(), footer(1, "link"));
    let ten = stdout(&query(&["links", "--limit", "10"]));
    assert_eq!(ten.lines().count(), 11);
    assert!(!ten.contains(" more link"));
    assert_eq!(stdout(&query(&["links", "--all"])), links);
    assert_eq!(stdout(&query(&["links", "--limit", "0"])), links);
    assert_eq!(json(&["links"]).len(), 10);
    assert_eq!(json(&["links", "--limit", "2"]).len(), 2);
    assert_eq!(stdout(&query(&["links", "--jsonl"])).lines().count(), 10);
    assert_eq!(
        query(&["links", "--all", "--limit", "2"]).status.code(),
        Some(2)
    );
    // topics: 356, so the table stops at 100
    let topics = stdout(&query(&["topics"]));
    assert_eq!(topics.lines().count(), 102);
    assert_eq!(topics.lines().last().unwrap(), footer(256, "topics"));
    assert_eq!(stdout(&query(&["topics", "--all"])).lines().count(), 357);
    assert_eq!(json(&["topics"]).len(), 356);
    let people = stdout(&query(&["topics", "--kind", "person", "--limit", "2"]));
    assert_eq!(people.lines().last().unwrap(), footer(62, "topics"));
    // speakers by kind: the countries quoted in the sample, and the
    // unnamed sources and questioners
    let of_kind = |kind: &str| -> Vec<String> {
        let rows = json(&["speakers", "--kind", kind]);
        assert!(rows.iter().all(|r| r["speaker_kind"] == kind), "{kind}");
        rows.iter()
            .map(|r| r["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        of_kind("country"),
        [
            "Germany",
            "Ukraine",
            "Azerbaijan",
            "France",
            "Greece",
            "Israel",
            "Russia",
            "Sweden",
            "United Kingdom"
        ]
    );
    assert_eq!(
        of_kind("unnamed"),
        [
            "Question",
            "many people (unnamed, 000_c44d6f7761710eb4.txt)"
        ]
    );
    // speakers, events, talking points
    let speakers = stdout(&query(&["speakers", "--limit", "2"]));
    assert_eq!(speakers.lines().count(), 4);
    assert!(
        speakers
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("Sergey Lavrov    person  712")
    );
    // 36 speakers (Russia, whose side "has always insisted that …"; France
    // and Sweden, "The French and even Swedes have reaffirmed that …"), Fernando Arias of the OPCW among them ("later he
    // admitted that they had taken samples from Navalny"), and Ronald
    // Reagan ("Ronald Reagan’s paraphrased principle “trust but verify.”"), and
    // "many people" in the United States ("They are talking about purging …"), Donald
    // Trump ("has been saying that there would be no wars during his term");
    // "Berlin told us that …" is Germany's; "five Arab states that did not
    // fear …" is no one's report.
    assert_eq!(speakers.lines().last().unwrap(), footer(34, "speakers"));
    assert_eq!(stdout(&query(&["speakers"])).lines().count(), 37);
    let events = stdout(&query(&["events", "--limit", "49"]));
    assert_eq!(events.lines().last().unwrap(), footer(1, "event"));
    assert_eq!(json(&["events"]).len(), 50);
    let repeated = stdout(&query(&["repeated", "--limit", "1"]));
    assert_eq!(repeated.lines().count(), 2);
    assert!(!repeated.contains(" more "));
    assert_eq!(json(&["repeated", "--within-doc", "--limit", "1"]).len(), 1);
}

/// `--json` uses the graph JSON's field names: a claim of `claims` has
/// every field of a claim node (its `kind` aside) plus `doc_date`; a link
/// of `links` every field of a graph JSON link plus where each end is.
#[test]
fn json_has_the_graph_json_field_names() {
    use std::collections::BTreeSet;
    let g = store().graph_json();
    let keys = |v: &Value| {
        v.as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect::<BTreeSet<_>>()
    };
    let node = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["kind"] == "claim")
        .unwrap();
    let mut want = keys(node);
    want.remove("kind");
    want.insert("doc_date".into());
    for c in json(&["claims", "--limit", "5"]) {
        assert_eq!(keys(&c), want);
    }
    let graph_links: Vec<Value> = g["links"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l.get("method").is_some())
        .cloned()
        .collect();
    let mut want = keys(&graph_links[0]);
    for end in ["source", "target"] {
        for f in ["doc", "line", "speaker", "date"] {
            want.insert(format!("{end}_{f}"));
        }
    }
    let links = json(&["links"]);
    assert_eq!(links.len(), 10);
    for l in &links {
        assert_eq!(keys(l), want);
    }
    // the same links as the graph JSON, in its order
    let pairs = |v: &[Value]| {
        v.iter()
            .map(|l| (l["source"].clone(), l["target"].clone(), l["kind"].clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(pairs(&links), pairs(&graph_links));
}

/// A store written by an older claimgraph (another schema version) is
/// refused with exit 2 and the advice to run `claimgraph build`.
#[test]
fn an_older_store_says_to_run_build() {
    let old = Scratch::new();
    let dir = old.path().join("graphs");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("claimgraph.sqlite");
    std::fs::copy(store().graphs().join("claimgraph.sqlite"), &path).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute(
        "UPDATE meta SET value = '1' WHERE key = 'schema_version'",
        [],
    )
    .unwrap();
    drop(conn);
    let mut cmd = cargo_bin_cmd!("claimgraph");
    cmd.current_dir(old.path()).args(["claims"]);
    let o = cmd.output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("run `claimgraph build`"),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty());
}
