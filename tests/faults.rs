//! Faults: a build killed with SIGKILL, a read-only output folder. Earlier
//! outputs stay as they were, and no temporary file outlives the next run.

mod util;

use std::fs;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use util::*;

fn temp_files(dir: &Path) -> Vec<String> {
    snapshot(dir)
        .into_keys()
        .filter(|k| k.contains(".claimgraph-") || k.ends_with(".tmp"))
        .collect()
}

#[test]
fn sigkill_midway_leaves_the_previous_outputs() {
    let s = Scratch::with_sample();
    ok(&s.build(&[]));
    let claims_before = snapshot(&s.claims());
    let graphs_before = snapshot(&s.graphs());
    assert_eq!(claims_before.len(), 2);
    // A corpus that takes a while: 40 more copies of the sample documents.
    for i in 0..20 {
        for name in [PRESS_CONFERENCE, BRIEFING] {
            fs::copy(
                sample_corpus().join(name),
                s.corpus().join(format!("copy{i:02}_{name}")),
            )
            .unwrap();
        }
    }
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_claimgraph"));
    let mut child = cmd
        .current_dir(s.path())
        .arg("build")
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let t = Instant::now();
    std::thread::sleep(Duration::from_millis(400));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the build ended within {:?}: not killed midway",
        t.elapsed()
    );
    child.kill().unwrap(); // SIGKILL on Unix
    let status = child.wait().unwrap();
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(status.signal(), Some(9));
    assert_eq!(snapshot(&s.claims()), claims_before, "claims untouched");
    assert_eq!(snapshot(&s.graphs()), graphs_before, "graphs untouched");
    assert_eq!(temp_files(&s.claims()), Vec::<String>::new());
    assert_eq!(temp_files(&s.graphs()), Vec::<String>::new());
}

#[test]
fn temporary_files_of_a_killed_run_are_removed_by_the_next() {
    // What a run killed while writing leaves: a temporary file beside each
    // output (the outputs themselves are only replaced once complete).
    let s = Scratch::with_sample();
    ok(&s.build(&[]));
    let claims_before = snapshot(&s.claims());
    for dir in [s.claims(), s.graphs()] {
        fs::write(dir.join(".claimgraph-Ab12Cd.tmp"), b"{\"half\": ").unwrap();
    }
    fs::write(s.claims().join(".other.tmp"), b"not ours").unwrap();
    ok(&s.build(&[]));
    assert_eq!(temp_files(&s.graphs()), Vec::<String>::new());
    assert_eq!(temp_files(&s.claims()), [".other.tmp"], "only ours removed");
    let mut after = snapshot(&s.claims());
    after.remove(".other.tmp");
    assert_eq!(after, claims_before);
}

#[test]
fn read_only_output_folder() {
    use std::os::unix::fs::PermissionsExt;
    let s = Scratch::with_sample();
    ok(&s.build(&[]));
    let claims_before = snapshot(&s.claims());
    let graphs_before = snapshot(&s.graphs());
    fs::set_permissions(s.graphs(), fs::Permissions::from_mode(0o555)).unwrap();
    // As root, permissions do not stop writes: nothing to test.
    let probe = s.graphs().join("probe");
    if fs::write(&probe, b"").is_ok() {
        fs::remove_file(&probe).unwrap();
        fs::set_permissions(s.graphs(), fs::Permissions::from_mode(0o755)).unwrap();
        eprintln!("skipped: running as root, a read-only folder is still writable");
        return;
    }
    let o = s.build(&[]);
    fs::set_permissions(s.graphs(), fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.starts_with(
            "claimgraph: error: cannot write to output folder graphs: Permission denied"
        ),
        "{err}"
    );
    assert_eq!(snapshot(&s.claims()), claims_before);
    assert_eq!(snapshot(&s.graphs()), graphs_before);
}
