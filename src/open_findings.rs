//! Open findings (DESIGN.md, "Known divergences"): real divergences vmdiff has seen, triaged
//! and written up, but cannot prove harmless by a re-run. Each is registered here with the
//! coarse signatures it may cover and a predicate narrower than them, checked on the outcomes:
//! the relation that identifies this cause and no other. A matching divergence is counted as
//! `open:<id>`, saved once per id, and fails exit codes only under `--strict`; anything else of
//! the same coarse signature stays unknown.
//!
//! Every entry's reproducer is re-run by `tests/open_findings.rs`: one that stops reproducing
//! (an engine bump fixed it, or changed it) fails that test, which says to retire or update
//! the entry. findings/README.md has a `### open:<id>` heading per entry, checked by the same
//! test.

use crate::matrix::CallReport;
use crate::oracle::Divergence;
use crate::outcome::Outcome;

/// One registered open finding.
pub struct OpenFinding {
    pub id: &'static str,
    /// What it is, in one sentence.
    pub summary: &'static str,
    /// The coarse signatures (class position `unknown`) it may cover; the predicate decides.
    pub signatures: &'static [&'static str],
    /// The relation that identifies the cause, on the divergence and its two outcomes (left,
    /// right as the divergence names them).
    pub predicate: fn(&Divergence, &Outcome, &Outcome) -> bool,
    /// The engine versions it was seen on.
    pub seen_on: &'static str,
    /// An upstream reference, or "not reported".
    pub upstream: &'static str,
    /// The reproducer under `findings/`, and the `vmdiff run` arguments after the file.
    pub reproducer: &'static str,
    pub reproduce_args: &'static [&'static str],
}

impl OpenFinding {
    /// The one-line command that reproduces it (from the project's root).
    pub fn reproduce_command(&self) -> String {
        let mut command = format!("vmdiff run {}", self.reproducer);
        for arg in self.reproduce_args {
            command.push(' ');
            command.push_str(arg);
        }
        command
    }
}

/// The registry: what no re-run proves harmless yet (findings/README.md writes each up).
pub const REGISTRY: &[OpenFinding] = &[
    OpenFinding {
        id: "wasmtime48_fuel_at_instantiation",
        summary:
            "under wasmtime fuel, wasmtime 48 charges fuel while it instantiates a module with \
              active data segments (about one unit per segment), wasmtime 45 charges none: a \
              call whose limit is under that charge runs on 45 and fails to instantiate on 48",
        signatures: &[
            "unknown:*:*/fuel~*/fuel:gas_exhausted~*",
            "unknown:*:*/fuel~*/fuel:*~gas_exhausted",
        ],
        predicate: fuel_charged_at_instantiation,
        seen_on: "wasmtime 48.0.8 (Winch, Cranelift) against 45.0.3, vmdiff's and NEAR's settings",
        upstream: "not reported (the charging code is not located yet)",
        reproducer: "findings/wasmtime48_fuel_at_instantiation.wat",
        reproduce_args: &[
            "--backends",
            "winch@45,winch",
            "--schemes",
            "fuel",
            "--gas",
            "3",
        ],
    },
    OpenFinding {
        id: "near_vm_exact_gas_limit",
        summary: "near-vm runs out of gas when a wasm charge brings burnt gas exactly to the \
                  limit, where NEAR's wasmtime runner (and near-vm's own host functions) go on: \
                  a call prepaid exactly the gas it burns fails on near-vm and succeeds on the \
                  wasmtime runner",
        signatures: &[
            "unknown:*:near-vm/near~near-wasmtime/near:gas_exhausted~*",
            "unknown:*:near-wasmtime/near~near-vm/near:*~gas_exhausted",
        ],
        predicate: near_vm_out_of_gas_at_exactly_its_limit,
        seen_on: "near-vm-runner 0.37.0 (near-vm 0.37.4, wasmtime runner on wasmtime 45.0.3), \
                  protocol 86",
        upstream: "not reported: near-vm-compiler-singlepass 0.37.4 codegen_x64.rs l. 404-418 \
                   (`emit_gas`: cmp then jump to gas_limit_exceeded on BelowEqual, i.e. limit <= \
                   new burnt) against near-vm-runner 0.37.0 logic/gas_counter.rs l. 152 \
                   (`burn_gas`: new burnt <= limit is fine)",
        reproducer: "findings/near_vm_exact_gas_limit.wat",
        reproduce_args: &[
            "--backends",
            "near",
            "--export",
            "main",
            "--limited",
            "1000",
        ],
    },
];

/// The engine that charges fuel at instantiation ran out of it before the call began (no
/// state: the instance was never made, no host call) where the other, under the same
/// mechanism, did not run out there: it instantiated, or its instantiation trapped (a data
/// segment out of bounds, met after the charge that stopped the first).
fn fuel_charged_at_instantiation(d: &Divergence, left: &Outcome, right: &Outcome) -> bool {
    use crate::backend::EngineFact::FuelChargedAtInstantiation;
    let wasmtime_fuel = |c: &crate::config::Config| c.mechanism() == "wasmtime-fuel";
    if !wasmtime_fuel(&d.left) || !wasmtime_fuel(&d.right) {
        return false;
    }
    let (charging, other) = match (
        d.left.backend.has(FuelChargedAtInstantiation),
        d.right.backend.has(FuelChargedAtInstantiation),
    ) {
        (true, false) => (left, right),
        (false, true) => (right, left),
        _ => return false,
    };
    charging.result.is_gas_exhausted()
        && charging.state.is_none()
        && charging.host_trace.is_empty()
        && (other.state.is_some() || !other.result.is_gas_exhausted())
}

/// near-vm ran out of gas where NEAR's wasmtime runner, at the same limit, did not, and both
/// burnt the same gas: near-vm's whole limit, which the runner burnt without running out. The
/// limit was exactly what the call burns on the runner: near-vm's compiled gas check stops a
/// charge that reaches the limit, the runner's (and near-vm's host functions') one that passes
/// it. A near-vm that stopped early or a runner that overran would burn apart.
fn near_vm_out_of_gas_at_exactly_its_limit(
    d: &Divergence,
    left: &Outcome,
    right: &Outcome,
) -> bool {
    use crate::backend::EngineFact::NearWasmtimeRunner;
    let near_vm =
        |c: &crate::config::Config| c.backend.is_near() && !c.backend.has(NearWasmtimeRunner);
    let runner = |c: &crate::config::Config| c.backend.has(NearWasmtimeRunner);
    let (vm, wasmtime) = if near_vm(&d.left) && runner(&d.right) {
        (left, right)
    } else if runner(&d.left) && near_vm(&d.right) {
        (right, left)
    } else {
        return false;
    };
    let used = |o: &Outcome| o.near.as_ref().map(|n| n.used_gas);
    vm.result.is_gas_exhausted()
        && !wasmtime.result.is_gas_exhausted()
        && vm.gas_used == wasmtime.gas_used
        && used(vm) == used(wasmtime)
}

/// The entry called `id`.
pub fn entry(id: &str) -> Option<&'static OpenFinding> {
    REGISTRY.iter().find(|f| f.id == id)
}

/// The first finding of `registry` that covers `divergence` (its coarse signature registered,
/// its predicate true on the two outcomes).
pub fn matching<'r>(
    registry: &'r [OpenFinding],
    divergence: &Divergence,
    left: &Outcome,
    right: &Outcome,
) -> Option<&'r OpenFinding> {
    let coarse = divergence.coarse_signature();
    registry.iter().find(|finding| {
        finding.signatures.iter().any(|s| glob_matches(s, &coarse))
            && (finding.predicate)(divergence, left, right)
    })
}

/// Whether `text` matches `pattern`, where `*` stands for any run of characters other than
/// `:` (one field of a signature, or part of one): registered signatures cover every pair of
/// backends a cause can show between without listing them.
fn glob_matches(pattern: &str, text: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == text,
        Some((head, tail)) => {
            let Some(rest) = text.strip_prefix(head) else {
                return false;
            };
            let field_end = rest.find(':').unwrap_or(rest.len());
            (0..=field_end).any(|skip| glob_matches(tail, &rest[skip..]))
        }
    }
}

/// Marks every divergence of `report` that no known class explained and a registered open
/// finding covers. Called on divergences that recurred (see [`crate::case`]).
pub fn classify(report: &mut CallReport) {
    classify_with(REGISTRY, report);
}

/// [`classify`] against a given registry.
pub fn classify_with(registry: &[OpenFinding], report: &mut CallReport) {
    let outcome = |outcomes: &[(crate::config::Config, Outcome)], config| {
        outcomes
            .iter()
            .find(|(c, _)| *c == config)
            .map(|(_, o)| o.clone())
    };
    for index in 0..report.comparison.divergences.len() {
        let divergence = &report.comparison.divergences[index];
        if divergence.known.is_some() || divergence.open.is_some() {
            continue;
        }
        let (Some(left), Some(right)) = (
            outcome(&report.outcomes, divergence.left),
            outcome(&report.outcomes, divergence.right),
        ) else {
            continue;
        };
        if let Some(finding) = matching(registry, divergence, &left, &right) {
            report.comparison.divergences[index].open = Some(finding.id.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::BackendName;
    use crate::config::Config;
    use crate::oracle::compare;
    use crate::outcome::{CallResult, Value};
    use crate::scheme::SchemeName;

    const WINCH: Config = Config {
        backend: BackendName::WINCH,
        scheme: SchemeName::Fuel,
    };
    const CRANELIFT: Config = Config {
        backend: BackendName::CRANELIFT_NONE,
        scheme: SchemeName::Fuel,
    };

    /// A test entry: Winch returns where Cranelift-none ran out of fuel at exactly its limit
    /// with no host call made (the shape of the fuel finding that was open until 2026-12-04).
    fn stopped_before_any_host_call(d: &Divergence, left: &Outcome, right: &Outcome) -> bool {
        if (d.left.backend, d.right.backend) != (BackendName::WINCH, BackendName::CRANELIFT_NONE) {
            return false;
        }
        let (winch, cranelift) = (left, right);
        matches!(winch.result, CallResult::Ok(_))
            && cranelift.result.is_gas_exhausted()
            && cranelift.host_trace.is_empty()
            && winch.host_trace.is_empty()
    }

    #[test]
    fn a_star_matches_within_one_field_only() {
        assert!(glob_matches(
            "unknown:*:a/fuel~*/fuel:x~*",
            "unknown:result+state:a/fuel~b@45/fuel:x~ok"
        ));
        assert!(glob_matches("u:*", "u:"));
        assert!(!glob_matches("unknown:*:a", "unknown:result:b:a"));
        assert!(!glob_matches("unknown:*/fuel", "unknown:a/host"));
        assert!(glob_matches("exact", "exact"));
        assert!(!glob_matches("exact", "exact2"));
    }

    const TEST_REGISTRY: &[OpenFinding] = &[OpenFinding {
        id: "test_fuel_stop",
        summary: "a test entry",
        signatures: &["unknown:result+state:winch/fuel~cranelift-none/fuel:ok~gas_exhausted"],
        predicate: stopped_before_any_host_call,
        seen_on: "tests",
        upstream: "not reported",
        reproducer: "findings/none.wat",
        reproduce_args: &[],
    }];

    fn ok(state: &str) -> Outcome {
        Outcome {
            result: CallResult::Ok(vec![Value::I32(1)]),
            gas_used: 60,
            host_trace: Vec::new(),
            state: Some(state.into()),
            near: None,
            exhaustion: None,
        }
    }

    fn classified(winch: Outcome, cranelift: Outcome) -> Vec<String> {
        signatures(TEST_REGISTRY, (WINCH, winch), (CRANELIFT, cranelift), 60)
    }

    /// The signatures of the divergences between two outcomes at `limit`, classified against
    /// `registry`.
    fn signatures(
        registry: &[OpenFinding],
        left: (Config, Outcome),
        right: (Config, Outcome),
        limit: u64,
    ) -> Vec<String> {
        let observed = vec![left, right];
        let mut report = CallReport {
            export: "f".into(),
            args: Vec::new(),
            limits: vec![limit, limit],
            comparison: compare(&observed, &[limit, limit]),
            outcomes: observed,
            exec_times: Vec::new(),
        };
        classify_with(registry, &mut report);
        report
            .comparison
            .divergences
            .iter()
            .map(|d| d.signature())
            .collect()
    }

    fn exhausted(host_calls: usize) -> Outcome {
        let call = crate::outcome::HostCall {
            func: "log_utf8".into(),
            args: vec![0, 1],
            read: b"x".to_vec(),
        };
        let mut outcome = Outcome::trap(
            crate::outcome::TrapKind::GasExhausted,
            60,
            vec![call; host_calls],
        );
        outcome.state = Some("t".into());
        outcome
    }

    /// Winch on 45 (no instantiation charge) against Winch on 48, under fuel, through the real
    /// registry.
    fn upgrade_classified(old: Outcome, new: Outcome) -> Vec<String> {
        let old_config = Config {
            backend: "winch@45".parse().unwrap(),
            scheme: SchemeName::Fuel,
        };
        signatures(REGISTRY, (old_config, old), (WINCH, new), 3)
    }

    #[test]
    fn wasmtime48_out_of_fuel_before_the_instance_exists_is_the_open_finding() {
        let mut never_instantiated = exhausted(0);
        never_instantiated.state = None;
        assert_eq!(
            upgrade_classified(ok("s"), never_instantiated),
            ["open.wasmtime48_fuel_at_instantiation:result+state:winch@45/fuel~winch/fuel:ok~gas_exhausted"]
        );
    }

    #[test]
    fn wasmtime48_out_of_fuel_inside_the_call_stays_unknown() {
        // The same coarse signature with another cause: 48 ran out inside the call (it has a
        // state), or after a host call.
        let signature = "unknown:result+state:winch@45/fuel~winch/fuel:ok~gas_exhausted";
        assert_eq!(upgrade_classified(ok("s"), exhausted(0)), [signature]);
        let mut after_a_host_call = exhausted(1);
        after_a_host_call.state = None;
        assert!(upgrade_classified(ok("s"), after_a_host_call)[0].starts_with("unknown:"));
        // 45 out of fuel before its instance too: not this cause.
        let mut old_never = exhausted(0);
        old_never.state = None;
        let mut new_never = exhausted(0);
        new_never.state = None;
        new_never.gas_used = 2;
        assert!(upgrade_classified(old_never, new_never)
            .iter()
            .all(|s| s.starts_with("unknown:")));
    }

    #[test]
    fn a_divergence_the_predicate_holds_for_is_the_open_finding() {
        assert_eq!(
            classified(ok("s"), exhausted(0)),
            ["open.test_fuel_stop:result+state:winch/fuel~cranelift-none/fuel:ok~gas_exhausted"]
        );
    }

    /// The same coarse signature with another cause (Cranelift out of fuel after a host call
    /// Winch made too: the predicate refuses it), or the predicate's relation under another
    /// signature: never the open finding.
    #[test]
    fn the_same_coarse_signature_with_another_cause_stays_unknown() {
        let mut winch = ok("s");
        winch.host_trace = exhausted(1).host_trace;
        let signatures = classified(winch, exhausted(1));
        assert_eq!(
            signatures,
            ["unknown:result+state:winch/fuel~cranelift-none/fuel:ok~gas_exhausted"]
        );
        // Same relation, but the state equal: another coarse signature, not registered.
        let mut same_state = exhausted(0);
        same_state.state = Some("s".into());
        for signature in classified(ok("s"), same_state) {
            assert!(signature.starts_with("unknown:"), "{signature}");
        }
    }

    #[test]
    fn every_entry_is_well_formed() {
        let mut ids = std::collections::HashSet::new();
        for finding in REGISTRY.iter().chain(TEST_REGISTRY) {
            assert!(ids.insert(finding.id), "duplicate id {}", finding.id);
            assert!(!finding.signatures.is_empty(), "{}", finding.id);
            for signature in finding.signatures {
                assert!(
                    signature.starts_with("unknown:"),
                    "{}: {signature}",
                    finding.id
                );
            }
            assert!(
                finding.reproducer.starts_with("findings/"),
                "{}",
                finding.id
            );
            assert!(!finding.upstream.is_empty() && !finding.seen_on.is_empty());
        }
    }
}
