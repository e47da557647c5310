//! `vmdiff findings`: the registry of open findings, and `--check`, which re-runs each one's
//! reproducer and checks findings/README.md against the registry.

use anyhow::{Context, Result};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use vmdiff::open_findings::{OpenFinding, REGISTRY};

/// List the registered open findings (src/open_findings.rs). With --check, re-run each one's
/// reproducer (exit 1 when one no longer shows its finding: retire or update the entry) and
/// check that findings/README.md has a `### open:<id>` heading for exactly these ids.
#[derive(Args)]
pub struct FindingsCommand {
    #[arg(long)]
    check: bool,
    /// The project's root: reproducers and the README are found under it.
    #[arg(long, default_value = ".")]
    root: PathBuf,
}

impl FindingsCommand {
    pub fn execute(self) -> Result<ExitCode> {
        for finding in REGISTRY {
            println!("open:{}  {}", finding.id, finding.summary);
            println!("  signatures: {}", finding.signatures.join(", "));
            println!(
                "  seen on: {}; upstream: {}",
                finding.seen_on, finding.upstream
            );
            println!("  reproduce: {}", finding.reproduce_command());
        }
        if !self.check {
            return Ok(ExitCode::SUCCESS);
        }
        let mut problems = readme_problems(&self.root.join("findings/README.md"))?;
        for finding in REGISTRY {
            match reproduces(&self.root, finding) {
                Ok(true) => println!("open:{}: reproduces", finding.id),
                Ok(false) => problems.push(format!(
                    "open:{} no longer reproduces (`{}`): retire its entry in \
                     src/open_findings.rs, or update it to what the engines do now",
                    finding.id,
                    finding.reproduce_command()
                )),
                Err(e) => problems.push(format!("open:{}: {e:#}", finding.id)),
            }
        }
        for problem in &problems {
            eprintln!("vmdiff findings: {problem}");
        }
        Ok(ExitCode::from(u8::from(!problems.is_empty())))
    }
}

/// Whether the reproducer, run by this very binary, still shows the open finding.
fn reproduces(root: &Path, finding: &OpenFinding) -> Result<bool> {
    let output = Command::new(std::env::current_exe()?)
        .current_dir(root)
        .arg("run")
        .arg(finding.reproducer)
        .args(finding.reproduce_args)
        .arg("--json")
        .output()
        .context("running the reproducer")?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let shown = stdout
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .flat_map(|call| call["divergences"].as_array().cloned().unwrap_or_default())
        .any(|d| d["open"].as_str() == Some(finding.id));
    if !shown && !output.status.success() && output.status.code() != Some(1) {
        anyhow::bail!(
            "the reproducer failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(shown)
}

/// findings/README.md must have a `### open:<id>` heading for every registered id and none
/// for an id the registry does not have.
fn readme_problems(readme: &Path) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(readme)
        .with_context(|| format!("cannot read {}", readme.display()))?;
    let headed: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("### open:"))
        .map(|id| id.trim().trim_matches('`'))
        .collect();
    let mut problems = Vec::new();
    for finding in REGISTRY {
        if !headed.contains(&finding.id) {
            problems.push(format!(
                "{} has no `### open:{}` heading",
                readme.display(),
                finding.id
            ));
        }
    }
    for id in headed {
        if REGISTRY.iter().all(|f| f.id != id) {
            problems.push(format!(
                "{} writes up open:{id}, which src/open_findings.rs does not register",
                readme.display()
            ));
        }
    }
    Ok(problems)
}
