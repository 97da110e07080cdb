//! Whom "you", "the President" and "my opponent" mean in a document.
//!
//! Reported speech often names its speaker only by their part in the
//! conversation. The document says who that is:
//!
//! - **"you"** is the person the speaker addresses. In a question, the
//!   person who answers it (the next turn by someone else). In an answer or
//!   statement, another answering speaker of the last few turns (debaters
//!   address each other: "You said you'd cut the deficit in half"), else the
//!   person whose turn came just before, when the transcript names them.
//!   An unnamed questioner ("Q") is [`super::UNNAMED_QUESTIONER`].
//! - **"the President"**, **"the governor"**: a speaker of the document
//!   named with that title ("the president" in a debate with the
//!   president), else the person the corpus most often names with it
//!   ("President Biden" across a week of briefings, though one briefing
//!   names a visiting president more often).
//! - **"my opponent"**: the other speaker who answers most in the document.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use super::subject::is_name_word;
use super::tokens::tokens;
use super::words::NOT_NAME_STARTS;
use crate::model::{Role, Segmented};
use crate::text::chars::{is_dash, is_hyphen};
use crate::text::gazetteer::Gazetteer;
use crate::text::names;

/// Turns looked back over for another answering speaker whom "you" means.
const ADDRESSEE_LOOKBACK: usize = 4;
/// Most name words after a title ("President Luiz Inácio Lula").
const MAX_NAME_WORDS: usize = 3;
/// A named speaker with at least this share of question turns is a
/// questioner (a moderator): debaters answering them address each other.
const QUESTIONER_SHARE_NUM: usize = 1;
const QUESTIONER_SHARE_DEN: usize = 3;
/// A named speaker with at least this share of all answer turns is a
/// principal answerer (a debater, the official at the podium).
const ANSWERER_SHARE_NUM: usize = 1;
const ANSWERER_SHARE_DEN: usize = 5;

/// How often each name is written after each title ("president" →
/// "Biden" → 12), in one document or, merged, in the corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Titles(BTreeMap<String, BTreeMap<String, usize>>);

impl Titles {
    /// The titled names of one text: a run of role words followed by up to
    /// three name words ("President Biden", "Vice President Harris").
    pub fn of_text(text: &str) -> Titles {
        let toks = tokens(text, 0);
        let mut counts: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        let mut i = 0;
        while i < toks.len() {
            if !names::is_role_word(toks[i].bare()) || toks[i].ends_clause() {
                i += 1;
                continue;
            }
            let start = i;
            let mut j = i;
            while j < toks.len() && names::is_role_word(toks[j].bare()) && !toks[j].ends_clause() {
                j += 1;
            }
            // "… for the Secretary-General. Good afternoon.": a title that
            // ends a sentence names no one after it ("Gen. Milley" does).
            let last = toks[j - 1].text;
            if last.ends_with(['?', '!'])
                || (last.ends_with('.') && !crate::segment::sentences::is_person_abbreviation(last))
            {
                i = j;
                continue;
            }
            // "Commander of NORTHCOM and NORAD, General VanHerck": the
            // organisation is part of the title, a comma and titles before
            // the name
            let mut title_end = j;
            if let Some((org_end, name_start)) = organisation_of(&toks, j) {
                title_end = org_end;
                j = name_start;
            }
            let mut k = j;
            while k < toks.len()
                && k - j < MAX_NAME_WORDS
                && is_name_word(&toks[k])
                && !names::is_role_word(toks[k].bare())
                && !NOT_NAME_STARTS.contains(&toks[k].word().as_ref())
            {
                k += 1;
                if toks[k - 1].ends_clause() || toks[k - 1].text.ends_with(['.', '?', '!']) {
                    break;
                }
            }
            if k > j {
                let title = toks[start..title_end]
                    .iter()
                    .map(|t| t.word())
                    .collect::<Vec<_>>()
                    .join(" ");
                let name = toks[j..k]
                    .iter()
                    .map(|t| names::strip_possessive(t.bare()).trim_end_matches('.'))
                    .collect::<Vec<_>>()
                    .join(" ");
                *counts.entry(title).or_default().entry(name).or_default() += 1;
            }
            i = k.max(j);
        }
        Titles(counts)
    }

    /// Adds another text's counts.
    pub fn merge(&mut self, other: &Titles) {
        for (title, names) in &other.0 {
            let e = self.0.entry(title.clone()).or_default();
            for (n, c) in names {
                *e.entry(n.clone()).or_default() += c;
            }
        }
    }
}

/// The names written after the title that a description without "of"
/// means ("the NORAD Commander", "the NORTHCOM commander" → "Commander of
/// NORTHCOM and NORAD"): its last word opens the title, its other words
/// name the organisation. The first such title in order.
fn organisation_title<'a>(
    corpus: &'a Titles,
    description: &str,
) -> Option<&'a BTreeMap<String, usize>> {
    let words: Vec<&str> = description.split_whitespace().collect();
    let (head, rest) = words.split_last()?;
    if rest.is_empty() {
        return None;
    }
    corpus.0.iter().find_map(|(title, names)| {
        let (role, org) = title.split_once(" of ")?;
        let org: Vec<&str> = org.split_whitespace().collect();
        (role == *head && rest.iter().all(|w| org.contains(w))).then_some(names)
    })
}

/// Most words of the organisation in a title ("Commander of NORTHCOM and
/// NORAD").
const MAX_ORGANISATION_WORDS: usize = 6;

/// After a title's role words ending at `j`, "of" and an organisation
/// (name words, "and", "the", "of"), then the name: after a comma and
/// role words ("… of NORTHCOM and NORAD, General VanHerck"), or without a
/// comma its last word ("Secretary of Defense Austin"), unless the words
/// are one organisation or place ("President of the United States"). Returns
/// where the organisation ends and where the name (after its role words)
/// starts.
fn organisation_of(toks: &[super::tokens::Tok<'_>], j: usize) -> Option<(usize, usize)> {
    if toks.get(j)?.word() != "of" || toks[j].ends_clause() {
        return None;
    }
    let mut m = j + 1;
    let mut comma = false;
    while m < toks.len() && m - j <= MAX_ORGANISATION_WORDS {
        let t = &toks[m];
        let connector = matches!(t.word().as_ref(), "and" | "the" | "of");
        if !connector && !is_name_word(t) {
            break;
        }
        m += 1;
        comma = t.text.ends_with(',');
        if comma || t.ends_clause() {
            break;
        }
    }
    if m == j + 1 || !is_name_word(&toks[m - 1]) {
        return None;
    }
    if comma {
        let mut n = m;
        while n < toks.len() && names::is_role_word(toks[n].bare()) && !toks[n].ends_clause() {
            n += 1;
        }
        if toks.get(n).is_some_and(is_name_word) {
            return Some((m, n));
        }
    }
    let words: Vec<&str> = toks[j + 1..m]
        .iter()
        .map(|t| t.text.trim_end_matches(['.', ',', ';', ':', '?', '!']))
        .collect();
    let named = toks[j + 1..m].iter().filter(|t| is_name_word(t)).count();
    let one_thing = Gazetteer::builtin().lookup(&words.join(" ")).is_some();
    (named >= 2 && !one_thing).then_some((m - 1, m - 1))
}

/// What a document says about who holds which title.
pub struct DocContext<'a> {
    seg: &'a Segmented,
    /// The titled names of the corpus.
    corpus: &'a Titles,
    /// Every title looked up in `corpus` and the name it gave: all the
    /// document's extraction took from the rest of the corpus.
    used: RefCell<BTreeMap<String, Option<String>>>,
    /// Speakers (as written) who mostly ask: moderators, interviewers.
    questioners: Vec<String>,
    /// Speakers (as written) with a large share of the answers: the
    /// debaters, the officials at the podium.
    answerers: Vec<String>,
    /// Last words of the speakers' names, lower-case.
    speaker_surnames: Vec<String>,
    /// The vocative opening each turn ("Governor Romney, …"), resolved.
    turn_vocatives: Vec<Option<String>>,
    /// The first speaker (as written) by the last word of their name.
    speakers_by_last_word: HashMap<&'a str, &'a str>,
    /// The first speaker (as written) by their label in lower case, a
    /// leading "the " dropped ("The Secretary-General:" →
    /// "secretary-general"): read once, so a description is looked up in
    /// constant time however many turns the document has.
    by_label: HashMap<String, &'a str>,
    /// Each answering speaker (as written), their answers and their first
    /// answer's turn.
    answer_counts: Vec<(&'a str, usize, usize)>,
    /// Each country's delegate, as looked up.
    delegates: RefCell<HashMap<String, Option<String>>>,
}

impl<'a> DocContext<'a> {
    /// Reads who holds which title from the document, preferring its own
    /// speakers, then the names the whole corpus gives most often
    /// (`corpus`: the merged [`Titles`] of every document).
    pub fn new(text: &str, seg: &'a Segmented, corpus: &'a Titles) -> Self {
        let speaker_surnames = speaker_surnames(seg);
        // Turns, questions and answers per speaker. A moderator's turns
        // are questions and statements ("Let me get the governor in
        // here"), never answers, so a moderator is not taken for the
        // person a candidate answers.
        let mut turns_by: HashMap<&str, (usize, usize, usize)> = HashMap::new();
        for t in &seg.turns {
            if let Some(s) = t.speaker_as_written.as_deref() {
                let e = turns_by.entry(s).or_default();
                e.0 += 1;
                e.1 += usize::from(t.role == Role::Question);
                e.2 += usize::from(t.role == Role::Answer);
            }
        }
        let questioners = turns_by
            .iter()
            .filter(|(_, (n, q, _))| q * QUESTIONER_SHARE_DEN >= n * QUESTIONER_SHARE_NUM)
            .map(|(s, _)| s.to_string())
            .collect();
        let answers = turns_by.values().map(|(_, _, a)| a).sum::<usize>();
        let answerers = turns_by
            .iter()
            .filter(|(_, (_, _, a))| a * ANSWERER_SHARE_DEN >= answers * ANSWERER_SHARE_NUM)
            .map(|(s, _)| s.to_string())
            .collect();
        let mut speakers_by_last_word = HashMap::new();
        let mut by_label = HashMap::new();
        let mut answer_at: HashMap<&str, usize> = HashMap::new();
        let mut answer_counts: Vec<(&str, usize, usize)> = Vec::new();
        for (i, t) in seg.turns.iter().enumerate() {
            let Some(s) = t.speaker_as_written.as_deref() else {
                continue;
            };
            if let Some(last) = s.split_whitespace().last() {
                speakers_by_last_word.entry(last).or_insert(s);
            }
            let l = s.trim().to_lowercase();
            let key = l.strip_prefix("the ").map(str::to_string).unwrap_or(l);
            by_label.entry(key).or_insert(s);
            if t.role == Role::Answer {
                let k = *answer_at.entry(s).or_insert_with(|| {
                    answer_counts.push((s, 0, i));
                    answer_counts.len() - 1
                });
                answer_counts[k].1 += 1;
            }
        }
        let mut ctx = DocContext {
            seg,
            corpus,
            used: RefCell::new(BTreeMap::new()),
            questioners,
            answerers,
            speaker_surnames,
            turn_vocatives: Vec::new(),
            speakers_by_last_word,
            by_label,
            answer_counts,
            delegates: RefCell::new(HashMap::new()),
        };
        let mut firsts: Vec<Option<&str>> = vec![None; seg.turns.len()];
        for p in &seg.paragraphs {
            if let Some(t) = p.turn
                && firsts[t].is_none()
                && p.kind == crate::model::ParaKind::Speech
            {
                firsts[t] = Some(&text[p.body.clone()]);
            }
        }
        ctx.turn_vocatives = firsts
            .into_iter()
            .map(|f| f.and_then(|f| ctx.vocative(f)))
            .collect();
        ctx
    }

    /// The speaker whom a vocative at the start of `s` names, when it is a
    /// speaker of the document ("Governor Romney, you have stated that …",
    /// "Mr. President, you said …"); first names alone are not resolved.
    fn vocative(&self, s: &str) -> Option<String> {
        let toks = tokens(s, 0);
        let mut first = 0;
        // "But - but Mr. President, you're saying …": openers, and the
        // dashes of a restart, come before the vocative.
        while toks.get(first).is_some_and(|t| {
            matches!(
                t.word().as_ref(),
                "and" | "but" | "so" | "well" | "now" | "q"
            ) || t.text.chars().all(|c| is_dash(c) || is_hyphen(c))
        }) {
            first += 1;
        }
        let end = (first..toks.len().min(first + MAX_NAME_WORDS + 1))
            .find(|&k| toks[k].text.ends_with(','))?;
        let run = &toks[first..=end];
        if !run
            .iter()
            .all(|t| is_name_word(t) || names::is_honorific(t.bare()))
        {
            return None;
        }
        let last = names::strip_possessive(run[run.len() - 1].bare()).to_lowercase();
        if names::is_role_word(&last) {
            let roles: Vec<String> = run
                .iter()
                .filter(|t| names::is_role_word(t.bare()))
                .map(|t| t.word().into_owned())
                .collect();
            return self.holder(&roles.join(" "));
        }
        self.speaker_surnames.contains(&last).then(|| {
            run.iter()
                .map(|t| t.text.trim_end_matches(','))
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    /// The speaker (as written) whom "you" means in a sentence of turn
    /// `turn`: a vocative in the sentence or at the start of the turn, else
    /// from turn-taking.
    pub fn addressee(&self, turn: usize, sentence: &str) -> Option<String> {
        if let Some(v) = self.vocative(sentence) {
            return Some(v);
        }
        if let Some(Some(v)) = self.turn_vocatives.get(turn) {
            return Some(v.clone());
        }
        let turns = &self.seg.turns;
        let me = turns.get(turn)?;
        let other = |t: &&crate::model::Turn| {
            t.speaker_as_written.is_some() && t.speaker_as_written != me.speaker_as_written
        };
        // A question, or the turn that opens the document ("Mr. Secretary,
        // two weeks ago you said that …" to open an interview), talks to
        // whoever speaks next.
        if me.role == Role::Question || turn == 0 {
            return turns[turn + 1..]
                .iter()
                .find(other)
                .and_then(|t| t.speaker_as_written.clone());
        }
        let prev = &turns[turn - 1];
        // An answer to an unnamed questioner ("Q") talks to them, even where
        // another official answers too (a briefing's guest after the press
        // secretary).
        if prev.speaker_as_written.is_none() && prev.role == Role::Question {
            return Some(super::UNNAMED_QUESTIONER.to_string());
        }
        let recent = &turns[turn.saturating_sub(ADDRESSEE_LOOKBACK)..turn];
        if let Some(t) = recent.iter().rev().filter(other).find(|t| {
            t.speaker_as_written
                .as_ref()
                .is_some_and(|s| self.answerers.contains(s) && !self.questioners.contains(s))
        }) {
            return t.speaker_as_written.clone();
        }
        if prev.speaker_as_written == me.speaker_as_written {
            None
        } else {
            prev.speaker_as_written.clone()
        }
    }

    /// The person a definite description means in turn `turn`: the name
    /// most often written after the title, or for "opponent" the other
    /// speaker who answers most.
    pub fn described(&self, description: &str, turn: usize) -> Option<String> {
        if description == "opponent" {
            let me = self.seg.turns.get(turn)?.speaker_as_written.as_deref();
            return self
                .answer_counts
                .iter()
                .filter(|(s, _, _)| Some(*s) != me)
                .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
                .map(|(s, _, _)| s.to_string());
        }
        if let Some(country) = description.strip_prefix(super::subject::DELEGATE_OF) {
            if let Some(known) = self.delegates.borrow().get(country) {
                return known.clone();
            }
            let found = self.delegate(country);
            self.delegates
                .borrow_mut()
                .insert(country.to_string(), found.clone());
            return found;
        }
        if description == super::subject::ADMINISTRATION {
            return self.administration(turn);
        }
        if let Some(kin) = description.strip_prefix(super::subject::KIN_OF) {
            let me = self.seg.turns.get(turn)?.speaker_as_written.as_ref()?;
            return Some(crate::extract::speakers::kin_of(me, kin));
        }
        self.holder(description)
            .or_else(|| self.labelled(description))
            .or_else(|| {
                // "the secretary of defense" that no one here is named
                // for: its holder on the document's date.
                let date = self.seg.meta.date?;
                crate::text::offices::holder(description, date).map(str::to_string)
            })
    }

    /// Whose "the administration" is: "administration" for a government
    /// is American usage, so the U.S. president's on the document's date
    /// ("Biden administration"), when "the president" in the document
    /// means him too (a Russian briefing's "the President" is Putin, and
    /// its "the administration" may be anyone's).
    fn administration(&self, turn: usize) -> Option<String> {
        let surname = |name: &str| {
            name.split_whitespace()
                .rev()
                .find(|w| !w.ends_with('.') && !matches!(*w, "II" | "III" | "IV"))
                .map(str::to_string)
        };
        let us = crate::text::offices::holder("us president", self.seg.meta.date?)?;
        let president = self.described("president", turn)?;
        let us = surname(us)?;
        (surname(&president)? == us).then(|| format!("{us} administration"))
    }

    /// The document's speaker (as written) whose name ends as `name` does
    /// ("Governor Romney" → "W Mitt Romney"), when one does.
    pub fn speaker_ending_as(&self, name: &str) -> Option<&str> {
        let last = name.split_whitespace().last()?;
        self.speakers_by_last_word.get(last).copied()
    }

    /// The speaker whose label names `country` in parentheses, as a
    /// council's record writes its delegates ("Mr. Zhang Jun (China):"),
    /// when exactly one does.
    fn delegate(&self, country: &str) -> Option<String> {
        use crate::text::gazetteer::Gazetteer;
        let mut found = self.seg.turns.iter().filter_map(|t| {
            let label = t.label.as_deref()?;
            let inner = label.rsplit_once('(')?.1.split_once(')')?.0;
            (Gazetteer::builtin()
                .lookup(inner.trim())
                .is_some_and(|e| e.canonical == country))
            .then(|| t.speaker_as_written.clone())
            .flatten()
        });
        let first = found.next()?;
        found.all(|o| o == first).then_some(first)
    }

    /// The speaker whose label is the description itself ("The
    /// Secretary-General:", "THE CHAIRMAN.", "The President:" in a
    /// council's record): "the Secretary-General said" means them where
    /// no name is written after the title.
    fn labelled(&self, description: &str) -> Option<String> {
        self.by_label.get(description).map(|s| s.to_string())
    }

    /// The name a title means here (lower-case title words: "president",
    /// "vice president"), recorded in the lookups.
    fn holder(&self, title: &str) -> Option<String> {
        if let Some(known) = self.used.borrow().get(title) {
            return known.clone();
        }
        let name = holder(self.corpus, title, &self.speaker_surnames);
        self.used
            .borrow_mut()
            .insert(title.to_string(), name.clone());
        name
    }

    /// The titles looked up in the corpus and their answers.
    pub fn into_lookups(self) -> TitleLookups {
        TitleLookups(self.used.into_inner())
    }
}

/// What a document's extraction took from the corpus: each title it looked
/// up and the name that came back. Extraction is a pure function of the
/// document and these answers, so when the corpus gives the same answers
/// the document's claims are unchanged.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TitleLookups(pub BTreeMap<String, Option<String>>);

impl TitleLookups {
    /// Whether `corpus` still gives every recorded answer for the document
    /// segmented as `seg`.
    pub fn still_hold(&self, corpus: &Titles, seg: &Segmented) -> bool {
        let surnames = speaker_surnames(seg);
        self.0
            .iter()
            .all(|(title, name)| holder(corpus, title, &surnames) == *name)
    }
}

/// The name a title ("president", lower-case title words) means in a
/// document whose speakers have `surnames` ([`speaker_surnames`]): its own
/// speakers first, then the name the corpus writes most often after the
/// title.
pub fn title_holder(corpus: &Titles, title: &str, surnames: &[String]) -> Option<String> {
    holder(corpus, title, surnames)
}

/// Last words of the document's speakers' names, lower-case, each once
/// (sorted): computed once per document, not per turn or per claim, since
/// a big document has many thousand turns.
pub fn speaker_surnames(seg: &Segmented) -> Vec<String> {
    let mut s: Vec<String> = seg
        .turns
        .iter()
        .filter_map(|t| t.speaker_as_written.as_deref())
        .filter_map(|w| w.split_whitespace().last())
        .map(str::to_lowercase)
        .collect();
    s.sort_unstable();
    s.dedup();
    s
}

/// The name `title` means in a document whose speakers have `surnames`: a
/// speaker of the document holding the title ("the president" in a debate
/// with the president), else the name most often written after it.
fn holder(corpus: &Titles, title: &str, surnames: &[String]) -> Option<String> {
    let is_speaker = |n: &str| {
        n.split_whitespace()
            .last()
            .is_some_and(|l| surnames.contains(&l.to_lowercase()))
    };
    let exact = corpus.0.get(title);
    let names = match exact {
        Some(n) => n,
        None => match organisation_title(corpus, title) {
            Some(n) => n,
            None => return place_title(corpus, title),
        },
    };
    names
        .iter()
        .max_by(|a, b| {
            is_speaker(a.0)
                .cmp(&is_speaker(b.0))
                .then(a.1.cmp(b.1))
                .then(b.0.cmp(a.0))
        })
        .map(|(n, _)| n.clone())
}

/// "the Ohio governor": a place and a title that no name is written
/// after. The name written after the title alone, when the corpus writes
/// only one person's name after it ("Governor DeWine", "Mike DeWine");
/// with two governors named, which one governs Ohio is not known.
fn place_title(corpus: &Titles, title: &str) -> Option<String> {
    use crate::text::gazetteer::{EntityKind, Gazetteer};
    let (place, role) = title.rsplit_once(' ')?;
    let place = place
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ");
    Gazetteer::builtin()
        .lookup(&place)
        .filter(|e| matches!(e.kind, EntityKind::Place | EntityKind::Country))?;
    let names = corpus.0.get(role)?;
    let surname = |n: &str| n.split_whitespace().last().unwrap_or("").to_string();
    let first = surname(names.keys().next()?);
    names
        .keys()
        .all(|n| surname(n) == first)
        .then(|| names.keys().max_by_key(|n| n.len()).cloned())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    // From the White House press briefing of 13 February 2023.
    const NORAD: &str = "Now, in light of the Chinese balloon program and this recent incursion into our airspace, the United States and Canada, through NORAD, have been more closely scrutinizing that airspace, including enhancing our radar capabilities, which — as the Commander of NORTHCOM and NORAD, General VanHerck, said last night — may at least partly explain the increase in the objects that have been detected.";

    #[test]
    fn a_place_and_a_title_mean_the_one_person_named_with_the_title() {
        // From the White House press briefing of 16 February 2023.
        let one = Titles::of_text(
            "President Biden spoke directly to Governor DeWine to offer federal assistance.",
        );
        assert_eq!(
            title_holder(&one, "ohio governor", &[]).as_deref(),
            Some("DeWine")
        );
        // not a place
        assert_eq!(title_holder(&one, "new governor", &[]), None);
        // two governors named: which one governs Ohio is not known
        let two = Titles::of_text(
            "President Biden spoke directly to Governor DeWine and to Governor Whitmer.",
        );
        assert_eq!(title_holder(&two, "ohio governor", &[]), None);
    }

    #[test]
    fn a_title_with_its_organisation_resolves_a_description() {
        let titles = Titles::of_text(NORAD);
        // "the NORAD Commander", "the NORTHCOM commander"
        assert_eq!(
            title_holder(&titles, "norad commander", &[]).as_deref(),
            Some("VanHerck")
        );
        assert_eq!(
            title_holder(&titles, "northcom commander", &[]).as_deref(),
            Some("VanHerck")
        );
        // the organisation must be named, and the role must be the same
        assert_eq!(title_holder(&titles, "commander", &[]), None);
        assert_eq!(title_holder(&titles, "norad director", &[]), None);
        assert_eq!(title_holder(&titles, "pentagon commander", &[]), None);
    }

    #[test]
    fn a_title_with_its_organisation_and_no_comma() {
        // From the White House press briefing of 13 February 2023.
        let titles = Titles::of_text(
            "Unfortunately, the Chinese military is not interested in talking to Secretary — Secretary of Defense Austin, but there are still ways to communicate.",
        );
        assert_eq!(
            title_holder(&titles, "defense secretary", &[]).as_deref(),
            Some("Austin")
        );
        // one organisation is not a name
        let titles = Titles::of_text("The President of the United States said so.");
        assert_eq!(title_holder(&titles, "united president", &[]), None);
    }
}
