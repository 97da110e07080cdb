//! Tests of [`find_matches`] on claims built by hand, most of them from the
//! sample transcripts in `corpus/`.

use std::ops::Range;

use super::*;
use crate::model::{MatchEdge, MatchKind, Role};

mod loose;
mod reports;
mod robustness;
mod verbatim;

const PRESS: &str = include_str!("../../../corpus/000_c44d6f7761710eb4.txt");
const BRIEFING: &str = include_str!("../../../corpus/002_0414ee1e78e3c3ef.txt");

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Byte offset of the start of 1-based `line`.
/// Dates of `n` documents a day apart.
fn daily(n: usize) -> Vec<Option<NaiveDate>> {
    (0..n)
        .map(|d| date("2023-02-01").and_then(|x| x.checked_add_days(chrono::Days::new(d as u64))))
        .collect()
}

fn line_start(text: &str, line: usize) -> usize {
    let mut off = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return off;
        }
        off += l.len();
    }
    text.len()
}

/// Naive sentence split of `s` (byte ranges): after `.`, `?`, `!` (and any
/// closing quotes) followed by a space and a capital or opening quote.
fn sentences(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut start = 0;
    let mut k = 0;
    while k < chars.len() {
        let (_, c) = chars[k];
        if matches!(c, '.' | '?' | '!') {
            let mut e = k + 1;
            while e < chars.len() && matches!(chars[e].1, '\u{201D}' | '"' | ')') {
                e += 1;
            }
            if e + 1 < chars.len()
                && chars[e].1 == ' '
                && (chars[e + 1].1.is_uppercase() || matches!(chars[e + 1].1, '\u{201C}' | '"'))
            {
                let end = chars[e].0;
                out.push(start..end);
                start = chars[e + 1].0;
                k = e + 1;
                continue;
            }
        }
        k += 1;
    }
    if start < s.trim_end().len() {
        out.push(start..s.trim_end().len());
    }
    out
}

/// Builds claims from whole lines of a transcript: a line starting with
/// "Label: " starts a turn; "Question…" labels are questions with no
/// speaker; other lines continue the current turn.
struct DocBuilder<'a> {
    doc_index: usize,
    doc: &'static str,
    text: &'a str,
    speaker: Option<String>,
    role: Role,
    turn: usize,
    paragraph: usize,
    claims: Vec<Claim>,
}

impl<'a> DocBuilder<'a> {
    fn new(doc_index: usize, doc: &'static str, text: &'a str, principal: &str) -> Self {
        DocBuilder {
            doc_index,
            doc,
            text,
            speaker: Some(principal.to_string()),
            role: Role::Statement,
            turn: 0,
            paragraph: 0,
            claims: Vec::new(),
        }
    }

    fn line(&mut self, line: usize) -> &mut Self {
        let start = line_start(self.text, line);
        let raw = self.text[start..].split('\n').next().unwrap_or("");
        let mut body = 0;
        if let Some(colon) = raw.find(": ") {
            let label = &raw[..colon];
            let words = label.split_whitespace().count();
            if words <= 4
                && label.chars().next().is_some_and(char::is_uppercase)
                && !label.contains(',')
            {
                body = colon + 2;
                self.turn += 1;
                if label.starts_with("Question") {
                    self.speaker = None;
                    self.role = Role::Question;
                } else {
                    self.speaker = Some(label.to_string());
                    self.role = Role::Answer;
                }
            }
        }
        self.paragraph += 1;
        for r in sentences(&raw[body..]) {
            let a = start + body + r.start;
            let b = start + body + r.end;
            let text = self.text[a..b].to_string();
            self.claims.push(Claim {
                id: format!("{}#{a}", self.doc),
                doc_index: self.doc_index,
                doc: self.doc.to_string(),
                line,
                span: [a, b],
                range: a..b,
                text,
                speaker: self.speaker.clone(),
                role: self.role,
                section: None,
                turn: self.turn,
                paragraph: self.paragraph,
                label: None,
                ..Claim::default()
            });
        }
        self
    }

    fn lines(&mut self, r: std::ops::RangeInclusive<usize>) -> &mut Self {
        for l in r {
            self.line(l);
        }
        self
    }
}

/// A claim from plain text (tests of the mechanics).
fn claim(doc_index: usize, turn: usize, speaker: Option<&str>, text: &str) -> Claim {
    Claim {
        id: format!("d{doc_index}:{text}"),
        doc_index,
        doc: format!("doc{doc_index}.txt"),
        line: 1,
        span: [0, text.len()],
        range: 0..text.len(),
        text: text.to_string(),
        speaker: speaker.map(str::to_string),
        role: if speaker.is_some() {
            Role::Answer
        } else {
            Role::Question
        },
        section: None,
        turn,
        paragraph: turn,
        label: None,
        ..Claim::default()
    }
}

fn find(claims: &[Claim], doc_index: usize, needle: &str) -> usize {
    claims
        .iter()
        .position(|c| c.doc_index == doc_index && c.text.contains(needle))
        .unwrap_or_else(|| panic!("no claim in doc {doc_index} contains {needle:?}"))
}

/// Every edge as (from, to, kind, method).
fn edge_list(m: &Matches) -> Vec<(usize, usize, MatchKind, &str)> {
    m.edges
        .iter()
        .map(|e| (e.from, e.to, e.kind, e.method.as_str()))
        .collect()
}

fn edge(m: &Matches, from: usize, to: usize) -> Option<&MatchEdge> {
    m.edges.iter().find(|e| e.from == from && e.to == to)
}

/// Asserts that claim `from` links to claim `to` with a link of `kind`.
#[track_caller]
fn assert_kind(m: &Matches, from: usize, to: usize, kind: MatchKind) {
    assert_eq!(
        edge(m, from, to).map(|e| e.kind),
        Some(kind),
        "{:?}",
        m.edges
    );
}

fn sample_pair_claims() -> Vec<Claim> {
    let mut press = DocBuilder::new(0, "000_c44d6f7761710eb4.txt", PRESS, "Sergey Lavrov");
    press.lines(170..=182);
    let mut brief = DocBuilder::new(1, "002_0414ee1e78e3c3ef.txt", BRIEFING, "Maria Zakharova");
    brief.lines(105..=116);
    let mut claims = press.claims;
    claims.extend(brief.claims);
    claims
}

const DATES: [Option<&str>; 2] = [Some("2021-01-18"), Some("2021-01-28")];

fn dates() -> Vec<Option<NaiveDate>> {
    DATES.iter().map(|d| d.and_then(date)).collect()
}

/// All claims of both sample transcripts (naive segmentation), for looking
/// at the links: `cargo test sample_corpus_links -- --nocapture`.
fn sample_corpus_claims() -> Vec<Claim> {
    let mut press = DocBuilder::new(0, "000_c44d6f7761710eb4.txt", PRESS, "Sergey Lavrov");
    let n0 = PRESS.lines().count();
    for l in 1..=n0 {
        let t = PRESS.lines().nth(l - 1).unwrap_or("");
        if t.split_whitespace().count() >= 4 && !t.starts_with("- ") {
            press.line(l);
        }
    }
    let mut brief = DocBuilder::new(1, "002_0414ee1e78e3c3ef.txt", BRIEFING, "Maria Zakharova");
    let n1 = BRIEFING.lines().count();
    for l in 22..=n1 {
        let t = BRIEFING.lines().nth(l - 1).unwrap_or("");
        if t.split_whitespace().count() >= 4 && !t.starts_with("- ") {
            brief.line(l);
        }
    }
    let mut claims = press.claims;
    claims.extend(brief.claims);
    claims
}
