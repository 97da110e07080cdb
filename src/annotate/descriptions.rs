//! Definite descriptions as topics: "the President" names the person who
//! holds the title in the document's context ("the President is not going
//! to give up on this" → Joe Biden in a White House briefing, Barack Obama
//! in a 2012 debate).
//!
//! A description is "the" or "this" followed by one or more title words
//! ("the President", "the Vice President", "this President’s"), not
//! followed by "of" or a name (those are titles of someone else: "the President of
//! Poland", "the President Biden"). Who holds the title comes from
//! [`title_holder`]: a speaker of the document with that title, else the
//! name the corpus writes most often after it. A description of the
//! claim's own speaker is a self-reference and is not a topic. "The
//! administration" is the president's.

use std::ops::Range;

use super::topics::TITLES;
use super::topics::TopicMention;
use crate::extract::reported::{Titles, title_holder};
use crate::text::gazetteer::EntityKind;
use crate::text::names;
use crate::text::words::word_ranges;

/// The most title words in one description ("the Vice President").
const MAX_TITLE_WORDS: usize = 3;

/// Words that start a description ("the President", "this President").
const DETERMINERS: &[&str] = &["the", "this"];

/// Titles that make a description when written in lower case ("the
/// president's term", "the governor said"). Other titles count only
/// capitalised ("the Secretary", not "the head" or "the general public").
const LOWER_CASE_TITLES: &[&str] = &[
    "president",
    "vice president",
    "governor",
    "senator",
    "mayor",
    "chancellor",
    "premier",
    "ambassador",
    "congressman",
    "congresswoman",
    "secretary",
];

/// A description found in a text: the byte range of its title words and
/// the title (lower-case words joined by spaces).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Description {
    pub range: Range<usize>,
    pub title: String,
}

/// The definite descriptions of a text, in order.
pub(crate) fn find(text: &str) -> Vec<Description> {
    let ws = word_ranges(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if !DETERMINERS.iter().any(|d| ws[i].1.eq_ignore_ascii_case(d)) {
            i += 1;
            continue;
        }
        if let Some(d) = administration(text, &ws, i + 1) {
            out.push(d);
            i += 2;
            continue;
        }
        let mut j = i + 1;
        let mut possessive = false;
        while j < ws.len() && j - i <= MAX_TITLE_WORDS && !possessive {
            let bare = names::strip_possessive(ws[j].1);
            if !names::is_role_word(bare) {
                break;
            }
            possessive = bare.len() < ws[j].1.len();
            j += 1;
        }
        if j == i + 1 {
            i += 1;
            continue;
        }
        // Punctuation right after the title ends the description.
        let end = ws[j - 1].0.end;
        let punct_after = text[end..]
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace());
        let next = (!possessive && !punct_after).then(|| ws.get(j)).flatten();
        let names_another = next.is_some_and(|(_, w)| {
            w.eq_ignore_ascii_case("of") || w.chars().next().is_some_and(char::is_uppercase)
        });
        let last = names::strip_possessive(ws[j - 1].1);
        let capitalised = last.chars().next().is_some_and(char::is_uppercase);
        let is_title = is_person_title(&last.to_lowercase());
        if !names_another && is_title {
            let title = ws[i + 1..j]
                .iter()
                .map(|(_, w)| names::strip_possessive(w).to_lowercase())
                .collect::<Vec<_>>()
                .join(" ");
            if capitalised || LOWER_CASE_TITLES.contains(&title.as_str()) {
                out.push(Description {
                    range: ws[i + 1].0.start..end,
                    title,
                });
            }
        }
        i = j;
    }
    out
}

/// "the administration" (not "the administration of …") is the
/// president's: the description of the title "president".
fn administration(text: &str, ws: &[(Range<usize>, &str)], k: usize) -> Option<Description> {
    let (range, w) = ws.get(k)?;
    if !names::strip_possessive(w).eq_ignore_ascii_case("administration") {
        return None;
    }
    let of_follows = ws.get(k + 1).is_some_and(|(r, n)| {
        n.eq_ignore_ascii_case("of") && text[range.end..r.start].trim().is_empty()
    });
    (!of_follows).then(|| Description {
        range: range.clone(),
        title: "president".to_string(),
    })
}

/// The people the descriptions of a claim's text mean, as topic mentions,
/// leaving out the claim's own speaker (a self-reference).
pub(crate) fn mentions(
    text: &str,
    speaker: &str,
    corpus: &Titles,
    surnames: &[String],
) -> Vec<TopicMention> {
    let own = last_word(speaker);
    find(text)
        .into_iter()
        .filter_map(|d| {
            let name = title_holder(corpus, &d.title, surnames)?;
            let looks_like_a_name = name.chars().next().is_some_and(char::is_uppercase)
                && !name.split_whitespace().any(names::is_role_word);
            (looks_like_a_name && last_word(&name) != own).then_some(TopicMention {
                range: d.range,
                name,
                kind: EntityKind::Person,
                nested: false,
            })
        })
        .collect()
}

/// A word that names a person's office ("president", "mayor"), not a
/// modifier ("first", "deputy", "foreign").
fn is_person_title(word: &str) -> bool {
    TITLES.contains(&word)
}

fn last_word(name: &str) -> String {
    name.split_whitespace().last().unwrap_or("").to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(text: &str) -> Vec<(String, String)> {
        find(text)
            .into_iter()
            .map(|d| (text[d.range].to_string(), d.title))
            .collect()
    }

    #[test]
    fn finds_descriptions_not_titles_of_others() {
        // White House briefing, 14 February 2023.
        assert_eq!(
            titles("So, look, the President is not going to give up on this, right?"),
            [("President".to_string(), "president".to_string())]
        );
        // 2012 debate: a possessive ends the description.
        assert_eq!(
            titles("looking back at the beginning of the president's term"),
            [("president's".to_string(), "president".to_string())]
        );
        assert!(titles("She met the President of Poland.").is_empty());
        assert!(titles("We spoke to the President Biden team.").is_empty());
        // Not titles: "first", "the head", "the state" in lower case.
        assert!(titles("It was the first time he had heard from them.").is_empty());
        assert!(titles("the responsibility is at the state and local level").is_empty());
        assert!(titles("the head of the agency").is_empty());
        assert_eq!(
            titles("When you look at this President’s administration,"),
            [("President’s".to_string(), "president".to_string())]
        );
        assert_eq!(
            titles("Has the administration received any requests?"),
            [("administration".to_string(), "president".to_string())]
        );
        assert!(titles("the administration of the region").is_empty());
        assert_eq!(
            titles("as the Vice President said,"),
            [("Vice President".to_string(), "vice president".to_string())]
        );
    }
}
