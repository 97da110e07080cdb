//! `claimgraph show ID`: one claim with its provenance and links.

use std::io::{self, Write};

use claimgraph::query::{ClaimRow, ClaimView, LinkRow, strings};

use super::output::{OutputArgs, StoreArgs, finish, opt};

#[derive(clap::Args)]
pub struct ShowArgs {
    /// A claim id or any unique prefix of it (with or without `c-`).
    id: String,
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    out: OutputArgs,
}

fn where_(c: &ClaimRow) -> String {
    format!(
        "{}:{} ({}, {})",
        c.doc,
        c.line,
        opt(&c.speaker),
        opt(&c.doc_date)
    )
}

fn link(w: &mut dyn Write, l: &LinkRow, outgoing: bool) -> io::Result<()> {
    let (id, doc, line, sp, date) = if outgoing {
        (
            &l.target,
            &l.target_doc,
            l.target_line,
            &l.target_speaker,
            &l.target_date,
        )
    } else {
        (
            &l.source,
            &l.source_doc,
            l.source_line,
            &l.source_speaker,
            &l.source_date,
        )
    };
    writeln!(
        w,
        "  {} {:.2} {} {id}  {doc}:{line} ({}, {})",
        l.kind,
        l.score,
        l.method,
        opt(sp),
        opt(date)
    )?;
    writeln!(
        w,
        "      this:  {}",
        if outgoing {
            &l.source_text
        } else {
            &l.target_text
        }
    )?;
    writeln!(
        w,
        "      other: {}",
        if outgoing {
            &l.target_text
        } else {
            &l.source_text
        }
    )
}

fn text(w: &mut dyn Write, v: &ClaimView) -> io::Result<()> {
    let c = &v.claim;
    writeln!(w, "{}", c.id)?;
    writeln!(w, "text:        {}", c.text)?;
    writeln!(w, "speaker:     {}", opt(&c.speaker))?;
    if c.reported_kind.is_some() {
        writeln!(
            w,
            "reported:    {} speech, reported by {} in {}",
            opt(if c.report_form.is_some() {
                &c.report_form
            } else {
                &c.reported_kind
            }),
            opt(&c.reported_by),
            opt(&c.reported_in)
        )?;
        if let Some(a) = &c.attribution {
            writeln!(w, "attributed:  {a}")?;
        }
    }
    if !strings(&c.co_speakers).join(", ").is_empty() {
        writeln!(w, "co-speakers: {}", strings(&c.co_speakers).join(", "))?;
    }
    writeln!(
        w,
        "role:        {} (turn {}, label {})",
        c.role,
        c.turn,
        opt(&c.label)
    )?;
    writeln!(w, "document:    {} — {}", c.doc, opt(&v.title))?;
    writeln!(w, "date:        {}", opt(&c.doc_date))?;
    writeln!(
        w,
        "line:        {} (bytes {}–{}, paragraph {})",
        c.line, c.span[0], c.span[1], c.paragraph
    )?;
    if let Some(s) = &c.section {
        writeln!(w, "section:     {s}")?;
    }
    writeln!(w, "topics:      {}", strings(&c.topics).join(", "))?;
    writeln!(w, "events:      {}", strings(&c.events).join(", "))?;
    writeln!(w, "checkworthiness: {:.3}", c.checkworthiness)?;
    match &v.source_claim {
        Some(s) => writeln!(
            w,
            "source:      {}  {}\n             {}",
            s.id,
            where_(s),
            s.text
        )?,
        None => writeln!(w, "source:      itself")?,
    }
    writeln!(w, "cluster:     {} ({} claims)", c.cluster, c.cluster_size)?;
    writeln!(w, "paragraph:")?;
    let para: Vec<String> = v
        .paragraph
        .iter()
        .map(|p| {
            if p.claim.is_empty() {
                p.before.clone()
            } else {
                format!("{}»{}«{}", p.before, p.claim, p.after)
            }
        })
        .collect();
    writeln!(w, "  {}", para.join(" "))?;
    writeln!(w, "links to earlier claims: {}", v.outgoing.len())?;
    for l in &v.outgoing {
        link(w, l, true)?;
    }
    writeln!(w, "links from later claims: {}", v.incoming.len())?;
    for l in &v.incoming {
        link(w, l, false)?;
    }
    Ok(())
}

pub fn run(a: ShowArgs) -> anyhow::Result<bool> {
    let view = a.store.open()?.claim_view(&a.id)?;
    let mut w = io::BufWriter::new(io::stdout().lock());
    let r = if a.out.json || a.out.jsonl {
        let res = if a.out.json {
            serde_json::to_writer_pretty(&mut w, &view)
        } else {
            serde_json::to_writer(&mut w, &view)
        };
        res.map_err(io::Error::other).and_then(|()| writeln!(w))
    } else {
        text(&mut w, &view)
    };
    finish(r.and_then(|()| w.flush()))?;
    Ok(true)
}
