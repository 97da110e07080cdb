//! Who held an office on a day: the table in `data/offices.tsv` (the
//! format is described at its top), compiled in.
//!
//! A transcript often names a person by office alone ("the secretary of
//! defense has said …", "the Chinese foreign minister indicated …"). When
//! the document and the corpus name no one for the office, its holder on the
//! document's date is the person meant. [`holder`] answers that from a
//! description as the reported-speech reader writes it: lower-case words,
//! without the determiner ("secretary of defense", "moldovan president").

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::NaiveDate;

/// One holder's term: from its first day up to (not including) `to`.
#[derive(Debug, Clone)]
struct Term {
    from: NaiveDate,
    to: Option<NaiveDate>,
    name: String,
}

/// The offices by alias; an office's terms are shared by its aliases.
#[derive(Debug, Default)]
struct Offices {
    terms: Vec<Vec<Term>>,
    by_alias: HashMap<String, usize>,
    /// Offices whose aliases also match after an American qualifier.
    american: Vec<bool>,
}

/// Words that make an American office of an unqualified one ("the U.S.
/// Secretary of State"), as [`normalise`] leaves them.
const US_QUALIFIERS: [&str; 5] = ["us", "american", "united states", "america's", "americas"];

/// Lower-case, without full stops, curly apostrophes made straight, one
/// space between words, a leading "the" dropped.
fn normalise(description: &str) -> String {
    let lower = description
        .to_lowercase()
        .replace('.', "")
        .replace('\u{2019}', "'");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.split_first() {
        Some((&"the", rest)) => rest,
        _ => &words[..],
    };
    words.join(" ")
}

fn parse(text: &str) -> Offices {
    let mut o = Offices::default();
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(head) = line.strip_prefix('@') {
            let (american, aliases) = match head.strip_prefix("us ") {
                Some(rest) => (true, rest),
                None => (false, head),
            };
            let id = o.terms.len();
            o.terms.push(Vec::new());
            o.american.push(american);
            for a in aliases.split('|') {
                o.by_alias.insert(normalise(a), id);
            }
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(from), Some(to), Some(name)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        let (Ok(from), Some(terms)) = (
            NaiveDate::parse_from_str(from, "%Y-%m-%d"),
            o.terms.last_mut(),
        ) else {
            continue;
        };
        terms.push(Term {
            from,
            to: NaiveDate::parse_from_str(to, "%Y-%m-%d").ok(),
            name: name.to_string(),
        });
    }
    o
}

fn offices() -> &'static Offices {
    static O: OnceLock<Offices> = OnceLock::new();
    O.get_or_init(|| parse(include_str!("../../data/offices.tsv")))
}

/// The holder on `date` of the office `description` names ("secretary of
/// defense", "the U.S. ambassador to the United Nations", "Moldovan
/// President"), or `None` when the table has no such office or no one held
/// it that day.
pub fn holder(description: &str, date: NaiveDate) -> Option<&'static str> {
    let o = offices();
    let d = normalise(description);
    let office = o.by_alias.get(&d).copied().or_else(|| {
        US_QUALIFIERS.iter().find_map(|q| {
            let rest = d.strip_prefix(q)?.strip_prefix(' ')?;
            o.by_alias.get(rest).copied().filter(|&i| o.american[i])
        })
    })?;
    o.terms[office]
        .iter()
        .find(|t| t.from <= date && t.to.is_none_or(|to| date < to))
        .map(|t| t.name.as_str())
}

/// The one person holding an office in the table on `date` whose name
/// ends with `surname` ("Jean-Pierre" → "Karine Jean-Pierre" on 13 February
/// 2023), or `None` when no one or several do.
pub fn holder_with_surname(surname: &str, date: NaiveDate) -> Option<&'static str> {
    let mut found = offices()
        .terms
        .iter()
        .flatten()
        .filter(|t| t.from <= date && t.to.is_none_or(|to| date < to))
        .map(|t| t.name.as_str())
        .filter(|n| {
            n.rsplit(' ')
                .next()
                .is_some_and(|last| last.eq_ignore_ascii_case(surname))
        });
    let first = found.next()?;
    found.all(|n| n == first).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn an_office_means_its_holder_on_the_day() {
        // The second presidential debate, 16 October 2012.
        let d = day("2012-10-16");
        assert_eq!(holder("secretary of defense", d), Some("Leon Panetta"));
        assert_eq!(holder("Secretary of State", d), Some("Hillary Clinton"));
        assert_eq!(
            holder("ambassador to the United Nations", d),
            Some("Susan Rice")
        );
        assert_eq!(holder("head of the EPA", d), Some("Lisa Jackson"));
        // The White House briefing of 13 February 2023.
        let d = day("2023-02-13");
        assert_eq!(holder("chinese foreign minister", d), Some("Qin Gang"));
        assert_eq!(holder("moldovan president", d), Some("Maia Sandu"));
        assert_eq!(holder("the CIA director", d), Some("William Burns"));
    }

    #[test]
    fn a_surname_is_the_one_office_holder_who_bears_it() {
        let d = day("2023-02-13");
        assert_eq!(
            holder_with_surname("Jean-Pierre", d),
            Some("Karine Jean-Pierre")
        );
        assert_eq!(holder_with_surname("AUSTIN", d), Some("Lloyd Austin"));
        assert_eq!(holder_with_surname("Kirby", d), None);
        // Out of office that day.
        assert_eq!(holder_with_surname("Psaki", d), None);
    }

    #[test]
    fn a_term_ends_the_day_the_next_begins() {
        assert_eq!(
            holder("secretary of state", day("2021-01-25")),
            Some("Mike Pompeo")
        );
        assert_eq!(
            holder("secretary of state", day("2021-01-26")),
            Some("Antony Blinken")
        );
        // A vacancy (Mattis left on 1 January 2019, Esper was confirmed in
        // July): no one.
        assert_eq!(holder("defense secretary", day("2019-03-01")), None);
    }

    #[test]
    fn an_american_qualifier_is_allowed_but_an_unqualified_president_is_no_one() {
        let d = day("2023-02-13");
        assert_eq!(holder("U.S. Secretary of State", d), Some("Antony Blinken"));
        assert_eq!(holder("American president", d), Some("Joe Biden"));
        // "the President" in a Russian transcript is not the American one.
        assert_eq!(holder("president", d), None);
        assert_eq!(holder("foreign minister", d), None);
        // A qualifier only makes an American office American.
        assert_eq!(holder("us chinese foreign minister", d), None);
    }
}
