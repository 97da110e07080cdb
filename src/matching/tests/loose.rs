//! Links in other words: talking-point clusters, paraphrases, near misses,
//! semantic links, short lines and shared passages.

use super::*;

#[test]
fn talking_point_variants_form_one_cluster() {
    // the same line in five briefings, by two officials, hedged and edited
    let lines = [
        "We call on the Western media to report the facts rather than rumours and speculation.",
        "Once again, we call on the Western media to report the facts rather than rumours and speculation.",
        "We call on the Western media to report facts, not rumours and speculation.",
        "And we call on the Western media to report the facts rather than rumours and speculation, as always.",
        "We call on the Western media to report the facts rather than rumours and speculation.",
    ];
    let claims: Vec<Claim> = lines
        .iter()
        .enumerate()
        .map(|(d, t)| {
            let who = if d % 2 == 0 {
                "Maria Zakharova"
            } else {
                "Sergey Lavrov"
            };
            claim(d, 1, Some(who), t)
        })
        .collect();
    let m = find_matches(&claims, &daily(5), &MatchOptions::default());
    assert_eq!(m.cluster, vec![0; 5], "{:#?}", m.edges);
    assert_kind(&m, 4, 0, MatchKind::Repeats);
    assert_kind(&m, 1, 0, MatchKind::Paraphrases);
}

#[test]
fn person_and_tense_shift_and_containment() {
    let src = "We are ready to resume the talks on strategic stability with Washington without preconditions.";
    let claims = vec![
        claim(0, 1, Some("Sergey Lavrov"), src),
        claim(
            1,
            1,
            None,
            "You said you were ready to resume the talks on strategic stability with Washington without preconditions.",
        ),
        claim(
            2,
            1,
            Some("Sergey Lavrov"),
            "As I said on Tuesday, we are ready to resume the talks on strategic stability with Washington without preconditions, and that has not changed.",
        ),
    ];
    let m = find_matches(&claims, &daily(3), &MatchOptions::default());
    let shift = edge(&m, 1, 0).expect("person and tense shift");
    assert_eq!(shift.kind, MatchKind::Paraphrases);
    let contained = edge(&m, 2, 0).expect("containment");
    assert_eq!(contained.kind, MatchKind::Repeats);
    assert_eq!(m.cluster, vec![0; 3]);
}

#[test]
fn near_misses_are_not_links() {
    let base =
        "Russia is ready to extend the New START treaty for five years without any preconditions.";
    let variants = [
        "Estonia is ready to extend the New START treaty for five years without any preconditions.",
        "Russia is not ready to extend the New START treaty for five years without any preconditions.",
        "Russia is ready to extend the New START treaty for seven years without any preconditions.",
    ];
    let mut claims = vec![claim(0, 1, Some("Sergey Lavrov"), base)];
    for (i, v) in variants.iter().enumerate() {
        claims.push(claim(i + 1, 1, Some("Sergey Lavrov"), v));
    }
    let m = find_matches(&claims, &daily(5), &MatchOptions::default());
    for e in &m.edges {
        assert_ne!(e.to, 0, "near miss linked: {e:?}");
    }
    assert_eq!(m.cluster[0], 0);
    assert!(m.cluster[1..].iter().all(|&c| c != 0));
    // the same number in words is the same fact
    claims.push(claim(
        5,
        1,
        Some("Sergey Lavrov"),
        "Russia is ready to extend the New START treaty for five years without any preconditions.",
    ));
    claims[0].text = base.replace("five", "5");
    let m = find_matches(&claims, &daily(6), &MatchOptions::default());
    assert!(edge(&m, 4, 0).is_some(), "{:#?}", m.edges);
}

#[test]
fn two_peoples_paraphrase_needs_one_voice() {
    // two moderators of the 2012 debates (gold-debates): alike in words
    // and sense, but two people's procedure, not one line said again
    let mut claims = sample_corpus_claims();
    let first = claims.len();
    let crowley = "Governor Romney, as you know, you won the coin toss, so the first question will go to you.";
    claims.push(claim(2, 1, Some("Candy Crowley"), crowley));
    claims.push(claim(
        3,
        1,
        Some("Bob Schieffer"),
        "Governor Romney, you won the toss.",
    ));
    // (among the sample's claims few words are common, so the lines would
    // restate each other word for word: a restatement must cover all)
    let opts = MatchOptions {
        restated_cover: 1.0,
        ..MatchOptions::default()
    };
    let mut dates = dates();
    dates.extend([date("2012-10-16"), date("2012-10-22")]);
    let m = find_matches(&claims, &dates, &opts);
    assert_eq!(edge(&m, first + 1, first).map(|e| e.method.as_str()), None);
    // the same words from one moderator are a paraphrase
    claims[first + 1].speaker = Some("Candy Crowley".into());
    let m = find_matches(&claims, &dates, &opts);
    let e = edge(&m, first + 1, first).expect("one voice");
    assert_eq!(
        (e.kind, e.method.as_str()),
        (MatchKind::Repeats, "semantic")
    );
    // and so are they when the later one reports the earlier speaker
    claims[first + 1].speaker = Some("Candy Crowley".into());
    claims[first].speaker = Some("Bob Schieffer".into());
    claims[first].reported_by = Some("Candy Crowley".into());
    let m = find_matches(&claims, &dates, &opts);
    assert_eq!(
        edge(&m, first + 1, first).map(|e| e.method.as_str()),
        Some("semantic")
    );
}

#[test]
fn paraphrase_in_other_words_is_semantic() {
    // Romney, first and third debates of 2012 (gold-debates), among the
    // sample transcripts' claims, so that word weights are realistic
    let mut claims = sample_corpus_claims();
    let first = claims.len();
    claims.push(claim(
        2,
        1,
        Some("Mitt Romney"),
        "I was on the world of business for 25 years.",
    ));
    claims.push(claim(
        3,
        1,
        Some("Mitt Romney"),
        "Look, I've been in business for 25 years.",
    ));
    let mut dates = dates();
    dates.extend([date("2012-10-03"), date("2012-10-22")]);
    let m = find_matches(&claims, &dates, &MatchOptions::default());
    let e = edge(&m, first + 1, first).expect("paraphrase");
    assert_eq!(
        (e.kind, e.method.as_str()),
        (MatchKind::Repeats, "semantic")
    );
    // without the embeddings, only lexical evidence counts: the shared
    // phrase "business for 25 years" makes it a talking point
    let lexical = MatchOptions {
        embeddings: false,
        ..MatchOptions::default()
    };
    let m = find_matches(&claims, &dates, &lexical);
    let e = edge(&m, first + 1, first).expect("talking point");
    assert_eq!(e.method, "talking-point");
    let neither = MatchOptions {
        talking_points: false,
        ..lexical
    };
    let m = find_matches(&claims, &dates, &neither);
    assert!(edge(&m, first + 1, first).is_none());
}

#[test]
fn short_lines_repeated_by_their_speaker() {
    let romney = Some("Mitt Romney");
    let obama = Some("Barack Obama");
    let claims = vec![
        claim(0, 1, romney, "My priority is jobs."),
        claim(0, 1, romney, "I believe that story."),
        claim(0, 1, romney, "We cut taxes 19 times."),
        claim(0, 2, romney, "That is all I can say for now."),
        claim(
            0,
            3,
            romney,
            "This covers countries that follow these standards.",
        ),
        claim(0, 3, romney, "Let's get back to Medicare."),
        claim(0, 4, romney, "Let's get back to Medicare."),
        claim(1, 1, romney, "My priority is jobs."),
        claim(1, 1, romney, "I believe this story."),
        claim(1, 1, romney, "We cut taxes 20 times."),
        claim(1, 2, romney, "That is all I can say for now."),
        claim(
            1,
            3,
            obama,
            "This covers states that follow these standards.",
        ),
        claim(2, 1, obama, "My priority is jobs."),
        claim(2, 1, obama, "I believe this story."),
    ];
    let m = find_matches(&claims, &daily(3), &MatchOptions::default());
    let got = edge_list(&m);
    assert_eq!(
        got,
        vec![
            // verbatim, same speaker, another document
            (7, 0, MatchKind::Repeats, "exact"),
            // one word changed, same speaker
            (8, 1, MatchKind::Repeats, "token-levenshtein"),
            // one word changed in a line long enough for the main index:
            // any speaker
            (11, 4, MatchKind::Paraphrases, "token-levenshtein"),
        ],
        "{:#?}",
        m.edges
    );
    // not linked: another number, a formula, a repeat within one
    // document, another speaker's identical short line
    assert_eq!(m.cluster[12], 12);
    assert_eq!(m.cluster[9], 9);
}

#[test]
fn short_lines_with_one_core() {
    // the 2012 debates and the February 2023 briefings
    let romney = Some("Mitt Romney");
    let obama = Some("Barack Obama");
    let kirby = Some("John Kirby");
    let kjp = Some("Karine Jean-Pierre");
    let claims = vec![
        claim(0, 1, romney, "Unfortunately, he doubled it."),
        claim(0, 1, romney, "For me, this is about jobs."),
        claim(0, 2, kirby, "We have — we have an embassy in Beijing."),
        claim(0, 3, kjp, "So I’ll just leave it there."),
        claim(0, 4, romney, "He tripled it."),
        claim(1, 1, romney, "Instead he's doubled it."),
        claim(1, 1, romney, "And for me, this is about jobs."),
        claim(
            1,
            2,
            kirby,
            "Look, we have — we have an embassy in Beijing.",
        ),
        claim(1, 3, kjp, "And I’ll just leave it there."),
        claim(1, 4, obama, "Unfortunately, he doubled it."),
        claim(1, 5, romney, "In fact, he tripled it."),
    ];
    let m = find_matches(&claims, &daily(2), &MatchOptions::default());
    let got = edge_list(&m);
    assert_eq!(
        got,
        vec![
            (5, 0, MatchKind::Repeats, "token-levenshtein"),
            (6, 1, MatchKind::Repeats, "token-levenshtein"),
            (7, 2, MatchKind::Repeats, "token-levenshtein"),
        ],
        "{:#?}",
        m.edges
    );
    // not linked: a formula ("leave it there"), another speaker's line,
    // a line of three words ("He tripled it.")
}

#[test]
fn short_lines_inside_longer_ones() {
    // the February 2023 briefings and the 2012 debates
    let kirby = Some("John Kirby");
    let obama = Some("Barack Obama");
    let romney = Some("Mitt Romney");
    let claims = vec![
        claim(0, 1, kirby, "We have — we have an embassy in Beijing."),
        claim(0, 2, kirby, "He could end it right now."),
        claim(0, 3, obama, "We created 23 million new jobs."),
        claim(0, 4, romney, "Instead let people make their own choice."),
        claim(
            1,
            1,
            kirby,
            "We still have an embassy in Beijing with a terrific ambassador, Nick Burns.",
        ),
        claim(
            1,
            2,
            kirby,
            "But he could end it now just by pulling his troops out.",
        ),
        claim(
            1,
            3,
            obama,
            "That is what we did when Bill Clinton was president, and we created 24 million new jobs.",
        ),
        claim(
            1,
            4,
            romney,
            "Now, let me mention one other thing, and that is self-deportation says let people make their own choice.",
        ),
        claim(1, 5, kirby, "He could not end it now, and he knows it."),
    ];
    let m = find_matches(&claims, &daily(2), &MatchOptions::default());
    let got = edge_list(&m);
    assert_eq!(
        got,
        vec![
            // "still" inserted, an ambassador's name appended
            (4, 0, MatchKind::Repeats, "containment"),
            // contained verbatim, the opener aside: the shared passage
            // finds it first, and containment adds no second link
            (7, 3, MatchKind::Repeats, "shared-passage"),
        ],
        "{:#?}",
        m.edges
    );
    // not linked: another number (23 → 24 million), a negation added, and
    // "right" dropped from a line with one content word ("end"): too
    // generic to change a word of
}

#[test]
fn shared_passages_of_one_speaker() {
    // the 2012 debates: Obama's line, inside a longer sentence a week later
    let obama = Some("Barack Obama");
    let kirby = Some("John Kirby");
    let claims = vec![
        claim(
            0,
            1,
            obama,
            "Now, four years ago, when I stood on this stage, I said that I would cut taxes for middle-class families.",
        ),
        claim(
            1,
            1,
            obama,
            "Today, I would cut taxes for middle-class families.",
        ),
        // a phrase found in many claims is a formula, not a passage
        claim(
            0,
            2,
            kirby,
            "He put the safety and security of the American people first.",
        ),
        claim(
            1,
            2,
            kirby,
            "The President always thinks of the safety and security of the American people.",
        ),
        claim(
            2,
            2,
            kirby,
            "His first duty is the safety and security of the American people.",
        ),
        claim(
            3,
            2,
            kirby,
            "Nothing matters more than the safety and security of the American people.",
        ),
        // laid over the longer claim, the shorter changes a name
        claim(
            2,
            3,
            kirby,
            "Russia was accused of premeditated murder in the Hero City.",
        ),
        claim(
            3,
            3,
            kirby,
            "Again, Estonia was accused of premeditated murder in the Hero City, they say.",
        ),
    ];
    let m = find_matches(&claims, &daily(4), &MatchOptions::default());
    // (Kirby's formula is his theme too: `related` links of their own,
    // `shared-theme`; but the changed name parts the last two)
    let got: Vec<_> = edge_list(&m)
        .into_iter()
        .filter(|e| e.3 != "shared-theme" || e.0 == 7)
        .collect();
    assert_eq!(
        got,
        vec![(1, 0, MatchKind::Repeats, "shared-passage")],
        "{:#?}",
        m.edges
    );
    assert_eq!(
        m.edges[0].to_text, "I would cut taxes for middle-class families",
        "the aligned text is the passage"
    );
}

/// Lavrov's sentence `src` (claim 0) and four other lines of his press
/// conference (claims 1–4), so that words weigh as in a real transcript.
fn with_other_lines(src: &str) -> Vec<Claim> {
    let others = [
        "I myself had the pleasure of speaking to you following talks, which did take place several times in Moscow.",
        "I have already mentioned the topic of states’ obligations and now want to remind you about them.",
        "But then everybody should be ready for the ramifications of this failure of the American state.",
        "They are being kept in the Omsk hospital, maybe they have already been transported to the laboratory.",
    ];
    let mut claims = vec![claim(0, 1, Some("Sergey Lavrov"), src)];
    claims.extend(others.iter().map(|t| claim(0, 2, Some("Sergey Lavrov"), t)));
    claims
}

/// Words replaced by synonyms (WordNet's, `synonyms.rs`), and the sentence
/// cut short: a `reworded` link; the same opened by a hedge ("Frankly
/// speaking" frames the claim and is not a name the other one lacks).
#[test]
fn synonyms_and_a_sentence_cut_short() {
    let src = "They are already discussing how to prevent Russia and the PRC from joining forces to such a degree that they could become more powerful than America.";
    for said in [
        "They are already considering how to prevent Russia and the PRC from uniting forces to such a degree.",
        "Frankly speaking, they are already considering how to prevent Russia and the PRC from uniting forces to such a degree.",
    ] {
        let mut claims = with_other_lines(src);
        claims.push(claim(1, 1, Some("Sergey Lavrov"), said));
        let m = find_matches(&claims, &daily(2), &MatchOptions::default());
        let e = edge(&m, 5, 0).unwrap_or_else(|| panic!("{said}: {:#?}", m.edges));
        assert_eq!(e.kind, MatchKind::Repeats);
        assert_eq!(e.method, "reworded", "{said}");
        assert_eq!(m.edges.len(), 1);
    }
}

/// A restatement negated among its words is not one; negated around them
/// ("…, and that has not changed") it still is.
#[test]
fn a_negation_inside_the_restated_words_parts_them() {
    let src = "The main task for our diplomats is to understand what the new US administration intends in strategic stability.";
    let mut claims = with_other_lines(src);
    claims.push(claim(
        1,
        1,
        Some("Maria Zakharova"),
        "As the Foreign Minister said on Monday, the main task for our diplomats is not to understand what the new US administration intends in strategic stability.",
    ));
    claims.push(claim(
        2,
        1,
        Some("Maria Zakharova"),
        "As the Foreign Minister said on Monday, the main task for our diplomats is to understand what the new US administration intends in strategic stability, and that has not changed.",
    ));
    let m = find_matches(&claims, &daily(3), &MatchOptions::default());
    assert!(edge(&m, 5, 0).is_none(), "{:#?}", m.edges);
    let kept = edge(&m, 6, 0).unwrap_or_else(|| panic!("{:#?}", m.edges));
    assert_eq!(kept.kind, MatchKind::Paraphrases);
}

/// A speaker's talking point said again in other words in another
/// debate (the 2012 debates; `talking.rs`).
///
/// Long: a table of real lines, one case each, that rustfmt spreads over
/// several lines.
#[test]
fn talking_points_said_again_in_other_words() {
    let (r, o) = ("Mitt Romney", "Barack Obama");
    let lines = [
        (
            0,
            r,
            "That's why I put out a five-point plan that gets America 12 million new jobs in four years and rising take-home pay.",
        ),
        (
            0,
            r,
            "He wants to lower the deficit, which he did the first two years by $1.7 trillion.",
        ),
        (
            0,
            o,
            "Over the last 30 months, we've seen 5 million jobs in the private sector created.",
        ),
        (
            0,
            r,
            "I met a couple in Appleton, Wisconsin, and they said, we're thinking of dropping our insurance.",
        ),
        // other lines of the debates, so that words weigh as in a transcript
        (
            0,
            r,
            "The president has a view very similar to the view he had when he ran four years ago.",
        ),
        (
            0,
            r,
            "We have to make sure that our kids can go to college and find work.",
        ),
        (0, r, "Number four, get us to a balanced budget."),
        (
            0,
            r,
            "I believe that the government can play a role in this economy.",
        ),
        // the point in other words: linked (8)
        (
            1,
            r,
            "And when it comes to our economy here at home, I know what it takes to create 12 million new jobs and rising take-home pay.",
        ),
        // another number: not linked (9)
        (
            1,
            r,
            "He wants to lower the deficit by $2 trillion in the next budget.",
        ),
        // the same words from someone else: not a talking point (10)
        (
            1,
            o,
            "Governor Romney says he will create 12 million new jobs with rising incomes.",
        ),
        // one phrase in common and nothing else: not linked (11)
        (
            1,
            r,
            "Their insurance is fine, and I was in Appleton, Wisconsin last week visiting a factory that makes paper.",
        ),
    ];
    let claims = numbered(&lines);
    let method = "talking-point";
    let got = links_by(&claims, &MatchOptions::default(), method);
    assert_eq!(got, vec![(8, 0, MatchKind::Repeats)]);
    let off = MatchOptions {
        talking_points: false,
        ..MatchOptions::default()
    };
    assert_eq!(links_by(&claims, &off, method), vec![]);
}

/// A talking point said more often than a rare phrase may be ("ended the
/// war in Iraq", in 8 of Obama's sentences of the 2012 debates and one of
/// his about Romney) is still linked when most of the sentences that say
/// it are one speaker's; were most of them other speakers', the phrase
/// would be the language's.
#[test]
fn a_talking_point_said_often_by_one_speaker_is_theirs() {
    let o = "Barack Obama";
    let mut lines = vec![
        (
            0,
            o,
            "That's how we ended the war in Iraq, as I promised, and that's how we're going to wind down the war in Afghanistan.",
        ),
        (1, o, "I said that I'd end the war in Iraq, and I did."),
    ];
    let more = [
        "We ended the war in Iraq, refocused our attention on those who actually killed us on 9/11.",
        "Because we ended the war in Iraq, we were able to refocus our attention on the terrorist threat.",
        "We ended the war in Iraq, refocused our attention on Afghanistan, and we did deliver a surge of troops.",
        "That was facilitated in part because we had ended the war in Iraq.",
        "We were able to pivot to the Asia-Pacific region after having ended the war in Iraq.",
    ];
    lines.extend(more.iter().map(|t| (2, o, *t)));
    // the sample transcripts, so that words weigh as in a corpus
    let filler: Vec<(usize, &str, &str)> = [PRESS, BRIEFING]
        .into_iter()
        .flat_map(|t| sentences(t).into_iter().map(move |r| t[r].trim()))
        .filter(|t| !t.is_empty())
        .map(|t| (4, "Sergey Lavrov", t))
        .collect();
    lines.extend(filler.iter().copied());
    let method = "talking-point";
    let got = links_by(&numbered(&lines), &MatchOptions::default(), method);
    assert!(got.contains(&(1, 0, MatchKind::Repeats)), "{got:?}");
    // the same phrase in more sentences of others than of his
    let others: Vec<(usize, &str, &str)> = more
        .iter()
        .enumerate()
        .map(|(i, t)| (2, ["Mitt Romney", "Bob Schieffer"][i % 2], *t))
        .collect();
    let mut lines = lines[..2].to_vec();
    lines.extend(others);
    lines.extend(more.iter().map(|t| (3, "Candy Crowley", *t)));
    lines.extend(filler);
    let got = links_by(&numbered(&lines), &MatchOptions::default(), method);
    assert!(!got.contains(&(1, 0, MatchKind::Repeats)), "{got:?}");
}

/// Claims from (document, speaker, text) rows, numbered in order.
fn numbered(lines: &[(usize, &str, &str)]) -> Vec<Claim> {
    lines
        .iter()
        .enumerate()
        .map(|(i, &(d, who, text))| claim(d, i, Some(who), text))
        .collect()
}

/// The links of `method` among claims of two daily documents: (from, to,
/// kind).
fn links_by(claims: &[Claim], opts: &MatchOptions, method: &str) -> Vec<(usize, usize, MatchKind)> {
    let m = find_matches(claims, &daily(2), opts);
    m.edges
        .iter()
        .filter(|e| e.method == method)
        .map(|e| (e.from, e.to, e.kind))
        .collect()
}

/// A speaker's theme said again in another debate in other words (the
/// 2012 debates; `talking.rs`): a rare pair of words, more rare words and
/// the same sense make a `related` link, `shared-theme`; the same pair of
/// words about something else does not, nor someone else's words.
///
/// Long: a table of real lines, one case each, that rustfmt spreads over
/// several lines.
#[test]
fn a_speakers_theme_said_again_is_related() {
    let (r, o) = ("Mitt Romney", "Barack Obama");
    let lines = [
        (
            0,
            r,
            "Number two, by stealing our intellectual property; our designs, our patents, our technology.",
        ),
        (
            0,
            o,
            "Millions of jobs were lost, the auto industry was on the brink of collapse.",
        ),
        (
            0,
            r,
            "Syria plays an important role in the Middle East, particularly right now.",
        ),
        // other lines of the debates, so that words weigh as in a transcript
        (
            0,
            r,
            "The president has a view very similar to the view he had when he ran four years ago.",
        ),
        (
            0,
            r,
            "We have to make sure that our kids can go to college and find work.",
        ),
        (
            0,
            o,
            "We've got to make sure that we have the best teachers.",
        ),
        (
            0,
            o,
            "I believe that the government can help small businesses grow.",
        ),
        // the theme again: linked (7, 8)
        (
            1,
            r,
            "They're stealing our intellectual property, our patents, our designs, our technology, hacking into our computers, counterfeiting our goods.",
        ),
        (
            1,
            o,
            "We saved an auto industry that was on the brink of collapse.",
        ),
        // the same words from someone else: not linked (9)
        (
            1,
            o,
            "China has been stealing intellectual property, designs and patents of our technology companies.",
        ),
        // a rare pair of words about something else: not linked (10)
        (
            1,
            r,
            "But the federal government also can play a very important role in the Middle East peace talks of my plan.",
        ),
    ];
    let claims = numbered(&lines);
    let method = "shared-theme";
    let got = links_by(&claims, &MatchOptions::default(), method);
    assert_eq!(
        got,
        vec![(7, 0, MatchKind::Related), (8, 1, MatchKind::Related)]
    );
    // without the model's vectors no theme is close enough
    let lexical = MatchOptions {
        embeddings: false,
        ..MatchOptions::default()
    };
    assert_eq!(links_by(&claims, &lexical, method), vec![]);
}

/// Romney in the first and second debates of 2012 (gold-debates): one
/// figure, what it is about, other words.
fn income_down() -> Vec<Claim> {
    vec![
        claim(
            0,
            1,
            Some("Mitt Romney"),
            "Middle-income Americans have seen their income come down by 4,300.",
        ),
        claim(
            1,
            1,
            Some("Mitt Romney"),
            "You've seen, as middle-income people in this country, incomes go down $4,300 a family, even as gasoline prices have gone up $2,000.",
        ),
    ]
}

#[test]
fn a_speakers_figure_said_again_in_other_words() {
    let claims = income_down();
    let dates = [date("2012-10-03"), date("2012-10-16")];
    let m = find_matches(&claims, &dates, &MatchOptions::default());
    let e = edge(&m, 1, 0).expect("same figure");
    assert_eq!(
        (e.kind, e.method.as_str()),
        (MatchKind::Repeats, "same-figure")
    );
    // another speaker's figure is not his repeat
    let mut other = income_down();
    other[1].speaker = Some("Barack Obama".into());
    let m = find_matches(&other, &dates, &MatchOptions::default());
    assert_eq!(edge(&m, 1, 0).map(|e| e.method.as_str()), None);
    // nor is another figure, nor a year said in both
    let mut figure = income_down();
    figure[1].text = figure[1].text.replace("4,300", "4,800");
    let mut year = income_down();
    for c in &mut year {
        c.text = c.text.replace("4,300", "2011");
    }
    for claims in [figure, year] {
        let m = find_matches(&claims, &dates, &MatchOptions::default());
        assert_eq!(
            edge(&m, 1, 0).map(|e| e.method.as_str()),
            None,
            "{}",
            claims[1].text
        );
    }
    // and --no-talking-points leaves it out
    let opts = MatchOptions {
        talking_points: false,
        ..MatchOptions::default()
    };
    let m = find_matches(&claims, &dates, &opts);
    assert_eq!(edge(&m, 1, 0).map(|e| e.method.as_str()), None);
}

/// A figure with its scale word (the 2012 debates): Romney's "12 million
/// new jobs" said again is his figure; "12" alone is another, and
/// "million" is no word the two share.
#[test]
fn a_figure_keeps_its_scale() {
    let romney = Some("Mitt Romney");
    let claims = vec![
        claim(
            0,
            1,
            romney,
            "If I'm president I will create - help create 12 million new jobs in this country with rising incomes.",
        ),
        claim(
            1,
            1,
            romney,
            "I'll get people back to work with 12 million new jobs.",
        ),
        claim(
            1,
            2,
            romney,
            "This is a group that is now involved in 10 or 12 countries, and it creates new jobs for terror.",
        ),
        claim(
            1,
            3,
            romney,
            "We're not going to round up 12 million people, undocumented illegals, and take them out of the country.",
        ),
    ];
    let dates = [date("2012-10-03"), date("2012-10-16")];
    let m = find_matches(&claims, &dates, &MatchOptions::default());
    let figures: Vec<_> = edge_list(&m)
        .into_iter()
        .filter(|e| e.3 == "same-figure")
        .collect();
    assert_eq!(
        figures,
        vec![(1, 0, MatchKind::Repeats, "same-figure")],
        "{:#?}",
        m.edges
    );
}

/// A small number before a scale word is a figure, in words or digits
/// (Obama in the 2012 debates: "two trillion dollars" = "$2 trillion");
/// "two" alone is an everyday word, and "$5 trillion" another figure.
#[test]
fn a_small_number_with_a_scale_word_is_a_figure() {
    let obama = Some("Barack Obama");
    let first = "And this is where there's a difference, because Governor Romney's central economic plan calls for a five trillion dollar tax cut - on top of the extension of the Bush tax cuts - that's another trillion dollars - and two trillion dollars in additional military spending that the military hasn't asked for.";
    let later = "Governor Romney then also wants to spend $2 trillion on additional military programs even though the military's not asking for them.";
    let dates = [date("2012-10-03"), date("2012-10-16")];
    let figures = |later: &str| {
        let claims = vec![claim(0, 1, obama, first), claim(1, 1, obama, later)];
        let m = find_matches(&claims, &dates, &MatchOptions::default());
        edge_list(&m)
            .into_iter()
            .filter(|e| e.3 == "same-figure")
            .map(|e| (e.0, e.1, e.2))
            .collect::<Vec<_>>()
    };
    assert_eq!(figures(later), vec![(1, 0, MatchKind::Repeats)]);
    assert_eq!(figures(&later.replace("$2", "$3")), vec![]);
    assert_eq!(
        figures("He wants two more programs for the military, and they are not asking for them."),
        vec![]
    );
}

/// A speaker's figure said over and over is still theirs (the 2012
/// debates: "23 million" in 14 claims, Obama's "23 million new jobs" under
/// Clinton among them): Romney's two sayings that share what it counts
/// are linked, Obama's and Romney's never.
#[test]
fn a_figure_said_often_is_still_the_speakers() {
    let (obama, romney) = (Some("Barack Obama"), Some("Mitt Romney"));
    let mut claims = vec![
        claim(
            0,
            1,
            romney,
            "We've got 23 million people out of work or stopped looking for work in this country.",
        ),
        claim(
            1,
            1,
            romney,
            "Well what you're seeing in this country is 23 million people struggling to find a job.",
        ),
    ];
    let others = [
        "We created 23 million new jobs.",
        "Median income is down $4,300 a family and 23 million Americans out of work.",
        "An economy that has 23 million people looking for work is not a strong economy.",
        "We don't have to settle for 23 million people struggling to find a good job.",
        "Twenty-three million Americans still struggling to find a good job.",
        "The unemployment, the number of people who are still looking for work, is still 23 million Americans.",
    ];
    for (i, text) in others.iter().enumerate() {
        let speaker = if i == 0 { obama } else { romney };
        claims.push(claim(2, i + 1, speaker, text));
    }
    let dates = [date("2012-10-03"), date("2012-10-16"), date("2012-10-22")];
    let m = find_matches(&claims, &dates, &MatchOptions::default());
    let figures: Vec<_> = edge_list(&m)
        .into_iter()
        .filter(|e| e.3 == "same-figure")
        .map(|e| (e.0, e.1))
        .collect();
    assert!(figures.contains(&(1, 0)), "{figures:?}");
    assert!(
        !figures.iter().any(|&(a, b)| a == 2 || b == 2),
        "{figures:?}"
    );
}

/// Part of an earlier sentence said again inside a restatement frame ("As
/// I said last week, ⟨…⟩, and that remains our position."): the part is
/// found inside the speaker's earlier sentence (`containment`), not in
/// another speaker's, and a frame alone restates nothing.
#[test]
fn part_of_a_sentence_restated_in_a_frame() {
    let src = "We are ready to continue dialogue, but first of all we would like to receive answers to our security concerns about which the Japanese partners are well aware.";
    let mut claims = with_other_lines(src);
    claims.push(claim(
        1,
        1,
        Some("Sergey Lavrov"),
        "As I said last week, we would like to receive answers to our security concerns, and that remains our position.",
    ));
    claims.push(claim(
        1,
        2,
        Some("Maria Zakharova"),
        "As I said on Tuesday, we would like to receive answers to our security concerns.",
    ));
    claims.push(claim(
        1,
        3,
        Some("Sergey Lavrov"),
        "As I said last week, that is all, and that remains our position.",
    ));
    // "Like I said" frames it as "As I said" does
    claims.push(claim(
        1,
        4,
        Some("Sergey Lavrov"),
        "Like I said, we would like to receive answers to our security concerns.",
    ));
    let m = find_matches(&claims, &daily(2), &MatchOptions::default());
    let got: Vec<_> = edge_list(&m)
        .into_iter()
        .filter(|e| e.1 == 0 || e.0 == 0)
        .collect();
    assert_eq!(
        got,
        vec![
            (5, 0, MatchKind::Repeats, "containment"),
            (8, 0, MatchKind::Repeats, "containment")
        ],
        "{:#?}",
        m.edges
    );
}
