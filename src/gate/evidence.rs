//! What the gate reads besides statistics: `vmdiff triage`'s triage.json, the buckets of a
//! crashes directory, and `vmdiff scaling`'s results.

use crate::compile_cost::scaling::ScalingReport;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// One family × backend result of `vmdiff scaling` (its `scaling.json`).
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ScalingResult {
    pub family: String,
    pub backend: String,
    pub exponent: f64,
}

/// The part of `triage.json` the gate judges.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct TriageSummary {
    pub buckets: Vec<TriagedBucket>,
    #[serde(default)]
    pub flaky: Vec<TriagedArtefact>,
    #[serde(default)]
    pub corrupt: Vec<TriagedArtefact>,
    #[serde(default)]
    pub no_longer_reproducing: Vec<TriagedArtefact>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct TriagedBucket {
    pub signature: String,
    pub known: Option<String>,
    #[serde(default)]
    pub open: Option<String>,
    pub count: usize,
}

#[derive(Clone, Debug, Deserialize)]
pub struct TriagedArtefact {
    pub path: std::path::PathBuf,
}

impl TriageSummary {
    pub fn parse(json: &[u8]) -> Result<TriageSummary, String> {
        serde_json::from_slice(json).map_err(|e| e.to_string())
    }

    /// Bucket signatures as the gate judges them: an unknown bucket's signature starts with
    /// `unknown:` whatever its class said when it was saved, since triage re-ran it; an open
    /// finding's with `open.<id>:`, a crash's with `crash.<kind>:`.
    pub fn bucket_signatures(&self) -> Vec<String> {
        self.buckets
            .iter()
            .map(|b| match (&b.known, &b.open) {
                (Some(_), _) | (None, Some(_)) => b.signature.clone(),
                _ if b.signature.starts_with("unknown:")
                    || b.signature.starts_with(super::CRASH_PREFIX) =>
                {
                    b.signature.clone()
                }
                _ => format!("unknown:{}", b.signature),
            })
            .collect()
    }
}

/// Signatures of every bucket under a crashes directory (`SIGNATURE` files).
pub fn bucket_signatures(crashes: &Path) -> std::io::Result<Vec<String>> {
    let mut out = Vec::new();
    let mut stack = vec![crashes.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)?.filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.file_name().is_some_and(|n| n == "SIGNATURE") {
                let signature = std::fs::read_to_string(&path)?.trim().to_string();
                // A compile blowup is judged like an unknown divergence, as triage judges it.
                out.push(if signature.starts_with("compile_blowup:") {
                    format!("unknown:{signature}")
                } else {
                    signature
                });
            }
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// The results of `vmdiff scaling`'s scaling.json, as the gate judges them.
pub fn scaling_results(json: serde_json::Value) -> Result<Vec<ScalingResult>, serde_json::Error> {
    serde_json::from_value::<ScalingReport<ScalingResult>>(json).map(|report| report.results)
}
