//! The command line: one module per subcommand, each with its own
//! arguments struct and `run`.

pub mod build;

use clap::{Parser, Subcommand};

/// Cross-references claims and their sources across a corpus of transcripts.
#[derive(Parser)]
#[command(name = "claimgraph", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands, one module each.
#[derive(Subcommand)]
pub enum Command {
    /// Read the corpus, extract claims, build the graph, write the outputs.
    Build(build::BuildArgs),
}

impl Command {
    /// Runs the subcommand.
    pub fn run(self) -> anyhow::Result<()> {
        match self {
            Command::Build(args) => build::run(args),
        }
    }
}

/// A number between 0 and 1 (a clap value parser).
pub fn unit_interval(s: &str) -> Result<f64, String> {
    let x: f64 = s.parse().map_err(|e| format!("{e}"))?;
    if (0.0..=1.0).contains(&x) {
        Ok(x)
    } else {
        Err(format!("{x} is not between 0 and 1"))
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
