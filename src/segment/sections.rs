//! Sections: headings, and table-of-contents items that have no heading.
//!
//! Briefings often open with a table of contents whose items reappear as
//! headings, though not all of them do: the first item and the Q&A items
//! usually have none. The paragraphs between two headings are assigned, in
//! order, to the heading before them or to the contents items that fall
//! between the two headings and never appear as a heading, by a monotone
//! alignment that maximises the rare words a paragraph shares with an item
//! (IDF-weighted), paying a penalty for each switch, a smaller one where a
//! new turn starts.

use std::collections::{HashMap, HashSet};

use crate::text::chars::{is_apostrophe, is_dash};

/// Switching to the next item costs this much evidence within a monologue…
pub const SWITCH_COST: f64 = 2.0;
/// …and this much where a question starts. In the Q&A, a section can change
/// only where a question starts: an answer stays with its question.
pub const SWITCH_COST_AT_QUESTION: f64 = 0.75;

/// Weight of a word missing from the IDF table (tests pass none).
const DEFAULT_IDF: f64 = 3.0;

/// Lower-cases and lightly stems the content words of a text: the first six
/// letters of each word of three letters or more, stop words dropped.
pub fn stems(text: &str) -> HashSet<String> {
    const STOP: &[&str] = &[
        "the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "has", "have",
        "will", "its", "our", "their", "his", "her", "not", "but", "all", "any", "which", "who",
        "about", "into", "over", "also", "been", "being", "they", "them", "there", "would",
        "should", "could", "can", "may", "more", "than", "such", "other", "out", "one", "two",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()))
        .map(|w| w.chars().take(6).collect())
        .collect()
}

/// Normalises a heading or contents item for comparison.
pub fn norm_title(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            c if is_apostrophe(c) => '\'',
            '“' | '”' => '"',
            c if is_dash(c) => '-',
            _ => c,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', ':'])
        .to_lowercase()
}

/// One paragraph to place: its text and what it costs to start a new
/// section there.
pub struct Slot<'a> {
    /// The paragraph text.
    pub text: &'a str,
    /// [`SWITCH_COST`], [`SWITCH_COST_AT_QUESTION`] or infinity.
    pub switch_cost: f64,
}

/// Assigns each paragraph of one stretch between headings to a contents
/// item.
///
/// `current` is the item of the heading that opens the stretch (`None` at
/// the document start); `missing` are the items, in contents order, that may
/// take over within the stretch. Returns, per paragraph, `None` for the
/// opening heading's section or `Some(k)` for `missing[k]`.
pub fn align(
    slots: &[Slot<'_>],
    current: Option<&str>,
    missing: &[&str],
    idf: &HashMap<String, f64>,
) -> Vec<Option<usize>> {
    if missing.is_empty() || slots.is_empty() {
        return vec![None; slots.len()];
    }
    let item_stems: Vec<HashSet<String>> = std::iter::once(current.unwrap_or(""))
        .chain(missing.iter().copied())
        .map(stems)
        .collect();
    let n = slots.len();
    let m = item_stems.len();
    let score = |p: usize, s: usize| -> f64 {
        if s == 0 && current.is_none() {
            return 0.0;
        }
        stems(slots[p].text)
            .intersection(&item_stems[s])
            .map(|w| idf.get(w).copied().unwrap_or(DEFAULT_IDF))
            .sum()
    };
    // best[p][s]: best total for paragraphs 0..=p with paragraph p in state s.
    let mut best = vec![vec![f64::NEG_INFINITY; m]; n];
    let mut back = vec![vec![0usize; m]; n];
    for (s, b) in best[0].iter_mut().enumerate() {
        let cost = if s == 0 { 0.0 } else { slots[0].switch_cost };
        *b = score(0, s) - cost;
    }
    for p in 1..n {
        let switch = slots[p].switch_cost;
        let sc: Vec<f64> = (0..m).map(|s| score(p, s)).collect();
        for s in 0..m {
            let (mut arg, mut val) = (s, best[p - 1][s]);
            // On a tie, switch as late as possible: stay in the earlier item.
            for (t, &prev) in best[p - 1].iter().enumerate().take(s) {
                if prev - switch >= val {
                    val = prev - switch;
                    arg = t;
                }
            }
            best[p][s] = val + sc[s];
            back[p][s] = arg;
        }
    }
    let mut s = (0..m)
        .max_by(|&a, &b| best[n - 1][a].total_cmp(&best[n - 1][b]).then(b.cmp(&a)))
        .unwrap_or(0);
    let mut out = vec![None; n];
    for p in (0..n).rev() {
        out[p] = (s > 0).then(|| s - 1);
        s = back[p][s];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slots<'a>(texts: &[&'a str]) -> Vec<Slot<'a>> {
        texts
            .iter()
            .map(|t| Slot {
                text: t,
                switch_cost: if t.starts_with("Question") {
                    SWITCH_COST_AT_QUESTION
                } else if t.starts_with("Maria") {
                    f64::INFINITY
                } else {
                    SWITCH_COST
                },
            })
            .collect()
    }

    #[test]
    fn missing_items_take_over_where_their_words_appear() {
        let texts = [
            "We have noted a decision made by a German court convicting Mark Schmidt.",
            "Moscow strongly condemns the use of prohibited drugs.",
            "The system for issuing unified electronic visas was launched.",
            "On February 4, Sri Lanka marks Independence Day.",
            "All the very best to our friends on their holiday.",
            "Question: How far has the Nagorno-Karabakh issue progressed?",
            "Maria Zakharova: Efforts are ongoing.",
        ];
        let idf = HashMap::new();
        let got = align(
            &slots(&texts),
            Some("Munich court ruling on case of Erfurt sports physician Mark Schmidt"),
            &[
                "E-visas",
                "Sri Lanka Independence Day",
                "Developments around the Nagorno-Karabakh settlement process",
            ],
            &idf,
        );
        assert_eq!(
            got,
            [None, None, Some(0), Some(1), Some(1), Some(2), Some(2)]
        );
    }

    #[test]
    fn document_start_without_heading() {
        let texts = [
            "On January 29, Foreign Minister Sergey Lavrov will meet with Ahmed Maiteeq.",
            "Mr Lavrov and Mr Maiteeq will discuss the prospects for Libyan settlement.",
        ];
        let got = align(
            &slots(&texts),
            None,
            &["Foreign Minister Sergey Lavrov’s meeting with Ahmed Maiteeq, Deputy Prime Minister"],
            &HashMap::new(),
        );
        assert_eq!(got, [Some(0), Some(0)]);
    }
}
