//! `vmdiff triage`: reproduce, bucket and minimise every artefact under a directory.

use anyhow::{bail, Result};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vmdiff::matrix::Matrix;

/// Reproduce every artefact under DIR three times, bucket by signature, optionally
/// minimise each bucket, and write TRIAGE.md and triage.json. Never deletes an input.
#[derive(Args)]
pub struct TriageCommand {
    dir: PathBuf,
    #[arg(long)]
    minimize: bool,
    #[arg(long, default_value = "triage")]
    out: PathBuf,
}

impl TriageCommand {
    pub fn execute(self) -> Result<ExitCode> {
        let TriageCommand { dir, minimize, out } = self;
        cmd_triage(&dir, minimize, &out)
    }
}

fn cmd_triage(dir: &Path, minimize: bool, out: &Path) -> Result<ExitCode> {
    if !dir.is_dir() {
        bail!("{} is not a directory", dir.display());
    }
    let report = vmdiff::triage::triage(dir, minimize, out, &Matrix::from_names)?;
    print!("{}", report.markdown());
    println!(
        "written: {}/TRIAGE.md, {}/triage.json",
        out.display(),
        out.display()
    );
    Ok(ExitCode::from(u8::from(
        report.open_unknown() > 0 || !report.flaky.is_empty(),
    )))
}
