//! Stage 2: segment a transcript into metadata, paragraphs, speaker turns and
//! sections.
//!
//! The rules are general; the sample transcripts are tests of them:
//!
//! 1. **Header.** Before anyone speaks, a transcript may carry a title (the
//!    first short line without final punctuation; repeats of it too), date
//!    lines, a table of contents, site banners and video instructions, and an
//!    editorial lead that describes the event in the third person (no first-
//!    or second-person words, an event noun such as "press conference", and
//!    the principal speaker in the possessive or most of the title's words). None of these yield claims. The first paragraph
//!    that is none of them starts the speech.
//! 2. **Turns.** A paragraph starting with a speaker label starts a turn
//!    ([`labels`]); other paragraphs continue the current turn; paragraphs
//!    before the first label belong to the principal speaker named by the
//!    title. Questions are `question`; named turns after the first question
//!    are `answer`, before it `statement`.
//! 3. **Body.** Short standalone lines without final punctuation that are
//!    followed by speech are section headings; footers ("To be continued…",
//!    disclaimers and whatever follows them), banners, comment counts and
//!    stage directions ("(Applause)") are boilerplate.
//! 4. **Sections.** Headings open sections; contents items that never appear
//!    as headings are placed by [`sections::align`].
//! 5. **Metadata.** The document date is the earliest full date among the
//!    header's date lines and the title (a blog copy's posting date comes
//!    after the event), else an ISO date in the file name.

pub mod labels;
pub mod paragraphs;
pub mod roles;
pub mod sections;
pub mod sentences;

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::model::{DateSource, DocMeta, ParaKind, Paragraph, Role, Segmented, SourceDoc, Turn};
use crate::text::{dates, names};
use labels::{Label, LabelKind};

fn boilerplate_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?xi)
            ^(?:please\ )?(?:forward|fast-forward|skip|rewind)\ (?:the\ )?video
            | (?-u:\b)time\ marker\ \d
            | ^transcript\ (?:is\ )?(?:now\ )?being\ (?:loaded|updated|added)
            | ^(?:watch|see|view)\ (?:the\ )?(?:full\ )?(?:video|broadcast|live\ stream)(?-u:\b)
            | ^(?:video|audio|photo|photos|image|images)(?:\ credit)?\s*:?\s*$
            | ^(?:\d+|no|one)\ (?:comments?|responses?|replies)(?-u:\b)
            | ^comments?\s*\(\d+\)
            | ^(?:leave\ a\ (?:comment|reply)|post\ a\ comment|add\ (?:a\ )?comment)
            | ^(?:share|like|tweet|print|email)(?:\ this)?(?:\ (?:article|post|page|story))?\s*:?\s*$
            | ^(?:posted|published|filed)\ (?:in|on|by|under)(?-u:\b)
            | ^tags?\s*:
            | ^(?:related|related\ (?:posts|articles|stories)|read\ (?:more|also)|see\ also|more\ on\ this)\s*:?\s*$
            | ^(?:copyright(?-u:\b)|©|\(c\)\ \d{4})
            | all\ rights\ reserved
            | ^(?:subscribe|sign\ up)(?-u:\b)
            | ^source\s*:
            | ^(?:back\ to\ top|top\ of\ page|return\ to\ top)\s*$
            | ^\(?unofficial\ translation\)?\.?$
            | ^(?:print\ version|printable\ version|version\ for\ printing)\s*$
            | ^(?:full\ )?transcript\s*:?\s*$
            | ^(?:advertisement|sponsored(?:\ content)?)\s*$
            | ^(?:end\s+)?\d{1,2}:\d{2}\s*(?:a\.?m\.?|p\.?m\.?)(?:\s+[a-z]{2,4})?\.?\s*$
            ",
        )
        .expect("valid regex")
    })
}

fn footer_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?xi)
            ^(?:to\ be\ continued|continued\ on\ next\ page)\W*$
            | ^the\ views\ expressed\ in\ (?:this|the)\ (?:article|post|blog|piece)
            | ^disclaimer(?-u:\b)
            | ^(?:\(end\)|-+\s*end\s*-+|\#\s*\#\s*\#|\*\s*\*\s*\*|end\ of\ transcript\.?)$
            ",
        )
        .expect("valid regex")
    })
}

fn contents_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)^(?:table\ of\ contents|contents|in\ this\ (?:briefing|issue))\s*:?\s*$")
            .expect("valid regex")
    })
}

/// Banners, video instructions, comment counts… Such lines are short, so
/// long paragraphs are not tested.
fn is_boilerplate(t: &str) -> bool {
    t.len() <= 300 && boilerplate_re().is_match(t)
}

/// "To be continued…", disclaimers, end marks.
fn is_footer(t: &str) -> bool {
    t.len() <= 300 && footer_re().is_match(t)
}

/// Whole paragraph in parentheses or brackets: "(Applause.)", "[Laughter]".
fn is_stage_direction(t: &str) -> bool {
    let open = t.starts_with('(') || t.starts_with('[');
    let close = t.ends_with(')') || t.ends_with(']') || t.ends_with(").") || t.ends_with("].");
    open && close && t.len() < 120 && !t[1..].contains(['(', '['])
}

fn bullet_len(t: &str) -> usize {
    for b in ["- ", "– ", "— ", "• ", "* ", "· "] {
        if let Some(rest) = t.strip_prefix(b)
            && !rest.trim().is_empty()
        {
            return b.len();
        }
    }
    0
}

/// Final characters that end a sentence or clause: a line ending in one of
/// them is speech, not a heading or title.
fn ends_like_speech(t: &str) -> bool {
    let end = t.trim_end_matches(['”', '’', '"', '\'', ')', ']', '»']);
    let last = end.chars().last();
    // A trailing dash is speech broken off ("In other words, was there some
    // reason why —").
    matches!(
        last,
        Some('.' | '?' | '!' | '…' | ':' | ';' | ',' | '—' | '–' | '-')
    ) || end.len() < t.len() && last.is_some_and(|c| !c.is_alphanumeric())
}

const INTERJECTIONS: &[&str] = &[
    "thank you",
    "thanks",
    "thank you very much",
    "ok",
    "okay",
    "yes",
    "no",
    "good",
    "right",
    "sure",
    "go ahead",
    "please",
    "hello",
    "hi",
    "good morning",
    "good afternoon",
    "good evening",
    "absolutely",
    "exactly",
    "of course",
    "indeed",
];

fn word_count(t: &str) -> usize {
    t.split_whitespace().count()
}

fn heading_shape(t: &str, max_words: usize) -> bool {
    // Headings are short: at most `max_words` words of some 20 bytes.
    if t.len() > max_words * 20 {
        return false;
    }
    let words = word_count(t);
    let first = t.chars().next();
    (1..=max_words).contains(&words)
        && !ends_like_speech(t)
        && first
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '«'))
        && t.chars().any(char::is_alphabetic)
        && !INTERJECTIONS.contains(&t.to_lowercase().trim_end_matches(['.', '!']))
}

/// A standalone date line: "January 18, 2021", "Wednesday 20 January 2021",
/// "Moscow, January 28, 2021".
fn date_line(t: &str) -> Option<NaiveDate> {
    if t.len() > 320 || t.chars().count() > 80 {
        return None;
    }
    let found = dates::find_dates(t, None);
    let first = found.iter().find_map(|m| m.date.naive().map(|d| (m, d)))?;
    let mut rest = String::new();
    let mut last = 0;
    for m in &found {
        rest.push_str(&t[last..m.range.start]);
        rest.push(' ');
        last = m.range.end;
    }
    rest.push_str(&t[last..]);
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let ok = words.len() <= 5
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            w.chars().next().is_some_and(char::is_uppercase)
                || w.chars().all(|c| c.is_ascii_digit())
                || dates::weekday_named(w).is_some()
                || [
                    "on",
                    "at",
                    "by",
                    "updated",
                    "posted",
                    "published",
                    "am",
                    "pm",
                ]
                .contains(&lower.as_str())
        });
    let _ = first.0;
    ok.then_some(first.1)
}

fn has_first_or_second_person(t: &str) -> bool {
    const WORDS: &[&str] = &[
        "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "me", "my", "mine", "we", "we're",
        "we’re", "we've", "we’ve", "our", "ours", "us", "you", "your", "yours", "let's", "let’s",
    ];
    t.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .any(|w| WORDS.contains(&w.to_lowercase().as_str()))
}

/// An editorial lead: third person, about an event, naming the principal
/// speaker in the possessive ("Sergey Lavrov’s annual press conference") or
/// repeating most of the title.
fn is_lead(t: &str, title: Option<&str>, principal: Option<&str>) -> bool {
    if word_count(t) < 6 || has_first_or_second_person(t) {
        return false;
    }
    const EVENTS: &[&str] = &[
        "press conference",
        "news conference",
        "briefing",
        "interview",
        "talks",
        "meeting",
        "remarks",
        "speech",
        "address",
        "summit",
        "visit",
        "conversation",
        "q&a",
        "session",
        "statement",
        "hearing",
    ];
    let lower = t.to_lowercase();
    let about_event = EVENTS.iter().any(|e| lower.contains(e));
    // "Sergey Lavrov’s annual press conference…"
    let principal_possessive = principal
        .and_then(names::split_titles)
        .and_then(|p| p.name.split_whitespace().last().map(str::to_string))
        .is_some_and(|surname| {
            t.contains(&format!("{surname}’s")) || t.contains(&format!("{surname}'s"))
        });
    let title_overlap = title.is_some_and(|title| {
        let tw = sections::stems(title);
        let pw = sections::stems(t);
        !tw.is_empty() && tw.intersection(&pw).count() * 10 >= tw.len() * 6
    });
    about_event && (principal_possessive || title_overlap)
}

struct Para<'a> {
    text: &'a str,
    range: std::ops::Range<usize>,
    line: usize,
    label: Option<Label>,
}

/// Segments one document.
pub fn segment(doc: &SourceDoc) -> Segmented {
    let text = doc.text.as_str();
    let raw = paragraphs::paragraphs(text, |l| {
        bullet_len(l) > 0 || labels::detect(l, &[]).is_some()
    });
    // First pass: the title and principal speaker, to know single-word labels.
    let mut title: Option<&str> = None;
    for p in raw.iter().take(12) {
        let t = &text[p.range.clone()];
        if date_line(t).is_some() || is_boilerplate(t) || contents_re().is_match(t) {
            continue;
        }
        if heading_shape(t, 40) && labels::detect(t, &[]).is_none() {
            title = Some(t);
        }
        break;
    }
    let principal = title.and_then(names::first_person_in);
    let known: Vec<String> = principal
        .iter()
        .filter_map(|p| names::split_titles(p).map(|n| n.name))
        .collect();
    let paras: Vec<Para<'_>> = raw
        .iter()
        .map(|p| {
            let t = &text[p.range.clone()];
            Para {
                text: t,
                range: p.range.clone(),
                line: p.line,
                label: labels::detect(t, &known),
            }
        })
        .collect();
    let mut seg = Segmenter::new(doc, paras, title, principal).run();
    roles::from_form(&mut seg, text);
    seg
}

struct Segmenter<'a> {
    doc: &'a SourceDoc,
    paras: Vec<Para<'a>>,
    title: Option<&'a str>,
    principal: Option<String>,
    out: Segmented,
    toc: Vec<String>,
    header_dates: Vec<NaiveDate>,
    seen_question: bool,
    seen_speech: bool,
}

impl<'a> Segmenter<'a> {
    fn new(
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
                (Role::Question, None)
            }
            Some(l) if l.kind == LabelKind::Answer => (Role::Answer, self.principal.clone()),
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

    fn run(mut self) -> Segmented {
        let mut in_header = true;
        let mut in_toc = false;
        let mut in_footer = false;
        let mut turn: Option<usize> = None;
        for i in 0..self.paras.len() {
            let t = self.paras[i].text;
            let has_label = self.paras[i].label.is_some();
            if !has_label {
                if contents_re().is_match(t) {
                    in_toc = true;
                    self.push(i, ParaKind::Contents, None);
                    continue;
                }
                if in_toc && bullet_len(t) > 0 {
                    self.toc.push(t[bullet_len(t)..].trim().to_string());
                    self.push(i, ParaKind::Contents, None);
                    continue;
                }
            }
            in_toc = false;
            if in_header && !has_label {
                if is_boilerplate(t) || is_footer(t) {
                    self.push(i, ParaKind::Boilerplate, None);
                    continue;
                }
                if let Some(d) = date_line(t) {
                    self.header_dates.push(d);
                    self.push(i, ParaKind::DateLine, None);
                    continue;
                }
                if self
                    .title
                    .is_some_and(|ti| sections::norm_title(ti) == sections::norm_title(t))
                {
                    self.push(i, ParaKind::Title, None);
                    continue;
                }
                if is_lead(t, self.title, self.principal.as_deref()) {
                    self.push(i, ParaKind::Lead, None);
                    continue;
                }
            }
            in_header = false;
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
            if is_boilerplate(t) || is_stage_direction(t) {
                self.push(i, ParaKind::Boilerplate, None);
                continue;
            }
            if date_line(t).is_some() {
                self.push(i, ParaKind::DateLine, None);
                continue;
            }
            if self.is_heading_candidate(i) {
                let kind = if self.followed_by_speech(i) {
                    ParaKind::Heading
                } else {
                    ParaKind::Boilerplate
                };
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
        // IDF over the speech paragraphs (only needed to place contents
        // items).
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
        let idf: HashMap<String, f64> = df
            .into_iter()
            .map(|(w, d)| (w, ((n + 1.0) / (d as f64 + 1.0)).ln() + 1.0))
            .collect();

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
            let slots: Vec<sections::Slot<'_>> = stretch
                .iter()
                .map(|&i| {
                    let role = paras[i].turn.map(|t| self.out.turns[t].role);
                    let turn_start = paras[i].body.start != paras[i].range.start;
                    sections::Slot {
                        text: &text[paras[i].range.clone()],
                        switch_cost: match role {
                            Some(Role::Question) if turn_start => sections::SWITCH_COST_AT_QUESTION,
                            Some(Role::Statement) | None => sections::SWITCH_COST,
                            _ => f64::INFINITY,
                        },
                    }
                })
                .collect();
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

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(text: &str) -> Segmented {
        segment(&SourceDoc::from_text("2021-02-01_test.txt", text))
    }

    fn kinds(s: &Segmented, text: &str) -> Vec<(String, &'static str)> {
        s.paragraphs
            .iter()
            .map(|p| {
                (
                    text[p.range.clone()].chars().take(20).collect(),
                    p.kind.as_str(),
                )
            })
            .collect()
    }

    #[test]
    fn time_stamps_and_broken_off_speech_are_not_headings() {
        // From the White House briefing of 10 February 2023.
        let text = "James S. Brady Press Briefing Room\n\n2:14 P.M. EST\n\nMS. JEAN-PIERRE: Good afternoon, everybody.\n\nQ    Good afternoon.\n\nMS. JEAN-PIERRE: Hang on a second, I’ll be right there —\n\nOkay. So, from February 20th to the 22nd, President Biden will travel to Poland.\n\nEND 3:02 P.M. EST\n";
        let s = seg(text);
        let k = kinds(&s, text);
        let kind_of = |start: &str| {
            k.iter()
                .find(|(t, _)| t.starts_with(start))
                .map(|(_, kind)| *kind)
        };
        assert_eq!(kind_of("2:14 P.M. EST"), Some("boilerplate"));
        assert_eq!(kind_of("END 3:02"), Some("boilerplate"));
        assert_eq!(kind_of("MS. JEAN-PIERRE: Han"), Some("speech"));
        assert!(s.sections.is_empty(), "{:?}", s.sections);
    }

    #[test]
    fn header_of_a_blog_copy() {
        let text = "Wednesday 20 January 2021\n\nRussian Foreign Minister Sergey Lavrov – annual Q&A press conference in Moscow\n\nRussian Foreign Minister Sergey Lavrov – annual Q&A press conference in Moscow\n\nJanuary 18, 2021\n\n\nRussian Foreign Minister Sergey Lavrov’s annual press conference in Moscow, summing up the results of Russian diplomacy and foreign policy during 2020.\n\nPlease forward the video to time marker 19:40.  Transcript now being loaded up below as it becomes available:\n\nLadies and gentlemen, colleagues,\n\nThis is our traditional news conference.\n\nQuestion: In what direction are relations developing?\n\nSergey Lavrov: Relations are good.\n\nWe have a good tradition.\n\nTo be continued…\n\nRiver to Sea Uprooted Palestinian   \nThe views expressed in this article are the sole responsibility of the author.\n";
        let s = seg(text);
        let k: Vec<&str> = s.paragraphs.iter().map(|p| p.kind.as_str()).collect();
        assert_eq!(
            k,
            [
                "date",
                "title",
                "title",
                "date",
                "lead",
                "boilerplate",
                "speech",
                "speech",
                "speech",
                "speech",
                "speech",
                "boilerplate",
                "boilerplate",
                "boilerplate"
            ],
            "{:?}",
            kinds(&s, text)
        );
        assert_eq!(s.meta.date, NaiveDate::from_ymd_opt(2021, 1, 18));
        assert_eq!(
            s.meta.principal.as_deref(),
            Some("Russian Foreign Minister Sergey Lavrov")
        );
        let roles: Vec<(Option<&str>, Role)> = s
            .turns
            .iter()
            .map(|t| (t.speaker_as_written.as_deref(), t.role))
            .collect();
        assert_eq!(
            roles,
            [
                (
                    Some("Russian Foreign Minister Sergey Lavrov"),
                    Role::Statement
                ),
                (None, Role::Question),
                (Some("Sergey Lavrov"), Role::Answer),
            ]
        );
        // "We have a good tradition." continues Lavrov's answer.
        assert_eq!(s.paragraphs[10].turn, Some(2));
    }

    #[test]
    fn briefing_with_contents_and_headings() {
        let text = "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, January 28, 2021\nTable of contents\n- Foreign Minister Sergey Lavrov’s meeting with Ahmed Maiteeq\n- Foreign Minister Sergey Lavrov’s meeting with Foreign Minister of Sweden Ann Linde\n- E-visas\nOn January 29, Foreign Minister Sergey Lavrov will meet with Ahmed Maiteeq.\nMr Lavrov and Mr Maiteeq will discuss the prospects for Libyan settlement.\nForeign Minister Sergey Lavrov’s meeting with Foreign Minister of Sweden Ann Linde\nOn February 2, Foreign Minister Sergey Lavrov will hold talks with Ann Linde.\nA system for issuing unified electronic visas was launched.\nQuestion: How far has this issue progressed?\nMaria Zakharova: Efforts are ongoing.\n";
        let s = seg(text);
        let k: Vec<&str> = s.paragraphs.iter().map(|p| p.kind.as_str()).collect();
        assert_eq!(
            k,
            [
                "title", "contents", "contents", "contents", "contents", "speech", "speech",
                "heading", "speech", "speech", "speech", "speech"
            ]
        );
        assert_eq!(s.meta.date, NaiveDate::from_ymd_opt(2021, 1, 28));
        let sec: Vec<Option<&str>> = s
            .paragraphs
            .iter()
            .filter(|p| p.kind == ParaKind::Speech)
            .map(|p| p.section.map(|i| s.sections[i].as_str()))
            .collect();
        assert_eq!(
            sec,
            [
                Some("Foreign Minister Sergey Lavrov’s meeting with Ahmed Maiteeq"),
                Some("Foreign Minister Sergey Lavrov’s meeting with Ahmed Maiteeq"),
                Some(
                    "Foreign Minister Sergey Lavrov’s meeting with Foreign Minister of Sweden Ann Linde"
                ),
                Some("E-visas"),
                Some("E-visas"),
                Some("E-visas"),
            ]
        );
        assert_eq!(
            s.turns[0].speaker_as_written.as_deref(),
            Some("Foreign Ministry Spokeswoman Maria Zakharova")
        );
        assert_eq!(s.turns[0].role, Role::Statement);
        assert_eq!(s.turns[1].role, Role::Question);
        assert_eq!(s.turns[2].role, Role::Answer);
    }

    #[test]
    fn date_from_file_name_when_text_has_none() {
        let s = seg("Sergey Lavrov: Good afternoon.\n");
        assert_eq!(s.meta.date, NaiveDate::from_ymd_opt(2021, 2, 1));
        assert_eq!(s.meta.date_source, Some(DateSource::FileName));
        let s = segment(&SourceDoc::from_text(
            "notes.txt",
            "Sergey Lavrov: Good afternoon.\n",
        ));
        assert_eq!(s.meta.date, None);
    }

    #[test]
    fn date_lines() {
        assert_eq!(
            date_line("Moscow, January 28, 2021"),
            NaiveDate::from_ymd_opt(2021, 1, 28)
        );
        assert_eq!(
            date_line("Wednesday 20 January 2021"),
            NaiveDate::from_ymd_opt(2021, 1, 20)
        );
        assert_eq!(
            date_line("On January 29, 2021, the minister will meet his colleague."),
            None
        );
    }
}
