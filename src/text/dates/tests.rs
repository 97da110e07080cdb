//! [`find_dates`] end to end, form by form.

use super::*;

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
fn full_dates_in_common_forms() {
    assert_eq!(iso("January 18, 2021"), ["2021-01-18"]);
    assert_eq!(iso("Wednesday 20 January 2021"), ["2021-01-20"]);
    assert_eq!(iso("Moscow, January 28, 2021"), ["2021-01-28"]);
    assert_eq!(iso("on 2021-01-28."), ["2021-01-28"]);
    assert!(iso("February 30, 2021").is_empty());
}

#[test]
fn full_dates_from_the_samples() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "the trilateral statement issued by the leaders of Russia, Azerbaijan and Armenia on November 9, 2020 and the agreements reached between them at their summit meeting in Moscow on January 11, 2021.",
            &[
                ("November 9, 2020", "2020-11-09"),
                ("January 11, 2021", "2021-01-11"),
            ],
        ),
        (
            "Colonel Yury Mel who was convicted on politicised charges in connection with the January 13, 1991 events at Vilnius television centre",
            &[("January 13, 1991", "1991-01-13")],
        ),
        (
            "Pursuant to the Federal Law No. 305-FZ of July 31, 2020, starting as of January 1, 2021, the interested federal executive bodies",
            &[
                ("July 31, 2020", "2020-07-31"),
                ("January 1, 2021", "2021-01-01"),
            ],
        ),
        (
            "was suspended on March 18, 2020, as a temporary measure under clause 5 of the Russian Government directive No. 635-r of March 16, 2020.",
            &[
                ("March 18, 2020", "2020-03-18"),
                ("March 16, 2020", "2020-03-16"),
            ],
        ),
        (
            "In the evening of January 27, 1944, a 324-gun salute thundered through the sky over Leningrad.",
            &[("January 27, 1944", "1944-01-27")],
        ),
        (
            "A Chinese delegation attended the parade held on Red Square on June 24, 2020.",
            &[("June 24, 2020", "2020-06-24")],
        ),
        (
            "Wednesday 20 January 2021",
            &[("Wednesday 20 January 2021", "2021-01-20")],
        ),
        (
            "on 9 November 2020 in Moscow",
            &[("9 November 2020", "2020-11-09")],
        ),
        (
            "on the 9th of November, 2020",
            &[("9th of November, 2020", "2020-11-09")],
        ),
        (
            "on November 9th, 2020",
            &[("November 9th, 2020", "2020-11-09")],
        ),
        (
            "Thursday, January 28, 2021",
            &[("Thursday, January 28, 2021", "2021-01-28")],
        ),
        ("on Jan. 28, 2021", &[("Jan. 28, 2021", "2021-01-28")]),
    ];
    for (text, want) in cases {
        check(BRIEFING, text, want);
    }
}

#[test]
fn day_ranges_are_one_mention() {
    check(
        BRIEFING,
        "Statement by the Foreign Ministry of Azerbaijan on the 31st anniversary of January 19-20, 1990, events",
        &[("January 19-20, 1990", "1990-01-19..1990-01-20")],
    );
    check(
        BRIEFING,
        "on 19–20 January 1990",
        &[("19–20 January 1990", "1990-01-19..1990-01-20")],
    );
    let m = &find_dates("January 19-20, 1990", None)[0];
    assert_eq!(m.date.to_string(), "1990-01-19");
    assert_eq!(m.end.unwrap().to_string(), "1990-01-20");
}

#[test]
fn month_and_day_take_the_nearest_year() {
    let cases: &[AnchoredCase] = &[
        (
            BRIEFING,
            "On February 2, Foreign Minister Sergey Lavrov will hold talks in Moscow",
            &[("February 2", "2021-02-02")],
        ),
        (
            BRIEFING,
            "On January 29, Foreign Minister Sergey Lavrov will meet with Ahmed Maiteeq",
            &[("January 29", "2021-01-29")],
        ),
        (
            BRIEFING,
            "January 27 marked Military Glory Day, Day of Complete Liberation of Leningrad from Nazi Siege.",
            &[("January 27", "2021-01-27")],
        ),
        (
            BRIEFING,
            "regarding the January 23 rallies.",
            &[("January 23", "2021-01-23")],
        ),
        (
            PRESSER,
            "trying to agree on the extension of the New START treaty before it expires on February 5.",
            &[("February 5", "2021-02-05")],
        ),
        (
            PRESSER,
            "the declarations signed on November 9, 2020 and January 11",
            &[
                ("November 9, 2020", "2020-11-09"),
                ("January 11", "2021-01-11"),
            ],
        ),
        (
            PRESSER,
            "preparing for Navalny’s return on January 17",
            &[("January 17", "2021-01-17")],
        ),
        // December in a January document is last December.
        (
            "2021-01-10",
            "on December 20",
            &[("December 20", "2020-12-20")],
        ),
        // Nearest by days: 181 days ahead rather than 184 back.
        ("2021-01-15", "on July 15", &[("July 15", "2021-07-15")]),
        // A bare month 6 months either way: the past.
        ("2021-01-15", "in July", &[("July", "2020-07")]),
        (
            "2021-01-15",
            "on 20 January",
            &[("20 January", "2021-01-20")],
        ),
    ];
    for (anchor, text, want) in cases {
        check(anchor, text, want);
    }
    let m = &find_dates("On February 2", Some(d(BRIEFING)))[0];
    assert_eq!(m.kind, DateKind::YearInferred);
    // Without an anchor there is no year to infer.
    assert!(iso("On February 2").is_empty());
}

#[test]
fn months_keep_month_precision() {
    let cases: &[AnchoredCase] = &[
        (
            PRESSER,
            "In late November 2020, a group of 62 Armenian servicemen was sent to the Hadrut region",
            &[("late November 2020", "2020-11")],
        ),
        (
            PRESSER,
            "which, in its current form, arose in early December 2020, a month after",
            &[("early December 2020", "2020-12")],
        ),
        (
            PRESSER,
            "to have a meeting with Foreign Minister of Turkey Mevlut Cavusoglu in late January.",
            &[("late January", "2021-01")],
        ),
        (
            BRIEFING,
            "3. In October 2020, FBI officers interrogated the spouse",
            &[("October 2020", "2020-10")],
        ),
        (
            PRESSER,
            "when they became overexcited about the March 2014 referendum in Crimea.",
            &[("March 2014", "2014-03")],
        ),
        (
            PRESSER,
            "the Malaysian Boeing, which was shot down over Ukraine in July 2014",
            &[("July 2014", "2014-07")],
        ),
        (
            PRESSER,
            "All this was confirmed at the summit in Paris in December 2019.",
            &[("December 2019", "2019-12")],
        ),
        (
            PRESSER,
            "In December, they carried out a search of our office",
            &[("December", "2020-12")],
        ),
        (
            PRESSER,
            "since August, several days after the blogger left the Omsk hospital.",
            &[("August", "2020-08")],
        ),
        (
            PRESSER,
            "Last December, we signed a protocol",
            &[("Last December", "2020-12")],
        ),
        (
            BRIEFING,
            "working in the region within the framework of the humanitarian mission since November 2020.",
            &[("November 2020", "2020-11")],
        ),
        (
            PRESSER,
            "the November 2020 Damascus conference",
            &[("November 2020", "2020-11")],
        ),
        (
            "2021-03-10",
            "by mid-December",
            &[("mid-December", "2020-12")],
        ),
        (
            "2021-03-10",
            "at the end of January",
            &[("end of January", "2021-01")],
        ),
        (
            "2021-03-10",
            "next February",
            &[("next February", "2022-02")],
        ),
    ];
    for (anchor, text, want) in cases {
        check(anchor, text, want);
    }
    let m = &find_dates("In late November 2020", None)[0];
    assert_eq!(
        (m.qualifier, m.kind),
        (Some(Qualifier::Late), DateKind::Explicit)
    );
    let m = &find_dates("in late November", Some(d(PRESSER)))[0];
    assert_eq!(m.date.to_string(), "2020-11");
    assert_eq!(
        (m.qualifier, m.kind),
        (Some(Qualifier::Late), DateKind::YearInferred)
    );
}

#[test]
fn may_and_march_the_words_are_not_months() {
    assert!(
        at(
            BRIEFING,
            "They may decide later. May I ask a question? The march was peaceful."
        )
        .is_empty()
    );
    assert!(at(BRIEFING, "May God bless you. Theresa May said").is_empty());
    check(
        BRIEFING,
        "On May 9, we celebrate",
        &[("May 9", "2021-05-09")],
    );
    check(
        BRIEFING,
        "in May 2020 and in May",
        &[("May 2020", "2020-05"), ("May", "2021-05")],
    );
}

#[test]
fn years_in_year_contexts() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "we prepared a roadmap of our common vision of movement towards peace back in 2017.",
            &[("2017", "2017")],
        ),
        (
            "The island nation gained freedom in 1948 after more than a century of British colonial rule.",
            &[("1948", "1948")],
        ),
        (
            "There have been over 50 such cases since 2008.",
            &[("2008", "2008")],
        ),
        (
            "This is our traditional news conference on the foreign policy outcomes of 2020.",
            &[("2020", "2020")],
        ),
        (
            "the Charter for European Security adopted in Istanbul in 1999",
            &[("1999", "1999")],
        ),
        (
            "At the decision of the UN in 2005, this day was proclaimed",
            &[("2005", "2005")],
        ),
        (
            "the leaders of the two Korean states in 2018.",
            &[("2018", "2018")],
        ),
        (
            "it follows from the universal 1982 UN Convention on the Law of the Sea",
            &[],
        ),
        (
            "it follows from the 1982 UN Convention on the Law of the Sea",
            &[("1982", "1982")],
        ),
        ("The year 2020 was hard", &[("2020", "2020")]),
        ("by early 2021", &[("early 2021", "2021")]),
        ("in mid-2020", &[("mid-2020", "2020")]),
        ("until the end of 2021", &[("end of 2021", "2021")]),
    ];
    for (text, want) in cases {
        check(BRIEFING, text, want);
    }
}

#[test]
fn year_ranges_and_decades() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "about 2,500 people were injured during the yellow vest actions in France in 2018-2019.",
            &[("2018-2019", "2018..2019")],
        ),
        (
            "at least 800,000 civilians starved to death during the first winter of 1941-1942.",
            &[("1941-1942", "1941..1942")],
        ),
        (
            "Almost 400 books were published in the Soviet Union between 1945 and 1991, and over 200 editions",
            &[("1945 and 1991", "1945..1991")],
        ),
        ("from 2014 to 2020", &[("2014 to 2020", "2014..2020")]),
        ("the 2018–19 season", &[("2018–19", "2018..2019")]),
        (
            "Having signed the Covenant (it was in the 1960s)",
            &[("1960s", "1960..1969")],
        ),
        (
            "It was established in the late 1990s, and it is still functioning.",
            &[("late 1990s", "1990..1999")],
        ),
    ];
    for (text, want) in cases {
        check(BRIEFING, text, want);
    }
}

#[test]
fn counts_times_and_codes_are_not_dates() {
    for text in [
        "Based on various estimates, about 14,000 rubber bullets were fired",
        "Russia and Italy have a 2+2 mechanism where the defence and foreign ministers meet",
        "Please forward the video to time marker 19:40.",
        "We strongly noted the need to honour UN Security Council Resolution 2254",
        "Federal Law No. 305-FZ",
        "a 324-gun salute; 24 historic salvos; 1.5 to 2 million soldiers",
        "Armenia and Azerbaijan have transferred 1,532 bodies to each other",
        "They mailed 95 million ballots.",
        "a total of 2000 people were detained; in 2000 cases",
        "the 77th anniversary; the 75th Session",
        "the S-400 missile system; COVID-19; flight MH-17",
        "he visited 1999/2000",
        "in 1000 years",
    ] {
        assert!(
            at(BRIEFING, text).is_empty(),
            "{text}: {:?}",
            at(BRIEFING, text)
        );
    }
}

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
