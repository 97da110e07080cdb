//! (in progress)

pub mod checkworthiness;
pub mod topics;
