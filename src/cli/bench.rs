//! `vmdiff bench`: speed on real contracts.

use anyhow::{Context, Result};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;
use vmdiff::matrix;
use vmdiff::scheme::SchemeName;

/// Speed on real contracts: compile throughput, call time and gas per backend and scheme,
/// interleaved and repeated (median), against an un-metered baseline; writes bench.json.
#[derive(Args)]
pub struct BenchCommand {
    dir: PathBuf,
    #[arg(long, default_value = "all")]
    backends: String,
    #[arg(long, default_value = "host,global,fuel")]
    schemes: String,
    #[arg(long, default_value_t = 5)]
    repeats: usize,
    #[arg(long, default_value_t = 100_000_000)]
    gas: u64,
    #[arg(long, default_value = "bench.json")]
    out: PathBuf,
}

impl BenchCommand {
    pub fn execute(self) -> Result<ExitCode> {
        let BenchCommand {
            dir,
            backends,
            schemes,
            repeats,
            gas,
            out,
        } = self;
        let backends = matrix::parse_backends(&backends).map_err(anyhow::Error::msg)?;
        let schemes = matrix::parse_list(&schemes, &SchemeName::ALL).map_err(anyhow::Error::msg)?;
        let results = vmdiff::bench::run(&dir, &backends, &schemes, repeats, gas)
            .with_context(|| format!("cannot read {}", dir.display()))?;
        print!("{}", vmdiff::bench::table(&results));
        std::fs::write(&out, serde_json::to_vec_pretty(&results)?)?;
        println!("written: {}", out.display());
        Ok(ExitCode::SUCCESS)
    }
}
