//! The rows a view is made of, read from the SQLite store (never from the
//! corpus): documents, claims, links, and per-document counts of speakers
//! and topics.

use std::collections::BTreeMap;

use rusqlite::{Connection, Row, params_from_iter};

use super::Result;

/// A document as a view shows it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DocInfo {
    pub idx: i64,
    pub path: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub claims: i64,
}

/// A claim as a view shows it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ClaimInfo {
    pub seq: i64,
    pub id: String,
    pub doc: String,
    pub line: i64,
    pub text: String,
    pub speaker: Option<String>,
    pub role: String,
    pub cluster: String,
    pub cluster_size: i64,
    pub checkworthiness: f64,
}

/// A link between two claims (`source` is the later claim).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LinkInfo {
    pub seq: i64,
    pub source: String,
    pub target: String,
    pub kind: String,
    pub method: String,
    pub score: f64,
}

impl LinkInfo {
    /// Sort key: quotes before repeats before paraphrases before related,
    /// higher scores first, then store order.
    pub fn rank(&self) -> (u8, i64, i64) {
        let k = match self.kind.as_str() {
            "quotes" => 0,
            "repeats" => 1,
            "paraphrases" => 2,
            _ => 3,
        };
        // scores are in [0, 1]; a fixed-point key keeps the order total
        (k, -(self.score * 1e6).round() as i64, self.seq)
    }
}

const CLAIM_COLS: &str = "c.seq, c.id, c.doc, c.line, c.text, c.speaker, c.role, c.cluster, \
                          c.cluster_size, c.checkworthiness";

fn claim_row(r: &Row) -> rusqlite::Result<ClaimInfo> {
    Ok(ClaimInfo {
        seq: r.get(0)?,
        id: r.get(1)?,
        doc: r.get(2)?,
        line: r.get(3)?,
        text: r.get(4)?,
        speaker: r.get(5)?,
        role: r.get(6)?,
        cluster: r.get(7)?,
        cluster_size: r.get(8)?,
        checkworthiness: r.get(9)?,
    })
}

const LINK_COLS: &str = "l.seq, l.source, l.target, l.kind, l.method, l.score";

fn link_row(r: &Row) -> rusqlite::Result<LinkInfo> {
    Ok(LinkInfo {
        seq: r.get(0)?,
        source: r.get(1)?,
        target: r.get(2)?,
        kind: r.get(3)?,
        method: r.get(4)?,
        score: r.get(5)?,
    })
}

/// Every document, in corpus order.
pub(crate) fn documents(conn: &Connection) -> Result<Vec<DocInfo>> {
    let mut st =
        conn.prepare("SELECT idx, path, title, date, claims FROM documents ORDER BY idx")?;
    let rows = st.query_map([], |r| {
        Ok(DocInfo {
            idx: r.get(0)?,
            path: r.get(1)?,
            title: r.get(2)?,
            date: r.get(3)?,
            claims: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Claims selected by a `WHERE` clause over `claims c` with its parameters,
/// in corpus order.
pub(crate) fn claims_where(
    conn: &Connection,
    clause: &str,
    params: &[String],
) -> Result<Vec<ClaimInfo>> {
    let sql = format!("SELECT {CLAIM_COLS} FROM claims c WHERE {clause} ORDER BY c.seq");
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map(params_from_iter(params), claim_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// `?, ?, …` for `n` parameters.
pub(crate) fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// The claims with these ids, in corpus order (unknown ids are skipped).
pub(crate) fn claims_by_id(conn: &Connection, ids: &[String]) -> Result<Vec<ClaimInfo>> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let clause = format!("c.id IN ({})", placeholders(chunk.len()));
        out.extend(claims_where(conn, &clause, chunk)?);
    }
    out.sort_by_key(|c| c.seq);
    out.dedup_by_key(|c| c.seq);
    Ok(out)
}

/// Links selected by a `WHERE` clause over `links l` (with `claims a` the
/// source and `claims b` the target), in store order.
pub(crate) fn links_where(
    conn: &Connection,
    clause: &str,
    params: &[String],
) -> Result<Vec<LinkInfo>> {
    let sql = format!(
        "SELECT {LINK_COLS} FROM links l JOIN claims a ON a.id = l.source \
         JOIN claims b ON b.id = l.target WHERE {clause} ORDER BY l.seq"
    );
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map(params_from_iter(params), link_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The links touching any of these claims, in store order.
pub(crate) fn links_touching(conn: &Connection, ids: &[String]) -> Result<Vec<LinkInfo>> {
    let mut out = Vec::new();
    for chunk in ids.chunks(400) {
        let p = placeholders(chunk.len());
        let clause = format!("l.source IN ({p}) OR l.target IN ({p})");
        let params: Vec<String> = chunk.iter().chain(chunk).cloned().collect();
        out.extend(links_where(conn, &clause, &params)?);
    }
    out.sort_by_key(|l| l.seq);
    out.dedup_by_key(|l| l.seq);
    Ok(out)
}

/// A name (speaker or topic) with its id and claim count.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Counted {
    pub id: String,
    pub name: String,
    pub claims: i64,
}

/// Rows of `(id, name, count)` from a query, most claims first.
pub(crate) fn counted(conn: &Connection, sql: &str, params: &[String]) -> Result<Vec<Counted>> {
    let mut st = conn.prepare(sql)?;
    let rows = st.query_map(params_from_iter(params), |r| {
        Ok(Counted {
            id: r.get(0)?,
            name: r.get(1)?,
            claims: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The `n` speakers with most claims (as speaker or co-speaker).
pub(crate) fn top_speakers(conn: &Connection, n: usize) -> Result<Vec<Counted>> {
    counted(
        conn,
        "SELECT id, name, claims FROM speakers WHERE claims > 0 \
         ORDER BY claims DESC, name LIMIT ?",
        &[n.to_string()],
    )
}

/// The `n` topics with most claims.
pub(crate) fn top_topics(conn: &Connection, n: usize) -> Result<Vec<Counted>> {
    counted(
        conn,
        "SELECT id, name, claims FROM topics WHERE claims > 0 \
         ORDER BY claims DESC, name LIMIT ?",
        &[n.to_string()],
    )
}

/// How many claims each of these speakers (ids) says in each document:
/// `(speaker id, document path) → count`.
pub(crate) fn speaker_doc_counts(
    conn: &Connection,
    speakers: &[String],
) -> Result<BTreeMap<(String, String), i64>> {
    pair_counts(
        conn,
        "SELECT cs.speaker, c.doc, count(*) FROM claim_speakers cs \
         JOIN claims c ON c.seq = cs.seq \
         WHERE cs.role IN ('speaker', 'co_speaker') AND cs.speaker IN ({}) GROUP BY 1, 2",
        speakers,
    )
}

/// How many claims mention each of these topics (ids) in each document.
pub(crate) fn topic_doc_counts(
    conn: &Connection,
    topics: &[String],
) -> Result<BTreeMap<(String, String), i64>> {
    pair_counts(
        conn,
        "SELECT ct.topic, c.doc, count(*) FROM claim_topics ct \
         JOIN claims c ON c.seq = ct.seq WHERE ct.topic IN ({}) GROUP BY 1, 2",
        topics,
    )
}

fn pair_counts(
    conn: &Connection,
    sql: &str,
    ids: &[String],
) -> Result<BTreeMap<(String, String), i64>> {
    let mut out = BTreeMap::new();
    for chunk in ids.chunks(500) {
        let mut st = conn.prepare(&sql.replace("{}", &placeholders(chunk.len())))?;
        let rows = st.query_map(params_from_iter(chunk), |r| {
            Ok(((r.get(0)?, r.get(1)?), r.get(2)?))
        })?;
        for row in rows {
            let (k, v) = row?;
            out.insert(k, v);
        }
    }
    Ok(out)
}
