//! The segmenter proper: walks a document's paragraphs once, classifying each
//! as header (title, date line, lead, contents), speech in a turn, heading or
//! boilerplate, then assigns sections and the document metadata.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::labels::{self, Label, LabelKind};
use super::lines::{
    bullet_len, contents_re, date_line, heading_shape, is_boilerplate, is_footer, is_lead,
    is_proceedings_note, is_stage_direction,
};
use super::sections;
use super::sentences::is_space;
use crate::model::{DateSource, DocMeta, ParaKind, Paragraph, Role, Segmented, SourceDoc, Turn};
use crate::text::dates;

/// "THE WITNESS", "The Witness", "WITNESS".
fn is_witness_role(speaker: &str) -> bool {
    let s = speaker.to_lowercase();
    matches!(s.trim_start_matches("the ").trim(), "witness" | "deponent")
}

pub(super) struct Para<'a> {
    pub(super) text: &'a str,
    pub(super) range: std::ops::Range<usize>,
    pub(super) line: usize,
    pub(super) label: Option<Label>,
}

pub(super) struct Segmenter<'a> {
    doc: &'a SourceDoc,
    paras: Vec<Para<'a>>,
    title: Option<&'a str>,
    principal: Option<String>,
    out: Segmented,
    toc: Vec<String>,
    header_dates: Vec<NaiveDate>,
    seen_question: bool,
    seen_speech: bool,
    /// In a court or deposition transcript, the lawyer asking the
    /// questions ("BY MR. BLACKWELL:") and the witness answering them.
    examiner: Option<String>,
    witness: Option<String>,
}

impl<'a> Segmenter<'a> {
    pub(super) fn new(
        doc: &'a SourceDoc,
        paras: Vec<Para<'a>>,
        title: Option<&'a str>,
        principal: Option<String>,
    ) -> Self {
        Segmenter {
            doc,
            paras,
            title,
            principal,
            out: Segmented::default(),
            toc: Vec::new(),
            header_dates: Vec::new(),
            seen_question: false,
            seen_speech: false,
            examiner: None,
            witness: None,
        }
    }

    fn push(&mut self, i: usize, kind: ParaKind, turn: Option<usize>) {
        let p = &self.paras[i];
        let body_start = p.range.start + p.label.as_ref().map_or(0, |l| l.len);
        self.out.paragraphs.push(Paragraph {
            range: p.range.clone(),
            body: body_start..p.range.end,
            line: p.line,
            kind,
            turn,
            section: None,
        });
    }

    fn matches_toc(&self, t: &str) -> bool {
        if self.toc.is_empty() || t.len() > 600 {
            return false;
        }
        let n = sections::norm_title(t);
        self.toc.iter().any(|item| sections::norm_title(item) == n)
    }

    fn is_heading_candidate(&self, i: usize) -> bool {
        let p = &self.paras[i];
        p.label.is_none()
            && bullet_len(p.text) == 0
            && !is_stage_direction(p.text)
            && (heading_shape(p.text, 20)
                || (self.matches_toc(p.text) && heading_shape(p.text, 60)))
    }

    /// Whether speech follows paragraph `i` (skipping up to two further
    /// heading-like lines, as for sub-headings).
    fn followed_by_speech(&self, i: usize) -> bool {
        for j in i + 1..(i + 4).min(self.paras.len()) {
            let p = &self.paras[j];
            if p.label.is_some() {
                return true;
            }
            if is_footer(p.text) || is_boilerplate(p.text) {
                return false;
            }
            if !self.is_heading_candidate(j) {
                return true;
            }
        }
        false
    }

    fn start_turn(&mut self, label: Option<&Label>, line: usize) -> usize {
        let (role, speaker) = match label {
            Some(l) if l.kind == LabelKind::Question => {
                self.seen_question = true;
                // "Q2 Chris Bryant:" names who asks; "Q." after "BY MR.
                // BLACKWELL:" is the examiner's.
                let asker = (!l.speaker.is_empty())
                    .then(|| l.speaker.clone())
                    .or_else(|| self.examiner.clone());
                (Role::Question, asker)
            }
            Some(l) if l.kind == LabelKind::Answer => (
                Role::Answer,
                self.witness.clone().or_else(|| self.principal.clone()),
            ),
            // "THE WITNESS:": the witness sworn in.
            Some(l) if self.witness.is_some() && is_witness_role(&l.speaker) => (
                if self.seen_question {
                    Role::Answer
                } else {
                    Role::Statement
                },
                self.witness.clone(),
            ),
            Some(l) => (
                if self.seen_question {
                    Role::Answer
                } else {
                    Role::Statement
                },
                Some(l.speaker.clone()),
            ),
            None => (
                if self.seen_question {
                    Role::Answer
                } else {
                    Role::Statement
                },
                self.principal.clone(),
            ),
        };
        self.out.turns.push(Turn {
            label: label.map(|l| l.text.clone()),
            speaker_as_written: speaker,
            role,
            line,
        });
        self.out.turns.len() - 1
    }

    /// What a header paragraph (before any speech, without a label) is, if
    /// it is not yet speech; records date lines.
    fn header_kind(&mut self, t: &str) -> Option<ParaKind> {
        // "[From the U.S. Government Publishing Office]" too.
        if is_boilerplate(t) || is_footer(t) || is_stage_direction(t) {
            return Some(ParaKind::Boilerplate);
        }
        if let Some(d) = date_line(t) {
            self.header_dates.push(d);
            return Some(ParaKind::DateLine);
        }
        if self
            .title
            .is_some_and(|ti| sections::norm_title(ti) == sections::norm_title(t))
        {
            return Some(ParaKind::Title);
        }
        if is_lead(t, self.title, self.principal.as_deref()) || is_proceedings_note(t) {
            return Some(ParaKind::Lead);
        }
        None
    }

    /// What an unlabelled body paragraph outside a footer is when it is not
    /// speech: boilerplate, a stage direction, a date line or a heading.
    fn body_kind(&self, i: usize) -> Option<ParaKind> {
        let t = self.paras[i].text;
        if is_boilerplate(t) || is_stage_direction(t) {
            return Some(ParaKind::Boilerplate);
        }
        if date_line(t).is_some() {
            return Some(ParaKind::DateLine);
        }
        if self.is_heading_candidate(i) {
            return Some(if self.followed_by_speech(i) {
                ParaKind::Heading
            } else {
                ParaKind::Boilerplate
            });
        }
        None
    }

    /// "BY MR. BLACKWELL:" and "MARTIN TOBIN, having been first duly
    /// sworn, …" say who asks and who answers from here on; they yield no
    /// claims.
    fn examination_header(&mut self, t: &str) -> bool {
        if let Some(e) = labels::examiner(t) {
            self.examiner = Some(e);
            return true;
        }
        if let Some(w) = labels::witness(t) {
            self.witness = Some(w);
            self.examiner = None;
            return true;
        }
        false
    }

    /// Whether unlabelled paragraph `i` is a table of contents' heading
    /// ("Contents") or, right after one (`in_toc`), one of its items;
    /// records it.
    fn contents(&mut self, i: usize, in_toc: &mut bool) -> bool {
        let t = self.paras[i].text;
        if contents_re().is_match(t) {
            *in_toc = true;
        } else if *in_toc && bullet_len(t) > 0 {
            self.toc.push(t[bullet_len(t)..].trim().to_string());
        } else {
            return false;
        }
        self.push(i, ParaKind::Contents, None);
        true
    }

    pub(super) fn run(mut self) -> Segmented {
        let mut in_header = true;
        let mut in_toc = false;
        let mut in_footer = false;
        let mut turn: Option<usize> = None;
        let mut labelled = false;
        for i in 0..self.paras.len() {
            let t = self.paras[i].text;
            let has_label = self.paras[i].label.is_some();
            if !has_label && self.contents(i, &mut in_toc) {
                continue;
            }
            in_toc = false;
            if in_header
                && !has_label
                && let Some(kind) = self.header_kind(t)
            {
                self.push(i, kind, None);
                continue;
            }
            in_header = false;
            // ("DIRECT EXAMINATION BY MR. SMITH:" reads as a label too)
            if (!has_label || labels::examiner(t).is_some()) && self.examination_header(t) {
                self.push(i, ParaKind::Boilerplate, None);
                continue;
            }
            // The record's note of how the sitting opened, after its
            // address lines ("House of Representatives, Committee on the
            // Judiciary, Washington, DC."), before anyone is labelled.
            if !has_label && !labelled && is_proceedings_note(t.trim_start_matches(is_space)) {
                self.push(i, ParaKind::Lead, None);
                continue;
            }
            labelled |= has_label;
            if let Some(label) = self.paras[i].label.clone() {
                in_footer = false;
                let line = self.paras[i].line;
                turn = Some(self.start_turn(Some(&label), line));
                self.seen_speech = true;
                self.push(i, ParaKind::Speech, turn);
                continue;
            }
            if in_footer {
                self.push(i, ParaKind::Boilerplate, None);
                continue;
            }
            if is_footer(t) {
                in_footer = true;
                self.push(i, ParaKind::Boilerplate, None);
                continue;
            }
            if let Some(kind) = self.body_kind(i) {
                // "House of Commons" (a heading), then "Wednesday 12
                // January 2022": a date line before anyone speaks dates
                // the document as the header's do.
                if matches!(kind, ParaKind::DateLine)
                    && turn.is_none()
                    && let Some(d) = date_line(t)
                {
                    self.header_dates.push(d);
                }
                self.push(i, kind, None);
                continue;
            }
            let cur = match turn {
                Some(k) => k,
                None => {
                    let line = self.paras[i].line;
                    let k = self.start_turn(None, line);
                    turn = Some(k);
                    k
                }
            };
            self.seen_speech = true;
            self.push(i, ParaKind::Speech, Some(cur));
        }
        self.assign_sections();
        self.finish_meta();
        self.out
    }

    fn finish_meta(&mut self) {
        let mut candidates = self.header_dates.clone();
        if let Some(t) = self.title {
            candidates.extend(
                dates::find_dates(t, None)
                    .iter()
                    .filter_map(|m| m.date.naive()),
            );
        }
        let (date, source) = match candidates.into_iter().min() {
            Some(d) => (Some(d), Some(DateSource::Text)),
            None => {
                let name = self.doc.path.rsplit('/').next().unwrap_or(&self.doc.path);
                match dates::date_in_file_name(name) {
                    Some(d) => (Some(d), Some(DateSource::FileName)),
                    None => (None, None),
                }
            }
        };
        self.out.meta = DocMeta {
            title: self.title.map(str::to_string),
            date,
            date_source: source,
            principal: self.principal.clone(),
        };
    }

    /// IDF over the speech paragraphs (only needed to place contents items).
    fn speech_idf(&self) -> HashMap<String, f64> {
        let text = self.doc.text.as_str();
        let paras = &self.out.paragraphs;
        let speech: Vec<usize> = (0..paras.len())
            .filter(|&i| paras[i].kind == ParaKind::Speech)
            .collect();
        let mut df: HashMap<String, usize> = HashMap::new();
        if !self.toc.is_empty() {
            for &i in &speech {
                for w in sections::stems(&text[paras[i].body.clone()]) {
                    *df.entry(w).or_default() += 1;
                }
            }
        }
        let n = speech.len().max(1) as f64;
        df.into_iter()
            .map(|(w, d)| (w, ((n + 1.0) / (d as f64 + 1.0)).ln() + 1.0))
            .collect()
    }

    /// Speech paragraph `i` as a slot for [`sections::align`]: a contents
    /// item may start at a question or in a statement, never inside an answer.
    fn slot(&self, i: usize) -> sections::Slot<'a> {
        let text: &'a str = self.doc.text.as_str();
        let p = &self.out.paragraphs[i];
        let role = p.turn.map(|t| self.out.turns[t].role);
        let turn_start = p.body.start != p.range.start;
        sections::Slot {
            text: &text[p.range.clone()],
            switch_cost: match role {
                Some(Role::Question) if turn_start => sections::SWITCH_COST_AT_QUESTION,
                Some(Role::Statement) | None => sections::SWITCH_COST,
                _ => f64::INFINITY,
            },
        }
    }

    fn assign_sections(&mut self) {
        let text = self.doc.text.as_str();
        let paras = &self.out.paragraphs;
        // Headings, with the contents item each one repeats.
        let toc_norm: Vec<String> = self.toc.iter().map(|t| sections::norm_title(t)).collect();
        let headings: Vec<(usize, Option<usize>)> = paras
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == ParaKind::Heading)
            .map(|(i, p)| {
                let n = sections::norm_title(&text[p.range.clone()]);
                (i, toc_norm.iter().position(|t| *t == n))
            })
            .collect();
        let used: Vec<bool> = (0..self.toc.len())
            .map(|k| headings.iter().any(|h| h.1 == Some(k)))
            .collect();
        let idf = self.speech_idf();

        let mut section_ids: HashMap<String, usize> = HashMap::new();
        let mut sections_out: Vec<String> = Vec::new();
        let mut intern = |title: &str, sections_out: &mut Vec<String>| -> usize {
            *section_ids.entry(title.to_string()).or_insert_with(|| {
                sections_out.push(title.to_string());
                sections_out.len() - 1
            })
        };
        let mut assignment: Vec<Option<usize>> = vec![None; paras.len()];
        // Stretch boundaries: document start, each heading, document end.
        let mut bounds: Vec<(Option<usize>, usize)> = vec![(None, 0)];
        bounds.extend(headings.iter().map(|&(i, _)| (Some(i), i + 1)));
        let mut prev_toc: Option<usize> = None;
        for (b, &(heading, start)) in bounds.iter().enumerate() {
            let end = bounds.get(b + 1).and_then(|x| x.0).unwrap_or(paras.len());
            let current_toc = heading.and_then(|h| headings.iter().find(|x| x.0 == h)?.1);
            if current_toc.is_some() {
                prev_toc = current_toc;
            }
            let next_toc = headings
                .iter()
                .filter(|h| h.0 >= end)
                .find_map(|h| h.1)
                .unwrap_or(self.toc.len());
            let lo = prev_toc.map_or(0, |k| k + 1);
            let missing: Vec<usize> = (lo..next_toc.max(lo)).filter(|&k| !used[k]).collect();
            let heading_title = heading.map(|h| text[paras[h].range.clone()].to_string());
            if let Some(h) = heading {
                let id = intern(
                    heading_title.as_deref().unwrap_or_default(),
                    &mut sections_out,
                );
                assignment[h] = Some(id);
            }
            let stretch: Vec<usize> = (start..end)
                .filter(|&i| paras[i].kind == ParaKind::Speech)
                .collect();
            let slots: Vec<sections::Slot<'_>> = stretch.iter().map(|&i| self.slot(i)).collect();
            let missing_titles: Vec<&str> = missing.iter().map(|&k| self.toc[k].as_str()).collect();
            let placed = sections::align(&slots, heading_title.as_deref(), &missing_titles, &idf);
            for (&i, place) in stretch.iter().zip(placed) {
                assignment[i] = match place {
                    Some(k) => {
                        prev_toc = Some(missing[k]);
                        Some(intern(missing_titles[k], &mut sections_out))
                    }
                    None => heading_title
                        .as_deref()
                        .map(|h| intern(h, &mut sections_out)),
                };
            }
        }
        for (p, a) in self.out.paragraphs.iter_mut().zip(assignment) {
            p.section = a;
        }
        self.out.sections = sections_out;
    }
}
