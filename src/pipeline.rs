//! The whole job: corpus → segment → extract → annotate (and the
//! check-worthiness filter) → match → graph → export.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::annotate;
use crate::config::Config;
use crate::corpus::{self, ReadOptions};
use crate::error::{Error, Result, Warning};
use crate::export;
use crate::extract::{self, speakers};
use crate::graph::ClaimGraph;
use crate::matching::{self, MatchOptions};
use crate::model::{Analysis, Claim, Document, Segmented, SourceDoc};
use crate::segment;

/// What `claimgraph build` needs.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The corpus folder.
    pub corpus: PathBuf,
    /// Where the per-document claims files go.
    pub claims: PathBuf,
    /// Where the graph outputs go (`claimgraph.json`, `.dot`, `.sqlite`,
    /// `.graphml` and the tables).
    pub graphs: PathBuf,
    /// How files are read.
    pub read: ReadOptions,
    /// A configuration file; `None` looks for `claimgraph.toml` at the
    /// corpus root.
    pub config: Option<PathBuf>,
    /// The analysis proper.
    pub analysis: AnalysisOptions,
    /// Thresholds for cross-document claim matching.
    pub matching: MatchOptions,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            corpus: "corpus".into(),
            claims: "claims".into(),
            graphs: "graphs".into(),
            read: ReadOptions::default(),
            config: None,
            analysis: AnalysisOptions::default(),
            matching: MatchOptions::default(),
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
    /// Claims kept.
    pub claims: usize,
    /// Claims dropped by the check-worthiness filter
    /// ([`AnalysisOptions::min_checkworthiness`]).
    pub dropped: usize,
    /// Graph nodes.
    pub nodes: usize,
    /// Graph edges.
    pub edges: usize,
    /// Match edges (quotes, repeats, paraphrases, related).
    pub matches: usize,
    /// Time per stage.
    pub stages: Vec<(&'static str, Duration)>,
    /// Wall time of the whole build.
    pub elapsed: Duration,
}

/// Times the stages of a run.
#[derive(Debug)]
pub struct Stages {
    last: Instant,
    /// Time per stage, in order.
    pub laps: Vec<(&'static str, Duration)>,
}

impl Default for Stages {
    fn default() -> Self {
        Stages {
            last: Instant::now(),
            laps: Vec::new(),
        }
    }
}

impl Stages {
    /// Ends the current stage.
    pub fn lap(&mut self, name: &'static str) {
        let now = Instant::now();
        self.laps.push((name, now - self.last));
        self.last = now;
    }
}

/// Options of the analysis proper.
#[derive(Debug, Clone, Default)]
pub struct AnalysisOptions {
    /// Claims scoring below this check-worthiness are dropped (0 keeps all).
    pub min_checkworthiness: f64,
}

/// Analyses documents already read: segmentation, claims, speakers,
/// annotations (dates, topics, check-worthiness), the check-worthiness
/// filter, events and topics.
pub fn analyse(docs: Vec<SourceDoc>, cfg: &Config, opts: &AnalysisOptions) -> Analysis {
    analyse_timed(docs, cfg, opts, &mut Stages::default()).0
}

/// [`analyse`], timing each stage; also returns how many claims the
/// check-worthiness filter dropped.
pub fn analyse_timed(
    docs: Vec<SourceDoc>,
    cfg: &Config,
    opts: &AnalysisOptions,
    stages: &mut Stages,
) -> (Analysis, usize) {
    let segs: Vec<Segmented> = docs.par_iter().map(segment::segment).collect();
    stages.lap("segment");
    // Who holds which title across the corpus ("the President" → Biden).
    let titles = docs
        .par_iter()
        .map(|d| extract::reported::Titles::of_text(&d.text))
        .collect::<Vec<_>>()
        .iter()
        .fold(extract::reported::Titles::default(), |mut acc, t| {
            acc.merge(t);
            acc
        });
    let mut per_doc: Vec<Vec<Claim>> = docs
        .par_iter()
        .zip(segs.par_iter())
        .enumerate()
        .map(|(i, (d, s))| extract::extract_in_corpus(i, d, s, &titles))
        .collect();
    stages.lap("extract");
    let names: Vec<speakers::DocNames> = docs
        .iter()
        .zip(&segs)
        .zip(&per_doc)
        .map(|((d, s), c)| extract::doc_names(d, s, c))
        .collect();
    let resolver = speakers::Resolver::new(&names, &cfg.speakers);
    per_doc
        .par_iter_mut()
        .enumerate()
        .for_each(|(i, claims)| extract::resolve_speakers(i, claims, &resolver));
    stages.lap("speakers");
    let mut claims: Vec<Claim> = per_doc.into_iter().flatten().collect();
    let seg_refs: Vec<&Segmented> = segs.iter().collect();
    let mut notes = annotate::annotate_claims(&mut claims, &seg_refs, &cfg.topics);
    let dropped = annotate::drop_below(&mut claims, &mut notes, opts.min_checkworthiness);
    let nodes = annotate::nodes(&mut claims, &notes);
    stages.lap("annotate");
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
    let analysis = Analysis {
        documents,
        speakers: resolver.speakers,
        claims,
        matches: Vec::new(),
        events: nodes.events,
        topics: nodes.topics,
        sources: Vec::new(),
        clusters: Vec::new(),
        cluster_sizes: Vec::new(),
    };
    (analysis, dropped)
}

/// Cross-document matching: fills `analysis.matches` and
/// `analysis.sources` (see [`matching::find_matches`]); returns the time
/// taken by each matching step, named `match:<step>`.
pub fn link_claims(analysis: &mut Analysis, opts: &MatchOptions) -> Vec<(&'static str, Duration)> {
    let dates: Vec<_> = analysis.documents.iter().map(|d| d.seg.meta.date).collect();
    let (m, times) = matching::find_matches_timed(&analysis.claims, &dates, opts);
    analysis.matches = m.edges;
    analysis.sources = m.source;
    let mut size = vec![0usize; m.cluster.len()];
    for &c in &m.cluster {
        size[c] += 1;
    }
    analysis.cluster_sizes = m.cluster.iter().map(|&c| size[c]).collect();
    analysis.clusters = m.cluster;
    times
        .into_iter()
        .map(|(step, d)| {
            let name = match step {
                "prepare" => "  match:prepare",
                "entries" => "  match:entries",
                "index" => "  match:index",
                "verify" => "  match:verify",
                "classify" => "  match:classify",
                "related" => "  match:related",
                "semantic" => "  match:semantic",
                _ => "  match:finish",
            };
            (name, d)
        })
        .collect()
}

/// Runs the whole job. Warnings (skipped or repaired files) are passed to
/// `warn` as they arise.
pub fn build(opts: &BuildOptions, warn: &mut dyn FnMut(&Warning)) -> Result<BuildSummary> {
    let t0 = Instant::now();
    let mut stages = Stages::default();
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
    stages.lap("read");
    let (mut analysis, dropped) = analyse_timed(corpus.docs, &cfg, &opts.analysis, &mut stages);
    let steps = link_claims(&mut analysis, &opts.matching);
    stages.lap("match");
    stages.laps.extend(steps);
    let graph = ClaimGraph::build(&analysis);
    stages.lap("graph");
    let timed = |f: &dyn Fn() -> Result<()>| {
        let t = Instant::now();
        f().map(|()| t.elapsed())
    };
    let ((r1, r4), (r2, r3)) = rayon::join(
        || {
            rayon::join(
                || timed(&|| export::claims::write_all(&analysis, &opts.claims)),
                || {
                    timed(&|| {
                        export::sqlite::write(
                            &analysis,
                            &opts.graphs.join(export::sqlite::FILE_NAME),
                        )
                    })
                },
            )
        },
        || {
            rayon::join(
                || {
                    timed(&|| {
                        export::write_atomic(&opts.graphs.join("claimgraph.json"), |w| {
                            export::json::write(&analysis, &graph, w)
                        })
                    })
                },
                || {
                    timed(&|| {
                        export::write_atomic(&opts.graphs.join("claimgraph.dot"), |w| {
                            export::dot::write(&analysis, &graph, w)
                        })
                    })
                },
            )
        },
    );
    let tables = timed(&|| {
        export::tables::write_all(&analysis, &opts.graphs)?;
        export::write_atomic(&opts.graphs.join(export::graphml::FILE_NAME), |w| {
            export::graphml::write(&analysis, &graph, w)
        })
    });
    stages.lap("export");
    stages.laps.push(("  claims files", r1?));
    stages.laps.push(("  node-link json", r2?));
    stages.laps.push(("  dot", r3?));
    stages.laps.push(("  sqlite store", r4?));
    stages.laps.push(("  tables, graphml", tables?));
    Ok(BuildSummary {
        documents: analysis.documents.len(),
        skipped,
        speakers: analysis.speakers.len(),
        turns: analysis.documents.iter().map(|d| d.seg.turns.len()).sum(),
        claims: analysis.claims.len(),
        dropped,
        nodes: graph.graph.node_count(),
        edges: graph.graph.edge_count(),
        matches: analysis.matches.len(),
        stages: stages.laps,
        elapsed: t0.elapsed(),
    })
}
