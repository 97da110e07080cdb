//! Issue 15's hard cases on a real excerpt: lines of the White House press
//! briefings of 14 and 16 February 2023 (`tests/data/wh_briefing_excerpt.txt`).
//! Topics are entities, not inhabitants or time expressions, and "the
//! President" is the person the briefing names with that title.

mod util;

use serde_json::Value;
use util::*;

const DOC: &str = "wh_briefing_excerpt.txt";

fn built() -> (Scratch, Value) {
    let s = Scratch::new();
    s.write(DOC, include_bytes!("data/wh_briefing_excerpt.txt"));
    ok(&s.build(&[]));
    let g = s.graph_json();
    (s, g)
}

fn topics_of(g: &Value, starts: &str) -> Vec<String> {
    let c = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["kind"] == "claim" && n["text"].as_str().unwrap().starts_with(starts))
        .unwrap_or_else(|| panic!("no claim starting {starts:?}"));
    c["topics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_president_is_the_briefings_president() {
    let (_s, g) = built();
    assert_eq!(
        topics_of(&g, "So, look, the President is not going to give up"),
        ["Joe Biden"]
    );
    // "President Biden" written out gives the same person.
    assert!(topics_of(&g, "Thursday, President Biden is hosting").contains(&"Joe Biden".into()));
}

#[test]
fn inhabitants_and_time_expressions_are_not_topics() {
    let (_s, g) = built();
    assert!(topics_of(&g, "I think Americans, you know, want to know").is_empty());
    assert!(
        topics_of(
            &g,
            "He’s going to make sure that we keep the American people"
        )
        .is_empty()
    );
    assert!(
        !topics_of(&g, "Remember, we are in Black History Month")
            .iter()
            .any(|t| t.contains("Month"))
    );
    assert!(
        g["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["kind"] != "topic" || n["name"] != "United States")
    );
}
