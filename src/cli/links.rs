//! `claimgraph links`: quotes, repeats, paraphrases and related claims.

use claimgraph::query::{LinkFilter, LinkRow};

use super::output::{Col, LimitArgs, OutputArgs, StoreArgs, opt, print_limited, short_id};
use super::unit_interval;

#[derive(clap::Args)]
pub struct LinksArgs {
    /// Only links of this kind.
    #[arg(long, value_parser = ["quotes", "repeats", "paraphrases", "related"])]
    kind: Option<String>,
    /// Score at least this (0–1).
    #[arg(long, value_parser = unit_interval)]
    min_score: Option<f64>,
    /// Either claim said by this speaker.
    #[arg(long)]
    speaker: Option<String>,
    /// Either claim in this document (path or part of it).
    #[arg(long)]
    doc: Option<String>,
    /// Only links between two documents.
    #[arg(long)]
    cross_doc: bool,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    out: OutputArgs,
}

/// Where a link's end is: `doc:line (speaker)`.
fn end(doc: &str, line: i64, speaker: &Option<String>) -> String {
    format!("{doc}:{line} ({})", opt(speaker))
}

/// The table columns of a link listing.
pub fn columns() -> Vec<Col<LinkRow>> {
    vec![
        Col::new("kind", |l: &LinkRow| l.kind.clone()),
        Col::new("score", |l: &LinkRow| format!("{:.2}", l.score)),
        Col::new("method", |l: &LinkRow| l.method.clone()),
        Col::new("source", |l: &LinkRow| short_id(&l.source)),
        Col::new("later claim", |l: &LinkRow| {
            end(&l.source_doc, l.source_line, &l.source_speaker)
        }),
        Col::new("target", |l: &LinkRow| short_id(&l.target)),
        Col::new("earlier claim", |l: &LinkRow| {
            end(&l.target_doc, l.target_line, &l.target_speaker)
        }),
        Col::flex("target_text", |l: &LinkRow| l.target_text.clone()),
    ]
}

pub fn run(a: LinksArgs) -> anyhow::Result<bool> {
    let store = a.store.open()?;
    let filter = LinkFilter {
        kind: a.kind,
        min_score: a.min_score,
        speaker: a.speaker,
        doc: a.doc,
        cross_doc: a.cross_doc,
        claim: None,
        limit: None,
    };
    print_limited(
        &columns(),
        a.out,
        a.limits,
        "links",
        |limit, each| {
            let limited = LinkFilter {
                limit,
                ..filter.clone()
            };
            store.for_each_link(&limited, each)
        },
        || Ok(store.count_links(&filter)?),
    )
}
