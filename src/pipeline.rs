//! The whole job: corpus → segment → extract → match → graph → export.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::config::Config;
use crate::corpus::{self, ReadOptions};
use crate::error::{Error, Result, Warning};
use crate::export;
use crate::extract::{self, speakers};
use crate::graph::ClaimGraph;
use crate::model::{Analysis, Claim, Document, Segmented, SourceDoc};
use crate::segment;

/// What `claimgraph build` needs.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The corpus folder.
    pub corpus: PathBuf,
    /// Where the per-document claims files go.
    pub claims: PathBuf,
    /// Where `claimgraph.json` and `claimgraph.dot` go.
    pub graphs: PathBuf,
    /// How files are read.
    pub read: ReadOptions,
    /// A configuration file; `None` looks for `claimgraph.toml` at the
    /// corpus root.
    pub config: Option<PathBuf>,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            corpus: "corpus".into(),
            claims: "claims".into(),
            graphs: "graphs".into(),
            read: ReadOptions::default(),
            config: None,
        }
    }
}

/// What a build did.
#[derive(Debug, Clone, Default)]
pub struct BuildSummary {
    /// Documents read.
    pub documents: usize,
    /// Files skipped with a warning.
    pub skipped: usize,
    /// Distinct speakers.
    pub speakers: usize,
    /// Speaker turns.
    pub turns: usize,
    /// Claims extracted.
    pub claims: usize,
    /// Graph nodes.
    pub nodes: usize,
    /// Graph edges.
    pub edges: usize,
    /// Time per stage.
    pub stages: Vec<(&'static str, Duration)>,
    /// Wall time of the whole build.
    pub elapsed: Duration,
}

/// Analyses documents already read: segmentation, claims, speakers.
pub fn analyse(docs: Vec<SourceDoc>, cfg: &Config) -> Analysis {
    let segs: Vec<Segmented> = docs.par_iter().map(segment::segment).collect();
    let mut per_doc: Vec<Vec<Claim>> = docs
        .par_iter()
        .zip(segs.par_iter())
        .enumerate()
        .map(|(i, (d, s))| extract::extract(i, d, s))
        .collect();
    let names: Vec<speakers::DocNames> = segs
        .iter()
        .zip(&per_doc)
        .map(|(s, c)| extract::doc_names(s, c))
        .collect();
    let resolver = speakers::Resolver::new(&names, &cfg.speakers);
    per_doc
        .par_iter_mut()
        .enumerate()
        .for_each(|(i, claims)| extract::resolve_speakers(i, claims, &resolver));
    let doc_dates: Vec<Option<chrono::NaiveDate>> = segs.iter().map(|s| s.meta.date).collect();
    let mut claims: Vec<Claim> = per_doc.into_iter().flatten().collect();
    let events = extract::link_events(&mut claims, &doc_dates, &|_| Vec::new());
    let documents: Vec<Document> = docs
        .into_iter()
        .zip(segs)
        .enumerate()
        .map(|(i, (source, seg))| {
            let turn_speakers = seg
                .turns
                .iter()
                .map(|t| {
                    t.speaker_as_written
                        .as_deref()
                        .and_then(|w| resolver.canonical(i, w))
                })
                .collect();
            Document {
                id: format!("doc:{}", source.path),
                path: source.path.clone(),
                principal: resolver.principal(i),
                source,
                seg,
                turn_speakers,
            }
        })
        .collect();
    Analysis {
        documents,
        speakers: resolver.speakers,
        claims,
        matches: Vec::new(),
        events,
    }
}

/// Runs the whole job. Warnings (skipped or repaired files) are passed to
/// `warn` as they arise.
pub fn build(opts: &BuildOptions, warn: &mut dyn FnMut(&Warning)) -> Result<BuildSummary> {
    let t0 = Instant::now();
    let mut stages = Vec::new();
    let mut lap = |name: &'static str, since: &mut Instant| {
        stages.push((name, since.elapsed()));
        *since = Instant::now();
    };
    let mut t = Instant::now();
    let corpus = corpus::read_corpus(&opts.corpus, &opts.read)?;
    for w in &corpus.warnings {
        warn(w);
    }
    if corpus.docs.is_empty() {
        return Err(Error::NoDocuments {
            path: opts.corpus.clone(),
            skipped: corpus.skipped,
        });
    }
    export::prepare_dir(&opts.claims)?;
    export::prepare_dir(&opts.graphs)?;
    let cfg = corpus::read_config(&opts.corpus, opts.config.as_deref())?;
    let skipped = corpus.skipped;
    lap("read", &mut t);
    let analysis = analyse(corpus.docs, &cfg);
    lap("segment+extract", &mut t);
    let graph = ClaimGraph::build(&analysis);
    lap("graph", &mut t);
    let (r1, (r2, r3)) = rayon::join(
        || export::claims::write_all(&analysis, &opts.claims),
        || {
            rayon::join(
                || {
                    export::write_atomic(&opts.graphs.join("claimgraph.json"), |w| {
                        export::json::write(&analysis, &graph, w)
                    })
                },
                || {
                    export::write_atomic(&opts.graphs.join("claimgraph.dot"), |w| {
                        export::dot::write(&analysis, &graph, w)
                    })
                },
            )
        },
    );
    r1?;
    r2?;
    r3?;
    lap("export", &mut t);
    Ok(BuildSummary {
        documents: analysis.documents.len(),
        skipped,
        speakers: analysis.speakers.len(),
        turns: analysis.documents.iter().map(|d| d.seg.turns.len()).sum(),
        claims: analysis.claims.len(),
        nodes: graph.graph.node_count(),
        edges: graph.graph.edge_count(),
        stages,
        elapsed: t0.elapsed(),
    })
}
