//! The built-in gazetteer: countries with their demonyms and adjectives,
//! international organisations with acronyms and full names, places.
//!
//! The data lives in `data/gazetteer.tsv` and is compiled in.

use std::collections::HashMap;
use std::sync::OnceLock;

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

    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "country" => EntityKind::Country,
            "organisation" => EntityKind::Organisation,
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

/// A set of entries with an index from every written form.
#[derive(Debug, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_form: HashMap<String, usize>,
}

impl Gazetteer {
    /// The built-in gazetteer.
    pub fn builtin() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::parse(include_str!("../../data/gazetteer.tsv")))
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
            let (Some(kind), Some(canonical)) =
                (cols.next().and_then(EntityKind::parse), cols.next())
            else {
                continue;
            };
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
        }
        self.entries.push(entry);
    }

    /// The entry a written form names, matched exactly.
    pub fn lookup(&self, form: &str) -> Option<&Entry> {
        self.by_form.get(form).map(|&i| &self.entries[i])
    }

    /// All entries.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonyms_resolve_to_countries() {
        let g = Gazetteer::builtin();
        assert_eq!(g.lookup("German").unwrap().canonical, "Germany");
        assert_eq!(g.lookup("Latvian").unwrap().canonical, "Latvia");
        assert_eq!(g.lookup("OSCE").unwrap().kind, EntityKind::Organisation);
        assert!(g.lookup("Lavrov").is_none());
    }
}
