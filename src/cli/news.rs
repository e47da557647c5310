//! `vmdiff news`: what is new since the last report (the nightly's alarm).

use anyhow::{Context, Result};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;
use vmdiff::news::{Ledger, News};

/// What is new since the reports the ledger remembers: exit 1 when a bucket nobody classified
/// (an unknown divergence, a crash, a flaky artefact) appears for the first time, 0 when
/// nothing new did (open findings and known classes seen again are listed, not alarmed on).
/// Writes NEWS.md and news.json to --out and adds what is new to the ledger.
#[derive(Args)]
pub struct NewsCommand {
    /// `vmdiff triage`'s triage.json.
    #[arg(long)]
    triage: PathBuf,
    /// Statistics directory of the campaigns (for open findings' and known classes' counts).
    #[arg(long)]
    stats: PathBuf,
    /// The ledger of what earlier reports said (created when missing).
    #[arg(long, default_value = "reports/ledger.json")]
    ledger: PathBuf,
    #[arg(long, default_value = ".")]
    out: PathBuf,
}

impl NewsCommand {
    pub fn execute(self) -> Result<ExitCode> {
        let triage = vmdiff::gate::TriageSummary::parse(
            &std::fs::read(&self.triage)
                .with_context(|| format!("cannot read {}", self.triage.display()))?,
        )
        .map_err(|e| anyhow::anyhow!("{}: {e}", self.triage.display()))?;
        let (stats, problems) = vmdiff::stats::Stats::read_dir(&self.stats)
            .with_context(|| format!("cannot read {}", self.stats.display()))?;
        if !problems.is_empty() {
            anyhow::bail!("unreadable statistics: {}", problems.join("; "));
        }
        let mut ledger: Ledger = match std::fs::read(&self.ledger) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .with_context(|| format!("{} is not a ledger", self.ledger.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ledger::default(),
            Err(e) => return Err(e).context(format!("cannot read {}", self.ledger.display())),
        };
        let news = News::since(&mut ledger, &triage, &stats);
        std::fs::create_dir_all(&self.out)?;
        std::fs::write(self.out.join("NEWS.md"), news.markdown())?;
        std::fs::write(
            self.out.join("news.json"),
            serde_json::to_vec_pretty(&news)?,
        )?;
        if let Some(dir) = self.ledger.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        vmdiff::fs::write_atomically(&self.ledger, &serde_json::to_vec_pretty(&ledger)?)?;
        print!("{}", news.markdown());
        Ok(ExitCode::from(u8::from(!news.new.is_empty())))
    }
}
