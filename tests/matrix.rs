//! End-to-end behaviour of the matrix on hand-written WAT: every backend × every scheme.

use vmdiff::backend::{BackendName, Call};
use vmdiff::cost::CostTable;
use vmdiff::matrix::{on_wasm_thread, CallReport, Matrix};
use vmdiff::outcome::{CallResult, TrapKind, Value};
use vmdiff::profile::Profile;
use vmdiff::scheme::SchemeName;

fn run_on(
    wat: &str,
    export: &str,
    args: Vec<Value>,
    gas: u64,
    schemes: &[SchemeName],
) -> CallReport {
    let wasm = wat::parse_str(wat).expect("test WAT parses");
    let export = export.to_string();
    let schemes = schemes.to_vec();
    on_wasm_thread(move || {
        let matrix = Matrix::new(
            &BackendName::ALL,
            &schemes,
            Profile::default(),
            CostTable::default(),
        );
        let prepared = matrix
            .prepare(&wasm)
            .expect("test module is in the profile");
        let compiled = matrix.compile(&prepared);
        assert!(
            compiled.compile_errors().is_empty(),
            "{:?}",
            compiled.compile_errors()
        );
        let call = Call {
            export,
            args,
            gas_limit: gas,
            prepaid_gas: gas,
            input: b"input!".to_vec(),
            context: Default::default(),
        };
        matrix.call(&compiled, &call, &vec![gas; compiled.configs.len()])
    })
}

fn run(wat: &str, export: &str, args: Vec<Value>, gas: u64) -> CallReport {
    run_on(
        wat,
        export,
        args,
        gas,
        &[SchemeName::Host, SchemeName::Global],
    )
}

fn assert_agree(report: &CallReport) {
    assert!(
        report.comparison.divergences.is_empty(),
        "divergences: {:#?}\noutcomes: {:#?}",
        report.comparison.divergences,
        report.outcomes
    );
}

fn trap_of(report: &CallReport) -> TrapKind {
    let traps: Vec<_> = report
        .outcomes
        .iter()
        .map(|(_, o)| o.result.clone())
        .collect();
    match &traps[0] {
        CallResult::Trap(kind) => kind.clone(),
        other => panic!("expected a trap, got {other}"),
    }
}

#[test]
fn each_trap_kind_is_the_same_everywhere() {
    let cases: &[(&str, TrapKind)] = &[
        ("unreachable", TrapKind::Unreachable),
        (
            "i32.const 1 i32.const 0 i32.div_u drop",
            TrapKind::IntegerDivideByZero,
        ),
        (
            "i32.const 0x80000000 i32.const -1 i32.div_s drop",
            TrapKind::IntegerOverflow,
        ),
        (
            "f32.const nan i32.trunc_f32_s drop",
            TrapKind::BadConversionToInteger,
        ),
        ("i32.const 65536 i32.load drop", TrapKind::MemoryOutOfBounds),
        ("i32.const 7 table.get 0 drop", TrapKind::TableOutOfBounds),
        (
            "i32.const 1 call_indirect (type $t)",
            TrapKind::IndirectCallToNull,
        ),
        (
            "i32.const 0 call_indirect (type $t)",
            TrapKind::IndirectCallTypeMismatch,
        ),
        (
            "call $panic",
            TrapKind::HostError(vmdiff::outcome::HostErrorKind::GuestPanic),
        ),
    ];
    for (body, expected) in cases {
        let wat = format!(
            r#"(module
                 (import "env" "panic" (func $panic))
                 (type $t (func))
                 (memory 1)
                 (table 2 funcref)
                 (elem (i32.const 0) $other)
                 (func $other (param i32))
                 (func (export "f") {body}))"#
        );
        let report = run(&wat, "f", vec![], 1_000);
        assert_agree(&report);
        assert_eq!(&trap_of(&report), expected, "{body}");
    }
}

const LOOP: &str = r#"(module
    (memory 1)
    (func (export "spin") (param $n i32) (result i32) (local $acc i32)
      (loop $l
        (local.set $acc (i32.add (local.get $acc) (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br_if $l (local.get $n)))
      (local.get $acc)))"#;

#[test]
fn out_of_gas_stops_host_and_global_at_the_same_point() {
    let full = run(LOOP, "spin", vec![Value::I32(100)], 1_000_000);
    assert_agree(&full);
    let gas = full.outcomes[0].1.gas_used;
    assert!(gas > 100, "a 100-iteration loop costs more than 100: {gas}");
    assert!(matches!(full.outcomes[0].1.result, CallResult::Ok(ref v) if v == &[Value::I32(5050)]));
    for limit in [0, 1, gas / 3, gas - 1] {
        let limited = run(LOOP, "spin", vec![Value::I32(100)], limit);
        assert_agree(&limited);
        for (config, outcome) in &limited.outcomes {
            assert_eq!(
                outcome.result,
                CallResult::Trap(TrapKind::GasExhausted),
                "{config} at {limit}"
            );
            assert_eq!(outcome.gas_used, limit, "{config} burns the whole limit");
        }
    }
    let exact = run(LOOP, "spin", vec![Value::I32(100)], gas);
    assert_agree(&exact);
    assert!(
        matches!(exact.outcomes[0].1.result, CallResult::Ok(_)),
        "exactly enough gas suffices"
    );
}

#[test]
fn deep_recursion_exhausts_the_instrumented_stack_at_the_same_depth() {
    // Each frame records its depth in memory, so the depth reached is in the state hash.
    let wat = r#"(module (memory 1)
        (func $down (export "down") (param $d i32)
          (i32.store (i32.const 0) (local.get $d))
          (call $down (i32.add (local.get $d) (i32.const 1)))))"#;
    let report = run(wat, "down", vec![Value::I32(0)], u64::MAX / 2);
    assert_agree(&report);
    assert_eq!(trap_of(&report), TrapKind::StackExhausted);
}

#[test]
fn host_calls_agree_and_charge_gas_on_both_sides() {
    let wat = r#"(module
        (import "env" "input" (func $input (param i64)))
        (import "env" "register_len" (func $register_len (param i64) (result i64)))
        (import "env" "read_register" (func $read_register (param i64 i64)))
        (import "env" "storage_write" (func $storage_write (param i64 i64 i64 i64 i64) (result i64)))
        (import "env" "log_utf8" (func $log (param i64 i64)))
        (import "env" "value_return" (func $value_return (param i64 i64)))
        (memory 1)
        (func (export "main") (result i64)
          (call $input (i64.const 0))
          (call $read_register (i64.const 0) (i64.const 100))
          (drop (call $storage_write (i64.const 3) (i64.const 100) (i64.const 6) (i64.const 100) (i64.const 1)))
          (call $log (i64.const 6) (i64.const 100))
          (call $value_return (i64.const 2) (i64.const 100))
          (call $register_len (i64.const 0))))"#;
    let report = run(wat, "main", vec![], 1_000_000);
    assert_agree(&report);
    let (_, outcome) = &report.outcomes[0];
    assert_eq!(outcome.result, CallResult::Ok(vec![Value::I64(6)]));
    let funcs: Vec<&str> = outcome.host_trace.iter().map(|c| c.func.as_str()).collect();
    assert_eq!(
        funcs,
        [
            "input",
            "read_register",
            "storage_write",
            "log_utf8",
            "value_return",
            "register_len"
        ]
    );
    assert_eq!(outcome.host_trace[3].read, b"input!");
    // Gas on both sides: the wasm instructions plus the host's base and per-byte fees.
    let host_fees = 6 * vmdiff::host::HOST_BASE_COST + 6 /*input*/ + 6 /*copy out*/ + 3 + 6 /*write*/ + 6 /*log*/ + 2;
    assert!(
        outcome.gas_used > host_fees,
        "{} > {host_fees}",
        outcome.gas_used
    );
    // Out of gas inside a host function: every config stops in the same call.
    let limited = run(wat, "main", vec![], outcome.gas_used - 3);
    assert_agree(&limited);
    assert_eq!(trap_of(&limited), TrapKind::GasExhausted);
}

#[test]
fn bulk_memory_is_charged_per_byte_identically() {
    let wat = r#"(module (memory 1)
        (func (export "fill") (param $n i32) (result i32)
          (memory.fill (i32.const 8) (i32.const 7) (local.get $n))
          (i32.load8_u (i32.const 8))))"#;
    let small = run(wat, "fill", vec![Value::I32(10)], 1_000_000);
    let large = run(wat, "fill", vec![Value::I32(1010)], 1_000_000);
    assert_agree(&small);
    assert_agree(&large);
    assert_eq!(
        large.outcomes[0].1.gas_used - small.outcomes[0].1.gas_used,
        1000
    );
    let oob = run(wat, "fill", vec![Value::I32(70_000)], 1_000_000);
    assert_agree(&oob);
    assert_eq!(trap_of(&oob), TrapKind::MemoryOutOfBounds);
}

const ALL_SCHEMES: [SchemeName; 3] = [SchemeName::Host, SchemeName::Global, SchemeName::Fuel];

fn outcome_of(
    report: &CallReport,
    backend: BackendName,
    scheme: SchemeName,
) -> &vmdiff::outcome::Outcome {
    &report
        .outcomes
        .iter()
        .find(|(c, _)| c.backend == backend && c.scheme == scheme)
        .expect("config present")
        .1
}

#[test]
fn fuel_agrees_on_results_and_wasmtime_backends_agree_on_fuel() {
    let report = run_on(LOOP, "spin", vec![Value::I32(100)], 1_000_000, &ALL_SCHEMES);
    assert_agree(&report);
    let fuel = |b| outcome_of(&report, b, SchemeName::Fuel).gas_used;
    assert_eq!(fuel(BackendName::Winch), fuel(BackendName::Cranelift));
    assert_eq!(fuel(BackendName::Winch), fuel(BackendName::CraneliftNone));
    assert!(
        report
            .comparison
            .mechanisms
            .iter()
            .any(|m| m.gas_ratio.is_some()),
        "fuel/host ratio measured"
    );
    eprintln!(
        "host {} metering {} wasmtime fuel {}",
        outcome_of(&report, BackendName::Winch, SchemeName::Host).gas_used,
        fuel(BackendName::Singlepass),
        fuel(BackendName::Winch)
    );
}

#[test]
fn out_of_fuel_burns_the_whole_limit_everywhere() {
    for limit in [0, 7, 150, 333] {
        let report = run_on(LOOP, "spin", vec![Value::I32(100)], limit, &ALL_SCHEMES);
        assert_agree(&report);
        for (config, outcome) in &report.outcomes {
            assert_eq!(
                outcome.result,
                CallResult::Trap(TrapKind::GasExhausted),
                "{config} at {limit}"
            );
            assert_eq!(outcome.gas_used, limit, "{config}");
        }
    }
}

#[test]
fn metering_exhaustion_is_told_apart_from_a_real_unreachable() {
    let wat = r#"(module (func (export "f") (param $trap i32)
        (if (local.get $trap) (then unreachable))
        (loop $l (br $l))))"#;
    let exhausted = run_on(wat, "f", vec![Value::I32(0)], 500, &ALL_SCHEMES);
    assert_agree(&exhausted);
    assert_eq!(
        outcome_of(&exhausted, BackendName::Singlepass, SchemeName::Fuel).result,
        CallResult::Trap(TrapKind::GasExhausted)
    );
    let real = run_on(wat, "f", vec![Value::I32(1)], 500, &ALL_SCHEMES);
    assert_agree(&real);
    assert_eq!(
        outcome_of(&real, BackendName::Singlepass, SchemeName::Fuel).result,
        CallResult::Trap(TrapKind::Unreachable)
    );
}
