//! Person names and their titles.
//!
//! Transcripts name people with their roles attached: "Russian Foreign
//! Minister Sergey Lavrov", "Foreign Ministry Spokeswoman Maria Zakharova",
//! "MS. PSAKI", "THE PRESIDENT". [`split_titles`] separates the name from the
//! titles so that all of these resolve to one speaker.

use super::chars::{is_name_char, is_word_apostrophe};
use super::gazetteer::{EntityKind, Gazetteer};
use crate::text::lexicon::words;

/// A person's name with the titles written before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    /// The name itself, e.g. "Sergey Lavrov"; empty when the phrase is a
    /// bare role ("THE PRESIDENT").
    pub name: String,
    /// Titles and roles, e.g. "Russian Foreign Minister"; honorifics such as
    /// "Mr" are dropped.
    pub titles: Vec<String>,
}

words!(
    /// Words that make up titles and roles, lower-case.
    ROLE_WORDS = "name_role_words.txt"
);

words!(
    /// Honorifics: not titles worth keeping.
    HONORIFICS = "name_honorifics.txt"
);

words!(
    /// Words that mark an organisation, not a person.
    ORG_WORDS = "name_org_words.txt"
);

words!(
    /// Common first names, capitalised.
    FIRST_NAMES = "first_names.txt"
);

/// Whether `w` is a common first name, as written ("Michael").
pub fn is_first_name(w: &str) -> bool {
    FIRST_NAMES.contains(w)
}

words!(
    /// First names borne almost only by women, capitalised.
    FEMALE_NAMES = "first_names_female.txt"
);

words!(
    /// First names borne almost only by men, capitalised.
    MALE_NAMES = "first_names_male.txt"
);

/// The gender a person's name shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// "Ms.", "Mrs.", a woman's first name.
    Female,
    /// "Mr.", "Sir", a man's first name.
    Male,
}

/// The gender a name shows by its honorific ("Mr.", "Ms.", "Lady") or
/// first name ("Mitt Romney", "W Mitt Romney", "Karine"), or `None` when
/// it shows none ("Romney", "Jordan Smith"): the words before the surname
/// are read, or a name of one word itself.
pub fn gender_of(name: &str) -> Option<Gender> {
    // A speaker's relative ("Bob Schieffer's mother"): the relation tells.
    if let Some((_, kin)) = name.rsplit_once("'s ") {
        match kin {
            "mother" | "wife" | "daughter" | "sister" | "aunt" | "grandmother" => {
                return Some(Gender::Female);
            }
            "father" | "husband" | "son" | "brother" | "uncle" | "grandfather" => {
                return Some(Gender::Male);
            }
            "parents" | "grandparents" => return None,
            _ => {}
        }
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let before_surname = words.len().saturating_sub(1).max(1).min(words.len());
    words[..before_surname].iter().find_map(|w| {
        let bare = w.trim_end_matches(['.', ',']);
        match bare.to_lowercase().as_str() {
            "mr" | "mister" | "sir" | "lord" => Some(Gender::Male),
            "ms" | "mrs" | "miss" | "madam" | "lady" | "dame" => Some(Gender::Female),
            _ if FEMALE_NAMES.contains(bare) => Some(Gender::Female),
            _ if MALE_NAMES.contains(bare) => Some(Gender::Male),
            _ => None,
        }
    })
}

words!(
    /// Lower-case particles allowed inside names ("Ursula von der Leyen").
    PARTICLES = "name_particles.txt"
);

/// True for a lower-case name particle such as "von" or "de".
pub fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

/// Calls `f` with `word.to_lowercase()`; a short ASCII word (nearly every
/// word these tests see, once per token of a whole document) is lowered
/// on the stack instead of into a new string.
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    match buf.get_mut(..word.len()) {
        Some(b) if word.is_ascii() => {
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            f(std::str::from_utf8(b).unwrap_or(word))
        }
        _ => f(&word.to_lowercase()),
    }
}

/// True when a word (any case) is part of a title or role ("Minister").
pub fn is_role_word(word: &str) -> bool {
    let trimmed = word.trim_end_matches('.');
    let is_role = |w: &str| ROLE_WORDS.contains(w);
    with_lower(trimmed, is_role) || (trimmed.len() != word.len() && with_lower(word, is_role))
}

/// True for an honorific ("Mr", "MS.").
pub fn is_honorific(word: &str) -> bool {
    with_lower(word, |w| HONORIFICS.contains(w))
}

/// True when a word marks an organisation ("Council", "Ministry").
pub fn is_org_word(word: &str) -> bool {
    with_lower(word, |w| ORG_WORDS.contains(w))
}

/// True when a word (or its possessive-free form) is a country, demonym,
/// place or organisation in the gazetteer ("Russian", "Sweden", "UN").
pub fn is_place_or_org(word: &str) -> bool {
    let g = Gazetteer::builtin();
    let w = strip_possessive(word);
    g.lookup(w)
        .or_else(|| g.lookup(&title_case(w)))
        .is_some_and(|e| e.kind != EntityKind::Person)
}

/// Removes a trailing possessive ’s / 's.
pub fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

/// "PSAKI" → "Psaki", "VON" → "von", "JEAN-YVES" → "Jean-Yves", and the
/// Congressional Record's small capitals after "Mc": "McCONNELL" →
/// "McConnell".
pub fn title_case(word: &str) -> String {
    if let Some(rest) = word.strip_prefix("Mc")
        && rest.chars().count() >= 2
        && !rest.chars().any(char::is_lowercase)
    {
        return format!("Mc{}", title_case(rest));
    }
    if word.chars().any(|c| c.is_lowercase()) {
        return word.to_string();
    }
    let lower = word.to_lowercase();
    if is_particle(&lower) {
        return lower;
    }
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in lower.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = c == '-' || is_word_apostrophe(c);
    }
    out
}

fn is_name_token(tok: &str) -> bool {
    let first = tok.chars().next();
    let cap = first.is_some_and(|c| c.is_uppercase());
    (cap || is_particle(tok))
        && tok.chars().any(|c| c.is_alphabetic())
        && tok.chars().all(is_name_char)
}

/// Splits "Russian Foreign Minister Sergey Lavrov" into the name "Sergey
/// Lavrov" and the titles ["Russian Foreign Minister"].
///
/// The name is the longest run of name-like words at the end of the phrase
/// that are neither role words, nor places and organisations, nor
/// honorifics. All-capitals labels are title-cased ("MR PRICE" → "Price").
/// Returns `None` when the phrase holds no letters.
pub fn split_titles(phrase: &str) -> Option<PersonName> {
    let phrase = phrase.trim().trim_end_matches([',', ':', ';']);
    let toks: Vec<&str> = phrase.split_whitespace().collect();
    if toks.is_empty() || !phrase.chars().any(|c| c.is_alphabetic()) {
        return None;
    }
    let all_caps = !phrase.chars().any(|c| c.is_lowercase());
    let mut name_start = toks.len();
    while name_start > 0 {
        let t = toks[name_start - 1];
        let bare = strip_possessive(t);
        if !is_name_token(bare)
            || is_role_word(bare)
            || is_honorific(bare)
            || is_org_word(bare)
            || is_place_or_org(&title_case(bare))
        {
            break;
        }
        // The end of a multi-word place: "New Zealand", "Sri Lanka".
        let ends_place = (2..=3).any(|n| {
            name_start >= n
                && is_place_or_org(&title_case(&toks[name_start - n..name_start].join(" ")))
        });
        if ends_place {
            break;
        }
        name_start -= 1;
    }
    // "Chair Jordan", "Jim Jordan": a country's name as a surname.
    if name_start == toks.len() {
        name_start -= surname_naming_a_place(&toks);
    }
    // A particle cannot start a name.
    while name_start < toks.len() && is_particle(toks[name_start]) {
        name_start += 1;
    }
    let name_toks = &toks[name_start..];
    let fix = |t: &str| {
        if all_caps {
            title_case(t)
        } else {
            t.to_string()
        }
    };
    let name = name_toks
        .iter()
        .map(|t| fix(strip_possessive(t)))
        .collect::<Vec<_>>()
        .join(" ");
    let title_toks: Vec<&str> = toks[..name_start]
        .iter()
        .copied()
        .skip_while(|t| is_honorific(t))
        .collect();
    let mut titles = Vec::new();
    let title = title_toks
        .iter()
        .map(|t| fix(t))
        .collect::<Vec<_>>()
        .join(" ");
    let title = title
        .trim_end_matches([',', ' '])
        .trim_end_matches(" of")
        .trim();
    if !title.is_empty() && !title_toks.iter().all(|t| is_honorific(t)) {
        titles.push(title.to_string());
    }
    Some(PersonName { name, titles })
}

/// How many of the last words of `toks` are a person's name though the
/// last names a country or place: after a title, the surname ("Chair
/// Jordan", "Mr. Israel": 1); after a first name, both ("Jim Jordan": 2);
/// else none ("President of Jordan" has its "of", "New Jersey").
fn surname_naming_a_place(toks: &[&str]) -> usize {
    let [.., before, last] = toks else {
        return 0;
    };
    let last = strip_possessive(last);
    if !is_name_token(last)
        || is_role_word(last)
        || is_honorific(last)
        || is_org_word(last)
        || matches!(before.to_lowercase().as_str(), "the" | "his" | "her")
    {
        return 0;
    }
    if is_role_word(before) || is_honorific(before) {
        1
    } else if is_first_name(&title_case(before)) {
        2
    } else {
        0
    }
}

/// Finds the first person named in a title-like phrase and returns it as
/// written, titles included: "Briefing by Foreign Ministry Spokeswoman Maria
/// Zakharova, Moscow, January 28, 2021" → "Foreign Ministry Spokeswoman Maria
/// Zakharova".
///
/// Runs of capitalised words (with "of", "the", "for", "and" between them)
/// are split into titles and a name; the first run whose name has at least
/// two words, none of them an organisation word, wins. A possessive ends a
/// run ("Sergey Lavrov’s interview").
pub fn first_person_in(phrase: &str) -> Option<String> {
    const CONNECT: &[&str] = &["of", "the", "for", "and"];
    let mut runs: Vec<Vec<&str>> = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    let mut parties = false;
    for raw in phrase.split_whitespace() {
        let ends_clause = raw.ends_with([',', ';', ':', ')']);
        let tok =
            raw.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”'));
        let possessive = strip_possessive(tok) != tok;
        let bare = strip_possessive(tok);
        let capital =
            bare.chars().next().is_some_and(char::is_uppercase) && bare.chars().all(is_name_char);
        // "Remarks by President Biden and Prime Minister Kishida": the
        // first person ("AND" too, in a title in capitals).
        if tok == "and" || tok == "AND" {
            runs.push(std::mem::take(&mut cur));
        } else if matches!(tok, "v." | "vs." | "v" | "vs" | "V." | "VS.") {
            // "State of Minnesota v. Derek Chauvin": a case's parties are
            // not who speaks in its record.
            runs.push(std::mem::take(&mut cur));
            parties = true;
        } else if capital {
            cur.push(bare);
        } else if CONNECT.contains(&tok) && !cur.is_empty() {
            cur.push(tok);
        } else {
            runs.push(std::mem::take(&mut cur));
        }
        if possessive || ends_clause {
            if parties {
                cur.clear();
                parties = false;
            }
            runs.push(std::mem::take(&mut cur));
        }
    }
    if parties {
        cur.clear();
    }
    runs.push(cur);
    for mut run in runs {
        while run.last().is_some_and(|t| CONNECT.contains(t)) {
            run.pop();
        }
        if run.is_empty() {
            continue;
        }
        let written = run.join(" ");
        let Some(p) = split_titles(&written) else {
            continue;
        };
        let words: Vec<&str> = p.name.split_whitespace().collect();
        // A run in capitals without a title is often a heading
        // ("IMPEACHMENT INQUIRY"): it names a person when it starts with a
        // known first name or holds an initial ("WILLIAM B. TAYLOR").
        let caps_untitled = p.titles.is_empty() && !written.chars().any(char::is_lowercase);
        let person_like = !caps_untitled
            || words.first().is_some_and(|w| FIRST_NAMES.contains(w))
            || run
                .iter()
                .any(|t| t.trim_end_matches('.').chars().count() == 1);
        // "Remarks by President Biden": a surname after a title of office.
        let titled_surname = words.len() == 1
            && p.titles
                .iter()
                .any(|t| t.split_whitespace().any(is_role_word));
        if (words.len() >= 2 || titled_surname)
            && person_like
            && !words
                .iter()
                .any(|w| is_org_word(w) || is_role_word(w) || is_record_word(w))
        {
            return Some(written);
        }
    }
    None
}

/// Whether `word` names a kind of record or event, which no person's name
/// holds ("United States v. Doe, Trial Transcript, March 3, 2022").
fn is_record_word(word: &str) -> bool {
    const RECORD_WORDS: &[&str] = &[
        "transcript",
        "transcripts",
        "trial",
        "hearing",
        "hearings",
        "briefing",
        "conference",
        "interview",
        "remarks",
        "minutes",
        "proceedings",
        "deposition",
        "testimony",
        "debate",
        "speech",
        "session",
        "meeting",
        "summit",
        "webinar",
        "podcast",
        "episode",
    ];
    RECORD_WORDS.contains(&word.to_lowercase().as_str())
}

/// A stable, ASCII-friendly slug for ids: "Sergey Lavrov" → "sergey-lavrov".
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_relatives_gender_is_the_relations() {
        assert_eq!(gender_of("Bob Schieffer's mother"), Some(Gender::Female));
        assert_eq!(gender_of("Jen Psaki's father"), Some(Gender::Male));
        assert_eq!(gender_of("Bob Schieffer's parents"), None);
        assert_eq!(gender_of("Bob Schieffer"), Some(Gender::Male));
    }

    #[test]
    fn lowering_on_the_stack_is_to_lowercase() {
        let long = "A".repeat(40);
        for w in [
            "",
            "MINISTER",
            "Minister.",
            "ÉLYSÉE",
            "İstanbul",
            long.as_str(),
            "x",
        ] {
            assert_eq!(with_lower(w, str::to_string), w.to_lowercase(), "{w}");
        }
        assert!(is_role_word("MINISTER") && is_role_word("Minister."));
        assert!(is_honorific("MS.") || is_honorific("Ms"));
        assert!(!is_role_word("Lavrov"));
    }

    fn check(phrase: &str, name: &str, titles: &[&str]) {
        let p = split_titles(phrase).unwrap();
        assert_eq!(p.name, name, "name of {phrase:?}");
        assert_eq!(p.titles, titles, "titles of {phrase:?}");
    }

    #[test]
    fn a_surname_that_names_a_country_after_a_title_or_first_name() {
        check("Chair Jordan", "Jordan", &["Chair"]);
        check("Jim Jordan", "Jim Jordan", &[]);
        check("Chairman Jim Jordan", "Jim Jordan", &["Chairman"]);
        check("Mr. Israel", "Israel", &[]);
        // the office of a country, and the country alone, name no one
        check(
            "Prime Minister of Jordan",
            "",
            &["Prime Minister of Jordan"],
        );
        check("New Jersey", "", &["New Jersey"]);
    }

    #[test]
    fn titles_are_split_from_names() {
        check("Sergey Lavrov", "Sergey Lavrov", &[]);
        check(
            "Foreign Minister Sergey Lavrov",
            "Sergey Lavrov",
            &["Foreign Minister"],
        );
        check(
            "Russian Foreign Minister Sergey Lavrov",
            "Sergey Lavrov",
            &["Russian Foreign Minister"],
        );
        check(
            "Foreign Ministry Spokeswoman Maria Zakharova",
            "Maria Zakharova",
            &["Foreign Ministry Spokeswoman"],
        );
        check(
            "Foreign Minister of Sweden Ann Linde",
            "Ann Linde",
            &["Foreign Minister of Sweden"],
        );
        check(
            "Deputy Chief of Staff of the Presidential Executive Office Dmitry Kozak",
            "Dmitry Kozak",
            &["Deputy Chief of Staff of the Presidential Executive Office"],
        );
        check(
            "UN Secretary-General Antonio Guterres",
            "Antonio Guterres",
            &["UN Secretary-General"],
        );
        check(
            "Eindhoven Mayor John Jorritsma",
            "John Jorritsma",
            &["Eindhoven Mayor"],
        );
        check("Donald J Trump", "Donald J Trump", &[]);
        check("Ursula von der Leyen", "Ursula von der Leyen", &[]);
    }

    #[test]
    fn capitals_and_honorifics() {
        check("MR PRICE", "Price", &[]);
        check("MS. PSAKI", "Psaki", &[]);
        check("THE PRESIDENT", "", &["President"]);
        check("MODERATOR", "", &["Moderator"]);
        check("Mr Lavrov", "Lavrov", &[]);
    }

    #[test]
    fn first_person_in_titles() {
        // a title of office and a surname
        assert_eq!(
            first_person_in("Remarks by President Biden on the Economy, Springfield, Virginia")
                .as_deref(),
            Some("President Biden")
        );
        assert_eq!(first_person_in("Remarks by Mr. Biden"), None);
        // the kind of record is no one, nor a case's parties
        assert_eq!(
            first_person_in("State of Minnesota v. Derek Chauvin, Trial Transcript, April 8, 2021"),
            None
        );
        assert_eq!(
            first_person_in("United States v. Doe, Trial Transcript, March 3, 2022"),
            None
        );
        assert_eq!(
            first_person_in("Senate Hearing Transcript, June 8, 2023"),
            None
        );
        assert_eq!(
            first_person_in(
                "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, January 28, 2021"
            )
            .as_deref(),
            Some("Foreign Ministry Spokeswoman Maria Zakharova")
        );
        assert_eq!(
            first_person_in(
                "Russian Foreign Minister Sergey Lavrov – annual Q&A press conference in Moscow"
            )
            .as_deref(),
            Some("Russian Foreign Minister Sergey Lavrov")
        );
        assert_eq!(
            first_person_in("Foreign Minister of Sweden Ann Linde’s interview with TASS")
                .as_deref(),
            Some("Foreign Minister of Sweden Ann Linde")
        );
        assert_eq!(
            first_person_in("Deputy Prime Minister of the Libyan Government of National Accord Ahmed Maiteeq’s remarks").as_deref(),
            Some("Deputy Prime Minister of the Libyan Government of National Accord Ahmed Maiteeq")
        );
        assert_eq!(
            first_person_in("Statement on the situation in Nagorno-Karabakh"),
            None
        );
        assert_eq!(first_person_in("Moscow, January 28, 2021"), None);
        // A run in capitals that is all title (no name) names no one.
        assert_eq!(first_person_in("THE PRESIDENT"), None);
        // A hearing's title in capitals: the heading is no one; of two
        // people, the first.
        assert_eq!(
            first_person_in("IMPEACHMENT INQUIRY: WILLIAM B. TAYLOR AND GEORGE KENT").as_deref(),
            Some("WILLIAM B. TAYLOR")
        );
        assert_eq!(
            first_person_in("Remarks by President Joe Biden and Prime Minister Fumio Kishida")
                .as_deref(),
            Some("President Joe Biden")
        );
    }

    #[test]
    fn slugs_are_stable() {
        assert_eq!(slug("Sergey Lavrov"), "sergey-lavrov");
        assert_eq!(slug("  Jean-Yves  Le Drian "), "jean-yves-le-drian");
        assert_eq!(slug("Mevlüt Çavuşoğlu"), "mevlüt-çavuşoğlu");
    }

    #[test]
    fn a_name_shows_its_gender_by_honorific_or_first_name() {
        use super::Gender::{Female, Male};
        assert_eq!(gender_of("W Mitt Romney"), Some(Male));
        assert_eq!(gender_of("Mrs. Thomas-Greenfield"), Some(Female));
        assert_eq!(gender_of("Karine Jean-Pierre"), Some(Female));
        assert_eq!(gender_of("Karine"), Some(Female));
        // A surname alone, or a first name borne by both: none.
        assert_eq!(gender_of("Romney"), None);
        assert_eq!(gender_of("Jordan Peele"), None);
        assert_eq!(gender_of(""), None);
    }
}
