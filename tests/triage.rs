//! Triage on a directory of planted findings: duplicates bucket together, a flaky artefact
//! and a corrupt one are set apart, and each minimised representative still reproduces.

use std::sync::atomic::{AtomicU32, Ordering};
use vmdiff::artefact::ArtefactDir;
use vmdiff::backend::{self, Backend, BackendName, Call, Perturbed};
use vmdiff::case::{self, CaseOptions};
use vmdiff::cost::CostTable;
use vmdiff::generate::PlannedCall;
use vmdiff::matrix::{on_wasm_thread, Matrix};
use vmdiff::outcome::{CallResult, Outcome, TrapKind, Value};
use vmdiff::profile::Profile;
use vmdiff::scheme::SchemeName;
use vmdiff::triage::{self, Status};

static FLAKY_CALLS: AtomicU32 = AtomicU32::new(0);

/// Cranelift's planted differences: `a` returns one more, `b` traps instead of returning,
/// `c` returns one more on every other run (flaky).
fn perturb(call: &Call, outcome: &mut Outcome, _: SchemeName) {
    let CallResult::Ok(values) = &mut outcome.result else {
        return;
    };
    match call.export.as_str() {
        "a" => values[0] = Value::I32(99),
        "b" => outcome.result = CallResult::Trap(TrapKind::Unreachable),
        "c" if FLAKY_CALLS.fetch_add(1, Ordering::SeqCst) % 2 == 0 => values[0] = Value::I32(99),
        _ => {}
    }
}

fn factory(_: &str, _: &str) -> Result<Matrix, String> {
    let backends: Vec<Box<dyn Backend>> = vec![
        backend::build(BackendName::SINGLEPASS),
        Box::new(Perturbed {
            inner: backend::build(BackendName::CRANELIFT),
            perturb,
        }),
    ];
    Ok(Matrix::with_backends(
        backends,
        &[SchemeName::Host],
        Profile::default(),
        CostTable::default(),
    ))
}

const MODULE: &str = r#"(module
  (memory 1)
  (func $helper (param i32) (result i32) (i32.mul (local.get 0) (i32.const 3)))
  (func (export "a") (result i32) (i32.add (call $helper (i32.const 2)) (i32.const 1)))
  (func (export "b") (result i32) (i32.const 5))
  (func (export "c") (result i32) (i32.const 6)))"#;

#[test]
fn two_buckets_one_flaky_one_corrupt_and_minimised_buckets_reproduce() {
    let dir = std::env::temp_dir().join(format!("vmdiff-triage-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let crashes = dir.join("crashes");
    let out = dir.join("out");
    let report = on_wasm_thread({
        let (crashes, out) = (crashes.clone(), out.clone());
        move || {
            let matrix = factory("", "").unwrap();
            let wasm = wat::parse_str(MODULE).unwrap();
            let artefacts = ArtefactDir::new(&crashes, "diff");
            let names = (
                vec!["singlepass".to_string(), "cranelift".to_string()],
                vec!["host".to_string()],
            );
            let options = CaseOptions {
                full_gas: 100_000,
                ..CaseOptions::default()
            };
            // a and b twice each (duplicates: different inputs, same signature), c once.
            for (export, copies) in [("a", 2u8), ("b", 2), ("c", 1)] {
                for copy in 0..copies {
                    let call = PlannedCall {
                        export: export.into(),
                        args: vec![],
                        input: vec![],
                        permille: 500,
                        gas: None,
                        context: Default::default(),
                    };
                    let result = case::run_module(
                        &matrix,
                        &wasm,
                        vec![call],
                        &options,
                        &mut Default::default(),
                    );
                    let finding = result
                        .findings
                        .first()
                        .unwrap_or_else(|| panic!("{export} diverges"));
                    let input = [export.as_bytes(), &[copy]].concat();
                    artefacts
                        .save(
                            finding,
                            &input,
                            &wasm,
                            (&names.0, &names.1),
                            options.full_gas,
                        )
                        .unwrap();
                }
            }
            let corrupt = crashes.join("diff").join("broken").join("x");
            std::fs::create_dir_all(&corrupt).unwrap();
            std::fs::write(corrupt.join("report.json"), b"{ not json").unwrap();
            std::fs::write(corrupt.join("input"), b"?").unwrap();
            triage::triage(&crashes, true, &out, &factory).unwrap()
        }
    });
    assert_eq!(report.buckets.len(), 2, "{}", report.markdown());
    assert!(
        report
            .buckets
            .iter()
            .all(|b| b.count == 2 && b.known.is_none()),
        "{}",
        report.markdown()
    );
    assert_eq!(report.flaky.len(), 1, "{}", report.markdown());
    assert!(matches!(report.flaky[0].status, Status::Flaky { .. }));
    assert_eq!(report.corrupt.len(), 1);
    assert!(report.markdown().contains("## Corrupt"));
    // Every input is still there: triage never deletes.
    assert_eq!(triage::find_artefacts(&crashes).unwrap().len(), 6);

    for bucket in &report.buckets {
        let minimised = bucket.minimised.as_ref().expect("each bucket is minimised");
        assert!(minimised.bytes <= minimised.original_bytes);
        let wasm = std::fs::read(&minimised.wasm).unwrap();
        let export = if bucket.signature.contains("unreachable") {
            "b"
        } else {
            "a"
        };
        let signature = bucket.signature.clone();
        let reproduces = on_wasm_thread(move || {
            let call = PlannedCall {
                export: export.into(),
                args: vec![],
                input: vec![],
                permille: 500,
                gas: None,
                context: Default::default(),
            };
            let options = CaseOptions {
                full_gas: 100_000,
                ..CaseOptions::default()
            };
            let result = case::run_module(
                &factory("", "").unwrap(),
                &wasm,
                vec![call],
                &options,
                &mut Default::default(),
            );
            result.findings.iter().any(|f| f.signature() == signature)
        });
        assert!(
            reproduces,
            "minimised {} no longer reproduces",
            bucket.signature
        );
    }

    // The gate reads what triage wrote: two open unknown buckets and one flaky artefact.
    let triage_json = std::fs::read(out.join("triage.json")).expect("triage.json written");
    let summary = vmdiff::gate::TriageSummary::parse(&triage_json).expect("the gate parses it");
    let evidence = vmdiff::gate::Evidence {
        buckets: summary.bucket_signatures(),
        triage: Some(summary),
        ..Default::default()
    };
    let criteria = vmdiff::gate::Criteria::parse(include_str!("../gate.toml")).unwrap();
    let verdict = vmdiff::gate::judge(&criteria, &evidence);
    let failed = |name: &str| {
        verdict
            .criteria
            .iter()
            .any(|c| c.name.starts_with(name) && !c.pass)
    };
    assert!(!verdict.ready);
    assert!(failed("open unknown buckets"), "{}", verdict.markdown());
    assert!(failed("flaky artefacts"), "{}", verdict.markdown());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unknown_artefact_a_new_class_explains_is_bucketed_under_that_class() {
    // An artefact saved by a build that did not know `cranelift_fuel_check_at_bulk_ops`: its
    // divergence still reproduces, and triage buckets it under this build's class.
    let dir = std::env::temp_dir().join(format!("vmdiff-triage-reclass-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let crashes = dir.join("crashes");
    let fuel_matrix = |_: &str, _: &str| {
        Ok(Matrix::new(
            &[BackendName::WINCH, BackendName::CRANELIFT_NONE],
            &[SchemeName::Fuel],
            Profile::default(),
            CostTable::default(),
        ))
    };
    let report = on_wasm_thread({
        let (crashes, out) = (crashes.clone(), dir.join("out"));
        move || {
            let wasm = wat::parse_str(include_str!(
                "../known/cranelift_fuel_check_at_bulk_ops.wat"
            ))
            .unwrap();
            let call = PlannedCall {
                export: "grow".into(),
                args: vec![Value::I32(1)],
                input: vec![],
                permille: 650,
                gas: None,
                context: Default::default(),
            };
            let options = CaseOptions {
                full_gas: 100_000,
                ..CaseOptions::default()
            };
            let result = case::run_module(
                &fuel_matrix("", "").unwrap(),
                &wasm,
                vec![call],
                &options,
                &mut Default::default(),
            );
            let mut finding = result.findings.first().expect("the grow diverges").clone();
            assert!(finding.divergence.known.is_some());
            finding.divergence.known = None; // as the old build saw it
            let names = (
                vec!["winch".to_string(), "cranelift-none".to_string()],
                vec!["fuel".to_string()],
            );
            ArtefactDir::new(&crashes, "fuzz")
                .save(
                    &finding,
                    b"grow",
                    &wasm,
                    (&names.0, &names.1),
                    options.full_gas,
                )
                .unwrap();
            triage::triage(&crashes, false, &out, &fuel_matrix).unwrap()
        }
    });
    assert_eq!(report.buckets.len(), 1, "{}", report.markdown());
    let bucket = &report.buckets[0];
    assert_eq!(
        bucket.known.as_deref(),
        Some("cranelift_fuel_check_at_bulk_ops")
    );
    assert_eq!(
        bucket.signature,
        "cranelift_fuel_check_at_bulk_ops:result+state:winch/fuel~cranelift-none/fuel:ok~gas_exhausted"
    );
    assert_eq!(report.open_unknown(), 0);
    let _ = std::fs::remove_dir_all(&dir);
}
