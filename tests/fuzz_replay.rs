//! Replays the committed fuzz corpus (`fuzz/corpus/pipeline/`: excerpts of
//! real transcripts and hostile bytes, plus whatever `cargo fuzz` found
//! and was committed) through `claimgraph::fuzz::run_bytes`, the body of
//! the fuzz target, so that stable CI catches regressions without nightly.

use std::fs;
use std::path::Path;

#[test]
fn committed_fuzz_corpus_replays() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/pipeline");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(
        files.len() >= 36,
        "{} files in {}",
        files.len(),
        dir.display()
    );
    let mut claims = 0;
    for f in &files {
        let bytes = fs::read(f).unwrap();
        let r = std::panic::catch_unwind(|| claimgraph::fuzz::run_bytes(&bytes));
        match r {
            Ok(n) => claims += n,
            Err(_) => panic!("fuzz corpus file {} fails", f.display()),
        }
    }
    // The real excerpts give claims; a run that silently extracted
    // nothing would not be testing much.
    assert!(claims > 500, "{claims} claims");
}

/// Files the target must skip or read without claims, with the count it
/// returns.
#[test]
fn hostile_seeds_give_the_expected_counts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/pipeline");
    let count = |name: &str| claimgraph::fuzz::run_bytes(&fs::read(dir.join(name)).unwrap());
    assert_eq!(count("nasty-empty"), 0);
    assert_eq!(count("nasty-nul"), 0);
    assert_eq!(count("nasty-cr-only"), 0);
    assert_eq!(count("nasty-spaces"), 0);
    assert_eq!(count("nasty-label-only"), 0);
}

/// Found by `tests/properties.rs`: a quotation opening inside the previous
/// one made `reported::find` slice backwards and panic.
#[test]
fn overlapping_quotations_regression() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/pipeline");
    let bytes = fs::read(dir.join("regress-overlapping-quotes")).unwrap();
    let n = claimgraph::fuzz::run_bytes(&bytes);
    // The claims of the file and of its first half (the second file).
    assert_eq!(n, 3);
}
