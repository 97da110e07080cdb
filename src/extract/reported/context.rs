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
//! - **"the President"**, **"the governor"**, **"the NORTHCOM commander"**:
//!   the person the document most often names with that title ("President
//!   Biden", "Governor Romney"); ties go to the first named.
//! - **"my opponent"**: the other speaker who answers most in the document.

use std::collections::HashMap;

use super::subject::is_name_word;
use super::tokens::tokens;
use super::words::NOT_NAME_STARTS;
use crate::model::{Role, Segmented};
use crate::text::names;

/// Turns looked back over for another answering speaker whom "you" means.
const ADDRESSEE_LOOKBACK: usize = 4;
/// Most name words after a title ("President Luiz Inácio Lula").
const MAX_NAME_WORDS: usize = 3;
/// A named speaker with at least this share of question turns is a
/// questioner (a moderator): debaters answering them address each other.
const QUESTIONER_SHARE_NUM: usize = 1;
const QUESTIONER_SHARE_DEN: usize = 3;

/// What a document says about who holds which title.
pub struct DocContext<'a> {
    seg: &'a Segmented,
    /// Lower-case title words ("president", "vice president") → the name
    /// most often written after them.
    titled: HashMap<String, String>,
    /// Speakers (as written) who mostly ask: moderators, interviewers.
    questioners: Vec<String>,
}

impl<'a> DocContext<'a> {
    /// Reads the titled names of a document's text.
    pub fn new(text: &str, seg: &'a Segmented) -> Self {
        let toks = tokens(text, 0);
        // title → name → (count, first position)
        let mut counts: HashMap<String, HashMap<String, (usize, usize)>> = HashMap::new();
        let mut i = 0;
        while i < toks.len() {
            if !names::is_role_word(toks[i].bare()) || toks[i].ends_clause() {
                i += 1;
                continue;
            }
            // The run of role words ending at j - 1, then the name.
            let start = i;
            let mut j = i;
            while j < toks.len() && names::is_role_word(toks[j].bare()) && !toks[j].ends_clause() {
                j += 1;
            }
            let mut k = j;
            while k < toks.len()
                && k - j < MAX_NAME_WORDS
                && is_name_word(&toks[k])
                && !names::is_role_word(toks[k].bare())
                && !NOT_NAME_STARTS.contains(&toks[k].word().as_str())
            {
                k += 1;
                if toks[k - 1].ends_clause() || toks[k - 1].text.ends_with(['.', '?', '!']) {
                    break;
                }
            }
            if k > j {
                let title = toks[start..j]
                    .iter()
                    .map(|t| t.word())
                    .collect::<Vec<_>>()
                    .join(" ");
                let name = toks[j..k]
                    .iter()
                    .map(|t| names::strip_possessive(t.bare()).trim_end_matches('.'))
                    .collect::<Vec<_>>()
                    .join(" ");
                let e = counts
                    .entry(title)
                    .or_default()
                    .entry(name)
                    .or_insert((0, start));
                e.0 += 1;
            }
            i = k.max(j);
        }
        // A speaker of the document holding the title is the one meant ("the
        // president" in a debate with the president), else the name most
        // often written after it.
        let speaker_surnames: Vec<String> = seg
            .turns
            .iter()
            .filter_map(|t| t.speaker_as_written.as_deref())
            .filter_map(|w| w.split_whitespace().last())
            .map(str::to_lowercase)
            .collect();
        let is_speaker = |n: &str| {
            n.split_whitespace()
                .last()
                .is_some_and(|l| speaker_surnames.contains(&l.to_lowercase()))
        };
        let titled = counts
            .into_iter()
            .filter_map(|(title, names)| {
                names
                    .into_iter()
                    .max_by(|a, b| {
                        is_speaker(&a.0)
                            .cmp(&is_speaker(&b.0))
                            .then(a.1.0.cmp(&b.1.0))
                            .then(b.1.1.cmp(&a.1.1))
                    })
                    .map(|(n, _)| (title, n))
            })
            .collect();
        let mut turns_by: HashMap<&str, (usize, usize)> = HashMap::new();
        for t in &seg.turns {
            if let Some(s) = t.speaker_as_written.as_deref() {
                let e = turns_by.entry(s).or_default();
                e.0 += 1;
                e.1 += usize::from(t.role == Role::Question);
            }
        }
        let questioners = turns_by
            .into_iter()
            .filter(|(_, (n, q))| q * QUESTIONER_SHARE_DEN >= n * QUESTIONER_SHARE_NUM)
            .map(|(s, _)| s.to_string())
            .collect();
        DocContext {
            seg,
            titled,
            questioners,
        }
    }

    /// The speaker (as written) whom "you" means in turn `turn`.
    pub fn addressee(&self, turn: usize) -> Option<String> {
        let turns = &self.seg.turns;
        let me = turns.get(turn)?;
        let other = |t: &&crate::model::Turn| {
            t.speaker_as_written.is_some() && t.speaker_as_written != me.speaker_as_written
        };
        if me.role == Role::Question {
            return turns[turn + 1..]
                .iter()
                .find(other)
                .and_then(|t| t.speaker_as_written.clone());
        }
        let recent = &turns[turn.saturating_sub(ADDRESSEE_LOOKBACK)..turn];
        if let Some(t) = recent.iter().rev().filter(other).find(|t| {
            t.role != Role::Question
                && !t
                    .speaker_as_written
                    .as_ref()
                    .is_some_and(|s| self.questioners.contains(s))
        }) {
            return t.speaker_as_written.clone();
        }
        let prev = turn.checked_sub(1).map(|p| &turns[p])?;
        if prev.speaker_as_written == me.speaker_as_written {
            None
        } else if prev.speaker_as_written.is_none() && prev.role == Role::Question {
            Some(super::UNNAMED_QUESTIONER.to_string())
        } else {
            prev.speaker_as_written.clone()
        }
    }

    /// The person a definite description means in turn `turn`: the name
    /// most often written after the title, or for "opponent" the other
    /// speaker who answers most.
    pub fn described(&self, description: &str, turn: usize) -> Option<String> {
        if description == "opponent" {
            let me = self.seg.turns.get(turn)?.speaker_as_written.as_ref();
            let mut answers: HashMap<&str, (usize, usize)> = HashMap::new();
            for (i, t) in self.seg.turns.iter().enumerate() {
                if let Some(s) = &t.speaker_as_written
                    && Some(s) != me
                    && t.role == Role::Answer
                {
                    answers.entry(s).or_insert((0, i)).0 += 1;
                }
            }
            return answers
                .into_iter()
                .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)))
                .map(|(s, _)| s.to_string());
        }
        self.titled.get(description).cloned()
    }
}
