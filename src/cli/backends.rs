//! `vmdiff backends`: the backend registry, as `--backends` reads it.

use anyhow::Result;
use clap::Args;
use std::process::ExitCode;
use vmdiff::backend::{BackendName, Runtime};

/// List every backend: its name, the engine and version it is, its groups, the schemes it
/// runs, its gas mechanism under `fuel`, the engine facts known classes ask for, and the
/// engine profiles it takes (`winch+near`: NEAR's engine settings).
#[derive(Args)]
pub struct BackendsCommand {}

impl BackendsCommand {
    pub fn execute(self) -> Result<ExitCode> {
        for backend in BackendName::registry() {
            let info = backend.info();
            let schemes = match info.runtime {
                Runtime::Vmdiff => "host, global, fuel",
                Runtime::Near => "near",
            };
            println!("{}", info.name);
            println!("  engine {} {}", info.engine, info.version);
            println!("  groups: {}", info.groups.join(", "));
            println!(
                "  schemes: {schemes}; fuel mechanism: {}",
                info.fuel_mechanism
            );
            println!("  facts: {:?}", info.facts);
            println!("  engine profiles: vmdiff{}", {
                let extra: Vec<String> = info
                    .profiles
                    .iter()
                    .map(|p| format!(", {}", format!("{p:?}").to_lowercase()))
                    .collect();
                extra.concat()
            });
        }
        Ok(ExitCode::SUCCESS)
    }
}
