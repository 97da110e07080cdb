//! Bad input: every case gets a clear message naming the path, never a
//! panic, and the right exit code.

mod util;

use std::fs;

use util::*;

fn excerpt() -> String {
    fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/briefing_excerpt.txt"
    ))
    .unwrap()
}

#[test]
fn missing_corpus_folder() {
    let s = Scratch::new();
    let o = s.build(&["--corpus", "nowhere"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "claimgraph: error: corpus folder nowhere does not exist\n"
    );
    assert!(!s.graphs().exists(), "nothing is written");
}

#[test]
fn corpus_path_is_a_file() {
    let s = Scratch::new();
    let f = s.write("a.txt", excerpt().as_bytes());
    let o = s.build(&["--corpus", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(&format!("corpus path {} is not a folder", f.display())));
}

#[test]
fn empty_corpus_folder() {
    let s = Scratch::new();
    s.write("notes.pdf", b"%PDF-1.4");
    let o = s.build(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "claimgraph: error: corpus folder corpus has no .txt or .md files\n"
    );
}

#[test]
fn only_unusable_files() {
    let s = Scratch::new();
    s.write("empty.txt", b"");
    s.write("blank.md", b"  \n\n");
    let o = s.build(&[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("corpus/blank.md: empty file (only white space), skipped"),
        "{err}"
    );
    assert!(
        err.contains("corpus/empty.txt: empty file, skipped"),
        "{err}"
    );
    assert!(
        err.contains(
            "error: corpus folder corpus has no usable documents: all 2 files were skipped"
        ),
        "{err}"
    );
}

#[test]
fn bad_files_are_skipped_or_repaired_and_the_rest_builds() {
    let s = Scratch::new();
    let text = excerpt();
    s.write("good.txt", text.as_bytes());
    s.write("empty.txt", b"");
    // Binary: a NUL byte placed after the first 64 KiB, as ripgrep's tests do.
    let mut bin = text.repeat(200).into_bytes();
    bin[70_000] = 0;
    s.write("dump.txt", &bin);
    // Invalid UTF-8: a Latin-1 byte in the middle of a real sentence.
    let mut lossy = text.clone().into_bytes();
    let at = text.find("rubber").unwrap();
    lossy.insert(at, 0xE9);
    s.write("lossy.md", &lossy);
    fs::create_dir_all(s.corpus().join("folder.txt")).unwrap();
    s.write(".hidden.txt", b"Question: Am I read?");
    s.write("scan.pdf", b"%PDF");
    let o = s.build(&[]);
    let err = ok(&o);
    assert!(
        err.contains("corpus/dump.txt: binary file (NUL byte at offset 70000), skipped"),
        "{err}"
    );
    assert!(
        err.contains("corpus/empty.txt: empty file, skipped"),
        "{err}"
    );
    assert!(
        err.contains("corpus/folder.txt: is a folder, not a file, skipped"),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "corpus/lossy.md: invalid UTF-8 at byte offset {at} (1 bad sequence); replaced with U+FFFD"
        )),
        "{err}"
    );
    assert!(!err.contains(".hidden"), "{err}");
    assert!(err.contains("2 documents (3 skipped)"), "{err}");
    let good = s.claims_json("good.txt");
    assert_eq!(
        good["claims"].as_array().unwrap().len(),
        8,
        "7 sentences and the quote in the question"
    );
    let repaired = s.claims_json("lossy.md");
    assert_eq!(repaired["encoding"], "utf-8-lossy");
    let c = repaired["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains("\u{FFFD}rubber"))
        .unwrap()
        .clone();
    // The span still refers to the bytes of the file.
    let a = c["span"][0].as_u64().unwrap() as usize;
    let b = c["span"][1].as_u64().unwrap() as usize;
    assert_eq!(
        b - a,
        c["text"].as_str().unwrap().len() - 2,
        "U+FFFD is 3 bytes for 1"
    );
    assert!(lossy[a..b].starts_with(b"Based on various estimates"));
    assert!(!s.claims().join("dump.txt.json").exists());
}

#[test]
fn bom_and_crlf_keep_exact_spans() {
    let s = Scratch::new();
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(excerpt().replace('\n', "\r\n").into_bytes());
    s.write("crlf.txt", &bytes);
    ok(&s.build(&[]));
    let f = s.claims_json("crlf.txt");
    assert_eq!(f["encoding"], "utf-8-bom");
    assert_eq!(f["date"], "2021-01-28");
    let claims = f["claims"].as_array().unwrap();
    for c in claims {
        let a = c["span"][0].as_u64().unwrap() as usize;
        let b = c["span"][1].as_u64().unwrap() as usize;
        assert_eq!(&bytes[a..b], c["text"].as_str().unwrap().as_bytes());
        assert!(!c["text"].as_str().unwrap().contains('\r'));
    }
    assert_eq!(claims[0]["line"], 3);
    assert_eq!(
        claims[0]["span"][0],
        3 + bytes[3..]
            .windows(13)
            .position(|w| w == b"We have noted")
            .unwrap()
    );
    let q = claims.iter().find(|c| c["role"] == "question").unwrap();
    assert_eq!(q["line"], 5);
}

#[test]
fn windows_1251_is_detected_and_spans_point_into_the_file() {
    let s = Scratch::new();
    let ru = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/briefing_excerpt_ru.txt"
    ))
    .unwrap();
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&ru);
    s.write("ru.txt", &bytes);
    let err = ok(&s.build(&[]));
    assert!(
        err.contains(
            "corpus/ru.txt: not valid UTF-8 (first bad byte at offset 0); decoded as Windows-1251"
        ),
        "{err}"
    );
    let f = s.claims_json("ru.txt");
    assert_eq!(f["encoding"], "windows-1251");
    let claims = f["claims"].as_array().unwrap();
    let answer = claims.iter().find(|c| c["line"] == 3).unwrap();
    assert_eq!(
        answer["text"],
        "Усилия по обеспечению обмена военнопленными продолжаются."
    );
    assert_eq!(answer["speaker"], "Мария Захарова");
    let a = answer["span"][0].as_u64().unwrap() as usize;
    let b = answer["span"][1].as_u64().unwrap() as usize;
    let (decoded, _, _) = encoding_rs::WINDOWS_1251.decode(&bytes[a..b]);
    assert_eq!(decoded, answer["text"].as_str().unwrap());
}

#[test]
fn unwritable_output_folder() {
    let s = Scratch::new();
    s.write("good.txt", excerpt().as_bytes());
    fs::write(s.path().join("blocker"), b"a file, not a folder").unwrap();
    let o = s.build(&["--claims", "blocker/claims"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.starts_with("claimgraph: error: cannot write to output folder blocker/claims:"),
        "{err}"
    );
    assert!(
        !s.graphs().join("claimgraph.json").exists(),
        "no output when the run cannot proceed"
    );
}

#[test]
fn oversized_files_are_skipped() {
    let s = Scratch::new();
    s.write("good.txt", excerpt().as_bytes());
    s.write("huge.txt", excerpt().repeat(50).as_bytes());
    let err = ok(&s.build(&["--max-file-size", "10000"]));
    assert!(err.contains("corpus/huge.txt: file is"), "{err}");
    assert!(
        err.contains("over the limit of 10000 (--max-file-size), skipped"),
        "{err}"
    );
}

#[test]
fn nested_folders_and_stale_outputs() {
    let s = Scratch::new();
    s.write("2021/01/briefing.txt", excerpt().as_bytes());
    s.write("old.txt", excerpt().as_bytes());
    ok(&s.build(&[]));
    let nested = s.claims_json("2021/01/briefing.txt");
    assert_eq!(nested["doc"], "2021/01/briefing.txt");
    assert_eq!(nested["claims"][0]["doc"], "2021/01/briefing.txt");
    fs::write(s.claims().join("mine.json"), b"{\"keep\": true}").unwrap();
    fs::remove_file(s.corpus().join("old.txt")).unwrap();
    ok(&s.build(&[]));
    assert!(
        !s.claims().join("old.txt.json").exists(),
        "stale claims file removed"
    );
    assert!(
        s.claims().join("mine.json").exists(),
        "files claimgraph did not write are kept"
    );
}

#[test]
fn usage_errors_exit_2() {
    let s = Scratch::new();
    let o = s.build(&["--no-such-flag"]);
    assert_eq!(o.status.code(), Some(2));
}
