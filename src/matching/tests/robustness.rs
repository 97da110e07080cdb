//! What must stay cheap, deterministic and quiet: common short sentences,
//! very long claims, thread counts, odd input; and the sample corpus's links
//! for looking at (`cargo test sample_corpus_links -- --nocapture`).

use super::*;

#[test]
fn common_short_sentence_does_not_match_everything() {
    let mut claims = Vec::new();
    for d in 0..60 {
        claims.push(claim(d, 1, None, "Thank you very much."));
        claims.push(claim(d, 1, None, "What is your comment?"));
        claims.push(claim(d, 2, Some("Maria Zakharova"), "We are grateful."));
        // a longer sentence that embeds the formula, different every time
        claims.push(claim(
            d,
            2,
            Some("Maria Zakharova"),
            &format!("Thank you very much, the delegation number {d} arrives on day {} to discuss item {}.", d * 7 % 31, d * 13),
        ));
    }
    let dates: Vec<Option<NaiveDate>> = (0..60).map(|_| None).collect();
    let m = find_matches(&claims, &dates, &MatchOptions::default());
    assert!(
        m.edges.len() <= 60,
        "{} edges, e.g. {:?}",
        m.edges.len(),
        m.edges.first()
    );
    for e in &m.edges {
        assert!(claims[e.from].text.len() > 30, "{e:?}");
    }
    // a talking point repeated more often than the shingle frequency cap is
    // still linked, each copy to the first and the most recent ones, and
    // all copies form one cluster
    let long = "I would like to draw your attention to the Federation Council statement on freedom of speech.";
    let claims: Vec<Claim> = (0..80)
        .map(|d| claim(d, 1, Some("Maria Zakharova"), long))
        .collect();
    let m = find_matches(&claims, &vec![None; 80], &MatchOptions::default());
    assert!(m.edges.iter().all(|e| e.kind == MatchKind::Repeats));
    assert!(edge(&m, 79, 0).is_some() && edge(&m, 40, 0).is_some());
    assert!(m.edges.len() <= 80 * MatchOptions::default().max_links);
    assert_eq!(m.cluster, vec![0; 80]);
    // a few copies: every pair
    let m = find_matches(&claims[..5], &[None; 5], &MatchOptions::default());
    assert_eq!(m.edges.len(), 10);
    assert!(m.edges.iter().all(|e| e.kind == MatchKind::Repeats));
    assert_eq!(m.source, vec![0; 5]);
}

#[test]
fn very_long_claims_stay_cheap() {
    // a transcript without full stops makes one enormous "sentence"
    let words: Vec<String> = (0..6000)
        .map(|i| format!("w{}", i % 997 * 31 % 1000 + i / 1000))
        .collect();
    let a = words.join(" ");
    let mut b_words = words.clone();
    b_words[3000] = "changed".to_string();
    let b = b_words.join(" ");
    let claims = vec![
        claim(0, 1, Some("Maria Zakharova"), &a),
        claim(1, 1, Some("Maria Zakharova"), &b),
    ];
    // alignments are capped (MAX_ALIGN, MAX_CHAR_TOKENS): no quadratic blow-up
    let m = find_matches(
        &claims,
        &[date("2021-01-01"), date("2021-01-02")],
        &MatchOptions::default(),
    );
    assert_eq!(m.edges.len(), 1);
    assert_eq!(m.edges[0].kind, MatchKind::Repeats);
}

#[test]
fn deterministic_across_thread_counts() {
    let claims = sample_pair_claims();
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let four = rayon::ThreadPoolBuilder::new()
        .num_threads(4)
        .build()
        .unwrap();
    let a = one.install(|| find_matches(&claims, &dates(), &MatchOptions::default()));
    let b = four.install(|| find_matches(&claims, &dates(), &MatchOptions::default()));
    assert_eq!(a, b);
}

#[test]
fn odd_input_never_panics() {
    let texts = [
        "",
        " ",
        "[",
        "\u{201C}",
        "...",
        "\u{2026}",
        "a",
        "[x \u{2013} Ed.]",
        "\u{0301}\u{0301}",
        "\"\"\"\"",
        "Q: \u{201C}\u{201D}",
    ];
    let claims: Vec<Claim> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| claim(i % 3, i, None, t))
        .collect();
    let m = find_matches(&claims, &[], &MatchOptions::default());
    assert_eq!(m.source.len(), claims.len());
    let m = find_matches(&[], &[], &MatchOptions::default());
    assert!(m.edges.is_empty() && m.source.is_empty());
    let silly = MatchOptions {
        shingle: 0,
        max_df: 0,
        min_tokens: 0,
        near_threshold: f64::NAN,
        edit_threshold: -1.0,
        quote_threshold: 7.0,
        max_links: 0,
        ..MatchOptions::default()
    };
    assert!(silly.validate().is_err());
    let _ = find_matches(&sample_pair_claims(), &dates(), &silly);
    assert!(MatchOptions::default().validate().is_ok());
}

#[test]
fn sample_corpus_links() {
    let claims = sample_corpus_claims();
    let th: f64 = std::env::var("REL_TH")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(MatchOptions::default().related_threshold);
    let m = find_matches(
        &claims,
        &dates(),
        &MatchOptions {
            related_threshold: th,
            ..MatchOptions::default()
        },
    );
    for e in &m.edges {
        let (f, t) = (&claims[e.from], &claims[e.to]);
        println!(
            "{}:{} -> {}:{} {} {:.3} {}\n   F: {}\n   T: {}",
            &f.doc[..3],
            f.line,
            &t.doc[..3],
            t.line,
            e.kind.as_str(),
            e.score,
            e.method,
            e.from_text,
            e.to_text
        );
    }
    println!("{:?}", m.stats);
    let src = find(&claims, 0, "President Putin and I promoted the need");
    let quote = find(&claims, 1, "Sergey Lavrov said the following");
    let para = find(
        &claims,
        1,
        "As President Vladimir Putin and Foreign Minister Sergey Lavrov",
    );
    assert_kind(&m, quote, src, MatchKind::Quotes);
    assert_kind(&m, para, src, MatchKind::Paraphrases);
    assert_eq!(m.source[quote], src);
}
