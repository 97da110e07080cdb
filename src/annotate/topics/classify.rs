//! Cutting a run into segments and classifying each one as a person,
//! organisation, place or other topic (with the names nested inside).

use std::ops::Range;

use super::TopicMention;
use super::finder::{Finder, Seg};
use super::tokens::UKind;
use super::words::{ACRONYM_STOPS, Class, DROP_SINGLE, has_surname_suffix, is_first_name};
use crate::text::gazetteer::EntityKind;
use crate::text::lexicon::words;

/// After a title or honorific, a run of names of at most this many units is
/// a person ("Foreign Minister Sergey Lavrov").
const MAX_TITLED_PERSON_UNITS: usize = 5;
/// Without a title, a person's name has this many name words (and a known
/// first name, a surname suffix or a known surname).
const PERSON_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;
/// One-word topics not in the gazetteer are dropped when they have fewer
/// characters than this.
const MIN_ONE_WORD_CHARS: usize = 3;

words!(
    /// Words that continue a name after a head word ("Army Group North").
    COMPASS_WORDS = "topic_compass_words.txt"
);

/// What a title or role word does while cutting a run into segments.
enum TitleStep {
    /// A title: it ends the open segment, marks a person next, and the run
    /// resumes at this unit.
    Title(usize),
    /// A title followed by an organisation, which starts at this unit.
    TitleThenOrg(usize),
    /// A title's continuation after a title: skipped up to this unit.
    Skip(usize),
    /// Part of a name ("Prosecutor General’s Office").
    Name,
}

impl<'a, 'g> Finder<'a, 'g> {
    /// Cuts the run `[a, end)` into segments: titles and honorifics removed
    /// (and marking a person next), cut where [`Self::splits`] says.
    // About 85 lines: one left-to-right pass whose state (the open segment,
    // whether it is a person, a pending title) every branch reads and
    // updates; titles are decided by `title_step`, segments closed by
    // `close`.
    pub(super) fn segment(&self, a: usize, end: usize) -> Vec<Seg> {
        let mut segs: Vec<Seg> = Vec::new();
        let mut cur: Option<usize> = None;
        let mut cur_person = false;
        let mut pending = false;
        let mut k = a;
        while k < end {
            let c = self.class(k);
            let gaz = self.is_gaz(k);
            if !gaz && c == Class::Honorific {
                self.close(&mut segs, &mut cur, k, cur_person);
                pending = true;
                k += 1;
                // "Mr." with a dot.
                while k < end && self.units[k].punct {
                    k += 1;
                }
                continue;
            }
            if !gaz && matches!(c, Class::Title | Class::Role) {
                match self.title_step(k, end, pending, cur.is_some()) {
                    TitleStep::Title(next) => {
                        self.close(&mut segs, &mut cur, k, cur_person);
                        pending = true;
                        k = next;
                        continue;
                    }
                    TitleStep::TitleThenOrg(org) => {
                        self.close(&mut segs, &mut cur, k, cur_person);
                        pending = true;
                        cur = Some(org);
                        cur_person = false;
                        k = org + 1;
                        continue;
                    }
                    TitleStep::Skip(next) => {
                        k = next;
                        continue;
                    }
                    TitleStep::Name => {}
                }
            }
            if !gaz && matches!(c, Class::Connector | Class::Particle) {
                // A connector continues a segment that has a head ("Council
                // of Europe") or leads to one ("Memory and Glory Year");
                // otherwise it ends it ("European Union | for Foreign Affairs").
                if let Some(s) = cur {
                    let keep = c == Class::Particle
                        || (s..k).any(|j| !self.is_gaz(j) && self.units[j].class.is_head())
                        || (self.word(k) == "and" && self.right_has_head(k + 1));
                    if !keep {
                        self.close(&mut segs, &mut cur, k, cur_person);
                    }
                }
                k += 1;
                continue;
            }
            if !gaz && self.units[k].punct {
                // A list comma inside a name.
                k += 1;
                continue;
            }
            match cur {
                None => {
                    cur = Some(k);
                    cur_person = pending;
                }
                Some(s) => {
                    if self.splits(s, k, end) {
                        let person = cur_person;
                        let was_name_like = self.name_like(s, k);
                        self.close(&mut segs, &mut cur, k, person);
                        if was_name_like {
                            pending = false;
                        }
                        cur = Some(k);
                        cur_person = pending;
                    }
                }
            }
            if cur_person && self.name_like(cur.unwrap_or(k), k + 1) {
                // The flag is consumed by a name.
                pending = false;
            }
            k += 1;
        }
        self.close(&mut segs, &mut cur, end, cur_person);
        segs
    }

    /// Ends the open segment `cur` at `upto` (trailing connectors and
    /// particles left out) and adds it to `segs` unless empty.
    fn close(&self, segs: &mut Vec<Seg>, cur: &mut Option<usize>, upto: usize, person: bool) {
        if let Some(s) = cur.take() {
            let mut b = upto;
            while b > s
                && matches!(self.class(b - 1), Class::Connector | Class::Particle)
                && !self.is_gaz(b - 1)
            {
                b -= 1;
            }
            if b > s {
                segs.push(Seg { a: s, b, person });
            }
        }
    }

    /// What the title or role word at `k` does in [`Self::segment`];
    /// `pending` tells whether a title or honorific came just before, `open`
    /// whether a segment is open.
    fn title_step(&self, k: usize, end: usize, pending: bool, open: bool) -> TitleStep {
        let (span_end, has_title, last_conn) = self.title_span(k, end);
        let next_is_head = span_end < end
            && !self.is_gaz(span_end)
            && self.units[span_end].class.is_head()
            && (self.joined(span_end) || self.units[span_end - 1].poss);
        if has_title && !next_is_head {
            return TitleStep::Title(span_end);
        }
        if has_title && next_is_head {
            if let Some(lc) = last_conn {
                // "Deputy Chief of Staff of the Presidential Executive
                // Office": title, then an organisation.
                return TitleStep::TitleThenOrg(lc + 1);
            }
            // "Prosecutor General’s Office": part of the name.
        } else if !has_title && pending && !open && !next_is_head {
            // Title continuation: "for Foreign Affairs and Security Policy".
            return TitleStep::Skip(span_end);
        }
        TitleStep::Name
    }

    /// The previous regular unit before `k` in the segment starting at `s`.
    pub(super) fn prev_regular(&self, s: usize, k: usize) -> Option<usize> {
        (s..k).rev().find(|&p| {
            self.is_gaz(p)
                || !matches!(self.class(p), Class::Connector | Class::Particle)
                    && !self.units[p].punct
        })
    }

    /// Does the segment starting at `s` end before unit `k`?
    pub(super) fn splits(&self, s: usize, k: usize, end: usize) -> bool {
        let Some(p) = self.prev_regular(s, k) else {
            return false;
        };
        if self.has_complement(s, k) {
            // Inside a complement ("Year of Russian-Chinese Scientific,
            // Technical and Innovative Cooperation") the run decided.
            return false;
        }
        if p + 1 < k {
            // Joined by connectors or a comma: the bridge already decided.
            return false;
        }
        let p_gaz = self.is_gaz(p);
        let k_gaz = self.is_gaz(k);
        let k_head = !k_gaz && self.units[k].class.is_head();
        if self.units[p].poss {
            return !(self.possessive_continues(p, k));
        }
        if p_gaz && self.is_country_or_place(p) {
            return !(k_head || (!k_gaz && self.head_ahead(k, end)));
        }
        if p_gaz {
            // Organisation, person or other: "Sputnik Latvia", "Federation
            // Council Statement".
            return !(k_head
                || (k_gaz
                    && self.is_country_or_place(k)
                    && self.gaz_kind(p) == Some(EntityKind::Organisation)));
        }
        if self.units[p].class.is_head() {
            // "Army Group North".
            let compass = COMPASS_WORDS.contains(&self.word(k));
            return !(k_head || compass || (!k_gaz && self.head_ahead(k, end)));
        }
        if k_gaz {
            return !self.head_ahead(k + 1, end);
        }
        false
    }

    /// A head word follows from `k` among plain capitalised words (before
    /// any connector, gazetteer unit or the end).
    pub(super) fn head_ahead(&self, k: usize, end: usize) -> bool {
        let mut j = k;
        while j < end && !self.is_gaz(j) && self.capital(j) {
            if self.units[j].class.is_head() {
                return true;
            }
            if self.units[j].class == Class::Honorific {
                return false;
            }
            j += 1;
        }
        false
    }

    /// Units `[a, b)` are plain name words (or a single gazetteer person).
    pub(super) fn name_like(&self, a: usize, b: usize) -> bool {
        if b == a + 1 && self.is_gaz(a) {
            return self.gaz_kind(a) == Some(EntityKind::Person);
        }
        (a..b).all(|k| {
            !self.is_gaz(k) && matches!(self.units[k].class, Class::Name | Class::Particle)
        })
    }

    pub(super) fn collapsed(&self, r: Range<usize>) -> String {
        let s = &self.text[r];
        if s.contains(char::is_whitespace) {
            s.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            s.to_string()
        }
    }

    pub(super) fn push(
        &mut self,
        range: Range<usize>,
        name: String,
        kind: EntityKind,
        nested: bool,
    ) {
        self.out.push(TopicMention {
            range,
            name,
            kind,
            nested,
        });
    }

    /// Emits a gazetteer mention and, per the nesting policy, the names
    /// inside it.
    pub(super) fn push_gaz(&mut self, m: usize, nested: bool) {
        let gm = &self.gms[m];
        self.push(
            gm.range.clone(),
            gm.entry.canonical.clone(),
            gm.entry.kind,
            nested,
        );
        let allowed: &[EntityKind] = match gm.entry.kind {
            EntityKind::Country | EntityKind::Place => &[],
            EntityKind::Other => &[EntityKind::Country],
            EntityKind::Organisation | EntityKind::Person => &[
                EntityKind::Country,
                EntityKind::Organisation,
                EntityKind::Person,
            ],
        };
        if allowed.is_empty() || !gm.form.contains([' ', '-']) {
            return;
        }
        for inner in self.gaz.find_nested(self.text, gm) {
            if allowed.contains(&inner.entry.kind) {
                self.out.push(TopicMention {
                    range: inner.range.clone(),
                    name: inner.entry.canonical.clone(),
                    kind: inner.entry.kind,
                    nested: true,
                });
            }
        }
    }

    /// Emits the gazetteer units inside a longer phrase.
    pub(super) fn push_inner(&mut self, a: usize, b: usize) {
        for k in a..b {
            let ms: Range<usize> = match &self.units[k].kind {
                UKind::Gaz(m) => *m..*m + 1,
                UKind::Compound(ms) => ms.clone(),
                UKind::Tok => continue,
            };
            for m in ms {
                if matches!(
                    self.gms[m].entry.kind,
                    EntityKind::Country | EntityKind::Organisation | EntityKind::Person
                ) {
                    self.push_gaz(m, true);
                }
            }
        }
    }

    /// Classifies a segment (a gazetteer unit, a person, a name with a head
    /// word, mixed units, one word, or other) and pushes its topics.
    // About 85 lines: an ordered list of rules, each ending in a return; the
    // mixed and one-word cases are their own functions.
    pub(super) fn classify(&mut self, s: Seg) {
        let (a, b) = (s.a, s.b);
        let range = self.units[a].start..self.units[b - 1].end;
        // A single gazetteer unit or compound.
        if b == a + 1 {
            match self.units[a].kind.clone() {
                UKind::Gaz(m) => return self.push_gaz(m, false),
                UKind::Compound(ms) => {
                    for m in ms {
                        self.push_gaz(m, false);
                    }
                    return;
                }
                UKind::Tok => {}
            }
        }
        let all_names = self.name_like(a, b);
        if s.person && all_names && b - a <= MAX_TITLED_PERSON_UNITS {
            let name = self.person_name(a, b);
            return self.push(range, name, EntityKind::Person, false);
        }
        // Heads decide organisation / place / other.
        let core_end = (a..b)
            .find(|&k| !self.is_gaz(k) && self.units[k].class == Class::Connector)
            .unwrap_or(b);
        let head = (a..core_end)
            .rev()
            .find(|&k| !self.is_gaz(k) && self.units[k].class.is_head())
            .or_else(|| (a..b).find(|&k| !self.is_gaz(k) && self.units[k].class.is_head()));
        if let Some(h) = head {
            if b == a + 1 {
                // A lone "Ministry", "Constitution": too generic.
                return;
            }
            let kind = self.units[h].class.head_kind().unwrap_or(EntityKind::Other);
            let name = self.collapsed(range.clone());
            self.push(range, name, kind, false);
            self.push_inner(a, b);
            return;
        }
        // Organisation followed by a country or place: "Sputnik Latvia".
        if b == a + 2
            && self.gaz_kind(a) == Some(EntityKind::Organisation)
            && self.is_country_or_place(a + 1)
        {
            let name = self.collapsed(range.clone());
            self.push(range, name, EntityKind::Organisation, false);
            self.push_inner(a, b);
            return;
        }
        if (a..b).any(|k| self.is_gaz(k)) {
            return self.classify_mixed(a, b);
        }
        // Only roles and titles left ("Foreign Affairs"): generic.
        if (a..b).all(|k| {
            matches!(
                self.units[k].class,
                Class::Role | Class::Title | Class::Connector
            )
        }) {
            return;
        }
        let n_words = (a..b)
            .filter(|&k| self.units[k].class == Class::Name)
            .count();
        if b == a + 1 {
            return self.classify_word(a, range, s.person);
        }
        let first = self.word(a);
        let last = self.word(b - 1);
        let person = all_names
            && PERSON_NAME_WORDS.contains(&n_words)
            && (is_first_name(first)
                || has_surname_suffix(last)
                || self.gaz.person_by_surname(last).is_some())
            && !(a..b).any(|k| self.toks[self.units[k].t0].allcaps);
        if person {
            let name = self.person_name(a, b);
            return self.push(range, name, EntityKind::Person, false);
        }
        let name = self.collapsed(range.clone());
        self.push(range, name, EntityKind::Other, false);
    }

    /// A segment mixing gazetteer units and other words: each gazetteer
    /// unit alone, the rest as its own phrases.
    fn classify_mixed(&mut self, a: usize, b: usize) {
        let mut k = a;
        while k < b {
            if self.is_gaz(k) {
                self.classify(Seg {
                    a: k,
                    b: k + 1,
                    person: false,
                });
                k += 1;
            } else {
                let mut j = k;
                while j < b && !self.is_gaz(j) {
                    j += 1;
                }
                self.classify(Seg {
                    a: k,
                    b: j,
                    person: false,
                });
                k = j;
            }
        }
    }

    /// A one-word segment: dropped when generic (acronym stops, lone
    /// adjectives, plural acronyms), a known surname's person, a person by
    /// first name or surname suffix (or `person_hint`), else other.
    fn classify_word(&mut self, a: usize, range: Range<usize>, person_hint: bool) {
        let w = self.word(a);
        if self.units[a].class != Class::Name
            || w.chars().count() < MIN_ONE_WORD_CHARS
            || ACRONYM_STOPS.contains(&w)
            || DROP_SINGLE.contains(&w)
        {
            return;
        }
        // Plural acronyms: "NGOs", "POWs".
        if w.ends_with('s') && w.len() >= 3 && w[..w.len() - 1].chars().all(|c| c.is_uppercase()) {
            return;
        }
        if let Some(e) = self.gaz.person_by_surname(w) {
            let name = e.canonical.clone();
            return self.push(range, name, EntityKind::Person, false);
        }
        let person = person_hint
            || is_first_name(w)
            || (has_surname_suffix(w) && !self.toks[self.units[a].t0].allcaps);
        let kind = if person {
            EntityKind::Person
        } else {
            EntityKind::Other
        };
        self.push(range, w.to_string(), kind, false);
    }

    /// The name of a person segment: a gazetteer person's canonical name, a
    /// known surname's full name, or the words as written.
    pub(super) fn person_name(&self, a: usize, b: usize) -> String {
        if b == a + 1 {
            if let UKind::Gaz(m) = self.units[a].kind {
                return self.gms[m].entry.canonical.clone();
            }
            let w = self.word(a);
            if let Some(e) = self.gaz.person_by_surname(w) {
                return e.canonical.clone();
            }
        }
        self.collapsed(self.units[a].start..self.units[b - 1].end)
    }
}
