//! `claimgraph topics`: what the claims are about.

use claimgraph::query::TopicRow;

use super::output::{Col, LimitArgs, OutputArgs, StoreArgs, opt, print_rows_limited};

#[derive(clap::Args)]
pub struct TopicsArgs {
    /// Only topics of this kind.
    #[arg(long, value_parser = ["person", "country", "organisation", "place", "other"])]
    kind: Option<String>,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    out: OutputArgs,
}

pub fn run(a: TopicsArgs) -> anyhow::Result<bool> {
    let mut rows = a.store.open()?.topics()?;
    if let Some(k) = &a.kind {
        rows.retain(|t| &t.topic_kind == k);
    }
    let cols = vec![
        Col::flex("name", |t: &TopicRow| t.name.clone()),
        Col::new("kind", |t: &TopicRow| t.topic_kind.clone()),
        Col::new("claims", |t: &TopicRow| t.claims.to_string()),
        Col::new("documents", |t: &TopicRow| t.documents.to_string()),
        Col::new("first", |t: &TopicRow| opt(&t.first_date)),
        Col::new("last", |t: &TopicRow| opt(&t.last_date)),
    ];
    print_rows_limited(rows, &cols, a.out, a.limits, "topics")
}
