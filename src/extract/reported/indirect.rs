//! Indirect speech: a clause attributed to someone without quotation
//! marks.

use super::subject::{
    Subject, is_acronym, is_name_word, person_phrases, source_phrase_subject, subject_before,
    subject_before_at,
};
use super::tokens::{Tok, is_verb, tokens};
use super::words::{ADVERBS, CLAUSE_STARTERS, SPEECH_VERBS};
use super::{Report, ReportKind, push};
use crate::text::chars::{is_dash, is_word_apostrophe};

/// Sentences with fewer tokens are not searched for indirect speech.
const MIN_TOKENS: usize = 3;
/// "As Deputy Chief of Staff …, Dmitry Kozak, said …": tokens after "As"
/// searched for the verb.
const AS_NAME_VERB_WINDOW: usize = 24;
/// "As X said, …" / "According to X, …": tokens after the lead searched for
/// the comma that ends the attribution.
const LEADING_COMMA_WINDOW: usize = 20;
/// "…, as Mike Pompeo noted recently.": most tokens after the last comma.
const MAX_TRAILING_AS: usize = 9;
/// "…, according to X." / "…, she added.": most tokens after the last
/// comma.
const MAX_TRAILING_ATTRIBUTION: usize = 8;
/// "…, she added." / "…, Mr Lavrov said.": most tokens of a subject and
/// verb after the last comma.
const MAX_TRAILING_SUBJECT_VERB: usize = 4;

/// Indirect speech in a sentence without attributed quotations: the first
/// of the patterns below that applies, else the reporting clauses of
/// [`super::clause`].
pub(super) fn indirect(s: &str, out: &mut Vec<Report>) {
    let toks = tokens(s, 0);
    if toks.len() < MIN_TOKENS {
        return;
    }
    let mut first = 0;
    if matches!(toks[0].word().as_ref(), "and" | "but" | "so" | "thus") {
        first = 1;
    }
    // "As you just mentioned, the President said … that …": the clause a
    // leading attribution introduces may report someone else in turn.
    if leading_attribution(s, &toks, first, out) {
        super::clause::speech_clauses(s, &toks, first, out);
        return;
    }
    inner_as_attribution(s, &toks, first, out);
    inner_according_to(s, &toks, first, out);
    super::clause::passive_agent_reports(s, &toks, out);
    if what_x_said(s, &toks, out)
        || is_that_what_you_said(s, &toks, first, out)
        || trailing_attribution(s, &toks, first, out)
    {
        return;
    }
    if !super::clause::speech_clauses(s, &toks, first, out) {
        super::clause::nominal_reports(s, &toks, out);
        super::clause::document_reports(s, &toks, out);
        super::clause::heard_from_reports(s, &toks, out);
        super::clause::wanted_to_know_reports(s, &toks, out);
        super::clause::passive_questions(s, &toks, out);
        if out.is_empty() {
            super::clause::adverbial_participles(s, &toks, first, out);
        }
    }
}

/// "As X said, clause" / "According to X, clause" (true when the sentence
/// starts so, whether or not a person was found).
fn leading_attribution(s: &str, toks: &[Tok<'_>], first: usize, out: &mut Vec<Report>) -> bool {
    let lead = toks[first].word();
    if lead == "as"
        || (lead == "according" && toks.get(first + 1).is_some_and(|t| t.word() == "to"))
    {
        let start = if lead == "as" { first + 1 } else { first + 2 };
        // "As Deputy Chief of Staff …, Dmitry Kozak, said they failed …": the
        // name in commas, then the verb and the clause without a comma.
        if lead == "as"
            && let Some(v) =
                (start..toks.len().min(start + AS_NAME_VERB_WINDOW)).find(|&v| is_verb(toks, v))
            && !toks[v].ends_clause()
            && v + 1 < toks.len()
            && toks[v - 1].text.ends_with(',')
            && CLAUSE_STARTERS.contains(&toks[v + 1].word().as_ref())
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
                return true;
            }
        }
        if let Some(c) = (start..toks.len().min(start + LEADING_COMMA_WINDOW))
            .find(|&j| toks[j].text.ends_with(','))
        {
            let subject = if lead == "as" {
                match (start..=c).find(|&v| is_verb(toks, v)) {
                    Some(v) => subject_before(&toks[..v], v).not_self(),
                    // "As you hear from intelligence sources even today, …"
                    None => (start..c)
                        .find(|&h| {
                            matches!(toks[h].word().as_ref(), "hear" | "heard")
                                && toks[h + 1].word() == "from"
                        })
                        .filter(|&h| h + 2 <= c)
                        .map_or(Subject::None, |h| {
                            // "from him yesterday,": the source without the time
                            let mut e = c;
                            while e > h + 2 && ADVERBS.contains(&toks[e].word().as_ref()) {
                                e -= 1;
                            }
                            source_phrase_subject(&toks[h + 2..=e])
                        }),
                }
            } else {
                source_phrase_subject(&toks[start..=c])
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
        return true;
    }
    false
}

/// "…, as X said, clause": tokens after "as" searched for the comma that
/// ends the attribution.
const INNER_AS_WINDOW: usize = 12;
/// Fewest tokens of what was said after an inner "as X said,".
const MIN_INNER_CONTENT: usize = 3;

/// "… because, as you said, people shouldn't be panicking", "and, as
/// President Zelenskyy very eloquently said over in Munich, there's a need
/// …": an "as" attribution inside the sentence, after a comma, a dash or a
/// conjunction, whose subject starts right after "as" (or after "you
/// heard": "as you heard General VanHerck mention last night, …"); what
/// was said is the clause around it ([`inner_as_content`]). The speaker's
/// own "as I said" is a frame, not a report.
fn inner_as_attribution(s: &str, toks: &[Tok<'_>], first: usize, out: &mut Vec<Report>) {
    for k in first + 1..toks.len() {
        if toks[k].word() != "as"
            || !(toks[k - 1].ends_clause()
                || matches!(toks[k - 1].word().as_ref(), "and" | "but" | "because"))
        {
            continue;
        }
        // The second "as" of "as you — as you just mentioned" was read
        // with the first.
        if toks[k - 1].text.chars().all(is_dash)
            && (k.saturating_sub(3)..k - 1).any(|j| toks[j].word() == "as")
        {
            continue;
        }
        let Some((subject, c)) = as_attribution(toks, k) else {
            continue;
        };
        // "as you say, Candy, have been out of work": the name after the
        // attribution is whom "you" means.
        let vocative = subject == Subject::Addressee
            && toks
                .get(c + 1)
                .is_some_and(|t| is_name_word(t) && t.text.ends_with(',') && !is_acronym(t.bare()))
            && c + 2 < toks.len();
        let (subject, c) = if vocative {
            let name = toks[c + 1].text.trim_end_matches(',').to_string();
            (Subject::People(vec![name]), c + 1)
        } else {
            (subject, c)
        };
        if let Some(range) = inner_as_content(s, toks, first, k, c) {
            push(out, s, range, subject, ReportKind::Indirect);
        }
    }
}

/// The attribution "as X said" starting at `toks[k]` ("as"): its subject
/// (never the speaker's own "as I said") and the index of its last token,
/// which ends a clause or the sentence. A restart after a dash is read
/// from its second "as" ("as you — as you just mentioned"); "as you call
/// it" names, and "as you know" or "as you saw" report no words.
fn as_attribution(toks: &[Tok<'_>], k: usize) -> Option<(Subject, usize)> {
    let k = match (k + 2..toks.len().min(k + 4))
        .find(|&j| toks[j].word() == "as" && toks[j - 1].ends_clause())
    {
        Some(j) => j,
        None => k,
    };
    let last = toks.len() - 1;
    let (v, c, subject_from) = attribution_verb(toks, k)?;
    // "as you were asking the question": what was asked is no part of
    // the clause around it.
    if toks[v].word().starts_with("ask") {
        return None;
    }
    // "as you heard General VanHerck mention", "as you've heard him say".
    let heard = toks.get(k + 1).is_some_and(|t| {
        let w = t.word().replace(is_word_apostrophe, "'");
        w == "you" || w == "you've"
    }) && toks.get(k + 2).is_some_and(|t| t.word() == "heard");
    // "as you were saying": the subject before the auxiliaries.
    let mut u = v;
    while u > k + 2
        && matches!(toks[u - 1].word().as_ref(), w if FINITE.contains(&w) || w == "been")
    {
        u -= 1;
    }
    let (subject, start) = match toks.get(k + 3).map(|t| t.word()) {
        Some(w) if heard && u == k + 4 && matches!(w.as_ref(), "him" | "her") => {
            (Subject::Pronoun, k + 3)
        }
        _ => subject_before_at(&toks[..u], u),
    };
    if start != subject_from && !(heard && start == k + 3) {
        return None;
    }
    // "as he said yours is": the words said inside the attribution.
    let upto = if c == last { c + 1 } else { c };
    if toks.get(v + 1..upto).unwrap_or_default().iter().any(|t| {
        matches!(
            t.word().as_ref(),
            "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would"
        )
    }) {
        return None;
    }
    match subject.not_self() {
        Subject::None => None,
        subject => Some((subject, c)),
    }
}

/// The verb of the attribution "as X said" starting at `toks[k]`, the
/// index of the token that ends its clause, and where its subject starts:
/// after "as", or after the comma of a description before the name ("as
/// the Commander of NORTHCOM and NORAD, General VanHerck, said last
/// night").
fn attribution_verb(toks: &[Tok<'_>], k: usize) -> Option<(usize, usize, usize)> {
    let last = toks.len() - 1;
    let clause_end = |from: usize| {
        (from..toks.len().min(from + INNER_AS_WINDOW)).find(|&j| toks[j].ends_clause() || j == last)
    };
    let verb_in = |from: usize, to: usize| {
        (from..=to).find(|&v| {
            is_verb(toks, v)
                || SPEECH_VERBS.contains(&toks[v].word().as_ref())
                    && !toks[v].word().starts_with("call")
        })
    };
    let mut c = clause_end(k + 1)?;
    // where the subject starts: after "as", or after the comma of a
    // description ("as the Commander of NORTHCOM and NORAD, General
    // VanHerck, said last night")
    let mut subject_from = k + 1;
    let v = match verb_in(k + 1, c) {
        Some(v) => v,
        None if toks[c].text.ends_with(',')
            && c < last
            && matches!(
                toks[k + 1].word().as_ref(),
                "the" | "a" | "an" | "our" | "my" | "his" | "her" | "their"
            )
            && is_name_word(&toks[c + 1]) =>
        {
            subject_from = c + 1;
            c = clause_end(c + 1)?;
            // the name's own comma closes the appositive
            if toks[c].text.ends_with(',') && c < last && verb_in(subject_from, c).is_none() {
                c = clause_end(c + 1)?;
            }
            verb_in(subject_from, c)?
        }
        None => return None,
    };
    Some((v, c, subject_from))
}

/// What an inner "as X said" (tokens `k..=c`) attributes: the words after
/// it when they are a clause of their own ("…, as you noted, the working
/// group affirmed …") or nothing stands before it in its clause ("and, as
/// you said, in one case, on sea ice"); else its whole clause, from the
/// clause's start (after "that" or a dash) to the end of the sentence,
/// when the words after it go on the words before ("a CDC team, as you
/// were saying, was being dispatched", "a symbolic show of support, as you
/// were talking about, to the Ukrainian people") or it ends the sentence
/// ("We're going to Eastern Europe, as you — as you just mentioned.").
fn inner_as_content(
    s: &str,
    toks: &[Tok<'_>],
    first: usize,
    k: usize,
    c: usize,
) -> Option<std::ops::Range<usize>> {
    let clause = (first..k)
        .rev()
        .find(|&j| {
            j + 1 < k
                && (toks[j].word() == "that" && !toks[j].text.ends_with(',')
                    || toks[j].text.chars().all(is_dash))
        })
        .map_or(first, |j| j + 1);
    let before = (clause..k)
        .filter(|&j| {
            !matches!(
                toks[j].word().as_ref(),
                "and" | "but" | "or" | "so" | "because"
            )
        })
        .count();
    let rest = &toks[c + 1..];
    if c + 1 == toks.len() {
        return (before >= MIN_INNER_CONTENT).then(|| toks[clause].start..toks[k - 1].end);
    }
    if rest.len() < MIN_INNER_CONTENT {
        return None;
    }
    let goes_on = rest[0]
        .word()
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
        && (FINITE.contains(&rest[0].word().as_ref())
            || PREPOSITIONS.contains(&rest[0].word().as_ref()));
    // "why, as you just mentioned, D.C. deserves statehood"
    let subordinate = matches!(
        toks[k - 1].word().as_ref(),
        "why" | "because" | "that" | "how" | "if" | "when" | "where"
    );
    if before >= 2 && goes_on && !subordinate {
        return Some(toks[clause].start..s.len());
    }
    (before < 2 || subordinate || verb_soon(rest)).then(|| toks[c + 1].start..s.len())
}

/// Prepositions that carry a phrase on after an attribution in commas ("a
/// symbolic show of support, as you were talking about, to the Ukrainian
/// people").
const PREPOSITIONS: [&str; 9] = ["to", "in", "on", "for", "with", "at", "from", "of", "by"];

/// Most tokens of the source in ", according to X,".
const MAX_ACCORDING_TO: usize = 6;

/// "And those group, according to him, would include China, India …":
/// the sentence, attributed to the source set off by commas inside it.
fn inner_according_to(s: &str, toks: &[Tok<'_>], first: usize, out: &mut Vec<Report>) {
    for k in first + 1..toks.len().saturating_sub(2) {
        if toks[k].word() != "according"
            || toks[k + 1].word() != "to"
            || !toks[k - 1].text.ends_with(',')
        {
            continue;
        }
        let Some(c) =
            (k + 2..toks.len().min(k + 2 + MAX_ACCORDING_TO)).find(|&j| toks[j].ends_clause())
        else {
            continue;
        };
        if !toks[c].text.ends_with(',') || !verb_soon(&toks[c + 1..]) {
            continue;
        }
        let subject = source_phrase_subject(&toks[k + 2..=c]);
        if subject == Subject::None {
            continue;
        }
        push(
            out,
            s,
            toks[first].start..s.len(),
            subject,
            ReportKind::Indirect,
        );
        return;
    }
}

/// Most tokens from the start of what was said to its verb.
const MAX_TO_VERB: usize = 6;

/// Whether a finite verb comes within [`MAX_TO_VERB`] tokens: what was
/// said is a clause ("people shouldn't be panicking", "there's a need"),
/// not a phrase ("for more than a week").
fn verb_soon(toks: &[Tok<'_>]) -> bool {
    toks.iter().take(MAX_TO_VERB).any(|t| {
        let w = t.word().replace(is_word_apostrophe, "'");
        FINITE.contains(&w.as_str())
            || w.ends_with("n't")
            || ["'s", "'re", "'ve", "'ll", "'d", "'m"]
                .iter()
                .any(|x| w.ends_with(x))
    })
}

/// Finite verbs and modals.
const FINITE: [&str; 18] = [
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "must", "may", "might", "do", "does", "did",
];

/// "We reiterate what X said …: clause" (true when found).
fn what_x_said(s: &str, toks: &[Tok<'_>], out: &mut Vec<Report>) -> bool {
    // "We reiterate what President Vladimir Putin said in August 2020 …: we
    // are wide open …" — the words after the colon.
    if let Some(w) = toks.iter().position(|t| t.word() == "what")
        && let Some(colon) = toks[w..]
            .iter()
            .position(|t| t.text.ends_with(':'))
            .map(|k| w + k)
        && colon + 1 < toks.len()
        && let Some(v) = (w + 1..=colon).find(|&v| is_verb(toks, v))
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
        return true;
    }
    false
}

/// "It was not a spontaneous demonstration, is that what you're saying?":
/// the clause before the comma is the addressee's, as the asker reads it
/// (true when found).
fn is_that_what_you_said(s: &str, toks: &[Tok<'_>], first: usize, out: &mut Vec<Report>) -> bool {
    let Some(c) = toks.iter().rposition(|t| t.text.ends_with(',')) else {
        return false;
    };
    let words: Vec<String> = toks[c + 1..]
        .iter()
        .map(|t| t.word().replace(is_word_apostrophe, "'"))
        .collect();
    let asked = matches!(
        words.iter().map(String::as_str).collect::<Vec<_>>()[..],
        ["is", "that", "what", "you're" | "you've", "saying" | "said"]
            | [
                "is",
                "that",
                "what",
                "you",
                "are" | "have",
                "saying" | "said"
            ]
            | ["is", "that", "what", "you", "said" | "mean"]
    );
    if asked && c > first + 1 {
        push(
            out,
            s,
            toks[first].start..toks[c].end,
            Subject::Addressee,
            ReportKind::Indirect,
        );
    }
    asked
}

/// "clause, according to X." / "clause, she added." / "clause, as Mike
/// Pompeo noted recently." (true when found).
fn trailing_attribution(s: &str, toks: &[Tok<'_>], first: usize, out: &mut Vec<Report>) -> bool {
    if let Some(c) = toks.iter().rposition(|t| t.text.ends_with(',')) {
        let tail = &toks[c + 1..];
        let as_x = tail.len() >= 3 && tail[0].word() == "as" && tail.len() <= MAX_TRAILING_AS;
        if as_x
            && let Some(v) = (1..tail.len()).find(|&v| is_verb(tail, v))
            && tail[v..]
                .iter()
                .skip(1)
                .all(|t| ADVERBS.contains(&t.word().as_ref()))
            && let (Subject::People(p), 1) = subject_before_at(&tail[..v], v)
        {
            push(
                out,
                s,
                toks[first].start..toks[c].end,
                Subject::People(p),
                ReportKind::Indirect,
            );
            return true;
        }
        if !tail.is_empty()
            && tail.len() <= MAX_TRAILING_ATTRIBUTION
            && tail.last().is_some_and(|t| t.text.ends_with('.'))
        {
            let subject =
                if tail.len() >= 3 && tail[0].word() == "according" && tail[1].word() == "to" {
                    source_phrase_subject(&tail[2..])
                } else if tail.len() <= MAX_TRAILING_SUBJECT_VERB
                    && is_verb(tail, tail.len() - 1)
                    && tail.len() >= 2
                {
                    subject_before(&tail[..tail.len() - 1], tail.len() - 1).not_self()
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
                return true;
            }
        }
    }
    false
}
