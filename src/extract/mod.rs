//! Stage 3: claims from segmented documents.
//!
//! Every sentence of a speech paragraph is a claim. A leading list number
//! ("1. In January 2020, …") is structure, not content: it is left out of
//! the claim's span. Claims carry exact provenance (document, 1-based line,
//! file byte span, the text of that span) and a stable id derived from the
//! document and the claim's text.

pub mod reported;
pub mod speakers;

use std::collections::HashMap;
use std::ops::Range;

use rayon::prelude::*;

use xxhash_rust::xxh3::xxh3_64;

use crate::model::{Claim, ParaKind, Role, Segmented, SourceDoc};
use crate::segment::{paragraphs, sentences};
use crate::text::names::{Gender, gender_of};

/// Maps byte offsets to 1-based line numbers.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of a text.
    pub fn new(text: &str) -> Self {
        let lines = paragraphs::lines(text);
        let mut starts: Vec<usize> = lines.iter().map(|r| r.start).collect();
        if starts.is_empty() {
            starts.push(0);
        }
        LineIndex { starts }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).max(1)
    }
}

/// The stable id of a claim: a hash of the document path, the claim's text
/// and how many identical claims precede it in the document.
pub fn claim_id(doc: &str, text: &str, occurrence: usize) -> String {
    let mut buf = Vec::with_capacity(doc.len() + text.len() + 10);
    buf.extend_from_slice(doc.as_bytes());
    buf.push(0);
    buf.extend_from_slice(text.as_bytes());
    buf.push(0);
    buf.extend_from_slice(&(occurrence as u64).to_le_bytes());
    format!("c-{:016x}", xxh3_64(&buf))
}

/// Extracts the claims of one document, each sentence of a speech paragraph
/// followed by the reported speech inside it ([`reported`]).
///
/// Speakers are left as written (the turn's speaker, or the person a
/// reported claim is attributed to); [`resolve_speakers`] makes them
/// canonical once the whole corpus has been read.
pub fn extract(doc_index: usize, src: &SourceDoc, seg: &Segmented) -> Vec<Claim> {
    extract_in_corpus(
        doc_index,
        src,
        seg,
        &reported::Titles::of_text(src.text.as_str()),
    )
}

/// [`extract`] with the titled names of the whole corpus, which say whom
/// "the President" means ([`reported::Titles`]).
pub fn extract_in_corpus(
    doc_index: usize,
    src: &SourceDoc,
    seg: &Segmented,
    titles: &reported::Titles,
) -> Vec<Claim> {
    extract_tracked(doc_index, src, seg, titles).0
}

/// [`extract_in_corpus`], also returning what the extraction took from the
/// corpus-wide `titles` (the only input outside the document): when
/// [`reported::TitleLookups::still_hold`] for a later corpus, the claims are
/// the same.
pub fn extract_tracked(
    doc_index: usize,
    src: &SourceDoc,
    seg: &Segmented,
    titles: &reported::Titles,
) -> (Vec<Claim>, reported::TitleLookups) {
    let text = src.text.as_str();
    let mut ids = ClaimMaker::new(doc_index, src, seg);
    let mut out = Vec::new();
    let mut people = TurnPeople::default();
    let context = reported::DocContext::new(text, seg, titles);
    let found = sentences_by_paragraph(text, seg);
    for ((pi, p), found) in seg.paragraphs.iter().enumerate().zip(found) {
        let Some(found) = found else { continue };
        let Some(turn) = p.turn else { continue };
        people.enter(turn);
        let t = &seg.turns[turn];
        let mut make = |range: Range<usize>, out: &mut Vec<Claim>| {
            out.push(new_claim(&mut ids, range, turn, pi));
        };
        let mut before = Before::default();

        for Sentence {
            range,
            reports,
            person,
            described,
            indefinite,
            group,
            pointer,
        } in found
        {
            make(range.clone(), &mut out);
            let (parent, has) = (out.len() - 1, (person.is_some(), described.is_some()));
            let named_here = person.or_else(|| described.and_then(|d| context.described(&d, turn)));
            let (sentence, mut quoted_here) = (&text[range.clone()], None);
            let spans: Vec<Range<usize>> = reports.iter().map(|r| r.range.clone()).collect();
            let pointed_here = pointer.and_then(|rep| {
                let earlier = people.earlier(&before, &named_here);
                reported_speakers(&rep, sentence, t, turn, &context, earlier, &src.path)
            });
            for (rep, known) in with_continued(reports, sentence, &before) {
                let earlier = people.earlier(&before, &named_here);
                let Some(who) = known.or_else(|| {
                    reported_speakers(&rep, sentence, t, turn, &context, earlier, &src.path)
                }) else {
                    continue;
                };
                if reported::quotes_words(sentence, rep.range.clone()) {
                    quoted_here = Some(who.clone());
                }
                people.reported_now(&rep, &who);
                make(
                    range.start + rep.range.start..range.start + rep.range.end,
                    &mut out,
                );
                let parent_id = out[parent].id.clone();
                let c = out.last_mut().expect("just pushed");
                mark_reported(c, &rep, &who, t, parent_id, (sentence, &spans));
            }
            if named_here.is_some() {
                people.named.clone_from(&named_here);
            }
            before = Before {
                unnamed: next_unnamed(
                    &text[range.clone()],
                    (has.0, has.1, named_here.is_some()),
                    indefinite,
                    before.unnamed,
                ),
                named: named_here,
                quoted: quoted_here,
                pointed: pointed_here,
            };
            people.next_sentence(group);
        }
    }
    (out, context.into_lookups())
}

/// What the sentences before leave the next one of their paragraph.
#[derive(Default)]
struct Before {
    /// The last person the sentence before names: "He said openly … that …".
    named: Option<String>,
    /// Someone no name fits, from the sentences before ([`next_unnamed`]).
    unnamed: Option<Option<(String, bool)>>,
    /// Whom the sentence before quoted in quotation marks.
    quoted: Option<Vec<String>>,
    /// Whom it said spoke on the matter ([`reported::points_ahead`]).
    pointed: Option<Vec<String>>,
}

/// The reports of `sentence`, each with `None` for whom it quotes (found
/// from the document's context); or, when it has none and the sentence
/// before quoted someone in quotation marks, its own quotations as
/// theirs ([`reported::continued_quotations`]); or, when the sentence
/// before pointed to what someone said on the matter, the sentence as
/// their words ([`reported::pointed_content`]).
fn with_continued(
    reports: Vec<reported::Report>,
    sentence: &str,
    before: &Before,
) -> Vec<(reported::Report, Option<Vec<String>>)> {
    if !reports.is_empty() {
        return reports.into_iter().map(|r| (r, None)).collect();
    }
    if let Some(who) = &before.quoted {
        return reported::continued_quotations(sentence)
            .into_iter()
            .map(|r| (r, Some(who.clone())))
            .collect();
    }
    match &before.pointed {
        Some(who) => reported::pointed_content(sentence)
            .map(|r| (r, Some(who.clone())))
            .into_iter()
            .collect(),
        None => Vec::new(),
    }
}

/// The people of the turns so far whom a pronoun may mean.
#[derive(Default)]
struct TurnPeople {
    /// The last person reported in the turn.
    reported: Option<String>,
    /// How many sentences ago `reported` was reported (0: in this one).
    reported_ago: usize,
    /// The last person named in the turn, for "he"/"she" if none nearer.
    named: Option<String>,
    /// The last person reported or named in the turn before (never an
    /// organisation): whom "Q  He also said …" opening a turn means.
    turn_before: Option<String>,
    /// The organisation or country the last sentences opened with, and how
    /// many sentences ago: whom "they said" may mean.
    group: Option<(String, usize)>,
    /// How many turns naming no one `turn_before` has been kept through.
    carried: usize,
    /// The turn the sentences are read in.
    turn: Option<usize>,
}

/// Most turns naming no one through which the person of the turn before
/// them is kept ("General VanHerck has already spoken to this …" / "Q
/// About the territorial waters." / "And he talked about …").
const TURNS_CARRIED: usize = 3;

impl TurnPeople {
    /// Whom a pronoun in a report may mean ([`Earlier`]), given the person
    /// named in the sentence before and in this one, and the unnamed person
    /// the sentences before introduced.
    fn earlier<'a>(&'a self, before: &'a Before, named_here: &'a Option<String>) -> Earlier<'a> {
        let (named_before, unnamed_before) = (&before.named, &before.unnamed);
        Earlier {
            // The person reported in this sentence or the one before comes
            // first ("Correspondent Galina Polonskaya, who was on the plane
            // with Alexey Navalny, said that … She added that …"); one
            // reported further back, after the person the sentence before
            // names ("… what Secretary Becerra said. … the President is going
            // to put forth his budget … And he mentioned this …").
            people: match unnamed_before {
                Some(_) => [&None; 3],
                None if self.reported_ago <= 1 => earlier_people(
                    [&self.reported, named_before, &self.named],
                    [named_here, &self.turn_before],
                ),
                None => earlier_people(
                    [named_before, &self.reported, &self.named],
                    [named_here, &self.turn_before],
                ),
            },
            unnamed: unnamed_before.as_ref().and_then(Option::as_ref),
            group: self
                .group
                .as_ref()
                .filter(|(_, ago)| *ago <= GROUP_SENTENCES)
                .map(|(g, _)| g),
        }
    }

    /// The sentence reports `who` (the first of them is whom a later
    /// pronoun may mean), unless `rep` is a question put in the passive,
    /// which names no one a pronoun could mean.
    fn reported_now(&mut self, rep: &reported::Report, who: &[String]) {
        if rep.refers == reported::Refers::Questioner {
            return;
        }
        self.reported = who.first().cloned();
        self.reported_ago = 0;
    }

    /// A sentence ends that opened with `group` (or with none).
    fn next_sentence(&mut self, group: Option<String>) {
        self.reported_ago += 1;
        self.group = match (group, self.group.take()) {
            (Some(g), _) => Some((g, 1)),
            (None, Some((g, ago))) => Some((g, ago + 1)),
            (None, None) => None,
        };
    }

    /// The sentences read next are of `turn`: a new turn when it differs
    /// from the last one's ([`TurnPeople::new_turn`]).
    fn enter(&mut self, turn: usize) {
        if self.turn != Some(turn) {
            self.turn = Some(turn);
            self.new_turn();
        }
    }

    /// A new turn starts: the turn's people become the turn before's (an
    /// organisation it named last leaves no one). A turn that names no one
    /// ("Q  Yeah.") keeps the person of the turns before it, for at most
    /// [`TURNS_CARRIED`] turns.
    fn new_turn(&mut self) {
        let here = self.reported.take().or(self.named.take());
        if here.is_some() {
            self.turn_before = here.filter(|p| !is_group(p));
            self.carried = 0;
        } else if self.carried < TURNS_CARRIED {
            self.carried += 1;
        } else {
            self.turn_before = None;
        }
        self.group = None;
    }
}

/// Whom a pronoun may mean, nearest first: the last person reported, the
/// one named in the sentence before, the last one named in the turn
/// (`in_turn`); when the turn has none of them yet ("Q  He also said …"),
/// the person the sentence itself names, then the one the turn before
/// reported or named last (`fallback`).
fn earlier_people<'a>(
    in_turn: [&'a Option<String>; 3],
    fallback: [&'a Option<String>; 2],
) -> [&'a Option<String>; 3] {
    if in_turn.iter().all(|p| p.is_none()) {
        [fallback[0], fallback[1], &None]
    } else {
        in_turn
    }
}

/// The unnamed person or group a pronoun in the sentence after `s` may
/// mean (`Some(None)`: the sentence introduced someone no phrase names, so
/// no older name fits either), from what `s` names: (a person, a
/// description, anyone the description resolves to), the unnamed source
/// it introduces, and what the sentence before left (`before`).
fn next_unnamed(
    s: &str,
    (person, described, named): (bool, bool, bool),
    indefinite: Option<(String, bool)>,
    before: Option<Option<(String, bool)>>,
) -> Option<Option<(String, bool)>> {
    // "I talked to a guy who has a very small business. He's in the
    // electronics business … He has four employees. He said …": a sentence
    // about "he" or "she" that names no one keeps the unnamed person.
    if !person && !described && indefinite.is_none() && opens_with_pronoun_of(s, &before) {
        return before;
    }
    let unnamed_here = !person && (described || indefinite.is_some());
    (unnamed_here && !named).then_some(indefinite)
}

/// Whether sentence `s` opens with "he" or "she" ("He's in the
/// electronics business") and that pronoun fits the one unnamed person
/// the sentence before introduced (not a group).
fn opens_with_pronoun_of(s: &str, unnamed: &Option<Option<(String, bool)>>) -> bool {
    let Some(Some((phrase, false))) = unnamed else {
        return false;
    };
    let first = s.split_whitespace().next().unwrap_or("").to_lowercase();
    let word = first.split(['\'', '’']).next().unwrap_or("");
    matches!(word, "he" | "she") && reported::pronoun_fits(phrase, word)
}

/// Makes claim `c`, made as its turn's speaker's, the words of `who` that
/// the turn's speaker (or an unnamed questioner) reports in claim
/// `parent_id`, whose text is `sentence` and whose reports span `spans`.
fn mark_reported(
    c: &mut Claim,
    rep: &reported::Report,
    who: &[String],
    t: &crate::model::Turn,
    parent_id: String,
    (sentence, spans): (&str, &[Range<usize>]),
) {
    (c.report_form, c.attribution) = reported::form_and_attribution(sentence, rep, spans);
    c.reported_by = c
        .speaker
        .take()
        .or_else(|| (t.role == Role::Question).then(|| reported::UNNAMED_QUESTIONER.to_string()));
    c.speaker = who.first().cloned();
    c.co_speakers = who[1..].to_vec();
    c.reported_kind = Some(rep.kind);
    c.reported_in = Some(parent_id);
}

/// Makes a document's claims with their provenance; ids count repeats of
/// the same text in the document.
struct ClaimMaker<'a> {
    doc_index: usize,
    src: &'a SourceDoc,
    seg: &'a Segmented,
    lines: LineIndex,
    seen: HashMap<&'a str, usize>,
}

impl<'a> ClaimMaker<'a> {
    fn new(doc_index: usize, src: &'a SourceDoc, seg: &'a Segmented) -> Self {
        ClaimMaker {
            doc_index,
            src,
            seg,
            lines: LineIndex::new(&src.text),
            seen: HashMap::new(),
        }
    }
}

/// The claim for `range` of the text, in paragraph `pi` of turn `turn`.
fn new_claim(m: &mut ClaimMaker<'_>, range: Range<usize>, turn: usize, pi: usize) -> Claim {
    let text = m.src.text.as_str();
    let claim_text = &text[range.clone()];
    let occurrence = m.seen.entry(claim_text).or_default();
    let id = claim_id(&m.src.path, claim_text, *occurrence);
    *occurrence += 1;
    let t = &m.seg.turns[turn];
    let p = &m.seg.paragraphs[pi];
    Claim {
        id,
        doc_index: m.doc_index,
        doc: m.src.path.clone(),
        line: m.lines.line(range.start),
        span: m.src.file_span(&range),
        text: claim_text.to_string(),
        range,
        speaker: t.speaker_as_written.clone(),
        role: t.role,
        section: p.section.map(|s| m.seg.sections[s].clone()),
        turn,
        paragraph: pi,
        label: t.label.clone(),
        ..Claim::default()
    }
}

/// Sentences in a paragraph from which they are read in parallel as well
/// (paragraphs are read in parallel in any case).
const PARALLEL_SENTENCES: usize = 256;

/// The sentences of every speech paragraph, with what their text alone
/// says (`None` for other paragraphs). This work is done in parallel,
/// paragraph by paragraph; the pass in [`extract_tracked`], which carries
/// state from sentence to sentence, stays serial, so the claims are the
/// same. The people and groups a sentence names only matter to a report
/// in its turn or the next ([`turns_with_reports_near`]); in other turns
/// they are not looked for (most turns report no one, and looking was
/// half of the extraction's time).
fn sentences_by_paragraph(text: &str, seg: &Segmented) -> Vec<Option<Vec<Sentence>>> {
    let mut found: Vec<Option<Vec<Sentence>>> = seg
        .paragraphs
        .par_iter()
        .map(|p| {
            (p.kind == ParaKind::Speech && p.turn.is_some()).then(|| {
                let mut body = p.body.clone();
                body.start += sentences::list_marker_len(&text[body.clone()]);
                let ranges = sentences::split(&text[body.clone()]);
                let of = |r: std::ops::Range<usize>| {
                    Sentence::of(text, body.start + r.start..body.start + r.end)
                };
                // (a paragraph of a whole transcript on one line: its
                // sentences in parallel too)
                if ranges.len() >= PARALLEL_SENTENCES {
                    ranges.into_par_iter().map(of).collect()
                } else {
                    ranges.into_iter().map(of).collect()
                }
            })
        })
        .collect();
    let near = turns_with_reports_near(seg, &found);
    found
        .par_iter_mut()
        .zip(&seg.paragraphs)
        .for_each(|(f, p)| {
            if let (Some(f), Some(t)) = (f, p.turn)
                && near[t]
            {
                if f.len() >= PARALLEL_SENTENCES {
                    f.par_iter_mut().for_each(|s| s.read_names(text));
                } else {
                    f.iter_mut().for_each(|s| s.read_names(text));
                }
            }
        });
    found
}

/// The turns whose sentences' names can decide whom a report means: the
/// turns with a report (or a sentence that points to one:
/// [`reported::points_ahead`]), and the [`TURNS_CARRIED`] + 1 turns before each
/// (whom "Q  He also said …" opening a turn means:
/// [`TurnPeople::new_turn`]). Turns are taken in the order
/// [`extract_tracked`] meets them.
fn turns_with_reports_near(seg: &Segmented, found: &[Option<Vec<Sentence>>]) -> Vec<bool> {
    let mut near = vec![false; seg.turns.len()];
    // the turns met so far, the last one last (at most TURNS_CARRIED + 2)
    let mut recent: Vec<usize> = Vec::new();
    for (p, f) in seg.paragraphs.iter().zip(found) {
        let (Some(f), Some(t)) = (f, p.turn) else {
            continue;
        };
        if recent.last() != Some(&t) {
            if recent.len() > TURNS_CARRIED + 1 {
                recent.remove(0);
            }
            recent.push(t);
        }
        if f.iter()
            .any(|s| !s.reports.is_empty() || s.pointer.is_some())
        {
            for &b in &recent {
                near[b] = true;
            }
        }
    }
    near
}

/// Whom a pronoun may mean, from the sentences before a report: the last
/// person reported, the one named in the sentence before, the last one
/// named in the turn; or the unnamed person the sentence before introduced
/// (then the people are none).
#[derive(Clone, Copy)]
struct Earlier<'a> {
    people: [&'a Option<String>; 3],
    unnamed: Option<&'a (String, bool)>,
    /// The organisation or country a recent sentence opened with.
    group: Option<&'a String>,
}

/// How many sentences back an organisation or country may be what "they"
/// means ("Iran is a state sponsor of terrorism. And for them to … And
/// they have said that …").
const GROUP_SENTENCES: usize = 2;

/// Whether `name` is an organisation or a country ("CBS News", "China"),
/// which "he" or "she" cannot mean.
fn is_group(name: &str) -> bool {
    use crate::text::gazetteer::{EntityKind, Gazetteer};
    speakers::organisation(name).is_some()
        || Gazetteer::builtin()
            .lookup(name)
            .is_some_and(|e| e.kind != EntityKind::Person)
}

/// Who a report in `sentence` (turn `turn`, by `t`'s speaker) quotes, or
/// `None` when no one can be named. `earlier` are the people a pronoun may
/// mean when none is named before it in the sentence: the last one
/// reported, the one named in the sentence before, the last one named in
/// the turn.
fn reported_speakers(
    rep: &reported::Report,
    sentence: &str,
    t: &crate::model::Turn,
    turn: usize,
    context: &reported::DocContext<'_>,
    earlier: Earlier<'_>,
    doc: &str,
) -> Option<Vec<String>> {
    let Earlier {
        unnamed: unnamed_before,
        group,
        ..
    } = earlier;
    let unnamed = |phrase: &str| Some(vec![speakers::unnamed(phrase, doc)]);
    match &rep.refers {
        reported::Refers::Named => Some(rep.who.clone()),
        reported::Refers::Unnamed => unnamed(&rep.who[0]),
        // "I met a couple in Appleton, Wisconsin, and they said": the group.
        reported::Refers::Plural => {
            let before =
                &sentence[reported::antecedent_start(sentence, rep.range.start)..rep.range.start];
            let people = reported::indefinite_in(before).or_else(|| unnamed_before.cloned());
            // "a letter …": a document, whose issuer "they" may be.
            let thing =
                |p: &str| !reported::pronoun_fits(p, "he") && !reported::pronoun_fits(p, "she");
            match people {
                Some((p, true)) => unnamed(&p),
                // "a woman … they said": no one.
                Some((p, false)) if !thing(&p) => None,
                // "After that incident, the AFL-CIO sent … a letter. They
                // say that …": the organisation or country.
                _ => reported::subject_group(before)
                    .or_else(|| group.cloned())
                    .map(|g| vec![g]),
            }
        }
        reported::Refers::Pronoun => {
            pronoun_speaker(rep, sentence, t, turn, context, &earlier, doc)
        }
        reported::Refers::Addressee => context.addressee(turn, sentence).map(|p| vec![p]),
        reported::Refers::Questioner => context
            .addressee(turn, sentence)
            .filter(|p| p == reported::UNNAMED_QUESTIONER)
            .map(|p| vec![p]),
        reported::Refers::Speaker => t.speaker_as_written.clone().map(|p| vec![p]),
        // "the Republican leader" whom the document names no one for: an
        // unnamed source, as described.
        reported::Refers::Described(d) => context
            .described(d.as_str(), turn)
            .or_else(|| {
                reported::described_as_written(sentence, rep.range.start, d)
                    .map(|w| speakers::unnamed(&w, doc))
            })
            .map(|p| vec![p]),
    }
}

/// Whom "he"/"she" in a report means ([`reported_speakers`]).
fn pronoun_speaker(
    rep: &reported::Report,
    sentence: &str,
    t: &crate::model::Turn,
    turn: usize,
    context: &reported::DocContext<'_>,
    earlier: &Earlier<'_>,
    doc: &str,
) -> Option<Vec<String>> {
    let unnamed = |phrase: &str| Some(vec![speakers::unnamed(phrase, doc)]);
    let unnamed_before = earlier.unnamed;
    let earlier = earlier.people;
    // "Governor Romney not only opposed it, he suggested that …": a
    // person named before the pronoun in the sentence, else an
    // earlier one; never the speaker ("he" is not "I").
    let at = reported::report_pronoun_at(sentence, rep.range.clone());
    let before = &sentence[reported::antecedent_start(sentence, at)..at];
    // "when the president ran for office, he said": a person
    // described before the pronoun.
    let here = reported::last_person(before)
        .or_else(|| reported::last_described(before).and_then(|d| context.described(&d, turn)));
    // ("he's often talked": the pronoun without its contraction)
    let pronoun: String = sentence[at..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    // "a woman grabbed my arm and she said": the unnamed woman.
    if here.is_none() {
        // "someone who had just graduated": no one to name.
        let fits = |(p, group): &(String, bool)| {
            !group && !p.starts_with("some") && reported::pronoun_fits(p, &pronoun)
        };
        if let Some(found) = reported::indefinite_in(before) {
            return fits(&found).then(|| unnamed(&found.0)).flatten();
        }
        if let Some(found) = unnamed_before {
            return fits(found).then(|| unnamed(&found.0)).flatten();
        }
        // "after a certain previous occupant of this White House,
        // whose name will be nameless, … he said": someone the
        // sentence leaves unnamed, not a person named before it.
        if reported::leaves_unnamed(before) {
            return None;
        }
    }
    let own = t.speaker_as_written.as_deref();
    // "she" is no one whose name shows a man ("W Mitt Romney", or
    // "Governor Romney" whose speaker label does), "he" no one whose name
    // shows a woman.
    let excluded = match pronoun.as_str() {
        "she" => Some(Gender::Male),
        "he" => Some(Gender::Female),
        _ => None,
    };
    std::iter::once(&here)
        .chain(earlier)
        .flatten()
        .find(|p| {
            own.is_none_or(|o| !speakers::same_written(o, p))
                // "he"/"she" is no organisation or country
                && !(excluded.is_some() && is_group(p))
                && (excluded.is_none()
                    || gender_of(p).or_else(|| context.speaker_ending_as(p).and_then(gender_of))
                        != excluded)
        })
        .map(|p| vec![p.clone()])
}

/// A sentence of a speech paragraph and what its text alone says: the
/// reported speech in it, the last person it names, else the last person
/// it describes ("the President").
struct Sentence {
    range: Range<usize>,
    reports: Vec<reported::Report>,
    person: Option<String>,
    described: Option<String>,
    /// The unnamed person it introduces ("a woman grabbed my arm"), and
    /// whether they are a group.
    indefinite: Option<(String, bool)>,
    /// The organisation or country it opens with ([`reported::subject_group`]).
    group: Option<String>,
    /// When it reports nothing, whom it says spoke on the matter, so that
    /// the next sentence is theirs ([`reported::points_ahead`]).
    pointer: Option<reported::Report>,
}

impl Sentence {
    /// The sentence and the reports in it; the people it names are read by
    /// [`Sentence::read_names`] where they can matter.
    fn of(text: &str, range: Range<usize>) -> Self {
        let reports = reported::find(&text[range.clone()]);
        Sentence {
            pointer: reports
                .is_empty()
                .then(|| reported::points_ahead(&text[range.clone()]))
                .flatten(),
            reports,
            range,
            person: None,
            described: None,
            indefinite: None,
            group: None,
        }
    }

    /// The last person the sentence names, else the last it describes;
    /// the unnamed person it introduces; the group it opens with.
    fn read_names(&mut self, text: &str) {
        let s = &text[self.range.clone()];
        self.person = reported::last_person(s);
        if self.person.is_none() {
            self.described = reported::last_described(s);
        }
        // "Is it fair for somebody like you …?": a question introduces no
        // one whom the next sentence's "he" could mean.
        self.indefinite = if s.trim_end().ends_with('?') {
            None
        } else {
            reported::indefinite_in(s)
        };
        self.group = reported::subject_group(s)
            .or_else(|| reported::topic_group(s))
            .or_else(|| reported::predicate_group(s));
    }
}

/// The speaker phrases a document's claims and turns use, for
/// [`speakers::Resolver`], with the full name the document gives a speaker
/// labelled by surname only ("MS. JEAN-PIERRE:" in a briefing that names
/// Karine Jean-Pierre).
pub fn doc_names(src: &SourceDoc, seg: &Segmented, claims: &[Claim]) -> speakers::DocNames {
    let mut mentions: Vec<String> = seg
        .turns
        .iter()
        .filter_map(|t| t.speaker_as_written.clone())
        .collect();
    let labels = mentions.len();
    mentions.extend(speakers::full_names_of_labels(&src.text, &mentions));
    mentions.extend(speakers::role_holders_of_labels(&src.text, seg));
    for c in claims.iter().filter(|c| c.is_reported()) {
        mentions.extend(c.speaker.iter().cloned());
        mentions.extend(c.reported_by.iter().cloned());
        mentions.extend(c.co_speakers.iter().cloned());
    }
    if let Some(date) = seg.meta.date {
        let held = office_holders_named(&mentions, date);
        mentions.extend(held);
    }
    speakers::DocNames {
        principal: seg.meta.principal.clone(),
        mentions,
        labels,
        path: src.path.clone(),
    }
}

/// For each surname alone among `mentions` ("MS. JEAN-PIERRE:", "Austin
/// said") that no mention gives a full name for, the one holder of an
/// office on `date` who bears it ("Karine Jean-Pierre", "Lloyd Austin" in
/// February 2023; `text::offices`).
fn office_holders_named(mentions: &[String], date: chrono::NaiveDate) -> Vec<String> {
    // Each distinct mention once (a big document repeats its speakers
    // thousands of times): the surnames alone, and the surnames that some
    // full name ends with.
    let distinct: std::collections::BTreeSet<&str> = mentions.iter().map(String::as_str).collect();
    let mut alone = std::collections::BTreeSet::new();
    let mut written_in_full = std::collections::HashSet::new();
    for p in distinct
        .into_iter()
        .filter_map(crate::text::names::split_titles)
    {
        match p.name.rsplit_once(' ') {
            Some((_, last)) => {
                written_in_full.insert(last.to_string());
            }
            None if !p.name.is_empty() => {
                alone.insert(p.name);
            }
            None => {}
        }
    }
    alone
        .into_iter()
        .filter(|n| !written_in_full.contains(n))
        .filter_map(|n| crate::text::offices::holder_with_surname(&n, date))
        .map(str::to_string)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Replaces the written speaker names of a document's claims with canonical
/// ones.
pub fn resolve_speakers(doc_index: usize, claims: &mut [Claim], resolver: &speakers::Resolver) {
    let canon = |w: &Option<String>| w.as_deref().and_then(|w| resolver.canonical(doc_index, w));
    for c in claims {
        c.speaker = canon(&c.speaker);
        c.reported_by = canon(&c.reported_by);
        c.co_speakers = c
            .co_speakers
            .iter()
            .filter_map(|w| resolver.canonical(doc_index, w))
            .collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment;

    #[test]
    fn numbered_items_and_provenance() {
        let text = "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, January 28, 2021\r\nHere are just a few examples:\r\n1. In January 2020, an employee of the TASS press centre was detained in Milan Airport by border guards. The Financial Guard interrogated him.\r\n2. In February 2020, Sputnik Turkey employees were detained.\r\n";
        let src = SourceDoc::from_text("b.txt", text);
        let seg = segment::segment(&src);
        let claims = extract(0, &src, &seg);
        let got: Vec<(usize, &str)> = claims.iter().map(|c| (c.line, c.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (2, "Here are just a few examples:"),
                (
                    3,
                    "In January 2020, an employee of the TASS press centre was detained in Milan Airport by border guards."
                ),
                (3, "The Financial Guard interrogated him."),
                (
                    4,
                    "In February 2020, Sputnik Turkey employees were detained."
                ),
            ]
        );
        for c in &claims {
            assert_eq!(&text[c.span[0]..c.span[1]], c.text);
            assert_eq!(
                c.speaker.as_deref(),
                Some("Foreign Ministry Spokeswoman Maria Zakharova"),
                "as written until resolved"
            );
            assert_eq!(c.role, Role::Statement);
        }
    }

    /// (reported words, who said them, who reports them) in `text`.
    fn reports(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let src = SourceDoc::from_text("2012-10-16_debate.txt", text);
        let seg = segment::segment(&src);
        extract(0, &src, &seg)
            .into_iter()
            .filter(|c| c.is_reported())
            .map(|c| (c.text, c.speaker, c.reported_by))
            .collect()
    }

    /// A person reported two sentences back gives way to the one the
    /// sentence before describes; reported in the sentence before, they
    /// come first (the 2023-02-17 briefing; the sample press conference).
    #[test]
    fn a_pronoun_means_the_nearest_person_reported_or_named() {
        let text = "Press Briefing by Press Secretary Karine Jean-Pierre\n\nFebruary 17, 2023\n\n\
            MS. JEAN-PIERRE:  Good afternoon, everybody.  President Biden is headed to Warsaw on Monday night.\n\n\
            Q    Thanks, Karine.  I know Becerra pushed back on that characterization.\n\n\
            MS. JEAN-PIERRE:  I mean, I’m not going to go beyond to what Secretary Becerra said.  What he said is basically what — where the President is.\n\n\
            I want to be very careful here because — and as you know, the President is going to put forth his budget on March 9th, and he’ll talk about what he thinks is fiscally responsible and put forth a budget that’s fiscally responsible.  And — and he mentioned this in the State of the Union.\n\n\
            Sergey Lavrov: Correspondent Galina Polonskaya, who was on the plane with Alexey Navalny, said that according to Charité doctors Navalny had been poisoned with a chemical warfare agent. She added that the Russian authorities repeatedly denied the allegation.\n";
        let src = SourceDoc::from_text("2023-02-17_briefing.txt", text);
        let seg = segment::segment(&src);
        let got: Vec<(String, Option<String>)> = extract(0, &src, &seg)
            .into_iter()
            .filter(|c| c.is_reported())
            .map(|c| (c.text, c.speaker))
            .collect();
        let own = |s: &str| Some(s.to_string());
        assert_eq!(
            got,
            [
                (
                    "basically what — where the President is.".to_string(),
                    own("Secretary Becerra")
                ),
                (
                    // (the speakers stage names him Joe Biden)
                    "— and he mentioned this in the State of the Union.".to_string(),
                    own("Biden")
                ),
                (
                    "according to Charité doctors Navalny had been poisoned with a chemical warfare agent.".to_string(),
                    own("Correspondent Galina Polonskaya")
                ),
                (
                    "the Russian authorities repeatedly denied the allegation.".to_string(),
                    own("Correspondent Galina Polonskaya")
                ),
            ]
        );
    }

    #[test]
    fn names_are_read_in_turns_near_a_report() {
        // A briefing: the first turn names Reznikov, but it is more than
        // TURNS_CARRIED + 1 turns before the report, so its names are not
        // read. The fifth names Secretary Austin, and "He" in the turn
        // after is Austin.
        let text = "Q    Minister Reznikov spoke in Brussels today.\n\n\
            MS. JEAN-PIERRE:  Thank you for the question.\n\n\
            Q    Okay.\n\n\
            MS. JEAN-PIERRE:  Sure.\n\n\
            Q    Secretary Austin was there as well.\n\n\
            MS. JEAN-PIERRE:  He also said that the coalition would hold together.\n";
        let src = SourceDoc::from_text("2023-02-14_briefing.txt", text);
        let seg = segment::segment(&src);
        let found = sentences_by_paragraph(text, &seg);
        let near = turns_with_reports_near(&seg, &found);
        assert_eq!(near, [false, true, true, true, true, true]);
        let named: Vec<Option<&str>> = found
            .iter()
            .flatten()
            .flatten()
            .map(|s| s.person.as_deref())
            .collect();
        // the first turn is not read: too far from the report
        assert_eq!(
            named,
            [None, None, None, None, Some("Secretary Austin"), None]
        );
        let who: Vec<(String, Option<String>)> = extract(0, &src, &seg)
            .into_iter()
            .filter(|c| c.is_reported())
            .map(|c| (c.text, c.speaker))
            .collect();
        assert_eq!(
            who,
            [(
                "the coalition would hold together.".to_string(),
                Some("Secretary Austin".to_string())
            )]
        );
    }

    #[test]
    fn he_is_the_person_of_the_turns_before_that_name_no_one() {
        // The briefing of 17 February 2023: VanHerck is named, then three
        // turns name no one, then "he talked about" is VanHerck's.
        let text = "MR. KIRBY:  General VanHerck has already spoken to this.\n\n\
            Q    But wasn’t he speaking to something else?\n\n\
            MR. KIRBY:  No, he was speaking to it.\n\n\
            Q    About the territorial waters.\n\n\
            MR. KIRBY:  And he talked about no hostile intent, no hostile threat.\n";
        assert_eq!(
            reports(text)
                .into_iter()
                .map(|(t, who, _)| (t, who))
                .collect::<Vec<_>>(),
            [(
                "no hostile intent, no hostile threat.".to_string(),
                Some("General VanHerck".to_string())
            )]
        );
        // after more turns that name no one, "he" is no one
        let far = text.replace(
            "Q    About the territorial waters.\n\n",
            "Q    About the territorial waters.\n\nMR. KIRBY:  Right.\n\nQ    Okay.\n\n",
        );
        assert_eq!(reports(&far), []);
    }

    #[test]
    fn he_is_no_country_and_he_s_is_he() {
        // The third 2012 presidential debate: Iran is reported just before;
        // "he's" after "Governor Romney" is Romney, and "he" never Iran.
        let text = "Barack H Obama: Iran is a state sponsor of terrorism. And they have said \
            that they want to see Israel wiped off the map. The disagreement I have with \
            Governor Romney is that, during the course of this campaign, he's often talked \
            as if we should take premature military action.\n";
        assert_eq!(
            reports(text)
                .into_iter()
                .map(|(t, who, _)| (t, who))
                .collect::<Vec<_>>(),
            [
                (
                    "they want to see Israel wiped off the map.".to_string(),
                    Some("Iran".to_string())
                ),
                (
                    "we should take premature military action.".to_string(),
                    Some("Governor Romney".to_string())
                ),
            ]
        );
        let alone = "Barack H Obama: Iran is a state sponsor of terrorism. And they have said \
            that they want to see Israel wiped off the map. And he said that we should wait.\n";
        assert_eq!(reports(alone).len(), 1, "{:?}", reports(alone));
    }

    #[test]
    fn a_question_introduces_no_one_for_he() {
        // The second 2012 presidential debate: "somebody" in the question
        // is no one "he" could mean; he is Romney, named before it.
        let text = "Barack H Obama: Now, Governor Romney has a different philosophy. He was on \
            60 Minutes just two weeks ago and he was asked: Is it fair for somebody like you, \
            making $20 million a year, to pay a lower tax rate than a nurse or a bus driver, \
            somebody making $50,000 year? And he said, \"Yes, I think that's fair.\"\n";
        assert_eq!(
            reports(text)
                .into_iter()
                .map(|(t, who, _)| (t, who))
                .collect::<Vec<_>>(),
            [(
                "Yes, I think that's fair.".to_string(),
                Some("Governor Romney".to_string())
            )]
        );
    }

    #[test]
    fn whom_pronouns_and_you_mean_in_a_debate() {
        let own = |s: &str| Some(s.to_string());
        // Excerpts of the second 2012 presidential debate.
        let text = "Candy Crowley: Governor Romney, do you want to respond?\n\n\
            W Mitt Romney: I'm glad to.\n\n\
            Barack H Obama: I believe in self-reliance.\n\n\
            Candy Crowley: Let me get the governor in here, Mr. President.\n\n\
            W Mitt Romney: Four years ago you said in your first year you would file legislation. \
            My chief of staff, for instance, had two kids that were still in school. \
            She said, \"I can't be here until 7 or 8 o'clock at night.\"\n\n\
            Barack H Obama: Governor Romney not only opposed it, he suggested that in fact \
            employers should be able to make the decision. In Dayton a woman grabbed my arm \
            and she said, \"I've been out of work since May.\"\n";
        assert_eq!(
            reports(text),
            [
                // "you": the other candidate, not the moderator who spoke last
                (
                    "you would file legislation.".to_string(),
                    own("Barack H Obama"),
                    own("W Mitt Romney")
                ),
                // "she" after "My chief of staff": no one named; "he" after
                // "Governor Romney" in the same sentence
                (
                    "in fact employers should be able to make the decision.".to_string(),
                    own("Governor Romney"),
                    own("Barack H Obama")
                ),
                // "she" after "a woman": the unnamed woman, of this document
                (
                    "I've been out of work since May.".to_string(),
                    own("a woman (unnamed, 2012-10-16_debate.txt)"),
                    own("Barack H Obama")
                ),
            ]
        );
    }

    /// A "he" that opens a turn means the person the turn before reported
    /// or named last, never an organisation it named (the first 2012
    /// debate; a briefing of February 2023).
    #[test]
    fn a_pronoun_opening_a_turn_means_the_person_before() {
        let own = |s: &str| Some(s.to_string());
        let text = "Jim Lehrer: Do you challenge what Governor Romney just said about his own plan?\n\n\
            Barack H Obama: Well, for 18 months he's been running on this tax plan. \
            And now, five weeks before the election, he's saying that his big, bold idea is, \"Never mind.\"\n\n\
            Candy Crowley: This morning, CBS News reported that service members have tried \
            to get their discharges upgraded.\n\n\
            Barack H Obama: He said that they have tried for months.\n";
        assert_eq!(
            reports(text),
            [
                (
                    "his big, bold idea is, \"Never mind.\"".to_string(),
                    own("Governor Romney"),
                    own("Barack H Obama")
                ),
                (
                    "service members have tried to get their discharges upgraded.".to_string(),
                    own("CBS News"),
                    own("Candy Crowley")
                ),
            ]
        );
    }

    /// "They" after a sentence that opens with a country means the
    /// country; after "a woman", no one; "the French and even Swedes",
    /// the subject of a sentence of their own, are not "they" a sentence
    /// later either (the third 2012 debate, the sample press conference).
    /// Their own report is France's and Sweden's (the first of its
    /// speakers shown).
    #[test]
    fn they_may_mean_a_country_named_just_before() {
        let own = |s: &str| Some(s.to_string());
        let text = "Barack H Obama: Iran is a state sponsor of terrorism. And for them to be able             to provide nuclear technology to non-state actors, that's unacceptable. And they have             said that they want to see Israel wiped off the map.

            Sergey Lavrov: The French and even Swedes have reaffirmed that it was a Novichok-class             agent. First they told us that it was a multilateral matter.
";
        assert_eq!(
            reports(text),
            [
                (
                    "they want to see Israel wiped off the map.".to_string(),
                    own("Iran"),
                    own("Barack H Obama")
                ),
                (
                    "it was a Novichok-class             agent.".to_string(),
                    own("France"),
                    own("Sergey Lavrov")
                ),
                // "First they told us …": not the French
            ]
        );
    }

    #[test]
    fn ids_are_stable_and_distinguish_repeats() {
        let a = claim_id("d.txt", "Thank you.", 0);
        assert_eq!(a, claim_id("d.txt", "Thank you.", 0));
        assert_ne!(a, claim_id("d.txt", "Thank you.", 1));
        assert_ne!(a, claim_id("e.txt", "Thank you.", 0));
        assert_eq!(a.len(), 18);
    }

    #[test]
    fn line_index() {
        let li = LineIndex::new("ab\ncd\r\n\nef");
        assert_eq!(li.line(0), 1);
        assert_eq!(li.line(3), 2);
        assert_eq!(li.line(8), 4);
    }
}
