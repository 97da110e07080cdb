//! Faults: a build killed with SIGKILL, a read-only output folder, a full
//! disk. Earlier outputs stay as they were, and no temporary file outlives
//! the next run.

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

/// A tmpfs mounted for the length of a test, unmounted on drop (also when
/// the test fails).
struct Tmpfs(std::path::PathBuf);

impl Tmpfs {
    /// Mounts a tmpfs of `size` (e.g. `1m`) at `dir`, or says why not.
    fn mount(dir: &Path, size: &str) -> Result<Tmpfs, String> {
        fs::create_dir_all(dir).unwrap();
        let o = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .output()
            .map_err(|e| format!("cannot run mount: {e}"))?;
        if !o.status.success() {
            return Err(format!(
                "mount -t tmpfs failed ({}): {}",
                o.status,
                String::from_utf8_lossy(&o.stderr).trim()
            ));
        }
        Ok(Tmpfs(dir.to_path_buf()))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

/// Writes `path` until the file system is full.
fn fill(path: &Path) {
    use std::io::Write;
    let mut f = fs::File::create(path).unwrap();
    let chunk = [b'x'; 4096];
    while f.write_all(&chunk).and_then(|_| f.flush()).is_ok() {}
    let _ = f.sync_all();
}

#[test]
fn full_disk_names_the_file_and_keeps_the_outputs() {
    let s = Scratch::new();
    s.write("a.txt", excerpt_bytes().as_bytes());
    let out = s.path().join("out");
    // Mounting needs root (CI runs as root); elsewhere there is nothing to
    // test.
    let _mnt = match Tmpfs::mount(&out, "1m") {
        Ok(m) => m,
        Err(why) => {
            eprintln!("skipped: no small file system to fill: {why}");
            return;
        }
    };
    let args = [
        "--claims",
        "out/claims",
        "--graphs",
        "out/graphs",
        "--no-cache",
    ];
    ok(&s.build(&args));
    let before = snapshot(&out);
    assert!(
        before.contains_key("claims/a.txt.json"),
        "{:?}",
        before.keys()
    );
    assert!(before.contains_key("graphs/claimgraph.json"));
    // A bigger corpus, and no room left.
    // (The start of the briefing: outputs that fit in 1 MiB.)
    let briefing = fs::read_to_string(sample_corpus().join(BRIEFING)).unwrap();
    let cut = briefing[..6000].rfind('\n').unwrap();
    s.write("b.txt", &briefing.as_bytes()[..cut]);
    fill(&out.join("filler"));
    let o = s.build(&args);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    // One line naming the file that did not fit, the cause said once.
    let line = err.lines().last().unwrap();
    assert!(
        line.starts_with("claimgraph: error: cannot write out/"),
        "{err}"
    );
    assert!(
        line.ends_with(".json: No space left on device (os error 28)"),
        "{err}"
    );
    let mut after = snapshot(&out);
    after.remove("filler");
    assert_eq!(after, before, "earlier outputs changed");
    assert_eq!(temp_files(&out), Vec::<String>::new());
    // With room again, the same build goes through.
    fs::remove_file(out.join("filler")).unwrap();
    ok(&s.build(&args));
    assert!(out.join("claims/b.txt.json").exists());
}

fn excerpt_bytes() -> String {
    fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/briefing_excerpt.txt"
    ))
    .unwrap()
}
