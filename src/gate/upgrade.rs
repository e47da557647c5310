//! The upgrade verdict: may the chain move from one version of an engine to another? Given
//! whenever the statistics hold two versions of one engine (`winch@45` and `winch`), per gas
//! scheme, with every behaviour change between the versions listed as a known class, an open
//! finding or unknown. Known classes do not block (each is a change the protocol-version gate
//! must cover, listed); unknown changes and open findings not accepted in gate.toml do.

use super::{Criteria, Evidence};
use crate::backend::BackendName;
use crate::signature::Signature;
use serde::Serialize;
use std::collections::BTreeMap;

/// One version step of the engines present, e.g. 45.0.3 → 48.0.8.
#[derive(Clone, Debug, Serialize)]
pub struct UpgradeVerdict {
    pub from: String,
    pub to: String,
    /// The backend pairs that make the step (`winch@45` → `winch`).
    pub pairs: Vec<(String, String)>,
    pub schemes: Vec<UpgradeScheme>,
}

#[derive(Clone, Debug, Serialize)]
pub struct UpgradeScheme {
    pub scheme: String,
    pub ready: bool,
    /// The fewest runs of any config of the step under this scheme.
    pub fewest_runs: u64,
    pub changes: Vec<BehaviourChange>,
}

/// Divergences between the two versions with one signature.
#[derive(Clone, Debug, Serialize)]
pub struct BehaviourChange {
    pub signature: String,
    /// `known:<class>`, `open:<id>` or `unknown`.
    pub classification: String,
    /// Divergent calls in the campaigns (0: seen only as a saved bucket).
    pub calls: u64,
    pub blocking: bool,
}

/// The version steps the statistics hold, each judged per scheme.
pub fn judge_upgrades(criteria: &Criteria, evidence: &Evidence) -> Vec<UpgradeVerdict> {
    let runs = &evidence.stats.runs_by_config;
    let backends: Vec<BackendName> = {
        let mut seen: Vec<BackendName> = runs
            .keys()
            .filter_map(|config| config.split_once('/')?.0.parse().ok())
            .collect();
        seen.sort();
        seen.dedup();
        seen
    };
    let mut steps: BTreeMap<(String, String), Vec<(BackendName, BackendName)>> = BTreeMap::new();
    for old in &backends {
        for new in &backends {
            if old.is_upgrade_of(*new) && older(old.info().version, new.info().version) {
                let key = (
                    old.info().version.to_string(),
                    new.info().version.to_string(),
                );
                steps.entry(key).or_default().push((*old, *new));
            }
        }
    }
    steps
        .into_iter()
        .map(|((from, to), pairs)| {
            let schemes = crate::scheme::SchemeName::ALL
                .iter()
                .filter_map(|scheme| judge_step(criteria, evidence, &from, &to, scheme.as_str()))
                .collect();
            UpgradeVerdict {
                pairs: pairs
                    .iter()
                    .map(|(o, n)| (o.to_string(), n.to_string()))
                    .collect(),
                from,
                to,
                schemes,
            }
        })
        .collect()
}

/// Whether version `a` precedes `b` (dotted numbers).
fn older(a: &str, b: &str) -> bool {
    let numbers = |v: &str| -> Vec<u64> { v.split('.').filter_map(|n| n.parse().ok()).collect() };
    numbers(a) < numbers(b)
}

fn version_of(backend: &str) -> Option<&'static str> {
    backend
        .parse::<BackendName>()
        .ok()
        .map(|b| b.info().version)
}

fn judge_step(
    criteria: &Criteria,
    evidence: &Evidence,
    from: &str,
    to: &str,
    scheme: &str,
) -> Option<UpgradeScheme> {
    let in_step = |config: &str| {
        let (backend, s) = config.split_once('/')?;
        (s == scheme)
            .then(|| version_of(backend))
            .flatten()
            .filter(|v| *v == from || *v == to)
    };
    let fewest_runs = evidence
        .stats
        .runs_by_config
        .iter()
        .filter(|(config, _)| in_step(config).is_some())
        .map(|(_, n)| *n)
        .min()?;
    let mut changes: BTreeMap<String, BehaviourChange> = BTreeMap::new();
    let signatures = evidence
        .stats
        .divergences_by_signature
        .iter()
        .map(|(s, n)| (s.as_str(), *n))
        .chain(evidence.buckets.iter().map(|s| (s.as_str(), 0)));
    for (text, calls) in signatures {
        let signature = Signature::parse(text);
        let Some(pair) = signature.configs() else {
            continue;
        };
        let (Some(left), Some(right)) = (in_step(pair.left), in_step(pair.right)) else {
            continue;
        };
        if left == right {
            continue;
        }
        let (classification, blocking) = match (signature.known_class(), signature.open_id()) {
            (Some(class), _) => (format!("known:{class}"), false),
            (None, Some(id)) => (
                format!("open:{id}"),
                !criteria.accepted_open_findings.contains_key(id),
            ),
            (None, None) => ("unknown".to_string(), true),
        };
        let entry = changes.entry(text.to_string()).or_insert(BehaviourChange {
            signature: text.to_string(),
            classification,
            calls: 0,
            blocking,
        });
        entry.calls += calls;
    }
    let changes: Vec<BehaviourChange> = changes.into_values().collect();
    Some(UpgradeScheme {
        scheme: scheme.to_string(),
        ready: fewest_runs >= criteria.min_runs_per_config && !changes.iter().any(|c| c.blocking),
        fewest_runs,
        changes,
    })
}

impl UpgradeVerdict {
    /// The step as GATE.md shows it; `min_runs` is gate.toml's `min_runs_per_config`.
    pub fn markdown(&self, min_runs: u64) -> String {
        use std::fmt::Write;
        let pairs: Vec<String> = self
            .pairs
            .iter()
            .map(|(o, n)| format!("`{o}` → `{n}`"))
            .collect();
        let mut md = format!(
            "\n## Upgrade {} → {} ({})\n\nMay the chain upgrade the engine (behind a protocol \
             version)? Per scheme: READY when every config of the step ran enough and every \
             behaviour change between the versions is a known class or an accepted open \
             finding; known classes are listed as the changes the protocol gate must cover.\n\n\
             | scheme | verdict | fewest runs per config | behaviour changes (divergent calls) |\n\
             |---|---|---|---|\n",
            self.from,
            self.to,
            pairs.join(", ")
        );
        for s in &self.schemes {
            let changes = if s.changes.is_empty() {
                "none".to_string()
            } else {
                let mut by_class: BTreeMap<&str, u64> = BTreeMap::new();
                for c in &s.changes {
                    *by_class.entry(&c.classification).or_default() += c.calls;
                }
                by_class
                    .iter()
                    .map(|(k, n)| format!("`{k}`: {n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let _ = writeln!(
                md,
                "| `{}` | {} | {} | {} |",
                s.scheme,
                if s.ready { "READY" } else { "**NOT READY**" },
                s.fewest_runs,
                changes
            );
        }
        for s in self.schemes.iter().filter(|s| !s.ready) {
            let mut why: Vec<String> = Vec::new();
            if s.fewest_runs < min_runs {
                why.push(format!(
                    "{} runs per config, under {min_runs}",
                    s.fewest_runs
                ));
            }
            let mut blocking: BTreeMap<&str, (usize, u64)> = BTreeMap::new();
            for c in s.changes.iter().filter(|c| c.blocking) {
                let entry = blocking.entry(&c.classification).or_default();
                entry.0 += 1;
                entry.1 += c.calls;
            }
            for (class, (signatures, calls)) in blocking {
                let how = if class.starts_with("open:") {
                    "not accepted in gate.toml"
                } else {
                    "unexplained"
                };
                why.push(format!(
                    "`{class}` {how} ({signatures} signatures, {calls} calls)"
                ));
            }
            let _ = writeln!(md, "\n`{}` blocked by: {}.", s.scheme, why.join("; "));
        }
        md
    }
}
