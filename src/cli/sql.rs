//! `claimgraph sql`: read-only SQL on the store.

use serde_json::Value;

use super::output::{Col, OutputArgs, StoreArgs, print};

#[derive(clap::Args)]
pub struct SqlArgs {
    /// One SELECT statement (see docs/FORMAT.md for the tables).
    query: String,
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    out: OutputArgs,
}

pub fn run(a: SqlArgs) -> anyhow::Result<bool> {
    let res = a.store.open()?.sql(&a.query)?;
    let objects = res.objects();
    let cols: Vec<Col<serde_json::Map<String, Value>>> = res
        .columns
        .iter()
        .map(|name| {
            // headers are 'static in Col; SQL columns are few and short-lived
            let header: &'static str = Box::leak(name.clone().into_boxed_str());
            let key = name.clone();
            let mut c = Col::new(
                header,
                move |row: &serde_json::Map<String, Value>| match row.get(&key) {
                    Some(Value::String(s)) => s.clone(),
                    Some(Value::Null) | None => "NULL".into(),
                    Some(v) => v.to_string(),
                },
            );
            c.flex = true;
            c
        })
        .collect();
    print(&objects, &cols, a.out)
}
