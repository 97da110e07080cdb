//! The command line: one module per subcommand, each with its own
//! arguments struct and `run`.

pub mod build;
pub mod claims;
pub mod completions;
pub mod events;
pub mod links;
pub mod output;
pub mod progress;
pub mod render;
pub mod repeated;
pub mod show;
pub mod source;
pub mod speakers;
pub mod sql;
pub mod topics;

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
    /// List claims: filter by speaker, topic, document, dates, text, role,
    /// check-worthiness, reported speech, talking point.
    Claims(claims::ClaimsArgs),
    /// One claim: provenance, speaker, topics, source, links in and out.
    Show(show::ShowArgs),
    /// List links between claims (quotes, repeats, paraphrases, related).
    Links(links::LinksArgs),
    /// Where a sentence (from a news story, say) was said: best matches
    /// first, the earliest marked as source.
    Source(source::SourceArgs),
    /// List speakers with claim and document counts, first and last date.
    Speakers(speakers::SpeakersArgs),
    /// List topics with claim and document counts, first and last date.
    Topics(topics::TopicsArgs),
    /// List events with claim and document counts, first and last date.
    Events(events::EventsArgs),
    /// Talking points said in several documents, largest first.
    Repeated(repeated::RepeatedArgs),
    /// Run a read-only SQL query on the store (graphs/claimgraph.sqlite).
    Sql(sql::SqlArgs),
    /// Draw a view of the graph (overview, a speaker, a topic, the claims
    /// around one claim, a document) as SVG, PNG, PDF or DOT with Graphviz.
    Render(render::RenderArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(completions::CompletionsArgs),
    /// Print the man page, or write one page per command into a folder.
    Man(completions::ManArgs),
}

impl Command {
    /// Runs the subcommand; `Ok(false)` when a query found nothing (exit
    /// 1, like grep).
    pub fn run(self) -> anyhow::Result<bool> {
        match self {
            Command::Build(args) => build::run(args).map(|()| true),
            Command::Claims(a) => claims::run(a),
            Command::Show(a) => show::run(a),
            Command::Links(a) => links::run(a),
            Command::Source(a) => source::run(a),
            Command::Speakers(a) => speakers::run(a),
            Command::Topics(a) => topics::run(a),
            Command::Events(a) => events::run(a),
            Command::Repeated(a) => repeated::run(a),
            Command::Sql(a) => sql::run(a),
            Command::Render(a) => render::run(a),
            Command::Completions(a) => completions::run(a),
            Command::Man(a) => completions::run_man(a),
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
