//! `vmdiff gate`: the readiness verdict.

use anyhow::{bail, Context, Result};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vmdiff::stats::Stats;

/// The readiness verdict: READY or NOT READY, from campaign statistics, open buckets and
/// scaling results, against gate.toml. Exit 0 ready, 1 not ready, 2 bad input.
#[derive(Args)]
pub struct GateCommand {
    #[arg(long, default_value = "stats")]
    stats: PathBuf,
    /// Crashes directory whose SIGNATURE files are the buckets (untriaged).
    #[arg(long, default_value = "crashes")]
    crashes: PathBuf,
    /// `vmdiff triage`'s triage.json: buckets as re-run three times, flaky and corrupt
    /// artefacts (replaces --crashes).
    #[arg(long)]
    triage: Option<PathBuf>,
    /// `vmdiff scaling`'s scaling.json.
    #[arg(long)]
    scaling: Option<PathBuf>,
    #[arg(long, default_value = "gate.toml")]
    criteria: PathBuf,
    #[arg(long, default_value = ".")]
    out: PathBuf,
}

impl GateCommand {
    pub fn execute(self) -> Result<ExitCode> {
        let GateCommand {
            stats,
            crashes,
            triage,
            scaling,
            criteria,
            out,
        } = self;
        cmd_gate(
            &stats,
            &crashes,
            triage.as_deref(),
            scaling.as_deref(),
            &criteria,
            &out,
        )
    }
}

fn cmd_gate(
    stats_dir: &Path,
    crashes: &Path,
    triage: Option<&Path>,
    scaling: Option<&Path>,
    criteria: &Path,
    out: &Path,
) -> Result<ExitCode> {
    use vmdiff::gate;
    let text = std::fs::read_to_string(criteria)
        .with_context(|| format!("cannot read {}", criteria.display()))?;
    let criteria =
        gate::Criteria::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", criteria.display()))?;
    let (stats, problems) = Stats::read_dir(stats_dir)
        .with_context(|| format!("cannot read {}", stats_dir.display()))?;
    if !problems.is_empty() {
        bail!("unreadable statistics: {}", problems.join("; "));
    }
    let triage = match triage {
        Some(path) => Some(
            gate::TriageSummary::parse(
                &std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?,
            )
            .map_err(|e| anyhow::anyhow!("{} is not vmdiff triage's JSON: {e}", path.display()))?,
        ),
        None => None,
    };
    let buckets = match &triage {
        Some(triage) => triage.bucket_signatures(),
        None if crashes.exists() => gate::bucket_signatures(crashes)?,
        None => Vec::new(),
    };
    let scaling = match scaling {
        Some(path) => {
            let value: serde_json::Value = serde_json::from_slice(
                &std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?,
            )
            .with_context(|| format!("{} is not JSON", path.display()))?;
            Some(
                gate::scaling_results(value)
                    .with_context(|| format!("{} has no scaling results", path.display()))?,
            )
        }
        None => None,
    };
    let verdict = gate::judge(
        &criteria,
        &gate::Evidence {
            stats,
            buckets,
            triage,
            scaling,
        },
    );
    std::fs::create_dir_all(out)?;
    std::fs::write(out.join("GATE.md"), verdict.markdown())?;
    std::fs::write(out.join("gate.json"), serde_json::to_vec_pretty(&verdict)?)?;
    print!("{}", verdict.markdown());
    Ok(ExitCode::from(u8::from(!verdict.ready)))
}
