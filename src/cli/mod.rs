//! The commands of the `vmdiff` binary, one file each (`main.rs` parses and dispatches), and
//! what several of them share: the matrix options, reading a module, the compile-budget setup.

pub mod artefacts;
pub mod backends;
pub mod bench;
pub mod budget;
pub mod calibrate;
pub mod check;
pub mod contracts;
pub mod findings;
pub mod fuzz;
pub mod gate;
pub mod news;
pub mod render;
pub mod repro;
pub mod run;
pub mod scaling;
pub mod spec;
pub mod stats;
pub mod triage;

use anyhow::{bail, Context, Result};
use clap::Args;
use std::path::{Path, PathBuf};
use vmdiff::compile_cost::{self, BackendCompiler, Bounds, Meter};
use vmdiff::matrix::{self, Matrix};

#[derive(Args, Clone)]
pub struct MatrixArgs {
    /// Backends, comma-separated: names as `vmdiff backends` lists them (a version after `@`:
    /// `winch@45`), or groups: `all` (vmdiff's four engines), `near` (NEAR's own runtime, which
    /// runs its own `near` scheme), `upgrade` (Winch and Cranelift without optimisation on
    /// wasmtime 45 and 48). `+near` after a name or group runs wasmtime with NEAR's engine
    /// settings (`upgrade+near`). Default: singlepass,winch,cranelift-none — NEAR's production
    /// compilers (Winch on x86_64, Cranelift without optimisation elsewhere) against the
    /// legacy singlepass.
    #[arg(long, default_value = matrix::DEFAULT_BACKENDS)]
    pub backends: String,
    /// Engine settings for every backend above that has them: `near` runs wasmtime as NEAR's
    /// runner configures it (the same as `+near` after each wasmtime name).
    #[arg(long, value_name = "PROFILE")]
    pub engine_profile: Option<String>,
    /// Gas schemes, comma-separated, or `all` (host, global, fuel).
    #[arg(long, default_value = matrix::DEFAULT_SCHEMES)]
    pub schemes: String,
    /// Known classes and open findings fail the exit code too.
    #[arg(long)]
    pub strict: bool,
    /// Print JSON instead of tables.
    #[arg(long)]
    pub json: bool,
}

impl MatrixArgs {
    /// The matrix, after saying on stderr what it leaves uncompared (if anything).
    pub fn matrix(&self) -> Result<Matrix> {
        let matrix = self.build()?;
        for note in matrix.coverage_notes() {
            eprintln!("vmdiff: note: {note}");
        }
        Ok(matrix)
    }

    /// The matrix, silently (for workers and re-runs, after [`MatrixArgs::matrix`] spoke once).
    pub fn build(&self) -> Result<Matrix> {
        let backends = match &self.engine_profile {
            Some(profile) => {
                matrix::with_engine_profile(&self.backends, profile).map_err(anyhow::Error::msg)?
            }
            None => self.backends.clone(),
        };
        Matrix::from_names(&backends, &self.schemes).map_err(anyhow::Error::msg)
    }
}

/// Reads a module; `.wat` is assembled. Errors here are bad input (exit 2).
pub fn read_module(file: &Path) -> Result<Vec<u8>> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    if file.extension().is_some_and(|e| e == "wat") || bytes.starts_with(b"(") {
        return wat::parse_bytes(&bytes)
            .map(|b| b.into_owned())
            .with_context(|| format!("{} is not valid WAT", file.display()));
    }
    Ok(bytes)
}

pub fn backend_compilers(backends: &str) -> Result<Vec<BackendCompiler>> {
    let backends = matrix::parse_backends(backends).map_err(anyhow::Error::msg)?;
    if let Some(near) = backends.iter().find(|b| b.is_near()) {
        bail!(
            "{near}: compile bounds measure vmdiff's engines on vmdiff-prepared modules; \
             NEAR's runtimes compile in `vmdiff bench --backends near`"
        );
    }
    Ok(backends.into_iter().map(BackendCompiler::new).collect())
}

/// `bounds` rescaled by this machine's speed on the yardstick (the campaign's first screen
/// and `budget` compare against the result); prints the factor.
pub fn rescaled_to_this_machine(bounds: &Bounds, meter: Meter) -> Bounds {
    let (scaled, factor) = bounds.on_this_machine(meter, 5);
    eprintln!("{}", compile_cost::describe_factor(factor));
    scaled
}

pub fn load_measured_modules(paths: &[PathBuf]) -> Vec<compile_cost::LoadedModule> {
    let (modules, problems) = compile_cost::load_modules(paths);
    for problem in &problems {
        eprintln!("skipped: {problem}");
    }
    modules
}

/// Where cases come from (`check`, `fuzz`).
#[derive(clap::Args, Clone)]
pub struct GeneratorArgs {
    /// smith (wasm-smith), ops (the operator sweep), mutate (wasm-mutate over --seeds, or over
    /// smith modules), calls (well-formed host-call sequences) or all (each input to one of
    /// them: smith 4, calls 1, ops 3, mutate 2 in 10). A NEAR-only matrix always uses NEAR's
    /// own generators (wasm-smith over NEAR's API, and NEAR host-call sequences).
    #[arg(long, default_value = "all")]
    generator: vmdiff::generate::Generator,
    /// Modules wasm-mutate starts from: the .wasm and .wat files of DIR (e.g. real contracts).
    #[arg(long)]
    seeds: Option<std::path::PathBuf>,
}

impl GeneratorArgs {
    /// The case options' generator and seeds; seeds outside the profile are named and skipped.
    pub fn apply(
        &self,
        options: vmdiff::case::CaseOptions,
    ) -> anyhow::Result<vmdiff::case::CaseOptions> {
        use anyhow::Context;
        let seeds = match &self.seeds {
            None => Default::default(),
            Some(dir) => {
                let profile = vmdiff::profile::Profile::default();
                let (seeds, problems) = vmdiff::generate::Seeds::load(&profile, dir)
                    .with_context(|| format!("cannot read seeds from {}", dir.display()))?;
                for problem in problems {
                    eprintln!("vmdiff: skipping seed {problem}");
                }
                seeds
            }
        };
        Ok(vmdiff::case::CaseOptions {
            generator: self.generator,
            seeds: std::sync::Arc::new(seeds),
            ..options
        })
    }
}
