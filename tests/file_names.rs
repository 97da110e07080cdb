//! Claims-file names: odd transcript file names (spaces, quotes, a
//! newline, bytes that are not UTF-8, 255-byte names) never stop a build;
//! every document gets a claims file named by the rule in the README's
//! "Bad input" section.

mod util;

use std::ffi::OsStr;
use std::fs;
use std::os::unix::ffi::OsStrExt;

use util::*;
use xxhash_rust::xxh3::xxh3_64;

fn excerpt() -> Vec<u8> {
    fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/briefing_excerpt.txt"
    ))
    .unwrap()
}

/// `~` and the 16 hex digits of the xxh3-64 of a document path.
fn tag(doc_path: &str) -> String {
    format!("~{:016x}", xxh3_64(doc_path.as_bytes()))
}

#[test]
fn odd_file_names_each_get_a_safe_claims_file() {
    let s = Scratch::new();
    let text = excerpt();
    let fits = format!("{}.txt", "y".repeat(246)); // 250 bytes: 255 with .json
    let too_long = format!("{}.txt", "x".repeat(251)); // 255 bytes, the limit
    let raw_names: Vec<Vec<u8>> = vec![
        b"with spaces.txt".to_vec(),
        b"\"double\" and 'single' quotes.txt".to_vec(),
        b"new\nline.txt".to_vec(),
        b"caf\xe8.txt".to_vec(), // Latin-1 bytes: not UTF-8
        b"caf\xe9.txt".to_vec(), // reads as the same document path
        fits.clone().into_bytes(),
        too_long.clone().into_bytes(),
    ];
    for raw in &raw_names {
        fs::write(s.corpus().join(OsStr::from_bytes(raw)), &text).unwrap();
    }
    let err = ok(&s.build(&[]));
    assert!(err.contains("6 documents (1 skipped)"), "{err}");
    assert!(
        err.contains(
            "caf\u{FFFD}.txt: file name is not valid UTF-8 and reads as the same document path (caf\u{FFFD}.txt) as "
        ),
        "{err}"
    );

    let lossy = "caf\u{FFFD}.txt";
    // Document path (the `doc` field) → expected claims-file name.
    let expected: Vec<(String, String)> = vec![
        ("with spaces.txt".into(), "with spaces.txt.json".into()),
        (
            "\"double\" and 'single' quotes.txt".into(),
            "\"double\" and 'single' quotes.txt.json".into(),
        ),
        (
            "new\nline.txt".into(),
            format!("new_line{}.txt.json", tag("new\nline.txt")),
        ),
        (lossy.into(), format!("caf_{}.txt.json", tag(lossy))),
        (fits.clone(), format!("{fits}.json")),
        (
            too_long.clone(),
            // 255 bytes: 229 x's, the tag (17), .txt.json (9).
            format!("{}{}.txt.json", "x".repeat(229), tag(&too_long)),
        ),
    ];
    let mut on_disk: Vec<String> = fs::read_dir(s.claims())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    on_disk.sort();
    let mut want: Vec<String> = expected.iter().map(|(_, n)| n.clone()).collect();
    want.sort();
    assert_eq!(on_disk, want);
    for (doc, name) in &expected {
        assert!(name.len() <= 255, "{name}");
        let f = read_json(&s.claims().join(name));
        assert_eq!(f["doc"], doc.as_str(), "{name}");
        assert_eq!(
            f["claims"].as_array().unwrap().len(),
            8,
            "{name}: 7 sentences and the quote in the question"
        );
    }
    // The graph has one document node per document read.
    let g = s.graph_json();
    let docs = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "document")
        .count();
    assert_eq!(docs, 6);

    // Names are stable: a second run writes the same files and removes none.
    ok(&s.build(&[]));
    let mut again: Vec<String> = fs::read_dir(s.claims())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    again.sort();
    assert_eq!(again, want);
}

#[test]
fn folders_with_control_characters_are_renamed_too() {
    let s = Scratch::new();
    s.write("2021\tjan/briefing.txt", &excerpt());
    ok(&s.build(&[]));
    let folder = format!("2021_jan{}", tag("2021\tjan"));
    let f = read_json(&s.claims().join(&folder).join("briefing.txt.json"));
    assert_eq!(f["doc"], "2021\tjan/briefing.txt");
}
