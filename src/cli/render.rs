//! `claimgraph render`: one view of the graph as an image, read from the
//! store (never the corpus) and laid out by Graphviz.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use claimgraph::render::{self, Format, Layout, ViewOptions, ViewSpec};

use super::output::StoreArgs;

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum FormatArg {
    Svg,
    Png,
    Pdf,
    Dot,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum LayoutArg {
    Dot,
    Sfdp,
    Neato,
}

#[derive(clap::Args)]
#[command(group(clap::ArgGroup::new("view").args(["overview", "speaker", "topic", "around", "doc"])))]
pub struct RenderArgs {
    /// Documents, speakers, the top topics and the links between claims of
    /// different documents, claims collapsed into their talking points (the
    /// default view).
    #[arg(long)]
    overview: bool,
    /// One speaker's claims (the most check-worthy and every linked one),
    /// the claims they link to, and the speaker's top topics.
    #[arg(long, value_name = "NAME")]
    speaker: Option<String>,
    /// The claims mentioning a topic, with their speakers and links.
    #[arg(long, value_name = "NAME")]
    topic: Option<String>,
    /// The claims within --depth links of a claim (an id or a unique prefix,
    /// as for `show`), with its talking point: a quote chain or cluster.
    #[arg(long, value_name = "ID")]
    around: Option<String>,
    /// One document's claims (a path or part of one), with their links.
    #[arg(long, value_name = "PATH")]
    doc: Option<String>,
    /// Links followed from the --around claim.
    #[arg(long, default_value_t = ViewOptions::default().depth, requires = "around")]
    depth: usize,
    /// Topics and speakers shown in the overview (most claims first), and
    /// topics in a speaker's view.
    #[arg(long, default_value_t = ViewOptions::default().top)]
    top: usize,
    /// Most claims shown, and most claims linked to them (cross-document
    /// links in the overview).
    #[arg(long, default_value_t = ViewOptions::default().limit)]
    limit: usize,
    /// Output format (`dot` needs no Graphviz).
    #[arg(long, value_enum, default_value = "svg")]
    format: FormatArg,
    /// Graphviz layout engine.
    #[arg(long, value_enum, default_value = "dot")]
    layout: LayoutArg,
    /// Output file, `-` for stdout; default: the graphs folder, named after
    /// the view (overview.svg, view-speaker-<name>.svg, …).
    #[arg(long, short)]
    output: Option<PathBuf>,
    #[command(flatten)]
    store: StoreArgs,
}

impl RenderArgs {
    fn spec(&self) -> ViewSpec {
        if let Some(s) = &self.speaker {
            ViewSpec::Speaker(s.clone())
        } else if let Some(t) = &self.topic {
            ViewSpec::Topic(t.clone())
        } else if let Some(id) = &self.around {
            ViewSpec::Around(id.clone())
        } else if let Some(d) = &self.doc {
            ViewSpec::Doc(d.clone())
        } else {
            ViewSpec::Overview
        }
    }
}

pub fn run(a: RenderArgs) -> anyhow::Result<bool> {
    let start = Instant::now();
    let store = a.store.open()?;
    let opts = ViewOptions {
        top: a.top,
        limit: a.limit,
        depth: a.depth,
    };
    let view = render::build_view(&store, &a.spec(), &opts)?;
    let format = match a.format {
        FormatArg::Svg => Format::Svg,
        FormatArg::Png => Format::Png,
        FormatArg::Pdf => Format::Pdf,
        FormatArg::Dot => Format::Dot,
    };
    let layout = match a.layout {
        LayoutArg::Dot => Layout::Dot,
        LayoutArg::Sfdp => Layout::Sfdp,
        LayoutArg::Neato => Layout::Neato,
    };
    let bytes = render::render(&view, format, layout)?;
    let path = a.output.unwrap_or_else(|| {
        a.store
            .graphs
            .join(format!("{}.{}", view.stem, format.ext()))
    });
    if path.as_os_str() == "-" {
        let mut out = std::io::stdout().lock();
        super::output::finish(out.write_all(&bytes).and_then(|()| out.flush()))?;
    } else {
        claimgraph::export::write_atomic(&path, |w| w.write_all(&bytes))?;
        eprintln!(
            "claimgraph: wrote {} ({} nodes, {} edges) in {:.2} s",
            path.display(),
            view.nodes.len(),
            view.edges.len(),
            start.elapsed().as_secs_f64()
        );
    }
    Ok(true)
}
