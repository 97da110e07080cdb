//! The data model shared by every stage: documents, turns, claims, speakers.
//!
//! These are in-memory types. They are deliberately not `Serialize`: the JSON
//! shapes that notebooks depend on live in [`crate::export`], so the model can
//! change without breaking the output contract.

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use chrono::{Datelike, NaiveDate};

/// Who is speaking in a turn, as far as the transcript's structure tells.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// A journalist's (or audience member's) question.
    Question,
    /// A reply to a question.
    Answer,
    /// Monologue: opening remarks, a briefing's announcements, anything said
    /// before the first question.
    #[default]
    Statement,
}

impl Role {
    /// The name used in the outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Question => "question",
            Role::Answer => "answer",
            Role::Statement => "statement",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// `YYYY-MM-DD`
    Day,
    /// `YYYY-MM`
    Month,
    /// `YYYY`
    Year,
}

impl Precision {
    /// The name used in the outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

/// A calendar date known to day, month or year precision.
///
/// Ordering is chronological with the less precise date first
/// (`2020` < `2020-10` < `2020-10-01`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    /// Proleptic Gregorian year.
    pub year: i32,
    /// 1–12, when known.
    pub month: Option<u32>,
    /// 1–31, when known (implies `month`).
    pub day: Option<u32>,
}

impl PartialDate {
    /// A date known to the day.
    pub fn from_naive(d: NaiveDate) -> Self {
        PartialDate {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }

    /// A checked day-precision date.
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day).map(Self::from_naive)
    }

    /// A month-precision date.
    pub fn ym(year: i32, month: u32) -> Option<Self> {
        (1..=12).contains(&month).then_some(PartialDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A year-precision date.
    pub fn y(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    /// How precisely the date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The date as a `NaiveDate`, when known to the day.
    pub fn naive(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
    }
}

impl fmt::Display for PartialDate {
    /// ISO 8601: `2021-01-18`, `2020-10` or `2017`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => write!(f, "{:04}-{:02}", self.year, m),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

/// Maps byte offsets in the decoded text back to byte offsets in the file.
///
/// For a UTF-8 file the map is a constant shift (3 with a byte-order mark,
/// else 0). Files that had to be transcoded or repaired carry a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OffsetMap {
    /// `file offset = text offset + shift`.
    Shift(usize),
    /// `file offset = table[text offset]`; the table has `text.len() + 1`
    /// entries.
    Table(Vec<u32>),
}

impl OffsetMap {
    /// The file byte offset of a text byte offset.
    pub fn to_file(&self, text_offset: usize) -> usize {
        match self {
            OffsetMap::Shift(s) => text_offset + s,
            OffsetMap::Table(t) => t[text_offset] as usize,
        }
    }

    /// True when the decoded text is byte-identical to the file (after any
    /// byte-order mark), so that spans slice the file to exactly the text.
    pub fn is_shift(&self) -> bool {
        matches!(self, OffsetMap::Shift(_))
    }
}

/// One transcript as read from the corpus.
#[derive(Debug, Clone)]
pub struct SourceDoc {
    /// Path relative to the corpus folder, `/`-separated: the document's id.
    pub path: String,
    /// The decoded text (UTF-8, byte-order mark removed, line endings kept).
    pub text: String,
    /// How the file was decoded: `utf-8`, `utf-8-bom`, `utf-16le`,
    /// `windows-1251`, `utf-8-lossy`, ...
    pub encoding: &'static str,
    /// Text offsets to file offsets.
    pub offsets: OffsetMap,
    /// Size of the file in bytes.
    pub bytes: u64,
}

impl SourceDoc {
    /// A document whose file is plain UTF-8 (used by tests and benches).
    pub fn from_text(path: &str, text: &str) -> Self {
        SourceDoc {
            path: path.to_string(),
            text: text.to_string(),
            encoding: "utf-8",
            offsets: OffsetMap::Shift(0),
            bytes: text.len() as u64,
        }
    }

    /// The file byte span of a text range.
    pub fn file_span(&self, r: &Range<usize>) -> [usize; 2] {
        [self.offsets.to_file(r.start), self.offsets.to_file(r.end)]
    }
}

/// Where a document's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// A date line or the title in the text.
    Text,
    /// An ISO date in the file name.
    FileName,
}

impl DateSource {
    /// The name used in the outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Text => "text",
            DateSource::FileName => "file_name",
        }
    }
}

/// Document metadata found by segmentation.
#[derive(Debug, Clone, Default)]
pub struct DocMeta {
    /// The transcript's title, if it has one.
    pub title: Option<String>,
    /// The date of the event the transcript records.
    pub date: Option<NaiveDate>,
    /// Where `date` came from.
    pub date_source: Option<DateSource>,
    /// The principal speaker named by the title, as written there
    /// (with titles), e.g. "Foreign Ministry Spokeswoman Maria Zakharova".
    pub principal: Option<String>,
}

/// What a paragraph is, structurally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParaKind {
    /// The title line (or a repeat of it).
    Title,
    /// A standalone date line ("January 18, 2021").
    DateLine,
    /// An editorial lead describing the event in the third person.
    Lead,
    /// Site banner, footer, disclaimer, video instruction, comment count...
    Boilerplate,
    /// "Table of contents" and its items.
    Contents,
    /// A section heading.
    Heading,
    /// Something someone said: the only kind that yields claims.
    Speech,
}

impl ParaKind {
    /// The name used in the outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            ParaKind::Title => "title",
            ParaKind::DateLine => "date",
            ParaKind::Lead => "lead",
            ParaKind::Boilerplate => "boilerplate",
            ParaKind::Contents => "contents",
            ParaKind::Heading => "heading",
            ParaKind::Speech => "speech",
        }
    }
}

/// A paragraph of a segmented document.
#[derive(Debug, Clone)]
pub struct Paragraph {
    /// Byte range of the whole paragraph in the decoded text (trimmed).
    pub range: Range<usize>,
    /// Byte range of the content after any speaker label (trimmed).
    pub body: Range<usize>,
    /// 1-based line where the paragraph starts.
    pub line: usize,
    /// What the paragraph is.
    pub kind: ParaKind,
    /// Index of the turn the paragraph belongs to (speech only).
    pub turn: Option<usize>,
    /// Index into [`Segmented::sections`] of the section it is in.
    pub section: Option<usize>,
}

/// A speaker turn: consecutive speech paragraphs by one speaker.
#[derive(Debug, Clone)]
pub struct Turn {
    /// The label as written ("Sergey Lavrov", "Question (retranslated from
    /// Spanish)"); `None` for paragraphs before the first label.
    pub label: Option<String>,
    /// The speaker as written in the label or title, titles included; `None`
    /// for questioners and unknown speakers.
    pub speaker_as_written: Option<String>,
    /// The role of the turn.
    pub role: Role,
    /// 1-based line of the turn's first paragraph.
    pub line: usize,
}

/// A segmented document: metadata, paragraphs, turns, sections.
#[derive(Debug, Clone, Default)]
pub struct Segmented {
    /// Title, date, principal speaker.
    pub meta: DocMeta,
    /// Every non-blank paragraph in document order.
    pub paragraphs: Vec<Paragraph>,
    /// Speaker turns in document order.
    pub turns: Vec<Turn>,
    /// Section titles in document order.
    pub sections: Vec<String>,
}

/// A statement extracted from a transcript, with exact provenance.
#[derive(Debug, Clone, Default)]
pub struct Claim {
    /// Stable id derived from the document and the claim's content.
    pub id: String,
    /// Index of the document in the corpus (sorted by path).
    pub doc_index: usize,
    /// Document path relative to the corpus folder.
    pub doc: String,
    /// 1-based line where the claim starts.
    pub line: usize,
    /// `[start, end)` byte offsets into the file.
    pub span: [usize; 2],
    /// Byte range in the decoded text.
    pub range: Range<usize>,
    /// Exactly the text of the span.
    pub text: String,
    /// Canonical speaker name, or `None` (questioners, unknown).
    pub speaker: Option<String>,
    /// Role of the turn the claim is in.
    pub role: Role,
    /// Section title, or `None`.
    pub section: Option<String>,
    /// Index of the turn in the document.
    pub turn: usize,
    /// Index of the paragraph in the document.
    pub paragraph: usize,
    /// The turn's speaker label as written.
    pub label: Option<String>,
    /// For reported speech: the speaker of the turn that reports it
    /// (canonical; `None` for an unnamed questioner).
    pub reported_by: Option<String>,
    /// For reported speech: direct (quoted words) or indirect.
    pub reported_kind: Option<crate::extract::reported::ReportKind>,
    /// For reported speech: the id of the claim (sentence) that contains it.
    pub reported_in: Option<String>,
    /// For reported speech: `direct` (a quotation that is a sentence of its
    /// own), `fragment` (a phrase in quotation marks inside the reporter's
    /// sentence: "“wrong and reckless” policies") or `indirect`.
    pub report_form: Option<&'static str>,
    /// For reported speech: the words of its sentence that attribute it
    /// ("the President said", "according to the Pentagon"), or `None`
    /// where none stand in the sentence (a quotation that goes on).
    pub attribution: Option<String>,
    /// Further people the claim is attributed to ("As Putin and Lavrov
    /// pointed out, …"), canonical.
    pub co_speakers: Vec<String>,
    /// Every date expression in the claim, resolved.
    pub dates: Vec<ClaimDate>,
    /// Ids of the events the claim mentions.
    pub events: Vec<String>,
    /// Names of the topics the claim is about (its own mentions, then its
    /// section heading's).
    pub topics: Vec<String>,
    /// How checkable the claim is, 0–1.
    pub checkworthiness: f64,
}

/// A date expression in a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimDate {
    /// The expression as written.
    pub text: String,
    /// The date (first of a range).
    pub date: PartialDate,
    /// The last date of a range.
    pub end: Option<PartialDate>,
    /// "early", "mid" or "late".
    pub qualifier: Option<&'static str>,
    /// How it was resolved: `explicit`, `year_inferred`, `relative`.
    pub resolution: &'static str,
}

/// A person, country, organisation, place or other named thing claims are
/// about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    /// Stable id: `topic:<slug of the name>`.
    pub id: String,
    /// Canonical name ("Germany", "Alexey Navalny", "OSCE").
    pub name: String,
    /// What it is.
    pub kind: crate::text::gazetteer::EntityKind,
    /// How many claims mention it.
    pub claims: usize,
    /// In how many documents.
    pub documents: usize,
}

/// A dated happening mentioned by claims.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stable id: `event:<ISO date>:<label slug>`.
    pub id: String,
    /// When it happened, with its precision.
    pub date: PartialDate,
    /// The end of a range of dates, if any.
    pub end: Option<PartialDate>,
    /// A short label from the claims ("trilateral statement").
    pub label: String,
    /// How many claims mention it.
    pub claims: usize,
    /// In how many documents.
    pub documents: usize,
}

impl Claim {
    /// Whether the claim is words reported in someone else's turn.
    pub fn is_reported(&self) -> bool {
        self.reported_kind.is_some()
    }
}

/// A person who speaks in the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Stable id (`speaker:` + slug of the name).
    pub id: String,
    /// Canonical name, e.g. "Sergey Lavrov".
    pub name: String,
    /// Titles and roles seen with the name, sorted.
    pub titles: Vec<String>,
    /// Every form of the name seen in the corpus, sorted.
    pub aliases: Vec<String>,
    /// What the name is: `person`, `country`, `organisation`, `place`,
    /// `document` (a law, treaty or report quoted as a source) or
    /// `unnamed` (an unnamed source, a numbered or unidentified speaker,
    /// the unnamed questioners' `Question`).
    pub speaker_kind: &'static str,
}

/// A document with everything extracted from it.
#[derive(Debug, Clone)]
pub struct Document {
    /// Stable id (`doc:` + path).
    pub id: String,
    /// Path relative to the corpus folder.
    pub path: String,
    /// The source text and encoding facts.
    pub source: SourceDoc,
    /// Segmentation: metadata, paragraphs, turns, sections.
    pub seg: Segmented,
    /// Canonical name of the principal speaker.
    pub principal: Option<String>,
    /// Canonical speaker name of each turn (parallel to `seg.turns`).
    pub turn_speakers: Vec<Option<String>>,
}

/// The kinds of links between claims found by matching.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatchKind {
    /// The later claim reproduces the earlier claim's words (in quotation
    /// marks, or attributed).
    Quotes,
    /// The same speaker says (nearly) the same thing again.
    Repeats,
    /// The same claim reworded, usually by another speaker.
    Paraphrases,
    /// Different words about the same specific fact.
    Related,
}

impl MatchKind {
    /// The edge `kind` used in the outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Quotes => "quotes",
            MatchKind::Repeats => "repeats",
            MatchKind::Paraphrases => "paraphrases",
            MatchKind::Related => "related",
        }
    }
}

/// A link from a later claim to an earlier one.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchEdge {
    /// Index (into the corpus-wide claim list) of the later claim.
    pub from: usize,
    /// Index of the earlier claim (the source).
    pub to: usize,
    /// What kind of link.
    pub kind: MatchKind,
    /// Strength of the match, 0–1.
    pub score: f64,
    /// The measure that decided it, e.g. `containment`, `levenshtein`.
    pub method: String,
    /// The aligned text on the later side (exact source text).
    pub from_text: String,
    /// The aligned text on the earlier side (exact source text).
    pub to_text: String,
}

/// Everything extracted from a corpus: the input of graph building and
/// export.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Documents in sorted path order.
    pub documents: Vec<Document>,
    /// Speakers sorted by canonical name.
    pub speakers: Vec<Speaker>,
    /// Claims in corpus order (document, then position).
    pub claims: Vec<Claim>,
    /// Links between claims, later → earlier.
    pub matches: Vec<MatchEdge>,
    /// Dated happenings, in order of first mention.
    pub events: Vec<Event>,
    /// Topics, sorted by id.
    pub topics: Vec<Topic>,
    /// Per claim: index of the earliest claim it derives from through
    /// quotes and repeats links (itself if none). Empty until matching ran,
    /// which means every claim is its own source.
    pub sources: Vec<usize>,
    /// Per claim: the earliest claim of its talking-point cluster (claims
    /// joined by quotes, repeats and paraphrases links); itself if none.
    /// Empty until matching ran.
    pub clusters: Vec<usize>,
    /// Per claim: the number of claims in its cluster (empty until
    /// matching ran).
    pub cluster_sizes: Vec<usize>,
}

impl Analysis {
    /// The index of the claim that names claim `i`'s cluster (itself if
    /// none) and the cluster's size.
    pub fn cluster_of(&self, i: usize) -> (usize, usize) {
        let c = self
            .clusters
            .get(i)
            .copied()
            .filter(|&c| c < self.claims.len())
            .unwrap_or(i);
        (c, self.cluster_sizes.get(i).copied().unwrap_or(1))
    }

    /// The index of claim `i`'s source claim (itself if none).
    pub fn source_of(&self, i: usize) -> usize {
        self.sources
            .get(i)
            .copied()
            .filter(|&s| s < self.claims.len())
            .unwrap_or(i)
    }

    /// The ids of the speakers and topics by canonical name, for the
    /// exports that name a claim's speaker and topics by id.
    pub(crate) fn name_ids(&self) -> NameIds<'_> {
        NameIds {
            speakers: self
                .speakers
                .iter()
                .map(|s| (s.name.as_str(), s.id.as_str()))
                .collect(),
            topics: self
                .topics
                .iter()
                .map(|t| (t.name.as_str(), t.id.as_str()))
                .collect(),
        }
    }
}

/// Speaker and topic ids by canonical name ([`Analysis::name_ids`]).
pub(crate) struct NameIds<'a> {
    /// Speaker name → `speaker:…` id.
    pub(crate) speakers: HashMap<&'a str, &'a str>,
    /// Topic name → `topic:…` id.
    pub(crate) topics: HashMap<&'a str, &'a str>,
}
