//! Speakers are people, not labels.
//!
//! Every way a transcript names a speaker ("Sergey Lavrov", "Foreign
//! Minister Sergey Lavrov", "Russian Foreign Minister Sergey Lavrov",
//! "LAVROV", "THE MINISTER") resolves to one canonical name; titles are kept
//! on the speaker. Resolution, in order:
//!
//! 1. titles are split off ([`names::split_titles`]);
//! 2. a bare role ("THE PRESIDENT", "MODERATOR") is the document's principal
//!    speaker when the principal holds that title, else the role itself;
//! 3. a single name word ("LAVROV", "Price") is the principal when it is the
//!    principal's surname, else the one speaker in the corpus with that
//!    surname, if exactly one.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::model::{Segmented, Speaker};
use crate::text::names;

/// The resolved speakers of a corpus.
#[derive(Debug, Default)]
pub struct Resolution {
    /// Canonical principal speaker per document.
    pub principals: Vec<Option<String>>,
    /// Canonical speaker per turn, per document.
    pub turn_speakers: Vec<Vec<Option<String>>>,
    /// Every speaker, sorted by name.
    pub speakers: Vec<Speaker>,
}

/// The speaker id for a canonical name.
pub fn speaker_id(name: &str) -> String {
    format!("speaker:{}", names::slug(name))
}

struct Parsed {
    name: String,
    titles: Vec<String>,
}

fn parse(written: &str) -> Option<Parsed> {
    let p = names::split_titles(written)?;
    Some(Parsed {
        name: p.name,
        titles: p.titles,
    })
}

/// Resolves the speakers of all documents.
pub fn resolve(docs: &[&Segmented]) -> Resolution {
    let principals: Vec<Option<Parsed>> = docs
        .iter()
        .map(|s| {
            s.meta
                .principal
                .as_deref()
                .and_then(parse)
                .filter(|p| !p.name.is_empty())
        })
        .collect();
    // Full names (two words or more) known in the corpus, by surname.
    let mut by_surname: HashMap<String, BTreeSet<String>> = HashMap::new();
    let mut note_full = |name: &str| {
        if name.split_whitespace().count() >= 2
            && let Some(last) = name.split_whitespace().last()
        {
            by_surname
                .entry(last.to_lowercase())
                .or_default()
                .insert(name.to_string());
        }
    };
    for p in principals.iter().flatten() {
        note_full(&p.name);
    }
    for s in docs {
        for t in &s.turns {
            if let Some(p) = t.speaker_as_written.as_deref().and_then(parse) {
                note_full(&p.name);
            }
        }
    }

    let mut titles: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut out = Resolution::default();
    for (d, s) in docs.iter().enumerate() {
        let principal = principals[d].as_ref();
        if let Some(p) = principal {
            titles
                .entry(p.name.clone())
                .or_default()
                .extend(p.titles.iter().cloned());
        }
        let mut turns = Vec::with_capacity(s.turns.len());
        for t in &s.turns {
            let Some(p) = t.speaker_as_written.as_deref().and_then(parse) else {
                turns.push(None);
                continue;
            };
            let canonical = if p.name.is_empty() {
                // A bare role: the principal if the principal holds it.
                let role = p.titles.first().cloned().unwrap_or_default();
                match principal {
                    Some(pr)
                        if pr
                            .titles
                            .iter()
                            .any(|pt| pt.to_lowercase().contains(&role.to_lowercase())) =>
                    {
                        pr.name.clone()
                    }
                    _ => role,
                }
            } else if !p.name.contains(' ') {
                let surname = p.name.to_lowercase();
                match principal {
                    Some(pr)
                        if pr
                            .name
                            .split_whitespace()
                            .last()
                            .is_some_and(|l| l.to_lowercase() == surname) =>
                    {
                        pr.name.clone()
                    }
                    _ => match by_surname.get(&surname) {
                        Some(set) if set.len() == 1 => {
                            set.iter().next().cloned().unwrap_or_default()
                        }
                        _ => p.name.clone(),
                    },
                }
            } else {
                p.name.clone()
            };
            if canonical.is_empty() {
                turns.push(None);
                continue;
            }
            let entry = titles.entry(canonical.clone()).or_default();
            if !p.name.is_empty() {
                entry.extend(p.titles.iter().cloned());
            }
            turns.push(Some(canonical));
        }
        out.principals.push(principal.map(|p| p.name.clone()));
        out.turn_speakers.push(turns);
    }
    // Only people who speak (or are a document's principal) become nodes.
    let speaking: BTreeSet<&String> = out
        .turn_speakers
        .iter()
        .flatten()
        .flatten()
        .chain(out.principals.iter().flatten())
        .collect();
    out.speakers = titles
        .iter()
        .filter(|(name, _)| speaking.contains(name))
        .map(|(name, t)| Speaker {
            id: speaker_id(name),
            name: name.clone(),
            titles: t.iter().cloned().collect(),
        })
        .collect();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocMeta, Role, Turn};

    fn doc(principal: Option<&str>, turns: &[Option<&str>]) -> Segmented {
        Segmented {
            meta: DocMeta {
                principal: principal.map(str::to_string),
                ..DocMeta::default()
            },
            turns: turns
                .iter()
                .map(|s| Turn {
                    label: None,
                    speaker_as_written: s.map(str::to_string),
                    role: Role::Answer,
                    line: 1,
                })
                .collect(),
            ..Segmented::default()
        }
    }

    #[test]
    fn one_speaker_per_person() {
        let a = doc(
            Some("Russian Foreign Minister Sergey Lavrov"),
            &[
                Some("Russian Foreign Minister Sergey Lavrov"),
                None,
                Some("Sergey Lavrov"),
            ],
        );
        let b = doc(
            Some("Foreign Ministry Spokeswoman Maria Zakharova"),
            &[
                Some("Foreign Ministry Spokeswoman Maria Zakharova"),
                None,
                Some("LAVROV"),
                Some("Maria Zakharova"),
            ],
        );
        let r = resolve(&[&a, &b]);
        assert_eq!(
            r.turn_speakers,
            [
                vec![
                    Some("Sergey Lavrov".to_string()),
                    None,
                    Some("Sergey Lavrov".to_string())
                ],
                vec![
                    Some("Maria Zakharova".to_string()),
                    None,
                    Some("Sergey Lavrov".to_string()),
                    Some("Maria Zakharova".to_string())
                ],
            ]
        );
        assert_eq!(
            r.speakers,
            [
                Speaker {
                    id: "speaker:maria-zakharova".into(),
                    name: "Maria Zakharova".into(),
                    titles: vec!["Foreign Ministry Spokeswoman".into()],
                },
                Speaker {
                    id: "speaker:sergey-lavrov".into(),
                    name: "Sergey Lavrov".into(),
                    titles: vec!["Russian Foreign Minister".into()],
                },
            ]
        );
    }

    #[test]
    fn bare_roles_resolve_to_the_principal_who_holds_them() {
        let a = doc(
            Some("President Joseph R Biden"),
            &[Some("THE PRESIDENT"), None, Some("MODERATOR")],
        );
        let r = resolve(&[&a]);
        assert_eq!(
            r.turn_speakers[0],
            [
                Some("Joseph R Biden".to_string()),
                None,
                Some("Moderator".to_string())
            ]
        );
    }
}
