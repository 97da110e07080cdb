//! Tokens (words, numbers, punctuation with their case and position) and
//! units (tokens merged with the gazetteer matches over them).

use std::ops::Range;

use super::words::{Class, PARTICLES, class_table};
use crate::text::chars::{is_apostrophe, is_hyphen, is_opening_quote};
use crate::text::gazetteer::{FastMap, GazMention};
use crate::text::lexicon::words;
use crate::text::words::run_end;

/// All-capital words of at most this many characters are acronyms ("IT",
/// "US"), not the function words they spell.
const MAX_ACRONYM_CHARS: usize = 3;

words!(
    /// A full stop after these does not end the sentence ("No. 5").
    DOT_ABBREVIATIONS = "topic_dot_abbreviations.txt"
);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tk {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub(super) start: usize,
    /// End of the word, without a possessive.
    pub(super) end: usize,
    pub(super) kind: Tk,
    /// A possessive `’s` or `’` follows.
    pub(super) poss: bool,
    /// First character is upper-case.
    pub(super) cap: bool,
    /// Two or more letters and no lower-case letter.
    pub(super) allcaps: bool,
    /// Whitespace (no line break) precedes.
    pub(super) space: bool,
    /// A line break precedes.
    pub(super) newline: bool,
    /// First word of a sentence, heading, quotation or line.
    pub(super) sent_init: bool,
    pub(super) class: Class,
}

/// Splits a text into words, numbers and punctuation, with their case,
/// position (sentence start, line start) and word class.
pub(super) fn tokenize(text: &str) -> Vec<Tok> {
    let table = class_table();
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 5);
    let mut space = false;
    let mut newline = false;
    let mut sent_start = true;
    let mut lower = String::new();
    // The next character to read.
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let i = at;
        at += c.len_utf8();
        if c.is_whitespace() {
            if c == '\n' || c == '\r' {
                newline = true;
                sent_start = true;
            } else {
                space = true;
            }
            continue;
        }
        let mut tok = Tok {
            start: i,
            end: i + c.len_utf8(),
            kind: Tk::Punct,
            poss: false,
            cap: false,
            allcaps: false,
            space,
            newline,
            sent_init: false,
            class: Class::Lower,
        };
        if c.is_alphanumeric() {
            let (end, resume, is_num, poss) = word_end(text, i);
            at = resume;
            tok.poss = poss;
            tok.end = end;
            tok.kind = if is_num { Tk::Num } else { Tk::Word };
            let w = &text[i..end];
            tok.cap = c.is_uppercase();
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            tok.allcaps = letters >= 2 && !w.chars().any(char::is_lowercase);
            if tok.kind == Tk::Word {
                tok.class = word_class(w, tok.cap, tok.allcaps, table, &mut lower);
                if dot_belongs(text, i, end, tok.cap, tok.class) {
                    // "Mr.", "F.": the dot belongs to the word.
                    tok.end = end + 1;
                    at = end + 1;
                }
            }
            tok.sent_init = sent_start;
            sent_start = false;
        } else {
            // Punctuation.
            let prev_word = toks.last().filter(|t| t.kind != Tk::Punct);
            sent_start = match c {
                '.' => !prev_word.is_some_and(|t| {
                    let w = &text[t.start..t.end];
                    t.class == Class::Honorific
                        || (w.chars().count() == 1 && t.cap)
                        || DOT_ABBREVIATIONS.contains(&w)
                }),
                '!' | '?' | ':' | '…' | '•' | '·' => true,
                c if is_opening_quote(c) => space || newline || toks.is_empty() || sent_start,
                _ => sent_start,
            };
        }
        space = false;
        newline = false;
        toks.push(tok);
    }
    toks
}

/// Whether a full stop right after the word `text[start..end]` belongs to
/// it: after an honorific ("Mr.") or a middle initial ("John F. Kennedy").
fn dot_belongs(text: &str, start: usize, end: usize, cap: bool, class: Class) -> bool {
    let mut after = text[end..].chars();
    if after.next() != Some('.') {
        return false;
    }
    let initial = end - start == 1
        && cap
        && after.next() == Some(' ')
        && after.next().is_some_and(char::is_uppercase);
    class == Class::Honorific || initial
}

/// The end of the word or number starting at byte `i` (a letter or
/// digit): runs of letters and digits ([`run_end`]) joined by inner hyphens
/// and apostrophes ("d’Ivoire"), initials ("U.S."); a possessive `’s` or `’`
/// is read but not part of the word. Returns (end, where reading resumes,
/// all digits, possessive).
fn word_end(text: &str, i: usize) -> (usize, usize, bool, bool) {
    let mut end = i;
    let mut is_num = true;
    loop {
        let run = run_end(text, end, char::is_alphanumeric);
        is_num &= text[end..run].bytes().all(|b| b.is_ascii_digit());
        end = run;
        let j = end;
        let Some(d) = text[j..].chars().next() else {
            break;
        };
        let next = text[j + d.len_utf8()..].chars().next();
        if is_hyphen(d) && next.is_some_and(char::is_alphanumeric) {
            end = j + d.len_utf8();
            is_num = false;
            continue;
        }
        if is_apostrophe(d) {
            let after = &text[j + d.len_utf8()..];
            let mut ac = after.chars();
            let (a1, a2) = (ac.next(), ac.next());
            if a1 == Some('s') && !a2.is_some_and(char::is_alphanumeric) {
                // "Russia’s": possessive.
                return (end, j + d.len_utf8() + 1, is_num, true);
            }
            if !a1.is_some_and(char::is_alphanumeric) {
                // "Russians’": plural possessive (or a closing quote).
                if text[i..end].ends_with('s') {
                    return (end, j + d.len_utf8(), is_num, true);
                }
                break;
            }
            if a1.is_some_and(char::is_alphabetic) {
                // "d’Ivoire", "O'Brien".
                end = j + d.len_utf8();
                continue;
            }
            break;
        }
        if d == '.' && is_initials(&text[i..end]) {
            // "U.S.", "U.K.": single capitals separated by dots.
            if next.is_some_and(char::is_uppercase)
                && text[j + 1 + next.map_or(0, char::len_utf8)..].starts_with('.')
            {
                end = j + 1;
                continue;
            }
            if text[i..end].contains('.') {
                end = j + 1;
            }
        }
        break;
    }
    (end, end, is_num, false)
}

/// The class of a word: from the table when capitalised (else a name),
/// connector, particle or other lower-case word; short all-capital words are
/// acronyms ("IT", "US"), except "I" and "A".
fn word_class(
    w: &str,
    cap: bool,
    allcaps: bool,
    table: &FastMap<&'static str, Class>,
    lower: &mut String,
) -> Class {
    let mut class = if cap {
        lower.clear();
        lower.extend(
            w.chars()
                .map(|c| if is_apostrophe(c) { '\'' } else { c })
                .flat_map(char::to_lowercase),
        );
        match table.get(lower.as_str()) {
            Some(&c) => c,
            // "I’d", "We’re", "That’s": a function word with a contraction.
            None => match lower.split_once('\'') {
                Some((head, "d" | "ll" | "m" | "ve" | "re" | "s"))
                    if table.get(head) == Some(&Class::Stop) || head == "i" =>
                {
                    Class::Stop
                }
                _ => Class::Name,
            },
        }
    } else if matches!(w, "of" | "for" | "on" | "the" | "and") {
        Class::Connector
    } else if w.len() <= 5 && PARTICLES.contains(&w) {
        Class::Particle
    } else {
        Class::Lower
    };
    if allcaps && class != Class::Name && w.chars().count() <= MAX_ACRONYM_CHARS {
        // "IT", "US": acronyms, not function words.
        class = if w == "I" || w == "A" {
            Class::Stop
        } else {
            Class::Name
        };
    }
    class
}

/// "U", "U.S", "U.S.A": single capitals separated by dots.
pub(super) fn is_initials(s: &str) -> bool {
    let mut expect_letter = true;
    for c in s.chars() {
        if expect_letter != c.is_uppercase() || (!expect_letter && c != '.') {
            return false;
        }
        expect_letter = !expect_letter;
    }
    !expect_letter
}

// ── Units: tokens and gazetteer matches ─────────────────────────────────

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum UKind {
    /// A gazetteer match covering whole tokens.
    Gaz(usize),
    /// Tokens containing gazetteer matches that do not align with token
    /// boundaries ("Russian-Chinese", "post-Soviet", "Black Sea-Azov Sea").
    Compound(Range<usize>),
    /// A single token.
    Tok,
}

#[derive(Debug, Clone)]
pub(super) struct Unit {
    pub(super) t0: usize,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: UKind,
    pub(super) class: Class,
    pub(super) poss: bool,
    pub(super) cap: bool,
    pub(super) space: bool,
    pub(super) newline: bool,
    pub(super) sent_init: bool,
    pub(super) punct: bool,
}

/// A gazetteer span over tokens: tokens `[t0, t1)`, the (consecutive)
/// mentions in it, and whether a single mention covers exactly whole tokens.
type GazSpan = (usize, usize, Range<usize>, bool);

/// Each gazetteer mention's token span; mentions overlapping the previous
/// span's tokens are merged into it (a compound).
fn gaz_spans(toks: &[Tok], gms: &[GazMention<'_>]) -> Vec<GazSpan> {
    let mut spans: Vec<GazSpan> = Vec::new();
    let mut t = 0;
    for (mi, m) in gms.iter().enumerate() {
        while t < toks.len() && toks[t].end <= m.range.start {
            t += 1;
        }
        let Some(a) = (t < toks.len()).then_some(t) else {
            break;
        };
        let mut b = a;
        while b + 1 < toks.len() && toks[b + 1].start < m.range.end {
            b += 1;
        }
        let exact = toks[a].start == m.range.start && toks[b].end == m.range.end;
        if let Some(last) = spans.last_mut() {
            if a < last.1 {
                // Overlaps the previous span's tokens: merge into a compound.
                last.1 = last.1.max(b + 1);
                last.2.end = mi + 1;
                last.3 = false;
                continue;
            }
        }
        spans.push((a, b + 1, mi..mi + 1, exact));
    }
    spans
}

/// Units: the gazetteer spans, and the tokens outside them.
pub(super) fn build_units(toks: &[Tok], gms: &[GazMention<'_>]) -> Vec<Unit> {
    let spans = gaz_spans(toks, gms);
    let mut units = Vec::with_capacity(toks.len());
    let mut si = 0;
    let mut i = 0;
    while i < toks.len() {
        if si < spans.len() && spans[si].0 == i {
            let (t0, t1, ref ms, exact) = spans[si];
            let kind = if exact && ms.len() == 1 {
                UKind::Gaz(ms.start)
            } else {
                UKind::Compound(ms.clone())
            };
            units.push(Unit {
                t0,
                start: toks[t0].start,
                end: toks[t1 - 1].end,
                kind,
                class: Class::Name,
                poss: toks[t1 - 1].poss,
                cap: true,
                space: toks[t0].space,
                newline: toks[t0].newline,
                sent_init: toks[t0].sent_init,
                punct: false,
            });
            si += 1;
            i = t1;
            continue;
        }
        let tk = &toks[i];
        units.push(Unit {
            t0: i,
            start: tk.start,
            end: tk.end,
            kind: UKind::Tok,
            class: tk.class,
            poss: tk.poss,
            cap: tk.cap && tk.kind == Tk::Word,
            space: tk.space,
            newline: tk.newline,
            sent_init: tk.sent_init,
            punct: tk.kind == Tk::Punct,
        });
        i += 1;
    }
    units
}

#[cfg(test)]
mod tests {
    use super::{Tk, tokenize};

    /// Each token's text, marked `#` for a number, `~` for punctuation and
    /// `+` for a possessive, joined by spaces.
    fn toks(text: &str) -> String {
        let marked: Vec<String> = tokenize(text)
            .into_iter()
            .map(|t| {
                let mark = match t.kind {
                    Tk::Num => "#",
                    Tk::Punct => "~",
                    Tk::Word => "",
                };
                let poss = if t.poss { "+" } else { "" };
                format!("{}{mark}{poss}", &text[t.start..t.end])
            })
            .collect();
        marked.join(" ")
    }

    #[test]
    fn words_join_hyphens_apostrophes_and_initials() {
        assert_eq!(
            toks("Russia’s U.S. d’Ivoire Nagorno-Karabakh 14 Mr. Smith, Russians’ “rights”"),
            "Russia+ U.S. d’Ivoire Nagorno-Karabakh 14# Mr. Smith ,~ Russians+ “~ rights ”~"
        );
        assert_eq!(toks("O'Brien’s 5′10"), "O'Brien+ 5# ′~ 10#");
    }
}
