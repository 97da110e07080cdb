//! Which nodes and edges each view holds. Every view reads the store, keeps
//! at most `limit` claims (linked claims first, then the most check-worthy)
//! and lists nodes and edges in a deterministic order.
//!
//! - `builder.rs`: `Builder`, which assembles a view
//!   without duplicate nodes or edges;
//! - `focused.rs`: the views of a speaker, a topic, a document and the
//!   claims around one claim;
//! - `overview.rs`: the overview, claims collapsed per talking point and
//!   document.

mod builder;
mod focused;
mod overview;
#[cfg(test)]
pub(crate) mod tests;

use super::data::{ClaimInfo, DocInfo};
use super::{NodeKind, RenderError, Result, View, ViewNode};
use crate::query::Store;

/// What to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewSpec {
    /// Documents, speakers, the top topics and the cross-document links,
    /// claims collapsed into their talking points.
    Overview,
    /// One speaker's claims (as `--speaker` resolves the name).
    Speaker(String),
    /// The claims mentioning a topic.
    Topic(String),
    /// The claims within `depth` links of a claim (an id or unique
    /// prefix), with its talking point.
    Around(String),
    /// One document's claims (a path or part of one).
    Doc(String),
}

/// How much a view holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewOptions {
    /// Topics and speakers shown in the overview (most claims first), and
    /// topics in a speaker's view.
    pub top: usize,
    /// Most claims (or cross-document links in the overview) shown.
    pub limit: usize,
    /// Links followed from the claim of an `Around` view.
    pub depth: usize,
}

impl Default for ViewOptions {
    fn default() -> Self {
        ViewOptions {
            top: 10,
            limit: 30,
            depth: 2,
        }
    }
}

/// Builds a view from the store.
pub fn build_view(store: &Store, spec: &ViewSpec, o: &ViewOptions) -> Result<View> {
    let o = ViewOptions {
        limit: o.limit.max(1),
        ..*o
    };
    let view = match spec {
        ViewSpec::Overview => overview::overview(store.connection(), &o)?,
        ViewSpec::Speaker(name) => focused::speaker(store, &store.resolve_speaker(name)?, &o)?,
        ViewSpec::Topic(name) => focused::topic(store, &store.resolve_topic(name)?, &o)?,
        ViewSpec::Around(id) => focused::around(store, &store.resolve_claim(id)?, &o)?,
        ViewSpec::Doc(path) => focused::doc(store, &store.resolve_doc(path)?, &o)?,
    };
    if view.nodes.is_empty() {
        return Err(RenderError::Empty(format!(
            "the view {:?} is empty",
            view.title
        )));
    }
    Ok(view)
}

/// A lower-case ASCII slug for file names.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    let out: String = out.chars().take(60).collect();
    if out.is_empty() {
        "x".into()
    } else {
        out.trim_end_matches('-').to_string()
    }
}

/// The claim's speaker, else "questioner" for a question.
pub(super) fn speaker_or_role(c: &ClaimInfo) -> &str {
    match (&c.speaker, c.role.as_str()) {
        (Some(s), _) => s,
        (None, "question") => "questioner",
        (None, _) => "unknown speaker",
    }
}

/// "1 claim", "2 claims".
pub(crate) fn n_claims(n: i64) -> String {
    if n == 1 {
        "1 claim".into()
    } else {
        format!("{n} claims")
    }
}

pub(super) fn doc_label(d: &DocInfo) -> String {
    let title = d.title.as_deref().unwrap_or(&d.path);
    match &d.date {
        Some(date) => format!("{title} ({date})"),
        None => title.to_string(),
    }
}

/// A topic's node, its tooltip with the number of claims.
pub(super) fn topic_node(id: &str, name: &str, n: i64) -> ViewNode {
    ViewNode {
        id: id.to_string(),
        kind: NodeKind::Topic,
        label: name.to_string(),
        tooltip: format!("topic: {name} ({})", n_claims(n)),
        doc: None,
        question: false,
        focus: false,
    }
}
