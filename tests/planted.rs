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
            backend::build(BackendName::Singlepass),
            backend::build(BackendName::Winch),
            Box::new(Perturbed {
                inner: backend::build(BackendName::Cranelift),
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
        BackendName::Cranelift
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
