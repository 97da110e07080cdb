//! Helpers for the integration tests: a scratch folder with a corpus, the
//! real binary run once, the outputs parsed.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

/// The project's sample corpus.
pub fn sample_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

pub const PRESS_CONFERENCE: &str = "000_c44d6f7761710eb4.txt";
pub const BRIEFING: &str = "002_0414ee1e78e3c3ef.txt";

/// A scratch folder holding `corpus/`, with outputs going to `claims/` and
/// `graphs/` beside it.
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::create_dir(dir.path().join("corpus")).expect("corpus dir");
        Scratch { dir }
    }

    /// A scratch folder with a copy of the sample corpus.
    pub fn with_sample() -> Self {
        let s = Scratch::new();
        for name in [PRESS_CONFERENCE, BRIEFING] {
            fs::copy(sample_corpus().join(name), s.corpus().join(name)).expect("copy");
        }
        s
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn corpus(&self) -> PathBuf {
        self.path().join("corpus")
    }

    pub fn claims(&self) -> PathBuf {
        self.path().join("claims")
    }

    pub fn graphs(&self) -> PathBuf {
        self.path().join("graphs")
    }

    /// Writes a corpus file (creating folders).
    pub fn write(&self, rel: &str, bytes: &[u8]) -> PathBuf {
        let p = self.corpus().join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, bytes).unwrap();
        p
    }

    /// Runs `claimgraph build` with the default folders, from the scratch
    /// folder, once.
    pub fn build(&self, extra: &[&str]) -> Output {
        let mut cmd = cargo_bin_cmd!("claimgraph");
        cmd.current_dir(self.path()).arg("build").args(extra);
        cmd.output().expect("run claimgraph")
    }

    pub fn claims_json(&self, doc: &str) -> Value {
        read_json(&self.claims().join(format!("{doc}.json")))
    }

    pub fn graph_json(&self) -> Value {
        read_json(&self.graphs().join("claimgraph.json"))
    }
}

pub fn read_json(p: &Path) -> Value {
    let text = fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts success and returns stderr.
pub fn ok(o: &Output) -> String {
    let err = stderr(o);
    assert!(
        o.status.success(),
        "claimgraph failed: {:?}\n{err}",
        o.status
    );
    err
}

/// Whether a program runs on this machine.
pub fn cmd_exists(program: &str, arg: &str) -> bool {
    std::process::Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Every file under `dir` (relative path → bytes).
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().display().to_string();
            (rel, fs::read(e.path()).unwrap())
        })
        .collect()
}

/// Graphviz's `dot -Tsvg` on the build's `claimgraph.dot`: asserts that it
/// succeeded and returns the SVG and what `dot` wrote to stderr.
pub fn dot_svg(s: &Scratch) -> (String, String) {
    let out = std::process::Command::new("dot")
        .arg("-Tsvg")
        .arg(s.graphs().join("claimgraph.dot"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "dot failed: {err}");
    (String::from_utf8_lossy(&out.stdout).into_owned(), err)
}
