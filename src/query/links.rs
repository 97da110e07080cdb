//! `claimgraph links`.

use rusqlite::ToSql;
use serde::Serialize;

use super::{Conditions, QueryError, Result, Store};

/// Appends ` WHERE a AND b` when there are conditions.
fn where_clause(sql: &mut String, conds: &[String]) {
    if !conds.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&conds.join(" AND "));
    }
}

/// A link between two claims: the graph JSON's edge fields, plus where
/// each end is.
#[derive(Debug, Clone, Serialize)]
pub struct LinkRow {
    /// The later claim.
    pub source: String,
    /// The earlier claim.
    pub target: String,
    /// `quotes`, `repeats`, `paraphrases`, `related`.
    pub kind: String,
    /// The measure that decided it.
    pub method: String,
    /// 0–1.
    pub score: f64,
    /// The aligned text of the later claim.
    pub source_text: String,
    /// The aligned text of the earlier claim.
    pub target_text: String,
    /// The later claim's document, line, speaker and document date.
    pub source_doc: String,
    /// Line of the later claim.
    pub source_line: i64,
    /// Speaker of the later claim.
    pub source_speaker: Option<String>,
    /// Document date of the later claim.
    pub source_date: Option<String>,
    /// The earlier claim's document.
    pub target_doc: String,
    /// Line of the earlier claim.
    pub target_line: i64,
    /// Speaker of the earlier claim.
    pub target_speaker: Option<String>,
    /// Document date of the earlier claim.
    pub target_date: Option<String>,
}

/// The filters of `claimgraph links`; every one given must hold.
#[derive(Debug, Clone, Default)]
pub struct LinkFilter {
    /// `quotes`, `repeats`, `paraphrases` or `related`.
    pub kind: Option<String>,
    /// Score at least this.
    pub min_score: Option<f64>,
    /// Either end said by this speaker.
    pub speaker: Option<String>,
    /// Either end in this document.
    pub doc: Option<String>,
    /// Only links between two documents.
    pub cross_doc: bool,
    /// Links of one claim: `(id, true)` from it, `(id, false)` to it.
    pub claim: Option<(String, bool)>,
    /// At most this many.
    pub limit: Option<usize>,
}

impl Store {
    /// The links passing a filter, in the order matching found them.
    pub fn links(&self, f: &LinkFilter) -> Result<Vec<LinkRow>> {
        let mut rows = Vec::new();
        self.for_each_link(f, |r| {
            rows.push(r);
            Ok::<(), QueryError>(())
        })?;
        Ok(rows)
    }

    /// Calls `each` with every link passing a filter as SQLite returns
    /// it, in the order matching found them, keeping none in memory.
    pub fn for_each_link<E: From<QueryError>>(
        &self,
        f: &LinkFilter,
        mut each: impl FnMut(LinkRow) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let (conds, args) = self.link_conditions(f)?;
        let mut sql = String::from(
            "SELECT l.source, l.target, l.kind, l.method, l.score, l.source_text, l.target_text,
             s.doc, s.line, s.speaker, s.doc_date, t.doc, t.line, t.speaker, t.doc_date
             FROM links l JOIN claims s ON s.id = l.source JOIN claims t ON t.id = l.target",
        );
        where_clause(&mut sql, &conds);
        sql.push_str(" ORDER BY l.seq");
        if let Some(n) = f.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        let mut st = self.conn.prepare(&sql).map_err(QueryError::Sql)?;
        let refs: Vec<&dyn ToSql> = args.iter().map(|b| b.as_ref()).collect();
        let mut rows = st.query(refs.as_slice()).map_err(QueryError::Sql)?;
        while let Some(r) = rows.next().map_err(QueryError::Sql)? {
            each(LinkRow::from_row(r).map_err(QueryError::Sql)?)?;
        }
        Ok(())
    }

    /// How many links pass a filter (its limit aside).
    pub fn count_links(&self, f: &LinkFilter) -> Result<usize> {
        let (conds, args) = self.link_conditions(f)?;
        let mut sql = String::from(
            "SELECT count(*) FROM links l JOIN claims s ON s.id = l.source
             JOIN claims t ON t.id = l.target",
        );
        where_clause(&mut sql, &conds);
        let refs: Vec<&dyn ToSql> = args.iter().map(|b| b.as_ref()).collect();
        let n: i64 = self.conn.query_row(&sql, refs.as_slice(), |r| r.get(0))?;
        Ok(n as usize)
    }

    /// The WHERE conditions (joined by AND) for a link filter, and their
    /// arguments in order.
    fn link_conditions(&self, f: &LinkFilter) -> Result<Conditions> {
        let mut conds: Vec<String> = Vec::new();
        let mut args: Vec<Box<dyn ToSql>> = Vec::new();
        if let Some(k) = &f.kind {
            conds.push("l.kind = ?".into());
            args.push(Box::new(k.clone()));
        }
        if let Some(x) = f.min_score {
            conds.push("l.score >= ?".into());
            args.push(Box::new(x));
        }
        if let Some(sp) = &f.speaker {
            let names = self.resolve_speaker(sp)?;
            let ph = vec!["?"; names.len()].join(", ");
            conds.push(format!("(s.speaker IN ({ph}) OR t.speaker IN ({ph}))"));
            for _ in 0..2 {
                args.extend(names.iter().map(|n| Box::new(n.clone()) as Box<dyn ToSql>));
            }
        }
        if let Some(d) = &f.doc {
            let paths = self.resolve_doc(d)?;
            let ph = vec!["?"; paths.len()].join(", ");
            // through the documents' claims and the link indexes, not by
            // joining every link to its claims first
            conds.push(format!(
                "(l.source IN (SELECT id FROM claims WHERE doc IN ({ph}))
                 OR l.target IN (SELECT id FROM claims WHERE doc IN ({ph})))"
            ));
            for _ in 0..2 {
                args.extend(paths.iter().map(|n| Box::new(n.clone()) as Box<dyn ToSql>));
            }
        }
        if f.cross_doc {
            conds.push("s.doc <> t.doc".into());
        }
        if let Some((id, outgoing)) = &f.claim {
            conds.push(
                if *outgoing {
                    "l.source = ?"
                } else {
                    "l.target = ?"
                }
                .into(),
            );
            args.push(Box::new(id.clone()));
        }
        Ok((conds, args))
    }
}

impl LinkRow {
    /// A row of the query in [`Store::links`].
    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(LinkRow {
            source: r.get(0)?,
            target: r.get(1)?,
            kind: r.get(2)?,
            method: r.get(3)?,
            score: r.get(4)?,
            source_text: r.get(5)?,
            target_text: r.get(6)?,
            source_doc: r.get(7)?,
            source_line: r.get(8)?,
            source_speaker: r.get(9)?,
            source_date: r.get(10)?,
            target_doc: r.get(11)?,
            target_line: r.get(12)?,
            target_speaker: r.get(13)?,
            target_date: r.get(14)?,
        })
    }
}
