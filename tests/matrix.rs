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
            &BackendName::group("all"),
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
    assert_eq!(fuel(BackendName::WINCH), fuel(BackendName::CRANELIFT));
    assert_eq!(fuel(BackendName::WINCH), fuel(BackendName::CRANELIFT_NONE));
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
        outcome_of(&report, BackendName::WINCH, SchemeName::Host).gas_used,
        fuel(BackendName::SINGLEPASS),
        fuel(BackendName::WINCH)
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
        outcome_of(&exhausted, BackendName::SINGLEPASS, SchemeName::Fuel).result,
        CallResult::Trap(TrapKind::GasExhausted)
    );
    let real = run_on(wat, "f", vec![Value::I32(1)], 500, &ALL_SCHEMES);
    assert_agree(&real);
    assert_eq!(
        outcome_of(&real, BackendName::SINGLEPASS, SchemeName::Fuel).result,
        CallResult::Trap(TrapKind::Unreachable)
    );
}

#[test]
fn state_is_hashed_after_a_trap_and_follows_what_the_guest_stored() {
    // Each export stores its argument (in memory, or in a mutable global) and then traps:
    // the state after the trap must be recorded, equal on every config (the trap point is the
    // same), and differ with what was stored — a constant or missing state fails here.
    let wat = r#"(module (memory 1) (global $g (mut i64) (i64.const 0))
        (func (export "store") (param $v i32)
          (i32.store (i32.const 16) (local.get $v))
          unreachable)
        (func (export "set") (param $v i32)
          (global.set $g (i64.extend_i32_u (local.get $v)))
          (i32.div_u (i32.const 1) (i32.const 0))
          drop))"#;
    for (export, trap) in [
        ("store", TrapKind::Unreachable),
        ("set", TrapKind::IntegerDivideByZero),
    ] {
        let state_after = |v: i32| {
            let report = run_on(wat, export, vec![Value::I32(v)], 1_000_000, &ALL_SCHEMES);
            // (Under fuel, Winch and Cranelift may differ in the fuel a trap reports: a
            // relation of its own, not this test's business; state is compared everywhere.)
            assert!(
                report
                    .comparison
                    .divergences
                    .iter()
                    .all(|d| d.fields == [vmdiff::oracle::Field::GasUsed]
                        && d.left.scheme == SchemeName::Fuel),
                "{:#?}",
                report.comparison.divergences
            );
            assert_eq!(trap_of(&report), trap, "{export}");
            let states: Vec<String> = report
                .outcomes
                .iter()
                .map(|(config, o)| {
                    o.state
                        .clone()
                        .unwrap_or_else(|| panic!("{config}: no state after a trap"))
                })
                .collect();
            assert!(
                states.iter().all(|s| *s == states[0]),
                "{export}({v}): {states:?}"
            );
            states[0].clone()
        };
        assert_ne!(
            state_after(1),
            state_after(2),
            "`{export}` stored different values before trapping"
        );
    }
}

/// A module as the `global` scheme's instrumentation would leave it, written by hand so that it
/// can run out of gas wrongly: `vmdiff_exhausted(0, charge)` is the inline check's way out, and
/// the host checks that the counter really could not pay `charge`.
const HAND_INSTRUMENTED: &str = r#"(module
    (import "env" "vmdiff_exhausted" (func $exhausted (param i32 i64)))
    (import "env" "vmdiff_gas" (global $gas (mut i64)))
    (import "env" "vmdiff_stack" (global $stack (mut i64)))
    (import "env" "memory" (memory 1))
    (func (export "gives_up") (call $exhausted (i32.const 0) (i64.const 5)) unreachable)
    (func (export "runs_out")
      (global.set $gas (i64.const 3))
      (call $exhausted (i32.const 0) (i64.const 5))
      unreachable))"#;

#[test]
fn an_exhaustion_with_gas_left_is_flagged_on_every_backend() {
    use vmdiff::config::Config;
    use vmdiff::oracle::Field;
    let wasm = wat::parse_str(HAND_INSTRUMENTED).unwrap();
    let (gives_up, runs_out) = on_wasm_thread(move || {
        let scheme = vmdiff::scheme::build(SchemeName::Global);
        let costs = CostTable::default();
        let run = |export: &str| -> Vec<(Config, vmdiff::outcome::Outcome)> {
            [
                BackendName::SINGLEPASS,
                BackendName::WINCH,
                BackendName::CRANELIFT,
            ]
            .into_iter()
            .map(|name| {
                let (module, _) = vmdiff::backend::build(name)
                    .compile(&wasm, scheme.as_ref(), &costs)
                    .unwrap();
                let call = Call {
                    export: export.into(),
                    args: vec![],
                    gas_limit: 1_000,
                    prepaid_gas: 1_000,
                    input: vec![],
                    context: Default::default(),
                };
                let config = Config {
                    backend: name,
                    scheme: SchemeName::Global,
                };
                (config, module.call(&call, 1 << 20))
            })
            .collect()
        };
        (run("gives_up"), run("runs_out"))
    });
    // 1 000 left for a charge of 5: not an exhaustion, whatever the trap says.
    for (config, outcome) in &gives_up {
        let exhaustion = outcome.exhaustion.expect("the failed charge is kept");
        assert_eq!(
            (exhaustion.remaining, exhaustion.failed_charge),
            (1_000, Some(5)),
            "{config}"
        );
        assert!(
            matches!(&outcome.result, CallResult::Trap(TrapKind::Unclassified(m)) if m.contains("gas left")),
            "{config}: {}",
            outcome.result
        );
        assert_eq!(
            outcome.gas_used, 0,
            "{config}: what the engine used, not the limit"
        );
    }
    // Every config stopped alike, and the oracle still reports it.
    let comparison = vmdiff::oracle::compare(&gives_up, &[1_000; 3]);
    assert!(!comparison.divergences.is_empty());
    assert!(comparison
        .divergences
        .iter()
        .all(|d| d.fields == [Field::Result]));
    // 3 left for a charge of 5: a real exhaustion, the whole limit burnt.
    for (config, outcome) in &runs_out {
        assert_eq!(
            outcome.result,
            CallResult::Trap(TrapKind::GasExhausted),
            "{config}"
        );
        assert_eq!(outcome.gas_used, 1_000, "{config}");
        let exhaustion = outcome.exhaustion.expect("kept");
        assert_eq!(
            (exhaustion.remaining, exhaustion.failed_charge),
            (3, Some(5))
        );
    }
    assert!(vmdiff::oracle::compare(&runs_out, &[1_000; 3])
        .divergences
        .is_empty());
}

#[test]
fn real_exhaustions_keep_the_engines_counter_and_the_failed_charge() {
    // LOOP at a limit of 150 on every scheme: each out-of-gas is backed by what the engine saw.
    let report = run_on(LOOP, "spin", vec![Value::I32(100)], 150, &ALL_SCHEMES);
    assert_agree(&report);
    for (config, outcome) in &report.outcomes {
        let exhaustion = outcome
            .exhaustion
            .unwrap_or_else(|| panic!("{config}: no exhaustion recorded"));
        assert!(exhaustion.is_real(), "{config}: {exhaustion:?}");
        match (config.scheme, config.backend) {
            // The inline check and the host model say which charge failed.
            (SchemeName::Host | SchemeName::Global, _) => {
                assert!(exhaustion.failed_charge.is_some(), "{config}")
            }
            // wasmtime reports only that it ran out, with no fuel left.
            (SchemeName::Fuel, b) if b.info().fuel_mechanism == "wasmtime-fuel" => {
                assert_eq!(
                    exhaustion,
                    vmdiff::outcome::Exhaustion {
                        remaining: 0,
                        failed_charge: None
                    },
                    "{config}"
                )
            }
            // Metering's flag, and the points it had left for the block it could not pay.
            _ => assert!(exhaustion.failed_charge.is_none() && exhaustion.remaining < 150),
        }
    }
    // host and global stop at the same charge with the same counter.
    let host = outcome_of(&report, BackendName::WINCH, SchemeName::Host).exhaustion;
    let global = outcome_of(&report, BackendName::SINGLEPASS, SchemeName::Global).exhaustion;
    assert_eq!(host, global);
}

#[test]
fn wasmtime_running_out_of_fuel_while_instantiating_is_an_exhaustion() {
    // wasmtime charges fuel while it instantiates a module with a data segment: at a limit of
    // 1 the instance is never made, and that out-of-fuel is the engine's own report of an
    // exhaustion, never an unclassified error.
    // (Minimised from a campaign finding of the first version: 578 in 120 s.)
    let unreachable = r#"(module (memory 1) (func (export "f") (param f32) unreachable)
        (data (i32.const 1) ""))"#;
    for limit in 1..4 {
        let report = run_on(
            unreachable,
            "f",
            vec![Value::F32(0)],
            limit,
            &[SchemeName::Fuel],
        );
        for (config, outcome) in &report.outcomes {
            assert!(
                !matches!(outcome.result, CallResult::Trap(TrapKind::Unclassified(_))),
                "{config} at {limit}: {:?} {:?}",
                outcome.result,
                outcome.exhaustion
            );
        }
    }
}

#[test]
fn a_small_module_costs_what_the_cost_table_says() {
    // host and global share finite-wasm's analysis, so a mis-charge in both would pass every
    // comparison; this pins the absolute total, derived by hand from src/cost.rs's default
    // table (every operator 1; block, loop, end, else 0; a bulk operator 1 + 1 per byte) and
    // src/host.rs's fees (50 per host call, 1 per byte it reads):
    //   loop body, per iteration: local.get, i32.const, i32.add, local.set, local.get,
    //     i32.const, i32.lt_u, br_if = 8; `loop` 0; 10 iterations            =  80
    //   memory.fill's three i32.const = 3, memory.fill 1 + 10 bytes = 11      =  14
    //   i64.const, i64.const, call = 3; local.get = 1; `end`s 0               =   4
    //   log_utf8 of 2 bytes: 50 + 2                                           =  52
    //                                                                   total   150
    let wat = r#"(module
        (import "env" "log_utf8" (func $log (param i64 i64)))
        (memory 1)
        (data (i32.const 0) "hi")
        (func (export "f") (result i32) (local $i i32)
          (loop $l
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br_if $l (i32.lt_u (local.get $i) (i32.const 10))))
          (memory.fill (i32.const 100) (i32.const 0) (i32.const 10))
          (call $log (i64.const 2) (i64.const 0))
          (local.get $i)))"#;
    let report = run(wat, "f", vec![], 1_000_000);
    assert_agree(&report);
    for (config, outcome) in &report.outcomes {
        assert_eq!(
            outcome.result,
            CallResult::Ok(vec![Value::I32(10)]),
            "{config}"
        );
        assert_eq!(outcome.gas_used, 150, "{config}");
    }
}

#[test]
fn rule_3_reports_overshoot_with_its_sign_and_calls_where_only_one_ran_out() {
    use vmdiff::oracle::Rule;
    // One host call per iteration: how far each mechanism gets is its number of host calls.
    let wat = r#"(module
        (import "env" "log_utf8" (func $log (param i64 i64)))
        (memory 1)
        (func (export "logs") (param $n i32)
          (loop $l
            (call $log (i64.const 0) (i64.const 0))
            (local.set $n (i32.sub (local.get $n) (i32.const 1)))
            (br_if $l (local.get $n)))))"#;
    let wasm = wat::parse_str(wat).unwrap();
    let reports = on_wasm_thread(move || {
        // winch/host (the left of the rule-3 pair) and winch/fuel (the right).
        let matrix = Matrix::new(
            &[BackendName::WINCH],
            &[SchemeName::Host, SchemeName::Fuel],
            Profile::default(),
            CostTable::default(),
        );
        let compiled = matrix.compile(&matrix.prepare(&wasm).unwrap());
        let call = Call {
            export: "logs".into(),
            args: vec![Value::I32(1_000)],
            gas_limit: 0,
            prepaid_gas: 1_000_000,
            input: vec![],
            context: Default::default(),
        };
        [[300, 3_000], [3_000, 300], [300, 10_000_000]]
            .map(|limits| matrix.call(&compiled, &call, &limits))
    });
    let [fuel_further, host_further, only_host] = &reports;
    for report in &reports {
        assert_agree(report);
        assert_eq!(report.comparison.mechanisms.len(), 1);
        assert_eq!(report.outcomes[0].0.scheme, SchemeName::Host);
    }
    let calls = |r: &CallReport, i: usize| r.outcomes[i].1.host_trace.len() as i64;
    // Both ran out: overshoot = right's host calls - left's; positive when fuel got further.
    for (report, positive) in [(fuel_further, true), (host_further, false)] {
        let m = &report.comparison.mechanisms[0];
        let overshoot = m.overshoot_host_calls.expect("both ran out");
        assert_eq!(overshoot, calls(report, 1) - calls(report, 0));
        assert_eq!(overshoot > 0, positive, "{overshoot}");
        assert!(!m.only_one_exhausted);
    }
    // Only host ran out: results differ, yet no divergence — reported as such instead.
    let m = &only_host.comparison.mechanisms[0];
    assert!(m.only_one_exhausted && m.overshoot_host_calls.is_none());
    assert!(only_host.outcomes[0].1.result.is_gas_exhausted());
    assert_eq!(only_host.outcomes[1].1.result, CallResult::Ok(vec![]));
    assert!(only_host
        .comparison
        .divergences
        .iter()
        .all(|d| d.rule != Rule::CrossMechanism));
}
