//! The gazetteer's forms, matching and sample sentences.

use super::*;

/// `(matched text, canonical)` pairs found in `text`.
fn found(text: &str) -> Vec<(String, String)> {
    Gazetteer::builtin()
        .find(text)
        .into_iter()
        .map(|m| (text[m.range.clone()].to_string(), m.entry.canonical.clone()))
        .collect()
}

fn canon(text: &str) -> Vec<String> {
    found(text).into_iter().map(|(_, c)| c).collect()
}

#[test]
fn demonyms_resolve_to_countries() {
    let g = Gazetteer::builtin();
    assert_eq!(g.lookup("German").unwrap().canonical, "Germany");
    assert_eq!(g.lookup("Latvian").unwrap().canonical, "Latvia");
    assert_eq!(g.lookup("OSCE").unwrap().kind, EntityKind::Organisation);
    assert!(g.lookup("Lavrov").is_none());
}

#[test]
fn lookup_tolerates_article_and_curly_apostrophes() {
    let g = Gazetteer::builtin();
    for (form, canonical) in [
        ("the Netherlands", "Netherlands"),
        ("Netherlands", "Netherlands"),
        ("Holland", "Netherlands"),
        ("Dutch", "Netherlands"),
        ("the US", "United States"),
        ("USA", "United States"),
        ("U.S.", "United States"),
        ("America", "United States"),
        ("the UK", "United Kingdom"),
        ("Great Britain", "United Kingdom"),
        ("People’s Republic of China", "China"),
        ("Germans", "Germany"),
        ("Group of Seven", "G7"),
        ("VDD", "Latvian State Security Service"),
        (
            "Latvian State Security Service",
            "Latvian State Security Service",
        ),
        ("Kiev", "Kyiv"),
        ("Donbass", "Donbas"),
        ("Lugansk", "Luhansk"),
        ("Islas Malvinas", "Falkland Islands"),
        ("Petrograd", "St Petersburg"),
    ] {
        assert_eq!(
            g.lookup(form).map(|e| e.canonical.as_str()),
            Some(canonical),
            "{form}"
        );
    }
    assert!(g.lookup("us").is_none());
    assert!(g.lookup("turkey").is_none());
}

#[test]
fn builtin_has_the_sovereign_states() {
    let g = Gazetteer::builtin();
    let countries = g
        .entries()
        .iter()
        .filter(|e| e.kind == EntityKind::Country)
        .count();
    // 193 UN members + 2 observer states + 4 former states.
    assert_eq!(countries, 199);
    for name in [
        "Holy See",
        "Palestine",
        "South Sudan",
        "Eswatini",
        "Timor-Leste",
        "Tuvalu",
    ] {
        assert_eq!(g.lookup(name).unwrap().kind, EntityKind::Country, "{name}");
    }
    for name in ["Kosovo", "Taiwan", "Hong Kong", "Crimea", "Abkhazia"] {
        assert_eq!(g.lookup(name).unwrap().kind, EntityKind::Place, "{name}");
    }
}

#[test]
fn every_entry_is_findable_by_its_canonical_name() {
    let g = Gazetteer::builtin();
    for e in g.entries() {
        let hits = g.find(&e.canonical);
        assert!(
            hits.iter()
                .any(|m| m.range == (0..e.canonical.len()) || m.entry.canonical == e.canonical),
            "{} not found by itself: {:?}",
            e.canonical,
            hits.iter().map(|m| &m.entry.canonical).collect::<Vec<_>>()
        );
    }
}

// long: a table of cases, one sentence each
#[test]
fn find_sample_sentences() {
    let cases: &[(&str, &[&str])] = &[
        (
            "We all see the response to the news of Alexey Navalny’s return to the Russian Federation.",
            &["Alexey Navalny", "Russia"],
        ),
        (
            "In December 2020, the Latvian State Security Service (VDD) detained several freelance correspondents of Sputnik Latvia, who are Latvian citizens",
            &[
                "Latvian State Security Service",
                "Latvian State Security Service",
                "Sputnik",
                "Latvia",
                "Latvia",
            ],
        ),
        (
            "We will introduce similar approaches in other organisations of which Russia is a member, including the SCO, BRICS, the CSTO, the CIS and the EAEU.",
            &["Russia", "SCO", "BRICS", "CSTO", "CIS", "EAEU"],
        ),
        (
            "During a recent meeting of the Russian-Chinese Inter-Parliamentary Commission",
            &["Russia", "China"],
        ),
        (
            "a range of issues and outlook on Russia-EU relations will be discussed.",
            &["Russia", "EU"],
        ),
        (
            "Berlin should be reminded of their sharp, almost aggressive reaction to protests in Germany, including the breach of police lines at the Bundestag building by coronavirus sceptics in Berlin in August 2020.",
            &["Berlin", "Germany", "Bundestag", "Berlin"],
        ),
        (
            "The German parliamentary party Alternative for Germany (AfD), which is widely seen as being cultivated by Russia",
            &["Germany", "AfD", "AfD", "Russia"],
        ),
        ("a storm on the Capitol, not to mention", &["Capitol"]),
        (
            "the Armenians had more problems initially, in Nagorno-Karabakh and the Lachin corridor",
            &["Armenia", "Nagorno-Karabakh", "Lachin corridor"],
        ),
        (
            "the combat power of the Ukrainian Navy in the Black Sea-Azov Sea region",
            &["Ukraine", "Black Sea", "Sea of Azov"],
        ),
        (
            "the UN Security Council’s unanimous resolution; UNSC Resolution 2254 calls for",
            &["UN Security Council", "UN Security Council Resolution 2254"],
        ),
        (
            "We support all resolutions of the UN General Assembly on the Islas Malvinas.",
            &["UN General Assembly", "Falkland Islands"],
        ),
        (
            "the free and open Indo-Pacific Region and the Asia-Pacific region; Asia Pacific",
            &["Indo-Pacific", "Asia Pacific", "Asia Pacific"],
        ),
        (
            "Greece’s territorial waters; the Greek Orthodox Church and the Cypriot Orthodox Church",
            &["Greece", "Greek Orthodox Church", "Cypriot Orthodox Church"],
        ),
        (
            "Russian-Sri Lankan bilateral ties have invariably remained constructive",
            &["Russia", "Sri Lanka"],
        ),
        (
            "the World Health Organisation (WHO), UNESCO, and the UN Human Rights Council (UNHRC)",
            &[
                "WHO",
                "WHO",
                "UNESCO",
                "UN Human Rights Council",
                "UN Human Rights Council",
            ],
        ),
        (
            "The Helsinki Final Act and an entire series of OSCE documents (the Charter of Paris for a New Europe, the Charter for European Security adopted in Istanbul in 1999)",
            &[
                "Helsinki Final Act",
                "OSCE",
                "Charter of Paris for a New Europe",
                "Charter for European Security",
                "Istanbul",
            ],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(canon(text), *want, "{text}");
    }
}

#[test]
fn acronyms_are_case_sensitive() {
    assert_eq!(
        canon("Tell us what the US and the EU think."),
        ["United States", "EU"]
    );
    assert!(canon("let us who are in the who").is_empty());
    assert_eq!(canon("the WHO said"), ["WHO"]);
    assert_eq!(
        canon("In the U.S. and the U.K."),
        ["United States", "United Kingdom"]
    );
}

#[test]
fn common_words_are_not_names() {
    assert!(canon("we ate turkey and china plates; may I? polish it, chad").is_empty());
    assert_eq!(canon("Turkey and China"), ["Turkey", "China"]);
    assert_eq!(canon("RUSSIA AND TURKEY"), ["Russia", "Turkey"]);
    assert_eq!(
        canon("THE UNITED STATES AND THE PEOPLE’S REPUBLIC OF CHINA"),
        ["United States", "China"]
    );
}

#[test]
fn word_boundaries_and_possessives() {
    assert_eq!(
        found("Russia’s and Germany's positions; Niger and Nigeria; Russians"),
        [
            ("Russia".to_string(), "Russia".to_string()),
            ("Germany".to_string(), "Germany".to_string()),
            ("Niger".to_string(), "Niger".to_string()),
            ("Nigeria".to_string(), "Nigeria".to_string()),
            ("Russians".to_string(), "Russia".to_string()),
        ]
    );
    // Not inside words.
    assert!(canon("Prussian Frenchified Americanism").is_empty());
    // After a hyphen: "post-Soviet" is about the Soviet Union.
    assert_eq!(canon("the post-Soviet period"), ["Soviet Union"]);
}

#[test]
fn longest_match_wins() {
    assert_eq!(canon("Latin American region"), ["Latin America"]);
    assert_eq!(
        canon("Papua New Guinea and Guinea-Bissau"),
        ["Papua New Guinea", "Guinea-Bissau"]
    );
    assert_eq!(
        canon("the Leningrad Region and Leningrad"),
        ["Leningrad Region", "Leningrad"]
    );
    assert_eq!(
        canon("the OSCE Minsk Group co-chairs"),
        ["OSCE Minsk Group"]
    );
    assert_eq!(canon("the Minsk agreements"), ["Minsk agreements"]);
    assert_eq!(canon("the Sputnik V vaccine"), ["Sputnik V"]);
}

#[test]
fn whitespace_and_hyphen_variants() {
    assert_eq!(canon("Nagorno Karabakh"), ["Nagorno-Karabakh"]);
    assert_eq!(canon("United\u{a0}States of\nAmerica"), ["United States"]);
    assert_eq!(canon("Côte d’Ivoire"), ["Côte d'Ivoire"]);
}

#[test]
fn nested_names() {
    let g = Gazetteer::builtin();
    let text = "the Latvian State Security Service and the UN Security Council";
    let outer = g.find(text);
    let inner: Vec<Vec<&str>> = outer
        .iter()
        .map(|m| {
            g.find_nested(text, m)
                .iter()
                .map(|n| n.entry.canonical.as_str())
                .collect()
        })
        .collect();
    assert_eq!(inner, [vec!["Latvia"], vec!["UN"]]);
    // Other forms of the outer entry are not nested names.
    let text = "the US Embassy";
    let m = &g.find(text)[0];
    let inner: Vec<&str> = g
        .find_nested(text, m)
        .iter()
        .map(|n| n.entry.canonical.as_str())
        .collect();
    assert_eq!(inner, ["United States"]);
    assert!(g.find_nested("Latvia", &g.find("Latvia")[0]).is_empty());
}

#[test]
fn person_surnames() {
    let g = Gazetteer::builtin();
    assert_eq!(
        g.person_by_surname("Navalny").unwrap().canonical,
        "Alexey Navalny"
    );
    assert_eq!(
        g.person_by_surname("Lavrov’s").unwrap().canonical,
        "Sergey Lavrov"
    );
    assert_eq!(
        g.person_by_surname("putin").unwrap().canonical,
        "Vladimir Putin"
    );
    // Two listed Skripals: ambiguous.
    assert!(g.person_by_surname("Skripal").is_none());
    assert!(g.person_by_surname("Smith").is_none());
    // too common to name the one well-known bearer as a speaker
    assert!(Gazetteer::is_common_surname("Johnson"));
    assert!(Gazetteer::is_common_surname("harris"));
    assert!(!Gazetteer::is_common_surname("Lavrov"));
}

#[test]
fn user_entries_extend_and_do_not_override() {
    let mut g = Gazetteer::parse("country\tGermany\tGerman\nplace\tBerlin\n");
    g.add(Entry {
        canonical: "German Institute".into(),
        kind: EntityKind::Organisation,
        aliases: vec!["German".into(), "GI".into()],
    });
    assert_eq!(g.lookup("German").unwrap().canonical, "Germany");
    let text = "The German Institute in Berlin (GI)";
    let got: Vec<&str> = g
        .find(text)
        .iter()
        .map(|m| m.entry.canonical.as_str())
        .collect();
    assert_eq!(got, ["German Institute", "Berlin", "German Institute"]);
}

#[test]
fn malformed_lines_are_ignored() {
    let g = Gazetteer::parse("# c\nnonsense\tX\ncountry\n\ncountry\tRuritania\tRuritanian\n");
    assert_eq!(g.entries().len(), 1);
    assert_eq!(g.lookup("Ruritanian").unwrap().canonical, "Ruritania");
}
