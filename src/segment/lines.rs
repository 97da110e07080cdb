//! Line classifiers for segmentation: boilerplate, footers, contents
//! headings, stage directions, bullets, heading shape, standalone date lines
//! and editorial leads. Each looks at one paragraph's text alone; the
//! [`super::segmenter`] decides with them what a paragraph is in context.

use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

use super::{sections, sentences};
use crate::text::chars::{is_dash, is_word_char_no_hyphen};
use crate::text::words::runs;
use crate::text::{dates, names};

pub(super) fn boilerplate_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?xi)
            ^(?:please\ )?(?:forward|fast-forward|skip|rewind)\ (?:the\ )?video
            | (?-u:\b)time\ marker\ \d
            | ^transcript\ (?:is\ )?(?:now\ )?being\ (?:loaded|updated|added)
            | ^(?:watch|see|view)\ (?:the\ )?(?:full\ )?(?:video|broadcast|live\ stream)(?-u:\b)
            | ^(?:video|audio|photo|photos|image|images)(?:\ credit)?\s*:?\s*$
            | ^(?:\d+|no|one)\ (?:comments?|responses?|replies)(?-u:\b)
            | ^comments?\s*\(\d+\)
            | ^(?:leave\ a\ (?:comment|reply)|post\ a\ comment|add\ (?:a\ )?comment)
            | ^(?:share|like|tweet|print|email)(?:\ this)?(?:\ (?:article|post|page|story))?\s*:?\s*$
            | ^(?:posted|published|filed)\ (?:in|on|by|under)(?-u:\b)
            | ^tags?\s*:
            | ^(?:related|related\ (?:posts|articles|stories)|read\ (?:more|also)|see\ also|more\ on\ this)\s*:?\s*$
            | ^(?:copyright(?-u:\b)|©|\(c\)\ \d{4})
            | all\ rights\ reserved
            | ^(?:subscribe|sign\ up)(?-u:\b)
            | ^source\s*:
            | ^(?:back\ to\ top|top\ of\ page|return\ to\ top)\s*$
            | ^\(?unofficial\ translation\)?\.?$
            | ^(?:print\ version|printable\ version|version\ for\ printing)\s*$
            | ^(?:full\ )?transcript\s*:?\s*$
            | ^(?:advertisement|sponsored(?:\ content)?)\s*$
            | ^(?:end\s+)?\d{1,2}:\d{2}\s*(?:a\.?m\.?|p\.?m\.?)(?:\s+[a-z]{2,4})?\.?\s*$
            | ^\d{1,6}\s*$
            | ^(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}
            | ^webvtt(?-u:\b)
            ",
        )
        .expect("valid regex")
    })
}

pub(super) fn footer_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?xi)
            ^(?:to\ be\ continued|continued\ on\ next\ page)\W*$
            | ^the\ views\ expressed\ in\ (?:this|the)\ (?:article|post|blog|piece)
            | ^disclaimer(?-u:\b)
            | ^(?:\(end\)|-+\s*end\s*-+|\#\s*\#\s*\#|\*\s*\*\s*\*|end\ of\ transcript\.?)$
            ",
        )
        .expect("valid regex")
    })
}

pub(super) fn contents_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)^(?:table\ of\ contents|contents|in\ this\ (?:briefing|issue))\s*:?\s*$")
            .expect("valid regex")
    })
}

/// Banners, video instructions, comment counts… Such lines are short, so
/// long paragraphs are not tested.
pub(super) fn is_boilerplate(t: &str) -> bool {
    t.len() <= 300 && boilerplate_re().is_match(t)
}

/// "To be continued…", disclaimers, end marks.
pub(super) fn is_footer(t: &str) -> bool {
    t.len() <= 300 && footer_re().is_match(t)
}

/// Whole paragraph in parentheses or brackets: "(Applause.)", "[Laughter]".
pub(super) fn is_stage_direction(t: &str) -> bool {
    let open = t.starts_with('(') || t.starts_with('[');
    let close = t.ends_with(')') || t.ends_with(']') || t.ends_with(").") || t.ends_with("].");
    open && close && t.len() < 120 && !t[1..].contains(['(', '['])
}

pub(super) fn bullet_len(t: &str) -> usize {
    for b in ["- ", "– ", "— ", "• ", "* ", "· "] {
        if let Some(rest) = t.strip_prefix(b)
            && !rest.trim().is_empty()
        {
            return b.len();
        }
    }
    0
}

/// Final characters that end a sentence or clause: a line ending in one of
/// them is speech, not a heading or title.
pub(super) fn ends_like_speech(t: &str) -> bool {
    let end = t.trim_end_matches(sentences::is_closer);
    let last = end.chars().last();
    // A trailing dash is speech broken off ("In other words, was there some
    // reason why —").
    matches!(last, Some('.' | '?' | '!' | '…' | ':' | ';' | ',' | '-'))
        || last.is_some_and(is_dash)
        || end.len() < t.len() && last.is_some_and(|c| !c.is_alphanumeric())
}

pub(super) const INTERJECTIONS: &[&str] = &[
    "thank you",
    "thanks",
    "thank you very much",
    "ok",
    "okay",
    "yes",
    "no",
    "good",
    "right",
    "sure",
    "go ahead",
    "please",
    "hello",
    "hi",
    "good morning",
    "good afternoon",
    "good evening",
    "absolutely",
    "exactly",
    "of course",
    "indeed",
];

pub(super) fn word_count(t: &str) -> usize {
    t.split_whitespace().count()
}

pub(super) fn heading_shape(t: &str, max_words: usize) -> bool {
    // Headings are short: at most `max_words` words of some 20 bytes.
    if t.len() > max_words * 20 {
        return false;
    }
    let words = word_count(t);
    let first = t.chars().next();
    (1..=max_words).contains(&words)
        && !ends_like_speech(t)
        && first
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '«'))
        && t.chars().any(char::is_alphabetic)
        && !INTERJECTIONS.contains(&t.to_lowercase().trim_end_matches(['.', '!']))
}

/// A standalone date line: "January 18, 2021", "Wednesday 20 January 2021",
/// "Moscow, January 28, 2021".
pub(super) fn date_line(t: &str) -> Option<NaiveDate> {
    if t.len() > 320 || t.chars().count() > 80 {
        return None;
    }
    let found = dates::find_dates(t, None);
    let first = found.iter().find_map(|m| m.date.naive().map(|d| (m, d)))?;
    let mut rest = String::new();
    let mut last = 0;
    for m in &found {
        rest.push_str(&t[last..m.range.start]);
        rest.push(' ');
        last = m.range.end;
    }
    rest.push_str(&t[last..]);
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let ok = words.len() <= 5
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            w.chars().next().is_some_and(char::is_uppercase)
                || w.chars().all(|c| c.is_ascii_digit())
                || dates::weekday_named(w).is_some()
                || [
                    "on",
                    "at",
                    "by",
                    "updated",
                    "posted",
                    "published",
                    "am",
                    "pm",
                ]
                .contains(&lower.as_str())
        });
    let _ = first.0;
    ok.then_some(first.1)
}

pub(super) fn has_first_or_second_person(t: &str) -> bool {
    const WORDS: &[&str] = &[
        "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "me", "my", "mine", "we", "we're",
        "we’re", "we've", "we’ve", "our", "ours", "us", "you", "your", "yours", "let's", "let’s",
    ];
    runs(t, is_word_char_no_hyphen).any(|r| WORDS.contains(&t[r].to_lowercase().as_str()))
}

/// The person a header paragraph says the transcript is of: the first
/// person named after "briefing by", "remarks of", "interview with" and the
/// like.
pub(super) fn speaker_of_lead(t: &str) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)\b(?:briefing|conference|remarks|statement|speech|address|interview|transcript|session|lecture)\s+(?:by|of|with)\s+",
        )
        .expect("valid regex")
    });
    re.find_iter(t).find_map(|m| {
        let rest = &t[m.end()..];
        let person = names::first_person_in(rest)?;
        // "Stéphane Dujarric, Spokesman for the Secretary-General": the
        // title after the name is theirs ("Spokesman:" labels them).
        let after = rest
            .find(person.as_str())
            .map(|i| &rest[i + person.len()..])
            .and_then(|a| a.strip_prefix(", "))
            .filter(|a| a.split_whitespace().next().is_some_and(names::is_role_word))
            .map(|a| a.split(['.', ',', ';', '(']).next().unwrap_or("").trim())
            .filter(|title| !title.is_empty() && title.split_whitespace().count() <= 8);
        Some(match after {
            Some(title) => format!("{title} {person}"),
            None => person,
        })
    })
}

/// A record's note of how a sitting opened, before anyone speaks: "The
/// committee met, pursuant to call, at 10:00 a.m., …", "The Senate met at
/// 10 a.m. and was called to order by …", "Present: Representatives
/// Schiff, Himes, …" (hearings and the Congressional Record).
pub(super) fn is_proceedings_note(t: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?x)^(?:
                (?i:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?i:committee|subcommittee|commission|court|senate|house|board|council|panel|hearing|meeting|session)
                \b[^.]{0,80}?\b(?:met|convened|reconvened|was\s+called\s+to\s+order|came\s+to\s+order)\b
              | (?:Present|Also\s+present|Members\s+present)\s*:
            )",
        )
        .expect("valid regex")
    })
    .is_match(t)
}

/// An editorial lead: third person, about an event, naming the principal
/// speaker in the possessive ("Sergey Lavrov’s annual press conference") or
/// repeating most of the title.
pub(super) fn is_lead(t: &str, title: Option<&str>, principal: Option<&str>) -> bool {
    if word_count(t) < 6 || has_first_or_second_person(t) {
        return false;
    }
    const EVENTS: &[&str] = &[
        "press conference",
        "news conference",
        "briefing",
        "interview",
        "talks",
        "meeting",
        "remarks",
        "speech",
        "address",
        "summit",
        "visit",
        "conversation",
        "q&a",
        "session",
        "statement",
        "hearing",
    ];
    let lower = t.to_lowercase();
    let about_event = EVENTS.iter().any(|e| lower.contains(e));
    // "Sergey Lavrov’s annual press conference…"
    let principal_possessive = principal
        .and_then(names::split_titles)
        .and_then(|p| p.name.split_whitespace().last().map(str::to_string))
        .is_some_and(|surname| {
            t.contains(&format!("{surname}’s")) || t.contains(&format!("{surname}'s"))
        });
    let title_overlap = title.is_some_and(|title| {
        let tw = sections::stems(title);
        let pw = sections::stems(t);
        !tw.is_empty() && tw.intersection(&pw).count() * 10 >= tw.len() * 6
    });
    // "… noon briefing by Stéphane Dujarric, Spokesman for …"
    let by_principal = principal.is_some_and(|p| speaker_of_lead(t).as_deref() == Some(p));
    about_event && (principal_possessive || title_overlap || by_principal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_lines() {
        assert_eq!(
            date_line("Moscow, January 28, 2021"),
            NaiveDate::from_ymd_opt(2021, 1, 28)
        );
        assert_eq!(
            date_line("Wednesday 20 January 2021"),
            NaiveDate::from_ymd_opt(2021, 1, 20)
        );
        assert_eq!(
            date_line("On January 29, 2021, the minister will meet his colleague."),
            None
        );
    }

    #[test]
    fn notes_of_how_a_sitting_opened() {
        assert!(is_proceedings_note(
            "The committee met, pursuant to call, at 10:00 a.m., in Room 1100"
        ));
        // a named body ("The Select Subcommittee on the Weaponization …")
        assert!(is_proceedings_note(
            "The Select Subcommittee met, pursuant to call, at 10:03 a.m."
        ));
        assert!(is_proceedings_note(
            "Present: Representatives Schiff, Himes"
        ));
        assert!(!is_proceedings_note("We met with the committee last week."));
    }

    #[test]
    fn subtitle_cues_and_page_numbers_say_nothing() {
        assert!(is_boilerplate("00:00:01,000 --> 00:00:04,500"));
        assert!(is_boilerplate("00:01.000 --> 00:04.500 align:start"));
        assert!(is_boilerplate("WEBVTT"));
        assert!(is_boilerplate("12"));
        assert!(!is_boilerplate("12 people died."));
        assert!(!is_boilerplate("At 10:30 the talks began."));
    }
}
