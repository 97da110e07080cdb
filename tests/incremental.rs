//! Incremental builds: a build that reuses the cache writes the same bytes
//! as a clean build of the same corpus, and redoes the per-document work
//! only of new or changed documents and of documents whose reading of
//! "the President" the new corpus changes.

mod util;

use std::fs;

use util::*;

const A: &str = "Briefing by Press Secretary Anna Jones, March 1, 2023

MS. JONES: Good afternoon. The President said that the tariffs on steel will be lifted next year.

Q: Will the tariffs on aluminium be lifted as well?

MS. JONES: President Biden told governors that the tariffs on aluminium stay in place until the review is done.
";

const B: &str = "Remarks by Senator Tom Reed, March 3, 2023

SENATOR REED: Thank you all for coming. The farm bill adds four billion dollars to crop insurance over five years.

Q: Senator, what about the deficit?

SENATOR REED: The deficit fell by two hundred billion dollars last year, and the bill is fully paid for.
";

/// Names "President Trump" more often than the corpus names Biden, so
/// "the President" in `A` changes meaning when it is added.
const C: &str = "Interview with Governor Ann Lee, March 5, 2023

Q: Governor, what did President Trump tell you?

GOVERNOR LEE: President Trump told me that the border wall will be finished in the spring. President Trump said it twice. President Trump repeated it to the mayors as well.
";

/// Builds with the default cache and checks the outputs against a clean
/// build (`--no-cache`) into `clean/`; returns how many documents were
/// segmented or extracted anew.
fn build_and_compare(s: &Scratch) -> usize {
    let err = ok(&s.build(&["-v"]));
    ok(&s.build(&[
        "--no-cache",
        "--claims",
        "clean/claims",
        "--graphs",
        "clean/graphs",
    ]));
    for (out, clean) in [("claims", "clean/claims"), ("graphs", "clean/graphs")] {
        let (got, want) = (
            snapshot(&s.path().join(out)),
            snapshot(&s.path().join(clean)),
        );
        assert_eq!(
            got.keys().collect::<Vec<_>>(),
            want.keys().collect::<Vec<_>>()
        );
        for (k, v) in &want {
            assert!(got[k] == *v, "{out}/{k} differs from a clean build");
        }
    }
    let line = err
        .lines()
        .find(|l| l.contains("segmented or extracted anew"))
        .unwrap_or_else(|| panic!("no count in {err}"));
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

fn reported_speakers(s: &Scratch, doc: &str) -> Vec<String> {
    s.claims_json(doc)["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| !c["reported_by"].is_null() || !c["reported_kind"].is_null())
        .map(|c| c["speaker"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn cached_builds_match_clean_builds() {
    let s = Scratch::new();
    s.write("a.txt", A.as_bytes());
    s.write("b.txt", B.as_bytes());
    assert_eq!(build_and_compare(&s), 2);
    assert!(s.path().join(".claimgraph-cache/v1").is_dir());
    assert_eq!(reported_speakers(&s, "a.txt"), ["Joe Biden", "Joe Biden"]);
    // Nothing changed: nothing is redone.
    assert_eq!(build_and_compare(&s), 0);
    // A new document that changes whom "the President" means in a.txt:
    // c.txt and a.txt are redone, b.txt is not.
    s.write("c.txt", C.as_bytes());
    assert_eq!(build_and_compare(&s), 2);
    assert_eq!(
        reported_speakers(&s, "a.txt"),
        ["Donald Trump", "Joe Biden"]
    );
    // A changed document is re-extracted.
    s.write("b.txt", B.replace("four billion", "six billion").as_bytes());
    assert_eq!(build_and_compare(&s), 1);
    let b = s.claims_json("b.txt").to_string();
    assert!(b.contains("six billion") && !b.contains("four billion"));
    // A removed document's entry is dropped.
    fs::remove_file(s.corpus().join("c.txt")).unwrap();
    build_and_compare(&s);
    assert_eq!(
        fs::read_dir(s.path().join(".claimgraph-cache/v1"))
            .unwrap()
            .count(),
        2
    );
}

#[test]
fn corrupt_cache_entries_are_ignored() {
    let s = Scratch::new();
    s.write("a.txt", A.as_bytes());
    s.write("b.txt", B.as_bytes());
    build_and_compare(&s);
    let dir = s.path().join(".claimgraph-cache/v1");
    let mut entries: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    fs::write(&entries[0], b"{\"format\": 1, \"key\": tru").unwrap();
    // Valid JSON whose claims lie outside the document.
    let text = fs::read_to_string(&entries[1]).unwrap();
    fs::write(
        &entries[1],
        text.replace("\"range\":[", "\"range\":[100000"),
    )
    .unwrap();
    assert_eq!(build_and_compare(&s), 2);
}

#[test]
fn no_cache_writes_no_cache_and_quiet_prints_nothing() {
    let s = Scratch::new();
    s.write("a.txt", A.as_bytes());
    let err = ok(&s.build(&["--no-cache", "--quiet"]));
    assert_eq!(err, "");
    assert!(!s.path().join(".claimgraph-cache").exists());
    let err = ok(&s.build(&["--cache", "mycache", "-q"]));
    assert_eq!(err, "");
    assert!(s.path().join("mycache/v1").is_dir());
}
