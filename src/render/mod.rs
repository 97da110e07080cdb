//! Images of the graph: small, readable views read from the SQLite store
//! (never from the corpus) and laid out by Graphviz.
//!
//! - [`views`]: which nodes and edges a view holds (`overview`, a speaker,
//!   a topic, the claims around one claim, a document);
//! - [`draw`]: a view as a DOT graph (one cluster per document, a legend,
//!   shapes and colours by node kind, line styles by link kind); every id
//!   and label goes through [`crate::export::dot::quote`];
//! - [`build`]: the views `claimgraph build` writes to `graphs/`.
//!
//! Rendering runs Graphviz's `dot` through graphviz-rust's `exec`; with no
//! `dot` on `PATH` it fails with [`RenderError::DotMissing`], which says
//! how to install Graphviz.

pub mod build;
mod data;
pub(crate) mod draw;
pub mod views;

use std::io::ErrorKind;

use graphviz_rust::cmd::{CommandArg, Format as GvFormat, Layout as GvLayout};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

pub use views::{ViewOptions, ViewSpec, build_view};

use crate::query::QueryError;

/// Why a view cannot be made or rendered (the binary exits 2).
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// No `dot` binary on `PATH`.
    #[error(
        "Graphviz's `dot` program was not found on PATH, so no {0} can be made: install Graphviz \
         (Debian/Ubuntu: `sudo apt-get install graphviz`; macOS: `brew install graphviz`; \
         others: https://graphviz.org/download/), or write the DOT text with `--format dot`"
    )]
    DotMissing(&'static str),
    /// `dot` ran and failed.
    #[error("Graphviz's `dot` failed: {0}")]
    Dot(String),
    /// `dot` ran longer than it was given (seconds) and was stopped.
    #[error("Graphviz's `dot` took more than {0} s and was stopped")]
    TimedOut(u64),
    /// A view with nothing to draw.
    #[error("{0}")]
    Empty(String),
    /// The store could not be read, or a name matched nothing.
    #[error(transparent)]
    Query(#[from] QueryError),
    /// Writing an image failed.
    #[error(transparent)]
    Write(#[from] crate::Error),
}

impl From<rusqlite::Error> for RenderError {
    fn from(e: rusqlite::Error) -> Self {
        RenderError::Query(QueryError::Sql(e))
    }
}

/// A result of this module.
pub type Result<T> = std::result::Result<T, RenderError>;

/// The output formats of `claimgraph render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// SVG, with the full text of each claim as its tooltip.
    Svg,
    /// PNG.
    Png,
    /// PDF.
    Pdf,
    /// The DOT text itself (needs no Graphviz).
    Dot,
}

impl Format {
    /// The file extension.
    pub fn ext(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Pdf => "pdf",
            Format::Dot => "dot",
        }
    }
}

/// The Graphviz layout engines offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Layered (the default; honours the document clusters).
    Dot,
    /// Force-directed, for large views.
    Sfdp,
    /// Spring model.
    Neato,
}

/// The nodes of a view, by what they stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NodeKind {
    /// A transcript.
    Document,
    /// A speaker.
    Speaker,
    /// A topic.
    Topic,
    /// One claim.
    Claim,
    /// Several claims of one talking point in one document, collapsed.
    TalkingPoint,
}

/// The edges of a view, by what they stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EdgeKind {
    /// A later claim quotes an earlier one.
    Quotes,
    /// A speaker repeats an earlier claim.
    Repeats,
    /// A later claim paraphrases an earlier one.
    Paraphrases,
    /// Two claims share rare names, numbers and words.
    Related,
    /// A speaker says a claim, or speaks in a document.
    Said,
    /// A claim or document mentions a topic.
    Mentions,
}

impl EdgeKind {
    /// The kind of a link of the store (`quotes`, `repeats`, …).
    pub(crate) fn of_link(kind: &str) -> EdgeKind {
        match kind {
            "quotes" => EdgeKind::Quotes,
            "repeats" => EdgeKind::Repeats,
            "paraphrases" => EdgeKind::Paraphrases,
            _ => EdgeKind::Related,
        }
    }

    /// The name shown in the legend and on edges.
    pub fn name(self) -> &'static str {
        match self {
            EdgeKind::Quotes => "quotes",
            EdgeKind::Repeats => "repeats",
            EdgeKind::Paraphrases => "paraphrases",
            EdgeKind::Related => "related",
            EdgeKind::Said => "said",
            EdgeKind::Mentions => "mentions",
        }
    }
}

/// A node of a view.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewNode {
    /// Its id in the DOT (the store's id, or `tp:<cluster>@<document>`).
    pub id: String,
    /// What it stands for.
    pub kind: NodeKind,
    /// The text shown (wrapped when drawn).
    pub label: String,
    /// The full text (the SVG tooltip).
    pub tooltip: String,
    /// The document whose cluster holds it.
    pub doc: Option<String>,
    /// A question (claims only): drawn in another colour.
    pub question: bool,
    /// The subject of the view: drawn with a thick border.
    pub focus: bool,
}

/// An edge of a view.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewEdge {
    /// Node id.
    pub from: String,
    /// Node id.
    pub to: String,
    /// What it stands for.
    pub kind: EdgeKind,
    /// The text on the edge (a score or a count).
    pub label: String,
    /// The tooltip (how a link was found).
    pub tooltip: String,
}

/// A document cluster of a view.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewDoc {
    /// The document path.
    pub path: String,
    /// Its cluster label: title and date.
    pub label: String,
}

/// What one image shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct View {
    /// The caption.
    pub title: String,
    /// A file-name stem for it (`overview`, `view-speaker-sergey-lavrov`).
    pub stem: String,
    /// The documents with a cluster, in corpus order.
    pub docs: Vec<ViewDoc>,
    /// Nodes, in a deterministic order.
    pub nodes: Vec<ViewNode>,
    /// Edges, in a deterministic order.
    pub edges: Vec<ViewEdge>,
}

impl View {
    /// The number of nodes of a kind.
    pub fn count(&self, kind: NodeKind) -> usize {
        self.nodes.iter().filter(|n| n.kind == kind).count()
    }

    /// The number of edges of a kind.
    pub fn count_edges(&self, kind: EdgeKind) -> usize {
        self.edges.iter().filter(|e| e.kind == kind).count()
    }

    /// The DOT text.
    pub fn to_dot(&self) -> String {
        let mut s = draw::graph(self).print(&mut PrinterContext::default());
        s.push('\n');
        s
    }
}

/// Renders a view with Graphviz (`dot` through graphviz-rust's `exec`), or
/// returns its DOT text for [`Format::Dot`].
pub fn render(view: &View, format: Format, layout: Layout) -> Result<Vec<u8>> {
    let gv_format = match format {
        Format::Dot => return Ok(view.to_dot().into_bytes()),
        Format::Svg => GvFormat::Svg,
        Format::Png => GvFormat::Png,
        Format::Pdf => GvFormat::Pdf,
    };
    let gv_layout = match layout {
        Layout::Dot => GvLayout::Dot,
        Layout::Sfdp => GvLayout::Sfdp,
        Layout::Neato => GvLayout::Neato,
    };
    let args = vec![CommandArg::Format(gv_format), CommandArg::Layout(gv_layout)];
    graphviz_rust::exec(draw::graph(view), &mut PrinterContext::default(), args).map_err(|e| {
        if e.kind() == ErrorKind::NotFound {
            RenderError::DotMissing(format.ext())
        } else {
            RenderError::Dot(e.to_string().trim().to_string())
        }
    })
}

/// A view as SVG by the `dot` program with layout engine `engine`
/// ("dot", "neato"), stopped after `limit`: Graphviz can take hours on
/// some large clustered graphs, and a build must end.
pub fn render_svg_within(view: &View, engine: &str, limit: std::time::Duration) -> Result<Vec<u8>> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .arg(format!("-K{engine}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            if e.kind() == ErrorKind::NotFound {
                RenderError::DotMissing("svg")
            } else {
                RenderError::Dot(e.to_string())
            }
        })?;
    let dot = view.to_dot();
    let mut stdin = child.stdin.take();
    let writer = std::thread::spawn(move || {
        if let Some(w) = stdin.as_mut() {
            let _ = w.write_all(dot.as_bytes());
        }
    });
    let reader = drain(child.stdout.take());
    let err_reader = drain(child.stderr.take());
    let start = std::time::Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() >= limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(RenderError::TimedOut(limit.as_secs()));
            }
            Ok(None) => std::thread::sleep(std::time::Duration::from_millis(20)),
            Err(e) => return Err(RenderError::Dot(e.to_string())),
        }
    };
    let _ = writer.join();
    let svg = reader.join().unwrap_or_default();
    let err = err_reader.join().unwrap_or_default();
    if status.success() {
        Ok(svg)
    } else {
        Err(RenderError::Dot(
            String::from_utf8_lossy(&err).trim().to_string(),
        ))
    }
}

/// Reads a child's pipe to its end on a thread of its own (so that neither
/// of a child's full pipes can stall it).
fn drain<R: std::io::Read + Send + 'static>(pipe: Option<R>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut r) = pipe {
            let _ = r.read_to_end(&mut buf);
        }
        buf
    })
}

/// Whether Graphviz's `dot` runs here.
pub fn dot_available() -> bool {
    std::process::Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}
