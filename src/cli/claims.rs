//! `claimgraph claims`: claims by speaker, topic, document, date, text,
//! role, check-worthiness, reported speech or talking point.

use claimgraph::query::{ClaimFilter, ClaimRow};

use std::io::{self, Write};

use super::output::{Col, OutputArgs, StoreArgs, finish, opt, print_stream, short_id};
use super::unit_interval;

#[derive(clap::Args)]
pub struct ClaimsArgs {
    /// Said by this speaker (name, alias or surname: "Mr Lavrov").
    #[arg(long)]
    speaker: Option<String>,
    /// About this topic (name or words of it: "Navalny").
    #[arg(long)]
    topic: Option<String>,
    /// In this document (path or part of it).
    #[arg(long)]
    doc: Option<String>,
    /// Document date on or after (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    from: Option<String>,
    /// Document date on or before (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    to: Option<String>,
    /// Full-text query (SQLite FTS5: words, "a phrase", OR, NOT, prefix*).
    #[arg(long)]
    text: Option<String>,
    /// Role of the turn.
    #[arg(long, value_parser = ["question", "answer", "statement"])]
    role: Option<String>,
    /// Check-worthiness at least this (0–1).
    #[arg(long, value_parser = unit_interval)]
    min_checkworthiness: Option<f64>,
    /// Only reported speech (words a speaker attributes to someone else).
    #[arg(long)]
    reported: bool,
    /// In the talking point of this claim (id or unique prefix).
    #[arg(long)]
    cluster: Option<String>,
    /// At most this many claims (0: all). The table shows the first
    /// 100 by default and says how many more there are; --json and
    /// --jsonl list every claim unless --limit is given.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Every claim in the table (the same as --limit 0).
    #[arg(long, conflicts_with = "limit")]
    all: bool,
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    out: OutputArgs,
}

/// The table columns of a claim listing.
pub fn columns() -> Vec<Col<ClaimRow>> {
    vec![
        Col::new("id", |c: &ClaimRow| short_id(&c.id)),
        Col::new("date", |c: &ClaimRow| opt(&c.doc_date)),
        Col::new("doc", |c: &ClaimRow| c.doc.clone()),
        Col::new("line", |c: &ClaimRow| c.line.to_string()),
        Col::new("speaker", |c: &ClaimRow| opt(&c.speaker)),
        Col::new("role", |c: &ClaimRow| c.role.clone()),
        Col::flex("text", |c: &ClaimRow| c.text.clone()),
    ]
}

/// How many claims the table shows without `--limit` or `--all`: a
/// terminal's few screens; the unfiltered listing of a large corpus
/// (195,000 claims at 1000 documents) would take over half a second to
/// print lines nobody reads.
pub const DEFAULT_TABLE_LIMIT: usize = 100;

/// The limit a listing runs with: `--all` and `--limit 0` mean none;
/// without either, a table stops at [`DEFAULT_TABLE_LIMIT`] and JSON has
/// none.
fn effective_limit(a: &ClaimsArgs) -> Option<usize> {
    match (a.all, a.limit) {
        (true, _) | (_, Some(0)) => None,
        (false, Some(n)) => Some(n),
        (false, None) if a.out.json || a.out.jsonl => None,
        (false, None) => Some(DEFAULT_TABLE_LIMIT),
    }
}

pub fn run(a: ClaimsArgs) -> anyhow::Result<bool> {
    let limit = effective_limit(&a);
    let table = !(a.out.json || a.out.jsonl);
    let store = a.store.open()?;
    let filter = ClaimFilter {
        speaker: a.speaker,
        topic: a.topic,
        doc: a.doc,
        from: a.from,
        to: a.to,
        text: a.text,
        role: a.role,
        min_checkworthiness: a.min_checkworthiness,
        reported: a.reported,
        cluster: a.cluster,
        limit,
    };
    // streamed: every claim of the store is 140 MB of JSON at 1000
    // documents, and a table needs only its cells
    let mut shown = 0usize;
    let found = print_stream(&columns(), a.out, |each| {
        store.for_each_claim(&filter, |row| {
            shown += 1;
            each(row)
        })
    })?;
    if table && limit == Some(shown) {
        let more = store.count_claims(&filter)? - shown;
        if more > 0 {
            let s = if more == 1 { "" } else { "s" };
            finish(writeln!(
                io::stdout(),
                "… {more} more claim{s}; --limit N shows N, --all (or --limit 0) all"
            ))?;
        }
    }
    Ok(found)
}
