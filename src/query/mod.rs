//! Queries over the SQLite store (`graphs/claimgraph.sqlite`, written by
//! [`crate::export::sqlite`]): the library side of `claimgraph claims`,
//! `show`, `links`, `speakers`, `topics`, `events`, `repeated`, `sql` and
//! `source`. Everything here reads the store only, never the corpus.
//!
//! Rows are plain structs that serialise with the field names of the graph
//! JSON, so `--json` output and the graph JSON agree.

mod claims;
mod links;
mod lists;
mod source;
mod sql;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension};

pub use claims::{ClaimFilter, ClaimRow, ClaimView, ParagraphPart, strings};
pub use links::{LinkFilter, LinkRow};
pub use lists::{ClusterMember, ClusterRow, EventRow, SpeakerRow, TopicRow};
pub use source::{SourceHit, SourceOptions};
pub use sql::SqlResult;

use crate::export::sqlite::{FILE_NAME, SCHEMA_VERSION};

/// Why a query cannot be answered (the binary exits 2).
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// No store in the graphs folder.
    #[error("no claim store at {}: run `claimgraph build` first", .0.display())]
    Missing(PathBuf),
    /// A store of another schema version.
    #[error("the claim store {} has schema version {found}, this claimgraph reads version {SCHEMA_VERSION}: run `claimgraph build` again", path.display())]
    Schema {
        /// The store.
        path: PathBuf,
        /// Its version (`?` when unreadable).
        found: String,
    },
    /// A name that matches nothing, with the closest existing ones.
    #[error("{}", unknown_message(what, name, suggestions))]
    Unknown {
        /// `speaker`, `topic`, `document`, `claim`.
        what: &'static str,
        /// As given.
        name: String,
        /// The closest existing names, best first.
        suggestions: Vec<String>,
    },
    /// A claim id prefix that fits several claims.
    #[error("claim id prefix {prefix:?} is ambiguous: {}", candidates.join(", "))]
    Ambiguous {
        /// As given.
        prefix: String,
        /// Some of the matching ids.
        candidates: Vec<String>,
    },
    /// A bad argument (an FTS query, a write in `sql`, …).
    #[error("{0}")]
    Invalid(String),
    /// SQLite failed.
    #[error("{0}")]
    Sql(#[from] rusqlite::Error),
}

fn unknown_message(what: &str, name: &str, suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        format!("no {what} matches {name:?}")
    } else {
        format!(
            "no {what} matches {name:?}; did you mean {}?",
            suggestions
                .iter()
                .map(|s| format!("{s:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

/// A result of this module.
pub type Result<T> = std::result::Result<T, QueryError>;

/// SQL conditions (to be joined by AND) and their arguments, in order.
type Conditions = (Vec<String>, Vec<Box<dyn rusqlite::ToSql>>);

/// The store, opened read-only.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens `graphs_dir/claimgraph.sqlite` read-only and checks its schema
    /// version.
    pub fn open(graphs_dir: &Path) -> Result<Store> {
        let path = graphs_dir.join(FILE_NAME);
        if !path.is_file() {
            return Err(QueryError::Missing(path));
        }
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // Map the file instead of copying pages through read(): a listing of
        // 10⁵ claims reads most of the store.
        conn.execute_batch("PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536;")?;
        let found: Option<String> = conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'schema_version'",
                [],
                |r| r.get(0),
            )
            .optional()
            .unwrap_or(None);
        if found.as_deref() != Some(SCHEMA_VERSION.to_string().as_str()) {
            return Err(QueryError::Schema {
                path,
                found: found.unwrap_or_else(|| "?".into()),
            });
        }
        Ok(Store { conn })
    }

    /// The connection (read-only), for queries this module has no function
    /// for.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// The speaker names a `--speaker` value stands for: the exact name or
    /// alias (any case), else names whose words include all its words once
    /// titles ("Mr", "Ms", "Dr", …) are dropped ("Mr Lavrov" → Sergey
    /// Lavrov). None: [`QueryError::Unknown`] with the closest names.
    pub fn resolve_speaker(&self, given: &str) -> Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare("SELECT name, aliases FROM speakers ORDER BY name")?;
        let rows: Vec<(String, String)> = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let names: Vec<(String, Vec<String>)> = rows
            .into_iter()
            .map(|(n, a)| (n, serde_json::from_str(&a).unwrap_or_default()))
            .collect();
        let g = given.trim().to_lowercase();
        let exact: Vec<String> = names
            .iter()
            .filter(|(n, aliases)| {
                n.to_lowercase() == g || aliases.iter().any(|a| a.to_lowercase() == g)
            })
            .map(|(n, _)| n.clone())
            .collect();
        if !exact.is_empty() {
            return Ok(exact);
        }
        let words = content_words(&g, HONORIFICS);
        let by_words = names
            .iter()
            .filter(|(n, aliases)| {
                std::iter::once(n)
                    .chain(aliases)
                    .any(|x| contains_words(x, &words))
            })
            .map(|(n, _)| n.clone())
            .collect::<Vec<_>>();
        if !by_words.is_empty() {
            return Ok(by_words);
        }
        let all: Vec<String> = names
            .iter()
            .flat_map(|(n, a)| std::iter::once(n.clone()).chain(a.iter().cloned()))
            .collect();
        Err(QueryError::Unknown {
            what: "speaker",
            name: given.to_string(),
            suggestions: closest(given, &all),
        })
    }

    /// The topic ids a `--topic` value stands for: the exact name or id
    /// (any case), else every topic whose name holds all its words
    /// ("Navalny" → Alexey Navalny, Yulia Navalny).
    pub fn resolve_topic(&self, given: &str) -> Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare("SELECT id, name FROM topics ORDER BY id")?;
        let topics: Vec<(String, String)> = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let g = given.trim().to_lowercase();
        let exact: Vec<String> = topics
            .iter()
            .filter(|(id, n)| id.to_lowercase() == g || n.to_lowercase() == g)
            .map(|(id, _)| id.clone())
            .collect();
        if !exact.is_empty() {
            return Ok(exact);
        }
        let words = content_words(&g, &[]);
        let by_words: Vec<String> = topics
            .iter()
            .filter(|(_, n)| contains_words(n, &words))
            .map(|(id, _)| id.clone())
            .collect();
        if !by_words.is_empty() {
            return Ok(by_words);
        }
        let names: Vec<String> = topics.into_iter().map(|(_, n)| n).collect();
        Err(QueryError::Unknown {
            what: "topic",
            name: given.to_string(),
            suggestions: closest(given, &names),
        })
    }

    /// The document paths a `--doc` value stands for: the exact path, else
    /// every path containing it.
    pub fn resolve_doc(&self, given: &str) -> Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare("SELECT path FROM documents ORDER BY idx")?;
        let paths: Vec<String> = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if paths.iter().any(|p| p == given) {
            return Ok(vec![given.to_string()]);
        }
        let hits: Vec<String> = paths
            .iter()
            .filter(|p| p.contains(given))
            .cloned()
            .collect();
        if hits.is_empty() {
            return Err(QueryError::Unknown {
                what: "document",
                name: given.to_string(),
                suggestions: closest(given, &paths),
            });
        }
        Ok(hits)
    }

    /// The claim id a unique prefix stands for (with or without `c-`).
    pub fn resolve_claim(&self, prefix: &str) -> Result<String> {
        let p = prefix.trim();
        if p.is_empty() {
            return Err(QueryError::Invalid("empty claim id".into()));
        }
        let full = if p.starts_with("c-") {
            p.to_string()
        } else {
            format!("c-{p}")
        };
        // a range of the id index ('~' sorts after every character of an id)
        let mut st = self.conn.prepare(
            "SELECT id FROM claims WHERE id >= ?1 AND id < ?2 AND substr(id, 1, length(?1)) = ?1
             ORDER BY id LIMIT 6",
        )?;
        let ids: Vec<String> = st
            .query_map([&full, &format!("{full}~")], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        match ids.len() {
            0 => Err(QueryError::Unknown {
                what: "claim",
                name: prefix.to_string(),
                suggestions: vec![],
            }),
            1 => Ok(ids.into_iter().next().unwrap_or_default()),
            _ => Err(QueryError::Ambiguous {
                prefix: prefix.to_string(),
                candidates: ids,
            }),
        }
    }
}

/// Titles dropped from a speaker given on the command line.
const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."];

fn content_words(s: &str, drop: &[&str]) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '.' && c != '-')
        .map(|w| w.trim_matches('.').to_string())
        .filter(|w| !w.is_empty() && !drop.contains(&w.as_str()))
        .collect()
}

fn contains_words(name: &str, words: &[String]) -> bool {
    if words.is_empty() {
        return false;
    }
    let have = content_words(&name.to_lowercase(), &[]);
    words.iter().all(|w| have.contains(w))
}

/// Up to five of `names` closest to `given` (Jaro–Winkler, case-folded),
/// best first.
pub fn closest(given: &str, names: &[String]) -> Vec<String> {
    let g = given.to_lowercase();
    let mut scored: Vec<(f64, &String)> = names
        .iter()
        .map(|n| {
            let l = n.to_lowercase();
            // the best of the whole name and its last word ("Lavrof" → Lavrov)
            let last = l.rsplit(' ').next().unwrap_or(&l);
            let s = strsim::jaro_winkler(&g, &l).max(strsim::jaro_winkler(&g, last));
            (s, n)
        })
        .filter(|(s, _)| *s >= 0.75)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    let mut out: Vec<String> = Vec::new();
    for (_, n) in scored {
        if !out.contains(n) {
            out.push(n.clone());
        }
        if out.len() == 5 {
            break;
        }
    }
    out
}
