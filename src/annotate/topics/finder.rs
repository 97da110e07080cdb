//! The finder: runs of capitalised units, bridged by connectors and
//! particles, and the titles that start them.

use super::TopicMention;
use super::tokens::{Tk, Tok, UKind, Unit};
use super::words::{Class, PARTICLES};
use crate::text::gazetteer::{EntityKind, GazMention, Gazetteer};

/// Most connector and particle words bridging two parts of a name ("of the",
/// "von der").
const MAX_CONNECTORS: usize = 3;
/// A list comma continues a name when "and" and a capitalised word follow
/// within this many units ("Department of Family, Youth and …").
const LIST_AND_WINDOW: usize = 4;

pub(super) struct Finder<'a, 'g> {
    pub(super) gaz: &'g Gazetteer,
    pub(super) text: &'a str,
    pub(super) toks: &'a [Tok],
    pub(super) gms: &'a [GazMention<'g>],
    pub(super) units: &'a [Unit],
    pub(super) out: Vec<TopicMention>,
}

/// A segment of a run: units `[a, b)` and whether it is expected to be a
/// person (after a title or honorific).
#[derive(Debug, Clone, Copy)]
pub(super) struct Seg {
    pub(super) a: usize,
    pub(super) b: usize,
    pub(super) person: bool,
}

impl<'a, 'g> Finder<'a, 'g> {
    pub(super) fn word(&self, u: usize) -> &'a str {
        let un = &self.units[u];
        &self.text[un.start..un.end]
    }

    pub(super) fn is_gaz(&self, u: usize) -> bool {
        !matches!(self.units[u].kind, UKind::Tok)
    }

    /// The gazetteer kind of a unit (a compound takes its first mention's).
    pub(super) fn gaz_kind(&self, u: usize) -> Option<EntityKind> {
        match &self.units[u].kind {
            UKind::Gaz(m) => Some(self.gms[*m].entry.kind),
            UKind::Compound(ms) => Some(self.gms[ms.start].entry.kind),
            UKind::Tok => None,
        }
    }

    pub(super) fn is_country_or_place(&self, u: usize) -> bool {
        matches!(self.units[u].kind, UKind::Compound(_))
            || matches!(
                self.gaz_kind(u),
                Some(EntityKind::Country | EntityKind::Place)
            )
    }

    pub(super) fn class(&self, u: usize) -> Class {
        if self.is_gaz(u) {
            Class::Name
        } else {
            self.units[u].class
        }
    }

    /// A unit that can be part of a name.
    pub(super) fn capital(&self, u: usize) -> bool {
        let un = &self.units[u];
        if self.is_gaz(u) {
            return true;
        }
        un.cap
            && matches!(
                un.class,
                Class::Name
                    | Class::Title
                    | Class::Role
                    | Class::Honorific
                    | Class::OrgHead
                    | Class::PlaceHead
                    | Class::OtherHead
            )
    }

    pub(super) fn startable(&self, u: usize) -> bool {
        self.capital(u)
    }

    /// Unit `v` directly continues the previous unit (one space, no line
    /// break, not a new sentence).
    pub(super) fn joined(&self, v: usize) -> bool {
        let un = &self.units[v];
        un.space && !un.newline && !un.sent_init
    }

    /// The end (exclusive) of the run starting at `u`.
    pub(super) fn run_end(&self, u: usize) -> usize {
        let mut end = u + 1;
        loop {
            let prev = end - 1;
            if end >= self.units.len() {
                return end;
            }
            let possessive = self.units[prev].poss;
            if self.capital(end) && self.joined(end) {
                if possessive && !self.possessive_continues(prev, end) {
                    return end;
                }
                end += 1;
                continue;
            }
            if possessive {
                return end;
            }
            if let Some(next) = self.bridge(u, end) {
                end = next;
                continue;
            }
            return end;
        }
    }

    /// "Prosecutor General’s Office": a possessive title word followed by an
    /// organisation word continues the name.
    pub(super) fn possessive_continues(&self, p: usize, v: usize) -> bool {
        !self.is_gaz(p)
            && matches!(self.units[p].class, Class::Title | Class::Role)
            && !self.is_gaz(v)
            && self.units[v].class.is_head()
    }

    /// Connectors (or a list comma) at `v` that continue the run `[u, v)`;
    /// returns the index of the capitalised unit after them.
    pub(super) fn bridge(&self, u: usize, v: usize) -> Option<usize> {
        let un = &self.units[v];
        if un.newline {
            return None;
        }
        // A list comma inside a complement: "Treaty of Good-Neighbourliness,
        // Friendship and Cooperation".
        if un.punct && self.word(v) == "," {
            return self.list_comma(u, v);
        }
        if !un.space || un.punct {
            return None;
        }
        let mut w = v;
        let mut conns: Vec<&str> = Vec::new();
        while w < self.units.len()
            && !self.is_gaz(w)
            && matches!(self.units[w].class, Class::Connector | Class::Particle)
            && self.units[w].space
            && !self.units[w].newline
            && conns.len() < MAX_CONNECTORS
        {
            conns.push(self.word(w));
            w += 1;
        }
        if conns.is_empty() || w >= self.units.len() || !self.capital(w) || !self.joined(w) {
            return None;
        }
        let run = u..v;
        let has_head_or_title = run.clone().any(|k| {
            !self.is_gaz(k)
                && (self.units[k].class.is_head() || self.units[k].class == Class::Title)
        });
        let last_class = self.class(v - 1);
        let x_gaz = self.is_gaz(w);
        if conns.iter().all(|c| PARTICLES.contains(c)) {
            // "Ursula von der Leyen".
            let ok = last_class == Class::Name
                && !self.is_gaz(v - 1)
                && self.class(w) == Class::Name
                && !x_gaz;
            return ok.then_some(w);
        }
        if conns.contains(&"and") {
            if conns != ["and"] || x_gaz {
                return None;
            }
            let complement = self.has_complement(u, v);
            let in_title = run
                .clone()
                .any(|k| !self.is_gaz(k) && self.units[k].class == Class::Title);
            let left_headless = !run
                .clone()
                .any(|k| !self.is_gaz(k) && self.units[k].class.is_head())
                && !run.clone().any(|k| self.is_gaz(k));
            let right_head = self.right_has_head(w);
            let ok = complement || in_title || (left_headless && right_head);
            return ok.then_some(w);
        }
        let ok = has_head_or_title || matches!(last_class, Class::Role | Class::Title);
        ok.then_some(w)
    }

    /// The run `[u, v)` has a head or title followed by an of/for/on
    /// complement.
    pub(super) fn has_complement(&self, u: usize, v: usize) -> bool {
        let mut seen_head = false;
        for k in u..v {
            if !self.is_gaz(k)
                && (self.units[k].class.is_head() || self.units[k].class == Class::Title)
            {
                seen_head = true;
            } else if seen_head && self.units[k].class == Class::Connector {
                return true;
            }
        }
        false
    }

    /// Capitalised non-gazetteer units from `w` contain a head word.
    pub(super) fn right_has_head(&self, w: usize) -> bool {
        let mut k = w;
        while k < self.units.len()
            && !self.is_gaz(k)
            && self.capital(k)
            && (k == w || self.joined(k))
        {
            if self.units[k].class.is_head() {
                return true;
            }
            k += 1;
        }
        false
    }

    pub(super) fn list_comma(&self, u: usize, v: usize) -> Option<usize> {
        if !self.has_complement(u, v) {
            return None;
        }
        let w = v + 1;
        if w >= self.units.len() || self.is_gaz(w) || !self.capital(w) || !self.units[w].space {
            return None;
        }
        // Within a few units: "and" followed by a capitalised word.
        let mut k = w;
        while k < self.units.len() && k < w + LIST_AND_WINDOW {
            if self.units[k].punct {
                return None;
            }
            if self.word(k) == "and" {
                return (k + 1 < self.units.len() && self.capital(k + 1) && !self.is_gaz(k + 1))
                    .then_some(w);
            }
            k += 1;
        }
        None
    }

    /// Splits a run into segments and classifies them.
    pub(super) fn process_run(&mut self, u: usize, end: usize) {
        let mut a = u;
        // Sentence-initial capitalised word: keep only when it is a name.
        if self.units[a].sent_init && !self.is_gaz(a) && self.units[a].class == Class::Name {
            let w = self.word(a);
            let next_is_name = a + 1 < end
                && !self.is_gaz(a + 1)
                && self.units[a + 1].class == Class::Name
                && self.units[a + 1].cap;
            let known = self.gaz.person_by_surname(w).is_some()
                || self.toks.iter().any(|t| {
                    t.kind == Tk::Word && t.cap && !t.sent_init && &self.text[t.start..t.end] == w
                });
            if !(next_is_name || known) {
                a += 1;
                while a < end && !self.capital(a) {
                    a += 1;
                }
            }
        }
        if a >= end {
            return;
        }
        let segs = self.segment(a, end);
        for s in segs {
            self.classify(s);
        }
    }

    /// A title span starting at `k`: Title/Role words and connectors with at
    /// least one Title. Returns (end of span after trimming connectors, has
    /// a title, index of the last connector inside).
    pub(super) fn title_span(&self, k: usize, end: usize) -> (usize, bool, Option<usize>) {
        let mut j = k;
        let mut has_title = false;
        let mut last_word = k;
        let mut last_conn = None;
        while j < end && !self.is_gaz(j) {
            match self.units[j].class {
                Class::Title => {
                    has_title = true;
                    last_word = j;
                }
                Class::Role => last_word = j,
                Class::Connector => last_conn = Some(j),
                _ => break,
            }
            if self.units[j].poss && j > k {
                break;
            }
            j += 1;
        }
        let span_end = last_word + 1;
        let last_conn = last_conn.filter(|&c| c < span_end);
        (span_end, has_title, last_conn)
    }
}
