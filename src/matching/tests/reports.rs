//! Reported speech linked to what the person it is attributed to said
//! (`reports.rs`, method `attributed-overlap`), on lines of the 2012
//! presidential debates.

use super::*;
use crate::extract::reported::ReportKind;

/// Claim `text` of `speaker` in document `doc`, at byte `at` of it.
fn said(doc: usize, turn: usize, speaker: &str, at: usize, text: &str) -> Claim {
    let mut c = claim(doc, turn, Some(speaker), text);
    c.range = at..at + text.len();
    c.span = [at, at + text.len()];
    c
}

/// `text`, reported at byte `at` of document `doc` by `by` as `speaker`'s.
fn reported(doc: usize, turn: usize, speaker: &str, by: &str, at: usize, text: &str) -> Claim {
    let mut c = said(doc, turn, speaker, at, text);
    c.reported_by = Some(by.to_string());
    c.reported_kind = Some(ReportKind::Indirect);
    c
}

const ROMNEY: &str = "W Mitt Romney";
const OBAMA: &str = "Barack H Obama";

#[test]
fn a_report_links_to_what_its_speaker_said_in_the_same_debate() {
    let claims = vec![
        said(
            0,
            1,
            ROMNEY,
            0,
            "I think something this big, this important has to be done on a bipartisan basis.",
        ),
        said(
            0,
            2,
            OBAMA,
            200,
            "Governor Romney said this has to be done on a bipartisan basis.",
        ),
        reported(
            0,
            2,
            ROMNEY,
            OBAMA,
            221,
            "this has to be done on a bipartisan basis.",
        ),
        said(
            0,
            3,
            ROMNEY,
            400,
            "When the president took office, the price of gasoline here in Nassau County was about $1.86 a gallon.",
        ),
        said(
            0,
            4,
            OBAMA,
            600,
            "He said when I took office, the price of gasoline was $1.80, $1.86.",
        ),
        reported(
            0,
            4,
            ROMNEY,
            OBAMA,
            608,
            "when I took office, the price of gasoline was $1.80, $1.86.",
        ),
    ];
    // more of Romney's lines, for word weights as in a real debate
    let mut claims = claims;
    for (i, text) in [
        "I want to help the middle class.",
        "We have to create jobs in this country.",
        "I will not reduce the share of taxes paid by high-income people.",
        "We need to have a strong military.",
        "I would keep the good parts of the law.",
        "Small business is where jobs come from.",
    ]
    .into_iter()
    .enumerate()
    {
        claims.push(said(1, 10 + i, ROMNEY, 100 * i, text));
    }
    let m = find_matches(&claims, &daily(2), &MatchOptions::default());
    let got: Vec<_> = edge_list(&m)
        .into_iter()
        .filter(|e| e.3 == "attributed-overlap")
        .collect();
    assert_eq!(
        got,
        vec![
            (2, 0, MatchKind::Paraphrases, "attributed-overlap"),
            (5, 3, MatchKind::Paraphrases, "attributed-overlap"),
        ],
        "{:#?}",
        m.edges
    );
    let e = edge(&m, 5, 3).expect("linked");
    assert!((e.score - 0.78).abs() < 0.05, "{}", e.score);
}

#[test]
fn a_report_is_not_linked_to_words_its_speaker_said_apart_or_negated() {
    let claims = vec![
        said(
            0,
            1,
            ROMNEY,
            0,
            "That's why everything I'll do is designed to help small businesses grow and add jobs.",
        ),
        said(
            0,
            1,
            ROMNEY,
            100,
            "And number three is to grow the economy, because if more people work in a growing economy, they're paying taxes.",
        ),
        said(
            1,
            2,
            OBAMA,
            0,
            "You said this is going to help the economy grow, and that it doesn't grow our economy.",
        ),
        reported(
            1,
            2,
            ROMNEY,
            OBAMA,
            9,
            "this is going to help the economy grow.",
        ),
        reported(1, 2, ROMNEY, OBAMA, 70, "doesn't grow our economy."),
    ];
    let m = find_matches(&claims, &daily(2), &MatchOptions::default());
    assert!(
        !m.edges.iter().any(|e| e.method == "attributed-overlap"),
        "{:#?}",
        m.edges
    );
}

/// The sentence that reports it, with the changed fact ("said" / "never
/// said"), keeps two identical reports apart; the same sentence repeated
/// still links them.
#[test]
fn words_reported_alike_in_sentences_that_state_different_facts_are_not_linked() {
    const FRAME: &str = "The president said that the government can provide the service at lower cost and without a profit.";
    const DENIED: &str = "The president never said that the government can provide the service at lower cost and without a profit.";
    const WORDS: &str =
        "the government can provide the service at lower cost and without a profit.";
    let mut claims = Vec::new();
    for (doc, frame) in [(0, FRAME), (1, DENIED), (2, FRAME)] {
        let outer = said(doc, 1, ROMNEY, 0, frame);
        let at = frame.find(WORDS).expect("reported words");
        let mut inner = reported(doc, 1, OBAMA, ROMNEY, at, WORDS);
        inner.reported_in = Some(outer.id.clone());
        claims.push(outer);
        claims.push(inner);
    }
    let m = find_matches(&claims, &daily(3), &MatchOptions::default());
    let linked = |a: usize, b: usize| edge(&m, a, b).or_else(|| edge(&m, b, a)).is_some();
    // document 2 repeats document 0: both sentences and both reports link
    assert!(linked(4, 0), "{:#?}", m.edges);
    assert!(linked(5, 1), "{:#?}", m.edges);
    // document 1 denies it: nothing of it links to documents 0 and 2
    let across: Vec<_> = edge_list(&m)
        .into_iter()
        .filter(|e| (e.0 / 2 == 1) != (e.1 / 2 == 1))
        .collect();
    assert_eq!(across, vec![], "{:#?}", m.edges);
}

/// Of two lines of its speaker that hold all of a report's words, the one
/// that says them in the report's order is the source, though the other
/// is shorter and earlier (the second 2012 debate).
#[test]
fn a_report_links_to_the_line_that_says_its_words_in_order() {
    let mut claims = vec![
        said(
            0,
            1,
            OBAMA,
            0,
            "Over the last 30 months, we've seen 5 million jobs in the private sector created.",
        ),
        said(
            1,
            2,
            OBAMA,
            0,
            "We've created five million jobs, and gone from 800 jobs a month being lost, and we are making progress.",
        ),
        said(
            1,
            3,
            ROMNEY,
            300,
            "He keeps saying, \"Look, I've created 5 million jobs.\"",
        ),
        reported(
            1,
            3,
            OBAMA,
            ROMNEY,
            318,
            "Look, I've created 5 million jobs.",
        ),
    ];
    for (i, text) in [
        "I want to help the middle class.",
        "Look, we have to invest in education.",
        "Look, Governor Romney's plan does not add up.",
        "Look, we ended the war in Iraq.",
        "Look, the middle class needs a champion.",
    ]
    .into_iter()
    .enumerate()
    {
        // ("look" is a word he says often)
        claims.push(said(2, 10 + i, OBAMA, 100 * i, text));
    }
    let m = find_matches(&claims, &daily(3), &MatchOptions::default());
    let got: Vec<_> = edge_list(&m)
        .into_iter()
        .filter(|e| e.3 == "attributed-overlap")
        .map(|e| (e.0, e.1))
        .collect();
    assert_eq!(got, vec![(3, 1)], "{:#?}", m.edges);
}

const KIRBY: &str = "John Kirby";
const REPORTER: &str = "Question";

/// `lines` of `speaker` added to `claims` (document `doc`, a turn each
/// from `turn`, 200 bytes apart from byte `at`), for word weights as in a
/// real transcript.
fn add_lines(
    claims: &mut Vec<Claim>,
    (doc, turn, at): (usize, usize, usize),
    speaker: &str,
    lines: &[&str],
) {
    for (i, text) in lines.iter().enumerate() {
        claims.push(said(doc, turn + i, speaker, at + 200 * i, text));
    }
}

/// The links of `m` whose method starts with `prefix`.
fn links_by<'a>(m: &'a Matches, prefix: &str) -> Vec<(usize, usize, MatchKind, &'a str)> {
    edge_list(m)
        .into_iter()
        .filter(|e| e.3.starts_with(prefix))
        .collect()
}

/// A reporter's "you mentioned early on that …" (2023-02-13 White House
/// briefing, lines 72 and 237) restates an official's line of the same
/// briefing in fewer of its words than `attributed-overlap` asks; sharing a
/// phrase of the report ("limited additive capabilities"), it is linked to
/// it. "You said it was discovered last night." (2023-02-10, lines 398 and
/// 548) shares no phrase with "first came to our attention last evening"
/// and is not.
#[test]
fn a_report_restated_loosely_links_to_its_source_in_the_same_briefing() {
    let mut claims = vec![
        said(
            0,
            1,
            KIRBY,
            0,
            "We assessed that, at this time, these balloons have provided limited additive capabilities to the PRC’s other intelligence platforms used over the United States.",
        ),
        said(
            0,
            1,
            KIRBY,
            200,
            "The knowledge about the balloon and the track first came to our attention last evening.",
        ),
        said(
            0,
            2,
            REPORTER,
            400,
            "One, you mentioned early on that this — the China balloon might have been giving limited additive capabilities.",
        ),
        reported(
            0,
            2,
            KIRBY,
            REPORTER,
            433,
            "this — the China balloon might have been giving limited additive capabilities.",
        ),
        said(
            0,
            3,
            REPORTER,
            600,
            "You said it was discovered last night.",
        ),
        reported(0, 3, KIRBY, REPORTER, 609, "it was discovered last night."),
    ];
    add_lines(
        &mut claims,
        (0, 4, 1000),
        KIRBY,
        &[
            "We detected none.",
            "I know of no outreach this afternoon to the Chinese government about this.",
            "There are some 10,000 American troops in Poland right now, most of them on rotational orders.",
            "These are all sovereign decisions.",
            "We still have an embassy in Beijing with a terrific ambassador, Nick Burns.",
            "The President was briefed on the object this morning.",
        ],
    );
    let m = find_matches(&claims, &daily(1), &MatchOptions::default());
    assert_eq!(
        links_by(&m, "attributed"),
        vec![(3, 0, MatchKind::Paraphrases, "attributed-context")],
        "{:#?}",
        m.edges
    );
    let e = edge(&m, 3, 0).expect("linked");
    assert!((e.score - 0.6).abs() < 0.1, "{}", e.score);
}

/// Romney's charge said again in the next debate (2012-10-16 line 345,
/// 2012-10-22 line 183): two reports of Obama by Romney that share "daylight
/// … Israel" and half their weight are linked, the later to the earlier;
/// a report of Obama by someone else with the same words is not a source
/// through this context.
#[test]
fn a_reporters_charge_said_again_links_to_their_earlier_report() {
    let mut claims = vec![
        said(
            0,
            1,
            ROMNEY,
            2104,
            "Consider the distance between ourselves and - and Israel, the president said that - that he was going to put daylight between us and Israel.",
        ),
        reported(
            0,
            1,
            OBAMA,
            ROMNEY,
            2193,
            "- that he was going to put daylight between us and Israel.",
        ),
        said(
            1,
            2,
            ROMNEY,
            1026,
            "And I think that when the president said he was going to create daylight between ourselves and Israel, that they noticed that as well.",
        ),
        reported(
            1,
            2,
            OBAMA,
            ROMNEY,
            1070,
            "he was going to create daylight between ourselves and Israel, that they noticed that as well.",
        ),
    ];
    // Obama's own lines
    add_lines(
        &mut claims,
        (0, 3, 3000),
        OBAMA,
        &[
            "We have to make sure that we are creating jobs here in the United States.",
            "We created five million jobs in the private sector.",
            "Governor Romney wants to cut taxes for the wealthiest Americans.",
            "Iran will not get a nuclear weapon on my watch.",
            "We ended the war in Iraq, refocused our attention on those who actually killed us on 9/11.",
            "Our alliances have never been stronger.",
            "America remains the one indispensable nation.",
        ],
    );
    let m = find_matches(&claims, &daily(2), &MatchOptions::default());
    assert_eq!(
        links_by(&m, "attributed"),
        vec![(3, 1, MatchKind::Paraphrases, "attributed-context")],
        "{:#?}",
        m.edges
    );
    // reported by someone else, the earlier report is no source
    claims[1].reported_by = Some("Bob Schieffer".to_string());
    let m = find_matches(&claims, &daily(2), &MatchOptions::default());
    assert!(links_by(&m, "attributed").is_empty(), "{:#?}", m.edges);
}

/// "As I said, this was the size of a small car." (2023-02-10 briefing,
/// line 258) restates Kirby's own line of the same briefing (line 227): a
/// restatement framed by its speaker is linked to the earlier claim of
/// theirs that holds it (`said-before`). The phrase of time after the
/// opener is no part of what was said: "as I mentioned moments ago, we are
/// going to hear from the President" shares only "moments ago" with an
/// earlier "I've said this moments ago".
#[test]
fn a_restatement_framed_as_said_before_links_to_the_speakers_earlier_claim() {
    const JEAN_PIERRE: &str = "Karine Jean-Pierre";
    let mut claims = vec![
        said(
            0,
            1,
            KIRBY,
            0,
            "The way it was described to me was roughly the size of a small car, as opposed to, you know, a payload that was like two or three —",
        ),
        said(
            0,
            3,
            KIRBY,
            400,
            "As I said, this was the size of a small car.",
        ),
        said(
            0,
            4,
            JEAN_PIERRE,
            600,
            "And — but I do want to say — and I’ve said this moments ago — is that this is a President that has been a leader on this issue.",
        ),
        said(
            0,
            6,
            JEAN_PIERRE,
            900,
            "And, again — and as I mentioned moments ago, we are going to hear from the President.",
        ),
    ];
    let more = [
        "We detected none.",
        "These are all sovereign decisions.",
        "The President was briefed on the object this morning.",
        "We still have an embassy in Beijing with a terrific ambassador, Nick Burns.",
    ];
    add_lines(&mut claims, (0, 10, 2000), KIRBY, &more);
    add_lines(&mut claims, (0, 20, 4000), JEAN_PIERRE, &more);
    let m = find_matches(&claims, &daily(1), &MatchOptions::default());
    assert_eq!(
        links_by(&m, "said-before"),
        vec![(1, 0, MatchKind::Repeats, "said-before")],
        "{:#?}",
        m.edges
    );
    // a false start of the opener frames it too
    claims[1] = said(
        0,
        3,
        KIRBY,
        400,
        "As I — as I said, this was the size of a small car.",
    );
    let m = find_matches(&claims, &daily(1), &MatchOptions::default());
    assert_eq!(
        links_by(&m, "said-before"),
        vec![(1, 0, MatchKind::Repeats, "said-before")]
    );
}

/// A figure reported as someone's is theirs (the 2012 debates): Romney's
/// "He keeps saying, “Look, I've created 5 million jobs.”" paraphrases
/// Obama's own figure of the first debate (`same-figure`); said as
/// Romney's own, it is no one's repeat.
#[test]
fn a_reported_figure_links_to_the_speakers_own() {
    let source =
        "Over the last 30 months, we've seen 5 million jobs in the private sector created.";
    let report = "Look, I've created 5 million jobs.";
    let claims = vec![
        said(0, 1, OBAMA, 0, source),
        reported(1, 1, OBAMA, ROMNEY, 0, report),
    ];
    let dates = [date("2012-10-03"), date("2012-10-16")];
    let m = find_matches(&claims, &dates, &MatchOptions::default());
    assert_eq!(
        links_by(&m, "same-figure"),
        vec![(1, 0, MatchKind::Paraphrases, "same-figure")],
        "{:#?}",
        m.edges
    );
    let own = vec![said(0, 1, OBAMA, 0, source), said(1, 1, ROMNEY, 0, report)];
    let m = find_matches(&own, &dates, &MatchOptions::default());
    assert_eq!(links_by(&m, "same-figure"), vec![]);
}

/// A currency is no part of a figure (the 2012 debates, Obama's promise
/// as Romney reported it twice): "$2,500 a year" is "two thousand five
/// hundred dollars a family"; "$2,500 million" is another figure.
#[test]
fn a_figure_in_dollars_or_with_a_dollar_sign_is_one() {
    let first = "by this year, he would have brought down the cost of insurance for each family by two thousand five hundred dollars a family.";
    let later = "by now middle-income families would have a reduction in their health insurance premiums by $2,500 a year.";
    let dates = [date("2012-10-03"), date("2012-10-16")];
    let figures = |later: &str| {
        let claims = vec![
            reported(0, 1, OBAMA, ROMNEY, 0, first),
            reported(1, 1, OBAMA, ROMNEY, 0, later),
        ];
        let m = find_matches(&claims, &dates, &MatchOptions::default());
        links_by(&m, "same-figure")
            .into_iter()
            .map(|e| (e.0, e.1, e.2))
            .collect::<Vec<_>>()
    };
    assert_eq!(figures(later), vec![(1, 0, MatchKind::Paraphrases)]);
    assert_eq!(figures(&later.replace("$2,500", "$2,500 million")), vec![]);
}

/// A report said to its speaker ("Governor Romney, you said …", the third
/// 2012 debate) restates their line of an earlier debate when it says a
/// phrase of words they rarely use ("unraveling before our very eyes");
/// words they use all the time ("president", "make") say nothing of which
/// line was meant, and "He said …" is not said to him.
#[test]
fn a_report_said_to_its_speaker_links_to_their_rare_phrase_in_another_debate() {
    let source = "The president's policies throughout the Middle East began with an apology tour and - and - and pursue a strategy of leading from behind, and this strategy is unraveling before our very eyes.";
    let report = "this was an example of an American policy in the Middle East that is unraveling before our very eyes.";
    let claims = |attribution: &str| {
        let mut claims = vec![
            said(0, 1, ROMNEY, 0, source),
            said(
                0,
                2,
                ROMNEY,
                400,
                "What I will do as president is make sure it's more attractive to come to America again.",
            ),
        ];
        // words he says all the time
        add_lines(
            &mut claims,
            (0, 10, 1000),
            ROMNEY,
            &[
                "The president has a view very similar to the view he had when he ran four years ago.",
                "I want to make sure we keep our Pell grant program growing.",
                "As president, I will sit down on day one.",
                "We have to make sure that we have a strong military.",
                "I think the president just said correctly that the buck does stop at his desk.",
                "And I'll make sure that we have tax rates that are competitive.",
            ],
        );
        for (k, text) in [report, "well, any president would make that call."]
            .into_iter()
            .enumerate()
        {
            let mut r = reported(1, k + 1, ROMNEY, "Bob Schieffer", 200 * k, text);
            r.attribution = Some(attribution.to_string());
            claims.push(r);
        }
        claims
    };
    let dates = [date("2012-10-16"), date("2012-10-22")];
    let m = find_matches(
        &claims("Governor Romney, you said"),
        &dates,
        &MatchOptions::default(),
    );
    assert_eq!(
        links_by(&m, "attributed-context"),
        vec![(8, 0, MatchKind::Paraphrases, "attributed-context")],
        "{:#?}",
        m.edges
    );
    for frame in ["He said", "As you know, the governor said"] {
        let m = find_matches(&claims(frame), &dates, &MatchOptions::default());
        assert_eq!(links_by(&m, "attributed-context"), vec![], "{frame}");
    }
    let m = find_matches(
        &claims("You've just said"),
        &dates,
        &MatchOptions::default(),
    );
    assert_eq!(links_by(&m, "attributed-context").len(), 1);
}
