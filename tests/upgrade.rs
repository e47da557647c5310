//! The upgrade lane: wasmtime 45 (NEAR's) against 48 on the same contracts. A difference
//! planted on the 48 side only is found as unknown, naming both versions; the br_table width
//! change is the known class it should be; both versions agree under NEAR's engine settings.

use std::process::Command;
use vmdiff::backend::{self, Backend, BackendName, Call, Perturbed};
use vmdiff::case::{self, CaseOptions, CaseResult};
use vmdiff::cost::CostTable;
use vmdiff::generate::PlannedCall;
use vmdiff::matrix::{on_wasm_thread, Matrix};
use vmdiff::outcome::{CallResult, Outcome, Value};
use vmdiff::profile::Profile;
use vmdiff::scheme::SchemeName;
use vmdiff::stats::Stats;

const ADD: &str = r#"(module
    (import "env" "log_utf8" (func $log (param i64 i64)))
    (memory 1) (data (i32.const 0) "hi")
    (func (export "add") (param i32 i32) (result i32)
      (call $log (i64.const 2) (i64.const 0))
      (i32.add (local.get 0) (local.get 1))))"#;

/// Runs `export(args)` of `wat` once through `backends` under `schemes` (on a wasm thread),
/// with a limited run at half the gas, counting into `stats`.
fn run_case(
    backends: Vec<Box<dyn Backend>>,
    schemes: &'static [SchemeName],
    wat: &'static str,
    export: &'static str,
    args: Vec<Value>,
    mut stats: Stats,
) -> (CaseResult, Stats) {
    on_wasm_thread(move || {
        let matrix =
            Matrix::with_backends(backends, schemes, Profile::default(), CostTable::default());
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
            ..CaseOptions::default()
        };
        let wasm = wat::parse_str(wat).unwrap();
        let result = case::run_module(&matrix, &wasm, vec![call], &options, &mut stats);
        (result, stats)
    })
}

/// `add(2, 3)` on `winch@45` and `winch` (each with `profile`), under host and global, with
/// `perturb` on the 48 side only.
fn run_upgrade(profile: &str, perturb: fn(&Call, &mut Outcome, SchemeName)) -> CaseResult {
    let old: BackendName = format!("winch@45{profile}").parse().unwrap();
    let new: BackendName = format!("winch{profile}").parse().unwrap();
    let backends: Vec<Box<dyn Backend>> = vec![
        backend::build(old),
        Box::new(Perturbed {
            inner: backend::build(new),
            perturb,
        }),
    ];
    let schemes = &[SchemeName::Host, SchemeName::Global];
    let args = vec![Value::I32(2), Value::I32(3)];
    run_case(backends, schemes, ADD, "add", args, Stats::default()).0
}

fn unchanged(_: &Call, _: &mut Outcome, _: SchemeName) {}

fn off_by_one_on_48(_: &Call, outcome: &mut Outcome, _: SchemeName) {
    if let CallResult::Ok(values) = &mut outcome.result {
        if let Some(Value::I32(v)) = values.first_mut() {
            *v += 1;
        }
    }
}

#[test]
fn both_versions_agree_with_vmdiffs_and_nears_engine_settings() {
    for profile in ["", "+near"] {
        let result = run_upgrade(profile, unchanged);
        assert!(
            result.findings.is_empty(),
            "{profile}: {:?}",
            result.findings
        );
    }
}

#[test]
fn a_difference_planted_in_48_only_is_unknown_and_names_both_versions() {
    for profile in ["", "+near"] {
        let result = run_upgrade(profile, off_by_one_on_48);
        let signatures: Vec<String> = result
            .findings
            .iter()
            .map(|f| f.divergence.signature())
            .collect();
        assert_eq!(
            signatures,
            [
                format!("unknown:result:winch@45{profile}/host~winch{profile}/host:ok~ok"),
                format!("unknown:result:winch@45{profile}/global~winch{profile}/global:ok~ok"),
            ],
            "{profile}"
        );
    }
}

#[test]
fn the_br_table_width_change_is_the_known_upgrade_class() {
    let output = Command::new(env!("CARGO_BIN_EXE_vmdiff"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "run",
            "known/wasmtime48_br_table_target_limit.wat",
            "--backends",
            "upgrade",
        ])
        .args(["--schemes", "host,global", "--export", "f", "--arg", "3"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{text}");
    let divergences: Vec<&str> = text.lines().filter(|l| l.contains("DIVERGENCE")).collect();
    assert!(!divergences.is_empty(), "{text}");
    for line in divergences {
        assert!(
            line.contains("[known: wasmtime48_br_table_target_limit]"),
            "{line}"
        );
        assert!(line.contains("@45"), "{line}");
    }
}

/// The campaign's reach statistics: which table and bulk-memory operators a module has, and
/// which it ran under the `host` scheme (a copy that runs, a fill behind an untaken branch).
#[test]
fn table_and_bulk_operators_are_counted_present_and_run() {
    const BULK: &str = r#"(module (memory 1)
        (func (export "f") (param i32) (result i32)
          (memory.copy (i32.const 0) (i32.const 8) (i32.const 4))
          (if (local.get 0) (then (memory.fill (i32.const 0) (i32.const 1) (i32.const 2))))
          (i32.load (i32.const 0))))"#;
    let backends = vec![backend::build(BackendName::WINCH)];
    let args = vec![Value::I32(0)];
    let (_, stats) = run_case(
        backends,
        &[SchemeName::Host],
        BULK,
        "f",
        args,
        Stats::default(),
    );
    let counts = &stats.table_and_bulk_operators;
    let count = |key: &str| counts.get(key).copied().unwrap_or(0);
    assert_eq!(
        (count("cases"), count("present"), count("run")),
        (1, 1, 1),
        "{counts:?}"
    );
    assert_eq!(
        (count("present:memory.copy"), count("present:memory.fill")),
        (1, 1)
    );
    assert_eq!((count("run:memory_copy"), count("run:memory_fill")), (1, 0));
    assert!(
        stats.summary().contains("run (host scheme) in 1 (100.0 %)"),
        "{}",
        stats.summary()
    );
}

/// `--engine-profile near` is `+near` after every backend that has NEAR's settings; a backend
/// without them keeps its own, and a list where none has them is refused.
#[test]
fn engine_profile_applies_near_settings_where_a_backend_has_them() {
    use vmdiff::matrix::with_engine_profile;
    assert_eq!(
        with_engine_profile("winch@45,winch,cranelift-none@45,cranelift-none", "near").unwrap(),
        "winch@45+near,winch+near,cranelift-none@45+near,cranelift-none+near"
    );
    assert_eq!(
        with_engine_profile("singlepass,winch", "near").unwrap(),
        "singlepass,winch+near"
    );
    assert!(with_engine_profile("singlepass", "near").is_err());
    assert!(with_engine_profile("winch", "fast").is_err());
}
