//! Person names: folding, cores, surname keys, and merging the spelling
//! variants and surname-only forms of a corpus.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

use super::words::{Class, PARTICLES, class_table};
use crate::text::chars::is_apostrophe;
use crate::text::gazetteer::{EntityKind, Gazetteer, strip_possessive};
use crate::text::lexicon::pairs;

/// Two folded given names are spelling variants ("Sergey"/"Sergei") at this
/// Jaro–Winkler similarity or more ...
const GIVEN_NAME_SIMILARITY: f64 = 0.88;
/// ... when both have at least this many bytes.
const MIN_GIVEN_NAME_LEN: usize = 3;
/// Two folded surnames are spelling variants ("Zelensky"/"Zelenskiy") at
/// this Jaro–Winkler similarity or more ...
const SURNAME_SIMILARITY: f64 = 0.93;
/// ... when both have at least this many bytes.
const MIN_SURNAME_LEN: usize = 4;

pairs!(
    /// Nickname pairs treated as the same first name.
    pub(super) NICKNAMES = "topic_nicknames.txt"
);

/// Lower-cased, diacritics removed, common transliteration variants folded
/// ("Aleksei" and "Alexey" → "alexey", "Zelenskyy" → "zelensky").
pub(super) fn fold(s: &str) -> String {
    let base: String = strip_possessive(s)
        .nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .flat_map(char::to_lowercase)
        .collect();
    let mut f = base
        .replace("ks", "x")
        .replace("yy", "y")
        .replace("iy", "y");
    if f.ends_with("ei") || f.ends_with("ii") {
        f.truncate(f.len() - 1);
        f.push('y');
    } else if f.ends_with('i') && f.len() > 3 {
        f.pop();
        f.push('y');
    }
    f
}

pub(super) fn last_word(name: &str) -> &str {
    name.split_whitespace().next_back().unwrap_or(name)
}

/// The personal name inside a mention or label, without honorifics, titles,
/// countries before it and a possessive: "Foreign Minister of Sweden Ann
/// Linde" → "Ann Linde"; "Mr Navalny’s" → "Navalny".
pub fn person_core(name: &str) -> String {
    let table = class_table();
    let gaz = Gazetteer::builtin();
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut keep: Vec<&str> = Vec::new();
    for (i, w) in words.iter().enumerate().rev() {
        let w = if i + 1 == words.len() {
            strip_possessive(w)
        } else {
            w
        };
        let w = w.trim_matches(|c: char| {
            !(c.is_alphanumeric() || c == '.' || c == '-' || is_apostrophe(c))
        });
        let w = w.trim_end_matches(['.', ',']);
        if w.is_empty() {
            break;
        }
        let lw = w.to_lowercase();
        let is_particle = PARTICLES.contains(&lw.as_str());
        let first = w.chars().next().unwrap_or(' ');
        let class = table.get(lw.as_str()).copied();
        let named_place = gaz.lookup(w).is_some_and(|e| {
            matches!(
                e.kind,
                EntityKind::Country | EntityKind::Place | EntityKind::Organisation
            )
        });
        let ok = (first.is_uppercase()
            && !matches!(
                class,
                Some(Class::Title | Class::Role | Class::Honorific | Class::Stop)
            )
            && !named_place)
            || (is_particle && !keep.is_empty());
        if !ok {
            break;
        }
        keep.push(w);
    }
    while keep
        .last()
        .is_some_and(|w| PARTICLES.contains(&w.to_lowercase().as_str()))
    {
        keep.pop();
    }
    if keep.is_empty() {
        return name.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    keep.reverse();
    keep.join(" ")
}

/// A key for grouping person names by surname: the folded last word of the
/// personal name ("Mr Navalny’s" → "navalny", "Zelenskyy" → "zelensky").
pub fn surname_key(name: &str) -> String {
    fold(last_word(&person_core(name)))
}

pub(super) fn jaro_winkler(a: &str, b: &str) -> f64 {
    strsim::jaro_winkler(a, b)
}

pub(super) fn same_given_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (sa, sb) = (a.trim_end_matches('.'), b.trim_end_matches('.'));
    if (a.ends_with('.') || sa.len() == 1) && sb.starts_with(sa) {
        return true;
    }
    if (b.ends_with('.') || sb.len() == 1) && sa.starts_with(sb) {
        return true;
    }
    if NICKNAMES
        .iter()
        .any(|&(x, y)| (fold(x) == a && fold(y) == b) || (fold(x) == b && fold(y) == a))
    {
        return true;
    }
    sa.len() >= MIN_GIVEN_NAME_LEN
        && sb.len() >= MIN_GIVEN_NAME_LEN
        && jaro_winkler(sa, sb) >= GIVEN_NAME_SIMILARITY
}

/// Folded words of a personal name.
pub(super) struct PName {
    pub(super) given: Vec<String>,
    pub(super) last: String,
}

pub(super) fn pname(core: &str) -> PName {
    let words: Vec<String> = core
        .split_whitespace()
        .filter(|w| !PARTICLES.contains(&w.to_lowercase().as_str()))
        .map(fold)
        .collect();
    let (last, given) = words
        .split_last()
        .map_or((String::new(), Vec::new()), |(l, g)| {
            (l.clone(), g.to_vec())
        });
    PName { given, last }
}

pub(super) fn same_person(a: &PName, b: &PName) -> bool {
    let surname = a.last == b.last
        || (a.last.len() >= MIN_SURNAME_LEN
            && b.last.len() >= MIN_SURNAME_LEN
            && jaro_winkler(&a.last, &b.last) >= SURNAME_SIMILARITY);
    surname
        && a.given
            .iter()
            .any(|x| b.given.iter().any(|y| same_given_name(x, y)))
}

/// Maps each person name of a corpus to a canonical full name.
///
/// `names` may contain repeats (frequency breaks ties) and titles or
/// honorifics ("Mr Navalny", "Foreign Minister Sergey Lavrov"), which are
/// removed. Full names that are spelling variants of each other (same
/// surname, given names equal, nicknames or Jaro–Winkler ≥ 0.88 after
/// transliteration folding) form one group, named by the gazetteer's
/// canonical form when it knows the person, else by the most frequent form
/// (then the longest, then the first seen). A surname alone joins the one
/// group with that surname; with several groups it joins the gazetteer's
/// person if exactly one group is that, and otherwise stays as it is. A
/// surname with no group takes the gazetteer's full name when there is one.
///
/// Every input name is a key; names that resolve to nothing map to
/// themselves without titles and honorifics.
pub fn merge_person_variants(names: &[String]) -> HashMap<String, String> {
    let gaz = Gazetteer::builtin();
    let mut order: Vec<&str> = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for n in names {
        let c = seen.entry(n.as_str()).or_insert(0);
        if *c == 0 {
            order.push(n.as_str());
        }
        *c += 1;
    }
    // Distinct cores with their total frequency and first position.
    let mut cores: Vec<String> = Vec::new();
    let mut core_of: HashMap<&str, usize> = HashMap::new();
    let mut core_freq: Vec<usize> = Vec::new();
    let mut core_index: HashMap<String, usize> = HashMap::new();
    for n in &order {
        let core = person_core(n);
        let i = *core_index.entry(core.clone()).or_insert_with(|| {
            cores.push(core.clone());
            core_freq.push(0);
            cores.len() - 1
        });
        core_freq[i] += seen[n];
        core_of.insert(n, i);
    }
    let parsed: Vec<PName> = cores.iter().map(|c| pname(c)).collect();
    let full: Vec<usize> = (0..cores.len())
        .filter(|&i| !parsed[i].given.is_empty())
        .collect();
    let mut parent = variant_groups(&parsed, &full);
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for &i in &full {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let canonical = group_names(gaz, &groups, &cores, &core_freq);
    // Resolve every core.
    let mut resolved: Vec<String> = cores.clone();
    for i in 0..cores.len() {
        if !parsed[i].given.is_empty() {
            let r = find(&mut parent, i);
            resolved[i] = canonical[&r].0.clone();
        } else if let Some(name) = surname_target(gaz, i, &cores, &parsed, &groups, &canonical) {
            resolved[i] = name;
        }
    }
    order
        .iter()
        .map(|n| (n.to_string(), resolved[core_of[n]].clone()))
        .collect()
}

/// The root of `x` in the union-find `p`, halving the path.
fn find(p: &mut [usize], mut x: usize) -> usize {
    while p[x] != x {
        p[x] = p[p[x]];
        x = p[x];
    }
    x
}

/// Union-find over the full names (`full`, indexes into `parsed`) joining
/// spelling variants, blocked by the surname's first letter; the root of a
/// group is its lowest index.
fn variant_groups(parsed: &[PName], full: &[usize]) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..parsed.len()).collect();
    let mut blocks: HashMap<char, Vec<usize>> = HashMap::new();
    for &i in full {
        if let Some(c) = parsed[i].last.chars().next() {
            blocks.entry(c).or_default().push(i);
        }
    }
    for members in blocks.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                if same_person(&parsed[i], &parsed[j]) {
                    let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                    if ri != rj {
                        parent[rj.max(ri)] = rj.min(ri);
                    }
                }
            }
        }
    }
    parent
}

/// The canonical name of each group (by root) and whether the gazetteer
/// knows it: the gazetteer's name for a member, else the most frequent
/// member (then the longest, then the first seen).
fn group_names(
    gaz: &Gazetteer,
    groups: &HashMap<usize, Vec<usize>>,
    cores: &[String],
    core_freq: &[usize],
) -> HashMap<usize, (String, bool)> {
    let mut canonical: HashMap<usize, (String, bool)> = HashMap::new();
    for (&root, members) in groups {
        let gaz_name = members.iter().find_map(|&i| {
            gaz.lookup(&cores[i])
                .filter(|e| e.kind == EntityKind::Person)
                .map(|e| e.canonical.clone())
        });
        let name = gaz_name.clone().unwrap_or_else(|| {
            let best = members
                .iter()
                .copied()
                .max_by(|&x, &y| {
                    core_freq[x]
                        .cmp(&core_freq[y])
                        .then(cores[x].len().cmp(&cores[y].len()))
                        .then(y.cmp(&x))
                })
                .unwrap_or(root);
            cores[best].clone()
        });
        canonical.insert(root, (name, gaz_name.is_some()));
    }
    canonical
}

/// The full name the surname-only core `i` stands for: the one group with that surname; with several, the one the
/// gazetteer knows if exactly one is; with none, the gazetteer's person
/// with that surname.
fn surname_target(
    gaz: &Gazetteer,
    i: usize,
    cores: &[String],
    parsed: &[PName],
    groups: &HashMap<usize, Vec<usize>>,
    canonical: &HashMap<usize, (String, bool)>,
) -> Option<String> {
    let key = &parsed[i].last;
    if key.is_empty() {
        return None;
    }
    let mut roots: Vec<usize> = groups
        .keys()
        .copied()
        .filter(|&r| {
            groups[&r].iter().any(|&m| {
                let l = &parsed[m].last;
                l == key
                    || (l.len() >= MIN_SURNAME_LEN
                        && key.len() >= MIN_SURNAME_LEN
                        && jaro_winkler(l, key) >= SURNAME_SIMILARITY)
            })
        })
        .collect();
    roots.sort_unstable();
    match roots.as_slice() {
        [] => gaz
            .person_by_surname(&cores[i])
            .map(|e| e.canonical.clone()),
        [r] => Some(canonical[r].0.clone()),
        many => {
            let known: Vec<&usize> = many.iter().filter(|r| canonical[*r].1).collect();
            if let [r] = known.as_slice() {
                Some(canonical[*r].0.clone())
            } else {
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_cores_and_keys() {
        assert_eq!(
            person_core("Foreign Minister Sergey Lavrov"),
            "Sergey Lavrov"
        );
        assert_eq!(
            person_core("Foreign Minister of Sweden Ann Linde"),
            "Ann Linde"
        );
        assert_eq!(person_core("Mr Navalny’s"), "Navalny");
        assert_eq!(person_core("Ursula von der Leyen"), "Ursula von der Leyen");
        assert_eq!(person_core("Maria Zakharova:"), "Maria Zakharova");
        assert_eq!(person_core("President"), "President");
        assert_eq!(surname_key("Mr Navalny’s"), "navalny");
        assert_eq!(surname_key("Volodymyr Zelenskyy"), "zelensky");
        assert_eq!(surname_key("Volodymyr Zelenskiy"), "zelensky");
        assert_eq!(fold("Aleksei"), fold("Alexey"));
        assert_eq!(fold("Alexei"), fold("Alexey"));
        assert_eq!(fold("Sergei"), fold("Sergey"));
        assert_eq!(fold("Yuri"), fold("Yury"));
        assert_eq!(fold("Çavuşoğlu"), fold("Cavusoglu"));
    }

    fn merged(names: &[&str]) -> Vec<(String, String)> {
        let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        let map = merge_person_variants(&names);
        let mut v: Vec<(String, String)> = map.into_iter().collect();
        v.sort();
        v
    }

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = p
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn merge_spelling_variants_and_surnames() {
        assert_eq!(
            merged(&[
                "Alexey Navalny",
                "Alexei Navalny",
                "Aleksei Navalny",
                "Navalny",
                "Mr Navalny",
                "Navalny’s",
                "Sergei Lavrov",
                "Foreign Minister Sergey Lavrov",
                "Lavrov",
            ]),
            pairs(&[
                ("Alexey Navalny", "Alexey Navalny"),
                ("Alexei Navalny", "Alexey Navalny"),
                ("Aleksei Navalny", "Alexey Navalny"),
                ("Navalny", "Alexey Navalny"),
                ("Mr Navalny", "Alexey Navalny"),
                ("Navalny’s", "Alexey Navalny"),
                ("Sergei Lavrov", "Sergey Lavrov"),
                ("Foreign Minister Sergey Lavrov", "Sergey Lavrov"),
                ("Lavrov", "Sergey Lavrov"),
            ])
        );
    }

    #[test]
    fn merge_unknown_people_by_frequency() {
        assert_eq!(
            merged(&[
                "Mark Schmidt",
                "Schmidt",
                "Mark Schmidt",
                "Mr Schmidt",
                "Alexander Vinnik",
                "Vinnik",
                "Vinnik's"
            ]),
            pairs(&[
                ("Mark Schmidt", "Mark Schmidt"),
                ("Schmidt", "Mark Schmidt"),
                ("Mr Schmidt", "Mark Schmidt"),
                ("Alexander Vinnik", "Alexander Vinnik"),
                ("Vinnik", "Alexander Vinnik"),
                ("Vinnik's", "Alexander Vinnik"),
            ])
        );
        // The more frequent spelling names the group.
        assert_eq!(
            merged(&["Yury Mel", "Yuri Mel", "Yuri Mel"]),
            pairs(&[("Yury Mel", "Yuri Mel"), ("Yuri Mel", "Yuri Mel")])
        );
        assert_eq!(
            merged(&["Joe Smith", "Joseph Smith", "Joseph Smith"]),
            pairs(&[
                ("Joe Smith", "Joseph Smith"),
                ("Joseph Smith", "Joseph Smith")
            ])
        );
    }

    #[test]
    fn merge_leaves_ambiguity_alone() {
        // Two Skripals: "Skripal" alone stays.
        assert_eq!(
            merged(&["Sergei Skripal", "Yulia Skripal", "Skripal"]),
            pairs(&[
                ("Sergei Skripal", "Sergei Skripal"),
                ("Yulia Skripal", "Yulia Skripal"),
                ("Skripal", "Skripal"),
            ])
        );
        // Different first names are different people.
        assert_eq!(
            merged(&["Mark Schmidt", "Maria Schmidt"]),
            pairs(&[
                ("Mark Schmidt", "Mark Schmidt"),
                ("Maria Schmidt", "Maria Schmidt")
            ])
        );
        // A first name alone is not merged.
        assert_eq!(
            merged(&["Maria Zakharova", "Maria"]),
            pairs(&[("Maria Zakharova", "Maria Zakharova"), ("Maria", "Maria")])
        );
        // But a gazetteer person wins a surname shared with an unknown one.
        assert_eq!(
            merged(&["Alexey Navalny", "Yulia Navalny", "Navalny"]),
            pairs(&[
                ("Alexey Navalny", "Alexey Navalny"),
                ("Yulia Navalny", "Yulia Navalny"),
                ("Navalny", "Alexey Navalny"),
            ])
        );
        // A surname seen only alone takes the gazetteer's full name.
        assert_eq!(
            merged(&["Mr Putin"]),
            pairs(&[("Mr Putin", "Vladimir Putin")])
        );
        assert_eq!(
            merged(&["Mr Billingslea"]),
            pairs(&[("Mr Billingslea", "Billingslea")])
        );
    }
}
