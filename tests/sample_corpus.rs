//! The real binary on the sample corpus: segmentation, attribution,
//! provenance, determinism and the output contract.

mod util;

use std::collections::HashSet;
use std::fs;

use serde_json::Value;
use util::*;

/// Every claim of a document, reported speech included.
fn all_claims(s: &Scratch, doc: &str) -> Vec<Value> {
    s.claims_json(doc)["claims"].as_array().unwrap().clone()
}

/// The sentences of a document: its claims without the reported speech
/// extracted from them.
fn claims(s: &Scratch, doc: &str) -> Vec<Value> {
    all_claims(s, doc)
        .into_iter()
        .filter(|c| c["reported_kind"].is_null())
        .collect()
}

fn at_line(claims: &[Value], line: u64) -> Vec<&Value> {
    claims.iter().filter(|c| c["line"] == line).collect()
}

fn built() -> Scratch {
    let s = Scratch::with_sample();
    let err = ok(&s.build(&[]));
    assert!(err.contains("2 documents (0 skipped),"), "{err}");
    s
}

#[test]
fn document_metadata() {
    let s = built();
    let pc = s.claims_json(PRESS_CONFERENCE);
    assert_eq!(
        pc["title"],
        "Russian Foreign Minister Sergey Lavrov – annual Q&A press conference in Moscow"
    );
    assert_eq!(
        pc["date"], "2021-01-18",
        "the event, not the blog's posting date"
    );
    assert_eq!(pc["principal"], "Sergey Lavrov");
    let br = s.claims_json(BRIEFING);
    assert_eq!(
        br["title"],
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, January 28, 2021"
    );
    assert_eq!(br["date"], "2021-01-28");
    assert_eq!(br["principal"], "Maria Zakharova");
}

#[test]
fn press_conference_attribution() {
    let s = built();
    let cs = claims(&s, PRESS_CONFERENCE);
    // The opening remarks are Lavrov's statement, starting with the salutation.
    assert_eq!(cs[0]["text"], "Ladies and gentlemen, colleagues,");
    assert_eq!(cs[0]["line"], 14);
    for c in cs.iter().filter(|c| c["line"].as_u64().unwrap() < 56) {
        assert_eq!(c["speaker"], "Sergey Lavrov", "{c}");
        assert_eq!(c["role"], "statement", "{c}");
        assert_eq!(c["turn"], 0);
    }
    // Every paragraph is either a question or Lavrov's (continuations too).
    for c in &cs {
        match c["role"].as_str().unwrap() {
            "question" => assert_eq!(c["speaker"], Value::Null, "{c}"),
            _ => assert_eq!(c["speaker"], "Sergey Lavrov", "{c}"),
        }
    }
    // A continuation paragraph of an answer (line 60) stays in Lavrov's turn.
    let cont = at_line(&cs, 60)[0];
    assert_eq!(cont["role"], "answer");
    assert_eq!(cont["turn"], at_line(&cs, 58)[0]["turn"]);
    // A question's second paragraph (line 68) is still the question.
    assert_eq!(at_line(&cs, 68)[0]["role"], "question");
    // "Question (retranslated from Spanish)" starts a question turn.
    let q = at_line(&cs, 240);
    assert_eq!(q[0]["role"], "question");
    assert_eq!(q[0]["label"], "Question (retranslated from Spanish)");
    assert_eq!(
        q[0]["text"],
        "I am a journalist from a public television channel in Buenos Aires, Argentina."
    );
    let turns: Vec<(u64, Value)> = s.claims_json(PRESS_CONFERENCE)["turns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["line"].as_u64().unwrap(), t["role"].clone()))
        .collect();
    assert_eq!(turns.len(), 37);
    assert_eq!(turns[27], (240, Value::from("question")));
}

#[test]
fn briefing_attribution_and_numbered_examples() {
    let s = built();
    let cs = claims(&s, BRIEFING);
    // Everything before the first question is Zakharova's monologue.
    assert_eq!(
        cs[0]["text"],
        "On January 29, Foreign Minister Sergey Lavrov will meet with Ahmed Maiteeq, Deputy Prime Minister of the Libyan Government of National Accord."
    );
    for c in cs.iter().filter(|c| c["line"].as_u64().unwrap() < 110) {
        assert_eq!(c["speaker"], "Maria Zakharova", "{c}");
        assert_eq!(c["role"], "statement", "{c}");
    }
    for c in cs.iter().filter(|c| c["line"].as_u64().unwrap() >= 110) {
        match c["role"].as_str().unwrap() {
            "question" => assert_eq!(c["speaker"], Value::Null),
            "answer" => assert_eq!(c["speaker"], "Maria Zakharova"),
            other => panic!("unexpected role {other}: {c}"),
        }
    }
    // The numbered examples: each its own claim(s), the number left out.
    let firsts: Vec<(u64, String)> = [51u64, 52, 54, 56, 58, 59, 60]
        .iter()
        .map(|&l| (l, at_line(&cs, l)[0]["text"].as_str().unwrap().to_string()))
        .collect();
    let starts = [
        "In January 2020, an employee of the TASS press centre was detained in Milan Airport by border guards.",
        "In February 2020, a media crimes investigation board of the Ankara Prosecutor’s Office detained Sputnik Turkey employees.",
        "In October 2020, FBI officers interrogated the spouse",
        "In October 2020, a journalist at the Rossiya Segodnya",
        "In October 2020, US security services detained a RT special correspondent twice",
        "In December 2020, US security services organised a provocation against TASS employees in New York.",
        "In December 2020, the Latvian State Security Service (VDD) detained several freelance correspondents",
    ];
    for ((line, text), start) in firsts.iter().zip(starts) {
        assert!(text.starts_with(start), "line {line}: {text}");
        assert_eq!(at_line(&cs, *line)[0]["speaker"], "Maria Zakharova");
    }
    assert_eq!(at_line(&cs, 51).len(), 2);
    assert_eq!(
        at_line(&cs, 51)[1]["text"],
        "The Financial Guard militarised police force interrogated him and reviewed the contents of his mobile."
    );
}

#[test]
fn no_claims_from_headers_footers_contents_or_headings() {
    let s = built();
    let pc = claims(&s, PRESS_CONFERENCE);
    let lines: HashSet<u64> = pc.iter().map(|c| c["line"].as_u64().unwrap()).collect();
    for l in [1, 3, 5, 7, 10, 12, 304, 306, 307, 309] {
        assert!(
            !lines.contains(&l),
            "press conference line {l} yielded a claim"
        );
    }
    let br = claims(&s, BRIEFING);
    let lines: HashSet<u64> = br.iter().map(|c| c["line"].as_u64().unwrap()).collect();
    for l in (1..=21).chain([24, 31, 35, 49, 63, 74, 81, 91, 98]) {
        assert!(!lines.contains(&l), "briefing line {l} yielded a claim");
    }
    // Sections: headings and the contents items without a heading.
    let section = |l: u64| at_line(&br, l)[0]["section"].as_str().unwrap().to_string();
    assert_eq!(
        section(22),
        "Foreign Minister Sergey Lavrov’s meeting with Ahmed Maiteeq, Deputy Prime Minister of the Libyan Government of National Accord"
    );
    assert_eq!(
        section(27),
        "Foreign Minister Sergey Lavrov’s meeting with Jordanian Minister of Foreign Affairs and Expatriates Ayman Safadi"
    );
    assert_eq!(
        section(41),
        "Statements by Western politicians on protests in Russia"
    );
    assert_eq!(section(101), "E-visas");
    assert_eq!(section(105), "Sri Lanka Independence Day");
    assert_eq!(
        section(110),
        "Developments around the Nagorno-Karabakh settlement process"
    );
    assert_eq!(
        section(120),
        "Germany’s interference in Russia’s internal affairs"
    );
    assert_eq!(
        section(126),
        "US Embassy’s incitement to participate in illegal protests"
    );
    assert_eq!(
        s.claims_json(BRIEFING)["sections"]
            .as_array()
            .unwrap()
            .len(),
        19
    );
    assert_eq!(at_line(&pc, 14)[0]["section"], Value::Null);
}

#[test]
fn spans_slice_the_file_to_the_text() {
    let s = built();
    for doc in [PRESS_CONFERENCE, BRIEFING] {
        let bytes = fs::read(s.corpus().join(doc)).unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        for c in claims(&s, doc) {
            let a = c["span"][0].as_u64().unwrap() as usize;
            let b = c["span"][1].as_u64().unwrap() as usize;
            assert_eq!(&bytes[a..b], c["text"].as_str().unwrap().as_bytes(), "{c}");
            let line = text[..a].matches('\n').count() as u64 + 1;
            assert_eq!(c["line"], line, "{c}");
            assert_eq!(c["doc"], doc);
        }
    }
}

#[test]
fn sentences_split_at_the_right_places() {
    let s = built();
    let br = claims(&s, BRIEFING);
    let texts: Vec<&str> = at_line(&br, 37)
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts[..3],
        [
            "Many politicians, primarily Western officials, practiced their beautiful literary writing skills, but their phrases were all very similar.",
            "Swedish Foreign Minister Ann Linde wrote: “A healthy and vibrant opposition should be welcomed.”",
            "It must have an opportunity to freely criticise the authorities, she added.",
        ]
    );
    let visas: Vec<&str> = at_line(&br, 101)
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        visas.len(),
        1,
        "No. 305-FZ does not end a sentence: {visas:?}"
    );
    let q = at_line(&br, 110);
    assert_eq!(q.len(), 2);
    assert!(
        q[0]["text"]
            .as_str()
            .unwrap()
            .ends_with("based on the “all for all” principle.”")
    );
    assert_eq!(q[1]["text"], "How far has this issue progressed?");
    let pc = claims(&s, PRESS_CONFERENCE);
    assert!(at_line(&pc, 164)[0]["text"].as_str().unwrap().starts_with(
        "Doctors in Omsk, who saved Mr Navalny’s life before he was literally ripped away"
    ));
}

#[test]
fn builds_are_byte_identical() {
    let s = Scratch::with_sample();
    ok(&s.build(&[]));
    let snapshot = |s: &Scratch| {
        let mut files = Vec::new();
        for dir in [s.claims(), s.graphs()] {
            let mut names: Vec<_> = fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            names.sort();
            for p in names {
                files.push((p.clone(), fs::read(&p).unwrap()));
            }
        }
        files
    };
    let first = snapshot(&s);
    // With Graphviz, also overview.svg and the two focused views' SVGs.
    let images = if cmd_exists("dot", "-V") { 4 } else { 1 };
    assert_eq!(
        first.len(),
        14 + images,
        "two claims files, JSON, DOT, SQLite, GraphML, four tables as JSONL and CSV, overview.dot"
    );
    ok(&s.build(&[]));
    assert!(first == snapshot(&s), "second build differs");
    // And the same as the outputs committed in the repository.
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (p, bytes) in &first {
        let rel = p.strip_prefix(s.path()).unwrap();
        let committed = fs::read(repo.join(rel)).unwrap_or_default();
        assert!(
            committed == *bytes,
            "{} is stale: run `cargo run --release -- build` and commit",
            rel.display()
        );
    }
}

#[test]
fn node_link_json_contract() {
    let s = built();
    let g = s.graph_json();
    assert_eq!(g["directed"], true);
    assert_eq!(g["multigraph"], false);
    assert_eq!(g["edges"], g["links"], "both edge keys carry the same list");
    let nodes = g["nodes"].as_array().unwrap();
    let ids: HashSet<&str> = nodes.iter().map(|n| n["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), nodes.len(), "node ids are unique");
    let kind = |k: &str| nodes.iter().filter(|n| n["kind"] == k).count();
    assert_eq!(kind("document"), 2);
    let n_claims = all_claims(&s, PRESS_CONFERENCE).len() + all_claims(&s, BRIEFING).len();
    assert_eq!(kind("claim"), n_claims);
    let doc = nodes
        .iter()
        .find(|n| n["id"] == format!("doc:{BRIEFING}"))
        .unwrap();
    assert_eq!(doc["date"], "2021-01-28");
    assert_eq!(doc["path"], BRIEFING);
    assert!(doc["title"].as_str().unwrap().starts_with("Briefing by"));
    let lavrov = nodes
        .iter()
        .find(|n| n["id"] == "speaker:sergey-lavrov")
        .unwrap();
    assert_eq!(lavrov["name"], "Sergey Lavrov");
    assert_eq!(
        lavrov["titles"],
        serde_json::json!(["Foreign Minister", "Russian Foreign Minister"])
    );
    assert!(
        lavrov["aliases"]
            .as_array()
            .unwrap()
            .contains(&Value::from("Sergey Lavrov"))
    );
    let claim = nodes.iter().find(|n| n["kind"] == "claim").unwrap();
    for field in [
        "id",
        "doc",
        "line",
        "span",
        "text",
        "speaker",
        "role",
        "section",
        "turn",
        "reported_by",
        "reported_kind",
        "reported_in",
        "report_form",
        "attribution",
        "co_speakers",
    ] {
        assert!(claim.get(field).is_some(), "claim nodes carry {field}");
    }
    let edges = g["edges"].as_array().unwrap();
    let mut pairs = HashSet::new();
    for e in edges {
        assert!(ids.contains(e["source"].as_str().unwrap()));
        assert!(ids.contains(e["target"].as_str().unwrap()));
        assert!(
            pairs.insert((e["source"].clone(), e["target"].clone())),
            "one edge per pair: {e}"
        );
    }
    let said_by = edges.iter().filter(|e| e["kind"] == "said_by").count();
    let in_doc = edges.iter().filter(|e| e["kind"] == "in_document").count();
    assert_eq!(in_doc, n_claims);
    let attributions: usize = nodes
        .iter()
        .filter(|n| n["kind"] == "claim")
        .map(|n| usize::from(!n["speaker"].is_null()) + n["co_speakers"].as_array().unwrap().len())
        .sum();
    assert_eq!(said_by, attributions);
    let reported_by = edges.iter().filter(|e| e["kind"] == "reported_by").count();
    // A speaker reporting their own words keeps only the said_by edge.
    let reported_named = nodes
        .iter()
        .filter(|n| {
            n["kind"] == "claim" && !n["reported_by"].is_null() && n["reported_by"] != n["speaker"]
        })
        .count();
    assert_eq!(reported_by, reported_named);
}

#[test]
fn networkx_loads_the_json() {
    if !cmd_exists("python3", "-c")
        || !std::process::Command::new("python3")
            .args(["-c", "import networkx"])
            .status()
            .is_ok_and(|s| s.success())
    {
        eprintln!("skipped: python3 with networkx not available (.ci/run checks it)");
        return;
    }
    let s = built();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/check_networkx.py");
    let out = std::process::Command::new("python3")
        .arg(script)
        .arg(s.graphs().join("claimgraph.json"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn reported<'a>(cs: &'a [Value], speaker: &str) -> Vec<&'a Value> {
    cs.iter()
        .filter(|c| !c["reported_kind"].is_null() && c["speaker"] == speaker)
        .collect()
}

#[test]
fn reported_speech_in_the_briefing() {
    let s = built();
    let br = all_claims(&s, BRIEFING);
    let expect: [(&str, &str, u64); 6] = [
        (
            "Ann Linde",
            "A healthy and vibrant opposition should be welcomed.",
            37,
        ),
        (
            "Nanaia Mahuta",
            "Civil society and political opposition must be able to operate freely – these are essential elements of democratic societies.",
            37,
        ),
        (
            "Mark Rutte",
            "This has nothing to do with protest, this is criminal violence and we will treat it as such.",
            44,
        ),
        (
            "Ferdinand Grapperhaus",
            "Shocking images of riots, looting and arson are circulating.",
            45,
        ),
        ("John Jorritsma", "My city is crying, and so am I", 45),
        (
            "John Jorritsma",
            "I am afraid that if we continue down this path, we’re on our way to civil war.",
            45,
        ),
    ];
    let bytes = fs::read(s.corpus().join(BRIEFING)).unwrap();
    for (who, text, line) in expect {
        let found = reported(&br, who);
        let c = found
            .iter()
            .find(|c| c["text"] == text)
            .unwrap_or_else(|| panic!("{who}: {text:?} not found in {found:?}"));
        assert_eq!(c["reported_by"], "Maria Zakharova");
        assert_eq!(c["reported_kind"], "direct");
        assert_eq!(c["line"], line);
        assert_eq!(c["role"], "statement");
        // The quoted words' own span, and the sentence that contains them.
        let a = c["span"][0].as_u64().unwrap() as usize;
        let b = c["span"][1].as_u64().unwrap() as usize;
        assert_eq!(&bytes[a..b], text.as_bytes());
        let parent = br.iter().find(|p| p["id"] == c["reported_in"]).unwrap();
        assert_eq!(parent["speaker"], "Maria Zakharova");
        assert!(parent["span"][0].as_u64().unwrap() as usize <= a);
        assert!(parent["span"][1].as_u64().unwrap() as usize >= b);
    }
    assert_eq!(
        reported(&br, "Ferdinand Grapperhaus").len(),
        3,
        "one claim per quoted sentence"
    );
    // "…, she added." continues Ann Linde.
    assert!(
        reported(&br, "Ann Linde")
            .iter()
            .any(|c| c["text"] == "It must have an opportunity to freely criticise the authorities")
    );
    // The question quoting the press conference: Lavrov's words, reported by
    // an unnamed questioner.
    let q: Vec<_> = reported(&br, "Sergey Lavrov")
        .into_iter()
        .filter(|c| c["role"] == "question")
        .collect();
    assert_eq!(q.len(), 1);
    assert_eq!(q[0]["line"], 110);
    assert_eq!(q[0]["reported_by"], "Question");
    assert!(
        q[0]["text"]
            .as_str()
            .unwrap()
            .starts_with("During our contacts with our colleagues")
    );
    // Zakharova's "As President Vladimir Putin and Foreign Minister Sergey
    // Lavrov pointed out, …" is attributed to both.
    let both = reported(&br, "Vladimir Putin");
    assert_eq!(both[0]["co_speakers"], serde_json::json!(["Sergey Lavrov"]));
    assert_eq!(both[0]["line"], 112);
    // Scare quotes are not reported speech.
    assert!(
        br.iter()
            .all(|c| c["text"] != "national security interests")
    );
    // Every reported speaker is a speaker node, with its titles.
    let g = s.graph_json();
    let linde = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "speaker:ann-linde")
        .unwrap();
    assert_eq!(
        linde["titles"],
        serde_json::json!(["Swedish Foreign Minister"])
    );
}

#[test]
fn reported_speech_in_the_press_conference() {
    let s = built();
    let pc = all_claims(&s, PRESS_CONFERENCE);
    let navalny = reported(&pc, "Alexey Navalny");
    assert_eq!(
        navalny[0]["text"],
        "he is returning home with a clear conscience, because he had not left Russia of his own free will."
    );
    assert_eq!(navalny[0]["reported_kind"], "indirect");
    assert_eq!(navalny[0]["reported_by"], "Sergey Lavrov");
    let putin: Vec<&str> = reported(&pc, "Vladimir Putin")
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        putin,
        [
            "we are wide open to cooperation in these matters.",
            "don’t try to make retards out of us."
        ]
    );
    // "He said openly … that …" after a sentence naming Marshall Billingslea.
    let billingslea = reported(&pc, "Marshall Billingslea");
    assert_eq!(billingslea.len(), 1);
    assert!(
        billingslea[0]["text"]
            .as_str()
            .unwrap()
            .starts_with("the new administration must not fall")
    );
    assert_eq!(
        reported(&pc, "Dmitry Kozak")[0]["text"],
        "they failed to come to terms on a single issue."
    );
    // Pompeo's demand that "Africans stop trading with Russia and China,
    // because … had some “hidden agenda” …" (a clause without "that", its
    // verb bare), and a later report of his
    let pompeo = reported(&pc, "Mike Pompeo");
    assert_eq!(pompeo.len(), 2);
    assert_eq!(pompeo[0]["line"], 198);
    assert!(
        pompeo[0]["text"]
            .as_str()
            .unwrap()
            .starts_with("Africans stop trading with Russia and China")
    );
    assert_eq!(
        reported(&pc, "Alexey Navalny").len(),
        3,
        "“Alexey Navalny has said that …”, “Navalny claims that …” and, at the police \
         station “where he currently is”, “he said there is a hastily convened court hearing”"
    );
    let reznikov = reported(&pc, "Alexey Reznikov");
    assert_eq!(reznikov.len(), 2, "“He also said …” continues Reznikov");
    assert_eq!(reznikov[1]["reported_kind"], "direct");
}

#[test]
fn report_forms_and_attributions_in_the_briefing() {
    let s = built();
    let br = all_claims(&s, BRIEFING);
    let find = |who: &str, text: &str| -> Value {
        reported(&br, who)
            .into_iter()
            .find(|c| c["text"] == text)
            .cloned()
            .unwrap_or_else(|| panic!("{who}: {text:?} not found"))
    };
    // a quotation that is a sentence of its own, after "wrote:"
    let linde = find(
        "Ann Linde",
        "A healthy and vibrant opposition should be welcomed.",
    );
    assert_eq!(linde["report_form"], "direct");
    assert_eq!(
        linde["attribution"],
        "Swedish Foreign Minister Ann Linde wrote"
    );
    // one quoted word inside the reporter's sentence
    let steinmeier = find("Frank-Walter Steinmeier", "repulsive.");
    assert_eq!(steinmeier["report_form"], "fragment");
    assert_eq!(
        steinmeier["attribution"],
        "President Frank-Walter Steinmeier called them"
    );
    // every reported claim has a form, and no other claim has one
    for c in &br {
        assert_eq!(
            c["report_form"].is_null(),
            c["reported_kind"].is_null(),
            "{c}"
        );
    }
}

/// A quoted phrase followed by a relative clause of saying is the words
/// of that clause's subject, the pronoun read back to the name before
/// the phrase (the press conference's line 158).
#[test]
fn a_quoted_phrase_he_had_said_is_his() {
    let s = built();
    let pc = all_claims(&s, PRESS_CONFERENCE);
    let proof = reported(&pc, "Rex Tillerson");
    assert_eq!(proof.len(), 1);
    assert_eq!(proof[0]["text"], "irrefutable proof");
    assert_eq!(proof[0]["line"], 158);
    assert_eq!(proof[0]["reported_by"], "Sergey Lavrov");
    assert_eq!(proof[0]["report_form"], "fragment");
    assert_eq!(
        proof[0]["attribution"],
        "Former US Secretary of State Rex Tillerson has refused to provide the … he had said publicly they have"
    );
}
