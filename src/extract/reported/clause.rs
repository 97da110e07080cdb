//! Reporting clauses anywhere in a sentence: a subject, a verb of saying
//! and what was said ("And yesterday you said that there is a legal process
//! that is ongoing", "The President has made clear that …", "Romney says
//! he would cut taxes", "China claimed it was a weather balloon").
//!
//! The subject stands right before the verb (adverbs and auxiliaries
//! between them are skipped). What was said is what follows the verb: a
//! "that"-clause (after a short phrase such as "yesterday" or "to
//! reporters"), a clause that starts with a pronoun, determiner or name, a
//! colon, an if/whether/wh-clause after "asked", or an infinitive after
//! "urged … to". Speech that is not asserted to have happened is left out:
//! negated ("never said", "didn't say"), future or hypothetical ("will
//! say", "would tell", "if he says"), asked about ("did you say …?").

use super::subject::{Subject, subject_before_at};
use super::tokens::{Tok, aspect_start, trim_range};
use super::words::{
    ADVERBS, CLAUSE_STARTERS, FINITE_VERBS, ISSUED_DOCUMENTS, NOT_ASSERTED_BEFORE,
    NOT_ASSERTED_BETWEEN, SPEECH_VERBS, VERDICTS,
};
use super::{Report, ReportKind, push};
use crate::text::chars::{is_dash, is_word_apostrophe};
use crate::text::names;

/// Most tokens of the phrase between a verb and its "that" ("said
/// yesterday at the State of the Union that …").
const PHRASE_BEFORE_THAT: usize = 8;
/// Shortest word in -ly taken for an adverb ("only", "early" are shorter
/// or not manner adverbs; "correctly" is longer).
const MIN_LY_ADVERB: usize = 5;
/// Fewest tokens of reported content ("he had said publicly they have."
/// is too little to be a claim).
pub(super) const MIN_CONTENT_TOKENS: usize = 3;
/// Most tokens between a subject and its verb that are auxiliaries or
/// adverbs ("has also repeatedly said").
const MAX_AUXILIARIES: usize = 4;
/// An object pronoun at the end of a short sentence is an anaphoric report
/// ("He has said it for the last two years."): most tokens after it.
const MAX_AFTER_ANAPHOR: usize = 6;
/// Most tokens after the pronoun when no comma or semicolon follows it
/// before the end ("he mentioned this in the State of the Union.", "he
/// says it many times when he speaks in front of the American people."):
/// a comma may open the speaker's own comment ("He said this last week,
/// I think it was Tuesday.").
const MAX_AFTER_ANAPHOR_UNBROKEN: usize = 12;

/// Auxiliaries that may stand between a subject and a verb of saying.
const AUXILIARIES: [&str; 10] = [
    "has", "have", "had", "did", "does", "was", "were", "is", "are", "been",
];

/// Object pronouns and words that may come between a verb and its clause
/// ("told me that", "told reporters that").
const OBJECTS: [&str; 9] = [
    "me",
    "us",
    "him",
    "her",
    "them",
    "you",
    "reporters",
    "everyone",
    "everybody",
];

/// Words that start a question's content after "asked".
const QUESTION_STARTERS: [&str; 9] = [
    "if", "whether", "what", "why", "how", "when", "where", "who", "which",
];

/// Words that make the phrase between a verb and "that" a topic or a list,
/// so "that" is a relative pronoun, or a clause of its own ("said if they
/// cross that line, we will respond": "that" a determiner).
const NOT_IN_PHRASE: [&str; 11] = [
    "about", "and", "or", "it", "this", "if", "unless", "when", "whenever", "because", "although",
];

/// Words that open unmarked direct speech after "said," ("said, well, …",
/// "said, look, …", "said, please let us do that").
const UNMARKED_STARTS: [&str; 16] = [
    "well", "look", "listen", "please", "yes", "no", "let's", "let", "we", "do", "don't", "hey",
    "okay", "what", "why", "how",
];

/// Subject pronouns that start a reported clause after any verb of saying.
const SUBJECT_PRONOUNS: [&str; 8] = ["he", "she", "they", "it", "we", "i", "you", "there"];

/// Nouns after "that a" that make "that" a demonstrative ("said that a
/// lot", "said that a week ago").
const A_DEMONSTRATIVE_NOUNS: [&str; 14] = [
    "lot", "while", "few", "couple", "bit", "week", "month", "year", "day", "moment", "minute",
    "second", "time", "half",
];

/// Pronouns that make a report anaphoric ("said it", "said this").
const ANAPHORS: [&str; 3] = ["it", "this", "so"];

/// Words after "that" that make it a demonstrative ("I said that at the
/// time"), not a complementiser.
const AFTER_DEMONSTRATIVE: [&str; 10] = [
    "at",
    "in",
    "before",
    "yesterday",
    "today",
    "earlier",
    "again",
    "many",
    "a",
    "to",
];

/// Every reporting clause of a sentence; true when one was found.
pub(super) fn speech_clauses(
    s: &str,
    toks: &[Tok<'_>],
    first: usize,
    out: &mut Vec<Report>,
) -> bool {
    let mut found = false;
    let mut v = first + 1;
    // The last report pushed and the token its content starts at.
    let mut last: Option<(usize, usize)> = None;
    let first_end = first_sentence_end(toks);
    let mut quotes = None;
    while v < toks.len() {
        if let Some((subject, start, opens)) = reported_at(toks, v, first_end) {
            let start_byte = if start < toks.len() {
                toks[start].start
            } else {
                s.len()
            };
            let range = match start {
                // Anaphoric: the reporting clause itself.
                usize::MAX => toks[first].start..s.len(),
                _ => start_byte..s.len(),
            };
            if too_short(toks, v, start, opens) {
                v += 1;
                continue;
            }
            // "we said, “Why not cut out the middleman?” And …": a
            // quotation opening the content is the words said.
            // (the sentence's quotations are read once, when first needed)
            let quoted = (start != usize::MAX)
                .then(|| quotes.get_or_insert_with(|| super::tokens::quotations(s)))
                .and_then(|qs| qs.iter().find(|q| q.0 == start_byte).cloned());
            let (range, kind) = match quoted {
                Some((_, words, _)) => (words, ReportKind::Direct),
                None => (range, ReportKind::Indirect),
            };
            let before = out.len();
            push(out, s, range, subject, kind);
            if out.len() > before && kind == ReportKind::Indirect && start < toks.len() {
                end_before_main_clause(s, toks, &mut out[before], start, v);
            }
            if out.len() > before {
                if let Some((i, from)) = last {
                    end_before_frame(s, toks, &mut out[i], from, v);
                }
                last = (start < toks.len()).then_some((before, start));
                found = true;
                v = start.min(toks.len());
                continue;
            }
        }
        v += 1;
    }
    found
}

/// Whether what was said from token `start` (after the verb at `v`) is
/// too short to report: fewer than [`MIN_CONTENT_TOKENS`] tokens, unless
/// a short clause opens it after a subject that opens its own clause
/// (`opens`), or it is a yes or no, a call's readout or a gerund's
/// position ([`gerund_topic`]).
fn too_short(toks: &[Tok<'_>], v: usize, start: usize, opens: bool) -> bool {
    if start == usize::MAX || toks.len() - start.min(toks.len()) >= MIN_CONTENT_TOKENS {
        return false;
    }
    let short_ok = (opens && short_clause(&toks[start.min(toks.len())..]))
        || yes_or_no(toks, v, start)
        || after_readout_verb(toks, start)
        || gerund_topic(toks, start);
    !short_ok
}

/// Most tokens between a comma and the verb of a reporting clause that
/// ends the report before it ("…, you said …").
const MAX_FRAME_AFTER_COMMA: usize = 4;

/// "I said if I got bin Laden in our sights I would take that shot, you
/// said we shouldn't …": a report whose content (from token `from`) runs
/// into the reporting clause of the next one (its verb at token `verb`)
/// ends at the comma before that clause.
fn end_before_frame(s: &str, toks: &[Tok<'_>], report: &mut Report, from: usize, verb: usize) {
    if report.range.end != s.len() {
        return;
    }
    let comma = (from..verb)
        .rev()
        .take(MAX_FRAME_AFTER_COMMA + 1)
        .find(|&k| toks[k].text.ends_with(','));
    if let Some(k) = comma.filter(|&k| k > from) {
        report.range = trim_range(s, report.range.start..toks[k].start + toks[k].text.len());
        return;
    }
    // "he said that it was true and she said that it was not": "and" or
    // "but" before the next reporting clause's subject ends the report.
    // (Without this, each report of a sentence ran to its end: a run-on
    // sentence of n reports held n² bytes of reported words.)
    if let Some(ss) = subject_start(toks, verb)
        && ss > from + 1
        && matches!(toks[ss - 1].word().as_ref(), "and" | "but")
    {
        report.range = trim_range(s, report.range.start..toks[ss - 2].end);
    }
}

/// Subordinators that open a clause set before the main one ("When you
/// said that Medicaid should go to the states, you were wrong"). Not "as",
/// whose clause ("As he said, …") attributes the main clause.
const FRONTED_SUBORDINATORS: [&str; 10] = [
    "when", "whenever", "after", "before", "because", "since", "while", "although", "though",
    "once",
];

/// A report inside a fronted subordinate clause (its reporting verb at
/// `verb`, its content from token `from`) ends at the comma before the main
/// clause: "When you said that Medicaid should go to the states, ⟨you were
/// wrong⟩" reports "Medicaid should go to the states".
fn end_before_main_clause(
    s: &str,
    toks: &[Tok<'_>],
    report: &mut Report,
    from: usize,
    verb: usize,
) {
    let Some(ss) = subject_start(toks, verb) else {
        return;
    };
    if ss == 0 || !FRONTED_SUBORDINATORS.contains(&toks[ss - 1].word().as_ref()) {
        return;
    }
    let end = report.range.end;
    if let Some(k) = (from..toks.len())
        .take_while(|&k| toks[k].end <= end)
        .find(|&k| {
            toks[k].text.ends_with(',')
                && !filler_before(toks, k)
                && !toks
                    .get(k + 2)
                    .is_some_and(|t| t.text.ends_with(',') && filler_before(toks, k + 2))
                && (finite_clause_at(toks, k + 1, true) || main_question_at(toks, k + 1))
        })
    {
        report.range = trim_range(s, report.range.start..toks[k].start + toks[k].text.len());
    }
}

/// A main clause that asks (at `j`): an auxiliary before a pronoun ("does
/// it mean that …", "would you …") or a question word ("what does …").
fn main_question_at(toks: &[Tok<'_>], j: usize) -> bool {
    let (Some(first), Some(second)) = (toks.get(j), toks.get(j + 1)) else {
        return false;
    };
    let w = first.word();
    let inverted = matches!(
        w.as_ref(),
        "does"
            | "do"
            | "did"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "has"
            | "have"
    ) && matches!(
        second.word().as_ref(),
        "it" | "you" | "he" | "she" | "they" | "we" | "i" | "that" | "this" | "the"
    );
    inverted || matches!(w.as_ref(), "what" | "how" | "why" | "where" | "who")
}

/// "you know," or "I mean," (ending at `k`): a filler, not the end of a
/// clause.
fn filler_before(toks: &[Tok<'_>], k: usize) -> bool {
    k > 0
        && matches!(
            (toks[k - 1].word().as_ref(), toks[k].word().as_ref()),
            ("you", "know") | ("i", "mean")
        )
}

/// Where the subject of the reporting verb at `v` starts, when it has one.
fn subject_start(toks: &[Tok<'_>], v: usize) -> Option<usize> {
    let w = toks[v].word();
    let subj_end = asserting_subject_end(toks, v, &w, aspect_start(toks, v))?;
    reporting_subject(toks, subj_end).map(|(_, start, _)| start)
}

/// "And he said no.", "they said no", "the president said no to that
/// pipeline": a refusal or assent is what was said, however short. True
/// when the content at `start` is "no" or "yes" right after the verb of
/// saying at `v`.
fn yes_or_no(toks: &[Tok<'_>], v: usize, start: usize) -> bool {
    start == v + 1
        && matches!(toks[v].word().as_ref(), "said" | "says")
        && toks
            .get(start)
            .is_some_and(|t| matches!(t.word().as_ref(), "no" | "yes"))
}

/// "The president said he would.", "Governor Romney says I'm opposed.":
/// two tokens of content are a clause when a subject pronoun opens them and
/// a verb or auxiliary follows (and the reporting subject opens its clause:
/// not "what he said he'd do", "the proof he had said publicly they have").
fn short_clause(content: &[Tok<'_>]) -> bool {
    let [first, second] = content else {
        return false;
    };
    let (pronoun, contracted) = word_and_contraction(first);
    SUBJECT_PRONOUNS.contains(&pronoun.as_str())
        && pronoun != "it"
        && (contracted || makes_finite(second))
        && !ANAPHORS.contains(&second.word().as_ref())
}

/// A token's word before any apostrophe ("we" of "we've"), and whether
/// something was contracted onto it.
fn word_and_contraction(t: &Tok<'_>) -> (String, bool) {
    let w = t.word().replace(is_word_apostrophe, "'");
    match w.split_once('\'') {
        Some((p, _)) => (p.to_string(), true),
        None => (w, false),
    }
}

/// Index just past the subject of the verb at `v`: the verb's index with
/// the auxiliaries and adverbs before it skipped.
fn subject_end(toks: &[Tok<'_>], v: usize) -> usize {
    let mut i = v;
    while i > 0
        && v - i < MAX_AUXILIARIES
        && !toks[i - 1].ends_clause()
        && (AUXILIARIES.contains(&toks[i - 1].word().as_ref())
            || ADVERBS.contains(&toks[i - 1].word().as_ref())
            || is_ly_adverb(&toks[i - 1])
            || floating_quantifier(toks, i - 1)
            || is_contracted_subject(&toks[i - 1].word()).is_some())
    {
        if is_contracted_subject(&toks[i - 1].word()).is_some() {
            // "you’ve said": the subject is the token itself.
            return i;
        }
        i -= 1;
    }
    i
}

/// "they all said", "we both said": "all", "both" or "each" (at `i`)
/// after a plural pronoun is part of the subject.
fn floating_quantifier(toks: &[Tok<'_>], i: usize) -> bool {
    i > 0
        && matches!(toks[i].word().as_ref(), "all" | "both" | "each")
        && !toks[i - 1].ends_clause()
        && matches!(toks[i - 1].word().as_ref(), "they" | "we" | "you")
}

/// "correctly", "repeatedly": a lower-case word in -ly between a subject
/// and its verb.
fn is_ly_adverb(t: &Tok<'_>) -> bool {
    let w = t.word();
    w.len() > MIN_LY_ADVERB && w.ends_with("ly") && t.text.starts_with(char::is_lowercase)
}

/// "you’ve", "he’s", "I’ve", "you’re": a pronoun with a contracted
/// auxiliary (not "’d" or "’ll", which are modal).
pub(super) fn is_contracted_subject(w: &str) -> Option<&str> {
    let w = w.replace(is_word_apostrophe, "'");
    let (p, aux) = w.split_once('\'')?;
    matches!(aux, "ve" | "s" | "re").then_some(())?;
    ["you", "i", "he", "she"].into_iter().find(|x| *x == p)
}

/// Words after which "states" is the noun ("five Arab states that …",
/// "member states", "the Gulf states"), in lower case.
const STATE_NOUN_BEFORE: [&str; 24] = [
    "the",
    "member",
    "nation",
    "island",
    "other",
    "these",
    "those",
    "many",
    "several",
    "some",
    "all",
    "both",
    "small",
    "sovereign",
    "two",
    "three",
    "four",
    "five",
    "arab",
    "gulf",
    "baltic",
    "european",
    "african",
    "balkan",
];

/// Whether "states" after `before` is the noun: after a number or one of
/// [`STATE_NOUN_BEFORE`].
fn states_is_noun(before: &Tok<'_>) -> bool {
    let w = before.word();
    STATE_NOUN_BEFORE.contains(&w.as_ref()) || w.starts_with(|c: char| c.is_ascii_digit())
}

/// Where the subject of the verb of saying `w` at `v` ends (before its
/// auxiliaries and adverbs, or the verb of habit at `aspect`), unless the
/// words between deny or question the saying ("didn't say", "would say"),
/// the verb is passive, or "clear" has no form of "be" before it. "has
/// never been clearer that …" asserts as "has been clear" does.
fn asserting_subject_end(
    toks: &[Tok<'_>],
    v: usize,
    w: &str,
    aspect: Option<usize>,
) -> Option<usize> {
    let before = aspect.unwrap_or(v);
    // "the governors - Republican and Democrats - said": the subject ends
    // before the words between dashes.
    let before = dash_parenthetical_start(toks, before)
        .or_else(|| comma_parenthetical_start(toks, before))
        .unwrap_or(before);
    let mut subj_end = subject_end(toks, before);
    let clearer = w == "clearer";
    if clearer && subj_end > 0 && toks[subj_end - 1].word() == "never" {
        subj_end = subject_end(toks, subj_end - 1);
    }
    let denied = toks[subj_end..aspect.unwrap_or(v)]
        .iter()
        .any(|t| not_asserted_between(t) && !(clearer && t.word() == "never"));
    let bare_clear = matches!(w, "clear" | "clearer") && !copula_before(&toks[subj_end..v]);
    (!(is_passive(toks, v) || denied || bare_clear)).then_some(subj_end)
}

/// Most tokens between two dashes that stand between a subject and its
/// verb.
const MAX_DASH_PARENTHETICAL: usize = 8;

/// Whether `t` is a dash standing alone ("-", "–", "—").
fn is_dash_token(t: &Tok<'_>) -> bool {
    !t.text.is_empty() && t.text.chars().all(crate::text::chars::is_dash)
}

/// When the token before `v` is a dash that closes words opened by an
/// earlier dash ("the governors - Republican and Democrats - said",
/// "President Putin — and I agree with him — said"), the index of the
/// opening dash: at least one token between, at most
/// [`MAX_DASH_PARENTHETICAL`], none ending a sentence, and a word before
/// the opening dash.
fn dash_parenthetical_start(toks: &[Tok<'_>], v: usize) -> Option<usize> {
    if v < 4 || !is_dash_token(&toks[v - 1]) {
        return None;
    }
    let lowest = (v - 1).saturating_sub(MAX_DASH_PARENTHETICAL + 1);
    let open = (lowest..v - 2).rev().find(|&j| is_dash_token(&toks[j]))?;
    (open > 0
        && !toks[open - 1].ends_clause()
        && toks[open + 1..v - 1].iter().all(|t| !t.ends_sentence()))
    .then_some(open)
}

/// Most tokens between two commas that stand between a subject and its
/// verb ([`comma_parenthetical_start`]).
const MAX_COMMA_PARENTHETICAL: usize = 16;

/// Words that open a phrase of circumstance set off by commas between a
/// subject and its verb ("The Pentagon, in a statement on Sunday, said",
/// "Secretary Blinken, speaking in Munich, said", "the top officials, when
/// asked explicitly if …, said").
const CIRCUMSTANCE_OPENERS: [&str; 19] = [
    "when",
    "while",
    "after",
    "before",
    "once",
    "upon",
    "asked",
    "speaking",
    "writing",
    "responding",
    "testifying",
    "citing",
    "in",
    "at",
    "on",
    "during",
    "following",
    "from",
    "through",
];

/// When the token before `v` closes, with a comma, a phrase of
/// circumstance opened by a comma after the subject ("The Pentagon, in a
/// statement on Sunday, said"), the index just after the subject (the
/// token that bears the opening comma, plus one): the phrase opens with
/// one of [`CIRCUMSTANCE_OPENERS`], holds at most
/// [`MAX_COMMA_PARENTHETICAL`] tokens and no other comma, and nothing in
/// it ends a sentence.
fn comma_parenthetical_start(toks: &[Tok<'_>], v: usize) -> Option<usize> {
    if v < 3 || !toks[v - 1].text.ends_with(',') {
        return None;
    }
    let lowest = (v - 1).saturating_sub(MAX_COMMA_PARENTHETICAL + 1);
    let open = (lowest..v - 1).rev().find(|&j| toks[j].ends_clause())?;
    (open > 0
        && toks[open].text.ends_with(',')
        && CIRCUMSTANCE_OPENERS.contains(&toks[open + 1].word().as_ref()))
    .then_some(open + 1)
}

/// The index of the first token of `toks` that ends a sentence (their
/// number when none does).
fn first_sentence_end(toks: &[Tok<'_>]) -> usize {
    // A semicolon joins two clauses of one sentence ("I've said this many
    // times before; you've heard the President say this as well — …").
    toks.iter()
        .position(|t| t.ends_sentence() && !t.text.ends_with(';'))
        .unwrap_or(toks.len())
}

/// Whether the token at `v` (`w`, in lower case) is a verb of saying right
/// after its subject: not after a clause's end, but after a comma that
/// closes an appositive ("Correspondent Galina Polonskaya, who was on the
/// plane …, said") or a dash that closes words between dashes.
fn is_speech_verb_at(toks: &[Tok<'_>], v: usize, w: &str) -> bool {
    SPEECH_VERBS.contains(&w)
        && !(toks[v - 1].ends_clause()
            && !toks[v - 1].text.ends_with(',')
            && dash_parenthetical_start(toks, v).is_none())
        && !toks[v].bare().starts_with(char::is_uppercase)
        && !(w == "states" && states_is_noun(&toks[v - 1]))
}

/// When the token at `v` is a verb of saying that reports speech, the index
/// of the first token of what was said (`usize::MAX` for an anaphoric
/// report: the whole clause is the content).
///
/// `first_end` is [`first_sentence_end`] of `toks`: a verb after a
/// sentence's end reports nothing (read once per sentence, not per verb).
fn reported_at(toks: &[Tok<'_>], v: usize, first_end: usize) -> Option<(Subject, usize, bool)> {
    let w = toks[v].word();
    if !is_speech_verb_at(toks, v, &w) || first_end < v {
        return None;
    }
    // "continues to call on", "keeps saying": the subject ends before the
    // verb of habit, and its "to" is no future.
    let aspect = aspect_start(toks, v);
    let subj_end = asserting_subject_end(toks, v, &w, aspect)?;
    let (subject, subj_start, contracted) = reporting_subject(toks, subj_end)?;
    if !verb_form_reports(
        toks,
        v,
        &subject,
        subj_start,
        subj_end,
        aspect.is_some(),
        contracted,
    ) {
        return None;
    }
    if let Some(k) = the_way_it_was(toks, v, subj_start) {
        let report = k + MIN_CONTENT_TOKENS <= toks.len() && subject != Subject::SelfRef;
        return report.then_some((subject, k, false));
    }
    // "what Governor Romney has now said is …": the content follows "is".
    let after_what = after_what(toks, subj_start);
    if after_what && apposed_that(toks, v) {
        return Some((subject, v + 2, false));
    }
    let topic_ok = topic_report_allowed(toks, v, subj_start, first_end);
    let after = after_verb_start(toks, v);
    let c = match after_verb(toks, &w, after, &subject, topic_ok) {
        AfterVerb::Content(c) => c,
        AfterVerb::Done(report) => return report.map(|(subject, k)| (subject, k, false)),
    };
    if after_what && let Some(k) = what_is(toks, c) {
        return (k < toks.len()).then_some((subject, k, false));
    }
    if relative_prediction(toks, subj_start, c) {
        return Some((subject, c, false));
    }
    // The subject opens its clause: "Then you said we should.".
    let opens = subj_start == 0
        || toks[subj_start - 1].ends_clause()
        || matches!(
            toks[subj_start - 1].word().as_ref(),
            "and" | "but" | "so" | "then" | "now"
        );
    let content = content_start(toks, &w, c)?;
    if matches!(content, Content::Object(_)) && !topic_ok {
        return None;
    }
    // Self-reports only of the speaker's own earlier words with a
    // clause: "I said that …", "I said we'd transition out of Afghanistan".
    let emphatic = w == "say" && toks[v - 1].word() == "did";
    // "I've mentioned this before: …" restates, as "as I said" does.
    if subject == Subject::SelfRef
        && (matches!(content, Content::Anaphor | Content::Object(_))
            || toks.get(c).is_some_and(|t| t.word() == "this")
            || !(emphatic || SELF_REPORT_VERBS.contains(&w.as_ref())))
    {
        return None;
    }
    let start = match content {
        Content::That(k) | Content::Clause(k) | Content::Object(k) => k,
        Content::Anaphor => usize::MAX,
    };
    Some((subject, start, opens))
}

/// "this plan that he says will only affect folks in the future": in a
/// relative clause (its pronoun just before the subject at `subj_start`),
/// a modal right after the verb (at `c`) is what was said of the noun.
/// ("the thing that he said was wrong" may be the speaker's own judgment:
/// only modals.)
fn relative_prediction(toks: &[Tok<'_>], subj_start: usize, c: usize) -> bool {
    subj_start > 0
        && matches!(
            toks[subj_start - 1].word().as_ref(),
            "that" | "which" | "who"
        )
        && !toks[subj_start - 1].ends_clause()
        && toks.get(c).is_some_and(|t| {
            !t.ends_clause()
                && matches!(
                    t.word().as_ref(),
                    "will" | "would" | "can" | "could" | "should" | "must" | "may" | "might"
                )
        })
        && c + MIN_CONTENT_TOKENS <= toks.len()
}

/// "let's go back to what Governor Romney indicated, that under his plan
/// …": after "what" and its verb (at `v`), the content follows in
/// apposition, from `v + 2`.
fn apposed_that(toks: &[Tok<'_>], v: usize) -> bool {
    toks[v].text.ends_with(',')
        && toks.get(v + 1).is_some_and(|t| t.word() == "that")
        && !toks.get(v + 2).is_some_and(makes_finite)
        && v + 2 + MIN_CONTENT_TOKENS <= toks.len()
}

/// Whether "what" opens the subject starting at `subj_start` ("what
/// Governor Romney has now said is …"), maybe through "heard" ("What you
/// just heard Governor Romney said is …").
fn after_what(toks: &[Tok<'_>], subj_start: usize) -> bool {
    subj_start > 0
        && (toks[subj_start - 1].word() == "what"
            || heard_before(toks, subj_start)
                && (subj_start.saturating_sub(MAX_WHAT_TO_HEARD)..subj_start - 1)
                    .any(|j| toks[j].word() == "what"))
}

/// Most tokens from "what" to "heard" ("what you just heard").
const MAX_WHAT_TO_HEARD: usize = 4;

/// "the way he characterized it was that they were tuned …": when the
/// subject of the verb at `v` follows "the way" and "it was" follows the
/// verb, where what was said starts (after "that").
fn the_way_it_was(toks: &[Tok<'_>], v: usize, subj_start: usize) -> Option<usize> {
    let the_way = subj_start >= 2
        && toks[subj_start - 1].word() == "way"
        && toks[subj_start - 2].word() == "the";
    let it_was = toks
        .get(v + 1)
        .is_some_and(|t| matches!(t.word().as_ref(), "it" | "this" | "that") && !t.ends_clause())
        && toks
            .get(v + 2)
            .is_some_and(|t| matches!(t.word().as_ref(), "was" | "is"));
    (the_way && it_was)
        .then(|| v + 3 + usize::from(toks.get(v + 3).is_some_and(|t| t.word() == "that")))
}

/// The verbs of a self-report with a clause ("I said that …", "I committed
/// that I would rein in …"); "I think", "I would say" are frames.
const SELF_REPORT_VERBS: [&str; 7] = [
    "said",
    "mentioned",
    "indicated",
    "told",
    "promised",
    "noted",
    "committed",
];

/// Whether the form of the verb at `v` reports with this subject. Base
/// forms report only after "you" ("when you say that …"), as the object of
/// "heard" ("heard the President say this"), after an emphatic "did" ("I
/// did say in my opening statement that …"), after a verb of habit
/// (`aspect`: "continues to call on") or with a plural source ("50 percent
/// of doctors who say …"); "saying" after a form of "be" ("he is saying
/// that"), a contracted subject ("you're saying") or a verb of habit.
fn verb_form_reports(
    toks: &[Tok<'_>],
    v: usize,
    subject: &Subject,
    subj_start: usize,
    subj_end: usize,
    aspect: bool,
    contracted: bool,
) -> bool {
    let w = toks[v].word();
    // "the Minsk agreements say": a named source whose head is a plural
    // noun.
    let plural_head = matches!(subject, Subject::People(_))
        && subj_end > 0
        && toks[subj_end - 1].bare().starts_with(char::is_lowercase)
        && toks[subj_end - 1].word().ends_with('s')
        && !toks[subj_end - 1].word().ends_with("ss")
        && !toks[subj_end - 1].word().contains(is_word_apostrophe);
    let plural = matches!(subject, Subject::Unnamed(u) if u.plural) || plural_head;
    if matches!(w.as_ref(), "say" | "tell" | "talk" | "speak" | "call") {
        // "they say", "they tell you": only where the document names the
        // group "they" means (else the report is dropped unattributed).
        return *subject == Subject::Addressee
            || plural
            || (*subject == Subject::Plural && matches!(w.as_ref(), "say" | "tell"))
            || aspect
            || heard_before(toks, subj_start)
            || toks[v - 1].word() == "did"
            || presupposing_question(toks, subj_start);
    }
    // "speaking about the horrific actions" after a noun: a participle
    // with no subject of its own, unless the noun is the participle's
    // subject.
    !w.ends_with("ing")
        || participle_subject(toks, subj_start)
        || aspect
        || contracted
        || toks[subj_end..v]
            .iter()
            .any(|t| matches!(t.word().as_ref(), "is" | "are" | "was" | "were" | "been"))
}

/// Words after which a noun and a participle are a clause of their own:
/// "with" (the absolute construction) and verbs of perceiving or having
/// someone do something.
const PARTICIPLE_SUBJECT_BEFORE: [&str; 17] = [
    "with", "saw", "see", "sees", "seen", "seeing", "heard", "hear", "hears", "hearing", "watched",
    "watch", "watching", "had", "have", "has", "having",
];

/// "with the Kremlin saying that it would not attend", "we heard the
/// President saying …", "you had the Pentagon saying …", "we've watched
/// first the president saying, well …": the noun starting at
/// `subj_start` (maybe after "the") is the subject of the participle
/// after it, because "with" or a verb of perceiving or having (maybe then
/// "first" or "then") comes before it. ("He criticized the plan saying that …" is his
/// saying, not the plan's.)
fn participle_subject(toks: &[Tok<'_>], subj_start: usize) -> bool {
    let mut k = subj_start;
    if k > 0 && toks[k - 1].word() == "the" && !toks[k - 1].ends_clause() {
        k -= 1;
    }
    if k > 0
        && matches!(
            toks[k - 1].word().as_ref(),
            "first" | "then" | "also" | "even"
        )
    {
        k -= 1;
    }
    k > 0
        && !toks[k - 1].ends_clause()
        && PARTICIPLE_SUBJECT_BEFORE.contains(&toks[k - 1].word().as_ref())
}

/// "Secretary Blinken was clear that …", "the President has been very
/// clear: …": "clear" reports after a form of "be" among the words between
/// its subject and it.
fn copula_before(between: &[Tok<'_>]) -> bool {
    between
        .iter()
        .any(|t| matches!(t.word().as_ref(), "is" | "was" | "were" | "are" | "been"))
}

/// "what I said before is that …": where what was said starts when "is"
/// (or "was"), maybe after adverbs, follows the verb (whose next token is
/// `c`).
fn what_is(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    // "what the governor said, which is if your energy policy was working …"
    if toks.get(c).is_some_and(|t| t.word() == "which") {
        return which_is(toks, c);
    }
    let is_at = (c..toks.len().min(c + 3))
        .find(|&k| matches!(toks[k].word().as_ref(), "is" | "was"))
        .filter(|&k| {
            toks[c..k]
                .iter()
                .all(|t| ADVERBS.contains(&t.word().as_ref()) && !t.ends_clause())
        })?;
    Some(if toks.get(is_at + 1).is_some_and(|t| t.word() == "that") {
        is_at + 2
    } else {
        is_at + 1
    })
}

/// "he was asked: …", "you were told that …": a passive "asked" or
/// "told" at `v`, whose subject heard the words rather than said them.
pub(super) fn is_passive(toks: &[Tok<'_>], v: usize) -> bool {
    matches!(toks[v].word().as_ref(), "asked" | "told")
        && toks[..v]
            .iter()
            .rev()
            .take_while(|t| !t.ends_clause())
            .take(3)
            .any(|t| matches!(t.word().as_ref(), "was" | "were" | "been" | "being"))
}

/// "You heard him say that", "heard the President say this": the token
/// before `i` is "heard" or "hear".
fn heard_before(toks: &[Tok<'_>], i: usize) -> bool {
    i > 0 && matches!(toks[i - 1].word().as_ref(), "heard" | "hear")
}

/// The subject of a reporting verb whose subject ends at `subj_end`, the
/// index of its first token, and whether it is a pronoun with a contracted
/// auxiliary ("you’ve"); `None` when there is no subject or what comes
/// before it means the speech is not asserted ("if you said", "as I said").
/// A named subject that is the last of two names joined by "and" ("Russia
/// and China said", "The French and even Swedes have reaffirmed"): both
/// speak, so the first must be read as well; when it is not a name (a
/// people, "the French"), the report is no one's rather than the second
/// name's alone. Other subjects pass unchanged.
fn coordinated_names(
    toks: &[Tok<'_>],
    subject: Subject,
    subj_start: usize,
) -> Option<(Subject, usize)> {
    let Subject::People(second) = &subject else {
        return Some((subject, subj_start));
    };
    let mut and = subj_start;
    while and > 0 && matches!(toks[and - 1].word().as_ref(), "even" | "also") {
        and -= 1;
    }
    let joined = and >= 2
        && toks[and - 1].word() == "and"
        && !toks[and - 1].ends_clause()
        && !toks[and - 2].ends_clause()
        && toks[and - 2].bare().starts_with(char::is_uppercase);
    if !joined {
        return Some((subject, subj_start));
    }
    let (first, start) = subject_before_at(&toks[..and - 1], and - 1);
    // "I met Putin and Lavrov said": the first name is an object, and
    // "and" joins two clauses.
    let start = if start > 0 && toks[start - 1].word() == "the" {
        start - 1
    } else {
        start
    };
    let opens = start == 0
        || toks[start - 1].ends_clause()
        || matches!(
            toks[start - 1].word().as_ref(),
            "and" | "but" | "so" | "then" | "now"
        );
    match first {
        Subject::People(first) if opens => {
            let both = first.iter().chain(second).cloned().collect();
            Some((Subject::People(both), start))
        }
        Subject::People(_) => Some((subject, subj_start)),
        _ => None,
    }
}

fn reporting_subject(toks: &[Tok<'_>], subj_end: usize) -> Option<(Subject, usize, bool)> {
    let (subject, subj_start) = subject_before_at(&toks[..subj_end], subj_end);
    // "You heard him say that at the State of the Union": the object of
    // "heard" says it.
    let (subject, subj_start) = if subj_end > 0
        && matches!(toks[subj_end - 1].word().as_ref(), "him" | "her")
        && heard_before(toks, subj_end - 1)
    {
        (Subject::Pronoun, subj_end - 1)
    } else {
        (subject, subj_start)
    };
    let contracted = subj_end > 0 && is_contracted_subject(&toks[subj_end - 1].word()).is_some();
    let subject = if contracted {
        match is_contracted_subject(&toks[subj_end - 1].word()) {
            Some("you") => Subject::Addressee,
            Some("i") => Subject::SelfRef,
            _ => Subject::Pronoun,
        }
    } else {
        subject
    };
    let (subject, subj_start) = if subject == Subject::None
        && (we_said(toks, subj_end) || we_have_said_cleft(toks, subj_end))
    {
        (Subject::SelfRef, subj_end - 1)
    } else {
        (subject, subj_start)
    };
    if subject == Subject::None {
        return None;
    }
    let (subject, subj_start) = coordinated_names(toks, subject, subj_start)?;
    let subj_start = if contracted { subj_end - 1 } else { subj_start };
    if subj_start > 0 {
        let prev = toks[subj_start - 1].word();
        if (NOT_ASSERTED_BEFORE.contains(&prev.as_ref())
            || not_asserted_between(&toks[subj_start - 1]))
            && !presupposing_question(toks, subj_start)
        {
            return None;
        }
        // "as I said", "like I said": a frame, not a report.
        if subject == Subject::SelfRef && matches!(prev.as_ref(), "as" | "like") {
            return None;
        }
    }
    Some((subject, subj_start, contracted))
}

/// "how can the President say it was not a major breach?", "Why did you
/// say that …?": a question that asks how or why someone said something
/// presupposes they said it. True when "how" or "why" opening a clause and
/// an auxiliary of the past, present or ability come right before the
/// subject at `subj_start` ("why would you say" and "how will he say" ask
/// about speech that may not happen).
fn presupposing_question(toks: &[Tok<'_>], subj_start: usize) -> bool {
    subj_start >= 2
        && matches!(
            toks[subj_start - 1].word().as_ref(),
            "did" | "does" | "do" | "can" | "could"
        )
        && matches!(toks[subj_start - 2].word().as_ref(), "how" | "why")
        && (subj_start == 2
            || toks[subj_start - 3].ends_clause()
            || toks[subj_start - 3].ends_sentence()
            || matches!(toks[subj_start - 3].word().as_ref(), "and" | "but" | "so"))
}

/// "we said, let's just cut out the middleman", "what we said was …",
/// "we said, “Why not …”": the speaker's side telling what it said, "we"
/// right before "said" at `v` (the simple past: not "we've said", an
/// assertion frame; "as we said" is a frame too, left to the caller's
/// check of the word before the subject). Not "we said a prayer".
pub(super) fn we_said(toks: &[Tok<'_>], v: usize) -> bool {
    v > 0
        && toks[v - 1].word() == "we"
        && !toks[v - 1].ends_clause()
        && toks.get(v).is_some_and(|t| t.word() == "said")
        && !toks
            .get(v + 1)
            .is_some_and(|t| matches!(t.word().as_ref(), "a" | "an"))
        && !(v >= 2 && matches!(toks[v - 2].word().as_ref(), "as" | "like"))
}

/// "what we've said is, yes, we had to take …", "What we have also said
/// is let's …": a pseudo-cleft in which the speaker's side names the
/// position it stated, "we" ending right before `subj_end`. Only with
/// "is"/"was" right after "said": "what we have said many times is that
/// …" is a frame, and so is "we've said" anywhere else.
fn we_have_said_cleft(toks: &[Tok<'_>], subj_end: usize) -> bool {
    if subj_end < 2 || toks[subj_end - 2].word() != "what" || toks[subj_end - 2].ends_clause() {
        return false;
    }
    let w = toks[subj_end - 1].word().replace(is_word_apostrophe, "'");
    let mut k = subj_end;
    match w.as_str() {
        "we've" => {}
        "we" if toks.get(k).is_some_and(|t| t.word() == "have") => k += 1,
        _ => return false,
    }
    if toks.get(k).is_some_and(|t| t.word() == "also") {
        k += 1;
    }
    toks[subj_end - 1..k].iter().all(|t| !t.ends_clause())
        && toks
            .get(k)
            .is_some_and(|t| t.word() == "said" && !t.ends_clause())
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.word().as_ref(), "is" | "was"))
}

/// What the words right after a reporting verb say.
enum AfterVerb {
    /// What was said (or "that") may start at this token.
    Content(usize),
    /// The verb's answer is known: [`reported_at`] returns it.
    Done(Option<(Subject, usize)>),
}

/// The particles some reporting verbs need, from token `c` after the verb
/// `w`: "pointed out", "made (it) clear"; "called on/for …" and "talked
/// about how/why …" report what follows them.
fn after_verb(
    toks: &[Tok<'_>],
    w: &str,
    mut c: usize,
    subject: &Subject,
    topic_ok: bool,
) -> AfterVerb {
    if let Some(done) = object_report(toks, w, c, subject) {
        return AfterVerb::Done(done);
    }
    match w {
        "pointed" | "points" | "point" => {
            if toks.get(c).is_some_and(|t| t.word() == "out") {
                c += 1;
            } else {
                return AfterVerb::Done(None);
            }
        }
        "made" => {
            if let Some(k) = made_the_case(toks, c).filter(|_| *subject != Subject::SelfRef) {
                return AfterVerb::Done(Some((subject.clone(), k)));
            }
            if toks.get(c).is_some_and(|t| t.word() == "it") {
                c += 1;
            }
            if toks.get(c).is_some_and(|t| t.word() == "clear") {
                c += 1;
            } else {
                return AfterVerb::Done(None);
            }
        }
        // "the President has been very clear about reforming 230": a
        // position stated by a gerund's phrase (not the speaker's own).
        "clear"
            if toks
                .get(c)
                .is_some_and(|t| t.word() == "about" && !t.ends_clause())
                && *subject != Subject::SelfRef
                && topic_ok =>
        {
            return AfterVerb::Done(gerund_topic(toks, c + 1).then(|| (subject.clone(), c + 1)));
        }
        // "expressed some concern that …": a concern or hope said, not
        // "expressed our position on this".
        "expressed" | "expresses" | "express" => match expressed_that(toks, c) {
            Some(that) => c = that,
            None => return AfterVerb::Done(None),
        },
        // "called on Congress to …", "is calling for an assault weapons
        // ban", "talked about how …".
        "called" | "calls" | "calling" | "call" | "talked" | "talks" | "talking" | "talk"
        | "spoke" | "speaks" | "speaking" | "speak" | "appealed" | "appeals" | "appealing" => {
            return AfterVerb::Done(call_or_talk(toks, w, c, subject, topic_ok));
        }
        _ => {}
    }
    AfterVerb::Content(c)
}

/// Most tokens of whom a charge is against ("accused the Architect of
/// the Capitol, Brett Blanton, of …").
const MAX_CHARGED: usize = 8;

/// After "accused" or "criticized" (its next token at `c`): the start of
/// whom and what the charge is, when `prep` ("of", "for") follows the
/// object within [`MAX_CHARGED`] tokens and something follows it.
fn charge(toks: &[Tok<'_>], c: usize, prep: &str) -> Option<usize> {
    let first = toks.get(c)?;
    if first.ends_clause() || first.word() == prep {
        return None;
    }
    let p = (c + 1..toks.len().min(c + 1 + MAX_CHARGED))
        .take_while(|&j| !toks[j - 1].ends_sentence())
        .find(|&j| toks[j].word() == prep)?;
    (p + MIN_CONTENT_TOKENS <= toks.len() && toks[c..p].iter().all(|t| !makes_finite(t)))
        .then_some(c)
}

/// Most tokens of the topic before "and how" ("talked about Medicaid and
/// how …").
const MAX_TOPIC_BEFORE_HOW: usize = 5;

/// After "called", "talked", "spoke", "appealed" and their forms (`w`,
/// next token at `c`): what was called for, talked about or appealed for,
/// when it is a report.
fn call_or_talk(
    toks: &[Tok<'_>],
    w: &str,
    mut c: usize,
    subject: &Subject,
    topic_ok: bool,
) -> Option<(Subject, usize)> {
    if w.starts_with("appeal") {
        return appeal(toks, c)
            .filter(|_| *subject != Subject::SelfRef)
            .map(|k| (subject.clone(), k));
    }
    let want: &[&str] = if w.starts_with("call") {
        &["on", "for"]
    } else {
        &["about", "of"]
    };
    // "talked yesterday about …", "spoke at the top about …"
    if !w.starts_with("call") {
        c = time_phrase_end(toks, c);
        // "spoke directly to Governor DeWine to offer federal assistance",
        // "he's often talked as if we should take premature military action"
        if let Some(k) = readout(toks, c)
            .or_else(|| as_if(toks, c))
            .filter(|_| *subject != Subject::SelfRef)
        {
            return Some((subject.clone(), k));
        }
    }
    if !toks
        .get(c)
        .is_some_and(|t| want.contains(&t.word().as_ref()))
    {
        return None;
    }
    // "he talked about, just last week in the State of the Union,
    // that his budget …"
    if toks[c].text.ends_with(',')
        && *subject != Subject::SelfRef
        && let Some(Some(Content::That(k))) = that_after_parenthesis(toks, c + 1)
    {
        return Some((subject.clone(), k));
    }
    if (w.starts_with("talk") && toks[c].word() == "of") || toks[c].ends_clause() {
        return None;
    }
    c = how_after_insert(toks, c + 1);
    // "talked about how …", or a noun phrase: "talked about a
    // domain awareness gap" (not "talked about it").
    let how = toks
        .get(c)
        .is_some_and(|t| matches!(t.word().as_ref(), "how" | "why"));
    // "talked about this yesterday, we're going to …"
    if let Some(k) = which_is(toks, c)
        .or_else(|| anaphor_then_dash(toks, c))
        .filter(|_| *subject != Subject::SelfRef)
    {
        return Some((subject.clone(), k));
    }
    if !w.starts_with("call")
        && !how
        && let Some(k) = topic_and_how(toks, c).filter(|_| *subject != Subject::SelfRef)
    {
        return Some((subject.clone(), k));
    }
    if !(w.starts_with("call") || how || (topic_ok && topic_object(toks, c))) {
        return None;
    }
    (*subject != Subject::SelfRef && c + MIN_CONTENT_TOKENS <= toks.len())
        .then(|| (subject.clone(), c))
}

/// Most tokens of a phrase between "talked about" and "how"
/// ([`how_after_insert`]).
const MAX_INSERT_BEFORE_HOW: usize = 8;

/// "have been talking about for years — for years — how they want to …":
/// when a phrase of time or place (opening with a preposition or a dash,
/// no verb in it) stands between "about" and "how"/"why", the index of
/// "how"; else `c`.
fn how_after_insert(toks: &[Tok<'_>], c: usize) -> usize {
    let opens = toks.get(c).is_some_and(|t| {
        is_dash_token(t)
            || matches!(
                t.word().as_ref(),
                "for" | "in" | "since" | "over" | "during" | "at"
            )
    });
    if !opens {
        return c;
    }
    (c + 1..toks.len().min(c + 1 + MAX_INSERT_BEFORE_HOW))
        .take_while(|&k| !toks[k - 1].ends_sentence() && !makes_finite(&toks[k - 1]))
        .find(|&k| matches!(toks[k].word().as_ref(), "how" | "why"))
        .unwrap_or(c)
}

/// After "appealed" (next token at `c`): "to", whom, then "to" and what
/// they are to do ("appealed to the West to provide …"); where that
/// starts.
fn appeal(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    let to = (c + 2..toks.len().min(c + 2 + MAX_CALLED))
        .take_while(|&j| !toks[j - 1].ends_clause() && !makes_finite(&toks[j - 1]))
        .find(|&j| toks[j].word() == "to")?;
    (toks
        .get(c)
        .is_some_and(|t| t.word() == "to" && !t.ends_clause())
        && to + 1 + MIN_CONTENT_TOKENS <= toks.len())
    .then_some(to)
}

/// "talked as if we should take premature military action" (`c` at
/// "as"): the clause after "as if"/"as though"; where it starts.
fn as_if(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    (toks.get(c)?.word() == "as"
        && !toks[c].ends_clause()
        && matches!(toks.get(c + 1)?.word().as_ref(), "if" | "though")
        && c + 2 + MIN_CONTENT_TOKENS <= toks.len())
    .then_some(c + 2)
}

/// "talked about Medicaid and how we could send it back to the states"
/// (the topic from `c`): the clause after "and how"/"and why" is what was
/// said; where it starts.
fn topic_and_how(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    (c + 2..toks.len().min(c + 2 + MAX_TOPIC_BEFORE_HOW))
        .take_while(|&j| !toks[j - 2].ends_clause())
        .find(|&j| {
            toks[j - 1].word() == "and"
                && !toks[j - 1].ends_clause()
                && matches!(toks[j].word().as_ref(), "how" | "why")
        })
        .filter(|&k| k + 1 + MIN_CONTENT_TOKENS <= toks.len())
}

/// Past a phrase of time right after a verb (from token `c`): adverbs
/// ("yesterday", "earlier"), "this morning", "last night", "at the top";
/// the index of the first token after it.
fn time_phrase_end(toks: &[Tok<'_>], mut c: usize) -> usize {
    loop {
        let Some(t) = toks.get(c).filter(|t| !t.ends_clause()) else {
            return c;
        };
        let w = t.word();
        let next = |k: usize| toks.get(c + k).map(|t| t.word());
        if ADVERBS.contains(&w.as_ref()) {
            c += 1;
        } else if matches!(w.as_ref(), "this" | "last")
            && next(1).is_some_and(|n| TIME_NOUNS.contains(&n.as_ref()) || n == "night")
            && !toks[c + 1].ends_clause()
        {
            c += 2;
        } else if w == "at"
            && next(1).is_some_and(|n| n == "the")
            && next(2).is_some_and(|n| n == "top")
            && !toks[c + 1].ends_clause()
            && !toks[c + 2].ends_clause()
        {
            c += 3;
        } else {
            return c;
        }
    }
}

/// Verbs of a call's readout: what the caller said to the one called
/// ("called President Lula to convey the United States' unwavering
/// support", "spoke to the governor to offer federal assistance").
const READOUT_VERBS: [&str; 9] = [
    "convey",
    "offer",
    "express",
    "extend",
    "reaffirm",
    "reiterate",
    "underscore",
    "emphasize",
    "stress",
];

/// Most tokens of whom a call is made to ("Prime Minister Narendra Modi
/// of India").
const MAX_CALLED: usize = 8;

/// Fewest tokens of what a readout says was conveyed ("federal
/// assistance").
const MIN_READOUT_TOKENS: usize = 2;

/// Whether the content at `start` follows "to" and a verb of
/// [`READOUT_VERBS`]: it may be as short as [`MIN_READOUT_TOKENS`].
fn after_readout_verb(toks: &[Tok<'_>], start: usize) -> bool {
    start >= 2
        && toks.len() >= start + MIN_READOUT_TOKENS
        && toks[start - 2].word() == "to"
        && READOUT_VERBS.contains(&toks[start - 1].word().as_ref())
}

/// After "called" or "spoke"/"talked" (next token at `c`): whom, then "to"
/// and a verb of [`READOUT_VERBS`]; what was conveyed starts after the
/// verb. Adverbs ("directly") and "to"/"with" may come before whom;
/// whom is a name or a noun phrase without a verb of its own.
fn readout(toks: &[Tok<'_>], mut c: usize) -> Option<usize> {
    while toks
        .get(c)
        .is_some_and(|t| ADVERBS.contains(&t.word().as_ref()) || is_ly_adverb(t))
        && !toks[c].ends_clause()
    {
        c += 1;
    }
    if toks
        .get(c)
        .is_some_and(|t| matches!(t.word().as_ref(), "to" | "with") && !t.ends_clause())
    {
        c += 1;
    }
    let to = (c + 1..toks.len().min(c + 1 + MAX_CALLED))
        .take_while(|&j| !toks[j - 1].ends_clause() && !makes_finite(&toks[j - 1]))
        .find(|&j| toks[j].word() == "to")?;
    let verb = toks.get(to + 1)?;
    (!toks[to].ends_clause()
        && READOUT_VERBS.contains(&verb.word().as_ref())
        && !verb.ends_clause()
        && to + 2 + MIN_READOUT_TOKENS <= toks.len())
    .then_some(to + 2)
}

/// Verbs whose report is their object: what a thing is described or
/// called as ("described it as …", "called the Arizona law a model for the
/// nation"), what is asked for or warned of ("asked for additional public
/// health testing", "warned of countermeasures"). `Some` when `w` is one
/// of them: the report, or `None` when the words after it are not one.
fn object_report(
    toks: &[Tok<'_>],
    w: &str,
    c: usize,
    subject: &Subject,
) -> Option<Option<(Subject, usize)>> {
    // "asked just yesterday for …": adverbs of time before the object.
    let mut c = c;
    if matches!(w, "asked" | "asks" | "asking" | "warned" | "warns") {
        while toks
            .get(c)
            .is_some_and(|t| ADVERBS.contains(&t.word().as_ref()) && !t.ends_clause())
        {
            c += 1;
        }
    }
    let next = toks.get(c).map(|t| (t.word(), t.ends_clause()));
    let next_is = |x: &str| next.as_ref().is_some_and(|(n, end)| !end && n == x);
    let start = match w {
        "described" | "describes" | "praised" | "praises" | "characterized" | "portrayed" => {
            as_phrase(toks, c)
        }
        // "referring to it as a five trillion dollar tax cut": what it is
        // referred to as (not "referred to the report")
        "referred" | "refers" | "referring" => {
            if next_is("to") {
                as_phrase(toks, c + 1).filter(|&k| k == c + 1)
            } else {
                None
            }
        }
        "called" | "calls" | "call" | "calling" if !next_is("on") && !next_is("for") => {
            readout(toks, c)
                .or_else(|| naming(toks, c))
                .filter(|_| *subject != Subject::SelfRef)
        }
        // "accused Emmett Till of whistling at her", "criticized me for
        // being too tough": whom and what of.
        "accused" | "accuses" => charge(toks, c, "of"),
        "criticized" | "criticizes" | "criticised" | "criticises" => charge(toks, c, "for"),
        // "expressed their commitment to expanding defense cooperation":
        // a stance stated; the speaker's own ("I expressed my concern
        // about …") restates no earlier words.
        // (no stance: "expressed concern that …" is read after the verb)
        "expressed" | "expresses" if *subject != Subject::SelfRef => Some(stance(toks, c)?),
        "asked" | "asks" | "asking" if next_is("for") => request(toks, c, subject),
        "warned" | "warns" if next_is("of") => request(toks, c, subject),
        _ => return None,
    };
    Some(start.map(|k| (subject.clone(), k)))
}

/// "asked for additional testing" (`c` at "for"): what follows, unless it
/// is a directive ("asked for Jake Sullivan to run this process") or the
/// speaker's own request.
fn request(toks: &[Tok<'_>], c: usize, subject: &Subject) -> Option<usize> {
    // ("asked for a national emergency to be declared" is no directive;
    // "asked for this to be stood up" asks for a thing done)
    let anaphor = toks.get(c + 1).is_some_and(|t| {
        matches!(
            t.word().as_ref(),
            "it" | "this" | "that" | "these" | "those" | "them"
        )
    });
    let directive = anaphor
        || toks[c + 1..]
            .windows(2)
            .take(MAX_NAMED_OBJECT + 1)
            .any(|w| w[0].word() == "to" && w[1].word() != "be");
    (*subject != Subject::SelfRef && !directive && c + 1 + MIN_CONTENT_TOKENS <= toks.len())
        .then_some(c + 1)
}

/// Most tokens of the object of "called" or "described" before what it is
/// called ("the attack in Benghazi (an act of terror)").
const MAX_NAMED_OBJECT: usize = 5;

/// Objects of "called" that name a thing, not a person telephoned.
const NAMED_OBJECT_STARTS: [&str; 7] = ["it", "this", "that", "them", "the", "these", "those"];

/// After "called" (next token `c`): an object and the name given to it,
/// a noun phrase with "a"/"an" ("the Arizona law a model for the nation",
/// "it an act of terror"); the object's first token, else `None`.
fn naming(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    let first = toks.get(c)?;
    if !NAMED_OBJECT_STARTS.contains(&first.word().as_ref()) || first.ends_clause() {
        return None;
    }
    let name = (c + 1..toks.len().min(c + 1 + MAX_NAMED_OBJECT))
        .take_while(|&k| !toks[k - 1].ends_clause())
        .find(|&k| matches!(toks[k].word().as_ref(), "a" | "an"));
    match name {
        Some(name) => (name + 1 < toks.len()).then_some(c),
        None => verdict_after(toks, c).then_some(c),
    }
}

/// Most tokens of the object before a verdict ("these trillion dollars of
/// cuts to our military devastating").
const MAX_JUDGED_OBJECT: usize = 10;

/// "called them devastating", "called these trillion dollars of cuts to
/// our military devastating": the object from `c`, then an adjective of
/// [`VERDICTS`] that ends the clause. A determiner needs its noun first
/// ("the" alone is no object).
fn verdict_after(toks: &[Tok<'_>], c: usize) -> bool {
    let min = if matches!(toks[c].word().as_ref(), "the" | "these" | "those") {
        2
    } else {
        1
    };
    (c + min..toks.len().min(c + 1 + MAX_JUDGED_OBJECT))
        .take_while(|&k| !toks[k - 1].ends_clause())
        .find(|&k| toks[k].ends_clause() || k + 1 == toks.len())
        .is_some_and(|k| VERDICTS.contains(&toks[k].word()))
}

/// After "described" (next token `c`): "as …" right away (what it is
/// described as), or an object then "as …" (the object on): "describes as a
/// top-down …", "praised George Bush as a good economic steward".
fn as_phrase(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    if toks.get(c)?.word() == "as" {
        return (c + 2 < toks.len()).then_some(c + 1);
    }
    let r#as = (c + 1..toks.len().min(c + 1 + MAX_NAMED_OBJECT))
        .take_while(|&k| !toks[k - 1].ends_clause())
        .find(|&k| toks[k].word() == "as")?;
    (r#as + 2 < toks.len()).then_some(c)
}

fn not_asserted_between(t: &Tok<'_>) -> bool {
    let w = t.word().replace(is_word_apostrophe, "'");
    NOT_ASSERTED_BETWEEN.contains(&w.as_str())
        || w.ends_with("n't")
        || w.ends_with("'d")
        || w.ends_with("'ll")
}

/// Where what was said starts.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Content {
    /// After "that" (the index of its first token).
    That(usize),
    /// A clause, question, infinitive or colon (its first token).
    Clause(usize),
    /// A pronoun for something said before ("said it").
    Anaphor,
    /// A noun phrase naming what was said ("announced plans to form a
    /// union", "is claiming ownership of the balloon"): never the
    /// speaker's own.
    Object(usize),
}

/// What was said when a colon, comma or dash follows the verb (whose
/// next token is `c`): `Some(answer)` when the punctuation decides it.
fn content_after_punctuation(toks: &[Tok<'_>], verb: &str, c: usize) -> Option<Option<Content>> {
    if toks[c - 1].text.ends_with(':') && verb != "asked" {
        return Some((c < toks.len()).then_some(Content::Clause(c)));
    }
    // "Governor Romney says, well, those top 3 percent …", "you point
    // out, well, we're putting some back": unmarked direct speech after a
    // comma, for the verbs of saying proper.
    if toks[c - 1].text.ends_with(',')
        && matches!(
            verb,
            "said" | "says" | "say" | "pointed" | "points" | "point"
        )
        && toks.get(c).is_some_and(|t| {
            let w = t.word();
            // "we're thinking of …": the pronoun before its auxiliary.
            let bare = w.split(is_word_apostrophe).next().unwrap_or("");
            UNMARKED_STARTS.contains(&w.as_ref()) || SUBJECT_PRONOUNS.contains(&bare)
        })
        && c + MIN_CONTENT_TOKENS <= toks.len()
    {
        return Some(Some(Content::Clause(c)));
    }
    if let Some(content) = that_after_parenthesis(toks, c) {
        return Some(content);
    }
    // "heard top officials say, clearly, this was a violation of …": a
    // sentence adverb in commas, then the clause.
    if toks[c - 1].text.ends_with(',')
        && matches!(verb, "said" | "says" | "say")
        && toks
            .get(c)
            .is_some_and(|t| t.text.ends_with(',') && is_ly_adverb(t))
        && finite_clause_at(toks, c + 1, true)
    {
        return Some(Some(Content::Clause(c + 1)));
    }
    // "every health care economist who looks at it says, over time, what'll
    // happen is …": a phrase of time or place in commas, then the clause.
    if toks[c - 1].text.ends_with(',')
        && let Some(content) = clause_after_phrase(toks, verb, c)
    {
        return Some(Some(content));
    }
    if toks[c - 1].ends_clause() {
        return Some(None);
    }
    // "He has said — he has identified a domain awareness gap": a dash of
    // its own after a verb of saying proper, then a clause.
    if matches!(verb, "said" | "says" | "say" | "stated")
        && toks
            .get(c)
            .is_some_and(|t| !t.text.is_empty() && t.text.chars().all(crate::text::chars::is_dash))
        && finite_clause_at(toks, c + 1, true)
    {
        return Some(Some(Content::Clause(c + 1)));
    }
    None
}

/// What was said after the verb (whose next token is `c`).
fn content_start(toks: &[Tok<'_>], verb: &str, mut c: usize) -> Option<Content> {
    // "he said no.", "said no to that pipeline", "they said no, and …".
    if matches!(verb, "said" | "says")
        && toks
            .get(c)
            .is_some_and(|t| matches!(t.word().as_ref(), "no" | "yes"))
        && (c + 1 == toks.len() || toks[c].ends_clause() || toks[c + 1].word() == "to")
    {
        return Some(Content::Clause(c));
    }
    if let Some(content) = content_after_punctuation(toks, verb, c) {
        return content;
    }
    while c < toks.len() && ADVERBS.contains(&toks[c].word().as_ref()) && !toks[c].ends_clause() {
        c += 1;
    }
    let next = toks.get(c)?;
    let nw = next.word();
    // "says, over time, what'll happen is the system will collapse":
    // a pseudo-cleft is a statement, not a question.
    // "was asking whether …" asks as "asked whether …" does.
    let asked = matches!(verb, "asked" | "asking");
    if !asked && pseudo_cleft(toks, c) {
        return Some(Content::Clause(c));
    }
    // "noted how the sale will support …", "explained why …".
    if matches!(nw.as_ref(), "how" | "why" | "whether") && !asked {
        return (c + 1 < toks.len()).then_some(Content::Clause(c));
    }
    if asked {
        return asked_content(toks, c);
    }
    // "He mentioned this yesterday in his speech, which is he doesn't
    // believe …": what "this" was follows ", which is".
    if let Some(k) = which_is(toks, c) {
        return Some(Content::Clause(k));
    }
    // "say this yesterday — it doesn't mean …", "said this: …": what
    // "this" is follows the dash or colon.
    if let Some(k) = anaphor_then_dash(toks, c) {
        return Some(Content::Clause(k));
    }
    // "said it", "said this" ("said it was", "said it makes" start a
    // clause): the report is the clause itself when it is short ("He has
    // said it for the last two years."), else there is nothing to report.
    if ANAPHORS.contains(&nw.as_ref())
        && !toks
            .get(c + 1)
            .is_some_and(|t| makes_finite(t) || t.word().contains(is_word_apostrophe))
        && !toks[c..].iter().any(|t| t.word() == "that")
    {
        let tail = &toks[c..];
        let unbroken = tail[..tail.len() - 1]
            .iter()
            .all(|t| !t.text.ends_with([',', ';']));
        let short = tail.len() <= MAX_AFTER_ANAPHOR
            || (unbroken && tail.len() <= MAX_AFTER_ANAPHOR_UNBROKEN);
        return short.then_some(Content::Anaphor);
    }
    // "said that wouldn't happen", "said that was wrong": "that" before a
    // finite verb is the clause's subject, not its complementizer.
    if nw == "that" && toks.get(c + 1).is_some_and(makes_finite) && !toks[c].ends_clause() {
        return Some(Content::Clause(c));
    }
    if let Some(content) = that_after_phrase(toks, c) {
        return content;
    }
    if let Some(k) = and_that(toks, c) {
        return Some(Content::That(k));
    }
    object_or_clause(toks, verb, c)
        .or_else(|| clause_after_phrase(toks, verb, c))
        .or_else(|| {
            (OBJECT_VERBS.contains(&verb) && topic_object(toks, c)).then_some(Content::Object(c))
        })
        .or_else(|| mandative_clause(toks, verb, c))
}

/// Verbs of demand whose clause may drop "that" and put its verb in the
/// bare form ("demanded Africans stop trading with Russia").
const DEMAND_VERBS: [&str; 8] = [
    "demanded",
    "demands",
    "insisted",
    "insists",
    "urged",
    "urges",
    "requested",
    "recommended",
];

/// Function words that are never the bare verb of a mandative clause.
const NOT_BARE_VERBS: [&str; 24] = [
    "the", "and", "for", "with", "that", "this", "his", "her", "their", "its", "our", "your",
    "not", "from", "into", "over", "about", "after", "before", "but", "who", "which", "what",
    "when",
];

/// Most capitalised words of the subject of a mandative clause.
const MAX_MANDATIVE_SUBJECT: usize = 3;

/// After a verb of demand (`verb`, next token at `c`): a clause without
/// "that" ("he demanded Africans stop trading with Russia and China").
/// Its subject is one to [`MAX_MANDATIVE_SUBJECT`] capitalised words, none
/// a possessive ("Africans", "Moscow"; not "the Kiev authorities"); its
/// verb is bare: a lower-case word not in -s, -ed, -ing or -ly and none of
/// [`NOT_BARE_VERBS`], with [`MIN_CONTENT_TOKENS`] tokens from it on.
fn mandative_clause(toks: &[Tok<'_>], verb: &str, c: usize) -> Option<Content> {
    if !DEMAND_VERBS.contains(&verb) {
        return None;
    }
    let names = toks[c..]
        .iter()
        .take(MAX_MANDATIVE_SUBJECT)
        .take_while(|t| t.bare().starts_with(char::is_uppercase) && !t.ends_clause())
        .count();
    // "demanded Russia’s exclusion": a possessive opens a noun phrase
    if toks[c..c + names]
        .iter()
        .any(|t| names::strip_possessive(t.bare()) != t.bare())
    {
        return None;
    }
    let v = c + names;
    let bare = toks.get(v)?;
    let w = bare.word();
    let is_bare = bare.text.starts_with(char::is_lowercase)
        && w.len() > 2
        && !w.ends_with('s')
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && !w.ends_with("ly")
        && !NOT_BARE_VERBS.contains(&w.as_ref());
    (names > 0 && is_bare && v + MIN_CONTENT_TOKENS <= toks.len()).then_some(Content::Clause(c))
}

/// Most tokens from "what" to the verb of the clause it opens ("what we
/// did in Massachusetts could").
const MAX_CLEFT_SUBJECT: usize = 6;

/// "what'll happen is …", "what we need is …", "what we did in
/// Massachusetts could be a model …": "what" (at `c`) opening a clause
/// with a verb of its own, which is the subject of a finite verb or "is"
/// with something after it that is not a participle. "what he was doing",
/// "what the president would do" ask; "what's" is "what is".
fn pseudo_cleft(toks: &[Tok<'_>], c: usize) -> bool {
    let w = toks[c].word().replace(is_word_apostrophe, "'");
    let contracted = w == "what'll";
    if !(w == "what" || contracted) || toks[c].ends_clause() {
        return false;
    }
    let has_verb = |ts: &[Tok<'_>]| {
        ts.iter().any(|t| {
            let w = t.word();
            makes_finite(t) || (w.ends_with("ed") && w.len() > 4)
        })
    };
    let first = c + if contracted { 1 } else { 2 };
    for k in first..toks.len().min(c + 2 + MAX_CLEFT_SUBJECT) {
        if toks[k - 1].ends_clause() {
            return false;
        }
        let be = matches!(toks[k].word().as_ref(), "is" | "was");
        if !(be || makes_finite(&toks[k])) {
            continue;
        }
        // the clause "what" opens has its verb before this one
        if !(contracted || has_verb(&toks[c + 1..k])) {
            continue;
        }
        return toks.get(k + 1).is_some_and(|t| {
            !t.word().ends_with("ing") && t.bare().starts_with(char::is_lowercase)
        });
    }
    false
}

/// Most tokens of the topic before "and that" ("mentioned the Navy, for
/// example, and that …").
const MAX_TOPIC_BEFORE_AND_THAT: usize = 8;

/// "You mentioned the Navy, for example, and that we have fewer ships
/// than …": a topic, then "and that" and what was said of it (returned:
/// the index after "that").
fn and_that(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    let t = (c + 2..toks.len().min(c + 2 + MAX_TOPIC_BEFORE_AND_THAT))
        .take_while(|&j| !toks[j - 1].ends_sentence())
        .find(|&j| toks[j].word() == "that" && toks[j - 1].word() == "and")?;
    let plain = toks[c..t - 1]
        .iter()
        .all(|x| !makes_finite(x) && !matches!(x.word().as_ref(), "that" | "and"));
    // "mentioned jobs and that is important": "that" is the subject
    let demonstrative = toks.get(t + 1).is_some_and(makes_finite);
    (plain && !demonstrative && !toks[t].ends_clause() && t + 1 + MIN_CONTENT_TOKENS <= toks.len())
        .then_some(t + 1)
}

/// Most tokens of an aside between dashes after a verb of saying.
const MAX_ASIDE: usize = 8;

/// Words that open an aside rather than what was said: a correction ("or
/// threatened"), a comment ("as you know", "if you will", "excuse me").
const ASIDE_STARTS: [&str; 6] = ["or", "and", "as", "if", "excuse", "sorry"];

/// "China yesterday warned — or threatened, I guess — of countermeasures
/// …": when the verb is followed (at `c`) by a dash, an aside of at most
/// [`MAX_ASIDE`] tokens opening with one of [`ASIDE_STARTS`], and a second
/// dash, what was said starts after the second dash (returned). "said — we
/// will win — and left" keeps what is between the dashes.
fn aside_end(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    let dash = |t: &Tok<'_>| !t.text.is_empty() && t.text.chars().all(is_dash);
    if !toks.get(c).is_some_and(dash)
        || !toks
            .get(c + 1)
            .is_some_and(|t| ASIDE_STARTS.contains(&t.word().as_ref()))
    {
        return None;
    }
    let close = (c + 2..toks.len().min(c + 2 + MAX_ASIDE)).find(|&k| dash(&toks[k]))?;
    (close + 1 < toks.len()).then_some(close + 1)
}

/// Where the words after the verb of saying at `v` start: after a second
/// verb joined to it, or after an aside between dashes.
fn after_verb_start(toks: &[Tok<'_>], v: usize) -> usize {
    coordinated_verb_end(toks, v + 1)
        .or_else(|| aside_end(toks, v + 1))
        .unwrap_or(v + 1)
}

/// "they all said and were saying that …", "he said and repeated that
/// …": when "and" or "or" (at `c`, right after the verb) joins a second
/// verb of saying, maybe after auxiliaries, what was said follows the
/// second verb: the index after it.
fn coordinated_verb_end(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    if c == 0 || toks[c - 1].ends_clause() || !matches!(toks.get(c)?.word().as_ref(), "and" | "or")
    {
        return None;
    }
    let mut k = c + 1;
    while k < toks.len().min(c + 1 + MAX_AUXILIARIES)
        && AUXILIARIES.contains(&toks[k].word().as_ref())
        && !toks[k].ends_clause()
    {
        k += 1;
    }
    let verb = toks.get(k)?;
    (SPEECH_VERBS.contains(&verb.word().as_ref())
        && verb.bare().starts_with(char::is_lowercase)
        && !verb.ends_clause())
    .then_some(k + 1)
}

/// Most words of time or manner between "this" and the dash or colon
/// that opens what it is ("say this as well —", "said this yesterday —").
const MAX_ANAPHOR_TAIL: usize = 3;

/// "I", "I'm", "I’ve": the speaker's own comment ("…, I think it was
/// Tuesday"), not what "this" was.
fn is_first_person_singular(w: &str) -> bool {
    w == "i" || w.starts_with("i'") || w.starts_with("i’")
}

/// After a verb of saying, "this" (at `c`), a few lower-case words, and a
/// dash or colon before a clause: the index of the clause's first token.
fn anaphor_then_dash(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    if toks.get(c).is_none_or(|t| t.word() != "this") {
        return None;
    }
    let is_dash =
        |t: &Tok<'_>| !t.text.is_empty() && t.text.chars().all(crate::text::chars::is_dash);
    // "the President has said this many times, we will not back down": a
    // comma too, when a clause that no conjunction opens follows it.
    let k = (c..toks.len().min(c + 2 + MAX_ANAPHOR_TAIL)).find(|&k| {
        toks[k].text.ends_with(':')
            || (k > c && is_dash(&toks[k]))
            || (toks[k].text.ends_with(',')
                && toks.get(k + 1).is_some_and(|t| {
                    !matches!(
                        t.word().as_ref(),
                        "and" | "but" | "so" | "or" | "because" | "which" | "who"
                    ) && !is_first_person_singular(&t.word())
                }))
    })?;
    // ("this:" itself ends in the colon: no words between.)
    let plain = toks
        .get(c + 1..k)
        .unwrap_or_default()
        .iter()
        .all(|t| !t.ends_clause() && t.bare().starts_with(char::is_lowercase));
    let start = k + 1;
    (plain && (finite_clause_at(toks, start, true) || phrase_then_clause(toks, start).is_some()))
        .then_some(start)
}

/// Most words between "expressed" and "concern that".
const MAX_EXPRESSED_MODIFIERS: usize = 3;
/// Words between "expressed" and "concern that" ("expressed some deep
/// concern that").
const EXPRESSED_MODIFIERS: [&str; 11] = [
    "some", "their", "his", "her", "its", "our", "grave", "deep", "serious", "publicly", "real",
];

/// Nouns of a stance that "expressed" states with its object ("expressed
/// their commitment to …", "expressed publicly their concerns about …").
const STANCE_NOUNS: [&str; 16] = [
    "concern",
    "concerns",
    "commitment",
    "support",
    "opposition",
    "regret",
    "readiness",
    "willingness",
    "solidarity",
    "hope",
    "confidence",
    "interest",
    "disappointment",
    "frustration",
    "outrage",
    "satisfaction",
];

/// After "expressed" (its next token at `c`): the start of a stance it
/// states, "(their grave) concern about …", "(their) commitment to …":
/// a [`STANCE_NOUNS`] noun after at most [`MAX_EXPRESSED_MODIFIERS`]
/// modifiers, then a preposition and at least [`MIN_CONTENT_TOKENS`]
/// tokens. Adverbs before the phrase are not part of it ("expressed
/// publicly their concerns").
fn stance(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    let mut c = c;
    while toks.get(c).is_some_and(|t| {
        (ADVERBS.contains(&t.word().as_ref()) || is_ly_adverb(t)) && !t.ends_clause()
    }) {
        c += 1;
    }
    let mut j = c;
    while j < toks.len().min(c + MAX_EXPRESSED_MODIFIERS)
        && EXPRESSED_MODIFIERS.contains(&toks[j].word().as_ref())
        && !toks[j].ends_clause()
    {
        j += 1;
    }
    let noun = toks.get(j)?;
    let prep = toks.get(j + 1)?;
    (STANCE_NOUNS.contains(&noun.word().as_ref())
        && !noun.ends_clause()
        && matches!(
            prep.word().as_ref(),
            "about" | "over" | "for" | "to" | "in" | "at" | "with" | "regarding"
        )
        && j + 1 + MIN_CONTENT_TOKENS <= toks.len())
    .then_some(c)
}

/// After "expressed" (its next token at `c`), the index of the "that" of
/// "(some) concern that", "hope that", "confidence that".
fn expressed_that(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    let mut j = c;
    while j < toks.len().min(c + MAX_EXPRESSED_MODIFIERS)
        && EXPRESSED_MODIFIERS.contains(&toks[j].word().as_ref())
        && !toks[j].ends_clause()
    {
        j += 1;
    }
    let said = toks.get(j).is_some_and(|t| {
        matches!(
            t.word().as_ref(),
            "concern" | "concerns" | "hope" | "confidence"
        ) && !t.ends_clause()
    }) && toks.get(j + 1).is_some_and(|t| t.word() == "that");
    said.then_some(j + 1)
}

/// Verbs whose object names what was said ("announced travel to Turkey",
/// "is claiming ownership of the balloon"), besides a clause. Not
/// "mentioned" ("mentioned a couple of other ideas"), "expressed" or
/// "reaffirmed" ("expressed our position on this"), whose objects are as
/// often a topic or a stance as words said.
const OBJECT_VERBS: [&str; 6] = [
    "announced",
    "announces",
    "announcing",
    "claimed",
    "claims",
    "claiming",
];

/// First words of an object that is no topic: a pronoun for something
/// said before ("talked about this"), a person ("announced him"), a
/// question word, a phrase of time, place or purpose ("announced on
/// Tuesday", "talked about just last week"), or a verb ("the crises that
/// he talked about was …").
const NOT_TOPIC_STARTS: [&str; 55] = [
    "it",
    "this",
    "that",
    "these",
    "those",
    "them",
    "him",
    "her",
    "me",
    "us",
    "you",
    "something",
    "anything",
    "nothing",
    "everything",
    "what",
    "which",
    "who",
    "whom",
    "so",
    "here",
    "there",
    "in",
    "at",
    "on",
    "during",
    "last",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "recently",
    "again",
    "just",
    "to",
    "for",
    "with",
    "from",
    "by",
    "over",
    "before",
    "after",
    "when",
    "because",
    "if",
    "is",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
];

/// Whether the verb of saying at `v`, whose subject starts at
/// `subj_start`, may report a noun phrase: not in a question ("You're
/// talking about the one from last week?"), not passive ("he has been
/// announced to replace …"), and not in a relative clause whose object is
/// the noun before it ("the leadership that John F. Kennedy talked about
/// 50 years ago").
///
/// `first_end` is [`first_sentence_end`] of `toks`, not before `v`.
fn topic_report_allowed(toks: &[Tok<'_>], v: usize, subj_start: usize, first_end: usize) -> bool {
    let question = toks
        .get(first_end)
        .or(toks.last())
        .is_some_and(|t| t.text.trim_end_matches(['"', '”', '’', ')']).ends_with('?'));
    let passive = toks[..v]
        .iter()
        .rev()
        .take_while(|t| ADVERBS.contains(&t.word().as_ref()) || is_ly_adverb(t))
        .count();
    let passive = v > passive
        && toks[v].word().ends_with("ed")
        && matches!(
            toks[v - passive - 1].word().as_ref(),
            "been" | "be" | "being" | "was" | "were" | "is" | "are"
        );
    let relative = subj_start > 0
        && matches!(
            toks[subj_start - 1].word().as_ref(),
            "that" | "which" | "what" | "who" | "whom"
        );
    !(question || passive || relative)
}

/// Function words that do not make an object a topic on their own.
const TOPIC_FUNCTION_WORDS: [&str; 12] = [
    "the", "a", "an", "some", "our", "their", "his", "her", "its", "your", "and", "of",
];

/// Whether the tokens from `c` (after a verb of saying, or "talked
/// about") are a noun phrase naming what was said: at least
/// [`MIN_CONTENT_TOKENS`] tokens before the clause ends, none of
/// [`NOT_TOPIC_STARTS`] first, and a lower-case word of content among them
/// ("a domain awareness gap", "the tweak in the radar systems"; not "the
/// House Republican", a person).
fn topic_object(toks: &[Tok<'_>], c: usize) -> bool {
    let Some(first) = toks.get(c) else {
        return false;
    };
    if NOT_TOPIC_STARTS.contains(&first.word().as_ref()) || first.ends_clause() {
        return false;
    }
    let end = (c..toks.len())
        .find(|&k| toks[k].ends_clause() || toks[k].ends_sentence())
        .map_or(toks.len(), |k| k + 1);
    end - c >= MIN_CONTENT_TOKENS
        && toks[c..end].iter().any(|t| {
            let w = t.word();
            t.text.starts_with(char::is_lowercase)
                && w.chars().count() > 3
                && !TOPIC_FUNCTION_WORDS.contains(&w.as_ref())
        })
}

/// Words that open a phrase of time, place or occasion between a verb of
/// saying and its clause ("said in the Rose Garden …, it was",
/// "said by now we'd be at …", "said last night — …").
const PHRASE_STARTS: [&str; 15] = [
    "in", "at", "on", "during", "over", "after", "before", "by", "from", "to", "last", "back",
    "this", "when", "for",
];

/// Words that open a subordinate clause that is part of what was said
/// ("said when I took office, the price of gasoline was …", "said if you
/// build a coal plant, you can go ahead").
const SUBORDINATORS: [&str; 5] = ["when", "if", "once", "unless", "because"];

/// Most tokens of the phrase between a verb and a clause without "that".
const MAX_PHRASE_BEFORE_CLAUSE: usize = 10;

/// Most tokens from the subject of a clause to its finite verb ("the price
/// of gasoline was").
const MAX_SUBJECT_TO_VERB: usize = 5;

/// Nouns of time after "this" ("said this morning that").
const TIME_NOUNS: [&str; 8] = [
    "morning",
    "afternoon",
    "evening",
    "week",
    "weekend",
    "month",
    "year",
    "time",
];

/// Whether "this" or "it" at `k` belongs to a phrase of time or place
/// after the verb (whose next token is `c`): after a preposition ("during
/// this meeting", "in it") or before a noun of time ("this morning").
fn in_time_phrase(toks: &[Tok<'_>], c: usize, k: usize) -> bool {
    let w = toks[k].word();
    if !matches!(w.as_ref(), "this" | "it") {
        return false;
    }
    (k > c
        && (PHRASE_STARTS.contains(&toks[k - 1].word().as_ref()) || toks[k - 1].word() == "of")
        && toks[k - 1].word() != "this")
        || (w == "this"
            && toks
                .get(k + 1)
                .is_some_and(|n| TIME_NOUNS.contains(&n.word().as_ref())))
}

/// A clause without "that" after a short phrase ("You said in the Rose
/// Garden the day after the attack, it was an act of terror.", "He said
/// in his first year he'd put out an immigration plan"), or a subordinate
/// clause and then the main one ("He said when I took office, the price of
/// gasoline was $1.80"). Only for the verbs of saying proper, which take a
/// clause as often as not.
fn clause_after_phrase(toks: &[Tok<'_>], verb: &str, c: usize) -> Option<Content> {
    if !matches!(verb, "said" | "says" | "say" | "saying" | "stated") {
        return None;
    }
    let first = toks.get(c)?.word();
    if SUBORDINATORS.contains(&first.as_ref()) {
        // The subordinate clause runs to a comma; the main clause follows.
        let comma = (c + 1..toks.len().min(c + 1 + MAX_PHRASE_BEFORE_CLAUSE))
            .find(|&k| toks[k].ends_clause())?;
        return (toks[comma].text.ends_with(',') && finite_clause_at(toks, comma + 1, true))
            .then_some(Content::Clause(c));
    }
    phrase_then_clause(toks, c).map(Content::Clause)
}

/// A short phrase of time or place (from token `c`, opening with one of
/// [`PHRASE_STARTS`]) and then a clause ("in the Rose Garden the day
/// after the attack, it was an act of terror", "for the first two years,
/// he was able to cut the deficit"): the first token of the clause after
/// the phrase.
fn phrase_then_clause(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    let first = toks.get(c)?.word();
    if !PHRASE_STARTS.contains(&first.as_ref()) {
        return None;
    }
    for j in c + 1..toks.len().min(c + 1 + MAX_PHRASE_BEFORE_CLAUSE) {
        let prev = &toks[j - 1];
        let pw = prev.word();
        if is_finite(prev)
            || MODALS.contains(&pw.as_ref())
            || matches!(pw.as_ref(), "that" | "about" | "and" | "or")
            || prev.text.ends_with(['.', '?', '!', ';'])
        {
            return None;
        }
        if prev.ends_clause() {
            // A comma, colon or dash closes the phrase: a clause follows.
            return finite_clause_at(toks, j, true).then_some(j);
        }
        if pronoun_clause_at(toks, j) {
            return Some(j);
        }
    }
    None
}

/// A subject pronoun with a contracted auxiliary, or followed by a finite
/// verb or a modal, at `j` ("he'd put", "you would file", "we'd be").
fn pronoun_clause_at(toks: &[Tok<'_>], j: usize) -> bool {
    let Some(t) = toks.get(j) else { return false };
    let w = t.word().replace(is_word_apostrophe, "'");
    let mut parts = w.split('\'');
    let pronoun = parts.next().unwrap_or("");
    if !SUBJECT_PRONOUNS.contains(&pronoun) || t.ends_clause() {
        return false;
    }
    parts.next().is_some()
        || toks.get(j + 1).is_some_and(|n| {
            is_finite(n) || MODALS.contains(&n.word().as_ref()) || n.word() == "would"
        })
}

/// A finite clause from `j`: a subject (a pronoun, a determiner's noun
/// phrase, a name or a number) and within [`MAX_SUBJECT_TO_VERB`] tokens
/// its finite verb; after a comma any word that starts a clause will do
/// for the pronoun ("…, it was an act of terror").
fn finite_clause_at(toks: &[Tok<'_>], j: usize, after_comma: bool) -> bool {
    if j + MIN_CONTENT_TOKENS > toks.len() {
        return false;
    }
    if pronoun_clause_at(toks, j) || pseudo_cleft(toks, j) {
        return true;
    }
    let w = toks[j].word();
    let pronoun = w.replace(is_word_apostrophe, "'");
    let pronoun = pronoun.split('\'').next().unwrap_or("");
    if after_comma && SUBJECT_PRONOUNS.contains(&pronoun) {
        return true;
    }
    if !(CLAUSE_STARTERS.contains(&w.as_ref())
        || matches!(w.as_ref(), "my" | "your")
        || subject_then_verb(toks, j))
    {
        return false;
    }
    for k in j + 1..toks.len().min(j + 1 + MAX_SUBJECT_TO_VERB) {
        if is_finite(&toks[k]) || MODALS.contains(&toks[k].word().as_ref()) {
            return k + 1 < toks.len();
        }
        if toks[k].ends_clause() && !toks[k].text.ends_with(',') {
            return false;
        }
    }
    false
}

/// ", which is (that)" within a short phrase after the verb (from token
/// `c`: "mentioned this yesterday in his speech, which is …", "talked
/// about at the legislative conference, which is how …"): where the clause
/// after it starts. The phrase before has no verb of its own.
fn which_is(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    let end = toks.len().min(c + MAX_PHRASE_BEFORE_CLAUSE);
    for k in c..end {
        let t = &toks[k];
        if t.word() == "which"
            && k > 0
            && toks[k - 1].text.ends_with(',')
            && toks
                .get(k + 1)
                .is_some_and(|n| matches!(n.word().as_ref(), "is" | "was") && !n.ends_clause())
        {
            let start = k + 2 + usize::from(toks.get(k + 2).is_some_and(|n| n.word() == "that"));
            // A clause, not a predicate ("which was a mistake").
            let clause = finite_clause_at(toks, start, true)
                || toks.get(start).is_some_and(|n| {
                    let w = n.word();
                    SUBORDINATORS.contains(&w.as_ref()) || matches!(w.as_ref(), "how" | "why")
                });
            return (clause && start + MIN_CONTENT_TOKENS <= toks.len()).then_some(start);
        }
        if makes_finite(t) || t.ends_sentence() {
            return None;
        }
    }
    None
}

/// "that" after a phrase in commas after the verb ("She just announced,
/// after 30 years, that she's going to be retiring"), whose first token is
/// `c`: `Some(answer)` as [`that_after_phrase`] gives it, `None` when the
/// verb is not followed by such a phrase.
fn that_after_parenthesis(toks: &[Tok<'_>], c: usize) -> Option<Option<Content>> {
    if !toks[c - 1].text.ends_with(',') {
        return None;
    }
    // "he says, to the President, to Democratic and Republican leaders,
    // that …", "I mentioned, I believe on Tuesday, that …": the phrase may
    // have commas of its own, and a speaker's "I believe" or "I think".
    for k in c..toks.len().min(c + 2 * PHRASE_BEFORE_THAT) {
        let t = &toks[k];
        if t.word() == "that" && k > c && toks[k - 1].text.ends_with(',') {
            return that_after_phrase(toks, k);
        }
        let hedge = matches!(t.word().as_ref(), "believe" | "think" | "guess")
            && k > c
            && toks[k - 1].word() == "i";
        if t.ends_sentence()
            || (t.ends_clause() && !t.text.ends_with(','))
            || (!hedge && (makes_finite(t) || MODALS.contains(&t.word().as_ref())))
        {
            return None;
        }
    }
    None
}

/// Nouns of an argument made ("made the case that …").
const ARGUMENT_NOUNS: [&str; 4] = ["case", "point", "argument", "claim"];

/// After "made" (next token `c`): "the case that", "the same point that",
/// "his argument that" and the like; the index of the clause after
/// "that" (not a relative clause: "a point that was wrong").
fn made_the_case(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    let mut k = c;
    while k < toks.len().min(c + 2)
        && matches!(
            toks[k].word().as_ref(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "same"
        )
        && !toks[k].ends_clause()
    {
        k += 1;
    }
    (toks
        .get(k)
        .is_some_and(|t| ARGUMENT_NOUNS.contains(&t.word().as_ref()) && !t.ends_clause())
        && toks
            .get(k + 1)
            .is_some_and(|t| t.word() == "that" && !t.ends_clause())
        && k + 2 + MIN_CONTENT_TOKENS <= toks.len()
        // "a point that was completely wrong": a relative clause
        && !makes_finite(&toks[k + 2]))
    .then_some(k + 2)
}

/// Whether what was said, from token `k`, is a gerund's phrase of at
/// least two words after "about" ("been very clear about reforming 230",
/// "about not cutting Medicare"): a position, however short.
fn gerund_topic(toks: &[Tok<'_>], k: usize) -> bool {
    let g = k + usize::from(toks.get(k).is_some_and(|t| t.word() == "not"));
    k > 0
        && toks[k - 1].word() == "about"
        && g + 2 <= toks.len()
        && !toks[g].ends_clause()
        && toks[g].bare().starts_with(char::is_lowercase)
        && toks[g].word().len() > 5
        && toks[g].word().ends_with("ing")
}

/// Most words of the topic in [`topic_then_that`].
const MAX_TOPIC_BEFORE_THAT: usize = 6;

/// "said about obscenity — that he couldn't define it", "said about this:
/// that the water is safe": "about" and a topic of at most
/// [`MAX_TOPIC_BEFORE_THAT`] words from token `c`, then a dash or colon, then
/// "that": the index of the clause after "that".
fn topic_then_that(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    if toks.get(c).is_none_or(|t| t.word() != "about") {
        return None;
    }
    let k = (c + 2..toks.len().min(c + 3 + MAX_TOPIC_BEFORE_THAT)).find(|&k| {
        toks[k].word() == "that" && (is_dash_token(&toks[k - 1]) || toks[k - 1].text.ends_with(':'))
    })?;
    let topic = &toks[c + 1..k - usize::from(is_dash_token(&toks[k - 1]))];
    let plain = topic
        .iter()
        .enumerate()
        .all(|(i, t)| !t.ends_sentence() && (i + 1 == topic.len() || !t.ends_clause()));
    (plain && k + MIN_CONTENT_TOKENS < toks.len()).then_some(k + 1)
}

/// Whether token `k`, opening the phrase at `c` right after a verb that
/// takes whom it tells, is "this" before a name word: an institution the
/// words were told to ("told this House that …", "assured this Committee
/// that …"; not "said this House that we built is strong").
fn this_institution(toks: &[Tok<'_>], c: usize, k: usize) -> bool {
    k == c
        && c > 0
        && matches!(
            toks[c - 1].word().as_ref(),
            "told" | "tells" | "tell" | "telling" | "assured" | "informed" | "reminded" | "warned"
        )
        && toks[k].word() == "this"
        && toks
            .get(k + 1)
            .is_some_and(|n| super::subject::is_name_word(n) && n.word() != "that")
}

/// "that" right away, or after a short phrase ("yesterday", "to
/// reporters", "on Tuesday", "President Xi") from token `c`; "about" makes
/// the phrase a topic ("said about my record and the things that …"),
/// unless a dash or colon comes before "that" ([`topic_then_that`]).
/// `Some(answer)` when such a "that" decides what was said.
fn that_after_phrase(toks: &[Tok<'_>], c: usize) -> Option<Option<Content>> {
    if let Some(k) = topic_then_that(toks, c) {
        return Some(Some(Content::That(k)));
    }
    let t = (c..toks.len().min(c + PHRASE_BEFORE_THAT)).find(|&k| toks[k].word() == "that")?;
    // "said we made that declaration": a subject pronoun or a verb makes
    // the words before "that" the clause itself, and "that" a determiner.
    // ("told you that …": "you" and "it" may be objects, unless a verb
    // follows or is contracted onto them).
    let opens_clause = t > c && {
        let (p, contracted) = word_and_contraction(&toks[c]);
        SUBJECT_PRONOUNS.contains(&p.as_str())
            && (contracted
                || !matches!(p.as_str(), "you" | "it")
                || toks.get(c + 1).is_some_and(makes_finite))
    };
    let phrase_ok = !opens_clause
        && (c..t).all(|k| {
            let x = &toks[k];
            !x.ends_clause()
                && !makes_finite(x)
                && (!NOT_IN_PHRASE.contains(&x.word().as_ref())
                    || in_time_phrase(toks, c, k)
                    || this_institution(toks, c, k))
        });
    if !phrase_ok || t + 1 >= toks.len() {
        return None;
    }
    let after = toks[t + 1].word();
    // "suggested that in fact employers should …": "in fact" opens the
    // clause, it is not where something was said.
    let in_fact = after == "in" && toks.get(t + 2).is_some_and(|x| x.word() == "fact");
    // "said that a lot", "said that a week ago": demonstrative; "say that
    // a number of employees were terminated": a clause.
    let a_clause = after == "a"
        && toks
            .get(t + 2)
            .is_some_and(|x| !A_DEMONSTRATIVE_NOUNS.contains(&x.word().as_ref()));
    // "said that prices fell.": two words, the second a verb of the past,
    // are a clause (too short to report unless a pronoun opens it).
    let short_clause = t + 3 == toks.len()
        && !AFTER_DEMONSTRATIVE.contains(&after.as_ref())
        && crate::text::dates::is_past_word(&toks[t + 2].word());
    if (t + 1 + 2 >= toks.len() && !short_clause)
        || (AFTER_DEMONSTRATIVE.contains(&after.as_ref()) && !in_fact && !a_clause)
    {
        // "I said that at the time": demonstrative.
        return Some((t == c).then_some(Content::Anaphor));
    }
    Some(Some(Content::That(t + 1)))
}

/// A clause after the verb with no "that" from token `c`, after the
/// object of "told", "urged" … ("told President Putin to stop the war").
/// Fewest tokens of a conditional said after "said" ("said if they cross
/// that line, we will respond"): a condition and its consequence.
const MIN_CONDITIONAL_TOKENS: usize = 6;

fn object_or_clause(toks: &[Tok<'_>], verb: &str, c: usize) -> Option<Content> {
    // "told President Putin to stop the war", "urged Congress to …".
    let mut o = c;
    if matches!(
        verb,
        "told" | "tells" | "tell" | "urged" | "urges" | "warned" | "assured" | "promised"
    ) {
        // "urged the West to provide …": "the" opens a name before "to"
        o = object_end(toks, c, true);
        if toks.get(o).is_none_or(|t| t.word() != "to") {
            o = object_end(toks, c, false);
        }
        // "as the President told you, we will …": the object pronoun and
        // its comma come before what was said.
        if o == c
            && matches!(verb, "told" | "tells" | "tell")
            && toks
                .get(o)
                .is_some_and(|t| OBJECTS.contains(&t.word().as_ref()) && t.text.ends_with(','))
        {
            o += 1;
        }
        if o > c
            && toks.get(o).is_some_and(|t| t.word() == "to")
            && matches!(verb, "told" | "urged" | "urges" | "promised")
        {
            return (o + 1 < toks.len()).then_some(Content::Clause(o));
        }
    }
    let next = toks.get(o)?;
    let nw = next.word();
    // Verbs other than "say" and "tell" take a noun phrase as often as a
    // clause ("mentioned a couple of other ideas"): only a pronoun subject
    // starts a clause after them.
    let takes_clause = matches!(
        verb,
        "said" | "says" | "saying" | "told" | "tells" | "say" | "tell" | "demanded" | "demands"
    );
    let pronoun = nw.replace(is_word_apostrophe, "'");
    let pronoun = pronoun.split('\'').next().unwrap_or("");
    let subject_pronoun = SUBJECT_PRONOUNS.contains(&pronoun);
    // "the administration indicated this was a reaction to a video": a
    // demonstrative and its verb ("mentioned this yesterday" has none).
    let demonstrative_clause = matches!(nw.as_ref(), "this" | "these" | "those")
        && !next.ends_clause()
        && toks.get(o + 1).is_some_and(|t| {
            matches!(
                t.word().as_ref(),
                "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would"
            )
        })
        && o + MIN_CONTENT_TOKENS <= toks.len();
    if !takes_clause && !subject_pronoun && !demonstrative_clause {
        return None;
    }
    // "I said if I got bin Laden in our sights I would take that shot":
    // a conditional is what was said.
    let conditional = nw == "if" && takes_clause && toks.len() - o > MIN_CONDITIONAL_TOKENS;
    if CLAUSE_STARTERS.contains(&nw.as_ref())
        || conditional
        || (pronoun != nw && CLAUSE_STARTERS.contains(&pronoun))
        || matches!(nw.as_ref(), "my" | "your")
        || subject_pronoun
        || demonstrative_clause
        || (super::subject::is_name_word(next) && o > c)
        || subject_then_verb(toks, o)
    {
        return (o + 1 < toks.len()).then_some(Content::Clause(o));
    }
    None
}

/// The end of the object of "told", "urged" … starting at `c`: pronouns
/// and name words, at most four; `the`: "the" (or "this": "told this
/// House that …") may open it.
fn object_end(toks: &[Tok<'_>], c: usize, the: bool) -> usize {
    let mut o = c;
    while o < toks.len()
        && o - c < 4
        && (OBJECTS.contains(&toks[o].word().as_ref())
            || super::subject::is_name_word(&toks[o])
            || (the && o == c && matches!(toks[o].word().as_ref(), "the" | "this")))
        && !toks[o].ends_clause()
    {
        o += 1;
    }
    o
}

/// Most tokens of a named or counted subject right after "said" ("said
/// China has ignored that deal", "says up to 20 million people will lose
/// …").
const MAX_BARE_SUBJECT: usize = 5;

/// Whether the tokens from `o` are a clause without "that": a name or a
/// number, then within [`MAX_BARE_SUBJECT`] tokens and the same clause a
/// finite verb or a modal ("said China has", "says 30 percent of them
/// are"). "said Tuesday in Ohio" and "told China about it" have none.
fn subject_then_verb(toks: &[Tok<'_>], o: usize) -> bool {
    let Some(first) = toks.get(o) else {
        return false;
    };
    let w = first.word();
    let counted = w.starts_with(|c: char| c.is_ascii_digit())
        || QUANTIFIERS.contains(&w.as_ref())
        || (w == "up" && toks.get(o + 1).is_some_and(|t| t.word() == "to"));
    // "you said taxes are too high", "you said class sizes don't make a
    // difference": a bare plural noun, alone or after a noun.
    let bare_plural = |t: &Tok<'_>| {
        let w = t.word();
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !NOT_BARE_PLURALS.contains(&w.as_ref())
    };
    let compound = w.chars().all(|c| c.is_ascii_lowercase())
        && !NOT_NOUN_MODIFIERS.contains(&w.as_ref())
        && toks.get(o + 1).is_some_and(bare_plural);
    let plural = bare_plural(first) || compound;
    if gerund_subject(toks, o) {
        return true;
    }
    if !(counted || plural || super::subject::is_name_word(first)) || first.ends_clause() {
        return false;
    }
    if plural && !counted && !super::subject::is_name_word(first) {
        // The verb right after the noun ("taxes are", "class sizes
        // don't"), so that a verb in -s is no subject ("anything I said
        // needs to be clarified").
        let v = o + 1 + usize::from(compound && !bare_plural(first));
        return toks
            .get(v)
            .is_some_and(|t| makes_finite(t) && !matches!(t.word().as_ref(), "be" | "been"))
            && v + 1 < toks.len();
    }
    for k in o + 1..toks.len().min(o + 1 + MAX_BARE_SUBJECT) {
        if makes_finite(&toks[k]) {
            return k + 1 < toks.len();
        }
        if toks[k].ends_clause() {
            return false;
        }
    }
    false
}

/// Words in -ing that are no gerund: prepositions ("said during the
/// meeting"), pronouns ("said nothing"), "according to".
const NOT_GERUNDS: [&str; 11] = [
    "during",
    "including",
    "regarding",
    "concerning",
    "following",
    "according",
    "nothing",
    "something",
    "anything",
    "everything",
    "being",
];

/// "has said growing real wages is an important marker", "said
/// protecting our troops is the first priority": a gerund at `o` heading
/// the subject, then "is" or "was" within [`MAX_BARE_SUBJECT`] tokens of
/// the same clause.
fn gerund_subject(toks: &[Tok<'_>], o: usize) -> bool {
    let first = &toks[o];
    let w = first.word();
    let gerund = w.len() > 5
        && w.ends_with("ing")
        && first.text.starts_with(char::is_lowercase)
        && !first.ends_clause()
        && !NOT_GERUNDS.contains(&w.as_ref());
    gerund
        && (o + 1..toks.len().min(o + 1 + MAX_BARE_SUBJECT))
            .take_while(|&k| !toks[k - 1].ends_clause())
            .any(|k| matches!(toks[k].word().as_ref(), "is" | "was") && k + 1 < toks.len())
}

/// Words in -s after "said" that are no plural subject ("said this was",
/// "said sometimes it is").
const NOT_BARE_PLURALS: [&str; 10] = [
    "this",
    "thus",
    "always",
    "perhaps",
    "sometimes",
    "yes",
    "afterwards",
    "towards",
    "besides",
    "unless",
];

/// Words before a plural after "said" that make it no compound subject
/// ("said at times", "said last years").
const NOT_NOUN_MODIFIERS: [&str; 24] = [
    "at", "in", "on", "for", "with", "about", "from", "by", "during", "after", "before", "to",
    "of", "and", "or", "but", "so", "then", "now", "again", "also", "just", "last", "next",
];

/// Words that open a counted subject ("says nearly half of them are …").
const QUANTIFIERS: [&str; 6] = ["nearly", "almost", "some", "most", "many", "half"];

/// Modal verbs that make a clause finite.
const MODALS: [&str; 8] = [
    "can", "could", "should", "must", "may", "might", "does", "did",
];

/// A finite verb, a modal or a negative contraction ("are", "can",
/// "don't", "need"): what makes the words before it a clause's subject.
pub(super) fn makes_finite(t: &Tok<'_>) -> bool {
    let w = t.word();
    is_finite(t)
        || MODALS.contains(&w.as_ref())
        || FINITE_VERBS.contains(&w.as_ref())
        || w.replace(is_word_apostrophe, "'").ends_with("n't")
}

/// Finite verbs that end a phrase before "that" ("said it was true that").
fn is_finite(t: &Tok<'_>) -> bool {
    matches!(
        t.word().as_ref(),
        "is" | "was" | "are" | "were" | "be" | "been" | "has" | "have" | "had" | "will" | "would"
    )
}

/// Whom the phrase `toks[start..end]` after a preposition ("from", "by")
/// names, read as if it opened the sentence: a person, an organisation,
/// a description, an unnamed source, or "him", "her", "them".
fn source_after_preposition(toks: &[Tok<'_>], start: usize, end: usize) -> Option<Subject> {
    let phrase = &toks[start..end];
    if let [one] = phrase
        && one.word() == "them"
    {
        return Some(Subject::Plural);
    }
    match super::subject::source_phrase_subject(phrase) {
        s @ (Subject::People(_)
        | Subject::Unnamed(_)
        | Subject::Described(_)
        | Subject::Pronoun) => Some(s),
        _ => match super::subject::group_after_preposition(toks, end - 1) {
            Some((u, j)) if j == start => Some(Subject::Unnamed(u)),
            _ => None,
        },
    }
}

/// Most tokens from a passive's question to the verb of a report after it
/// ("whether or not this would help the economy grow, you said").
const MAX_QUESTION_TO_FRAME: usize = 40;

/// Most tokens of the agent after "asked by" or "told by".
const MAX_AGENT: usize = 6;

/// "when you were asked by teachers whether or not this would help …",
/// "he was told by his doctor that …": the agent of a passive "asked" or
/// "told" said it (the subject heard it).
pub(super) fn passive_agent_reports(s: &str, toks: &[Tok<'_>], out: &mut Vec<Report>) {
    for v in 1..toks.len() {
        if !is_passive(toks, v)
            || toks[v].ends_clause()
            || toks
                .get(v + 1)
                .is_none_or(|t| t.word() != "by" || t.ends_clause())
        {
            continue;
        }
        let asked = toks[v].word() == "asked";
        let Some(q) = (v + 3..toks.len().min(v + 3 + MAX_AGENT))
            .take_while(|&j| !toks[j - 1].ends_sentence())
            .find(|&j| {
                let w = toks[j].word();
                if asked {
                    QUESTION_STARTERS.contains(&w.as_ref())
                } else {
                    w == "that"
                }
            })
        else {
            continue;
        };
        let start = if asked { q } else { q + 1 };
        if start + MIN_CONTENT_TOKENS > toks.len() {
            continue;
        }
        let Some(subject) = source_after_preposition(toks, v + 2, q) else {
            continue;
        };
        let before = out.len();
        push(
            out,
            s,
            toks[start].start..s.len(),
            subject,
            ReportKind::Indirect,
        );
        // "…, you said, well, …": the question ends before the next report
        // (read in a window from the question: what reported_at reads
        // before a verb must not grow with the sentence)
        let window = &toks[start..toks.len().min(start + 1 + MAX_QUESTION_TO_FRAME)];
        let window_end = first_sentence_end(window);
        if out.len() > before
            && let Some(next) = (1..window.len())
                .find(|&j| reported_at(window, j, window_end).is_some())
                .map(|j| start + j)
        {
            end_before_frame(s, toks, &mut out[before], start, next);
        }
    }
}

/// Most tokens between "from" and "that" in "heard from … that".
const MAX_HEARD_FROM: usize = 8;

/// "all I hear from professors, neighbors and others is that …", "what
/// we're hearing from them is that …": when "hear" at `k` follows "all" or
/// "what" and a subject, the index of the "that" after "is"/"was" (a
/// source of several, with commas, comes between).
fn cleft_is_that(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    if k < 2 || !matches!(toks[k - 2].word().as_ref(), "all" | "what") || toks[k - 2].ends_clause()
    {
        return None;
    }
    (k + 3..toks.len().min(k + 4 + MAX_HEARD_FROM))
        .take_while(|&j| !toks[j - 1].ends_sentence())
        .find(|&j| toks[j].word() == "that" && matches!(toks[j - 1].word().as_ref(), "is" | "was"))
}

/// Most words of whom one heard before ", that …" ([`heard_person_that`]).
const MAX_HEARD_PERSON: usize = 4;

/// "you heard the President, that he will want to have another
/// conversation with President Xi": after "heard" (at `k`), whom one
/// heard in at most [`MAX_HEARD_PERSON`] words, a comma, then "that" and
/// a clause: their words.
fn heard_person_that(s: &str, toks: &[Tok<'_>], k: usize, out: &mut Vec<Report>) {
    let Some(comma) = (k + 1..toks.len().min(k + 1 + MAX_HEARD_PERSON))
        .find(|&j| toks[j].ends_clause())
        .filter(|&j| toks[j].text.ends_with(','))
    else {
        return;
    };
    let that = comma + 1;
    if toks.get(that).is_none_or(|t| t.word() != "that")
        || toks.len() - (that + 1) < MIN_CONTENT_TOKENS
        || makes_finite(&toks[that + 1])
    {
        return;
    }
    if let Some(subject @ (Subject::People(_) | Subject::Described(_) | Subject::Pronoun)) =
        source_after_preposition(toks, k + 1, comma + 1)
    {
        push(
            out,
            s,
            toks[that + 1].start..s.len(),
            subject,
            ReportKind::Indirect,
        );
    }
}

/// "we hear from state officials that it actually can save lives", "we
/// heard from Senator Manchin that …": the one something was heard from
/// said it.
pub(super) fn heard_from_reports(s: &str, toks: &[Tok<'_>], out: &mut Vec<Report>) {
    for k in 0..toks.len() {
        if !matches!(
            toks[k].word().as_ref(),
            "hear" | "heard" | "hears" | "hearing"
        ) || toks[k].ends_clause()
        {
            continue;
        }
        if toks
            .get(k + 1)
            .is_none_or(|t| t.word() != "from" || t.ends_clause())
        {
            heard_person_that(s, toks, k, out);
            continue;
        }
        let cleft = cleft_is_that(toks, k);
        let Some(that) = cleft.or_else(|| {
            (k + 3..toks.len().min(k + 3 + MAX_HEARD_FROM))
                .take_while(|&j| !toks[j - 1].ends_clause() || toks[j - 1].text.ends_with(','))
                .find(|&j| toks[j].word() == "that")
        }) else {
            continue;
        };
        // "all I hear from professors, neighbors and others is that": the
        // source ends before "is".
        let source_end = if cleft.is_some() { that - 1 } else { that };
        if toks.len() - (that + 1) < MIN_CONTENT_TOKENS
            || toks.get(that + 1).is_some_and(makes_finite)
        {
            continue;
        }
        let Some(subject) = source_after_preposition(toks, k + 2, source_end) else {
            continue;
        };
        let end = question_after(toks, that + 1).map_or(s.len(), |j| toks[j - 1].end);
        push(
            out,
            s,
            toks[that + 1].start..end,
            subject,
            ReportKind::Indirect,
        );
    }
}

/// "Senator after senator … wanted to know when the President is going to
/// …", "the governor wants to know whether …": a question someone put, its
/// content from the question word on. Not the speaker's own ("I want to
/// know whether …" asks now).
pub(super) fn wanted_to_know_reports(s: &str, toks: &[Tok<'_>], out: &mut Vec<Report>) {
    for v in 1..toks.len().saturating_sub(3) {
        let frame = matches!(toks[v].word().as_ref(), "wanted" | "wants")
            && toks[v + 1].word() == "to"
            && toks[v + 2].word() == "know"
            && !toks[v..v + 3].iter().any(Tok::ends_clause);
        let q = v + 3;
        if !frame
            || !QUESTION_STARTERS.contains(&toks[q].word().as_ref())
            || toks.len() - q < MIN_CONTENT_TOKENS
        {
            continue;
        }
        let Some((subject, _, _)) = reporting_subject(toks, subject_end(toks, v)) else {
            continue;
        };
        if subject != Subject::SelfRef {
            push(
                out,
                s,
                toks[q].start..s.len(),
                subject,
                ReportKind::Indirect,
            );
        }
    }
}

/// Forms of "be" and "get" before a passive "asked" ([`passive_questions`]).
const PASSIVE_AUXILIARIES: [&str; 8] = ["was", "were", "been", "being", "got", "gets", "get", "is"];

/// Words after a passive "asked" that point at a question asked before
/// ("asked this question", "asked a couple of times", "asked before").
const ASKED_BEFORE: [&str; 10] = [
    "this",
    "that",
    "it",
    "a",
    "many",
    "several",
    "before",
    "earlier",
    "repeatedly",
    "again",
];

/// Questions put to someone by no one named: "when I’ve been asked what
/// are they exactly", "I know that’s been asked a couple of times", "the
/// President actually got asked this question". "asked" in the passive
/// (a form of "be" or "get" right before it) with no "by" after it; what
/// was asked is the question a question word opens within three words,
/// else the sentence itself when it points at a question asked before
/// ([`ASKED_BEFORE`]). Attributed to [`Refers::Questioner`]: the
/// press, in an answer to an unnamed questioner.
pub(super) fn passive_questions(s: &str, toks: &[Tok<'_>], out: &mut Vec<Report>) {
    let Some(v) = (1..toks.len()).find(|&v| {
        toks[v].word() == "asked"
            && PASSIVE_AUXILIARIES.contains(&toks[v - 1].word().as_ref())
            && !toks[v - 1].ends_clause()
    }) else {
        return;
    };
    if toks[v + 1..].iter().any(|t| t.word() == "by") {
        return;
    }
    let question = (v + 1..toks.len().min(v + 4))
        .take_while(|&k| !toks[k - 1].ends_sentence())
        .find(|&k| QUESTION_STARTERS.contains(&toks[k].word().as_ref()));
    // the sentence itself when the question is only pointed at ("asked
    // this question", "asked a couple of times") and the sentence is whole
    let anaphoric = toks.last().is_some_and(|t| t.text.ends_with('.'))
        && toks
            .get(v + 1)
            .is_none_or(|t| ASKED_BEFORE.contains(&t.word().as_ref()) || t.ends_sentence());
    let range = match question {
        Some(k) if toks.len() - k >= MIN_CONTENT_TOKENS => toks[k].start..s.len(),
        None if anaphoric || toks[v].ends_sentence() => 0..s.len(),
        _ => return,
    };
    let range = trim_range(s, range);
    if !range.is_empty() && out.iter().all(|r| r.range != range) {
        out.push(Report {
            range,
            who: Vec::new(),
            refers: super::Refers::Questioner,
            kind: ReportKind::Indirect,
        });
    }
}

/// Words that open a question after a comma.
const QUESTION_OPENERS: [&str; 14] = [
    "should", "can", "could", "do", "does", "did", "will", "would", "is", "are", "what", "how",
    "why", "when",
];

/// What was asked after "asked" or "asking" (next token `c`): a question
/// in the asker's own words after a comma ([`question_in_own_words`]), or
/// one that "if", "whether" or a question word opens within three words
/// ("asked him whether …"), or "this"/"that" for a question asked before
/// ("asked my colleague this earlier today": the clause itself).
fn asked_content(toks: &[Tok<'_>], c: usize) -> Option<Content> {
    if let Some(k) = question_in_own_words(toks, c) {
        return Some(Content::Clause(k));
    }
    if let Some(k) =
        (c..toks.len().min(c + 3)).find(|&k| QUESTION_STARTERS.contains(&toks[k].word().as_ref()))
    {
        return (k + 1 < toks.len()).then_some(Content::Clause(k));
    }
    // "your colleague asked my colleague this earlier today": the question
    // asked before, the clause itself (anaphoric).
    let k =
        (c..toks.len().min(c + 4)).find(|&k| matches!(toks[k].word().as_ref(), "this" | "that"))?;
    let tail = &toks[k..];
    (toks[c..k].iter().all(|t| !t.ends_clause())
        && tail.len() <= MAX_AFTER_ANAPHOR_UNBROKEN
        && tail[..tail.len() - 1].iter().all(|t| !t.ends_clause())
        && !tail.get(1).is_some_and(makes_finite)
        // "asked that we leave": a request's clause
        && (tail[0].word() == "this"
            || tail.get(1).is_none_or(|t| {
                matches!(
                    t.word().as_ref(),
                    "yesterday" | "today" | "earlier" | "before" | "again" | "question"
                )
            })))
    .then_some(Content::Anaphor)
}

/// After "asking" or "asked" (next token `c`), "me" or "us" at most, a
/// comma, then a question in the asker's words to the end of the sentence,
/// which asks it ("So you’re asking me, can I promise that …?"): the
/// index of its first word, one of [`QUESTION_OPENERS`].
fn question_in_own_words(toks: &[Tok<'_>], c: usize) -> Option<usize> {
    let comma = if toks
        .get(c)
        .is_some_and(|t| matches!(t.word().as_ref(), "me" | "us"))
    {
        c
    } else {
        c.checked_sub(1)?
    };
    let k = comma + 1;
    (toks[comma].text.ends_with(',')
        && toks
            .get(k)
            .is_some_and(|t| QUESTION_OPENERS.contains(&t.word().as_ref()))
        && k + MIN_CONTENT_TOKENS <= toks.len()
        && toks.last()?.text.ends_with('?')
        && toks[k..toks.len() - 1].iter().all(|t| !t.ends_sentence()))
    .then_some(k)
}

/// Words that may stand between "your" and "question" ([`your_question`]).
const QUESTION_ORDINALS: [&str; 9] = [
    "first", "second", "third", "fourth", "last", "final", "other", "earlier", "previous",
];

/// "your second question was, how were we tracking these before?": a
/// question the person addressed asked, in their words after "your
/// (first, second, last …) question was" and a comma or colon, to the end
/// of the sentence, which asks it. The index of the question's first word.
fn your_question(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    let owner = if toks[k - 1].word() == "your" {
        k - 1
    } else if k >= 2 && QUESTION_ORDINALS.contains(&toks[k - 1].word().as_ref()) {
        k - 2
    } else {
        return None;
    };
    let be = k + 1;
    (toks[owner].word() == "your"
        && toks[k].word() == "question"
        && toks[owner..k].iter().all(|t| !t.ends_clause())
        && toks.get(be).is_some_and(|t| {
            matches!(t.word().as_ref(), "was" | "is") && t.text.ends_with([',', ':'])
        })
        && be + 1 + MIN_CONTENT_TOKENS <= toks.len()
        && toks.last()?.text.ends_with('?')
        && toks[be + 1..toks.len() - 1]
            .iter()
            .all(|t| !t.ends_sentence()))
    .then_some(be + 1)
}

/// "on the criticism coming from lawmakers that the President hasn’t
/// spoken out, should we expect …?": in a question, the comma (from token
/// `from` on) after which the question itself opens; the index of the
/// token after the comma.
fn question_after(toks: &[Tok<'_>], from: usize) -> Option<usize> {
    if !toks.last()?.text.ends_with('?') {
        return None;
    }
    (from + 1..toks.len()).find(|&j| {
        toks[j - 1].text.ends_with(',') && QUESTION_OPENERS.contains(&toks[j].word().as_ref())
    })
}

/// Nouns that report what someone said when a "that"-clause follows ("the
/// Chinese argument that …", "a promise from the UK government that …",
/// "his push that there should be talks", "there are reports that …").
const REPORT_NOUNS: [&str; 20] = [
    "reports",
    "warnings",
    "criticism",
    "claims",
    "promises",
    "assurances",
    "allegations",
    "push",
    "argument",
    "claim",
    "promise",
    "pledge",
    "statement",
    "assertion",
    "announcement",
    "warning",
    "accusation",
    "insistence",
    "contention",
    "suggestion",
];

/// Nouns of a news story that says what its outlet reported ("this story
/// in Aviation Week that …", "a report in the Financial Times today that
/// …").
const STORY_NOUNS: [&str; 9] = [
    "story",
    "stories",
    "article",
    "articles",
    "report",
    "piece",
    "op-ed",
    "editorial",
    "reporting",
];

/// Most capitalised words of an outlet's name.
const MAX_OUTLET_WORDS: usize = 5;

/// Words of time between an outlet and "that" ("in the Times today
/// that …").
const STORY_TIME_WORDS: [&str; 5] = ["today", "yesterday", "this", "morning", "overnight"];

/// A story noun at `k` followed by "in", "from" or "by", an outlet's
/// capitalised name (after "the"; not a month or day) and, after words of
/// time, "that" with a clause: the outlet and the index of "that".
fn outlet_story(toks: &[Tok<'_>], k: usize) -> Option<(String, usize)> {
    if !STORY_NOUNS.contains(&toks[k].word().as_ref()) || toks[k].ends_clause() {
        return None;
    }
    let prep = toks.get(k + 1)?;
    if !matches!(prep.word().as_ref(), "in" | "from" | "by") || prep.ends_clause() {
        return None;
    }
    let mut start = k + 2;
    if toks.get(start).is_some_and(|t| t.word() == "the") {
        start += 1;
    }
    let mut end = start;
    while end < toks.len().min(start + MAX_OUTLET_WORDS)
        && toks[end].bare().starts_with(char::is_uppercase)
    {
        end += 1;
        if toks[end - 1].ends_clause() {
            break;
        }
    }
    if end == start || toks[end - 1].ends_clause() {
        return None;
    }
    let name = toks[start..end]
        .iter()
        .map(|t| t.bare())
        .collect::<Vec<_>>()
        .join(" ");
    let first = toks[start].bare();
    if crate::text::dates::month_number(first).is_some()
        || crate::text::dates::weekday_named(first).is_some()
    {
        return None;
    }
    let mut that = end;
    while toks
        .get(that)
        .is_some_and(|t| STORY_TIME_WORDS.contains(&t.word().as_ref()) && !t.ends_clause())
    {
        that += 1;
    }
    if toks.get(that).is_none_or(|t| t.word() != "that") {
        return None;
    }
    // "a piece in Politico that says (that) …": "that" is the story.
    if toks
        .get(that + 1)
        .is_some_and(|t| matches!(t.word().as_ref(), "says" | "said" | "reports" | "reported"))
    {
        that += 1;
        if toks.get(that + 1).is_some_and(|t| t.word() == "that") {
            that += 1;
        }
    }
    (toks.len() - (that + 1) >= MIN_CONTENT_TOKENS).then_some((name, that))
}

/// Most tokens of the "from X" phrase after a report noun.
const MAX_FROM_PHRASE: usize = 12;

/// Who the phrase `toks[start..end]` after "from" names: an organisation
/// or country ("the UK government"), else a source as after "heard from"
/// ("lawmakers", "the Ukrainians"); of a list ("the Ukrainians as well as
/// intelligence agencies in Europe"), its first member.
fn from_source(toks: &[Tok<'_>], start: usize, end: usize) -> Option<Subject> {
    let first_member = (start + 1..end)
        .find(|&j| matches!(toks[j].word().as_ref(), "and" | "as") || toks[j - 1].ends_clause())
        .unwrap_or(end);
    [end, first_member].into_iter().find_map(|end| {
        let run = toks[start..end]
            .iter()
            .map(|t| t.text.trim_end_matches(','))
            .collect::<Vec<_>>()
            .join(" ");
        crate::extract::speakers::organisation(&run)
            .or_else(|| crate::extract::speakers::organisation(run.trim_end_matches(" government")))
            .map(|who| Subject::People(vec![who]))
            .or_else(|| {
                (end > start)
                    .then(|| source_after_preposition(toks, start, end))
                    .flatten()
            })
    })
}

/// Reports made by a noun: "the Chinese argument that …", "Israelis’
/// announcement that …", "a promise from the UK government that …". The
/// speaker is the possessor, a demonym before the noun, or the "from"
/// phrase after it; without one (the criticism that …) nothing is reported.
pub(super) fn nominal_reports(s: &str, toks: &[Tok<'_>], out: &mut Vec<Report>) {
    for k in 1..toks.len() {
        if let Some((outlet, that)) = outlet_story(toks, k) {
            let end = question_after(toks, that + 1).map_or(s.len(), |j| toks[j - 1].end);
            push(
                out,
                s,
                toks[that + 1].start..end,
                Subject::People(vec![outlet]),
                ReportKind::Indirect,
            );
            continue;
        }
        if let Some(q) = your_question(toks, k) {
            let range = toks[q].start..s.len();
            push(out, s, range, Subject::Addressee, ReportKind::Indirect);
            continue;
        }
        if !REPORT_NOUNS.contains(&toks[k].word().as_ref()) || toks[k].ends_clause() {
            continue;
        }
        // "from the UK government" between the noun and "that"; "the
        // criticism coming from lawmakers that …".
        let mut that = k + 1;
        if toks
            .get(that)
            .is_some_and(|t| t.word() == "coming" && !t.ends_clause())
            && toks.get(that + 1).is_some_and(|t| t.word() == "from")
        {
            that += 1;
        }
        let mut from: Option<Subject> = None;
        if toks.get(that).is_some_and(|t| t.word() == "from") {
            let end = (that + 1..toks.len().min(that + 1 + MAX_FROM_PHRASE))
                .find(|&j| toks[j].word() == "that")
                .unwrap_or(toks.len());
            from = from_source(toks, that + 1, end);
            that = end;
        }
        // "your suggestion was that …".
        if toks
            .get(that)
            .is_some_and(|t| matches!(t.word().as_ref(), "was" | "is"))
            && toks.get(that + 1).is_some_and(|t| t.word() == "that")
        {
            that += 1;
        }
        if toks.get(that).is_none_or(|t| t.word() != "that")
            || toks.len() - (that + 1) < MIN_CONTENT_TOKENS
        {
            continue;
        }
        let prev = toks[k - 1].bare();
        let possessor = names::strip_possessive(prev);
        let before = if possessor != prev || prev.ends_with(is_word_apostrophe) {
            let p = possessor.trim_end_matches(is_word_apostrophe);
            crate::extract::speakers::organisation(p)
                .or_else(|| super::subject::is_name_word(&toks[k - 1]).then(|| p.to_string()))
        } else {
            // "the Chinese argument": a demonym.
            crate::extract::speakers::organisation(prev)
        };
        let subject = match from.or(before.map(|who| Subject::People(vec![who]))) {
            Some(subject) => subject,
            None => match unnamed_noun_subject(toks, k, possessor != prev) {
                Some(subject) => subject,
                None => continue,
            },
        };
        let end = question_after(toks, that + 1).map_or(s.len(), |j| toks[j - 1].end);
        push(
            out,
            s,
            toks[that + 1].start..end,
            subject,
            ReportKind::Indirect,
        );
    }
}

/// Who made the report the noun at `k` names when no organisation or
/// person owns it: "your suggestion" the addressee, "his pledge" a
/// pronoun's person, "the president's statement" a description, "there
/// are reports" unnamed reports. `possessive`: the word before the noun
/// ends in "’s".
fn unnamed_noun_subject(toks: &[Tok<'_>], k: usize, possessive: bool) -> Option<Subject> {
    let prev = toks[k - 1].bare();
    match toks[k - 1].word().as_ref() {
        "are" | "were" | "been"
            if toks[k].word() == "reports"
                && toks[..k - 1]
                    .iter()
                    .rev()
                    .take(2)
                    .any(|t| t.word() == "there") =>
        {
            Some(Subject::Unnamed(super::subject::Unnamed {
                phrase: "reports".to_string(),
                plural: true,
            }))
        }
        "your" => Some(Subject::Addressee),
        "his" | "her" => Some(Subject::Pronoun),
        _ if possessive
            && k >= 2
            && matches!(toks[k - 2].word().as_ref(), "the" | "my" | "our")
            && names::is_role_word(names::strip_possessive(prev)) =>
        {
            Some(Subject::Described(
                names::strip_possessive(prev).to_lowercase(),
            ))
        }
        _ => None,
    }
}

/// Participles after a document that tell what it says or asks ("a
/// letter requesting …", "a lawsuit demanding that …", "a letter from 38
/// Democrat senators saying …").
const DOCUMENT_PARTICIPLES: [&str; 9] = [
    "saying",
    "stating",
    "claiming",
    "requesting",
    "demanding",
    "urging",
    "asking",
    "calling",
    "warning",
];

/// Verbs whose subject issues the document that is their object ("the
/// AFL-CIO sent … a letter", "the family of Emmett Till filed a lawsuit").
const ISSUING_VERBS: [&str; 13] = [
    "posted",
    "posts",
    "sent",
    "put",
    "sends",
    "filed",
    "files",
    "issued",
    "issues",
    "released",
    "wrote",
    "published",
    "submitted",
];

/// Most tokens from a document noun to its participle ("a letter to the
/// President urging", "a letter from 38 Democrat senators saying").
const MAX_DOCUMENT_TO_PARTICIPLE: usize = 6;

/// Most tokens from an issuing verb to its document ("sent the Federal
/// Railroad Administration a letter").
const MAX_VERB_TO_DOCUMENT: usize = 8;

/// What a document says or asks, told by a participle after it, attributed
/// to whoever issued it: the organisation or person after "from" ("a letter
/// from the NAACP saying …"), else the subject of the verb that issued it
/// ("After that incident, the AFL-CIO sent the Federal Railroad
/// Administration a letter requesting an industry-wide adoption of …",
/// "The Congressional Hispanic Caucus today sent a letter to the President
/// urging him to appoint …"), or after "out that" ("Central Command put a
/// statement out that, last night, …"). A document received ("the president received
/// a letter …") has no issuer here.
pub(super) fn document_reports(s: &str, toks: &[Tok<'_>], out: &mut Vec<Report>) {
    for k in 1..toks.len() {
        let t = &toks[k];
        if !ISSUED_DOCUMENTS.contains(&t.word().as_ref())
            || !t.bare().starts_with(char::is_lowercase)
        {
            continue;
        }
        // "put a statement out that, last night, …": what it says follows.
        if toks
            .get(k + 1)
            .is_some_and(|x| x.word() == "out" && !x.ends_clause())
            && toks.get(k + 2).is_some_and(|x| x.word() == "that")
            && k + 3 + MIN_CONTENT_TOKENS <= toks.len()
            && let Some(subject) = issuer_of(toks, k)
        {
            push(
                out,
                s,
                toks[k + 3].start..s.len(),
                subject,
                ReportKind::Indirect,
            );
            continue;
        }
        let Some(p) = (k + 1..toks.len().min(k + 1 + MAX_DOCUMENT_TO_PARTICIPLE))
            .find(|&j| DOCUMENT_PARTICIPLES.contains(&toks[j].word().as_ref()))
        else {
            continue;
        };
        let via = toks.get(k + 1).map(|x| x.word());
        if !document_then_participle(toks, k, p) {
            continue;
        }
        let Some(c) = participle_content(toks, p) else {
            continue;
        };
        let subject = if via.as_deref() == Some("from") {
            let run = toks[k + 2..p]
                .iter()
                .map(|x| x.text)
                .collect::<Vec<_>>()
                .join(" ");
            // "a letter from 38 Democrat senators saying …": an unnamed
            // group writes too.
            match crate::extract::speakers::organisation(&run) {
                Some(org) => Subject::People(vec![org]),
                None => match super::subject::unnamed_before(toks, p) {
                    Some((u, j)) if j == k + 2 => Subject::Unnamed(u),
                    _ => continue,
                },
            }
        } else {
            match issuer_of(toks, k) {
                Some(s) => s,
                None => continue,
            }
        };
        push(
            out,
            s,
            toks[c].start..s.len(),
            subject,
            ReportKind::Indirect,
        );
    }
}

/// Whether the participle at `p` tells what the document at `k` says: no
/// clause ends between, and what comes between is a source, recipient or
/// time ("a letter from the NAACP saying", "a letter to the President
/// urging", "a statement on Monday saying", "a tweet last night claiming").
fn document_then_participle(toks: &[Tok<'_>], k: usize, p: usize) -> bool {
    let via = toks.get(k + 1).map(|x| x.word());
    !toks[k..p]
        .iter()
        .any(|x| x.ends_clause() || x.ends_sentence())
        && (p == k + 1
            || matches!(
                via.as_deref(),
                Some(
                    "from"
                        | "to"
                        | "on"
                        | "this"
                        | "last"
                        | "yesterday"
                        | "today"
                        | "tonight"
                        | "earlier"
                )
            ))
}

/// Participles of saying that, after a comma, tell what the subject of
/// the sentence said while doing what the sentence says ("Germany refused
/// to provide test results to us, claiming that …").
const ADVERBIAL_PARTICIPLES: [&str; 3] = ["saying", "stating", "claiming"];

/// Most tokens from the sentence's subject to the comma before an
/// adverbial participle.
const MAX_SUBJECT_TO_PARTICIPLE: usize = 16;

/// "First Germany refused to provide test results to us, claiming that
/// this would enable us to learn about …": after a comma, a
/// participle of saying ([`ADVERBIAL_PARTICIPLES`]) and its clause report
/// the words of the subject that opens the sentence (after adverbs), the
/// subject of its first verb. Without the comma the participle may belong
/// to a noun ("a woman saying …"), so nothing is reported; nor when the
/// sentence opens with no plain subject ("What we've done is organize the
/// international community, saying Assad has to go").
pub(super) fn adverbial_participles(
    s: &str,
    toks: &[Tok<'_>],
    first: usize,
    out: &mut Vec<Report>,
) {
    let Some(p) = (first + 2..toks.len().min(first + MAX_SUBJECT_TO_PARTICIPLE)).find(|&p| {
        ADVERBIAL_PARTICIPLES.contains(&toks[p].word().as_ref()) && toks[p - 1].text.ends_with(',')
    }) else {
        return;
    };
    let Some(c) = participle_content(toks, p) else {
        return;
    };
    // "First Germany refused …": adverbs before the subject.
    let mut first = first;
    while toks[first].word() == "first" || ADVERBS.contains(&toks[first].word().as_ref()) {
        first += 1;
    }
    // The subject is read from the first word on ("First Germany" is no
    // name).
    let clause = &toks[first..p];
    let subject = (1..clause.len())
        .take_while(|&v| !clause[v - 1].ends_clause())
        .find_map(|v| {
            let lower = clause[v].bare().starts_with(char::is_lowercase);
            match subject_before_at(clause, v) {
                (s, 0) if lower && s != Subject::None => Some(s),
                _ => None,
            }
        });
    if let Some(subject) = subject {
        push(
            out,
            s,
            toks[c].start..s.len(),
            subject,
            ReportKind::Indirect,
        );
    }
}

/// Where what the participle at `p` reports starts: after "that", at a
/// clause ("saying the tensions with Israel were a real problem"), at the
/// object of a request ("requesting an industry-wide adoption", "urging
/// him to appoint", "calling for the EPA to use").
fn participle_content(toks: &[Tok<'_>], p: usize) -> Option<usize> {
    let next = toks.get(p + 1)?;
    let c = if next.word() == "that" {
        p + 2
    } else {
        match toks[p].word().as_ref() {
            "saying" | "stating" | "claiming" => {
                finite_clause_at(toks, p + 1, false).then_some(p + 1)?
            }
            "calling" => matches!(next.word().as_ref(), "for" | "on").then_some(p + 1)?,
            "warning" => (next.word() == "of").then_some(p + 2)?,
            _ => p + 1,
        }
    };
    (c + MIN_CONTENT_TOKENS <= toks.len() && !toks[p].ends_clause()).then_some(c)
}

/// The subject of the verb that issued the document at `k` ("the AFL-CIO
/// sent … a letter"): a person, an organisation, a description or a
/// pronoun; not the speaker's side.
fn issuer_of(toks: &[Tok<'_>], k: usize) -> Option<Subject> {
    let lowest = k.saturating_sub(MAX_VERB_TO_DOCUMENT);
    let v = (lowest..k)
        .rev()
        .find(|&v| ISSUING_VERBS.contains(&toks[v].word().as_ref()))?;
    if v == 0
        || toks[v..k]
            .iter()
            .any(|x| x.ends_clause() || x.ends_sentence())
    {
        return None;
    }
    let (subject, _) = subject_before_at(&toks[..v], v);
    match subject {
        Subject::None | Subject::SelfRef => None,
        s => Some(s),
    }
}

/// Most words of whom one heard talk ("you heard General VanHerck talk").
const MAX_HEARD_SUBJECT: usize = 4;

/// Whether "heard" (or "saw") comes before the bare verb at `v`, a
/// subject of at most [`MAX_HEARD_SUBJECT`] words between them.
fn heard_subject(toks: &[Tok<'_>], v: usize) -> bool {
    (v.saturating_sub(MAX_HEARD_SUBJECT + 1)..v.saturating_sub(1))
        .rev()
        .take_while(|&i| !toks[i].ends_clause())
        .any(|i| matches!(toks[i].word().as_ref(), "heard" | "hear" | "saw" | "see"))
}

/// Most words after "talked about this" in a sentence that points ahead
/// ([`points_ahead`]): a phrase of time or place ("last night", "at the
/// State of the Union"), nothing more.
const MAX_AFTER_POINTER: usize = 6;

/// Whether a sentence only says that someone else spoke on the matter,
/// so that what they said follows it: "And he talked about this.", "you
/// heard General VanHerck talk about this last night.", "General
/// VanHerck spoke to this last week." A verb of talking in the past (or
/// bare after "heard"), "about"/"to", "this"/"that"/"it", then at most
/// [`MAX_AFTER_POINTER`] words with no comma. The subject (never the
/// speaker or the person addressed) and the index of the pronoun.
/// "He mentioned this in the State of the Union." says it again (the
/// report is the sentence itself, [`Content::Anaphor`]): only verbs of
/// talking point ahead.
pub(super) fn points_ahead(toks: &[Tok<'_>]) -> Option<(Subject, usize)> {
    let last = toks.last()?;
    if !last.text.ends_with('.') || last.text.ends_with("..") {
        return None;
    }
    let v = (1..toks.len().saturating_sub(2)).find(|&v| {
        let w = toks[v].word();
        let prep = toks[v + 1].word();
        let talked = matches!(w.as_ref(), "talked" | "spoke" | "spoken")
            || (matches!(w.as_ref(), "talk" | "speak") && heard_subject(toks, v));
        talked
            && (prep == "about" || (prep == "to" && !w.starts_with("talk")))
            && matches!(toks[v + 2].word().as_ref(), "this" | "that" | "it")
            && !toks[v..v + 2].iter().any(|t| t.ends_clause())
    })?;
    let tail = &toks[v + 3..];
    if tail.len() > MAX_AFTER_POINTER
        || toks[v + 2..toks.len() - 1]
            .iter()
            .any(|t| t.ends_clause() || t.ends_sentence())
    {
        return None;
    }
    let w = toks[v].word();
    let subj_end = asserting_subject_end(toks, v, &w, aspect_start(toks, v))?;
    let (subject, _, _) = reporting_subject(toks, subj_end)?;
    match subject {
        Subject::SelfRef | Subject::Addressee | Subject::None => None,
        s => Some((s, v + 2)),
    }
}
