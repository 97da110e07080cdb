//! Stage 6: write the outputs.
//!
//! - `claims/<document path>.json`: a document's metadata and claims
//!   ([`claims`]);
//! - `graphs/claimgraph.json`: networkx node-link JSON ([`json`]);
//! - `graphs/claimgraph.dot`: Graphviz DOT ([`dot`]);
//! - `graphs/claimgraph.sqlite`: the SQLite store the query commands read
//!   ([`sqlite`]);
//! - `graphs/{claims,links,speakers,topics}.{jsonl,csv}`: flat tables for
//!   pandas and spreadsheets ([`tables`]);
//! - `graphs/claimgraph.graphml`: GraphML for Gephi, Cytoscape and
//!   networkx ([`graphml`]).
//!
//! This module alone knows the output formats, and with [`crate::corpus`]
//! it is the only one that touches the file system. Every file is written
//! to a temporary file in its target folder and renamed into place, so no
//! output is ever left half-written.

pub mod claims;
pub mod dot;
pub mod graphml;
pub mod json;
pub mod sqlite;
pub mod tables;

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use crate::error::{Error, Result};

/// The prefix and suffix of every temporary file this module writes.
pub const TEMP_PREFIX: &str = ".claimgraph-";
/// See [`TEMP_PREFIX`].
pub const TEMP_SUFFIX: &str = ".tmp";

fn temp_builder() -> tempfile::Builder<'static, 'static> {
    let mut b = tempfile::Builder::new();
    b.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    b
}

/// Creates an output folder (and its parents), checks that it can be
/// written to, and removes the temporary files a killed run left in it
/// (a run killed with SIGKILL cannot remove its own; the outputs it was
/// replacing are intact, since a temporary file only replaces its output
/// once complete).
pub fn prepare_dir(dir: &Path) -> Result<()> {
    let err = |source| Error::OutputDir {
        path: dir.to_path_buf(),
        source,
    };
    fs::create_dir_all(dir).map_err(err)?;
    let probe = temp_builder().tempfile_in(dir).map_err(err)?;
    drop(probe);
    for entry in walkdir::WalkDir::new(dir).into_iter().flatten() {
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_file()
            && name.starts_with(TEMP_PREFIX)
            && name.ends_with(TEMP_SUFFIX)
        {
            fs::remove_file(entry.path()).map_err(|source| Error::Write {
                path: entry.path().to_path_buf(),
                source,
            })?;
        }
    }
    Ok(())
}

/// Writes a file atomically: `write` fills a buffered temporary file in the
/// same folder, which then replaces `path`.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    replace_atomic(path, |tmp| {
        let mut w = BufWriter::with_capacity(1 << 16, tmp.as_file());
        write(&mut w)?;
        w.flush()
    })
}

/// Makes `path` atomically: `fill` writes a temporary file in the same
/// folder (through its handle or its path, as SQLite does), which then
/// replaces `path` with the permissions of an ordinary file.
pub(crate) fn replace_atomic(
    path: &Path,
    fill: impl FnOnce(&tempfile::NamedTempFile) -> io::Result<()>,
) -> Result<()> {
    let err = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(err)?;
    let tmp = temp_builder().tempfile_in(dir).map_err(err)?;
    fill(&tmp).map_err(err)?;
    // Temporary files are private (0600); outputs are ordinary files.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o777);
        fs::set_permissions(tmp.path(), fs::Permissions::from_mode(mode)).map_err(err)?;
    }
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_writes_leave_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        write_atomic(&path, |w| w.write_all(b"old")).unwrap();
        let r = write_atomic(&path, |w| {
            w.write_all(b"partial")?;
            Err(io::Error::other("disk full"))
        });
        assert!(r.is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1);
    }
}
