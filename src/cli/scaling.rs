//! `vmdiff scaling`: compile-time scaling of module families.

use super::backend_compilers;
use anyhow::{bail, Result};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vmdiff::compile_cost::Meter;

/// Compile-time scaling: families that grow one dimension, compiled at n, 2n, 4n, … on each
/// backend; prints the fitted exponent per family × backend and writes scaling.json.
#[derive(Args)]
pub struct ScalingCommand {
    /// Families (default: all).
    #[arg(long = "family")]
    families: Vec<String>,
    #[arg(long, default_value = "all")]
    backends: String,
    /// Largest module, in bytes.
    #[arg(long, default_value_t = 256 * 1024)]
    max_bytes: usize,
    /// Compiles per point (the minimum is kept).
    #[arg(long, default_value_t = 3)]
    repeats: usize,
    /// Exponent above which a family is flagged.
    #[arg(long, default_value_t = 1.3)]
    threshold: f64,
    #[arg(long, default_value = "scaling")]
    out: PathBuf,
}

impl ScalingCommand {
    pub fn execute(self) -> Result<ExitCode> {
        let ScalingCommand {
            families,
            backends,
            max_bytes,
            repeats,
            threshold,
            out,
        } = self;
        cmd_scaling(&families, &backends, max_bytes, repeats, threshold, &out)
    }
}

fn cmd_scaling(
    families: &[String],
    backends: &str,
    max_bytes: usize,
    repeats: usize,
    threshold: f64,
    out: &Path,
) -> Result<ExitCode> {
    use vmdiff::compile_cost::scaling::{measure, plot, ScalingReport, Sweep, FAMILIES};
    let compilers = backend_compilers(backends)?;
    let meter = Meter::detect();
    let sweep = Sweep {
        start: 64,
        max_bytes,
        repeats,
        threshold,
        meter,
    };
    for name in families {
        if !FAMILIES.iter().any(|f| f.name == name) {
            bail!(
                "unknown family `{name}` (known: {})",
                FAMILIES
                    .iter()
                    .map(|f| f.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    let chosen: Vec<_> = FAMILIES
        .iter()
        .filter(|f| families.is_empty() || families.iter().any(|n| n == f.name))
        .collect();
    std::fs::create_dir_all(out)?;
    let mut results = Vec::new();
    println!(
        "meter: {}{}",
        meter.unit(),
        Meter::why_not_instructions()
            .map(|why| format!(" (no hardware counters: {why})"))
            .unwrap_or_default()
    );
    println!(
        "{:<16} {:<16} {:>9} {:>10} {:>14}  verdict",
        "family", "backend", "exponent", "max bytes", "cost at max"
    );
    for family in chosen {
        for compiler in &compilers {
            let result = measure(family, compiler, sweep);
            let last = result.points.last();
            println!(
                "{:<16} {:<16} {:>9.2} {:>10} {:>14.6}  {}{}",
                result.family,
                result.backend,
                result.exponent,
                last.map_or(0, |p| p.bytes),
                last.map_or(0.0, |p| p.cost),
                result.verdict,
                result
                    .stopped
                    .as_ref()
                    .map(|s| format!(" (stopped: {s})"))
                    .unwrap_or_default()
            );
            if result.verdict == "SUPERLINEAR" {
                let n = result.points.last().map_or(0, |p| p.n);
                let path = out.join(format!("{}-{}.wat", result.family, n));
                std::fs::write(&path, (family.wat)(n))?;
                println!("    reproducer: {}", path.display());
            }
            results.push(result);
        }
    }
    let report = ScalingReport {
        threshold: Some(threshold),
        meter: Some(meter),
        results,
    };
    let json = serde_json::to_value(&report)?;
    std::fs::write(out.join("scaling.json"), serde_json::to_vec_pretty(&json)?)?;
    let plotted = out.join("scaling.svg");
    plot(&report.results, &plotted).map_err(|e| anyhow::anyhow!("plot: {e}"))?;
    println!(
        "written: {}/scaling.json, {}",
        out.display(),
        plotted.display()
    );
    let flagged = report.results.iter().any(|r| r.verdict == "SUPERLINEAR");
    Ok(ExitCode::from(u8::from(flagged)))
}
