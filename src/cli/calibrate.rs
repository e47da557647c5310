//! `vmdiff calibrate`: fit the per-module compile budget.

use super::{backend_compilers, load_measured_modules};
use anyhow::{bail, Context, Result};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vmdiff::compile_cost::{self, Bounds, Compile, Meter};

/// Calibrate the per-module compile budget: measure every module (contracts, `.wat`, fuzz
/// inputs) on each backend and fit `a + b·bytes` per backend; writes bounds.toml.
#[derive(Args)]
pub struct CalibrateCommand {
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[arg(long, default_value = "all")]
    backends: String,
    /// Compiles per module (min, median and max are kept).
    #[arg(long, default_value_t = 5)]
    repeats: usize,
    /// Budget margin (default: from the measured spread of repeated compiles).
    #[arg(long)]
    margin: Option<f64>,
    #[arg(long, default_value = "bounds.toml")]
    out: PathBuf,
}

impl CalibrateCommand {
    pub fn execute(self) -> Result<ExitCode> {
        let CalibrateCommand {
            paths,
            backends,
            repeats,
            margin,
            out,
        } = self;
        cmd_calibrate(&paths, &backends, repeats, margin, &out)
    }
}

fn cmd_calibrate(
    paths: &[PathBuf],
    backends: &str,
    repeats: usize,
    margin: Option<f64>,
    out: &Path,
) -> Result<ExitCode> {
    let compilers = backend_compilers(backends)?;
    let modules = load_measured_modules(paths);
    if modules.is_empty() {
        bail!("no module to calibrate on");
    }
    let meter = Meter::detect();
    println!(
        "calibrating on {} modules x {} backends, {} compiles each, meter: {}{}",
        modules.len(),
        compilers.len(),
        repeats,
        meter.unit(),
        Meter::why_not_instructions()
            .map(|why| format!(" (no hardware counters: {why})"))
            .unwrap_or_default()
    );
    let refs: Vec<&dyn Compile> = compilers.iter().map(|c| c as &dyn Compile).collect();
    let (lines, points) = compile_cost::calibrate(&modules, &refs, meter, repeats, |p| {
        eprint!(
            "\r{:<60.60} {:<15} {:>9} bytes {:>12.6}",
            p.module, p.backend, p.size.bytes, p.sample.min
        );
    });
    eprintln!();
    let spread =
        compile_cost::Spread::of(points.iter().map(|p| p.sample)).context("no module compiled")?;
    let margin = margin.unwrap_or_else(|| spread.margin());
    let mut bounds = Bounds::checked_in();
    bounds.margin = margin;
    *bounds.lines_mut(meter) = lines.clone();
    std::fs::write(
        out,
        compile_cost::bounds_file(&bounds, modules.len(), repeats, meter, &spread),
    )?;
    println!(
        "{:<16} {:>14} {:>14} {:>9} {:>9}",
        "backend", "a", "b per byte", "modules", "over 1x"
    );
    for (backend, line) in &lines {
        let over = points
            .iter()
            .filter(|p| &p.backend == backend && p.sample.min > line.at(p.size.bytes))
            .count();
        println!(
            "{:<16} {:>14.6e} {:>14.6e} {:>9} {:>9}",
            backend, line.a, line.b, line.modules, over
        );
    }
    println!(
        "spread of repeated compiles (max/min): median {:.3}, p95 {:.3}, worst {:.3}; margin {margin:.2}",
        spread.median, spread.p95, spread.worst
    );
    let json = serde_json::to_value(compile_cost::CalibrationReport {
        meter,
        spread,
        margin,
        lines: &lines,
        points: &points,
    })?;
    std::fs::write(
        out.with_extension("json"),
        serde_json::to_vec_pretty(&json)?,
    )?;
    println!(
        "written: {} and {}",
        out.display(),
        out.with_extension("json").display()
    );
    Ok(ExitCode::SUCCESS)
}
