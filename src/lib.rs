//! claimgraph: cross-references claims and their sources across a corpus of
//! transcripts.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! corpus ──► segment ──► extract ──► annotate ──► matching ──► graph ──► export
//! (read)     (paragraphs,  (claims,    (dates,      (quotes,     (petgraph)  (claims/*.json,
//!             turns,        speakers)   topics,      repeats…)               DOT, node-link JSON)
//!             sections)                 events)
//! ```
//!
//! [`pipeline::build`] runs them all; see `docs/ARCHITECTURE.md`.
#![warn(missing_docs)]

pub mod annotate;
pub mod cache;
pub mod config;
pub mod corpus;
pub mod embed;
pub mod error;
pub mod export;
pub mod extract;
pub mod fuzz;
pub mod graph;
pub mod matching;
pub mod model;
pub mod pipeline;
pub mod progress;
pub mod query;
pub mod render;
pub mod segment;
pub mod text;
pub mod util;

pub use error::{Error, Result, Warning};

pub use pipeline::{BuildOptions, BuildSummary, build};
