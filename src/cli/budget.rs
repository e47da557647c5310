//! `vmdiff budget`: check modules against the per-module compile budget.

use super::{backend_compilers, load_measured_modules, rescaled_to_this_machine};
use anyhow::{bail, Context, Result};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vmdiff::artefact::ArtefactDir;
use vmdiff::compile_cost::{self, Bounds, Compile, Meter};

/// Check modules against the per-module compile budget of bounds.toml; an excess is measured
/// again and only a confirmed one is reported (exit 1) and saved as a compile_blowup finding.
#[derive(Args)]
pub struct BudgetCommand {
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[arg(long, default_value = "all")]
    backends: String,
    #[arg(long, default_value = "bounds.toml")]
    bounds: PathBuf,
    #[arg(long, default_value_t = 3)]
    repeats: usize,
    /// Where confirmed blowups are saved (`<crashes>/compile_bound/`).
    #[arg(long, default_value = "crashes")]
    crashes: PathBuf,
}

impl BudgetCommand {
    pub fn execute(self) -> Result<ExitCode> {
        let BudgetCommand {
            paths,
            backends,
            bounds,
            repeats,
            crashes,
        } = self;
        cmd_budget(&paths, &backends, &bounds, repeats, &crashes)
    }
}

fn cmd_budget(
    paths: &[PathBuf],
    backends: &str,
    bounds: &Path,
    repeats: usize,
    crashes: &Path,
) -> Result<ExitCode> {
    let text = std::fs::read_to_string(bounds)
        .with_context(|| format!("cannot read {}", bounds.display()))?;
    let bounds = Bounds::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", bounds.display()))?;
    let compilers = backend_compilers(backends)?;
    let modules = load_measured_modules(paths);
    if modules.is_empty() {
        bail!("no module to check");
    }
    let meter = Meter::detect();
    let meter = if bounds.lines(meter).is_empty() {
        Meter::ProcessCpu
    } else {
        meter
    };
    let bounds = rescaled_to_this_machine(&bounds, meter);
    let artefacts = ArtefactDir::new(crashes, "compile_bound");
    let mut blowups = 0;
    println!(
        "{:<50} {:<15} {:>9} {:>12} {:>12}  ({})",
        "module",
        "backend",
        "bytes",
        "measured",
        "budget",
        meter.unit()
    );
    for module in &modules {
        let (name, wasm) = (&module.name, &module.prepared);
        for compiler in &compilers {
            let size = compile_cost::ModuleSize::of(wasm);
            let budget = bounds.budget(meter, &compiler.name(), size.bytes);
            match compile_cost::check_measured(compiler, wasm, &bounds, meter, repeats) {
                Ok(compile_cost::Checked {
                    blowup: Some(blowup),
                    ..
                }) => {
                    blowups += 1;
                    println!(
                        "{:<50.50} {:<15} {:>9} {:>12.6} {:>12.6}  BLOWUP x{:.1}",
                        name,
                        blowup.backend,
                        size.bytes,
                        blowup.measured.min,
                        blowup.budget,
                        blowup.ratio
                    );
                    let backend = blowup.backend.clone();
                    let reproduce = |example: &Path| {
                        format!(
                            "vmdiff budget {} --backends {backend}",
                            example.join("module.wasm").display()
                        )
                    };
                    if let Some(path) = artefacts.save_compile_blowup(
                        &blowup,
                        name.as_bytes(),
                        &module.original,
                        reproduce,
                    )? {
                        println!("    saved: {}", path.display());
                    }
                }
                Ok(compile_cost::Checked { cost, blowup: None }) => println!(
                    "{:<50.50} {:<15} {:>9} {:>12.6} {:>12.6}  ok",
                    name,
                    compiler.name(),
                    size.bytes,
                    cost.map_or(f64::NAN, |cost| cost.min),
                    budget.unwrap_or(f64::NAN)
                ),
                Err(e) => println!(
                    "{:<50.50} {:<15} compile failed: {e}",
                    name,
                    compiler.name()
                ),
            }
        }
    }
    println!(
        "{} modules, {} confirmed compile blowups",
        modules.len(),
        blowups
    );
    Ok(ExitCode::from(u8::from(blowups > 0)))
}
