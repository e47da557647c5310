//! What the harness concludes when configs fail alike or do not repeat themselves: a re-run in
//! which every config failed to compile, or every outcome was poisoned, "agrees" only by
//! leaving everything out and must explain nothing; a divergence that does not recur within a
//! case is nondeterminism, counted as a harness defect and never explained.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use vmdiff::backend::{self, Backend, BackendName, Call, CompileError, CompiledModule, Perturbed};
use vmdiff::case::{self, CaseOptions};
use vmdiff::cost::CostTable;
use vmdiff::generate::PlannedCall;
use vmdiff::known::rerun_agrees;
use vmdiff::matrix::{on_wasm_thread, CallReport, Matrix};
use vmdiff::outcome::{Outcome, TrapKind};
use vmdiff::profile::Profile;
use vmdiff::scheme::{GasScheme, SchemeName};
use vmdiff::stats::Stats;

const MODULE: &str = r#"(module (func (export "f") (result i32) i32.const 7))"#;

/// A backend that compiles nothing.
struct Refuses(BackendName);

impl Backend for Refuses {
    fn name(&self) -> BackendName {
        self.0
    }

    fn compile(
        &self,
        _wasm: &[u8],
        _scheme: &dyn GasScheme,
        _costs: &CostTable,
    ) -> Result<(Box<dyn CompiledModule>, Duration), CompileError> {
        Err(CompileError {
            backend: self.0,
            message: "refused".into(),
        })
    }
}

fn poisoned(name: BackendName) -> Box<dyn Backend> {
    Box::new(Perturbed {
        inner: backend::build(name),
        perturb: |_, outcome, _| *outcome = Outcome::trap(TrapKind::NativeStackOverflow, 0, vec![]),
    })
}

fn call_on(backends: Vec<Box<dyn Backend>>) -> CallReport {
    let matrix = Matrix::with_backends(
        backends,
        &[SchemeName::Host, SchemeName::Global],
        Profile::default(),
        CostTable::default(),
    );
    let compiled = matrix.compile(&matrix.prepare(&wat::parse_str(MODULE).unwrap()).unwrap());
    let call = Call {
        export: "f".into(),
        args: vec![],
        gas_limit: 1_000,
        prepaid_gas: 1_000,
        input: vec![],
        context: Default::default(),
    };
    matrix.call(&compiled, &call, &vec![1_000; compiled.configs.len()])
}

#[test]
fn a_rerun_where_every_config_fails_alike_explains_nothing() {
    let (real, refused, poisoned) = on_wasm_thread(|| {
        (
            call_on(vec![
                backend::build(BackendName::SINGLEPASS),
                backend::build(BackendName::WINCH),
            ]),
            call_on(vec![
                Box::new(Refuses(BackendName::SINGLEPASS)),
                Box::new(Refuses(BackendName::WINCH)),
            ]),
            call_on(vec![
                poisoned(BackendName::SINGLEPASS),
                poisoned(BackendName::WINCH),
            ]),
        )
    });
    assert!(rerun_agrees(&real), "{:#?}", real.comparison);
    // Both leave the oracle nothing to compare: no divergence, yet no agreement either.
    for (what, report) in [
        ("all compile failures", &refused),
        ("all poisoned", &poisoned),
    ] {
        assert!(report.comparison.divergences.is_empty(), "{what}");
        assert!(!rerun_agrees(report), "{what} explained a divergence");
    }
    assert_eq!(poisoned.comparison.poisoned.len(), 4);
}

/// Winch's first call (both its configs) uses one more gas, the later ones do not: the full-limit
/// call diverges, its immediate re-run (after the limited call) does not.
static CALLS: AtomicU64 = AtomicU64::new(0);

#[test]
fn a_divergence_that_does_not_recur_within_a_case_is_nondeterminism() {
    let (result, stats) = on_wasm_thread(|| {
        let flaky = Box::new(Perturbed {
            inner: backend::build(BackendName::WINCH),
            perturb: |_, outcome, _| {
                if CALLS.fetch_add(1, Ordering::SeqCst) < 2 {
                    outcome.gas_used += 1;
                }
            },
        });
        let matrix = Matrix::with_backends(
            vec![backend::build(BackendName::SINGLEPASS), flaky],
            &[SchemeName::Host, SchemeName::Global],
            Profile::default(),
            CostTable::default(),
        );
        let calls = vec![PlannedCall {
            export: "f".into(),
            args: vec![],
            input: vec![],
            permille: 500,
            gas: None,
            context: Default::default(),
        }];
        let mut stats = Stats::default();
        let wasm = wat::parse_str(MODULE).unwrap();
        let result = case::run_module(&matrix, &wasm, calls, &CaseOptions::default(), &mut stats);
        (result, stats)
    });
    assert!(result.nondeterministic, "{:#?}", result.findings);
    assert!(stats.nondeterministic >= 1);
    assert_eq!(stats.unknown_divergences as usize, result.findings.len());
    for finding in &result.findings {
        assert_eq!(
            finding.divergence.known, None,
            "nondeterminism is never explained"
        );
    }
}

const COMPOSITE: &str = include_str!("../known/composite_nan_and_fuel_check.wat");

/// `fill(16)` of the composite reproducer at 640‰ of its full fuel, on singlepass, Winch and
/// Cranelift-none under `fuel`, with `perturb` on Winch.
fn run_composite(perturb: fn(&Call, &mut Outcome, SchemeName)) -> (Vec<Option<String>>, Stats) {
    on_wasm_thread(move || {
        let backends: Vec<Box<dyn Backend>> = vec![
            backend::build(BackendName::SINGLEPASS),
            Box::new(Perturbed {
                inner: backend::build(BackendName::WINCH),
                perturb,
            }),
            backend::build(BackendName::CRANELIFT_NONE),
        ];
        let matrix = Matrix::with_backends(
            backends,
            &[SchemeName::Fuel],
            Profile::default(),
            CostTable::default(),
        );
        let call = PlannedCall {
            export: "fill".into(),
            args: vec![vmdiff::outcome::Value::I32(16)],
            input: vec![],
            permille: 640,
            gas: None,
            context: Default::default(),
        };
        let mut stats = Stats::default();
        let wasm = wat::parse_str(COMPOSITE).unwrap();
        let result = case::run_module(
            &matrix,
            &wasm,
            vec![call],
            &CaseOptions::default(),
            &mut stats,
        );
        let classes = result
            .findings
            .iter()
            .map(|f| f.divergence.known.clone())
            .collect();
        (classes, stats)
    })
}

/// Two classes in one call: the limited run's fuel difference is proven only with the NaN
/// transform added (the full-limit re-run shows singlepass's NaN bits), and each divergence is
/// the class whose relation took it. A planted Winch result difference on top is a divergence
/// no class's relation takes: the composed re-run still disagrees, and it stays unknown.
#[test]
fn two_classes_in_one_call_are_proven_together_and_a_plant_among_them_is_not() {
    let (classes, stats) = run_composite(|_, _, _| {});
    assert_eq!(stats.unknown_divergences, 0, "{classes:?}");
    for class in [
        "cranelift_fuel_check_at_bulk_ops",
        "singlepass_nan_canonicalisation",
    ] {
        assert!(
            classes.contains(&Some(class.into())),
            "{class}: {classes:?}"
        );
    }
    fn wrong_gas_on_success(_: &Call, outcome: &mut Outcome, _: SchemeName) {
        if outcome.result.trap().is_none() {
            outcome.gas_used += 1;
        }
    }
    let (classes, stats) = run_composite(wrong_gas_on_success);
    assert!(stats.unknown_divergences >= 1, "{classes:?}");
}
