//! Synonyms: whether two different words may stand for each other when two
//! claims otherwise say the same thing ("talks" / "negotiations", "ready"
//! / "prepared"). The table is WordNet's (a shared synset, "similar to",
//! or a direct hypernym or hyponym), with the senses a transcript means
//! picked by the static word vectors; `scripts/wordnet_synonyms.py` made
//! it and says why word vectors alone cannot decide: antonyms ("legal" /
//! "illegal") and siblings ("January" / "February") are as close as
//! synonyms there, and WordNet never lists them as synonyms.
//!
//! Words are compared by lemma: an irregular form through WordNet's
//! exception lists (`synonym_forms.txt`), a regular one by stripping its
//! ending ("negotiations" → "negotiation", "discussed" → "discuss").

use std::collections::HashSet;
use std::sync::OnceLock;

use super::normalize::{Tok, token_hash};
use crate::text::lexicon::pairs;

pairs!(
    /// Synonymous lemmas, one pair a line (made by
    /// `scripts/wordnet_synonyms.py`).
    SYNONYMS = "synonyms.txt"
);

pairs!(
    /// Irregular forms and their lemmas ("went" → "go").
    FORMS = "synonym_forms.txt"
);

/// Regular endings and what replaces them, as WordNet's morphology strips
/// them (nouns, verbs, adjectives).
const ENDINGS: &[(&str, &str)] = &[
    ("s", ""),
    ("ses", "s"),
    ("xes", "x"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("er", ""),
    ("est", ""),
    ("er", "e"),
    ("est", "e"),
];

/// The table as hashed lemma pairs (smaller hash first) and the set of
/// lemmas it knows.
struct Table {
    pairs: HashSet<(Tok, Tok)>,
    lemmas: HashSet<Tok>,
    forms: Vec<(Tok, Tok)>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut pairs = HashSet::new();
        let mut lemmas = HashSet::new();
        for (a, b) in SYNONYMS.iter() {
            let (x, y) = (token_hash(a), token_hash(b));
            pairs.insert((x.min(y), x.max(y)));
            lemmas.insert(x);
            lemmas.insert(y);
        }
        let mut forms: Vec<(Tok, Tok)> = FORMS
            .iter()
            .map(|(f, l)| (token_hash(f), token_hash(l)))
            .collect();
        forms.sort_unstable();
        Table {
            pairs,
            lemmas,
            forms,
        }
    })
}

/// The lemmas of the table a lower-case word may be (itself, an irregular
/// form's lemma, the word without a regular ending), sorted; empty when
/// the table knows none.
pub(super) fn lemmas(word: &str) -> Vec<Tok> {
    let t = table();
    let mut out: Vec<Tok> = Vec::new();
    let mut add = |h: Tok| {
        if t.lemmas.contains(&h) && !out.contains(&h) {
            out.push(h);
        }
    };
    let own = token_hash(word);
    add(own);
    let i = t.forms.partition_point(|f| f.0 < own);
    for f in t.forms[i..].iter().take_while(|f| f.0 == own) {
        add(f.1);
    }
    for (end, by) in ENDINGS {
        if let Some(base) = word.strip_suffix(end)
            && base.len() >= 2
        {
            add(token_hash(&format!("{base}{by}")));
        }
    }
    out.sort_unstable();
    out
}

/// Whether words with lemmas `a` and `b` ([`lemmas`]) are synonyms: no
/// lemma in common (forms of one word are not synonyms of each other) and
/// a pair of the table between them.
pub(super) fn related(a: &[Tok], b: &[Tok]) -> bool {
    if a.is_empty() || b.is_empty() || a.iter().any(|x| b.contains(x)) {
        return false;
    }
    let t = table();
    a.iter()
        .any(|&x| b.iter().any(|&y| t.pairs.contains(&(x.min(y), x.max(y)))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syn(a: &str, b: &str) -> bool {
        related(&lemmas(a), &lemmas(b))
    }

    #[test]
    fn synonyms_in_any_form() {
        assert!(syn("talks", "negotiations"));
        assert!(syn("ready", "prepared"));
        assert!(syn("began", "started"));
        assert!(syn("countries", "states"));
        assert!(syn("discussed", "considered"));
    }

    #[test]
    fn antonyms_siblings_and_forms_are_not_synonyms() {
        for (a, b) in [
            ("legal", "illegal"),
            ("higher", "lower"),
            ("increase", "decrease"),
            ("support", "oppose"),
            ("january", "february"),
            ("million", "billion"),
            ("talks", "talk"),
            ("went", "go"),
        ] {
            assert!(!syn(a, b), "{a} / {b}");
        }
    }
}
