//! Progress bars on stderr (indicatif) for `claimgraph build`, only when
//! stderr is a terminal.

use std::io::IsTerminal;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use claimgraph::progress::{Progress, Reporter};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// One bar at a time, replaced at each stage.
#[derive(Debug, Default)]
struct Bars(Mutex<Option<ProgressBar>>);

impl Bars {
    fn current(&self) -> Option<ProgressBar> {
        self.0.lock().ok().and_then(|b| b.clone())
    }
}

impl Progress for Bars {
    fn start(&self, stage: &'static str, total: u64) {
        let bar = if total == 0 {
            let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            b.enable_steady_tick(Duration::from_millis(120));
            b.set_style(
                ProgressStyle::with_template("claimgraph: {prefix:>8} {spinner} {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            b
        } else {
            let b = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
            b.set_style(
                ProgressStyle::with_template(
                    "claimgraph: {prefix:>8} [{bar:40}] {pos}/{len} {elapsed}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            b
        };
        bar.set_prefix(stage);
        if let Ok(mut cur) = self.0.lock()
            && let Some(old) = cur.replace(bar)
        {
            old.finish_and_clear();
        }
    }

    fn advance(&self, n: u64) {
        if let Some(b) = self.current() {
            b.inc(n);
        }
    }

    fn finish(&self) {
        if let Some(b) = self.0.lock().ok().and_then(|mut b| b.take()) {
            b.finish_and_clear();
        }
    }
}

/// Progress bars when stderr is a terminal and `quiet` is off; else none.
pub fn reporter(quiet: bool) -> Reporter {
    if quiet || !std::io::stderr().is_terminal() {
        return Reporter::default();
    }
    Reporter(Some(Arc::new(Bars::default())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quiet_means_no_bars() {
        assert!(reporter(true).0.is_none());
    }
}
