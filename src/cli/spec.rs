//! `vmdiff spec`: the WebAssembly spec test suite through the matrix.

use super::MatrixArgs;
use anyhow::{bail, Context, Result};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The WebAssembly spec test suite: every .wast in DIR through the matrix, instrumented;
/// per-file passed / failed / skipped (with reasons); exit 1 on any failure.
#[derive(Args)]
pub struct SpecCommand {
    dir: PathBuf,
    /// Backends, comma-separated, or `all`.
    #[arg(long, default_value = "all")]
    backends: String,
    /// Schemes: the spec checks exact gas agreement, so the default leaves out `fuel`
    /// (whose Winch/Cranelift trap accounting is a known divergence).
    #[arg(long, default_value = "host,global")]
    schemes: String,
    #[arg(long)]
    json: bool,
    /// Print every failure and skip reason.
    #[arg(long)]
    verbose: bool,
}

impl SpecCommand {
    pub fn execute(self) -> Result<ExitCode> {
        let SpecCommand {
            dir,
            backends,
            schemes,
            json,
            verbose,
        } = self;
        cmd_spec(&dir, backends, schemes, json, verbose)
    }
}

fn cmd_spec(
    dir: &Path,
    backends: String,
    schemes: String,
    json: bool,
    verbose: bool,
) -> Result<ExitCode> {
    let matrix = MatrixArgs {
        backends,
        schemes,
        engine_profile: None,
        strict: false,
        json,
    }
    .matrix()?;
    let files = vmdiff::spec::list(dir)
        .with_context(|| format!("cannot read the directory {}", dir.display()))?;
    if files.is_empty() {
        bail!("{} holds no .wast files", dir.display());
    }
    let mut reports = Vec::new();
    let (mut passed, mut failed, mut skipped) = (0u64, 0usize, 0u64);
    let mut reasons: std::collections::BTreeMap<String, u64> = Default::default();
    for file in &files {
        let report = vmdiff::spec::run_file(&matrix, file);
        passed += report.passed;
        failed += report.failed.len();
        skipped += report.skipped_total();
        for (reason, n) in &report.skipped {
            *reasons.entry(reason.clone()).or_default() += n;
        }
        if !json {
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            println!(
                "{name:<32} passed {:>5}  failed {:>4}  skipped {:>5}",
                report.passed,
                report.failed.len(),
                report.skipped_total()
            );
            let shown = if verbose { usize::MAX } else { 5 };
            for failure in report.failed.iter().take(shown) {
                println!("    FAIL {failure}");
            }
            if verbose {
                for (reason, n) in &report.skipped {
                    println!("    skip {n:>5} {reason}");
                }
            }
        }
        reports.push(report);
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&reports)?);
    } else {
        println!("total: passed {passed}, failed {failed}, skipped {skipped}");
        println!("skipped by reason:");
        for (reason, n) in &reasons {
            println!("  {n:>6}  {reason}");
        }
    }
    Ok(ExitCode::from(u8::from(failed > 0)))
}
