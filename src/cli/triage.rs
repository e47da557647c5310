//! `vmdiff triage`: reproduce, bucket and minimise every artefact under a directory.

use super::MatrixArgs;
use anyhow::{bail, Result};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

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
    let factory = |backends: &str, schemes: &str| {
        MatrixArgs {
            backends: backends.to_string(),
            schemes: schemes.to_string(),
            strict: false,
            json: false,
        }
        .build()
        .map_err(|e| e.to_string())
    };
    let report = vmdiff::triage::triage(dir, minimize, out, &factory)?;
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
