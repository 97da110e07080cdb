//! Reported speech: words a speaker attributes to someone else.
//!
//! Within one sentence of a turn, these patterns make a reported claim whose
//! speaker is the person named (the turn's speaker is its `reported_by`):
//!
//! | pattern | example | reported words |
//! |---|---|---|
//! | name + speech verb + quote | `Swedish Foreign Minister Ann Linde wrote: “A healthy …”` | inside the quotation marks |
//! | quote + name + verb | `“My city is crying, and so am I,” Eindhoven Mayor John Jorritsma told reporters` | inside the quotation marks |
//! | name + verb + object + quote | `He described the rioters as “the scum of the earth,”` | inside the quotation marks |
//! | `As` name verb, clause | `As President Vladimir Putin and Foreign Minister Sergey Lavrov pointed out, the best solution …` | the clause |
//! | `According to` name, clause | `According to President Zelensky, Ukraine needs …` | the clause |
//! | subject verb (`that`) clause, anywhere | `And yesterday you said that there is a legal process …` | the clause (indirect) |
//! | clause, pronoun verb | `It must have an opportunity …, she added.` | the clause |
//! | verb …`, which is` clause | `He mentioned this yesterday in his speech, which is he doesn't believe …` | the clause |
//! | issuer … document participle | `the AFL-CIO sent … a letter requesting an industry-wide adoption …` | what the participle introduces |
//!
//! A quotation without an attribution next to it (scare quotes such as
//! “national security interests”) is not reported speech. The subject is a
//! person (a name of two words or more, a single word after a title, a lone
//! surname), an organisation or country ("China said", "the CBO says"),
//! "he"/"she" (the last person named in the turn), "you" (the person
//! addressed), "I" (only "I said that …", never "as I said"), "we" in the
//! simple past ("we said, let's …") or naming its position in a pseudo-cleft
//! ("what we've said is, let's …"; never "as we said", "we've said that"), or a definite
//! description ("the President", "my opponent"); [`DocContext`] resolves the
//! last three from the document. Negated, future, hypothetical and
//! questioned speech is not a report ("never said", "will say", "if he
//! says", "did you say").

use std::ops::Range;

use crate::text::gazetteer::{EntityKind, Gazetteer};

mod clause;
mod context;
mod indirect;
mod subject;
mod tokens;
mod words;

use crate::segment::sentences;
use crate::text::names;

pub use context::{DocContext, TitleLookups, Titles, speaker_surnames, title_holder};
use indirect::indirect;
use subject::{Subject, is_name_word, is_person, subject_after, subject_before};
use tokens::{Tok, is_verb, quotations, tokens, trim_range};
use words::{NAMED_THINGS, NOT_NAME_STARTS, PRONOUNS};

/// Most tokens from a speech verb to the quotation it introduces, the verb
/// included ("wrote the following about … :").
const MAX_VERB_TO_QUOTE: usize = 12;

/// The speaker name of an unnamed questioner ("Q:", "Question:") who
/// reports speech or whose words are reported ("as you just mentioned").
pub const UNNAMED_QUESTIONER: &str = "Question";

/// Direct (quoted words) or indirect (a clause attributed to someone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportKind {
    /// The speaker's words in quotation marks.
    Direct,
    /// A clause attributed to the speaker ("As X said, …", "X said that …").
    Indirect,
}

impl ReportKind {
    /// The name used in the outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportKind::Direct => "direct",
            ReportKind::Indirect => "indirect",
        }
    }
}

/// Whom reported words are attributed to, before the document's context
/// resolves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refers {
    /// People named in the sentence (`Report::who`).
    Named,
    /// "he" / "she": the last person named before.
    Pronoun,
    /// "you": the person the speaker addresses.
    Addressee,
    /// "I": the speaker.
    Speaker,
    /// A definite description ("the president", "opponent"), lower-case.
    Described(String),
    /// An unnamed source described in the sentence ("a friend who said",
    /// "independent studies … said"): `who` holds the phrase as written.
    Unnamed,
    /// "they": an unnamed group introduced just before ("I met a couple
    /// in Appleton, and they said"), else no one.
    Plural,
    /// Whoever asked a question put in the passive ("I’ve been asked what
    /// they are"), or "your colleague": the unnamed questioner of a press
    /// conference, in an answer to them ([`UNNAMED_QUESTIONER`]), else no
    /// one.
    Questioner,
}

/// Reported words found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Byte range of the reported words in the sentence.
    pub range: Range<usize>,
    /// The people it is attributed to, as written (titles included); empty
    /// unless `refers` is `Named`.
    pub who: Vec<String>,
    /// How the attribution refers to the person.
    pub refers: Refers,
    /// Direct or indirect.
    pub kind: ReportKind,
}

/// Most reports of one sentence that end where it ends (each nested in
/// the one before: "she said that he told them that …").
const MAX_NESTED_REPORTS: usize = 16;

/// Adds a report of `range` (trimmed) attributed to `subject`, unless it
/// is empty or has no one to attribute it to.
fn push(out: &mut Vec<Report>, s: &str, range: Range<usize>, subject: Subject, kind: ReportKind) {
    let range = trim_range(s, range);
    // Empty, or the same words already reported by another pattern.
    if range.is_empty() || !s[range.clone()].chars().any(char::is_alphanumeric) {
        return;
    }
    let mut ending_here = 0;
    for r in out.iter() {
        if r.range == range {
            return;
        }
        ending_here += usize::from(r.range.end == range.end);
    }
    // Reports nested deeper than any sentence nests them ("he said that
    // he said that …" thousands of times) are not read: each would hold
    // the rest of the sentence, n² bytes in all.
    if ending_here >= MAX_NESTED_REPORTS {
        return;
    }
    let (who, refers) = match subject {
        Subject::People(p) => (p, Refers::Named),
        Subject::Pronoun => (Vec::new(), Refers::Pronoun),
        Subject::Addressee => (Vec::new(), Refers::Addressee),
        Subject::Questioner => (Vec::new(), Refers::Questioner),
        Subject::SelfRef => (Vec::new(), Refers::Speaker),
        // "they" is too often a vague group to name a speaker: only an
        // unnamed group just introduced ([`indefinite_in`]) may be meant.
        Subject::Plural => (Vec::new(), Refers::Plural),
        Subject::Described(d) => (Vec::new(), Refers::Described(d)),
        Subject::Unnamed(u) => (vec![u.phrase], Refers::Unnamed),
        Subject::None => return,
    };
    out.push(Report {
        range,
        who,
        refers,
        kind,
    });
}

/// The last person named in a sentence, as written: a pronoun in the next
/// sentence ("He said openly … that …") may refer to them.
pub fn last_person(s: &str) -> Option<String> {
    let toks = tokens(s, 0);
    // A name inside quoted words ("We're going to cut Planned Parenthood
    // funding.") is not whom the speaker's next "he" means.
    let quoted: Vec<Range<usize>> = quotations(s).into_iter().map(|q| q.1).collect();
    let mut best = None;
    let mut i = 0;
    while i < toks.len() {
        if !is_name_word(&toks[i]) || NOT_NAME_STARTS.contains(&toks[i].word().as_ref()) {
            i += 1;
            continue;
        }
        let mut j = i;
        // "after we killed bin Laden I was at ground zero": "I" after a
        // name is the speaker, not a numeral.
        while j < toks.len() && is_name_word(&toks[j]) && !(j > i && toks[j].text == "I") {
            j += 1;
            // A full stop ends the name, unless it ends a title or an
            // initial ("Mr. Floyd", "George W. Bush"; not "St. Louis").
            let t = toks[j - 1].text;
            if toks[j - 1].ends_clause()
                || (t.ends_with('.') && !crate::segment::sentences::is_person_abbreviation(t))
            {
                break;
            }
        }
        let run = toks[i..j]
            .iter()
            .map(|t| names::strip_possessive(t.text.trim_end_matches([',', '.', ':', ';'])))
            .collect::<Vec<_>>()
            .join(" ");
        // A capitalised word opening the sentence may be any word; a title
        // and a name, or two name words, there are a name ("President
        // Obama was right, he said …"; not "What I …"). A word before "of" heads an organisation ("the
        // Department of Energy").
        let titled = j - i >= 2
            && (names::is_role_word(toks[i].bare())
                || names::is_honorific(toks[i].bare())
                || toks[i..j].iter().all(|t| t.bare().chars().count() > 1));
        let of_follows =
            j - i == 1 && toks.get(j).is_some_and(|t| t.word() == "of") && !toks[i].ends_clause();
        // "the Lilly Ledbetter bill": a thing named after a person; not
        // "Governor Romney's proposal", the person's own.
        let last = toks[j - 1].text;
        let thing = last.chars().last().is_some_and(char::is_alphanumeric)
            && names::strip_possessive(last) == last
            && toks
                .get(j)
                .is_some_and(|t| NAMED_THINGS.contains(&t.word().as_ref()));
        let in_quote = quoted.iter().any(|q| q.contains(&toks[i].start));
        // A sentence may open with a person the gazetteer knows ("Lula,
        // yeah. He said that …").
        let opens = i > 0 || titled || subject::is_known_person(&run);
        if opens && !of_follows && !thing && !in_quote && is_person(&run) {
            best = Some(with_title_of(&toks, i, run));
        }
        i = j.max(i + 1);
    }
    best
}

/// The person's run of capitalised words starting at `toks[i]` (`run`)
/// with the title before it that "of" split off: "Former US Secretary of
/// State Rex Tillerson", not "State Rex Tillerson" (whose title would be
/// "State"); "President of Russia Vladimir Putin".
fn with_title_of(toks: &[Tok<'_>], i: usize, run: String) -> String {
    let mut start = i;
    while start >= 2 && toks[start - 1].text == "of" && is_name_word(&toks[start - 2]) {
        let mut k = start - 2;
        while k > 0 && is_name_word(&toks[k - 1]) && !toks[k - 1].ends_clause() {
            k -= 1;
        }
        if toks[k..start - 1].iter().any(|t| t.ends_clause()) {
            break;
        }
        start = k;
    }
    if start == i {
        return run;
    }
    let title: Vec<&str> = toks[start..i].iter().map(|t| t.text).collect();
    format!("{} {run}", title.join(" "))
}

/// The organisation or country a sentence's clause opens with ("Iran is a
/// state sponsor of terrorism.", "After the meeting, NATO said …"), as
/// the gazetteer names it: whom a "they said" after it
/// may mean. A capitalised run in subject position (the start, or after a
/// comma or a conjunction, "the" skipped) that the gazetteer knows as an
/// organisation or country, written as its name or an acronym.
pub fn subject_group(s: &str) -> Option<String> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut i = 0;
    while i < words.len() {
        // "…, and China said": "and" after a comma joins clauses; "The
        // United States and GCC member states" is one subject of several.
        let clause_start = i == 0
            || words[i - 1].ends_with([',', ';', ':'])
            || matches!(words[i - 1], "but" | "so" | "then" | "And" | "But" | "So")
            || (words[i - 1] == "and" && i >= 2 && words[i - 2].ends_with(','));
        if !clause_start {
            i += 1;
            continue;
        }
        let the = matches!(words[i], "the" | "The");
        let start = i + usize::from(the);
        let mut end = start;
        while end < words.len() {
            let w = words[end];
            let bare = w.trim_end_matches([',', '.', ';', ':', '?', '!']);
            if !bare.chars().next().is_some_and(char::is_uppercase)
                || names::strip_possessive(bare) != bare
            {
                break;
            }
            end += 1;
            if bare.len() != w.len() {
                break;
            }
        }
        if end > start {
            let run = words[start..end]
                .iter()
                .map(|w| w.trim_end_matches([',', '.', ';', ':', '?', '!']))
                .collect::<Vec<_>>()
                .join(" ");
            // Named as itself or by an acronym: not a people ("The French
            // …", "The Germans …"), nor one of several ("The United States
            // and GCC member states …").
            let known = Gazetteer::builtin()
                .lookup(&run)
                .filter(|e| matches!(e.kind, EntityKind::Organisation | EntityKind::Country))
                .filter(|e| e.canonical == run || !run.chars().any(char::is_lowercase))
                .map(|e| e.canonical.clone());
            let compound = words
                .get(end)
                .is_some_and(|w| matches!(*w, "and" | "or" | "&"));
            // "After that incident, the AFL-CIO sent …": an acronym the
            // gazetteer does not know, as the subject of a verb.
            let acronym = end == start + 1
                && run.len() == words[start].len()
                && run.split('-').all(subject::is_acronym)
                && words.get(end).is_some_and(|w| verb_like(w));
            if let Some(g) = known
                .or_else(|| acronym.then(|| run.clone()))
                .filter(|_| !compound)
            {
                return Some(g);
            }
        }
        i = end.max(i + 1);
    }
    None
}

/// Most words of a sentence whose predicate is a demonym
/// ([`predicate_group`]).
const MAX_PREDICATE_WORDS: usize = 10;

/// The country a short sentence says something belongs to, by a demonym
/// after a form of "be" that ends it ("We know the first one was
/// Chinese."): whom "They admitted it." after it may mean.
pub fn predicate_group(s: &str) -> Option<String> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let [.., be, last] = words.as_slice() else {
        return None;
    };
    let demonym = last.trim_end_matches(['.', '!', ';']);
    if words.len() > MAX_PREDICATE_WORDS
        || !matches!(*be, "is" | "was" | "are" | "were")
        || !demonym.starts_with(char::is_uppercase)
        || demonym.len() == last.len()
    {
        return None;
    }
    Gazetteer::builtin()
        .lookup(demonym)
        .filter(|e| e.kind == EntityKind::Country && e.canonical != demonym)
        .map(|e| e.canonical.clone())
}

/// Most words of a sentence that only names its topic ("Just on
/// Beijing's response.").
const MAX_TOPIC_WORDS: usize = 6;

/// The organisation or country a short sentence without a verb names as
/// its topic ("Just on Beijing's response.", "And on Iran:"), as the
/// gazetteer names it: whom "They said …" after it may mean.
pub fn topic_group(s: &str) -> Option<String> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let on = words
        .iter()
        .take(3)
        .position(|w| *w == "on" || *w == "On")?;
    let opener = words[..on]
        .iter()
        .all(|w| matches!(w.to_lowercase().as_str(), "just" | "and" | "now" | "so"));
    if !opener || words.len() > MAX_TOPIC_WORDS || words[on + 1..].iter().any(|w| verb_like(w)) {
        return None;
    }
    let rest = words[on + 1..].join(" ");
    Gazetteer::builtin()
        .find(&rest)
        .into_iter()
        .map(|m| m.entry)
        .find_map(|e| match e.kind {
            EntityKind::Organisation | EntityKind::Country => Some(e.canonical.clone()),
            // "Just on Beijing's response.": the country.
            EntityKind::Place => {
                crate::extract::speakers::capital_country(&e.canonical).map(str::to_string)
            }
            _ => None,
        })
}

/// Whether a word of running text reads as a verb after a subject ("sent",
/// "says", "has", "will"): a past form, a common finite verb or a verb of
/// saying; not a noun ("the UAS systems").
fn verb_like(w: &str) -> bool {
    let lw = w.trim_end_matches([',', '.', ';', ':']).to_lowercase();
    crate::text::dates::is_past_cue(&lw, false)
        || words::SPEECH_VERBS.contains(&lw.as_str())
        || tokens(&lw, 0).first().is_some_and(clause::makes_finite)
}

/// The last definite description of a person in a sentence ("the
/// President’s meeting" → "president"), for a pronoun in the next sentence
/// when no one is named ([`DocContext::described`] resolves it).
pub fn last_described(s: &str) -> Option<String> {
    let toks = tokens(s, 0);
    (1..=toks.len())
        .rev()
        .find_map(|end| subject::description_before(&toks, end))
        .map(|(d, _)| d)
}

/// The description `description` (as [`Refers::Described`] holds it)
/// as written in `s` before byte `end`, with its determiner in lower case
/// ("yesterday the Republican leader said" → "the Republican leader"), for
/// a report whose description the document names no one for: it is then
/// an unnamed source. `None` for the descriptions the context alone can
/// resolve ("my opponent", a delegate, kin, the administration).
pub fn described_as_written(s: &str, end: usize, description: &str) -> Option<String> {
    if description.contains(|c: char| !c.is_alphanumeric() && !matches!(c, ' ' | '-' | '.')) {
        return None;
    }
    let toks = tokens(&s[..end], 0);
    let (e, det) = (1..=toks.len()).rev().find_map(|e| {
        subject::description_before(&toks, e)
            .filter(|(d, _)| d == description)
            .map(|(_, det)| (e, det))
    })?;
    let (first, last) = (toks.get(det + 1)?, &toks[e - 1]);
    let words = s[first.start..last.end].trim_end_matches(|c: char| !c.is_alphanumeric());
    let words = crate::text::names::strip_possessive(words);
    Some(format!("{} {words}", toks[det].word()))
}

/// Whether `word` (lower case) is the head noun of an unnamed source
/// ("officials", "a woman"): [`crate::extract::speakers::unnamed`] writes
/// it in lower case when it opens the phrase.
pub fn is_source_noun(word: &str) -> bool {
    words::UNNAMED_SOURCES.contains(&word)
}

/// The unnamed source introduced last in `s` ("a woman grabbed my arm
/// and", "someone who had just graduated - and", "I met a couple in
/// Appleton, Wisconsin, and", "the military leaders come to you and"): a
/// pronoun after it means that source, whom
/// no name fits. Returns the phrase and whether its head is plural or a
/// group ("a couple", "a family"), which "they" may mean.
pub fn indefinite_in(s: &str) -> Option<(String, bool)> {
    let toks = tokens(s, 0);
    (0..toks.len()).rev().find_map(|i| {
        let w = toks[i].word();
        if matches!(w.as_ref(), "someone" | "somebody") {
            return Some((w.into_owned(), false));
        }
        if !words::UNNAMED_SOURCES.contains(&w.as_ref()) {
            return None;
        }
        // "I talk to small businesses across the country. They say, …":
        // a plural after a preposition introduces a group too.
        let (u, _) = subject::unnamed_before(&toks, i + 1)
            .or_else(|| subject::group_after_preposition(&toks, i))
            .or_else(|| subject::definite_group_at(&toks, i))?;
        // Only a phrase that ends at the head noun: "a woman", not
        // "a woman who".
        let group = matches!(w.as_ref(), "couple" | "family" | "group");
        u.phrase
            .ends_with(toks[i].text.trim_end_matches([',', '.', ':', ';']))
            .then_some((u.phrase, u.plural || group))
    })
}

/// Whether the unnamed source `phrase` can be "he" or "she" (`pronoun`):
/// a person of that sex or either, not a document ("a study").
pub fn pronoun_fits(phrase: &str, pronoun: &str) -> bool {
    let head = phrase.rsplit(' ').next().unwrap_or("").to_lowercase();
    let female = matches!(head.as_str(), "woman" | "lady" | "girl" | "mother" | "mom");
    let male = matches!(
        head.as_str(),
        "man" | "gentleman" | "boy" | "father" | "dad" | "guy"
    );
    let thing = matches!(
        head.as_str(),
        "study" | "studies" | "survey" | "report" | "reports" | "letter"
    );
    match pronoun {
        "she" | "her" => !male && !thing,
        "he" | "him" | "his" => !female && !thing,
        _ => true,
    }
}

/// Most bytes before a report (or its pronoun) read for whom it may mean:
/// the person, description or unnamed source a pronoun refers to is named
/// close to it. Without a bound, a sentence of thousands of "he said that …"
/// clauses (unpunctuated captions) read its whole beginning for each
/// report, and its extraction grew with the square of its length.
pub const ANTECEDENT_BYTES: usize = 1500;

/// Where the words read before byte `end` of `s` for an antecedent start:
/// 0 in a sentence shorter than [`ANTECEDENT_BYTES`] there, else the first
/// word that starts within that many bytes of `end`.
pub fn antecedent_start(s: &str, end: usize) -> usize {
    use crate::segment::sentences::is_space;
    if end <= ANTECEDENT_BYTES {
        return 0;
    }
    let mut from = end - ANTECEDENT_BYTES;
    while !s.is_char_boundary(from) {
        from += 1;
    }
    // The word cut at `from` is skipped.
    if s[..from].chars().next_back().is_some_and(is_space) {
        return from;
    }
    s[from..end]
        .char_indices()
        .find(|&(_, c)| is_space(c))
        .map_or(end, |(i, _)| from + i)
}

/// Where the last "he"/"she" before byte `end` of a sentence starts (0
/// when there is none): a person named before it may be whom it means.
/// Only the last [`ANTECEDENT_BYTES`] are read.
pub fn pronoun_at(s: &str, end: usize) -> usize {
    let from = antecedent_start(s, end);
    tokens(&s[from..end], from)
        .iter()
        .rev()
        .find(|t| {
            // "he's often talked": the pronoun of a contraction
            let w = t.word();
            let base = w
                .split(crate::text::chars::is_word_apostrophe)
                .next()
                .unwrap_or_default();
            PRONOUNS.contains(&base)
        })
        .map_or(0, |t| t.start)
}

/// Whether the words before a pronoun introduce someone without naming
/// them ("a certain previous occupant of this White House", "someone"):
/// the pronoun means them, not a person named in an earlier sentence.
pub fn leaves_unnamed(before: &str) -> bool {
    let toks = tokens(before, 0);
    toks.windows(2)
        .any(|w| w[0].word() == "a" && w[1].word() == "certain")
        || toks
            .iter()
            .any(|t| matches!(t.word().as_ref(), "someone" | "somebody"))
}

/// Where the pronoun a report of `range` is attributed to starts: the
/// last before the reported words ([`pronoun_at`]), else the first inside
/// them ("the United States will continue to stand with Ukraine, as you've
/// heard him say many times, …"), else 0.
pub fn report_pronoun_at(s: &str, range: std::ops::Range<usize>) -> usize {
    match pronoun_at(s, range.start) {
        0 => tokens(
            &s[range.start..antecedent_end(s, range.start, range.end)],
            range.start,
        )
        .iter()
        .find(|t| matches!(t.word().as_ref(), "him" | "her"))
        .map_or_else(|| pronoun_after(s, range.end), |t| t.start),
        at => at,
    }
}

/// The pronoun of a relative clause of saying right after a quoted phrase
/// ending at byte `end` (its closing mark next): "the “irrefutable
/// proof” he had said" ([`relative_speaker_after`]); else 0.
fn pronoun_after(s: &str, end: usize) -> usize {
    let close = s[end..]
        .char_indices()
        .find(|&(_, c)| !crate::text::chars::is_quotation_mark(c))
        .map_or(s.len(), |(i, _)| end + i);
    let after = tokens(&s[close..antecedent_end(s, close, s.len())], close);
    let skip = usize::from(
        after
            .first()
            .is_some_and(|t| matches!(t.word().as_ref(), "that" | "which")),
    );
    after
        .get(skip)
        .filter(|t| matches!(t.word().as_ref(), "he" | "she" | "they"))
        .map_or(0, |t| t.start)
}

/// The end of the words read after byte `start` of `s` (at most
/// [`ANTECEDENT_BYTES`], up to `end`), on a character boundary.
fn antecedent_end(s: &str, start: usize, end: usize) -> usize {
    let mut e = end.min(start + ANTECEDENT_BYTES);
    while !s.is_char_boundary(e) {
        e -= 1;
    }
    e
}

/// Most words between two quotations of one speaker ("and", ", that it
/// was").
const MAX_JOINING_WORDS: usize = 4;

/// Finds the reported speech in one sentence.
pub fn find(s: &str) -> Vec<Report> {
    let mut out = Vec::new();
    let quotes = quotations(s);
    let mut prev_end = 0;
    let mut last_subject_people = false;
    let mut last_subject = Subject::None;
    for (open, content, close) in &quotes {
        // A quotation that opens inside the previous one (straight quotes
        // paired around curly ones, as in `""", she said. He said,
        // “The.” """, she said.`) is part of it: skipped (slicing
        // from the previous one's end used to panic).
        if *open < prev_end {
            continue;
        }
        let pre = &s[prev_end..*open];
        let toks = tokens(pre, prev_end);
        let mut subject = verb_subject_before(&toks, last_subject_people);
        if subject == Subject::None {
            subject = subject::noun_subject_before(&toks);
        }
        if subject == Subject::None {
            subject = subject::words_of_before(&toks);
        }
        // An attribution after the quote needs the quote to end a clause:
        // "“…,” she added", not "the “irrefutable proof” he had said".
        let ends_clause = s[content.clone()]
            .trim_end()
            .ends_with([',', '.', '!', '?', '…'])
            || s[*close..].starts_with(',');
        if subject == Subject::None && ends_clause {
            let after = tokens(&s[*close..], *close);
            subject = subject_after(&after);
        } else if subject == Subject::None {
            subject = relative_speaker_after(&tokens(&s[*close..], *close));
        }
        // "told President Putin to “stop the war” and “this is not the
        // way,”", "said yesterday he “stood by it,” that it was “out of an
        // abundance of caution.”": a quotation joined to the one before, in
        // a few words, is the same speaker's.
        let joined = pre
            .trim_start_matches([',', ' '])
            .split_whitespace()
            .collect::<Vec<_>>();
        if subject == Subject::None
            && joined.len() <= MAX_JOINING_WORDS
            && matches!(joined.first(), Some(&("and" | "or" | "that")))
        {
            subject = last_subject.clone();
        }
        last_subject_people |= !matches!(subject, Subject::None);
        last_subject = subject.clone();
        // Several sentences inside one quotation are several claims.
        let inner = &s[content.clone()];
        let parts = sentences::split(inner);
        if parts.len() > 1 && subject != Subject::None {
            for r in parts {
                let sub = subject.clone();
                push(
                    &mut out,
                    s,
                    content.start + r.start..content.start + r.end,
                    sub,
                    ReportKind::Direct,
                );
            }
        } else {
            push(&mut out, s, content.clone(), subject, ReportKind::Direct);
        }
        prev_end = *close;
    }
    if !out.is_empty() || !quotes.is_empty() && quotes.iter().any(|q| q.1.len() * 2 > s.len()) {
        if let Some((open, _, _)) = quotes.first() {
            indirect_before_quote(s, *open, &mut out);
        }
        return out;
    }
    indirect(s, &mut out);
    out
}

/// Who said a quoted phrase that a relative clause of saying follows
/// (`after`: the tokens after its closing mark): "the “irrefutable proof”
/// he had said publicly they have", "the “reset” that she promised", a
/// pronoun or name, then a verb of saying (as [`subject_after`] reads
/// them). Never the speaker ("the “red lines” I talked about"), and never
/// a verb first ("the “proof” said Tillerson" needs a comma).
fn relative_speaker_after(after: &[Tok<'_>]) -> Subject {
    let skip = usize::from(
        after
            .first()
            .is_some_and(|t| matches!(t.word().as_ref(), "that" | "which") && !t.ends_clause()),
    );
    let rest = &after[skip.min(after.len())..];
    let Some(first) = rest.first() else {
        return Subject::None;
    };
    let pronoun = matches!(first.word().as_ref(), "he" | "she" | "they" | "you");
    if first.ends_clause() || !(pronoun || is_name_word(first)) {
        return Subject::None;
    }
    match subject_after(rest) {
        Subject::SelfRef => Subject::None,
        s => s,
    }
}

/// Fewest words a quotation needs to continue the quotation of the
/// sentence before ([`continued_quotations`]): fewer are often the
/// speaker's own scare quotes ("so-called “experts”").
const MIN_CONTINUED_WORDS: usize = 3;

/// The quotations of a sentence that attributes none of them, as reports
/// of whoever the sentence before was quoting (`Refers::Named` with no
/// one in `who`: the caller names them): "As the President said in his
/// statement, Secretary Walsh is “one tough union chief.”  And “[h]is
/// record … is a testament to …”", where the second sentence goes on
/// quoting the statement. Quotations of fewer than
/// [`MIN_CONTINUED_WORDS`] words are left out.
pub fn continued_quotations(s: &str) -> Vec<Report> {
    quotations(s)
        .into_iter()
        .filter(|(_, content, _)| {
            s[content.clone()].split_whitespace().count() >= MIN_CONTINUED_WORDS
        })
        .map(|(_, content, _)| Report {
            range: trim_range(s, content),
            who: Vec::new(),
            refers: Refers::Named,
            kind: ReportKind::Direct,
        })
        .collect()
}

/// A sentence that only says someone else spoke on the matter ("And he
/// talked about this.", "You heard General VanHerck talk about this last
/// night."): whom it names, as a report of its pronoun and what follows
/// (never a claim of its own), so that the caller resolves them and reads
/// the next sentence as their words ([`pointed_content`]).
pub fn points_ahead(s: &str) -> Option<Report> {
    // (asked of every sentence that reports nothing: most have no verb of
    // talking, and are not tokenized again)
    if !(s.contains("talk") || s.contains("spok") || s.contains("speak")) {
        return None;
    }
    let toks = tokens(s, 0);
    let (subject, k) = clause::points_ahead(&toks)?;
    let mut out = Vec::new();
    push(
        &mut out,
        s,
        toks[k].start..s.len(),
        subject,
        ReportKind::Indirect,
    );
    out.pop()
}

/// Words that open a sentence in the speaker's own voice ("And I think
/// …", "We need to …", "Let me …"): no one else's words after
/// [`points_ahead`].
const OWN_VOICE: [&str; 14] = [
    "i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "we'll", "our", "my", "let",
    "let's",
];

/// The sentence after one that [`points_ahead`], as the words of whom it
/// named: a statement (not a question or an exclamation) that does not
/// open in the speaker's own voice ([`OWN_VOICE`], after "and", "but" or
/// "so"). "He talked about this. They looked at other options to try to
/// bring them down, to include gunfire." `who` is left empty for the
/// caller.
pub fn pointed_content(s: &str) -> Option<Report> {
    let toks = tokens(s, 0);
    let last = toks.last()?;
    if !last.text.ends_with('.') || toks.len() < clause::MIN_CONTENT_TOKENS {
        return None;
    }
    let first = toks
        .iter()
        .map(|t| {
            t.word()
                .replace(crate::text::chars::is_word_apostrophe, "'")
        })
        .find(|w| !matches!(w.as_str(), "and" | "but" | "so" | "now"))?;
    if OWN_VOICE.contains(&first.as_str()) {
        return None;
    }
    let range = trim_range(s, 0..s.len());
    (!range.is_empty()).then(|| Report {
        range,
        who: Vec::new(),
        refers: Refers::Named,
        kind: ReportKind::Indirect,
    })
}

/// Whether the reported words at `range` of sentence `s` are quoted or
/// hold a quotation: the report quotes its speaker, so the next
/// sentence's unattributed quotations may go on quoting them
/// ([`continued_quotations`]).
pub fn quotes_words(s: &str, range: Range<usize>) -> bool {
    let mark = |c: char| {
        c == '"'
            || crate::text::chars::is_open_double_quote(c)
            || crate::text::chars::is_close_double_quote(c)
    };
    s[range.clone()].chars().any(mark) || s[..range.start].chars().next_back().is_some_and(mark)
}

/// "Now, Governor Romney just said, you know he wants to help those young
/// people too, but during the Republican primary, he said, “I will veto
/// the DREAM Act”": indirect speech before the first quotation (at byte
/// `open`) is reported too, up to the ", but" that leaves it. What runs
/// into the quotation is its frame ("said the following about …:"), no
/// report.
fn indirect_before_quote(s: &str, open: usize, out: &mut Vec<Report>) {
    let mut before = Vec::new();
    indirect(&s[..open], &mut before);
    for mut r in before {
        let Some(cut) = s[r.range.clone()]
            .match_indices(", ")
            .map(|(i, _)| r.range.start + i)
            .find(|&i| {
                // "…, but", or a restart: "he's a big coal guy, I mean, keep
                // in mind, …, you … said, “This plant kills,”".
                let mut next = s[i + 2..].split_whitespace();
                let first = next.next().unwrap_or("");
                matches!(first, "but" | "and" | "so" | "while")
                    || first == "I" && next.next() == Some("mean,")
            })
        else {
            continue;
        };
        r.range.end = cut;
        if !out
            .iter()
            .any(|o| o.range.start < r.range.end && r.range.start < o.range.end)
        {
            out.push(r);
        }
    }
    out.sort_by_key(|r| r.range.start);
}

/// Whether the clause comma of `filler[k]` (the words between a speech
/// verb and its quotation) ends the verb's own comma before an inserted
/// "quote," or "you know,", or ends that insertion.
fn inserted_before_quote(filler: &[tokens::Tok<'_>], k: usize) -> bool {
    let inserted = |j: usize| {
        filler.get(j).is_some_and(|t| t.word() == "quote")
            || (filler.get(j).is_some_and(|t| t.word() == "you")
                && filler.get(j + 1).is_some_and(|t| t.word() == "know"))
    };
    // "said, quote, “": the comma before "quote" and the one after it;
    // "earlier, you know, “": before "you know" and after "know".
    inserted(k + 1)
        || filler[k].word() == "quote"
        || (filler[k].word() == "know" && k > 0 && filler[k - 1].word() == "you")
}

/// The subject of the rightmost speech verb before a quotation, with at
/// most a short filler between the verb and the quote ("the following
/// about … :"); `Subject::None` when there is none. "adding" after a quote
/// with a subject refers back to it.
fn verb_subject_before(toks: &[tokens::Tok<'_>], last_subject_people: bool) -> Subject {
    for v in (0..toks.len()).rev() {
        if toks.len() - v > MAX_VERB_TO_QUOTE {
            break;
        }
        // The filler is one phrase: no sentence end, no clause comma (but
        // the comma or colon right before the quote, and those of an
        // inserted "quote," or "you know,": "said, quote, “…”", "you said
        // earlier, you know, “…”").
        let filler = &toks[v + 1..];
        let n = filler.len();
        if filler
            .iter()
            .any(|t| t.text.ends_with(['.', '?', '!', ';']))
            || filler
                .iter()
                .enumerate()
                .take(n.saturating_sub(1))
                .any(|(k, t)| t.ends_clause() && !inserted_before_quote(filler, k))
        {
            break;
        }
        if is_verb(toks, v) {
            if clause::is_passive(toks, v) {
                return Subject::None;
            }
            return if toks[v].word() == "adding" && last_subject_people {
                Subject::Pronoun
            } else if let Some(k) = tokens::aspect_start(toks, v) {
                // "He keeps saying, “…”", "the Chinese were quick to say “…”".
                subject_before(toks, k)
            } else {
                match subject_before(toks, v) {
                    // "And we said, “Why not cut out the middleman?”": the
                    // speaker's side (see `clause::we_said`).
                    Subject::None if clause::we_said(toks, v) => Subject::SelfRef,
                    found => found,
                }
            };
        }
    }
    Subject::None
}

/// Quotation marks and the punctuation that frames reported words.
fn is_frame_mark(c: char) -> bool {
    use crate::text::chars::{is_dash, is_quotation_mark};
    c.is_whitespace()
        || is_quotation_mark(c)
        || is_dash(c)
        || matches!(c, ',' | ':' | ';' | '.' | '(' | ')')
}

/// The form of report `rep` of sentence `s`: `indirect`, or for quoted
/// words `direct` when they stand as a sentence of their own (a capital
/// first, after the sentence's start, a comma, colon or dash, or a verb of
/// saying: "she said, “I've been out of work since May.”") and
/// `fragment` when they are a phrase of the reporter's sentence
/// ("Governor Romney, “wrong and reckless” policies?", "the “irrefutable
/// proof” he had said they have").
pub fn report_form(s: &str, rep: &Report) -> &'static str {
    if rep.kind == ReportKind::Indirect {
        return "indirect";
    }
    let words = &s[rep.range.clone()];
    let capital = words
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let before = s[..rep.range.start]
        .trim_end_matches(|c: char| c.is_whitespace() || crate::text::chars::is_opening_quote(c));
    let opens = match before.chars().last() {
        None => true,
        Some(',' | ':' | ';' | '.' | '?' | '!') => true,
        Some(c) if crate::text::chars::is_dash(c) => true,
        Some(_) => {
            let last = before
                .split_whitespace()
                .last()
                .unwrap_or("")
                .to_lowercase();
            let last = last.trim_matches(|c: char| !c.is_alphanumeric());
            words::SPEECH_VERBS.contains(&last) || last == "quote"
        }
    };
    let after = s[rep.range.end..]
        .trim_start_matches(|c: char| c.is_whitespace() || crate::text::chars::is_closing_quote(c));
    // "“wrong and reckless” policies": the sentence goes on with no mark
    let goes_on = after.chars().next().is_some_and(char::is_lowercase);
    if capital && opens && !goes_on {
        "direct"
    } else {
        "fragment"
    }
}

/// [`report_form`] and [`attribution`] of report `rep` of sentence `s`,
/// whose reports span `spans`.
pub fn form_and_attribution(
    s: &str,
    rep: &Report,
    spans: &[Range<usize>],
) -> (Option<&'static str>, Option<String>) {
    (
        Some(report_form(s, rep)),
        attribution(s, rep.range.clone(), spans),
    )
}

/// Longest attribution kept, in characters: the words nearest the report.
const MAX_ATTRIBUTION_CHARS: usize = 160;

/// The words of sentence `s` that attribute the report at `range`: those
/// between it and the reports next to it (`spans`: the ranges of the
/// sentence's reports), before and after, without the marks that frame it
/// and a "that" that only opens it ("the President said", "“We will
/// win,” he said" → "he said"). `None` when no words remain.
pub fn attribution(s: &str, range: Range<usize>, spans: &[Range<usize>]) -> Option<String> {
    let from = spans
        .iter()
        .filter(|r| r.end <= range.start)
        .map(|r| r.end)
        .max()
        .unwrap_or(0);
    let to = spans
        .iter()
        .filter(|r| r.start >= range.end && r.start > range.start)
        .map(|r| r.start)
        .min()
        .unwrap_or(s.len());
    let clean = |t: &str| -> String {
        let t = t.trim_matches(is_frame_mark);
        let t = t
            .strip_suffix(" that")
            .or_else(|| t.strip_suffix(" That"))
            .unwrap_or(t);
        t.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let before = clean(s.get(from..range.start).unwrap_or(""));
    let after = clean(s.get(range.end..to.max(range.end)).unwrap_or(""));
    // the words nearest the report, from a clause's start
    let before = match before.char_indices().rev().nth(MAX_ATTRIBUTION_CHARS) {
        Some((i, _)) => {
            let cut = before[i..]
                .find(|c: char| c.is_whitespace())
                .map_or(i, |k| i + k);
            before[cut..].trim().to_string()
        }
        None => before,
    };
    let after = match after.char_indices().nth(MAX_ATTRIBUTION_CHARS) {
        Some((i, _)) => after[..after[..i].rfind(' ').unwrap_or(i)].to_string(),
        None => after,
    };
    let joined = match (before.is_empty(), after.is_empty()) {
        // "She said, “I've been out of work since May. Can you help
        // me?”": the second sentence has the first one's frame
        (true, true) => {
            let previous = spans
                .iter()
                .filter(|r| r.end <= range.start && r.start < range.start)
                .max_by_key(|r| r.end)?;
            return attribution(s, previous.clone(), spans);
        }
        (false, true) => before,
        (true, false) => after,
        (false, false) => format!("{before} … {after}"),
    };
    Some(joined)
}

#[cfg(test)]
mod tests;
