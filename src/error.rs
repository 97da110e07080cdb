//! The library's error and warning types.
//!
//! An [`Error`] stops a run (the binary exits 2); a [`Warning`] is reported
//! and the run goes on (a skipped file, a repaired encoding).

use std::fmt;
use std::io;
use std::path::PathBuf;

/// Why a run cannot proceed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The corpus folder does not exist.
    #[error("corpus folder {} does not exist", path.display())]
    CorpusMissing {
        /// The folder as given.
        path: PathBuf,
    },
    /// The corpus path is not a folder.
    #[error("corpus path {} is not a folder", path.display())]
    CorpusNotDir {
        /// The path as given.
        path: PathBuf,
    },
    /// The corpus folder holds no `.txt` or `.md` files.
    #[error("corpus folder {} has no .txt or .md files", path.display())]
    CorpusEmpty {
        /// The folder as given.
        path: PathBuf,
    },
    /// Every candidate file was skipped.
    #[error("corpus folder {} has no usable documents: all {skipped} files were skipped (see the warnings above)", path.display())]
    NoDocuments {
        /// The folder as given.
        path: PathBuf,
        /// How many files were skipped.
        skipped: usize,
    },
    /// Reading a path failed.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The path that failed.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// An output folder cannot be created or written.
    #[error("cannot write to output folder {}: {source}", path.display())]
    OutputDir {
        /// The folder that failed.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// Writing an output file failed.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file that failed.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// A configuration file is malformed.
    #[error("invalid config file {}: {message}", path.display())]
    Config {
        /// The config file.
        path: PathBuf,
        /// What is wrong, with line number where known.
        message: String,
    },
    /// An option value is out of range or inconsistent.
    #[error("invalid option: {0}")]
    Options(String),
}

/// A problem with one input that does not stop the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file concerned.
    pub path: PathBuf,
    /// What happened, e.g. "binary file (NUL byte at offset 12), skipped".
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
