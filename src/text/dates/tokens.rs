//! The scanner's tokens: words, numbers and punctuation with their byte
//! ranges.

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

pub(super) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 4);
    let mut space = true;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let (end, kind, sep) = if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            (end, Tk::Word, false)
        } else if c.is_ascii_digit() {
            let mut end = i + 1;
            let mut sep = false;
            while let Some(&(j, d)) = it.peek() {
                if d.is_ascii_digit() {
                    end = j + 1;
                    it.next();
                } else if (d == ',' || d == '.') && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
                {
                    sep = true;
                    end = j + 1;
                    it.next();
                } else {
                    break;
                }
            }
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
    }
    toks
}
