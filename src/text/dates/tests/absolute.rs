//! Dates written out: full dates, day ranges, months and days, months,
//! years, decades; and what looks like a date and is not.

use super::*;

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

// long: a table of cases, one sentence each
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
        ("until the end of 2021", &[("end of 2021", "2021-12")]),
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
