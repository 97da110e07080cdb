//! Language resources shared by several stages: dates, person names and
//! titles, the gazetteer of places and organisations, who held which office
//! when, the loader of the word lists in `data/lexicon/`, the table of
//! character classes (apostrophes, dashes, quotation marks) and the word
//! scanner with byte ranges that every stage's tokenizer builds on.

pub(crate) mod chars;
pub mod dates;
pub mod gazetteer;
pub(crate) mod lexicon;
pub mod names;
pub mod offices;
pub(crate) mod words;
