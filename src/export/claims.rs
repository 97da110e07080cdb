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

use super::json::{ClaimDto, DocumentDto};
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
struct ClaimsFile<'a> {
    schema: &'static str,
    doc: &'a str,
    #[serde(flatten)]
    meta: DocumentDto<'a>,
    sections: &'a [String],
    turns: Vec<TurnDto<'a>>,
    claims: Vec<ClaimDto<'a>>,
}

/// The path of a document's claims file.
pub fn claims_path(dir: &Path, doc: &Document) -> PathBuf {
    let mut p = dir.to_path_buf();
    for part in doc.path.split('/') {
        p.push(part);
    }
    let mut name = p.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".json");
    p.set_file_name(name);
    p
}

fn write_one(a: &Analysis, d: usize, w: &mut dyn Write) -> io::Result<()> {
    let doc = &a.documents[d];
    let turns = doc
        .seg
        .turns
        .iter()
        .enumerate()
        .map(|(i, t)| TurnDto {
            index: i,
            line: t.line,
            speaker: doc.turn_speakers.get(i).and_then(|s| s.as_deref()),
            role: t.role.as_str(),
            label: t.label.as_deref(),
        })
        .collect();
    let start = a.claims.partition_point(|c| c.doc_index < d);
    let end = a.claims.partition_point(|c| c.doc_index <= d);
    let file = ClaimsFile {
        schema: SCHEMA,
        doc: &doc.path,
        meta: DocumentDto::new(doc),
        sections: &doc.seg.sections,
        turns,
        claims: a.claims[start..end].iter().map(ClaimDto::new).collect(),
    };
    serde_json::to_writer_pretty(&mut *w, &file).map_err(io::Error::other)?;
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
