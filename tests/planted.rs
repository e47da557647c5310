//! Proof that the oracle can fail: differences planted in one backend's outcomes are caught,
//! with the right fields, and the known-divergence classification stays precise.

use vmdiff::backend::{self, Backend, BackendName, Call, Perturbed};
use vmdiff::case::{self, CaseOptions, CaseResult};
use vmdiff::cost::CostTable;
use vmdiff::generate::PlannedCall;
use vmdiff::matrix::{on_wasm_thread, Matrix};
use vmdiff::oracle::{Field, Rule};
use vmdiff::outcome::{CallResult, Outcome, TrapKind, Value};
use vmdiff::profile::Profile;
use vmdiff::scheme::SchemeName;

type Perturb = fn(&Call, &mut Outcome, SchemeName);

/// Runs `export` of `wat` on singlepass, winch and cranelift under host and global, with
/// `perturb` applied to cranelift's outcomes only.
fn run_planted(
    wat: &'static str,
    export: &'static str,
    args: Vec<Value>,
    perturb: Perturb,
) -> CaseResult {
    on_wasm_thread(move || {
        let backends: Vec<Box<dyn Backend>> = vec![
            backend::build(BackendName::SINGLEPASS),
            backend::build(BackendName::WINCH),
            Box::new(Perturbed {
                inner: backend::build(BackendName::CRANELIFT),
                perturb,
            }),
        ];
        let matrix = Matrix::with_backends(
            backends,
            &[SchemeName::Host, SchemeName::Global],
            Profile::default(),
            CostTable::default(),
        );
        let call = PlannedCall {
            export: export.into(),
            args,
            input: vec![],
            permille: 500,
            gas: None,
            context: Default::default(),
        };
        let options = CaseOptions {
            full_gas: 1_000_000,
            limited_runs: false,
            ..CaseOptions::default()
        };
        case::run_module(
            &matrix,
            &wat::parse_str(wat).unwrap(),
            vec![call],
            &options,
            &mut Default::default(),
        )
    })
}

const ADD: &str = r#"(module
    (import "env" "log_utf8" (func $log (param i64 i64)))
    (memory 1) (data (i32.const 0) "hi")
    (func (export "add") (param i32 i32) (result i32)
      (call $log (i64.const 2) (i64.const 0))
      (i32.add (local.get 0) (local.get 1))))"#;

fn unknown_fields(result: &CaseResult) -> Vec<(String, Vec<Field>)> {
    result
        .findings
        .iter()
        .filter(|f| f.divergence.known.is_none())
        .map(|f| {
            (
                format!("{}~{}", f.divergence.left, f.divergence.right),
                f.divergence.fields.clone(),
            )
        })
        .collect()
}

#[test]
fn unperturbed_matrix_agrees() {
    let result = run_planted(ADD, "add", vec![Value::I32(2), Value::I32(3)], |_, _, _| {});
    assert!(result.findings.is_empty(), "{:?}", unknown_fields(&result));
}

#[test]
fn perturbed_result_is_caught_in_the_result_field() {
    let result = run_planted(
        ADD,
        "add",
        vec![Value::I32(2), Value::I32(3)],
        |_, outcome, _| {
            if let CallResult::Ok(values) = &mut outcome.result {
                values[0] = Value::I32(6);
            }
        },
    );
    let found = unknown_fields(&result);
    assert!(
        found.contains(&("singlepass/host~cranelift/host".into(), vec![Field::Result])),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            "singlepass/global~cranelift/global".into(),
            vec![Field::Result]
        )),
        "{found:?}"
    );
}

#[test]
fn perturbed_gas_charge_is_caught_between_host_and_global() {
    let result = run_planted(
        ADD,
        "add",
        vec![Value::I32(2), Value::I32(3)],
        |_, outcome, scheme| {
            if scheme == SchemeName::Global {
                outcome.gas_used += 1;
            }
        },
    );
    let host_vs_global = result
        .findings
        .iter()
        .find(|f| f.divergence.rule == Rule::HostVsGlobal)
        .expect("host vs global on cranelift differs");
    assert_eq!(host_vs_global.divergence.fields, vec![Field::GasUsed]);
    assert_eq!(
        host_vs_global.divergence.left.backend,
        BackendName::CRANELIFT
    );
}

#[test]
fn dropped_host_call_is_caught_in_the_trace() {
    let result = run_planted(
        ADD,
        "add",
        vec![Value::I32(2), Value::I32(3)],
        |_, outcome, _| {
            outcome.host_trace.pop();
        },
    );
    let found = unknown_fields(&result);
    assert!(
        found.contains(&(
            "singlepass/host~cranelift/host".into(),
            vec![Field::HostTrace]
        )),
        "{found:?}"
    );
}

#[test]
fn swapped_trap_kind_is_caught() {
    const DIV: &str = r#"(module (func (export "div") (param i32) (result i32) (i32.div_s (i32.const 1) (local.get 0))))"#;
    let result = run_planted(DIV, "div", vec![Value::I32(0)], |_, outcome, _| {
        if outcome.result == CallResult::Trap(TrapKind::IntegerDivideByZero) {
            outcome.result = CallResult::Trap(TrapKind::IntegerOverflow);
        }
    });
    let finding = &result.findings[0];
    assert_eq!(finding.divergence.fields, vec![Field::Result]);
    assert!(
        finding
            .signature()
            .ends_with("integer_divide_by_zero~integer_overflow"),
        "{}",
        finding.signature()
    );
}

const NAN: &str = include_str!("../known/singlepass_nan_canonicalisation.wat");

#[test]
fn nan_reproducer_is_classified_known() {
    let result = run_planted(NAN, "nan_neg", vec![], |_, _, _| {});
    assert!(
        !result.findings.is_empty(),
        "singlepass differs in NaN bits"
    );
    for finding in &result.findings {
        assert_eq!(
            finding.divergence.known.as_deref(),
            Some("singlepass_nan_canonicalisation")
        );
    }
}

#[test]
fn planted_non_nan_difference_in_a_float_module_stays_unknown() {
    // The float module's NaN difference is explained, but a planted change to a non-NaN
    // result survives the explanation re-run and must stay unknown.
    let result = run_planted(
        NAN,
        "demote",
        vec![Value::F64(1.5f64.to_bits())],
        |_, outcome, _| {
            if let CallResult::Ok(values) = &mut outcome.result {
                if values == &[Value::F32(1.5f32.to_bits())] {
                    values[0] = Value::F32(2.5f32.to_bits());
                }
            }
        },
    );
    let found = unknown_fields(&result);
    assert!(
        !found.is_empty(),
        "the planted difference is not explained away"
    );
    assert!(result.findings.iter().all(|f| f.divergence.known.is_none()));
}

// --- wasmtime fuel: Winch against Cranelift (opt level none) ---------------------------------

const FUEL_FULL: u64 = 300_000;
const BULK: &str = include_str!("../known/cranelift_fuel_check_at_bulk_ops.wat");
const UNFLUSHED: &str = include_str!("../known/wasmtime_fuel_unflushed_at_trap.wat");

/// Runs `export` of `wat` on winch and cranelift-none under fuel, the full-gas run then one at
/// `permille` of it (DESIGN.md's call plan), with `winch` and `cranelift` applied to each
/// backend's outcomes. Returns the case and its statistics.
fn run_fuel(
    wat: &'static str,
    export: &'static str,
    args: Vec<Value>,
    permille: u16,
    winch: Perturb,
    cranelift: Perturb,
) -> (CaseResult, vmdiff::stats::Stats) {
    on_wasm_thread(move || {
        let backends: Vec<Box<dyn Backend>> = vec![
            Box::new(Perturbed {
                inner: backend::build(BackendName::WINCH),
                perturb: winch,
            }),
            Box::new(Perturbed {
                inner: backend::build(BackendName::CRANELIFT_NONE),
                perturb: cranelift,
            }),
        ];
        let matrix = Matrix::with_backends(
            backends,
            &[SchemeName::Fuel],
            Profile::default(),
            CostTable::default(),
        );
        let call = PlannedCall {
            export: export.into(),
            args,
            input: vec![],
            permille,
            gas: None,
            context: Default::default(),
        };
        let options = CaseOptions {
            full_gas: FUEL_FULL,
            ..CaseOptions::default()
        };
        let mut stats = vmdiff::stats::Stats::default();
        let result = case::run_module(
            &matrix,
            &wat::parse_str(wat).unwrap(),
            vec![call],
            &options,
            &mut stats,
        );
        (result, stats)
    })
}

/// The limited run: out of fuel at the call's limit, having made no host call.
fn exhausted_when_limited(call: &Call, outcome: &mut Outcome, _: SchemeName) {
    if call.gas_limit < FUEL_FULL {
        *outcome = Outcome::trap(TrapKind::GasExhausted, call.gas_limit, vec![]);
    }
}

fn unperturbed(_: &Call, _: &mut Outcome, _: SchemeName) {}

/// The permille of the full fuel at which Cranelift stops at the reproducer's `memory.fill`
/// and Winch runs on (see the reproducer's header).
const BULK_PERMILLE: u16 = 650;

#[test]
fn cranelift_stopping_at_a_bulk_operator_is_classified_known() {
    let (result, stats) = run_fuel(
        BULK,
        "grow",
        vec![Value::I32(1)],
        BULK_PERMILLE,
        unperturbed,
        unperturbed,
    );
    let finding = result
        .findings
        .first()
        .expect("winch and cranelift differ at the grow");
    assert_eq!(
        finding.divergence.known.as_deref(),
        Some("cranelift_fuel_check_at_bulk_ops"),
        "{}",
        finding.signature()
    );
    assert!(
        finding.signature().ends_with("ok~gas_exhausted"),
        "{}",
        finding.signature()
    );
    assert_eq!(stats.unknown_divergences, 0);
}

#[test]
fn winch_stopping_first_stays_unknown() {
    // Planted: Winch runs out of fuel at a limit where Cranelift completes, in a module with a
    // bulk operator. The class's relation (Cranelift stops no later than Winch) refuses it.
    let (result, _) = run_fuel(
        BULK,
        "grow",
        vec![Value::I32(1)],
        999,
        exhausted_when_limited,
        unperturbed,
    );
    let finding = result
        .findings
        .first()
        .expect("the planted difference is seen");
    assert!(
        finding.divergence.known.is_none(),
        "{}",
        finding.signature()
    );
    assert!(finding.divergence.fields.contains(&Field::Result));
    assert!(
        finding.signature().ends_with("gas_exhausted~ok"),
        "{}",
        finding.signature()
    );
}

#[test]
fn cranelift_stopping_where_no_bulk_operator_is_stays_unknown() {
    // Planted: Cranelift runs out of fuel early in a module without any bulk or grow operator:
    // the relation holds, but the transform has nothing to normalise.
    let (result, _) = run_fuel(
        ADD,
        "add",
        vec![Value::I32(2), Value::I32(3)],
        999,
        unperturbed,
        exhausted_when_limited,
    );
    let finding = result
        .findings
        .first()
        .expect("the planted difference is seen");
    assert!(
        finding.divergence.known.is_none(),
        "{}",
        finding.signature()
    );
    assert!(
        finding.signature().ends_with("ok~gas_exhausted"),
        "{}",
        finding.signature()
    );
    assert!(finding.divergence.fields.contains(&Field::Result));
    assert!(finding.divergence.fields.contains(&Field::HostTrace));
}

#[test]
fn cranelift_stopping_away_from_the_bulk_operator_stays_unknown() {
    // Planted: the module has a bulk operator, but Cranelift's stop does not come from it
    // (it stops at every limited run, whatever the fill does): the re-run still differs.
    let (result, _) = run_fuel(
        BULK,
        "grow",
        vec![Value::I32(1)],
        999,
        unperturbed,
        exhausted_when_limited,
    );
    let finding = result
        .findings
        .first()
        .expect("the planted difference is seen");
    assert!(
        finding.divergence.known.is_none(),
        "{}",
        finding.signature()
    );
    assert!(
        finding.signature().ends_with("ok~gas_exhausted"),
        "{}",
        finding.signature()
    );
    assert!(finding.divergence.fields.contains(&Field::Result));
}

#[test]
fn fuel_unflushed_at_a_trap_is_relaxed_by_rule_and_counted() {
    let (result, stats) = run_fuel(UNFLUSHED, "overflow", vec![], 999, unperturbed, unperturbed);
    assert!(result.findings.is_empty(), "{:?}", unknown_fields(&result));
    let relaxed: Vec<_> = result
        .reports
        .iter()
        .flat_map(|r| &r.comparison.relaxed)
        .collect();
    assert!(
        !relaxed.is_empty(),
        "Cranelift reports less fuel at the trap"
    );
    for r in &relaxed {
        assert_eq!(r.field, Field::GasUsed);
        assert!(
            r.right_gas_used < r.left_gas_used,
            "cranelift-none is right, winch left"
        );
    }
    assert_eq!(
        stats.relaxed_by_rule()["wasmtime_fuel_unflushed_at_trap"],
        relaxed.len() as u64
    );
}

#[test]
fn cranelift_reporting_more_fuel_after_a_trap_is_an_unknown_divergence() {
    let (result, stats) = run_fuel(
        UNFLUSHED,
        "overflow",
        vec![],
        999,
        unperturbed,
        |call, outcome, _| {
            if outcome.result == CallResult::Trap(TrapKind::IntegerOverflow) {
                outcome.gas_used = call.gas_limit.min(outcome.gas_used + 100);
            }
        },
    );
    let found = unknown_fields(&result);
    assert!(
        found.contains(&(
            "winch/fuel~cranelift-none/fuel".into(),
            vec![Field::GasUsed]
        )),
        "{found:?}"
    );
    assert!(stats.relaxed_by_signature.is_empty());
}

#[test]
fn unequal_fuel_on_success_is_an_unknown_divergence() {
    let (result, _) = run_fuel(
        BULK,
        "grow",
        vec![Value::I32(1)],
        999,
        unperturbed,
        |_, outcome, _| {
            if matches!(outcome.result, CallResult::Ok(_)) {
                outcome.gas_used -= 1;
            }
        },
    );
    let found = unknown_fields(&result);
    assert!(
        found.contains(&(
            "winch/fuel~cranelift-none/fuel".into(),
            vec![Field::GasUsed]
        )),
        "{found:?}"
    );
}

#[test]
fn bulk_transform_moves_check_points_not_charges() {
    // The explanation's transform adds loop headers (cost 0) around every bulk or grow
    // operator of the prepared fuel bytes: each compiler's full fuel stays what it was.
    on_wasm_thread(|| {
        let matrix = Matrix::new(
            &[BackendName::WINCH, BackendName::CRANELIFT_NONE],
            &[SchemeName::Fuel],
            Profile::default(),
            CostTable::default(),
        );
        let mut prepared = matrix.prepare(&wat::parse_str(BULK).unwrap()).unwrap();
        let call = Call {
            export: "grow".into(),
            args: vec![Value::I32(1)],
            gas_limit: FUEL_FULL,
            input: vec![],
            prepaid_gas: FUEL_FULL,
            context: Default::default(),
        };
        let before = matrix.call(&matrix.compile(&prepared), &call, &[FUEL_FULL; 2]);
        let fuel = &mut prepared.instrumented[0].1;
        let original = fuel.clone();
        *fuel = vmdiff::known::loop_headers_around_bulk_ops(fuel).unwrap();
        let text = vmdiff::prepare::to_wat(fuel);
        assert_eq!(
            text.matches("loop").count(),
            vmdiff::prepare::to_wat(&original).matches("loop").count() + 2,
            "{text}"
        );
        let after = matrix.call(&matrix.compile(&prepared), &call, &[FUEL_FULL; 2]);
        for ((config, b), (_, a)) in before.outcomes.iter().zip(&after.outcomes) {
            assert_eq!(b.gas_used, a.gas_used, "{config}");
            assert_eq!(b.result, a.result, "{config}");
        }
    })
}

// `cranelift_fuel_check_at_bulk_ops` when both compilers run out of fuel: Cranelift stops at a
// bulk operator's fuel check, Winch runs that operator and on to its next check, and only the
// memory they leave differs. The class accepts that divergence only when the re-run makes every
// config agree; a planted state difference in the same module, on either side, stays unknown.

const BULK_MEMORY: &str = include_str!("../known/cranelift_fuel_check_at_bulk_ops_memory.wat");

/// The reproducer's full fuel is 71. At 677‰ (limit 48) the fill's charge (its linear part
/// and its own unit, both paid by the host call right before it) leaves exactly nothing:
/// Cranelift stops at the fill's check, Winch fills and stops at `$next`'s entry.
const KNOWN_PERMILLE: u16 = 677;
/// At 700‰ (limit 49) Cranelift passes the fill's check and both stop at `$next`'s entry alike.
const AGREEING_PERMILLE: u16 = 700;

/// A planted adapter bug, not a fuel matter: after running out of fuel in a limited run, the
/// memory reported is not the memory the engine left.
fn wrong_state_when_exhausted(call: &Call, outcome: &mut Outcome, _: SchemeName) {
    if call.gas_limit < FUEL_FULL && outcome.result.is_gas_exhausted() {
        outcome.state = Some("planted".into());
    }
}

/// The memory reproducer's `fill(16)` at `permille` of its full fuel.
fn run_fill(
    permille: u16,
    winch: Perturb,
    cranelift: Perturb,
) -> (CaseResult, vmdiff::stats::Stats) {
    run_fuel(
        BULK_MEMORY,
        "fill",
        vec![Value::I32(16)],
        permille,
        winch,
        cranelift,
    )
}

const STATE_SIGNATURE: &str = "state:winch/fuel~cranelift-none/fuel:gas_exhausted~gas_exhausted";

#[test]
fn both_out_of_fuel_with_only_memory_apart_is_the_bulk_op_class() {
    let (result, stats) = run_fill(KNOWN_PERMILLE, unperturbed, unperturbed);
    assert_eq!(result.findings.len(), 1, "{:#?}", result.findings);
    let finding = &result.findings[0];
    assert_eq!(finding.divergence.fields, [Field::State]);
    assert_eq!(
        finding.signature(),
        format!("cranelift_fuel_check_at_bulk_ops:{STATE_SIGNATURE}")
    );
    assert_eq!(stats.unknown_divergences, 0);
}

/// The fuel scheme charges a bulk or grow operator's own unit through the host, at a check
/// point both compilers share: no limit leaves Cranelift stopped before the operator and Winch
/// past it (the limit `B + 1` that no re-run could explain, findings/README.md). Every limit
/// of both reproducers (steps of 5‰ of full fuel 40 and 71 reach each one) ends in agreement
/// or in the class.
#[test]
fn no_limit_leaves_the_bulk_operators_own_unit_beyond_the_re_run() {
    for (wat, export, arg) in [(BULK, "grow", 1), (BULK_MEMORY, "fill", 16)] {
        let mut classified = 0;
        for permille in (0..1000).step_by(5) {
            let (result, stats) = run_fuel(
                wat,
                export,
                vec![Value::I32(arg)],
                permille,
                unperturbed,
                unperturbed,
            );
            assert_eq!(
                stats.unknown_divergences, 0,
                "{export} at {permille}‰: {:#?}",
                result.findings
            );
            classified += result.findings.len();
        }
        assert!(classified >= 1, "{export}: the class's window was met");
    }
}

#[test]
fn a_planted_state_difference_is_not_made_known() {
    // Where the engines agree, a planted wrong memory on either side is exactly the shape the
    // class now accepts (both out of fuel, same host trace, state apart); the re-run keeps it.
    for (winch, cranelift) in [
        (
            wrong_state_when_exhausted as Perturb,
            unperturbed as Perturb,
        ),
        (unperturbed, wrong_state_when_exhausted),
    ] {
        let (result, stats) = run_fill(AGREEING_PERMILLE, winch, cranelift);
        assert_eq!(result.findings.len(), 1, "{:#?}", result.findings);
        assert_eq!(
            result.findings[0].signature(),
            format!("unknown:{STATE_SIGNATURE}")
        );
        assert_eq!(stats.unknown_divergences, 1);
    }
    // And where the class explains the real difference, a planted one on top stays unknown.
    let (result, _) = run_fill(KNOWN_PERMILLE, unperturbed, wrong_state_when_exhausted);
    assert!(
        result.findings.iter().all(|f| f.divergence.known.is_none()),
        "{:#?}",
        result.findings
    );
}
