//! Dates relative to the document's date: days, months and years ago or
//! ahead, weekdays by tense, parts of days and weeks, spans of years,
//! centuries and named days, vague references.

use super::*;

#[test]
fn relative_days() {
    let cases: &[AnchoredCase] = &[
        (
            BRIEFING,
            "Yesterday, on January 27, 2021, the Russian Permanent Mission to the UN sent",
            &[
                ("Yesterday", "2021-01-27"),
                ("January 27, 2021", "2021-01-27"),
            ],
        ),
        (
            BRIEFING,
            "the Foreign Ministry statement in support of our senators, which were published yesterday.",
            &[("yesterday", "2021-01-27")],
        ),
        (
            BRIEFING,
            "I have already responded comprehensively today to all those",
            &[("today", "2021-01-28")],
        ),
        (
            BRIEFING,
            "we will know tomorrow",
            &[("tomorrow", "2021-01-29")],
        ),
        (
            BRIEFING,
            "the day before yesterday",
            &[("the day before yesterday", "2021-01-26")],
        ),
        (
            PRESSER,
            "The reply that the German authorities sent us three days ago",
            &[("three days ago", "2021-01-15")],
        ),
        (
            PRESSER,
            "Donald Trump came to power four years ago",
            &[("four years ago", "2017")],
        ),
        (
            BRIEFING,
            "Seventy-six years ago, on January 27, 1945, Soviet troops liberated",
            &[
                ("Seventy-six years ago", "1945"),
                ("January 27, 1945", "1945-01-27"),
            ],
        ),
        (PRESSER, "a year ago", &[("a year ago", "2020")]),
        (PRESSER, "two months ago", &[("two months ago", "2020-11")]),
        // Generic "today's" is not a date.
        (
            PRESSER,
            "freedom of the media, especially in today’s world",
            &[],
        ),
        (PRESSER, "today's meeting", &[("today", "2021-01-18")]),
    ];
    for (anchor, text, want) in cases {
        check(anchor, text, want);
    }
    assert!(iso("yesterday and today").is_empty());
}

#[test]
fn relative_years_and_months() {
    let cases: &[AnchoredCase] = &[
        (
            PRESSER,
            "Last year we observed the 75th anniversary of the end of WWII",
            &[("Last year", "2020")],
        ),
        (
            PRESSER,
            "This year we will celebrate the 20th anniversary",
            &[("This year", "2021")],
        ),
        (
            PRESSER,
            "Berlin hosted this year’s first meeting",
            &[("this year", "2021")],
        ),
        (
            PRESSER,
            "At the beginning of last year, North Korea reaffirmed",
            &[("beginning of last year", "2020")],
        ),
        (PRESSER, "next month", &[("next month", "2021-02")]),
        (PRESSER, "last month", &[("last month", "2020-12")]),
    ];
    for (anchor, text, want) in cases {
        check(anchor, text, want);
    }
    let m = &find_dates("At the beginning of last year", Some(d(PRESSER)))[0];
    assert_eq!(
        (m.qualifier, m.kind),
        (Some(Qualifier::Early), DateKind::Relative)
    );
}

#[test]
fn weekdays_follow_tense() {
    // The briefing is on Thursday 2021-01-28; the Dutch riots were on Sunday 24th.
    check(
        BRIEFING,
        "Speaking about riots in the Netherlands on Sunday, Acting Prime Minister Mark Rutte said: “This has nothing to do with protest, this is criminal violence and we will treat it as such.”",
        &[("Sunday", "2021-01-24")],
    );
    check(
        BRIEFING,
        "“My city is crying, and so am I,” Eindhoven Mayor John Jorritsma told reporters on Sunday night.",
        &[("Sunday", "2021-01-24")],
    );
    check(
        BRIEFING,
        "The minister will arrive on Monday.",
        &[("Monday", "2021-02-01")],
    );
    check(
        BRIEFING,
        "The museum opens on Saturday",
        &[("Saturday", "2021-01-30")],
    );
    check(
        BRIEFING,
        "The museum opens on Monday",
        &[("Monday", "2021-01-25")],
    );
    check(
        BRIEFING,
        "The museum opens on Thursday",
        &[("Thursday", "2021-01-28")],
    );
    check(
        BRIEFING,
        "last Thursday",
        &[("last Thursday", "2021-01-21")],
    );
    check(
        BRIEFING,
        "next Thursday",
        &[("next Thursday", "2021-02-04")],
    );
}

#[test]
fn parts_of_the_day_and_weeks() {
    // White House briefing of Monday 2023-02-13.
    let monday = "2023-02-13";
    check(
        monday,
        "He briefed you last night.",
        &[("last night", "2023-02-12")],
    );
    check(
        monday,
        "I spoke to him this morning.",
        &[("this morning", "2023-02-13")],
    );
    check(
        monday,
        "We will know more tonight.",
        &[("tonight", "2023-02-13")],
    );
    check(
        monday,
        "Last week, we were told several times that every precaution was taken.",
        &[("Last week", "2023-02-06..2023-02-12")],
    );
    check(
        monday,
        "He will be in Munich this week.",
        &[("this week", "2023-02-13..2023-02-19")],
    );
    check(
        monday,
        "The objects shot down over the weekend were smaller.",
        &[("over the weekend", "2023-02-11..2023-02-12")],
    );
    check(
        monday,
        "Over the course of the weekend we recovered debris.",
        &[("Over the course of the weekend", "2023-02-11..2023-02-12")],
    );
}

#[test]
fn spans_of_years_centuries_and_named_days() {
    // Presidential debate of 2012-10-22.
    let debate = "2012-10-22";
    check(
        debate,
        "Over the last four years we've cut taxes.",
        &[("the last four years", "2008..2012")],
    );
    check(
        debate,
        "We will do it over the next four years.",
        &[("the next four years", "2012..2016")],
    );
    check(
        debate,
        "Our oil imports are at the lowest level in two decades.",
        &[("in two decades", "1992")],
    );
    check(
        debate,
        "They haven't had talks in two years.",
        &[("in two years", "2010")],
    );
    check(
        debate,
        "We need a 21st century economy.",
        &[("21st century", "2001..2100")],
    );
    check(
        debate,
        "After 9/11, we went after al-Qaeda.",
        &[("9/11", "2001-09-11")],
    );
    check(
        debate,
        "The system was set up in June of 2021.",
        &[("June of 2021", "2021-06")],
    );
}

#[test]
fn vague_and_weekly_ago() {
    // Presidential debate of Monday 2012-10-22.
    let debate = "2012-10-22";
    check(
        debate,
        "Just a few weeks ago, you said it.",
        &[("a few weeks ago", "2012-10")],
    );
    check(
        debate,
        "A few months ago, you said Russia.",
        &[("A few months ago", "2012")],
    );
    check(
        debate,
        "Just a few years ago, we were at war.",
        &[("a few years ago", "2009")],
    );
    check(
        debate,
        "Three weeks ago we met.",
        &[("Three weeks ago", "2012-10-01")],
    );
    check(
        debate,
        "A couple of years ago he agreed.",
        &[("A couple of years ago", "2010")],
    );
}

#[test]
fn ahead_of_today_and_the_other_day() {
    // White House briefing of 2023-02-16; presidential debate of 2012-10-22.
    let briefing = "2023-02-16";
    let debate = "2012-10-22";
    check(
        briefing,
        "That is six years from today.",
        &[("six years from today", "2029-02-16")],
    );
    check(
        briefing,
        "not just in two years, but in six years from today, when he would",
        &[
            ("in two years", "2025"),
            ("six years from today", "2029-02-16"),
        ],
    );
    check(
        briefing,
        "Ten years from now, we will see.",
        &[("Ten years from now", "2033")],
    );
    check(
        briefing,
        "Three months from now the rule takes effect.",
        &[("Three months from now", "2023-05")],
    );
    check(
        debate,
        "I was just the other day in Ohio.",
        &[("the other day", "2012-10")],
    );
    // an anniversary is not dated
    check(
        debate,
        "Tonight is the 50th anniversary of the night that President Kennedy spoke.",
        &[("Tonight", "2012-10-22")],
    );
}

#[test]
fn the_end_and_beginning_of_a_year_are_its_months() {
    let debate = "2012-10-22";
    check(
        debate,
        "We're going to be out by the end of 2014.",
        &[("end of 2014", "2014-12")],
    );
    check(
        debate,
        "The rule starts at the beginning of 2015.",
        &[("beginning of 2015", "2015-01")],
    );
    check(debate, "It was late 2014.", &[("late 2014", "2014")]);
}

#[test]
fn a_year_before_a_campaign_event() {
    check(
        "2012-10-22",
        "In the 2000 debates, there was no mention of terrorism.",
        &[("2000", "2000")],
    );
}

#[test]
fn within_a_range_of_years() {
    let debate = "2012-10-22";
    check(
        debate,
        "It is going to be the largest economy within eight to 10 years.",
        &[("within eight to 10 years", "2020..2022")],
    );
    check(
        debate,
        "We will be out of there within two years.",
        &[("within two years", "2014")],
    );
}
