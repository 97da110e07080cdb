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
mod lines;
pub mod paragraphs;
pub mod roles;
pub mod sections;
mod segmenter;
pub mod sentences;

use crate::model::{Segmented, SourceDoc};
use crate::text::names;
use labels::{Label, LabelKind};
use lines::{bullet_len, contents_re, date_line, heading_shape, is_boilerplate};
use segmenter::{Para, Segmenter};
use sentences::is_space;

/// How many labels ending in a period ("Mr. NUNES.") make a document one
/// that uses them.
const MIN_DOTTED_LABELS: usize = 3;

/// How many lines of a name and a time stamp ("John Smith  0:05") make a
/// document one that labels speakers that way.
const MIN_TIMED_LABELS: usize = 2;

/// How many labels set off by a dash ("President. – …") make a document
/// one that uses them.
const MIN_DASHED_LABELS: usize = 3;

/// How many names alone on a line, the speech below ("The Prime Minister
/// (Rishi Sunak)"), make a document one that labels speakers that way.
const MIN_NAME_LINES: usize = 3;

/// A title in capitals that reads like a label ("IMPEACHMENT INQUIRY:
/// WILLIAM B. TAYLOR AND GEORGE KENT"): words after the colon, all in
/// capitals, and no sentence.
fn capitals_heading(t: &str) -> bool {
    t.split_once(':').is_some_and(|(_, rest)| {
        rest.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            >= 2
            && !rest.chars().any(char::is_lowercase)
    })
}

/// Markdown (and plain-text) markup that is no speech: a heading's "#"s
/// and a quotation's ">" are cut from its paragraph ("# Interview with …"
/// is a title, "## Energy" a heading); rules ("---", "=====", and in a
/// `.md` file "***") and a `.md` file's front matter (between "---" lines
/// at the top) are dropped.
fn markdown(text: &str, is_md: bool, raw: Vec<paragraphs::RawPara>) -> Vec<paragraphs::RawPara> {
    let is_rule = |t: &str| {
        if !t.starts_with(['-', '=', '_', '*']) {
            return false;
        }
        let marks: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        marks.len() >= 3
            && (marks.chars().all(|c| c == '-')
                || marks.chars().all(|c| c == '=')
                || marks.chars().all(|c| c == '_')
                || (is_md && marks.chars().all(|c| c == '*')))
    };
    // Front matter: "---", "title: …", "---" opening a Markdown file.
    let front_end = (is_md && raw.first().is_some_and(|p| &text[p.range.clone()] == "---"))
        .then(|| {
            raw.iter()
                .skip(1)
                .position(|p| &text[p.range.clone()] == "---")
        })
        .flatten()
        .map_or(0, |k| k + 2);
    raw.into_iter()
        .skip(front_end)
        .filter(|p| !is_rule(&text[p.range.clone()]))
        .map(|mut p| {
            let t = &text[p.range.clone()];
            let hashes = t.len() - t.trim_start_matches('#').len();
            let cut = if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
                hashes
            } else if is_md && t.starts_with('>') {
                1
            } else {
                0
            };
            // "## Energy ##": closing hashes too.
            let body = t[cut..]
                .trim_start_matches(is_space)
                .trim_end_matches('#')
                .trim_end_matches(is_space);
            if cut > 0 && !body.is_empty() {
                let start = p.range.start + (t.len() - t[cut..].trim_start_matches(is_space).len());
                p.range = start..start + body.len();
            }
            p
        })
        .collect()
}

/// An editorial line in square brackets ("[From the U.S. Government
/// Publishing Office]"): never the title.
fn editorial_note(t: &str) -> bool {
    t.starts_with('[') && t.ends_with(']')
}

/// Segments one document.
pub fn segment(doc: &SourceDoc) -> Segmented {
    let text = doc.text.as_str();
    // Labels that end in a period ("Mr. NUNES.") count only in a document
    // that has several: one sentence that opens that way is prose.
    let dotted = paragraphs::lines(text)
        .into_iter()
        .map(|r| text[r].trim_start_matches(is_space))
        .filter(|l| l.starts_with(char::is_uppercase) && labels::detect_dotted(l).is_some())
        .take(MIN_DOTTED_LABELS)
        .count()
        >= MIN_DOTTED_LABELS;
    // So do a name and a time stamp alone on a line ("John Smith  0:05").
    let timed = paragraphs::lines(text)
        .into_iter()
        .map(|r| text[r].trim_matches(is_space))
        .filter(|l| {
            l.ends_with(|c: char| c.is_ascii_digit())
                && labels::detect_name_and_time(l, &[]).is_some()
        })
        .take(MIN_TIMED_LABELS)
        .count()
        >= MIN_TIMED_LABELS;
    // And a name alone on a line, the speech below it ("The Prime Minister
    // (Rishi Sunak)").
    let name_lines = name_lines(text);
    // And labels set off by a dash ("President. – The next item is …").
    let dashed = dashed_labels(text);
    let detect = |t: &str, known: &[String]| {
        labels::detect(t, known)
            .or_else(|| dotted.then(|| labels::detect_dotted(t)).flatten())
            .or_else(|| {
                timed
                    .then(|| labels::detect_name_and_time(t, known))
                    .flatten()
            })
            .or_else(|| {
                name_lines
                    .then(|| labels::detect_name_line(t, known))
                    .flatten()
            })
            .or_else(|| dashed.then(|| labels::detect_dashed(t, known)).flatten())
    };
    let raw = markdown(
        text,
        doc.path.ends_with(".md"),
        paragraphs::paragraphs(text, |l| {
            bullet_len(l) > 0 || detect(l, &[]).is_some() || l.starts_with('#')
        }),
    );
    // First pass: the title and principal speaker, to know single-word labels.
    let title = title_of(text, &raw, &detect);
    let principal = title.and_then(names::first_person_in).or_else(|| {
        // "… a near-verbatim transcript of today's noon briefing by
        // Stéphane Dujarric, Spokesman for the Secretary-General.": a
        // header paragraph before the first label that says whose words
        // follow, when the title names no one.
        raw.iter()
            .take(12)
            .map(|p| &text[p.range.clone()])
            .take_while(|t| detect(t, &[]).is_none())
            .find_map(lines::speaker_of_lead)
    });
    let known: Vec<String> = principal
        .iter()
        .filter_map(|p| names::split_titles(p).map(|n| n.name))
        .collect();
    let paras = labelled(text, &raw, title, |t| detect(t, &known));
    let mut seg = Segmenter::new(doc, paras, title, principal).run();
    roles::from_form(&mut seg, text);
    seg
}

/// Whether the document labels speakers with a dash
/// ([`labels::detect_dashed`]): at least [`MIN_DASHED_LABELS`] such
/// paragraphs, or two when every one is in capitals ("HOST — …",
/// "MINISTER KARLSSON — …").
fn dashed_labels(text: &str) -> bool {
    let (mut count, mut capitals) = (0, true);
    for r in paragraphs::lines(text) {
        let l = text[r].trim_start_matches(is_space);
        if !l.starts_with(char::is_uppercase) {
            continue;
        }
        if let Some(label) = labels::detect_dashed(l, &[]) {
            count += 1;
            capitals &= !label.text.chars().any(char::is_lowercase);
            if count >= MIN_DASHED_LABELS {
                return true;
            }
        }
    }
    count == 2 && capitals
}

/// Whether the document labels speakers by a name alone on a line, the
/// speech on the lines below ([`labels::detect_name_line`]): at least
/// [`MIN_NAME_LINES`] such lines, each followed by a line that is not one,
/// and one speaker named twice (turns come back; headings seldom do).
fn name_lines(text: &str) -> bool {
    let lines: Vec<&str> = paragraphs::lines(text)
        .into_iter()
        .map(|r| text[r].trim_matches(is_space))
        .filter(|l| !l.is_empty())
        .collect();
    let name = |l: &str| {
        (l.len() <= 100 && l.starts_with(char::is_uppercase) && !l.contains(':'))
            .then(|| labels::detect_name_line(l, &[]))
            .flatten()
            // (the words before any parenthesis: "The Prime Minister
            // (Rishi Sunak)" and "The Prime Minister" are one speaker)
            .map(|_| l.split('(').next().unwrap_or(l).trim().to_lowercase())
    };
    let mut seen = std::collections::HashSet::new();
    let (mut count, mut repeated) = (0, false);
    for (i, l) in lines.iter().enumerate() {
        if let Some(who) = name(l)
            && lines.get(i + 1).is_some_and(|n| name(n).is_none())
        {
            count += 1;
            repeated |= !seen.insert(who);
            if count >= MIN_NAME_LINES && repeated {
                return true;
            }
        }
    }
    false
}

/// The title: the first paragraph among the first twelve that is not a
/// date, boilerplate, contents or an editorial note, if it has a heading's
/// shape and is no label (a heading in capitals may look like one).
fn title_of<'t>(
    text: &'t str,
    raw: &[paragraphs::RawPara],
    detect: &impl Fn(&str, &[String]) -> Option<Label>,
) -> Option<&'t str> {
    for p in raw.iter().take(12) {
        let t = &text[p.range.clone()];
        if date_line(t).is_some()
            || is_boilerplate(t)
            || contents_re().is_match(t)
            || editorial_note(t)
        {
            continue;
        }
        return (heading_shape(t, 40) && (detect(t, &[]).is_none() || capitals_heading(t)))
            .then_some(t);
    }
    None
}

/// The paragraphs with their labels (`detect`): none on the title or on a
/// heading in capitals before anyone speaks ("IMPEACHMENT INQUIRY: WILLIAM
/// B. TAYLOR …"); "A." answers only once a question was labelled ("Q. …
/// A. …").
fn labelled<'t>(
    text: &'t str,
    raw: &[paragraphs::RawPara],
    title: Option<&str>,
    detect: impl Fn(&str) -> Option<Label>,
) -> Vec<Para<'t>> {
    let mut asked = false;
    let mut labelled = false;
    raw.iter()
        .map(|p| {
            let t = &text[p.range.clone()];
            let heading = !asked && !labelled && capitals_heading(t) && heading_shape(t, 40);
            let is_title = title.is_some_and(|ti| std::ptr::eq(ti, t));
            let label = (!is_title && !heading)
                .then(|| detect(t))
                .flatten()
                .or_else(|| asked.then(|| labels::detect_answer_dot(t)).flatten());
            asked |= label
                .as_ref()
                .is_some_and(|l| l.kind == LabelKind::Question);
            labelled |= label.is_some();
            Para {
                text: t,
                range: p.range.clone(),
                line: p.line,
                label,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DateSource, ParaKind, Role};
    use chrono::NaiveDate;

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
    fn labels_set_off_by_a_dash_count_in_a_document_with_several() {
        let ep = "President. – The next item is the debate.\n\nUrsula von der Leyen, President of the Commission. – Madam President.\n\nPresident. – The debate is closed.\n";
        assert!(dashed_labels(ep));
        let interview = "HOST — Good morning, Minister.\n\nMINISTER KARLSSON — Yes.\n";
        assert!(dashed_labels(interview));
        // two in lower case are prose as likely as labels
        let prose = "Ukraine — A country at war.\n\nPoland — A neighbour.\n";
        assert!(!dashed_labels(prose));
    }

    #[test]
    fn names_alone_on_lines_label_only_when_someone_speaks_twice() {
        // Hansard as its web pages print it.
        let hansard = "The Prime Minister (Rishi Sunak)\nThis morning I had meetings.\n\nKeir Starmer (Holborn and St Pancras) (Lab)\nDoes he still believe that?\n\nThe Prime Minister\nYes.\n";
        assert!(name_lines(hansard));
        // Section headings of a briefing: no one comes back.
        let headings = "Ukraine\nThe talks continue.\n\nSyria\nAid is arriving.\n\nMiddle East\nWe call for restraint.\n";
        assert!(!name_lines(headings));
        // A list of names (a contents or attendance list) is no speech.
        let list = "John Smith\nMary Jones\nJohn Smith\nMary Jones\n";
        assert!(!name_lines(list));
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
    fn a_date_line_after_a_subtitle_dates_the_document() {
        // Hansard's Prime Minister's Questions of 12 January 2022: the
        // House's name, a heading, comes between the title and the date.
        let s = segment(&SourceDoc::from_text(
            "pmqs.txt",
            "Prime Minister's Questions\n\nHouse of Commons\n\nWednesday 12 January 2022\n\n\
             The Prime Minister (Boris Johnson): Mr Speaker, I want to apologise.\n",
        ));
        assert_eq!(s.meta.date, NaiveDate::from_ymd_opt(2022, 1, 12));
        // A date line once someone has spoken is no date of the document.
        let s = segment(&SourceDoc::from_text(
            "pmqs.txt",
            "Prime Minister's Questions\n\nThe Prime Minister (Boris Johnson): Mr Speaker, I want to apologise.\n\n\
             Wednesday 20 May 2020\n\nThe Prime Minister: Thank you.\n",
        ));
        assert_eq!(s.meta.date, None);
    }
}
