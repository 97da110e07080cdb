//! Who a speech verb is attributed to: the person phrases before or after
//! it, or a pronoun.

use super::tokens::{Tok, is_verb};
use super::words::{
    ADVERBS, CLAUSE_STARTERS, DESCRIPTION_DETERMINERS, DESCRIPTION_NOUNS, NOT_NAME_STARTS,
    PRONOUNS, TITLE_MODIFIERS,
};
use crate::text::chars::is_name_char;
use crate::text::gazetteer::{EntityKind, Gazetteer};
use crate::text::names;

/// "“…,” Eindhoven Mayor John Jorritsma told reporters": the verb after a
/// quotation is searched for among the tokens before this index.
const VERB_AFTER_QUOTE_WINDOW: usize = 14;
/// "“…,” she added": a pronoun subject counts only when the verb is at most
/// this many tokens after the quotation (the pronoun, maybe an adverb).
const MAX_PRONOUN_VERB_GAP: usize = 2;
/// "the Vice President", "the deputy national security adviser": most role
/// words in a definite description.
const MAX_DESCRIPTION_WORDS: usize = 4;
/// Longest all-capital word taken for an organisation's acronym.
const MAX_ACRONYM: usize = 5;
/// A lone capitalised word is taken for a surname from this length on.
const MIN_SURNAME_CHARS: usize = 3;

/// Who is named by the tokens ending just before `end` (exclusive): a
/// person phrase, several joined by "and", or a pronoun.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Subject {
    /// People (or an organisation or country) named in the sentence.
    People(Vec<String>),
    /// "he" / "she": the last person named before.
    Pronoun,
    /// "you": the person the speaker is talking to.
    Addressee,
    /// "I": the speaker's own earlier words.
    SelfRef,
    /// "they": not attributed (too often a vague group), but never a name.
    Plural,
    /// A definite description ("the President", "my opponent"), lower-case
    /// without the determiner.
    Described(String),
    None,
}

impl Subject {
    /// "As I said, …", "…, I added": the speaker's own framing of what they
    /// say now, not a report of earlier words.
    pub(super) fn not_self(self) -> Subject {
        match self {
            Subject::SelfRef => Subject::None,
            s => s,
        }
    }
}

pub(super) fn is_name_word(t: &Tok<'_>) -> bool {
    let b = names::strip_possessive(t.bare());
    b.chars().next().is_some_and(char::is_uppercase) && b.chars().all(is_name_char)
}

/// A single person: a name of two words or more, or one word after a title.
pub(super) fn is_person(phrase: &str) -> bool {
    let Some(p) = names::split_titles(phrase) else {
        return false;
    };
    let words = p.name.split_whitespace().count();
    let titled = phrase.split_whitespace().count() > words;
    // An organisation word ("Act", "Council") or an acronym ("EPA") in the
    // name, or a title written after it ("EPA Administrator"), is not a
    // person's name.
    let bad = p
        .name
        .split_whitespace()
        .any(|w| names::is_org_word(w) || names::is_role_word(w) || is_acronym(w))
        || phrase
            .split_whitespace()
            .last()
            .is_some_and(|w| names::is_role_word(w) || names::is_org_word(w));
    // A lone surname counts when it is a well-known person's ("Navalny").
    let known = words == 1 && Gazetteer::builtin().person_by_surname(&p.name).is_some();
    words > 0 && !bad && (words > 1 || titled || known)
}

/// The people a run of name words names: several joined by "and" when each
/// part is a person ("President Vladimir Putin and Foreign Minister Sergey
/// Lavrov"), else one ("Minister of Justice and Security of the Netherlands
/// Ferdinand Grapperhaus").
pub(super) fn person_phrases(run: &str) -> Vec<String> {
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

pub(super) fn subject_before(toks: &[Tok<'_>], end: usize) -> Subject {
    subject_before_at(toks, end).0
}

/// [`subject_before`], with the index of the subject's first token.
pub(super) fn subject_before_at(toks: &[Tok<'_>], end: usize) -> (Subject, usize) {
    let mut i = end;
    while i > 0 && ADVERBS.contains(&toks[i - 1].word().as_ref()) && !toks[i - 1].ends_clause() {
        i -= 1;
    }
    if i == 0 {
        return (Subject::None, 0);
    }
    if PRONOUNS.contains(&toks[i - 1].word().as_ref()) && !toks[i - 1].ends_clause() {
        return (Subject::Pronoun, i - 1);
    }
    if !toks[i - 1].ends_clause() {
        match toks[i - 1].word().as_ref() {
            "you" => return (Subject::Addressee, i - 1),
            "i" => return (Subject::SelfRef, i - 1),
            "they" => return (Subject::Plural, i - 1),
            _ => {}
        }
    }
    if let Some((d, k)) = description_before(toks, i) {
        return (Subject::Described(d), k);
    }
    // An appositive: "Galina Polonskaya, who was on the plane …, said".
    if toks[i - 1].text.ends_with(',') {
        let mut j = i - 1;
        while j > 0 && !toks[j - 1].text.ends_with(',') {
            j -= 1;
        }
        // … or a description after the name: "General Allen, our
        // commander in Afghanistan, says".
        let described = j > 0
            && toks[j - 1].text.ends_with(',')
            && is_name_word(&toks[j - 1])
            && matches!(
                toks[j].word().as_ref(),
                "our" | "the" | "his" | "her" | "their" | "my" | "your" | "a" | "an"
            );
        if j > 0
            && j < i
            && (described || matches!(toks[j].word().as_ref(), "who" | "whom" | "which"))
        {
            i = j;
        }
    }
    let run_end = i;
    let k = name_run_start(toks, run_end);
    if k == run_end {
        return (Subject::None, k);
    }
    let run = toks[k..run_end]
        .iter()
        .map(|t| t.text.trim_end_matches([',', ':']))
        .collect::<Vec<_>>()
        .join(" ");
    let people = person_phrases(&run);
    if !people.is_empty() {
        return (Subject::People(people), k);
    }
    // "the Office of the Director of National Intelligence", "the CBO".
    if let Some(org) = crate::extract::speakers::organisation(&run) {
        return (Subject::People(vec![org]), k);
    }
    if run_end - k == 1 && is_acronym(toks[k].bare()) {
        return (Subject::People(vec![run.clone()]), k);
    }
    // An organisation or country speaking ("China said", "the Pentagon
    // said"), or a lone surname ("Kirby mentioned").
    let bare = run.trim_start_matches("the ").trim_start_matches("The ");
    match Gazetteer::builtin().lookup(bare) {
        Some(e) if e.kind != EntityKind::Place => (Subject::People(vec![bare.to_string()]), k),
        Some(_) => (Subject::None, k),
        None if run_end - k == 1 && is_surname_like(&toks[k]) => {
            (Subject::People(vec![run.clone()]), k)
        }
        None => (Subject::None, k),
    }
}

/// Where the run of name words, titles and connectors ending at `run_end`
/// starts (leading connectors left out); `run_end` if there is none.
fn name_run_start(toks: &[Tok<'_>], run_end: usize) -> usize {
    let mut k = run_end;
    while k > 0 {
        let t = &toks[k - 1];
        let connector = (matches!(t.word().as_ref(), "of" | "the" | "for" | "and") && k > 1
            || matches!(t.word().as_ref(), "former" | "acting"))
            && k < run_end
            && !t.ends_clause();
        if k < run_end && t.ends_clause() {
            break;
        }
        if (is_name_word(t) && !NOT_NAME_STARTS.contains(&t.word().as_ref())) || connector {
            k -= 1;
        } else {
            break;
        }
    }
    while k < run_end && matches!(toks[k].word().as_ref(), "of" | "the" | "for" | "and") {
        k += 1;
    }
    k
}

/// "CBO", "NATO", "EPA": an organisation's acronym (in running text;
/// all-capital speaker labels never reach here).
pub(super) fn is_acronym(w: &str) -> bool {
    (2..=MAX_ACRONYM).contains(&w.chars().count()) && w.chars().all(|c| c.is_ascii_uppercase())
}

/// A single capitalised word that can be a surname: not a title, an
/// organisation word, a place or a word that starts sentences.
fn is_surname_like(t: &Tok<'_>) -> bool {
    let b = names::strip_possessive(t.bare());
    b.chars().count() >= MIN_SURNAME_CHARS
        // "Kirby", "Dodd-Frank", "Jean-Pierre": capitalised parts.
        && b.split('-').all(|part| {
            part.chars().next().is_some_and(char::is_uppercase)
                && part.chars().skip(1).all(char::is_lowercase)
        })
        && !names::is_role_word(b)
        && !names::is_org_word(b)
        && !names::is_place_or_org(b)
        && !NOT_NAME_STARTS.contains(&t.word().as_ref())
        && !DESCRIPTION_DETERMINERS.contains(&t.word().as_ref())
        && !CLAUSE_STARTERS.contains(&t.word().as_ref())
}

/// "the President", "the Vice President", "my opponent", "the NORTHCOM
/// commander": a determiner, maybe a name or adjective, and role words,
/// ending just before `end`. Returns the role words (lower-case) and the
/// determiner's index.
pub(super) fn description_before(toks: &[Tok<'_>], end: usize) -> Option<(String, usize)> {
    let mut k = end;
    let mut roles = Vec::new();
    while k > 0 && end - k < MAX_DESCRIPTION_WORDS && (k == end || !toks[k - 1].ends_clause()) {
        let w = toks[k - 1].word();
        // "the President’s meeting": the possessive ends the description.
        let w = if k == end {
            names::strip_possessive(&w).to_string()
        } else {
            w.into_owned()
        };
        if names::is_role_word(&w) || DESCRIPTION_NOUNS.contains(&w.as_str()) {
            roles.push(w);
            k -= 1;
        } else {
            break;
        }
    }
    // The head (the last role word) names a person: "the state", "my
    // office" do not.
    if roles.is_empty() || k == 0 || TITLE_MODIFIERS.contains(&roles[0].as_str()) {
        return None;
    }
    roles.reverse();
    // One modifier may stand between the determiner and the role ("the
    // NORTHCOM commander", "the Moldovan President"): it is part of the
    // description, so "the Moldovan President" is not "the President".
    let mut d = k - 1;
    if !DESCRIPTION_DETERMINERS.contains(&toks[d].word().as_ref())
        && d > 0
        && !toks[d - 1].ends_clause()
    {
        roles.insert(0, toks[d].word().into_owned());
        d -= 1;
    }
    DESCRIPTION_DETERMINERS
        .contains(&toks[d].word().as_ref())
        .then(|| (roles.join(" "), d))
}

/// Attribution right after a quotation: "…,” Mayor John Jorritsma told
/// reporters", "…,” said Mark Rutte", "…,” she added".
pub(super) fn subject_after(toks: &[Tok<'_>]) -> Subject {
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
    for v in 1..toks.len().min(VERB_AFTER_QUOTE_WINDOW) {
        if is_verb(toks, v) {
            return match subject_before(&toks[..v], v) {
                Subject::People(p) if toks[..v].iter().all(|t| !t.text.ends_with('.')) => {
                    Subject::People(p)
                }
                Subject::Pronoun if v <= MAX_PRONOUN_VERB_GAP => Subject::Pronoun,
                _ => Subject::None,
            };
        }
        if toks[v - 1].text.ends_with(['.', '?', '!']) {
            break;
        }
    }
    Subject::None
}
