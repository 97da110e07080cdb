//! Reported speech: words a speaker attributes to someone else.
//!
//! Within one sentence of a turn, these patterns make a reported claim whose
//! speaker is the person named (the turn's speaker is its `reported_by`):
//!
//! | pattern | example | reported words |
//! |---|---|---|
//! | name + speech verb + quote | `Swedish Foreign Minister Ann Linde wrote: “A healthy …”` | inside the quotation marks |
//! | quote + name + verb | `“My city is crying, and so am I,” Eindhoven Mayor John Jorritsma told reporters` | inside the quotation marks |
//! | name + verb + object + quote | `He described the rioters as “the scum of the earth,”` | inside the quotation marks |
//! | `As` name verb, clause | `As President Vladimir Putin and Foreign Minister Sergey Lavrov pointed out, the best solution …` | the clause |
//! | `According to` name, clause | `According to President Zelensky, Ukraine needs …` | the clause |
//! | name verb `that` clause | `Alexey Navalny has said that he is returning home …` | the clause (indirect) |
//! | clause, pronoun verb | `It must have an opportunity …, she added.` | the clause |
//!
//! A quotation without an attribution next to it (scare quotes such as
//! “national security interests”) is not reported speech. The name must be a
//! person: a name of two words or more, or a single word after a title
//! ("President Zelensky", "Mr Lavrov"); countries and organisations are not
//! speakers. "He", "she" and a subject-less "adding:" refer to the last
//! person named in the same turn.

use std::ops::Range;

use crate::segment::sentences;
use crate::text::gazetteer::Gazetteer;
use crate::text::names;

/// Direct (quoted words) or indirect (a clause attributed to someone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportKind {
    /// The speaker's words in quotation marks.
    Direct,
    /// A clause attributed to the speaker ("As X said, …", "X said that …").
    Indirect,
}

impl ReportKind {
    /// The name used in the outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportKind::Direct => "direct",
            ReportKind::Indirect => "indirect",
        }
    }
}

/// Reported words found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Byte range of the reported words in the sentence.
    pub range: Range<usize>,
    /// The people it is attributed to, as written (titles included); empty
    /// when the attribution is a pronoun.
    pub who: Vec<String>,
    /// Direct or indirect.
    pub kind: ReportKind,
}

const VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "wrote",
    "writes",
    "stated",
    "states",
    "told",
    "tells",
    "added",
    "adds",
    "adding",
    "noted",
    "notes",
    "stressed",
    "stresses",
    "emphasised",
    "emphasized",
    "emphasises",
    "declared",
    "declares",
    "tweeted",
    "announced",
    "announces",
    "claimed",
    "claims",
    "insisted",
    "insists",
    "warned",
    "warns",
    "urged",
    "remarked",
    "replied",
    "explained",
    "argued",
    "argues",
    "complained",
    "admitted",
    "acknowledged",
    "recalled",
    "concluded",
    "promised",
    "vowed",
    "threatened",
    "suggested",
    "proposed",
    "asserted",
    "maintained",
    "observed",
    "commented",
    "continued",
    "confirmed",
    "alleged",
    "underlined",
    "underscored",
    "reiterated",
    "repeated",
    "called",
    "calls",
    "described",
    "describes",
    "pointed",
    "put",
    "mentioned",
    "reported",
    "believes",
    "thinks",
    "saying",
];

/// Verbs that introduce indirect speech with "that" or a clause.
const INDIRECT_VERBS: &[&str] = &[
    "said",
    "says",
    "stated",
    "states",
    "claimed",
    "claims",
    "announced",
    "noted",
    "declared",
    "insisted",
    "warned",
    "argued",
    "alleged",
    "wrote",
    "added",
    "believes",
    "stressed",
    "confirmed",
    "admitted",
    "reported",
    "emphasised",
    "emphasized",
    "thinks",
    "told",
];

const ADVERBS: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "recently",
    "then",
    "openly",
    "publicly",
    "once",
    "again",
    "later",
    "even",
    "just",
    "repeatedly",
    "already",
    "reportedly",
    "rightly",
    "previously",
    "earlier",
    "personally",
    "officially",
    "explicitly",
    "clearly",
    "bluntly",
    "frankly",
    "firmly",
    "famously",
    "today",
    "yesterday",
    "once",
    "has",
    "himself",
    "herself",
];

const PRONOUNS: &[&str] = &["he", "she"];

/// Words that may follow "said" and start the reported clause.
const CLAUSE_STARTERS: &[&str] = &[
    "he",
    "she",
    "they",
    "it",
    "there",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "no",
    "nothing",
    "all",
    "we",
    "our",
    "russia",
    "ukraine",
    "moscow",
    "washington",
    "kiev",
];

#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

impl Tok<'_> {
    /// The word without surrounding punctuation, lower-cased.
    fn word(&self) -> String {
        self.text
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '’' && c != '\'')
            .to_lowercase()
    }
    fn bare(&self) -> &str {
        self.text.trim_matches(|c: char| {
            !c.is_alphanumeric() && c != '-' && c != '’' && c != '\'' && c != '.'
        })
    }
    fn ends_clause(&self) -> bool {
        self.text.ends_with([',', ';', ':', '(', ')', '–', '—'])
    }
}

fn tokens(s: &str, base: usize) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if sentences::is_space(c) {
            if let Some(st) = start.take() {
                out.push(Tok {
                    start: base + st,
                    end: base + i,
                    text: &s[st..i],
                });
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push(Tok {
            start: base + st,
            end: base + s.len(),
            text: &s[st..],
        });
    }
    out
}

/// Outermost quotations: `(open mark start, content range, close mark end)`.
fn quotations(s: &str) -> Vec<(usize, Range<usize>, usize)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut open = 0usize;
    let mut straight: Option<usize> = None;
    for (i, c) in s.char_indices() {
        match c {
            '“' | '«' => {
                if depth == 0 {
                    open = i;
                }
                depth += 1;
            }
            '”' | '»' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push((open, open + 3.min(s.len())..i, i + c.len_utf8()));
                }
            }
            '"' if depth == 0 => match straight.take() {
                Some(o) => out.push((o, o + 1..i, i + 1)),
                None => straight = Some(i),
            },
            _ => {}
        }
    }
    // « is two bytes, “ three: recompute content starts exactly.
    for q in &mut out {
        let mark = s[q.0..].chars().next().map_or(1, char::len_utf8);
        q.1.start = q.0 + mark;
    }
    out
}

/// Trims white space and trailing commas/colons from reported words.
fn trim_range(s: &str, r: Range<usize>) -> Range<usize> {
    let piece = &s[r.clone()];
    let lead = piece.len() - piece.trim_start_matches(sentences::is_space).len();
    let trimmed = piece.trim_end_matches(|c: char| {
        sentences::is_space(c) || matches!(c, ',' | ';' | ':' | '–' | '—')
    });
    r.start + lead..r.start + trimmed.len()
}

fn is_verb(toks: &[Tok<'_>], i: usize) -> bool {
    let w = toks[i].word();
    if !VERBS.contains(&w.as_str()) {
        return false;
    }
    match w.as_str() {
        // "pointed out", "pointed to"; "put it".
        "pointed" => toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.word().as_str(), "out" | "to")),
        "put" => toks.get(i + 1).is_some_and(|t| t.word() == "it"),
        _ => true,
    }
}

/// Who is named by the tokens ending just before `end` (exclusive): a
/// person phrase, several joined by "and", or a pronoun.
#[derive(Debug, PartialEq)]
enum Subject {
    People(Vec<String>),
    Pronoun,
    None,
}

fn is_name_word(t: &Tok<'_>) -> bool {
    let b = names::strip_possessive(t.bare());
    b.chars().next().is_some_and(char::is_uppercase)
        && b.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
}

/// A single person: a name of two words or more, or one word after a title.
fn is_person(phrase: &str) -> bool {
    let Some(p) = names::split_titles(phrase) else {
        return false;
    };
    let words = p.name.split_whitespace().count();
    let titled = phrase.split_whitespace().count() > words;
    let bad = p
        .name
        .split_whitespace()
        .any(|w| names::is_org_word(w) || names::is_role_word(w));
    // A lone surname counts when it is a well-known person's ("Navalny").
    let known = words == 1 && Gazetteer::builtin().person_by_surname(&p.name).is_some();
    words > 0 && !bad && (words > 1 || titled || known)
}

/// The people a run of name words names: several joined by "and" when each
/// part is a person ("President Vladimir Putin and Foreign Minister Sergey
/// Lavrov"), else one ("Minister of Justice and Security of the Netherlands
/// Ferdinand Grapperhaus").
fn person_phrases(run: &str) -> Vec<String> {
    let parts: Vec<&str> = run.split(" and ").map(str::trim).collect();
    if parts.len() > 1 && parts.iter().all(|p| is_person(p)) {
        return parts.iter().map(|p| p.to_string()).collect();
    }
    if is_person(run) {
        vec![run.to_string()]
    } else {
        Vec::new()
    }
}

/// Capitalised words that start a sentence or clause but never a name.
const NOT_NAME_STARTS: &[&str] = &[
    "as",
    "according",
    "in",
    "on",
    "at",
    "for",
    "but",
    "and",
    "so",
    "thus",
    "when",
    "while",
    "if",
    "after",
    "before",
    "since",
    "then",
    "however",
    "moreover",
    "also",
    "yesterday",
    "today",
    "recently",
    "earlier",
    "later",
    "meanwhile",
    "speaking",
    "here",
    "there",
];

fn subject_before(toks: &[Tok<'_>], end: usize) -> Subject {
    subject_before_at(toks, end).0
}

/// [`subject_before`], with the index of the subject's first token.
fn subject_before_at(toks: &[Tok<'_>], end: usize) -> (Subject, usize) {
    let mut i = end;
    while i > 0 && ADVERBS.contains(&toks[i - 1].word().as_str()) && !toks[i - 1].ends_clause() {
        i -= 1;
    }
    if i == 0 {
        return (Subject::None, 0);
    }
    if PRONOUNS.contains(&toks[i - 1].word().as_str()) && !toks[i - 1].ends_clause() {
        return (Subject::Pronoun, i - 1);
    }
    // An appositive: "Galina Polonskaya, who was on the plane …, said".
    if toks[i - 1].text.ends_with(',') {
        let mut j = i - 1;
        while j > 0 && !toks[j - 1].text.ends_with(',') {
            j -= 1;
        }
        if j > 0 && j < i && matches!(toks[j].word().as_str(), "who" | "whom" | "which") {
            i = j;
        }
    }
    // The run of name words, titles and connectors ending at i.
    let run_end = i;
    let mut k = i;
    while k > 0 {
        let t = &toks[k - 1];
        let connector = (matches!(t.word().as_str(), "of" | "the" | "for" | "and") && k > 1
            || matches!(t.word().as_str(), "former" | "acting"))
            && k < run_end
            && !t.ends_clause();
        if k < run_end && t.ends_clause() {
            break;
        }
        if (is_name_word(t) && !NOT_NAME_STARTS.contains(&t.word().as_str())) || connector {
            k -= 1;
        } else {
            break;
        }
    }
    while k < run_end && matches!(toks[k].word().as_str(), "of" | "the" | "for" | "and") {
        k += 1;
    }
    if k == run_end {
        return (Subject::None, k);
    }
    let run = toks[k..run_end]
        .iter()
        .map(|t| t.text.trim_end_matches([',', ':']))
        .collect::<Vec<_>>()
        .join(" ");
    let people = person_phrases(&run);
    if people.is_empty() {
        (Subject::None, k)
    } else {
        (Subject::People(people), k)
    }
}

/// Attribution right after a quotation: "…,” Mayor John Jorritsma told
/// reporters", "…,” said Mark Rutte", "…,” she added".
fn subject_after(toks: &[Tok<'_>]) -> Subject {
    if toks.is_empty() {
        return Subject::None;
    }
    // verb + name
    if is_verb(toks, 0) {
        let mut j = 0;
        while j + 1 < toks.len() && is_name_word(&toks[j + 1]) && j < 10 {
            j += 1;
            if toks[j].ends_clause() || toks[j].text.ends_with('.') {
                break;
            }
        }
        if j > 0 {
            let run = toks[1..=j]
                .iter()
                .map(|t| t.text.trim_end_matches([',', '.', ':']))
                .collect::<Vec<_>>()
                .join(" ");
            let people = person_phrases(&run);
            if !people.is_empty() {
                return Subject::People(people);
            }
        }
        return Subject::None;
    }
    // name (or pronoun) + adverbs + verb
    for v in 1..toks.len().min(14) {
        if is_verb(toks, v) {
            return match subject_before(&toks[..v], v) {
                Subject::People(p) if toks[..v].iter().all(|t| !t.text.ends_with('.')) => {
                    Subject::People(p)
                }
                Subject::Pronoun if v <= 2 => Subject::Pronoun,
                _ => Subject::None,
            };
        }
        if toks[v - 1].text.ends_with(['.', '?', '!']) {
            break;
        }
    }
    Subject::None
}

fn push(out: &mut Vec<Report>, s: &str, range: Range<usize>, subject: Subject, kind: ReportKind) {
    let range = trim_range(s, range);
    if range.is_empty() || !s[range.clone()].chars().any(char::is_alphanumeric) {
        return;
    }
    let who = match subject {
        Subject::People(p) => p,
        Subject::Pronoun => Vec::new(),
        Subject::None => return,
    };
    out.push(Report { range, who, kind });
}

/// The last person named in a sentence, as written: a pronoun in the next
/// sentence ("He said openly … that …") may refer to them.
pub fn last_person(s: &str) -> Option<String> {
    let toks = tokens(s, 0);
    let mut best = None;
    let mut i = 0;
    while i < toks.len() {
        if !is_name_word(&toks[i]) || NOT_NAME_STARTS.contains(&toks[i].word().as_str()) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < toks.len() && is_name_word(&toks[j]) {
            j += 1;
            if toks[j - 1].ends_clause() || toks[j - 1].text.ends_with('.') {
                break;
            }
        }
        let run = toks[i..j]
            .iter()
            .map(|t| names::strip_possessive(t.text.trim_end_matches([',', '.', ':', ';'])))
            .collect::<Vec<_>>()
            .join(" ");
        if i > 0 && is_person(&run) {
            best = Some(run);
        }
        i = j.max(i + 1);
    }
    best
}

/// Finds the reported speech in one sentence.
pub fn find(s: &str) -> Vec<Report> {
    let mut out = Vec::new();
    let quotes = quotations(s);
    let mut prev_end = 0;
    let mut last_subject_people = false;
    for (open, content, close) in &quotes {
        let pre = &s[prev_end..*open];
        let toks = tokens(pre, prev_end);
        let mut subject = Subject::None;
        // The rightmost speech verb before the quote, with at most a short
        // filler between it and the quote ("the following about … :").
        for v in (0..toks.len()).rev() {
            if toks.len() - v > 12 {
                break;
            }
            // The filler is one phrase: no sentence end, no clause comma
            // (but the comma or colon right before the quote).
            let filler = &toks[v + 1..];
            let n = filler.len();
            if filler
                .iter()
                .any(|t| t.text.ends_with(['.', '?', '!', ';']))
                || filler
                    .iter()
                    .take(n.saturating_sub(1))
                    .any(|t| t.ends_clause())
            {
                break;
            }
            if is_verb(&toks, v) {
                subject = if toks[v].word() == "adding" && last_subject_people {
                    Subject::Pronoun
                } else {
                    subject_before(&toks, v)
                };
                break;
            }
        }
        // An attribution after the quote needs the quote to end a clause:
        // "“…,” she added", not "the “irrefutable proof” he had said".
        let ends_clause = s[content.clone()]
            .trim_end()
            .ends_with([',', '.', '!', '?', '…'])
            || s[*close..].starts_with(',');
        if subject == Subject::None && ends_clause {
            let after = tokens(&s[*close..], *close);
            subject = subject_after(&after);
        }
        last_subject_people |= matches!(subject, Subject::People(_) | Subject::Pronoun);
        // Several sentences inside one quotation are several claims.
        let inner = &s[content.clone()];
        let parts = sentences::split(inner);
        if parts.len() > 1 && subject != Subject::None {
            for r in parts {
                let sub = match &subject {
                    Subject::People(p) => Subject::People(p.clone()),
                    Subject::Pronoun => Subject::Pronoun,
                    Subject::None => Subject::None,
                };
                push(
                    &mut out,
                    s,
                    content.start + r.start..content.start + r.end,
                    sub,
                    ReportKind::Direct,
                );
            }
        } else {
            push(&mut out, s, content.clone(), subject, ReportKind::Direct);
        }
        prev_end = *close;
    }
    if !out.is_empty() || !quotes.is_empty() && quotes.iter().any(|q| q.1.len() * 2 > s.len()) {
        return out;
    }
    indirect(s, &mut out);
    out
}

fn indirect(s: &str, out: &mut Vec<Report>) {
    let toks = tokens(s, 0);
    if toks.len() < 4 {
        return;
    }
    let mut first = 0;
    if matches!(toks[0].word().as_str(), "and" | "but" | "so" | "thus") {
        first = 1;
    }
    let lead = toks[first].word();
    // "As X said, clause" / "According to X, clause".
    if lead == "as"
        || (lead == "according" && toks.get(first + 1).is_some_and(|t| t.word() == "to"))
    {
        let start = if lead == "as" { first + 1 } else { first + 2 };
        // "As Deputy Chief of Staff …, Dmitry Kozak, said they failed …": the
        // name in commas, then the verb and the clause without a comma.
        if lead == "as"
            && let Some(v) = (start..toks.len().min(start + 24)).find(|&v| is_verb(&toks, v))
            && !toks[v].ends_clause()
            && v + 1 < toks.len()
            && toks[v - 1].text.ends_with(',')
            && CLAUSE_STARTERS.contains(&toks[v + 1].word().as_str())
        {
            let run = toks[start..v]
                .iter()
                .map(|t| t.text.trim_end_matches(','))
                .collect::<Vec<_>>()
                .join(" ");
            if toks[start..v]
                .iter()
                .all(|t| is_name_word(t) || t.word() == "of" || t.word() == "the")
                && let Some(name) = person_phrases(&run).into_iter().next()
            {
                push(
                    out,
                    s,
                    toks[v + 1].start..s.len(),
                    Subject::People(vec![name]),
                    ReportKind::Indirect,
                );
                return;
            }
        }
        if let Some(c) = (start..toks.len().min(start + 20)).find(|&j| toks[j].text.ends_with(','))
        {
            let subject = if lead == "as" {
                match (start..=c).find(|&v| is_verb(&toks, v)) {
                    Some(v) => subject_before(&toks[..v], v),
                    None => Subject::None,
                }
            } else {
                let run = toks[start..=c]
                    .iter()
                    .map(|t| t.text.trim_end_matches(','))
                    .collect::<Vec<_>>()
                    .join(" ");
                match person_phrases(&run) {
                    p if !p.is_empty() && toks[start..=c].iter().all(is_name_word) => {
                        Subject::People(p)
                    }
                    _ => Subject::None,
                }
            };
            if c + 1 < toks.len() {
                push(
                    out,
                    s,
                    toks[c + 1].start..s.len(),
                    subject,
                    ReportKind::Indirect,
                );
            }
        }
        return;
    }
    // "We reiterate what President Vladimir Putin said in August 2020 …: we
    // are wide open …" — the words after the colon.
    if let Some(w) = toks.iter().position(|t| t.word() == "what")
        && let Some(colon) = toks[w..]
            .iter()
            .position(|t| t.text.ends_with(':'))
            .map(|k| w + k)
        && colon + 1 < toks.len()
        && let Some(v) = (w + 1..=colon).find(|&v| is_verb(&toks, v))
        && let (Subject::People(p), k) = subject_before_at(&toks[..v], v)
        && k == w + 1
    {
        push(
            out,
            s,
            toks[colon + 1].start..s.len(),
            Subject::People(p),
            ReportKind::Indirect,
        );
        return;
    }
    // "clause, according to X." / "clause, she added." / "clause, as Mike
    // Pompeo noted recently."
    if let Some(c) = toks.iter().rposition(|t| t.text.ends_with(',')) {
        let tail = &toks[c + 1..];
        let as_x = tail.len() >= 3 && tail[0].word() == "as" && tail.len() <= 9;
        if as_x
            && let Some(v) = (1..tail.len()).find(|&v| is_verb(tail, v))
            && tail[v..]
                .iter()
                .skip(1)
                .all(|t| ADVERBS.contains(&t.word().as_str()))
            && let (Subject::People(p), 1) = subject_before_at(&tail[..v], v)
        {
            push(
                out,
                s,
                toks[first].start..toks[c].end,
                Subject::People(p),
                ReportKind::Indirect,
            );
            return;
        }
        if !tail.is_empty() && tail.len() <= 8 && tail.last().is_some_and(|t| t.text.ends_with('.'))
        {
            let subject =
                if tail.len() >= 3 && tail[0].word() == "according" && tail[1].word() == "to" {
                    let run = tail[2..]
                        .iter()
                        .map(|t| t.text.trim_end_matches('.'))
                        .collect::<Vec<_>>()
                        .join(" ");
                    let p = person_phrases(&run);
                    if p.is_empty() {
                        Subject::None
                    } else {
                        Subject::People(p)
                    }
                } else if tail.len() <= 4 && is_verb(tail, tail.len() - 1) && tail.len() >= 2 {
                    subject_before(&tail[..tail.len() - 1], tail.len() - 1)
                } else {
                    Subject::None
                };
            if subject != Subject::None {
                push(
                    out,
                    s,
                    toks[first].start..toks[c].end,
                    subject,
                    ReportKind::Indirect,
                );
                return;
            }
        }
    }
    // "X (has) said (that) clause".
    for v in first + 1..toks.len().min(first + 25) {
        if !INDIRECT_VERBS.contains(&toks[v].word().as_str()) {
            continue;
        }
        if toks[..v]
            .iter()
            .any(|t| t.text.ends_with(['.', '?', '!', ';']))
        {
            return;
        }
        let mut c = v + 1;
        while c < toks.len() && ADVERBS.contains(&toks[c].word().as_str()) {
            c += 1;
        }
        // A short phrase may come before "that": "said openly in one of his
        // statements that …".
        if let Some(t) = (c..toks.len().min(c + 7)).find(|&k| toks[k].word() == "that")
            && toks[c].word() != "that"
            && matches!(
                toks[c].word().as_str(),
                "in" | "on" | "at" | "during" | "to"
            )
            && toks[c..t].iter().all(|x| !x.ends_clause())
        {
            c = t;
        }
        let Some(next) = toks.get(c) else { return };
        let that = next.word() == "that";
        if !that && !CLAUSE_STARTERS.contains(&next.word().as_str()) {
            return;
        }
        let start = if that { c + 1 } else { c };
        if start >= toks.len() {
            return;
        }
        // The subject starts the sentence, or follows an introductory phrase
        // ending in a comma.
        let (subject, subj_start) = subject_before_at(&toks[..v], v);
        if subject == Subject::None {
            return;
        }
        let intro_ok = subj_start == first
            || (toks[subj_start - 1].text.ends_with(',')
                && toks[..subj_start]
                    .iter()
                    .all(|t| !t.text.contains(['“', '"'])));
        if intro_ok {
            push(
                out,
                s,
                toks[start].start..s.len(),
                subject,
                ReportKind::Indirect,
            );
        }
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(s: &str, expect: &[(&str, &[&str], ReportKind)]) {
        let got: Vec<(&str, Vec<String>, ReportKind)> = find(s)
            .into_iter()
            .map(|r| (&s[r.range], r.who, r.kind))
            .collect();
        let want: Vec<(&str, Vec<String>, ReportKind)> = expect
            .iter()
            .map(|(t, w, k)| (*t, w.iter().map(|x| x.to_string()).collect(), *k))
            .collect();
        assert_eq!(got, want, "in {s:?}");
    }

    use ReportKind::{Direct, Indirect};

    #[test]
    fn direct_quotes_with_attribution_before() {
        check(
            "Swedish Foreign Minister Ann Linde wrote: “A healthy and vibrant opposition should be welcomed.”",
            &[(
                "A healthy and vibrant opposition should be welcomed.",
                &["Swedish Foreign Minister Ann Linde"],
                Direct,
            )],
        );
        check(
            "Foreign Minister of New Zealand Nanaia Mahuta said: “Civil society and political opposition must be able to operate freely – these are essential elements of democratic societies.”",
            &[(
                "Civil society and political opposition must be able to operate freely – these are essential elements of democratic societies.",
                &["Foreign Minister of New Zealand Nanaia Mahuta"],
                Direct,
            )],
        );
        check(
            "Speaking about riots in the Netherlands on Sunday, Acting Prime Minister Mark Rutte said: “This has nothing to do with protest, this is criminal violence and we will treat it as such.”",
            &[(
                "This has nothing to do with protest, this is criminal violence and we will treat it as such.",
                &["Acting Prime Minister Mark Rutte"],
                Direct,
            )],
        );
        check(
            "Sergey Lavrov said the following about Nagorno-Karabakh during a recent big news conference: “During our contacts with our colleagues, President Putin and I promoted the need to continue to consider this matter [the return of Armenian POWs – Ed.] in order to bring it to a closure based on the “all for all” principle.”",
            &[(
                "During our contacts with our colleagues, President Putin and I promoted the need to continue to consider this matter [the return of Armenian POWs – Ed.] in order to bring it to a closure based on the “all for all” principle.",
                &["Sergey Lavrov"],
                Direct,
            )],
        );
        check(
            "President Frank-Walter Steinmeier called them “repulsive.”",
            &[("repulsive.", &["President Frank-Walter Steinmeier"], Direct)],
        );
        check(
            "Spokesman for the German Government Steffen Seibert pointed to “an abuse of the right to demonstrate.”",
            &[(
                "an abuse of the right to demonstrate.",
                &["Spokesman for the German Government Steffen Seibert"],
                Direct,
            )],
        );
    }

    #[test]
    fn multi_sentence_quotes_and_quotes_after() {
        check(
            "Thus, Minister of Justice and Security of the Netherlands Ferdinand Grapperhaus said: “Shocking images of riots, looting and arson are circulating. This has nothing to do with demonstrating against the coronavirus measures. This is simply criminal behaviour.”",
            &[
                (
                    "Shocking images of riots, looting and arson are circulating.",
                    &["Minister of Justice and Security of the Netherlands Ferdinand Grapperhaus"],
                    Direct,
                ),
                (
                    "This has nothing to do with demonstrating against the coronavirus measures.",
                    &["Minister of Justice and Security of the Netherlands Ferdinand Grapperhaus"],
                    Direct,
                ),
                (
                    "This is simply criminal behaviour.",
                    &["Minister of Justice and Security of the Netherlands Ferdinand Grapperhaus"],
                    Direct,
                ),
            ],
        );
        check(
            "“My city is crying, and so am I,” Eindhoven Mayor John Jorritsma told reporters on Sunday night.",
            &[(
                "My city is crying, and so am I",
                &["Eindhoven Mayor John Jorritsma"],
                Direct,
            )],
        );
        check(
            "He described the rioters as “the scum of the earth,” adding: “I am afraid that if we continue down this path, we’re on our way to civil war.”",
            &[
                ("the scum of the earth", &[], Direct),
                (
                    "I am afraid that if we continue down this path, we’re on our way to civil war.",
                    &[],
                    Direct,
                ),
            ],
        );
    }

    #[test]
    fn scare_quotes_are_not_reported_speech() {
        check(
            "In their own countries our Western partners explain forced restrictions of civil rights and freedoms by the need to ensure “national security interests” whereas in Russia they call the same actions “suppression of peaceful protests.”",
            &[],
        );
        check(
            "back when Russia was accused of “interference” in the US elections.",
            &[],
        );
        check(
            "Former US Secretary of State Rex Tillerson has refused to provide the “irrefutable proof” he had said publicly they have.",
            &[],
        );
    }

    #[test]
    fn indirect_speech() {
        check(
            "As President Vladimir Putin and Foreign Minister Sergey Lavrov pointed out, the best solution would be an exchange based on the “all for all” principle.",
            &[(
                "the best solution would be an exchange based on the “all for all” principle.",
                &["President Vladimir Putin", "Foreign Minister Sergey Lavrov"],
                Indirect,
            )],
        );
        check(
            "As Vladimir Putin said, don’t try to make retards out of us.",
            &[(
                "don’t try to make retards out of us.",
                &["Vladimir Putin"],
                Indirect,
            )],
        );
        check(
            "According to President Zelensky, Ukraine needs the Minsk agreements to maintain the sanctions against Russia.",
            &[(
                "Ukraine needs the Minsk agreements to maintain the sanctions against Russia.",
                &["President Zelensky"],
                Indirect,
            )],
        );
        check(
            "Alexey Navalny has said that he is returning home with a clear conscience, because he had not left Russia of his own free will.",
            &[(
                "he is returning home with a clear conscience, because he had not left Russia of his own free will.",
                &["Alexey Navalny"],
                Indirect,
            )],
        );
        check(
            "Czech Prime Minister Andrej Babis said that what happened merely confirms the feeling of the last few years that Russia is moving away from the community of democratic states.",
            &[(
                "what happened merely confirms the feeling of the last few years that Russia is moving away from the community of democratic states.",
                &["Czech Prime Minister Andrej Babis"],
                Indirect,
            )],
        );
        check(
            "Correspondent Galina Polonskaya, who was on the plane with Alexey Navalny, said that according to Charité doctors Navalny had been poisoned with a chemical warfare agent, which the OPCW later confirmed.",
            &[(
                "according to Charité doctors Navalny had been poisoned with a chemical warfare agent, which the OPCW later confirmed.",
                &["Correspondent Galina Polonskaya"],
                Indirect,
            )],
        );
        check(
            "The Kiev representative in the contact group, former President Leonid Kravchuk, declared that the Minsk agreements were the main obstacle to settling the Donbass problem.",
            &[(
                "the Minsk agreements were the main obstacle to settling the Donbass problem.",
                &["former President Leonid Kravchuk"],
                Indirect,
            )],
        );
        check(
            "President Zelensky said he could not do this but was only willing to agree to the proposed disengagement at three new check points.",
            &[(
                "he could not do this but was only willing to agree to the proposed disengagement at three new check points.",
                &["President Zelensky"],
                Indirect,
            )],
        );
        check(
            "It must have an opportunity to freely criticise the authorities, she added.",
            &[(
                "It must have an opportunity to freely criticise the authorities",
                &[],
                Indirect,
            )],
        );
    }

    #[test]
    fn more_indirect_forms() {
        check(
            "We reiterate what President of Russia Vladimir Putin said in August 2020 when announcing the registration of the world’s first coronavirus vaccine: we are wide open to cooperation in these matters.",
            &[(
                "we are wide open to cooperation in these matters.",
                &["President of Russia Vladimir Putin"],
                Indirect,
            )],
        );
        check(
            "This is taking place at a time when the United States describes Russia as its main adversary and even enemy, as Mike Pompeo noted recently.",
            &[(
                "This is taking place at a time when the United States describes Russia as its main adversary and even enemy",
                &["Mike Pompeo"],
                Indirect,
            )],
        );
        check(
            "As Deputy Chief of Staff of the Presidential Executive Office, Dmitry Kozak, said they failed to come to terms on a single issue.",
            &[(
                "they failed to come to terms on a single issue.",
                &["Deputy Chief of Staff of the Presidential Executive Office Dmitry Kozak"],
                Indirect,
            )],
        );
        check(
            "Navalny claims that he has been poisoned by the Russian state and by President Putin personally.",
            &[(
                "he has been poisoned by the Russian state and by President Putin personally.",
                &["Navalny"],
                Indirect,
            )],
        );
        check(
            "He said openly in one of his statements that the new administration must not fall into the Russian trap.",
            &[(
                "the new administration must not fall into the Russian trap.",
                &[],
                Indirect,
            )],
        );
    }

    #[test]
    fn last_person_named() {
        assert_eq!(
            last_person("I don’t know how the new US Special Presidential Envoy for Arms Control will formulate President Biden’s position, but Marshall Billingslea, who will leave the post in two days, cannot let up.").as_deref(),
            Some("Marshall Billingslea")
        );
        assert_eq!(
            last_person("We are interested in addressing problems through a dialogue."),
            None
        );
    }

    #[test]
    fn not_reported_speech() {
        check(
            "Azerbaijan then stated that since they came to the area after the ceasefire had been announced, they should be considered separately.",
            &[],
        );
        check(
            "They said it was not the US Government that has shut out all those.",
            &[],
        );
        check(
            "Much has been said about this recently in television reports.",
            &[],
        );
        check(
            "We have already published our answer to this on the Foreign Ministry’s website.",
            &[],
        );
        check(
            "As for what to expect from the new US Administration, so much has already been said about it.",
            &[],
        );
        check("As a result, over 250 people were detained.", &[]);
    }
}
