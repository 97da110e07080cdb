//! Speaker labels: the "Name:" that starts a turn.
//!
//! Supported conventions: "Sergey Lavrov:", "Foreign Minister Sergey
//! Lavrov:", "Question:", "Question (retranslated from Spanish):", "Q:", a
//! bare "Q" followed by several spaces or a tab (White House transcripts),
//! "A:", "MR PRICE:", "MS. PSAKI:", "THE PRESIDENT:", "MODERATOR:",
//! surname-only labels in capitals ("LAVROV:"), names with a middle initial
//! ("Donald J Trump:"), an optional parenthesis ("Sergey Lavrov (speaking
//! English):"). Labels may be followed by ordinary or non-breaking spaces.
//!
//! A sentence that merely ends in a colon ("Here are just a few examples of
//! what Russian journalists came across:", "Swedish Foreign Minister Ann
//! Linde wrote: “…”") is not a label: every word of a label must be a name
//! word, a title, or a capitalised connector.

use std::sync::OnceLock;

use regex::Regex;

use super::sentences::is_space;
use crate::text::chars::is_name_char;
use crate::text::names;

/// What kind of turn a label starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelKind {
    /// A journalist's question ("Question:", "Q:").
    Question,
    /// An answer by the principal speaker ("A:", "Answer:").
    Answer,
    /// A named speaker or a role ("Sergey Lavrov:", "THE PRESIDENT:").
    Named,
}

/// A speaker label at the start of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// The label as written, without the colon ("Question (retranslated
    /// from Spanish)", "MS. PSAKI").
    pub text: String,
    /// The speaker part, without any parenthesis ("MS. PSAKI"); empty for
    /// questions and answers.
    pub speaker: String,
    /// What kind of turn it starts.
    pub kind: LabelKind,
    /// Byte length of the label, its colon and the white space after it:
    /// the paragraph's content starts there.
    pub len: usize,
}

/// Words that start a "Word:" line without being a speaker.
const NOT_SPEAKERS: &[&str] = &[
    "note",
    "notes",
    "update",
    "updated",
    "source",
    "sources",
    "editor",
    "editor's",
    "editor’s",
    "photo",
    "photos",
    "video",
    "audio",
    "tags",
    "tag",
    "related",
    "read",
    "subject",
    "date",
    "time",
    "location",
    "venue",
    "place",
    "transcript",
    "contents",
    "summary",
    "warning",
    "disclaimer",
    "correction",
    "caption",
    "example",
    "examples",
    "here",
    "there",
    "this",
    "that",
    "these",
    "those",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "thus",
    "therefore",
    "however",
    "first",
    "second",
    "third",
    "finally",
    "also",
    "topic",
    "topics",
    "agenda",
    "attention",
    "please",
    "important",
    "conclusion",
    "result",
    "results",
    "reason",
    "problem",
    "quote",
    "translation",
    "ps",
    "p.s",
    "nb",
    "re",
    "fw",
    "fwd",
    "yes",
    "no",
    "now",
    "main",
    "key",
    "points",
    "facts",
    "background",
    "details",
    "highlights",
    "introduction",
    "table",
    "part",
    "chapter",
    "section",
    "annex",
    "appendix",
    "statement",
    "comment",
    "comments",
    "reference",
    "link",
    "links",
    "full",
    "text",
    "official",
    "excerpt",
    "excerpts",
    "remarks",
    "opening",
    "closing",
    "more",
    "see",
    "category",
    "categories",
    "posted",
    "filed",
    "share",
    "print",
    "email",
    "tel",
    "phone",
    "fax",
    "address",
    "website",
    "url",
    "news",
    "breaking",
    "live",
    "watch",
    "listen",
    "download",
    "update",
    "lesson",
    "lessons",
    "step",
    "steps",
    "total",
    "price",
    "cost",
    "status",
    "type",
    "format",
    "version",
    "author",
    "by",
];

/// Role words that may form a single-word label ("MODERATOR:",
/// "Interpreter:").
const ROLE_LABELS: &[&str] = &[
    "moderator",
    "interpreter",
    "chairman",
    "chairwoman",
    "chair",
    "chairperson",
    "host",
    "presenter",
    "anchor",
    "narrator",
    "announcer",
    "spokesperson",
    "spokeswoman",
    "spokesman",
    "president",
    "minister",
    "secretary",
    "speaker",
    "participant",
    "journalist",
    "reporter",
    "correspondent",
    "audience",
    "ambassador",
    "commissioner",
    "director",
    "governor",
    "senator",
    // Courts and depositions ("THE COURT:", "THE WITNESS:").
    "court",
    "witness",
    "clerk",
    "bailiff",
    "defendant",
    "plaintiff",
    "juror",
    "counsel",
    "prosecutor",
    "judge",
    "deponent",
    "examiner",
    "interviewer",
    "interviewee",
];

/// Lower-case connectors allowed inside a label that has a role word
/// ("Minister of Foreign Affairs of Jordan Ayman Safadi:").
const CONNECTORS: &[&str] = &["of", "for", "the", "and", "on", "to"];

fn question_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?xi)^(
                (?:question|questions|q|journalist|reporter|correspondent|audience\ member|audience|participant|member\ of\ the\ audience)
                (?:\ (?:from|by)\ [^:.?!]{1,60})?
                (?:\s*\([^)\n]{0,80}\))?
            )\s*:",
        )
        .expect("valid regex")
    })
}

fn answer_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i)^(a|answer)\s*:").expect("valid regex"))
}

fn named_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^([^\s:(][^:\n()]{0,80}?)\s*((?:\s*\([^)\n]{0,80}\)){0,3})\s*:")
            .expect("valid regex")
    })
}

/// The length of the white space (including non-breaking) at the start of `s`.
fn space_len(s: &str) -> usize {
    s.chars()
        .take_while(|&c| is_space(c))
        .map(char::len_utf8)
        .sum()
}

/// Detects a speaker label at the start of a paragraph.
///
/// `known` lists names already known in the document (the principal
/// speaker's name words): a single capitalised word such as "Lavrov:" is a
/// label only when it is known, a role, or written in capitals.
pub fn detect(par: &str, known: &[String]) -> Option<Label> {
    emphasised(par, known)
        .or_else(|| numbered_question(par, known))
        .or_else(|| plain(par, known))
}

/// A label in Markdown emphasis: "**Olaf Scholz:** …", "**Scholz**: …",
/// "*Q:* …", "__Interviewer:__ …".
fn emphasised(par: &str, known: &[String]) -> Option<Label> {
    let mark = par.len() - par.trim_start_matches(['*', '_']).len();
    if mark == 0 || mark > 3 {
        return None;
    }
    let (open, rest) = par.split_at(mark);
    let close = rest.get(..120.min(rest.len())).unwrap_or(rest).find(open)?;
    let inner = &rest[..close];
    let after = &rest[close + mark..];
    // The colon inside ("**Name:**") or right after ("**Name**:").
    let (phrase, colon_after) = match after.strip_prefix(':') {
        Some(_) if !inner.ends_with(':') => (format!("{inner}:"), 1),
        _ => (inner.to_string(), 0),
    };
    let label = plain(&phrase, known)?;
    // The label must be all of the emphasised words.
    if label.len < phrase.trim_end().len() {
        return None;
    }
    let end = mark + close + mark + colon_after;
    if !followed_by_space_or_end(par, end) {
        return None;
    }
    Some(Label {
        len: end + space_len(&par[end..]),
        ..label
    })
}

/// "Q12 Chair: …", "Q13 Chris Bryant: …": a UK select committee's numbered
/// question, asked by the member the label names.
fn numbered_question(par: &str, known: &[String]) -> Option<Label> {
    let digits = par
        .strip_prefix('Q')?
        .chars()
        .take_while(char::is_ascii_digit)
        .count();
    let sp = space_len(&par[1 + digits..]);
    if digits == 0 || sp == 0 {
        return None;
    }
    let skip = 1 + digits + sp;
    let label = plain(&par[skip..], known).filter(|l| l.kind == LabelKind::Named)?;
    Some(Label {
        text: format!("{} {}", &par[..1 + digits], label.text),
        kind: LabelKind::Question,
        len: skip + label.len,
        ..label
    })
}

/// [`detect`] on a label without emphasis.
fn plain(par: &str, known: &[String]) -> Option<Label> {
    // "[00:00:05] SPEAKER 1: …": a time stamp before the label; ">>
    // ANCHOR: …": closed captions' mark of a new speaker.
    let marks = par.strip_prefix(">>").map_or(0, |r| 2 + space_len(r));
    let skip = marks + timestamp_len(&par[marks..]);
    let mut label = detect_at(&par[skip..], known)?;
    // "Chris Wallace: (01:20)": one after it, as Rev.com writes them.
    label.len += skip + timestamp_len(&par[skip + label.len..]);
    Some(label)
}

/// The byte length of a time stamp at the start of `s` ("(01:20)",
/// "[00:00:05]", "00:12:05.250") and the white space after it; 0 if none.
pub fn timestamp_len(s: &str) -> usize {
    if !s.starts_with(|c: char| c == '(' || c == '[' || c.is_ascii_digit()) {
        return 0;
    }
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^(?:\(\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?\)|\[\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?\]|\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?)")
            .expect("valid regex")
    });
    match re.find(s) {
        Some(m) if followed_by_space_or_end(s, m.end()) => m.end() + space_len(&s[m.end()..]),
        _ => 0,
    }
}

/// "John Smith  0:05" alone on its line, the speech on the next (Otter.ai
/// and other recorders): the name before a time stamp. A heading can look
/// the same ("Press Briefing 14:00"), so [`super::segment`] accepts these
/// only in a document that has several.
pub fn detect_name_and_time(par: &str, known: &[String]) -> Option<Label> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^(\S[^:\n]{0,60}?)\s+\d{1,2}:\d{2}(?::\d{2})?$").expect("valid regex")
    });
    let c = re.captures(par)?;
    let name = c[1].trim();
    is_speaker_phrase(name, known).then(|| Label {
        text: name.to_string(),
        speaker: name.to_string(),
        kind: LabelKind::Named,
        len: par.len(),
    })
}

/// A label set off by a dash instead of a colon: the European
/// Parliament's verbatim reports ("President. – The next item is …",
/// "Ursula von der Leyen, President of the Commission. – Madam President,
/// …", "Manfred Weber, on behalf of the PPE Group. – …") and some
/// interviews ("HOST — Good morning."). The speaker is the part before any
/// comma, read as "Name:" would be. Prose can open that way ("Ukraine —
/// a country at war"), so [`super::segment`] accepts these only in a
/// document that has several.
pub fn detect_dashed(par: &str, known: &[String]) -> Option<Label> {
    let mut end = par.len().min(MAX_DASHED_LABEL);
    while !par.is_char_boundary(end) {
        end -= 1;
    }
    let head = &par[..end];
    let (phrase, dash) = head.char_indices().find_map(|(i, c)| {
        (matches!(c, '–' | '—')
            && head[..i].ends_with(' ')
            && head[i + c.len_utf8()..].starts_with(' '))
        .then_some((&head[..i], i + c.len_utf8()))
    })?;
    let phrase = phrase.trim_end();
    let phrase = phrase.strip_suffix('.').unwrap_or(phrase);
    let speaker = phrase.split(',').next().unwrap_or(phrase).trim_end();
    if speaker.is_empty() || speaker.contains([':', '(', ')']) {
        return None;
    }
    let label = detect(&format!("{speaker}:"), known)?;
    let rest = &par[dash..];
    let opens = rest
        .trim_start_matches(is_space)
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'([".contains(c));
    (label.kind == LabelKind::Named && label.len == speaker.len() + 1 && opens).then(|| Label {
        text: phrase.to_string(),
        len: dash + space_len(rest),
        ..label
    })
}

/// The farthest a dash may stand from the start of a paragraph and end a
/// label ([`detect_dashed`]), in bytes.
const MAX_DASHED_LABEL: usize = 160;

/// A name alone on the paragraph's first line, the speech below it
/// (Hansard's "The Prime Minister (Rishi Sunak)" and "Keir Starmer
/// (Holborn and St Pancras) (Lab)", a web page's "JOE BIDEN"): a label
/// without its colon, read as "Name:" would be. A heading can look the
/// same ("Ukraine"), so [`super::segment`] accepts these only in a
/// document that has several and names someone twice that way.
pub fn detect_name_line(par: &str, known: &[String]) -> Option<Label> {
    let line = par.split('\n').next().unwrap_or(par);
    let name = line.trim_end_matches(is_space);
    if name.is_empty()
        || name.len() > MAX_NAME_LINE
        || name.contains(':')
        || name.ends_with(['.', '?', '!', ',', ';', '—', '-'])
        || name.starts_with(is_space)
    {
        return None;
    }
    let label = detect(&format!("{name}:"), known)?;
    (label.kind == LabelKind::Named && label.len == name.len() + 1).then(|| Label {
        len: line.len() + space_len(&par[line.len()..]),
        ..label
    })
}

/// Longest line read as a name alone ([`detect_name_line`]), in bytes.
const MAX_NAME_LINE: usize = 100;

/// White House style: "Q    Mr. President, ..." or "Q\tWhy…"; also "Q. …".
fn bare_q(par: &str) -> Option<Label> {
    let rest = par.strip_prefix('Q')?;
    let sp = space_len(rest);
    // "Q Only one each?": one plain space is enough when a sentence
    // starts after it (a capital, a digit, a quotation mark, a dash)
    let sentence = rest
        .strip_prefix(' ')
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'—–-…([".contains(c));
    let wide = rest.starts_with('\t')
        || rest.starts_with('\u{a0}')
        || rest.starts_with("  ")
        || sentence
        || (rest.starts_with(". ") && sp == 0);
    if !wide || rest.trim_start_matches(is_space).is_empty() {
        return None;
    }
    let dot = usize::from(rest.starts_with('.'));
    Some(Label {
        text: "Q".into(),
        speaker: String::new(),
        kind: LabelKind::Question,
        len: 1 + dot + space_len(&rest[dot..]),
    })
}

/// [`detect`] on a paragraph without a time stamp before the label.
fn detect_at(par: &str, known: &[String]) -> Option<Label> {
    if let Some(q) = bare_q(par) {
        return Some(q);
    }
    if let Some(c) = question_re().captures(par) {
        let end = c.get(0).expect("match").end();
        if followed_by_space_or_end(par, end) {
            return Some(Label {
                text: c[1].trim().to_string(),
                speaker: String::new(),
                kind: LabelKind::Question,
                len: end + space_len(&par[end..]),
            });
        }
    }
    if let Some(c) = answer_re().captures(par) {
        let end = c.get(0).expect("match").end();
        if followed_by_space_or_end(par, end) {
            return Some(Label {
                text: c[1].to_string(),
                speaker: String::new(),
                kind: LabelKind::Answer,
                len: end + space_len(&par[end..]),
            });
        }
    }
    let c = named_re().captures(par)?;
    let end = c.get(0).expect("match").end();
    if !followed_by_space_or_end(par, end) {
        return None;
    }
    let written = c[1].trim();
    let speaker = if is_speaker_phrase(written, known) {
        written
    } else {
        described_speaker(written, known)?
    };
    let groups = c.get(2).map_or("", |g| g.as_str().trim());
    let text = if groups.is_empty() {
        written.to_string()
    } else {
        format!("{written} {groups}")
    };
    let speaker = match office_holder(speaker, groups, known) {
        Some(h) => format!("{speaker} {h}"),
        None if speaker
            .split_whitespace()
            .any(|w| glued_initials(w).is_some()) =>
        {
            speaker
                .split_whitespace()
                .map(|w| glued_initials(w).unwrap_or_else(|| w.to_string()))
                .collect::<Vec<_>>()
                .join(" ")
        }
        // "THE COURT": the role, as "The Court".
        None if is_the_role(speaker) => speaker
            .split_whitespace()
            .map(names::title_case)
            .collect::<Vec<_>>()
            .join(" "),
        None => speaker.to_string(),
    };
    Some(Label {
        text,
        speaker,
        kind: LabelKind::Named,
        len: end + space_len(&par[end..]),
    })
}

/// "The Prime Minister (Boris Johnson):": a role and, in brackets, who
/// holds it (Hansard); "Sir Keir Starmer (Holborn and St Pancras) (Lab):"
/// has a name already. `groups` are the brackets after `speaker`.
fn office_holder<'a>(speaker: &str, groups: &'a str, known: &[String]) -> Option<&'a str> {
    groups
        .strip_prefix('(')
        .and_then(|g| g.split(')').next())
        .map(str::trim)
        .filter(|h| {
            h.split_whitespace().count() >= 2
                && is_speaker_phrase(h, known)
                && names::split_titles(speaker).is_some_and(|p| p.name.is_empty())
        })
}

/// Role words that may follow "The" in a label that ends in a period
/// ("The CHAIRMAN.", "The PRESIDING OFFICER.", "The President.").
const DOTTED_ROLES: &[&str] = &[
    "chairman",
    "chairwoman",
    "chair",
    "chairperson",
    "acting",
    "vice",
    "president",
    "speaker",
    "presiding",
    "officer",
    "clerk",
    "witness",
    "court",
    "moderator",
    "secretary",
];

/// Detects a speaker label that ends in a period, as the Government
/// Publishing Office prints hearings and presidential documents: "Mr.
/// NUNES. Thank you.", "The CHAIRMAN. The committee will come to order.",
/// "Chairman Schiff. …", "Ms. JACKSON LEE. …", "The President. …".
///
/// A title ("Mr.", "Chairman", "Ambassador") and one to three name words,
/// or "The" and role words, then a period and speech that starts with a
/// capital. Ordinary prose can start that way too ("Dr. Fauci. …" is
/// rare, but possible), so [`super::segment`] accepts these labels only in
/// a document that has several of them.
pub fn detect_dotted(par: &str) -> Option<Label> {
    let mut end = None;
    let mut words = 0;
    for (start, tok) in word_spans(par) {
        words += 1;
        if words > 5 {
            break;
        }
        let Some(bare) = tok.strip_suffix('.') else {
            continue;
        };
        // "Mr." and initials are abbreviations, not the label's end.
        if words == 1 || names::is_honorific(bare) || bare.chars().count() == 1 {
            if words > 1 && bare.chars().count() == 1 {
                return None;
            }
            continue;
        }
        end = Some(start + tok.len());
        break;
    }
    let end = end?;
    let phrase = &par[..end - 1];
    let rest = par[end..].trim_start_matches(is_space);
    let opens = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'—–([".contains(c));
    if rest.len() == par.len() - end || !opens {
        return None;
    }
    let toks: Vec<&str> = phrase.split_whitespace().collect();
    let capital = |t: &str| {
        t.chars().next().is_some_and(char::is_uppercase)
            && t.chars().all(|c| is_name_char(c) || c == '.')
    };
    if !toks.iter().all(|t| capital(t)) {
        return None;
    }
    let ok = if toks[0] == "The" || toks[0] == "THE" {
        toks[1..]
            .iter()
            .all(|t| DOTTED_ROLES.contains(&t.to_lowercase().as_str()))
    } else {
        let titles = toks
            .iter()
            .take_while(|t| {
                let w = t.to_lowercase();
                let w = w.trim_end_matches('.');
                (names::is_honorific(t) && !matches!(w, "the" | "his" | "her"))
                    || names::is_role_word(t)
                    || matches!(w, "ranking" | "member" | "vice")
            })
            .count();
        let name = &toks[titles..];
        titles >= 1
            && (1..=3).contains(&name.len())
            && name.iter().all(|t| {
                let bare = t.trim_end_matches('.');
                bare.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !names::is_role_word(bare)
                    && !names::is_honorific(bare)
                    && !names::is_org_word(bare)
            })
    };
    // "Mr. NUNES" is printed in small capitals: the speaker is "Mr. Nunes".
    let speaker = toks
        .iter()
        .map(|t| names::title_case(t))
        .collect::<Vec<_>>()
        .join(" ");
    ok.then(|| Label {
        text: phrase.to_string(),
        speaker,
        kind: LabelKind::Named,
        len: par.len() - rest.len(),
    })
}

/// The words of `s` (split at white space) with their byte offsets.
fn word_spans(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split(is_space)
        .scan(0usize, |pos, w| {
            let start = *pos;
            *pos += w.len()
                + s[start + w.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// "A." opening an answer in a court or deposition transcript ("A. I
/// observed …"); [`super::segment`] accepts it only after a question label,
/// since an outline item starts the same way ("A. Introduction").
pub fn detect_answer_dot(par: &str) -> Option<Label> {
    let rest = par.strip_prefix("A.")?;
    let sp = space_len(rest);
    let opens = rest[sp..]
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'—–([".contains(c));
    (sp > 0 && opens).then(|| Label {
        text: "A".into(),
        speaker: String::new(),
        kind: LabelKind::Answer,
        len: 2 + sp,
    })
}

/// The witness a court or deposition transcript swears in: "MARTIN
/// TOBIN, having been first duly sworn, testified as follows:", "DIRECT
/// EXAMINATION OF DR. MARTIN TOBIN".
pub fn witness(par: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"^(?:(?:(?i:direct|cross|redirect|recross)[- ](?i:examination)\s+(?i:of)\s+((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+)\s*:?\s*$)|(?:((?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+),\s+(?:having\s+been|being)\s+(?:first\s+)?(?:duly\s+)?sworn))",
        )
        .expect("valid regex")
    });
    let c = re.captures(par)?;
    c.get(1)
        .or_else(|| c.get(2))
        .map(|m| m.as_str().to_string())
}

/// "BY MR. BLACKWELL:", "DIRECT EXAMINATION BY MR. SMITH:",
/// "CROSS-EXAMINATION (continued) BY MS. JONES:": the lawyer who examines
/// the witness from here on, in a court or deposition transcript (the
/// questions' speaker).
pub fn examiner(par: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^(?i:(?:[a-z]+[-\s]+){0,2}examination\s+(?:\(continued\)\s+)?)?(?i:by)\s+((?i:mr|mrs|ms|miss|dr)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*:?\s*$")
            .expect("valid regex")
    });
    re.captures(par).map(|c| c[1].to_string())
}

/// "JAKE TAPPER, CNN ANCHOR", "DR. ANTHONY FAUCI, DIRECTOR, NIAID": a
/// speaker and, after a comma, what they are, as news transcripts write
/// a label the first time. Returns the speaker part. What follows the
/// comma is capitalised words (no sentence: "Sergey Lavrov, answering a
/// question" is none), and a place is no speaker ("WASHINGTON, D.C.").
fn described_speaker<'a>(written: &'a str, known: &[String]) -> Option<&'a str> {
    let (head, tail) = written.split_once(',')?;
    let head = head.trim();
    let words: Vec<&str> = tail.split([',', ' ']).filter(|w| !w.is_empty()).collect();
    let description = !words.is_empty()
        && words.len() <= 10
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(is_name_char)
                || CONNECTORS.contains(w)
        });
    // A lone word before the comma needs a role after it ("TAPPER, CNN
    // ANCHOR"), not just capitals ("NO, SIR" in a transcript in capitals).
    let lone = !head.contains(' ');
    let role_after = words.iter().any(|w| names::is_role_word(w));
    (description
        && (!lone || role_after)
        && is_speaker_phrase(head, known)
        && !names::is_place_or_org(&names::title_case(head)))
    .then_some(head)
}

/// "V.Putin", "S.V.Lavrov": initials written against the surname, as the
/// Kremlin's and Russian ministries' transcripts label speakers; returns
/// them spaced ("V. Putin").
fn glued_initials(word: &str) -> Option<String> {
    let mut rest = word;
    let mut out = String::new();
    while let Some(c) = rest.chars().next().filter(|c| c.is_uppercase()) {
        let after = &rest[c.len_utf8()..];
        let Some(next) = after.strip_prefix('.') else {
            break;
        };
        out.push(c);
        out.push_str(". ");
        rest = next;
    }
    let surname = rest.chars().count() >= 2
        && rest.chars().next().is_some_and(char::is_uppercase)
        && rest.chars().skip(1).any(char::is_lowercase)
        && rest.chars().all(is_name_char);
    (!out.is_empty() && surname).then(|| out + rest)
}

/// Whether the gazetteer knows `word` as an organisation ("Bloomberg"),
/// not a country or place.
fn is_organisation(word: &str) -> bool {
    use crate::text::gazetteer::{EntityKind, Gazetteer};
    Gazetteer::builtin()
        .lookup(word)
        .is_some_and(|e| e.kind == EntityKind::Organisation)
}

/// "THE COURT", "The Witness": "the" and a role on its own.
fn is_the_role(phrase: &str) -> bool {
    let toks: Vec<&str> = phrase.split_whitespace().collect();
    toks.len() == 2
        && toks[0].eq_ignore_ascii_case("the")
        && ROLE_LABELS.contains(&toks[1].to_lowercase().as_str())
}

fn followed_by_space_or_end(s: &str, end: usize) -> bool {
    s[end..].chars().next().is_none_or(is_space)
}

/// "Speaker 1", "SPEAKER 2", "Caller 3": a numbered role, as speech
/// recognition and call-in shows label people they cannot name. `None`
/// when the phrase does not end in a number.
fn numbered_role(toks: &[&str]) -> Option<bool> {
    let [head @ .., last] = toks else {
        return None;
    };
    if head.is_empty() || last.len() > 3 || !last.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let role = head.last().map(|w| w.to_lowercase()).unwrap_or_default();
    Some(
        (ROLE_LABELS.contains(&role.as_str()) || matches!(role.as_str(), "caller" | "voice"))
            && head
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase)),
    )
}

fn is_speaker_phrase(phrase: &str, known: &[String]) -> bool {
    let toks: Vec<&str> = phrase.split_whitespace().collect();
    if toks.is_empty() || toks.len() > 12 {
        return false;
    }
    let first_lower = toks[0].to_lowercase();
    if NOT_SPEAKERS.contains(&first_lower.trim_end_matches('.')) {
        return false;
    }
    if let Some(numbered) = numbered_role(&toks) {
        return numbered;
    }
    let has_role = toks.iter().any(|t| names::is_role_word(t));
    for (i, t) in toks.iter().enumerate() {
        let bare = names::strip_possessive(t);
        let first = bare.chars().next().unwrap_or(' ');
        let ok_word = glued_initials(bare).is_some()
            || first.is_uppercase()
            && bare.chars().any(char::is_alphabetic)
            && bare
                .chars()
                .all(is_name_char)
            // A dot only ends a short abbreviation or initial ("MS.", "J.").
            && (!bare.contains('.') || (bare.ends_with('.') && bare.len() <= 4));
        let ok_connector = i > 0
            && i + 1 < toks.len()
            && (names::is_particle(t) || (has_role && CONNECTORS.contains(t)));
        if !(ok_word || ok_connector) {
            return false;
        }
    }
    if toks.len() == 1 {
        // "V.Putin": an initial makes a name.
        if glued_initials(toks[0]).is_some() {
            return true;
        }
        let t = toks[0].trim_end_matches('.');
        let all_caps = t.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !t.chars().any(char::is_lowercase);
        let lower = t.to_lowercase();
        let is_known = known
            .iter()
            .any(|k| k.split_whitespace().any(|w| w.eq_ignore_ascii_case(t)));
        // "Russia: a country of opportunity" is a heading; "Bloomberg:"
        // a news agency asking (foreign ministries' briefings).
        if names::is_place_or_org(t) && !all_caps && !is_organisation(t) {
            return false;
        }
        if is_organisation(t) {
            return true;
        }
        return all_caps || ROLE_LABELS.contains(&lower.as_str()) || is_known;
    }
    if is_the_role(phrase) {
        return true;
    }
    // Mixed-case multi-word phrases: a title, or a plausible person's name
    // (a country or organisation is not a speaker, nor a heading that names
    // one: "Oversight of the Federal Bureau of Investigation: Hearing …").
    let all_caps = !phrase.chars().any(char::is_lowercase);
    let titled = names::is_role_word(toks[0]) || names::is_honorific(toks[0]);
    if !titled && !all_caps && toks.iter().any(|t| names::is_org_word(t)) {
        return false;
    }
    match names::split_titles(phrase) {
        Some(p) if !p.name.is_empty() => true,
        Some(_) => has_role,
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(par: &str) -> Option<(String, LabelKind, String)> {
        detect(par, &["Sergey Lavrov".to_string()])
            .map(|l| (l.text.clone(), l.kind, par[l.len..].to_string()))
    }

    fn named(par: &str, text: &str, rest: &str) {
        assert_eq!(
            label(par),
            Some((text.to_string(), LabelKind::Named, rest.to_string())),
            "{par:?}"
        );
    }

    fn question(par: &str, text: &str, rest: &str) {
        assert_eq!(
            label(par),
            Some((text.to_string(), LabelKind::Question, rest.to_string())),
            "{par:?}"
        );
    }

    fn none(par: &str) {
        assert_eq!(label(par), None, "{par:?}");
    }

    #[test]
    fn named_labels() {
        named(
            "Sergey Lavrov: Relations are good.",
            "Sergey Lavrov",
            "Relations are good.",
        );
        named(
            "Sergey Lavrov:  We have repeatedly",
            "Sergey Lavrov",
            "We have repeatedly",
        );
        named(
            "Maria Zakharova:\u{a0}It is Germany",
            "Maria Zakharova",
            "It is Germany",
        );
        named("MR PRICE: Good afternoon.", "MR PRICE", "Good afternoon.");
        named("MS. PSAKI: Hi everyone.", "MS. PSAKI", "Hi everyone.");
        named("THE PRESIDENT: Thank you.", "THE PRESIDENT", "Thank you.");
        named("MODERATOR: Next question.", "MODERATOR", "Next question.");
        named("LAVROV: Yes.", "LAVROV", "Yes.");
        named("Lavrov: Yes.", "Lavrov", "Yes.");
        named(
            "Donald J Trump: We will win.",
            "Donald J Trump",
            "We will win.",
        );
        named(
            "Foreign Minister Sergey Lavrov (speaking in English): Thank you.",
            "Foreign Minister Sergey Lavrov (speaking in English)",
            "Thank you.",
        );
        named(
            "Minister of Foreign Affairs of Jordan Ayman Safadi: Thank you.",
            "Minister of Foreign Affairs of Jordan Ayman Safadi",
            "Thank you.",
        );
    }

    #[test]
    fn question_labels() {
        question(
            "Question: In what direction?",
            "Question",
            "In what direction?",
        );
        question(
            "Question (retranslated from Spanish): I am a journalist",
            "Question (retranslated from Spanish)",
            "I am a journalist",
        );
        question("Q: Why?", "Q", "Why?");
        question("Q    Mr. President, why?", "Q", "Mr. President, why?");
        question("Q\tWhy?", "Q", "Why?");
        // 2023-02-14 White House briefing: one plain space
        question(
            "Q Only one each? One each.",
            "Q",
            "Only one each? One each.",
        );
        question("Q — and a follow-up.", "Q", "— and a follow-up.");
        none("Q fever is a disease.");
        question("QUESTION: Why?", "QUESTION", "Why?");
    }

    #[test]
    fn hansard_labels_with_constituency_party_and_office_holder() {
        named(
            "Sir Keir Starmer (Holborn and St Pancras) (Lab): The Prime Minister said last month that all guidance was followed.",
            "Sir Keir Starmer (Holborn and St Pancras) (Lab)",
            "The Prime Minister said last month that all guidance was followed.",
        );
        let l = detect(
            "The Prime Minister (Boris Johnson): Mr Speaker, I want to apologise.",
            &[],
        )
        .expect("a label");
        assert_eq!(l.speaker, "The Prime Minister Boris Johnson");
        assert_eq!(l.text, "The Prime Minister (Boris Johnson)");
    }

    #[test]
    fn a_heading_that_names_an_organisation_is_no_label() {
        none(
            "Oversight of the Federal Bureau of Investigation: Hearing before the Committee on the Judiciary, March 2, 2021",
        );
        named(
            "Spokesman for the German Government Steffen Seibert: We condemn it.",
            "Spokesman for the German Government Steffen Seibert",
            "We condemn it.",
        );
    }

    #[test]
    fn news_labels_with_a_description() {
        // CNN and other news transcripts describe a speaker the first time.
        named(
            "JAKE TAPPER, CNN ANCHOR: Welcome back.",
            "JAKE TAPPER, CNN ANCHOR",
            "Welcome back.",
        );
        let l = detect(
            "DR. ANTHONY FAUCI, DIRECTOR, NIAID (voice-over): The vaccines are safe.",
            &[],
        )
        .expect("a label");
        assert_eq!(l.speaker, "DR. ANTHONY FAUCI");
        named(
            "SEN. TED CRUZ (R-TX): Thank you, Jake.",
            "SEN. TED CRUZ (R-TX)",
            "Thank you, Jake.",
        );
        none("Sergey Lavrov, answering a question: yes.");
        none("However, the minister said: no.");
        none("WASHINGTON, D.C.: The talks began.");
        none("NO, SIR: I DID NOT.");
        named("TAPPER, ANCHOR: Welcome.", "TAPPER, ANCHOR", "Welcome.");
    }

    #[test]
    fn kremlin_committee_and_agency_labels() {
        let l = detect("V.Putin: Good afternoon, Mr Lavrov.", &[]).expect("a label");
        assert_eq!(
            (l.text.as_str(), l.speaker.as_str()),
            ("V.Putin", "V. Putin")
        );
        let l = detect("S.V.Lavrov: Thank you.", &[]).expect("a label");
        assert_eq!(l.speaker, "S. V. Lavrov");
        let l = detect("Q2 Chris Bryant: Were you wrong?", &[]).expect("a label");
        assert_eq!(
            (
                l.kind,
                l.speaker.as_str(),
                &"Q2 Chris Bryant: Were you wrong?"[l.len..]
            ),
            (LabelKind::Question, "Chris Bryant", "Were you wrong?")
        );
        let l = detect("Q1 Chair: Good morning.", &[]).expect("a label");
        assert_eq!((l.kind, l.speaker.as_str()), (LabelKind::Question, "Chair"));
        named(
            "Bloomberg: A follow-up question.",
            "Bloomberg",
            "A follow-up question.",
        );
        none("Q3: the third quarter was weak.");
        none("Russia: a country of opportunity");
        none("U.S.A.: the land of the free");
    }

    #[test]
    fn markdown_emphasis_around_labels() {
        named(
            "**Olaf Scholz:** That is right.",
            "Olaf Scholz",
            "That is right.",
        );
        named(
            "**Interviewer**: And the air defence?",
            "Interviewer",
            "And the air defence?",
        );
        question("*Q:* Will the plants close?", "Q", "Will the plants close?");
        named("__Sergey Lavrov:__ Yes.", "Sergey Lavrov", "Yes.");
        none("**Important:** read this first.");
        none("**Note**: this is unofficial.");
        none("*Relations are good.* Sergey Lavrov: yes");
    }

    #[test]
    fn time_stamps_and_numbered_speakers() {
        // Rev.com: "Name: (mm:ss)" and the speech on the next line.
        named("Chris Wallace: (01:20)", "Chris Wallace", "");
        named(
            "Chris Wallace: (01:20) Good evening.",
            "Chris Wallace",
            "Good evening.",
        );
        // Captions and speech recognition.
        named(
            "[00:00:05] SPEAKER 1: Welcome back.",
            "SPEAKER 1",
            "Welcome back.",
        );
        named("Speaker 2: Thanks.", "Speaker 2", "Thanks.");
        named("00:12:05 Caller 3: Hi.", "Caller 3", "Hi.");
        // Otter.ai: the name and a time stamp alone on a line.
        let timed = |par: &str| detect_name_and_time(par, &[]).map(|l| (l.speaker, l.len));
        assert_eq!(timed("John Smith  0:05"), Some(("John Smith".into(), 16)));
        assert_eq!(timed("Mary Jones 1:02:13"), Some(("Mary Jones".into(), 18)));
        assert_eq!(timed("At the meeting 10:30"), None);
        // Closed captions: ">>" marks a new speaker.
        named(">> ANCHOR: GOOD EVENING.", "ANCHOR", "GOOD EVENING.");
        none("10:30 Talks began: at noon.");
        none("Chapter 11: the bankruptcy.");
        none("Article 5: collective defence.");
    }

    #[test]
    fn labels_set_off_by_a_dash() {
        let dashed = |par: &str| detect_dashed(par, &[]).map(|l| (l.speaker, l.text, l.len));
        // The European Parliament's verbatim report.
        assert_eq!(
            dashed("President. – The next item is the debate."),
            Some((
                "President".into(),
                "President".into(),
                "President. – ".len()
            ))
        );
        assert_eq!(
            dashed(
                "Ursula von der Leyen, President of the Commission. – Madam President, honourable Members."
            ),
            Some((
                "Ursula von der Leyen".into(),
                "Ursula von der Leyen, President of the Commission".into(),
                "Ursula von der Leyen, President of the Commission. – ".len()
            ))
        );
        assert_eq!(
            dashed("Manfred Weber, on behalf of the PPE Group. – Madam President."),
            Some((
                "Manfred Weber".into(),
                "Manfred Weber, on behalf of the PPE Group".into(),
                "Manfred Weber, on behalf of the PPE Group. – ".len()
            ))
        );
        assert_eq!(
            dashed("MINISTER KARLSSON — Yes."),
            Some((
                "MINISTER KARLSSON".into(),
                "MINISTER KARLSSON".into(),
                "MINISTER KARLSSON — ".len()
            ))
        );
        // prose, and a dash past the label's reach inside a character
        assert_eq!(dashed("Ukraine — a country at war — needs help."), None);
        assert_eq!(dashed("We met — and we agreed."), None);
        let long = format!("{} — million — from 2020.", "a".repeat(158));
        assert_eq!(dashed(&long), None);
    }

    #[test]
    fn names_alone_on_a_line() {
        // Hansard, House of Commons, 8 February 2023.
        let line = |par: &str| detect_name_line(par, &[]).map(|l| (l.speaker, l.len));
        assert_eq!(
            line("The Prime Minister (Rishi Sunak)\nThis morning I had meetings."),
            Some(("The Prime Minister Rishi Sunak".into(), 33))
        );
        assert_eq!(
            line("Keir Starmer (Holborn and St Pancras) (Lab)\nThe Prime Minister said …"),
            Some(("Keir Starmer".into(), 44))
        );
        assert_eq!(
            line("The Prime Minister"),
            Some(("The Prime Minister".into(), 18))
        );
        assert_eq!(
            line("JOE BIDEN\n\nThank you."),
            Some(("JOE BIDEN".into(), 11))
        );
        // a sentence, a heading with a colon, a line of prose
        assert_eq!(line("Thank you."), None);
        assert_eq!(
            line("Volume 726: debated on Wednesday 8 February 2023"),
            None
        );
        assert_eq!(line("We had meetings with colleagues and others"), None);
    }

    #[test]
    fn court_labels() {
        // US trial and deposition transcripts.
        named(
            "THE COURT: You may proceed, Mr. Blackwell.",
            "THE COURT",
            "You may proceed, Mr. Blackwell.",
        );
        named("THE WITNESS: Yes, sir.", "THE WITNESS", "Yes, sir.");
        assert_eq!(
            detect("THE COURT: Proceed.", &[])
                .map(|l| l.speaker)
                .as_deref(),
            Some("The Court")
        );
        named(
            "THE CLERK: Please be seated.",
            "THE CLERK",
            "Please be seated.",
        );
        let a = detect_answer_dot("A. I observed that his oxygen level fell.").expect("a label");
        assert_eq!(
            (a.kind, a.text.as_str(), a.len),
            (LabelKind::Answer, "A", 3)
        );
        assert_eq!(detect_answer_dot("A.I. is changing work."), None);
        none("BY MR. BLACKWELL:");
        assert_eq!(
            examiner("BY MR. BLACKWELL:").as_deref(),
            Some("MR. BLACKWELL")
        );
        assert_eq!(
            examiner("By Ms. Smith Jones"),
            Some("Ms. Smith Jones".into())
        );
        assert_eq!(examiner("By the way, Mr. Smith: what?"), None);
        assert_eq!(
            examiner("DIRECT EXAMINATION BY MR. SMITH:").as_deref(),
            Some("MR. SMITH")
        );
        assert_eq!(
            examiner("CROSS-EXAMINATION (continued) BY MS. JONES:").as_deref(),
            Some("MS. JONES")
        );
        assert_eq!(
            examiner("Redirect Examination by Mr. Frank").as_deref(),
            Some("Mr. Frank")
        );
        assert_eq!(examiner("The examination by Mr. Smith was long."), None);
        assert_eq!(
            witness("MARTIN TOBIN, having been first duly sworn, testified as follows:").as_deref(),
            Some("MARTIN TOBIN")
        );
        assert_eq!(
            witness("DIRECT EXAMINATION OF DR. MARTIN TOBIN").as_deref(),
            Some("DR. MARTIN TOBIN")
        );
        assert_eq!(witness("CROSS-EXAMINATION"), None);
        assert_eq!(witness("The witness was sworn."), None);
    }

    #[test]
    fn congressional_record_labels_end_in_a_period() {
        // The Government Publishing Office prints hearings with the speaker
        // and a period: "Mr. NUNES.", "The CHAIRMAN.", "Chairman Schiff.".
        let d = |par: &str| {
            detect_dotted(par)
                .map(|l| (l.text.clone(), l.speaker.clone(), par[l.len..].to_string()))
        };
        let some = |par: &str, text: &str, speaker: &str, rest: &str| {
            assert_eq!(
                d(par),
                Some((text.to_string(), speaker.to_string(), rest.to_string())),
                "{par:?}"
            )
        };
        some(
            "Mr. NUNES. Thank you, Mr. Chairman.",
            "Mr. NUNES",
            "Mr. Nunes",
            "Thank you, Mr. Chairman.",
        );
        some(
            "The CHAIRMAN. The committee will come to order.",
            "The CHAIRMAN",
            "The Chairman",
            "The committee will come to order.",
        );
        some(
            "Chairman Schiff. The committee will come to order.",
            "Chairman Schiff",
            "Chairman Schiff",
            "The committee will come to order.",
        );
        some(
            "Ms. JACKSON LEE. I thank the gentleman.",
            "Ms. JACKSON LEE",
            "Ms. Jackson Lee",
            "I thank the gentleman.",
        );
        some(
            "Ambassador Taylor. Mr. Chairman, I appreciate the opportunity.",
            "Ambassador Taylor",
            "Ambassador Taylor",
            "Mr. Chairman, I appreciate the opportunity.",
        );
        some(
            "Mr. McCONNELL. Mr. President, Ukraine needs more help.",
            "Mr. McCONNELL",
            "Mr. McConnell",
            "Mr. President, Ukraine needs more help.",
        );
        some(
            "The PRESIDING OFFICER. Without objection, it is so ordered.",
            "The PRESIDING OFFICER",
            "The Presiding Officer",
            "Without objection, it is so ordered.",
        );
        // Sentences that start with a name, and bare addresses, are not.
        for par in [
            "Mr. President. I rise today in support of the bill.",
            "Mr. Smith went to Washington.",
            "Mr. Chairman, I yield back.",
            "The committee met at 10 a.m.",
            "Dr. Fauci said the risk was low.",
            "Mr. NUNES.",
            "Mr. Nunes. he said",
        ] {
            assert_eq!(d(par), None, "{par:?}");
        }
    }

    #[test]
    fn sentences_ending_in_a_colon_are_not_labels() {
        none("Here are just a few examples of what Russian journalists came across in 2020:");
        none(
            "Swedish Foreign Minister Ann Linde wrote: “A healthy opposition should be welcomed.”",
        );
        none("The Minsk agreements read: forces and weapons must be withdrawn.");
        none("Please forward the video to time marker 19:40.  Transcript now being loaded");
        none("Note: this is an unofficial translation.");
        none("Russia: a country of opportunity");
        none("Ukraine: “Let’s first hold the election.”");
        none("Main Points: the talks went well.");
        none("At 10:30 the talks began.");
        none("Quentin Tarantino is a director.");
    }
}
