//! Roles from form and turn-taking, for transcripts whose labels say only
//! who speaks (debates, hearings, interviews: `LEHRER:`, `ROMNEY:`), not
//! who asks.
//!
//! A speaker who ends most of their turns by asking something
//! ([`QUESTIONER_SHARE`]) is a questioner (a moderator, an interviewer, a
//! member of the audience), and so is anyone who asks at all without
//! being a principal speaker, one who says a large share of the words
//! ([`PRINCIPAL_SHARE`]: the debaters, the witness): a town-hall moderator
//! who interjects often, an audience member with one question. A
//! questioner's turns that ask are questions, the others statements
//! ("Thank you, Governor."). Everyone else answers once a question has been
//! asked, and makes statements before. Transcripts with
//! question labels (`Q`, `Question:`) keep the roles their labels give.

use crate::model::{ParaKind, Role, Segmented};

/// Share of a speaker's turns that must end by asking for the speaker to
/// be a questioner. Candidates in a debate ask rhetorical questions too,
/// but in a minority of their turns; moderators ask in most of theirs.
pub const QUESTIONER_SHARE: f64 = 0.4;

/// Share of all the words of a transcript from which a speaker is a
/// principal speaker, who answers even when they ask rhetorical questions.
pub const PRINCIPAL_SHARE: f64 = 0.25;

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
    // per speaker: (turns, asking turns, words), in order of first appearance
    let mut speakers: Vec<(Option<String>, usize, usize, usize)> = Vec::new();
    for (t, turn) in seg.turns.iter().enumerate() {
        if turn_text[t].is_empty() {
            continue;
        }
        let who = &turn.speaker_as_written;
        let i = match speakers.iter().position(|s| &s.0 == who) {
            Some(i) => i,
            None => {
                speakers.push((who.clone(), 0, 0, 0));
                speakers.len() - 1
            }
        };
        speakers[i].1 += 1;
        speakers[i].2 += usize::from(asking[t]);
        speakers[i].3 += turn_text[t].split_whitespace().count();
    }
    let words: usize = speakers.iter().map(|s| s.3).sum();
    let questioner = |who: &Option<String>| {
        who.is_some()
            && speakers.iter().find(|s| &s.0 == who).is_some_and(|s| {
                s.2 > 0
                    && (s.2 as f64 >= QUESTIONER_SHARE * s.1 as f64
                        || (s.3 as f64) < PRINCIPAL_SHARE * words as f64)
            })
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

    #[test]
    fn town_hall_moderator_and_audience_ask() {
        // The second 2012 presidential debate, shortened: the moderator
        // asks in a minority of her turns, an audience member once; the
        // candidates hold most of the words.
        let romney = "W Mitt Romney: Thank you, Jeremy. I appreciate your question. I think you've been hearing your parents and others say it's getting harder and harder to find a job, and the key thing is to make sure that when you graduate you have a job. When I was in Massachusetts I did that. We have to make it easier for young people to get the education they need, and we have to make sure that we have jobs for them when they come out.\n\n";
        let obama = "Barack H Obama: Jeremy, first of all, your future is bright. And the fact that you're making an investment in higher education is critical, not just to you but to the entire nation. Now, the most important thing we can do is to make sure that we are creating jobs in this country, not just jobs, but good-paying jobs, ones that can support a family. And what I want to do is build on the five million jobs that we've created over the last 30 months.\n\n";
        let text = format!(
            "Candy Crowley: Good evening. We begin with Jeremy Epstein.\n\nJeremy Epstein: Mr. President, Governor Romney, as a 20-year-old college student, all I hear from professors, neighbors and others is that when I graduate, I will have little chance to get employment. What can you say to reassure me?\n\n{romney}Candy Crowley: Thank you, Governor.\n\nCandy Crowley: Mr. President?\n\n{obama}Candy Crowley: Thank you.\n\n{romney}Candy Crowley: Okay.\n\n{obama}"
        );
        let src = crate::model::SourceDoc::from_text("2012-10-16_debate.txt", &text);
        let seg = super::super::segment(&src);
        let roles: Vec<(&str, Role)> = seg
            .turns
            .iter()
            .map(|t| (t.speaker_as_written.as_deref().unwrap_or(""), t.role))
            .collect();
        assert_eq!(
            roles,
            [
                ("Candy Crowley", Role::Statement),
                ("Jeremy Epstein", Role::Question),
                ("W Mitt Romney", Role::Answer),
                ("Candy Crowley", Role::Statement),
                ("Candy Crowley", Role::Question),
                ("Barack H Obama", Role::Answer),
                ("Candy Crowley", Role::Statement),
                ("W Mitt Romney", Role::Answer),
                ("Candy Crowley", Role::Statement),
                ("Barack H Obama", Role::Answer),
            ]
        );
    }
}
