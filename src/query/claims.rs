//! `claimgraph claims` and `claimgraph show`.

use rusqlite::{Row, ToSql};
use serde::Serialize;
use serde_json::Value;

use super::links::{LinkFilter, LinkRow};
use super::{QueryError, Result, Store};

/// One claim, with the field names of the graph JSON (and `doc_date`).
#[derive(Debug, Clone, Serialize)]
pub struct ClaimRow {
    /// Stable claim id.
    pub id: String,
    /// Document path.
    pub doc: String,
    /// The document's date (ISO), or null.
    pub doc_date: Option<String>,
    /// 1-based line.
    pub line: i64,
    /// `[start, end)` file byte offsets.
    pub span: [i64; 2],
    /// Exact text.
    pub text: String,
    /// Canonical speaker, or null.
    pub speaker: Option<String>,
    /// `question`, `answer`, `statement`.
    pub role: String,
    /// Section title, or null.
    pub section: Option<String>,
    /// Turn index.
    pub turn: i64,
    /// Paragraph index.
    pub paragraph: i64,
    /// The label as written.
    pub label: Option<String>,
    /// Reported speech: who reports it.
    pub reported_by: Option<String>,
    /// Reported speech: `direct` or `indirect`.
    pub reported_kind: Option<String>,
    /// Reported speech: the sentence containing it.
    pub reported_in: Option<String>,
    /// Further people it is attributed to.
    pub co_speakers: Value,
    /// Dates in the claim (objects as in the graph JSON).
    pub dates: Value,
    /// Event ids.
    pub events: Value,
    /// Topic names.
    pub topics: Value,
    /// Check-worthiness, 0–1.
    pub checkworthiness: f64,
    /// The earliest claim it derives from.
    pub source: String,
    /// Its talking-point cluster.
    pub cluster: String,
    /// Claims in the cluster.
    pub cluster_size: i64,
}

/// The columns [`ClaimRow::from_row`] reads, prefixed by table alias `c`.
pub(super) const CLAIM_COLUMNS: &str = "c.id, c.doc, c.doc_date, c.line, c.span_start, c.span_end,
 c.text, c.speaker, c.role, c.section, c.turn, c.paragraph, c.label, c.reported_by,
 c.reported_kind, c.reported_in, c.co_speakers, c.dates, c.events, c.topics,
 c.checkworthiness, c.source, c.cluster, c.cluster_size";

fn json_col(r: &Row, i: usize) -> rusqlite::Result<Value> {
    let s: String = r.get(i)?;
    Ok(serde_json::from_str(&s).unwrap_or(Value::Null))
}

impl ClaimRow {
    pub(super) fn from_row(r: &Row) -> rusqlite::Result<ClaimRow> {
        Ok(ClaimRow {
            id: r.get(0)?,
            doc: r.get(1)?,
            doc_date: r.get(2)?,
            line: r.get(3)?,
            span: [r.get(4)?, r.get(5)?],
            text: r.get(6)?,
            speaker: r.get(7)?,
            role: r.get(8)?,
            section: r.get(9)?,
            turn: r.get(10)?,
            paragraph: r.get(11)?,
            label: r.get(12)?,
            reported_by: r.get(13)?,
            reported_kind: r.get(14)?,
            reported_in: r.get(15)?,
            co_speakers: json_col(r, 16)?,
            dates: json_col(r, 17)?,
            events: json_col(r, 18)?,
            topics: json_col(r, 19)?,
            checkworthiness: r.get(20)?,
            source: r.get(21)?,
            cluster: r.get(22)?,
            cluster_size: r.get(23)?,
        })
    }
}

/// The filters of `claimgraph claims`; every one given must hold.
#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    /// Said by this speaker (name, alias or surname; as speaker or
    /// co-speaker).
    pub speaker: Option<String>,
    /// About this topic (name or words of it).
    pub topic: Option<String>,
    /// In this document (path or part of it).
    pub doc: Option<String>,
    /// Document date on or after (ISO, any precision).
    pub from: Option<String>,
    /// Document date on or before (ISO, any precision).
    pub to: Option<String>,
    /// An FTS5 query over the text.
    pub text: Option<String>,
    /// `question`, `answer` or `statement`.
    pub role: Option<String>,
    /// Check-worthiness at least this.
    pub min_checkworthiness: Option<f64>,
    /// Only reported speech.
    pub reported: bool,
    /// In the cluster of this claim (id or prefix).
    pub cluster: Option<String>,
    /// At most this many.
    pub limit: Option<usize>,
}

fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

impl Store {
    /// The claims passing a filter, by document date, then corpus order.
    pub fn claims(&self, f: &ClaimFilter) -> Result<Vec<ClaimRow>> {
        let mut conds: Vec<String> = Vec::new();
        let mut args: Vec<Box<dyn ToSql>> = Vec::new();
        if let Some(s) = &f.speaker {
            let names = self.resolve_speaker(s)?;
            conds.push(format!(
                "c.id IN (SELECT cs.claim FROM claim_speakers cs JOIN speakers s ON s.id = cs.speaker
                 WHERE cs.role IN ('speaker', 'co_speaker') AND s.name IN ({}))",
                placeholders(names.len())
            ));
            args.extend(names.into_iter().map(|n| Box::new(n) as Box<dyn ToSql>));
        }
        if let Some(t) = &f.topic {
            let ids = self.resolve_topic(t)?;
            conds.push(format!(
                "c.id IN (SELECT claim FROM claim_topics WHERE topic IN ({}))",
                placeholders(ids.len())
            ));
            args.extend(ids.into_iter().map(|n| Box::new(n) as Box<dyn ToSql>));
        }
        if let Some(d) = &f.doc {
            let paths = self.resolve_doc(d)?;
            conds.push(format!("c.doc IN ({})", placeholders(paths.len())));
            args.extend(paths.into_iter().map(|n| Box::new(n) as Box<dyn ToSql>));
        }
        if let Some(d) = &f.from {
            conds.push("substr(c.doc_date, 1, length(?)) >= ?".into());
            args.push(Box::new(d.clone()));
            args.push(Box::new(d.clone()));
        }
        if let Some(d) = &f.to {
            conds.push("substr(c.doc_date, 1, length(?)) <= ?".into());
            args.push(Box::new(d.clone()));
            args.push(Box::new(d.clone()));
        }
        if let Some(q) = &f.text {
            conds.push("c.seq IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)".into());
            args.push(Box::new(q.clone()));
        }
        if let Some(r) = &f.role {
            conds.push("c.role = ?".into());
            args.push(Box::new(r.clone()));
        }
        if let Some(x) = f.min_checkworthiness {
            conds.push("c.checkworthiness >= ?".into());
            args.push(Box::new(x));
        }
        if f.reported {
            conds.push("c.reported_kind IS NOT NULL".into());
        }
        if let Some(p) = &f.cluster {
            let id = self.resolve_claim(p)?;
            conds.push("c.cluster = (SELECT cluster FROM claims WHERE id = ?)".into());
            args.push(Box::new(id));
        }
        let mut sql = format!("SELECT {CLAIM_COLUMNS} FROM claims c");
        if !conds.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&conds.join(" AND "));
        }
        sql.push_str(" ORDER BY c.doc_date IS NULL, c.doc_date, c.seq");
        if let Some(n) = f.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        let mut st = self.conn.prepare(&sql)?;
        let refs: Vec<&dyn ToSql> = args.iter().map(|b| b.as_ref()).collect();
        let rows = st
            .query_map(refs.as_slice(), ClaimRow::from_row)
            .and_then(|it| it.collect::<rusqlite::Result<Vec<_>>>());
        rows.map_err(|e| match (&f.text, &e) {
            (Some(q), rusqlite::Error::SqliteFailure(_, Some(msg))) if msg.contains("fts5") => {
                QueryError::Invalid(format!("bad --text query {q:?}: {msg}"))
            }
            _ => QueryError::Sql(e),
        })
    }

    /// One claim by exact id.
    pub fn claim(&self, id: &str) -> Result<ClaimRow> {
        let sql = format!("SELECT {CLAIM_COLUMNS} FROM claims c WHERE c.id = ?1");
        Ok(self.conn.query_row(&sql, [id], ClaimRow::from_row)?)
    }

    /// Everything `show` prints about the claim a unique id prefix names.
    pub fn claim_view(&self, prefix: &str) -> Result<ClaimView> {
        let id = self.resolve_claim(prefix)?;
        let claim = self.claim(&id)?;
        let (title, principal): (Option<String>, Option<String>) = self.conn.query_row(
            "SELECT title, principal FROM documents WHERE path = ?1",
            [&claim.doc],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        // The paragraph: its sentences (reported speech is inside them).
        let sql = format!(
            "SELECT {CLAIM_COLUMNS} FROM claims c WHERE c.doc = ?1 AND c.paragraph = ?2
             AND c.reported_kind IS NULL ORDER BY c.span_start"
        );
        let mut st = self.conn.prepare(&sql)?;
        let sentences: Vec<ClaimRow> = st
            .query_map(
                rusqlite::params![claim.doc, claim.paragraph],
                ClaimRow::from_row,
            )?
            .collect::<rusqlite::Result<_>>()?;
        let paragraph = sentences
            .iter()
            .map(|s| {
                let inside = s.span[0] <= claim.span[0] && claim.span[1] <= s.span[1];
                if s.id == claim.id || (claim.reported_kind.is_some() && inside) {
                    // split the sentence around the claim's bytes
                    let (a, b) = (
                        (claim.span[0] - s.span[0]) as usize,
                        (claim.span[1] - s.span[0]) as usize,
                    );
                    let t = &s.text;
                    if a <= b && b <= t.len() && t.is_char_boundary(a) && t.is_char_boundary(b) {
                        return ParagraphPart {
                            before: t[..a].to_string(),
                            claim: t[a..b].to_string(),
                            after: t[b..].to_string(),
                        };
                    }
                }
                ParagraphPart {
                    before: s.text.clone(),
                    claim: String::new(),
                    after: String::new(),
                }
            })
            .collect();
        let outgoing = self.links(&LinkFilter {
            claim: Some((id.clone(), true)),
            ..LinkFilter::default()
        })?;
        let incoming = self.links(&LinkFilter {
            claim: Some((id.clone(), false)),
            ..LinkFilter::default()
        })?;
        let source = (claim.source != claim.id)
            .then(|| self.claim(&claim.source))
            .transpose()?;
        Ok(ClaimView {
            title,
            principal,
            paragraph,
            source_claim: source,
            outgoing,
            incoming,
            claim,
        })
    }
}

/// A piece of the paragraph around a claim: `before`, the `claim`'s own
/// words (empty for other sentences) and `after`.
#[derive(Debug, Clone, Serialize)]
pub struct ParagraphPart {
    /// Text before the claim (the whole sentence if not the claim's).
    pub before: String,
    /// The claim's words.
    pub claim: String,
    /// Text after the claim.
    pub after: String,
}

/// `claimgraph show`: a claim with its provenance and links.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimView {
    /// The claim.
    pub claim: ClaimRow,
    /// The document's title.
    pub title: Option<String>,
    /// The document's principal speaker.
    pub principal: Option<String>,
    /// The sentences of its paragraph, the claim marked.
    pub paragraph: Vec<ParagraphPart>,
    /// Its source claim, when another.
    pub source_claim: Option<ClaimRow>,
    /// Links to earlier claims.
    pub outgoing: Vec<LinkRow>,
    /// Links from later claims.
    pub incoming: Vec<LinkRow>,
}
