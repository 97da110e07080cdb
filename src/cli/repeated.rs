//! `claimgraph repeated`: talking points said in several documents,
//! largest first.

use claimgraph::query::ClusterRow;

use super::output::{
    Col, LimitArgs, OutputArgs, StoreArgs, list, opt, print_rows_limited, short_id,
};

#[derive(clap::Args)]
pub struct RepeatedArgs {
    /// Also talking points repeated within one document.
    #[arg(long)]
    within_doc: bool,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    out: OutputArgs,
}

pub fn run(a: RepeatedArgs) -> anyhow::Result<bool> {
    // the claims of each talking point are only in JSON output
    let with_claims = a.out.json || a.out.jsonl;
    let rows = a
        .store
        .open()?
        .repeated(if a.within_doc { 1 } else { 2 }, with_claims)?;
    let cols = vec![
        Col::new("cluster", |c: &ClusterRow| short_id(&c.cluster)),
        Col::new("claims", |c: &ClusterRow| c.cluster_size.to_string()),
        Col::new("documents", |c: &ClusterRow| c.documents.to_string()),
        Col::new("first", |c: &ClusterRow| opt(&c.first_date)),
        Col::new("last", |c: &ClusterRow| opt(&c.last_date)),
        Col::new("speakers", |c: &ClusterRow| list(&c.speakers)),
        Col::flex("text", |c: &ClusterRow| c.text.clone()),
    ];
    print_rows_limited(rows, &cols, a.out, a.limits, "talking points")
}
