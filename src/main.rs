//! The `claimgraph` command: parses arguments and hands them to the
//! subcommand's module in `src/cli/`, which calls the library.
//!
//! Exit codes: 0 success (also when some files were skipped with warnings;
//! for a query: results found), 1 a query found nothing, 2 when the run
//! cannot proceed (missing or empty corpus, unwritable output folder,
//! missing store, unknown speaker or topic) or the arguments are wrong.

mod cli;

use std::process::ExitCode;

use clap::Parser;

/// mimalloc instead of the system allocator: the pipeline allocates many
/// small strings and vectors per claim, and glibc's malloc and free were
/// about a tenth of a build's CPU time (perf, 1000 generated documents).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (`mimalloc.h`, v2 and v3; the sys
/// crate names no constant for it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> ExitCode {
    // Freed memory goes back to the system at once instead of after 10 ms:
    // the stages free large buffers (the shingle index, the content-word
    // features) just before the next ones allocate theirs, and with the
    // delay both counted in the peak. A 50 MB document peaked at 0.94–1.06
    // GB, now 0.81 GB, a few seconds slower; 1000 generated documents at
    // the same speed (`scripts/measure.py`; README, "Benchmark").
    // SAFETY: mi_option_set stores one option value; no memory is touched.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    match cli::Cli::parse().command.run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("claimgraph: error: {}", message(&e));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes, `: `-separated, each cause left out when the
/// message before already ends with it (the crate's errors print their
/// source: "cannot write X: No space left on device", not that twice).
fn message(e: &anyhow::Error) -> String {
    let mut msg = e.to_string();
    for cause in e.chain().skip(1) {
        let c = cause.to_string();
        if !msg.ends_with(&c) {
            msg.push_str(": ");
            msg.push_str(&c);
        }
    }
    msg
}
