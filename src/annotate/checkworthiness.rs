//! Check-worthiness: how much a sentence looks like a factual, checkable
//! assertion, as a transparent score in 0–1.
//!
//! The score is a logistic function of a weighted sum of simple, documented
//! features: `score = 1 / (1 + e^-z)` with `z = bias + Σ weight × value`.
//! [`features`] exposes every value and [`Features::contributions`] every
//! term, so a score can always be explained.
//!
//! | feature | value | weight | cues |
//! |---|---|---:|---|
//! | *bias* | 1 | −1.6 | |
//! | `quantity` | 0/1 | +1.6 | a number that is not a date, time, code or ordinal ("14,000", "over 50", "1.5"), or a number word ("two", "hundreds", "million", "half") |
//! | `more_quantities` | 0–2 | +0.4 | each further quantity, up to two |
//! | `date` | 0/1 | +1.0 | a date expression ([`find_dates`]): "November 9, 2020", "in 2018-2019", "last year", "three days ago" ("today" alone does not count) |
//! | `entities` | 0–3 | +0.45 | distinct named topics ([`find_topics`]), up to three |
//! | `attribution` | 0/1 | +0.7 | reported speech: "said", "stated", "wrote", "according to", "pointed out", a colon before a quotation… |
//! | `comparison` | 0/1 | +0.6 | "than", superlatives ("largest", "longest"), "the first", "the only", "over/almost/at least N", "doubled", "increased"… |
//! | `causal` | 0/1 | +0.4 | "because", "due to", "as a result", "led to", "caused", "therefore"… |
//! | `past_event` | 0/1 | +0.7 | past tense ("was", "were fired", "detained"; the cues of [`tense_cues`](crate::text::dates::tense_cues)) |
//! | `length` | 0–1 | +1.0 | words / 25, capped at 1 |
//! | `short` | 0/1 | −1.5 | fewer than 5 words |
//! | `greeting` | 0/1 | −2.5 | "ladies and gentlemen", "good afternoon", "welcome", "congratulations", "wishing you", "all the very best"… |
//! | `thanks` | 0/1 | −1.2 | "thank you", "thanks", "grateful", "appreciate" |
//! | `procedural` | 0/1 | −2.0 | "next question", "go ahead", "the floor", "can you tell", "to be continued", "table of contents"… |
//! | `discourse` | 0/1 | −0.7 | talk about the talk: "I would like to", "let me", "as I have already said", "I will repeat", "we will discuss"… |
//! | `question` | 0/1 | −1.3 | ends with a question mark |
//! | `opinion` | 0–2 | −0.6 | stance markers: "I think", "I believe", "in my opinion", "we are convinced", "I hope", "unfortunately", "should", "must", "hypocrisy"… |
//! | `no_content` | 0/1 | −1.0 | no quantity, no date and no named entity |
//!
//! So "Ladies and gentlemen, colleagues," scores about 0.001, and "Based on
//! various estimates, about 14,000 rubber bullets were fired at protesters and
//! about 2,500 people were injured during the yellow vest actions in France in
//! 2018-2019." about 0.97. Typical ranges on the sample transcripts:
//! greetings, thanks and procedure < 0.05; questions and opinion without
//! content < 0.15; opinions about named countries 0.3–0.5; attributed
//! statements, announcements and facts with numbers or dates > 0.6.
//!
//! The weights were set by hand on the two sample transcripts (ClaimBuster's
//! categories as a guide: non-factual, unimportant factual, check-worthy
//! factual); they are not trained.

use std::ops::Range;
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::annotate::topics::{TopicMention, find_topics};
use crate::text::chars::is_apostrophe;
use crate::text::dates::{DateKind, DateMention, blocks_past, find_dates, is_past_cue};
use crate::text::gazetteer::FastMap;
use crate::text::lexicon::words;
use crate::text::words::runs;

/// The bias of the logistic score.
pub const BIAS: f64 = -1.6;

/// The `length` feature reaches 1 at this many words.
const FULL_LENGTH_WORDS: f64 = 25.0;
/// A claim of fewer words is `short`.
const SHORT_WORDS: usize = 5;

/// `(feature, weight)` for every feature, in [`Features`] field order.
pub const WEIGHTS: [(&str, f64); 16] = [
    ("quantity", 1.6),
    ("more_quantities", 0.4),
    ("date", 1.0),
    ("entities", 0.45),
    ("attribution", 0.7),
    ("comparison", 0.6),
    ("causal", 0.4),
    ("past_event", 0.7),
    ("length", 1.0),
    ("short", -1.5),
    ("greeting", -2.5),
    ("thanks", -1.2),
    ("procedural", -2.0),
    ("discourse", -0.7),
    ("question", -1.3),
    ("opinion", -0.6),
];

/// The weight of `no_content` (kept apart so that [`WEIGHTS`] lists the
/// features that are observed directly).
pub const NO_CONTENT_WEIGHT: f64 = -1.0;

/// The feature values of a text; see the module documentation.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Features {
    /// 1 if the text contains a quantity.
    pub quantity: f64,
    /// Further quantities, 0–2.
    pub more_quantities: f64,
    /// 1 if the text contains a date expression.
    pub date: f64,
    /// Distinct named topics, 0–3.
    pub entities: f64,
    /// 1 if the text reports someone's words.
    pub attribution: f64,
    /// 1 if the text compares or ranks.
    pub comparison: f64,
    /// 1 if the text states a cause.
    pub causal: f64,
    /// 1 if the text is in the past tense.
    pub past_event: f64,
    /// Words / 25, capped at 1.
    pub length: f64,
    /// 1 if the text has fewer than 5 words.
    pub short: f64,
    /// 1 if the text greets.
    pub greeting: f64,
    /// 1 if the text thanks.
    pub thanks: f64,
    /// 1 if the text manages the event ("next question").
    pub procedural: f64,
    /// 1 if the text talks about the talk ("I would like to").
    pub discourse: f64,
    /// 1 if the text is a question.
    pub question: f64,
    /// Stance markers, 0–2.
    pub opinion: f64,
    /// 1 if the text has no quantity, date or named entity.
    pub no_content: f64,
}

impl Features {
    /// The feature values in [`WEIGHTS`] order, then `no_content`.
    pub fn values(&self) -> [f64; 17] {
        [
            self.quantity,
            self.more_quantities,
            self.date,
            self.entities,
            self.attribution,
            self.comparison,
            self.causal,
            self.past_event,
            self.length,
            self.short,
            self.greeting,
            self.thanks,
            self.procedural,
            self.discourse,
            self.question,
            self.opinion,
            self.no_content,
        ]
    }

    /// `(feature, weight × value)` for every feature with a non-zero value,
    /// starting with the bias.
    pub fn contributions(&self) -> Vec<(&'static str, f64)> {
        let mut out = vec![("bias", BIAS)];
        let v = self.values();
        for (i, (name, w)) in WEIGHTS.iter().enumerate() {
            if v[i] != 0.0 {
                out.push((*name, w * v[i]));
            }
        }
        if self.no_content != 0.0 {
            out.push(("no_content", NO_CONTENT_WEIGHT * self.no_content));
        }
        out
    }

    /// The weighted sum `z`.
    pub fn logit(&self) -> f64 {
        self.contributions().iter().map(|(_, c)| c).sum()
    }

    /// The check-worthiness score, `1 / (1 + e^-z)`.
    pub fn score(&self) -> f64 {
        1.0 / (1.0 + (-self.logit()).exp())
    }
}

/// The check-worthiness of a text (a claim, usually one sentence) in 0–1;
/// see the module documentation for the features and weights.
pub fn checkworthiness(text: &str) -> f64 {
    features(text).score()
}

/// [`checkworthiness`] from topics and dates already found in `text`; see
/// [`features_with`].
pub fn checkworthiness_with(text: &str, topics: &[TopicMention], dates: &[DateMention]) -> f64 {
    features_with(text, topics, dates).score()
}

words!(ATTRIBUTION = "checkworthiness_attribution.txt");

words!(ATTRIBUTION_PHRASES = "checkworthiness_attribution_phrases.txt");

words!(COMPARISON = "checkworthiness_comparison.txt");

words!(COMPARISON_PHRASES = "checkworthiness_comparison_phrases.txt");

words!(
    /// Approximators that make the following number a comparison ("over 50").
    APPROX = "checkworthiness_approx.txt"
);

words!(CAUSAL = "checkworthiness_causal.txt");

words!(CAUSAL_PHRASES = "checkworthiness_causal_phrases.txt");

words!(GREETING_PHRASES = "checkworthiness_greeting_phrases.txt");

words!(THANKS_PHRASES = "checkworthiness_thanks_phrases.txt");

words!(PROCEDURAL_PHRASES = "checkworthiness_procedural_phrases.txt");

words!(DISCOURSE_PHRASES = "checkworthiness_discourse_phrases.txt");

words!(OPINION = "checkworthiness_opinion.txt");

words!(OPINION_PHRASES = "checkworthiness_opinion_phrases.txt");

words!(NUMBER_WORDS = "checkworthiness_number_words.txt");

words!(
    /// Words before a number that make it an identifier, not a quantity.
    IDENT_BEFORE = "checkworthiness_ident_before.txt"
);

/// A lower-cased word of the text and where it starts.
struct Word<'a> {
    w: &'a str,
    start: usize,
}

/// The words of `lower` with their starts: the shared scanner's runs of
/// letters, digits, apostrophes and hyphens, without leading hyphens (a
/// hyphen only continues a word) and without trailing hyphens and
/// apostrophes.
fn words_of(lower: &str) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(lower.len() / 5);
    for r in runs(lower, |c| c.is_alphanumeric() || c == '\'' || c == '-') {
        let run = &lower[r.clone()];
        let start = r.end - run.trim_start_matches('-').len();
        if start < r.end {
            out.push(Word {
                w: lower[start..r.end].trim_end_matches(['-', '\'']),
                start,
            });
        }
    }
    out
}

/// The cue families of the word lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Attribution,
    Comparison,
    Causal,
    Greeting,
    Thanks,
    Procedural,
    Discourse,
    Opinion,
}

const CUES: usize = 8;

/// First word → `(cue, the following words)` for every cue word and phrase.
type CueTable = FastMap<&'static str, Vec<(Cue, Vec<&'static str>)>>;

/// The cue table, built once.
fn cue_table() -> &'static CueTable {
    static T: OnceLock<CueTable> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = CueTable::default();
        for (cue, list) in [
            (Cue::Attribution, ATTRIBUTION.as_slice()),
            (Cue::Attribution, ATTRIBUTION_PHRASES.as_slice()),
            (Cue::Comparison, COMPARISON.as_slice()),
            (Cue::Comparison, COMPARISON_PHRASES.as_slice()),
            (Cue::Causal, CAUSAL.as_slice()),
            (Cue::Causal, CAUSAL_PHRASES.as_slice()),
            (Cue::Greeting, GREETING_PHRASES.as_slice()),
            (Cue::Thanks, THANKS_PHRASES.as_slice()),
            (Cue::Procedural, PROCEDURAL_PHRASES.as_slice()),
            (Cue::Discourse, DISCOURSE_PHRASES.as_slice()),
            (Cue::Opinion, OPINION.as_slice()),
            (Cue::Opinion, OPINION_PHRASES.as_slice()),
        ] {
            for phrase in list {
                let mut parts = phrase.split(' ');
                let first = parts.next().unwrap_or_default();
                t.entry(first).or_default().push((cue, parts.collect()));
            }
        }
        t
    })
}

/// How many times each cue family occurs among the words, and whether a
/// past-tense cue does.
fn count_cues(words: &[Word<'_>]) -> ([usize; CUES], bool) {
    let table = cue_table();
    let mut counts = [0; CUES];
    let mut past = false;
    let mut blocker = false;
    for (i, w) in words.iter().enumerate() {
        past = past || is_past_cue(w.w, blocker);
        blocker = blocks_past(w.w);
        let Some(entries) = table.get(w.w) else {
            continue;
        };
        for (cue, rest) in entries {
            let fits = rest.len() < words.len() - i
                && rest
                    .iter()
                    .enumerate()
                    .all(|(k, r)| words[i + 1 + k].w == *r);
            if fits {
                counts[*cue as usize] += 1;
            }
        }
    }
    (counts, past)
}

/// Quantities in the text outside the date ranges; and whether one follows
/// an approximator or comparative ("over 50", "more than 230").
fn quantities(text: &str, words: &[Word<'_>], dates: &[Range<usize>]) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut approx = false;
    let in_date = |i: usize| dates.iter().any(|r| r.contains(&i));
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_digit()
                || (matches!(bytes[i], b',' | b'.')
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            i += 1;
        }
        let end = i;
        let prev = text[..start].chars().next_back();
        let next = text[end..].chars().next();
        let after = &text[end..];
        // Glued to letters ("G20", "COVID-19", "305-FZ", "77th"), times,
        // formulas and dates are not quantities.
        let glued_before =
            prev.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '+' || c == ':');
        let glued_after = next.is_some_and(|c| c.is_alphabetic() || c == '+' || c == ':')
            || (next == Some('-') && after[1..].chars().next().is_some_and(char::is_alphabetic));
        if glued_before || glued_after || in_date(start) {
            continue;
        }
        // Identifiers: "Resolution 2254", "No. 635".
        let wi = words.iter().position(|w| w.start == start);
        let prev_word = wi.and_then(|k| k.checked_sub(1)).map(|k| words[k].w);
        if prev_word.is_some_and(|p| IDENT_BEFORE.contains(&p)) {
            continue;
        }
        count += 1;
        if prev_word.is_some_and(|p| APPROX.contains(&p)) {
            approx = true;
        }
        if let Some(k) = wi {
            if k >= 2 && words[k - 1].w == "than" {
                approx = true;
            }
        }
    }
    static NUMBERS: OnceLock<FastMap<&'static str, ()>> = OnceLock::new();
    let numbers = NUMBERS.get_or_init(|| NUMBER_WORDS.iter().map(|w| (*w, ())).collect());
    count += words
        .iter()
        .filter(|w| numbers.contains_key(w.w) && !dates.iter().any(|r| r.contains(&w.start)))
        .count();
    (count, approx)
}

/// The feature values of a text; see the module documentation.
pub fn features(text: &str) -> Features {
    static ANCHOR: OnceLock<NaiveDate> = OnceLock::new();
    // Any anchor will do: only the presence of a date matters here.
    let anchor = *ANCHOR.get_or_init(|| NaiveDate::from_ymd_opt(2000, 6, 15).expect("valid date"));
    features_with(text, &find_topics(text), &find_dates(text, Some(anchor)))
}

/// [`features`] from topics and dates the caller has already found in
/// `text` (by [`find_topics`] and [`find_dates`], with any anchor), to avoid
/// finding them twice.
pub fn features_with(text: &str, topics: &[TopicMention], dates: &[DateMention]) -> Features {
    let mut f = Features::default();
    // Lower-case with straight apostrophes.
    let lower: String = text
        .chars()
        .map(|c| {
            if is_apostrophe(c) {
                '\''
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let words = words_of(&lower);
    let n_words = words.len();

    // Dates: any expression except a bare "today".
    let has_date = dates.iter().any(|d| {
        d.kind != DateKind::Relative || !text[d.range.clone()].eq_ignore_ascii_case("today")
    });
    // Date ranges are in `text` offsets; `lower` differs where a curly
    // apostrophe (3 bytes) became a straight one.
    let lower_dates: Vec<Range<usize>> = if lower.len() == text.len() {
        dates.iter().map(|d| d.range.clone()).collect()
    } else {
        dates
            .iter()
            .map(|d| map_offset(text, &lower, d.range.start)..map_offset(text, &lower, d.range.end))
            .collect()
    };

    let (n_quant, approx) = quantities(&lower, &words, &lower_dates);
    f.quantity = flag(n_quant > 0);
    f.more_quantities = n_quant.saturating_sub(1).min(2) as f64;
    f.date = flag(has_date);

    let mut names: Vec<&str> = topics
        .iter()
        .filter(|t| !t.nested)
        .map(|t| t.name.as_str())
        .collect();
    names.sort_unstable();
    names.dedup();
    f.entities = names.len().min(3) as f64;

    let (cues, past) = count_cues(&words);
    let has = |c: Cue| flag(cues[c as usize] > 0);
    let colon_quote = text.contains(": “") || text.contains(": \"") || text.contains(":“");
    f.attribution = flag(cues[Cue::Attribution as usize] > 0 || colon_quote);
    f.comparison = flag(approx || cues[Cue::Comparison as usize] > 0);
    f.causal = has(Cue::Causal);
    f.past_event = flag(past);
    f.length = (n_words as f64 / FULL_LENGTH_WORDS).min(1.0);
    f.short = flag(n_words < SHORT_WORDS);
    f.greeting = has(Cue::Greeting);
    f.thanks = has(Cue::Thanks);
    f.procedural = has(Cue::Procedural);
    f.discourse = has(Cue::Discourse);
    f.question = flag(
        text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '”' | '"' | ')'))
            .ends_with('?'),
    );
    f.opinion = cues[Cue::Opinion as usize].min(2) as f64;
    f.no_content = flag(n_quant == 0 && !has_date && names.is_empty());
    f
}

fn flag(b: bool) -> f64 {
    if b { 1.0 } else { 0.0 }
}

/// The byte offset in `lower` of byte offset `i` in `text`, where `lower`
/// was made from `text` char by char.
fn map_offset(text: &str, lower: &str, i: usize) -> usize {
    let n = text[..i].chars().count();
    lower.char_indices().nth(n).map_or(lower.len(), |(j, _)| j)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cw(text: &str) -> f64 {
        checkworthiness(text)
    }

    const LADIES: &str = "Ladies and gentlemen, colleagues,";
    const BULLETS: &str = "Based on various estimates, about 14,000 rubber bullets were fired at protesters and about 2,500 people were injured during the yellow vest actions in France in 2018-2019.";

    #[test]
    fn issue_examples() {
        assert!(cw(LADIES) < 0.2, "{}", cw(LADIES));
        assert!(cw(BULLETS) > 0.8, "{}", cw(BULLETS));
    }

    #[test]
    fn features_of_the_examples() {
        let f = features(BULLETS);
        assert_eq!(
            (f.quantity, f.more_quantities, f.date, f.entities),
            (1.0, 1.0, 1.0, 1.0)
        );
        assert_eq!((f.past_event, f.length, f.no_content), (1.0, 1.0, 0.0));
        let f = features(LADIES);
        assert_eq!(
            (f.greeting, f.short, f.no_content, f.quantity),
            (1.0, 1.0, 1.0, 0.0)
        );
        // The contributions add up to the logit.
        let sum: f64 = f.contributions().iter().map(|(_, c)| c).sum();
        assert!((sum - f.logit()).abs() < 1e-12);
        assert!((f.score() - cw(LADIES)).abs() < 1e-12);
    }

    /// Low: greetings, thanks, procedure, bare questions, opinion without
    /// content.
    const LOW: &[&str] = &[
        LADIES,
        "Thank you.",
        "Next question, please.",
        "To be continued…",
        "Please forward the video to time marker 19:40.  Transcript now being loaded up below as it becomes available:",
        "How far has this issue progressed?",
        "Do you agree?",
        "Is Germany shooting itself in the foot?",
        "I believe this is sheer mockery.",
        "This is stunning hypocrisy!",
        "Wishing you happiness, peace and prosperity.",
        "All the very best to our Sri Lankan friends on their most important public holiday.",
        "We are convinced that the leaders must meet in person.",
        "It is better to cooperate than to criticise.",
        "I hope you have had a chance to read it.",
        "Let’s wait and see.",
        "We will continue this work.",
        "Why? Because there are no such statements.",
    ];

    /// High: facts with numbers, dates, names, attribution.
    const HIGH: &[&str] = &[
        BULLETS,
        "Over 12,000 people were detained, the majority of which were put behind bars.",
        "There have been over 50 such cases since 2008.",
        "With assistance from Russian specialists and peacekeepers, over 51,400 refugees have returned to their homes since November 14, 2020; Armenia and Azerbaijan have transferred 1,532 bodies to each other.",
        "As a result, over 250 people were detained and a major investigation was launched to identify those involved in the protests.",
        "On January 23, 2020, Vinnik was extradited to France by the Greek Justice Minister’s decision.",
        "This document was approved by an impressive majority of votes: 130 countries voted for it, two countries (the US and Ukraine) traditionally voted against it and 51 countries, including members of the European Union, abstained.",
        "Swedish Foreign Minister Ann Linde wrote: “A healthy and vibrant opposition should be welcomed.”",
        "The Battle of Leningrad was the longest and bloodiest of the Great Patriotic War and WWII.",
        "Anything from 1.5 to 2 million soldiers and civilians lost their lives during the battle and the siege, of which at least 800,000 civilians starved to death during the first winter of 1941-1942.",
        "In October 2020, FBI officers interrogated the spouse of former head of the Rossiya Segodnya representative office in Washington.",
        "They mailed 95 million ballots.",
        "Seventy-six years ago, on January 27, 1945, Soviet troops liberated the Nazi concentration camp Auschwitz-Birkenau (Oswiecim) where millions of people had been brutally tortured and killed.",
        "The Germans, as they said themselves, transferred Navalny’s samples, taken at the Charite Clinic, to a Bundeswehr clinic.",
        "In accusing us, the Dutch have organised a trial with 13 witnesses, of which 12 are anonymous.",
    ];

    #[test]
    fn low_and_high_sentences() {
        for t in LOW {
            assert!(
                cw(t) < 0.2,
                "low {t:?}: {} {:?}",
                cw(t),
                features(t).contributions()
            );
        }
        for t in HIGH {
            assert!(
                cw(t) > 0.6,
                "high {t:?}: {} {:?}",
                cw(t),
                features(t).contributions()
            );
        }
        let max_low = LOW.iter().map(|t| cw(t)).fold(0.0, f64::max);
        let min_high = HIGH.iter().map(|t| cw(t)).fold(1.0, f64::min);
        assert!(max_low < min_high);
    }

    #[test]
    fn ordering_factual_over_procedural() {
        let ordered = [
            "Thank you.",
            "How far has this issue progressed?",
            "Relations between Russia and Italy are good.",
            "Russia and Italy have a 2+2 mechanism where the defence and foreign ministers of the two countries meet.",
            "There have been over 50 such cases since 2008.",
            BULLETS,
        ];
        for w in ordered.windows(2) {
            assert!(
                cw(w[0]) < cw(w[1]),
                "{:?} ({}) !< {:?} ({})",
                w[0],
                cw(w[0]),
                w[1],
                cw(w[1])
            );
        }
    }

    #[test]
    fn opinions_about_names_sit_in_between() {
        for t in [
            "Relations between Russia and Italy are good.",
            "India is our very close, very strategic and very privileged partner.",
        ] {
            let s = cw(t);
            assert!((0.2..0.6).contains(&s), "{t}: {s}");
        }
    }

    #[test]
    fn quantities_exclude_dates_codes_and_times() {
        for (t, n) in [
            ("about 14,000 rubber bullets and about 2,500 people", 2.0),
            (
                "Pursuant to the Federal Law No. 305-FZ of July 31, 2020",
                0.0,
            ),
            ("UN Security Council Resolution 2254", 0.0),
            ("time marker 19:40", 0.0),
            ("the G20 summit and COVID-19", 0.0),
            ("the 77th anniversary", 0.0),
            ("two countries and hundreds of thousands of residents", 3.0),
            ("a 2+2 mechanism", 0.0),
        ] {
            let f = features(t);
            assert_eq!(f.quantity + f.more_quantities, f64::min(n, 3.0), "{t}");
        }
    }

    #[test]
    fn cues() {
        assert_eq!(
            features("According to the Charité, nothing was found.").attribution,
            1.0
        );
        assert_eq!(
            features("Mark Rutte said: “This is criminal violence.”").attribution,
            1.0
        );
        assert_eq!(features("It is the largest country.").comparison, 1.0);
        assert_eq!(features("more than 230 km of roads").comparison, 1.0);
        assert_eq!(
            features("This happened because of the pandemic.").causal,
            1.0
        );
        assert_eq!(features("Next question, please.").procedural, 1.0);
        assert_eq!(
            features("I would like to draw your attention to this.").discourse,
            1.0
        );
        assert_eq!(
            features("In my opinion, unfortunately, it is so.").opinion,
            2.0
        );
        assert_eq!(features("Is this true?").question, 1.0);
        assert_eq!(features("“Is this true?”").question, 1.0);
        assert_eq!(
            features("Today we will discuss ongoing conflicts.").date,
            0.0
        );
        assert_eq!(features("They were published yesterday.").date, 1.0);
    }

    #[test]
    fn scores_are_probabilities() {
        for t in ["", " ", "?", "1", LADIES, BULLETS, "Ёлка’s “quote”"] {
            let s = cw(t);
            assert!((0.0..=1.0).contains(&s), "{t}: {s}");
        }
        assert_eq!(WEIGHTS.len() + 1, Features::default().values().len());
    }

    #[test]
    fn with_precomputed_topics_and_dates() {
        let anchor = NaiveDate::from_ymd_opt(2021, 1, 28);
        for t in [
            LADIES,
            BULLETS,
            "On February 2, Sergey Lavrov will meet Ann Linde.",
        ] {
            let f = features_with(t, &find_topics(t), &find_dates(t, anchor));
            assert_eq!(f, features(t), "{t}");
        }
    }
}
