//! Differences planted in the engine adapters themselves (`--features planted-adapter`), not in
//! a wrapper after them: the oracle must name what they break. Without the feature the same
//! calls agree, so it is the plant, not the module, that makes the difference.
//!
//!   cargo test --release --features planted-adapter --test planted_adapter

use vmdiff::backend::{BackendName, Call};
use vmdiff::cost::CostTable;
use vmdiff::matrix::{on_wasm_thread, CallReport, Matrix};
use vmdiff::oracle::{Field, Rule};
use vmdiff::outcome::{CallResult, TrapKind};
use vmdiff::profile::Profile;
use vmdiff::scheme::SchemeName;

const PLANTED: bool = cfg!(feature = "planted-adapter");

fn run(wat: &str, backends: &[BackendName], schemes: &[SchemeName]) -> CallReport {
    let wasm = wat::parse_str(wat).unwrap();
    let (backends, schemes) = (backends.to_vec(), schemes.to_vec());
    on_wasm_thread(move || {
        let matrix = Matrix::new(
            &backends,
            &schemes,
            Profile::default(),
            CostTable::default(),
        );
        let compiled = matrix.compile(&matrix.prepare(&wasm).unwrap());
        let call = Call {
            export: "f".into(),
            args: vec![],
            gas_limit: 1_000_000,
            prepaid_gas: 1_000_000,
            input: vec![],
            context: Default::default(),
        };
        matrix.call(&compiled, &call, &vec![1_000_000; compiled.configs.len()])
    })
}

/// Winch's adapter drops the mutable globals from the state it hashes after a trap: found as a
/// `state` divergence (and nothing else) under rule 1, on the trapping call only.
#[test]
fn state_planted_in_winchs_adapter_is_found_in_the_state_field() {
    let backends = [
        BackendName::SINGLEPASS,
        BackendName::WINCH,
        BackendName::CRANELIFT,
    ];
    let schemes = [SchemeName::Host, SchemeName::Global];
    let trapping = r#"(module (global $g (mut i32) (i32.const 0))
        (func (export "f") (global.set $g (i32.const 7)) unreachable))"#;
    let report = run(trapping, &backends, &schemes);
    let divergences = &report.comparison.divergences;
    if !PLANTED {
        assert!(divergences.is_empty(), "{divergences:#?}");
        return;
    }
    assert!(
        !divergences.is_empty(),
        "the planted state difference went unseen"
    );
    for d in divergences {
        assert_eq!(d.fields, [Field::State], "{d:#?}");
        assert_eq!(d.rule, Rule::SameScheme, "{d:#?}");
        assert!(d.left.backend == BackendName::WINCH || d.right.backend == BackendName::WINCH);
        assert_eq!(d.left_result, "trap unreachable");
    }
    let returning = r#"(module (global $g (mut i32) (i32.const 0))
        (func (export "f") (global.set $g (i32.const 7))))"#;
    let report = run(returning, &backends, &schemes);
    assert!(
        report.comparison.divergences.is_empty(),
        "the plant is after traps only"
    );
}

/// singlepass's adapter takes every `unreachable` under `Metering` for out of gas. Before the
/// exhaustion check this passed as "only one mechanism ran out" (rule 3, not compared); now the
/// engine's counter shows gas left, the outcome is unclassified, and the oracle names `result`.
#[test]
fn singlepass_planted_to_stop_with_gas_left_is_caught() {
    let report = run(
        r#"(module (func (export "f") unreachable))"#,
        &[BackendName::SINGLEPASS],
        &[SchemeName::Host, SchemeName::Fuel],
    );
    let fuel = &report.outcomes[1].1;
    if !PLANTED {
        assert!(report.comparison.divergences.is_empty());
        assert_eq!(fuel.result, CallResult::Trap(TrapKind::Unreachable));
        return;
    }
    assert!(
        matches!(&fuel.result, CallResult::Trap(TrapKind::Unclassified(m)) if m.contains("gas_exhausted")),
        "{}",
        fuel.result
    );
    assert!(fuel.gas_used < 1_000_000, "not rewritten to the limit");
    let divergences = &report.comparison.divergences;
    assert_eq!(divergences.len(), 1, "{divergences:#?}");
    assert_eq!(divergences[0].fields, [Field::Result]);
    assert_eq!(divergences[0].rule, Rule::CrossMechanism);
}
