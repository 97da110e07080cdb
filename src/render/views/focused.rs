//! The focused views: a speaker's, a topic's and a document's claims, and
//! the claims around one claim. Each keeps at most `limit` claims (linked
//! claims first, then the most check-worthy) with the claims they link to.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::Connection;

use super::builder::Builder;
use super::{ViewOptions, n_claims, slug, topic_node};
use crate::query::Store;
use crate::render::data::{self, ClaimInfo, DocInfo, LinkInfo, placeholders};
use crate::render::{EdgeKind, Result, View};

/// Up to `limit` claims: those with a link first, then the most
/// check-worthy, in corpus order among equals.
fn pick(claims: Vec<ClaimInfo>, links: &[LinkInfo], limit: usize) -> Vec<ClaimInfo> {
    let linked: BTreeSet<&str> = links
        .iter()
        .flat_map(|l| [l.source.as_str(), l.target.as_str()])
        .collect();
    // whether each claim is linked, looked up once (not in every
    // comparison: a speaker of 42,000 claims sorted for 0.15 s); the
    // order is total (seq last), so the `limit` first are the same
    let mut keyed: Vec<(bool, ClaimInfo)> = claims
        .into_iter()
        .map(|c| (linked.contains(c.id.as_str()), c))
        .collect();
    let order = |(la, a): &(bool, ClaimInfo), (lb, b): &(bool, ClaimInfo)| {
        lb.cmp(la)
            .then(b.checkworthiness.total_cmp(&a.checkworthiness))
            .then(a.seq.cmp(&b.seq))
    };
    if keyed.len() > limit {
        keyed.select_nth_unstable_by(limit, order);
        keyed.truncate(limit);
    }
    let mut claims: Vec<ClaimInfo> = keyed.into_iter().map(|(_, c)| c).collect();
    claims.sort_by_key(|c| c.seq);
    claims
}

/// The claims at the other end of the links of `chosen`: at most `limit`,
/// those linked to the most chosen claims first, then the most
/// check-worthy, in corpus order among equals (a line said a thousand times
/// would otherwise bring a thousand nodes, more than Graphviz lays out in
/// minutes).
fn other_ends(
    conn: &Connection,
    chosen: &[ClaimInfo],
    links: &[LinkInfo],
    limit: usize,
) -> Result<Vec<ClaimInfo>> {
    let ids: BTreeSet<&str> = chosen.iter().map(|c| c.id.as_str()).collect();
    let mut others: BTreeMap<&str, usize> = BTreeMap::new();
    for l in links {
        for (mine, other) in [(&l.source, &l.target), (&l.target, &l.source)] {
            if ids.contains(mine.as_str()) && !ids.contains(other.as_str()) {
                *others.entry(other.as_str()).or_default() += 1;
            }
        }
    }
    let wanted: Vec<String> = others.keys().map(|id| id.to_string()).collect();
    let mut claims = data::claims_by_id(conn, &wanted)?;
    claims.sort_by(|a, b| {
        let (na, nb) = (others[a.id.as_str()], others[b.id.as_str()]);
        nb.cmp(&na)
            .then(b.checkworthiness.total_cmp(&a.checkworthiness))
            .then(a.seq.cmp(&b.seq))
    });
    claims.truncate(limit);
    claims.sort_by_key(|c| c.seq);
    Ok(claims)
}

/// The common part of the focused views: the chosen claims, the claims they
/// link to, their speakers and the links between them.
fn focused(b: &mut Builder, claims: Vec<ClaimInfo>, limit: usize) -> Result<()> {
    let ids: Vec<String> = claims.iter().map(|c| c.id.clone()).collect();
    let links = data::links_touching(b.conn, &ids)?;
    focused_with(b, claims, links, limit)
}

/// [`focused`] with the links touching `claims` already read.
fn focused_with(
    b: &mut Builder,
    claims: Vec<ClaimInfo>,
    links: Vec<LinkInfo>,
    limit: usize,
) -> Result<()> {
    let chosen = pick(claims, &links, limit);
    let others = other_ends(b.conn, &chosen, &links, limit)?;
    for c in chosen.iter().chain(&others) {
        b.claim(c);
    }
    b.links(&links);
    Ok(())
}

pub(super) fn speaker(store: &Store, names: &[String], o: &ViewOptions) -> Result<View> {
    let conn = store.connection();
    let title = format!("Speaker: {}", names.join(", "));
    let stem = format!("view-speaker-{}", slug(&names.join(" ")));
    let mut b = Builder::new(conn, title, stem)?;
    for n in names {
        b.speaker(n, format!("speaker: {n}"));
    }
    let p = placeholders(names.len());
    let claims = data::claims_where(conn, &format!("c.speaker IN ({p})"), names)?;
    // the links of the speaker's claims in one query (by id, in chunks of
    // a few hundred, a speaker of 42,000 claims took 0.2 s)
    let twice: Vec<String> = names.iter().chain(names).cloned().collect();
    let links = data::links_where(
        conn,
        &format!("a.speaker IN ({p}) OR b.speaker IN ({p})"),
        &twice,
    )?;
    focused_with(&mut b, claims, links, o.limit)?;
    let topics = data::counted(
        conn,
        &format!(
            // the speaker's claims' seqs as a list that the scan of
            // claim_topics probes (`+` keeps SQLite from searching the
            // join table topic by topic): a lookup in `claims` for every
            // topic row took 0.3 s on a 1000-document store
            "WITH n AS (SELECT ct.topic AS topic, count(*) AS k FROM claim_topics ct \
             WHERE +ct.seq IN (SELECT seq FROM claims WHERE speaker IN ({p})) \
             GROUP BY ct.topic) \
             SELECT t.id, t.name, n.k FROM n JOIN topics t ON t.id = n.topic \
             ORDER BY 3 DESC, t.name LIMIT {}",
            o.top
        ),
        names,
    )?;
    for n in names {
        let id = b.speaker_id(n);
        b.focus(&id);
    }
    let first = b.speaker_id(&names[0]);
    for t in &topics {
        b.node(topic_node(&t.id, &t.name, t.claims));
        let tip = n_claims(t.claims);
        b.edge(&first, &t.id, EdgeKind::Mentions, None, &tip);
    }
    Ok(b.finish())
}

pub(super) fn topic(store: &Store, ids: &[String], o: &ViewOptions) -> Result<View> {
    let conn = store.connection();
    let topics = data::counted(
        conn,
        &format!(
            "SELECT id, name, claims FROM topics WHERE id IN ({}) ORDER BY id",
            placeholders(ids.len())
        ),
        ids,
    )?;
    let names: Vec<&str> = topics.iter().map(|t| t.name.as_str()).collect();
    let title = format!("Topic: {}", names.join(", "));
    let stem = format!("view-topic-{}", slug(&names.join(" ")));
    let mut b = Builder::new(conn, title, stem)?;
    for t in &topics {
        b.node(topic_node(&t.id, &t.name, t.claims));
        b.focus(&t.id);
    }
    let clause = format!(
        "c.seq IN (SELECT seq FROM claim_topics WHERE topic IN ({}))",
        placeholders(ids.len())
    );
    let claims = data::claims_where(conn, &clause, ids)?;
    // Every claim mentions the topic (its node is the caption): no edges.
    focused(&mut b, claims, o.limit)?;
    Ok(b.finish())
}

pub(super) fn doc(store: &Store, paths: &[String], o: &ViewOptions) -> Result<View> {
    let conn = store.connection();
    let title = format!("Document: {}", paths.join(", "));
    let stem = format!("view-doc-{}", slug(&paths.join(" ")));
    let mut b = Builder::new(conn, title, stem)?;
    let docs: Vec<DocInfo> = b
        .all_docs
        .iter()
        .filter(|d| paths.contains(&d.path))
        .cloned()
        .collect();
    for d in &docs {
        b.doc_node(d);
        b.focus(&format!("doc:{}", d.path));
    }
    let claims = data::claims_where(
        conn,
        &format!("c.doc IN ({})", placeholders(paths.len())),
        paths,
    )?;
    focused(&mut b, claims, o.limit)?;
    Ok(b.finish())
}

/// The claims within `depth` links of `id`, each with its talking point's
/// other claims, nearest first, at most `limit`.
pub(super) fn around(store: &Store, id: &str, o: &ViewOptions) -> Result<View> {
    let conn = store.connection();
    let title = format!("Around claim {id} (depth {})", o.depth);
    let stem = format!("view-around-{}", slug(id));
    let mut b = Builder::new(conn, title, stem)?;
    let mut seen: BTreeSet<String> = BTreeSet::from([id.to_string()]);
    let mut order = vec![id.to_string()];
    let mut frontier = vec![id.to_string()];
    let mut links: Vec<LinkInfo> = Vec::new();
    for _ in 0..o.depth {
        if frontier.is_empty() || order.len() >= o.limit {
            break;
        }
        let found = data::links_touching(conn, &frontier)?;
        let mut next: BTreeSet<String> = found
            .iter()
            .flat_map(|l| [l.source.clone(), l.target.clone()])
            .collect();
        next.extend(cluster_mates(conn, &frontier)?);
        links.extend(found);
        frontier = next
            .into_iter()
            .filter(|c| seen.insert(c.clone()))
            .collect();
        frontier.truncate(o.limit - order.len());
        order.extend(frontier.iter().cloned());
    }
    for c in data::claims_by_id(conn, &order)? {
        b.claim(&c);
    }
    b.focus(id);
    links.sort_by_key(|l| l.seq);
    links.dedup_by_key(|l| l.seq);
    b.links(&links);
    Ok(b.finish())
}

/// The other claims of the talking points of these claims.
fn cluster_mates(conn: &Connection, ids: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for chunk in ids.chunks(400) {
        let clause = format!(
            "c.cluster IN (SELECT cluster FROM claims WHERE id IN ({}) AND cluster_size > 1)",
            placeholders(chunk.len())
        );
        out.extend(
            data::claims_where(conn, &clause, chunk)?
                .into_iter()
                .map(|c| c.id),
        );
    }
    Ok(out)
}
