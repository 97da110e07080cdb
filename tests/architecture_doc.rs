//! `docs/ARCHITECTURE.md`'s code map and the source tree stay in step: every
//! `.rs` file under `src/` is named in the code map by its path from `src/`
//! (`render/views/mod.rs`, or `src/render/views/mod.rs`), and every `.rs`
//! file the document names anywhere exists, as a path from `src/` or from
//! the repository root (`build.rs`, `tests/format_doc.rs`; an item after
//! `::` is left out: `export/dot.rs::quote`).

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn doc() -> String {
    fs::read_to_string(root().join("docs/ARCHITECTURE.md")).unwrap()
}

/// The text between `` ` `` pairs.
fn code_spans(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// The `.rs` paths in backticks in `text`, without `src/` and any `::item`.
fn named_files(text: &str) -> BTreeSet<String> {
    code_spans(text)
        .into_iter()
        .map(|s| s.split("::").next().unwrap())
        .filter(|s| s.ends_with(".rs") && !s.starts_with('.'))
        .filter(|s| !s.contains(char::is_whitespace))
        .map(|s| s.to_string())
        .collect()
}

/// The section from its `## ` heading to the next one.
fn section<'a>(text: &'a str, heading: &str) -> &'a str {
    let start = text
        .find(&format!("\n## {heading}\n"))
        .unwrap_or_else(|| panic!("no section {heading:?}"));
    let rest = &text[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3);
    &rest[..end]
}

/// Every `.rs` file under `src/`, as a path from `src/` with `/`.
fn source_files() -> BTreeSet<String> {
    let src = root().join("src");
    walkdir::WalkDir::new(&src)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| {
            let rel = e.path().strip_prefix(&src).unwrap();
            rel.components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect()
}

#[test]
fn every_source_file_is_in_the_code_map() {
    let text = doc();
    let named: BTreeSet<String> = named_files(section(&text, "Code map"))
        .into_iter()
        .map(|s| s.strip_prefix("src/").unwrap_or(&s).to_string())
        .collect();
    let missing: Vec<String> = source_files()
        .into_iter()
        .filter(|f| !named.contains(f))
        .collect();
    assert!(
        missing.is_empty(),
        "files not in docs/ARCHITECTURE.md's code map (name each by its path from src/): {missing:?}"
    );
}

#[test]
fn every_file_the_document_names_exists() {
    let gone: Vec<String> = named_files(&doc())
        .into_iter()
        .filter(|f| !root().join("src").join(f).is_file() && !root().join(f).is_file())
        .collect();
    assert!(
        gone.is_empty(),
        "docs/ARCHITECTURE.md names files that do not exist (paths are from src/ or the repository root): {gone:?}"
    );
}

#[test]
fn the_rules_read_the_document_as_meant() {
    let text =
        "\n## Code map\n| x | `src/a.rs`, `b/c.rs::item` and `not code` |\n\n## Next\n`d.rs`\n";
    assert_eq!(
        named_files(section(text, "Code map")),
        BTreeSet::from(["src/a.rs".to_string(), "b/c.rs".to_string()])
    );
    assert_eq!(named_files(text).len(), 3);
}
