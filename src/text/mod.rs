//! Language resources shared by several stages: dates, person names and
//! titles, the gazetteer of places and organisations.

pub mod dates;
pub mod gazetteer;
pub mod names;
