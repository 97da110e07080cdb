//! Corpus decoding, segmentation, extraction, annotation and matching on
//! arbitrary bytes; the body is `claimgraph::fuzz::run_bytes`, which
//! panics when an invariant of the outputs breaks.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    claimgraph::fuzz::run_bytes(data);
});
