//! Word classes for phrase building: titles, roles, honorifics, head words
//! of organisations, places and other names, stop words, first names.

use std::sync::OnceLock;

use crate::text::dates::{MONTHS, WEEKDAYS};
use crate::text::gazetteer::{EntityKind, FastMap};
use crate::text::lexicon::words;

/// Words of fewer characters than this never count as surnames by their
/// suffix.
const MIN_SURNAME_LETTERS: usize = 4;
/// The long-word suffixes (-in, -ina, -uk, -ik, -ian) count only on words
/// of at least this many letters.
const MIN_LETTERS_FOR_LONG_SUFFIXES: usize = 6;

/// What a word is, for phrase building.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// A capitalised word that may be (part of) a name.
    Name,
    /// President, Minister, Secretary, Spokeswoman…
    Title,
    /// Foreign, Prime, Deputy, Affairs, Security… (title material).
    Role,
    /// Mr, Ms, Dr…
    Honorific,
    /// Ministry, Council, Service…
    OrgHead,
    /// Region, River, Sea…
    PlaceHead,
    /// Treaty, Convention, Day…
    OtherHead,
    /// Capitalised function words, sentence starters, "I".
    Stop,
    /// Months and weekdays.
    Calendar,
    /// of, for, on, the, and.
    Connector,
    /// von, van, der, de, al, bin…
    Particle,
    /// Any other lower-case word.
    Lower,
}

impl Class {
    pub(super) fn is_head(self) -> bool {
        matches!(self, Class::OrgHead | Class::PlaceHead | Class::OtherHead)
    }

    pub(super) fn head_kind(self) -> Option<EntityKind> {
        match self {
            Class::OrgHead => Some(EntityKind::Organisation),
            Class::PlaceHead => Some(EntityKind::Place),
            Class::OtherHead => Some(EntityKind::Other),
            _ => None,
        }
    }
}

words!(pub(crate) TITLES = "topic_titles.txt");

words!(pub(super) ROLES = "topic_roles.txt");

words!(pub(super) HONORIFICS = "topic_honorifics.txt");

words!(pub(super) ORG_HEADS = "topic_org_heads.txt");

words!(pub(super) PLACE_HEADS = "topic_place_heads.txt");

words!(pub(super) OTHER_HEADS = "topic_other_heads.txt");

words!(pub(super) STOPS = "topic_stop_words.txt");

words!(
    /// Adjectives that are not topics on their own ("Eastern", "Orthodox") but
    /// may start a name ("Central Bank").
    pub(super) DROP_SINGLE = "topic_drop_single.txt"
);

words!(pub(super) PARTICLES = "topic_particles.txt");

words!(pub(super) ACRONYM_STOPS = "topic_acronym_stops.txt");

words!(pub(super) FIRST_NAMES = "first_names.txt");

words!(pub(super) SURNAME_SUFFIXES = "surname_suffixes.txt");

words!(
    /// Suffixes accepted only on longer words (six letters or more).
    pub(super) LONG_SURNAME_SUFFIXES = "surname_suffixes_long.txt"
);

pub(super) fn class_table() -> &'static FastMap<&'static str, Class> {
    static T: OnceLock<FastMap<&'static str, Class>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = FastMap::default();
        // Later lists do not override earlier ones.
        for (list, class) in [
            (HONORIFICS.as_slice(), Class::Honorific),
            (MONTHS.as_slice(), Class::Calendar),
            (WEEKDAYS.as_slice(), Class::Calendar),
            (TITLES.as_slice(), Class::Title),
            (ORG_HEADS.as_slice(), Class::OrgHead),
            (PLACE_HEADS.as_slice(), Class::PlaceHead),
            (OTHER_HEADS.as_slice(), Class::OtherHead),
            (ROLES.as_slice(), Class::Role),
            (STOPS.as_slice(), Class::Stop),
        ] {
            for w in list {
                m.entry(*w).or_insert(class);
            }
        }
        m
    })
}

pub(super) fn first_names() -> &'static FastMap<&'static str, ()> {
    static S: OnceLock<FastMap<&'static str, ()>> = OnceLock::new();
    S.get_or_init(|| FIRST_NAMES.iter().map(|n| (*n, ())).collect())
}

/// A known first name, or a hyphenated one starting with one
/// ("Jean-Claude").
pub(super) fn is_first_name(w: &str) -> bool {
    let names = first_names();
    names.contains_key(w)
        || w.split_once('-')
            .is_some_and(|(a, _)| names.contains_key(a))
}

pub(super) fn has_surname_suffix(w: &str) -> bool {
    let lw = w.to_lowercase();
    let letters = lw.chars().count();
    if letters < MIN_SURNAME_LETTERS {
        return false;
    }
    SURNAME_SUFFIXES.iter().any(|s| lw.ends_with(s))
        || (letters >= MIN_LETTERS_FOR_LONG_SUFFIXES
            && LONG_SURNAME_SUFFIXES.iter().any(|s| lw.ends_with(s)))
}
