//! The whole job: corpus → segment → extract → annotate (and the
//! check-worthiness filter) → match → graph → export.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::annotate;
use crate::cache::{Cache, DocWork};
use crate::config::Config;
use crate::corpus::{self, ReadOptions};
use crate::error::{Error, Result, Warning};
use crate::export;
use crate::extract::reported::{TitleLookups, Titles};
use crate::extract::{self, speakers};
use crate::graph::ClaimGraph;
use crate::matching::{self, MatchOptions};
use crate::model::{Analysis, Claim, Document, Segmented, SourceDoc};
use crate::progress::Reporter;
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
    /// The incremental-build cache folder ([`crate::cache`]); `None`
    /// builds from scratch and writes no cache.
    pub cache: Option<PathBuf>,
    /// Where the long stages report their progress (nothing by default).
    pub progress: Reporter,
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
            cache: None,
            progress: Reporter::default(),
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
    /// Documents whose per-document work was done in this build (all of
    /// them without a cache; see [`crate::cache`]).
    pub extracted: usize,
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
    /// Where the long stages report their progress.
    pub progress: Reporter,
}

impl Default for Stages {
    fn default() -> Self {
        Stages {
            last: Instant::now(),
            laps: Vec::new(),
            progress: Reporter::default(),
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

/// A document's segmentation, its titled names and, from the cache, its
/// earlier claims and lookups.
type Prior = (Segmented, Titles, Option<(Vec<Claim>, TitleLookups)>);

/// [`analyse`], timing each stage; also returns how many claims the
/// check-worthiness filter dropped.
pub fn analyse_timed(
    docs: Vec<SourceDoc>,
    cfg: &Config,
    opts: &AnalysisOptions,
    stages: &mut Stages,
) -> (Analysis, usize) {
    let prior = vec![None; docs.len()];
    let (work, _) = per_document(&docs, prior, stages);
    analyse_work(docs, work, cfg, opts, stages)
}

/// Each document's per-document work (segmentation, titled names,
/// extraction), reusing `prior` work (from the cache) where it still
/// holds: its segmentation and titled names always (the cache key covers
/// everything they depend on), its claims when the corpus's titled names
/// still give the answers the extraction looked up. Also returns which
/// documents' work is new (not all reused).
pub fn per_document(
    docs: &[SourceDoc],
    prior: Vec<Option<DocWork>>,
    stages: &mut Stages,
) -> (Vec<DocWork>, Vec<bool>) {
    let progress = &stages.progress;
    progress.start("segment", docs.len());
    let segs: Vec<Prior> = docs
        .par_iter()
        .zip(prior)
        .map(|(d, p)| {
            let r = match p {
                Some(w) => (w.seg, w.titles, Some((w.claims, w.lookups))),
                None => {
                    // both read the whole text: side by side for a big document
                    let (seg, titles) =
                        rayon::join(|| segment::segment(d), || Titles::of_text(&d.text));
                    (seg, titles, None)
                }
            };
            progress.tick();
            r
        })
        .collect();
    progress.finish();
    stages.lap("segment");
    let progress = &stages.progress;
    progress.start("extract", docs.len());
    // Who holds which title across the corpus ("the President" → Biden).
    let titles = segs.iter().fold(Titles::default(), |mut acc, s| {
        acc.merge(&s.1);
        acc
    });
    let (work, fresh): (Vec<DocWork>, Vec<bool>) = docs
        .par_iter()
        .zip(segs)
        .enumerate()
        .map(|(i, (d, (seg, doc_titles, old)))| {
            let kept = old.filter(|(_, l)| l.still_hold(&titles, &seg));
            let fresh = kept.is_none();
            let (claims, lookups) = match kept {
                Some(k) => k,
                None => extract::extract_tracked(i, d, &seg, &titles),
            };
            progress.tick();
            let w = DocWork {
                seg,
                titles: doc_titles,
                claims,
                lookups,
            };
            (w, fresh)
        })
        .unzip();
    progress.finish();
    stages.lap("extract");
    (work, fresh)
}

/// The rest of the analysis once each document's work is done: speakers,
/// annotations, the check-worthiness filter, events and topics; returns
/// how many claims the filter dropped.
pub fn analyse_work(
    docs: Vec<SourceDoc>,
    work: Vec<DocWork>,
    cfg: &Config,
    opts: &AnalysisOptions,
    stages: &mut Stages,
) -> (Analysis, usize) {
    stages.progress.start("annotate", 0);
    // Who holds which title across the corpus ("the President" → Biden).
    let titles = work.iter().fold(Titles::default(), |mut acc, w| {
        acc.merge(&w.titles);
        acc
    });
    let (segs, mut per_doc): (Vec<Segmented>, Vec<Vec<Claim>>) =
        work.into_iter().map(|w| (w.seg, w.claims)).unzip();
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
    let mut notes = annotate::annotate_claims(&mut claims, &seg_refs, &titles, &cfg.topics);
    let dropped = annotate::drop_below(&mut claims, &mut notes, opts.min_checkworthiness);
    let nodes = annotate::nodes(&mut claims, &notes);
    stages.progress.finish();
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
                "short" => "  match:short",
                "contained" => "  match:contained",
                "related" => "  match:related",
                "reports" => "  match:reports",
                "fragments" => "  match:fragments",
                "semantic" => "  match:semantic",
                "talking points" => "  match:talking",
                "finish" => "  match:finish",
                _ => "  match:other",
            };
            (name, d)
        })
        .collect()
}

/// Runs the whole job. Warnings (skipped or repaired files) are passed to
/// `warn` as they arise.
pub fn build(opts: &BuildOptions, warn: &mut dyn FnMut(&Warning)) -> Result<BuildSummary> {
    let t0 = Instant::now();
    let mut stages = Stages {
        progress: opts.progress.clone(),
        ..Stages::default()
    };
    let corpus = corpus::read_corpus_with(&opts.corpus, &opts.read, &opts.progress)?;
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
    let cache = opts
        .cache
        .as_deref()
        .map(|dir| Cache::new(dir, &corpus.docs, &cfg));
    let prior = match &cache {
        Some(c) => c.load(&corpus.docs),
        None => vec![None; corpus.docs.len()],
    };
    stages.lap("cache:load");
    let (work, fresh) = per_document(&corpus.docs, prior, &mut stages);
    if let Some(w) = cache.as_ref().and_then(|c| c.store(&work, &fresh)) {
        warn(&w);
    }
    stages.lap("cache:store");
    let extracted = fresh.iter().filter(|&&f| f).count();
    let (mut analysis, dropped) =
        analyse_work(corpus.docs, work, &cfg, &opts.analysis, &mut stages);
    // No stage after the analysis reads the documents' texts (matching and
    // the exports use the claims' own): freed before the two stages that
    // need the most memory (50 MB for one 50 MB document).
    for d in &mut analysis.documents {
        d.source.text = String::new();
    }
    stages.progress.start("match", 0);
    let steps = link_claims(&mut analysis, &opts.matching);
    stages.progress.finish();
    stages.lap("match");
    stages.laps.extend(steps);
    let graph = ClaimGraph::build(&analysis);
    stages.lap("graph");
    stages.progress.start("export", 6);
    let parts = export_all(&analysis, &graph, opts)?;
    stages.progress.finish();
    stages.lap("export");
    stages.laps.extend(parts);
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
        extracted,
        stages: stages.laps,
        elapsed: t0.elapsed(),
    })
}

/// Writes every output of the build but the images; returns the time each
/// took.
fn export_all(
    analysis: &Analysis,
    graph: &ClaimGraph,
    opts: &BuildOptions,
) -> Result<Vec<(&'static str, Duration)>> {
    let timed = |f: &dyn Fn() -> Result<()>| {
        let t = Instant::now();
        let r = f().map(|()| t.elapsed());
        opts.progress.tick();
        r
    };
    // A graph file written by one of the export functions.
    type GraphWriter = fn(&Analysis, &ClaimGraph, &mut dyn std::io::Write) -> std::io::Result<()>;
    let graph_file = |name: &str, write: GraphWriter| {
        timed(&|| export::write_atomic(&opts.graphs.join(name), |w| write(analysis, graph, w)))
    };
    // Every output is its own task, so that two cores stay busy to the end
    // (the store is one thread's work; the others split theirs).
    let ((r1, (r4, store_cpu)), ((r2, r3), (r5, r6))) = rayon::join(
        || {
            rayon::join(
                || timed(&|| export::claims::write_all(analysis, &opts.claims)),
                || {
                    let cpu = thread_cpu();
                    let r = timed(&|| {
                        export::sqlite::write(
                            analysis,
                            &opts.graphs.join(export::sqlite::FILE_NAME),
                        )
                    });
                    let cpu = cpu.zip(thread_cpu()).map(|(a, b)| b.saturating_sub(a));
                    (r, cpu)
                },
            )
        },
        || {
            rayon::join(
                || {
                    rayon::join(
                        || graph_file("claimgraph.json", export::json::write),
                        || graph_file("claimgraph.dot", export::dot::write),
                    )
                },
                || {
                    rayon::join(
                        || timed(&|| export::tables::write_all(analysis, &opts.graphs)),
                        || graph_file(export::graphml::FILE_NAME, export::graphml::write),
                    )
                },
            )
        },
    );
    let mut laps = vec![
        ("  claims files", r1?),
        ("  node-link json", r2?),
        ("  dot", r3?),
        ("  sqlite store", r4?),
        ("  tables", r5?),
        ("  graphml", r6?),
    ];
    // the store is written by one thread: its CPU time is what the store
    // adds to the build, whatever else the machine runs
    if let Some(cpu) = store_cpu {
        laps.push(("  sqlite store, CPU", cpu));
    }
    Ok(laps)
}

/// The CPU time the calling thread has used (Linux's
/// `/proc/thread-self/schedstat`; None elsewhere).
fn thread_cpu() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}
