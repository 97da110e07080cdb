//! `claimgraph completions SHELL` and `claimgraph man`: shell completions
//! and a man page generated from the clap definitions, printed to stdout.

use std::io::Write;

use anyhow::Context;

use clap::CommandFactory;
use clap_complete::Shell;

use super::Cli;
use super::output::finish;

#[derive(clap::Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, elvish or powershell.
    shell: Shell,
}

/// Prints the completion script for the shell ("claimgraph completions
/// bash > /etc/bash_completion.d/claimgraph").
pub fn run(a: CompletionsArgs) -> anyhow::Result<bool> {
    let mut cmd = Cli::command();
    // into memory first: clap_complete panics on a failed write (`| head`)
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "claimgraph", &mut buf);
    let mut out = std::io::stdout().lock();
    finish(out.write_all(&buf).and_then(|()| out.flush()))?;
    Ok(true)
}

#[derive(clap::Args)]
pub struct ManArgs {
    /// Write one page per command (claimgraph.1, claimgraph-build.1, …)
    /// into this folder instead of printing the main page.
    #[arg(long, value_name = "DIR")]
    dir: Option<std::path::PathBuf>,
}

/// Prints the main man page in roff ("claimgraph man > claimgraph.1; man
/// ./claimgraph.1"), or writes a page per command into `--dir`.
pub fn run_man(a: ManArgs) -> anyhow::Result<bool> {
    let cmd = Cli::command();
    match a.dir {
        Some(dir) => {
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            clap_mangen::generate_to(cmd, &dir)
                .with_context(|| format!("cannot write the man pages to {}", dir.display()))?;
        }
        None => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(cmd).render(&mut buf)?;
            let mut out = std::io::stdout().lock();
            finish(out.write_all(&buf).and_then(|()| out.flush()))?;
        }
    }
    Ok(true)
}
