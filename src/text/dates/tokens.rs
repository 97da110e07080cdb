//! The scanner's tokens: words, numbers and punctuation with their byte
//! ranges, scanned with the shared [`run_end`].

use crate::text::words::run_end;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tk {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Tok<'a> {
    pub(super) s: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: Tk,
    /// Whitespace precedes the token.
    pub(super) space: bool,
    /// A number with an internal `,` or `.` ("14,000", "1.5").
    pub(super) sep: bool,
}

/// The scanner's tokens: words are runs of letters ([`run_end`]), numbers
/// runs of ASCII digits with inner `,` or `.` ([`number_end`]), anything
/// else but white space one punctuation token per character.
pub(super) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::with_capacity(text.len() / 4);
    let mut space = true;
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let i = at;
        if c.is_whitespace() {
            space = true;
            at += c.len_utf8();
            continue;
        }
        let (end, kind, sep) = if c.is_alphabetic() {
            (run_end(text, i, char::is_alphabetic), Tk::Word, false)
        } else if c.is_ascii_digit() {
            let (end, sep) = number_end(text, i);
            (end, Tk::Num, sep)
        } else {
            (i + c.len_utf8(), Tk::Punct, false)
        };
        toks.push(Tok {
            s: &text[i..end],
            start: i,
            end,
            kind,
            space,
            sep,
        });
        space = false;
        at = end;
    }
    toks
}

/// The end of the number starting at byte `i` (an ASCII digit): digits, and
/// a `,` or `.` between two digits ("14,000", "1.5"), which sets the second
/// value.
fn number_end(text: &str, i: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut end = run_end(text, i, |d| d.is_ascii_digit());
    let mut sep = false;
    while matches!(bytes.get(end), Some(b',' | b'.'))
        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
    {
        sep = true;
        end = run_end(text, end + 1, |d| d.is_ascii_digit());
    }
    (end, sep)
}

#[cfg(test)]
mod tests {
    use super::{Tk, tokenize};

    #[test]
    fn words_numbers_and_punctuation() {
        let t: Vec<_> = tokenize("On 14,000 days, in 1.5 years")
            .into_iter()
            .map(|t| (t.s, t.kind, t.space, t.sep))
            .collect();
        assert_eq!(
            t,
            [
                ("On", Tk::Word, true, false),
                ("14,000", Tk::Num, true, true),
                ("days", Tk::Word, true, false),
                (",", Tk::Punct, false, false),
                ("in", Tk::Word, true, false),
                ("1.5", Tk::Num, true, true),
                ("years", Tk::Word, true, false),
            ]
        );
        assert_eq!(tokenize("2020.")[0].s, "2020");
        assert_eq!(tokenize("Jean-Pierre")[1].s, "-");
    }
}
