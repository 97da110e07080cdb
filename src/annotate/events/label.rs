//! Event labels: what a date mention says happened, from the nearest event
//! noun or happening verb within the clause around it.

use std::ops::Range;

use crate::model::Precision;
use crate::text::chars::is_word_char;
use crate::text::lexicon::{pairs, triples, words};
use crate::text::words::{runs, runs_rev, word_ranges};
use crate::text::{dates, names};

pairs!(
    /// Event nouns and the group each belongs to.
    NOUNS = "event_nouns.txt"
);

triples!(
    /// Past-tense verbs that name a happening.
    VERBS = "event_verbs.txt"
);

/// What a mention says happened: label text and group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Short label as written ("trilateral statement", "detention").
    pub text: String,
    /// The group of related event words ("agreement", "meeting", …).
    pub group: &'static str,
}

/// The start of the `n`-th word of [`word_ranges`] before byte `at` (0 when there
/// are fewer): always at a word boundary, so the words from there are the
/// words of the whole text.
fn window_start(text: &str, at: usize, n: usize) -> usize {
    runs_rev(&text[..at], is_word_char)
        .nth(n.saturating_sub(1))
        .map_or(0, |r| r.start)
}

/// The end of the `n`-th word of [`word_ranges`] after byte `at` (the end of the
/// text when there are fewer).
fn window_end(text: &str, at: usize, n: usize) -> usize {
    runs(&text[at..], is_word_char)
        .nth(n.saturating_sub(1))
        .map_or(text.len(), |r| at + r.end)
}

/// A word that can qualify an event noun in a label: a name or acronym
/// ("START treaty", "Moscow summit"), an ordinal ("75th anniversary"),
/// another event noun ("summit meeting") or an adjective by its ending
/// ("trilateral statement", "presidential election").
fn is_modifier(w: &str) -> bool {
    let lower = w.to_lowercase();
    let calendar = dates::month_number(w).is_some()
        || dates::weekday_named(w).is_some()
        || matches!(lower.as_str(), "today" | "yesterday" | "tomorrow");
    if names::is_role_word(w) || calendar {
        return false;
    }
    let capital = w.chars().next().is_some_and(char::is_uppercase);
    let ordinal = w.chars().next().is_some_and(|c| c.is_ascii_digit())
        && ["st", "nd", "rd", "th"].iter().any(|s| lower.ends_with(s));
    let noun = NOUNS.iter().any(|(n, _)| *n == lower);
    let adjective = ADJECTIVE_SUFFIXES.iter().any(|s| lower.ends_with(s)) && lower.len() > 4;
    capital || ordinal || noun || adjective
}

words!(
    /// Endings of adjectives that may stand in a label ("presidential").
    ADJECTIVE_SUFFIXES = "event_adjective_suffixes.txt"
);

words!(
    /// Words that end the clause a date belongs to, after it.
    AFTER_STOP = "event_after_stop.txt"
);

/// The label for a date mention at `range` in `text`: the nearest event noun
/// or verb in the same clause, up to `before` words before the date or
/// `after` words after it.
pub fn label_within(
    text: &str,
    range: &Range<usize>,
    before: usize,
    after: usize,
) -> Option<Label> {
    // Only the words near the date: tokenising the whole text for each of
    // its dates made a sentence with thousands of dates quadratic.
    let lo = window_start(text, range.start, before + 3);
    let hi = window_end(text, range.end, after + 3);
    let ws: Vec<(Range<usize>, &str)> = word_ranges(&text[lo..hi])
        .into_iter()
        .map(|(r, w)| (r.start + lo..r.end + lo, w))
        .collect();
    let first = ws.iter().position(|(r, _)| r.end > range.start)?;
    let last = ws
        .iter()
        .rposition(|(r, _)| r.start < range.end)
        .unwrap_or(first);
    let clause_break = |a: usize, b: usize| text[a..b].contains([';', '.', ':', '?', '!']);
    let mut best: Option<(usize, Label)> = None;
    let consider = |i: usize, dist: usize, best: &mut Option<(usize, Label)>| {
        if best.as_ref().is_some_and(|(d, _)| *d <= dist) {
            return;
        }
        let r = &ws[i].0;
        if range.start <= r.start && r.end <= range.end {
            return;
        }
        if let Some((penalty, label)) = word_label(text, &ws, i) {
            *best = Some((dist + penalty, label));
        }
    };
    // After the date, the clause ends at a conjunction or relative pronoun
    // ("on November 9, 2020 and the agreements…"), and at a comma unless the
    // date opens the sentence ("On February 2, Lavrov will hold talks").
    let opens = first <= 1;
    let mut after_open = true;
    for d in 1..=before.max(after) {
        if d <= first && d <= before && !clause_break(ws[first - d].0.end, range.start) {
            consider(first - d, d, &mut best);
        }
        if after_open && last + d < ws.len() && d <= after {
            let (r, w) = &ws[last + d];
            let gap = &text[range.end..r.start];
            if clause_break(range.end, r.start)
                || AFTER_STOP.contains(&w.to_lowercase().as_str())
                || (!opens && gap.contains(','))
            {
                after_open = false;
            } else {
                consider(last + d, d, &mut best);
            }
        }
    }
    best.map(|(_, l)| l)
}

/// The label word `i` of `ws` (the words of `text` with their ranges) gives,
/// if it is an event noun (with one modifier before it: "trilateral
/// statement") or verb (its noun); with the distance penalty of its kind
/// (0 for a noun, 1 for a verb).
fn word_label(text: &str, ws: &[(Range<usize>, &str)], i: usize) -> Option<(usize, Label)> {
    let (r, w) = &ws[i];
    let lower = w.to_lowercase();
    if let Some(&(_, group)) = NOUNS.iter().find(|(n, _)| *n == lower) {
        let mut text_out = w.to_string();
        if i > 0 {
            let (pr, pw) = &ws[i - 1];
            let adjacent = text[pr.end..r.start].chars().all(char::is_whitespace);
            if adjacent && is_modifier(pw) {
                text_out = format!("{pw} {w}");
            }
        }
        let label = Label {
            text: text_out,
            group,
        };
        return Some((0, label));
    }
    let &(_, noun, group) = VERBS.iter().find(|(v, _, _)| *v == lower)?;
    let label = Label {
        text: noun.to_string(),
        group,
    };
    Some((1, label))
}

/// Words searched for a label (before, after) a day ...
const DAY_LABEL_WINDOW: (usize, usize) = (14, 10);
/// ... a month ...
const MONTH_LABEL_WINDOW: (usize, usize) = (6, 8);
/// ... and a year.
const YEAR_LABEL_WINDOW: (usize, usize) = (3, 3);

/// The label for a date mention: a day can be described from further away
/// (fourteen words before, ten after) than a month (six before, eight
/// after) or a year
/// (three), so that "back in 2017" does not borrow a noun from elsewhere in
/// the sentence.
pub fn label_near(text: &str, range: &Range<usize>, precision: Precision) -> Option<Label> {
    let (before, after) = match precision {
        Precision::Day => DAY_LABEL_WINDOW,
        Precision::Month => MONTH_LABEL_WINDOW,
        Precision::Year => YEAR_LABEL_WINDOW,
    };
    label_within(text, range, before, after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::dates::find_dates;
    use chrono::NaiveDate;

    fn label(text: &str, anchor: (i32, u32, u32)) -> Vec<(String, Option<String>)> {
        let a = NaiveDate::from_ymd_opt(anchor.0, anchor.1, anchor.2);
        find_dates(text, a)
            .iter()
            .map(|d| {
                let l = label_near(text, &d.range, d.date.precision());
                (d.date.to_string(), l.map(|l| l.text))
            })
            .collect()
    }

    #[test]
    fn labels_from_nearby_words() {
        assert_eq!(
            label(
                "Efforts to ensure the exchange of POWs and other detainees are ongoing in accordance with the trilateral statement issued by the leaders of Russia, Azerbaijan and Armenia on November 9, 2020 and the agreements reached between them at their summit meeting in Moscow on January 11, 2021.",
                (2021, 1, 28)
            ),
            [
                (
                    "2020-11-09".to_string(),
                    Some("trilateral statement".to_string())
                ),
                ("2021-01-11".to_string(), Some("summit meeting".to_string())),
            ]
        );
        assert_eq!(
            label(
                "I am one of the seven journalists in Latvia who were detained in December by local security service officers.",
                (2021, 1, 18)
            ),
            [("2020-12".to_string(), Some("detention".to_string()))]
        );
        assert_eq!(
            label(
                "There have been over 50 such cases since 2008.",
                (2021, 1, 28)
            ),
            [("2008".to_string(), None)]
        );
        assert_eq!(
            label(
                "It is part of the agreements signed in the early hours of November 10, 2020.",
                (2021, 1, 18)
            ),
            [("2020-11-10".to_string(), Some("signing".to_string()))]
        );
    }
}
