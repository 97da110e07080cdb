//! Topics: the people, countries, organisations, places and other named
//! things a text is about.
//!
//! [`find_topics`] combines the built-in [gazetteer](crate::text::gazetteer)
//! with capitalised-phrase detection:
//!
//! 1. **Gazetteer first.** Every gazetteer match is a unit ("Latvian State
//!    Security Service", "Russian", "UN Security Council"); its canonical
//!    name and kind are used. Hyphenated compounds give every part
//!    ("Russian-Chinese" → Russia, China).
//! 2. **Capitalised phrases.** Runs of capitalised words (and gazetteer
//!    units), joined by single spaces, may contain lower-case connectors
//!    "of", "for", "on", "the", "and" when they continue an organisation,
//!    document or title ("Prosecutor General’s Office of Russia",
//!    "International Covenant on Civil and Political Rights", "Department of
//!    Family and Protective Services"), and name particles ("von der").
//! 3. **Stop rules.** A sentence-initial capitalised word counts only if it is
//!    in the gazetteer, is a known surname, recurs elsewhere in the text, or
//!    starts a longer name ("Mark Schmidt masterminded…"); common sentence
//!    starters (The, This, We, In, However…), the pronoun "I", months and
//!    weekdays never count.
//! 4. **Titles and honorifics are removed**, and mark what follows as a
//!    person: "Foreign Minister Sergey Lavrov" → Sergey Lavrov; "Mr Navalny"
//!    → Navalny; "Foreign Minister of Sweden Ann Linde" → Sweden, Ann Linde;
//!    "Spokesman for the German Government Steffen Seibert" → German
//!    Government, Steffen Seibert. A title directly followed by an
//!    organisation word is part of the organisation ("Prosecutor General’s
//!    Office").
//! 5. **Splitting.** A phrase is cut after a country or place unless an
//!    organisation, place or document word follows ("German Foreign
//!    Ministry" stays whole, "Sweden Ann Linde" does not), after an
//!    organisation word unless a complement follows ("German Government |
//!    Steffen Seibert"), and after a possessive.
//!
//! # Kinds
//!
//! * gazetteer units keep their kind;
//! * **person**: after a title or honorific; or two to four name words
//!   starting with a known first name or ending in a common surname suffix
//!   (-ov, -eva, -sky, -enko, -yan, -dze…); or a single known surname
//!   (resolved to the gazetteer's full name: "Navalny" → Alexey Navalny) or
//!   the surname of a full name seen earlier in the same text;
//! * **organisation / place / other**: by the last head word before any
//!   connector: Ministry, Council, Service, Fund, Office, Embassy… →
//!   organisation; Region, River, Sea, Airport, Square… → place; Treaty,
//!   Convention, Resolution, Day, Year, War… → other;
//! * anything else capitalised → **other** ("Novichok", "Old World").
//!
//! # Nested names
//!
//! A longer name also yields the countries, organisations and people inside
//! it, marked `nested`: "Latvian State Security Service" → Latvia; "Sputnik
//! Latvia" (organisation) → Sputnik, Latvia; "UN Security Council" → UN;
//! "German Foreign Ministry" → Germany. Places inside names are *not*
//! repeated ("OSCE Minsk Group" is not about the city of Minsk, nor "Leningrad
//! Front" about today's St Petersburg), and names inside countries and places
//! never are ("Papua New Guinea" is not Guinea). Inside treaties and other
//! `other` entries only countries are repeated.
//!
//! # Merging variants
//!
//! [`merge_person_variants`] maps the person names of a corpus to canonical
//! full names: spelling variants (Sergey/Sergei, Alexey/Alexei/Aleksei,
//! Zelensky/Zelenskyy) by Jaro–Winkler similarity of transliteration-folded
//! name tokens, and surname-only forms ("Navalny", "Mr Navalny") to the one
//! full name with that surname.

mod classify;
mod filter;
mod finder;
mod persons;
mod tokens;
mod words;

use std::ops::Range;

use crate::text::gazetteer::{EntityKind, Gazetteer};

use finder::Finder;
use persons::{fold, last_word};
pub use persons::{merge_person_variants, person_core, surname_key};
use tokens::{build_units, tokenize};
pub(crate) use words::TITLES;

/// A topic found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicMention {
    /// Byte range of the name in the text (titles, honorifics, a leading
    /// "the" and a possessive `’s` excluded).
    pub range: Range<usize>,
    /// Canonical name: the gazetteer's, or the phrase as written with
    /// whitespace collapsed.
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// The name lies inside a longer topic ("Latvia" in "Latvian State
    /// Security Service").
    pub nested: bool,
}

/// Finds the topics of a text with the built-in gazetteer; see the module
/// documentation. Mentions are in text order (longer first at the same
/// start).
pub fn find_topics(text: &str) -> Vec<TopicMention> {
    find_topics_with(Gazetteer::builtin(), text)
}

/// [`find_topics`] with a given gazetteer (e.g. the built-in one extended
/// with user entries).
pub fn find_topics_with(gaz: &Gazetteer, text: &str) -> Vec<TopicMention> {
    let toks = tokenize(text);
    if toks.is_empty() {
        return Vec::new();
    }
    let gms = gaz.find(text);
    let units = build_units(&toks, &gms);
    let mut f = Finder {
        gaz,
        text,
        toks: &toks,
        gms: &gms,
        units: &units,
        out: Vec::new(),
    };
    let mut u = 0;
    while u < units.len() {
        if f.startable(u) {
            let end = f.run_end(u);
            f.process_run(u, end);
            u = end;
        } else {
            u += 1;
        }
    }
    let mut out = f.out;
    resolve_surnames_in_text(&mut out);
    link_parenthesised_acronyms(text, &mut out);
    filter::drop_non_topics(text, &mut out);
    out.sort_by(|a, b| {
        a.range
            .start
            .cmp(&b.range.start)
            .then(b.range.end.cmp(&a.range.end))
            .then(a.nested.cmp(&b.nested))
    });
    out.dedup_by(|b, a| a.range == b.range && a.name == b.name);
    out
}

/// Single-word person (or unclassified) mentions take the full name of a
/// person mentioned in the same text with that surname, when there is
/// exactly one.
pub(super) fn resolve_surnames_in_text(out: &mut [TopicMention]) {
    let full: Vec<(String, String)> = out
        .iter()
        .filter(|t| t.kind == EntityKind::Person && t.name.contains(' '))
        .map(|t| (fold(last_word(&t.name)), t.name.clone()))
        .collect();
    if full.is_empty() {
        return;
    }
    for t in out.iter_mut() {
        if !matches!(t.kind, EntityKind::Person | EntityKind::Other) || t.name.contains(' ') {
            continue;
        }
        let key = fold(&t.name);
        let mut hits = full.iter().filter(|(k, _)| *k == key).map(|(_, n)| n);
        if let Some(first) = hits.next() {
            if hits.all(|n| n == first) {
                t.name = first.clone();
                t.kind = EntityKind::Person;
            }
        }
    }
}

/// "Russian Direct Investment Fund (RDIF)": an unknown acronym in brackets
/// right after a phrase whose initials it matches names the same thing.
pub(super) fn link_parenthesised_acronyms(text: &str, out: &mut [TopicMention]) {
    for i in 1..out.len() {
        let (before, rest) = out.split_at_mut(i);
        let t = &mut rest[0];
        if t.nested || t.kind != EntityKind::Other || !t.name.chars().all(|c| c.is_uppercase()) {
            continue;
        }
        let Some(prev) = before.iter().rev().find(|p| !p.nested) else {
            continue;
        };
        let between = &text[prev.range.end.min(t.range.start)..t.range.start];
        if between.trim() != "(" || !text[t.range.end..].starts_with(')') {
            continue;
        }
        let initials: Vec<char> = prev
            .name
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase())
            .collect();
        let mut it = initials.iter();
        if t.name.chars().all(|c| it.any(|&i| i == c))
            && initials.first() == t.name.chars().next().as_ref()
        {
            t.name = prev.name.clone();
            t.kind = prev.kind;
        }
    }
}

#[cfg(test)]
mod tests;
