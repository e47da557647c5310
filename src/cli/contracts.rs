//! `vmdiff contracts`: real contracts, every exported method through the matrix.

use super::MatrixArgs;
use anyhow::{bail, Context, Result};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vmdiff::stats::Stats;

/// Real contracts: every .wasm in DIR prepared, compiled and each exported method called
/// through the matrix, with JSON arguments derived from the contract and after its
/// initialisation (unless --input); per contract and in total `succeeded S of N calls` and
/// how the others ended; exit 1 on any unknown divergence.
#[derive(Args)]
pub struct ContractsCommand {
    dir: PathBuf,
    /// Input bytes given to every method instead of derived arguments (`/dev/null`: the
    /// empty input).
    #[arg(long)]
    input: Option<PathBuf>,
    #[arg(long, default_value_t = 100_000_000)]
    gas: u64,
    /// Also write the run's statistics (divergences by signature and the rest) to FILE.
    #[arg(long)]
    stats: Option<PathBuf>,
    #[command(flatten)]
    matrix: MatrixArgs,
}

impl ContractsCommand {
    pub fn execute(self) -> Result<ExitCode> {
        let ContractsCommand {
            dir,
            input,
            gas,
            stats,
            matrix,
        } = self;
        cmd_contracts(&dir, input.as_deref(), gas, stats.as_deref(), &matrix)
    }
}

fn cmd_contracts(
    dir: &Path,
    input: Option<&Path>,
    gas: u64,
    stats_file: Option<&Path>,
    m: &MatrixArgs,
) -> Result<ExitCode> {
    let matrix = m.matrix()?;
    let files = vmdiff::contracts::list(dir)
        .with_context(|| format!("cannot read the directory {}", dir.display()))?;
    if files.is_empty() {
        bail!("{} holds no .wasm files", dir.display());
    }
    let input = match input {
        Some(path) => {
            Some(std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?)
        }
        None => None,
    };
    let mut stats = Stats::default();
    let mut failing = false;
    let mut reports = Vec::new();
    for file in &files {
        let report =
            vmdiff::contracts::run_contract(&matrix, file, input.as_deref(), gas, &mut stats);
        failing |= report.unknown_divergences() > 0
            || (m.strict && report.methods.iter().any(|x| x.known_divergences > 0));
        if !m.json {
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match &report.rejected {
                Some(why) => println!("{name:<60} {:>8} B  {why}", report.size),
                None => {
                    let agree = report
                        .methods
                        .iter()
                        .filter(|x| x.unknown_divergences == 0)
                        .count();
                    let gas: u64 = report.methods.iter().map(|x| x.gas).sum();
                    let known: usize = report.methods.iter().map(|x| x.known_divergences).sum();
                    println!(
                        "{name:<60} {:>8} B  accepted · {} methods · {agree} agree · {known} known divergences · gas {gas}",
                        report.size,
                        report.methods.len()
                    );
                    println!("    {}", vmdiff::contracts::endings(report.methods.iter()));
                    for method in report.methods.iter().filter(|x| x.unknown_divergences > 0) {
                        println!(
                            "    DIVERGENCE in {}: {} unknown",
                            method.name, method.unknown_divergences
                        );
                    }
                }
            }
        }
        reports.push(report);
    }
    if m.json {
        println!("{}", serde_json::to_string_pretty(&reports)?);
    } else {
        let accepted = reports.iter().filter(|r| r.rejected.is_none()).count();
        println!(
            "{} contracts: {accepted} accepted, {} rejected; {}",
            reports.len(),
            reports.len() - accepted,
            vmdiff::contracts::endings(reports.iter().flat_map(|r| &r.methods))
        );
        print!("{}", stats.summary());
    }
    if let Some(path) = stats_file {
        stats.write(path)?;
    }
    Ok(ExitCode::from(u8::from(failing)))
}
