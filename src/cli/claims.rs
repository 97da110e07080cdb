//! `claimgraph claims`: claims by speaker, topic, document, date, text,
//! role, check-worthiness, reported speech or talking point.

use claimgraph::query::{ClaimFilter, ClaimRow};

use super::output::{
    Col, LimitArgs, OutputArgs, StoreArgs, opt, print_json_lines, print_limited, short_id,
};
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
    #[command(flatten)]
    limits: LimitArgs,
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

pub fn run(a: ClaimsArgs) -> anyhow::Result<bool> {
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
        limit: None,
    };
    if a.out.jsonl {
        // the store keeps each row's JSON: printed as it is (122 MB at 1000
        // documents in half the time of serialising the rows again)
        let limited = ClaimFilter {
            limit: a.limits.effective(a.out),
            ..filter
        };
        return print_json_lines(|each| store.for_each_claim_json(&limited, each));
    }
    // streamed: every claim of the store is 140 MB of JSON at 1000
    // documents, and a table needs only its cells
    print_limited(
        &columns(),
        a.out,
        a.limits,
        "claims",
        |limit, each| {
            let limited = ClaimFilter {
                limit,
                ..filter.clone()
            };
            store.for_each_claim(&limited, each)
        },
        || Ok(store.count_claims(&filter)?),
    )
}
