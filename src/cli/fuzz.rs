//! `vmdiff fuzz`: the built-in campaign, until the time is up or a signal stops it.

use super::{rescaled_to_this_machine, GeneratorArgs, MatrixArgs};
use anyhow::{Context, Result};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use vmdiff::campaign::{self, CampaignOptions};
use vmdiff::case::CaseOptions;
use vmdiff::compile_cost::{Bounds, Meter};

/// The built-in fuzzing campaign: generated and mutated inputs through the matrix, with a
/// live progress line; findings under --crashes, new inputs under --corpus, statistics
/// under --stats. Stops cleanly on Ctrl-C / SIGTERM.
#[derive(Args, Clone)]
pub struct FuzzCommand {
    #[arg(long, default_value_t = 60)]
    pub seconds: u64,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub jobs: Option<usize>,
    #[arg(long, default_value = "corpus/fuzz")]
    pub corpus: PathBuf,
    #[arg(long, default_value = "crashes")]
    pub crashes: PathBuf,
    #[arg(long, default_value = "stats")]
    pub stats: PathBuf,
    /// Seed of the input generator (default: from the clock).
    #[arg(long)]
    pub seed: Option<u64>,
    #[arg(long, default_value_t = 300_000)]
    pub gas: u64,
    /// Per-module compile budgets each compile is screened against (`vmdiff calibrate`);
    /// the checked-in defaults when the file does not exist.
    #[arg(long, default_value = "bounds.toml")]
    pub bounds: PathBuf,
    /// Check compiled artefacts (compiled twice = identical, loaded = fresh) on one case in
    /// this many; 0: never. The default keeps it to a few percent of campaign time.
    #[arg(long, default_value_t = 64)]
    pub artefact_sample: u64,
    #[command(flatten)]
    pub generator: GeneratorArgs,
    #[command(flatten)]
    pub matrix: MatrixArgs,
}
impl FuzzCommand {
    pub fn execute(self) -> Result<ExitCode> {
        cmd_fuzz(self)
    }
}

#[allow(clippy::too_many_arguments)]
fn cmd_fuzz(args: FuzzCommand) -> Result<ExitCode> {
    let FuzzCommand {
        seconds,
        jobs,
        corpus,
        crashes,
        stats: stats_dir,
        seed,
        gas,
        bounds,
        artefact_sample,
        generator,
        matrix: m,
    } = args;
    let m = &m;
    let bounds = if bounds.exists() {
        let text = std::fs::read_to_string(&bounds)
            .with_context(|| format!("cannot read {}", bounds.display()))?;
        Bounds::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", bounds.display()))?
    } else {
        Bounds::checked_in()
    };
    // Rejects bad --backends/--schemes before starting workers, and names what will run.
    let (backends, schemes) = campaign::matrix_names(&m.matrix()?);
    let bounds = rescaled_to_this_machine(&bounds, Meter::ProcessCpu);
    let stop = Arc::new(AtomicBool::new(false));
    let handler_stop = Arc::clone(&stop);
    ctrlc::set_handler(move || {
        if handler_stop.swap(true, Ordering::SeqCst) {
            std::process::exit(130); // a second signal: stop now
        }
        eprintln!("\nvmdiff: stopping after the cases in flight (signal again to abort)");
    })
    .context("installing the signal handler")?;
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let seed = seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64)
    });
    let options = CampaignOptions {
        seconds,
        jobs,
        corpus,
        crashes,
        stats_dir,
        seed,
        strict: m.strict,
        case: generator.apply(CaseOptions {
            full_gas: gas,
            compile_budget: Some(Arc::new(bounds)),
            artefact_sample: (artefact_sample > 0).then_some(artefact_sample),
            ..CaseOptions::default()
        })?,
        target: "fuzz".into(),
    };
    eprintln!(
        "vmdiff fuzz: {jobs} jobs, {seconds} s, seed {seed}, backends {}, schemes {}, generator {}{}",
        backends.join(","),
        schemes.join(","),
        options.case.generator,
        match options.case.seeds.len() {
            0 => String::new(),
            n => format!(" ({n} seed modules)"),
        }
    );
    let matrix_args = m.clone();
    let mut line = campaign::ProgressLine::stderr();
    let report = campaign::run(
        options,
        move || matrix_args.build().expect("validated above"),
        stop,
        |stats, elapsed| {
            line.show(&format!(
                "{:>6.0} s · {} execs ({:.1}/s) · {} calls · divergences {} unknown / {} open / {} known · rejected {:.2}% · poisoned {}",
                elapsed.as_secs_f64(),
                stats.execs,
                stats.execs as f64 / elapsed.as_secs_f64().max(1e-9),
                stats.calls,
                stats.unknown_divergences,
                stats.open_findings.values().sum::<u64>(),
                stats.known_divergences.values().sum::<u64>(),
                100.0 * stats.rejected_rate(),
                stats.poisoned
            ));
        },
    )?;
    line.finish();
    if m.json {
        println!("{}", serde_json::to_string_pretty(&report.stats)?);
    } else {
        print!("{}", report.stats.summary());
        println!("corpus: {} new entries", report.corpus_size);
        for path in &report.saved {
            println!("saved {}", path.display());
        }
    }
    Ok(ExitCode::from(u8::from(report.failing)))
}
