//! Roles from form and turn-taking, for transcripts whose labels say only
//! who speaks (debates, hearings, interviews: `LEHRER:`, `ROMNEY:`), not
//! who asks.
//!
//! A speaker who ends most of their turns by asking something
//! ([`QUESTIONER_SHARE`]) is a questioner (a moderator, an interviewer, a
//! member of the audience): their turns that ask are questions, the others
//! statements ("Thank you, Governor."). Everyone else answers once a
//! question has been asked, and makes statements before. Transcripts with
//! question labels (`Q`, `Question:`) keep the roles their labels give.

use crate::model::{ParaKind, Role, Segmented};

/// Share of a speaker's turns that must end by asking for the speaker to
/// be a questioner. Candidates in a debate ask rhetorical questions too,
/// but in a minority of their turns; moderators ask in most of theirs.
pub const QUESTIONER_SHARE: f64 = 0.4;

/// Sentences at the end of a turn within which a question mark makes the
/// turn one that asks ("…, what would you do? You have two minutes.").
pub const ASKING_TAIL: usize = 3;

/// True when one of the last [`ASKING_TAIL`] sentences of `text` (split
/// as claims are, [`super::sentences::split`]) asks something.
fn asks(text: &str) -> bool {
    let sentences = super::sentences::split(text);
    sentences
        .iter()
        .rev()
        .take(ASKING_TAIL)
        .any(|r| text[r.clone()].contains('?'))
}

/// Sets question, answer and statement roles from form where no label
/// marks questions. `text` is the document's text.
pub fn from_form(seg: &mut Segmented, text: &str) {
    if seg.turns.iter().any(|t| t.role == Role::Question) {
        return;
    }
    let mut turn_text: Vec<String> = vec![String::new(); seg.turns.len()];
    for p in &seg.paragraphs {
        if let (ParaKind::Speech, Some(t)) = (p.kind, p.turn) {
            if let (Some(s), Some(body)) = (turn_text.get_mut(t), text.get(p.body.clone())) {
                s.push_str(body);
                s.push('\n');
            }
        }
    }
    let asking: Vec<bool> = turn_text.iter().map(|t| asks(t.trim_end())).collect();
    // per speaker: (turns, asking turns), in order of first appearance
    let mut speakers: Vec<(Option<String>, usize, usize)> = Vec::new();
    for (t, turn) in seg.turns.iter().enumerate() {
        if turn_text[t].is_empty() {
            continue;
        }
        let who = &turn.speaker_as_written;
        let i = match speakers.iter().position(|s| &s.0 == who) {
            Some(i) => i,
            None => {
                speakers.push((who.clone(), 0, 0));
                speakers.len() - 1
            }
        };
        speakers[i].1 += 1;
        speakers[i].2 += usize::from(asking[t]);
    }
    let questioner = |who: &Option<String>| {
        who.is_some()
            && speakers
                .iter()
                .find(|s| &s.0 == who)
                .is_some_and(|s| s.2 as f64 >= QUESTIONER_SHARE * s.1 as f64 && s.2 > 0)
    };
    if !speakers.iter().any(|s| questioner(&s.0)) {
        return;
    }
    let mut asked = false;
    for (t, turn) in seg.turns.iter_mut().enumerate() {
        turn.role = if questioner(&turn.speaker_as_written) {
            if asking[t] {
                asked = true;
                Role::Question
            } else {
                Role::Statement
            }
        } else if asked {
            Role::Answer
        } else {
            Role::Statement
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asking_tails() {
        assert!(asks(
            "What are the major differences? You have two minutes. Mr. President, you go first."
        ));
        assert!(!asks("Why? Because. It is. So it goes. And more."));
        assert!(!asks("Thank you, Governor. Thank you, Mr. President."));
        assert!(asks("Governor Romney, is that right?"));
    }
}
