//! The oracle: compares the outcomes of one call across every config of the matrix under
//! DESIGN.md's equivalence policy, and names what differs.
//!
//! Which pairs are compared is the policy, written once in [`policy_edges`]:
//! 1. the same scheme on different backends: every field (within one metering mechanism);
//! 2. `host` vs `global` on the same backend: every field;
//! 3. a different metering mechanism (`fuel` vs `host`, and `Metering` vs wasmtime fuel):
//!    result, host trace and state on success; on out-of-gas both must have burnt the whole
//!    limit, and the difference in host calls made is reported as overshoot. Gas itself is
//!    reported as a ratio, never compared.
//!
//! One relation the engines' design fixes is checked as a rule instead of by a re-run (rule 4):
//! under wasmtime fuel, after a trap that is not out-of-fuel, Cranelift may report less fuel used
//! than Winch, never more ([`RelaxedRule::WasmtimeFuelUnflushedAtTrap`]). Every difference it
//! allows is recorded as a [`Relaxation`], counted in the statistics and shown in reports.

use crate::backend::{BackendName, EngineFact};
use crate::config::Config;
use crate::outcome::{CallResult, Outcome, TrapKind};
use crate::scheme::SchemeName;
use serde::{Deserialize, Serialize};

/// An outcome field the policy compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Result,
    GasUsed,
    HostTrace,
    State,
    /// The fields of NEAR's outcome beyond result, burnt gas and state (`near` scheme).
    UsedGas,
    ComputeUsage,
    Logs,
    ReturnData,
    /// The abort's message (its kind is in `result`).
    Abort,
    Balance,
    Profile,
}

impl Field {
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Result => "result",
            Field::GasUsed => "gas_used",
            Field::HostTrace => "host_trace",
            Field::State => "state",
            Field::UsedGas => "used_gas",
            Field::ComputeUsage => "compute_usage",
            Field::Logs => "logs",
            Field::ReturnData => "return_data",
            Field::Abort => "abort",
            Field::Balance => "balance",
            Field::Profile => "profile",
        }
    }
}

/// Which rule of the policy a comparison applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// Rule 1: same scheme, different backends.
    SameScheme,
    /// Rule 2: `host` vs `global` on one backend.
    HostVsGlobal,
    /// Rule 3: different metering mechanisms.
    CrossMechanism,
}

/// Two configs whose outcomes differ in fields the policy compares.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Divergence {
    pub left: Config,
    pub right: Config,
    pub rule: Rule,
    pub fields: Vec<Field>,
    pub left_result: String,
    pub right_result: String,
    /// The known-divergence class that explains it (set by [`crate::known`]), or `None`.
    pub known: Option<String>,
    /// The open finding it is (set by [`crate::open_findings`] when no class explains it and
    /// a registered finding's predicate holds), or `None`.
    #[serde(default)]
    pub open: Option<String>,
}

use crate::signature::Signature;
pub use crate::signature::OPEN_PREFIX;

impl Divergence {
    /// Neither a known class nor an open finding: what alarms ring on.
    pub fn is_unknown(&self) -> bool {
        self.known.is_none() && self.open.is_none()
    }

    /// How it is classified, as written in summaries: `unknown`, the known class's name, or
    /// `open:<id>`.
    pub fn classification(&self) -> String {
        match (&self.known, &self.open) {
            (Some(class), _) => class.clone(),
            (None, Some(id)) => format!("open:{id}"),
            (None, None) => "unknown".into(),
        }
    }

    /// The bucket key for duplicates: class, fields, configs and result kinds (DESIGN.md).
    /// The class is the known class's name, `open.<id>`, or `unknown`.
    pub fn signature(&self) -> String {
        let class = match (&self.known, &self.open) {
            (Some(class), _) => class.clone(),
            (None, Some(id)) => format!("{OPEN_PREFIX}{id}"),
            (None, None) => "unknown".into(),
        };
        self.signature_as(&class)
    }

    /// The signature as an unclassified divergence would have it (class `unknown`): what an
    /// open finding's registered signatures are matched against.
    pub fn coarse_signature(&self) -> String {
        self.signature_as("unknown")
    }

    fn signature_as(&self, class: &str) -> String {
        let fields: Vec<&str> = self.fields.iter().map(|f| f.as_str()).collect();
        let kinds = (kind_of(&self.left_result), kind_of(&self.right_result));
        Signature::of_pair(class, &fields.join("+"), self.left, self.right, kinds).to_string()
    }
}

/// `ok` or the trap name, from a result's display form.
fn kind_of(result: &str) -> &str {
    match result.strip_prefix("trap ") {
        Some(trap) => trap.split('(').next().unwrap_or(trap),
        None => "ok",
    }
}

/// A cross-mechanism measurement (rule 3): reported, never a divergence.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MechanismReport {
    pub left: Config,
    pub right: Config,
    /// `right.gas_used / left.gas_used` when both succeeded.
    pub gas_ratio: Option<f64>,
    /// Both ran out of gas: extra host calls the right config made (may be negative).
    pub overshoot_host_calls: Option<i64>,
    /// Only one of the two ran out of gas at this limit (their mechanisms charge differently).
    pub only_one_exhausted: bool,
}

/// A relation of the policy that allows a difference in one field (DESIGN.md rule 4: written,
/// tested, shown in reports).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelaxedRule {
    /// Under wasmtime fuel, after a trap that is not out-of-fuel (same trap, same host trace),
    /// Cranelift reports no more fuel used than Winch. wasmtime 48.0.8's Cranelift keeps the
    /// fuel consumed in a function-local variable and stores it to the store only before
    /// calls, returns and `unreachable` (`fuel_before_op` in `crates/cranelift/src/
    /// func_environ.rs`); Winch stores it at those points and at every other control operator
    /// too (`fuel_before_visit_op` in `winch/codegen/src/codegen/mod.rs`). Both charge the same
    /// cost per operator before it runs, so at any trap Winch's stored count is at least
    /// Cranelift's (upstream: bytecodealliance/wasmtime#13802). On success both store
    /// everything (equal); on out-of-fuel both have used the whole limit (equal). Cranelift
    /// reporting *more*, or any difference on success, stays a divergence.
    WasmtimeFuelUnflushedAtTrap,
    /// NEAR's pair, the same stack overflow worded apart: near-vm aborts with
    /// `WasmTrap(StackOverflow)` (its function prologue's stack check, near-vm-compiler-
    /// singlepass 0.37.4 `codegen_x64.rs` l. 1625–1634), NEAR's wasmtime runner with
    /// `HostError(MemoryAccessViolation)` (`instrument_v3`'s stack check calls
    /// `finite_wasm_stack_exhausted`, near-vm-runner 0.37.0 `prepare/instrument_v3.rs`
    /// l. 576–585, `wasmtime_runner/logic.rs` l. 290–292). Both check the same frame sizes
    /// against the same limit before the frame's gas charge, so they stop at the same call with
    /// the same gas. NEAR accepted the two abort kinds as long as gas is equal (nearcore PR
    /// 9066; its test `test_stack_overflow`, `tests/runtime_errors.rs` l. 411–421, compares
    /// gas only). Every other field must be equal; gas apart, or any other error, stays a
    /// divergence.
    NearStackOverflowAbortKind,
}

impl RelaxedRule {
    pub fn as_str(self) -> &'static str {
        match self {
            RelaxedRule::WasmtimeFuelUnflushedAtTrap => "wasmtime_fuel_unflushed_at_trap",
            RelaxedRule::NearStackOverflowAbortKind => "near_stack_overflow_abort_kind",
        }
    }
}

/// A difference a [`RelaxedRule`] allowed: not a divergence, but counted and reported.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Relaxation {
    pub left: Config,
    pub right: Config,
    pub rule: RelaxedRule,
    pub field: Field,
    /// The trap both ended in (the left one's, when the rule allows two).
    pub result: String,
    /// The right one's trap, when it differs from the left's.
    #[serde(default)]
    pub right_result: Option<String>,
    pub left_gas_used: u64,
    pub right_gas_used: u64,
}

impl Relaxation {
    /// What `rule` allowed in `field` between a pair of (config, outcome).
    fn new(
        rule: RelaxedRule,
        field: Field,
        ((left_config, left), (right_config, right)): ((Config, &Outcome), (Config, &Outcome)),
    ) -> Relaxation {
        Relaxation {
            left: left_config,
            right: right_config,
            rule,
            field,
            result: left.result.to_string(),
            right_result: (left.result != right.result).then(|| right.result.to_string()),
            left_gas_used: left.gas_used,
            right_gas_used: right.gas_used,
        }
    }

    /// Like [`Divergence::signature`], with the rule's name in the class position.
    pub fn signature(&self) -> String {
        let right_result = self.right_result.as_deref().unwrap_or(&self.result);
        let kinds = (kind_of(&self.result), kind_of(right_result));
        Signature::of_pair(
            self.rule.as_str(),
            self.field.as_str(),
            self.left,
            self.right,
            kinds,
        )
        .to_string()
    }
}

/// Everything the oracle concluded about one call.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Comparison {
    pub divergences: Vec<Divergence>,
    pub mechanisms: Vec<MechanismReport>,
    /// Differences a written relation of the policy allowed (rule 4).
    #[serde(default)]
    pub relaxed: Vec<Relaxation>,
    /// Configs whose outcome was poisoned (nondeterministic by nature) and left out.
    pub poisoned: Vec<Config>,
}

/// The pairs the policy compares, given the configs present (in matrix order).
pub fn policy_edges(configs: &[Config]) -> Vec<(usize, usize, Rule)> {
    let mut edges = Vec::new();
    let first = |pred: &dyn Fn(&Config) -> bool| configs.iter().position(pred);
    // Rules 1 and 3 within a scheme: each config against the first of its mechanism; the first
    // of each further mechanism against the first of the scheme.
    for scheme in SchemeName::MATRIX {
        let Some(scheme_head) = first(&|c| c.scheme == scheme) else {
            continue;
        };
        for (i, config) in configs.iter().enumerate() {
            if config.scheme != scheme {
                continue;
            }
            let head =
                first(&|c| c.scheme == scheme && c.mechanism() == config.mechanism()).unwrap_or(i);
            if head != i {
                edges.push((head, i, Rule::SameScheme));
            } else if i != scheme_head {
                edges.push((scheme_head, i, Rule::CrossMechanism));
            }
        }
    }
    // Rules 2 and 3 within a backend.
    let backends: std::collections::BTreeSet<BackendName> =
        configs.iter().map(|c| c.backend).collect();
    for backend in backends {
        let find = |scheme| first(&|c| c.backend == backend && c.scheme == scheme);
        let (host, global, fuel) = (
            find(SchemeName::Host),
            find(SchemeName::Global),
            find(SchemeName::Fuel),
        );
        if let (Some(h), Some(g)) = (host, global) {
            edges.push((h, g, Rule::HostVsGlobal));
        }
        if let (Some(reference), Some(f)) = (host.or(global), fuel) {
            edges.push((reference, f, Rule::CrossMechanism));
        }
    }
    edges
}

/// Fields in which two outcomes differ, compared exactly.
pub fn exact_differences(left: &Outcome, right: &Outcome) -> Vec<Field> {
    let mut fields = Vec::new();
    if left.result != right.result {
        fields.push(Field::Result);
    }
    if left.gas_used != right.gas_used {
        fields.push(Field::GasUsed);
    }
    if left.host_trace != right.host_trace {
        fields.push(Field::HostTrace);
    }
    if left.state != right.state {
        fields.push(Field::State);
    }
    match (&left.near, &right.near) {
        (Some(l), Some(r)) => {
            let differs = [
                (l.used_gas != r.used_gas, Field::UsedGas),
                (l.compute_usage != r.compute_usage, Field::ComputeUsage),
                (l.logs != r.logs, Field::Logs),
                (l.return_data != r.return_data, Field::ReturnData),
                (l.abort != r.abort, Field::Abort),
                (l.balance != r.balance, Field::Balance),
                (l.profile != r.profile, Field::Profile),
            ];
            fields.extend(differs.into_iter().filter(|(d, _)| *d).map(|(_, f)| f));
        }
        (None, None) => {}
        // One runtime reported NEAR's outcome and the other did not (a VMRunnerError, say).
        _ if !fields.contains(&Field::Result) => fields.push(Field::Result),
        _ => {}
    }
    fields
}

/// Compares every policy edge between `observed` outcomes; `limits` gives each config's gas
/// limit for this call (the whole limit must be burnt on exhaustion).
pub fn compare(observed: &[(Config, Outcome)], limits: &[u64]) -> Comparison {
    let configs: Vec<Config> = observed.iter().map(|(c, _)| *c).collect();
    let mut comparison = Comparison {
        poisoned: observed
            .iter()
            .filter(|(_, o)| o.is_poisoned())
            .map(|(c, _)| *c)
            .collect(),
        ..Comparison::default()
    };
    for (l, r, rule) in policy_edges(&configs) {
        let ((left_config, left), (right_config, right)) = (&observed[l], &observed[r]);
        if left.is_poisoned() || right.is_poisoned() {
            continue;
        }
        let fields = match rule {
            Rule::SameScheme => {
                let fields = exact_differences(left, right);
                let relaxed = unflushed_at_trap(*left_config, left, *right_config, right, &fields)
                    .or_else(|| {
                        near_stack_overflow_worded_apart(
                            *left_config,
                            left,
                            *right_config,
                            right,
                            &fields,
                        )
                    });
                match relaxed {
                    Some(relaxation) => {
                        comparison.relaxed.push(relaxation);
                        Vec::new()
                    }
                    None => fields,
                }
            }
            Rule::HostVsGlobal => exact_differences(left, right),
            Rule::CrossMechanism => {
                let (fields, report) = cross_mechanism(left, right, limits[l], limits[r]);
                comparison.mechanisms.push(MechanismReport {
                    left: *left_config,
                    right: *right_config,
                    ..report
                });
                fields
            }
        };
        if !fields.is_empty() {
            comparison.divergences.push(Divergence {
                left: *left_config,
                right: *right_config,
                rule,
                fields,
                left_result: left.result.to_string(),
                right_result: right.result.to_string(),
                known: None,
                open: None,
            });
        }
    }
    comparison
}

/// [`RelaxedRule::WasmtimeFuelUnflushedAtTrap`] for one same-scheme pair whose outcomes differ
/// in `fields`: the relaxation, when the rule allows exactly this difference.
fn unflushed_at_trap(
    left_config: Config,
    left: &Outcome,
    right_config: Config,
    right: &Outcome,
    fields: &[Field],
) -> Option<Relaxation> {
    let (winch, cranelift) = winch_and_cranelift((left_config, left), (right_config, right))?;
    let holds = left_config.scheme == SchemeName::Fuel
        && right_config.scheme == SchemeName::Fuel
        && fields == [Field::GasUsed]
        && left.result == right.result
        && left.result.trap().is_some()
        && !left.result.is_gas_exhausted()
        && cranelift.gas_used < winch.gas_used;
    holds.then(|| {
        let pair = ((left_config, left), (right_config, right));
        Relaxation::new(
            RelaxedRule::WasmtimeFuelUnflushedAtTrap,
            Field::GasUsed,
            pair,
        )
    })
}

/// NEAR's two runtimes as (near-vm, near-wasmtime) outcomes, when the two configs are they.
pub(crate) fn near_pair<'a>(
    (left_config, left): (Config, &'a Outcome),
    (right_config, right): (Config, &'a Outcome),
) -> Option<(&'a Outcome, &'a Outcome)> {
    ordered_by_fact(
        (left_config, left),
        (right_config, right),
        EngineFact::NearVm,
        EngineFact::NearWasmtimeRunner,
    )
}

/// A Winch and a Cranelift config as (Winch, Cranelift) outcomes, of any wasmtime version.
pub(crate) fn winch_and_cranelift<'a>(
    left: (Config, &'a Outcome),
    right: (Config, &'a Outcome),
) -> Option<(&'a Outcome, &'a Outcome)> {
    ordered_by_fact(
        left,
        right,
        EngineFact::WinchCodegen,
        EngineFact::CraneliftCodegen,
    )
}

/// The two configs' values as (the one whose backend has `first`, the one whose has `second`).
pub(crate) fn ordered_by_fact<T>(
    (left_config, left): (Config, T),
    (right_config, right): (Config, T),
    first: EngineFact,
    second: EngineFact,
) -> Option<(T, T)> {
    let (l, r) = (left_config.backend, right_config.backend);
    if l.has(first) && r.has(second) {
        Some((left, right))
    } else if r.has(first) && l.has(second) {
        Some((right, left))
    } else {
        None
    }
}

/// [`RelaxedRule::NearStackOverflowAbortKind`] for one same-scheme pair whose outcomes differ
/// in `fields`: the relaxation, when only the abort's kind and wording differ, between
/// near-vm's stack overflow and the wasmtime runner's memory access violation.
fn near_stack_overflow_worded_apart(
    left_config: Config,
    left: &Outcome,
    right_config: Config,
    right: &Outcome,
    fields: &[Field],
) -> Option<Relaxation> {
    use crate::outcome::HostErrorKind;
    let (near_vm, wasmtime) = near_pair((left_config, left), (right_config, right))?;
    let abort = |o: &Outcome| o.near.as_ref().and_then(|n| n.abort.clone());
    let holds = fields == [Field::Result, Field::Abort]
        && near_vm.result.trap() == Some(&TrapKind::StackExhausted)
        && abort(near_vm).as_deref() == Some("WasmTrap(StackOverflow)")
        && wasmtime.result.trap()
            == Some(&TrapKind::HostError(HostErrorKind::MemoryAccessViolation))
        && abort(wasmtime).as_deref() == Some("HostError(MemoryAccessViolation)");
    holds.then(|| {
        let pair = ((left_config, left), (right_config, right));
        Relaxation::new(RelaxedRule::NearStackOverflowAbortKind, Field::Result, pair)
    })
}

/// Rule 3 for one pair: the differing fields and the measurement.
fn cross_mechanism(
    left: &Outcome,
    right: &Outcome,
    left_limit: u64,
    right_limit: u64,
) -> (Vec<Field>, MechanismReport) {
    let placeholder = Config {
        backend: BackendName::SINGLEPASS,
        scheme: SchemeName::Host,
    };
    let mut report = MechanismReport {
        left: placeholder,
        right: placeholder,
        gas_ratio: None,
        overshoot_host_calls: None,
        only_one_exhausted: false,
    };
    let mut fields = Vec::new();
    match (
        left.result.is_gas_exhausted(),
        right.result.is_gas_exhausted(),
    ) {
        (true, true) => {
            if left.gas_used != left_limit || right.gas_used != right_limit {
                fields.push(Field::GasUsed);
            }
            report.overshoot_host_calls =
                Some(right.host_trace.len() as i64 - left.host_trace.len() as i64);
        }
        (true, false) | (false, true) => {
            report.only_one_exhausted = true;
            // An unclassified error (an exhaustion with gas left, say) is a finding whatever
            // the other mechanism did: never left out as "only one ran out".
            let unclassified =
                |o: &Outcome| matches!(o.result.trap(), Some(TrapKind::Unclassified(_)));
            if unclassified(left) || unclassified(right) {
                fields.push(Field::Result);
            }
        }
        (false, false) => {
            if left.result != right.result {
                fields.push(Field::Result);
            }
            if left.host_trace != right.host_trace {
                fields.push(Field::HostTrace);
            }
            if left.state != right.state {
                fields.push(Field::State);
            }
            if matches!(left.result, CallResult::Ok(_)) && left.gas_used > 0 {
                report.gas_ratio = Some(right.gas_used as f64 / left.gas_used as f64);
            }
        }
    }
    (fields, report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::{HostCall, Value};

    fn config(backend: BackendName, scheme: SchemeName) -> Config {
        Config { backend, scheme }
    }

    fn ok(value: i32, gas: u64) -> Outcome {
        Outcome {
            result: CallResult::Ok(vec![Value::I32(value)]),
            gas_used: gas,
            host_trace: vec![],
            state: Some("s".into()),
            near: None,
            exhaustion: None,
        }
    }

    const SP_HOST: Config = Config {
        backend: BackendName::SINGLEPASS,
        scheme: SchemeName::Host,
    };
    const CL_HOST: Config = Config {
        backend: BackendName::CRANELIFT,
        scheme: SchemeName::Host,
    };
    const SP_GLOBAL: Config = Config {
        backend: BackendName::SINGLEPASS,
        scheme: SchemeName::Global,
    };
    const CL_GLOBAL: Config = Config {
        backend: BackendName::CRANELIFT,
        scheme: SchemeName::Global,
    };

    #[test]
    fn every_config_is_reached_by_the_policy() {
        let configs: Vec<Config> = BackendName::group("all")
            .iter()
            .flat_map(|b| SchemeName::ALL.iter().map(move |s| config(*b, *s)))
            .collect();
        let edges = policy_edges(&configs);
        for i in 1..configs.len() {
            assert!(
                edges.iter().any(|(l, r, _)| *l == i || *r == i),
                "{} unreached",
                configs[i]
            );
        }
        // Winch and Cranelift under fuel are compared exactly (rule 1).
        let at = |b, s| configs.iter().position(|c| *c == config(b, s)).unwrap();
        let winch_fuel = at(BackendName::WINCH, SchemeName::Fuel);
        let cranelift_fuel = at(BackendName::CRANELIFT, SchemeName::Fuel);
        assert!(edges.contains(&(winch_fuel, cranelift_fuel, Rule::SameScheme)));
        // Metering against wasmtime fuel is rule 3.
        let singlepass_fuel = at(BackendName::SINGLEPASS, SchemeName::Fuel);
        assert!(edges.contains(&(singlepass_fuel, winch_fuel, Rule::CrossMechanism)));
    }

    #[test]
    fn planted_result_difference_names_the_result_field() {
        let observed = vec![(SP_HOST, ok(1, 10)), (CL_HOST, ok(2, 10))];
        let c = compare(&observed, &[100, 100]);
        assert_eq!(c.divergences.len(), 1);
        assert_eq!(c.divergences[0].fields, vec![Field::Result]);
        assert_eq!(
            c.divergences[0].signature(),
            "unknown:result:singlepass/host~cranelift/host:ok~ok"
        );
    }

    #[test]
    fn planted_gas_difference_between_host_and_global_is_caught() {
        let observed = vec![(SP_HOST, ok(1, 10)), (SP_GLOBAL, ok(1, 11))];
        let c = compare(&observed, &[100, 100]);
        assert_eq!(c.divergences[0].rule, Rule::HostVsGlobal);
        assert_eq!(c.divergences[0].fields, vec![Field::GasUsed]);
    }

    #[test]
    fn dropped_host_call_and_swapped_trap_are_caught() {
        let mut with_call = ok(1, 10);
        with_call.host_trace.push(HostCall {
            func: "log_utf8".into(),
            args: vec![1, 2],
            read: b"x".to_vec(),
        });
        let c = compare(&[(CL_HOST, with_call), (CL_GLOBAL, ok(1, 10))], &[100, 100]);
        assert_eq!(c.divergences[0].fields, vec![Field::HostTrace]);

        let trap = |kind| Outcome::trap(kind, 5, vec![]);
        let c = compare(
            &[
                (SP_HOST, trap(TrapKind::IntegerOverflow)),
                (CL_HOST, trap(TrapKind::IntegerDivideByZero)),
            ],
            &[100, 100],
        );
        assert_eq!(c.divergences[0].fields, vec![Field::Result]);
        assert!(c.divergences[0]
            .signature()
            .ends_with("integer_overflow~integer_divide_by_zero"));
    }

    #[test]
    fn poisoned_outcomes_are_left_out_and_counted() {
        let observed = vec![
            (SP_HOST, ok(1, 10)),
            (
                CL_HOST,
                Outcome::trap(TrapKind::NativeStackOverflow, 3, vec![]),
            ),
        ];
        let c = compare(&observed, &[100, 100]);
        assert!(c.divergences.is_empty());
        assert_eq!(c.poisoned, vec![CL_HOST]);
    }

    #[test]
    fn cross_mechanism_compares_results_not_gas() {
        let sp_fuel = config(BackendName::SINGLEPASS, SchemeName::Fuel);
        let c = compare(&[(SP_HOST, ok(1, 10)), (sp_fuel, ok(1, 25))], &[100, 100]);
        assert!(c.divergences.is_empty());
        assert_eq!(c.mechanisms[0].gas_ratio, Some(2.5));
        let c = compare(&[(SP_HOST, ok(1, 10)), (sp_fuel, ok(2, 25))], &[100, 100]);
        assert_eq!(c.divergences[0].fields, vec![Field::Result]);
        assert_eq!(c.divergences[0].rule, Rule::CrossMechanism);
    }

    const WINCH_FUEL: Config = Config {
        backend: BackendName::WINCH,
        scheme: SchemeName::Fuel,
    };
    const CLN_FUEL: Config = Config {
        backend: BackendName::CRANELIFT_NONE,
        scheme: SchemeName::Fuel,
    };

    #[test]
    fn cranelift_reporting_less_fuel_after_a_trap_is_relaxed_and_recorded() {
        let trap = |gas| Outcome::trap(TrapKind::IntegerOverflow, gas, vec![]);
        // Either order of the pair.
        for (observed, cranelift_left) in [
            (vec![(WINCH_FUEL, trap(7)), (CLN_FUEL, trap(4))], false),
            (vec![(CLN_FUEL, trap(4)), (WINCH_FUEL, trap(7))], true),
        ] {
            let c = compare(&observed, &[100, 100]);
            assert!(c.divergences.is_empty(), "{:?}", c.divergences);
            assert_eq!(c.relaxed.len(), 1);
            let r = &c.relaxed[0];
            assert_eq!(r.rule, RelaxedRule::WasmtimeFuelUnflushedAtTrap);
            assert_eq!(r.field, Field::GasUsed);
            let (left, right) = if cranelift_left { (4, 7) } else { (7, 4) };
            assert_eq!((r.left_gas_used, r.right_gas_used), (left, right));
            assert!(r
                .signature()
                .starts_with("wasmtime_fuel_unflushed_at_trap:gas_used:"));
        }
        // Equal fuel: nothing to relax, nothing recorded.
        let c = compare(&[(WINCH_FUEL, trap(7)), (CLN_FUEL, trap(7))], &[100, 100]);
        assert!(c.divergences.is_empty() && c.relaxed.is_empty());
    }

    #[test]
    fn fuel_differences_outside_the_relation_stay_divergences() {
        let trap = |kind, gas| Outcome::trap(kind, gas, vec![]);
        let cases = vec![
            // Cranelift reporting MORE fuel than Winch after a trap.
            (
                trap(TrapKind::IntegerOverflow, 4),
                trap(TrapKind::IntegerOverflow, 9),
            ),
            // Unequal fuel on success.
            (ok(1, 10), ok(1, 8)),
            // Different traps.
            (
                trap(TrapKind::IntegerOverflow, 7),
                trap(TrapKind::Unreachable, 4),
            ),
        ];
        for (winch, cranelift) in cases {
            let c = compare(&[(WINCH_FUEL, winch), (CLN_FUEL, cranelift)], &[100, 100]);
            assert_eq!(c.divergences.len(), 1, "{c:?}");
            assert!(c.relaxed.is_empty());
        }
        // The rule is Winch against Cranelift under fuel only: not between two Cranelifts,
        // nor under another scheme.
        let cl_fuel = config(BackendName::CRANELIFT, SchemeName::Fuel);
        let winch_host = config(BackendName::WINCH, SchemeName::Host);
        let less = || trap(TrapKind::IntegerOverflow, 4);
        let more = || trap(TrapKind::IntegerOverflow, 7);
        for observed in [
            vec![(cl_fuel, more()), (CLN_FUEL, less())],
            vec![(winch_host, more()), (CL_HOST, less())],
        ] {
            let c = compare(&observed, &[100, 100]);
            assert_eq!(c.divergences[0].fields, vec![Field::GasUsed]);
            assert!(c.relaxed.is_empty());
        }
    }

    const NEAR_VM: Config = Config {
        backend: BackendName::NEAR_VM,
        scheme: SchemeName::Near,
    };
    const NEAR_WASMTIME: Config = Config {
        backend: BackendName::NEAR_WASMTIME,
        scheme: SchemeName::Near,
    };

    /// A NEAR outcome ending in `kind` with `abort` as its message, at `gas`.
    fn near(kind: TrapKind, gas: u64, abort: &str) -> Outcome {
        let mut outcome = Outcome::trap(kind, gas, Vec::new());
        outcome.state = Some("s".into());
        outcome.near = Some(crate::outcome::NearEffects {
            used_gas: gas,
            compute_usage: gas,
            abort: Some(abort.into()),
            ..Default::default()
        });
        outcome
    }

    fn overflow(gas: u64) -> Outcome {
        near(TrapKind::StackExhausted, gas, "WasmTrap(StackOverflow)")
    }

    fn violation(gas: u64) -> Outcome {
        use crate::outcome::HostErrorKind;
        near(
            TrapKind::HostError(HostErrorKind::MemoryAccessViolation),
            gas,
            "HostError(MemoryAccessViolation)",
        )
    }

    #[test]
    fn near_stack_overflow_worded_apart_is_relaxed_and_recorded() {
        for observed in [
            vec![(NEAR_VM, overflow(50)), (NEAR_WASMTIME, violation(50))],
            vec![(NEAR_WASMTIME, violation(50)), (NEAR_VM, overflow(50))],
        ] {
            let c = compare(&observed, &[100, 100]);
            assert!(c.divergences.is_empty(), "{:?}", c.divergences);
            assert_eq!(c.relaxed[0].rule, RelaxedRule::NearStackOverflowAbortKind);
            assert!(c.relaxed[0]
                .signature()
                .starts_with("near_stack_overflow_abort_kind:result:"));
        }
    }

    /// The same coarse signature with another cause stays a divergence: gas apart too, the
    /// state apart, a violation on near-vm's side, or another message.
    #[test]
    fn near_abort_differences_outside_the_rule_stay_divergences() {
        let mut other_state = violation(50);
        other_state.state = Some("t".into());
        let mut other_message = violation(50);
        other_message.near.as_mut().unwrap().abort = Some("HostError(BadUTF8)".into());
        for (vm, wasmtime) in [
            (overflow(50), violation(51)),
            (overflow(50), other_state),
            (violation(50), overflow(50)),
            (overflow(50), other_message),
        ] {
            let c = compare(&[(NEAR_VM, vm), (NEAR_WASMTIME, wasmtime)], &[100, 100]);
            assert_eq!(c.divergences.len(), 1, "{c:?}");
            assert!(c.relaxed.is_empty());
        }
    }

    #[test]
    fn cross_mechanism_exhaustion_must_burn_the_whole_limit() {
        let sp_fuel = config(BackendName::SINGLEPASS, SchemeName::Fuel);
        let exhausted = |gas| Outcome::trap(TrapKind::GasExhausted, gas, vec![]);
        let c = compare(
            &[(SP_HOST, exhausted(50)), (sp_fuel, exhausted(70))],
            &[50, 70],
        );
        assert!(c.divergences.is_empty());
        assert_eq!(c.mechanisms[0].overshoot_host_calls, Some(0));
        let c = compare(
            &[(SP_HOST, exhausted(50)), (sp_fuel, exhausted(60))],
            &[50, 70],
        );
        assert_eq!(c.divergences[0].fields, vec![Field::GasUsed]);
    }
}
