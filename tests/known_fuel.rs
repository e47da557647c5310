//! `cranelift_fuel_check_at_bulk_ops` when both compilers run out of fuel: Cranelift stops at a
//! bulk operator's fuel check, Winch runs that operator and on to its next check, and only the
//! memory they leave differs. The class accepts that divergence only when the re-run (an empty
//! `loop` around every bulk operator of the prepared fuel bytes) makes every config agree; a
//! planted state difference in the same module, on either side, stays unknown.

use vmdiff::backend::{self, Backend, BackendName, Call, Perturbed};
use vmdiff::case::{self, CaseOptions, CaseResult};
use vmdiff::cost::CostTable;
use vmdiff::generate::PlannedCall;
use vmdiff::matrix::{on_wasm_thread, Matrix};
use vmdiff::oracle::Field;
use vmdiff::outcome::{Outcome, Value};
use vmdiff::profile::Profile;
use vmdiff::scheme::SchemeName;

const FULL: u64 = 300_000;
const MEMORY: &str = include_str!("../known/cranelift_fuel_check_at_bulk_ops_memory.wat");
const CLASS: &str = "cranelift_fuel_check_at_bulk_ops";

/// The reproducer's full fuel is 71. At 670‰ (limit 47) the fill's linear charge leaves exactly
/// nothing: Cranelift stops at the fill's check, Winch fills and stops at `$next`'s entry.
const KNOWN_PERMILLE: u16 = 670;
/// At 677‰ (limit 48) one unit is left after the linear charge, and it is the fill's own cost
/// that runs out: Cranelift's check counts it before filling, while the nearest check Winch can
/// be given (a loop header) comes after the fill. No re-run by loop headers can show that.
const WINDOW_PERMILLE: u16 = 677;
/// At 700‰ (limit 49) Cranelift passes the fill's check and both stop at `$next`'s entry alike.
const AGREEING_PERMILLE: u16 = 700;

type Perturb = fn(&Call, &mut Outcome, SchemeName);

fn unperturbed(_: &Call, _: &mut Outcome, _: SchemeName) {}

/// A planted adapter bug, not a fuel matter: after running out of fuel in a limited run, the
/// memory reported is not the memory the engine left.
fn wrong_state_when_exhausted(call: &Call, outcome: &mut Outcome, _: SchemeName) {
    if call.gas_limit < FULL && outcome.result.is_gas_exhausted() {
        outcome.state = Some("planted".into());
    }
}

fn run(permille: u16, winch: Perturb, cranelift: Perturb) -> (CaseResult, vmdiff::stats::Stats) {
    on_wasm_thread(move || {
        let backends: Vec<Box<dyn Backend>> = vec![
            Box::new(Perturbed {
                inner: backend::build(BackendName::Winch),
                perturb: winch,
            }),
            Box::new(Perturbed {
                inner: backend::build(BackendName::CraneliftNone),
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
            export: "fill".into(),
            args: vec![Value::I32(16)],
            input: vec![],
            permille,
            context: Default::default(),
        };
        let options = CaseOptions {
            full_gas: FULL,
            ..CaseOptions::default()
        };
        let mut stats = vmdiff::stats::Stats::default();
        let result = case::run_module(
            &matrix,
            &wat::parse_str(MEMORY).unwrap(),
            vec![call],
            &options,
            &mut stats,
        );
        (result, stats)
    })
}

const STATE_SIGNATURE: &str = "state:winch/fuel~cranelift-none/fuel:gas_exhausted~gas_exhausted";

#[test]
fn both_out_of_fuel_with_only_memory_apart_is_the_bulk_op_class() {
    let (result, stats) = run(KNOWN_PERMILLE, unperturbed, unperturbed);
    assert_eq!(result.findings.len(), 1, "{:#?}", result.findings);
    let finding = &result.findings[0];
    assert_eq!(finding.divergence.fields, [Field::State]);
    assert_eq!(finding.signature(), format!("{CLASS}:{STATE_SIGNATURE}"));
    assert_eq!(stats.unknown_divergences, 0);
}

#[test]
fn the_bulk_operators_own_unit_is_beyond_the_re_run_and_stays_unknown() {
    let (result, stats) = run(WINDOW_PERMILLE, unperturbed, unperturbed);
    assert_eq!(result.findings.len(), 1, "{:#?}", result.findings);
    assert_eq!(
        result.findings[0].signature(),
        format!("unknown:{STATE_SIGNATURE}")
    );
    assert_eq!(stats.unknown_divergences, 1);
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
        let (result, stats) = run(AGREEING_PERMILLE, winch, cranelift);
        assert_eq!(result.findings.len(), 1, "{:#?}", result.findings);
        assert_eq!(
            result.findings[0].signature(),
            format!("unknown:{STATE_SIGNATURE}")
        );
        assert_eq!(stats.unknown_divergences, 1);
    }
    // And where the class explains the real difference, a planted one on top stays unknown.
    let (result, _) = run(KNOWN_PERMILLE, unperturbed, wrong_state_when_exhausted);
    assert!(
        result.findings.iter().all(|f| f.divergence.known.is_none()),
        "{:#?}",
        result.findings
    );
}
