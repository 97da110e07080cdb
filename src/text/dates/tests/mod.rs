//! [`find_dates`] end to end, form by form.

use super::*;

mod absolute;
mod relative;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The briefing's date (a Thursday).
const BRIEFING: &str = "2021-01-28";
/// The press conference's date (a Monday).
const PRESSER: &str = "2021-01-18";

fn iso(text: &str) -> Vec<String> {
    find_dates(text, None)
        .into_iter()
        .map(|m| m.date.to_string())
        .collect()
}

/// `(matched text, ISO date[..end])` for each mention.
fn at(anchor: &str, text: &str) -> Vec<(String, String)> {
    find_dates(text, Some(d(anchor)))
        .into_iter()
        .map(|m| {
            let mut s = m.date.to_string();
            if let Some(e) = m.end {
                s.push_str("..");
                s.push_str(&e.to_string());
            }
            (text[m.range].to_string(), s)
        })
        .collect()
}

/// `(anchor, text, [(matched text, ISO date)])`.
type AnchoredCase<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

fn check(anchor: &str, text: &str, want: &[(&str, &str)]) {
    let got = at(anchor, text);
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want, "in {text:?}");
}

#[test]
fn mentions_are_in_order_and_slice_the_text() {
    let text = "On January 23, 2020, Vinnik was extradited to France; on December 7, 2020, the French court incarcerated him. Born in 2019, she was placed in care on November 10, 2020.";
    let ms = find_dates(text, Some(d(BRIEFING)));
    let got: Vec<&str> = ms.iter().map(|m| &text[m.range.clone()]).collect();
    assert_eq!(
        got,
        [
            "January 23, 2020",
            "December 7, 2020",
            "2019",
            "November 10, 2020"
        ]
    );
    assert!(ms.windows(2).all(|w| w[0].range.end <= w[1].range.start));
}

#[test]
fn iso_parsing() {
    assert_eq!(parse_iso("2021-01-28").unwrap().to_string(), "2021-01-28");
    assert_eq!(parse_iso("2021-01").unwrap().to_string(), "2021-01");
    assert_eq!(parse_iso("2021").unwrap().to_string(), "2021");
    assert!(parse_iso("2021-13").is_none());
    assert!(parse_iso("21-01-01").is_none());
    assert!(iso("2021-01-28x").is_empty());
}

#[test]
fn file_name_dates() {
    assert_eq!(
        date_in_file_name("2021-01-28_briefing.txt"),
        NaiveDate::from_ymd_opt(2021, 1, 28)
    );
    assert_eq!(
        date_in_file_name("briefing_20210128.md"),
        NaiveDate::from_ymd_opt(2021, 1, 28)
    );
    assert_eq!(date_in_file_name("000_c44d6f7761710eb4.txt"), None);
}
