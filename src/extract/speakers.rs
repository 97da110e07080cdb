//! Speakers are people, not labels.
//!
//! Every way a corpus names a person — turn labels ("Sergey Lavrov",
//! "Russian Foreign Minister Sergey Lavrov", "LAVROV", "THE MINISTER"), the
//! principal speaker in a title, people quoted in someone else's turn ("Mr
//! Lavrov", "Sergei Lavrov") — resolves to one canonical name:
//!
//! 1. Titles are split off ([`names::split_titles`]) and kept on the speaker;
//!    the user's aliases (`[speakers.aliases]` in `claimgraph.toml`) apply to
//!    the phrase or the bare name.
//! 2. Full names (two words or more) are merged when their surnames match
//!    (Jaro–Winkler ≥ 0.92 after folding accents) and their first names are
//!    compatible: Jaro–Winkler ≥ 0.88 (Sergey/Sergei, Alexey/Alexei), an
//!    initial ("J. Smith"), or a known short form (Joe/Joseph). Middle names
//!    and initials are ignored. A group's canonical name is its most frequent
//!    form.
//! 3. A surname alone ("Lavrov", "Mr Lavrov", "President Zelensky") is the
//!    document's principal speaker when it is the principal's surname, else
//!    the one person in the corpus with that surname; when several people
//!    share it, one named in the same document; failing that, a well-known
//!    person of the gazetteer with that surname ("Zelensky" → Vladimir
//!    Zelensky); otherwise it stays a name of its own.
//! 4. A bare role ("THE PRESIDENT", "MODERATOR") is the principal when the
//!    principal holds that title, else the role itself.
//! 5. `[speakers.rename]` changes the name a person is shown with.
//!
//! Every form seen is kept as the speaker's `aliases`.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;

use crate::config::SpeakerConfig;
use crate::model::Speaker;
use crate::text::gazetteer::{EntityKind, Gazetteer};
use crate::text::lexicon::pairs;
use crate::text::names;
use crate::util::UnionFind;

/// The speaker id for a canonical name.
pub fn speaker_id(name: &str) -> String {
    format!("speaker:{}", names::slug(name))
}

/// Marks the name of an unnamed source ([`unnamed`]).
const UNNAMED_MARK: &str = " (unnamed, ";

/// The speaker name of an unnamed source described in document `doc` ("a
/// woman", "independent studies"): the phrase as written, its determiner
/// or opening head noun lower-cased ("Officials said" and "and officials
/// said" are one source), and the document's file name, so that "a woman" of one
/// debate is not "a woman" of another: "a woman (unnamed, debate-1.txt)".
pub fn unnamed(phrase: &str, doc: &str) -> String {
    let file = doc.rsplit('/').next().unwrap_or(doc);
    let mut words = phrase.splitn(2, ' ');
    let first = words.next().unwrap_or("");
    let lower = first.to_lowercase();
    let first = if matches!(
        lower.as_str(),
        "a" | "an"
            | "one"
            | "some"
            | "many"
            | "several"
            | "every"
            | "each"
            | "most"
            | "few"
            | "people"
    ) || crate::extract::reported::is_source_noun(&lower)
    {
        lower
    } else {
        first.to_string()
    };
    match words.next() {
        Some(rest) => format!("{first} {rest}{UNNAMED_MARK}{file})"),
        None => format!("{first}{UNNAMED_MARK}{file})"),
    }
}

/// The well-known person "V. Putin" or "S. V. Lavrov" names: initials,
/// the first of them their first name's, and a surname the gazetteer knows.
fn known_by_initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (surname, initials) = words.split_last()?;
    let is_initial = |w: &&str| {
        let mut c = w.chars();
        matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), None) if a.is_uppercase())
    };
    if initials.is_empty() || !initials.iter().all(is_initial) {
        return None;
    }
    let person = Gazetteer::builtin().person_by_surname(surname)?;
    person
        .canonical
        .starts_with(&initials[0][..initials[0].len() - 1])
        .then(|| person.canonical.clone())
}

/// A label for someone the transcript cannot name, a different person in
/// each document: numbered ("SPEAKER 1", "Caller 2") or unidentified
/// ("UNIDENTIFIED MALE", "Unknown Speaker"), title-cased ("Speaker 1").
fn anonymous(written: &str) -> Option<String> {
    let words: Vec<&str> = written.split_whitespace().collect();
    let (first, last) = (words.first()?, words.last()?);
    let numbered = words.len() >= 2 && last.len() <= 3 && last.chars().all(|c| c.is_ascii_digit());
    let unnamed = words.len() >= 2
        && matches!(
            first.to_lowercase().as_str(),
            "unidentified" | "unknown" | "unnamed" | "anonymous"
        );
    (numbered || unnamed).then(|| {
        words
            .iter()
            .map(|w| names::title_case(w))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// Words for a speaker's relatives ("my mom, who said …").
const KIN_WORDS: [&str; 19] = [
    "mother",
    "mom",
    "mum",
    "father",
    "dad",
    "wife",
    "husband",
    "son",
    "daughter",
    "grandmother",
    "grandfather",
    "grandma",
    "grandpa",
    "brother",
    "sister",
    "uncle",
    "aunt",
    "parents",
    "grandparents",
];

/// The relation `word` (lower case) names, as a speaker's relative is
/// written: "mom" and "mum" are "mother", "dad" is "father".
pub fn kin_word(word: &str) -> Option<&'static str> {
    let found = *KIN_WORDS.iter().find(|k| **k == word)?;
    Some(match found {
        "mom" | "mum" => "mother",
        "dad" => "father",
        "grandma" => "grandmother",
        "grandpa" => "grandfather",
        k => k,
    })
}

/// Separates the speaker and the relation in a relative's name
/// ([`kin_of`]).
const KIN_MARK: &str = "'s ";

/// The name of `speaker`'s relative `kin` as written in the document
/// ("Bob Schieffer's mother"); [`Resolver::new`] puts the speaker's
/// canonical name in it.
pub fn kin_of(speaker: &str, kin: &str) -> String {
    format!("{speaker}{KIN_MARK}{kin}")
}

/// The speaker and relation of a name made by [`kin_of`].
fn split_kin(name: &str) -> Option<(&str, &str)> {
    let (owner, kin) = name.rsplit_once(KIN_MARK)?;
    // (a relation as `kin_word` writes it: "mother", not "mom")
    (!owner.is_empty() && kin_word(kin) == Some(kin)).then_some((owner, kin))
}

/// Whether a speaker name is an unnamed source's ([`unnamed`]).
pub fn is_unnamed(name: &str) -> bool {
    name.contains(UNNAMED_MARK)
}

/// Last words of a quoted document's name ("the Affordable Care Act",
/// "the Declaration of Independence", "the Minsk agreements").
const DOCUMENT_HEADS: [&str; 17] = [
    "act",
    "law",
    "constitution",
    "declaration",
    "charter",
    "treaty",
    "agreement",
    "agreements",
    "accord",
    "accords",
    "convention",
    "resolution",
    "bill",
    "report",
    "memorandum",
    "protocol",
    "measures",
];

/// What kind of source the canonical speaker name `name` is ([`Speaker`]'s
/// `speaker_kind`): `unnamed` for an unnamed source or questioner,
/// else the gazetteer's kind of a country, organisation or place, else
/// `document` for a law, treaty or report, `organisation` for a name
/// [`organisation`] reads as one, and `person`.
pub fn speaker_kind(name: &str) -> &'static str {
    if is_unnamed(name) || name == "Question" {
        return "unnamed";
    }
    let known = Gazetteer::builtin().lookup(name).map(|e| e.kind);
    match known {
        Some(EntityKind::Other) | None => {}
        Some(EntityKind::Person) => return "person",
        Some(k) => return k.as_str(),
    }
    let last = name.rsplit(' ').next().unwrap_or("").to_lowercase();
    // "Republicans", "Democrats": a party's members, not a surname
    let members = !name.contains(' ') && (last.ends_with("ans") || last.ends_with("ats"));
    if name.contains(' ') && DOCUMENT_HEADS.contains(&last.as_str()) {
        "document"
    } else if known.is_some()
        || organisation(name).is_some()
        || GROUP_HEADS.contains(&last.as_str())
        || members
    {
        "organisation"
    } else {
        "person"
    }
}

/// Last words of a group's name that [`organisation`] does not read as
/// one ("the Congressional Hispanic Caucus", "the Navy").
const GROUP_HEADS: [&str; 6] = [
    "caucus",
    "navy",
    "coalition",
    "alliance",
    "marines",
    "cabinet",
];

/// The names a document uses for people who speak in it.
#[derive(Debug, Clone, Default)]
pub struct DocNames {
    /// The principal speaker named by the title, as written.
    pub principal: Option<String>,
    /// Every other speaker phrase as written: turn labels, reported speakers.
    pub mentions: Vec<String>,
    /// How many of `mentions`, at the start, are turn labels.
    pub labels: usize,
    /// The document's path, which numbered labels ("Speaker 1") are
    /// unnamed people of.
    pub path: String,
}

/// Canonical speakers for every name written in a corpus.
#[derive(Debug, Default)]
pub struct Resolver {
    by_doc: Vec<HashMap<String, Option<String>>>,
    principals: Vec<Option<String>>,
    /// Every speaker, sorted by name.
    pub speakers: Vec<Speaker>,
}

pairs!(SHORT_FORMS = "speaker_short_forms.txt");

/// Lower-cases and strips accents: "Çavuşoğlu" → "cavusoglu".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`] into `out` (cleared first), reusing its buffer. ASCII text
/// (nearly every word) is folded byte by byte: decomposition and the
/// combining marks change none of it.
fn fold_into(s: &str, out: &mut String) {
    out.clear();
    if s.is_ascii() {
        out.extend(
            s.bytes()
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
    } else {
        out.extend(
            s.nfkd()
                .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
                .flat_map(char::to_lowercase)
                .filter(|c| c.is_alphanumeric()),
        );
    }
}

fn first_names_compatible(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    if a.is_empty() || b.is_empty() {
        return true;
    }
    if a.chars().count() == 1 || b.chars().count() == 1 {
        return a.chars().next() == b.chars().next();
    }
    a == b
        || strsim::jaro_winkler(&a, &b) >= 0.88
        || SHORT_FORMS
            .iter()
            .any(|&(s, l)| (a == s && b == l) || (a == l && b == s))
}

fn surnames_match(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    a == b || strsim::jaro_winkler(&a, &b) >= 0.92
}

/// First and last name words, ignoring initials in between.
fn first_last(name: &str) -> (&str, &str) {
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = words.first().copied().unwrap_or("");
    let last = words.last().copied().unwrap_or("");
    (first, last)
}

/// Words of a full name found in running text for a surname label: a
/// first name and the surname ("John Kirby"); longer runs of capitals are
/// too often titles ("Strategic Communications John Kirby").
const MAX_FULL_NAME_WORDS: usize = 2;

/// For each speaker label that gives only a surname ("MS. PSAKI", "MR.
/// KIRBY"), the full name the document writes for that surname ("Jen
/// Psaki", "John Kirby"), when it writes exactly one.
pub fn full_names_of_labels(text: &str, labels: &[String]) -> Vec<String> {
    // folded surname → as a label writes it ("Cohen" of "Mr. Cohen.")
    let surnames: BTreeMap<String, String> = labels
        .iter()
        .filter_map(|l| names::split_titles(l))
        .filter(|p| p.name.split_whitespace().count() == 1)
        .map(|p| (fold(&p.name), p.name))
        .collect();
    if surnames.is_empty() {
        return Vec::new();
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    // each word looked up on its own (in parallel: a 50 MB transcript has
    // eight million words); the sets merge in any order
    let found = (0..words.len())
        .into_par_iter()
        .with_min_len(1 << 16)
        .fold(
            || (BTreeMap::new(), String::new()),
            |(mut found, mut folded), i| {
                if let Some(full) = full_name_ending_at(&words, i, &surnames, &mut folded) {
                    found
                        .entry(folded.clone())
                        .or_insert_with(BTreeSet::new)
                        .insert(full);
                }
                (found, folded)
            },
        )
        .map(|(found, _)| found)
        .reduce(
            BTreeMap::new,
            |mut a: BTreeMap<String, BTreeSet<String>>, b| {
                for (k, v) in b {
                    a.entry(k).or_default().extend(v);
                }
                a
            },
        );
    found
        .into_values()
        .filter(|f| f.len() == 1)
        .flatten()
        .collect()
}

/// Most words of a name introduced for a role ("Dr. Anthony S. Fauci").
const MAX_ROLE_NAME_WORDS: usize = 5;

/// Roles one person holds in a document, whose label alone
/// ([`role_holders_of_labels`]) may be resolved to a name; not
/// "JOURNALIST:" or "SPEAKER:", which label many.
const SINGLE_HOLDER_ROLES: [&str; 7] = [
    "moderator",
    "witness",
    "chairman",
    "chairwoman",
    "chair",
    "host",
    "interviewer",
];

/// Words that may come before a role in its introduction ("our witness",
/// "tonight's moderator").
const ROLE_INTRODUCERS: [&str; 6] = ["our", "the", "your", "today's", "tonight's", "my"];

/// For each speaker label that is a role alone ("MODERATOR:", "THE
/// WITNESS:"), the person the document names for it, as a mention of the
/// role and the name ("Moderator Jim Lehrer") that [`Resolver`] reads as
/// that role's holder: in the role's own turns "I am Jim Lehrer" / "I'm …"
/// / "My name is …", elsewhere "our witness today is Dr. Anthony Fauci",
/// "our witness, Dr. Anthony Fauci". Only a role the document names one
/// person for.
pub fn role_holders_of_labels(text: &str, seg: &crate::model::Segmented) -> Vec<String> {
    let mut roles: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for t in &seg.turns {
        if let Some(l) = &t.speaker_as_written
            && let Some(p) = names::split_titles(l)
            && p.name.is_empty()
            && let [role] = p.titles.as_slice()
            && SINGLE_HOLDER_ROLES.contains(&role.to_lowercase().as_str())
        {
            roles.entry(role.to_lowercase()).or_default();
        }
    }
    if roles.is_empty() {
        return Vec::new();
    }
    for para in &seg.paragraphs {
        let own = para
            .turn
            .and_then(|i| seg.turns.get(i)?.speaker_as_written.as_ref())
            .and_then(|l| names::split_titles(l))
            .filter(|p| p.name.is_empty())
            .and_then(|p| p.titles.first().map(|r| r.to_lowercase()));
        let words: Vec<&str> = text[para.body.clone()].split_whitespace().collect();
        for i in 0..words.len() {
            // (cheap tests first: a transcript has millions of words)
            if let Some(r) = &own
                && matches!(words[i].as_bytes().first(), Some(b'I' | b'i' | b'M' | b'm'))
                && let Some(found) = roles.get_mut(r)
                && let Some(n) = self_introduction(&words, i)
            {
                found.insert(n);
            }
            if i == 0
                || !ROLE_INTRODUCERS
                    .iter()
                    .any(|x| words[i - 1].eq_ignore_ascii_case(x))
            {
                continue;
            }
            let w = words[i].trim_end_matches([',', '.', ':']).to_lowercase();
            if let Some(found) = roles.get_mut(&w)
                && let Some(n) = name_after_role(&words, i + 1)
            {
                found.insert(n);
            }
        }
    }
    roles
        .into_iter()
        .filter(|(_, names)| names.len() == 1)
        .flat_map(|(role, names)| {
            names
                .into_iter()
                .map(move |n| format!("{} {n}", names::title_case(&role)))
        })
        .collect()
}

/// "I am Jim Lehrer", "I'm Candy Crowley", "My name is Bob Schieffer" at
/// word `i`: the name.
fn self_introduction(words: &[&str], i: usize) -> Option<String> {
    let lower = |k: usize| words.get(k).map(|w| w.replace('’', "'").to_lowercase());
    let after = match (lower(i).as_deref(), lower(i + 1).as_deref()) {
        (Some("i"), Some("am")) => i + 2,
        (Some("i'm"), _) => i + 1,
        (Some("my"), Some("name")) if lower(i + 2).as_deref() == Some("is") => i + 3,
        _ => return None,
    };
    name_at(words, after)
}

/// The name after a role: "(witness) today is Dr. Anthony Fauci",
/// "(witness), Dr. Anthony Fauci", "(moderator) Jim Lehrer".
fn name_after_role(words: &[&str], mut k: usize) -> Option<String> {
    let role_word = words.get(k.checked_sub(1)?)?;
    if !role_word.ends_with(',') {
        if words.get(k).is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "today" | "tonight" | "today," | "tonight,"
            )
        }) {
            k += 1;
        }
        if words.get(k).is_some_and(|w| *w == "is") {
            k += 1;
        }
    }
    name_at(words, k)
}

/// A person's name of two or more capitalised words (titles dropped) at
/// word `k`, ending at the first word with a comma or full stop after it.
fn name_at(words: &[&str], k: usize) -> Option<String> {
    let mut run = Vec::new();
    for w in words.iter().skip(k).take(MAX_ROLE_NAME_WORDS) {
        let bare = w.trim_end_matches([',', '.', ':', ';']);
        if !bare.starts_with(char::is_uppercase) {
            break;
        }
        run.push(*w);
        if bare.len() != w.len() && !crate::segment::sentences::is_person_abbreviation(w) {
            break;
        }
    }
    let phrase = run.join(" ");
    let p = names::split_titles(&phrase)?;
    let name = p.name.trim_end_matches([',', '.', ':', ';']).to_string();
    (name.split_whitespace().count() >= 2
        && name
            .split_whitespace()
            .all(|w| w.chars().any(char::is_alphabetic)))
    .then_some(name)
}

/// The full name ("John Kirby") that word `i` ends when it is one of the
/// `surnames` (folded into `folded`): the capitalised name words right
/// before it, no title among them.
fn full_name_ending_at(
    words: &[&str],
    i: usize,
    surnames: &BTreeMap<String, String>,
    folded: &mut String,
) -> Option<String> {
    let bare =
        names::strip_possessive(words[i].trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
    fold_into(bare, folded);
    let label = surnames.get(folded.as_str())?;
    if bare.chars().all(|c| !c.is_lowercase()) {
        return caps_full_name(words, i, label);
    }
    let mut k = i;
    // Initials do not count ("Adam B. Schiff").
    let mut taken = 0;
    while k > 0 && taken < MAX_FULL_NAME_WORDS - 1 {
        let prev = words[k - 1];
        let p = prev.trim_end_matches('.');
        // "… by the end of March. Interviewer": a sentence ends there.
        let name_like = (p.len() == prev.len() || p.chars().count() == 1)
            && p.chars().next().is_some_and(char::is_uppercase)
            && p.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && !prev.ends_with([',', ';', ':'])
            && !names::is_role_word(p)
            && !names::is_honorific(p)
            && !names::is_org_word(p)
            && !names::is_place_or_org(p);
        if !name_like {
            break;
        }
        if p.chars().count() > 1 {
            taken += 1;
        }
        k -= 1;
    }
    (k < i).then(|| {
        let full: Vec<&str> = words[k..i].iter().copied().chain([bare]).collect();
        full.join(" ")
    })
}

/// The full name a heading in capitals gives for a surname label ("HEARING
/// WITH MICHAEL COHEN, FORMER ATTORNEY …" for "Mr. Cohen."): a known first
/// name in capitals right before the surname at `i`. Written with the
/// first-name list's capitals and the surname as the label writes it, or
/// with an initial capital where the label is in capitals too.
fn caps_full_name(words: &[&str], i: usize, label: &str) -> Option<String> {
    let prev = words.get(i.checked_sub(1)?)?;
    if prev.ends_with([',', ';', ':', '.']) || !prev.chars().all(|c| c.is_uppercase()) {
        return None;
    }
    let first = capitalised(prev);
    if !names::is_first_name(&first) {
        return None;
    }
    let surname = if label.chars().any(char::is_lowercase) {
        label.to_string()
    } else {
        capitalised(label)
    };
    Some(format!("{first} {surname}"))
}

/// "MICHAEL" → "Michael", "JEAN-PIERRE" → "Jean-Pierre", "O'NEILL" →
/// "O'Neill".
fn capitalised(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    for c in w.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = matches!(c, '-' | '\'' | '’');
    }
    out
}

/// Whether two names as written ("Barack H Obama", "President Obama") name
/// the same person: the same surname, compatible first names.
pub fn same_written(a: &str, b: &str) -> bool {
    match (names::split_titles(a), names::split_titles(b)) {
        (Some(x), Some(y)) if !x.name.is_empty() && !y.name.is_empty() => {
            // A lone word is a surname: no first name to compare.
            fn first(n: &str) -> (&str, &str) {
                let (f, l) = first_last(n);
                (if n.contains(' ') { f } else { "" }, l)
            }
            let (fa, la) = first(&x.name);
            let (fb, lb) = first(&y.name);
            surnames_match(la, lb) && first_names_compatible(fa, fb)
        }
        _ => false,
    }
}

/// Whether two full names are the same person.
pub fn same_person(a: &str, b: &str) -> bool {
    let (fa, la) = first_last(a);
    let (fb, lb) = first_last(b);
    surnames_match(la, lb) && first_names_compatible(fa, fb)
}

#[derive(Debug, Clone)]
enum Parsed {
    /// A person's full name (or a forced name from the aliases).
    Full(String),
    /// A single name word.
    Surname(String),
    /// Only titles.
    Role(String),
    /// An organisation or country that speaks ("the Pentagon", "China",
    /// "the National Association of Manufacturers"), kept whole.
    Org(String),
}

/// A parsed name and its titles.
type ParsedName = (Parsed, Vec<String>);

pairs!(CAPITALS = "speaker_capitals.txt");

/// The country whose government a capital speaks for ("Beijing" →
/// "China"), both as the gazetteer names them.
pub fn capital_country(capital: &str) -> Option<&'static str> {
    CAPITALS
        .iter()
        .find(|(c, _)| *c == capital)
        .map(|(_, country)| *country)
}

/// The name of an organisation or country, canonical where the gazetteer
/// knows it: a gazetteer entry that is not a person, a country's
/// government (the country: "the UK government" is the United Kingdom, as
/// "Beijing" is China), or a phrase with an organisation word
/// ("Federation", "Office").
pub fn organisation(written: &str) -> Option<String> {
    let bare = written.trim();
    let bare = bare
        .strip_prefix("the ")
        .or_else(|| bare.strip_prefix("The "))
        .unwrap_or(bare);
    if let Some(country) = bare
        .strip_suffix(" government")
        .or_else(|| bare.strip_suffix(" Government"))
        .and_then(|c| Gazetteer::builtin().lookup(c))
        .filter(|e| e.kind == EntityKind::Country)
    {
        return Some(country.canonical.clone());
    }
    if let Some(e) = Gazetteer::builtin().lookup(bare) {
        return (e.kind != EntityKind::Person).then(|| {
            capital_country(&e.canonical)
                .unwrap_or(&e.canonical)
                .to_string()
        });
    }
    // "AFL-CIO": an acronym of acronyms, which no person's name is.
    let parts: Vec<&str> = bare.split(['-', '&']).collect();
    if parts.len() >= 2
        && parts
            .iter()
            .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_uppercase()))
    {
        return Some(bare.to_string());
    }
    let words: Vec<&str> = bare.split_whitespace().collect();
    (words.len() > 1 && words.iter().any(|w| names::is_org_word(w))).then(|| bare.to_string())
}

fn parse(written: &str, cfg: &SpeakerConfig) -> Option<ParsedName> {
    // An unnamed source is its own speaker, never merged with a name.
    if is_unnamed(written) {
        return Some((Parsed::Org(written.to_string()), Vec::new()));
    }
    // A speaker's relative is named after the speaker's canonical name
    // ([`resolve_kin`]), never merged with the speaker.
    if split_kin(written).is_some() {
        return None;
    }
    if let Some(target) = cfg.aliases.get(written.trim()) {
        return Some((Parsed::Full(target.clone()), Vec::new()));
    }

    let p = names::split_titles(written)?;
    // A phrase with a person's name in it is the person ("Spokesman for the
    // German Government Steffen Seibert").
    // No person is written "… of" their name: "National Federation of
    // Independent Businesses" is an organisation.
    let after_of = written
        .trim()
        .strip_suffix(p.name.as_str())
        .is_some_and(|t| t.trim_end().ends_with(" of"));
    if (p.name.split_whitespace().count() < 2 || after_of)
        && let Some(org) = organisation(written)
    {
        return Some((Parsed::Org(org), Vec::new()));
    }
    if let Some(target) = cfg.aliases.get(&p.name) {
        return Some((Parsed::Full(target.clone()), p.titles));
    }
    // "V. Putin": initials and a well-known surname are that person.
    if let Some(full) = known_by_initials(&p.name) {
        return Some((Parsed::Full(full), p.titles));
    }
    let words = p.name.split_whitespace().count();
    let parsed = match words {
        0 => Parsed::Role(p.titles.first().cloned()?),
        1 => Parsed::Surname(p.name.clone()),
        _ => Parsed::Full(p.name.clone()),
    };
    Some((parsed, p.titles))
}

/// Every speaker phrase of a document, parsed; "Speaker 1" of one
/// document is not that of another ([`anonymous`]).
fn parse_mentions(d: &DocNames, cfg: &SpeakerConfig) -> Vec<(String, Option<ParsedName>)> {
    d.mentions
        .iter()
        .map(|w| {
            let p = match anonymous(w) {
                Some(n) => Some((Parsed::Org(unnamed(&n, &d.path)), Vec::new())),
                None => parse(w, cfg),
            };
            (w.clone(), p)
        })
        .collect()
}

/// A document's parsed phrases, roles last: "The Chairman." is whom
/// "Chairman Schiff." names, once that is resolved.
fn roles_last(
    parsed: &[(String, Option<ParsedName>)],
) -> impl Iterator<Item = &(String, Option<ParsedName>)> {
    let is_role = |p: &&(String, Option<ParsedName>)| matches!(p.1, Some((Parsed::Role(_), _)));
    parsed
        .iter()
        .filter(move |p| !is_role(p))
        .chain(parsed.iter().filter(is_role))
}

/// A speaker's relative ("Bob Schieffer's mother", [`kin_of`]) written in
/// a document, named after the speaker's canonical name in `map` (the
/// document's resolved phrases): a person of their own.
fn resolve_kin(
    parsed: &[(String, Option<ParsedName>)],
    map: &mut HashMap<String, Option<String>>,
    names: &mut Names,
) {
    for (written, _) in parsed {
        let Some((owner, kin)) = split_kin(written) else {
            continue;
        };
        let canonical = map.get(owner).cloned().flatten().map(|o| kin_of(&o, kin));
        if let Some(c) = &canonical {
            names.add(c, &[], None);
        }
        map.insert(written.clone(), canonical);
    }
}

/// A document's phrases as written, each parsed ([`parse_mentions`]).
type DocPhrases = Vec<(String, Option<ParsedName>)>;

/// Every phrase of every document parsed once: the mentions, the
/// principal and the phrases that are labels.
fn parse_docs<'d>(
    docs: &'d [DocNames],
    cfg: &SpeakerConfig,
) -> (
    Vec<DocPhrases>,
    Vec<Option<ParsedName>>,
    Vec<HashSet<&'d str>>,
) {
    let mut parsed = Vec::new();
    let mut principal_parsed = Vec::new();
    let mut labels = Vec::new();
    for d in docs {
        labels.push(d.mentions[..d.labels].iter().map(String::as_str).collect());
        principal_parsed.push(d.principal.as_deref().and_then(|w| parse(w, cfg)));
        parsed.push(parse_mentions(d, cfg));
    }
    (parsed, principal_parsed, labels)
}

impl Resolver {
    /// Resolves every name of every document.
    pub fn new(docs: &[DocNames], cfg: &SpeakerConfig) -> Resolver {
        let (parsed, principal_parsed, labels) = parse_docs(docs, cfg);
        let all = principal_parsed
            .iter()
            .flatten()
            .chain(parsed.iter().flatten().filter_map(|(_, p)| p.as_ref()));
        let canonical_of = canonical_full_names(all, cfg);
        let canonicals: BTreeSet<String> = canonical_of.values().cloned().collect();
        let spellings = surname_spellings(&parsed);

        let mut names = Names::default();
        let mut resolver = Resolver::default();
        for ((principal, parsed), labels) in principal_parsed.iter().zip(&parsed).zip(&labels) {
            let same_doc: BTreeSet<String> = parsed
                .iter()
                .filter_map(|(_, p)| match p {
                    Some((Parsed::Full(n), _)) => Some(canonical_of[n.as_str()].clone()),
                    _ => None,
                })
                .collect();
            let principal = match principal {
                Some((Parsed::Full(n), t)) => Some((canonical_of[n.as_str()].clone(), n, t)),
                // "Remarks by President Biden on the Economy"
                Some((Parsed::Surname(s), t)) => {
                    let c = by_surname(s, &canonicals, None, &same_doc, &spellings);
                    Some((c, s, t))
                }
                _ => None,
            }
            .map(|(c, written, t)| {
                names.add(&c, t, Some(written.clone()));
                (c, t.clone())
            });
            let mut holders = title_holders(parsed, &canonical_of);
            let mut map = HashMap::new();
            for (written, p) in roles_last(parsed) {
                // A phrase written again resolves the same way (`names`
                // keeps sets): resolve each once per document.
                if map.contains_key(written) {
                    continue;
                }
                let Some((p, t)) = p else {
                    map.insert(written.clone(), None);
                    continue;
                };
                let (canonical, alias) = match p {
                    Parsed::Full(n) => (canonical_of[n.as_str()].clone(), Some(n.clone())),
                    Parsed::Surname(s) => {
                        let c =
                            by_surname(s, &canonicals, principal.as_ref(), &same_doc, &spellings);
                        // A label ("Chairman Schiff."), not someone
                        // quoted ("President Xi said").
                        if !t.is_empty() && labels.contains(written.as_str()) {
                            holders.push((c.clone(), t.clone()));
                        }
                        (c, Some(s.clone()))
                    }
                    Parsed::Org(o) => org_or_person(o, written, &same_doc, principal.as_ref()),
                    Parsed::Role(role) => (by_role(role, principal.as_ref(), &holders), None),
                };
                let titles: &[String] = if matches!(p, Parsed::Role(_) | Parsed::Org(_)) {
                    &[]
                } else {
                    t
                };
                names.add(&canonical, titles, alias);
                map.insert(written.clone(), Some(canonical));
            }
            resolve_kin(parsed, &mut map, &mut names);
            resolver.principals.push(principal.map(|p| p.0));
            resolver.by_doc.push(map);
        }
        resolver.apply_renames(cfg);
        resolver.speakers = names.speakers(cfg);
        resolver
    }

    /// Applies the user's renames to every resolved name.
    fn apply_renames(&mut self, cfg: &SpeakerConfig) {
        for map in &mut self.by_doc {
            for v in map.values_mut().flatten() {
                *v = rename(cfg, v);
            }
        }
        for p in self.principals.iter_mut().flatten() {
            *p = rename(cfg, p);
        }
    }

    /// The canonical speaker for a name written in document `doc`.
    pub fn canonical(&self, doc: usize, written: &str) -> Option<String> {
        self.by_doc.get(doc)?.get(written).cloned().flatten()
    }

    /// The canonical principal speaker of document `doc`.
    pub fn principal(&self, doc: usize) -> Option<String> {
        self.principals.get(doc).cloned().flatten()
    }
}

/// How often each lone surname is written in the corpus: a well-known
/// person takes the corpus's most frequent spelling ([`by_surname`]).
fn surname_spellings(parsed: &[Vec<(String, Option<ParsedName>)>]) -> BTreeMap<String, usize> {
    let mut spellings: BTreeMap<String, usize> = BTreeMap::new();
    for (_, p) in parsed.iter().flatten() {
        if let Some((Parsed::Surname(n), _)) = p {
            *spellings.entry(n.clone()).or_default() += 1;
        }
    }
    spellings
}

/// The titles each person named in full holds in one document: "The Prime
/// Minister:" is the one "The Prime Minister (Boris Johnson):" named
/// ([`by_role`]). [`Resolver::new`] adds those named by title and surname
/// ("Chairman Schiff.").
fn title_holders(
    parsed: &[(String, Option<ParsedName>)],
    canonical_of: &HashMap<String, String>,
) -> Vec<(String, Vec<String>)> {
    parsed
        .iter()
        .filter_map(|(_, p)| match p {
            Some((Parsed::Full(n), t)) if !t.is_empty() => {
                Some((canonical_of[n.as_str()].clone(), t.clone()))
            }
            _ => None,
        })
        .collect()
}

/// The user's rename of a canonical name, else the name.
fn rename(cfg: &SpeakerConfig, n: &str) -> String {
    if let Some(r) = cfg.rename.get(n) {
        return r.clone();
    }
    // "Bob Schieffer's mother" follows a rename of "Bob Schieffer".
    match split_kin(n) {
        Some((owner, kin)) => kin_of(&rename(cfg, owner), kin),
        None => n.to_string(),
    }
}

/// The canonical form of every full name among `all`: names of one person
/// (by [`same_person`], compared within blocks of the first folded letter of
/// the surname) take the forced name, else the most frequent, the longest,
/// then the alphabetically first. Names the user fixed
/// (`[speakers.aliases]`) are never merged by similarity.
fn canonical_full_names<'p>(
    all: impl Iterator<Item = &'p ParsedName>,
    cfg: &SpeakerConfig,
) -> HashMap<String, String> {
    // Full names, counted.
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for (p, _) in all {
        if let Parsed::Full(n) = p {
            *counts.entry(n.clone()).or_default() += 1;
        }
    }
    let fulls: Vec<&String> = counts.keys().collect();
    let mut uf = UnionFind::new(fulls.len());
    let forced: BTreeSet<&String> = cfg.aliases.values().collect();
    // Block by the first folded letter of the surname.
    let mut blocks: BTreeMap<char, Vec<usize>> = BTreeMap::new();
    for (i, n) in fulls.iter().enumerate() {
        let key = fold(first_last(n).1).chars().next().unwrap_or(' ');
        blocks.entry(key).or_default().push(i);
    }
    for members in blocks.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                if forced.contains(fulls[i]) && forced.contains(fulls[j]) {
                    continue;
                }
                if same_person(fulls[i], fulls[j]) {
                    uf.union(i, j);
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..fulls.len() {
        groups.entry(uf.find(i)).or_default().push(i);
    }
    let mut canonical_of: HashMap<String, String> = HashMap::new();
    for members in groups.values() {
        let best = members
            .iter()
            .max_by(|&&a, &&b| {
                let fa = forced.contains(fulls[a]);
                let fb = forced.contains(fulls[b]);
                fa.cmp(&fb)
                    .then(counts[fulls[a]].cmp(&counts[fulls[b]]))
                    .then(fulls[a].len().cmp(&fulls[b].len()))
                    .then(fulls[b].cmp(fulls[a]))
            })
            .map(|&i| fulls[i].clone())
            .unwrap_or_default();
        for &m in members {
            canonical_of.insert(fulls[m].clone(), best.clone());
        }
    }
    canonical_of
}

/// The canonical name and alias of `name`, parsed as a country or
/// organisation: the one person of the document (named in full there, or
/// its principal) whose surname it is, when it is a single word written
/// alone (`written`) — "the Chair said" → "Jordan", whom the label "Chair
/// Jordan." names, in a hearing chaired by Jim Jordan — else itself.
fn org_or_person(
    name: &str,
    written: &str,
    same_doc: &BTreeSet<String>,
    principal: Option<&(String, Vec<String>)>,
) -> (String, Option<String>) {
    let itself = (name.to_string(), None);
    if name.contains(' ') || written.trim() != name || is_unnamed(name) {
        return itself;
    }
    let mut found = same_doc
        .iter()
        .chain(principal.map(|p| &p.0))
        .filter(|c| c.contains(' ') && fold(first_last(c).1) == fold(name));
    match found.next() {
        Some(one) if found.all(|c| c == one) => (one.clone(), Some(name.to_string())),
        _ => itself,
    }
}

/// Whom a lone name word `s` means in a document: the one canonical name
/// with that surname (the document's principal speaker first, then the
/// one named in full in the document, `same_doc`); with none, a well-known
/// person by surname ("Zelensky") or the one person of the document with
/// that first name ("Karine announced …"); else the word itself.
fn by_surname(
    s: &str,
    canonicals: &BTreeSet<String>,
    principal: Option<&(String, Vec<String>)>,
    same_doc: &BTreeSet<String>,
    spellings: &BTreeMap<String, usize>,
) -> String {
    let candidates: Vec<&String> = canonicals
        .iter()
        .filter(|c| surnames_match(first_last(c).1, s))
        .collect();
    let pick = match principal {
        Some((pc, _)) if candidates.contains(&pc) => Some(pc.clone()),
        _ if candidates.len() == 1 => Some(candidates[0].clone()),
        _ => {
            let here: Vec<&&String> = candidates
                .iter()
                .filter(|c| same_doc.contains(**c))
                .collect();
            (here.len() == 1).then(|| (**here[0]).clone())
        }
    };
    // A well-known person, spelt as the corpus spells the surname
    // ("Zelenskyy" in a briefing: Volodymyr Zelenskyy, not the gazetteer's
    // Volodymyr Zelensky).
    // (not by a surname as common as "Johnson": "Senator Johnson" in a US
    // hearing is not Boris Johnson)
    let known = || {
        if Gazetteer::is_common_surname(s) {
            return None;
        }
        Gazetteer::builtin().person_by_surname(s).map(|e| {
            let (_, last) = first_last(&e.canonical);
            // Only the entry's own spellings ("Zelenskyy", "Zelenskiy"; not
            // "Zelenska", his wife's).
            let own = |w: &str| {
                std::iter::once(&e.canonical)
                    .chain(&e.aliases)
                    .any(|f| fold(first_last(f).1) == fold(w))
            };
            let written = spellings
                .iter()
                .filter(|(w, _)| own(w))
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map_or(s, |(w, _)| w.as_str());
            match e.canonical.strip_suffix(last) {
                Some(given) if fold(last) != fold(written) && own(written) => {
                    format!("{given}{written}")
                }
                _ => e.canonical.clone(),
            }
        })
    };
    let first_name = || {
        let here: Vec<&String> = same_doc
            .iter()
            .filter(|c| c.contains(' ') && fold(first_last(c).0) == fold(s))
            .collect();
        (here.len() == 1).then(|| here[0].clone())
    };
    pick.or_else(|| candidates.is_empty().then(known).flatten())
        .or_else(|| candidates.is_empty().then(first_name).flatten())
        .unwrap_or_else(|| s.to_string())
}

/// Whom a title alone means: the document's principal speaker when one of
/// their titles holds it, else the one person of the document named in
/// full with that title (`holders`), else the title itself.
fn by_role(
    role: &str,
    principal: Option<&(String, Vec<String>)>,
    holders: &[(String, Vec<String>)],
) -> String {
    let lower = role.to_lowercase();
    let holds = |titles: &[String]| titles.iter().any(|x| x.to_lowercase().contains(&lower));
    match principal {
        Some((pc, pt)) if holds(pt) => pc.clone(),
        _ => {
            let people: BTreeSet<&String> = holders
                .iter()
                .filter(|(_, t)| holds(t))
                .map(|(c, _)| c)
                .collect();
            match people.len() {
                1 => people.into_iter().next().cloned().unwrap_or_default(),
                _ => role.to_string(),
            }
        }
    }
}

/// The titles and aliases seen with each canonical name, in the corpus.
#[derive(Default)]
struct Names {
    titles: BTreeMap<String, BTreeSet<String>>,
    aliases: BTreeMap<String, BTreeSet<String>>,
}

impl Names {
    /// Records `canonical` with these titles and, if any, an alias.
    fn add(&mut self, canonical: &str, titles: &[String], alias: Option<String>) {
        if !titles.is_empty() {
            self.titles
                .entry(canonical.to_string())
                .or_default()
                .extend(titles.iter().cloned());
        }
        let aliases = self.aliases.entry(canonical.to_string()).or_default();
        aliases.extend(alias);
    }

    /// The speaker list: one per name after the user's renames (renamed
    /// names merged), titles and aliases sorted, sorted by name.
    fn speakers(&self, cfg: &SpeakerConfig) -> Vec<Speaker> {
        let mut speakers: BTreeMap<String, Speaker> = BTreeMap::new();
        for (name, al) in &self.aliases {
            let shown = rename(cfg, name);
            let s = speakers.entry(shown.clone()).or_insert_with(|| Speaker {
                id: speaker_id(&shown),
                name: shown.clone(),
                titles: Vec::new(),
                aliases: Vec::new(),
                speaker_kind: speaker_kind(&shown),
            });
            s.titles
                .extend(self.titles.get(name).into_iter().flatten().cloned());
            s.aliases.extend(al.iter().cloned());
        }
        let mut ids = BTreeSet::new();
        for s in speakers.values_mut() {
            s.titles.sort();
            s.titles.dedup();
            s.aliases.sort();
            s.aliases.dedup();
            // Two names may fold to one slug ("Officials (unnamed, …)" and
            // "officials (unnamed, …)"): the later name, in name order,
            // gets a hash of itself after the slug, so ids stay unique and
            // derived from content.
            if !ids.insert(s.id.clone()) {
                s.id = format!(
                    "{}-{:08x}",
                    s.id,
                    xxhash_rust::xxh3::xxh3_64(s.name.as_bytes()) as u32
                );
                ids.insert(s.id.clone());
            }
        }
        speakers.into_values().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speaker_kinds_of_quoted_sources() {
        // sources of the development sets and the sample
        for (name, kind) in [
            ("Sergey Lavrov", "person"),
            ("Becerra", "person"),
            ("China", "country"),
            ("Germany", "country"),
            ("Pentagon", "organisation"),
            ("Congressional Budget Office", "organisation"),
            ("Congressional Hispanic Caucus", "organisation"),
            ("Republicans", "organisation"),
            ("Affordable Care Act", "document"),
            ("Arizona law", "document"),
            ("Question", "unnamed"),
            (
                "a woman (unnamed, 2012-10-03_obama-romney-1.txt)",
                "unnamed",
            ),
        ] {
            assert_eq!(speaker_kind(name), kind, "{name}");
        }
    }

    fn doc(principal: Option<&str>, mentions: &[&str]) -> DocNames {
        DocNames {
            principal: principal.map(str::to_string),
            mentions: mentions.iter().map(|s| s.to_string()).collect(),
            labels: mentions.len(),
            path: "test.txt".into(),
        }
    }

    fn canon(r: &Resolver, d: usize, w: &str) -> Option<String> {
        r.canonical(d, w)
    }

    #[test]
    fn names_that_fold_to_one_slug_keep_distinct_ids() {
        let mut names = Names::default();
        names.add("Officials (unnamed, b.txt)", &[], None);
        names.add("officials (unnamed, b.txt)", &[], None);
        let got: Vec<(String, String)> = names
            .speakers(&SpeakerConfig::default())
            .into_iter()
            .map(|s| (s.name, s.id))
            .collect();
        let hash = xxhash_rust::xxh3::xxh3_64(b"officials (unnamed, b.txt)") as u32;
        assert_eq!(
            got,
            [
                (
                    "Officials (unnamed, b.txt)".to_string(),
                    "speaker:officials-unnamed-b-txt".to_string()
                ),
                (
                    "officials (unnamed, b.txt)".to_string(),
                    format!("speaker:officials-unnamed-b-txt-{hash:08x}")
                ),
            ]
        );
    }

    #[test]
    fn a_speakers_relative_takes_the_speakers_canonical_name() {
        let r = Resolver::new(
            &[
                doc(None, &["MS. PSAKI", "Jen Psaki"]),
                DocNames {
                    labels: 1,
                    ..doc(None, &["MS. PSAKI", "MS. PSAKI's father", "Dad's mother"])
                },
            ],
            &SpeakerConfig::default(),
        );
        assert_eq!(canon(&r, 1, "MS. PSAKI").as_deref(), Some("Jen Psaki"));
        assert_eq!(
            canon(&r, 1, "MS. PSAKI's father").as_deref(),
            Some("Jen Psaki's father")
        );
        // the owner must be a phrase of the document
        assert_eq!(canon(&r, 1, "Dad's mother"), None);
        let names: Vec<String> = r.speakers.iter().map(|s| s.name.clone()).collect();
        assert_eq!(names, ["Jen Psaki", "Jen Psaki's father"]);
        // a rename of the speaker renames the relative
        let mut cfg = SpeakerConfig::default();
        cfg.rename
            .insert("Jen Psaki".to_string(), "Jennifer Psaki".to_string());
        assert_eq!(
            rename(&cfg, "Jen Psaki's father"),
            "Jennifer Psaki's father"
        );
        assert_eq!(kin_word("mom"), Some("mother"));
        assert_eq!(kin_word("cousin"), None);
    }

    #[test]
    fn a_role_label_takes_the_name_the_document_introduces_for_it() {
        let words = |t: &'static str| t.split_whitespace().collect::<Vec<_>>();
        let w = words("Good evening. I am Jim Lehrer of the PBS NewsHour.");
        assert_eq!(self_introduction(&w, 2).as_deref(), Some("Jim Lehrer"));
        let w = words("I'm Candy Crowley, and welcome.");
        assert_eq!(self_introduction(&w, 0).as_deref(), Some("Candy Crowley"));
        let w = words("Our witness today is Dr. Anthony S. Fauci, director of the institute.");
        assert_eq!(name_after_role(&w, 2).as_deref(), Some("Anthony S. Fauci"));
        let w = words("We welcome our witness, Dr. Anthony Fauci.");
        assert_eq!(name_after_role(&w, 4).as_deref(), Some("Anthony Fauci"));
        // "I am glad", "our witness is here": no name
        assert_eq!(self_introduction(&words("I am glad to be here."), 0), None);
        assert_eq!(name_after_role(&words("our witness is here."), 2), None);
    }

    #[test]
    fn an_unnamed_source_is_its_documents_own() {
        let woman = unnamed("A woman", "debates/2012-10-03_debate-1.txt");
        assert_eq!(woman, "a woman (unnamed, 2012-10-03_debate-1.txt)");
        assert_eq!(unnamed("Officials", "b.txt"), "officials (unnamed, b.txt)");
        assert_eq!(
            unnamed("Tesla workers in Buffalo", "b.txt"),
            "Tesla workers in Buffalo (unnamed, b.txt)"
        );
        let other = unnamed("a woman", "2012-10-16_debate-2.txt");
        let docs = [
            doc(None, &[woman.as_str(), "Margaret Woman"]),
            doc(None, &[other.as_str()]),
        ];
        let r = Resolver::new(&docs, &SpeakerConfig::default());
        // Kept as written, never merged with a name or the other document's.
        assert_eq!(canon(&r, 0, &woman), Some(woman.clone()));
        assert_eq!(canon(&r, 1, &other), Some(other.clone()));
        assert_eq!(
            canon(&r, 0, "Margaret Woman").as_deref(),
            Some("Margaret Woman")
        );
        assert!(is_unnamed(&woman) && !is_unnamed("Margaret Woman"));
    }

    #[test]
    fn a_well_known_surname_keeps_the_corpus_spelling() {
        // The briefings write "Zelenskyy" (twice here), the gazetteer
        // "Volodymyr Zelensky": one person, spelt as the corpus mostly does.
        let docs = [
            doc(None, &["President Zelenskyy", "Zelensky", "Zelenska"]),
            doc(None, &["Zelenskyy", "Zelenska", "Zelenska"]),
        ];
        let r = Resolver::new(&docs, &SpeakerConfig::default());
        for (d, w) in [
            (0, "President Zelenskyy"),
            (0, "Zelensky"),
            (1, "Zelenskyy"),
        ] {
            assert_eq!(
                canon(&r, d, w).as_deref(),
                Some("Volodymyr Zelenskyy"),
                "{w}"
            );
        }
    }

    #[test]
    fn an_organisation_named_of_something_is_no_person() {
        let docs = [doc(
            None,
            &[
                "The National Association of Manufacturers",
                "Spokesman for the German Government Steffen Seibert",
            ],
        )];
        let r = Resolver::new(&docs, &SpeakerConfig::default());
        assert_eq!(
            canon(&r, 0, "The National Association of Manufacturers").as_deref(),
            Some("National Association of Manufacturers")
        );
        assert_eq!(
            canon(&r, 0, "Spokesman for the German Government Steffen Seibert").as_deref(),
            Some("Steffen Seibert")
        );
    }

    #[test]
    fn one_speaker_per_person() {
        let docs = [
            doc(
                Some("Russian Foreign Minister Sergey Lavrov"),
                &[
                    "Russian Foreign Minister Sergey Lavrov",
                    "Sergey Lavrov",
                    "Vladimir Putin",
                ],
            ),
            doc(
                Some("Foreign Ministry Spokeswoman Maria Zakharova"),
                &[
                    "Foreign Ministry Spokeswoman Maria Zakharova",
                    "LAVROV",
                    "Maria Zakharova",
                    "Foreign Minister Sergei Lavrov",
                    "Mr Lavrov",
                    "President Putin",
                ],
            ),
        ];
        let r = Resolver::new(&docs, &SpeakerConfig::default());
        assert_eq!(
            canon(&r, 0, "Russian Foreign Minister Sergey Lavrov").as_deref(),
            Some("Sergey Lavrov")
        );
        for w in ["LAVROV", "Foreign Minister Sergei Lavrov", "Mr Lavrov"] {
            assert_eq!(canon(&r, 1, w).as_deref(), Some("Sergey Lavrov"), "{w}");
        }
        assert_eq!(
            canon(&r, 1, "President Putin").as_deref(),
            Some("Vladimir Putin")
        );
        assert_eq!(r.principal(1).as_deref(), Some("Maria Zakharova"));
        let lavrov = r
            .speakers
            .iter()
            .find(|s| s.name == "Sergey Lavrov")
            .unwrap();
        assert_eq!(lavrov.id, "speaker:sergey-lavrov");
        assert_eq!(
            lavrov.titles,
            ["Foreign Minister", "Russian Foreign Minister"]
        );
        assert_eq!(lavrov.aliases, ["Lavrov", "Sergei Lavrov", "Sergey Lavrov"]);
        let names: Vec<&str> = r.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            ["Maria Zakharova", "Sergey Lavrov", "Vladimir Putin"]
        );
    }

    #[test]
    fn surname_labels_take_the_full_name_the_document_gives() {
        // A White House briefing: labels "MR. KIRBY:", the introduction
        // names him in full; "Ms. Harris" names no one else.
        let text = "MS. JEAN-PIERRE: I have with us NSC Coordinator for Strategic Communications John Kirby.\n\nMR. KIRBY: Thanks, Karine.\n\nQ    Admiral Kirby, a question.";
        let labels = ["MS. JEAN-PIERRE".to_string(), "MR. KIRBY".to_string()];
        assert_eq!(full_names_of_labels(text, &labels), ["John Kirby"]);
        let docs = [doc(
            None,
            &[
                "MS. JEAN-PIERRE",
                "MR. KIRBY",
                "John Kirby",
                "Admiral Kirby",
                "Karine Jean-Pierre",
                "Karine",
            ],
        )];
        let r = Resolver::new(&docs, &SpeakerConfig::default());
        for w in ["MR. KIRBY", "Admiral Kirby", "John Kirby"] {
            assert_eq!(canon(&r, 0, w).as_deref(), Some("John Kirby"), "{w}");
        }
        // A first name alone is the one person of the document with it.
        assert_eq!(
            canon(&r, 0, "Karine").as_deref(),
            Some("Karine Jean-Pierre")
        );
        // Two full names for one surname: no guess.
        let two = "Michelle Obama agreed to marry me. Barack Obama said so.";
        assert!(full_names_of_labels(two, &["OBAMA".to_string()]).is_empty());
    }

    #[test]
    fn a_heading_in_capitals_gives_a_surname_label_its_full_name() {
        // The House Oversight Committee's hearing of 27 February 2019, as
        // the Government Publishing Office writes it.
        let text = "HEARING WITH MICHAEL COHEN, FORMER ATTORNEY TO PRESIDENT DONALD TRUMP\n\nMr. Cohen. Thank you, Chairman.";
        let labels = ["Mr. Cohen".to_string(), "Chairman Cummings".to_string()];
        assert_eq!(full_names_of_labels(text, &labels), ["Michael Cohen"]);
        // A label in capitals too: the surname with an initial capital.
        let text = "TESTIMONY OF JOHN O'NEILL\n\nMR. O'NEILL: Good afternoon.";
        assert_eq!(
            full_names_of_labels(text, &["MR. O'NEILL".to_string()]),
            ["John O'Neill"]
        );
        // A heading word that is no first name names no one.
        let text = "IMPEACHMENT INQUIRY: THE WHISTLEBLOWER COHEN\n\nMr. Cohen. Thank you.";
        assert!(full_names_of_labels(text, &["Mr. Cohen".to_string()]).is_empty());
    }

    #[test]
    fn a_countrys_government_is_the_country() {
        assert_eq!(
            organisation("the UK government").as_deref(),
            Some("United Kingdom")
        );
        assert_eq!(
            organisation("the Russian Government").as_deref(),
            Some("Russia")
        );
        assert_eq!(
            organisation("the National Association of Manufacturers").as_deref(),
            Some("National Association of Manufacturers")
        );
    }

    #[test]
    fn an_acronym_of_acronyms_is_an_organisation() {
        assert_eq!(organisation("AFL-CIO").as_deref(), Some("AFL-CIO"));
        assert_eq!(organisation("the AT&T").as_deref(), Some("AT&T"));
        // A hyphenated name in capitals is a person's.
        assert_eq!(organisation("JEAN-PIERRE"), None);
        assert_eq!(organisation("JEAN-YVES"), None);
    }

    #[test]
    fn different_people_stay_apart() {
        assert!(same_person("Sergey Lavrov", "Sergei Lavrov"));
        assert!(same_person("Alexey Navalny", "Alexei Navalny"));
        assert!(same_person("Joe Biden", "Joseph R Biden"));
        assert!(same_person("Mevlut Cavusoglu", "Mevlüt Çavuşoğlu"));
        assert!(!same_person("Alexey Navalny", "Yulia Navalny"));
        assert!(!same_person("Vladimir Putin", "Vladimir Zelensky"));
        assert!(!same_person("Maria Zakharova", "Maria Butina"));
    }

    #[test]
    fn ambiguous_surnames_and_roles() {
        let docs = [
            doc(
                Some("President Joseph R Biden"),
                &["THE PRESIDENT", "MODERATOR", "Hunter Biden", "BIDEN"],
            ),
            doc(None, &["Biden"]),
        ];
        let r = Resolver::new(&docs, &SpeakerConfig::default());
        assert_eq!(
            canon(&r, 0, "THE PRESIDENT").as_deref(),
            Some("Joseph R Biden")
        );
        assert_eq!(canon(&r, 0, "MODERATOR").as_deref(), Some("Moderator"));
        assert_eq!(
            canon(&r, 0, "BIDEN").as_deref(),
            Some("Joseph R Biden"),
            "the principal"
        );
        assert_eq!(
            canon(&r, 1, "Biden").as_deref(),
            Some("Biden"),
            "ambiguous: kept"
        );
    }

    #[test]
    fn user_aliases_and_renames() {
        let mut cfg = SpeakerConfig::default();
        cfg.aliases
            .insert("THE MINISTER".into(), "Sergey Lavrov".into());
        cfg.aliases
            .insert("S. V. Lavrov".into(), "Sergey Lavrov".into());
        cfg.rename
            .insert("Sergey Lavrov".into(), "Sergey V. Lavrov".into());
        let docs = [doc(
            None,
            &["THE MINISTER", "S. V. Lavrov", "Sergey Lavrov"],
        )];
        let r = Resolver::new(&docs, &cfg);
        for w in ["THE MINISTER", "S. V. Lavrov", "Sergey Lavrov"] {
            assert_eq!(canon(&r, 0, w).as_deref(), Some("Sergey V. Lavrov"), "{w}");
        }
        assert_eq!(r.speakers.len(), 1);
        assert_eq!(r.speakers[0].id, "speaker:sergey-v-lavrov");
    }
}
