//! Stage 1: find and read the transcripts.
//!
//! Every `.txt` and `.md` file under the corpus folder, recursively, in
//! sorted order of their relative paths. Hidden files and folders are
//! skipped. Files are decoded to UTF-8 text with an [`OffsetMap`] back to
//! file bytes, so that provenance always refers to the file as it is on disk:
//!
//! - UTF-8, with or without a byte-order mark: the text is the file.
//! - UTF-16 with a byte-order mark: transcoded.
//! - Invalid UTF-8 that looks like Windows-1251 Cyrillic: transcoded, with a
//!   warning.
//! - Other invalid UTF-8: decoded lossily (U+FFFD), with a warning naming the
//!   byte offset of the first bad sequence.
//! - Empty files, binary files (a NUL byte), files over the size limit and
//!   unreadable files are skipped with a warning.
//!
//! This module and [`crate::export`] are the only ones that touch the file
//! system.

use std::fs;
use std::path::{Path, PathBuf};

use crate::config::{self, Config};
use crate::error::{Error, Result, Warning};
use crate::model::{OffsetMap, SourceDoc};

/// Options for reading a corpus.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Files larger than this many bytes are skipped with a warning.
    pub max_file_size: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_file_size: 64 * 1024 * 1024,
        }
    }
}

/// The documents read and the problems met.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Documents in sorted path order.
    pub docs: Vec<SourceDoc>,
    /// One warning per skipped or repaired file.
    pub warnings: Vec<Warning>,
    /// How many candidate files were skipped.
    pub skipped: usize,
}

fn is_candidate(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str()
        .is_some_and(|s| s.starts_with('.') && s.len() > 1)
}

/// A candidate file: its path relative to the corpus (with `/`) and its full
/// path.
pub type Candidate = (String, PathBuf);

/// Lists the candidate files under `dir`, sorted by relative path, with
/// warnings for entries that could not be listed.
pub fn discover(dir: &Path) -> Result<(Vec<Candidate>, Vec<Warning>)> {
    let meta = fs::metadata(dir).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::CorpusMissing {
                path: dir.to_path_buf(),
            }
        } else {
            Error::Read {
                path: dir.to_path_buf(),
                source: e,
            }
        }
    })?;
    if !meta.is_dir() {
        return Err(Error::CorpusNotDir {
            path: dir.to_path_buf(),
        });
    }
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                warnings.push(Warning {
                    path,
                    message: format!("cannot be listed, skipped: {e}"),
                });
                continue;
            }
        };
        if entry.depth() == 0 || !is_candidate(entry.path()) {
            continue;
        }
        // A directory named like a transcript is not readable as one: keep it
        // so that reading reports it.
        let rel = entry
            .path()
            .strip_prefix(dir)
            .unwrap_or(entry.path())
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        files.push((rel, entry.path().to_path_buf()));
    }
    // Ties (names that differ only in bytes that are not UTF-8) are broken
    // by the raw path, so the run does not depend on the listing order.
    files.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    Ok((files, warnings))
}

/// Reads every transcript under `dir`.
///
/// Fails only when the folder is missing, is not a folder, or holds no
/// candidate files; per-file problems become warnings (the returned corpus
/// may then hold no documents).
pub fn read_corpus(dir: &Path, opts: &ReadOptions) -> Result<Corpus> {
    read_corpus_with(dir, opts, &crate::progress::Reporter::default())
}

/// [`read_corpus`], reporting each file read to `progress` (stage `read`).
pub fn read_corpus_with(
    dir: &Path,
    opts: &ReadOptions,
    progress: &crate::progress::Reporter,
) -> Result<Corpus> {
    let (files, warnings) = discover(dir)?;
    if files.is_empty() {
        return Err(Error::CorpusEmpty {
            path: dir.to_path_buf(),
        });
    }
    let mut corpus = Corpus {
        warnings,
        ..Corpus::default()
    };
    let mut previous: Option<(String, PathBuf)> = None;
    progress.start("read", files.len());
    for (rel, path) in files {
        progress.tick();
        // Two file names that differ only in bytes that are not UTF-8 read
        // as the same document path, the document's id: keep the first.
        if let Some((prev, prev_path)) = previous.as_ref().filter(|p| p.0 == rel) {
            corpus.skipped += 1;
            corpus.warnings.push(Warning {
                path,
                message: format!(
                    "file name is not valid UTF-8 and reads as the same document path ({prev}) as {}, skipped",
                    prev_path.display()
                ),
            });
            continue;
        }
        previous = Some((rel.clone(), path.clone()));
        match read_file(&path, opts) {
            Ok(Some(bytes)) => match decode(&rel, &bytes) {
                Decoded::Doc(doc, warning) => {
                    if let Some(message) = warning {
                        corpus.warnings.push(Warning {
                            path: path.clone(),
                            message,
                        });
                    }
                    if doc.text.trim().is_empty() {
                        corpus.skipped += 1;
                        corpus.warnings.push(Warning {
                            path,
                            message: "empty file (only white space), skipped".into(),
                        });
                    } else {
                        corpus.docs.push(doc);
                    }
                }
                Decoded::Skip(message) => {
                    corpus.skipped += 1;
                    corpus.warnings.push(Warning { path, message });
                }
            },
            Ok(None) => {
                corpus.skipped += 1;
                corpus.warnings.push(Warning {
                    path,
                    message: "empty file, skipped".into(),
                });
            }
            Err(message) => {
                corpus.skipped += 1;
                corpus.warnings.push(Warning { path, message });
            }
        }
    }
    progress.finish();
    Ok(corpus)
}

fn read_file(path: &Path, opts: &ReadOptions) -> std::result::Result<Option<Vec<u8>>, String> {
    let meta = fs::metadata(path).map_err(|e| format!("cannot be read, skipped: {e}"))?;
    if meta.is_dir() {
        return Err("is a folder, not a file, skipped".into());
    }
    if meta.len() > opts.max_file_size {
        return Err(format!(
            "file is {} bytes, over the limit of {} (--max-file-size), skipped",
            meta.len(),
            opts.max_file_size
        ));
    }
    let bytes = fs::read(path).map_err(|e| format!("cannot be read, skipped: {e}"))?;
    Ok((!bytes.is_empty()).then_some(bytes))
}

/// Reads the configuration: `explicit` if given (it must exist), else
/// `claimgraph.toml` at the corpus root if present, else the defaults.
pub fn read_config(corpus: &Path, explicit: Option<&Path>) -> Result<Config> {
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None => {
            let p = corpus.join(config::FILE_NAME);
            if !p.is_file() {
                return Ok(Config::default());
            }
            p
        }
    };
    let text = fs::read_to_string(&path).map_err(|source| Error::Read {
        path: path.clone(),
        source,
    })?;
    Config::parse(&text, &path)
}

/// The outcome of decoding a file's bytes.
#[derive(Debug)]
pub enum Decoded {
    /// A document, and a warning when the text had to be repaired or
    /// transcoded.
    Doc(SourceDoc, Option<String>),
    /// The file is not a transcript (binary data): the reason.
    Skip(String),
}

/// Decodes a file's bytes into a document.
pub fn decode(rel: &str, bytes: &[u8]) -> Decoded {
    let doc = |text: String, encoding: &'static str, offsets: OffsetMap| SourceDoc {
        path: rel.to_string(),
        text,
        encoding,
        offsets,
        bytes: bytes.len() as u64,
    };
    // UTF-16 with a byte-order mark.
    for (bom, enc, name) in [
        (&[0xFF, 0xFE][..], encoding_rs::UTF_16LE, "utf-16le"),
        (&[0xFE, 0xFF][..], encoding_rs::UTF_16BE, "utf-16be"),
    ] {
        if bytes.starts_with(bom) {
            let (text, map) = decode_utf16(&bytes[2..], enc == encoding_rs::UTF_16LE);
            return Decoded::Doc(doc(text, name, OffsetMap::Table(map)), None);
        }
    }
    if let Some(pos) = memchr::memchr(0, bytes) {
        return Decoded::Skip(format!("binary file (NUL byte at offset {pos}), skipped"));
    }
    let (body, shift, enc) = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => (rest, 3, "utf-8-bom"),
        None => (bytes, 0, "utf-8"),
    };
    match std::str::from_utf8(body) {
        Ok(text) => Decoded::Doc(doc(text.to_string(), enc, OffsetMap::Shift(shift)), None),
        Err(e) => {
            let first_bad = shift + e.valid_up_to();
            if looks_like_cp1251(body) {
                let (text, map) = decode_single_byte(body, shift, encoding_rs::WINDOWS_1251);
                Decoded::Doc(
                    doc(text, "windows-1251", OffsetMap::Table(map)),
                    Some(format!(
                        "not valid UTF-8 (first bad byte at offset {first_bad}); decoded as Windows-1251"
                    )),
                )
            } else {
                let (text, map, bad) = decode_lossy(body, shift);
                Decoded::Doc(
                    doc(text, "utf-8-lossy", OffsetMap::Table(map)),
                    Some(format!(
                        "invalid UTF-8 at byte offset {first_bad} ({bad} bad sequence{}); replaced with U+FFFD",
                        if bad == 1 { "" } else { "s" }
                    )),
                )
            }
        }
    }
}

/// Cyrillic text in Windows-1251 is made of words written entirely in
/// bytes 0xC0–0xFF; Latin-1 accents are scattered among ASCII letters.
fn looks_like_cp1251(bytes: &[u8]) -> bool {
    let (mut cyr_words, mut mixed_words) = (0usize, 0usize);
    for word in bytes.split(|b| !(b.is_ascii_alphabetic() || *b >= 0x80)) {
        let high = word.iter().filter(|&&b| b >= 0x80).count();
        if high == 0 {
            continue;
        }
        if high == word.len()
            && word.len() >= 2
            && word.iter().all(|&b| b >= 0xC0 || b == 0xA8 || b == 0xB8)
        {
            cyr_words += 1;
        } else {
            mixed_words += 1;
        }
    }
    cyr_words >= 3 && cyr_words >= 4 * mixed_words
}

fn decode_single_byte(
    body: &[u8],
    shift: usize,
    enc: &'static encoding_rs::Encoding,
) -> (String, Vec<u32>) {
    let mut text = String::with_capacity(body.len() * 2);
    let mut map = Vec::with_capacity(body.len() * 2 + 1);
    for (i, b) in body.iter().enumerate() {
        let (s, _) = enc.decode_without_bom_handling(std::slice::from_ref(b));
        text.push_str(&s);
        map.extend(std::iter::repeat_n((i + shift) as u32, s.len()));
    }
    map.push((body.len() + shift) as u32);
    (text, map)
}

fn decode_lossy(body: &[u8], shift: usize) -> (String, Vec<u32>, usize) {
    let mut text = String::with_capacity(body.len() + 16);
    let mut map = Vec::with_capacity(body.len() + 17);
    let mut pos = 0usize;
    let mut bad = 0usize;
    for chunk in body.utf8_chunks() {
        let valid = chunk.valid();
        text.push_str(valid);
        map.extend((0..valid.len()).map(|k| (pos + k + shift) as u32));
        pos += valid.len();
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            bad += 1;
            text.push('\u{FFFD}');
            map.extend(std::iter::repeat_n((pos + shift) as u32, 3));
            pos += invalid.len();
        }
    }
    map.push((body.len() + shift) as u32);
    (text, map, bad)
}

fn decode_utf16(body: &[u8], little_endian: bool) -> (String, Vec<u32>) {
    let mut text = String::with_capacity(body.len());
    let mut map = Vec::with_capacity(body.len() + 1);
    let units = body.chunks_exact(2).map(|c| {
        if little_endian {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    let mut offset = 2usize; // after the byte-order mark
    for r in char::decode_utf16(units) {
        let (c, width) = match r {
            Ok(c) => (c, c.len_utf16() * 2),
            Err(_) => ('\u{FFFD}', 2),
        };
        map.extend(std::iter::repeat_n(offset as u32, c.len_utf8()));
        text.push(c);
        offset += width;
    }
    map.push(offset as u32);
    (text, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(bytes: &[u8]) -> (SourceDoc, Option<String>) {
        match decode("t.txt", bytes) {
            Decoded::Doc(d, w) => (d, w),
            Decoded::Skip(m) => panic!("skipped: {m}"),
        }
    }

    #[test]
    fn utf8_with_bom_shifts_offsets_by_three() {
        let (d, w) = doc("\u{FEFF}Sergey Lavrov: Hello.".as_bytes());
        assert_eq!(d.text, "Sergey Lavrov: Hello.");
        assert_eq!(d.encoding, "utf-8-bom");
        assert_eq!(d.file_span(&(15..21)), [18, 24]);
        assert!(w.is_none());
    }

    #[test]
    fn nul_bytes_mean_binary() {
        match decode("x.txt", b"PK\x03\x04\x00\x00") {
            Decoded::Skip(m) => assert_eq!(m, "binary file (NUL byte at offset 4), skipped"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn invalid_utf8_is_repaired_with_offsets_kept() {
        let bytes = b"Caf\xE9 au lait. Next sentence.";
        let (d, w) = doc(bytes);
        assert_eq!(d.text, "Caf\u{FFFD} au lait. Next sentence.");
        assert_eq!(
            w.unwrap(),
            "invalid UTF-8 at byte offset 3 (1 bad sequence); replaced with U+FFFD"
        );
        let start = d.text.find("Next").unwrap();
        let span = d.file_span(&(start..d.text.len()));
        assert_eq!(&bytes[span[0]..span[1]], b"Next sentence.");
    }

    #[test]
    fn windows_1251_is_detected() {
        // "Сергей Лавров: Добрый день." in Windows-1251.
        let (text, _, _) = encoding_rs::WINDOWS_1251.encode("Сергей Лавров: Добрый день.");
        let (d, w) = doc(&text);
        assert_eq!(d.text, "Сергей Лавров: Добрый день.");
        assert_eq!(d.encoding, "windows-1251");
        assert!(w.unwrap().contains("decoded as Windows-1251"));
        let start = d.text.find("Добрый").unwrap();
        assert_eq!(d.file_span(&(start..d.text.len())), [15, 27]);
    }

    #[test]
    fn utf16_is_transcoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Q: Why?".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        let (d, _) = doc(&bytes);
        assert_eq!(d.text, "Q: Why?");
        assert_eq!(d.file_span(&(3..7)), [8, 16]);
    }
}
