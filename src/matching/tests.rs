//! Tests of [`find_matches`] on claims built by hand, most of them from the
//! sample transcripts in `corpus/`.

use std::ops::Range;

use super::*;
use crate::model::{MatchEdge, MatchKind, Role};

const PRESS: &str = include_str!("../../corpus/000_c44d6f7761710eb4.txt");
const BRIEFING: &str = include_str!("../../corpus/002_0414ee1e78e3c3ef.txt");

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Byte offset of the start of 1-based `line`.
fn line_start(text: &str, line: usize) -> usize {
    let mut off = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return off;
        }
        off += l.len();
    }
    text.len()
}

/// Naive sentence split of `s` (byte ranges): after `.`, `?`, `!` (and any
/// closing quotes) followed by a space and a capital or opening quote.
fn sentences(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut start = 0;
    let mut k = 0;
    while k < chars.len() {
        let (_, c) = chars[k];
        if matches!(c, '.' | '?' | '!') {
            let mut e = k + 1;
            while e < chars.len() && matches!(chars[e].1, '\u{201D}' | '"' | ')') {
                e += 1;
            }
            if e + 1 < chars.len()
                && chars[e].1 == ' '
                && (chars[e + 1].1.is_uppercase() || matches!(chars[e + 1].1, '\u{201C}' | '"'))
            {
                let end = chars[e].0;
                out.push(start..end);
                start = chars[e + 1].0;
                k = e + 1;
                continue;
            }
        }
        k += 1;
    }
    if start < s.trim_end().len() {
        out.push(start..s.trim_end().len());
    }
    out
}

/// Builds claims from whole lines of a transcript: a line starting with
/// "Label: " starts a turn; "Question…" labels are questions with no
/// speaker; other lines continue the current turn.
struct DocBuilder<'a> {
    doc_index: usize,
    doc: &'static str,
    text: &'a str,
    speaker: Option<String>,
    role: Role,
    turn: usize,
    paragraph: usize,
    claims: Vec<Claim>,
}

impl<'a> DocBuilder<'a> {
    fn new(doc_index: usize, doc: &'static str, text: &'a str, principal: &str) -> Self {
        DocBuilder {
            doc_index,
            doc,
            text,
            speaker: Some(principal.to_string()),
            role: Role::Statement,
            turn: 0,
            paragraph: 0,
            claims: Vec::new(),
        }
    }

    fn line(&mut self, line: usize) -> &mut Self {
        let start = line_start(self.text, line);
        let raw = self.text[start..].split('\n').next().unwrap_or("");
        let mut body = 0;
        if let Some(colon) = raw.find(": ") {
            let label = &raw[..colon];
            let words = label.split_whitespace().count();
            if words <= 4
                && label.chars().next().is_some_and(char::is_uppercase)
                && !label.contains(',')
            {
                body = colon + 2;
                self.turn += 1;
                if label.starts_with("Question") {
                    self.speaker = None;
                    self.role = Role::Question;
                } else {
                    self.speaker = Some(label.to_string());
                    self.role = Role::Answer;
                }
            }
        }
        self.paragraph += 1;
        for r in sentences(&raw[body..]) {
            let a = start + body + r.start;
            let b = start + body + r.end;
            let text = self.text[a..b].to_string();
            self.claims.push(Claim {
                id: format!("{}#{a}", self.doc),
                doc_index: self.doc_index,
                doc: self.doc.to_string(),
                line,
                span: [a, b],
                range: a..b,
                text,
                speaker: self.speaker.clone(),
                role: self.role,
                section: None,
                turn: self.turn,
                paragraph: self.paragraph,
                label: None,
                ..Claim::default()
            });
        }
        self
    }

    fn lines(&mut self, r: std::ops::RangeInclusive<usize>) -> &mut Self {
        for l in r {
            self.line(l);
        }
        self
    }
}

/// A claim from plain text (tests of the mechanics).
fn claim(doc_index: usize, turn: usize, speaker: Option<&str>, text: &str) -> Claim {
    Claim {
        id: format!("d{doc_index}:{text}"),
        doc_index,
        doc: format!("doc{doc_index}.txt"),
        line: 1,
        span: [0, text.len()],
        range: 0..text.len(),
        text: text.to_string(),
        speaker: speaker.map(str::to_string),
        role: if speaker.is_some() {
            Role::Answer
        } else {
            Role::Question
        },
        section: None,
        turn,
        paragraph: turn,
        label: None,
        ..Claim::default()
    }
}

fn find(claims: &[Claim], doc_index: usize, needle: &str) -> usize {
    claims
        .iter()
        .position(|c| c.doc_index == doc_index && c.text.contains(needle))
        .unwrap_or_else(|| panic!("no claim in doc {doc_index} contains {needle:?}"))
}

fn edge(m: &Matches, from: usize, to: usize) -> Option<&MatchEdge> {
    m.edges.iter().find(|e| e.from == from && e.to == to)
}

fn sample_pair_claims() -> Vec<Claim> {
    let mut press = DocBuilder::new(0, "000_c44d6f7761710eb4.txt", PRESS, "Sergey Lavrov");
    press.lines(170..=182);
    let mut brief = DocBuilder::new(1, "002_0414ee1e78e3c3ef.txt", BRIEFING, "Maria Zakharova");
    brief.lines(105..=116);
    let mut claims = press.claims;
    claims.extend(brief.claims);
    claims
}

const DATES: [Option<&str>; 2] = [Some("2021-01-18"), Some("2021-01-28")];

fn dates() -> Vec<Option<NaiveDate>> {
    DATES.iter().map(|d| d.and_then(date)).collect()
}

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
    assert_eq!(edge(&m, 3, 0).map(|e| e.kind), Some(MatchKind::Quotes));
    assert_eq!(edge(&m, 3, 1).map(|e| e.kind), Some(MatchKind::Quotes));
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
    assert_eq!(edge(&m, 2, 0).map(|e| e.kind), Some(MatchKind::Quotes));
    assert_eq!(edge(&m, 3, 1).map(|e| e.kind), Some(MatchKind::Quotes));

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
    assert_eq!(
        edge(&m, 2, 0).map(|e| e.kind),
        Some(MatchKind::Quotes),
        "{:?}",
        m.edges
    );
    assert_eq!(
        edge(&m, 2, 1).map(|e| e.kind),
        Some(MatchKind::Quotes),
        "{:?}",
        m.edges
    );
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
    assert_eq!(
        edge(&m, 1, 0).map(|e| e.kind),
        Some(MatchKind::Quotes),
        "{:?}",
        m.edges
    );
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
    assert_eq!(edge(&m, 1, 0).map(|e| e.kind), Some(MatchKind::Repeats));
    assert_eq!(edge(&m, 2, 0).map(|e| e.kind), Some(MatchKind::Paraphrases));
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

/// All claims of both sample transcripts (naive segmentation), for looking
/// at the links: `cargo test sample_corpus_links -- --nocapture`.
fn sample_corpus_claims() -> Vec<Claim> {
    let mut press = DocBuilder::new(0, "000_c44d6f7761710eb4.txt", PRESS, "Sergey Lavrov");
    let n0 = PRESS.lines().count();
    for l in 1..=n0 {
        let t = PRESS.lines().nth(l - 1).unwrap_or("");
        if t.split_whitespace().count() >= 4 && !t.starts_with("- ") {
            press.line(l);
        }
    }
    let mut brief = DocBuilder::new(1, "002_0414ee1e78e3c3ef.txt", BRIEFING, "Maria Zakharova");
    let n1 = BRIEFING.lines().count();
    for l in 22..=n1 {
        let t = BRIEFING.lines().nth(l - 1).unwrap_or("");
        if t.split_whitespace().count() >= 4 && !t.starts_with("- ") {
            brief.line(l);
        }
    }
    let mut claims = press.claims;
    claims.extend(brief.claims);
    claims
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
    assert_eq!(
        edge(&m, quote, src).map(|e| e.kind),
        Some(MatchKind::Quotes)
    );
    assert_eq!(
        edge(&m, para, src).map(|e| e.kind),
        Some(MatchKind::Paraphrases)
    );
    assert_eq!(m.source[quote], src);
}

/// Dates for `n` documents, one a day from 2023-02-01.
fn daily(n: usize) -> Vec<Option<NaiveDate>> {
    (0..n)
        .map(|d| date("2023-02-01").and_then(|x| x.checked_add_days(chrono::Days::new(d as u64))))
        .collect()
}

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
    assert_eq!(edge(&m, 4, 0).map(|e| e.kind), Some(MatchKind::Repeats));
    assert_eq!(edge(&m, 1, 0).map(|e| e.kind), Some(MatchKind::Paraphrases));
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
    // without the embeddings, only lexical evidence counts
    let lexical = MatchOptions {
        embeddings: false,
        ..MatchOptions::default()
    };
    let m = find_matches(&claims, &dates, &lexical);
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
    let got: Vec<(usize, usize, MatchKind, &str)> = m
        .edges
        .iter()
        .map(|e| (e.from, e.to, e.kind, e.method.as_str()))
        .collect();
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
    let got: Vec<(usize, usize, MatchKind, &str)> = m
        .edges
        .iter()
        .map(|e| (e.from, e.to, e.kind, e.method.as_str()))
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
