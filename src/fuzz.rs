//! The body of the fuzz target (`fuzz/fuzz_targets/pipeline.rs`), kept in
//! the library so that a stable-toolchain test (`tests/fuzz_replay.rs`)
//! replays the committed fuzz corpus (`fuzz/corpus/pipeline/`) through
//! exactly the same code.
//!
//! [`run_bytes`] decodes arbitrary bytes as a transcript, segments it,
//! extracts and annotates its claims and links them, and panics when an
//! invariant of the outputs does not hold (see [`check`]).

use crate::config::Config;
use crate::corpus::{Decoded, decode};
use crate::matching::MatchOptions;
use crate::model::{Analysis, SourceDoc};
use crate::pipeline::{AnalysisOptions, analyse, link_claims};

/// Runs decoding, segmentation, extraction, annotation and matching on
/// `bytes`, read as the file `a.txt`, beside its first half as `b.txt` (so
/// that there is something to link across documents), and checks the
/// invariants of the result ([`check`]). Files that decoding skips (NUL
/// bytes) are checked to be skipped, nothing more. Returns the number of
/// claims.
///
/// # Panics
///
/// When an invariant does not hold: that is what the fuzzer looks for.
pub fn run_bytes(bytes: &[u8]) -> usize {
    let half = &bytes[..bytes.len() / 2];
    let mut docs = Vec::new();
    let mut files = Vec::new();
    for (name, b) in [("a.txt", bytes), ("b.txt", half)] {
        match decode(name, b) {
            Decoded::Doc(d, _) => {
                docs.push(d);
                files.push(b);
            }
            Decoded::Skip(why) => assert!(why.starts_with("binary file"), "{why}"),
        }
    }
    if docs.is_empty() {
        return 0;
    }
    let mut a = analyse(docs, &Config::default(), &AnalysisOptions::default());
    link_claims(&mut a, &MatchOptions::default());
    check(&a, &files);
    a.claims.len()
}

/// Checks the invariants of an analysis whose documents were read from
/// `files` (the file bytes, in document order):
///
/// - each claim's text is its range of the decoded text, its span is that
///   range mapped to the file, and for files that needed no transcoding
///   the span slices the file to exactly the claim's text;
/// - each claim's 1-based line is one more than the number of line
///   endings (LF, CRLF or a lone CR) before it;
/// - claim ids are unique;
/// - every link joins two existing claims, and every reported claim's
///   `reported_in` names an existing claim.
///
/// # Panics
///
/// When one of them does not hold.
pub fn check(a: &Analysis, files: &[&[u8]]) {
    let mut ids = std::collections::HashSet::new();
    for c in &a.claims {
        let doc = &a.documents[c.doc_index];
        let src: &SourceDoc = &doc.source;
        assert_eq!(doc.path, c.doc);
        assert_eq!(&src.text[c.range.clone()], c.text, "claim {}", c.id);
        assert_eq!(src.file_span(&c.range), c.span, "claim {}", c.id);
        if src.offsets.is_shift() {
            let file = files[c.doc_index];
            assert_eq!(&file[c.span[0]..c.span[1]], c.text.as_bytes());
        }
        assert_eq!(c.line, line_of(&src.text, c.range.start), "claim {}", c.id);
        assert!(ids.insert(c.id.as_str()), "duplicate claim id {}", c.id);
    }
    for c in &a.claims {
        if let Some(r) = &c.reported_in {
            assert!(ids.contains(r.as_str()), "reported_in {r} is not a claim");
        }
    }
    let n = a.claims.len();
    for m in &a.matches {
        assert!(m.from < n && m.to < n, "link {} -> {} of {n}", m.from, m.to);
        assert_ne!(m.from, m.to, "link from a claim to itself");
    }
}

/// The 1-based line of byte `offset` of `text`, counting LF, CRLF and a
/// lone CR as line endings (written independently of
/// [`crate::extract::LineIndex`], which it checks).
pub fn line_of(text: &str, offset: usize) -> usize {
    let b = &text.as_bytes()[..offset];
    let mut line = 1;
    for (i, &c) in b.iter().enumerate() {
        if c == b'\n' || (c == b'\r' && text.as_bytes().get(i + 1) != Some(&b'\n')) {
            line += 1;
        }
    }
    line
}
