//! [`find_topics`] end to end.

use super::*;

/// `(name, kind)` of the non-nested topics.
fn top(text: &str) -> Vec<(String, &'static str)> {
    find_topics(text)
        .into_iter()
        .filter(|t| !t.nested)
        .map(|t| (t.name, t.kind.as_str()))
        .collect()
}

/// `name/kind` of all topics, nested ones marked with `^`.
fn all(text: &str) -> Vec<String> {
    find_topics(text)
        .into_iter()
        .map(|t| {
            format!(
                "{}{}/{}",
                if t.nested { "^" } else { "" },
                t.name,
                t.kind.as_str()
            )
        })
        .collect()
}

fn check(text: &str, want: &[(&str, &str)]) {
    let got = top(text);
    let want: Vec<(String, &str)> = want.iter().map(|(n, k)| (n.to_string(), *k)).collect();
    assert_eq!(got, want, "in {text:?}");
}

#[test]
fn brief_examples() {
    check(
        "We all see the response to the news of Alexey Navalny’s return to the Russian Federation.",
        &[("Alexey Navalny", "person"), ("Russia", "country")],
    );
    assert_eq!(
        all(
            "In December 2020, the Latvian State Security Service (VDD) detained several freelance correspondents of Sputnik Latvia, who are Latvian citizens"
        ),
        [
            "Latvian State Security Service/organisation",
            "^Latvia/country",
            "Latvian State Security Service/organisation",
            "Sputnik Latvia/organisation",
            "^Sputnik/organisation",
            "^Latvia/country",
        ]
    );
}

// long: a table of cases, one sentence each
#[test]
fn titles_are_not_topics() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "Foreign Minister Sergey Lavrov will meet with Ahmed Maiteeq, Deputy Prime Minister of the Libyan Government of National Accord.",
            &[
                ("Sergey Lavrov", "person"),
                ("Ahmed Maiteeq", "person"),
                ("Government of National Accord", "organisation"),
            ],
        ),
        (
            "Foreign Minister Sergey Lavrov will hold talks in Moscow with Foreign Minister of Sweden Ann Linde who will arrive in Russia as the OSCE Chairperson-in-Office.",
            &[
                ("Sergey Lavrov", "person"),
                ("Moscow", "place"),
                ("Sweden", "country"),
                ("Ann Linde", "person"),
                ("Russia", "country"),
                ("OSCE", "organisation"),
            ],
        ),
        (
            "Foreign Minister Sergey Lavrov will meet with Minister of Foreign Affairs and Expatriates of the Hashemite Kingdom of Jordan Ayman Safadi.",
            &[
                ("Sergey Lavrov", "person"),
                ("Jordan", "country"),
                ("Ayman Safadi", "person"),
            ],
        ),
        (
            "Foreign Minister Sergey Lavrov will hold talks with High Representative of the European Union for Foreign Affairs and Security Policy Josep Borrell.",
            &[
                ("Sergey Lavrov", "person"),
                ("EU", "organisation"),
                ("Josep Borrell", "person"),
            ],
        ),
        (
            "Foreign Minister of New Zealand Nanaia Mahuta said: “Civil society and political opposition must be able to operate freely",
            &[("New Zealand", "country"), ("Nanaia Mahuta", "person")],
        ),
        (
            "Czech Prime Minister Andrej Babis said that what happened merely confirms the feeling",
            &[("Czech Republic", "country"), ("Andrej Babis", "person")],
        ),
        (
            "Spokesman for the German Government Steffen Seibert pointed to “an abuse of the right to demonstrate.”",
            &[
                ("German Government", "organisation"),
                ("Steffen Seibert", "person"),
            ],
        ),
        (
            "Thus, Minister of Justice and Security of the Netherlands Ferdinand Grapperhaus said:",
            &[
                ("Netherlands", "country"),
                ("Ferdinand Grapperhaus", "person"),
            ],
        ),
        (
            "“My city is crying, and so am I,” Eindhoven Mayor John Jorritsma told reporters on Sunday night.",
            &[("Eindhoven", "place"), ("John Jorritsma", "person")],
        ),
        (
            "President Frank-Walter Steinmeier called them “repulsive.”",
            &[("Frank-Walter Steinmeier", "person")],
        ),
        (
            "Commander of the peacekeeping contingent Lieutenant General Rustam Muradov maintains direct contact",
            &[("Rustam Muradov", "person")],
        ),
        (
            "As Deputy Chief of Staff of the Presidential Executive Office, Dmitry Kozak, said they failed",
            &[
                ("Presidential Executive Office", "organisation"),
                ("Dmitry Kozak", "person"),
            ],
        ),
        (
            "Correspondent Galina Polonskaya, who was on the plane with Alexey Navalny, said",
            &[
                ("Galina Polonskaya", "person"),
                ("Alexey Navalny", "person"),
            ],
        ),
        (
            "OPCW Director-General Fernando Arias refused to answer our questions",
            &[("OPCW", "organisation"), ("Fernando Arias", "person")],
        ),
        (
            "Former US Secretary of State Rex Tillerson has refused to provide the “irrefutable proof”",
            &[("United States", "country"), ("Rex Tillerson", "person")],
        ),
        (
            "The West unanimously ignored the calls by the UN Secretary General and the UN High Commissioner for Human Rights",
            &[
                ("West", "other"),
                ("UN", "organisation"),
                ("UN", "organisation"),
            ],
        ),
        (
            "the Commissioner for Human Rights at the Council of Europe and the OSCE Representative on Freedom of the Media",
            &[
                ("Council of Europe", "organisation"),
                ("OSCE", "organisation"),
            ],
        ),
        (
            "Our American colleagues made Ecumenical Patriarch Bartholomew follow the path of schism",
            &[("United States", "country"), ("Bartholomew", "person")],
        ),
    ];
    for (text, want) in cases {
        check(text, want);
    }
}

#[test]
fn honorifics_and_surnames() {
    check(
        "Mr Lavrov and Mr Maiteeq will discuss the prospects for Libyan settlement",
        &[
            ("Sergey Lavrov", "person"),
            ("Maiteeq", "person"),
            ("Libya", "country"),
        ],
    );
    check(
        "Doctors in Omsk, who saved Mr Navalny’s life before he was literally ripped away",
        &[("Omsk", "place"), ("Alexey Navalny", "person")],
    );
    check(
        "A foreign policy aspect has been added to the Navalny case artificially.",
        &[("Alexey Navalny", "person")],
    );
    check(
        "Navalny claims that he has been poisoned by the Russian state and by President Putin personally.",
        &[
            ("Alexey Navalny", "person"),
            ("Russia", "country"),
            ("Vladimir Putin", "person"),
        ],
    );
    check("Mr. Billingslea said openly", &[("Billingslea", "person")]);
    check(
        "Marshall Billingslea, who will leave the post in two days, cannot let up. This is not a whim of Mr Billingslea.",
        &[
            ("Marshall Billingslea", "person"),
            ("Marshall Billingslea", "person"),
        ],
    );
    check(
        "We have noted a decision convicting Mark Schmidt. The scale of the doping scandal involving Schmidt’s activities",
        &[("Mark Schmidt", "person"), ("Mark Schmidt", "person")],
    );
    check(
        "According to President Zelensky, Ukraine needs the Minsk agreements",
        &[
            ("Volodymyr Zelensky", "person"),
            ("Ukraine", "country"),
            ("Minsk agreements", "other"),
        ],
    );
    check(
        "Thank you, Maria and thank you, Mr Minister, for taking my question.",
        &[("Maria", "person")],
    );
}

#[test]
fn people_without_titles() {
    check(
        "The cases against Konstantin Yaroshenko, Roman Seleznev, Viktor Bout, and also Maria Butina (who has returned to Russia)",
        &[
            ("Konstantin Yaroshenko", "person"),
            ("Roman Seleznev", "person"),
            ("Viktor Bout", "person"),
            ("Maria Butina", "person"),
            ("Russia", "country"),
        ],
    );
    check(
        "Many recalled Karl Marx, Friedrich Engels, Vladimir Lenin and other analysts of capitalism",
        &[
            ("Karl Marx", "person"),
            ("Friedrich Engels", "person"),
            ("Vladimir Lenin", "person"),
        ],
    );
    check(
        "Mark Schmidt masterminded an international doping ring",
        &[("Mark Schmidt", "person")],
    );
    check(
        "It has been said recently that it was Yulia Navalny who was poisoned.",
        &[("Yulia Navalny", "person")],
    );
    check(
        "One example is the story of Lyudmila Ilyina, a geographer from Moscow",
        &[("Lyudmila Ilyina", "person"), ("Moscow", "place")],
    );
    check(
        "Joseph Biden is an expert on disarmament and arms control.",
        &[("Joe Biden", "person")],
    );
    check(
        "as John F. Kennedy and Jean-Claude Juncker said",
        &[
            ("John F. Kennedy", "person"),
            ("Jean-Claude Juncker", "person"),
        ],
    );
}

#[test]
fn sentence_initial_words() {
    for text in [
        "Ladies and gentlemen, colleagues,",
        "However, certain and not too positive changes are still being felt.",
        "Transcript now being loaded up below as it becomes available:",
        "Carbon-copy comments on this event are coming in one after another.",
        "Officers of the Consulate General and their colleagues helped.",
        "Several days ago, nothing happened.",
        "Table of contents",
        "E-visas",
        "I suggest that you ask them.",
    ] {
        assert!(top(text).is_empty(), "{text}: {:?}", top(text));
    }
    check(
        "Euronews broadcast a story today.",
        &[("Euronews", "organisation")],
    );
    check(
        "Modern Sri Lanka enjoys well-deserved respect in the world",
        &[("Sri Lanka", "country")],
    );
    check(
        "Lithuania has built an entire system of measures",
        &[("Lithuania", "country")],
    );
    check(
        "Question: Sergey Lavrov said the following about Nagorno-Karabakh",
        &[("Sergey Lavrov", "person"), ("Nagorno-Karabakh", "place")],
    );
    // Months, weekdays and "I" never start names.
    check(
        "In January 2020, an employee of the TASS press centre was detained on Sunday.",
        &[("TASS", "organisation")],
    );
}

// long: a table of cases, one sentence each
#[test]
fn organisations_places_and_other() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "The diplomats promptly contacted the Texas Department of Family and Protective Services and the Moscow Department of Social Protection.",
            &[
                (
                    "Texas Department of Family and Protective Services",
                    "organisation",
                ),
                ("Moscow Department of Social Protection", "organisation"),
            ],
        ),
        (
            "Several days ago, Germany happily announced that it had answered the four requests it received from the Prosecutor General’s Office of Russia.",
            &[
                ("Germany", "country"),
                ("Prosecutor General's Office of Russia", "organisation"),
            ],
        ),
        (
            "a media crimes investigation board of the Ankara Prosecutor’s Office detained Sputnik Turkey employees.",
            &[
                ("Ankara Prosecutor’s Office", "organisation"),
                ("Sputnik Turkey", "organisation"),
            ],
        ),
        (
            "an employee of the TASS press centre was detained in Milan Airport by border guards. The Financial Guard militarised police force interrogated him",
            &[
                ("TASS", "organisation"),
                ("Milan Airport", "place"),
                ("Financial Guard", "organisation"),
            ],
        ),
        (
            "Russia proposed making the Karabakh Humanitarian Response Centre an international agency",
            &[
                ("Russia", "country"),
                ("Karabakh Humanitarian Response Centre", "organisation"),
            ],
        ),
        (
            "We will also use the Russian Fund for the Support and Protection of the Rights of Compatriots Living Abroad",
            &[(
                "Russian Fund for the Support and Protection of the Rights of Compatriots Living Abroad",
                "organisation",
            )],
        ),
        (
            "The US is a member of the Convention for the Protection of Human Rights and Fundamental Freedoms and the International Covenant on Civil and Political Rights.",
            &[
                ("United States", "country"),
                ("European Convention on Human Rights", "other"),
                (
                    "International Covenant on Civil and Political Rights",
                    "other",
                ),
            ],
        ),
        (
            "This year we will celebrate the 20th anniversary of the Russian-Chinese Treaty of Good-Neighbourliness, Friendship and Cooperation.",
            &[(
                "Russian-Chinese Treaty of Good-Neighbourliness, Friendship and Cooperation",
                "other",
            )],
        ),
        (
            "the Year of Russian-Chinese Scientific, Technical and Innovative Cooperation.",
            &[(
                "Year of Russian-Chinese Scientific, Technical and Innovative Cooperation",
                "other",
            )],
        ),
        (
            "January 27 marked Military Glory Day, Day of Complete Liberation of Leningrad from Nazi Siege.",
            &[
                ("Day of Complete Liberation of Leningrad", "other"),
                ("Nazi Siege", "other"),
            ],
        ),
        (
            "the soldiers of the Leningrad Front, the Volkhov Front and the 2nd Baltic Front drove Nazi troops out of the city and liberated almost the entire Leningrad Region.",
            &[
                ("Leningrad Front", "organisation"),
                ("Volkhov Front", "organisation"),
                ("Baltic Front", "organisation"),
                ("Nazism", "other"),
                ("Leningrad Region", "place"),
            ],
        ),
        (
            "The people of Leningrad gathered in the streets, squares and the Neva River embankments",
            &[("Leningrad", "place"), ("Neva River", "place")],
        ),
        (
            "We will notify the German Foreign Ministry soon; the Ukrainian Navy in the Black Sea",
            &[
                ("German Foreign Ministry", "organisation"),
                ("Ukrainian Navy", "organisation"),
                ("Black Sea", "place"),
            ],
        ),
        (
            "information is available in the Results of Foreign Policy Activities in 2020.",
            &[("Results of Foreign Policy Activities", "other")],
        ),
        (
            "This is one of the key projects of Memory and Glory Year.",
            &[], // a commemorative year is a time expression
        ),
        (
            "I would like to draw your attention to the Federation Council Statement in connection with violations",
            &[("Federation Council Statement", "other")],
        ),
        (
            "the blogger was “highly likely” poisoned with a Novichok chemical warfare agent",
            &[("Novichok", "other")],
        ),
        (
            "It is the Minsk agreements and the New START treaty.",
            &[("Minsk agreements", "other"), ("New START", "other")],
        ),
    ];
    for (text, want) in cases {
        check(text, want);
    }
}

#[test]
fn nested_names_policy() {
    assert_eq!(
        all("the Russian-Chinese Inter-Parliamentary Commission"),
        [
            "Russian-Chinese Inter-Parliamentary Commission/organisation",
            "^Russia/country",
            "^China/country"
        ]
    );
    assert_eq!(
        all("the OSCE Minsk Group co-chairs"),
        ["OSCE Minsk Group/organisation", "^OSCE/organisation"]
    );
    assert_eq!(
        all("the UN Security Council"),
        ["UN Security Council/organisation", "^UN/organisation"]
    );
    assert_eq!(
        all("the US Embassy’s website"),
        ["US Embassy/organisation", "^United States/country"]
    );
    // Places inside names are not repeated; nor names inside countries.
    assert_eq!(
        all("the Moscow Department of Social Protection"),
        ["Moscow Department of Social Protection/organisation"]
    );
    assert_eq!(all("Papua New Guinea"), ["Papua New Guinea/country"]);
    assert_eq!(all("the Minsk agreements"), ["Minsk agreements/other"]);
    // Inside treaties only countries.
    assert_eq!(all("the UN Charter"), ["UN Charter/other"]);
    assert_eq!(all("Sri Lanka Independence Day"), ["^Sri Lanka/country"]);
}

#[test]
fn compounds_give_every_part() {
    check(
        "A lot more can be said about Russian-Chinese cooperation.",
        &[("Russia", "country"), ("China", "country")],
    );
    check(
        "the Palestinian-Israeli conflict",
        &[("Palestine", "country"), ("Israel", "country")],
    );
    check(
        "the India-Russia defence trade",
        &[("India", "country"), ("Russia", "country")],
    );
    check(
        "in the Black Sea-Azov Sea region",
        &[("Black Sea", "place"), ("Sea of Azov", "place")],
    );
    check("in the post-Soviet period", &[("Soviet Union", "country")]);
    check(
        "a range of issues and outlook on Russia-EU relations",
        &[("Russia", "country"), ("EU", "organisation")],
    );
}

#[test]
fn acronyms() {
    check(
        "the Shanghai Cooperation Organisation (SCO) and BRICS",
        &[
            ("SCO", "organisation"),
            ("SCO", "organisation"),
            ("BRICS", "organisation"),
        ],
    );
    check(
        "the Foreign Assistance Development Bureau (FADB) said",
        &[
            ("Foreign Assistance Development Bureau", "organisation"),
            ("Foreign Assistance Development Bureau", "organisation"),
        ],
    );
    // Generic acronyms and plurals are not topics.
    assert!(top("USB memory sticks, IT experts, NGOs and POWs").is_empty());
    check(
        "the Chemical Weapons Convention (CWC)",
        &[
            ("Chemical Weapons Convention", "other"),
            ("Chemical Weapons Convention", "other"),
        ],
    );
}

#[test]
fn ranges_slice_the_names() {
    let text = "Foreign Minister Sergey Lavrov’s meeting with Foreign Minister of Sweden Ann Linde";
    let got: Vec<&str> = find_topics(text)
        .iter()
        .map(|t| &text[t.range.clone()])
        .collect();
    assert_eq!(got, ["Sergey Lavrov", "Sweden", "Ann Linde"]);
    let text = "the Latvian State Security Service";
    let got: Vec<&str> = find_topics(text)
        .iter()
        .map(|t| &text[t.range.clone()])
        .collect();
    assert_eq!(got, ["Latvian State Security Service", "Latvian"]);
}

#[test]
fn user_gazetteer() {
    let mut g = Gazetteer::parse("country\tRuritania\tRuritanian\n");
    g.add(crate::text::gazetteer::Entry {
        canonical: "Ruritanian Wine Board".into(),
        kind: EntityKind::Organisation,
        aliases: vec!["RWB".into()],
    });
    let got: Vec<String> = find_topics_with(&g, "The RWB and the Ruritanian government")
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(got, ["Ruritanian Wine Board", "Ruritania"]);
}

#[test]
fn empty_and_odd_input() {
    assert!(find_topics("").is_empty());
    assert!(find_topics("   \n\n").is_empty());
    assert!(find_topics("—“”()…").is_empty());
    assert!(find_topics("1,532 2+2 19:40").is_empty());
    // Never panics on arbitrary Unicode.
    let _ = find_topics("Ёлка Ü’s – «Zürich» d’Ivoire U.S. Mr.");
}

/// Real paragraphs with curly quotes, dashes, possessives and numbers.
const SAMPLE: &str = "Many politicians, primarily Western officials, practiced their beautiful literary writing skills. Swedish Foreign Minister Ann Linde wrote: “A healthy and vibrant opposition should be welcomed.” Foreign Minister of New Zealand Nanaia Mahuta said: “Civil society and political opposition must be able to operate freely – these are essential elements of democratic societies.” Czech Prime Minister Andrej Babis said that what happened merely confirms the feeling of the last few years that Russia is moving away from the community of democratic states.\nOn January 23, 2020, Vinnik was extradited to France by the Greek Justice Minister’s decision. The French courts rejected the petitions by Vinnik's lawyers, and on December 7, 2020, the French court incarcerated the Russian for five years. The Prosecutor General’s Office of Russia; the U.S. and the Côte d’Ivoire; Mr. Navalny’s “poisoning”…";

#[test]
fn every_slice_is_safe() {
    let g = Gazetteer::builtin();
    let anchor = chrono::NaiveDate::from_ymd_opt(2021, 1, 28);
    let bounds: Vec<usize> = SAMPLE
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(SAMPLE.len()))
        .collect();
    for (k, &a) in bounds.iter().enumerate().step_by(3) {
        for &b in bounds[k..].iter().step_by(7).take(40) {
            let text = &SAMPLE[a..b];
            for t in find_topics(text) {
                assert!(
                    t.range.start < t.range.end && t.range.end <= text.len(),
                    "{text:?}"
                );
                assert!(text.is_char_boundary(t.range.start) && text.is_char_boundary(t.range.end));
                assert!(!t.name.is_empty());
            }
            for m in g.find(text) {
                assert!(text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end));
            }
            let dates = crate::text::dates::find_dates(text, anchor);
            for m in &dates {
                assert!(text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end));
            }
            assert!(dates.windows(2).all(|w| w[0].range.end <= w[1].range.start));
            let s = crate::annotate::checkworthiness::checkworthiness(text);
            assert!((0.0..=1.0).contains(&s));
        }
    }
}

#[test]
fn contractions_are_not_topics() {
    // From the White House briefing of 10 February 2023.
    check(
        "I’m not in the position to confirm those reports right now, and I’d refer you to the Department of Treasury.",
        &[("Department of Treasury", "organisation")],
    );
    check(
        "We’re going to keep at it, and That’s what Poland expects.",
        &[("Poland", "country")],
    );
}
