//! `claimgraph render` and the images of `build`, driving the real binary:
//! views rendered by real Graphviz (skipped with a message where `dot` is
//! not installed), the install message and exit 2 without it, and hostile
//! text drawn exactly as written.

mod util;

use std::fs;
use std::process::Output;
use std::sync::OnceLock;

use assert_cmd::cargo::cargo_bin_cmd;
use util::*;

/// The sample corpus built once for the tests of this file.
fn sample() -> &'static Scratch {
    static S: OnceLock<Scratch> = OnceLock::new();
    S.get_or_init(|| {
        let s = Scratch::with_sample();
        ok(&s.build(&[]));
        s
    })
}

fn render_in(s: &Scratch, args: &[&str], path_env: Option<&std::path::Path>) -> Output {
    let mut cmd = cargo_bin_cmd!("claimgraph");
    cmd.current_dir(s.path()).arg("render").args(args);
    if let Some(p) = path_env {
        cmd.env("PATH", p);
    }
    cmd.output().expect("run claimgraph")
}

fn have_dot() -> bool {
    let yes = cmd_exists("dot", "-V");
    if !yes {
        eprintln!("skipped: Graphviz's dot is not installed");
    }
    yes
}

#[test]
fn views_render_to_svg_png_and_pdf() {
    if !have_dot() {
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let cases: [(&[&str], &str, &[u8]); 5] = [
        (&[], "overview.svg", b"<?xml"),
        (
            &["--speaker", "Lavrov", "--format", "png"],
            "lavrov.png",
            b"\x89PNG",
        ),
        (
            &["--topic", "Navalny", "--format", "pdf"],
            "navalny.pdf",
            b"%PDF",
        ),
        (
            &["--around", "e85a", "--depth", "1", "--layout", "neato"],
            "around.svg",
            b"<?xml",
        ),
        (&["--doc", "002", "--layout", "sfdp"], "doc.svg", b"<?xml"),
    ];
    for (args, name, magic) in cases {
        let file = out.path().join(name);
        let mut a = args.to_vec();
        a.extend(["-o", file.to_str().unwrap()]);
        let err = ok(&render_in(sample(), &a, None));
        assert!(err.contains("claimgraph: wrote"), "{err}");
        let bytes = fs::read(&file).unwrap();
        assert!(bytes.starts_with(magic), "{name}: {:?}", &bytes[..8]);
    }
}

#[test]
fn default_output_is_named_after_the_view() {
    if !have_dot() {
        return;
    }
    let s = Scratch::with_sample();
    ok(&s.build(&[]));
    let err = ok(&render_in(&s, &["--speaker", "Maria Zakharova"], None));
    assert!(err.contains("view-speaker-maria-zakharova.svg"), "{err}");
    let svg = fs::read_to_string(s.graphs().join("view-speaker-maria-zakharova.svg")).unwrap();
    assert!(svg.contains("Speaker: Maria Zakharova"));
}

#[test]
fn build_writes_deterministic_images_where_graphviz_is() {
    if !have_dot() {
        return;
    }
    let s = sample();
    for name in [
        "overview.dot",
        "overview.svg",
        "view-speaker-sergey-lavrov.svg",
        "view-around-c-e85a2a75e8653a95.svg",
    ] {
        assert!(s.graphs().join(name).is_file(), "{name}");
    }
    // render writes the same overview as build
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("o.svg");
    ok(&render_in(s, &["-o", file.to_str().unwrap()], None));
    assert_eq!(
        fs::read(&file).unwrap(),
        fs::read(s.graphs().join("overview.svg")).unwrap()
    );
}

#[test]
fn without_graphviz_render_exits_2_and_says_how_to_install_it() {
    let empty = tempfile::tempdir().unwrap();
    let o = render_in(sample(), &["--overview", "-o", "x.svg"], Some(empty.path()));
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("apt-get install graphviz"), "{err}");
    assert!(err.contains("brew install graphviz"), "{err}");
    assert!(!sample().path().join("x.svg").exists());
    // the DOT text needs no Graphviz
    let o = render_in(
        sample(),
        &["--format", "dot", "-o", "-"],
        Some(empty.path()),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let dot = String::from_utf8(o.stdout).unwrap();
    assert!(dot.starts_with("digraph \"claimgraph\" {"), "{dot}");
    assert!(dot.contains("subgraph \"cluster_legend\""));
}

#[test]
fn without_graphviz_build_writes_the_dot_and_keeps_the_images() {
    let s = Scratch::with_sample();
    fs::create_dir_all(s.graphs()).unwrap();
    fs::write(s.graphs().join("overview.svg"), "old").unwrap();
    fs::write(s.graphs().join("view-speaker-old.svg"), "old").unwrap();
    let empty = tempfile::tempdir().unwrap();
    let mut cmd = cargo_bin_cmd!("claimgraph");
    cmd.current_dir(s.path())
        .arg("build")
        .env("PATH", empty.path());
    let err = ok(&cmd.output().unwrap());
    assert!(
        err.contains("note: Graphviz's `dot` is not installed"),
        "{err}"
    );
    assert!(s.graphs().join("overview.dot").is_file());
    assert_eq!(
        fs::read_to_string(s.graphs().join("overview.svg")).unwrap(),
        "old"
    );
    assert_eq!(
        fs::read_to_string(s.graphs().join("view-speaker-old.svg")).unwrap(),
        "old"
    );
}

#[test]
fn unknown_names_and_missing_store_exit_2() {
    let o = render_in(sample(), &["--speaker", "Lavrof", "--format", "dot"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean \"Sergey Lavrov\""),
        "{}",
        stderr(&o)
    );
    let o = render_in(sample(), &["--around", "zzzz", "--format", "dot"], None);
    assert_eq!(o.status.code(), Some(2));
    let o = render_in(sample(), &["--speaker", "a", "--topic", "b"], None);
    assert_eq!(o.status.code(), Some(2), "one view at a time");
    let s = Scratch::new();
    let o = render_in(&s, &["--format", "dot"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("run `claimgraph build` first"),
        "{}",
        stderr(&o)
    );
}

/// A transcript whose sentences carry quotes, braces, backslashes (with
/// Graphviz's `\N` and `\l`), `-->` and `<b>`.
const HOSTILE: &str = "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, January 28, 2021\n\
Maria Zakharova: They wrote \"a healthy opposition\" in {braces} and C:\\Nodes\\ with \\N and \\l today.\n\
Maria Zakharova: The page said --> <b>bold</b> and ]; x -> y [ in the end.\n";

#[test]
fn graphviz_draws_hostile_text_as_written() {
    if !have_dot() {
        return;
    }
    let s = Scratch::new();
    s.write("hostile.txt", HOSTILE.as_bytes());
    ok(&s.build(&[]));
    let o = render_in(&s, &["--doc", "hostile", "-o", "-"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let svg = String::from_utf8(o.stdout).unwrap();
    // the drawn lines, XML escapes undone, joined as one text
    let lines: Vec<String> = svg
        .split("</text>")
        .filter_map(|t| t.rsplit_once('>').map(|(_, line)| line))
        .map(|l| {
            l.replace("&#45;", "-")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#160;", " ")
                .replace("&amp;", "&")
        })
        .collect();
    let text = lines.join(" ");
    // labels wrap at about 40 characters; the sentences are drawn verbatim
    for sentence in [
        "They wrote \"a healthy opposition\" in {braces} and C:\\Nodes\\ with \\N and \\l today.",
        "The page said --> <b>bold</b> and ]; x -> y [ in the end.",
    ] {
        assert!(text.contains(sentence), "{sentence:?} not in\n{text}");
    }
}

/// A `dot` that stands for Graphviz failing: `dot -V` works, and a layout
/// fails with "trouble in init_rank" unless it is one of `works` (then it
/// prints a stand-in SVG naming the layout).
#[cfg(unix)]
fn fake_dot(dir: &std::path::Path, works: &[&str]) {
    use std::os::unix::fs::PermissionsExt;
    let ok: String = works
        .iter()
        .map(|l| format!("  -K{l}) echo '<svg>{l}</svg>'; exit 0 ;;\n"))
        .collect();
    let script = format!(
        "#!/bin/sh\n[ \"$1\" = -V ] && {{ echo 'dot - graphviz version 2.43.0' >&2; exit 0; }}\n\
         for a in \"$@\"; do\n case \"$a\" in\n{ok} esac\ndone\n\
         echo 'Error: trouble in init_rank' >&2\nexit 1\n"
    );
    let path = dir.join("dot");
    fs::write(&path, script).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
}

/// When Graphviz cannot lay out an image with `dot` (as on the White House
/// briefings' overview), `build` draws it with `neato`; when that fails
/// too, the image is skipped with a note and the build still succeeds.
#[cfg(unix)]
#[test]
fn an_image_graphviz_cannot_lay_out_never_fails_the_build() {
    let s = Scratch::with_sample();
    let bin = tempfile::tempdir().unwrap();
    let path = format!(
        "{}:{}",
        bin.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let build = |s: &Scratch| {
        let mut cmd = cargo_bin_cmd!("claimgraph");
        cmd.current_dir(s.path()).arg("build").env("PATH", &path);
        cmd.output().expect("run claimgraph")
    };
    fake_dot(bin.path(), &["neato"]);
    ok(&build(&s));
    assert_eq!(
        fs::read_to_string(s.graphs().join("overview.svg")).unwrap(),
        "<svg>neato</svg>\n"
    );
    fake_dot(bin.path(), &[]);
    let t = Scratch::with_sample();
    let err = ok(&build(&t));
    assert!(
        err.contains("Graphviz could not lay out overview.svg (Graphviz's `dot` failed: Error: trouble in init_rank)"),
        "{err}"
    );
    assert!(!t.graphs().join("overview.svg").exists());
    assert!(t.graphs().join("overview.dot").exists());
    assert!(t.graphs().join("claimgraph.sqlite").exists());
}
