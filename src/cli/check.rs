//! `vmdiff check`: N generated cases from a seed through the matrix.

use super::{GeneratorArgs, MatrixArgs};
use anyhow::Result;
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};
use vmdiff::artefact::ArtefactDir;
use vmdiff::case::CaseOptions;
use vmdiff::stats::Stats;

/// N generated cases from a seed through the matrix (deterministic for a given seed).
#[derive(Args)]
pub struct CheckCommand {
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[arg(long, default_value_t = 100)]
    cases: u64,
    /// Where findings are saved (`<dir>/check/<bucket>/…`).
    #[arg(long, default_value = "crashes")]
    crashes: PathBuf,
    /// Write the campaign statistics here (a directory; one file per process).
    #[arg(long)]
    stats: Option<PathBuf>,
    /// Generous gas limit of each call's first run.
    #[arg(long, default_value_t = 300_000)]
    gas: u64,
    #[command(flatten)]
    generator: GeneratorArgs,
    #[command(flatten)]
    matrix: MatrixArgs,
}

impl CheckCommand {
    pub fn execute(self) -> Result<ExitCode> {
        let CheckCommand {
            seed,
            cases,
            crashes,
            stats,
            gas,
            generator,
            matrix,
        } = self;
        cmd_check(
            seed,
            cases,
            &crashes,
            stats.as_deref(),
            gas,
            &generator,
            &matrix,
        )
    }
}

fn cmd_check(
    seed: u64,
    cases: u64,
    crashes: &Path,
    stats_dir: Option<&Path>,
    gas: u64,
    generator: &GeneratorArgs,
    m: &MatrixArgs,
) -> Result<ExitCode> {
    let matrix = m.matrix()?;
    let options = generator.apply(CaseOptions {
        full_gas: gas,
        ..CaseOptions::default()
    })?;
    let artefacts = ArtefactDir::new(crashes, "check");
    let start = Instant::now();
    let mut last_progress = Instant::now();
    let mut line = vmdiff::campaign::ProgressLine::stderr();
    let report = vmdiff::check::run(
        &matrix,
        seed,
        cases,
        &options,
        &artefacts,
        m.strict,
        |done, stats| {
            if last_progress.elapsed() > Duration::from_millis(500) || done == cases {
                last_progress = Instant::now();
                line.show(&progress(done, cases, stats, start.elapsed()));
            }
        },
    );
    line.finish();
    let stats = report.stats;
    if let Some(dir) = stats_dir {
        stats.write(&dir.join(format!("check-{seed}-{}.json", std::process::id())))?;
    }
    if m.json {
        println!("{}", serde_json::to_string_pretty(&stats)?);
    } else {
        print!("{}", stats.summary());
        for path in &report.saved {
            println!("saved {}", path.display());
        }
    }
    Ok(ExitCode::from(u8::from(report.failing)))
}

fn progress(done: u64, total: u64, stats: &Stats, elapsed: Duration) -> String {
    let width = 30;
    let filled = (done * width / total.max(1)) as usize;
    format!(
        "[{}{}] {done}/{total} cases · {:.1} cases/s · {} calls · divergences {} unknown / {} open / {} known · rejected {:.2}%",
        "#".repeat(filled),
        "-".repeat(width as usize - filled),
        done as f64 / elapsed.as_secs_f64().max(1e-9),
        stats.calls,
        stats.unknown_divergences,
        stats.open_findings.values().sum::<u64>(),
        stats.known_divergences.values().sum::<u64>(),
        100.0 * stats.rejected_rate()
    )
}
