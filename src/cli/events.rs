//! `claimgraph events`: dated happenings the claims mention.

use claimgraph::query::EventRow;

use super::output::{Col, LimitArgs, OutputArgs, StoreArgs, opt, print_rows_limited};

#[derive(clap::Args)]
pub struct EventsArgs {
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    out: OutputArgs,
}

pub fn run(a: EventsArgs) -> anyhow::Result<bool> {
    let rows = a.store.open()?.events()?;
    let cols = vec![
        Col::new("date", |e: &EventRow| e.date.clone()),
        Col::flex("label", |e: &EventRow| e.label.clone()),
        Col::new("claims", |e: &EventRow| e.claims.to_string()),
        Col::new("documents", |e: &EventRow| e.documents.to_string()),
        Col::new("first", |e: &EventRow| opt(&e.first_date)),
        Col::new("last", |e: &EventRow| opt(&e.last_date)),
        Col::new("id", |e: &EventRow| e.id.clone()),
    ];
    print_rows_limited(rows, &cols, a.out, a.limits, "events")
}
