//! The word lists of reported speech: speech verbs, the verbs of indirect
//! speech, adverbs after them, pronouns, clause starters, and capitalised
//! words that never start a name.

use crate::text::lexicon::words;

words!(pub(super) VERBS = "reported_verbs.txt");

words!(
    /// Verbs that introduce indirect speech with "that" or a clause.
    pub(super) INDIRECT_VERBS = "reported_indirect_verbs.txt"
);

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
