//! Progress reports from a build, without any terminal concerns: the
//! library calls a [`Progress`] the caller supplies (the CLI draws
//! indicatif bars with it; tests and other callers pass none).

use std::fmt;
use std::sync::Arc;

/// Receives the progress of a build's long stages. Called from worker
/// threads, so it must be `Send + Sync`.
pub trait Progress: Send + Sync + fmt::Debug {
    /// A stage starts (`read`, `segment`, `extract`, `annotate`, `match`,
    /// `export`, `images`) with `total` items to do; `0` when the amount is
    /// unknown.
    fn start(&self, stage: &'static str, total: u64);
    /// `n` more items of the current stage are done.
    fn advance(&self, n: u64);
    /// The current stage is over.
    fn finish(&self);
}

/// An optional [`Progress`] that does nothing when absent.
#[derive(Debug, Clone, Default)]
pub struct Reporter(pub Option<Arc<dyn Progress>>);

impl Reporter {
    /// See [`Progress::start`].
    pub fn start(&self, stage: &'static str, total: usize) {
        if let Some(p) = &self.0 {
            p.start(stage, total as u64);
        }
    }

    /// One more item done.
    pub fn tick(&self) {
        if let Some(p) = &self.0 {
            p.advance(1);
        }
    }

    /// See [`Progress::finish`].
    pub fn finish(&self) {
        if let Some(p) = &self.0 {
            p.finish();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[derive(Debug, Default)]
    struct Log(Mutex<Vec<String>>);

    impl Progress for Log {
        fn start(&self, stage: &'static str, total: u64) {
            self.0
                .lock()
                .unwrap()
                .push(format!("start {stage} {total}"));
        }
        fn advance(&self, n: u64) {
            self.0.lock().unwrap().push(format!("advance {n}"));
        }
        fn finish(&self) {
            self.0.lock().unwrap().push("finish".into());
        }
    }

    #[test]
    fn reporter_forwards_calls_and_none_is_silent() {
        let log = Arc::new(Log::default());
        let r = Reporter(Some(log.clone()));
        r.start("segment", 3);
        r.tick();
        r.finish();
        Reporter::default().tick();
        assert_eq!(
            *log.0.lock().unwrap(),
            vec!["start segment 3", "advance 1", "finish"]
        );
    }
}
