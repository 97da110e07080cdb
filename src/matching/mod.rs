//! Cross-document claim matching: quotes, repeats, paraphrases, related
//! claims. (Being implemented for issue 3 on the `matching` branch.)
//!
//! Planned entry point:
//! `pub fn find_matches(claims: &[Claim], doc_dates: &[Option<NaiveDate>], opts: &MatchOptions) -> Matches`
//! where `Matches { edges: Vec<MatchEdge>, source: Vec<usize> }`.
