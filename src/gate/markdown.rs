//! The verdict as GATE.md: every criterion with its measured value, threshold and result,
//! the per-scheme verdicts, the known divergences and the overshoot summaries.

use super::{Verdict, OPEN_UNKNOWN_BUCKETS, RUNS_PER_CONFIG, UNKNOWN_DIVERGENCES};
use std::collections::BTreeMap;

impl Verdict {
    pub fn markdown(&self) -> String {
        use std::fmt::Write;
        let blocking = match self.failing().as_slice() {
            [] => String::new(),
            failing => format!("Blocking: {}.\n\n", failing.join("; ")),
        };
        let mut md = format!(
            "# vmdiff readiness gate: {}\n\nMay the contract runtime switch from wasmer singlepass to wasmtime \
             (Winch / Cranelift)? Judged on measured data only; every criterion must pass.\n\n\
             {blocking}| criterion | measured | threshold | result |\n|---|---|---|---|\n",
            if self.ready { "READY" } else { "NOT READY" }
        );
        for c in &self.criteria {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} |",
                c.name,
                c.measured,
                c.threshold,
                if c.pass { "pass" } else { "**FAIL**" }
            );
        }
        for c in self.criteria.iter().filter(|c| !c.evidence.is_empty()) {
            let _ = writeln!(md, "\n**{}**: {}", c.name, c.evidence.join("; "));
        }
        md.push_str(&self.schemes_markdown());
        for upgrade in &self.upgrades {
            md.push_str(&upgrade.markdown(self.min_runs_per_config));
        }
        let _ = writeln!(
            md,
            "\n## Known divergences (behaviour changes the switch brings)\n\n{}",
            if self.known_divergences.is_empty() {
                "none seen\n".to_string()
            } else {
                String::new()
            }
        );
        for (class, n) in &self.known_divergences {
            let _ = writeln!(md, "- `{class}`: {n} divergent calls");
        }
        if !self.open_findings.is_empty() {
            let _ = writeln!(
                md,
                "\n## Open findings (real divergences not proven harmless; `vmdiff findings`)\n"
            );
            for (id, (n, accepted)) in &self.open_findings {
                let status = match accepted {
                    Some(reason) => format!("accepted in gate.toml: {reason}"),
                    None => "**not accepted**: blocks until fixed or accepted".into(),
                };
                let _ = writeln!(md, "- `open:{id}`: {n} divergent calls; {status}");
            }
        }
        if !self.relaxed.is_empty() {
            let _ = writeln!(
                md,
                "\n## Relaxed by a rule of the policy (DESIGN.md rule 4)\n\nDifferences a relation \
                 the engines' design fixes allows: not divergences, but behaviour changes all the same.\n"
            );
            for (rule, n) in &self.relaxed {
                let _ = writeln!(md, "- `{rule}`: {n} calls");
            }
        }
        if !self.gas_ratio.is_empty() {
            let _ = writeln!(
                md,
                "\n## Gas of native fuel relative to finite-wasm's count (mean)\n"
            );
            for (pair, mean) in &self.gas_ratio {
                let _ = writeln!(md, "- {pair}: {mean:.3}");
            }
        }
        if !self.fuel_overshoot.is_empty() {
            let _ = writeln!(
                md,
                "\n## Fuel overshoot when both mechanisms run out\n\nDifferent mechanisms charge at \
                 different points, so when both run out of gas one may have made more host calls \
                 first (DESIGN.md, rule 3). Measured, not judged; the full histogram is in gate.json.\n"
            );
            for (pair, hist) in &self.fuel_overshoot {
                let _ = writeln!(md, "- {pair}: {}", overshoot_summary(hist));
            }
        }
        md
    }
}

impl Verdict {
    /// The per-scheme section of GATE.md.
    fn schemes_markdown(&self) -> String {
        use std::fmt::Write;
        let mut md = String::from(
            "\n## Verdict per gas scheme\n\nEach scheme is judged on its own runs, unknown \
             divergences and open unknown buckets (one between two schemes counts for both; one \
             that names no config, for every scheme) and on every criterion above that no scheme \
             owns.\n\n| scheme | verdict | runs per config | unknown divergences | open unknown \
             buckets | known classes (divergent calls) | relaxed by a policy rule (calls) |\n\
             |---|---|---|---|---|---|---|\n",
        );
        let list = |map: &BTreeMap<String, u64>| {
            if map.is_empty() {
                "none".to_string()
            } else {
                map.iter()
                    .map(|(k, n)| format!("`{k}`: {n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        for s in &self.schemes {
            let measured = |name: &str| {
                s.criteria
                    .iter()
                    .find(|c| c.name == name)
                    .map_or(String::new(), |c| {
                        format!("{}{}", c.measured, if c.pass { "" } else { " **FAIL**" })
                    })
            };
            let _ = writeln!(
                md,
                "| `{}` | {} | {} | {} | {} | {} | {} |",
                s.scheme,
                if s.ready { "READY" } else { "**NOT READY**" },
                measured(RUNS_PER_CONFIG),
                measured(UNKNOWN_DIVERGENCES),
                measured(OPEN_UNKNOWN_BUCKETS),
                list(&s.known_divergences),
                list(&s.relaxed)
            );
        }
        for s in self.schemes.iter().filter(|s| !s.ready) {
            let _ = writeln!(
                md,
                "\n`{}` blocked by: {}.",
                s.scheme,
                s.failing().join("; ")
            );
        }
        md
    }
}

/// One line for an overshoot histogram (extra host calls → calls).
pub(super) fn overshoot_summary(hist: &BTreeMap<i64, u64>) -> String {
    let total: u64 = hist.values().sum();
    let within = |d: i64| -> u64 {
        hist.iter()
            .filter(|(k, _)| k.abs() <= d)
            .map(|(_, n)| n)
            .sum()
    };
    let share = |n: u64| 100.0 * n as f64 / total.max(1) as f64;
    format!(
        "{total} calls; {:.1}% the same host calls, {:.1}% within one; range {} to {}",
        share(within(0)),
        share(within(1)),
        hist.keys().next().copied().unwrap_or(0),
        hist.keys().last().copied().unwrap_or(0)
    )
}
