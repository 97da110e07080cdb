//! Stage 3: claims from segmented documents.
//!
//! Every sentence of a speech paragraph is a claim. A leading list number
//! ("1. In January 2020, …") is structure, not content: it is left out of
//! the claim's span. Claims carry exact provenance (document, 1-based line,
//! file byte span, the text of that span) and a stable id derived from the
//! document and the claim's text.

pub mod speakers;

use std::collections::HashMap;

use xxhash_rust::xxh3::xxh3_64;

use crate::model::{Claim, ParaKind, Segmented, SourceDoc};
use crate::segment::{paragraphs, sentences};

/// Maps byte offsets to 1-based line numbers.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of a text.
    pub fn new(text: &str) -> Self {
        let lines = paragraphs::lines(text);
        let mut starts: Vec<usize> = lines.iter().map(|r| r.start).collect();
        if starts.is_empty() {
            starts.push(0);
        }
        LineIndex { starts }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).max(1)
    }
}

/// The stable id of a claim: a hash of the document path, the claim's text
/// and how many identical claims precede it in the document.
pub fn claim_id(doc: &str, text: &str, occurrence: usize) -> String {
    let mut buf = Vec::with_capacity(doc.len() + text.len() + 10);
    buf.extend_from_slice(doc.as_bytes());
    buf.push(0);
    buf.extend_from_slice(text.as_bytes());
    buf.push(0);
    buf.extend_from_slice(&(occurrence as u64).to_le_bytes());
    format!("c-{:016x}", xxh3_64(&buf))
}

/// Extracts the claims of one document.
///
/// `turn_speakers` holds the canonical speaker of each turn (see
/// [`speakers::resolve`]).
pub fn extract(
    doc_index: usize,
    src: &SourceDoc,
    seg: &Segmented,
    turn_speakers: &[Option<String>],
) -> Vec<Claim> {
    let text = src.text.as_str();
    let lines = LineIndex::new(text);
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut out = Vec::new();
    for (pi, p) in seg.paragraphs.iter().enumerate() {
        if p.kind != ParaKind::Speech {
            continue;
        }
        let Some(turn) = p.turn else { continue };
        let mut body = p.body.clone();
        body.start += sentences::list_marker_len(&text[body.clone()]);
        for r in sentences::split(&text[body.clone()]) {
            let range = body.start + r.start..body.start + r.end;
            let claim_text = &text[range.clone()];
            let occurrence = seen.entry(claim_text).or_default();
            let id = claim_id(&src.path, claim_text, *occurrence);
            *occurrence += 1;
            let t = &seg.turns[turn];
            out.push(Claim {
                id,
                doc_index,
                doc: src.path.clone(),
                line: lines.line(range.start),
                span: src.file_span(&range),
                range,
                text: claim_text.to_string(),
                speaker: turn_speakers.get(turn).cloned().flatten(),
                role: t.role,
                section: p.section.map(|s| seg.sections[s].clone()),
                turn,
                paragraph: pi,
                label: t.label.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;
    use crate::segment;

    #[test]
    fn numbered_items_and_provenance() {
        let text = "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, January 28, 2021\r\nHere are just a few examples:\r\n1. In January 2020, an employee of the TASS press centre was detained in Milan Airport by border guards. The Financial Guard interrogated him.\r\n2. In February 2020, Sputnik Turkey employees were detained.\r\n";
        let src = SourceDoc::from_text("b.txt", text);
        let seg = segment::segment(&src);
        let claims = extract(0, &src, &seg, &[Some("Maria Zakharova".into())]);
        let got: Vec<(usize, &str)> = claims.iter().map(|c| (c.line, c.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (2, "Here are just a few examples:"),
                (
                    3,
                    "In January 2020, an employee of the TASS press centre was detained in Milan Airport by border guards."
                ),
                (3, "The Financial Guard interrogated him."),
                (
                    4,
                    "In February 2020, Sputnik Turkey employees were detained."
                ),
            ]
        );
        for c in &claims {
            assert_eq!(&text[c.span[0]..c.span[1]], c.text);
            assert_eq!(c.speaker.as_deref(), Some("Maria Zakharova"));
            assert_eq!(c.role, Role::Statement);
        }
    }

    #[test]
    fn ids_are_stable_and_distinguish_repeats() {
        let a = claim_id("d.txt", "Thank you.", 0);
        assert_eq!(a, claim_id("d.txt", "Thank you.", 0));
        assert_ne!(a, claim_id("d.txt", "Thank you.", 1));
        assert_ne!(a, claim_id("e.txt", "Thank you.", 0));
        assert_eq!(a.len(), 18);
    }

    #[test]
    fn line_index() {
        let li = LineIndex::new("ab\ncd\r\n\nef");
        assert_eq!(li.line(0), 1);
        assert_eq!(li.line(3), 2);
        assert_eq!(li.line(8), 4);
    }
}
