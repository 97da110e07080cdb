//! How query results are printed: an aligned table for people (fitted to
//! the terminal's width, long cells cut with "…"), or `--json` (one
//! array) and `--jsonl` (one object a line) for scripts. No colour.

use std::io::{self, IsTerminal, Write};

use serde::Serialize;

/// `--json` / `--jsonl`, shared by every listing.
#[derive(clap::Args, Debug, Clone, Copy)]
pub struct OutputArgs {
    /// Print one JSON array (the graph JSON's field names).
    #[arg(long, conflicts_with = "jsonl")]
    pub json: bool,
    /// Print one JSON object a line.
    #[arg(long)]
    pub jsonl: bool,
}

/// `--limit N` / `--all`, shared by every listing.
#[derive(clap::Args, Debug, Clone, Copy)]
pub struct LimitArgs {
    /// At most this many rows (0: all). The table shows the first 100
    /// by default and says how many more there are; --json and --jsonl
    /// list every row unless --limit is given.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Every row in the table (the same as --limit 0).
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,
}

/// How many rows a table shows without `--limit` or `--all`: a
/// terminal's few screens; the unfiltered listing of a large corpus
/// (195,000 claims at 1000 documents) would take over half a second to
/// print lines nobody reads.
pub const DEFAULT_TABLE_LIMIT: usize = 100;

impl LimitArgs {
    /// The limit a listing runs with: `--all` and `--limit 0` mean none;
    /// without either, a table stops at [`DEFAULT_TABLE_LIMIT`] and JSON
    /// has none.
    pub fn effective(&self, out: OutputArgs) -> Option<usize> {
        match (self.all, self.limit) {
            (true, _) | (_, Some(0)) => None,
            (false, Some(n)) => Some(n),
            (false, None) if out.json || out.jsonl => None,
            (false, None) => Some(DEFAULT_TABLE_LIMIT),
        }
    }
}

/// Prints a listing cut to its limit: `fill` gets the effective limit
/// (see [`LimitArgs::effective`]) and produces at most that many rows
/// (as for [`print_stream`]); when a table shows exactly that many,
/// `count` says how many rows there are in all and a last line says how
/// many more there are ("… 3 more links; …"). `noun` is the plural;
/// returns whether there were any rows.
pub fn print_limited<T: Serialize>(
    cols: &[Col<T>],
    out: OutputArgs,
    limits: LimitArgs,
    noun: &str,
    fill: impl FnOnce(Option<usize>, &mut dyn FnMut(T) -> anyhow::Result<()>) -> anyhow::Result<()>,
    count: impl FnOnce() -> anyhow::Result<usize>,
) -> anyhow::Result<bool> {
    let limit = limits.effective(out);
    let mut shown = 0usize;
    let found = print_stream(cols, out, |each| {
        fill(limit, &mut |row| {
            shown += 1;
            each(row)
        })
    })?;
    if !(out.json || out.jsonl) && limit == Some(shown) {
        let more = count()?.saturating_sub(shown);
        if more > 0 {
            let noun = if more == 1 {
                noun.strip_suffix('s').unwrap_or(noun)
            } else {
                noun
            };
            finish(writeln!(
                io::stdout(),
                "… {more} more {noun}; --limit N shows N, --all (or --limit 0) all"
            ))?;
        }
    }
    Ok(found)
}

/// [`print_limited`] for rows already in memory.
pub fn print_rows_limited<T: Serialize>(
    rows: Vec<T>,
    cols: &[Col<T>],
    out: OutputArgs,
    limits: LimitArgs,
    noun: &str,
) -> anyhow::Result<bool> {
    let total = rows.len();
    print_limited(
        cols,
        out,
        limits,
        noun,
        |limit, each| {
            rows.into_iter()
                .take(limit.unwrap_or(usize::MAX))
                .try_for_each(each)
        },
        || Ok(total),
    )
}

/// `--graphs DIR`, shared by every query.
#[derive(clap::Args, Debug, Clone)]
pub struct StoreArgs {
    /// Folder holding claimgraph.sqlite (written by `claimgraph build`).
    #[arg(long, default_value = "graphs")]
    pub graphs: std::path::PathBuf,
}

impl StoreArgs {
    /// Opens the store.
    pub fn open(&self) -> anyhow::Result<claimgraph::query::Store> {
        Ok(claimgraph::query::Store::open(&self.graphs)?)
    }
}

/// A table column: its header, how to get a cell, whether it takes the
/// width left over (the text column).
pub struct Col<T> {
    pub name: &'static str,
    pub get: Box<dyn Fn(&T) -> String>,
    pub flex: bool,
}

impl<T> Col<T> {
    pub fn new(name: &'static str, get: impl Fn(&T) -> String + 'static) -> Self {
        Col {
            name,
            get: Box::new(get),
            flex: false,
        }
    }

    pub fn flex(name: &'static str, get: impl Fn(&T) -> String + 'static) -> Self {
        Col {
            flex: true,
            ..Col::new(name, get)
        }
    }
}

/// The width to fit tables to: the terminal's, else `COLUMNS`, else none
/// (output to a pipe or file is not cut).
pub fn width() -> Option<usize> {
    if io::stdout().is_terminal()
        && let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size()
    {
        return Some(w as usize);
    }
    std::env::var("COLUMNS").ok()?.parse().ok()
}

/// The characters in `s` (its length when ASCII, the common case).
fn chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Cuts `s` to `w` characters, ending in "…" when cut.
pub fn cut(s: &str, w: usize) -> String {
    let n = chars(s);
    if n <= w {
        return s.to_string();
    }
    if w == 0 {
        return String::new();
    }
    let mut out: String = s.chars().take(w - 1).collect();
    out.push('…');
    out
}

fn clean(s: String) -> String {
    if s.bytes().any(|b| matches!(b, b'\n' | b'\t' | b'\r')) {
        s.replace(['\n', '\t', '\r'], " ")
    } else {
        s
    }
}

/// Column widths fitting `limit`: the flex column shrinks first (to 24),
/// then the widest column, one character at a time (to 6).
pub fn fit(natural: &[usize], flex: &[bool], limit: Option<usize>) -> Vec<usize> {
    let mut w = natural.to_vec();
    let Some(limit) = limit else { return w };
    let gaps = 2 * w.len().saturating_sub(1);
    let total = |w: &[usize]| w.iter().sum::<usize>() + gaps;
    for (i, &f) in flex.iter().enumerate() {
        let over = total(&w).saturating_sub(limit);
        if f && over > 0 {
            w[i] = w[i].saturating_sub(over).max(24.min(natural[i]));
        }
    }
    while total(&w) > limit {
        let Some((i, _)) = w
            .iter()
            .enumerate()
            .filter(|(_, x)| **x > 6)
            .max_by_key(|(_, x)| **x)
        else {
            break;
        };
        w[i] -= 1;
    }
    w
}

/// Prints rows as a table, JSON or JSON lines; returns whether there were
/// any (exit 0 or 1).
pub fn print<T: Serialize>(rows: &[T], cols: &[Col<T>], out: OutputArgs) -> anyhow::Result<bool> {
    let mut w = io::BufWriter::new(io::stdout().lock());
    let r = if out.json {
        serde_json::to_writer_pretty(&mut w, rows)
            .map_err(io::Error::other)
            .and_then(|()| writeln!(w))
    } else if out.jsonl {
        rows.iter().try_for_each(|r| {
            serde_json::to_writer(&mut w, r).map_err(io::Error::other)?;
            writeln!(w)
        })
    } else {
        table(&mut w, rows, cols)
    };
    finish(r.and_then(|()| w.flush()))?;
    Ok(!rows.is_empty())
}

/// Prints rows while `fill` produces them (it calls the function it is
/// given once a row): `--json` and `--jsonl` are written as they come, a
/// table keeps only its cells. The same bytes as [`print`]; returns
/// whether there were any rows (exit 0 or 1).
pub fn print_stream<T: Serialize>(
    cols: &[Col<T>],
    out: OutputArgs,
    fill: impl FnOnce(&mut dyn FnMut(T) -> anyhow::Result<()>) -> anyhow::Result<()>,
) -> anyhow::Result<bool> {
    use serde::ser::{SerializeSeq, Serializer};
    let mut w = io::BufWriter::new(io::stdout().lock());
    let mut n = 0usize;
    let r = if out.json {
        let mut ser = serde_json::Serializer::pretty(&mut w);
        let mut seq = ser.serialize_seq(None).map_err(io::Error::from)?;
        fill(&mut |row| {
            n += 1;
            Ok(seq.serialize_element(&row).map_err(io::Error::from)?)
        })
        .and_then(|()| Ok(seq.end().map_err(io::Error::from)?))
        .and_then(|()| Ok(writeln!(w)?))
    } else if out.jsonl {
        fill(&mut |row| {
            n += 1;
            serde_json::to_writer(&mut w, &row).map_err(io::Error::from)?;
            Ok(writeln!(w)?)
        })
    } else {
        let mut cells: Vec<Vec<String>> = Vec::new();
        fill(&mut |row| {
            cells.push(cols.iter().map(|c| clean((c.get)(&row))).collect());
            Ok(())
        })?;
        n = cells.len();
        Ok(table_cells(&mut w, &cells, cols)?)
    };
    match r.and_then(|()| Ok(w.flush()?)) {
        Err(e) if is_broken_pipe(&e) => {}
        r => r?,
    }
    Ok(n > 0)
}

/// Prints JSON lines that `fill` produces already serialised (`--jsonl`
/// of rows the store keeps as JSON); returns whether there were any.
pub fn print_json_lines(
    fill: impl FnOnce(&mut dyn FnMut(&str) -> anyhow::Result<()>) -> anyhow::Result<()>,
) -> anyhow::Result<bool> {
    let mut w = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut n = 0usize;
    let r = fill(&mut |line| {
        n += 1;
        w.write_all(line.as_bytes())?;
        Ok(w.write_all(b"\n")?)
    });
    match r.and_then(|()| Ok(w.flush()?)) {
        Err(e) if is_broken_pipe(&e) => {}
        r => r?,
    }
    Ok(n > 0)
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<io::Error>().map(io::Error::kind) == Some(io::ErrorKind::BrokenPipe)
}

/// Treats a closed pipe (`| head`) as success.
pub fn finish(r: io::Result<()>) -> anyhow::Result<()> {
    match r {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        r => Ok(r?),
    }
}

fn table<T>(w: &mut dyn Write, rows: &[T], cols: &[Col<T>]) -> io::Result<()> {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| cols.iter().map(|c| clean((c.get)(r))).collect())
        .collect();
    table_cells(w, &cells, cols)
}

/// Writes `n` spaces.
fn pad(w: &mut dyn Write, mut n: usize) -> io::Result<()> {
    const SPACES: &[u8; 64] = &[b' '; 64];
    while n > 0 {
        let k = n.min(SPACES.len());
        w.write_all(&SPACES[..k])?;
        n -= k;
    }
    Ok(())
}

fn table_cells<T>(w: &mut dyn Write, cells: &[Vec<String>], cols: &[Col<T>]) -> io::Result<()> {
    if cells.is_empty() {
        return Ok(());
    }
    let natural: Vec<usize> = cols
        .iter()
        .enumerate()
        .map(|(i, c)| {
            cells
                .iter()
                .map(|r| chars(&r[i]))
                .max()
                .unwrap_or(0)
                .max(c.name.len())
        })
        .collect();
    let flex: Vec<bool> = cols.iter().map(|c| c.flex).collect();
    let widths = fit(&natural, &flex, width());
    let line = |w: &mut dyn Write, row: &[String]| -> io::Result<()> {
        let last = row.len() - 1;
        for (i, cell) in row.iter().enumerate() {
            let n = chars(cell);
            let cutted;
            let (c, n) = if n > widths[i] {
                cutted = cut(cell, widths[i]);
                (cutted.as_str(), widths[i])
            } else {
                (cell.as_str(), n)
            };
            if i == last {
                writeln!(w, "{c}")?;
            } else {
                w.write_all(c.as_bytes())?;
                pad(w, widths[i] - n + 2)?;
            }
        }
        Ok(())
    };
    let header: Vec<String> = cols.iter().map(|c| c.name.to_uppercase()).collect();
    line(w, &header)?;
    for r in cells {
        line(w, r)?;
    }
    Ok(())
}

/// A claim id shortened for tables (still a unique prefix in practice;
/// `show` accepts any unique prefix).
pub fn short_id(id: &str) -> String {
    id.chars().take(10).collect()
}

/// An optional text, `-` when absent.
pub fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_else(|| "-".into())
}

/// A JSON list of strings as `a, b`.
pub fn list(v: &serde_json::Value) -> String {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_and_fit() {
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abc", 4), "abc");
        assert_eq!(fit(&[10, 100], &[false, true], Some(50)), vec![10, 38]);
        assert_eq!(fit(&[10, 100], &[false, true], None), vec![10, 100]);
        let w = fit(&[30, 30, 100], &[false, false, true], Some(40));
        assert!(w.iter().sum::<usize>() + 4 <= 40, "{w:?}");
    }
}
