//! `vmdiff stats`: the sum of a directory of statistics files.

use anyhow::{Context, Result};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vmdiff::stats::Stats;

/// Sum the statistics files in a directory.
#[derive(Args)]
pub struct StatsCommand {
    dir: PathBuf,
    #[arg(long)]
    json: bool,
}

impl StatsCommand {
    pub fn execute(self) -> Result<ExitCode> {
        let StatsCommand { dir, json } = self;
        cmd_stats(&dir, json)
    }
}

fn cmd_stats(dir: &Path, json: bool) -> Result<ExitCode> {
    let (stats, problems) =
        Stats::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    for p in &problems {
        eprintln!("vmdiff: unreadable statistics file {p}");
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&stats)?);
    } else {
        print!("{}", stats.summary());
    }
    Ok(ExitCode::from(if problems.is_empty() { 0 } else { 2 }))
}
