//! `graphs/claimgraph.sqlite`: the whole analysis as a SQLite store, for
//! the query commands (`claimgraph claims`, `show`, `source`, …), the
//! `sqlite3` shell, Datasette and `pandas.read_sql`.
//!
//! The schema is documented in `docs/FORMAT.md`; [`SCHEMA_VERSION`] is in
//! the `meta` table and goes up whenever a table or column changes, so
//! readers can refuse an older store. Field names follow the graph JSON
//! (`export::json`).
//!
//! The file is byte-stable: it is written from scratch into a temporary
//! file with a fixed page size, rows inserted in a fixed order (claims in
//! listing order, join tables by key), indexes built after the rows, no timestamps, then renamed into
//! place (a VACUUM would add 1.6 s at 1000 documents for nothing). The same
//! analysis and the same (bundled) SQLite version give the same bytes.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io;
use std::path::Path;

use rusqlite::{Connection, params};

use super::json::ClaimDto;
use crate::error::{Error, Result};
use crate::model::Analysis;

/// The version of the store's schema, in `meta.schema_version`.
pub const SCHEMA_VERSION: u32 = 4;

/// The file name of the store in the graphs folder.
pub const FILE_NAME: &str = "claimgraph.sqlite";

/// The tables, indexes and the full-text index.
pub const SCHEMA: &str = r#"
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE documents (
  id          TEXT PRIMARY KEY,          -- doc:<path>
  idx         INTEGER NOT NULL UNIQUE,   -- corpus order (sorted paths)
  path        TEXT NOT NULL UNIQUE,
  title       TEXT,
  date        TEXT,                      -- ISO date of the event, or NULL
  date_source TEXT,                      -- text | file_name
  principal   TEXT,
  encoding    TEXT NOT NULL,
  bytes       INTEGER NOT NULL,
  claims      INTEGER NOT NULL
);
CREATE TABLE speakers (
  id         TEXT PRIMARY KEY,           -- speaker:<slug>
  name       TEXT NOT NULL UNIQUE,
  titles     TEXT NOT NULL,              -- JSON array
  aliases    TEXT NOT NULL,              -- JSON array
  claims     INTEGER NOT NULL,           -- claims said (speaker or co-speaker)
  documents  INTEGER NOT NULL,
  first_date TEXT,
  last_date  TEXT,
  speaker_kind TEXT NOT NULL             -- person, country, organisation, place, document, unnamed
);
CREATE TABLE claims (
  seq             INTEGER PRIMARY KEY,   -- listing order: document date (undated last), then corpus order
  id              TEXT NOT NULL,         -- unique (index claims_id)
  doc             TEXT NOT NULL,         -- documents.path
  doc_date        TEXT,                  -- documents.date (for sorting and --from/--to)
  line            INTEGER NOT NULL,
  span_start      INTEGER NOT NULL,      -- file byte offsets [start, end)
  span_end        INTEGER NOT NULL,
  text            TEXT NOT NULL,
  speaker         TEXT,                  -- speakers.name
  role            TEXT NOT NULL,         -- question | answer | statement
  section         TEXT,
  turn            INTEGER NOT NULL,
  paragraph       INTEGER NOT NULL,
  label           TEXT,
  reported_by     TEXT,
  reported_kind   TEXT,                  -- direct | indirect
  reported_in     TEXT,                  -- claims.id
  co_speakers     TEXT NOT NULL,         -- JSON array of names
  dates           TEXT NOT NULL,         -- JSON array of date objects
  events          TEXT NOT NULL,         -- JSON array of event ids
  topics          TEXT NOT NULL,         -- JSON array of topic names
  checkworthiness REAL NOT NULL,
  source          TEXT NOT NULL,         -- claims.id
  cluster         TEXT NOT NULL,         -- clusters.id
  cluster_size    INTEGER NOT NULL,
  report_form     TEXT,                  -- direct | fragment | indirect
  attribution     TEXT                   -- the words that attribute reported speech
);
CREATE TABLE claim_json (                -- kept apart so scans of claims stay small
  seq  INTEGER PRIMARY KEY,              -- claims.seq
  json TEXT NOT NULL                     -- the claim row as one JSON object (`claims --jsonl`)
);
CREATE TABLE topics (
  id         TEXT PRIMARY KEY,           -- topic:<slug>
  name       TEXT NOT NULL UNIQUE,
  topic_kind TEXT NOT NULL,              -- person | country | organisation | place | other
  claims     INTEGER NOT NULL,
  documents  INTEGER NOT NULL,
  first_date TEXT,
  last_date  TEXT
);
CREATE TABLE events (
  id        TEXT PRIMARY KEY,            -- event:<date>:<slug>
  seq       INTEGER NOT NULL UNIQUE,     -- order of first mention
  date      TEXT NOT NULL,
  precision TEXT NOT NULL,               -- day | month | year
  "end"     TEXT,
  label     TEXT NOT NULL,
  claims    INTEGER NOT NULL,
  documents INTEGER NOT NULL,
  first_date TEXT,                       -- first/last document date mentioning it
  last_date  TEXT
);
CREATE TABLE clusters (
  id         TEXT PRIMARY KEY,           -- the earliest claim's id
  size       INTEGER NOT NULL,
  documents  INTEGER NOT NULL,
  speakers   TEXT NOT NULL,              -- JSON array of names, sorted
  first_date TEXT,
  last_date  TEXT
);
CREATE TABLE links (
  seq         INTEGER PRIMARY KEY,
  source      TEXT NOT NULL,             -- the later claim
  target      TEXT NOT NULL,             -- the earlier claim
  kind        TEXT NOT NULL,             -- quotes | repeats | paraphrases | related
  method      TEXT NOT NULL,
  score       REAL NOT NULL,
  source_text TEXT NOT NULL,
  target_text TEXT NOT NULL
);
CREATE TABLE claim_topics (
  topic TEXT NOT NULL,                   -- topics.id
  seq   INTEGER NOT NULL,                -- claims.seq
  claim TEXT NOT NULL,                   -- claims.id
  PRIMARY KEY (topic, seq)
) WITHOUT ROWID;
CREATE TABLE claim_events (
  event TEXT NOT NULL,                   -- events.id
  seq   INTEGER NOT NULL,                -- claims.seq
  claim TEXT NOT NULL,                   -- claims.id
  PRIMARY KEY (event, seq)
) WITHOUT ROWID;
CREATE TABLE claim_speakers (
  speaker TEXT NOT NULL,                 -- speakers.id
  role    TEXT NOT NULL,                 -- speaker | co_speaker | reported_by
  seq     INTEGER NOT NULL,              -- claims.seq
  claim   TEXT NOT NULL,                 -- claims.id
  PRIMARY KEY (speaker, role, seq)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE claims_fts USING fts5 (
  text, content = 'claims', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
"#;

/// The indexes, made once the rows are in: building an index over sorted
/// data at the end is much faster than updating ten indexes per insert.
/// The join tables need none: their primary keys lead with the topic,
/// event or speaker and give the claims' `seq` in listing order.
const INDEXES: &str = r#"
CREATE UNIQUE INDEX claims_id ON claims (id);
CREATE INDEX claims_doc ON claims (doc, seq);
CREATE INDEX claims_speaker ON claims (speaker);
CREATE INDEX claims_date ON claims (doc_date, seq);
CREATE INDEX claims_cluster ON claims (cluster, seq);
CREATE INDEX links_source ON links (source);
CREATE INDEX links_target ON links (target);
CREATE INDEX links_kind ON links (kind);
"#;

fn sql_err(path: &Path) -> impl Fn(rusqlite::Error) -> Error + '_ {
    move |e| Error::Write {
        path: path.to_path_buf(),
        source: io::Error::other(e),
    }
}

fn json<T: serde::Serialize + ?Sized>(v: &T) -> String {
    serde_json::to_string(v).expect("JSON of plain data")
}

/// First and last of a set of ISO dates.
#[derive(Default)]
struct Span {
    docs: BTreeSet<usize>,
    first: Option<String>,
    last: Option<String>,
}

impl Span {
    fn add(&mut self, doc: usize, date: Option<&str>) {
        self.docs.insert(doc);
        if let Some(d) = date {
            if self.first.as_deref().is_none_or(|f| d < f) {
                self.first = Some(d.to_string());
            }
            if self.last.as_deref().is_none_or(|l| d > l) {
                self.last = Some(d.to_string());
            }
        }
    }
}

/// The claims' indices in listing order, the store's `seq`: by document
/// date, undated documents last, then corpus order. Listings read the
/// claims table in rowid order and never sort.
fn listing_order(a: &Analysis, doc_dates: &[Option<String>]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..a.claims.len()).collect();
    order.sort_by_key(|&i| {
        let d = &doc_dates[a.claims[i].doc_index];
        (d.is_none(), d.as_deref(), i)
    });
    order
}

/// Writes the store atomically to `path` (a temporary file in the same
/// folder, renamed into place: [`super::replace_atomic`]).
pub fn write(a: &Analysis, path: &Path) -> Result<()> {
    let mut failed: Option<rusqlite::Error> = None;
    let written = super::replace_atomic(path, |tmp| {
        build(a, tmp.path()).map_err(|e| {
            failed = Some(e);
            io::Error::other("SQLite error")
        })
    });
    match failed {
        Some(e) => Err(sql_err(path)(e)),
        None => written,
    }
}

/// Fills a new SQLite file at `path`.
fn build(a: &Analysis, path: &Path) -> rusqlite::Result<()> {
    let mut conn = Connection::open(path)?;
    conn.execute_batch(
        "PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; \
         PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;",
    )?;
    fill(a, &mut conn)?;
    conn.close().map_err(|(_, e)| e)
}

/// The claims' speaker and topic ids by name ([`Analysis::name_ids`]).
type Ids<'a> = HashMap<&'a str, &'a str>;

/// What the claims pass gathers for the other tables: claims per document,
/// date spans per speaker, topic, event and cluster, and the join tables'
/// rows (inserted in primary-key order once collected).
#[derive(Default)]
struct Gathered<'a> {
    claims_per_doc: Vec<usize>,
    speakers: BTreeMap<&'a str, (usize, Span)>,
    topics: BTreeMap<&'a str, Span>,
    events: BTreeMap<&'a str, Span>,
    clusters: BTreeMap<usize, (Span, BTreeSet<&'a str>)>,
    topic_rows: Vec<(&'a str, i64, &'a str)>,
    event_rows: Vec<(&'a str, i64, &'a str)>,
    speaker_rows: Vec<(&'a str, &'a str, i64, &'a str)>,
}

fn fill(a: &Analysis, conn: &mut Connection) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    tx.execute_batch(SCHEMA)?;
    let doc_dates: Vec<Option<String>> = a
        .documents
        .iter()
        .map(|d| d.seg.meta.date.map(|x| x.format("%Y-%m-%d").to_string()))
        .collect();
    let ids = a.name_ids();
    insert_meta(&tx, a)?;
    let g = insert_claims(&tx, a, &doc_dates, &ids.speakers, &ids.topics)?;
    insert_joins(&tx, g.topic_rows, g.event_rows, g.speaker_rows)?;
    insert_documents(&tx, a, &g.claims_per_doc)?;
    insert_speakers(&tx, a, &g.speakers)?;
    insert_topics_and_events(&tx, a, &g.topics, &g.events)?;
    insert_clusters_and_links(&tx, a, &g.clusters)?;
    tx.execute_batch(INDEXES)?;
    // FTS5 flushes its in-memory index to a new segment every 1 MB of
    // terms by default, then merges the segments again and again; with a
    // 64 MB budget the 1000-document corpus's index (about 15 MB) is
    // written as one segment and never merged. The setting is kept in
    // `claims_fts_config`; the store is read-only after the build.
    tx.execute_batch(
        "INSERT INTO claims_fts (claims_fts, rank) VALUES ('hashsize', 67108864);
         INSERT INTO claims_fts (claims_fts) VALUES ('rebuild');",
    )?;
    tx.commit()
}

/// The `meta` table: schema version, generator and counts.
fn insert_meta(tx: &Connection, a: &Analysis) -> rusqlite::Result<()> {
    let mut st = tx.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)")?;
    let counts = [
        ("schema_version", SCHEMA_VERSION.to_string()),
        (
            "generator",
            format!("claimgraph {}", env!("CARGO_PKG_VERSION")),
        ),
        ("documents", a.documents.len().to_string()),
        ("speakers", a.speakers.len().to_string()),
        ("claims", a.claims.len().to_string()),
        ("links", a.matches.len().to_string()),
        ("events", a.events.len().to_string()),
        ("topics", a.topics.len().to_string()),
    ];
    for (k, v) in counts {
        st.execute(params![k, v])?;
    }
    Ok(())
}

/// The `claims` table in listing order, gathering what the other tables
/// need on the way.
fn insert_claims<'a>(
    tx: &Connection,
    a: &'a Analysis,
    doc_dates: &[Option<String>],
    speaker_ids: &Ids<'a>,
    topic_ids: &Ids<'a>,
) -> rusqlite::Result<Gathered<'a>> {
    let mut g = Gathered {
        claims_per_doc: vec![0usize; a.documents.len()],
        ..Gathered::default()
    };
    let mut ins = tx.prepare(
        "INSERT INTO claims VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,
         ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)",
    )?;
    let mut json = tx.prepare("INSERT INTO claim_json VALUES (?1, ?2)")?;
    let mut bufs = JsonBufs::default();
    for (seq, i) in listing_order(a, doc_dates).into_iter().enumerate() {
        let seq = seq as i64;
        let date = doc_dates[a.claims[i].doc_index].as_deref();
        insert_claim(
            [&mut ins, &mut json],
            &ClaimDto::of(a, i),
            seq,
            date,
            &mut bufs,
        )?;
        g.add_claim(a, i, seq, date, speaker_ids, topic_ids);
    }
    Ok(g)
}

/// Bytes serde_json wrote, as text.
fn utf8(b: &[u8]) -> rusqlite::Result<&str> {
    std::str::from_utf8(b).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}

/// The five JSON columns of a claim row (co-speakers, dates, events,
/// topics and the whole row), serialised into buffers reused from row to
/// row (195,000 rows at 1000 documents).
#[derive(Default)]
struct JsonBufs([Vec<u8>; 5]);

impl JsonBufs {
    /// Serialises `v` into buffer `k`.
    fn put<T: serde::Serialize + ?Sized>(&mut self, k: usize, v: &T) -> rusqlite::Result<()> {
        let b = &mut self.0[k];
        b.clear();
        serde_json::to_writer(&mut *b, v)
            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
    }

    /// The co-speakers, dates, events and topics of a claim, and the whole
    /// row (`date` is the document's), as JSON text.
    fn claim(&mut self, dto: &ClaimDto<'_>, date: Option<&str>) -> rusqlite::Result<[&str; 5]> {
        self.put(0, dto.co_speakers)?;
        self.put(1, &dto.dates)?;
        self.put(2, dto.events)?;
        self.put(3, dto.topics)?;
        self.put(4, &RowJson::of(dto, date))?;
        let [a, b, c, d, e] = &self.0;
        Ok([utf8(a)?, utf8(b)?, utf8(c)?, utf8(d)?, utf8(e)?])
    }
}

/// A claim row as the `json` column holds it: the claim JSON's fields with
/// `doc_date` after `doc`, in the order `query::ClaimRow` serialises them,
/// so `claims --jsonl` prints the column as it is (122 MB at 1000
/// documents, twice as fast as serialising each row again).
#[derive(serde::Serialize)]
struct RowJson<'a> {
    id: &'a str,
    doc: &'a str,
    doc_date: Option<&'a str>,
    line: usize,
    span: [usize; 2],
    text: &'a str,
    speaker: Option<&'a str>,
    role: &'a str,
    section: Option<&'a str>,
    turn: usize,
    paragraph: usize,
    label: Option<&'a str>,
    reported_by: Option<&'a str>,
    reported_kind: Option<&'a str>,
    reported_in: Option<&'a str>,
    report_form: Option<&'a str>,
    attribution: Option<&'a str>,
    co_speakers: &'a [String],
    dates: &'a [super::json::DateDto<'a>],
    events: &'a [String],
    topics: &'a [String],
    checkworthiness: f64,
    source: &'a str,
    cluster: &'a str,
    cluster_size: usize,
}

impl<'a> RowJson<'a> {
    fn of(d: &'a ClaimDto<'a>, doc_date: Option<&'a str>) -> Self {
        RowJson {
            id: d.id,
            doc: d.doc,
            doc_date,
            line: d.line,
            span: d.span,
            text: d.text,
            speaker: d.speaker,
            role: d.role,
            section: d.section,
            turn: d.turn,
            paragraph: d.paragraph,
            label: d.label,
            reported_by: d.reported_by,
            reported_kind: d.reported_kind,
            reported_in: d.reported_in,
            report_form: d.report_form,
            attribution: d.attribution,
            co_speakers: d.co_speakers,
            dates: &d.dates,
            events: d.events,
            topics: d.topics,
            checkworthiness: d.checkworthiness,
            source: d.source,
            cluster: d.cluster,
            cluster_size: d.cluster_size,
        }
    }
}

/// One row of the `claims` table and its `claim_json` row.
fn insert_claim(
    [ins, json_ins]: [&mut rusqlite::Statement<'_>; 2],
    dto: &ClaimDto<'_>,
    seq: i64,
    date: Option<&str>,
    bufs: &mut JsonBufs,
) -> rusqlite::Result<()> {
    let [co_speakers, dates, events, topics, json] = bufs.claim(dto, date)?;
    ins.execute(params![
        seq,
        dto.id,
        dto.doc,
        date,
        dto.line as i64,
        dto.span[0] as i64,
        dto.span[1] as i64,
        dto.text,
        dto.speaker,
        dto.role,
        dto.section,
        dto.turn as i64,
        dto.paragraph as i64,
        dto.label,
        dto.reported_by,
        dto.reported_kind,
        dto.reported_in,
        co_speakers,
        dates,
        events,
        topics,
        dto.checkworthiness,
        dto.source,
        dto.cluster,
        dto.cluster_size as i64,
        dto.report_form,
        dto.attribution,
    ])?;
    json_ins.execute(params![seq, json])?;
    Ok(())
}

impl<'a> Gathered<'a> {
    /// Counts claim `i` (row `seq`, document date `date`) towards its
    /// document, topics, events, speakers and cluster.
    fn add_claim(
        &mut self,
        a: &'a Analysis,
        i: usize,
        seq: i64,
        date: Option<&str>,
        speaker_ids: &Ids<'a>,
        topic_ids: &Ids<'a>,
    ) {
        let c = &a.claims[i];
        self.claims_per_doc[c.doc_index] += 1;
        for t in &c.topics {
            if let Some(id) = topic_ids.get(t.as_str()) {
                self.topic_rows.push((id, seq, &c.id));
            }
            let span = self.topics.entry(t.as_str()).or_default();
            span.add(c.doc_index, date);
        }
        for e in &c.events {
            self.event_rows.push((e, seq, &c.id));
            let span = self.events.entry(e.as_str()).or_default();
            span.add(c.doc_index, date);
        }
        let roles = c
            .speaker
            .iter()
            .map(|s| (s, "speaker"))
            .chain(c.co_speakers.iter().map(|s| (s, "co_speaker")))
            .chain(c.reported_by.iter().map(|s| (s, "reported_by")));
        for (name, role) in roles {
            if let Some(id) = speaker_ids.get(name.as_str()) {
                self.speaker_rows.push((id, role, seq, &c.id));
            }
            if role != "reported_by" {
                let s = self.speakers.entry(name.as_str()).or_default();
                s.0 += 1;
                s.1.add(c.doc_index, date);
            }
        }
        let (root, size) = a.cluster_of(i);
        // only clusters of two or more claims have a row: a claim alone
        // (most of them) needs no entry
        if size < 2 {
            return;
        }
        let cl = self.clusters.entry(root).or_default();
        cl.0.add(c.doc_index, date);
        if let Some(s) = &c.speaker {
            cl.1.insert(s);
        }
    }
}

/// The join tables `claim_topics`, `claim_events` and `claim_speakers`, in
/// primary-key order.
fn insert_joins(
    tx: &Connection,
    mut topic_rows: Vec<(&str, i64, &str)>,
    mut event_rows: Vec<(&str, i64, &str)>,
    mut speaker_rows: Vec<(&str, &str, i64, &str)>,
) -> rusqlite::Result<()> {
    topic_rows.sort_unstable();
    topic_rows.dedup();
    let mut st = tx.prepare("INSERT OR IGNORE INTO claim_topics VALUES (?1, ?2, ?3)")?;
    for (topic, seq, claim) in topic_rows {
        st.execute(params![topic, seq, claim])?;
    }
    event_rows.sort_unstable();
    event_rows.dedup();
    let mut st = tx.prepare("INSERT OR IGNORE INTO claim_events VALUES (?1, ?2, ?3)")?;
    for (event, seq, claim) in event_rows {
        st.execute(params![event, seq, claim])?;
    }
    speaker_rows.sort_unstable();
    speaker_rows.dedup();
    let mut st = tx.prepare("INSERT OR IGNORE INTO claim_speakers VALUES (?1, ?2, ?3, ?4)")?;
    for (speaker, role, seq, claim) in speaker_rows {
        st.execute(params![speaker, role, seq, claim])?;
    }
    Ok(())
}

/// The `documents` table, in corpus order.
fn insert_documents(
    tx: &Connection,
    a: &Analysis,
    claims_per_doc: &[usize],
) -> rusqlite::Result<()> {
    let mut st =
        tx.prepare("INSERT INTO documents VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")?;
    for (i, d) in a.documents.iter().enumerate() {
        let dto = super::json::DocumentDto::new(d);
        st.execute(params![
            d.id,
            i as i64,
            dto.path,
            dto.title,
            dto.date,
            dto.date_source,
            dto.principal,
            dto.encoding,
            dto.bytes as i64,
            claims_per_doc[i] as i64,
        ])?;
    }
    Ok(())
}

/// The `speakers` table, with each speaker's claim count and date span.
fn insert_speakers(
    tx: &Connection,
    a: &Analysis,
    speakers: &BTreeMap<&str, (usize, Span)>,
) -> rusqlite::Result<()> {
    let mut st = tx.prepare("INSERT INTO speakers VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")?;
    for s in &a.speakers {
        let (n, span) = speakers
            .get(s.name.as_str())
            .map_or((0, None), |(n, sp)| (*n, Some(sp)));
        st.execute(params![
            s.id,
            s.name,
            json(&s.titles),
            json(&s.aliases),
            n as i64,
            span.map_or(0, |x| x.docs.len()) as i64,
            span.and_then(|x| x.first.as_deref()),
            span.and_then(|x| x.last.as_deref()),
            s.speaker_kind,
        ])?;
    }
    Ok(())
}

/// The `topics` and `events` tables, with their date spans.
fn insert_topics_and_events(
    tx: &Connection,
    a: &Analysis,
    topics: &BTreeMap<&str, Span>,
    events: &BTreeMap<&str, Span>,
) -> rusqlite::Result<()> {
    let mut st = tx.prepare("INSERT INTO topics VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
    for t in &a.topics {
        let span = topics.get(t.name.as_str());
        st.execute(params![
            t.id,
            t.name,
            t.kind.as_str(),
            t.claims as i64,
            t.documents as i64,
            span.and_then(|x| x.first.as_deref()),
            span.and_then(|x| x.last.as_deref()),
        ])?;
    }
    let mut st =
        tx.prepare("INSERT INTO events VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")?;
    for (i, e) in a.events.iter().enumerate() {
        let span = events.get(e.id.as_str());
        st.execute(params![
            e.id,
            i as i64,
            e.date.to_string(),
            e.date.precision().as_str(),
            e.end.map(|x| x.to_string()),
            e.label,
            e.claims as i64,
            e.documents as i64,
            span.and_then(|x| x.first.as_deref()),
            span.and_then(|x| x.last.as_deref()),
        ])?;
    }
    Ok(())
}

/// The `clusters` table (clusters of two or more claims) and the `links`
/// table.
fn insert_clusters_and_links(
    tx: &Connection,
    a: &Analysis,
    clusters: &BTreeMap<usize, (Span, BTreeSet<&str>)>,
) -> rusqlite::Result<()> {
    let mut st = tx.prepare("INSERT INTO clusters VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
    for (root, (span, names)) in clusters {
        let size = a.cluster_of(*root).1;
        if size < 2 {
            continue;
        }
        let names: Vec<&str> = names.iter().copied().collect();
        st.execute(params![
            a.claims[*root].id,
            size as i64,
            span.docs.len() as i64,
            json(&names),
            span.first.as_deref(),
            span.last.as_deref(),
        ])?;
    }
    let mut st = tx.prepare("INSERT INTO links VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
    for (i, m) in a.matches.iter().enumerate() {
        st.execute(params![
            i as i64,
            a.claims[m.from].id,
            a.claims[m.to].id,
            m.kind.as_str(),
            m.method,
            (m.score * 1e4).round() / 1e4,
            m.from_text,
            m.to_text,
        ])?;
    }
    Ok(())
}
