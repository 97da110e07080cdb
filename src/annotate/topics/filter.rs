//! Mentions that are not topics after all, removed once a text's mentions
//! are found:
//!
//! * **time expressions**: names ending in a time word ("Black History
//!   Month", "Independence Day", "Fiscal Year"; `topic_time_heads.txt`);
//! * **inhabitants**: a demonym that describes people or firms, not the
//!   state: before an inhabitant noun ("the American people", "a great
//!   American company"; `topic_inhabitant_nouns.txt`), or a plural on its own
//!   ("Americans want to know"). A demonym for the state or its affairs
//!   stays ("his Chinese counterpart", "the Libyan settlement",
//!   "Russian-Chinese cooperation", "the Israelis said").
//!
//! Names inside longer names (`nested`) are left alone: "Latvian State
//! Security Service" is still about Latvia.

use std::ops::Range;

use super::TopicMention;
use crate::text::gazetteer::EntityKind;
use crate::text::lexicon::words;

words!(TIME_HEADS = "topic_time_heads.txt");
words!(INHABITANT_NOUNS = "topic_inhabitant_nouns.txt");

/// Endings of single-word demonyms ("American", "Chinese", "Israelis",
/// "French"); country names with these endings ("Iran", "Japan") are their
/// entry's canonical name and never reach the test.
const DEMONYM_ENDINGS: &[&str] = &["an", "ans", "ese", "ish", "i", "is", "ch"];

/// Removes time expressions and demonyms that describe inhabitants.
pub(super) fn drop_non_topics(text: &str, out: &mut Vec<TopicMention>) {
    out.retain(|t| {
        if t.nested {
            return true;
        }
        match t.kind {
            EntityKind::Other => !is_time_name(&t.name),
            EntityKind::Country => {
                let surface = &text[t.range.clone()];
                !(is_demonym(surface, &t.name) && describes_inhabitants(text, t.range.clone()))
            }
            _ => true,
        }
    });
}

fn is_time_name(name: &str) -> bool {
    name.split_whitespace().count() > 1
        && name
            .rsplit(' ')
            .next()
            .is_some_and(|w| TIME_HEADS.contains(&w.to_lowercase().as_str()))
}

/// A one-word form of a country other than its canonical name, ending like
/// a demonym, and not an acronym or a "-stan" name.
fn is_demonym(surface: &str, canonical: &str) -> bool {
    !surface.contains(char::is_whitespace)
        && surface != canonical
        && surface.chars().any(char::is_lowercase)
        && !surface.ends_with("stan")
        && DEMONYM_ENDINGS.iter().any(|e| surface.ends_with(e))
}

/// Whether the demonym at `range` stands for people or firms: an
/// inhabitant noun is among the next two words (read up to the first
/// punctuation: "American people", "American working families"), or it is a
/// plural without "the" ("Americans want…"; but "the Israelis said" is the
/// state).
fn describes_inhabitants(text: &str, range: Range<usize>) -> bool {
    if text[..range.start].ends_with('-') || text[range.end..].starts_with('-') {
        return false; // "Russian-Chinese cooperation"
    }
    let mut after = Vec::new();
    for w in text[range.end..].split_whitespace().take(2) {
        let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if core.is_empty() || !core.chars().all(char::is_lowercase) {
            break;
        }
        after.push(core);
        if core.len() < w.len() {
            break;
        }
    }
    if after.iter().any(|w| INHABITANT_NOUNS.contains(w)) {
        return true;
    }
    let surface = &text[range.clone()];
    if !surface.ends_with('s') {
        return false;
    }
    // "the Israelis said", "blamed the Americans": the state.
    let after_the = text[..range.start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    !after_the
}

#[cfg(test)]
mod tests {
    use super::super::find_topics;

    fn names(text: &str) -> Vec<String> {
        find_topics(text).into_iter().map(|t| t.name).collect()
    }

    #[test]
    fn inhabitants_are_not_the_country() {
        // White House briefing, 14 February 2023, and the 2012 debates.
        assert!(names("I think Americans, you know, want to know if there’s more.").is_empty());
        assert_eq!(
            names("We keep the American people, American families, American communities safe."),
            Vec::<String>::new()
        );
        assert!(names("How do you convince a great American company to bring it back?").is_empty());
    }

    #[test]
    fn demonyms_for_the_state_name_the_country() {
        assert_eq!(names("He spoke with his Chinese counterpart."), ["China"]);
        assert_eq!(names("We talked to the German side."), ["Germany"]);
        assert_eq!(
            names("I met my Armenian and Azerbaijani colleagues."),
            ["Armenia", "Azerbaijan"]
        );
        assert_eq!(names("The Chinese have invested heavily."), ["China"]);
        assert_eq!(names("That is what the Israelis said."), ["Israel"]);
        assert_eq!(names("They discussed the Libyan settlement."), ["Libya"]);
        assert!(names("Five Russian citizens were detained.").is_empty());
        assert_eq!(names("The United States will respond."), ["United States"]);
    }

    #[test]
    fn time_expressions_are_not_topics() {
        assert!(names("Remember, we are in Black History Month.").is_empty());
        assert_eq!(
            names("We met the Sri Lanka Independence Day delegation."),
            ["Sri Lanka"]
        );
    }
}
