//! Language resources shared by several stages: dates, person names and
//! titles, the gazetteer of places and organisations, the loader of the
//! word lists in `data/lexicon/`, and words with their byte ranges.

pub mod dates;
pub mod gazetteer;
pub(crate) mod lexicon;
pub mod names;
pub(crate) mod words;
