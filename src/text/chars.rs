//! The one table of character classes every stage uses: apostrophes,
//! hyphens and dashes, quotation marks, and the characters of words and
//! names. A stage that needs a narrower class uses the narrower function
//! here, named for what it leaves out, rather than a set of its own.
//!
//! | class | characters | used by |
//! |---|---|---|
//! | [`is_apostrophe`] | `'` `’` `ʼ` `‘` `′` `` ` `` `´` | comparing forms: the gazetteer, topic tokens and word classes, date tokens ("1960’s"), check-worthiness cues, matching normalisation, headings |
//! | [`is_word_apostrophe`] | `'` `’` | scanning words: an apostrophe a word keeps inside it |
//! | [`is_hyphen`] | `-` `‐` `‑` | joining the parts of a compound word; with the dashes, date ranges |
//! | [`is_dash`] | `–` `—` | clause breaks, date ranges ("2018–2019") |
//! | [`is_open_double_quote`], [`is_close_double_quote`] | `“` `«`, `”` `»` | quotation depth (sentences, reported speech) |
//! | [`is_opening_quote`] | `"` `“` `„` `«` `‘` | a quotation mark after which a sentence starts |
//! | [`is_closing_quote`] | `"` `'` `”` `’` `»` `›` | a quotation mark that ends a sentence with it |
//! | [`is_quotation_mark`] | every quotation mark, straight, curly, low and angled | quotation pairing in matching |
//! | [`is_word_char`] | letters, digits, `-`, [`is_word_apostrophe`] | [`super::words`] |
//! | [`is_word_char_no_hyphen`] | letters, digits, [`is_word_apostrophe`] | cue words (tense, first person, formulas), the next word of a sentence |
//! | [`is_name_char`] | letters, `-`, `.`, [`is_word_apostrophe`] | the tokens of a person's name |

/// Apostrophe-like characters, treated as one when forms are compared
/// ("Côte d’Ivoire" = "Côte d'Ivoire" = "Côte dʼIvoire"): the straight
/// apostrophe, the right single quotation mark (the typographic
/// apostrophe), the modifier letter apostrophe, the left single quotation
/// mark, and the marks typists use for one (prime, backtick, acute accent).
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}' | '\u{2032}' | '`' | '\u{00B4}'
    )
}

/// The apostrophes a word keeps inside it when words are scanned: `'` and
/// `’` ("don’t", "President’s"). Narrower than [`is_apostrophe`] because
/// `‘` opens quotations far more often than it stands for an apostrophe
/// ("‘preventive conversations’" must not glue the mark to the word).
pub(crate) fn is_word_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// Hyphen-like characters that join the parts of a compound word
/// ("Nagorno-Karabakh"): hyphen-minus, hyphen, non-breaking hyphen.
pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Dashes that set off a clause: en dash and em dash.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '\u{2013}' | '\u{2014}')
}

/// Marks that open a double quotation whose close is a different mark:
/// `“` and `«`.
pub(crate) fn is_open_double_quote(c: char) -> bool {
    matches!(c, '\u{201C}' | '\u{00AB}')
}

/// Marks that close a quotation opened by [`is_open_double_quote`]: `”`
/// and `»`.
pub(crate) fn is_close_double_quote(c: char) -> bool {
    matches!(c, '\u{201D}' | '\u{00BB}')
}

/// Quotation marks that may open a quotation, after which a sentence
/// starts: `"`, `“`, `„`, `«`, `‘`.
pub(crate) fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201E}' | '\u{00AB}' | '\u{2018}')
}

/// Quotation marks that may close a quotation: `"`, `'`, `”`, `’`, `»`,
/// `›`.
pub(crate) fn is_closing_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201D}' | '\u{2019}' | '\u{00BB}' | '\u{203A}'
    )
}

/// Every quotation mark: straight (`"`, `'`), curly (`“ ” ‘ ’`), low
/// (`„ ‚`) and angled (`« » ‹ ›`).
pub(crate) fn is_quotation_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201A}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{2039}'
            | '\u{203A}'
    )
}

/// Whether `c` is part of a word: letters, digits, `-` and the
/// [`is_word_apostrophe`]s ("Jean-Pierre", "President’s").
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || is_word_apostrophe(c)
}

/// Letters, digits and the [`is_word_apostrophe`]s, but no hyphen: words
/// for cue lists, where "well-known" is two words and "I’m" one.
pub(crate) fn is_word_char_no_hyphen(c: char) -> bool {
    c.is_alphanumeric() || is_word_apostrophe(c)
}

/// Whether `c` may be part of a written person's name: letters, `-`, `.`
/// and the [`is_word_apostrophe`]s ("Jean-Pierre", "O’Brien", "F.").
pub(crate) fn is_name_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '-' | '.') || is_word_apostrophe(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A class of characters.
    type Class = fn(char) -> bool;

    fn members(f: Class, candidates: &str) -> String {
        candidates.chars().filter(|&c| f(c)).collect()
    }

    /// Every mark the table knows, and some it must not.
    const MARKS: &str = "'’ʼ‘′`´\"“”„‚«»‹›-‐‑–—−.,a1 ";

    /// Each class, and which of [`MARKS`] it holds, in their order there.
    const CLASSES: &[(&str, Class, &str)] = &[
        ("is_apostrophe", is_apostrophe, "'’ʼ‘′`´"),
        ("is_word_apostrophe", is_word_apostrophe, "'’"),
        ("is_hyphen", is_hyphen, "-‐‑"),
        ("is_dash", is_dash, "–—"),
        ("is_open_double_quote", is_open_double_quote, "“«"),
        ("is_close_double_quote", is_close_double_quote, "”»"),
        ("is_opening_quote", is_opening_quote, "‘\"“„«"),
        ("is_closing_quote", is_closing_quote, "'’\"”»›"),
        ("is_quotation_mark", is_quotation_mark, "'’‘\"“”„‚«»‹›"),
        // `ʼ` is a modifier letter, so a letter to `char::is_alphabetic`.
        ("is_word_char", is_word_char, "'’ʼ-a1"),
        ("is_word_char_no_hyphen", is_word_char_no_hyphen, "'’ʼa1"),
        ("is_name_char", is_name_char, "'’ʼ-.a"),
    ];

    #[test]
    fn each_class_holds_its_marks() {
        for &(name, f, expected) in CLASSES {
            assert_eq!(members(f, MARKS), expected, "{name}");
        }
    }

    #[test]
    fn narrower_classes_are_inside_wider_ones() {
        let inside = |narrow: Class, wide: Class| MARKS.chars().all(|c| !narrow(c) || wide(c));
        assert!(inside(is_word_apostrophe, is_apostrophe));
        assert!(inside(is_opening_quote, is_quotation_mark));
        assert!(inside(is_closing_quote, is_quotation_mark));
        assert!(inside(is_open_double_quote, is_opening_quote));
        assert!(inside(is_word_char_no_hyphen, is_word_char));
    }

    #[test]
    fn letters_of_any_script_and_marks_outside_the_table() {
        assert!(is_word_char('é') && is_name_char('Ж'));
        assert!(!is_name_char('7') && !is_word_char('‘'));
        // The minus sign is neither a hyphen nor a dash.
        assert!(!is_hyphen('−') && !is_dash('−'));
    }
}
