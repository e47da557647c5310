//! `vmdiff repro`: re-run one artefact.

use super::render::{exit_code, print_result};
use super::MatrixArgs;
use anyhow::Result;
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Re-run an artefact (a `crashes/…` directory or its `input`): exit 1 if it still diverges.
#[derive(Args)]
pub struct ReproCommand {
    path: PathBuf,
    #[arg(long)]
    strict: bool,
    #[arg(long)]
    json: bool,
}

impl ReproCommand {
    pub fn execute(self) -> Result<ExitCode> {
        let ReproCommand { path, strict, json } = self;
        cmd_repro(&path, strict, json)
    }
}

fn cmd_repro(path: &Path, strict: bool, json: bool) -> Result<ExitCode> {
    if let Some(report) = vmdiff::triage::compile_blowup_report(path) {
        let hits = vmdiff::triage::recheck_compile_blowup(path, &report)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        // The re-check parsed it already; budget and meter printed as the report writes them.
        let blowup = report
            .parse_blowup()
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        println!(
            "compile blowup {}: over its budget {} in {hits} of {} re-measurements ({})",
            report.signature.as_deref().unwrap_or(""),
            serde_json::Value::from(blowup.budget),
            vmdiff::triage::REPRODUCTIONS,
            serde_json::to_value(blowup.meter)?.as_str().unwrap_or("")
        );
        return Ok(ExitCode::from(u8::from(hits > 0)));
    }
    if let Some(report) = path
        .is_dir()
        .then(|| vmdiff::artefact::CrashReport::read(path))
        .flatten()
    {
        return repro_crash(path, &report);
    }
    let loaded =
        vmdiff::triage::load(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let args = MatrixArgs {
        backends: loaded.backends.clone(),
        schemes: loaded.schemes.clone(),
        engine_profile: None,
        strict,
        json,
    };
    let result = vmdiff::triage::rerun(&args.matrix()?, &loaded);
    print_result(&result, json);
    Ok(exit_code(&result, strict))
}

/// A crash artefact: the input run again, a panic caught; exit 1 when the same crash recurs.
fn repro_crash(path: &Path, report: &vmdiff::artefact::CrashReport) -> Result<ExitCode> {
    use vmdiff::case::{run_input_guarded, CaseOptions};
    let input = std::fs::read(path.join("input"))
        .map_err(|e| anyhow::anyhow!("{}: no readable `input`: {e}", path.display()))?;
    let args = MatrixArgs {
        backends: report.backends.as_deref().unwrap_or_default().join(","),
        schemes: report.schemes.as_deref().unwrap_or_default().join(","),
        engine_profile: None,
        strict: false,
        json: false,
    };
    let result = run_input_guarded(
        &args.matrix()?,
        &input,
        &CaseOptions::default(),
        &mut vmdiff::stats::Stats::default(),
    );
    let again = result
        .crashes()
        .iter()
        .any(|(kind, message)| vmdiff::crash::signature(*kind, message) == report.signature);
    println!(
        "{} {}: {}",
        report.signature,
        if again {
            "reproduces"
        } else {
            "no longer reproduces"
        },
        report.message
    );
    Ok(ExitCode::from(u8::from(again)))
}
