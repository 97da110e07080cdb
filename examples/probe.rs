//! Prints the reported speech `find` sees in each sentence of each line of
//! stdin, as tab-separated: line number, sentence, kind, refers, who, words.
use std::io::BufRead;
fn main() {
    for (n, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line.expect("read");
        for r in claimgraph::segment::sentences::split(&line) {
            let s = &line[r];
            if std::env::var("SENT").is_ok() {
                println!("{}\tSENTENCE\t{}", n + 1, s);
            }
            for rep in claimgraph::extract::reported::find(s) {
                println!(
                    "{}\t{}\t{:?}\t{:?}\t{:?}\t{}",
                    n + 1,
                    s,
                    rep.kind,
                    rep.refers,
                    rep.who,
                    &s[rep.range.clone()]
                );
            }
        }
    }
}
