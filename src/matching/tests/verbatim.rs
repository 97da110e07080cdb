//! Quotes and repeats: verbatim and near-verbatim copies, partial and
//! multi-sentence quotations, elisions, the direction of a link.

use super::*;

#[test]
fn sample_quote_and_paraphrase() {
    let claims = sample_pair_claims();
    let m = find_matches(&claims, &dates(), &MatchOptions::default());
    let src = find(&claims, 0, "President Putin and I promoted the need");
    let quote = find(&claims, 1, "Sergey Lavrov said the following");
    let para = find(
        &claims,
        1,
        "As President Vladimir Putin and Foreign Minister Sergey Lavrov",
    );

    let q = edge(&m, quote, src).expect("quotes edge 110 -> 176");
    assert_eq!(q.kind, MatchKind::Quotes);
    assert_eq!(q.method, "quote");
    assert!(q.score >= 0.95, "{q:?}");
    assert!(claims[quote].text.contains(&q.from_text));
    assert!(claims[src].text.contains(&q.to_text));
    assert!(
        q.from_text
            .contains("[the return of Armenian POWs \u{2013} Ed.]"),
        "{}",
        q.from_text
    );
    assert!(
        q.to_text.starts_with("during our contacts"),
        "{}",
        q.to_text
    );
    assert_eq!(m.source[quote], src);

    let p = edge(&m, para, src).expect("paraphrases edge 112 -> 176");
    assert_eq!(p.kind, MatchKind::Paraphrases);
    assert_eq!(p.method, "attributed-phrase");
    assert!(p.from_text.contains("all for all"), "{}", p.from_text);
    // a paraphrase does not make a source
    assert_eq!(m.source[para], para);
    assert_eq!(m.source[src], src);

    // nothing else links these claims to unrelated ones
    for e in &m.edges {
        assert!(
            (e.from == quote || e.from == para) && e.to == src || e.kind == MatchKind::Related,
            "unexpected edge {e:?}\n{}\n{}",
            claims[e.from].text,
            claims[e.to].text
        );
    }
}

#[test]
fn edges_point_from_later_to_earlier_by_date() {
    // document 0 is dated after document 1: the quote in doc 0 is later
    let src = "Nevertheless, during our contacts with our colleagues, President Putin and I promoted the need to continue to consider this matter.";
    let q = "Lavrov said: \u{201C}President Putin and I promoted the need to continue to consider this matter.\u{201D}";
    let claims = vec![
        claim(0, 1, None, q),
        claim(1, 1, Some("Sergey Lavrov"), src),
    ];
    let m = find_matches(
        &claims,
        &[date("2021-02-01"), date("2021-01-18")],
        &MatchOptions::default(),
    );
    assert_eq!(m.edges.len(), 1);
    assert_eq!(
        (m.edges[0].from, m.edges[0].to, m.edges[0].kind),
        (0, 1, MatchKind::Quotes)
    );
    assert_eq!(m.source, vec![1, 1]);
    // an undated document comes after the dated one
    let m = find_matches(
        &claims,
        &[None, date("2021-01-18")],
        &MatchOptions::default(),
    );
    assert_eq!((m.edges[0].from, m.edges[0].to), (0, 1));
    let m = find_matches(
        &claims,
        &[date("2021-01-18"), None],
        &MatchOptions::default(),
    );
    assert_eq!((m.edges[0].from, m.edges[0].to), (1, 0));
    assert_ne!(
        m.edges[0].kind,
        MatchKind::Quotes,
        "the quoting claim is the earlier one"
    );
}

#[test]
fn partial_quote_of_a_long_sentence() {
    let src = "The issue concerning the peacekeepers\u{2019} mandate is in the process of being settled, and it should be the subject of a trilateral agreement as discussed in Moscow on January 11.";
    let q = "The minister said the mandate \u{201C}should be the subject of a trilateral agreement\u{201D} \u{2013} when will it be signed?";
    let claims = vec![
        claim(0, 1, Some("Sergey Lavrov"), src),
        claim(1, 1, None, q),
    ];
    let m = find_matches(
        &claims,
        &[date("2021-01-18"), date("2021-01-28")],
        &MatchOptions::default(),
    );
    let e = edge(&m, 1, 0).expect("partial quote");
    assert_eq!(e.kind, MatchKind::Quotes);
    assert_eq!(
        e.from_text,
        "should be the subject of a trilateral agreement"
    );
    assert_eq!(e.to_text, "should be the subject of a trilateral agreement");
}

#[test]
fn multi_sentence_quote_links_each_source_sentence() {
    let s1 = "Azerbaijan provided such lists, which were fairly short.";
    let s2 = "Not right away, but everyone mentioned on the Azerbaijani lists were released.";
    let s3 = "The lists provided by Armenia were incomplete and overdue, so we asked for more.";
    let q = "Lavrov said: \u{201C}Azerbaijan provided such lists, which were fairly short. Not right away, but everyone mentioned on the Azerbaijani lists were released.\u{201D} Is that so?";
    let claims = vec![
        claim(0, 1, Some("Sergey Lavrov"), s1),
        claim(0, 1, Some("Sergey Lavrov"), s2),
        claim(0, 1, Some("Sergey Lavrov"), s3),
        claim(1, 1, None, q),
    ];
    let m = find_matches(
        &claims,
        &[date("2021-01-18"), date("2021-01-28")],
        &MatchOptions::default(),
    );
    assert_kind(&m, 3, 0, MatchKind::Quotes);
    assert_kind(&m, 3, 1, MatchKind::Quotes);
    assert!(edge(&m, 3, 2).is_none());
    assert_eq!(m.source[3], 0);

    // the same quotation cut into several claims by the sentence splitter
    let claims = vec![
        claim(0, 1, Some("Sergey Lavrov"), s1),
        claim(0, 1, Some("Sergey Lavrov"), s2),
        claim(
            1,
            1,
            None,
            "Lavrov said: \u{201C}Azerbaijan provided such lists, which were fairly short.",
        ),
        claim(
            1,
            1,
            None,
            "Not right away, but everyone mentioned on the Azerbaijani lists were released.\u{201D}",
        ),
    ];
    let m = find_matches(
        &claims,
        &[date("2021-01-18"), date("2021-01-28")],
        &MatchOptions::default(),
    );
    assert_kind(&m, 2, 0, MatchKind::Quotes);
    assert_kind(&m, 3, 1, MatchKind::Quotes);

    // a quotation that runs over the source's sentence boundary
    let q = "Lavrov said: \u{201C}everyone mentioned on the Azerbaijani lists were released. The lists provided by Armenia were incomplete and overdue\u{201D}.";
    let claims = vec![
        claim(0, 1, Some("Sergey Lavrov"), s2),
        claim(0, 1, Some("Sergey Lavrov"), s3),
        claim(1, 1, None, q),
    ];
    let m = find_matches(
        &claims,
        &[date("2021-01-18"), date("2021-01-28")],
        &MatchOptions::default(),
    );
    assert_kind(&m, 2, 0, MatchKind::Quotes);
    assert_kind(&m, 2, 1, MatchKind::Quotes);
}

#[test]
fn quote_with_an_elision() {
    let src = "We will continue to seek reasonable actions from international agencies, but at the same time we want to involve NGOs in these efforts.";
    let q = "He said: \u{201C}We will continue to seek reasonable actions from international agencies \u{2026} we want to involve NGOs in these efforts.\u{201D}";
    let claims = vec![
        claim(0, 1, Some("Sergey Lavrov"), src),
        claim(1, 1, None, q),
    ];
    let m = find_matches(
        &claims,
        &[date("2021-01-18"), date("2021-01-28")],
        &MatchOptions::default(),
    );
    assert_kind(&m, 1, 0, MatchKind::Quotes);
}

#[test]
fn repeats_need_the_same_speaker() {
    let a = "Russia has been expressing its interest in developing comprehensive and mutually beneficial energy cooperation for a long time.";
    let b = "Russia has been expressing its interest in developing comprehensive and mutually beneficial energy cooperation for years.";
    let claims = vec![
        claim(0, 1, Some("Maria Zakharova"), a),
        claim(1, 1, Some("Maria Zakharova"), b),
        claim(2, 1, Some("Sergey Lavrov"), b),
    ];
    let m = find_matches(
        &claims,
        &[date("2021-01-01"), date("2021-01-02"), date("2021-01-03")],
        &MatchOptions::default(),
    );
    assert_kind(&m, 1, 0, MatchKind::Repeats);
    assert_kind(&m, 2, 0, MatchKind::Paraphrases);
    let exact = edge(&m, 2, 1).expect("identical text");
    assert_eq!(
        (exact.kind, exact.method.as_str(), exact.score),
        (MatchKind::Paraphrases, "exact", 1.0)
    );
    assert_eq!(m.source, vec![0, 0, 2]);
    // one edge per pair, sorted
    let pairs: Vec<(usize, usize)> = m.edges.iter().map(|e| (e.from, e.to)).collect();
    let mut sorted = pairs.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(pairs, sorted);
}

#[test]
fn edited_repeat_with_editorial_insertion_and_quote_style() {
    let a = "The \u{201C}all for all\u{201D} exchange was delayed for reasons that had nothing to do with humanitarian considerations.";
    let b = "The \"all for all\" exchange [with Ukraine \u{2013} Ed.] was delayed for reasons that have nothing to do with humanitarian considerations.";
    let claims = vec![
        claim(0, 1, Some("Sergey Lavrov"), a),
        claim(1, 1, Some("Sergey Lavrov"), b),
    ];
    let m = find_matches(
        &claims,
        &[date("2021-01-01"), date("2021-01-02")],
        &MatchOptions::default(),
    );
    let e = edge(&m, 1, 0).expect("edited repeat");
    assert_eq!(e.kind, MatchKind::Repeats);
    assert_eq!(e.method, "levenshtein");
    assert!(e.score > 0.9, "{e:?}");
}

/// The third debate of 2012 (gold-debates): Obama's words, then the
/// moderator's question quoting two of them.
fn wrong_and_reckless() -> Vec<Claim> {
    vec![
        claim(
            0,
            1,
            Some("Barack Obama"),
            "Both at home and abroad, he has proposed wrong and reckless policies.",
        ),
        claim(
            0,
            2,
            Some("Bob Schieffer"),
            "Governor Romney, \"wrong and reckless\" policies?",
        ),
    ]
}

#[test]
fn short_quotation_traced_to_where_it_was_said() {
    let claims = wrong_and_reckless();
    let m = find_matches(&claims, &[date("2012-10-22")], &MatchOptions::default());
    let e = edge(&m, 1, 0).expect("quoted fragment");
    assert_eq!(
        (
            e.kind,
            e.method.as_str(),
            e.from_text.as_str(),
            e.to_text.as_str()
        ),
        (
            MatchKind::Quotes,
            "quoted-fragment",
            "wrong and reckless",
            "wrong and reckless"
        )
    );
}

#[test]
fn short_quotation_of_common_words_or_a_term_is_not_traced() {
    // said unquoted by more than MAX_SOURCES claims: common speech
    let mut claims = wrong_and_reckless();
    for t in 3..7 {
        claims.push(claim(
            0,
            t,
            Some("Barack Obama"),
            "These are wrong and reckless ideas.",
        ));
    }
    let m = find_matches(&claims, &[date("2012-10-22")], &MatchOptions::default());
    assert_eq!(edge(&m, 1, 0).map(|e| e.method.as_str()), None);
    // quoted by more than MAX_QUOTING claims: a term in scare quotes
    let mut claims = wrong_and_reckless();
    for t in 3..7 {
        claims.push(claim(
            0,
            t,
            None,
            "Why do you call these \"wrong and reckless\" policies?",
        ));
    }
    let m = find_matches(&claims, &[date("2012-10-22")], &MatchOptions::default());
    assert_eq!(edge(&m, 1, 0).map(|e| e.method.as_str()), None);
    // one word in quotation marks is no quotation of anyone
    let mut claims = wrong_and_reckless();
    claims[1].text = "Governor Romney, \"reckless\" policies?".into();
    let m = find_matches(&claims, &[date("2012-10-22")], &MatchOptions::default());
    assert_eq!(edge(&m, 1, 0).map(|e| e.method.as_str()), None);
}
