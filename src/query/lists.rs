//! `claimgraph speakers`, `topics`, `events` and `repeated`.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::Value;

use super::{Result, Store};

/// A speaker with counts.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerRow {
    /// `speaker:<slug>`.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Titles seen.
    pub titles: Value,
    /// Forms of the name seen.
    pub aliases: Value,
    /// Claims said (as speaker or co-speaker).
    pub claims: i64,
    /// Documents they speak in.
    pub documents: i64,
    /// First document date.
    pub first_date: Option<String>,
    /// Last document date.
    pub last_date: Option<String>,
    /// `person`, `country`, `organisation`, `place`, `document`, `unnamed`.
    pub speaker_kind: String,
}

/// A topic with counts.
#[derive(Debug, Clone, Serialize)]
pub struct TopicRow {
    /// `topic:<slug>`.
    pub id: String,
    /// Name.
    pub name: String,
    /// `person`, `country`, `organisation`, `place`, `other`.
    pub topic_kind: String,
    /// Claims about it.
    pub claims: i64,
    /// Documents.
    pub documents: i64,
    /// First document date.
    pub first_date: Option<String>,
    /// Last document date.
    pub last_date: Option<String>,
}

/// An event with counts.
#[derive(Debug, Clone, Serialize)]
pub struct EventRow {
    /// `event:<date>:<slug>`.
    pub id: String,
    /// ISO date.
    pub date: String,
    /// `day`, `month`, `year`.
    pub precision: String,
    /// End of a range.
    pub end: Option<String>,
    /// Short label.
    pub label: String,
    /// Claims mentioning it.
    pub claims: i64,
    /// Documents.
    pub documents: i64,
    /// First date of a document mentioning it.
    pub first_date: Option<String>,
    /// Last date of a document mentioning it.
    pub last_date: Option<String>,
}

/// A claim of a talking point.
#[derive(Debug, Clone, Serialize)]
pub struct ClusterMember {
    /// Claim id.
    pub id: String,
    /// Document.
    pub doc: String,
    /// Document date.
    pub doc_date: Option<String>,
    /// Line.
    pub line: i64,
    /// Speaker.
    pub speaker: Option<String>,
    /// Text.
    pub text: String,
}

/// A talking point: a cluster of claims joined by quotes, repeats and
/// paraphrases.
#[derive(Debug, Clone, Serialize)]
pub struct ClusterRow {
    /// The cluster id (its earliest claim).
    pub cluster: String,
    /// Claims in it.
    pub cluster_size: i64,
    /// Documents it is found in.
    pub documents: i64,
    /// Who said it.
    pub speakers: Value,
    /// First document date.
    pub first_date: Option<String>,
    /// Last document date.
    pub last_date: Option<String>,
    /// The earliest claim's text.
    pub text: String,
    /// Every claim of it, in order.
    pub claims: Vec<ClusterMember>,
}

fn json(s: String) -> Value {
    serde_json::from_str(&s).unwrap_or(Value::Null)
}

impl Store {
    /// Speakers, most claims first.
    pub fn speakers(&self) -> Result<Vec<SpeakerRow>> {
        let mut st = self.conn.prepare(
            "SELECT id, name, titles, aliases, claims, documents, first_date, last_date,
                    speaker_kind
             FROM speakers ORDER BY claims DESC, name",
        )?;
        let rows = st
            .query_map([], |r| {
                Ok(SpeakerRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    titles: json(r.get(2)?),
                    aliases: json(r.get(3)?),
                    claims: r.get(4)?,
                    documents: r.get(5)?,
                    first_date: r.get(6)?,
                    last_date: r.get(7)?,
                    speaker_kind: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Topics, most claims first.
    pub fn topics(&self) -> Result<Vec<TopicRow>> {
        let mut st = self.conn.prepare(
            "SELECT id, name, topic_kind, claims, documents, first_date, last_date
             FROM topics ORDER BY claims DESC, name",
        )?;
        let rows = st
            .query_map([], |r| {
                Ok(TopicRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    topic_kind: r.get(2)?,
                    claims: r.get(3)?,
                    documents: r.get(4)?,
                    first_date: r.get(5)?,
                    last_date: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Events by date.
    pub fn events(&self) -> Result<Vec<EventRow>> {
        let mut st = self.conn.prepare(
            r#"SELECT id, date, precision, "end", label, claims, documents, first_date, last_date
             FROM events ORDER BY date, seq"#,
        )?;
        let rows = st
            .query_map([], |r| {
                Ok(EventRow {
                    id: r.get(0)?,
                    date: r.get(1)?,
                    precision: r.get(2)?,
                    end: r.get(3)?,
                    label: r.get(4)?,
                    claims: r.get(5)?,
                    documents: r.get(6)?,
                    first_date: r.get(7)?,
                    last_date: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Talking points found in at least `min_documents` documents, largest
    /// first; with `with_claims`, each with its claims (else `claims` is
    /// empty: tables do not show them).
    pub fn repeated(&self, min_documents: i64, with_claims: bool) -> Result<Vec<ClusterRow>> {
        let mut st = self.conn.prepare(
            "SELECT k.id, k.size, k.documents, k.speakers, k.first_date, k.last_date, c.text
             FROM clusters k JOIN claims c ON c.id = k.id
             WHERE k.documents >= ?1
             ORDER BY k.size DESC, k.documents DESC, k.first_date, c.seq",
        )?;
        let mut rows: Vec<ClusterRow> = st
            .query_map([min_documents], |r| {
                Ok(ClusterRow {
                    cluster: r.get(0)?,
                    cluster_size: r.get(1)?,
                    documents: r.get(2)?,
                    speakers: json(r.get(3)?),
                    first_date: r.get(4)?,
                    last_date: r.get(5)?,
                    text: r.get(6)?,
                    claims: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        if !with_claims {
            return Ok(rows);
        }
        // every member at once, in listing order, then dealt to its cluster
        let mut members: HashMap<String, Vec<ClusterMember>> = HashMap::new();
        let mut st = self.conn.prepare(
            "SELECT cluster, id, doc, doc_date, line, speaker, text FROM claims
             WHERE cluster IN (SELECT id FROM clusters WHERE documents >= ?1) ORDER BY seq",
        )?;
        let mut it = st.query([min_documents])?;
        while let Some(r) = it.next()? {
            members.entry(r.get(0)?).or_default().push(ClusterMember {
                id: r.get(1)?,
                doc: r.get(2)?,
                doc_date: r.get(3)?,
                line: r.get(4)?,
                speaker: r.get(5)?,
                text: r.get(6)?,
            });
        }
        for row in &mut rows {
            row.claims = members.remove(&row.cluster).unwrap_or_default();
        }
        Ok(rows)
    }
}
