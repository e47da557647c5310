//! `vmdiff artefacts`: compiled artefacts of a folder of contracts, per config.

use super::{read_module, MatrixArgs};
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;
use vmdiff::backend::{self, Call};
use vmdiff::case::CaseOptions;

/// Compiled artefacts: each module (.wasm or .wat, or every one in a folder) is prepared and
/// compiled twice per config, by the backend and by a fresh instance of it; the serialised
/// artefacts must be byte-identical. Every export (numeric parameters, zero arguments) then
/// runs on the module loaded from the artefact and on the fresh one: every outcome field must
/// be equal. A truncated artefact and one with its header damaged must be refused by the
/// engine's deserialise (never run). NEAR's runtimes (`--backends near`) compile through
/// NEAR's precompile into its cache; their calls also run with no cache and from a node's
/// filesystem cache with an in-memory one in front, all in sequence, and must agree. Exit 1 on
/// any difference, 2 on bad input.
#[derive(Args)]
pub struct ArtefactsCommand {
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    matrix: MatrixArgs,
}

impl ArtefactsCommand {
    pub fn execute(self) -> Result<ExitCode> {
        let matrix = self.matrix.matrix()?;
        let gas = CaseOptions::default().full_gas;
        let mut failing = false;
        let mut stats = vmdiff::stats::Stats::default();
        for file in module_files(&self.paths)? {
            let wasm = read_module(&file)?;
            let name = file.display();
            let prepared = match matrix.prepare(&wasm) {
                Ok(prepared) => prepared,
                Err(e) => {
                    println!("{name}: not compared ({e})");
                    continue;
                }
            };
            let planned: Vec<Call> = prepared
                .exports
                .iter()
                .filter_map(|export| export.zero_argument_call(gas))
                .collect();
            let compiled = matrix.compile(&prepared);
            let fresh = |b: &dyn backend::Backend| backend::build(b.name());
            let checks =
                vmdiff::compiled_artefacts::check(&matrix, &prepared, &compiled, &planned, &fresh);
            for check in checks {
                check.count(&mut stats);
                let config = check.config;
                if let Some(why) = &check.skipped {
                    println!("{name} {config}: not compared: {why}");
                    continue;
                }
                failing |= !check.agrees();
                let twice = match check.differs_at {
                    None => format!("compiled twice = identical ({} bytes)", check.bytes),
                    Some((at, a, b)) => {
                        format!("compiled twice DIFFER at byte {at} (lengths {a} and {b})")
                    }
                };
                let damaged = match check.damaged_loaded.as_slice() {
                    [] => "damaged ones refused".to_string(),
                    loaded => format!("DAMAGED ONES LOADED: {}", loaded.join(", ")),
                };
                let paths: String = check.paths.iter().map(|p| format!(", {p}")).collect();
                println!(
                    "{name} {config}: {twice}; loaded = fresh on {} of {} calls (artefact{paths}){}; {damaged}",
                    check.calls - check.loaded_differs.len(),
                    check.calls,
                    check
                        .loaded_differs
                        .iter()
                        .map(|(export, fields)| format!("; `{export}` differs in {fields:?}"))
                        .collect::<String>()
                );
            }
        }
        println!("artefacts: {}", stats.artefacts_line());
        Ok(ExitCode::from(u8::from(failing)))
    }
}

/// The .wasm and .wat files named, or found directly in the folders named.
fn module_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(path)?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "wasm" || e == "wat"))
                .collect();
            found.sort();
            files.extend(found);
        } else if path.exists() {
            files.push(path.clone());
        } else {
            anyhow::bail!("{} does not exist", path.display());
        }
    }
    Ok(files)
}
