//! The incremental-build cache: each document's per-document work
//! (segmentation, its titled names, its claims as extracted and the titles
//! the extraction looked up in the corpus) kept between builds.
//!
//! An entry is one JSON file, `<dir>/v<FORMAT>/<key>.json`, where the key
//! hashes the document (path, encoding, offsets, text), the configuration,
//! the claimgraph version and the build of the code (`CLAIMGRAPH_BUILD_ID`,
//! a hash of the sources and data made by `build.rs`). Extraction also
//! depends on the titled names of the whole corpus; an entry keeps the
//! answers the document got ([`TitleLookups`]) and its claims are reused
//! only when the corpus still gives those answers, so a build from the
//! cache writes byte-identical outputs to a clean one.
//!
//! The cache never fails a build: a missing, unreadable, corrupt or
//! foreign entry is a miss; a failed write is a warning. Entries are
//! written atomically, and a build removes the entries of documents it no
//! longer has.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::Config;
use crate::error::Warning;
use crate::export;
use crate::extract::reported::{TitleLookups, Titles};
use crate::model::{Claim, OffsetMap, Segmented, SourceDoc};

mod entry;

use entry::Entry;

/// The version of the entry format; part of the folder name.
pub const FORMAT: u32 = 1;

/// A document's per-document work: what a build makes before it looks at
/// the corpus as a whole (except the titled names, see the module docs).
#[derive(Debug, Clone)]
pub struct DocWork {
    /// The segmentation.
    pub seg: Segmented,
    /// The titled names written in the document.
    pub titles: Titles,
    /// The claims as extracted (speakers as written, no annotations).
    pub claims: Vec<Claim>,
    /// What the extraction looked up in the corpus's titled names.
    pub lookups: TitleLookups,
}

/// A cache folder and the keys of the current corpus.
#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    keys: Vec<String>,
}

impl Cache {
    /// The cache in `dir` for `docs` read with `cfg`.
    pub fn new(dir: &Path, docs: &[SourceDoc], cfg: &Config) -> Self {
        let config = format!("{cfg:?}");
        Cache {
            dir: dir.join(format!("v{FORMAT}")),
            keys: docs.par_iter().map(|d| key(d, &config)).collect(),
        }
    }

    fn path(&self, i: usize) -> PathBuf {
        self.dir.join(format!("{}.json", self.keys[i]))
    }

    /// The entries found for each document (`None`: a miss).
    pub fn load(&self, docs: &[SourceDoc]) -> Vec<Option<DocWork>> {
        (0..docs.len())
            .into_par_iter()
            .map(|i| {
                let bytes = fs::read(self.path(i)).ok()?;
                let e: Entry = serde_json::from_slice(&bytes).ok()?;
                (e.format == FORMAT && e.key == self.keys[i])
                    .then(|| e.into_work(i, &docs[i]))
                    .flatten()
            })
            .collect()
    }

    /// Writes the entries of the documents in `fresh` and removes the
    /// entries of documents no longer in the corpus. Problems are returned
    /// as one warning, never as an error.
    pub fn store(&self, work: &[DocWork], fresh: &[bool]) -> Option<Warning> {
        let warning = |e: &dyn std::fmt::Display| Warning {
            path: self.dir.clone(),
            message: format!("the incremental-build cache was not written: {e}"),
        };
        if let Err(e) = export::prepare_dir(&self.dir) {
            return Some(warning(&e));
        }
        let failed = (0..work.len())
            .into_par_iter()
            .filter(|&i| fresh[i])
            .filter_map(|i| {
                let entry = Entry::of(&self.keys[i], &work[i]);
                export::write_atomic(&self.path(i), |w| {
                    serde_json::to_writer(w, &entry).map_err(std::io::Error::other)
                })
                .err()
            })
            .collect::<Vec<_>>();
        self.prune();
        failed.first().map(|e| warning(e))
    }

    /// Removes entries whose key is not the key of a current document.
    fn prune(&self) {
        let keep: HashSet<String> = self.keys.iter().map(|k| format!("{k}.json")).collect();
        let Ok(dir) = fs::read_dir(&self.dir) else {
            return;
        };
        for entry in dir.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".json") && !keep.contains(&name) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

/// The key of a document's entry: a hash of everything its per-document
/// work depends on, bar the corpus's titled names.
fn key(doc: &SourceDoc, config: &str) -> String {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    let mut field = |b: &[u8]| {
        h.update(&(b.len() as u64).to_le_bytes());
        h.update(b);
    };
    field(&FORMAT.to_le_bytes());
    field(env!("CARGO_PKG_VERSION").as_bytes());
    field(env!("CLAIMGRAPH_BUILD_ID").as_bytes());
    field(config.as_bytes());
    field(doc.path.as_bytes());
    field(doc.encoding.as_bytes());
    field(&doc.bytes.to_le_bytes());
    match &doc.offsets {
        OffsetMap::Shift(s) => {
            field(b"shift");
            field(&(*s as u64).to_le_bytes());
        }
        OffsetMap::Table(t) => {
            field(b"table");
            let bytes: Vec<u8> = t.iter().flat_map(|x| x.to_le_bytes()).collect();
            field(&bytes);
        }
    }
    field(doc.text.as_bytes());
    format!("{:032x}", h.digest128())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract;
    use crate::segment;

    const TEXT: &str = "Briefing, March 1, 2023\n\nMS. JONES: The President said that the tariffs will be lifted next year.\n\nQ: Why?\n";

    fn work(doc: &SourceDoc, titles: &Titles) -> DocWork {
        let seg = segment::segment(doc);
        let (claims, lookups) = extract::extract_tracked(0, doc, &seg, titles);
        DocWork {
            seg,
            titles: Titles::of_text(&doc.text),
            claims,
            lookups,
        }
    }

    #[test]
    fn an_entry_gives_back_the_work() {
        let doc = SourceDoc::from_text("a.txt", TEXT);
        let w = work(&doc, &Titles::of_text("President Biden"));
        assert_eq!(w.claims.len(), 3);
        assert_eq!(
            w.lookups.0.get("president"),
            Some(&Some("Biden".to_string()))
        );
        let json = serde_json::to_string(&Entry::of("k", &w)).unwrap();
        let back: Entry = serde_json::from_str(&json).unwrap();
        let back = back.into_work(0, &doc).unwrap();
        assert_eq!(format!("{back:?}"), format!("{w:?}"));
    }

    #[test]
    fn an_entry_for_other_text_is_refused() {
        let doc = SourceDoc::from_text("a.txt", TEXT);
        let w = work(&doc, &Titles::default());
        let other = SourceDoc::from_text("a.txt", &TEXT[..40]);
        assert!(Entry::of("k", &w).into_work(0, &other).is_none());
    }

    #[test]
    fn keys_change_with_text_path_and_config() {
        let cfg = format!("{:?}", Config::default());
        let a = SourceDoc::from_text("a.txt", TEXT);
        let k = key(&a, &cfg);
        assert_eq!(k.len(), 32);
        assert_eq!(k, key(&a, &cfg));
        assert_ne!(k, key(&SourceDoc::from_text("b.txt", TEXT), &cfg));
        assert_ne!(k, key(&SourceDoc::from_text("a.txt", "x"), &cfg));
        assert_ne!(k, key(&a, "other config"));
    }

    #[test]
    fn lookups_hold_until_the_corpus_changes_the_answer() {
        let doc = SourceDoc::from_text("a.txt", TEXT);
        let biden = Titles::of_text("President Biden");
        let w = work(&doc, &biden);
        let mut more = biden.clone();
        more.merge(&Titles::of_text("Governor Lee"));
        assert!(w.lookups.still_hold(&more, &w.seg));
        more.merge(&Titles::of_text("President Trump. President Trump."));
        assert!(!w.lookups.still_hold(&more, &w.seg));
    }
}
