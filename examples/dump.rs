//! Prints how a transcript is segmented: one line per paragraph.
use claimgraph::model::SourceDoc;
fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE");
    let text = std::fs::read_to_string(&path).expect("read");
    let name = std::path::Path::new(&path)
        .file_name()
        .unwrap()
        .to_string_lossy()
        .to_string();
    let seg = claimgraph::segment::segment(&SourceDoc::from_text(&name, &text));
    println!(
        "title={:?} date={:?} principal={:?}",
        seg.meta.title, seg.meta.date, seg.meta.principal
    );
    for p in &seg.paragraphs {
        let t: String = text[p.range.clone()].chars().take(70).collect();
        let turn = p
            .turn
            .map(|k| {
                format!(
                    "{}:{}",
                    k,
                    seg.turns[k]
                        .speaker_as_written
                        .clone()
                        .unwrap_or("Q".into())
                )
            })
            .unwrap_or_default();
        let sec = p
            .section
            .map(|s| seg.sections[s].chars().take(30).collect::<String>())
            .unwrap_or_default();
        println!(
            "{:4} {:11} {:28} {:30} | {}",
            p.line,
            p.kind.as_str(),
            turn.chars().take(28).collect::<String>(),
            sec,
            t
        );
    }
}
