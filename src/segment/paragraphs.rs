//! Lines and paragraphs.
//!
//! A paragraph is a non-blank line, as in transcripts copied from web pages
//! (one paragraph per line, with or without blank lines between). A block of
//! hard-wrapped lines (a column of similar widths under 100 characters whose
//! lines run on) is joined into paragraphs: a line continues the previous
//! one unless the previous line is short (the end of a paragraph) or the
//! line starts with a speaker label or a bullet.

use std::ops::Range;

use super::sentences::is_space;

/// A raw paragraph: its trimmed byte range and the 1-based line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPara {
    /// Trimmed byte range in the text.
    pub range: Range<usize>,
    /// 1-based line number of the first line.
    pub line: usize,
}

/// Splits text into lines: byte ranges without their terminators. Line
/// terminators are `\n`, `\r\n` and a lone `\r`.
pub fn lines(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => {
                out.push(start..i);
                start = i + 1;
            }
            b'\r' => {
                out.push(start..i);
                if b.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < b.len() {
        out.push(start..b.len());
    }
    out
}

fn trimmed(text: &str, r: &Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let trail = s.len() - s.trim_end_matches(is_space).len();
    if lead == s.len() {
        return r.start..r.start;
    }
    r.start + lead..r.end - trail
}

/// Splits text into paragraphs.
///
/// `starts_turn` tells whether a line (trimmed) begins with a speaker label
/// or bullet; such a line always starts a new paragraph.
pub fn paragraphs(text: &str, starts_turn: impl Fn(&str) -> bool) -> Vec<RawPara> {
    let lines: Vec<Range<usize>> = lines(text).iter().map(|r| trimmed(text, r)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].is_empty() {
            i += 1;
            continue;
        }
        let block_start = i;
        while i < lines.len() && !lines[i].is_empty() {
            i += 1;
        }
        let block = &lines[block_start..i];
        let widths: Vec<usize> = block
            .iter()
            .map(|r| text[r.clone()].chars().count())
            .collect();
        if is_hard_wrapped(&widths) {
            let max = *widths.iter().max().unwrap_or(&0);
            let mut cur: Option<RawPara> = None;
            for (k, r) in block.iter().enumerate() {
                let prev_short = k > 0 && widths[k - 1] * 10 < max * 6;
                let new_par = cur.is_none() || prev_short || starts_turn(&text[r.clone()]);
                if new_par {
                    if let Some(p) = cur.take() {
                        out.push(p);
                    }
                    cur = Some(RawPara {
                        range: r.clone(),
                        line: block_start + k + 1,
                    });
                } else if let Some(p) = cur.as_mut() {
                    p.range.end = r.end;
                }
            }
            out.extend(cur);
        } else {
            for (k, r) in block.iter().enumerate() {
                out.push(RawPara {
                    range: r.clone(),
                    line: block_start + k + 1,
                });
            }
        }
    }
    out
}

/// A block looks hard-wrapped when it has at least three lines, its widest
/// line is at most 100 characters, and most lines but the last fill at least
/// three quarters of that width.
fn is_hard_wrapped(widths: &[usize]) -> bool {
    if widths.len() < 3 {
        return false;
    }
    let max = *widths.iter().max().unwrap_or(&0);
    if !(40..=100).contains(&max) {
        return false;
    }
    let body = &widths[..widths.len() - 1];
    let full = body.iter().filter(|&&w| w * 4 >= max * 3).count();
    full * 10 >= body.len() * 7
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pars(text: &str) -> Vec<(&str, usize)> {
        paragraphs(text, |l| l.starts_with("Q:"))
            .into_iter()
            .map(|p| (&text[p.range], p.line))
            .collect()
    }

    #[test]
    fn lines_handle_all_terminators() {
        let t = "a\r\nb\nc\rd";
        let got: Vec<&str> = lines(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(got, ["a", "b", "c", "d"]);
    }

    #[test]
    fn one_paragraph_per_line() {
        let t = "Title\n\n  First paragraph.\u{a0}\nSecond paragraph.\r\n\r\nThird.\n";
        assert_eq!(
            pars(t),
            [
                ("Title", 1),
                ("First paragraph.", 3),
                ("Second paragraph.", 4),
                ("Third.", 6)
            ]
        );
    }

    #[test]
    fn hard_wrapped_blocks_are_joined() {
        let t = "Q: Mr. President, the economy added jobs last month and the\n\
                 unemployment rate fell again. What do you expect from the\n\
                 talks with the Russian side next week in Geneva?\n\
                 Q: And a follow-up on the sanctions package that was sent\n\
                 to the Congress yesterday by the Treasury Department today?\n";
        let got = pars(t);
        assert_eq!(got.len(), 2);
        assert!(got[0].0.starts_with("Q: Mr. President"));
        assert!(got[0].0.ends_with("in Geneva?"));
        assert_eq!(got[1].1, 4);
    }
}
