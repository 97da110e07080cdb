//! `claimgraph speakers`: who speaks, how much, where and when.

use claimgraph::query::SpeakerRow;

use super::output::{Col, LimitArgs, OutputArgs, StoreArgs, list, opt, print_rows_limited};

#[derive(clap::Args)]
pub struct SpeakersArgs {
    /// Only speakers of this kind (countries and organisations are quoted
    /// sources; `unnamed`: unnamed sources and questioners).
    #[arg(long, value_parser = ["person", "country", "organisation", "place", "document", "unnamed"])]
    kind: Option<String>,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    out: OutputArgs,
}

pub fn run(a: SpeakersArgs) -> anyhow::Result<bool> {
    let mut rows = a.store.open()?.speakers()?;
    if let Some(k) = &a.kind {
        rows.retain(|s| &s.speaker_kind == k);
    }
    let cols = vec![
        Col::new("name", |s: &SpeakerRow| s.name.clone()),
        Col::new("kind", |s: &SpeakerRow| s.speaker_kind.clone()),
        Col::new("claims", |s: &SpeakerRow| s.claims.to_string()),
        Col::new("documents", |s: &SpeakerRow| s.documents.to_string()),
        Col::new("first", |s: &SpeakerRow| opt(&s.first_date)),
        Col::new("last", |s: &SpeakerRow| opt(&s.last_date)),
        Col::flex("titles", |s: &SpeakerRow| list(&s.titles)),
    ];
    print_rows_limited(rows, &cols, a.out, a.limits, "speakers")
}
