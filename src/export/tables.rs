//! Flat tables for notebooks and spreadsheets: `graphs/claims`, `links`,
//! `speakers` and `topics`, each as JSON Lines (`.jsonl`, one object a
//! line, for `pandas.read_json(path, lines=True)`) and as CSV (`.csv`,
//! RFC 4180: a header line, CRLF line ends, fields quoted when needed).
//!
//! Every column is a scalar: lists are joined with [`SEP`] (names) beside a
//! column of the matching ids where there is one (`topics`, `topic_ids`).
//! Column names are those of the graph JSON (`export::json`) wherever the
//! field exists there; the columns are documented in `docs/FORMAT.md`.
//! Rows are in the order of the graph JSON (claims in corpus order, links
//! in match order, speakers by name, topics by id), so the files are
//! byte-identical across runs.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use super::json::ClaimDto;
use crate::error::Result;
use crate::model::Analysis;

/// What joins the items of a list column.
pub(crate) const SEP: &str = "; ";

/// The tables, by file stem: each is written as `<stem>.jsonl` and
/// `<stem>.csv`.
pub const TABLES: [&str; 4] = ["claims", "links", "speakers", "topics"];

/// Joins a list column.
pub(crate) fn join<S: AsRef<str>>(items: &[S]) -> String {
    let parts: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    parts.join(SEP)
}

/// The ISO date of each document (`None` when it has none).
pub(crate) fn doc_dates(a: &Analysis) -> Vec<Option<String>> {
    a.documents
        .iter()
        .map(|d| d.seg.meta.date.map(|x| x.format("%Y-%m-%d").to_string()))
        .collect()
}

/// A table row: its column names, in order (the CSV header).
trait Row: Serialize {
    const FIELDS: &'static [&'static str];
}

impl<T: Row> Row for &T {
    const FIELDS: &'static [&'static str] = T::FIELDS;
}

/// One claim.
#[derive(Serialize)]
pub(crate) struct ClaimRow<'a> {
    id: &'a str,
    doc: &'a str,
    doc_date: Option<&'a str>,
    line: usize,
    span_start: usize,
    span_end: usize,
    text: &'a str,
    speaker: Option<&'a str>,
    speaker_id: Option<&'a str>,
    role: &'static str,
    section: Option<&'a str>,
    turn: usize,
    paragraph: usize,
    label: Option<&'a str>,
    reported_by: Option<&'a str>,
    reported_kind: Option<&'static str>,
    reported_in: Option<&'a str>,
    report_form: Option<&'static str>,
    attribution: Option<&'a str>,
    co_speakers: String,
    dates: String,
    events: String,
    topics: String,
    topic_ids: String,
    checkworthiness: f64,
    source: &'a str,
    cluster: &'a str,
    cluster_size: usize,
}

impl Row for ClaimRow<'_> {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "doc",
        "doc_date",
        "line",
        "span_start",
        "span_end",
        "text",
        "speaker",
        "speaker_id",
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
        "topic_ids",
        "checkworthiness",
        "source",
        "cluster",
        "cluster_size",
    ];
}

/// One link between claims, with both claims' texts and provenance.
#[derive(Serialize)]
pub(crate) struct LinkRow<'a> {
    seq: usize,
    source: &'a str,
    target: &'a str,
    kind: &'static str,
    method: &'a str,
    score: f64,
    source_text: &'a str,
    target_text: &'a str,
    cross_doc: bool,
    source_claim_text: &'a str,
    target_claim_text: &'a str,
    source_speaker: Option<&'a str>,
    target_speaker: Option<&'a str>,
    source_doc: &'a str,
    target_doc: &'a str,
    source_date: Option<&'a str>,
    target_date: Option<&'a str>,
    source_line: usize,
    target_line: usize,
}

impl Row for LinkRow<'_> {
    const FIELDS: &'static [&'static str] = &[
        "seq",
        "source",
        "target",
        "kind",
        "method",
        "score",
        "source_text",
        "target_text",
        "cross_doc",
        "source_claim_text",
        "target_claim_text",
        "source_speaker",
        "target_speaker",
        "source_doc",
        "target_doc",
        "source_date",
        "target_date",
        "source_line",
        "target_line",
    ];
}

/// One speaker.
#[derive(Serialize)]
pub(crate) struct SpeakerRow<'a> {
    id: &'a str,
    name: &'a str,
    titles: String,
    aliases: String,
    claims: usize,
    documents: usize,
    first_date: Option<&'a str>,
    last_date: Option<&'a str>,
    speaker_kind: &'static str,
}

impl Row for SpeakerRow<'_> {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "titles",
        "aliases",
        "claims",
        "documents",
        "first_date",
        "last_date",
        "speaker_kind",
    ];
}

/// One topic.
#[derive(Serialize)]
pub(crate) struct TopicRow<'a> {
    id: &'a str,
    name: &'a str,
    topic_kind: &'static str,
    claims: usize,
    documents: usize,
    first_date: Option<&'a str>,
    last_date: Option<&'a str>,
}

impl Row for TopicRow<'_> {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "topic_kind",
        "claims",
        "documents",
        "first_date",
        "last_date",
    ];
}

/// The documents something is in, and its first and last document dates.
#[derive(Default)]
struct Reach<'a> {
    claims: usize,
    docs: BTreeSet<usize>,
    first: Option<&'a str>,
    last: Option<&'a str>,
}

impl<'a> Reach<'a> {
    fn add(&mut self, doc: usize, date: Option<&'a str>) {
        self.claims += 1;
        self.docs.insert(doc);
        if let Some(d) = date {
            self.first = Some(self.first.map_or(d, |f| f.min(d)));
            self.last = Some(self.last.map_or(d, |l| l.max(d)));
        }
    }
}

/// The four tables of an analysis: the claims' and links' rows are made
/// as they are written (a big corpus's rows are never all in memory), the
/// speakers' and topics' once.
pub(crate) struct Tables<'a> {
    a: &'a Analysis,
    dates: &'a [Option<String>],
    ids: crate::model::NameIds<'a>,
    speakers: Vec<SpeakerRow<'a>>,
    topics: Vec<TopicRow<'a>>,
}

impl<'a> Tables<'a> {
    /// The tables of an analysis; `dates` is [`doc_dates`].
    pub(crate) fn new(a: &'a Analysis, dates: &'a [Option<String>]) -> Self {
        Tables {
            a,
            dates,
            ids: a.name_ids(),
            speakers: speaker_rows(a, dates),
            topics: topic_rows(a, dates),
        }
    }

    /// Writes table `stem` ([`TABLES`]) as JSON Lines or CSV.
    fn write(&self, stem: &str, csv: bool, w: &mut dyn Write) -> io::Result<()> {
        fn put<T: Row>(
            rows: impl Iterator<Item = T>,
            csv: bool,
            w: &mut dyn Write,
        ) -> io::Result<()> {
            if csv {
                write_csv(rows, w)
            } else {
                write_jsonl(rows, w)
            }
        }
        match stem {
            "claims" => put((0..self.a.claims.len()).map(|i| self.claim_row(i)), csv, w),
            "links" => put((0..self.a.matches.len()).map(|i| self.link_row(i)), csv, w),
            "speakers" => put(self.speakers.iter(), csv, w),
            _ => put(self.topics.iter(), csv, w),
        }
    }

    /// The row of claim `i`.
    fn claim_row(&self, i: usize) -> ClaimRow<'a> {
        let (a, dates) = (self.a, self.dates);
        let c = &a.claims[i];
        let d = ClaimDto::of(a, i);
        let iso: Vec<&str> = d.dates.iter().map(|x| x.date.as_str()).collect();
        let tids: Vec<&str> = c
            .topics
            .iter()
            .filter_map(|t| self.ids.topics.get(t.as_str()).copied())
            .collect();
        ClaimRow {
            id: d.id,
            doc: d.doc,
            doc_date: dates[c.doc_index].as_deref(),
            line: d.line,
            span_start: d.span[0],
            span_end: d.span[1],
            text: d.text,
            speaker: d.speaker,
            speaker_id: d.speaker.and_then(|s| self.ids.speakers.get(s).copied()),
            role: d.role,
            section: d.section,
            turn: d.turn,
            paragraph: d.paragraph,
            label: d.label,
            reported_by: d.reported_by,
            reported_kind: d.reported_kind,
            reported_in: d.reported_in,
            report_form: d.report_form,
            attribution: d.attribution,
            co_speakers: join(d.co_speakers),
            dates: join(&iso),
            events: join(d.events),
            topics: join(d.topics),
            topic_ids: join(&tids),
            checkworthiness: d.checkworthiness,
            source: d.source,
            cluster: d.cluster,
            cluster_size: d.cluster_size,
        }
    }

    /// The row of link (match) `seq`.
    fn link_row(&self, seq: usize) -> LinkRow<'a> {
        let (a, dates) = (self.a, self.dates);
        let m = &a.matches[seq];
        let (s, t) = (&a.claims[m.from], &a.claims[m.to]);
        LinkRow {
            seq,
            source: &s.id,
            target: &t.id,
            kind: m.kind.as_str(),
            method: &m.method,
            score: (m.score * 1e4).round() / 1e4,
            source_text: &m.from_text,
            target_text: &m.to_text,
            cross_doc: s.doc_index != t.doc_index,
            source_claim_text: &s.text,
            target_claim_text: &t.text,
            source_speaker: s.speaker.as_deref(),
            target_speaker: t.speaker.as_deref(),
            source_doc: &s.doc,
            target_doc: &t.doc,
            source_date: dates[s.doc_index].as_deref(),
            target_date: dates[t.doc_index].as_deref(),
            source_line: s.line,
            target_line: t.line,
        }
    }
}

fn speaker_rows<'a>(a: &'a Analysis, dates: &'a [Option<String>]) -> Vec<SpeakerRow<'a>> {
    // Claims said as speaker or co-speaker, as in the SQLite store.
    let mut reach: BTreeMap<&str, Reach<'a>> = BTreeMap::new();
    for c in &a.claims {
        for name in c.speaker.iter().chain(&c.co_speakers) {
            let date = dates[c.doc_index].as_deref();
            reach.entry(name).or_default().add(c.doc_index, date);
        }
    }
    a.speakers
        .iter()
        .map(|s| {
            let r = reach.remove(s.name.as_str()).unwrap_or_default();
            SpeakerRow {
                id: &s.id,
                name: &s.name,
                titles: join(&s.titles),
                aliases: join(&s.aliases),
                claims: r.claims,
                documents: r.docs.len(),
                first_date: r.first,
                last_date: r.last,
                speaker_kind: s.speaker_kind,
            }
        })
        .collect()
}

fn topic_rows<'a>(a: &'a Analysis, dates: &'a [Option<String>]) -> Vec<TopicRow<'a>> {
    let mut reach: BTreeMap<&str, Reach<'a>> = BTreeMap::new();
    for c in &a.claims {
        for t in &c.topics {
            let date = dates[c.doc_index].as_deref();
            reach.entry(t).or_default().add(c.doc_index, date);
        }
    }
    a.topics
        .iter()
        .map(|t| {
            let r = reach.remove(t.name.as_str()).unwrap_or_default();
            TopicRow {
                id: &t.id,
                name: &t.name,
                topic_kind: t.kind.as_str(),
                claims: t.claims,
                documents: t.documents,
                first_date: r.first,
                last_date: r.last,
            }
        })
        .collect()
}

fn write_jsonl<T: Row>(rows: impl Iterator<Item = T>, w: &mut dyn Write) -> io::Result<()> {
    // a buffer of its own: serde's small writes are not calls through `dyn`
    let mut b = io::BufWriter::with_capacity(1 << 16, w);
    for r in rows {
        serde_json::to_writer(&mut b, &r).map_err(io::Error::other)?;
        b.write_all(b"\n")?;
    }
    b.flush()
}

fn write_csv<T: Row>(rows: impl Iterator<Item = T>, w: &mut dyn Write) -> io::Result<()> {
    // The header is written by hand so that an empty table still has one.
    let mut out = csv::WriterBuilder::new()
        .has_headers(false)
        .terminator(csv::Terminator::CRLF)
        .from_writer(&mut *w);
    out.write_record(T::FIELDS)?;
    for r in rows {
        out.serialize(r)?;
    }
    out.flush()
}

/// Writes every table as `<dir>/<stem>.jsonl` and `<dir>/<stem>.csv`, each
/// atomically ([`super::write_atomic`]).
pub fn write_all(a: &Analysis, dir: &Path) -> Result<()> {
    use rayon::prelude::*;
    let dates = doc_dates(a);
    let tables = Tables::new(a, &dates);
    let files: Vec<(&str, &str, bool)> = TABLES
        .iter()
        .flat_map(|stem| [(*stem, "jsonl", false), (*stem, "csv", true)])
        .collect();
    // the files are independent: written in parallel
    files.into_par_iter().try_for_each(|(stem, ext, csv)| {
        let path = dir.join(format!("{stem}.{ext}"));
        super::write_atomic(&path, |w| tables.write(stem, csv, w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Claim, MatchEdge, MatchKind, Speaker, Topic};
    use crate::text::gazetteer::EntityKind;

    fn analysis() -> Analysis {
        let claim = |id: &str, text: &str, line| Claim {
            id: id.into(),
            doc: "a.txt".into(),
            line,
            span: [0, text.len()],
            text: text.into(),
            speaker: Some("Ann Lee".into()),
            topics: vec!["Kiev".into(), "OSCE".into()],
            ..Claim::default()
        };
        Analysis {
            claims: vec![
                claim("c-1", "He said \"no\", twice.", 3),
                claim("c-2", "line one\nline two", 7),
            ],
            speakers: vec![Speaker {
                id: "speaker:ann-lee".into(),
                name: "Ann Lee".into(),
                titles: vec![],
                aliases: vec!["Ann Lee".into(), "Lee".into()],
                speaker_kind: "person",
            }],
            matches: vec![MatchEdge {
                from: 1,
                to: 0,
                kind: MatchKind::Repeats,
                score: 0.123456,
                method: "levenshtein".into(),
                from_text: "line".into(),
                to_text: "said".into(),
            }],
            topics: vec![Topic {
                id: "topic:kiev".into(),
                name: "Kiev".into(),
                kind: EntityKind::Place,
                claims: 2,
                documents: 1,
            }],
            ..Analysis::default()
        }
    }

    fn text(a: &Analysis, stem: &str, csv: bool) -> String {
        let dates = vec![None];
        let t = Tables::new(a, &dates);
        let mut out = Vec::new();
        t.write(stem, csv, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn claim_rows_are_flat() {
        let a = analysis();
        let jsonl = text(&a, "claims", false);
        let first: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
        assert_eq!(first["speaker_id"], "speaker:ann-lee");
        assert_eq!(first["topics"], "Kiev; OSCE");
        assert_eq!(
            first["topic_ids"], "topic:kiev",
            "OSCE is no topic node here"
        );
        assert_eq!(first["span_end"], 20);
        assert_eq!(first["doc_date"], serde_json::Value::Null);
        assert_eq!(jsonl.lines().count(), 2);
    }

    #[test]
    fn link_rows_carry_both_claims() {
        let a = analysis();
        let row: serde_json::Value = serde_json::from_str(text(&a, "links", false).trim()).unwrap();
        assert_eq!(row["source"], "c-2");
        assert_eq!(row["target_claim_text"], "He said \"no\", twice.");
        assert_eq!(row["source_claim_text"], "line one\nline two");
        assert_eq!(row["score"], 0.1235);
        assert_eq!(row["cross_doc"], false);
        assert_eq!(row["target_line"], 3);
    }

    #[test]
    fn csv_quotes_and_has_the_declared_header() {
        let a = analysis();
        let csv = text(&a, "claims", true);
        let header = csv.split("\r\n").next().unwrap();
        assert_eq!(header, ClaimRow::FIELDS.join(","));
        assert!(csv.contains(",\"He said \"\"no\"\", twice.\","), "{csv}");
        assert!(csv.contains(",\"line one\nline two\","), "{csv}");
        let links = text(&a, "links", true);
        assert_eq!(
            links.split("\r\n").next().unwrap(),
            LinkRow::FIELDS.join(",")
        );
        // An empty table still has its header.
        let empty = text(&Analysis::default(), "topics", true);
        assert_eq!(empty, format!("{}\r\n", TopicRow::FIELDS.join(",")));
    }

    #[test]
    fn fields_match_the_serialised_keys() {
        fn keys<T: Row>(row: &T) -> Vec<String> {
            let mut out = Vec::new();
            write_jsonl(std::iter::once(row), &mut out).unwrap();
            let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
            let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
            k.sort();
            k
        }
        fn sorted(f: &[&str]) -> Vec<String> {
            let mut v: Vec<String> = f.iter().map(|s| s.to_string()).collect();
            v.sort();
            v
        }
        let a = analysis();
        let dates = vec![None];
        let t = Tables::new(&a, &dates);
        assert_eq!(keys(&t.claim_row(0)), sorted(ClaimRow::FIELDS));
        assert_eq!(keys(&t.link_row(0)), sorted(LinkRow::FIELDS));
        assert_eq!(keys(&t.speakers[0]), sorted(SpeakerRow::FIELDS));
        assert_eq!(keys(&t.topics[0]), sorted(TopicRow::FIELDS));
        let speaker = &t.speakers[0];
        assert_eq!((speaker.claims, speaker.documents), (2, 1));
        assert_eq!(speaker.aliases, "Ann Lee; Lee");
    }
}
