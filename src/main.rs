//! The `claimgraph` command: parses arguments and calls the library.
//!
//! Exit codes: 0 success (also when some files were skipped with warnings),
//! 2 when the run cannot proceed (missing or empty corpus, unwritable output
//! folder) or the arguments are wrong.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use claimgraph::corpus::ReadOptions;
use claimgraph::pipeline::AnalysisOptions;
use claimgraph::{BuildOptions, build};

/// Cross-references claims and their sources across a corpus of transcripts.
#[derive(Parser)]
#[command(name = "claimgraph", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read the corpus, extract claims, build the graph, write the outputs.
    Build(BuildArgs),
}

#[derive(clap::Args)]
struct BuildArgs {
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
    #[arg(long, short)]
    verbose: bool,
}

fn unit_interval(s: &str) -> Result<f64, String> {
    let x: f64 = s.parse().map_err(|e| format!("{e}"))?;
    if (0.0..=1.0).contains(&x) {
        Ok(x)
    } else {
        Err(format!("{x} is not between 0 and 1"))
    }
}

fn run_build(args: BuildArgs) -> anyhow::Result<()> {
    let opts = BuildOptions {
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
    };
    let s = build(&opts, &mut |w| eprintln!("claimgraph: warning: {w}"))?;
    eprintln!(
        "claimgraph: {} documents ({} skipped), {} speakers, {} turns, {} claims, {} edges in {:.2} s",
        s.documents,
        s.skipped,
        s.speakers,
        s.turns,
        s.claims,
        s.edges,
        s.elapsed.as_secs_f64()
    );
    if args.verbose {
        for (stage, d) in &s.stages {
            eprintln!("claimgraph:   {stage:<16} {:.3} s", d.as_secs_f64());
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => run_build(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimgraph: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }
}
