//! What is new since the last report (`vmdiff news`, the nightly's alarm): a finding is
//! reported once. A ledger kept beside the reports lists every bucket already reported;
//! a bucket nobody has classified (an unknown divergence, a crash, a flaky artefact) that the
//! ledger does not hold is new, and only that rings. Open findings and known classes seen
//! again are listed with their counts, never alarmed on. The gate's verdict stays separate
//! and strict (`vmdiff gate`).

use crate::gate::TriageSummary;
use crate::stats::Stats;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Every bucket already reported, by signature (flaky artefacts by path).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Ledger {
    pub reported: BTreeSet<String>,
}

/// One report's news.
#[derive(Clone, Debug, Default, Serialize)]
pub struct News {
    /// New since the ledger: buckets to look at now.
    pub new: Vec<String>,
    /// Unclassified buckets already reported on an earlier night, still there.
    pub still_open: Vec<String>,
    /// Open findings seen again, by id, with their divergence counts.
    pub open_findings: BTreeMap<String, u64>,
    /// Known classes seen again, with their counts.
    pub known: BTreeMap<String, u64>,
}

impl News {
    /// What `triage` and `stats` show against `ledger`; the ledger gains what is new.
    pub fn since(ledger: &mut Ledger, triage: &TriageSummary, stats: &Stats) -> News {
        let mut news = News {
            open_findings: stats.open_findings.clone(),
            known: stats.known_divergences.clone(),
            ..News::default()
        };
        let unclassified = triage
            .buckets
            .iter()
            .filter(|b| b.known.is_none() && b.open.is_none())
            .map(|b| b.signature.clone());
        let flaky = triage
            .flaky
            .iter()
            .map(|a| format!("flaky: {}", a.path.display()));
        for item in unclassified.chain(flaky) {
            if ledger.reported.insert(item.clone()) {
                news.new.push(item);
            } else {
                news.still_open.push(item);
            }
        }
        for bucket in triage.buckets.iter().filter(|b| b.open.is_some()) {
            if let Some(id) = &bucket.open {
                news.open_findings.entry(id.clone()).or_insert(0);
            }
        }
        news
    }

    pub fn markdown(&self) -> String {
        use std::fmt::Write;
        let mut md = format!(
            "# vmdiff news: {}\n\n## New ({})\n\n",
            if self.new.is_empty() {
                "nothing new"
            } else {
                "NEW FINDINGS"
            },
            self.new.len()
        );
        for item in &self.new {
            let _ = writeln!(md, "- `{item}`");
        }
        if !self.still_open.is_empty() {
            let _ = writeln!(
                md,
                "\n## Reported before, still unclassified ({})\n",
                self.still_open.len()
            );
            for item in &self.still_open {
                let _ = writeln!(md, "- `{item}`");
            }
        }
        let _ = writeln!(md, "\n## Open findings seen again\n");
        if self.open_findings.is_empty() {
            md.push_str("none\n");
        }
        for (id, n) in &self.open_findings {
            let _ = writeln!(md, "- `open:{id}`: {n} divergent calls");
        }
        let _ = writeln!(md, "\n## Known classes seen again\n");
        if self.known.is_empty() {
            md.push_str("none\n");
        }
        for (class, n) in &self.known {
            let _ = writeln!(md, "- `{class}`: {n} divergent calls");
        }
        md
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn triage(buckets: &[(&str, Option<&str>, Option<&str>)]) -> TriageSummary {
        let json = serde_json::json!({
            "buckets": buckets.iter().map(|(signature, known, open)| serde_json::json!({
                "signature": signature, "known": known, "open": open, "count": 1
            })).collect::<Vec<_>>(),
        });
        TriageSummary::parse(json.to_string().as_bytes()).unwrap()
    }

    #[test]
    fn a_finding_is_new_once_and_open_findings_never_alarm() {
        let mut ledger = Ledger::default();
        let mut stats = Stats::default();
        stats.open_findings.insert("near_x".into(), 7);
        let night = triage(&[
            ("unknown:result:a/host~b/host:ok~ok", None, None),
            ("crash.panic:boom", None, None),
            (
                "open.near_x:result:a/near~b/near:ok~ok",
                None,
                Some("near_x"),
            ),
            ("k:result:a/host~b/host:ok~ok", Some("k"), None),
        ]);
        let first = News::since(&mut ledger, &night, &stats);
        assert_eq!(
            first.new,
            ["unknown:result:a/host~b/host:ok~ok", "crash.panic:boom"]
        );
        assert_eq!(first.open_findings["near_x"], 7);
        // The same night again: nothing new, the two still listed.
        let second = News::since(&mut ledger, &night, &stats);
        assert!(second.new.is_empty(), "{:?}", second.new);
        assert_eq!(second.still_open.len(), 2);
        assert!(second.markdown().contains("nothing new"));
        // A third bucket appears: only it is new.
        let third = News::since(
            &mut ledger,
            &triage(&[("unknown:gas_used:a/host~b/host:ok~ok", None, None)]),
            &stats,
        );
        assert_eq!(third.new, ["unknown:gas_used:a/host~b/host:ok~ok"]);
    }
}
