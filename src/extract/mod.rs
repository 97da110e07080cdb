//! (in progress)

pub mod topics;
