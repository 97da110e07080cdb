//! The built-in gazetteer: countries with their demonyms and adjectives,
//! territories, regions, cities, international and national organisations
//! with acronyms and full names, treaties and other named things, and a short
//! list of well-known people.
//!
//! The data lives in `data/gazetteer.tsv` and is compiled in. Each line is
//! `kind<TAB>canonical<TAB>alias|alias|…`; `#` starts a comment line.
//!
//! # Finding names in text
//!
//! [`Gazetteer::find`] scans a text once and returns the longest
//! non-overlapping matches, left to right, on word boundaries:
//!
//! * **Case.** Forms written entirely in capitals (acronyms: `US`, `EU`,
//!   `G7`, `U.S.`) match case-sensitively only, so the pronoun "us" is never
//!   the United States. Other forms match as written ("turkey" the bird is not
//!   Turkey), or in all capitals when the text shouts ("RUSSIA").
//! * **Articles.** A lower-case leading "the " is dropped from aliases ("the
//!   Netherlands" is indexed as "Netherlands"), so ranges never include it.
//! * **Punctuation.** Straight and curly apostrophes are the same; a hyphen in
//!   a form also matches a space ("Asia-Pacific" = "Asia Pacific"); any run of
//!   whitespace matches a space.
//! * **Word boundaries.** A match must start after a non-alphanumeric
//!   character and end before one. A possessive therefore needs no special
//!   case ("Russia’s" → Russia), and hyphenated compounds give every part
//!   ("Russian-Chinese" → Russia and China; "Russia-EU" → Russia and EU),
//!   unless the compound is itself a form ("Nagorno-Karabakh").
//! * **Longest wins.** "Latvian State Security Service" is the organisation,
//!   not the demonym "Latvian". [`Gazetteer::find_nested`] recovers the
//!   shorter names inside a match when the caller wants them.
//!
//! The index is keyed by a form's first word (lower-cased), so a scan costs
//! one hash lookup per capitalised word plus a character comparison for each
//! form that starts with that word. No regular expressions are involved.
//!
//! # Kinds
//!
//! `country` is reserved for the 193 UN member states, the two observer states
//! (Holy See, Palestine) and a few former states (Soviet Union, Yugoslavia…).
//! Territories and partly recognised entities (Kosovo, Taiwan, Abkhazia,
//! Crimea…), regions, seas, rivers and cities are `place`. Treaties, wars,
//! weapons, vaccines and pipelines are `other`. People are listed by full name
//! only; [`Gazetteer::person_by_surname`] resolves a bare surname.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

use super::chars::{is_apostrophe, is_hyphen};
use super::words::{run_end, runs};
use crate::text::lexicon::words;

words!(
    /// The most common surnames of the United States, lower-case: too
    /// common to name a well-known person by themselves.
    COMMON_SURNAMES = "common_surnames.txt"
);

/// FNV-1a: a fast hash for the short string keys of the static tables (not
/// exposed to untrusted keys at a scale where flooding matters).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A `HashMap` with the [`Fnv`] hasher.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// What a gazetteer entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// A sovereign state.
    Country,
    /// An international or national organisation.
    Organisation,
    /// A city, region or other place.
    Place,
    /// A person.
    Person,
    /// Anything else.
    Other,
}

impl EntityKind {
    /// The name used in the outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::Organisation => "organisation",
            EntityKind::Place => "place",
            EntityKind::Person => "person",
            EntityKind::Other => "other",
        }
    }

    /// Parses the name used in the data file and the outputs.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "country" => EntityKind::Country,
            "organisation" | "organization" => EntityKind::Organisation,
            "place" => EntityKind::Place,
            "person" => EntityKind::Person,
            "other" => EntityKind::Other,
            _ => return None,
        })
    }
}

/// One named entity and the ways it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The canonical name ("Germany", "OSCE").
    pub canonical: String,
    /// What it is.
    pub kind: EntityKind,
    /// Other forms ("German", "Organization for Security and Co-operation in
    /// Europe").
    pub aliases: Vec<String>,
}

/// A gazetteer name found in a text by [`Gazetteer::find`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazMention<'g> {
    /// Byte range of the name in the text (without a possessive `’s` and
    /// without a leading "the").
    pub range: Range<usize>,
    /// The entry it names.
    pub entry: &'g Entry,
    /// Index of the entry in [`Gazetteer::entries`].
    pub index: usize,
    /// The form that matched, as written in the gazetteer ("Latvian").
    pub form: &'g str,
}

/// A form indexed for [`Gazetteer::find`].
#[derive(Debug, Clone)]
struct Candidate {
    form: Box<str>,
    entry: usize,
    /// All capitals: match case-sensitively only.
    acronym: bool,
    /// Length in chars, for longest-first ordering.
    chars: usize,
    /// Byte length of the form's first word.
    first_len: usize,
    /// What follows the first word, for a cheap pre-check.
    next: Next,
}

/// What follows a form's first word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    /// Nothing: a one-word form.
    Nothing,
    /// A space, then a word starting with this byte.
    Word(u8),
    /// Anything else (hyphen, apostrophe, dot…).
    Other,
}

/// A set of entries with an index from every written form.
#[derive(Debug, Default, Clone)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_form: HashMap<String, usize>,
    /// Lower-cased first word of a form → forms starting with it, longest
    /// first.
    by_first: FastMap<String, Vec<Candidate>>,
    /// Normalised forms already indexed (first entry wins).
    indexed: HashSet<String>,
    /// Lower-cased surname → person entry; `None` when two people share it.
    surnames: FastMap<String, Option<usize>>,
}

impl Gazetteer {
    /// The built-in gazetteer.
    pub fn builtin() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::parse(include_str!("../../../data/gazetteer.tsv")))
    }

    /// Parses the TSV format: `kind<TAB>canonical<TAB>alias|alias…`, `#`
    /// comments. Malformed lines are ignored.
    pub fn parse(tsv: &str) -> Gazetteer {
        let mut g = Gazetteer::default();
        for line in tsv.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(kind), Some(canonical)) = (
                cols.next().and_then(|k| EntityKind::parse(k.trim())),
                cols.next(),
            ) else {
                continue;
            };
            if canonical.trim().is_empty() {
                continue;
            }
            let aliases: Vec<String> = cols
                .next()
                .unwrap_or("")
                .split('|')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(String::from)
                .collect();
            g.add(Entry {
                canonical: canonical.trim().to_string(),
                kind,
                aliases,
            });
        }
        g
    }

    /// Adds an entry (later entries do not override earlier forms).
    pub fn add(&mut self, entry: Entry) {
        let i = self.entries.len();
        for form in std::iter::once(&entry.canonical).chain(&entry.aliases) {
            self.by_form.entry(form.clone()).or_insert(i);
            let bare = strip_article(form);
            if bare.len() != form.len() {
                self.by_form.entry(bare.to_string()).or_insert(i);
            }
            self.index_form(bare, i);
        }
        if entry.kind == EntityKind::Person {
            let mut own = HashSet::new();
            for form in std::iter::once(&entry.canonical).chain(&entry.aliases) {
                if let Some(s) = surname_of(form) {
                    own.insert(s);
                }
            }
            for s in own {
                self.surnames
                    .entry(s)
                    .and_modify(|e| {
                        if *e != Some(i) {
                            *e = None;
                        }
                    })
                    .or_insert(Some(i));
            }
        }
        self.entries.push(entry);
    }

    fn index_form(&mut self, form: &str, entry: usize) {
        let Some(first) = form.chars().next() else {
            return;
        };
        if !(first.is_uppercase() || first.is_ascii_digit()) {
            // Only capitalised forms can be found in running text.
            return;
        }
        if !self.indexed.insert(normalise_form(form)) {
            return;
        }
        let key: String = form
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        if key.is_empty() {
            return;
        }
        let acronym = form.chars().any(char::is_uppercase) && !form.chars().any(char::is_lowercase);
        let first_len = run_end(form, 0, char::is_alphanumeric);
        let after = &form.as_bytes()[first_len..];
        let next = match after {
            [] => Next::Nothing,
            [b' ', b, ..] => Next::Word(*b),
            _ => Next::Other,
        };
        let cand = Candidate {
            form: form.into(),
            entry,
            acronym,
            chars: form.chars().count(),
            first_len,
            next,
        };
        let list = self.by_first.entry(key).or_default();
        let at = list.partition_point(|c| c.chars >= cand.chars);
        list.insert(at, cand);
    }

    /// The entry a written form names, matched exactly (a leading "the " and
    /// curly apostrophes are tolerated).
    pub fn lookup(&self, form: &str) -> Option<&Entry> {
        if let Some(&i) = self.by_form.get(form) {
            return Some(&self.entries[i]);
        }
        let bare = strip_article(form);
        if let Some(&i) = self.by_form.get(bare) {
            return Some(&self.entries[i]);
        }
        if bare.contains(|c| c != '\'' && is_apostrophe(c)) {
            let straight = bare.replace(is_apostrophe, "'");
            return self.by_form.get(&straight).map(|&i| &self.entries[i]);
        }
        None
    }

    /// The person entry whose full name ends in `surname` ("Navalny" →
    /// Alexey Navalny), when exactly one listed person has that surname.
    /// Case-insensitive; a possessive is ignored.
    pub fn person_by_surname(&self, surname: &str) -> Option<&Entry> {
        let key = strip_possessive(surname).to_lowercase();
        self.surnames
            .get(&key)
            .copied()
            .flatten()
            .map(|i| &self.entries[i])
    }

    /// Whether `surname` is one of the most common surnames
    /// (`data/lexicon/common_surnames.txt`), too common to name the one
    /// well-known bearer by itself: a speaker labelled "Senator Johnson"
    /// in a US hearing is not Boris Johnson. Case-insensitive.
    pub fn is_common_surname(surname: &str) -> bool {
        COMMON_SURNAMES.contains(strip_possessive(surname).to_lowercase().as_str())
    }

    /// All entries.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Finds gazetteer names in a text: longest non-overlapping matches on
    /// word boundaries, in text order. See the module documentation for the
    /// matching rules.
    pub fn find(&self, text: &str) -> Vec<GazMention<'_>> {
        let mut out = Vec::new();
        self.scan(text, 0..text.len(), None, &mut out);
        out
    }

    /// The shorter names inside a match found by [`Gazetteer::find`]
    /// ("Latvian State Security Service" → Latvia; "UN Security Council" →
    /// UN), longest non-overlapping first, excluding other forms of the outer
    /// entry itself.
    pub fn find_nested(&self, text: &str, outer: &GazMention<'_>) -> Vec<GazMention<'_>> {
        let mut out = Vec::new();
        self.scan(text, outer.range.clone(), Some(outer.index), &mut out);
        out
    }

    /// Scans `text[span]` for matches that end within the span and do not
    /// name `exclude`.
    fn scan<'g>(
        &'g self,
        text: &str,
        span: Range<usize>,
        exclude: Option<usize>,
        out: &mut Vec<GazMention<'g>>,
    ) {
        let mut key = String::new();
        // A word that began before the span does not start in it.
        let inside_word = text[..span.start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        // Words inside a match are not looked at again.
        let mut resume = span.start;
        for run in runs(&text[span.clone()], char::is_alphanumeric) {
            let i = span.start + run.start;
            if i < resume || (run.start == 0 && inside_word) {
                continue;
            }
            let starter = text[i..]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
            if !starter {
                continue;
            }
            if let Some((end, cand)) = self.match_at(text, i, span.end, exclude, &mut key) {
                out.push(GazMention {
                    range: i..end,
                    entry: &self.entries[cand.entry],
                    index: cand.entry,
                    form: &cand.form,
                });
                resume = end;
            }
        }
    }

    /// The longest form matching at byte `start` (a word start), ending at
    /// or before `limit` and not naming entry `exclude`.
    fn match_at(
        &self,
        text: &str,
        start: usize,
        limit: usize,
        exclude: Option<usize>,
        key: &mut String,
    ) -> Option<(usize, &Candidate)> {
        key.clear();
        let mut all_upper = true;
        let mut letters = 0;
        for c in text[start..].chars() {
            if c.is_ascii() {
                if !c.is_ascii_alphanumeric() {
                    break;
                }
                if c.is_ascii_lowercase() {
                    all_upper = false;
                }
                if c.is_ascii_alphabetic() {
                    letters += 1;
                }
                key.push(c.to_ascii_lowercase());
                continue;
            }
            if !c.is_alphanumeric() {
                break;
            }
            if c.is_lowercase() {
                all_upper = false;
            }
            if c.is_alphabetic() {
                letters += 1;
            }
            key.extend(c.to_lowercase());
        }
        let cands = self.by_first.get(key.as_str())?;
        let shouting = all_upper && letters >= 2;
        let word_end = start
            + text[start..]
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(text.len() - start);
        let word = &text[start..word_end];
        // The first byte of the next word when a plain space follows.
        let bytes = text.as_bytes();
        let next_word = {
            let mut j = word_end;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\n' | b'\r') {
                j += 1;
            }
            (j > word_end && j < bytes.len() && bytes[j] < 0x80).then(|| bytes[j])
        };
        cands.iter().find_map(|cand| {
            if Some(cand.entry) == exclude {
                return None;
            }
            if !shouting {
                // Cheap pre-checks: the first word as written, then the
                // next word's first byte.
                if &cand.form[..cand.first_len] != word {
                    return None;
                }
                match cand.next {
                    Next::Nothing => return (word_end <= limit).then_some((word_end, cand)),
                    Next::Word(b) if next_word.is_some_and(|n| n != b) => return None,
                    _ => {}
                }
            }
            let end = match_form(text, start, &cand.form, cand.acronym, shouting)?;
            (end <= limit).then_some((end, cand))
        })
    }
}

/// Matches `form` against the text at `start`; returns the end byte offset.
fn match_form(
    text: &str,
    start: usize,
    form: &str,
    acronym: bool,
    shouting: bool,
) -> Option<usize> {
    let rest = &text[start..];
    let mut t = rest.char_indices().peekable();
    for fc in form.chars() {
        if fc == ' ' {
            // One or more whitespace characters.
            let mut n = 0;
            while t.next_if(|&(_, c)| c.is_whitespace()).is_some() {
                n += 1;
            }
            if n == 0 {
                return None;
            }
            continue;
        }
        let (_, tc) = t.next()?;
        let ok = if is_apostrophe(fc) {
            is_apostrophe(tc)
        } else if is_hyphen(fc) {
            is_hyphen(tc) || (tc == ' ' && !acronym)
        } else if tc == fc {
            true
        } else {
            !acronym && shouting && fc.is_lowercase() && {
                let mut up = fc.to_uppercase();
                up.next() == Some(tc) && up.next().is_none()
            }
        };
        if !ok {
            return None;
        }
    }
    let consumed = t.peek().map_or(rest.len(), |&(i, _)| i);
    let end = start + consumed;
    if text[end..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    Some(end)
}

/// Drops a lower-case leading "the " ("the Netherlands" → "Netherlands").
fn strip_article(form: &str) -> &str {
    form.strip_prefix("the ").unwrap_or(form)
}

/// Drops a trailing possessive `'s`, `’s` or bare apostrophe.
pub(crate) fn strip_possessive(s: &str) -> &str {
    for suffix in ["'s", "’s", "ʼs", "'", "’"] {
        if let Some(stem) = s.strip_suffix(suffix) {
            return stem;
        }
    }
    s
}

/// The form with apostrophes, hyphens and whitespace normalised, for
/// de-duplication.
fn normalise_form(form: &str) -> String {
    let mut out = String::with_capacity(form.len());
    let mut space = false;
    for c in form.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(if is_apostrophe(c) {
            '\''
        } else if is_hyphen(c) {
            '-'
        } else {
            c
        });
    }
    out
}

/// The lower-cased last word of a personal name of two or more words.
fn surname_of(name: &str) -> Option<String> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    let last = words.next_back().unwrap_or(first);
    if std::ptr::eq(first, last) || last.ends_with('.') {
        return None;
    }
    Some(last.to_lowercase())
}

#[cfg(test)]
mod tests;
