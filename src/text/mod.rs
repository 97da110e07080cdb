//! Language resources shared by several stages: dates, person names and
//! titles, the gazetteer of places and organisations, and the loader of the
//! word lists in `data/lexicon/`.

pub mod dates;
pub mod gazetteer;
pub(crate) mod lexicon;
pub mod names;
