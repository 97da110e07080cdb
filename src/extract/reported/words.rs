//! The word lists of reported speech: speech verbs, the verbs of indirect
//! speech, adverbs after them, pronouns, clause starters, and capitalised
//! words that never start a name.

use crate::text::lexicon::words;

words!(pub(super) VERBS = "reported_verbs.txt");

words!(pub(super) ADVERBS = "reported_adverbs.txt");

words!(pub(super) PRONOUNS = "reported_pronouns.txt");

words!(
    /// Words that may follow "said" and start the reported clause.
    pub(super) CLAUSE_STARTERS = "reported_clause_starters.txt"
);

words!(
    /// Capitalised words that start a sentence or clause but never a name.
    pub(super) NOT_NAME_STARTS = "reported_not_name_starts.txt"
);

words!(
    /// Determiners of a definite description of a person ("the President",
    /// "my opponent").
    pub(super) DESCRIPTION_DETERMINERS = "reported_description_determiners.txt"
);

words!(
    /// Nouns that describe a person by their part in the conversation, not
    /// a title ("my opponent", "my colleague").
    pub(super) DESCRIPTION_NOUNS = "reported_description_nouns.txt"
);

words!(
    /// Verbs of saying that introduce a reported clause anywhere in a
    /// sentence ("you said yesterday that …", "the President has made
    /// clear that …"), in every form that reports speech.
    pub(super) SPEECH_VERBS = "reported_speech_verbs.txt"
);

words!(
    /// Words before a subject that make the speech hypothetical or a
    /// question ("if he says", "did you say", "would you tell").
    pub(super) NOT_ASSERTED_BEFORE = "reported_not_asserted_before.txt"
);

words!(
    /// Words between a subject and its speech verb that make the speech
    /// future, hypothetical or negated ("will say", "would tell", "never
    /// said", "didn't say").
    pub(super) NOT_ASSERTED_BETWEEN = "reported_not_asserted_between.txt"
);

words!(
    /// Role words that only qualify a title ("the state", "the office"):
    /// a description ending in one is not a person.
    pub(super) TITLE_MODIFIERS = "reported_title_modifiers.txt"
);

words!(
    /// Nouns that make the name before them a thing's ("the Lilly
    /// Ledbetter bill").
    pub(super) NAMED_THINGS = "reported_named_things.txt"
);

words!(
    /// Head nouns of a document that speaks for its issuer ("the CBO report
    /// says", "a study by McKinsey and Company said").
    pub(super) ISSUED_DOCUMENTS = "reported_issued_documents.txt"
);

words!(
    /// Head nouns of an unnamed source ("a friend who said", "independent
    /// studies looking at this said"): the noun phrase names the speaker.
    pub(super) UNNAMED_SOURCES = "reported_unnamed_sources.txt"
);

words!(
    /// Finite forms of common lexical verbs that make the words before them
    /// a clause's subject after a verb of saying ("said insurance companies
    /// need to …").
    pub(super) FINITE_VERBS = "reported_finite_verbs.txt"
);

words!(
    /// Institutions that speak for a country after its demonym ("the
    /// Polish government said", "the Chinese side insisted").
    pub(super) STATE_BODIES = "reported_state_bodies.txt"
);

words!(
    /// Words between a demonym and a [`STATE_BODIES`] noun ("the Chinese
    /// foreign ministry").
    pub(super) STATE_BODY_QUALIFIERS = "reported_state_body_qualifiers.txt"
);

words!(
    /// Adjectives that pass a verdict: what "called" names its object when
    /// no noun phrase follows ("called these cuts devastating").
    pub(super) VERDICTS = "reported_verdicts.txt"
);
