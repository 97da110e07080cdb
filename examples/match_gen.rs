//! Profiles matching alone on a corpus written by
//! `../shared/bench/gen_corpus.py`, with a naive segmentation (title, date
//! line, `Label: ` turns, sentences split at `. ` + capital), and scores
//! the edges against the corpus' `truth.jsonl`.
//!
//! ```text
//! python3 ../shared/bench/gen_corpus.py --seeds corpus --out target/gen-1000 --docs 1000
//! cargo run --release --example match_gen -- target/gen-1000
//! ```

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use chrono::NaiveDate;
use claimgraph::matching::{MatchOptions, find_matches};
use claimgraph::model::{Claim, MatchKind, Role};

fn sentences(s: &str) -> Vec<std::ops::Range<usize>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if matches!(b[i], b'.' | b'?' | b'!') {
            let mut e = i + 1;
            // closing quotes (” is E2 80 9D) and brackets
            loop {
                if e + 2 < b.len()
                    && b[e] == 0xE2
                    && b[e + 1] == 0x80
                    && (b[e + 2] == 0x9D || b[e + 2] == 0x99)
                {
                    e += 3;
                } else if e < b.len() && matches!(b[e], b'"' | b')' | b']' | b'\'') {
                    e += 1;
                } else {
                    break;
                }
            }
            if e + 1 < b.len() && b[e] == b' ' {
                let n = b[e + 1];
                let opening =
                    e + 3 < b.len() && b[e + 1] == 0xE2 && b[e + 2] == 0x80 && b[e + 3] == 0x9C;
                let before = &s[start..i];
                let last = before.rsplit(' ').next().unwrap_or("");
                let editorial = e >= 2 && b[e - 1] == b']' && before.ends_with("Ed");
                let abbrev = editorial
                    || b[i] == b'.'
                        && (matches!(
                            last,
                            "Mr" | "Mrs" | "Ms" | "Dr" | "St" | "No" | "U.S" | "vs" | "e.g" | "i.e"
                        ) || (last.len() == 1 && last.chars().all(char::is_uppercase)));
                if (n.is_ascii_uppercase()
                    || n.is_ascii_digit()
                    || n == b'"'
                    || n == b'['
                    || opening)
                    && !abbrev
                {
                    out.push(start..e);
                    start = e + 1;
                    i = e + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    let end = s.trim_end().len();
    if start < end {
        out.push(start..end);
    }
    out
}

fn parse_date(line: &str) -> Option<NaiveDate> {
    // "City, Month D, YYYY"
    let tail = line.rsplitn(3, ", ").collect::<Vec<_>>();
    if tail.len() < 2 {
        return None;
    }
    let s = format!("{}, {}", tail[1], tail[0]);
    NaiveDate::parse_from_str(s.trim(), "%B %d, %Y").ok()
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: match_gen DIR");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let t0 = Instant::now();
    let mut claims: Vec<Claim> = Vec::new();
    let mut dates = Vec::new();
    let mut bytes = 0usize;
    for (d, name) in names.iter().enumerate() {
        let text = std::fs::read_to_string(format!("{dir}/{name}")).expect("read");
        bytes += text.len();
        let mut lines = text.split_inclusive('\n');
        let title = lines.next().unwrap_or("");
        let date_line = lines.next().unwrap_or("");
        dates.push(parse_date(date_line.trim()));
        let principal = title
            .split(" by ")
            .nth(1)
            .map(|s| s.split(", ").next().unwrap_or(""))
            .unwrap_or("Principal")
            .split_whitespace()
            .rev()
            .take(2)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join(" ");
        let mut off = title.len() + date_line.len();
        let (mut speaker, mut role, mut turn) = (Some(principal), Role::Statement, 0usize);
        for (para, line) in lines.enumerate() {
            let start = off;
            off += line.len();
            let l = line.trim_end();
            if l.is_empty() {
                continue;
            }
            let mut body = 0;
            if let Some(c) = l.find(": ") {
                let label = &l[..c];
                if label.split_whitespace().count() <= 4
                    && label.chars().next().is_some_and(char::is_uppercase)
                {
                    body = c + 2;
                    turn += 1;
                    if label == "Question" {
                        speaker = None;
                        role = Role::Question;
                    } else {
                        speaker = Some(label.to_string());
                        role = Role::Answer;
                    }
                }
            }
            for r in sentences(&l[body..]) {
                let (a, b) = (start + body + r.start, start + body + r.end);
                claims.push(Claim {
                    id: format!("{name}#{a}"),
                    doc_index: d,
                    doc: name.clone(),
                    line: 0,
                    span: [a, b],
                    range: a..b,
                    text: text[a..b].to_string(),
                    speaker: speaker.clone(),
                    role,
                    section: None,
                    turn,
                    paragraph: para,
                    label: None,
                    reported_by: None,
                    reported_kind: None,
                    reported_in: None,
                    co_speakers: Vec::new(),
                    dates: Vec::new(),
                    events: Vec::new(),
                    topics: Vec::new(),
                    checkworthiness: 0.0,
                });
            }
        }
    }
    let t_read = t0.elapsed();
    let opts = MatchOptions {
        shingle: std::env::var("SHINGLE")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(MatchOptions::default().shingle),
        max_df: std::env::var("MAX_DF")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(MatchOptions::default().max_df),
        single_max_df: std::env::var("SINGLE_DF")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(MatchOptions::default().single_max_df),
        related: std::env::var("RELATED").map(|v| v != "0").unwrap_or(true),
        ..MatchOptions::default()
    };
    let t1 = Instant::now();
    let m = find_matches(&claims, &dates, &opts);
    let t_match = t1.elapsed();
    eprintln!(
        "{} docs, {:.1} MB, {} claims; read+split {:.2}s; match {:.2}s; {} edges",
        names.len(),
        bytes as f64 / 1e6,
        claims.len(),
        t_read.as_secs_f64(),
        t_match.as_secs_f64(),
        m.edges.len()
    );
    eprintln!("{:?}", m.stats);

    // evaluation against truth.jsonl
    let Ok(truth) = std::fs::read_to_string(format!("{dir}/truth.jsonl")) else {
        return;
    };
    let mut by_doc: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        by_doc
            .entry(c.doc.trim_end_matches(".txt"))
            .or_default()
            .push(i);
    }
    let locate = |doc: &str, s: usize, e: usize| -> Option<usize> {
        let list = by_doc.get(doc)?;
        let mut best = None;
        let mut best_ov = 0;
        for &i in list {
            let c = &claims[i];
            let ov = c.span[1].min(e).saturating_sub(c.span[0].max(s));
            if ov > best_ov {
                best_ov = ov;
                best = Some(i);
            }
        }
        best
    };
    let mut origins: HashMap<usize, HashSet<String>> = HashMap::new();
    let mut pairs = Vec::new();
    let mut kinds = Vec::new();
    for line in truth.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let g = |k: &str| v[k].as_str().unwrap_or("").to_string();
        let n = |k: &str| v[k].as_u64().unwrap_or(0) as usize;
        let a = locate(&g("src_doc"), n("src_start"), n("src_end"));
        let b = locate(&g("dst_doc"), n("dst_start"), n("dst_end"));
        if let (Some(a), Some(b)) = (a, b) {
            origins.entry(a).or_default().insert(g("origin"));
            origins.entry(b).or_default().insert(g("origin"));
            pairs.push((a.min(b), a.max(b)));
            kinds.push(format!(
                "{}/{}",
                g("kind"),
                v["edit"].as_str().unwrap_or("-")
            ));
        }
    }
    let edges: HashSet<(usize, usize)> = m
        .edges
        .iter()
        .map(|e| (e.from.min(e.to), e.from.max(e.to)))
        .collect();
    let found = pairs.iter().filter(|p| edges.contains(p)).count();
    let mut missed: HashMap<String, usize> = HashMap::new();
    let show_miss: usize = std::env::var("SHOWMISS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut shown_miss = 0;
    for (p, k) in pairs.iter().zip(&kinds) {
        if !edges.contains(p) {
            if shown_miss < show_miss {
                shown_miss += 1;
                eprintln!(
                    "MISS {k}\n  A: {:?} {}\n  B: {:?} {}",
                    claims[p.0].speaker, claims[p.0].text, claims[p.1].speaker, claims[p.1].text
                );
            }
            *missed.entry(k.clone()).or_default() += 1;
        }
    }
    let mut good = 0;
    let mut bad_by_kind: HashMap<&str, usize> = HashMap::new();
    let mut all_by_kind: HashMap<&str, usize> = HashMap::new();
    let mut shown = 0;
    for e in &m.edges {
        *all_by_kind.entry(e.kind.as_str()).or_default() += 1;
        *all_by_kind.entry(e.method.as_str()).or_default() += 1;
        let ok = match (origins.get(&e.from), origins.get(&e.to)) {
            (Some(a), Some(b)) => !a.is_disjoint(b),
            _ => false,
        };
        if ok {
            good += 1;
        } else {
            *bad_by_kind.entry(e.kind.as_str()).or_default() += 1;
            *bad_by_kind.entry(e.method.as_str()).or_default() += 1;
            if shown
                < std::env::var("SHOW")
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0)
                && e.kind != MatchKind::Related
                && std::env::var("SHOWM").map_or(true, |m| m == e.method)
            {
                shown += 1;
                eprintln!(
                    "FP {} {} {:.3}\n  F: {}\n  T: {}",
                    e.kind.as_str(),
                    e.method,
                    e.score,
                    claims[e.from].text,
                    claims[e.to].text
                );
            }
        }
    }
    eprintln!(
        "truth pairs {}; recall {:.4}; precision {:.4} ({} of {} edges)",
        pairs.len(),
        found as f64 / pairs.len().max(1) as f64,
        good as f64 / m.edges.len().max(1) as f64,
        good,
        m.edges.len()
    );
    let mut mk: Vec<_> = missed.into_iter().collect();
    mk.sort();
    eprintln!("missed by kind: {mk:?}");
    let mut ak: Vec<_> = all_by_kind.into_iter().collect();
    ak.sort();
    let mut bk: Vec<_> = bad_by_kind.into_iter().collect();
    bk.sort();
    eprintln!("edges by kind: {ak:?}; unconfirmed by kind: {bk:?}");
}
