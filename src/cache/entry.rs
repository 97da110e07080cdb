//! A cache entry as stored: plain serde rows mirroring the model types,
//! which stay free of serde (`docs/ARCHITECTURE.md`).

use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{DocWork, FORMAT};
use crate::extract::reported::{ReportKind, TitleLookups, Titles};
use crate::model::{
    Claim, DateSource, DocMeta, ParaKind, Paragraph, Role, Segmented, SourceDoc, Turn,
};

/// One document's entry.
#[derive(Serialize, Deserialize)]
pub(super) struct Entry {
    pub format: u32,
    pub key: String,
    meta: Meta,
    paragraphs: Vec<Para>,
    turns: Vec<TurnRow>,
    sections: Vec<String>,
    titles: Titles,
    lookups: TitleLookups,
    claims: Vec<ClaimRow>,
}

#[derive(Serialize, Deserialize)]
struct Meta {
    title: Option<String>,
    /// Days from the common era.
    date: Option<i32>,
    date_source: Option<String>,
    principal: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct Para {
    range: [usize; 2],
    body: [usize; 2],
    line: usize,
    kind: String,
    turn: Option<usize>,
    section: Option<usize>,
}

#[derive(Serialize, Deserialize)]
struct TurnRow {
    label: Option<String>,
    speaker: Option<String>,
    role: String,
    line: usize,
}

#[derive(Serialize, Deserialize)]
struct ClaimRow {
    id: String,
    line: usize,
    span: [usize; 2],
    /// The claim's text is this range of the document's text.
    range: [usize; 2],
    speaker: Option<String>,
    role: String,
    section: Option<String>,
    turn: usize,
    paragraph: usize,
    label: Option<String>,
    reported_by: Option<String>,
    reported_kind: Option<String>,
    reported_in: Option<String>,
    co_speakers: Vec<String>,
    #[serde(default)]
    report_form: Option<String>,
    #[serde(default)]
    attribution: Option<String>,
}

fn pair(r: &Range<usize>) -> [usize; 2] {
    [r.start, r.end]
}

/// A range of `text` that slices it (in bounds, on character boundaries).
fn range_in(text: &str, [a, b]: [usize; 2]) -> Option<Range<usize>> {
    text.get(a..b).map(|_| a..b)
}

fn role(s: &str) -> Option<Role> {
    [Role::Question, Role::Answer, Role::Statement]
        .into_iter()
        .find(|r| r.as_str() == s)
}

fn para_kind(s: &str) -> Option<ParaKind> {
    [
        ParaKind::Title,
        ParaKind::DateLine,
        ParaKind::Lead,
        ParaKind::Boilerplate,
        ParaKind::Contents,
        ParaKind::Heading,
        ParaKind::Speech,
    ]
    .into_iter()
    .find(|k| k.as_str() == s)
}

fn date_source(s: &str) -> Option<DateSource> {
    [DateSource::Text, DateSource::FileName]
        .into_iter()
        .find(|k| k.as_str() == s)
}

fn report_kind(s: &str) -> Option<ReportKind> {
    [ReportKind::Direct, ReportKind::Indirect]
        .into_iter()
        .find(|k| k.as_str() == s)
}

impl Entry {
    /// The entry of a document's work.
    pub fn of(key: &str, w: &DocWork) -> Entry {
        let m = &w.seg.meta;
        Entry {
            format: FORMAT,
            key: key.to_string(),
            meta: Meta {
                title: m.title.clone(),
                date: m.date.map(|d| chrono::Datelike::num_days_from_ce(&d)),
                date_source: m.date_source.map(|s| s.as_str().to_string()),
                principal: m.principal.clone(),
            },
            paragraphs: w.seg.paragraphs.iter().map(Para::of).collect(),
            turns: w.seg.turns.iter().map(TurnRow::of).collect(),
            sections: w.seg.sections.clone(),
            titles: w.titles.clone(),
            lookups: w.lookups.clone(),
            claims: w.claims.iter().map(ClaimRow::of).collect(),
        }
    }

    /// The work back, for document `doc_index` (`doc`); `None` when the
    /// entry does not fit the document (a damaged or foreign entry).
    pub fn into_work(self, doc_index: usize, doc: &SourceDoc) -> Option<DocWork> {
        let text = doc.text.as_str();
        let meta = DocMeta {
            title: self.meta.title,
            date: match self.meta.date {
                Some(d) => Some(NaiveDate::from_num_days_from_ce_opt(d)?),
                None => None,
            },
            date_source: match self.meta.date_source {
                Some(s) => Some(date_source(&s)?),
                None => None,
            },
            principal: self.meta.principal,
        };
        let seg = Segmented {
            meta,
            paragraphs: self
                .paragraphs
                .into_iter()
                .map(|p| p.into_model(text))
                .collect::<Option<_>>()?,
            turns: self
                .turns
                .into_iter()
                .map(TurnRow::into_model)
                .collect::<Option<_>>()?,
            sections: self.sections,
        };
        let claims: Vec<Claim> = self
            .claims
            .into_iter()
            .map(|c| c.into_model(doc_index, doc))
            .collect::<Option<_>>()?;
        let (turns, paras, sections) = (seg.turns.len(), seg.paragraphs.len(), seg.sections.len());
        let indices_fit =
            seg.paragraphs.iter().all(|p| {
                p.turn.is_none_or(|t| t < turns) && p.section.is_none_or(|s| s < sections)
            }) && claims.iter().all(|c| c.turn < turns && c.paragraph < paras);
        if !indices_fit {
            return None;
        }
        Some(DocWork {
            seg,
            titles: self.titles,
            claims,
            lookups: self.lookups,
        })
    }
}

impl Para {
    fn of(p: &Paragraph) -> Para {
        Para {
            range: pair(&p.range),
            body: pair(&p.body),
            line: p.line,
            kind: p.kind.as_str().to_string(),
            turn: p.turn,
            section: p.section,
        }
    }

    fn into_model(self, text: &str) -> Option<Paragraph> {
        Some(Paragraph {
            range: range_in(text, self.range)?,
            body: range_in(text, self.body)?,
            line: self.line,
            kind: para_kind(&self.kind)?,
            turn: self.turn,
            section: self.section,
        })
    }
}

impl TurnRow {
    fn of(t: &Turn) -> TurnRow {
        TurnRow {
            label: t.label.clone(),
            speaker: t.speaker_as_written.clone(),
            role: t.role.as_str().to_string(),
            line: t.line,
        }
    }

    fn into_model(self) -> Option<Turn> {
        Some(Turn {
            label: self.label,
            speaker_as_written: self.speaker,
            role: role(&self.role)?,
            line: self.line,
        })
    }
}

impl ClaimRow {
    fn of(c: &Claim) -> ClaimRow {
        ClaimRow {
            id: c.id.clone(),
            line: c.line,
            span: c.span,
            range: pair(&c.range),
            speaker: c.speaker.clone(),
            role: c.role.as_str().to_string(),
            section: c.section.clone(),
            turn: c.turn,
            paragraph: c.paragraph,
            label: c.label.clone(),
            reported_by: c.reported_by.clone(),
            reported_kind: c.reported_kind.map(|k| k.as_str().to_string()),
            reported_in: c.reported_in.clone(),
            co_speakers: c.co_speakers.clone(),
            report_form: c.report_form.map(str::to_string),
            attribution: c.attribution.clone(),
        }
    }

    fn into_model(self, doc_index: usize, doc: &SourceDoc) -> Option<Claim> {
        let range = range_in(&doc.text, self.range)?;
        Some(Claim {
            id: self.id,
            doc_index,
            doc: doc.path.clone(),
            line: self.line,
            span: self.span,
            text: doc.text[range.clone()].to_string(),
            range,
            speaker: self.speaker,
            role: role(&self.role)?,
            section: self.section,
            turn: self.turn,
            paragraph: self.paragraph,
            label: self.label,
            reported_by: self.reported_by,
            reported_kind: match self.reported_kind {
                Some(k) => Some(report_kind(&k)?),
                None => None,
            },
            reported_in: self.reported_in,
            co_speakers: self.co_speakers,
            report_form: match self.report_form.as_deref() {
                Some("direct") => Some("direct"),
                Some("fragment") => Some("fragment"),
                Some("indirect") => Some("indirect"),
                Some(_) => return None,
                None => None,
            },
            attribution: self.attribution,
            ..Claim::default()
        })
    }
}
