//! `claimgraph speakers`: who speaks, how much, where and when.

use claimgraph::query::SpeakerRow;

use super::output::{Col, LimitArgs, OutputArgs, StoreArgs, list, opt, print_rows_limited};

#[derive(clap::Args)]
pub struct SpeakersArgs {
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    out: OutputArgs,
}

pub fn run(a: SpeakersArgs) -> anyhow::Result<bool> {
    let rows = a.store.open()?.speakers()?;
    let cols = vec![
        Col::new("name", |s: &SpeakerRow| s.name.clone()),
        Col::new("claims", |s: &SpeakerRow| s.claims.to_string()),
        Col::new("documents", |s: &SpeakerRow| s.documents.to_string()),
        Col::new("first", |s: &SpeakerRow| opt(&s.first_date)),
        Col::new("last", |s: &SpeakerRow| opt(&s.last_date)),
        Col::flex("titles", |s: &SpeakerRow| list(&s.titles)),
    ];
    print_rows_limited(rows, &cols, a.out, a.limits, "speakers")
}
