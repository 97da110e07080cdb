//! Shell completions and man pages, generated from the clap definitions.

use std::process::Command;

use assert_cmd::cargo::cargo_bin_cmd;

fn stdout(args: &[&str]) -> String {
    let out = cargo_bin_cmd!("claimgraph").args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn bash_completion_is_valid_bash_and_knows_the_subcommands() {
    let script = stdout(&["completions", "bash"]);
    assert!(script.starts_with("_claimgraph() {"), "{}", &script[..80]);
    for word in [
        "build",
        "source",
        "repeated",
        "--corpus",
        "--min-checkworthiness",
    ] {
        assert!(script.contains(word), "no {word} in the completion script");
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("claimgraph.bash");
    std::fs::write(&path, &script).unwrap();
    // bash -n: parses without running
    if let Ok(st) = Command::new("bash").arg("-n").arg(&path).status() {
        assert!(st.success(), "bash -n rejects the completion script");
    }
    assert!(stdout(&["completions", "zsh"]).starts_with("#compdef claimgraph"));
    assert!(stdout(&["completions", "fish"]).contains("complete -c claimgraph"));
}

#[test]
fn man_page_and_one_page_per_command() {
    let page = stdout(&["man"]);
    assert!(page.contains(".TH claimgraph 1"), "{page}");
    assert!(page.contains("Cross\\-references claims"));
    let dir = tempfile::tempdir().unwrap();
    stdout(&["man", "--dir", dir.path().to_str().unwrap()]);
    let build = std::fs::read_to_string(dir.path().join("claimgraph-build.1")).unwrap();
    assert!(build.contains(".TH claimgraph-build 1"), "{build}");
    assert!(
        build.contains("\\-\\-corpus"),
        "the build page lists --corpus"
    );
    assert!(dir.path().join("claimgraph-source.1").exists());
}

#[test]
fn unknown_shell_is_a_usage_error() {
    let out = cargo_bin_cmd!("claimgraph")
        .args(["completions", "nosh"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("possible values: bash"));
}
