//! The readiness gate (`vmdiff gate`): one verdict — READY or NOT READY — from measured data
//! only: campaign statistics, open finding buckets and compile-scaling results, judged against
//! criteria in a checked-in `gate.toml`. Every criterion is shown with its measured value, its
//! threshold and pass/fail; known divergences are listed with their counts (each is a behaviour
//! change the switch would bring) without failing the gate.
//!
//! Besides the overall verdict, each gas scheme gets its own ([`SchemeVerdict`]), so that "may
//! we switch under `global`" reads apart from "may we adopt wasmtime fuel": a scheme is judged
//! on its own runs, unknown divergences and open unknown buckets, and on every criterion no
//! scheme owns (engine errors, harness defects, rejection, compile time).

mod evidence;
mod markdown;
mod upgrade;

pub use evidence::{
    bucket_signatures, scaling_results, ScalingResult, TriageSummary, TriagedArtefact,
    TriagedBucket,
};
pub use upgrade::{judge_upgrades, BehaviourChange, UpgradeScheme, UpgradeVerdict};

use crate::signature::Signature;
use crate::stats::Stats;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Thresholds; the defaults are `gate.toml`'s.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Criteria {
    pub min_runs_per_config: u64,
    pub max_unknown_divergences: u64,
    pub max_open_unknown_buckets: u64,
    pub max_unclassified: u64,
    pub max_nondeterministic: u64,
    pub max_prepare_failures: u64,
    pub max_poisoned_rate: f64,
    pub max_rejected_rate: f64,
    pub max_compile_exponent: f64,
    pub require_scaling: bool,
    pub max_flaky_artefacts: u64,
    pub max_compile_blowups: u64,
    /// Crashes that are not divergences (preparation defects, panics, wall-clock guard trips,
    /// libFuzzer crash/timeout/OOM files, sanitizer reports), as saved and triaged.
    pub max_crashes: u64,
    /// Open findings ([`crate::open_findings`]) accepted by id, each with the reason given by
    /// whoever decides: a behaviour change the switch would bring. Any other open finding seen
    /// blocks until it is fixed (its reproducer stops reproducing and it is retired).
    #[serde(default)]
    pub accepted_open_findings: BTreeMap<String, String>,
}

impl Criteria {
    pub fn parse(text: &str) -> Result<Criteria, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Criterion {
    pub name: String,
    pub measured: String,
    pub threshold: String,
    pub pass: bool,
    pub evidence: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Verdict {
    pub ready: bool,
    pub criteria: Vec<Criterion>,
    /// One verdict per gas scheme.
    pub schemes: Vec<SchemeVerdict>,
    pub known_divergences: BTreeMap<String, u64>,
    /// Open findings seen, by id, with the reason each was accepted (`None`: not accepted).
    pub open_findings: BTreeMap<String, (u64, Option<String>)>,
    /// Differences a written rule of the policy allowed (DESIGN.md rule 4), per rule.
    pub relaxed: BTreeMap<String, u64>,
    pub fuel_overshoot: BTreeMap<String, BTreeMap<i64, u64>>,
    pub gas_ratio: BTreeMap<String, f64>,
    /// One verdict per version step of an engine the statistics hold (45 → 48), apart from
    /// the switch verdict above.
    pub upgrades: Vec<UpgradeVerdict>,
    /// gate.toml's `min_runs_per_config`, as the upgrade verdicts were judged with it.
    pub min_runs_per_config: u64,
}

/// The verdict for one gas scheme.
#[derive(Clone, Debug, Serialize)]
pub struct SchemeVerdict {
    pub scheme: String,
    pub ready: bool,
    /// The criteria this scheme owns, measured on its configs alone.
    pub criteria: Vec<Criterion>,
    /// Failing criteria that no scheme owns (they block every scheme).
    pub blocking_shared: Vec<String>,
    /// Known classes among divergences involving this scheme, by divergent calls.
    pub known_divergences: BTreeMap<String, u64>,
    /// Differences a rule of the policy allowed between this scheme's configs, per rule.
    pub relaxed: BTreeMap<String, u64>,
}

/// The criteria a scheme owns: measured per scheme, and overall on every scheme at once.
const PER_SCHEME: [&str; 4] = [
    RUNS_PER_CONFIG,
    UNKNOWN_DIVERGENCES,
    OPEN_UNKNOWN_BUCKETS,
    OPEN_FINDINGS_NOT_ACCEPTED,
];
const RUNS_PER_CONFIG: &str = "runs per config";
const OPEN_FINDINGS_NOT_ACCEPTED: &str = "open findings neither fixed nor accepted in gate.toml";
const UNKNOWN_DIVERGENCES: &str = "unknown divergences in campaigns";
const OPEN_UNKNOWN_BUCKETS: &str = "open unknown buckets (exact-equality classes)";

/// The schemes a signature (`class:fields:left~right:kinds`) involves, or `None` when it names
/// no config (a compile blowup, say), which concerns every scheme.
///
/// ```
/// use vmdiff::gate::schemes_of;
/// assert_eq!(
///     schemes_of("unknown:result:winch/fuel~cranelift-none/fuel:ok~gas_exhausted"),
///     Some(vec!["fuel".to_string()])
/// );
/// assert_eq!(
///     schemes_of("x:gas_used:singlepass/host~singlepass/global:ok~ok"),
///     Some(vec!["host".to_string(), "global".to_string()])
/// );
/// assert_eq!(schemes_of("unknown:compile_blowup:winch"), None);
/// ```
pub fn schemes_of(signature: &str) -> Option<Vec<String>> {
    Signature::parse(signature).schemes()
}

fn involves(signature: &str, scheme: &str) -> bool {
    schemes_of(signature).is_none_or(|schemes| schemes.iter().any(|s| s == scheme))
}

/// Counts by the first part of each signature (class or rule), over known (not `unknown:`)
/// signatures involving `scheme`.
fn by_class<'a>(
    signatures: impl Iterator<Item = (&'a String, &'a u64)>,
    scheme: &str,
) -> BTreeMap<String, u64> {
    let mut out = BTreeMap::new();
    for (signature, n) in signatures {
        let parsed = Signature::parse(signature);
        if let Some(class) = parsed.known_class().filter(|_| involves(signature, scheme)) {
            *out.entry(class.to_string()).or_default() += n;
        }
    }
    out
}

/// The evidence the gate judges.
#[derive(Default)]
pub struct Evidence {
    pub stats: Stats,
    /// Signatures of open finding buckets, unknown and known.
    pub buckets: Vec<String>,
    /// What `vmdiff triage` found, when the buckets come from its triage.json; `None` when
    /// they are the raw signatures of a crashes directory (untriaged: fixed findings still count).
    pub triage: Option<TriageSummary>,
    pub scaling: Option<Vec<ScalingResult>>,
}

fn criterion(
    name: &str,
    measured: impl ToString,
    threshold: impl ToString,
    pass: bool,
    evidence: Vec<String>,
) -> Criterion {
    Criterion {
        name: name.into(),
        measured: measured.to_string(),
        threshold: threshold.to_string(),
        pass,
        evidence,
    }
}

/// Judges the evidence.
pub fn judge(criteria: &Criteria, evidence: &Evidence) -> Verdict {
    let stats = &evidence.stats;
    let mut out = Vec::new();
    let fewest = stats.runs_by_config.iter().min_by_key(|(_, n)| **n);
    out.push(criterion(
        RUNS_PER_CONFIG,
        fewest.map_or("no runs".to_string(), |(c, n)| {
            format!("{n} ({c}, the fewest)")
        }),
        format!("≥ {}", criteria.min_runs_per_config),
        fewest.is_some_and(|(_, n)| *n >= criteria.min_runs_per_config),
        stats
            .runs_by_config
            .iter()
            .map(|(c, n)| format!("{c}: {n}"))
            .collect(),
    ));
    out.push(criterion(
        UNKNOWN_DIVERGENCES,
        stats.unknown_divergences,
        format!("≤ {}", criteria.max_unknown_divergences),
        stats.unknown_divergences <= criteria.max_unknown_divergences,
        Vec::new(),
    ));
    let open: Vec<String> = evidence
        .buckets
        .iter()
        .filter(|s| s.starts_with("unknown:"))
        .cloned()
        .collect();
    let source = match &evidence.triage {
        Some(_) => "triaged: reproduced 3 times",
        None => "untriaged crashes directory: run `vmdiff triage` and pass --triage",
    };
    out.push(criterion(
        OPEN_UNKNOWN_BUCKETS,
        format!("{} ({source})", open.len()),
        format!("≤ {}", criteria.max_open_unknown_buckets),
        open.len() as u64 <= criteria.max_open_unknown_buckets,
        open,
    ));
    out.push(open_findings_criterion(criteria, evidence, None));
    let crashes: Vec<String> = evidence
        .buckets
        .iter()
        .filter(|s| s.starts_with(CRASH_PREFIX))
        .cloned()
        .collect();
    let crash_count = stats
        .crashes
        .values()
        .sum::<u64>()
        .max(crashes.len() as u64);
    out.push(criterion(
        "crashes (preparation defects, panics, guard trips, libFuzzer, sanitizers)",
        format!("{crash_count} ({} buckets)", crashes.len()),
        format!("≤ {}", criteria.max_crashes),
        crash_count <= criteria.max_crashes,
        stats
            .crashes
            .iter()
            .map(|(kind, n)| format!("{kind}: {n} in campaigns"))
            .chain(crashes)
            .collect(),
    ));
    if let Some(triage) = &evidence.triage {
        let mut evidence: Vec<String> = triage
            .flaky
            .iter()
            .map(|a| format!("flaky: {}", a.path.display()))
            .collect();
        evidence.extend(
            triage
                .corrupt
                .iter()
                .map(|a| format!("corrupt (listed, not judged): {}", a.path.display())),
        );
        out.push(criterion(
            "flaky artefacts (harness defects)",
            triage.flaky.len(),
            format!("≤ {}", criteria.max_flaky_artefacts),
            triage.flaky.len() as u64 <= criteria.max_flaky_artefacts,
            evidence,
        ));
    }
    out.push(criterion(
        "unclassified engine errors",
        stats.unclassified,
        format!("≤ {}", criteria.max_unclassified),
        stats.unclassified <= criteria.max_unclassified,
        Vec::new(),
    ));
    out.push(criterion(
        "nondeterministic divergences (harness defects)",
        stats.nondeterministic,
        format!("≤ {}", criteria.max_nondeterministic),
        stats.nondeterministic <= criteria.max_nondeterministic,
        Vec::new(),
    ));
    out.push(criterion(
        "preparation failures on accepted modules",
        stats.prepare_failures,
        format!("≤ {}", criteria.max_prepare_failures),
        stats.prepare_failures <= criteria.max_prepare_failures,
        Vec::new(),
    ));
    let poisoned_rate = if stats.config_runs == 0 {
        0.0
    } else {
        stats.poisoned as f64 / stats.config_runs as f64
    };
    out.push(criterion(
        "poisoned rate",
        format!("{poisoned_rate:.5}"),
        format!("≤ {}", criteria.max_poisoned_rate),
        poisoned_rate <= criteria.max_poisoned_rate,
        Vec::new(),
    ));
    out.push(criterion(
        "rejected rate of generated modules",
        format!("{:.4}", stats.rejected_rate()),
        format!("≤ {}", criteria.max_rejected_rate),
        stats.rejected_rate() <= criteria.max_rejected_rate,
        stats
            .rejected_by_rule
            .iter()
            .map(|(r, n)| format!("{r}: {n}"))
            .collect(),
    ));
    out.push(criterion(
        "confirmed compile blowups in campaigns",
        stats.compile_blowups,
        format!("≤ {}", criteria.max_compile_blowups),
        stats.compile_blowups <= criteria.max_compile_blowups,
        Vec::new(),
    ));
    match &evidence.scaling {
        Some(results) => {
            let worst = results
                .iter()
                .max_by(|a, b| a.exponent.total_cmp(&b.exponent));
            let over: Vec<String> = results
                .iter()
                .filter(|r| r.exponent > criteria.max_compile_exponent)
                .map(|r| format!("{} on {}: {:.2}", r.family, r.backend, r.exponent))
                .collect();
            out.push(criterion(
                "compile-time exponent (family × backend)",
                worst.map_or("no results".into(), |w| {
                    format!("{:.2} ({} on {})", w.exponent, w.family, w.backend)
                }),
                format!("≤ {}", criteria.max_compile_exponent),
                worst.is_some() && over.is_empty(),
                over,
            ));
        }
        None => out.push(criterion(
            "compile-time exponent (family × backend)",
            "not measured",
            format!("≤ {}", criteria.max_compile_exponent),
            !criteria.require_scaling,
            vec!["pass --scaling FILE (vmdiff scaling's scaling.json)".into()],
        )),
    }
    let gas_ratio = stats
        .gas_ratio
        .iter()
        .filter_map(|(k, r)| r.mean().map(|m| (k.clone(), m)))
        .collect();
    let schemes = crate::scheme::SchemeName::ALL
        .iter()
        .map(|scheme| judge_scheme(criteria, evidence, scheme.as_str(), &out))
        .collect();
    Verdict {
        ready: out.iter().all(|c| c.pass),
        criteria: out,
        schemes,
        known_divergences: stats.known_divergences.clone(),
        open_findings: open_findings_seen(evidence, None)
            .into_iter()
            .map(|(id, n)| {
                let accepted = criteria.accepted_open_findings.get(&id).cloned();
                (id, (n, accepted))
            })
            .collect(),
        relaxed: stats.relaxed_by_rule(),
        fuel_overshoot: stats.overshoot_host_calls.clone(),
        gas_ratio,
        upgrades: judge_upgrades(criteria, evidence),
        min_runs_per_config: criteria.min_runs_per_config,
    }
}

pub use crate::signature::CRASH_PREFIX;

/// Open findings seen (involving `scheme`, or any), by id: from the campaigns' divergence
/// signatures and the buckets (`open.<id>:…`).
fn open_findings_seen(evidence: &Evidence, scheme: Option<&str>) -> BTreeMap<String, u64> {
    let mut seen = BTreeMap::new();
    let signatures = evidence
        .stats
        .divergences_by_signature
        .iter()
        .map(|(s, n)| (s, *n))
        .chain(evidence.buckets.iter().map(|s| (s, 0)));
    for (signature, n) in signatures {
        let parsed = Signature::parse(signature);
        let Some(id) = parsed.open_id() else {
            continue;
        };
        if scheme.is_none_or(|scheme| involves(signature, scheme)) {
            *seen.entry(id.to_string()).or_default() += n;
        }
    }
    seen
}

/// Every open finding seen must be accepted by id in gate.toml (or fixed, and so not seen).
fn open_findings_criterion(
    criteria: &Criteria,
    evidence: &Evidence,
    scheme: Option<&str>,
) -> Criterion {
    let seen = open_findings_seen(evidence, scheme);
    let blocking: Vec<String> = seen
        .iter()
        .filter(|(id, _)| !criteria.accepted_open_findings.contains_key(*id))
        .map(|(id, n)| format!("open:{id} ({n} divergences)"))
        .collect();
    criterion(
        OPEN_FINDINGS_NOT_ACCEPTED,
        format!("{} of {} seen", blocking.len(), seen.len()),
        "0",
        blocking.is_empty(),
        blocking,
    )
}

/// One scheme's verdict: its own criteria, measured on its configs, and the overall criteria
/// no scheme owns (`overall`).
fn judge_scheme(
    criteria: &Criteria,
    evidence: &Evidence,
    scheme: &str,
    overall: &[Criterion],
) -> SchemeVerdict {
    let stats = &evidence.stats;
    let suffix = format!("/{scheme}");
    let runs: BTreeMap<&String, &u64> = stats
        .runs_by_config
        .iter()
        .filter(|(c, _)| c.ends_with(&suffix))
        .collect();
    let fewest = runs.iter().min_by_key(|(_, n)| ***n);
    let unknown: u64 = stats
        .divergences_by_signature
        .iter()
        .filter(|(s, _)| s.starts_with("unknown:") && involves(s, scheme))
        .map(|(_, n)| n)
        .sum();
    let open: Vec<String> = evidence
        .buckets
        .iter()
        .filter(|s| s.starts_with("unknown:") && involves(s, scheme))
        .cloned()
        .collect();
    let own = vec![
        criterion(
            RUNS_PER_CONFIG,
            fewest.map_or("no runs".to_string(), |(c, n)| {
                format!("{n} ({c}, the fewest)")
            }),
            format!("≥ {}", criteria.min_runs_per_config),
            fewest.is_some_and(|(_, n)| **n >= criteria.min_runs_per_config),
            Vec::new(),
        ),
        criterion(
            UNKNOWN_DIVERGENCES,
            unknown,
            format!("≤ {}", criteria.max_unknown_divergences),
            unknown <= criteria.max_unknown_divergences,
            Vec::new(),
        ),
        criterion(
            OPEN_UNKNOWN_BUCKETS,
            open.len(),
            format!("≤ {}", criteria.max_open_unknown_buckets),
            open.len() as u64 <= criteria.max_open_unknown_buckets,
            open,
        ),
    ];
    let own = {
        let mut own = own;
        own.push(open_findings_criterion(criteria, evidence, Some(scheme)));
        own
    };
    let blocking_shared: Vec<String> = overall
        .iter()
        .filter(|c| !c.pass && !PER_SCHEME.contains(&c.name.as_str()))
        .map(|c| c.name.clone())
        .collect();
    SchemeVerdict {
        scheme: scheme.to_string(),
        ready: own.iter().all(|c| c.pass) && blocking_shared.is_empty(),
        criteria: own,
        blocking_shared,
        known_divergences: by_class(stats.divergences_by_signature.iter(), scheme),
        relaxed: by_class(stats.relaxed_by_signature.iter(), scheme),
    }
}

impl SchemeVerdict {
    /// The names of what blocks this scheme: its own failing criteria, then shared ones.
    pub fn failing(&self) -> Vec<&str> {
        self.criteria
            .iter()
            .filter(|c| !c.pass)
            .map(|c| c.name.as_str())
            .chain(self.blocking_shared.iter().map(String::as_str))
            .collect()
    }
}

impl Verdict {
    /// The verdict for `scheme`, when judged.
    pub fn scheme(&self, scheme: &str) -> Option<&SchemeVerdict> {
        self.schemes.iter().find(|s| s.scheme == scheme)
    }

    /// The names of the criteria that failed, in the gate's order.
    pub fn failing(&self) -> Vec<&str> {
        self.criteria
            .iter()
            .filter(|c| !c.pass)
            .map(|c| c.name.as_str())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::markdown::overshoot_summary;
    use super::*;

    fn criteria() -> Criteria {
        Criteria::parse(include_str!("../../gate.toml")).expect("the checked-in gate.toml parses")
    }

    fn passing() -> Evidence {
        let mut stats = Stats {
            execs: 1000,
            config_runs: 40_000,
            ..Stats::default()
        };
        for config in ["singlepass/host", "winch/host"] {
            stats.runs_by_config.insert(config.into(), 20_000);
        }
        stats
            .known_divergences
            .insert("singlepass_nan_canonicalisation".into(), 3);
        Evidence {
            stats,
            buckets: vec![
                "singlepass_nan_canonicalisation:result:singlepass/host~winch/host:ok~ok".into(),
            ],
            triage: Some(TriageSummary::default()),
            scaling: Some(vec![ScalingResult {
                family: "nesting".into(),
                backend: "winch".into(),
                exponent: 1.02,
            }]),
        }
    }

    #[test]
    fn all_passing_is_ready_and_lists_known_divergences() {
        let verdict = judge(&criteria(), &passing());
        assert!(verdict.ready, "{}", verdict.markdown());
        assert!(verdict
            .markdown()
            .contains("singlepass_nan_canonicalisation`: 3"));
    }

    #[test]
    fn each_criterion_failing_alone_is_not_ready_and_named() {
        let cases: Vec<(&str, Box<dyn Fn(&mut Evidence)>)> = vec![
            (
                "runs per config",
                Box::new(|e| {
                    e.stats.runs_by_config.insert("cranelift/host".into(), 5);
                }),
            ),
            (
                "unknown divergences in campaigns",
                Box::new(|e| e.stats.unknown_divergences = 1),
            ),
            (
                "open unknown buckets",
                Box::new(|e| e.buckets.push("unknown:result:a~b:ok~ok".into())),
            ),
            (
                "unclassified engine errors",
                Box::new(|e| e.stats.unclassified = 1),
            ),
            (
                "nondeterministic divergences",
                Box::new(|e| e.stats.nondeterministic = 2),
            ),
            (
                "preparation failures",
                Box::new(|e| e.stats.prepare_failures = 1),
            ),
            ("poisoned rate", Box::new(|e| e.stats.poisoned = 1_000)),
            ("rejected rate", Box::new(|e| e.stats.rejected = 100)),
            (
                "compile-time exponent",
                Box::new(|e| e.scaling.as_mut().unwrap()[0].exponent = 2.1),
            ),
            ("compile-time exponent", Box::new(|e| e.scaling = None)),
            (
                "confirmed compile blowups",
                Box::new(|e| e.stats.compile_blowups = 1),
            ),
            (
                "flaky artefacts",
                Box::new(|e| {
                    e.triage.as_mut().unwrap().flaky.push(TriagedArtefact {
                        path: "crashes/diff/x".into(),
                    })
                }),
            ),
        ];
        for (name, break_it) in cases {
            let mut evidence = passing();
            break_it(&mut evidence);
            let verdict = judge(&criteria(), &evidence);
            assert!(!verdict.ready, "{name}");
            let failed = verdict.failing();
            assert_eq!(failed.len(), 1, "{name}: {failed:?}");
            assert!(failed[0].starts_with(name), "{name}: {failed:?}");
        }
    }

    #[test]
    fn triage_json_buckets_are_judged_by_their_rerun_class() {
        let json = br#"{"buckets": [
            {"signature": "unknown:result:winch/fuel~cranelift-none/fuel:ok~gas", "known": null, "count": 4},
            {"signature": "singlepass_nan_canonicalisation:result:a~b:ok~ok", "known": "singlepass_nan_canonicalisation", "count": 2}
        ], "flaky": [], "corrupt": [{"path": "crashes/diff/bad", "why": "truncated"}],
        "no_longer_reproducing": []}"#;
        let triage = TriageSummary::parse(json).expect("triage.json parses");
        let mut evidence = passing();
        evidence.buckets = triage.bucket_signatures();
        evidence.triage = Some(triage);
        let verdict = judge(&criteria(), &evidence);
        let open = verdict
            .criteria
            .iter()
            .find(|c| c.name.starts_with("open unknown buckets"))
            .expect("criterion present");
        assert!(!open.pass);
        assert!(open.measured.starts_with("1 (triaged"), "{}", open.measured);
        assert!(verdict
            .markdown()
            .contains("corrupt (listed, not judged): crashes/diff/bad"));
    }

    #[test]
    fn overshoot_is_summarised_in_one_line() {
        let hist: BTreeMap<i64, u64> = [(-5, 1), (-1, 2), (0, 6), (1, 1)].into_iter().collect();
        assert_eq!(
            overshoot_summary(&hist),
            "10 calls; 60.0% the same host calls, 90.0% within one; range -5 to 1"
        );
    }

    #[test]
    fn each_scheme_gets_its_own_verdict_with_its_known_classes() {
        let mut evidence = passing();
        let stats = &mut evidence.stats;
        for config in [
            "singlepass/global",
            "winch/global",
            "singlepass/fuel",
            "winch/fuel",
            "cranelift-none/fuel",
        ] {
            stats.runs_by_config.insert(config.into(), 20_000);
        }
        for (signature, n) in [
            ("singlepass_nan_canonicalisation:result:singlepass/host~winch/host:ok~ok", 3),
            (
                "cranelift_fuel_check_at_bulk_ops:result+state:winch/fuel~cranelift-none/fuel:ok~gas_exhausted",
                5,
            ),
            (
                "unknown:host_trace:winch/fuel~cranelift-none/fuel:gas_exhausted~gas_exhausted",
                1,
            ),
        ] {
            stats.divergences_by_signature.insert(signature.into(), n);
        }
        stats.unknown_divergences = 1;
        stats.relaxed_by_signature.insert(
            "wasmtime_fuel_unflushed_at_trap:gas_used:winch/fuel~cranelift-none/fuel:unreachable~unreachable"
                .into(),
            7,
        );
        let verdict = judge(&criteria(), &evidence);
        assert!(!verdict.ready);
        let host = verdict.scheme("host").unwrap();
        assert!(host.ready, "{:?}", host.failing());
        assert_eq!(host.known_divergences["singlepass_nan_canonicalisation"], 3);
        assert!(host.relaxed.is_empty());
        assert!(verdict.scheme("global").unwrap().ready);
        let fuel = verdict.scheme("fuel").unwrap();
        assert_eq!(fuel.failing(), ["unknown divergences in campaigns"]);
        assert_eq!(
            fuel.known_divergences["cranelift_fuel_check_at_bulk_ops"],
            5
        );
        assert!(!fuel
            .known_divergences
            .contains_key("singlepass_nan_canonicalisation"));
        assert_eq!(fuel.relaxed["wasmtime_fuel_unflushed_at_trap"], 7);
        assert_eq!(verdict.relaxed["wasmtime_fuel_unflushed_at_trap"], 7);
        let md = verdict.markdown();
        for line in [
            "| `host` | READY | 20000 (singlepass/host, the fewest) | 0 | 0 | `singlepass_nan_canonicalisation`: 3 | none |",
            "| `global` | READY |",
            "| `fuel` | **NOT READY** | 20000 (cranelift-none/fuel, the fewest) | 1 **FAIL** | 0 | `cranelift_fuel_check_at_bulk_ops`: 5 | `wasmtime_fuel_unflushed_at_trap`: 7 |",
            "`fuel` blocked by: unknown divergences in campaigns.",
            "- `wasmtime_fuel_unflushed_at_trap`: 7 calls",
        ] {
            assert!(md.contains(line), "{line}\n{md}");
        }
        let json = serde_json::to_value(&verdict).unwrap();
        assert_eq!(json["schemes"][2]["scheme"], "fuel");
        assert_eq!(json["schemes"][2]["ready"], false);

        // A criterion no scheme owns blocks every scheme; a bucket naming no config counts
        // for every scheme.
        evidence.stats.divergences_by_signature.clear();
        evidence.stats.unknown_divergences = 0;
        evidence.stats.unclassified = 1;
        let verdict = judge(&criteria(), &evidence);
        for s in &verdict.schemes {
            assert_eq!(s.failing(), ["unclassified engine errors"], "{}", s.scheme);
        }
        evidence.stats.unclassified = 0;
        evidence.buckets.push("unknown:compile_blowup:winch".into());
        let verdict = judge(&criteria(), &evidence);
        for s in &verdict.schemes {
            assert_eq!(s.failing(), [OPEN_UNKNOWN_BUCKETS], "{}", s.scheme);
        }
        // A scheme that never ran is not ready.
        evidence.buckets.pop();
        evidence
            .stats
            .runs_by_config
            .retain(|c, _| !c.ends_with("/global"));
        let verdict = judge(&criteria(), &evidence);
        assert_eq!(
            verdict.scheme("global").unwrap().failing(),
            [RUNS_PER_CONFIG]
        );
        assert!(
            verdict.ready,
            "the overall verdict judges the configs that ran"
        );
    }

    #[test]
    fn unknown_criteria_keys_are_rejected() {
        assert!(Criteria::parse("min_runs_per_config = 1\nbogus = 2").is_err());
    }

    /// Two versions of one engine in the statistics give an upgrade verdict per scheme: known
    /// classes listed without blocking, unknown changes and unaccepted open findings blocking,
    /// and divergences that are not between the two versions left out of it.
    #[test]
    fn two_versions_of_an_engine_get_an_upgrade_verdict_per_scheme() {
        let mut evidence = passing();
        assert!(judge(&criteria(), &evidence).upgrades.is_empty());
        for config in ["winch@45/host", "winch@45/fuel", "winch/fuel"] {
            evidence.stats.runs_by_config.insert(config.into(), 20_000);
        }
        let signatures = &mut evidence.stats.divergences_by_signature;
        signatures.insert(
            "wasmtime48_br_table_target_limit:result:winch/host~winch@45/host:compile_failed~ok"
                .into(),
            2,
        );
        signatures.insert("unknown:result:winch/fuel~winch@45/fuel:ok~ok".into(), 5);
        // Not between the versions: the switch verdict's, not the upgrade's.
        signatures.insert("unknown:result:singlepass/host~winch/host:ok~ok".into(), 7);
        let verdict = judge(&criteria(), &evidence);
        let [upgrade] = verdict.upgrades.as_slice() else {
            panic!("one step: {:?}", verdict.upgrades)
        };
        assert_eq!(
            (upgrade.from.as_str(), upgrade.to.as_str()),
            ("45.0.3", "48.0.8")
        );
        assert_eq!(
            upgrade.pairs,
            [("winch@45".to_string(), "winch".to_string())]
        );
        let scheme = |name: &str| upgrade.schemes.iter().find(|s| s.scheme == name).unwrap();
        assert!(scheme("host").ready);
        assert_eq!(scheme("host").changes.len(), 1);
        assert_eq!(
            scheme("host").changes[0].classification,
            "known:wasmtime48_br_table_target_limit"
        );
        assert!(!scheme("fuel").ready);
        assert_eq!(scheme("fuel").changes[0].classification, "unknown");
        assert!(upgrade.schemes.iter().all(|s| s.scheme != "global"));
        let markdown = verdict.markdown();
        assert!(
            markdown.contains("## Upgrade 45.0.3 → 48.0.8"),
            "{markdown}"
        );
        assert!(
            markdown.contains("`fuel` blocked by: `unknown` unexplained (1 signatures, 5 calls)")
        );
    }

    /// An open finding seen blocks the gate (and its scheme only) until accepted by id; a
    /// crash bucket or a crash counted in a campaign blocks every scheme.
    #[test]
    fn open_findings_block_until_accepted_and_crashes_block() {
        let mut evidence = passing();
        evidence.stats.divergences_by_signature.insert(
            "open.planted:result:singlepass/host~winch/host:ok~ok".into(),
            4,
        );
        let verdict = judge(&criteria(), &evidence);
        assert_eq!(verdict.failing(), [OPEN_FINDINGS_NOT_ACCEPTED]);
        assert_eq!(verdict.open_findings["planted"], (4, None));
        assert_eq!(
            verdict.scheme("host").unwrap().failing(),
            [OPEN_FINDINGS_NOT_ACCEPTED]
        );
        assert!(verdict
            .scheme("fuel")
            .unwrap()
            .failing()
            .iter()
            .all(|c| *c != OPEN_FINDINGS_NOT_ACCEPTED));
        assert!(verdict
            .markdown()
            .contains("`open:planted`: 4 divergent calls; **not accepted**"));
        let mut accepting = criteria();
        accepting.accepted_open_findings.insert(
            "planted".into(),
            "the switch brings it; decided in a test".into(),
        );
        let verdict = judge(&accepting, &evidence);
        assert!(verdict.ready, "{}", verdict.markdown());
        assert!(verdict
            .markdown()
            .contains("accepted in gate.toml: the switch brings it"));

        let mut evidence = passing();
        evidence
            .buckets
            .push("crash.panic:boom (at src/x.rs:N)".into());
        let verdict = judge(&criteria(), &evidence);
        assert_eq!(
            verdict.failing(),
            ["crashes (preparation defects, panics, guard trips, libFuzzer, sanitizers)"]
        );
        let mut evidence = passing();
        evidence.stats.crashes.insert("prepare_defect".into(), 2);
        assert!(!judge(&criteria(), &evidence).ready);
    }
}
