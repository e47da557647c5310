//! One case through the matrix, start to finish: generate (or take) a module, prepare it,
//! compile it on every config, run its call plan, compare, classify known divergences, and
//! count everything in [`Stats`]. Every command that runs the matrix goes through here.

use crate::generate::{self, GenerationLimits, PlannedCall};
use crate::known::Explainer;
use crate::matrix::{CallReport, Matrix};
use crate::oracle::Divergence;
use crate::prepare::PrepareError;
use crate::stats::Stats;
use std::time::{Duration, Instant};

/// Knobs of a case run.
#[derive(Clone, Debug)]
pub struct CaseOptions {
    /// The generous limit of each call's first run, which measures its full gas.
    pub full_gas: u64,
    pub generation: GenerationLimits,
    /// A call slower than this (per config) is counted as a harness/engine defect.
    pub slow_call: Duration,
    /// Follow each full-gas run with a run at a limit drawn from `[0, g)` (the fuzzing plan);
    /// off for `vmdiff run`, which runs exactly the limit it is given.
    pub limited_runs: bool,
    /// Per-module compile budgets to screen each `global` compile against (campaigns); an
    /// excess becomes a candidate for the caller to confirm outside the case.
    pub compile_budget: Option<std::sync::Arc<crate::compile_cost::Bounds>>,
    /// Where cases come from (a NEAR-only matrix always uses NEAR's own generator).
    pub generator: generate::Generator,
    /// Modules the mutation generator starts from.
    pub seeds: std::sync::Arc<generate::Seeds>,
    /// Check compiled artefacts ([`crate::compiled_artefacts`]) on one case in this many
    /// (chosen by the module's hash), with the case's first call; `None`: never.
    pub artefact_sample: Option<u64>,
}

impl Default for CaseOptions {
    fn default() -> Self {
        CaseOptions {
            full_gas: 300_000,
            generation: GenerationLimits::default(),
            slow_call: Duration::from_secs(10),
            limited_runs: true,
            compile_budget: None,
            generator: generate::Generator::All,
            seeds: Default::default(),
            artefact_sample: None,
        }
    }
}

/// A divergence together with the call that showed it.
#[derive(Clone, Debug)]
pub struct Finding {
    pub divergence: Divergence,
    pub call: PlannedCall,
    pub report: CallReport,
}

impl Finding {
    pub fn signature(&self) -> String {
        self.divergence.signature()
    }
}

/// What one case produced.
#[derive(Clone, Debug, Default)]
pub struct CaseResult {
    /// The module, when one was generated.
    pub wasm: Option<Vec<u8>>,
    pub calls: Vec<PlannedCall>,
    pub reports: Vec<CallReport>,
    pub findings: Vec<Finding>,
    /// Why preparation refused the module (rejection or preparation defect).
    pub prepare_error: Option<String>,
    /// Preparation failed on an accepted module: a defect to report like a divergence.
    pub prepare_defect: bool,
    /// A divergence did not recur on an immediate re-run (a harness defect).
    pub nondeterministic: bool,
    /// Backends whose compile of the `global` module (these bytes) took longer than its
    /// budget: to be measured again, alone, before anything is reported.
    pub over_budget: Vec<(crate::backend::BackendName, Vec<u8>)>,
    /// The generator of a generated case.
    pub generator: Option<generate::Generator>,
    /// Of a generated case, how many input bytes generation read
    /// ([`generate::GeneratedCase::read`]): where the campaign mutates it.
    pub read: Option<usize>,
    /// Calls that ran past the wall-clock guard (`slow_call`), described.
    pub slow: Vec<String>,
    /// The case panicked ([`run_input_guarded`]): the kind and the message.
    pub panicked: Option<crate::crash::Caught>,
    /// Configs whose compiled artefacts disagreed (sampled cases), described.
    pub artefact_mismatches: Vec<String>,
}

impl CaseResult {
    /// The crashes that are not divergences this case showed, to be saved as artefacts
    /// ([`crate::crash`]): a preparation defect, calls past the wall-clock guard.
    pub fn crashes(&self) -> Vec<(crate::crash::CrashKind, String)> {
        use crate::crash::CrashKind;
        let mut crashes = Vec::new();
        if self.prepare_defect {
            let why = self.prepare_error.clone().unwrap_or_default();
            crashes.push((CrashKind::PrepareDefect, why));
        }
        crashes.extend(self.slow.iter().map(|s| (CrashKind::WallClock, s.clone())));
        crashes.extend(self.panicked.iter().map(|c| (c.kind, c.message.clone())));
        crashes.extend(
            self.artefact_mismatches
                .iter()
                .map(|m| (CrashKind::ArtefactMismatch, m.clone())),
        );
        crashes
    }

    /// Whether the exit code fails on this case: an unknown divergence (any divergence when
    /// `strict`), a crash, or nondeterminism.
    pub fn failing(&self, strict: bool) -> bool {
        self.nondeterministic
            || !self.crashes().is_empty()
            || self
                .findings
                .iter()
                .any(|f| strict || f.divergence.is_unknown())
    }
}

/// Generates a case from fuzz input and runs it.
pub fn run_input(
    matrix: &Matrix,
    data: &[u8],
    options: &CaseOptions,
    stats: &mut Stats,
) -> CaseResult {
    stats.execs += 1;
    let start = Instant::now();
    let generator = if matrix.is_near_only() {
        generate::Generator::Near
    } else {
        options.generator
    };
    let generated = generate::generate_with(
        generator,
        &matrix.profile,
        &options.generation,
        &options.seeds,
        data,
    );
    stats.add_time("generate", start.elapsed());
    match generated {
        Ok(case) => {
            let result = run_module(matrix, &case.wasm, case.calls, options, stats);
            let unknown = result
                .findings
                .iter()
                .filter(|f| f.divergence.is_unknown())
                .count() as u64;
            let known = result.findings.len() as u64 - unknown;
            stats.note_generator(case.generator.name(), unknown, known);
            CaseResult {
                generator: Some(case.generator),
                read: Some(case.read),
                ..result
            }
        }
        Err(_) => {
            stats.ungenerated += 1;
            CaseResult::default()
        }
    }
}

/// [`run_input`], with a panic (vmdiff's or an engine's) caught and returned as the case's
/// crash, so that the caller saves it with its input and goes on.
pub fn run_input_guarded(
    matrix: &Matrix,
    data: &[u8],
    options: &CaseOptions,
    stats: &mut Stats,
) -> CaseResult {
    match crate::crash::catch(|| run_input(matrix, data, options, &mut *stats)) {
        Ok(result) => result,
        Err(caught) => {
            eprintln!(
                "\nvmdiff: {} running a case: {}",
                caught.kind.as_str(),
                caught.message
            );
            Stats::bump(&mut stats.crashes, caught.kind.as_str());
            CaseResult {
                panicked: Some(caught),
                ..CaseResult::default()
            }
        }
    }
}

/// Runs a given module with a given call plan.
pub fn run_module(
    matrix: &Matrix,
    wasm: &[u8],
    calls: Vec<PlannedCall>,
    options: &CaseOptions,
    stats: &mut Stats,
) -> CaseResult {
    let calls = calls.into_iter().map(|c| (Vec::new(), c)).collect();
    run_module_with_setup(matrix, wasm, calls, options, stats)
}

/// Runs a given module with a call plan in which each call first runs its setup calls on the
/// same instance (a contract's initialisation, say: storage carries over). Only the planned
/// call is compared, counted and reported; the known-class re-runs replay the setup too.
pub fn run_module_with_setup(
    matrix: &Matrix,
    wasm: &[u8],
    calls: Vec<(Vec<PlannedCall>, PlannedCall)>,
    options: &CaseOptions,
    stats: &mut Stats,
) -> CaseResult {
    let mut result = CaseResult {
        wasm: Some(wasm.to_vec()),
        calls: calls.iter().map(|(_, c)| c.clone()).collect(),
        ..CaseResult::default()
    };
    let start = Instant::now();
    let prepared = matrix.prepare(wasm);
    stats.add_time("prepare", start.elapsed());
    #[cfg(feature = "planted-divergence")]
    let prepared = match (prepared, crate::plant::planted_prepare_defect()) {
        (Ok(_), Some(defect)) => Err(PrepareError::instrumentation("planted", defect)),
        (prepared, _) => prepared,
    };
    #[cfg(feature = "planted-divergence")]
    crate::plant::maybe_panic(wasm);
    let prepared = match prepared {
        Ok(prepared) => prepared,
        Err(PrepareError::Rejected(why)) => {
            stats.rejected += 1;
            Stats::bump(&mut stats.rejected_by_rule, why.rule());
            result.prepare_error = Some(format!("out of profile: {why}"));
            return result;
        }
        Err(defect) => {
            stats.prepare_failures += 1;
            Stats::bump(
                &mut stats.crashes,
                crate::crash::CrashKind::PrepareDefect.as_str(),
            );
            result.prepare_error = Some(defect.to_string());
            result.prepare_defect = true;
            return result;
        }
    };

    let compiled = matrix.compile(&prepared);
    for ((config, time), bytes) in compiled.configs.iter().zip(&compiled.compile_times).zip(
        compiled
            .configs
            .iter()
            .map(|c| prepared.for_scheme(c.scheme).map_or(0, <[u8]>::len)),
    ) {
        stats.add_time(&format!("compile:{}", config.backend), *time);
        *stats
            .compile_bytes
            .entry(config.backend.to_string())
            .or_default() += bytes as u64;
    }
    if let Some(bounds) = &options.compile_budget {
        screen_compile_budget(bounds, &prepared, &compiled, &mut result, stats);
    }
    for (config, _) in compiled.compile_errors() {
        Stats::bump(&mut stats.compile_failures, config.to_string());
    }

    if let (Some(every), Some((setup, first))) = (options.artefact_sample, calls.first()) {
        let sampled = u64::from_str_radix(&crate::fs::short_hash(wasm)[..8], 16)
            .is_ok_and(|h| h % every.max(1) == 0);
        // A call after a setup needs the setup's state: sampled only without one.
        if sampled && setup.is_empty() {
            let start = Instant::now();
            let call = first.at_gas(options.full_gas);
            check_artefacts(matrix, &prepared, &compiled, &call, &mut result, stats);
            stats.add_time("artefacts", start.elapsed());
        }
    }
    crate::host::take_bulk_operators_run();
    let mut explainer = Explainer::new(matrix, wasm, &prepared);
    let mut near_refusal_counted = false;
    for (setup, planned) in calls {
        let call = planned.at_gas(options.full_gas);
        let setup: Vec<_> = setup.iter().map(|s| s.at_gas(options.full_gas)).collect();
        let permille = options.limited_runs.then_some(planned.permille);
        let reports = matrix.call_with_plan(&compiled, &setup, &call, call.gas_limit, permille);
        for mut report in reports {
            if !near_refusal_counted {
                near_refusal_counted = true;
                if let Some(kind) = near_refusal(&report) {
                    if matrix.is_near_only() {
                        stats.rejected += 1;
                        Stats::bump(&mut stats.rejected_by_rule, format!("near:{kind}"));
                    } else {
                        // Mixed run: the one thing compared across the groups is whether the
                        // module is accepted; vmdiff's profile took it, NEAR refused it.
                        Stats::bump(
                            &mut stats.rejected_by_rule,
                            format!("near only (vmdiff's profile accepted it):{kind}"),
                        );
                    }
                }
            }
            if !report.comparison.divergences.is_empty() {
                let start = Instant::now();
                // A divergence must recur on a second run before anything is concluded:
                // one that does not is nondeterminism, a harness defect, never explained.
                let again = matrix.call_after(&compiled, &setup, &call, &report.limits);
                stats.add_time("recheck", start.elapsed());
                if signatures(&again) != signatures(&report) {
                    stats.nondeterministic += 1;
                    result.nondeterministic = true;
                } else {
                    let start = Instant::now();
                    explainer.explain(&setup, &call, &mut report, call.gas_limit);
                    crate::open_findings::classify(&mut report);
                    stats.add_time("explain", start.elapsed());
                }
            }
            result.slow.extend(count_call(&report, options, stats));
            for divergence in &report.comparison.divergences {
                result.findings.push(Finding {
                    divergence: divergence.clone(),
                    call: planned.clone(),
                    report: report.clone(),
                });
            }
            result.reports.push(report);
        }
    }
    count_table_and_bulk_operators(wasm, stats);

    result
}

/// Compiled artefacts of every config on one call, counted; a config compiled twice to other
/// bytes, loaded unlike fresh, or loading a damaged artefact is a crash of the case.
fn check_artefacts(
    matrix: &Matrix,
    prepared: &crate::prepare::PreparedModule,
    compiled: &crate::matrix::CompiledCase,
    call: &crate::backend::Call,
    result: &mut CaseResult,
    stats: &mut Stats,
) {
    let fresh = |b: &dyn crate::backend::Backend| crate::backend::build(b.name());
    let calls = std::slice::from_ref(call);
    for check in crate::compiled_artefacts::check(matrix, prepared, compiled, calls, &fresh) {
        check.count(stats);
        if check.skipped.is_none() && !check.agrees() {
            result.artefact_mismatches.push(format!(
                "{}: compiled twice differ at {:?}; loaded unlike fresh in {:?}; damaged loaded: {:?}",
                check.config, check.differs_at, check.loaded_differs, check.damaged_loaded
            ));
        }
    }
}

/// Compile wall time of each `global` config against the CPU budget: a cheap screen (wall
/// time is never below the CPU time of a one-thread compile); what passes it is confirmed
/// by [`crate::compile_cost::check`] outside the case.
fn screen_compile_budget(
    bounds: &crate::compile_cost::Bounds,
    prepared: &crate::prepare::PreparedModule,
    compiled: &crate::matrix::CompiledCase,
    result: &mut CaseResult,
    stats: &mut Stats,
) {
    use crate::compile_cost::Meter;
    use crate::scheme::SchemeName;
    let Some(bytes) = prepared.for_scheme(SchemeName::Global) else {
        return;
    };
    for (config, time) in compiled.configs.iter().zip(&compiled.compile_times) {
        let over = bounds.over_budget(
            Meter::ProcessCpu,
            config.backend.info().budget_line,
            bytes.len() as u64,
            time.as_secs_f64(),
        );
        if config.scheme == SchemeName::Global && over {
            stats.compile_over_budget += 1;
            result.over_budget.push((config.backend, bytes.to_vec()));
        }
    }
}

fn signatures(report: &CallReport) -> Vec<String> {
    let mut signatures: Vec<String> = report
        .comparison
        .divergences
        .iter()
        .map(|d| d.signature())
        .collect();
    signatures.sort();
    signatures
}

/// Counts one compared call; returns the configs that ran past the wall-clock guard.
fn count_call(report: &CallReport, options: &CaseOptions, stats: &mut Stats) -> Vec<String> {
    let mut slow = Vec::new();
    stats.calls += 1;
    stats.config_runs += report.outcomes.len() as u64;
    stats.poisoned += report.comparison.poisoned.len() as u64;
    for ((config, outcome), time) in report.outcomes.iter().zip(&report.exec_times) {
        stats.add_time(&format!("execute:{}", config.backend), *time);
        if *time > options.slow_call {
            stats.slow_calls += 1;
            Stats::bump(
                &mut stats.crashes,
                crate::crash::CrashKind::WallClock.as_str(),
            );
            slow.push(format!(
                "{config}: `{}` took {:.1} s, past the wall-clock guard of {} s",
                report.export,
                time.as_secs_f64(),
                options.slow_call.as_secs()
            ));
        }
        if outcome.result.is_gas_exhausted() {
            Stats::bump(&mut stats.out_of_gas_by_scheme, config.scheme.as_str());
        }
        if matches!(
            outcome.result.trap(),
            Some(crate::outcome::TrapKind::Unclassified(_))
        ) {
            stats.unclassified += 1;
        }
        Stats::bump(&mut stats.runs_by_config, config.to_string());
        if let Some(near) = &outcome.near {
            for cost in near_host_costs(&near.profile) {
                Stats::bump(&mut stats.near_host_costs, cost);
            }
            for action in &near.actions {
                Stats::bump(&mut stats.near_actions, action.clone());
            }
            Stats::bump(&mut stats.near_endings, outcome.result.label());
        } else if config.scheme == crate::scheme::SchemeName::Host {
            count_host_functions(outcome, stats);
        }
    }
    for divergence in &report.comparison.divergences {
        match (&divergence.known, &divergence.open) {
            (Some(class), _) => Stats::bump(&mut stats.known_divergences, class.clone()),
            (None, Some(id)) => Stats::bump(&mut stats.open_findings, id.clone()),
            (None, None) => stats.unknown_divergences += 1,
        }
        Stats::bump(&mut stats.divergences_by_signature, divergence.signature());
    }
    for relaxation in &report.comparison.relaxed {
        Stats::bump(&mut stats.relaxed_by_signature, relaxation.signature());
    }
    for mechanism in &report.comparison.mechanisms {
        let pair = format!(
            "{}/{}",
            mechanism.right.mechanism(),
            mechanism.left.mechanism()
        );
        if let Some(ratio) = mechanism.gas_ratio {
            stats.gas_ratio.entry(pair.clone()).or_default().add(ratio);
        }
        if let Some(overshoot) = mechanism.overshoot_host_calls {
            *stats
                .overshoot_host_calls
                .entry(pair)
                .or_default()
                .entry(overshoot)
                .or_default() += 1;
        }
        if mechanism.only_one_exhausted {
            stats.only_one_exhausted += 1;
        }
    }
    slow
}

/// vmdiff's host model functions a call reached, and which completed: came back to the guest,
/// or, for the functions that end a call by design (`panic`, `panic_utf8`, `abort`), ended it
/// as a guest panic. When the call ended in a host error or out of gas, the last function may
/// have failed (a bad pointer, bad UTF-8) and counts as completed only as such an ending.
fn count_host_functions(outcome: &crate::outcome::Outcome, stats: &mut Stats) {
    use crate::host::HostFunc;
    use crate::outcome::{HostErrorKind, TrapKind};
    let trap = outcome.result.trap();
    let last_may_have_failed =
        matches!(trap, Some(TrapKind::HostError(_) | TrapKind::GasExhausted));
    let ended_as_a_panic = trap == Some(&TrapKind::HostError(HostErrorKind::GuestPanic));
    let traced = outcome.host_trace.len();
    for (index, call) in outcome.host_trace.iter().enumerate() {
        Stats::bump(&mut stats.host_functions, format!("called:{}", call.func));
        let completed = !(last_may_have_failed && index + 1 == traced)
            || (ended_as_a_panic && HostFunc::from_import(&call.func).ends_the_call());
        if completed {
            Stats::bump(
                &mut stats.host_functions,
                format!("completed:{}", call.func),
            );
        }
    }
}

/// The host costs a NEAR gas profile charged: its `name -> gas [..]` lines between the host
/// functions heading and the actions heading (`ProfileDataV3`'s `Debug`).
fn near_host_costs(profile: &str) -> impl Iterator<Item = &str> {
    profile
        .lines()
        .skip_while(|l| !l.contains("Host functions"))
        .skip(1)
        .take_while(|l| !l.starts_with("------"))
        .filter_map(|l| l.split(" -> ").next())
}

/// NEAR's preparation refused the module when every `near` config of a call ends in NEAR's
/// `CompilationError`: the refusal's kind, counted like a profile rejection (it is still
/// compared: both runtimes must refuse alike).
fn near_refusal(report: &CallReport) -> Option<String> {
    let mut near = report
        .outcomes
        .iter()
        .filter(|(c, _)| c.scheme == crate::scheme::SchemeName::Near)
        .map(|(_, o)| o.result.label())
        .peekable();
    near.peek()?;
    let kinds: Vec<String> = near.collect();
    let refused = |k: &String| k.starts_with("near.compilation_error");
    kinds.iter().all(refused).then(|| kinds[0].clone())
}

/// The table and bulk-memory operators a case's module has and, under the `host` scheme, ran
/// ([`Stats::table_and_bulk_operators`]).
fn count_table_and_bulk_operators(wasm: &[u8], stats: &mut Stats) {
    use wasmparser::{Operator, Parser, Payload};
    let mut present = std::collections::BTreeSet::new();
    for payload in Parser::new(0).parse_all(wasm).flatten() {
        let Payload::CodeSectionEntry(body) = payload else {
            continue;
        };
        let Ok(reader) = body.get_operators_reader() else {
            continue;
        };
        for op in reader.into_iter().flatten() {
            let name = match op {
                Operator::TableGet { .. } => "table.get",
                Operator::TableSet { .. } => "table.set",
                Operator::TableGrow { .. } => "table.grow",
                Operator::TableSize { .. } => "table.size",
                Operator::TableFill { .. } => "table.fill",
                Operator::TableCopy { .. } => "table.copy",
                Operator::TableInit { .. } => "table.init",
                Operator::ElemDrop { .. } => "elem.drop",
                Operator::MemoryInit { .. } => "memory.init",
                Operator::MemoryCopy { .. } => "memory.copy",
                Operator::MemoryFill { .. } => "memory.fill",
                Operator::DataDrop { .. } => "data.drop",
                _ => continue,
            };
            present.insert(name);
        }
    }
    let run = crate::host::take_bulk_operators_run();
    let counts = &mut stats.table_and_bulk_operators;
    *counts.entry("cases".into()).or_default() += 1;
    if !present.is_empty() {
        *counts.entry("present".into()).or_default() += 1;
    }
    if !run.is_empty() {
        *counts.entry("run".into()).or_default() += 1;
    }
    for name in present {
        *counts.entry(format!("present:{name}")).or_default() += 1;
    }
    for name in run {
        *counts.entry(format!("run:{name}")).or_default() += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::{CallResult, HostCall, HostErrorKind, Outcome, TrapKind};

    fn ended(funcs: &[&str], result: CallResult) -> Stats {
        let outcome = Outcome {
            result,
            gas_used: 0,
            host_trace: funcs
                .iter()
                .map(|f| HostCall {
                    func: f.to_string(),
                    args: Vec::new(),
                    read: Vec::new(),
                })
                .collect(),
            state: None,
            exhaustion: None,
            near: None,
        };
        let mut stats = Stats::default();
        count_host_functions(&outcome, &mut stats);
        stats
    }

    fn completed(stats: &Stats, func: &str) -> bool {
        stats
            .host_functions
            .contains_key(&format!("completed:{func}"))
    }

    /// A panic completes by ending the call as a guest panic; a panic refused for its
    /// argument (bad UTF-8), or a function that failed last, did not complete.
    #[test]
    fn functions_that_end_the_call_complete_by_a_guest_panic() {
        let panic = |kind| CallResult::Trap(TrapKind::HostError(kind));
        let stats = ended(
            &["write_register", "panic_utf8"],
            panic(HostErrorKind::GuestPanic),
        );
        assert!(completed(&stats, "write_register") && completed(&stats, "panic_utf8"));
        let stats = ended(
            &["write_register", "panic_utf8"],
            panic(HostErrorKind::BadUtf8),
        );
        assert!(completed(&stats, "write_register") && !completed(&stats, "panic_utf8"));
        let stats = ended(&["read_register"], panic(HostErrorKind::GuestPanic));
        assert!(!completed(&stats, "read_register"));
        let stats = ended(&["read_register"], CallResult::Ok(Vec::new()));
        assert!(completed(&stats, "read_register"));
    }
}
