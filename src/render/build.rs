//! The images `claimgraph build` writes beside the store: always
//! `overview.dot`; where Graphviz is installed also `overview.svg` and two
//! focused views, chosen from the data alone: the speaker whose claims are
//! most often quoted, repeated or paraphrased
//! (`view-speaker-<slug>.svg`), and the claims around the largest talking
//! point found in several documents (`view-around-<id>.svg`).

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension};

use super::{Result, ViewOptions, ViewSpec, build_view, dot_available, render_svg_within};
use crate::export::write_atomic;
use crate::query::Store;

/// What [`write_views`] wrote.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BuildViews {
    /// The files written, in order.
    pub written: Vec<PathBuf>,
    /// Why images were skipped (no Graphviz), if they were.
    pub note: Option<String>,
}

/// The speaker whose claims are most often the earlier end of a quote,
/// repeat or paraphrase (ties: most such links, then name); else the
/// speaker with most claims.
pub(crate) fn most_quoted_speaker(conn: &Connection) -> Result<Option<String>> {
    let quoted: Option<String> = conn
        .query_row(
            "SELECT b.speaker FROM links l JOIN claims b ON b.id = l.target \
             WHERE b.speaker IS NOT NULL AND l.kind IN ('quotes', 'repeats', 'paraphrases') \
             GROUP BY b.speaker ORDER BY count(*) DESC, b.speaker LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if quoted.is_some() {
        return Ok(quoted);
    }
    Ok(conn
        .query_row(
            "SELECT name FROM speakers WHERE claims > 0 ORDER BY claims DESC, name LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?)
}

/// The earliest claim of the largest talking point found in several
/// documents; else the earlier claim of the strongest cross-document link.
pub(crate) fn largest_cross_document_cluster(conn: &Connection) -> Result<Option<String>> {
    let cluster: Option<String> = conn
        .query_row(
            "SELECT id FROM clusters WHERE documents > 1 \
             ORDER BY size DESC, documents DESC, id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if cluster.is_some() {
        return Ok(cluster);
    }
    Ok(conn
        .query_row(
            "SELECT l.target FROM links l JOIN claims a ON a.id = l.source \
             JOIN claims b ON b.id = l.target WHERE a.doc <> b.doc \
             ORDER BY CASE l.kind WHEN 'quotes' THEN 0 WHEN 'repeats' THEN 1 \
             WHEN 'paraphrases' THEN 2 ELSE 3 END, l.score DESC, l.seq LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?)
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    Ok(write_atomic(path, |w| w.write_all(bytes))?)
}

/// Writes the build's images into `graphs` (which holds the store).
/// Without Graphviz only `overview.dot` is written, and images from an
/// earlier run are left alone; with it, focused views no longer chosen are
/// removed.
pub fn write_views(graphs: &Path) -> Result<BuildViews> {
    let dot = dot_available();
    // The focused views are read from the store on a second connection
    // while the overview is read on the first, and each image is drawn as
    // soon as its view is read: on a 1000-document store the views take
    // most of a second, after everything else of the build.
    let (overview, focused) = std::thread::scope(|s| {
        let focused = dot.then(|| s.spawn(|| focused_views(graphs)));
        let overview = open_for_views(graphs).and_then(|store| {
            let v = build_view(&store, &ViewSpec::Overview, &ViewOptions::default())?;
            let svg = dot.then(|| render_or_fallback(&v));
            Ok((v, svg))
        });
        let focused = focused.map(|h| h.join().expect("the focused views' thread panicked"));
        (overview, focused)
    });
    let (overview, overview_svg) = overview?;
    let mut out = BuildViews::default();
    let dot_path = graphs.join("overview.dot");
    write_file(&dot_path, overview.to_dot().as_bytes())?;
    out.written.push(dot_path);
    let (Some(overview_svg), Some(focused)) = (overview_svg, focused) else {
        out.note = Some(
            "Graphviz's `dot` is not installed: wrote overview.dot, skipped overview.svg and the \
             focused views (install Graphviz: `sudo apt-get install graphviz` or \
             `brew install graphviz`)"
                .into(),
        );
        return Ok(out);
    };
    let mut failed = Vec::new();
    for (stem, svg) in std::iter::once((overview.stem.clone(), overview_svg)).chain(focused?) {
        let path = graphs.join(format!("{stem}.svg"));
        match svg {
            Ok(svg) => {
                write_file(&path, &svg)?;
                out.written.push(path);
            }
            Err(e) => failed.push(format!("{stem}.svg ({})", first_line(&e.to_string()))),
        }
    }
    if !failed.is_empty() {
        out.note = Some(format!(
            "Graphviz could not lay out {}; the DOT is in overview.dot and `claimgraph render` \
             can try another layout (or take longer)",
            failed.join(", ")
        ));
    }
    remove_stale(graphs, &out.written)?;
    Ok(out)
}

/// The store, read through SQLite's bounded cache, not a memory map: a
/// build's views read most of a big store once, and mapped pages count in
/// the process's resident memory (the build's peak on a 50 MB document;
/// queries keep the map, where it pays).
fn open_for_views(graphs: &Path) -> Result<Store> {
    let store = Store::open(graphs)?;
    store
        .connection()
        .execute_batch("PRAGMA mmap_size = 0;")
        .map_err(crate::query::QueryError::from)?;
    Ok(store)
}

/// The focused views (the most quoted speaker, the claims around the
/// largest talking point), each with its SVG or why it could not be drawn.
#[allow(clippy::type_complexity)]
fn focused_views(graphs: &Path) -> Result<Vec<(String, Result<Vec<u8>>)>> {
    let store = open_for_views(graphs)?;
    let o = ViewOptions::default();
    let conn = store.connection();
    let mut specs = Vec::new();
    if let Some(name) = most_quoted_speaker(conn)? {
        specs.push(ViewSpec::Speaker(name));
    }
    if let Some(id) = largest_cross_document_cluster(conn)? {
        specs.push(ViewSpec::Around(id));
    }
    specs
        .iter()
        .map(|spec| {
            let v = build_view(&store, spec, &o)?;
            Ok((v.stem.clone(), render_or_fallback(&v)))
        })
        .collect()
}

/// Longest Graphviz may take over one of the build's images: `dot` can
/// run for hours on a large clustered view (a speaker's thousand claims in
/// one 50 MB transcript), and a build must end. `claimgraph render` has
/// no such limit.
pub const IMAGE_SECONDS: u64 = 60;

/// A view as SVG with `dot`, or with `neato` where `dot`'s own layout fails
/// ("trouble in init_rank" on some clustered graphs): an image Graphviz
/// cannot draw, or not within [`IMAGE_SECONDS`], is skipped with a note,
/// never a failed or endless build.
fn render_or_fallback(v: &super::View) -> Result<Vec<u8>> {
    let limit = std::time::Duration::from_secs(IMAGE_SECONDS);
    match render_svg_within(v, "dot", limit) {
        Err(super::RenderError::Dot(_)) => render_svg_within(v, "neato", limit),
        r => r,
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

/// Removes `view-*.svg` files of earlier builds that this one did not write.
fn remove_stale(graphs: &Path, written: &[PathBuf]) -> Result<()> {
    let Ok(entries) = fs::read_dir(graphs) else {
        return Ok(());
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let path = e.path();
        if name.starts_with("view-") && name.ends_with(".svg") && !written.contains(&path) {
            fs::remove_file(&path).map_err(|source| crate::Error::Write { path, source })?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::views::tests::sample_store;

    #[test]
    fn focused_views_are_chosen_from_the_data() {
        let store = sample_store();
        let conn = store.connection();
        assert_eq!(
            most_quoted_speaker(conn).unwrap().as_deref(),
            Some("Sergey Lavrov")
        );
        assert_eq!(
            largest_cross_document_cluster(conn).unwrap().as_deref(),
            Some("c-e85a2a75e8653a95")
        );
    }

    #[test]
    fn images_are_drawn_within_a_limit() {
        if !dot_available() {
            eprintln!("skipped: Graphviz's dot is not installed");
            return;
        }
        let store = sample_store();
        let v = build_view(
            &store,
            &ViewSpec::Speaker("Sergey Lavrov".into()),
            &ViewOptions::default(),
        )
        .unwrap();
        let svg =
            render_svg_within(&v, "dot", std::time::Duration::from_secs(IMAGE_SECONDS)).unwrap();
        let svg = String::from_utf8(svg).unwrap();
        assert!(
            svg.contains("<svg") && svg.contains("Sergey Lavrov"),
            "{svg:.200}"
        );
        // no time at all: dot is stopped, and the error says so
        match render_svg_within(&v, "dot", std::time::Duration::ZERO) {
            Err(e @ crate::render::RenderError::TimedOut(0)) => assert_eq!(
                e.to_string(),
                "Graphviz's `dot` took more than 0 s and was stopped"
            ),
            other => panic!("{:?}", other.map(|b| b.len())),
        }
    }
}
