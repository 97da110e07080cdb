//! `claims/<document path>.json`: one file per document with its metadata,
//! sections, turns and claims in document order.
//!
//! Files for documents that are no longer in the corpus are removed, but
//! only files this tool wrote (recognised by their `schema` line), so a
//! claims folder shared with other files is safe.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;
use xxhash_rust::xxh3::xxh3_64;

use super::json::{ClaimDto, DocumentDto, Seq};
use crate::error::{Error, Result};
use crate::model::{Analysis, Document};

/// The first key of every claims file.
pub const SCHEMA: &str = "claimgraph/claims/1";

#[derive(Serialize)]
struct TurnDto<'a> {
    index: usize,
    line: usize,
    speaker: Option<&'a str>,
    role: &'static str,
    label: Option<&'a str>,
}

#[derive(Serialize)]
struct ClaimsFile<'a, T: Serialize, C: Serialize> {
    schema: &'static str,
    doc: &'a str,
    #[serde(flatten)]
    meta: DocumentDto<'a>,
    sections: &'a [String],
    turns: T,
    claims: C,
}

/// The longest file name most file systems accept, in bytes.
pub const MAX_NAME_BYTES: usize = 255;

/// The path of a document's claims file: `<dir>/<document path>.json`,
/// each part of the document path made safe by [`safe_part`] (the file
/// name with `.json` appended).
pub fn claims_path(dir: &Path, doc: &Document) -> PathBuf {
    claims_path_of(dir, &doc.path)
}

/// [`claims_path`] for a document path (relative to the corpus, with `/`).
pub fn claims_path_of(dir: &Path, doc_path: &str) -> PathBuf {
    let mut p = dir.to_path_buf();
    let parts: Vec<&str> = doc_path.split('/').collect();
    let mut prefix_len = 0;
    for (i, part) in parts.iter().enumerate() {
        prefix_len += part.len() + usize::from(i > 0);
        let key = &doc_path[..prefix_len];
        if i + 1 == parts.len() {
            p.push(safe_part(part, ".json", key));
        } else {
            p.push(safe_part(part, "", key));
        }
    }
    p
}

/// A file or folder name made from one part of a document path and a
/// `suffix` (`.json` for the file, none for folders).
///
/// A part that is safe and fits is kept as it is: `part + suffix`. A part
/// is unsafe when it holds a control character (newline, tab, …) or
/// U+FFFD (a byte of a non-UTF-8 file name, decoded lossily), or when the
/// name would be longer than [`MAX_NAME_BYTES`]. Such a part becomes
/// `<stem>~<hash><ext><suffix>`: control characters and U+FFFD replaced by
/// `_`, the stem cut at a character boundary so the name fits, the
/// extension (`.txt`, `.md`) kept, and `hash` the 16 hex digits of the
/// xxh3-64 of `key` (the document path up to and including this part), so
/// names are unique and the same on every run.
pub fn safe_part(part: &str, suffix: &str, key: &str) -> String {
    let unsafe_char = |c: char| c.is_control() || c == '\u{FFFD}';
    let fits = part.len() + suffix.len() <= MAX_NAME_BYTES;
    if fits && !part.contains(unsafe_char) && !part.is_empty() && part != "." && part != ".." {
        return format!("{part}{suffix}");
    }
    let clean: String = part
        .chars()
        .map(|c| if unsafe_char(c) { '_' } else { c })
        .collect();
    let (stem, ext) = match clean.rfind('.') {
        Some(i) if i > 0 && clean.len() - i <= 8 => clean.split_at(i),
        _ => (clean.as_str(), ""),
    };
    let tag = format!("~{:016x}", xxh3_64(key.as_bytes()));
    let room = MAX_NAME_BYTES.saturating_sub(tag.len() + ext.len() + suffix.len());
    let mut cut = room.min(stem.len());
    while !stem.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}{tag}{ext}{suffix}", &stem[..cut])
}

fn write_one(a: &Analysis, d: usize, w: &mut dyn Write) -> io::Result<()> {
    let doc = &a.documents[d];
    let turns = Seq(|| {
        doc.seg.turns.iter().enumerate().map(|(i, t)| TurnDto {
            index: i,
            line: t.line,
            speaker: doc.turn_speakers.get(i).and_then(|s| s.as_deref()),
            role: t.role.as_str(),
            label: t.label.as_deref(),
        })
    });
    let start = a.claims.partition_point(|c| c.doc_index < d);
    let end = a.claims.partition_point(|c| c.doc_index <= d);
    let file = ClaimsFile {
        schema: SCHEMA,
        doc: &doc.path,
        meta: DocumentDto::new(doc),
        sections: &doc.seg.sections,
        turns,
        // made as they are written: a big document's claims are never all
        // in memory as output records
        claims: Seq(|| (start..end).map(|i| ClaimDto::of(a, i))),
    };
    super::json::to_writer_pretty(w, &file)?;
    w.write_all(b"\n")
}

/// Writes every document's claims file and removes stale ones.
pub fn write_all(a: &Analysis, dir: &Path) -> Result<()> {
    let written: Vec<PathBuf> = (0..a.documents.len())
        .into_par_iter()
        .map(|d| {
            let path = claims_path(dir, &a.documents[d]);
            super::write_atomic(&path, |w| write_one(a, d, w)).map(|()| path)
        })
        .collect::<Result<_>>()?;
    remove_stale(dir, &written)
}

fn is_ours(path: &Path) -> bool {
    let mut head = [0u8; 64];
    let Ok(mut f) = fs::File::open(path) else {
        return false;
    };
    let n = f.read(&mut head).unwrap_or(0);
    let needle = format!("\"schema\": \"{SCHEMA}\"");
    String::from_utf8_lossy(&head[..n]).contains(&needle)
}

fn remove_stale(dir: &Path, written: &[PathBuf]) -> Result<()> {
    let keep: std::collections::HashSet<&Path> = written.iter().map(PathBuf::as_path).collect();
    for entry in walkdir::WalkDir::new(dir).into_iter().flatten() {
        let p = entry.path();
        if entry.file_type().is_file()
            && p.extension().is_some_and(|e| e == "json")
            && !keep.contains(p)
            && is_ours(p)
        {
            fs::remove_file(p).map_err(|source| Error::Write {
                path: p.to_path_buf(),
                source,
            })?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(doc_path: &str) -> String {
        let p = claims_path_of(Path::new("claims"), doc_path);
        p.strip_prefix("claims")
            .unwrap()
            .to_string_lossy()
            .into_owned()
    }

    #[test]
    fn names_that_fit_are_kept() {
        assert_eq!(
            name("000_c44d6f7761710eb4.txt"),
            "000_c44d6f7761710eb4.txt.json"
        );
        assert_eq!(
            name("2021/01/a b \"c\" 'd'.md"),
            "2021/01/a b \"c\" 'd'.md.json"
        );
        let long = format!("{}.txt", "x".repeat(246));
        assert_eq!(name(&long).len(), 255);
        assert_eq!(name(&long), format!("{long}.json"));
    }

    #[test]
    fn long_names_are_cut_with_a_hash() {
        let long = format!("{}.txt", "é".repeat(124)); // 252 bytes
        let n = name(&long);
        let tag = format!("~{:016x}", xxh3_64(long.as_bytes()));
        assert_eq!(n.len(), 254, "cut at a character boundary");
        assert_eq!(n, format!("{}{tag}.txt.json", "é".repeat(114)));
    }

    #[test]
    fn control_characters_and_lossy_bytes_are_replaced() {
        let tag = |k: &str| format!("~{:016x}", xxh3_64(k.as_bytes()));
        assert_eq!(name("a\nb.txt"), format!("a_b{}.txt.json", tag("a\nb.txt")));
        assert_eq!(
            name("caf\u{FFFD}/x\ty.md"),
            format!(
                "caf_{}/x_y{}.md.json",
                tag("caf\u{FFFD}"),
                tag("caf\u{FFFD}/x\ty.md")
            )
        );
    }
}
