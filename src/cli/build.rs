//! `claimgraph build`.

use std::path::PathBuf;

use claimgraph::corpus::ReadOptions;
use claimgraph::matching::MatchOptions;
use claimgraph::pipeline::AnalysisOptions;
use claimgraph::{BuildOptions, build};

use super::unit_interval;

// The arguments of `claimgraph build` (its help text is the doc comment of
// `Command::Build`).
#[derive(clap::Args)]
pub struct BuildArgs {
    /// Folder of transcripts (.txt, .md), read recursively.
    #[arg(long, default_value = "corpus")]
    corpus: PathBuf,
    /// Output folder for per-document claims files.
    #[arg(long, default_value = "claims")]
    claims: PathBuf,
    /// Output folder for claimgraph.json and claimgraph.dot.
    #[arg(long, default_value = "graphs")]
    graphs: PathBuf,
    /// Configuration file (speaker aliases, topics); default: claimgraph.toml
    /// at the corpus root, if present.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Keep only claims whose check-worthiness (0–1) is at least this.
    #[arg(long, default_value_t = 0.0, value_parser = unit_interval)]
    min_checkworthiness: f64,
    /// Skip files larger than this many bytes.
    #[arg(long, default_value_t = ReadOptions::default().max_file_size)]
    max_file_size: u64,
    /// Print the time taken by each stage.
    #[arg(long, short, conflicts_with = "quiet")]
    verbose: bool,
    /// Print no summary, notes or progress bars (warnings still are).
    #[arg(long, short)]
    quiet: bool,
    /// Folder of the incremental-build cache; default:
    /// .claimgraph-cache beside the corpus folder.
    #[arg(long, value_name = "DIR", conflicts_with = "no_cache")]
    cache: Option<PathBuf>,
    /// Build from scratch, reading and writing no cache.
    #[arg(long)]
    no_cache: bool,
    #[command(flatten)]
    matching: MatchArgs,
}

/// Cross-document matching thresholds (see `claimgraph::matching`).
#[derive(clap::Args)]
#[command(next_help_heading = "Matching")]
pub struct MatchArgs {
    /// Words per shingle in the candidate index.
    #[arg(long, default_value_t = MatchOptions::default().shingle)]
    shingle: usize,
    /// Shingles found in more claims than this are boilerplate and not
    /// indexed; claims repeated verbatim more often are not linked.
    #[arg(long, default_value_t = MatchOptions::default().max_df)]
    max_df: usize,
    /// Compare two claims sharing a single shingle only if it is found in
    /// at most this many claims.
    #[arg(long, default_value_t = MatchOptions::default().single_max_df)]
    single_max_df: usize,
    /// Claims (and quotations) with fewer words are not matched.
    #[arg(long, default_value_t = MatchOptions::default().min_tokens)]
    min_tokens: usize,
    /// Claims with fewer content words are not matched.
    #[arg(long, default_value_t = MatchOptions::default().min_content)]
    min_content: usize,
    /// Character-level similarity for near-verbatim claims (`levenshtein`).
    #[arg(long, default_value_t = MatchOptions::default().near_threshold)]
    near_threshold: f64,
    /// Word-level similarity for lightly edited claims
    /// (`token-levenshtein`).
    #[arg(long, default_value_t = MatchOptions::default().edit_threshold)]
    edit_threshold: f64,
    /// Share of a claim's words found in order inside a longer, attributing
    /// claim (`attributed-containment`).
    #[arg(long, default_value_t = MatchOptions::default().containment_threshold)]
    containment_threshold: f64,
    /// Similarity of the aligned part of a quotation (`quote`).
    #[arg(long, default_value_t = MatchOptions::default().quote_threshold)]
    quote_threshold: f64,
    /// Shortest quotation matched, in words.
    #[arg(long, default_value_t = MatchOptions::default().min_quote_tokens)]
    min_quote_tokens: usize,
    /// Shortest shared phrase for an attributed paraphrase, in words.
    #[arg(long, default_value_t = MatchOptions::default().min_phrase_tokens)]
    min_phrase_tokens: usize,
    /// A partial alignment must hold a shingle found in at most this many
    /// claims.
    #[arg(long, default_value_t = MatchOptions::default().partial_max_df)]
    partial_max_df: usize,
    /// Minimum score of a `related` link.
    #[arg(long, default_value_t = MatchOptions::default().related_threshold)]
    related_threshold: f64,
    /// Do not look for restatements and paraphrases through the inverted
    /// index (the `restated` and `semantic` methods).
    #[arg(long)]
    no_semantic: bool,
    /// Do not use the sentence embeddings (lexical matching only).
    #[arg(long)]
    no_embeddings: bool,
    /// Minimum mean of weighted overlap and embedding cosine for a
    /// `semantic` paraphrase.
    #[arg(long, default_value_t = MatchOptions::default().semantic_threshold)]
    semantic_threshold: f64,
    /// Minimum embedding cosine for a `semantic` paraphrase.
    #[arg(long, default_value_t = MatchOptions::default().semantic_cosine)]
    semantic_cosine: f64,
    /// Share of the longer claim's weighted content a `restated` link must
    /// cover.
    #[arg(long, default_value_t = MatchOptions::default().restated_cover)]
    restated_cover: f64,
    /// Do not look for `related` links.
    #[arg(long)]
    no_related: bool,
    /// Do not link a speaker's talking points said again in other words
    /// (the `talking-point`, `same-figure` and `shared-theme` methods).
    #[arg(long)]
    no_talking_points: bool,
    /// Most links kept from one claim to earlier claims.
    #[arg(long, default_value_t = MatchOptions::default().max_links)]
    max_links: usize,
}

impl MatchArgs {
    fn options(&self) -> anyhow::Result<MatchOptions> {
        let o = MatchOptions {
            shingle: self.shingle,
            max_df: self.max_df,
            single_max_df: self.single_max_df,
            min_tokens: self.min_tokens,
            min_content: self.min_content,
            near_threshold: self.near_threshold,
            edit_threshold: self.edit_threshold,
            containment_threshold: self.containment_threshold,
            quote_threshold: self.quote_threshold,
            min_quote_tokens: self.min_quote_tokens,
            min_phrase_tokens: self.min_phrase_tokens,
            partial_max_df: self.partial_max_df,
            related: !self.no_related,
            talking_points: !self.no_talking_points,
            semantic: !self.no_semantic,
            embeddings: !self.no_embeddings,
            semantic_threshold: self.semantic_threshold,
            semantic_cosine: self.semantic_cosine,
            restated_cover: self.restated_cover,
            related_threshold: self.related_threshold,
            max_links: self.max_links,
            ..MatchOptions::default()
        };
        o.validate()?;
        Ok(o)
    }
}

/// Runs a build and prints its summary (and, with `-v`, the time of each
/// stage) to stderr.
pub fn run(args: BuildArgs) -> anyhow::Result<()> {
    let cache = (!args.no_cache).then(|| {
        args.cache
            .clone()
            .unwrap_or_else(|| default_cache(&args.corpus))
    });
    let progress = super::progress::reporter(args.quiet);
    let opts = BuildOptions {
        cache,
        progress: progress.clone(),
        corpus: args.corpus,
        claims: args.claims,
        graphs: args.graphs,
        read: ReadOptions {
            max_file_size: args.max_file_size,
        },
        config: args.config,
        analysis: AnalysisOptions {
            min_checkworthiness: args.min_checkworthiness,
        },
        matching: args.matching.options()?,
    };
    let s = build(&opts, &mut |w| eprintln!("claimgraph: warning: {w}"))?;
    release_freed_memory();
    progress.start("images", 0);
    let views = claimgraph::render::build::write_views(&opts.graphs);
    progress.finish();
    let views = views?;
    if args.quiet {
        return Ok(());
    }
    if let Some(note) = &views.note {
        eprintln!("claimgraph: note: {note}");
    }
    eprintln!(
        "claimgraph: {} documents ({} skipped), {} speakers, {} turns, {} claims ({} below --min-checkworthiness), {} edges ({} links between claims) in {:.2} s",
        s.documents,
        s.skipped,
        s.speakers,
        s.turns,
        s.claims,
        s.dropped,
        s.edges,
        s.matches,
        s.elapsed.as_secs_f64()
    );
    if args.verbose {
        for (stage, d) in &s.stages {
            eprintln!("claimgraph:   {stage:<16} {:.3} s", d.as_secs_f64());
        }
        eprintln!(
            "claimgraph:   {} of {} documents segmented or extracted anew",
            s.extracted, s.documents
        );
    }
    Ok(())
}

/// The default cache folder: `.claimgraph-cache` beside the corpus folder
/// (in its parent), outside the committed `claims/` and `graphs/`.
pub fn default_cache(corpus: &std::path::Path) -> PathBuf {
    match corpus.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.join(CACHE_DIR),
        _ => PathBuf::from(CACHE_DIR),
    }
}

/// The name of the default cache folder.
const CACHE_DIR: &str = ".claimgraph-cache";

/// Gives the memory the build freed back to the system before the images
/// are drawn: glibc keeps freed small allocations (the analysis of a big
/// corpus: 680 MB at 50 MB) in its heaps, and the pages the images map
/// from the store would count on top of them.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages of the heaps to the
    // kernel; it may be called at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_cache_is_beside_the_corpus() {
        assert_eq!(
            default_cache("corpus".as_ref()),
            PathBuf::from(".claimgraph-cache")
        );
        assert_eq!(
            default_cache("target/bench/gen-10/corpus".as_ref()),
            PathBuf::from("target/bench/gen-10/.claimgraph-cache")
        );
    }
}
