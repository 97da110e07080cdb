//! Word lists kept as data: `data/lexicon/*.txt`, compiled in with
//! `include_str!` (like `data/gazetteer.tsv`) and parsed on first use.
//!
//! Format: one entry a line, in the order the code relies on (some lists
//! are looked up by position); blank lines and lines starting with `#` are
//! skipped; entries are taken as written (case included). Lists of pairs or
//! triples separate the fields with a tab.
//!
//! Each list is declared once, next to the code that uses it, with
//! [`words!`](crate::text::lexicon::words), [`pairs!`](crate::text::lexicon::pairs)
//! or [`triples!`](crate::text::lexicon::triples).

/// The entries of a word list.
pub(crate) fn parse_words(text: &'static str) -> Vec<&'static str> {
    entries(text).collect()
}

/// The entries of a list of tab-separated pairs.
pub(crate) fn parse_pairs(text: &'static str) -> Vec<(&'static str, &'static str)> {
    entries(text)
        .map(|l| l.split_once('\t').expect("a pair separated by a tab"))
        .collect()
}

/// The entries of a list of tab-separated triples.
pub(crate) fn parse_triples(text: &'static str) -> Vec<(&'static str, &'static str, &'static str)> {
    entries(text)
        .map(|l| {
            let mut f = l.split('\t');
            let mut next = || f.next().expect("three fields separated by tabs");
            (next(), next(), next())
        })
        .collect()
}

fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A word list: its entries in file order (it derefs to the slice, for
/// lists looked up by position), and a hash set of them, so `contains`
/// costs one hash, not a scan of the list (a scan of the 166 unnamed
/// sources for every word was a fifth of the extraction's time).
pub struct WordList {
    words: Vec<&'static str>,
    set: std::collections::HashSet<&'static str, foldhash::fast::FixedState>,
}

impl WordList {
    pub fn new(words: Vec<&'static str>) -> Self {
        let set = words.iter().copied().collect();
        WordList { words, set }
    }

    /// Whether `w` is an entry (exactly, case included).
    pub fn contains<S: AsRef<str> + ?Sized>(&self, w: &S) -> bool {
        self.set.contains(w.as_ref())
    }

    /// The entries in file order.
    pub fn as_slice(&self) -> &[&'static str] {
        &self.words
    }
}

impl std::ops::Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        &self.words
    }
}

/// Declares a word list read from `data/lexicon/<file>`:
/// `words!(pub(super) NAME = "file.txt");`.
macro_rules! words {
    ($(#[$m:meta])* $vis:vis $name:ident = $file:literal) => {
        $(#[$m])*
        $vis static $name: std::sync::LazyLock<$crate::text::lexicon::WordList> =
            std::sync::LazyLock::new(|| {
                $crate::text::lexicon::WordList::new($crate::text::lexicon::parse_words(
                    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/lexicon/", $file)),
                ))
            });
    };
}

/// Declares a list of pairs read from `data/lexicon/<file>`.
macro_rules! pairs {
    ($(#[$m:meta])* $vis:vis $name:ident = $file:literal) => {
        $(#[$m])*
        $vis static $name: std::sync::LazyLock<Vec<(&'static str, &'static str)>> =
            std::sync::LazyLock::new(|| {
                $crate::text::lexicon::parse_pairs(include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/data/lexicon/",
                    $file
                )))
            });
    };
}

/// Declares a list of triples read from `data/lexicon/<file>`.
macro_rules! triples {
    ($(#[$m:meta])* $vis:vis $name:ident = $file:literal) => {
        $(#[$m])*
        $vis static $name: std::sync::LazyLock<Vec<(&'static str, &'static str, &'static str)>> =
            std::sync::LazyLock::new(|| {
                $crate::text::lexicon::parse_triples(include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/data/lexicon/",
                    $file
                )))
            });
    };
}

pub(crate) use {pairs, triples, words};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_keep_their_order_and_answer_contains() {
        let l = WordList::new(parse_words("said\nthe floor\nTV\n"));
        assert_eq!(l.as_slice(), ["said", "the floor", "TV"]);
        assert_eq!(l[1], "the floor");
        let w = String::from("the floor");
        assert!(l.contains("said") && l.contains(&w) && l.contains(&"TV"));
        // exact entries only: case and parts count
        assert!(!l.contains("tv") && !l.contains("floor") && !l.contains(""));
    }

    #[test]
    fn format() {
        let text = "# a comment\n\nsaid\nthe floor\r\nTV\n";
        assert_eq!(parse_words(text), ["said", "the floor", "TV"]);
        assert_eq!(parse_pairs("# x\njoe\tjoseph\n"), [("joe", "joseph")]);
        assert_eq!(parse_triples("a\tb\tc\n"), [("a", "b", "c")]);
    }
}
