//! `claimgraph source "TEXT"`: where a pasted sentence was said, best
//! match first, the earliest of the best marked as the source.

use std::io::Read;

use claimgraph::query::{SourceHit, SourceOptions};

use super::output::{Col, OutputArgs, StoreArgs, opt, print, short_id};
use super::unit_interval;

#[derive(clap::Args)]
pub struct SourceArgs {
    /// The sentence, as pasted from a story; `-` reads it from stdin.
    text: String,
    /// Drop matches scoring below this (0–1).
    #[arg(long, default_value_t = SourceOptions::default().min_score, value_parser = unit_interval)]
    min_score: f64,
    /// At most this many matches.
    #[arg(long, default_value_t = SourceOptions::default().limit)]
    limit: usize,
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    out: OutputArgs,
}

pub fn run(a: SourceArgs) -> anyhow::Result<bool> {
    let text = if a.text == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        s
    } else {
        a.text
    };
    if text.trim().is_empty() {
        anyhow::bail!("no text to look for");
    }
    let store = a.store.open()?;
    let hits = store.source(
        text.trim(),
        &SourceOptions {
            min_score: a.min_score,
            limit: a.limit,
            ..SourceOptions::default()
        },
    )?;
    let cols = vec![
        Col::new("score", |h: &SourceHit| format!("{:.2}", h.score)),
        Col::new("", |h: &SourceHit| {
            if h.is_source { "source" } else { "" }.to_string()
        }),
        Col::new("date", |h: &SourceHit| opt(&h.claim.doc_date)),
        Col::new("doc", |h: &SourceHit| h.claim.doc.clone()),
        Col::new("line", |h: &SourceHit| h.claim.line.to_string()),
        Col::new("speaker", |h: &SourceHit| opt(&h.claim.speaker)),
        Col::new("id", |h: &SourceHit| short_id(&h.claim.id)),
        Col::flex("text", |h: &SourceHit| h.claim.text.clone()),
    ];
    print(&hits, &cols, a.out)
}
