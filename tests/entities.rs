//! Issue 4 on the sample corpus: events, topics, check-worthiness, the
//! config file, speaker variants.

mod util;

use std::collections::HashSet;
use std::fs;

use serde_json::Value;
use util::*;

fn built() -> (Scratch, Value) {
    let s = Scratch::with_sample();
    ok(&s.build(&[]));
    let g = s.graph_json();
    (s, g)
}

fn nodes<'a>(g: &'a Value, kind: &str) -> Vec<&'a Value> {
    g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == kind)
        .collect()
}

fn claim_by_line<'a>(g: &'a Value, doc: &str, line: u64, starts: &str) -> &'a Value {
    nodes(g, "claim")
        .into_iter()
        .find(|c| {
            c["doc"] == doc && c["line"] == line && c["text"].as_str().unwrap().starts_with(starts)
        })
        .unwrap_or_else(|| panic!("no claim at {doc}:{line} starting {starts:?}"))
}

/// Documents whose claims have an edge of `kind` to node `id`.
fn docs_linking(g: &Value, kind: &str, id: &str) -> HashSet<String> {
    let claims: std::collections::HashMap<&str, &str> = nodes(g, "claim")
        .iter()
        .map(|c| (c["id"].as_str().unwrap(), c["doc"].as_str().unwrap()))
        .collect();
    g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == kind && e["target"] == id)
        .filter_map(|e| {
            claims
                .get(e["source"].as_str().unwrap())
                .map(|d| d.to_string())
        })
        .collect()
}

fn date_of<'a>(c: &'a Value, text: &str) -> &'a Value {
    c["dates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["text"] == text)
        .unwrap_or_else(|| panic!("no date {text:?} in {c}"))
}

#[test]
fn dates_are_resolved_with_their_precision() {
    let (_, g) = built();
    let feb2 = claim_by_line(&g, BRIEFING, 25, "On February 2");
    assert_eq!(date_of(feb2, "February 2")["date"], "2021-02-02");
    assert_eq!(date_of(feb2, "February 2")["precision"], "day");
    assert_eq!(date_of(feb2, "February 2")["resolution"], "year_inferred");
    let salute = claim_by_line(&g, BRIEFING, 83, "In the evening of January 27, 1944");
    assert_eq!(date_of(salute, "January 27, 1944")["date"], "1944-01-27");
    let october = claim_by_line(&g, BRIEFING, 54, "In October 2020");
    assert_eq!(date_of(october, "October 2020")["date"], "2020-10");
    assert_eq!(date_of(october, "October 2020")["precision"], "month");
    let late = claim_by_line(&g, PRESS_CONFERENCE, 176, "In late November 2020");
    assert_eq!(date_of(late, "late November 2020")["date"], "2020-11");
    assert_eq!(date_of(late, "late November 2020")["qualifier"], "late");
    let sunday = claim_by_line(
        &g,
        BRIEFING,
        44,
        "Speaking about riots in the Netherlands on Sunday",
    );
    assert_eq!(date_of(sunday, "Sunday")["date"], "2021-01-24");
}

#[test]
fn one_event_for_november_9_in_both_documents() {
    let (_, g) = built();
    let nov9: Vec<&Value> = nodes(&g, "event")
        .into_iter()
        .filter(|e| e["date"] == "2020-11-09")
        .collect();
    assert_eq!(nov9.len(), 1, "{nov9:?}");
    let e = nov9[0];
    assert_eq!(e["precision"], "day");
    assert_eq!(e["documents"], 2);
    let id = e["id"].as_str().unwrap();
    assert!(id.starts_with("event:2020-11-09:"), "{id}");
    let docs = docs_linking(&g, "mentions_event", id);
    assert_eq!(
        docs,
        HashSet::from([PRESS_CONFERENCE.to_string(), BRIEFING.to_string()])
    );
    // The January 11, 2021 summit too.
    let jan11: Vec<&Value> = nodes(&g, "event")
        .into_iter()
        .filter(|e| e["date"] == "2021-01-11")
        .collect();
    assert_eq!(jan11.len(), 1);
    assert_eq!(jan11[0]["documents"], 2);
    // The briefing's sentence links to both, and lists them.
    let c = claim_by_line(&g, BRIEFING, 111, "Efforts to ensure the exchange of POWs");
    let events: Vec<&str> = c["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap())
        .collect();
    assert_eq!(events, [id, jan11[0]["id"].as_str().unwrap()]);
    // A year alone ("since 2008") is a date on the claim, not an event.
    let since = claim_by_line(
        &g,
        BRIEFING,
        67,
        "There have been over 50 such cases since 2008.",
    );
    assert_eq!(date_of(since, "2008")["precision"], "year");
    assert_eq!(since["events"], serde_json::json!([]));
}

#[test]
fn topics_with_claims_from_both_documents() {
    let (_, g) = built();
    let topics = nodes(&g, "topic");
    let find = |name: &str| {
        *topics
            .iter()
            .find(|t| t["name"] == name)
            .unwrap_or_else(|| panic!("no topic {name}"))
    };
    for (name, kind) in [
        ("Alexey Navalny", "person"),
        ("Germany", "country"),
        ("Latvia", "country"),
        ("OSCE", "organisation"),
    ] {
        let t = find(name);
        assert_eq!(t["topic_kind"], kind, "{name}");
        assert_eq!(t["documents"], 2, "{name}");
        let docs = docs_linking(&g, "mentions", t["id"].as_str().unwrap());
        assert_eq!(docs.len(), 2, "{name} is mentioned in both documents");
    }
    // The OPCW is a topic of the press conference; the briefing never names
    // it.
    let opcw = find("OPCW");
    assert_eq!(opcw["topic_kind"], "organisation");
    assert_eq!(
        docs_linking(&g, "mentions", opcw["id"].as_str().unwrap()),
        HashSet::from([PRESS_CONFERENCE.to_string()])
    );
    // Demonyms map to countries; "Mr Navalny" to the person.
    let c = claim_by_line(
        &g,
        BRIEFING,
        60,
        "In December 2020, the Latvian State Security Service",
    );
    let names: Vec<&str> = c["topics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert!(names.contains(&"Latvia"), "{names:?}");
    assert!(names.contains(&"Sputnik Latvia"), "{names:?}");
    let mr = claim_by_line(&g, PRESS_CONFERENCE, 164, "Doctors in Omsk");
    assert!(
        mr["topics"]
            .as_array()
            .unwrap()
            .contains(&Value::from("Alexey Navalny"))
    );
    // Section headings tag the claims under them.
    let visas = claim_by_line(
        &g,
        BRIEFING,
        105,
        "On February 4, the Democratic Socialist Republic of Sri Lanka",
    );
    assert!(
        visas["topics"]
            .as_array()
            .unwrap()
            .contains(&Value::from("Sri Lanka"))
    );
    let under_heading = claim_by_line(
        &g,
        BRIEFING,
        109,
        "All the very best to our Sri Lankan friends",
    );
    // (The heading "Sri Lanka Independence Day" names a date, not a topic;
    // the country in it tags the claims.)
    assert!(
        under_heading["topics"]
            .as_array()
            .unwrap()
            .contains(&Value::from("Sri Lanka"))
    );
}

#[test]
fn checkworthiness_ranks_checkable_claims_high() {
    let (_, g) = built();
    let greeting = claim_by_line(
        &g,
        PRESS_CONFERENCE,
        14,
        "Ladies and gentlemen, colleagues,",
    );
    assert!(
        greeting["checkworthiness"].as_f64().unwrap() < 0.2,
        "{greeting}"
    );
    let bullets = claim_by_line(
        &g,
        BRIEFING,
        41,
        "Based on various estimates, about 14,000 rubber bullets",
    );
    assert!(
        bullets["checkworthiness"].as_f64().unwrap() > 0.8,
        "{bullets}"
    );
    let thanks = claim_by_line(&g, PRESS_CONFERENCE, 272, "Thank you.");
    assert!(
        thanks["checkworthiness"].as_f64().unwrap() < 0.2,
        "{thanks}"
    );
}

#[test]
fn min_checkworthiness_filters_claims() {
    let s = Scratch::with_sample();
    let all = {
        ok(&s.build(&[]));
        nodes(&s.graph_json(), "claim").len()
    };
    let err = ok(&s.build(&["--min-checkworthiness", "0.5"]));
    let g = s.graph_json();
    let kept = nodes(&g, "claim");
    let summary = format!(
        "{} claims ({} below --min-checkworthiness)",
        kept.len(),
        all - kept.len()
    );
    assert!(err.contains(&summary), "{summary} in {err}");
    assert!(
        kept.len() < all && kept.len() > all / 10,
        "{} of {all}",
        kept.len()
    );
    assert!(
        kept.iter()
            .all(|c| c["checkworthiness"].as_f64().unwrap() >= 0.5)
    );
    assert!(
        kept.iter()
            .all(|c| c["text"] != "Ladies and gentlemen, colleagues,")
    );
    let bad = s.build(&["--min-checkworthiness", "1.5"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("1.5 is not between 0 and 1"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn config_file_merges_speakers_and_adds_topics() {
    let s = Scratch::with_sample();
    fs::write(
        s.corpus().join("claimgraph.toml"),
        "[speakers.aliases]\n\"Wang Yi\" = \"Wang Yi (China)\"\n[speakers.rename]\n\"Maria Zakharova\" = \"Maria V. Zakharova\"\n[topics.add]\n\"Rossiya Segodnya\" = \"organisation\"\n\"Sputnik V\" = \"other\"\n[topics.aliases]\n\"Islas Malvinas\" = \"Malvinas\"\n",
    )
    .unwrap();
    ok(&s.build(&[]));
    let g = s.graph_json();
    let speakers: Vec<&str> = nodes(&g, "speaker")
        .iter()
        .map(|n| n["name"].as_str().unwrap())
        .collect();
    assert!(speakers.contains(&"Maria V. Zakharova"), "{speakers:?}");
    assert!(!speakers.contains(&"Maria Zakharova"));
    assert!(speakers.contains(&"Wang Yi (China)"), "{speakers:?}");
    let br = s.claims_json(BRIEFING);
    assert_eq!(br["principal"], "Maria V. Zakharova");
    let topics: Vec<&str> = nodes(&g, "topic")
        .iter()
        .map(|n| n["name"].as_str().unwrap())
        .collect();
    assert!(topics.contains(&"Sputnik V"), "{topics:?}");
    assert!(topics.contains(&"Malvinas"), "{topics:?}");

    fs::write(
        s.corpus().join("claimgraph.toml"),
        "[speakers]\nnicknames = 3\n",
    )
    .unwrap();
    let o = s.build(&[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("invalid config file corpus/claimgraph.toml:"),
        "{err}"
    );
    assert!(err.contains("nicknames"), "{err}");
}

#[test]
fn spelling_variants_and_surnames_are_one_speaker() {
    let s = Scratch::with_sample();
    // A real exchange from the press conference, relabelled as another site
    // would print it.
    s.write(
        "2021-01-19_excerpt.txt",
        "Question: What is being done to get the prisoners of war back home?\n\nSergei Lavrov: The issue of prisoners of war was indeed discussed.\n\nLAVROV: It is part of the agreements signed in the early hours of November 10, 2020.\n"
            .as_bytes(),
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    let lavrovs: Vec<&Value> = nodes(&g, "speaker")
        .into_iter()
        .filter(|n| n["name"].as_str().unwrap().contains("Lavrov"))
        .collect();
    assert_eq!(lavrovs.len(), 1, "{lavrovs:?}");
    assert_eq!(lavrovs[0]["name"], "Sergey Lavrov");
    let aliases = lavrovs[0]["aliases"].as_array().unwrap();
    assert!(
        aliases.contains(&Value::from("Sergei Lavrov")),
        "{aliases:?}"
    );
    assert!(aliases.contains(&Value::from("Lavrov")), "{aliases:?}");
    let ex = s.claims_json("2021-01-19_excerpt.txt");
    assert_eq!(ex["date"], "2021-01-19");
    assert_eq!(ex["date_source"], "file_name");
    let speakers: Vec<&Value> = ex["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["speaker"])
        .collect();
    assert_eq!(
        speakers,
        [
            &Value::Null,
            &Value::from("Sergey Lavrov"),
            &Value::from("Sergey Lavrov")
        ]
    );
}

#[test]
fn dot_shows_topics_and_events_with_their_own_shapes() {
    let (s, _) = built();
    let dot = fs::read_to_string(s.graphs().join("claimgraph.dot")).unwrap();
    assert!(
        dot.contains(r#""topic:germany"[label="Germany" shape="hexagon""#),
        "topic shape"
    );
    assert!(dot.contains(r#"shape="diamond""#), "event shape");
    assert!(dot.contains(r#"subgraph "edges_mentions" {"#));
    assert!(dot.contains(r#"subgraph "edges_mentions_event" {"#));
}

/// Issue 15: relative forms from the third 2012 debate, dated against the
/// file name's date.
#[test]
fn debate_dates_within_a_span_the_end_of_a_year_the_other_day() {
    let s = Scratch::new();
    s.write(
        "2012-10-22_debate.txt",
        b"Mitt Romney: You look at how we get to a balanced budget within eight to 10 years. We do it by reducing spending.\n\n\
Mitt Romney: Well, we're going to be finished by 2014, and when I'm president, we'll make sure we bring our troops out by the end of 2014.\n\n\
Mitt Romney: Ann was with someone just the other day that was just weeping about not being able to find work.\n",
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    let claims = nodes(&g, "claim");
    let find = |text: &str| -> &Value {
        claims
            .iter()
            .flat_map(|c| c["dates"].as_array().into_iter().flatten())
            .find(|d| d["text"] == text)
            .unwrap_or_else(|| panic!("no date {text:?}"))
    };
    assert_eq!(find("within eight to 10 years")["date"], "2020");
    assert_eq!(find("within eight to 10 years")["end"], "2022");
    assert_eq!(find("end of 2014")["date"], "2014-12");
    assert_eq!(find("the other day")["date"], "2012-10");
}

/// Issue 15: unnamed sources of reported speech are speakers of their own
/// document, in the claims, the speaker nodes and the speakers query.
#[test]
fn unnamed_sources_are_speakers_of_their_document() {
    let s = Scratch::new();
    let debate = b"Barack H Obama: I was in Dayton, Ohio, and a woman grabbed my arm and she said, \"I've been out of work since May.\" \
I had a friend who said you don't just pick the winners and losers, you pick the losers.\n\n\
W Mitt Romney: We also have 50 percent of doctors who say they won't take more Medicare patients.\n";
    s.write("2012-10-03_debate-1.txt", debate);
    s.write(
        "2012-10-16_debate-2.txt",
        b"Barack H Obama: A woman came to me and she said, look, I can't afford insurance for myself or my son.\n",
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    let said = |text: &str| -> String {
        nodes(&g, "claim")
            .into_iter()
            .find(|c| c["text"] == text && c["reported_by"].is_string())
            .unwrap_or_else(|| panic!("no report {text:?}"))["speaker"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        said("I've been out of work since May."),
        "a woman (unnamed, 2012-10-03_debate-1.txt)"
    );
    assert_eq!(
        said("you don't just pick the winners and losers, you pick the losers."),
        "a friend (unnamed, 2012-10-03_debate-1.txt)"
    );
    assert_eq!(
        said("they won't take more Medicare patients."),
        "50 percent of doctors (unnamed, 2012-10-03_debate-1.txt)"
    );
    // "a woman" of the other debate is someone else.
    assert_eq!(
        said("look, I can't afford insurance for myself or my son."),
        "a woman (unnamed, 2012-10-16_debate-2.txt)"
    );
    let speakers: Vec<&str> = nodes(&g, "speaker")
        .into_iter()
        .filter_map(|n| n["name"].as_str())
        .filter(|n| n.contains("(unnamed"))
        .collect();
    assert_eq!(speakers.len(), 4, "{speakers:?}");
}

/// Two unnamed sources whose names differ only in case ("Officials said
/// …", "And officials said …") once made the build fail writing the
/// store (two speakers with one id): the head noun opening the phrase is
/// written in lower case, so they are one source.
#[test]
fn sources_that_differ_only_in_case_are_one_speaker() {
    let s = Scratch::new();
    s.write(
        "2023-02-13_briefing.txt",
        "MS. JEAN-PIERRE:  Good afternoon.\n\nQ    Officials said that this is the assessment.  \
And officials said that this is the assessment of the intelligence community.\n"
            .as_bytes(),
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    let ids: Vec<(&str, &str)> = nodes(&g, "speaker")
        .into_iter()
        .filter(|n| n["name"].as_str().is_some_and(|n| n.contains("(unnamed")))
        .map(|n| (n["name"].as_str().unwrap(), n["id"].as_str().unwrap()))
        .collect();
    assert_eq!(
        ids,
        [(
            "officials (unnamed, 2023-02-13_briefing.txt)",
            "speaker:officials-unnamed-2023-02-13-briefing-txt"
        )]
    );
    let reports = nodes(&g, "claim")
        .into_iter()
        .filter(|c| c["speaker"] == "officials (unnamed, 2023-02-13_briefing.txt)")
        .count();
    assert_eq!(reports, 2);
}

/// "you" after a vocative that follows a restart ("But - but Mr.
/// President, you're saying …", the first 2012 debate) is the person the
/// vocative names, not the candidate who spoke last.
#[test]
fn a_vocative_after_a_restart_names_whom_you_means() {
    let s = Scratch::new();
    s.write(
        "2012-10-03_debate-1.txt",
        "Jim Lehrer: About the idea that in order to reduce the deficit, there has to be revenue in addition to cuts.\n\n\
Barack H Obama: There has to be revenue in addition to cuts. Now, Governor Romney has ruled out revenue. He's ruled out revenue.\n\n\
W Mitt Romney: Absolutely. Look, the revenue I get is by more people working, getting higher pay, paying more taxes. That's how we get growth and how we balance the budget.\n\n\
Jim Lehrer: But - but Mr. President, you're saying in order to - to get the job done, it's got to be balanced. You've got to have -\n\n\
Barack H Obama: If - if we're serious, we've got to take a balanced, responsible approach. And by the way, this is not just when it comes to individual taxes.\n"
            .as_bytes(),
    );
    // The second debate names the President: "President Obama" is whom
    // "Mr. President" means in the corpus.
    s.write(
        "2012-10-16_debate-2.txt",
        b"Nina Gonzalez: President Obama, during the Democratic National Convention in 2008, you stated you wanted to keep AK-47s out of the hands of criminals.\n",
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    let report = nodes(&g, "claim")
        .into_iter()
        .find(|c| {
            c["reported_by"].is_string() && c["line"] == 7 && c["doc"] == "2012-10-03_debate-1.txt"
        })
        .expect("the moderator's \"you're saying\" is a report");
    assert_eq!(report["text"], "it's got to be balanced.");
    assert_eq!(report["speaker"], "Barack H Obama");
}

/// Builds the scratch corpus and lists its reported claims as (speaker,
/// text), in the graph's order.
fn reports(s: &Scratch) -> Vec<(String, String)> {
    ok(&s.build(&[]));
    let g = s.graph_json();
    nodes(&g, "claim")
        .into_iter()
        .filter(|c| c["reported_by"].is_string())
        .map(|c| {
            (
                c["speaker"].as_str().unwrap().to_string(),
                c["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// (speaker, text) pairs as [`reports`] returns them.
fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

/// A briefing's guest answering a "Q" talks to the reporter: "as you
/// said" in the answer is the questioner's, not the press secretary's who
/// spoke two turns before (the White House briefing of 13 February 2023).
#[test]
fn a_guest_answering_a_question_means_the_questioner_by_you() {
    let s = Scratch::new();
    s.write(
        "2023-02-13_briefing.txt",
        "MS. JEAN-PIERRE:  Go ahead, Aurelia.\n\n\
Q    Thank you so much.  So, you said that the debris fell on frozen waters or in remote areas.\n\n\
MR. KIRBY:  We won’t know until we get on site to see how much damage was done, not just by the missile strike, but by the fall from very high altitude — and, as you said, in one case, on sea ice.  So, we’ll just have to see.\n"
            .as_bytes(),
    );
    assert_eq!(
        reports(&s),
        owned(&[
            (
                "Kirby",
                "the debris fell on frozen waters or in remote areas."
            ),
            ("Question", "in one case, on sea ice.")
        ])
    );
}

/// A council's record labels its officers by title ("The
/// Secretary-General:"), names no one after it, and its speakers quote
/// them by the title: "the Secretary-General said" is the labelled
/// speaker; "the Polish government said" is Poland's, and "the
/// representative of Poland" the speaker labelled "(Poland)" (in the form
/// of the UN Security Council's verbatim records).
#[test]
fn a_title_that_labels_a_speaker_resolves_to_that_speaker() {
    let s = Scratch::new();
    s.write(
        "2023-05-02_security-council.txt",
        "The Secretary-General: I thank the members of the Council. The world is at a crossroads.\n\n\
The President: I thank the Secretary-General for his briefing. I now give the floor to the representative of Poland.\n\n\
Mr. Szczerski (Poland): The Secretary-General said this morning that the world is at a crossroads. We agree. The Polish government said last year that it was ready to host the talks.\n\n\
Mr. Zhang Jun (China): The representative of Poland said that the world is at a crossroads. The representative of France said that the Charter is clear.\n"
            .as_bytes(),
    );
    // "The representative of Poland" is the speaker labelled "(Poland)";
    // no one is labelled "(France)".
    assert_eq!(
        reports(&s),
        owned(&[
            ("Secretary-General", "the world is at a crossroads."),
            ("Poland", "it was ready to host the talks."),
            ("Szczerski", "the world is at a crossroads.")
        ])
    );
}

/// The turn that opens an interview talks to whoever answers it, though
/// it asks nothing ("you said" is the guest's), in the form of CNN's
/// transcripts ("TAPPER:", "BLINKEN:").
#[test]
fn the_opening_turn_of_an_interview_talks_to_the_guest() {
    let s = Scratch::new();
    s.write(
        "2022-03-06_interview.txt",
        "Interview With Secretary of State Antony Blinken\n\n\
TAPPER: Mr. Secretary, two weeks ago you said that an invasion was imminent. Yesterday, the Polish government said it would send jets.\n\n\
BLINKEN: Jake, we are talking with Poland about it right now.\n"
            .as_bytes(),
    );
    assert_eq!(
        reports(&s),
        owned(&[
            ("Antony Blinken", "an invasion was imminent."),
            ("Poland", "it would send jets.")
        ])
    );
}

/// An unnamed person stays whom "he" means while the sentences about him
/// name no one else (the first 2012 debate); a group does not ("helping
/// kids go to college. He said, …" is no kid's).
#[test]
fn an_unnamed_person_carries_over_sentences_about_him() {
    let s = Scratch::new();
    s.write(
        "2012-10-03_debate-1.txt",
        b"Jim Lehrer: Governor Romney?\n\n\
W Mitt Romney: Now, I talked to a guy who has a very small business. He's in the electronics business in - in St. Louis. He has four employees. He said he and his son calculated how much they pay in taxes.\n",
    );
    assert_eq!(
        reports(&s),
        owned(&[(
            "a guy (unnamed, 2012-10-03_debate-1.txt)",
            "he and his son calculated how much they pay in taxes."
        )])
    );
}

/// Hansard as its web pages print it: the member's name alone on a line,
/// the speech below it, no colon.
#[test]
fn hansard_names_alone_on_a_line_are_labels() {
    let s = Scratch::new();
    s.write(
        "2022-01-12_pmqs.txt",
        "Prime Minister's Questions, House of Commons, 12 January 2022\n\n\
The Prime Minister (Boris Johnson)\n\
Mr Speaker, I want to apologise.\n\n\
Sir Keir Starmer (Holborn and St Pancras) (Lab)\n\
The Prime Minister said last month that all guidance was followed completely in No. 10. Is he really saying that he did not know?\n\n\
The Prime Minister\n\
As I said, I believed implicitly that this was a work event.\n\n\
Ian Blackford (Ross, Skye and Lochaber) (SNP)\n\
Several of his own backbenchers have said that he should resign.\n"
            .as_bytes(),
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    let said: Vec<(String, String)> = nodes(&g, "claim")
        .into_iter()
        .filter(|c| c["reported_by"].is_null())
        .map(|c| {
            (
                c["speaker"].as_str().unwrap_or("").to_string(),
                c["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        said,
        owned(&[
            ("Boris Johnson", "Mr Speaker, I want to apologise."),
            (
                "Keir Starmer",
                "The Prime Minister said last month that all guidance was followed completely in No. 10."
            ),
            ("Keir Starmer", "Is he really saying that he did not know?"),
            (
                "Boris Johnson",
                "As I said, I believed implicitly that this was a work event."
            ),
            (
                "Ian Blackford",
                "Several of his own backbenchers have said that he should resign."
            ),
        ])
    );
    assert_eq!(
        reports(&s)[0],
        (
            "Boris Johnson".to_string(),
            "all guidance was followed completely in No. 10.".to_string()
        )
    );
}

/// Issue 15, other label conventions: Hansard's "Name (Constituency)
/// (Party):" and "The Prime Minister (Boris Johnson):", then "The Prime
/// Minister:" alone for the same person.
#[test]
fn hansard_labels_name_members_and_the_office_holder() {
    let s = Scratch::new();
    s.write(
        "2022-01-12_pmqs.txt",
        "Prime Minister's Questions, House of Commons, 12 January 2022\n\n\
The Prime Minister (Boris Johnson): Mr Speaker, I want to apologise.\n\n\
Sir Keir Starmer (Holborn and St Pancras) (Lab): The Prime Minister said last month that all guidance was followed completely in No. 10. Is he really saying that he did not know?\n\n\
The Prime Minister: As I said, I believed implicitly that this was a work event.\n\n\
Ian Blackford (Ross, Skye and Lochaber) (SNP): Several of his own backbenchers have said that he should resign.\n\n\
Mr Speaker: Order.\n"
            .as_bytes(),
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    let speaker_of = |start: &str| -> String {
        nodes(&g, "claim")
            .into_iter()
            .find(|c| c["text"].as_str().unwrap().starts_with(start))
            .unwrap_or_else(|| panic!("no claim {start:?}"))["speaker"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(
        speaker_of("Mr Speaker, I want to apologise."),
        "Boris Johnson"
    );
    assert_eq!(
        speaker_of("The Prime Minister said last month"),
        "Keir Starmer"
    );
    assert_eq!(speaker_of("As I said, I believed"), "Boris Johnson");
    assert_eq!(
        speaker_of("Several of his own backbenchers"),
        "Ian Blackford"
    );
    assert_eq!(speaker_of("all guidance was followed"), "Boris Johnson");
    let mut speakers: Vec<&str> = nodes(&g, "speaker")
        .into_iter()
        .filter_map(|n| n["name"].as_str())
        .collect();
    speakers.sort();
    assert_eq!(
        speakers,
        [
            "Boris Johnson",
            "Ian Blackford",
            "Keir Starmer",
            "Speaker",
            "several of his own backbenchers (unnamed, 2022-01-12_pmqs.txt)"
        ]
    );
}

/// The speaker of the first claim that starts with `start`.
fn speaker_of(g: &Value, start: &str) -> (String, String) {
    let c = nodes(g, "claim")
        .into_iter()
        .find(|c| c["text"].as_str().unwrap().starts_with(start))
        .unwrap_or_else(|| panic!("no claim {start:?}"));
    (
        c["speaker"].as_str().unwrap_or("").to_string(),
        c["role"].as_str().unwrap_or("").to_string(),
    )
}

/// The texts of every claim.
fn claim_texts(g: &Value) -> Vec<&str> {
    nodes(g, "claim")
        .into_iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect()
}

/// The names of every speaker node, sorted.
fn speaker_names(g: &Value) -> Vec<&str> {
    let mut names: Vec<&str> = nodes(g, "speaker")
        .into_iter()
        .filter_map(|n| n["name"].as_str())
        .collect();
    names.sort();
    names
}

#[test]
fn congressional_hearing_labels_end_in_a_period() {
    // The Government Publishing Office's text of a House hearing: a
    // heading in capitals, bracketed notes, hard-wrapped indented
    // paragraphs, and labels that end in a period ("Mr. Nunes.").
    let s = Scratch::new();
    s.write(
        "2019-11-13_hearing.txt",
        b"[House Hearing, 116 Congress]\n\
[From the U.S. Government Publishing Office]\n\n\
          IMPEACHMENT INQUIRY: WILLIAM B. TAYLOR AND GEORGE KENT\n\n\
                      Wednesday, November 13, 2019\n\n\
    The committee met, pursuant to call, at 10:00 a.m., in Room \n\
1100, Longworth House Office Building, the Honorable Adam B. \n\
Schiff (chairman of the committee) presiding.\n\
    Chairman Schiff. The committee will come to order. Good morning, \n\
everyone. This is the first in a series of public hearings the \n\
committee will be holding as part of the impeachment inquiry.\n\
    Mr. Nunes. Thank you, Mr. Chairman. In the July 25 phone call, \n\
President Trump asked President Zelensky to look into the Biden \n\
family and the 2016 election.\n\
    The Chairman. Ambassador Taylor, you may begin your statement.\n\
    Ambassador Taylor. Mr. Chairman, I appreciate the opportunity \n\
to appear today. I said on September 9 that it was crazy to \n\
withhold security assistance for help with a political campaign.\n\
    Mr. KENT. That is correct. I said in my deposition that the \n\
request came from Mr. Giuliani and from nobody else at the time.\n",
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    // "Chairman Schiff." takes the full name the record gives him.
    assert_eq!(
        speaker_of(&g, "The committee will come to order.").0,
        "Adam B. Schiff"
    );
    // The record's note of how the sitting opened says nothing.
    assert!(
        claim_texts(&g)
            .iter()
            .all(|t| !t.starts_with("The committee met"))
    );
    // "The Chairman." is the one chairman the labels name.
    assert_eq!(
        speaker_of(&g, "Ambassador Taylor, you may begin").0,
        "Adam B. Schiff"
    );
    assert_eq!(speaker_of(&g, "Thank you, Mr. Chairman.").0, "Nunes");
    // A surname label takes the full name the title gives.
    assert_eq!(
        speaker_of(&g, "I said on September 9").0,
        "William B. Taylor"
    );
    // "Mr. KENT." too: "GEORGE" before "KENT" in the title is a first name.
    assert_eq!(speaker_of(&g, "That is correct.").0, "George Kent");
    // The heading in capitals is no speaker and says nothing.
    let speakers = speaker_names(&g);
    assert!(
        !speakers
            .iter()
            .any(|s| s.to_lowercase().contains("inquiry")),
        "{speakers:?}"
    );
    assert!(
        claim_texts(&g)
            .iter()
            .all(|t| !t.contains("WILLIAM B. TAYLOR"))
    );
}

/// A hearing whose chair's surname is also a country's name, and a
/// witness whose surname is too common to be the gazetteer's well-known
/// bearer (the Select Subcommittee on the Weaponization of the Federal
/// Government, 9 February 2023, where Senators Grassley and Johnson
/// testified).
#[test]
fn a_chair_named_jordan_is_no_country_and_senator_johnson_is_no_prime_minister() {
    let s = Scratch::new();
    s.write(
        "2023-02-09_hearing.txt",
        b"[House Hearing, 118 Congress]\n\
[From the U.S. Government Publishing Office]\n\n\
          HEARING ON THE WEAPONIZATION OF THE FEDERAL GOVERNMENT\n\n\
                      Thursday, February 9, 2023\n\n\
    The Select Subcommittee met, pursuant to call, at 10:03 a.m., in \n\
Room 2141, Rayburn House Office Building, Hon. Jim Jordan [Chair of \n\
the Select Subcommittee] presiding.\n\
    Chair Jordan. The Select Subcommittee will come to order. \n\
Without objection, the Chair is authorized to declare a recess at \n\
any time.\n\
    Ms. Plaskett. Thank you, Mr. Chair. Last week the Chair said \n\
that this subcommittee would follow the facts wherever they lead.\n\
    Chair Jordan. The gentlelady yields back. Senator Johnson, you \n\
are recognized for five minutes.\n\
    Senator Johnson. Thank you, Mr. Chairman.\n",
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    // "Chair Jordan." is the Jim Jordan the record says presides.
    assert_eq!(
        speaker_of(&g, "The Select Subcommittee will come to order.").0,
        "Jim Jordan"
    );
    assert!(
        claim_texts(&g)
            .iter()
            .all(|t| !t.starts_with("The Select Subcommittee met"))
    );
    // "the Chair said" is his words too, not the country's.
    assert_eq!(
        reports(&s),
        owned(&[(
            "Jim Jordan",
            "this subcommittee would follow the facts wherever they lead."
        )])
    );
    // "Senator Johnson." stays Johnson.
    assert_eq!(speaker_of(&g, "Thank you, Mr. Chairman.").0, "Johnson");
    assert_eq!(speaker_names(&g), ["Jim Jordan", "Johnson", "Plaskett"]);
}

#[test]
fn court_transcripts_name_the_examiner_and_the_witness() {
    // A trial transcript: "THE COURT:", an examination header ("BY MR.
    // BLACKWELL:") that says who asks, a witness sworn in who answers
    // the "Q." questions with "A.".
    let s = Scratch::new();
    s.write(
        "2021-04-08_trial.txt",
        b"State of Minnesota v. Derek Chauvin, Trial Transcript, April 8, 2021\n\n\
THE COURT: You may proceed, Mr. Blackwell.\n\n\
MR. BLACKWELL: Thank you, Your Honor.\n\n\
MARTIN TOBIN, having been first duly sworn, testified as follows:\n\n\
DIRECT EXAMINATION\n\n\
BY MR. BLACKWELL:\n\n\
Q. Doctor, what did you observe in the video?\n\n\
A. I observed that Mr. Floyd's oxygen level fell to zero. He said, \"I can't breathe,\" many times.\n\n\
THE WITNESS: May I use the diagram?\n\n\
THE COURT: You may.\n\n\
CROSS-EXAMINATION\n\n\
BY MR. NELSON:\n\n\
Q. Doctor, you testified that you reviewed the video?\n\n\
A. Yes, I did.\n",
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    assert_eq!(
        speaker_of(&g, "You may proceed"),
        ("Court".into(), "statement".into())
    );
    assert_eq!(
        speaker_of(&g, "Doctor, what did you observe"),
        ("Blackwell".into(), "question".into())
    );
    assert_eq!(
        speaker_of(&g, "I observed that"),
        ("Martin Tobin".into(), "answer".into())
    );
    // "He" is Mr. Floyd, named in the sentence before ("Mr." is no
    // sentence end).
    assert_eq!(speaker_of(&g, "I can't breathe").0, "Floyd");
    assert_eq!(speaker_of(&g, "May I use the diagram?").0, "Martin Tobin");
    assert_eq!(
        speaker_of(&g, "Doctor, you testified"),
        ("Nelson".into(), "question".into())
    );
    assert_eq!(
        speaker_of(&g, "Yes, I did."),
        ("Martin Tobin".into(), "answer".into())
    );
    // The headers say nothing.
    assert!(
        claim_texts(&g)
            .iter()
            .all(|t| !t.contains("duly sworn") && !t.starts_with("BY MR"))
    );
}

/// The examination header on one line ("DIRECT EXAMINATION BY MR.
/// BLACKWELL:") names the examiner as the two-line form does; the case's
/// parties and the kind of record in the title are no speakers.
#[test]
fn a_one_line_examination_header_names_the_examiner() {
    let s = Scratch::new();
    s.write(
        "2021-04-08_trial.txt",
        b"State of Minnesota v. Derek Chauvin, Trial Transcript, April 8, 2021\n\n\
THE COURT: You may proceed, Mr. Blackwell.\n\n\
MARTIN TOBIN, having been first duly sworn, testified as follows:\n\n\
DIRECT EXAMINATION BY MR. BLACKWELL:\n\n\
Q. Doctor, what did you observe in the video?\n\n\
A. I observed that Mr. Floyd's oxygen level fell to zero.\n\n\
CROSS-EXAMINATION BY MR. NELSON:\n\n\
Q. Doctor, you testified that you reviewed the video?\n\n\
A. Yes, I did.\n",
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    assert_eq!(
        speaker_of(&g, "Doctor, what did you observe"),
        ("Blackwell".into(), "question".into())
    );
    assert_eq!(
        speaker_of(&g, "Doctor, you testified"),
        ("Nelson".into(), "question".into())
    );
    assert_eq!(
        speaker_of(&g, "Yes, I did."),
        ("Martin Tobin".into(), "answer".into())
    );
    assert_eq!(
        speaker_names(&g),
        ["Blackwell", "Court", "Martin Tobin", "Nelson"]
    );
}

/// A speech without labels whose title names its speaker by title and
/// surname ("Remarks by President Biden on the Economy") is that person's,
/// the well-known one the gazetteer names.
#[test]
fn remarks_by_a_title_and_surname_are_that_persons() {
    let s = Scratch::new();
    s.write(
        "2023-01-26_remarks.txt",
        b"Remarks by President Biden on the Economy, Springfield, Virginia\n\n\
Thank you. Please, please have a seat.\n\n\
(Applause.)\n\n\
As my dad used to say, \"Joey, a job is about a lot more than a paycheck.\"\n",
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    assert_eq!(speaker_of(&g, "Please, please have a seat.").0, "Joe Biden");
    assert_eq!(
        reports(&s),
        owned(&[(
            "Joe Biden's father",
            "Joey, a job is about a lot more than a paycheck."
        )])
    );
}

/// The European Parliament's verbatim report sets labels off with a
/// dash ("President. – …", "Name, function. – …"); the function after the
/// comma is not part of the name.
#[test]
fn european_parliament_labels_end_in_a_dash() {
    let s = Scratch::new();
    s.write(
        "2023-02-15_ep-debate.txt",
        "European Parliament, Debates, Wednesday 15 February 2023 - Strasbourg\n\n\
President. – The next item is the debate on the Commission statement on the situation in Ukraine.\n\n\
Ursula von der Leyen, President of the Commission. – Madam President, honourable Members, last week President Zelenskyy told this House that Ukraine is Europe.\n\n\
Manfred Weber, on behalf of the PPE Group. – Madam President, I agree with the President of the Commission.\n\n\
President. – The debate is closed.\n"
            .as_bytes(),
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    assert_eq!(
        speaker_of(&g, "Madam President, honourable Members").0,
        "Ursula von der Leyen"
    );
    assert_eq!(
        speaker_of(&g, "Madam President, I agree").0,
        "Manfred Weber"
    );
    assert_eq!(speaker_of(&g, "The debate is closed.").0, "President");
    assert_eq!(
        reports(&s),
        owned(&[("Volodymyr Zelenskyy", "Ukraine is Europe.")])
    );
    assert!(
        claim_texts(&g)
            .iter()
            .all(|t| !t.starts_with("President.") && !t.starts_with('–'))
    );
}

#[test]
fn time_stamped_and_numbered_labels() {
    // Rev.com ("Name: (mm:ss)" and the speech on the next line), captions
    // with a time stamp before a numbered speaker, the Congressional
    // Record's "Mr. McCONNELL.", and a title that ends a sentence.
    let s = Scratch::new();
    s.write(
        "2020-09-29_debate.txt",
        b"First Presidential Debate 2020 Transcript\n\n\
Chris Wallace: (01:20)\n\
Good evening from the Health Education Campus of Case Western Reserve University.\n\n\
Joe Biden: (02:45)\n\
Well, first of all, thank you for doing this.\n\n\
Speaker 1: (03:10)\n\
Let them vote.\n",
    );
    s.write(
        "2021-03-02_podcast.txt",
        b"Podcast episode 12, March 2, 2021\n\n\
[00:00:05] SPEAKER 1: Welcome back to the show. Today we talk about vaccines.\n\n\
[00:00:12] SPEAKER 2: Thanks for having me. We have delivered 80 million doses.\n",
    );
    s.write(
        "2022-01-10_meeting.txt",
        b"Team meeting, January 10, 2022\n\n\
John Smith  0:05\n\
Good morning, everyone. We shipped the release last week.\n\n\
Mary Jones  0:12\n\
Thanks, John. The customers said the release was too slow.\n\n\
>> ANCHOR: Good evening. The markets fell today.\n",
    );
    s.write(
        "2022-03-15_senate.txt",
        b"Congressional Record, Senate, March 15, 2022\n\n\
    Mr. McCONNELL. Mr. President, Ukraine needs more help, and it needs it now.\n\
    The PRESIDING OFFICER. The Senator from New York.\n\
    Mr. SCHUMER. Mr. President, the Senate passed the aid package last week.\n",
    );
    s.write(
        "2020-04-03_un.txt",
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General, 3 April 2020\n\n\
The following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.\n\n\
Good afternoon. The Secretary-General today called for a global ceasefire.\n\n\
Question: Stéphane, has any country responded to the appeal?\n\n\
Spokesman: A number of countries have responded positively.\n"
            .as_bytes(),
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    assert_eq!(speaker_of(&g, "Good evening from").0, "Chris Wallace");
    assert_eq!(
        speaker_of(&g, "Let them vote.").0,
        "Speaker 1 (unnamed, 2020-09-29_debate.txt)"
    );
    assert_eq!(
        speaker_of(&g, "Welcome back").0,
        "Speaker 1 (unnamed, 2021-03-02_podcast.txt)"
    );
    assert_eq!(
        speaker_of(&g, "Thanks for having me.").0,
        "Speaker 2 (unnamed, 2021-03-02_podcast.txt)"
    );
    // Otter.ai's "Name  0:05" line; captions' ">>" before a label.
    assert_eq!(speaker_of(&g, "We shipped the release").0, "John Smith");
    assert_eq!(speaker_of(&g, "Thanks, John.").0, "Mary Jones");
    assert_eq!(speaker_of(&g, "The markets fell today.").0, "Anchor");
    assert_eq!(speaker_of(&g, "Mr. President, Ukraine").0, "McConnell");
    assert_eq!(speaker_of(&g, "Mr. President, the Senate").0, "Schumer");
    // Time stamps are no claims.
    assert!(claim_texts(&g).iter().all(|t| !t.starts_with(['(', '['])));
    // "… for the Secretary-General. Good afternoon.": "Good" is no one.
    let speakers = speaker_names(&g);
    assert!(!speakers.contains(&"Good"), "{speakers:?}");
    // The lead says whose briefing it is, and with what title: the words
    // before the first label and "Spokesman:" are his.
    assert_eq!(speaker_of(&g, "Good afternoon.").0, "Stéphane Dujarric");
    assert_eq!(
        speaker_of(&g, "A number of countries").0,
        "Stéphane Dujarric"
    );
    assert!(
        claim_texts(&g)
            .iter()
            .all(|t| !t.starts_with("The following is"))
    );
}

#[test]
fn markdown_transcripts() {
    // A Markdown file: front matter, a "#" title, "##" section headings,
    // labels in emphasis, a rule.
    let s = Scratch::new();
    s.write(
        "2023-05-01_interview.md",
        b"---\ntitle: Scholz interview\nlayout: post\n---\n\n\
# Interview with Chancellor Olaf Scholz, 1 May 2023\n\n\
**Interviewer:** Chancellor, thank you for your time. Last week you said that Germany would deliver more tanks.\n\n\
**Olaf Scholz:** That is right. We will deliver 18 Leopard tanks by the end of March.\n\n\
**Interviewer**: And what about the air defence systems?\n\n\
**Scholz**: We have already delivered two IRIS-T systems.\n\n\
***\n\n\
## Energy\n\n\
*Q:* Will the nuclear plants close?\n\n\
*A:* Yes, the last three plants will close on 15 April.\n",
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    assert_eq!(speaker_of(&g, "Chancellor, thank you").0, "Interviewer");
    assert_eq!(speaker_of(&g, "That is right.").0, "Olaf Scholz");
    assert_eq!(speaker_of(&g, "We have already delivered").0, "Olaf Scholz");
    assert_eq!(
        speaker_of(&g, "Yes, the last three plants"),
        ("Olaf Scholz".into(), "answer".into())
    );
    assert_eq!(
        speaker_of(&g, "Germany would deliver more tanks.").0,
        "Olaf Scholz"
    );
    // Markup is no claim; the heading is the section of what follows.
    for c in nodes(&g, "claim") {
        let t = c["text"].as_str().unwrap();
        assert!(
            !t.starts_with(['#', '*', '-']) && !t.contains("title:"),
            "{t:?}"
        );
    }
    let c = nodes(&g, "claim")
        .into_iter()
        .find(|c| c["text"] == "Will the nuclear plants close?")
        .unwrap();
    assert_eq!(c["section"], "Energy");
}

#[test]
fn news_transcript_labels() {
    // A cable-news transcript: a label with a description the first time
    // ("JAKE TAPPER, CNN ANCHOR:"), the surname after; abbreviated titles
    // in capitals ("SEN.", "DR.", "GOV.", "Lt. Gen."); party and state in
    // brackets; "UNIDENTIFIED MALE".
    let s = Scratch::new();
    s.write(
        "2021-03-01_cnn.txt",
        b"CNN Transcript, March 1, 2021\n\n\
JAKE TAPPER, CNN ANCHOR: Welcome back. Joining me now is Senator Ted Cruz.\n\n\
SEN. TED CRUZ (R-TX): Thank you, Jake. The stimulus bill is a liberal wish list.\n\n\
TAPPER: Senator, you said last week that the bill was wasteful.\n\n\
CRUZ: I did. It is wasteful.\n\n\
UNIDENTIFIED MALE: Get out of here!\n\n\
DR. ANTHONY FAUCI, DIRECTOR, NIAID (voice-over): The vaccines are safe and effective.\n\n\
Lt. Gen. Scott Spellmon: We will finish the work by May.\n\n\
GOV. ANDREW CUOMO (D-NY): We are doing our best.\n",
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    assert_eq!(speaker_of(&g, "Welcome back.").0, "Jake Tapper");
    assert_eq!(speaker_of(&g, "Senator, you said").0, "Jake Tapper");
    assert_eq!(speaker_of(&g, "The stimulus bill").0, "Ted Cruz");
    assert_eq!(speaker_of(&g, "It is wasteful.").0, "Ted Cruz");
    assert_eq!(speaker_of(&g, "the bill was wasteful.").0, "Ted Cruz");
    assert_eq!(speaker_of(&g, "The vaccines are safe").0, "Anthony Fauci");
    assert_eq!(speaker_of(&g, "We will finish").0, "Scott Spellmon");
    assert_eq!(speaker_of(&g, "We are doing our best.").0, "Andrew Cuomo");
    assert_eq!(
        speaker_of(&g, "Get out of here!").0,
        "Unidentified Male (unnamed, 2021-03-01_cnn.txt)"
    );
    assert_eq!(
        speaker_names(&g),
        [
            "Andrew Cuomo",
            "Anthony Fauci",
            "Jake Tapper",
            "Scott Spellmon",
            "Ted Cruz",
            "Unidentified Male (unnamed, 2021-03-01_cnn.txt)"
        ]
    );
}

#[test]
fn kremlin_select_committee_and_foreign_ministry_labels() {
    // The Kremlin's "V.Putin:", a UK select committee's numbered questions
    // ("Q2 Chris Bryant:"), and a foreign ministry's briefing where news
    // agencies ask ("AFP:", "Bloomberg:").
    let s = Scratch::new();
    s.write(
        "2014-03-18_kremlin.txt",
        b"Meeting with Foreign Minister Sergei Lavrov, March 18, 2014\n\n\
V.Putin: Good afternoon, Mr Lavrov. How are the talks going?\n\n\
S.Lavrov: Good afternoon, Mr President. The talks are difficult.\n",
    );
    s.write(
        "2021-09-14_committee.txt",
        b"Foreign Affairs Committee, Oral evidence: Government policy on Afghanistan, Tuesday 14 September 2021\n\n\
Q1 Chair: Good morning, Foreign Secretary. When did you last speak to your Pakistani counterpart?\n\n\
Dominic Raab: I spoke to him last week.\n\n\
Q2 Chris Bryant: Foreign Secretary, you said in August that the Taliban would not take Kabul this year. Were you wrong?\n\n\
Dominic Raab: The central assessment was that Kabul would not fall this year.\n",
    );
    s.write(
        "2023-02-20_mfa.txt",
        b"Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on February 20, 2023\n\n\
Wang Wenbin: Good afternoon. The Chinese side will release a position paper.\n\n\
AFP: What is your response to the US accusations?\n\n\
Wang Wenbin: The US should stop spreading disinformation.\n\n\
Bloomberg: A follow-up question. Did Wang Yi meet Blinken in Munich?\n\n\
Wang Wenbin: I would refer you to the readout.\n",
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    assert_eq!(
        speaker_of(&g, "How are the talks going?").0,
        "Vladimir Putin"
    );
    assert_eq!(
        speaker_of(&g, "The talks are difficult.").0,
        "Sergei Lavrov"
    );
    assert_eq!(
        speaker_of(&g, "When did you last speak"),
        ("Chair".into(), "question".into())
    );
    assert_eq!(
        speaker_of(&g, "Were you wrong?"),
        ("Chris Bryant".into(), "question".into())
    );
    assert_eq!(
        speaker_of(&g, "I spoke to him last week."),
        ("Dominic Raab".into(), "answer".into())
    );
    assert_eq!(
        speaker_of(&g, "the Taliban would not take Kabul").0,
        "Dominic Raab"
    );
    assert_eq!(
        speaker_of(&g, "Did Wang Yi meet Blinken"),
        ("Bloomberg".into(), "question".into())
    );
    assert_eq!(
        speaker_of(&g, "What is your response"),
        ("AFP".into(), "question".into())
    );
    assert_eq!(
        speaker_of(&g, "I would refer you"),
        ("Wang Wenbin".into(), "answer".into())
    );
}

/// An office no one in the document is named for means its holder on the
/// document's date (`data/offices.tsv`): the second and third 2012
/// debates, the White House briefing of 13 February 2023.
#[test]
fn an_office_means_its_holder_on_the_documents_date() {
    let s = Scratch::new();
    s.write(
        "2012-10-16_debate-2.txt",
        b"Candy Crowley: Governor Romney?\n\n\
W Mitt Romney: I was in coal country. The head of the EPA said, \"You can't build a coal plant.\" And the secretary of defense has said these cuts would be devastating.\n",
    );
    s.write(
        "2023-02-13_briefing.txt",
        "Q    When the Chinese balloon came down, the Chinese foreign minister indicated they would respond in a way that they were prepared to.\n"
            .as_bytes(),
    );
    assert_eq!(
        reports(&s),
        owned(&[
            ("Lisa Jackson", "You can't build a coal plant."),
            ("Leon Panetta", "these cuts would be devastating."),
            (
                "Qin Gang",
                "they would respond in a way that they were prepared to."
            ),
        ])
    );
}

/// "she" never means a man: the woman Barack Obama met at ground zero is
/// not Governor Romney, named before her (the third 2012 debate); with no
/// woman named, the quotation has no speaker rather than a wrong one.
#[test]
fn she_is_never_a_man_named_before() {
    let s = Scratch::new();
    s.write(
        "2012-10-22_debate-3.txt",
        b"Bob Schieffer: Mr. President?\n\n\
W Mitt Romney: I would not have done it that way.\n\n\
Barack H Obama: Governor Romney said we should ask Pakistan for permission. You know, after we killed bin Laden I was at ground zero for a memorial and talked to a young woman who was four years old when 9/11 happened. And for the next decade, she was haunted by that conversation. And she said to me, \"You know, by finally getting bin Laden, that brought some closure to me.\"\n",
    );
    assert_eq!(
        reports(&s),
        owned(&[("W Mitt Romney", "we should ask Pakistan for permission.")])
    );
}

/// "They said …" after a line that only names its topic ("Just on
/// Beijing's response.") is the country the capital stands for (the White
/// House briefing of 13 February 2023).
#[test]
fn they_after_a_topic_line_is_its_country() {
    let s = Scratch::new();
    s.write(
        "2023-02-13_briefing.txt",
        "MR. KIRBY:  Go ahead.\n\nQ    Thank you, John.  Just on Beijing’s response.  They have been very harsh.  They said the first balloon was an accident and the last three objects were not theirs.  How do you respond to that?\n"
            .as_bytes(),
    );
    assert_eq!(
        reports(&s),
        owned(&[(
            "China",
            "the first balloon was an accident and the last three objects were not theirs."
        )])
    );
}

/// A surname the document gives no full name for is the one office holder
/// of its date who bears it: "MS. JEAN-PIERRE:" and "Karine" are one
/// person, Karine Jean-Pierre, and "Secretary Austin" is Lloyd Austin (the
/// White House briefings of 10 and 14 February 2023).
#[test]
fn a_surname_label_is_the_office_holder_of_the_day() {
    let s = Scratch::new();
    s.write(
        "2023-02-14_wh-briefing.txt",
        "MS. JEAN-PIERRE:  Good afternoon, everyone.  Secretary Austin said yesterday that the objects posed no military threat.\n\nQ    Thank you, Karine.  Is the President going to speak?\n\nMS. JEAN-PIERRE:  He will speak when he is ready to.\n"
            .as_bytes(),
    );
    ok(&s.build(&[]));
    let g = s.graph_json();
    assert_eq!(speaker_names(&g), ["Karine Jean-Pierre", "Lloyd Austin"]);
}

/// Quotations a sentence does not attribute go on quoting whom the
/// sentence before quoted, in the same paragraph: the President's
/// statement on Secretary Walsh, quoted over three sentences (the White
/// House briefing of 17 February 2023). A short quotation, the speaker's
/// own scare quotes, does not.
#[test]
fn unattributed_quotations_go_on_quoting_the_sentence_before() {
    let s = Scratch::new();
    s.write(
        "2023-02-17_briefing.txt",
        "MS. JEAN-PIERRE:  President Biden spoke to Secretary Walsh this morning.\n\nAs the President said in his statement about the Secretary’s departure, Secretary Walsh is “one tough union chief.”  And “[h]is record at the Department of Labor is a testament to the power of putting a card-carrying union member in charge of fighting for American workers.”   Through the Secretary’s leadership, the administration “has helped unions secure a historic pay raise for rail workers.”  That is what I call “tough.”\n\nThe rail workers called it “a historic pay raise for us all.”\n"
            .as_bytes(),
    );
    assert_eq!(
        reports(&s),
        owned(&[
            ("Joe Biden", "Secretary Walsh is “one tough union chief.”"),
            (
                "Joe Biden",
                "[h]is record at the Department of Labor is a testament to the power of putting a card-carrying union member in charge of fighting for American workers."
            ),
            (
                "Joe Biden",
                "has helped unions secure a historic pay raise for rail workers."
            ),
        ])
    );
}

/// "They" after a sentence that says something is a country's by its
/// demonym ("We know the first one was Chinese.") is that country (the
/// White House briefing of 13 February 2023).
#[test]
fn they_after_a_demonym_predicate_is_its_country() {
    let s = Scratch::new();
    s.write(
        "2023-02-13_briefing.txt",
        "Q    Has the White House had conversations about this?\n\nMR. KIRBY:  We know the first one was Chinese.  They admitted it.  They claimed it was a weather balloon.  We know it’s not.\n"
            .as_bytes(),
    );
    // "They admitted it." is an anaphoric report of three words: the
    // reporting clause itself, as the gold's rule 6 has it
    assert_eq!(
        reports(&s),
        owned(&[
            ("China", "They admitted it."),
            ("China", "it was a weather balloon.")
        ])
    );
}

/// A speaker's relative is a person of their own, named after the speaker
/// ("my mom, who said" in the last 2012 debate; "My father used to say"),
/// with a speaker node of their own; "she" after "my mom" is the mother,
/// not a man named before.
#[test]
fn a_speakers_relative_is_a_person_named_after_the_speaker() {
    let s = Scratch::new();
    s.write(
        "2012-10-22_debate-3.txt",
        "Bob Schieffer: Gentlemen, thank you both so much. As I always do at the end of these debates, I leave you with the words of my mom, who said: \"Go vote; it'll make you feel big and strong.\" Good night.\n\n\
W Mitt Romney: My father used to say that a job is about a lot more than a paycheck. And my mom, she said that we should all vote.\n"
            .as_bytes(),
    );
    assert_eq!(
        reports(&s),
        owned(&[
            (
                "Bob Schieffer's mother",
                "Go vote; it'll make you feel big and strong."
            ),
            (
                "W Mitt Romney's father",
                "a job is about a lot more than a paycheck."
            ),
            ("W Mitt Romney's mother", "we should all vote.")
        ])
    );
    let g = s.graph_json();
    let relatives: Vec<&str> = nodes(&g, "speaker")
        .into_iter()
        .filter_map(|n| n["name"].as_str())
        .filter(|n| n.contains("'s "))
        .collect();
    assert_eq!(
        relatives,
        [
            "Bob Schieffer's mother",
            "W Mitt Romney's father",
            "W Mitt Romney's mother"
        ]
    );
}

/// A hearing's generic labels: "the witness said" is the speaker labelled
/// "THE WITNESS:" (in the form of a Senate committee hearing's record).
#[test]
fn the_witness_said_is_the_speaker_labelled_the_witness() {
    let s = Scratch::new();
    s.write(
        "hearing.txt",
        "THE CHAIRMAN: The committee will come to order.\n\n\
THE WITNESS: Thank you, Mr. Chairman. The vaccines are safe and effective.\n\n\
SENATOR PAUL: Mr. Chairman, the witness said that the vaccines are safe, but the data says otherwise.\n"
            .as_bytes(),
    );
    assert_eq!(
        reports(&s),
        owned(&[(
            "Witness",
            "the vaccines are safe, but the data says otherwise."
        )])
    );
}

/// Issue 15: generic role labels resolve to the person the document names
/// for the role: "MODERATOR:" who says "I am Jim Lehrer", "THE WITNESS:"
/// whom the chairman introduces ("Our witness today is Dr. Anthony
/// Fauci"); a role the document names no one for stays the role.
#[test]
fn a_role_label_is_the_person_the_document_names_for_the_role() {
    let s = Scratch::new();
    s.write(
        "2012-10-03_debate.txt",
        "MODERATOR: Good evening from the Magness Arena at the University of Denver. I am Jim Lehrer of the PBS NewsHour, and I welcome you to the first of the 2012 presidential debates.\n\n\
OBAMA: Well, thank you very much, Jim, for this opportunity.\n\n\
MODERATOR: Governor Romney, two minutes.\n"
            .as_bytes(),
    );
    s.write(
        "hearing.txt",
        "THE CHAIRMAN: The committee will come to order. Our witness today is Dr. Anthony Fauci, director of the National Institute of Allergy and Infectious Diseases.\n\n\
THE WITNESS: Thank you, Mr. Chairman. The vaccines are safe and effective.\n"
            .as_bytes(),
    );
    ok(&s.build(&[]));
    let speakers = |doc: &str| -> Vec<String> {
        let f = s.claims_json(doc);
        let mut v: Vec<String> = f["claims"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|c| c["speaker"].as_str().map(str::to_string))
            .collect();
        v.sort();
        v.dedup();
        v
    };
    assert_eq!(
        speakers("2012-10-03_debate.txt"),
        ["Barack Obama", "Jim Lehrer"]
    );
    assert_eq!(speakers("hearing.txt"), ["Anthony Fauci", "Chairman"]);
}

/// "the administration" in a briefing is the government of the president
/// the document means ("President Biden"), named "Biden administration" as
/// a source of its own (the White House briefing of 17 February 2023).
#[test]
fn the_administration_is_named_after_the_president() {
    let s = Scratch::new();
    s.write(
        "2023-02-17_briefing.txt",
        "MS. JEAN-PIERRE:  President Biden will travel to Poland next week.  Go ahead.\n\n\
Q    In late January, the administration announced dozens of Bradleys would be sent to Ukraine.  Is there an update?\n\n\
MS. JEAN-PIERRE:  I don’t have anything new to share on that.\n"
            .as_bytes(),
    );
    assert_eq!(
        reports(&s),
        owned(&[(
            "Biden administration",
            "dozens of Bradleys would be sent to Ukraine."
        )])
    );
}

/// "the administration" is American usage: in a Russian briefing, where
/// "the President" is Putin, it is no one's administration the document
/// names, so it is no source (in the form of the Foreign Ministry's
/// briefings).
#[test]
fn the_administration_outside_an_american_document_is_no_source() {
    let s = Scratch::new();
    s.write(
        "2021-01-28_briefing.txt",
        "Maria Zakharova: President Vladimir Putin will hold talks next week.  The administration announced that new sanctions would be imposed.\n"
            .as_bytes(),
    );
    assert_eq!(reports(&s), owned(&[]));
}

/// A sentence that only says someone talked about the matter ("you heard
/// General VanHerck talk about this last night.") leaves the next
/// sentence as their words; one in the speaker's own voice is not (the
/// White House briefing of 13 February 2023).
#[test]
fn the_sentence_after_he_talked_about_this_is_his() {
    let s = Scratch::new();
    s.write(
        "2023-02-13_briefing.txt",
        "MR. KIRBY:  Good afternoon.\n\nQ    Has the threshold been lowered?\n\nMR. KIRBY:  No, I mean — and you heard General VanHerck talk about this last night.  He’s using established protocols to engage craft in the air that can be brought down.\n\nAnd they looked at — and he talked about this.  They looked at other options to try to bring them down, to include gunfire.  But that would have presented a greater risk to the pilots themselves.\n\nAnd the President talked about it today.  I think it was the right call.\n"
            .as_bytes(),
    );
    assert_eq!(
        reports(&s),
        owned(&[
            (
                "VanHerck",
                "He’s using established protocols to engage craft in the air that can be brought down."
            ),
            (
                "VanHerck",
                "They looked at other options to try to bring them down, to include gunfire."
            ),
        ])
    );
}

/// A question put in the passive ("I know that’s been asked a couple of
/// times.") is the unnamed questioner's in an answer to them, and no
/// one's in an answer to a named person (the White House briefing of 17
/// February 2023).
#[test]
fn a_question_asked_in_the_passive_is_the_press() {
    let s = Scratch::new();
    s.write(
        "2023-02-17_briefing.txt",
        "Q    Any update on the review?\n\nMS. JEAN-PIERRE:  So it’s — I don’t have any update on the review.  I know that’s been asked a couple of times.\n\nMR. SMITH:  Has there been an update?\n\nMS. JEAN-PIERRE:  I know that’s been asked a couple of times.\n"
            .as_bytes(),
    );
    assert_eq!(
        reports(&s),
        owned(&[("Question", "I know that’s been asked a couple of times.")])
    );
}

/// An interviewer's "your Polish counterpart said …" is an unnamed source
/// of the interview, and the minister's "he told me" in the answer is that
/// counterpart, the last person reported, not the chancellor two turns
/// before.
#[test]
fn a_counterpart_is_a_source_and_whom_he_means_next() {
    let s = Scratch::new();
    s.write(
        "2023-03-03_interview.txt",
        "Interview with Foreign Minister Annalena Baerbock, 3 March 2023\n\n\
Q: Minister, the Chancellor said last month that Germany would not send fighter jets. Do you agree?\n\n\
A: The Chancellor and I agree.\n\n\
Q: Your Polish counterpart said on Monday that Europe is too slow.\n\n\
A: I spoke to him yesterday, and he told me that Poland will host the next meeting.\n"
            .as_bytes(),
    );
    let counterpart = "your Polish counterpart (unnamed, 2023-03-03_interview.txt)";
    let got = reports(&s);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(
        got[1],
        (counterpart.to_string(), "Europe is too slow.".to_string())
    );
    assert_eq!(
        got[2],
        (
            counterpart.to_string(),
            "Poland will host the next meeting.".to_string()
        )
    );
}

/// A report by someone described whom the document names no one for
/// ("The mayor of East Palestine said yesterday …") is the described
/// person's, as an unnamed source, not dropped (the White House briefing
/// of 16 February 2023).
#[test]
fn a_description_no_one_is_named_for_is_an_unnamed_source() {
    let s = Scratch::new();
    s.write(
        "2023-02-16_briefing.txt",
        "MS. JEAN-PIERRE:  Go ahead.\n\nQ    The mayor of East Palestine said yesterday it was the first time he had heard anything from the White House about the train derailment.  Could you talk a little bit about your — the White House’s outreach?\n"
            .as_bytes(),
    );
    assert_eq!(
        reports(&s),
        owned(&[(
            "the mayor of East Palestine (unnamed, 2023-02-16_briefing.txt)",
            "it was the first time he had heard anything from the White House about the train derailment."
        )])
    );
    let g = s.graph_json();
    let mayor = nodes(&g, "speaker")
        .into_iter()
        .find(|n| {
            n["name"]
                .as_str()
                .is_some_and(|n| n.starts_with("the mayor"))
        })
        .expect("the mayor's node");
    assert_eq!(mayor["speaker_kind"], "unnamed");
}
