//! The DOT output survives hostile text: quotes, backslashes (Graphviz's
//! `\N`, `\G`, `\L` escapes, a trailing backslash), control characters and
//! sentences longer than Graphviz's 16 KiB limit for a quoted string.

mod util;

use std::fs;
use std::process::Command;

use util::*;

fn hostile_corpus() -> Scratch {
    let s = Scratch::new();
    let long = format!(
        "Sergey Lavrov: {}and so on.",
        "The reply that the German authorities sent us only quotes the answers \\ of Navalny, "
            .repeat(250)
    );
    let text = format!(
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, January 28, 2021\n\
         Maria Zakharova: They wrote \"a healthy opposition\" in C:\\Nodes\\Graph\\ and \\N \\G \\L \\E \\T \\H on the page.\n\
         Question: Is the bell \u{7} character here, and a tab\there, and a brace {{ here?\n\
         Maria Zakharova: The answer ends with a backslash \\\n\
         {long}\n"
    );
    s.write("hostile.txt", text.as_bytes());
    s
}

#[test]
fn hostile_labels_parse_with_graphviz_rust() {
    let s = hostile_corpus();
    ok(&s.build(&[]));
    let dot = fs::read_to_string(s.graphs().join("claimgraph.dot")).unwrap();
    graphviz_rust::parse(&dot)
        .unwrap_or_else(|e| panic!("graphviz-rust cannot parse the DOT: {e}"));
    // Backslashes are doubled, so Graphviz shows them instead of expanding
    // \N into the node name.
    assert!(
        dot.contains(r"C:\\Nodes\\Graph\\ and \\N \\G \\L"),
        "backslashes escaped"
    );
    assert!(
        dot.contains(r#"They wrote \"a healthy opposition\""#),
        "quotes escaped"
    );
    assert!(!dot.contains('\u{7}'), "control characters dropped");
    for line in dot.lines() {
        for q in line.split(" tooltip=").skip(1) {
            assert!(q.len() < 16_384, "tooltip over 16 KiB");
        }
    }
    // The full text stays in the JSON.
    let g = s.graph_json();
    let longest = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n["text"].as_str())
        .map(str::len)
        .max()
        .unwrap();
    assert!(longest > 20_000);
}

#[test]
fn hostile_labels_render_with_real_dot() {
    if !cmd_exists("dot", "-V") {
        eprintln!("skipped: Graphviz `dot` not installed (.ci/run installs it)");
        return;
    }
    let s = hostile_corpus();
    ok(&s.build(&[]));
    let (svg, err) = dot_svg(&s);
    assert!(!err.contains("syntax error"), "{err}");
    assert!(
        svg.contains(r"C:\Nodes\Graph\"),
        "labels show backslashes literally"
    );
}

#[test]
fn sample_corpus_parses_with_graphviz() {
    // Graphviz's own parser without a layout (`nop`); .ci/run renders the
    // committed DOT with `dot -Tsvg`, which takes about a minute.
    if !cmd_exists("nop", "-?") {
        eprintln!("skipped: Graphviz not installed (.ci/run installs it)");
        return;
    }
    let s = Scratch::with_sample();
    ok(&s.build(&[]));
    let out = Command::new("nop")
        .arg(s.graphs().join("claimgraph.dot"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let canon = String::from_utf8_lossy(&out.stdout);
    assert!(canon.contains("cluster_1"));
}
