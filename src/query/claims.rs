//! `claimgraph claims` and `claimgraph show`.

use rusqlite::{Row, ToSql};
use serde::Serialize;
use serde_json::value::RawValue;

use super::links::{LinkFilter, LinkRow};
use super::{Conditions, QueryError, Result, Store};

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
    /// Reported speech: `direct`, `fragment` or `indirect`.
    pub report_form: Option<String>,
    /// Reported speech: the words that attribute it.
    pub attribution: Option<String>,
    /// Further people it is attributed to.
    pub co_speakers: Box<RawValue>,
    /// Dates in the claim (objects as in the graph JSON).
    pub dates: Box<RawValue>,
    /// Event ids.
    pub events: Box<RawValue>,
    /// Topic names.
    pub topics: Box<RawValue>,
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
 c.checkworthiness, c.source, c.cluster, c.cluster_size, c.report_form, c.attribution";

/// How many columns [`CLAIM_COLUMNS`] holds: a column selected after them
/// has this index.
pub(super) const CLAIM_COLUMN_COUNT: usize = 26;

/// What [`Store::for_each_claim_json`] selects: the row JSON kept beside
/// the claim (a rowid lookup).
const JSON_COLUMN: &str = "(SELECT j.json FROM claim_json j WHERE j.seq = c.seq)";

/// A JSON column as it is stored: passed through to `--json` output
/// without being parsed (the export wrote it with serde_json).
fn json_col(r: &Row, i: usize) -> rusqlite::Result<Box<RawValue>> {
    let s: String = r.get(i)?;
    Ok(RawValue::from_string(s).unwrap_or_else(|_| null()))
}

fn null() -> Box<RawValue> {
    RawValue::from_string("null".into()).expect("JSON null")
}

/// The strings of a JSON list column (`topics`, `events`, `co_speakers`).
pub fn strings(v: &RawValue) -> Vec<String> {
    serde_json::from_str(v.get()).unwrap_or_default()
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
            report_form: r.get(24)?,
            attribution: r.get(25)?,
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
        let mut rows = Vec::new();
        self.for_each_claim(f, |r| {
            rows.push(r);
            Ok::<(), QueryError>(())
        })?;
        Ok(rows)
    }

    /// Calls `each` with every claim passing a filter, in the order of
    /// [`Store::claims`], without holding them all (`--json` of 10⁵
    /// claims streams).
    pub fn for_each_claim<E: From<QueryError>>(
        &self,
        f: &ClaimFilter,
        mut each: impl FnMut(ClaimRow) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        self.for_each_row(f, CLAIM_COLUMNS, |r| {
            each(ClaimRow::from_row(r).map_err(QueryError::Sql)?)
        })
    }

    /// [`Store::for_each_claim`] giving each claim as the JSON object a
    /// [`ClaimRow`] serialises to (same fields, same order), read as the
    /// store holds it: what `claims --jsonl` prints, without parsing and
    /// serialising 10⁵ rows again.
    pub fn for_each_claim_json<E: From<QueryError>>(
        &self,
        f: &ClaimFilter,
        mut each: impl FnMut(&str) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        self.for_each_row(f, JSON_COLUMN, |r| {
            let json = r.get_ref(0).and_then(|v| Ok(v.as_str()?));
            each(json.map_err(QueryError::Sql)?)
        })
    }

    /// Runs the claim query of a filter selecting `columns` and calls
    /// `each` with every row.
    fn for_each_row<E: From<QueryError>>(
        &self,
        f: &ClaimFilter,
        columns: &str,
        mut each: impl FnMut(&Row) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let (sql, args) = self.claims_sql(f, columns)?;
        let fts_error = |e: rusqlite::Error| match (&f.text, &e) {
            (Some(q), rusqlite::Error::SqliteFailure(_, Some(msg))) if msg.contains("fts5") => {
                QueryError::Invalid(format!("bad --text query {q:?}: {msg}"))
            }
            _ => QueryError::Sql(e),
        };
        let mut st = self.conn.prepare(&sql).map_err(QueryError::Sql)?;
        let refs: Vec<&dyn ToSql> = args.iter().map(|b| b.as_ref()).collect();
        let mut rows = st.query(refs.as_slice()).map_err(fts_error)?;
        while let Some(r) = rows.next().map_err(fts_error)? {
            each(r)?;
        }
        Ok(())
    }

    /// How many claims pass a filter, its `limit` aside (what a listing cut
    /// to `--limit` leaves out).
    pub fn count_claims(&self, f: &ClaimFilter) -> Result<usize> {
        let (conds, args) = self.claim_conditions(f)?;
        let mut sql = String::from("SELECT count(*) FROM claims c");
        if !conds.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&conds.join(" AND "));
        }
        let refs: Vec<&dyn ToSql> = args.iter().map(|b| b.as_ref()).collect();
        let n: i64 = self.conn.query_row(&sql, refs.as_slice(), |r| r.get(0))?;
        Ok(n as usize)
    }

    /// The query [`Store::for_each_claim`] runs for a filter, selecting
    /// `columns`, and its arguments.
    fn claims_sql(&self, f: &ClaimFilter, columns: &str) -> Result<(String, Vec<Box<dyn ToSql>>)> {
        let (conds, args) = self.claim_conditions(f)?;
        let mut sql = format!("SELECT {columns} FROM claims c");
        if !conds.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&conds.join(" AND "));
        }
        // `seq` is the listing order (document date, then corpus order);
        // with a date bound, undated claims are out and (doc_date, seq) is
        // the same order, the date index's, so nothing is sorted
        if f.from.is_some() || f.to.is_some() {
            sql.push_str(" ORDER BY c.doc_date, c.seq");
        } else {
            sql.push_str(" ORDER BY c.seq");
        }
        if let Some(n) = f.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        Ok((sql, args))
    }

    /// The WHERE conditions (joined by AND) for a filter, and their
    /// arguments in order.
    fn claim_conditions(&self, f: &ClaimFilter) -> Result<Conditions> {
        let mut conds: Vec<String> = Vec::new();
        let mut args: Vec<Box<dyn ToSql>> = Vec::new();
        if let Some(s) = &f.speaker {
            let names = self.resolve_speaker(s)?;
            conds.push(format!(
                "c.seq IN (SELECT cs.seq FROM claim_speakers cs WHERE cs.role IN ('speaker', 'co_speaker')
                 AND cs.speaker IN (SELECT id FROM speakers WHERE name IN ({})))",
                placeholders(names.len())
            ));
            args.extend(names.into_iter().map(|n| Box::new(n) as Box<dyn ToSql>));
        }
        if let Some(t) = &f.topic {
            let ids = self.resolve_topic(t)?;
            conds.push(format!(
                "c.seq IN (SELECT seq FROM claim_topics WHERE topic IN ({}))",
                placeholders(ids.len())
            ));
            args.extend(ids.into_iter().map(|n| Box::new(n) as Box<dyn ToSql>));
        }
        if let Some(d) = &f.doc {
            let paths = self.resolve_doc(d)?;
            conds.push(format!("c.doc IN ({})", placeholders(paths.len())));
            args.extend(paths.into_iter().map(|n| Box::new(n) as Box<dyn ToSql>));
        }
        // ISO dates of any precision compare as text: the date's first
        // characters are at least `from` exactly when the date is; they are
        // at most `to` exactly when the date sorts before `to` + '~' (after
        // every digit and '-'). Both forms can use the date index.
        if let Some(d) = &f.from {
            conds.push("c.doc_date >= ?".into());
            args.push(Box::new(d.clone()));
        }
        if let Some(d) = &f.to {
            conds.push("c.doc_date < ?".into());
            args.push(Box::new(format!("{d}~")));
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
        Ok((conds, args))
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
