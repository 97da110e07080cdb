//! Who a speech verb is attributed to: the person phrases before or after
//! it, or a pronoun.

use super::tokens::{Tok, is_verb};
use super::words::{
    ADVERBS, CLAUSE_STARTERS, DESCRIPTION_DETERMINERS, DESCRIPTION_NOUNS, ISSUED_DOCUMENTS,
    NOT_NAME_STARTS, PRONOUNS, SPEECH_VERBS, STATE_BODIES, STATE_BODY_QUALIFIERS, TITLE_MODIFIERS,
    UNNAMED_SOURCES,
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
/// "a study that came out today that said": most tokens between an
/// unnamed source's head noun and its verb.
const MAX_UNNAMED_TO_VERB: usize = 9;
/// "some 15 percent of hospitals and nursing homes": most tokens before an
/// unnamed source's head noun.
const MAX_UNNAMED_MODIFIERS: usize = 6;
/// Most modifiers of a plural source without a determiner ("independent
/// studies", "Tesla workers").
const MAX_BARE_MODIFIERS: usize = 2;

/// Words that open an unnamed source: "a friend", "some officials",
/// "every economist", "50 percent of doctors".
const UNNAMED_OPENERS: [&str; 22] = [
    "a",
    "an",
    "one",
    "some",
    "many",
    "several",
    "every",
    "each",
    "most",
    "few",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
];
/// Words after which a plural source without a determiner starts a clause
/// ("that's why independent studies …", "and people said", "our reporting
/// is that U.S. officials told …").
const BARE_SOURCE_AFTER: [&str; 11] = [
    "and", "but", "so", "why", "because", "when", "then", "also", "now", "where", "that",
];
/// Words that never modify a source's head noun: function words, and
/// "other" (the source is one already named).
const NOT_MODIFIERS: [&str; 30] = [
    "the", "this", "that", "these", "those", "his", "her", "my", "our", "your", "their", "its",
    "i", "we", "you", "he", "she", "they", "it", "is", "was", "are", "were", "to", "with", "in",
    "at", "from", "by", "other",
];
/// Words that start what may stand between a source and its verb: a
/// relative clause, a participle's phrase, a place or whom the source
/// speaks for ("a friend who said", "studies looking at this said",
/// "workers in Buffalo say", "a spokesperson for the ministry said",
/// "every reporter who's looked at it has said", "sources close to the
/// President said", "people familiar with the talks said", "the family of
/// Emmett Till filed").
const SOURCE_MODIFIER_STARTS: [&str; 16] = [
    "who", "who's", "who’s", "who've", "who’ve", "that", "which", "in", "from", "at", "across",
    "around", "for", "close", "familiar", "of",
];

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
    /// An unnamed source, as written: "a friend (who said)", "independent
    /// studies (looking at this said)", "50 percent of doctors (who say)".
    Unnamed(Unnamed),
    /// "your colleague": one of the press addressed ([`super::Refers::Questioner`]).
    Questioner,
    None,
}

/// An unnamed source of speech: the noun phrase that describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Unnamed {
    /// The noun phrase as written ("a woman", "Tesla workers in Buffalo").
    pub phrase: String,
    /// Whether its head is plural ("doctors", "people"): a plural source
    /// may "say" in the base form.
    pub plural: bool,
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
    // A lone surname counts when it is a well-known person's ("Navalny"),
    // or a well-known person's usual name ("Lula").
    let known = words == 1
        && (Gazetteer::builtin().person_by_surname(&p.name).is_some() || is_known_person(&p.name));
    words > 0 && !bad && (words > 1 || titled || known)
}

/// Whether the gazetteer knows `name` as a person by one of their names
/// ("Lula").
pub(super) fn is_known_person(name: &str) -> bool {
    Gazetteer::builtin()
        .lookup(name)
        .is_some_and(|e| e.kind == EntityKind::Person)
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

/// [`subject_before`], with the index of the subject's first token: a
/// person, organisation, pronoun or description, else an unnamed source.
pub(super) fn subject_before_at(toks: &[Tok<'_>], end: usize) -> (Subject, usize) {
    let (subject, k) = named_subject_before_at(toks, end);
    // "Tesla workers in Buffalo, New York, say": a name in commas after
    // the place of an unnamed source, whose head comes before it; the
    // source is named up to the place.
    let appositive = k > 0 && toks[k - 1].text.ends_with(',') && toks[end - 1].text.ends_with(',');
    if appositive
        && let Some((u, j)) = unnamed_before(toks, k).filter(|(_, j)| {
            toks[*j..k]
                .iter()
                .any(|t| matches!(t.word().as_ref(), "in" | "from" | "at"))
        })
    {
        return (Subject::Unnamed(u), j);
    }
    // "a source close to the President said": the name is the object of
    // a preposition inside the phrase of an unnamed source.
    let object = k > 0
        && matches!(
            toks[k - 1].word().as_ref(),
            "to" | "with" | "of" | "about" | "on"
        );
    if subject != Subject::None
        && object
        && let Some((u, j)) = unnamed_before(toks, end).filter(|(_, j)| *j < k)
    {
        return (Subject::Unnamed(u), j);
    }
    if subject != Subject::None {
        return (subject, k);
    }
    let mut i = end;
    while i > 0 && ADVERBS.contains(&toks[i - 1].word().as_ref()) && !toks[i - 1].ends_clause() {
        i -= 1;
    }
    if let Some(found) = issuer_before(toks, i)
        .or_else(|| legal_text_before(toks, i))
        .or_else(|| owner_of_idea(toks, i))
    {
        return found;
    }
    if let Some((u, k)) = unnamed_before(toks, i) {
        return (Subject::Unnamed(u), k);
    }
    coordinated_subject(toks, i)
        .or_else(|| subject_before_phrase(toks, i))
        .unwrap_or((subject, k))
}

/// Nouns of a position someone holds that speaks for them ("Governor
/// Romney has a perspective that says …").
const IDEA_NOUNS: [&str; 10] = [
    "plan",
    "perspective",
    "view",
    "philosophy",
    "theory",
    "position",
    "approach",
    "policy",
    "budget",
    "proposal",
];

/// "Governor Romney has a perspective that says if we cut taxes …": a
/// position held ("has a plan", "had a budget") and a relative pronoun
/// ending just before `end` (the verb); the holder, named, described or a
/// pronoun, says what the position says. Returns the holder and the index
/// of its first token.
fn owner_of_idea(toks: &[Tok<'_>], end: usize) -> Option<(Subject, usize)> {
    if end < 5 || !matches!(toks[end - 1].word().as_ref(), "that" | "which") {
        return None;
    }
    let noun = end - 2;
    let has = noun - 2;
    let held = IDEA_NOUNS.contains(&toks[noun].word().as_ref())
        && matches!(toks[noun - 1].word().as_ref(), "a" | "an")
        && matches!(toks[has].word().as_ref(), "has" | "have" | "had")
        && !toks[has - 1..end - 1].iter().any(|t| t.ends_clause());
    if !held {
        return None;
    }
    match named_subject_before_at(toks, has) {
        (Subject::None | Subject::SelfRef | Subject::Plural, _) => None,
        found => Some(found),
    }
}

/// Head nouns of a legal text that speaks for itself ("the Arizona law
/// said", "the Minsk agreements say").
const LEGAL_TEXTS: [&str; 20] = [
    "law",
    "laws",
    "act",
    "bill",
    "agreement",
    "agreements",
    "accord",
    "accords",
    "treaty",
    "treaties",
    "resolution",
    "resolutions",
    "constitution",
    "charter",
    "declaration",
    "convention",
    "memorandum",
    "statute",
    "amendment",
    "protocol",
];
/// Most words that name a legal text before its head noun ("the
/// Massachusetts health care law").
const MAX_LEGAL_MODIFIERS: usize = 3;

/// A legal text named by a capitalised word before its lower-case head
/// noun, ending just before `end` (its verb): "the Arizona law (said)",
/// "Part of the Arizona law (said)", "the Minsk agreements (say)". "the
/// law says" is not named (which law?). Returns the text as the source
/// ("Arizona law") and the index of the phrase's first token.
fn legal_text_before(toks: &[Tok<'_>], end: usize) -> Option<(Subject, usize)> {
    let head = end.checked_sub(1)?;
    let h = &toks[head];
    if !LEGAL_TEXTS.contains(&h.word().as_ref())
        || !h.bare().starts_with(char::is_lowercase)
        || h.ends_clause()
    {
        return None;
    }
    let mut k = head;
    while k > 0 && head - k < MAX_LEGAL_MODIFIERS {
        let t = &toks[k - 1];
        let w = t.word();
        if t.ends_clause()
            || !w.chars().all(|c| c.is_alphabetic() || c == '-')
            || NOT_MODIFIERS.contains(&w.as_ref())
            || SPEECH_VERBS.contains(&w.as_ref())
            || (k - 1 == 0 && NOT_NAME_STARTS.contains(&w.as_ref()))
        {
            break;
        }
        k -= 1;
    }
    if !toks[k..head]
        .iter()
        .any(|t| t.bare().starts_with(char::is_uppercase))
    {
        return None;
    }
    let phrase = phrase_of(&toks[k..=head]);
    let mut start = k;
    if start > 0 && toks[start - 1].word() == "the" {
        start -= 1;
    }
    // "Part of the Arizona law said": the part says what the text says.
    if start >= 2
        && toks[start - 1].word() == "of"
        && matches!(
            toks[start - 2].word().as_ref(),
            "part" | "parts" | "section"
        )
    {
        start -= 2;
    }
    Some((Subject::People(vec![phrase]), start))
}

/// Most tokens of the phrase after an issuer named with "by" ("a study by
/// McKinsey and Company of American businesses said").
const MAX_ISSUER_TAIL: usize = 5;

/// A document that speaks for whoever issued it, ending just before `end`
/// (its verb): the issuer named before its head noun ("the CBO report
/// says", "the National Weather Service website here says", "the
/// Pentagon's statement said") or after "by" ("a study by McKinsey and
/// Company of American businesses said"). The head noun is one of
/// [`ISSUED_DOCUMENTS`], in lower case; the issuer is a person,
/// organisation or country as [`named_subject_before_at`] reads them.
/// Returns the issuer and the index of the phrase's first token.
fn issuer_before(toks: &[Tok<'_>], end: usize) -> Option<(Subject, usize)> {
    let is_document = |t: &Tok<'_>| {
        ISSUED_DOCUMENTS.contains(&t.word().as_ref()) && t.bare().starts_with(char::is_lowercase)
    };
    let people = |s: Subject| match s {
        Subject::People(p) => Some(Subject::People(
            p.iter()
                .map(|w| names::strip_possessive(w).to_string())
                .collect(),
        )),
        _ => None,
    };
    let mut i = end;
    // "the … website here says"
    while i > 0 && matches!(toks[i - 1].word().as_ref(), "here" | "there") {
        i -= 1;
    }
    if i > 1 && is_document(&toks[i - 1]) && !toks[i - 1].ends_clause() {
        let (s, k) = named_subject_before_at(toks, i - 1);
        if k < i - 1 && !toks[i - 2].ends_clause() {
            return people(s).map(|s| (s, k));
        }
    }
    // "a study by McKinsey and Company (of American businesses) said"
    let lowest = end.saturating_sub(MAX_ISSUER_TAIL + 8);
    let by = (lowest..end.saturating_sub(1))
        .rev()
        .find(|&b| b > 0 && toks[b].word() == "by" && is_document(&toks[b - 1]))?;
    if toks[lowest.max(by - 1)..end]
        .iter()
        .any(|t| t.ends_clause())
    {
        return None;
    }
    // the issuer's name, then nothing or a short phrase ("of American
    // businesses"): the first place where both hold
    let s = (by + 2..=end)
        .filter(|&j| {
            j == end
                || (end - j <= MAX_ISSUER_TAIL
                    && matches!(
                        toks[j].word().as_ref(),
                        "of" | "on" | "in" | "about" | "for"
                    ))
        })
        .find_map(|j| match named_subject_before_at(toks, j) {
            (s @ Subject::People(_), k) if k == by + 1 => Some(s),
            _ => None,
        })?;
    let (start, _) = source_start(toks, by - 1);
    people(s).map(|s| (s, start))
}

/// "In that ODNI report about unidentified aerial phenomena, it says …":
/// "it" (just before `end`) after an opening "In" phrase that names an
/// issued document is the document, whose issuer speaks. Returns the
/// issuer and the index of "it".
fn document_it_before(toks: &[Tok<'_>], end: usize) -> Option<(Subject, usize)> {
    let it = end.checked_sub(1)?;
    if it < 3 || toks[it].word() != "it" || !toks[it - 1].text.ends_with(',') {
        return None;
    }
    let open = (0..it)
        .rev()
        .find(|&j| j == 0 || toks[j - 1].ends_clause())?;
    if toks[open].word() != "in" {
        return None;
    }
    let document = (open + 1..it).find(|&j| {
        ISSUED_DOCUMENTS.contains(&toks[j].word().as_ref())
            && toks[j].bare().starts_with(char::is_lowercase)
    })?;
    // "In the CBO report, it says": the phrase without its comma.
    let mut phrase = toks[..=document].to_vec();
    if let Some(last) = phrase.last_mut() {
        last.text = without_closing_punctuation(last.text);
    }
    let (issuer, _) = issuer_before(&phrase, document + 1)?;
    Some((issuer, it))
}

/// Verbs of motion and action that open a story before "and said"
/// ("Kofi Annan came in and said", "a woman came up to her … and said").
const STORY_VERBS: [&str; 12] = [
    "came", "went", "got", "stood", "took", "wrote", "walked", "ran", "turned", "looked", "sat",
    "met",
];
/// Most tokens from a subject to the "and" before its second verb.
const MAX_COORDINATED: usize = 14;

/// The subject of the first of two verbs joined by "and", when `end` is
/// just past the "and": "Kofi Annan came in and (said)", "People grabbed
/// my arms and (said)", "a woman came up to her with a baby in her arms
/// and (said)". The first verb is a past form in -ed or one of
/// [`STORY_VERBS`], right after the subject, and no clause ends between.
fn coordinated_subject(toks: &[Tok<'_>], end: usize) -> Option<(Subject, usize)> {
    // "he has explained the absence of an exception by (saying)": the
    // participle after "by" is the clause's subject's too.
    let by_saying = toks.get(end).is_some_and(|t| t.word() == "saying");
    if end < 3
        || !(toks[end - 1].word() == "and" || by_saying && toks[end - 1].word() == "by")
        || toks[end - 1].ends_clause()
    {
        return None;
    }
    let and = end - 1;
    // The start of the clause: after an earlier "and" or "that" (the
    // nearest first: "Ann was at a rally and a woman came up to her … and
    // said", "which is that on the day after he went … and said"), else
    // after a clause end ("He got angry and yelled and said"). A comma
    // right before "and" joins the second verb all the same ("I concurred
    // in that, and said that …").
    let mut lowest = if and > 0 && toks[and - 1].text.ends_with(',') {
        and - 1
    } else {
        and
    };
    while lowest > 0 && and - lowest < MAX_COORDINATED && !toks[lowest - 1].ends_clause() {
        lowest -= 1;
    }
    let opens = lowest == 0 || toks[lowest - 1].ends_clause();
    (lowest..and)
        .rev()
        .filter(|&j| {
            j > 0
                && matches!(
                    toks[j - 1].word().as_ref(),
                    "and" | "that" | "why" | "because"
                )
                || j == lowest && opens
        })
        .find_map(|cs| first_verb_subject(toks, cs, and))
}

/// Words that open a phrase of time or place written before a subject
/// without a comma ("On the day after the attack he went … and said").
const FRONTING: [&str; 12] = [
    "on",
    "in",
    "at",
    "after",
    "before",
    "during",
    "yesterday",
    "today",
    "tonight",
    "last",
    "earlier",
    "later",
];

/// True when `phrase`, between a clause's start and its subject, is a
/// phrase of time or place: it opens with one of [`FRONTING`] and holds
/// no verb a clause of its own would have.
fn fronted_phrase(phrase: &[Tok<'_>]) -> bool {
    phrase
        .first()
        .is_some_and(|t| FRONTING.contains(&t.word().as_ref()))
        && phrase.iter().all(|t| {
            let w = t.word();
            !(w.ends_with("ed")
                || STORY_VERBS.contains(&w.as_ref())
                || matches!(w.as_ref(), "is" | "was" | "are" | "were" | "said" | "says"))
        })
}

/// The subject at `cs` (or after a phrase of time or place that opens
/// the clause, [`fronted_phrase`]) of the first past or story verb between `cs` and
/// `and` ([`coordinated_subject`]).
fn first_verb_subject(toks: &[Tok<'_>], mut cs: usize, and: usize) -> Option<(Subject, usize)> {
    while cs < and && matches!(toks[cs].word().as_ref(), "and" | "but" | "then" | "so") {
        cs += 1;
    }
    if let Some(found) = relative_first_verb_subject(toks, cs) {
        return Some(found);
    }
    (cs + 1..and).find_map(|e| {
        let w = toks[e].word();
        let verb = (w.ends_with("ed")
            || STORY_VERBS.contains(&w.as_ref())
            || crate::text::dates::is_past_word(&w))
            && toks[e].bare().starts_with(char::is_lowercase);
        if !verb {
            return None;
        }
        // "he has explained": the subject before the auxiliary.
        let e = if e > cs + 1 && matches!(toks[e - 1].word().as_ref(), "has" | "have" | "had") {
            e - 1
        } else {
            e
        };
        // "he’s adopted …": the pronoun and its auxiliary in one token.
        let contracted = match super::clause::is_contracted_subject(&toks[e - 1].word()) {
            Some("he" | "she") => Some((Subject::Pronoun, e - 1)),
            _ => None,
        };
        match contracted.unwrap_or_else(|| named_subject_before_at(toks, e)) {
            (s, k)
                if (k == cs || toks.get(cs..k).is_some_and(fronted_phrase))
                    && s != Subject::None
                    && s != Subject::Plural =>
            {
                Some((s, k))
            }
            _ => unnamed_before(toks, e)
                .filter(|(_, k)| *k == cs)
                .map(|(u, k)| (Subject::Unnamed(u), k)),
        }
    })
}

/// "six other studies that looked at the study you described and (say)",
/// "economists who looked at the plan and (said)": when the clause at `cs`
/// opens with its verb right after a relative pronoun, the unnamed source
/// before the pronoun is the subject of both verbs.
fn relative_first_verb_subject(toks: &[Tok<'_>], cs: usize) -> Option<(Subject, usize)> {
    let rel = cs.checked_sub(1)?;
    let w = toks.get(cs)?.word();
    let verb = (w.ends_with("ed") || STORY_VERBS.contains(&w.as_ref()))
        && toks[cs].bare().starts_with(char::is_lowercase);
    if !verb || !matches!(toks[rel].word().as_ref(), "that" | "who") || toks[rel].ends_clause() {
        return None;
    }
    unnamed_before(toks, rel).map(|(u, k)| (Subject::Unnamed(u), k))
}

/// The source a noun phrase describes without naming it, ending before
/// `end` or followed by a relative clause, a participle's phrase or a place
/// up to `end`: "a woman", "a friend (who)", "a study (that came out today
/// that)", "independent studies (looking at this)", "Tesla workers in
/// Buffalo, New York", "some 15 percent of hospitals and nursing homes".
/// The head noun is one of [`UNNAMED_SOURCES`]; the phrase opens with an
/// indefinite determiner, a quantity, or (a plural head with at most two
/// modifiers) a clause. "the …", "my …" are descriptions, not this.
/// Returns the source and the index of its first token.
pub(super) fn unnamed_before(toks: &[Tok<'_>], end: usize) -> Option<(Unnamed, usize)> {
    if let Some(q) = quantity_before(toks, end) {
        return Some(q);
    }
    let lowest = end.saturating_sub(MAX_UNNAMED_TO_VERB + 1);
    // The nearest head noun that makes a source: in "officials briefing
    // lawmakers this week told", "lawmakers" does not, "officials" does.
    (lowest..end)
        .rev()
        .filter(|&h| {
            UNNAMED_SOURCES.contains(&toks[h].word().as_ref())
                && (h == 0 || toks[h].bare().starts_with(char::is_lowercase))
        })
        .find_map(|h| unnamed_at(toks, h, end))
}

/// Most modifiers of a definite group that opens a clause ("the military
/// leaders").
const MAX_GROUP_MODIFIERS: usize = 2;

/// A definite plural group that opens a clause, with its head noun at `h`:
/// "(And) the military leaders (come to you and they say …)". Only "they"
/// may mean it ([`super::indefinite_in`]); as the subject of a verb it is
/// a description of a group named before, not a source.
pub(super) fn definite_group_at(toks: &[Tok<'_>], h: usize) -> Option<(Unnamed, usize)> {
    let head = toks[h].word();
    if !head.ends_with('s') || !toks[h].bare().starts_with(char::is_lowercase) {
        return None;
    }
    let the = (h.saturating_sub(MAX_GROUP_MODIFIERS + 1)..h)
        .rev()
        .take_while(|&k| {
            let w = toks[k].word();
            !toks[k].ends_clause()
                && (w == "the"
                    || toks[k].bare().starts_with(char::is_lowercase)
                        && w.chars().all(char::is_alphabetic)
                        && !NOT_MODIFIERS.contains(&w.as_ref())
                        && !SPEECH_VERBS.contains(&w.as_ref()))
        })
        .find(|&k| toks[k].word() == "the")?;
    let opens = the == 0
        || toks[the - 1].ends_clause()
        || matches!(toks[the - 1].word().as_ref(), "and" | "but" | "so" | "then");
    opens.then(|| {
        (
            Unnamed {
                phrase: phrase_of(&toks[the..=h]),
                plural: true,
            },
            the,
        )
    })
}

/// [`unnamed_before`] with its head noun at `h`.
fn unnamed_at(toks: &[Tok<'_>], h: usize, end: usize) -> Option<(Unnamed, usize)> {
    let between = &toks[h + 1..end];
    if between.iter().any(|t| {
        t.text.ends_with(['.', '?', '!', ';', ':']) || SPEECH_VERBS.contains(&t.word().as_ref())
    }) || (h + 1 < end && toks[h].text.ends_with(['.', '?', '!', ';', ':']))
    {
        return None;
    }
    let place = between.first().is_some_and(|t| {
        matches!(
            t.word().as_ref(),
            "in" | "from" | "at" | "across" | "around" | "for"
        )
    });
    if !between.is_empty() && !source_modifier(&toks[h], between) {
        return None;
    }
    let (mut k, mut opener) = source_start(toks, h);
    let of = between.first().is_some_and(|t| t.word() == "of");
    if !opener && of && definite_of_name(toks, k, between) {
        k -= 1;
        opener = true;
    }
    let head = toks[h].word();
    let plural = head.ends_with('s') || matches!(head.as_ref(), "people" | "men" | "women");
    if !opener {
        // A bare plural opens a clause, with a modifier or two.
        let after_boundary = k == 0
            || toks[k - 1].ends_clause()
            || BARE_SOURCE_AFTER.contains(&toks[k - 1].word().as_ref());
        if !plural || !after_boundary || h - k > MAX_BARE_MODIFIERS {
            return None;
        }
    }
    let k = if opener {
        k
    } else {
        joined_plural_start(toks, k)
    };
    // "officials familiar with the matter", "a source close to the
    // President": the phrase names them too.
    let close = between
        .first()
        .is_some_and(|t| matches!(t.word().as_ref(), "close" | "familiar"));
    // ("a woman in Ohio who came up to me and said": the place, not the
    // relative clause after it)
    let relative = between
        .iter()
        .position(|t| matches!(t.word().as_ref(), "who" | "that" | "which" | "whose"));
    // "the family of Emmett Till", "members of Congress": whose they are.
    let named_by_phrase = place || close || of;
    let last = match relative {
        Some(r) if named_by_phrase => h + r,
        _ if named_by_phrase => end - 1,
        _ => h,
    };
    // "the family of Emmett Till, last week, filed": the phrase ends at its
    // comma.
    let last = between
        .iter()
        .position(|t| t.text.ends_with(','))
        .map_or(last, |c| last.min(h + 1 + c));
    let phrase = phrase_of(&toks[k..=last]);
    Some((Unnamed { phrase, plural }, k))
}

/// Whether the words `between` a source's head noun `head` and its verb
/// may modify it: a relative clause, a participle's phrase, a place, whom
/// it speaks for or belongs to ([`SOURCE_MODIFIER_STARTS`]), but not a
/// time ("People for years said").
fn source_modifier(head: &Tok<'_>, between: &[Tok<'_>]) -> bool {
    let first = &between[0];
    let w = first.word();
    let participle = w.ends_with("ing") && first.bare().starts_with(char::is_lowercase);
    if head.ends_clause() || !(SOURCE_MODIFIER_STARTS.contains(&w.as_ref()) || participle) {
        return false;
    }
    !(w == "for"
        && between.iter().any(|t| {
            let x = t.word();
            let x = x.strip_suffix('s').unwrap_or(&x);
            matches!(
                x,
                "year" | "decade" | "month" | "week" | "day" | "hour" | "time"
            )
        }))
}

/// "the family of Emmett Till": a definite description (its modifiers
/// from `k`, "the" before them) that says by a name after "of" whose
/// people they are names them without anyone named before.
fn definite_of_name(toks: &[Tok<'_>], k: usize, between: &[Tok<'_>]) -> bool {
    k > 0
        && toks[k - 1].word() == "the"
        && between
            .get(1)
            .is_some_and(|t| t.bare().starts_with(char::is_uppercase) && is_name_word(t))
}

/// "Doctors and nurses (said)": where a bare plural source starting at `k`
/// after "and" starts together with the plural source noun before "and",
/// when that noun opens its clause; else `k`.
fn joined_plural_start(toks: &[Tok<'_>], k: usize) -> usize {
    let Some(first) = k.checked_sub(2) else {
        return k;
    };
    let w = toks[first].word();
    let joined = toks[k - 1].word() == "and"
        && !toks[k - 1].ends_clause()
        && !toks[first].ends_clause()
        && w.ends_with('s')
        && UNNAMED_SOURCES.contains(&w.as_ref())
        && (first == 0
            || toks[first - 1].ends_clause()
            || toks[first - 1].ends_sentence()
            || matches!(toks[first - 1].word().as_ref(), "but" | "so" | "because")
            || (first == 1 && toks[0].word() == "and"));
    if joined { first } else { k }
}

/// The words of a source's noun phrase, without a comma, colon or dash
/// after it.
fn phrase_of(toks: &[Tok<'_>]) -> String {
    let phrase = toks.iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
    phrase
        .trim_end_matches([',', ':', '—', '-'])
        .trim()
        .to_string()
}

/// A plural source without a determiner that is the object of a
/// preposition, with its head noun at `h`: "(I talk to) small businesses",
/// "(a letter from) senators". Only "they" may mean it
/// ([`super::indefinite_in`]); it is never the subject of a verb.
pub(super) fn group_after_preposition(toks: &[Tok<'_>], h: usize) -> Option<(Unnamed, usize)> {
    let head = toks[h].word();
    if !head.ends_with('s') || !toks[h].bare().starts_with(char::is_lowercase) {
        return None;
    }
    let (k, opener) = source_start(toks, h);
    let after = k.checked_sub(1).map(|p| toks[p].word())?;
    if opener
        || h - k > MAX_BARE_MODIFIERS
        || !matches!(after.as_ref(), "to" | "with" | "from" | "among")
    {
        return None;
    }
    let phrase = phrase_of(&toks[k..=h]);
    Some((
        Unnamed {
            phrase,
            plural: true,
        },
        k,
    ))
}

/// Where the noun phrase whose head noun is at `h` starts: back over its
/// modifiers to an opener ("a", "some 15", "every"), and whether there is
/// one.
fn source_start(toks: &[Tok<'_>], h: usize) -> (usize, bool) {
    let mut k = h;
    let mut opener = false;
    while k > 0 && h - k < MAX_UNNAMED_MODIFIERS && !toks[k - 1].ends_clause() {
        let w = toks[k - 1].word();
        if UNNAMED_OPENERS.contains(&w.as_ref())
            || w.chars().all(|c| c.is_ascii_digit() || c == ',')
        {
            k -= 1;
            opener = true;
            break;
        }
        // "six other studies", "many other economists": more of them, not
        // the ones named before ("the other studies").
        let more = w == "other"
            && k >= 2
            && UNNAMED_OPENERS.contains(&toks[k - 2].word().as_ref())
            && !toks[k - 2].ends_clause();
        if (NOT_MODIFIERS.contains(&w.as_ref()) && !more)
            || BARE_SOURCE_AFTER.contains(&w.as_ref())
            // "U.S. officials": an abbreviation's dots are part of it.
            || !w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
            || SPEECH_VERBS.contains(&w.as_ref())
        {
            break;
        }
        k -= 1;
    }
    // "some 15 percent of …": a word before the quantity opens it too.
    if opener
        && k > 0
        && matches!(
            toks[k - 1].word().as_ref(),
            "some" | "about" | "nearly" | "over"
        )
        && !toks[k - 1].ends_clause()
    {
        k -= 1;
    }
    (k, opener)
}

/// "Some 15 percent of hospitals and nursing homes (say)", "three-quarters
/// of them (said)": a share of a group, ending just before `end`, opening
/// its clause.
fn quantity_before(toks: &[Tok<'_>], end: usize) -> Option<(Unnamed, usize)> {
    let lowest = end.saturating_sub(MAX_UNNAMED_MODIFIERS + 2);
    let of = (lowest..end.saturating_sub(1))
        .rev()
        .find(|&i| toks[i].word() == "of")?;
    if of == 0 || toks[of..end].iter().any(|t| t.ends_clause()) {
        return None;
    }
    let share = toks[of - 1].word();
    let mut k = of - 1;
    match share.as_ref() {
        "percent"
            if k > 0
                && toks[k - 1]
                    .word()
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.') =>
        {
            k -= 1
        }
        "half" | "majority" | "most" | "many" | "some" | "all" | "several" | "few" | "dozens"
        | "hundreds" | "thousands" => {}
        w if w.ends_with("quarters") || w.ends_with("thirds") => {}
        _ => return None,
    }
    if k > 0
        && matches!(
            toks[k - 1].word().as_ref(),
            "some" | "about" | "nearly" | "over" | "a" | "the"
        )
        && !toks[k - 1].ends_clause()
    {
        k -= 1;
    }
    let opens = k == 0
        || toks[k - 1].ends_clause()
        || BARE_SOURCE_AFTER.contains(&toks[k - 1].word().as_ref());
    if !opens {
        return None;
    }
    let phrase = toks[k..end]
        .iter()
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ");
    Some((
        Unnamed {
            phrase,
            plural: true,
        },
        k,
    ))
}

/// Most tokens of a parenthesis between a subject and its verb.
const MAX_PARENTHESIS: usize = 8;

/// When the tokens before `end` are a parenthesis set off by commas that
/// opens with "as" or "for" ("as you mentioned today,", "for instance,")
/// or is one or two lower-case words ("today,"), the index of its first token (the
/// comma before it ends the subject).
fn parenthesis_before(toks: &[Tok<'_>], end: usize) -> Option<usize> {
    if end < 2 || !toks[end - 1].text.ends_with(',') {
        return None;
    }
    let mut j = end - 1;
    while j > 0 && end - j <= MAX_PARENTHESIS && !toks[j - 1].ends_clause() {
        j -= 1;
    }
    let enclosed = j > 1 && toks[j - 1].text.ends_with(',') && end - j <= MAX_PARENTHESIS;
    // A short one is a word or two of time or manner, not a name
    // ("the president of Iran, Ahmadinejad, says").
    let short = end - j <= 2
        && toks[j..end]
            .iter()
            .all(|t| t.bare().starts_with(char::is_lowercase));
    let opens = matches!(toks[j].word().as_ref(), "as" | "for") || short;
    (enclosed && opens).then_some(j)
}

/// Where an appositive ending just before `i` starts ("Galina Polonskaya,
/// who was on the plane …, said"; "General Allen, our commander in
/// Afghanistan, says"): the name before it ends there. `i` when there is
/// none.
fn appositive_start(toks: &[Tok<'_>], i: usize) -> usize {
    if !toks[i - 1].text.ends_with(',') {
        return i;
    }
    let mut j = i - 1;
    while j > 0 && !toks[j - 1].text.ends_with(',') {
        j -= 1;
    }
    let described = j > 0
        && toks[j - 1].text.ends_with(',')
        && is_name_word(&toks[j - 1])
        && matches!(
            toks[j].word().as_ref(),
            "our" | "the" | "his" | "her" | "their" | "my" | "your" | "a" | "an"
        );
    if j > 0 && j < i && (described || matches!(toks[j].word().as_ref(), "who" | "whom" | "which"))
    {
        j
    } else {
        i
    }
}

/// Most tokens of the noun phrase before ", who said" ("the Ohio
/// governor, who said").
const MAX_RELATIVE_ANTECEDENT: usize = 6;

/// "He took recommendations from the Pentagon, who told — who — who said
/// that …", "I spoke with the governor, who told me that …": when "who"
/// (repeated across dashes) stands right before the verb (whose index is
/// `i`) after a comma, the subject is the noun phrase before the comma,
/// back to a preposition or the clause's start, and its clause starts at
/// "who". `None` when the pattern does not apply; the subject may still be
/// `Subject::None`.
fn relative_subject(toks: &[Tok<'_>], i: usize) -> Option<(Subject, usize)> {
    let mut w = i;
    let mut who = false;
    while w > 0 {
        let t = &toks[w - 1];
        let dash = |t: &Tok<'_>| t.text.chars().all(crate::text::chars::is_dash);
        // "who told — who said": a verb broken off before a dash.
        let restart = w >= 2 && toks[w - 2].word() == "who" && toks.get(w).is_some_and(dash);
        if t.word() == "who" {
            who = true;
        } else if !dash(t) && !restart {
            break;
        }
        w -= 1;
    }
    if !who || w < 2 || !toks[w - 1].text.ends_with(',') || toks[w - 1].text.ends_with(",,") {
        return None;
    }
    let mut k = w - 1;
    while k > 0
        && w - k < MAX_RELATIVE_ANTECEDENT
        && !toks[k - 1].ends_clause()
        && !matches!(
            toks[k - 1].word().as_ref(),
            "from" | "with" | "to" | "by" | "at" | "in" | "for" | "about" | "on"
        )
    {
        k -= 1;
    }
    let subject = antecedent(&toks[k..w]);
    // "a congressman, Chris Stewart, on the Intel Committee, who …": a
    // phrase of place in commas after a person; the person said it.
    let subject = match k.checked_sub(2) {
        Some(p)
            if toks[p].text.ends_with(',')
                && matches!(toks[k - 1].word().as_ref(), "on" | "in" | "at" | "from") =>
        {
            let q = (p.saturating_sub(MAX_RELATIVE_ANTECEDENT)..p)
                .rev()
                .find(|&q| toks[q].ends_clause())
                .map_or(0, |q| q + 1);
            match antecedent(&toks[q..=p]) {
                Subject::People(who) if who.iter().all(|n| is_person(n)) => Subject::People(who),
                _ => subject,
            }
        }
        _ => subject,
    };
    // The subject's clause starts at "who": what stands before the noun
    // phrase ("talked to") says nothing of whether it was said.
    Some((subject, w))
}

/// The person or description a noun phrase before ", who" names (its
/// comma closes it: read as if the verb came after it).
fn antecedent(toks: &[Tok<'_>]) -> Subject {
    let phrase: Vec<Tok<'_>> = toks
        .iter()
        .enumerate()
        .map(|(j, t)| {
            let mut t = *t;
            if j + 1 == toks.len() {
                t.text = t.text.trim_end_matches(',');
            }
            t
        })
        .collect();
    match named_subject_before_at(&phrase, phrase.len()).0 {
        s @ (Subject::People(_) | Subject::Described(_)) => s,
        _ => Subject::None,
    }
}

/// Nouns for someone's words right before a quotation ("Ronald Reagan’s
/// paraphrased principle “trust but verify.”", "the President’s comments
/// about “as long as it takes”", "Ukraine had a different position: “…”").
const WORDS_NOUNS: [&str; 18] = [
    "words",
    "phrase",
    "principle",
    "motto",
    "slogan",
    "formula",
    "dictum",
    "maxim",
    "position",
    "answer",
    "reply",
    "response",
    "message",
    "comments",
    "remarks",
    "remark",
    "promise",
    "pledge",
];

/// Most adjectives between a possessor or determiner and a noun of
/// [`WORDS_NOUNS`] ("paraphrased", "famous").
const MAX_WORDS_ADJECTIVES: usize = 2;

/// "My exact words were “…”", "his message was “…”": the owner of a noun
/// for words before "was"/"were" ending `toks`, when a possessive pronoun.
fn own_words_before(toks: &[Tok<'_>]) -> Option<Subject> {
    let [.., owner, noun, be] = toks else {
        return None;
    };
    if !matches!(be.word().as_ref(), "was" | "were" | "is" | "are")
        || noun.ends_clause()
        || !WORDS_NOUNS.contains(&noun.word().as_ref())
    {
        return None;
    }
    let owner = match owner.word().as_ref() {
        "exact" | "own" | "very" => toks.len().checked_sub(4).map(|o| toks[o].word())?,
        w => w.to_string().into(),
    };
    match owner.as_ref() {
        "my" => Some(Subject::SelfRef),
        "your" => Some(Subject::Addressee),
        "his" | "her" => Some(Subject::Pronoun),
        _ => None,
    }
}

/// The speaker of a quotation that follows a noun for someone's words
/// (`toks` end just before the quotation): a person, organisation or
/// country that owns the noun ("Ronald Reagan’s principle “…”"), or that
/// "had" or "gave" it before a colon ("Ukraine had a different position:
/// “…”"). `Subject::None` when there is none.
pub(super) fn noun_subject_before(toks: &[Tok<'_>]) -> Subject {
    if let Some(subject) = own_words_before(toks) {
        return subject;
    }
    let n = toks.len();
    // The noun last, or before "about" ("comments about “…”").
    let k = match n {
        0 => return Subject::None,
        _ if toks[n - 1].word() == "about" && n >= 2 => n - 2,
        _ => n - 1,
    };
    let noun = &toks[k];
    if !WORDS_NOUNS.contains(&noun.word().as_ref())
        || (k < n - 1 && noun.ends_clause())
        || (k == n - 1 && noun.ends_clause() && !noun.text.ends_with(':'))
    {
        return Subject::None;
    }
    let mut j = k;
    while j > 0
        && k - j < MAX_WORDS_ADJECTIVES
        && toks[j - 1].text.starts_with(char::is_lowercase)
        && !toks[j - 1].ends_clause()
        && !matches!(
            toks[j - 1].word().as_ref(),
            "a" | "an" | "the" | "its" | "their" | "his" | "her"
        )
        && names::strip_possessive(toks[j - 1].text) == toks[j - 1].text
    {
        j -= 1;
    }
    if j == 0 {
        return Subject::None;
    }
    let owner = &toks[j - 1];
    if names::strip_possessive(owner.text) != owner.text && is_name_word(owner) {
        let (subject, _) = named_subject_before_at(toks, j);
        return match subject {
            Subject::People(p) => Subject::People(
                p.into_iter()
                    .map(|w| names::strip_possessive(&w).to_string())
                    .collect(),
            ),
            Subject::Described(d) => Subject::Described(d),
            _ => Subject::None,
        };
    }
    // "Ukraine had a different position:": a determiner, "had" or "gave",
    // and a named subject right before.
    if !noun.text.ends_with(':')
        || !matches!(
            owner.word().as_ref(),
            "a" | "an" | "its" | "their" | "his" | "her"
        )
        || j < 3
        || !matches!(
            toks[j - 2].word().as_ref(),
            "had" | "has" | "gave" | "took" | "takes"
        )
    {
        return Subject::None;
    }
    match named_subject_before_at(toks, j - 2) {
        (Subject::People(p), _) => Subject::People(p),
        _ => Subject::None,
    }
}

/// Most tokens of a phrase of time or place between a subject and its
/// verb ("the president in his campaign four years ago, said").
const MAX_SUBJECT_PHRASE: usize = 8;

/// "And the president in his campaign four years ago, said he would …",
/// "Governor Romney at the beginning of this debate wrote and said …": a
/// person named or described, then a phrase of time or place (opening with
/// a preposition, no clause inside) right before the verb at `i`, when no
/// subject stands right before the verb. `None` when there is no such
/// phrase or no person before it. (It reads the subject with
/// [`named_subject_before_at`] only, so it never calls itself.)
fn subject_before_phrase(toks: &[Tok<'_>], i: usize) -> Option<(Subject, usize)> {
    if i == 0 {
        return None;
    }
    let end = if toks[i - 1].text.ends_with(',') {
        i - 1
    } else {
        i
    };
    (i.saturating_sub(MAX_SUBJECT_PHRASE)..end.saturating_sub(1))
        .rev()
        .take_while(|&p| p + 1 == end || !toks[p].ends_clause())
        .filter(|&p| {
            p > 0
                && matches!(
                    toks[p].word().as_ref(),
                    "in" | "at" | "during" | "on" | "after" | "before" | "over"
                )
                && toks[p].text.starts_with(char::is_lowercase)
                && !toks[p - 1].ends_clause()
        })
        .find_map(|p| {
            let found = named_subject_before_at(toks, p);
            matches!(found.0, Subject::People(_) | Subject::Described(_)).then_some(found)
        })
}

/// Whether the name run starting at `k` is not who speaks though a verb
/// follows: a place after a preposition ("workers in Buffalo say"), or
/// the organisation a singular noun heads ("The head of the EPA said": the
/// person, whom only a name can tell; "members of Congress said" may
/// stand for it).
fn not_the_speaker(toks: &[Tok<'_>], k: usize) -> bool {
    let after_preposition = k > 0
        && !toks[k - 1].ends_clause()
        && matches!(
            toks[k - 1].word().as_ref(),
            "in" | "at" | "from" | "across" | "around" | "near"
        );
    let of_at = if k > 0 && toks[k - 1].word() == "the" {
        k - 1
    } else {
        k
    };
    let head_of = of_at > 1
        && toks[of_at - 1].word() == "of"
        && !toks[of_at - 1].ends_clause()
        && !toks[of_at - 2].ends_clause()
        && toks[of_at - 2].text.starts_with(char::is_lowercase)
        && !toks[of_at - 2].word().ends_with('s');
    after_preposition || head_of
}

/// A personal pronoun (or "your colleague") right before `i`, as a
/// subject, with its index.
fn personal_subject(toks: &[Tok<'_>], i: usize) -> Option<(Subject, usize)> {
    if toks[i - 1].ends_clause() {
        return None;
    }
    let w = toks[i - 1].word();
    if PRONOUNS.contains(&w.as_ref()) {
        return Some((Subject::Pronoun, i - 1));
    }
    match w.as_ref() {
        "you" => Some((Subject::Addressee, i - 1)),
        "i" => Some((Subject::SelfRef, i - 1)),
        "they" => Some((Subject::Plural, i - 1)),
        // "your colleague asked my colleague this": another of the people
        // addressed, the press in a briefing.
        "colleague" | "colleagues" if i >= 2 && toks[i - 2].word() == "your" => {
            Some((Subject::Questioner, i - 2))
        }
        _ => None,
    }
}

/// [`subject_before_at`] for named subjects, pronouns and descriptions.
fn named_subject_before_at(toks: &[Tok<'_>], end: usize) -> (Subject, usize) {
    let mut i = end;
    while i > 0 && ADVERBS.contains(&toks[i - 1].word().as_ref()) && !toks[i - 1].ends_clause() {
        i -= 1;
    }
    if i == 0 {
        return (Subject::None, 0);
    }
    if let Some(found) = relative_subject(toks, i) {
        return found;
    }
    // A parenthesis between the subject and its verb: "the governor, as
    // you mentioned today, asked for", "the NORAD Commander, for instance,
    // said", "The President again, today, is calling for".
    if let Some(mut j) = parenthesis_before(toks, i) {
        // "again, today,": an adverb before the parenthesis goes too.
        while j > 1 && ADVERBS.contains(&toks[j - 1].word().as_ref()) {
            j -= 1;
        }
        return named_subject_before_at(toks, j);
    }
    if let Some(found) = personal_subject(toks, i) {
        return found;
    }
    if let Some(found) = described_before(toks, i).or_else(|| document_it_before(toks, i)) {
        return found;
    }
    let run_end = appositive_start(toks, i);
    let k = name_run_start(toks, run_end);
    if k == run_end || not_the_speaker(toks, k) {
        return (Subject::None, k);
    }
    // "the Pentagon's (statement)", "the Pentagon's (said)": the owner
    let run = toks[k..run_end]
        .iter()
        .map(|t| names::strip_possessive(t.text.trim_end_matches([',', ':'])))
        .collect::<Vec<_>>()
        .join(" ");
    let people = person_phrases(&run);
    if !people.is_empty() {
        return (Subject::People(people), k);
    }
    // "Prime Minister Modi of India": a person of a country.
    if let Some((person, place)) = run.rsplit_once(" of ")
        && Gazetteer::builtin()
            .lookup(place)
            .is_some_and(|e| matches!(e.kind, EntityKind::Country | EntityKind::Place))
        && let [one] = &person_phrases(person)[..]
    {
        return (Subject::People(vec![one.clone()]), k);
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

/// A country's institution ("the Polish government"), a delegate ("the
/// representative of France") or a description ("the Vice President")
/// ending just before `end`, and the index of its first token.
fn described_before(toks: &[Tok<'_>], end: usize) -> Option<(Subject, usize)> {
    state_body_before(toks, end)
        .or_else(|| administration_before(toks, end))
        .or_else(|| delegate_before(toks, end))
        .or_else(|| coordinated_description(toks, end))
        .or_else(|| description_before(toks, end).map(|(d, k)| (Subject::Described(d), k)))
}

/// The description [`administration_before`] returns: the president's
/// administration, which [`super::DocContext::described`] names after the
/// holder of "the president" in the document ("Biden administration").
pub const ADMINISTRATION: &str = "president's administration";

/// "the administration", "this administration", "the administration
/// officials" ending just before `end`, and the index of the determiner:
/// the government of the president the document means. Not "the new
/// administration" or "the Trump administration" (a qualifier makes it
/// someone else's, or names it: the name is read as a name).
fn administration_before(toks: &[Tok<'_>], end: usize) -> Option<(Subject, usize)> {
    let mut k = end.checked_sub(1)?;
    if toks[k].word() == "officials" && k > 0 {
        k -= 1;
    }
    let d = k.checked_sub(1)?;
    (toks[k].word() == "administration"
        && matches!(toks[d].word().as_ref(), "the" | "this")
        && !toks[d..end - 1].iter().any(Tok::ends_clause))
    .then(|| (Subject::Described(ADMINISTRATION.to_string()), d))
}

/// Most role words after "and" in a coordinated description ("the
/// President and First Lady").
const MAX_COORDINATED_ROLE: usize = 3;

/// "the President and First Lady (shared)", "the President and the First
/// Lady (said)": two descriptions joined by "and" ending just before `end`;
/// the first, which heads the phrase, is whom the report is given to.
fn coordinated_description(toks: &[Tok<'_>], end: usize) -> Option<(Subject, usize)> {
    let and = (end.saturating_sub(MAX_COORDINATED_ROLE + 2)..end.saturating_sub(1))
        .rev()
        .find(|&j| j > 0 && toks[j].word() == "and" && !toks[j].ends_clause())?;
    let second = &toks[and + 1..end];
    let second_ok = description_before(toks, end).is_some_and(|(_, k)| k == and + 1)
        || (!second.is_empty()
            && second
                .iter()
                .all(|t| names::is_role_word(t.bare()) && !t.ends_clause()));
    if !second_ok || toks[and - 1].ends_clause() {
        return None;
    }
    description_before(toks, and).map(|(d, k)| (Subject::Described(d), k))
}

/// Prefix of the description [`kin_before`] returns; the relation follows
/// it ("speaker's mother"), and [`super::DocContext::described`] puts the
/// turn's speaker in its place.
pub const KIN_OF: &str = "speaker's ";

/// "my mom, who said", "My father used to say", "my wife told me": the
/// speaker's relative, a person of their own ("Bob Schieffer's mother"),
/// ending just before `end`, and the index of "my".
fn kin_before(toks: &[Tok<'_>], end: usize) -> Option<(String, usize)> {
    let last = toks.get(end.checked_sub(1)?)?;
    let kin = crate::extract::speakers::kin_word(&last.word())?;
    let mut my = end.checked_sub(2)?;
    // "my late father", "my own mother"
    if matches!(toks.get(my)?.word().as_ref(), "late" | "own") {
        my = my.checked_sub(1)?;
    }
    let t = toks.get(my)?;
    (t.word() == "my" && !t.ends_clause() && !toks[my..end - 1].iter().any(Tok::ends_clause))
        .then(|| (format!("{KIN_OF}{kin}"), my))
}

/// Nouns for whoever speaks for a country at a meeting ("the
/// representative of France", "my colleague from China").
const DELEGATE_NOUNS: [&str; 4] = ["representative", "delegate", "ambassador", "colleague"];

/// Prefix of the description [`delegate_before`] returns; the country's
/// name follows it.
pub const DELEGATE_OF: &str = "delegate of ";

/// "the representative of the United States", "my colleague from China"
/// ending just before `end`, as a council's record says them: a
/// description, "delegate of " and the country's gazetteer name, that the
/// document's labels resolve ("Mrs. Thomas-Greenfield (United States of
/// America):"), and the index of its determiner.
fn delegate_before(toks: &[Tok<'_>], end: usize) -> Option<(Subject, usize)> {
    let lo = end.saturating_sub(MAX_COUNTRY_WORDS + 3);
    let j = (lo..end.saturating_sub(2)).rev().find(|&j| {
        DELEGATE_NOUNS.contains(&toks[j].word().as_ref())
            && matches!(toks[j + 1].word().as_ref(), "of" | "from")
    })?;
    let mut c = j + 2;
    if toks[c].word() == "the" {
        c += 1;
    }
    let country = toks[c..end]
        .iter()
        .map(|t| t.bare().trim_end_matches('.'))
        .collect::<Vec<_>>()
        .join(" ");
    let e = Gazetteer::builtin().lookup(&country)?;
    let det = j.checked_sub(1)?;
    (e.kind == EntityKind::Country
        && toks[j..end].iter().all(|t| !t.ends_clause())
        && DESCRIPTION_DETERMINERS.contains(&toks[det].word().as_ref()))
    .then(|| {
        (
            Subject::Described(format!("{DELEGATE_OF}{}", e.canonical)),
            det,
        )
    })
}

/// Most words of a country's name before the noun of its institution
/// ("the United Arab Emirates government").
const MAX_COUNTRY_WORDS: usize = 4;

/// "the Polish government", "Russia's foreign ministry", "the Chinese
/// side", "the U.S. administration" ending just before `end`: the country
/// speaks through them, so it is the source (by its gazetteer name), and
/// the index of the phrase's first token.
fn state_body_before(toks: &[Tok<'_>], end: usize) -> Option<(Subject, usize)> {
    let head = toks.get(end.checked_sub(1)?)?;
    if head.ends_clause() || !STATE_BODIES.contains(&head.word().as_ref()) {
        return None;
    }
    let mut k = end - 1;
    if k > 0
        && STATE_BODY_QUALIFIERS.contains(&toks[k - 1].word().as_ref())
        && !toks[k - 1].ends_clause()
    {
        k -= 1;
    }
    // The longest run of capitalised words before it that the gazetteer
    // knows as a country, by its name, demonym or possessive.
    let country = (1..=MAX_COUNTRY_WORDS.min(k)).rev().find_map(|n| {
        let run = &toks[k - n..k];
        if run
            .iter()
            .any(|t| t.ends_clause() || !t.bare().chars().next().is_some_and(char::is_uppercase))
        {
            return None;
        }
        let name = run
            .iter()
            .map(|t| names::strip_possessive(t.bare()))
            .collect::<Vec<_>>()
            .join(" ");
        Gazetteer::builtin()
            .lookup(&name)
            .filter(|e| e.kind == EntityKind::Country)
            .map(|e| (e.canonical.clone(), k - n))
    });
    let (name, mut start) = country?;
    if start > 0 && toks[start - 1].word() == "the" && !toks[start - 1].ends_clause() {
        start -= 1;
    }
    Some((Subject::People(vec![name]), start))
}

/// Who the source phrase X of "according to X", "in the words of X" or
/// "to quote X" names (`source`: X's tokens, the punctuation after it
/// included): "him"/"her"; a person's name ("President
/// Zelensky"); else the subject X would be before a verb, when it spans
/// X but for a determiner: an organisation or country ("the Congressional
/// Budget Office", "the CBO", "the Polish government"), a description
/// ("the President"), an unnamed source ("one official"). Never the
/// speaker ("according to me").
pub(super) fn source_phrase_subject(source: &[Tok<'_>]) -> Subject {
    if let [p] = source
        && matches!(p.word().as_ref(), "him" | "her")
    {
        return Subject::Pronoun;
    }
    let run = source
        .iter()
        .map(|t| without_closing_punctuation(t.text))
        .collect::<Vec<_>>()
        .join(" ");
    let people = person_phrases(&run);
    if !people.is_empty() && source.iter().all(is_name_word) {
        return Subject::People(people);
    }
    if let Some(list) = source_list(source) {
        return list;
    }
    // The tokens as a subject before a verb: the last without its comma.
    let mut bare = source.to_vec();
    if let Some(last) = bare.last_mut() {
        last.text = without_closing_punctuation(last.text);
    }
    let (subject, k) = subject_before_at(&bare, bare.len());
    let spans = bare[..k]
        .iter()
        .all(|t| matches!(t.word().as_ref(), "the" | "a" | "an" | "one"));
    if spans {
        subject.not_self()
    } else {
        Subject::None
    }
}

/// "professors, neighbors and others", "doctors and nurses": a list of
/// plural nouns (the last may be "others") is one unnamed source, written
/// whole.
fn source_list(source: &[Tok<'_>]) -> Option<Subject> {
    let (last, rest) = source.split_last()?;
    let (and, items) = rest.split_last()?;
    if items.is_empty() || and.word() != "and" || and.ends_clause() {
        return None;
    }
    // (after "according to", "heard from": a source whatever its nouns)
    let item = |t: &Tok<'_>| {
        let w = t.word();
        t.bare().starts_with(char::is_lowercase)
            && w.chars().all(char::is_alphabetic)
            && w.ends_with('s')
            && !w.ends_with("ss")
    };
    let commas = items
        .split_last()
        .is_none_or(|(_, before)| before.iter().all(|t| t.text.ends_with(',')));
    let listed = commas
        && items.iter().all(item)
        && (item(last) || last.word() == "others")
        && !last.ends_clause();
    listed.then(|| {
        Subject::Unnamed(Unnamed {
            phrase: source.iter().map(|t| t.text).collect::<Vec<_>>().join(" "),
            plural: true,
        })
    })
}

/// `t` without the punctuation after it, but an abbreviation's full stop
/// ("Jr.").
fn without_closing_punctuation(t: &str) -> &str {
    let t = t.trim_end_matches([',', ':']);
    if crate::segment::sentences::is_abbreviation(t) {
        t
    } else {
        t.trim_end_matches('.')
    }
}

/// Most tokens of the source in "In the words of X, “…”".
const MAX_WORDS_OF_SOURCE: usize = 8;

/// "In the words of Martin Luther King Jr., “…”", "To quote Winston
/// Churchill: “…”", "quoting the President, “…”": the source named right
/// before a quotation (`toks`, which end at it) by a frame without a
/// verb of saying ([`source_phrase_subject`]).
pub(super) fn words_of_before(toks: &[Tok<'_>]) -> Subject {
    let n = toks.len();
    if !toks.last().is_some_and(|t| t.text.ends_with([',', ':'])) {
        return Subject::None;
    }
    for j in (n.saturating_sub(MAX_WORDS_OF_SOURCE + 1)..n.saturating_sub(1)).rev() {
        if j + 1 < n - 1 && toks[j].ends_clause() {
            break;
        }
        let lead = match toks[j].word().as_ref() {
            "of" => j >= 2 && toks[j - 1].word() == "words" && toks[j - 2].word() == "the",
            "quote" => j >= 1 && toks[j - 1].word() == "to",
            "quoting" => true,
            _ => false,
        };
        if lead {
            return source_phrase_subject(&toks[j + 1..]);
        }
    }
    Subject::None
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
        && !UNNAMED_SOURCES.contains(&t.word().as_ref())
}

/// Most words after the "of" or "to" of a description ("the secretary of
/// the treasury", "the ambassador to the United Nations").
const MAX_COMPLEMENT_WORDS: usize = 3;

/// "the President", "the Vice President", "my opponent", "the NORTHCOM
/// commander", and with what the office is of or to, "the secretary of
/// defense", "the head of the EPA", "our ambassador to the United
/// Nations": a determiner, maybe a name or adjective, role words and maybe
/// "of"/"to" and a few words, ending just before `end`. Returns the words
/// after the determiner (lower-case) and the determiner's index.
pub(super) fn description_before(toks: &[Tok<'_>], end: usize) -> Option<(String, usize)> {
    kin_before(toks, end)
        .or_else(|| office_of_before(toks, end))
        .or_else(|| role_description_before(toks, end))
}

/// A role description ([`role_description_before`]) followed by "of" or
/// "to" and up to [`MAX_COMPLEMENT_WORDS`] words, "the" aside, ending just
/// before `end` ("the secretary of defense", "the head of the EPA").
fn office_of_before(toks: &[Tok<'_>], end: usize) -> Option<(String, usize)> {
    let lo = end.saturating_sub(MAX_COMPLEMENT_WORDS + 2);
    let p = (lo.max(1)..end.saturating_sub(1))
        .rev()
        .find(|&p| matches!(toks[p].word().as_ref(), "of" | "to"))?;
    let complement = &toks[p + 1..end];
    let words = complement.iter().filter(|t| t.word() != "the").count();
    let plain = |t: &Tok<'_>| {
        t.bare()
            .chars()
            .all(|c| c.is_alphabetic() || c == '.' || c == '-')
    };
    // The last word may end a subject set off by a comma ("Your secretary
    // of state, as I'm sure you know, has said").
    if words == 0
        || words > MAX_COMPLEMENT_WORDS
        || !toks[p - 1..end].iter().all(plain)
        || toks[p - 1..end - 1].iter().any(Tok::ends_clause)
        || !names::is_role_word(toks[p - 1].bare())
    {
        return None;
    }
    let (head, d) = role_description_before(toks, p)?;
    let rest = toks[p..end]
        .iter()
        .map(|t| t.word())
        .collect::<Vec<_>>()
        .join(" ");
    Some((format!("{head} {rest}"), d))
}

/// "the President", "the Vice President", "my opponent", "the NORTHCOM
/// commander": a determiner, maybe a name or adjective, and role words,
/// ending just before `end`. Returns the role words (lower-case) and the
/// determiner's index.
fn role_description_before(toks: &[Tok<'_>], end: usize) -> Option<(String, usize)> {
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
    // So may an organisation's name of a few capitalised words before it
    // ("the Federal Reserve chair", "the White House press secretary",
    // "the State Department spokesman").
    let mut d = k - 1;
    let mut modifiers = 0;
    while !DESCRIPTION_DETERMINERS.contains(&toks[d].word().as_ref())
        && d > 0
        && !toks[d - 1].ends_clause()
        && modifiers < MAX_DESCRIPTION_MODIFIERS
        && (modifiers == 0 || is_name_word(&toks[d]) && is_name_word(&toks[d + 1]))
    {
        roles.insert(0, toks[d].word().into_owned());
        d -= 1;
        modifiers += 1;
    }
    DESCRIPTION_DETERMINERS
        .contains(&toks[d].word().as_ref())
        .then(|| (roles.join(" "), d))
}

/// Most words between a description's determiner and its role words
/// ([`role_description_before`]).
const MAX_DESCRIPTION_MODIFIERS: usize = 3;

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
