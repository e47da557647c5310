//! NEAR's own runtime in the matrix: `near-vm` and `near-wasmtime` through `near-vm-runner`.
//! These tests run the real runtimes on WAT written here: what they report is kept whole, the
//! oracle compares every field of it, the checked-in host API is what the runner links, and a
//! difference planted in one runtime's outcome is caught with its field named.
#![cfg(feature = "near")]

use vmdiff::backend::{self, Backend, BackendName, Call, CallContext, Perturbed};
use vmdiff::case::{self, CaseOptions, CaseResult};
use vmdiff::cost::CostTable;
use vmdiff::generate::{self, GenerationLimits, PlannedCall};
use vmdiff::matrix::{on_wasm_thread, Matrix};
use vmdiff::near_api;
use vmdiff::oracle::{Field, Rule};
use vmdiff::outcome::{CallResult, Outcome, TrapKind};
use vmdiff::profile::Profile;
use vmdiff::scheme::SchemeName;

type Perturb = fn(&Call, &mut Outcome, SchemeName);

fn unperturbed(_: &Call, _: &mut Outcome, _: SchemeName) {}

/// Runs `calls` of `wasm` on near-vm and near-wasmtime, `perturb` applied to near-wasmtime.
fn run_near(wasm: Vec<u8>, calls: Vec<PlannedCall>, limited: bool, perturb: Perturb) -> CaseResult {
    on_wasm_thread(move || {
        let backends: Vec<Box<dyn Backend>> = vec![
            backend::build(BackendName::NEAR_VM),
            Box::new(Perturbed {
                inner: backend::build(BackendName::NEAR_WASMTIME),
                perturb,
            }),
        ];
        let matrix = Matrix::with_backends(
            backends,
            &[SchemeName::Host],
            Profile::default(),
            CostTable::default(),
        );
        let options = CaseOptions {
            limited_runs: limited,
            ..CaseOptions::default()
        };
        case::run_module(&matrix, &wasm, calls, &options, &mut Default::default())
    })
}

fn method(name: &str) -> PlannedCall {
    PlannedCall {
        export: name.into(),
        args: Vec::new(),
        input: b"{\"k\":1}".to_vec(),
        permille: 500,
        gas: None,
        context: CallContext::default(),
    }
}

fn outcomes(result: &CaseResult) -> Vec<&Outcome> {
    result.reports[0].outcomes.iter().map(|(_, o)| o).collect()
}

/// Logs, writes storage, returns a value: every part of NEAR's outcome is set.
const EFFECTS: &str = r#"(module
    (import "env" "log_utf8" (func $log (param i64 i64)))
    (import "env" "storage_write" (func $write (param i64 i64 i64 i64 i64) (result i64)))
    (import "env" "input" (func $input (param i64)))
    (import "env" "register_len" (func $len (param i64) (result i64)))
    (import "env" "value_return" (func $return (param i64 i64)))
    (memory 1)
    (data (i32.const 0) "hello")
    (func (export "main")
      (call $log (i64.const 5) (i64.const 0))
      (drop (call $write (i64.const 5) (i64.const 0) (i64.const 5) (i64.const 0) (i64.const 1)))
      (call $return (i64.const 5) (i64.const 0)))
    (func (export "quiet")
      (call $input (i64.const 0))
      (drop (call $len (i64.const 0)))))"#;

#[test]
fn both_runtimes_agree_and_report_every_field() {
    let wasm = wat::parse_str(EFFECTS).unwrap();
    let result = run_near(
        wasm,
        vec![method("main"), method("quiet")],
        false,
        unperturbed,
    );
    assert!(result.prepare_error.is_none(), "{:?}", result.prepare_error);
    assert!(result.findings.is_empty(), "{:?}", result.findings);
    let main = outcomes(&result);
    assert_eq!(main.len(), 2, "one outcome per runtime");
    let near = main[0].near.as_ref().expect("NEAR's outcome is kept");
    assert!(
        matches!(main[0].result, CallResult::Ok(_)),
        "{:?}",
        main[0].result
    );
    assert_eq!(near.logs, vec!["hello".to_string()]);
    assert_eq!(near.return_data, "value:68656c6c6f");
    assert!(main[0].gas_used > 0 && near.used_gas >= main[0].gas_used);
    assert!(near.compute_usage > 0);
    assert!(near.profile.contains("log_base"), "{}", near.profile);
    // The mocked chain state is hashed after every call: the write changes it.
    let quiet = &result.reports[1].outcomes[0].1;
    assert_ne!(
        main[0].state, quiet.state,
        "storage written by `main` must change the state"
    );
    assert!(quiet.state.is_some());
}

#[test]
fn a_difference_planted_in_one_runtime_is_caught_with_its_field() {
    fn change_log(_: &Call, outcome: &mut Outcome, _: SchemeName) {
        if let Some(near) = &mut outcome.near {
            near.logs.push("planted".into());
        }
    }
    fn burn_one_more(_: &Call, outcome: &mut Outcome, _: SchemeName) {
        outcome.gas_used += 1;
    }
    fn change_state(_: &Call, outcome: &mut Outcome, _: SchemeName) {
        outcome.state = Some("planted".into());
    }
    for (perturb, field) in [
        (change_log as Perturb, Field::Logs),
        (burn_one_more, Field::GasUsed),
        (change_state, Field::State),
    ] {
        let wasm = wat::parse_str(EFFECTS).unwrap();
        let result = run_near(wasm, vec![method("main")], false, perturb);
        let divergence = &result.findings.first().expect("caught").divergence;
        assert_eq!(divergence.rule, Rule::SameScheme);
        assert_eq!(divergence.fields, vec![field]);
        assert!(divergence.known.is_none());
        assert_eq!(divergence.left.backend, BackendName::NEAR_VM);
        assert_eq!(divergence.right.backend, BackendName::NEAR_WASMTIME);
    }
}

#[test]
fn limited_runs_exhaust_gas_at_an_arbitrary_point_on_both() {
    let looping = r#"(module
        (import "env" "log_utf8" (func $log (param i64 i64)))
        (memory 1)
        (func (export "main") (local i32)
          (loop $l
            (call $log (i64.const 1) (i64.const 0))
            (local.set 0 (i32.add (local.get 0) (i32.const 1)))
            (br_if $l (i32.lt_u (local.get 0) (i32.const 50))))))"#;
    let result = run_near(
        wat::parse_str(looping).unwrap(),
        vec![method("main")],
        true,
        unperturbed,
    );
    assert!(result.findings.is_empty(), "{:?}", result.findings);
    let limited = &result.reports[1];
    let full_burnt = result.reports[0].outcomes[0].1.gas_used;
    assert!(limited.limits[0] < full_burnt && limited.limits[0] == limited.limits[1]);
    for (_, outcome) in &limited.outcomes {
        assert_eq!(outcome.result, CallResult::Trap(TrapKind::GasExhausted));
        let logs = outcome.near.as_ref().unwrap().logs.len();
        assert!(0 < logs && logs < 50, "stopped part-way: {logs} logs");
    }
}

#[test]
fn a_contract_nears_preparation_refuses_fails_alike_on_both() {
    // An imported memory: NEAR's preparation refuses it (it imports its own).
    let imports_memory = r#"(module (import "env" "mem" (memory 1)) (func (export "main")))"#;
    for wasm in [
        wat::parse_str(imports_memory).unwrap(),
        b"\0asm\x01\0\0\0\x01garbage".to_vec(),
    ] {
        let result = run_near(wasm, vec![method("main")], false, unperturbed);
        assert!(result.findings.is_empty(), "{:?}", result.findings);
        for outcome in outcomes(&result) {
            let kind = outcome.result.trap().expect("refused").name();
            assert!(kind.starts_with("near.compilation_error."), "{kind}");
            assert!(outcome.near.as_ref().unwrap().abort.is_some());
        }
    }
}

/// A module that imports one function of `env` with the given signature and does nothing.
fn importing(
    name: &str,
    params: &[vmdiff::outcome::ValType],
    results: &[vmdiff::outcome::ValType],
) -> Vec<u8> {
    let ty = |t: &vmdiff::outcome::ValType| t.to_string();
    let params: Vec<String> = params.iter().map(ty).collect();
    let results: Vec<String> = results.iter().map(ty).collect();
    wat::parse_str(format!(
        r#"(module (import "env" "{name}" (func (param {}) (result {}))) (memory 1) (func (export "main")))"#,
        params.join(" "),
        results.join(" ")
    ))
    .unwrap()
}

#[test]
fn the_checked_in_host_api_is_what_the_runner_links() {
    let api = near_api::enabled();
    assert!(
        api.len() >= 80,
        "NEAR's env has about 80 functions, {} enabled",
        api.len()
    );
    for func in api {
        let result = run_near(
            importing(func.name, func.params, func.results),
            vec![method("main")],
            false,
            unperturbed,
        );
        for outcome in outcomes(&result) {
            assert!(
                matches!(outcome.result, CallResult::Ok(_)),
                "{} does not link: {:?}",
                func.name,
                outcome.near.as_ref().and_then(|n| n.abort.clone())
            );
        }
    }
    // A name NEAR does not link (test-only, or no such function), or a wrong signature.
    let write = api.iter().find(|f| f.name == "log_utf8").unwrap();
    for wasm in [
        importing("burn_gas", &[vmdiff::outcome::ValType::I64], &[]),
        importing("vmdiff_no_such_function", &[], &[]),
        importing(write.name, &[vmdiff::outcome::ValType::I32], &[]),
    ] {
        let result = run_near(wasm, vec![method("main")], false, unperturbed);
        for outcome in outcomes(&result) {
            let kind = outcome
                .result
                .trap()
                .map(TrapKind::name)
                .unwrap_or_default();
            assert_eq!(kind, "near.link_error", "{:?}", outcome.near);
        }
        // The two runtimes word the refusal differently (the message goes on chain): the
        // only difference, the oracle names it, and the re-run with the import stubbed out
        // classifies it.
        assert!(!result.findings.is_empty(), "the messages differ");
        for finding in &result.findings {
            assert_eq!(finding.divergence.fields, vec![Field::Abort]);
            assert_eq!(
                finding.divergence.known.as_deref(),
                Some("near_link_error_message")
            );
        }
    }
}

#[test]
fn generated_near_contracts_import_the_real_api_and_are_rarely_refused() {
    let limits = GenerationLimits::default();
    let (mut refused, mut cases, mut imported) = (Vec::new(), 0, std::collections::BTreeSet::new());
    for index in 0..100 {
        let data = generate::case_bytes(3, index, 4096);
        let case = generate::generate_near(&limits, &data).unwrap();
        for import in wasmparser::Parser::new(0)
            .parse_all(&case.wasm)
            .filter_map(|p| match p {
                Ok(wasmparser::Payload::ImportSection(r)) => Some(
                    r.into_imports()
                        .flatten()
                        .map(|i| i.name.to_string())
                        .collect::<Vec<_>>(),
                ),
                _ => None,
            })
            .flatten()
        {
            assert!(
                near_api::NEAR_API.iter().any(|f| f.name == import),
                "{import}"
            );
            imported.insert(import);
        }
        assert!(case
            .calls
            .iter()
            .all(|c| c.args.is_empty() && generate::NEAR_METHODS.contains(&c.export.as_str())));
        let result = run_near(case.wasm, case.calls[..1].to_vec(), false, unperturbed);
        cases += 1;
        let kind = result.reports[0].outcomes[0].1.result.label();
        if kind.starts_with("near.compilation_error") {
            refused.push(kind);
        }
    }
    assert!(
        refused.len() <= 1,
        "NEAR refused {} of {cases}: {refused:?}",
        refused.len()
    );
    assert!(
        imported.len() >= 20,
        "only {} distinct host functions imported",
        imported.len()
    );
}

const GROW: &str = include_str!("../known/near_vm_without_linear_op_fees.wat");

#[test]
fn near_vm_skips_linear_op_fees_and_only_that_is_classified() {
    // The reproducer: near-wasmtime burns one linear-op base cost more, known by re-run.
    let result = run_near(
        wat::parse_str(GROW).unwrap(),
        vec![method("main")],
        false,
        unperturbed,
    );
    let divergence = &result
        .findings
        .first()
        .expect("near-vm charges less")
        .divergence;
    assert_eq!(
        divergence.known.as_deref(),
        Some("near_vm_without_linear_op_fees")
    );
    // `memory.grow` by 1: near-vm one regular op, near-wasmtime the base cost and one unit.
    let (regular, base, unit) = vmdiff::backend::near::linear_op_fees();
    let [near_vm, wasmtime] = [0, 1].map(|i| result.reports[0].outcomes[i].1.gas_used);
    assert_eq!(wasmtime - near_vm, base + unit - regular);

    // A grow by 0 costs exactly `base - regular` more: the class too (it was below the old
    // threshold of one whole base cost, and stayed unknown).
    let grow_zero = GROW.replace("(i32.const 1)", "(i32.const 0)");
    let result = run_near(
        wat::parse_str(&grow_zero).unwrap(),
        vec![method("main")],
        false,
        unperturbed,
    );
    let [near_vm, wasmtime] = [0, 1].map(|i| result.reports[0].outcomes[i].1.gas_used);
    assert_eq!(wasmtime - near_vm, base - regular);
    assert_eq!(
        result.findings[0].divergence.known.as_deref(),
        Some("near_vm_without_linear_op_fees")
    );

    // One fee's worth more burnt gas, but used gas and compute as they were: no fee was
    // charged (the runtime charges all three alike), so unknown.
    fn burnt_only(_: &Call, outcome: &mut Outcome, _: SchemeName) {
        let (regular, base, _) = vmdiff::backend::near::linear_op_fees();
        outcome.gas_used += base - regular;
    }
    let nop = r#"(module (memory 1) (func (export "main")))"#;
    let result = run_near(
        wat::parse_str(nop).unwrap(),
        vec![method("main")],
        false,
        burnt_only,
    );
    assert!(
        result.findings.iter().all(|f| f.divergence.known.is_none()),
        "{:?}",
        result
            .findings
            .iter()
            .map(|f| f.signature())
            .collect::<Vec<_>>()
    );

    // near-wasmtime burning less than near-vm is never this class.
    fn burn_less(_: &Call, outcome: &mut Outcome, _: SchemeName) {
        let (_, base, _) = vmdiff::backend::near::linear_op_fees();
        outcome.gas_used -= 100 * base;
    }
    let result = run_near(
        wat::parse_str(GROW).unwrap(),
        vec![method("main")],
        false,
        burn_less,
    );
    assert!(result.findings.iter().any(|f| f.divergence.known.is_none()));

    // A gas difference smaller than any fee, on the same module: unknown.
    fn one_more(_: &Call, outcome: &mut Outcome, _: SchemeName) {
        outcome.gas_used += 1;
    }
    let nop = r#"(module (memory 1) (func (export "main")))"#;
    let result = run_near(
        wat::parse_str(nop).unwrap(),
        vec![method("main")],
        false,
        one_more,
    );
    assert_eq!(result.findings.len(), 1);
    assert!(result.findings[0].divergence.known.is_none());
}

/// NEAR's artefacts: precompiled twice into two caches, the entries are byte-identical; the
/// module loaded from the cache entry, without a cache and from a node's filesystem cache runs
/// every call alike; a damaged entry ends in NEAR's loading error, never a run.
#[test]
fn near_loads_the_same_contract_alike_from_every_cache_and_refuses_a_damaged_one() {
    let checks = on_wasm_thread(|| {
        let matrix = Matrix::with_backends(
            vec![
                backend::build(BackendName::NEAR_VM),
                backend::build(BackendName::NEAR_WASMTIME),
            ],
            &[SchemeName::Host],
            Profile::default(),
            CostTable::default(),
        );
        let prepared = matrix.prepare(&wat::parse_str(EFFECTS).unwrap()).unwrap();
        let compiled = matrix.compile(&prepared);
        let calls: Vec<Call> = ["main", "quiet", "main"]
            .iter()
            .map(|export| Call {
                export: export.to_string(),
                args: Vec::new(),
                gas_limit: 300_000_000_000_000,
                prepaid_gas: 300_000_000_000_000,
                input: Vec::new(),
                context: CallContext::default(),
            })
            .collect();
        let fresh = |b: &dyn Backend| backend::build(b.name());
        vmdiff::compiled_artefacts::check(&matrix, &prepared, &compiled, &calls, &fresh)
    });
    assert_eq!(checks.len(), 2);
    for check in &checks {
        assert!(check.agrees(), "{check:?}");
        assert!(check.bytes > 100, "{check:?}");
        assert_eq!(check.paths, ["no cache", "filesystem cache"], "{check:?}");
        // 3 calls on the loaded artefact, and 3 in sequence on each of the two paths.
        assert_eq!(check.calls, 9, "{check:?}");
    }
}

const NAN: &str = include_str!("../known/near_vm_nan_canonicalisation.wat");

/// near-vm keeps a demoted NaN's payload, NEAR's wasmtime runner canonicalises it: the
/// reproducer's difference is the class by re-run. The same coarse signature planted in a
/// float module without a NaN survives the canonicalised re-run and stays unknown.
#[test]
fn near_vm_keeps_a_nan_payload_and_only_that_is_classified() {
    let result = run_near(
        wat::parse_str(NAN).unwrap(),
        vec![method("main")],
        false,
        unperturbed,
    );
    let [near_vm, wasmtime] = [0, 1].map(|i| &result.reports[0].outcomes[i].1.result);
    assert_eq!(near_vm.trap(), Some(&TrapKind::Unreachable));
    assert!(matches!(wasmtime, CallResult::Ok(_)), "{wasmtime:?}");
    let divergence = &result.findings.first().expect("NaN bits apart").divergence;
    assert_eq!(
        divergence.known.as_deref(),
        Some("near_vm_nan_canonicalisation")
    );

    // 1.1 demotes to an f32 whose low byte is set on both: both trap. The plant makes
    // near-wasmtime return instead: unreachable~ok as above, but no NaN is involved.
    fn returns_instead(_: &Call, outcome: &mut Outcome, _: SchemeName) {
        outcome.result = CallResult::Ok(Vec::new());
        if let Some(near) = &mut outcome.near {
            near.abort = None;
        }
    }
    let no_nan = NAN.replace("-nan:0xfffffffffe000", "1.1");
    let result = run_near(
        wat::parse_str(&no_nan).unwrap(),
        vec![method("main")],
        false,
        returns_instead,
    );
    let divergence = &result.findings.first().expect("planted").divergence;
    assert_eq!(divergence.left_result, "trap unreachable");
    assert!(divergence.known.is_none(), "{:?}", divergence.known);
}

const GROW_THEN_SPIN: &str = include_str!("../known/near_vm_without_linear_op_fees_loop_phase.wat");

/// Both out of prepaid gas with a promise holding some of it, spinning after a grow: near-vm
/// stops one regular op past near-wasmtime (the grow's extra fee shifted the loop's phase),
/// and the re-run without the grow proves the class. The same coarse signature planted where
/// the grow is never reached (after the loop) survives that re-run and stays unknown.
#[test]
fn near_vm_past_the_limit_in_a_loop_after_a_grow_is_the_linear_fee_class() {
    let (regular, _, _) = vmdiff::backend::near::linear_op_fees();
    // The phase depends on the gas: at 10 M (`vmdiff run`'s default) near-vm stops later.
    let spin = || PlannedCall {
        gas: Some(10_000_000),
        ..method("main")
    };
    let result = run_near(
        wat::parse_str(GROW_THEN_SPIN).unwrap(),
        vec![spin()],
        false,
        unperturbed,
    );
    let [near_vm, wasmtime] = [0, 1].map(|i| &result.reports[0].outcomes[i].1);
    assert!(near_vm.result.is_gas_exhausted() && wasmtime.result.is_gas_exhausted());
    assert_eq!(near_vm.gas_used - wasmtime.gas_used, regular);
    let divergence = &result.findings.first().expect("burnt apart").divergence;
    assert_eq!(
        divergence.known.as_deref(),
        Some("near_vm_without_linear_op_fees")
    );

    fn one_op_short(_: &Call, outcome: &mut Outcome, _: SchemeName) {
        let (regular, _, _) = vmdiff::backend::near::linear_op_fees();
        outcome.gas_used -= regular;
        if let Some(near) = &mut outcome.near {
            near.compute_usage -= regular;
        }
    }
    let grow_never_reached = GROW_THEN_SPIN.replace(
        "(drop (memory.grow (i32.const 0)))\n    (loop $spin (br $spin))",
        "(loop $spin (br $spin))\n    (drop (memory.grow (i32.const 0)))",
    );
    assert_ne!(grow_never_reached, GROW_THEN_SPIN);
    let result = run_near(
        wat::parse_str(&grow_never_reached).unwrap(),
        vec![spin()],
        false,
        one_op_short,
    );
    let divergence = &result.findings.first().expect("planted").divergence;
    assert_eq!(divergence.fields, vec![Field::GasUsed, Field::ComputeUsage]);
    assert_eq!(divergence.left_result, "trap gas_exhausted");
    assert_eq!(divergence.right_result, "trap gas_exhausted");
    assert!(divergence.known.is_none(), "{:?}", divergence.known);
}
