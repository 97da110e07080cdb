//! Property tests (proptest) on generated transcripts: speaker labels,
//! headings, paragraphs of sentences, quotations, dates and random
//! Unicode, with LF, CRLF or lone-CR line endings. For every generated
//! corpus:
//!
//! - every claim's byte span slices the file to its text and its 1-based
//!   line is right, every link joins two existing claims
//!   ([`claimgraph::fuzz::check`]);
//! - nothing panics;
//! - two runs write byte-identical claims files;
//! - the ids of a document's sentence claims do not change when other
//!   files are added or the corpus is read in another order (its reported
//!   claims may: another file can say who "the President" is).
//!
//! Case counts are modest so that the file runs in seconds in release;
//! `PROPTEST_CASES=1000 cargo test --release --test properties` runs more.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use claimgraph::config::Config;
use claimgraph::fuzz;
use claimgraph::matching::MatchOptions;
use claimgraph::model::{Analysis, SourceDoc};
use claimgraph::pipeline::{AnalysisOptions, analyse, link_claims};
use proptest::prelude::*;

const NAMES: &[&str] = &[
    "Sergey Lavrov",
    "Maria Zakharova",
    "Question",
    "MODERATOR",
    "Joe Biden",
    "Ms. Psaki",
    "Владимир Путин",
];

const WORDS: &[&str] = &[
    "the",
    "sanctions",
    "were",
    "imposed",
    "on",
    "Russia",
    "by",
    "Washington",
    "in",
    "2014",
    "NATO",
    "expansion",
    "talks",
    "will",
    "continue",
    "Ukraine",
    "gas",
    "pipeline",
    "said",
    "that",
    "we",
    "have",
    "never",
    "agreed",
    "treaty",
    "Moscow",
    "Geneva",
    "week",
    "president",
    "Putin",
    "Biden",
    "told",
    "reporters",
    "élan",
    "naïve",
    "переговоры",
    "和平",
    "سلام",
];

const DATES: &[&str] = &[
    "January 18, 2021",
    "on 3 March 2020",
    "last year",
    "in 1999",
    "February 30, 2021",
    "31/02/2021",
    "the year 99999",
    "2021-01-20",
    "yesterday",
];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::sample::select(WORDS).prop_map(str::to_string),
        1 => prop::sample::select(DATES).prop_map(str::to_string),
        1 => "\\PC{1,8}",
    ]
}

fn sentence() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(word(), 1..14),
        prop::sample::select(&[".", "?", "!", "", "…", "."][..]),
        0..6u8,
    )
        .prop_map(|(ws, end, quote)| {
            let mut s = ws.join(" ");
            if let Some(c) = s.get(..1).filter(|c| c.is_ascii()) {
                s.replace_range(..1, &c.to_uppercase());
            }
            match quote {
                0 => format!("He said, \u{201c}{s}{end}\u{201d}"),
                1 => format!("\"{s}\", she said."),
                2 => format!("According to Lavrov, {s}{end}"),
                _ => format!("{s}{end}"),
            }
        })
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(), 1..5).prop_map(|v| v.join(" "))
}

/// A block of a transcript: a labelled turn, a label on its own line, a
/// heading, a date line, a plain paragraph or random text.
fn block() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => (prop::sample::select(NAMES), paragraph()).prop_map(|(n, p)| format!("{n}: {p}")),
        1 => prop::sample::select(NAMES).prop_map(|n| format!("{n}:")),
        1 => prop::collection::vec(prop::sample::select(WORDS), 1..6)
            .prop_map(|w| w.join(" ").to_uppercase()),
        1 => prop::sample::select(DATES).prop_map(str::to_string),
        4 => paragraph(),
        1 => "\\PC{0,40}",
        1 => any::<String>(),
    ]
}

/// A transcript: blocks separated by blank lines, with one of LF, CRLF or
/// a lone CR as the line ending.
fn transcript() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(block(), 0..12),
        prop::sample::select(&["\n", "\r\n", "\r"][..]),
        any::<bool>(),
    )
        .prop_map(|(blocks, eol, single)| {
            let sep = if single {
                eol.to_string()
            } else {
                eol.repeat(2)
            };
            blocks.join(&sep).replace('\n', eol)
        })
}

fn corpus() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(transcript(), 1..4)
}

fn docs(texts: &[String]) -> Vec<SourceDoc> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| SourceDoc::from_text(&format!("{i:03}.txt"), t))
        .collect()
}

fn run(docs: Vec<SourceDoc>) -> Analysis {
    let mut a = analyse(docs, &Config::default(), &AnalysisOptions::default());
    link_claims(&mut a, &MatchOptions::default());
    a
}

/// The ids of the sentence claims (not reported speech) by document path,
/// in document order. Reported claims are left out: whether "He said, …"
/// after "the President" is a claim of the President depends on another
/// file naming who holds that title (`reported::Titles`), by design.
fn ids(a: &Analysis) -> BTreeMap<String, Vec<String>> {
    let mut m: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for c in a.claims.iter().filter(|c| c.reported_in.is_none()) {
        m.entry(c.doc.clone()).or_default().push(c.id.clone());
    }
    m
}

fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut m = BTreeMap::new();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        m.insert(
            p.file_name().unwrap().to_string_lossy().into_owned(),
            fs::read(&p).unwrap(),
        );
    }
    m
}

fn config() -> ProptestConfig {
    // 48 cases unless PROPTEST_CASES says otherwise.
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(48);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn spans_lines_and_links_hold(texts in corpus()) {
        let a = run(docs(&texts));
        let files: Vec<&[u8]> = texts.iter().map(|t| t.as_bytes()).collect();
        fuzz::check(&a, &files);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        fuzz::run_bytes(&bytes);
    }

    #[test]
    fn two_runs_write_identical_bytes(texts in corpus()) {
        let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
        for d in &dirs {
            let a = run(docs(&texts));
            claimgraph::export::claims::write_all(&a, d.path()).unwrap();
        }
        let first = snapshot(dirs[0].path());
        prop_assert_eq!(first.len(), texts.len());
        prop_assert_eq!(first, snapshot(dirs[1].path()));
    }

    #[test]
    fn ids_stable_under_unrelated_files_and_order(
        texts in corpus(),
        extra in prop::collection::vec(transcript(), 1..3),
    ) {
        let base = ids(&run(docs(&texts)));
        // Unrelated files added, with paths sorting before and after.
        let mut more = docs(&texts);
        for (i, t) in extra.iter().enumerate() {
            more.push(SourceDoc::from_text(&format!("000-extra-{i}.txt"), t));
            more.push(SourceDoc::from_text(&format!("zzz-extra-{i}.txt"), t));
        }
        more.sort_by(|a, b| a.path.cmp(&b.path));
        let with_extra = ids(&run(more));
        for (doc, v) in &base {
            prop_assert_eq!(Some(v), with_extra.get(doc), "{}", doc);
        }
        // The same files in reverse order.
        let mut rev = docs(&texts);
        rev.reverse();
        let reversed = ids(&run(rev));
        prop_assert_eq!(base, reversed);
    }
}

/// The checks catch what they are meant to catch: a claim whose span is
/// one byte off fails.
#[test]
#[should_panic(expected = "claim c-")]
fn check_rejects_a_wrong_span() {
    let text = "Sergey Lavrov: The talks will continue in Geneva. We have never agreed.";
    let mut a = run(docs(&[text.to_string()]));
    assert_eq!(a.claims.len(), 2);
    a.claims[1].span[0] += 1;
    fuzz::check(&a, &[text.as_bytes()]);
}

#[test]
fn line_of_counts_lf_crlf_and_lone_cr() {
    let t = "a\nb\r\nc\rd";
    assert_eq!(fuzz::line_of(t, 0), 1);
    assert_eq!(fuzz::line_of(t, 2), 2);
    assert_eq!(fuzz::line_of(t, 5), 3);
    assert_eq!(fuzz::line_of(t, 7), 4);
}
