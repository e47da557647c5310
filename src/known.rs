//! Known divergences (DESIGN.md): real engine behaviour vmdiff cannot fix, classified by a
//! re-run rather than a guess.
//!
//! Each class names a normalising transform. A divergence counts as the class only if running
//! the same call again on the transformed module makes *every* config agree — at the original
//! gas limits and at the full limit, so that a transform that merely runs out of gas earlier
//! cannot explain anything. Anything else stays an unknown divergence.
//!
//! Before any re-run, a class's `applies` decides from the divergence and the two outcomes
//! whether the class could explain it at all (a relation that must hold, e.g. "Cranelift stopped
//! no later than Winch"); a transform rewrites either the contract before preparation or one
//! scheme's prepared bytes ([`Rewrites`]), the latter so that instrumentation stays as it ran.
//! Relations the engines' design fixes exactly are rules of the policy instead, checked by the
//! oracle without a re-run ([`crate::oracle::RelaxedRule`]).
//!
//! A class whose cause is one setting of one config proves itself first by a re-run of that
//! config alone with the setting of the other side ([`Setting`]): the re-run must end
//! exactly as the other side's original run did, at the same limit (a re-run that stopped
//! early cannot meet an outcome that did not). That compiles one module instead of every
//! config's, and tests the claim itself. Where the re-run differs only in a way another class's
//! transform could change (the two classes meet in one call), the transforms decide as above;
//! where it differs otherwise, the divergence is not the class.

use crate::backend::{CompiledModule, Setting};
use crate::config::Config;
use crate::oracle::Divergence;
use crate::outcome::{Outcome, TrapKind};
use crate::scheme::SchemeName;
use crate::wasm::ModuleTypes;
use serde::Serialize;
use std::collections::HashMap;
use wasm_encoder::reencode::{self, Reencode};
use wasm_encoder::{Function, Instruction, ValType};
use wasmparser::{Operator, Parser};

/// Whether a class is an upstream bug or a documented difference in policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    UpstreamBug,
    PolicyDifference,
}

/// One known class.
pub struct KnownClass {
    pub name: &'static str,
    pub kind: Kind,
    pub upstream: &'static str,
    pub description: &'static str,
    /// The minimal reproducer, checked in under `known/`.
    pub reproducer_wat: &'static str,
    /// Which divergences the class may explain at all, from the divergence and the two
    /// outcomes it compared (left, right), before the re-run decides.
    pub applies: fn(&Divergence, &Outcome, &Outcome) -> bool,
    /// Which bytes the transform rewrites.
    pub rewrites: Rewrites,
    /// The normalising transform of the explanation test.
    pub transform: fn(&[u8]) -> Result<Vec<u8>, String>,
    /// The setting the class blames, if its cause is one: the class's proof re-runs the side
    /// that has it with the other side's before any transform.
    pub config_proof: Option<Setting>,
}

/// Which bytes a class's transform rewrites.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rewrites {
    /// The contract, before preparation: every scheme is prepared from the transformed module.
    Contract,
    /// One scheme's prepared bytes, after instrumentation: every other scheme, and that
    /// scheme's instrumentation, stay byte for byte what the original run had.
    Prepared(SchemeName),
}

/// The registry.
pub const REGISTRY: &[KnownClass] = &[
    KnownClass {
        name: "singlepass_nan_canonicalisation",
        kind: Kind::PolicyDifference,
        upstream: "wasmer singlepass canonicalises NaNs at other points than wasmtime \
                   (DESIGN.md, measured 2026-11-25 on wasmer 7.4.2 / wasmtime 48.0.8); \
                   both are allowed by the Wasm spec's nondeterministic NaN bits",
        description: "singlepass differs from wasmtime in NaN sign/payload bits after \
                      f32/f64.neg/abs/copysign of an arithmetic NaN and through demote/promote",
        reproducer_wat: include_str!("../known/singlepass_nan_canonicalisation.wat"),
        applies: singlepass_against_wasmtime,
        rewrites: Rewrites::Contract,
        transform: canonicalise_float_results,
        config_proof: None,
    },
    KnownClass {
        name: "cranelift_fuel_check_at_bulk_ops",
        kind: Kind::PolicyDifference,
        upstream: "wasmtime 48.0.8: Cranelift checks fuel at function entry, at loop headers and \
                   at every memory.copy/fill/init, table.copy/fill/init/grow and memory.grow whose \
                   size is not a compile-time constant (crates/cranelift/src/func_environ.rs: \
                   pre_translate_bulk_op calls translate_loop_header unless units x per-unit cost \
                   is a constant <= 128; vmdiff's per-unit costs are 0); Winch checks only at \
                   function entry and loop headers (winch/codegen/src/codegen/mod.rs: \
                   maybe_emit_fuel_check from emit_body and visit_loop) and ignores \
                   VariableOperatorCost. Upstream promises fuel determinism for one program and \
                   one configuration only; related: bytecodealliance/wasmtime#13393, #13448, \
                   #14161 (fixed by #14213 after 48)",
        description: "under fuel, near the limit Cranelift stops with out-of-fuel at a bulk or \
                      grow operator where Winch runs on (to completion, to a later trap, to \
                      more host calls, or out of fuel at its next check having written memory \
                      Cranelift did not): wasmtime fuel is not consensus-safe across Winch and \
                      Cranelift nodes",
        reproducer_wat: include_str!("../known/cranelift_fuel_check_at_bulk_ops.wat"),
        applies: cranelift_stops_first_under_fuel,
        rewrites: Rewrites::Prepared(SchemeName::Fuel),
        transform: loop_headers_around_bulk_ops,
        config_proof: None,
    },
    KnownClass {
        name: "near_vm_without_linear_op_fees",
        kind: Kind::PolicyDifference,
        upstream: "near-vm-runner 0.37.0: prepare_v3::prepare_contract returns the module \
                   uninstrumented for VMKind::NearVm (near-vm meters gas in its own compiler), \
                   while NEAR's wasmtime runner gets instrument_v3, which charges \
                   memory.grow and every bulk memory/table operator wasm_linear_op_base_cost \
                   plus wasm_linear_op_unit_cost per unit (protocol 84 on; 300 Tgas each before, \
                   which made them prohibitive). NEAR switched vm_kind to Wasmtime in the same \
                   protocol version (84), so no chain ran both",
        description: "under NEAR's own runtime, a call that grows memory or runs a bulk \
                      operator burns more gas on near-wasmtime than on near-vm (one linear-op \
                      base cost and its units each); near-vm cannot stand in for NEAR's \
                      wasmtime runner at protocol 84 or later, nor the reverse before it",
        reproducer_wat: include_str!("../known/near_vm_without_linear_op_fees.wat"),
        applies: near_wasmtime_charges_more,
        rewrites: Rewrites::Prepared(SchemeName::Near),
        transform: without_bulk_or_grow_ops,
        config_proof: Some(Setting::NearVmLinearOpFees),
    },
    KnownClass {
        name: "near_vm_nan_canonicalisation",
        kind: Kind::PolicyDifference,
        upstream: "near-vm-runner 0.37.0: NEAR's wasmtime runner sets \
                   cranelift_nan_canonicalization(true) (wasmtime_runner/mod.rs l. 531–534, \
                   which Winch reads too); near-vm, a singlepass fork, canonicalises lazily, \
                   only where a NaN's bits are next observed by some operators \
                   (near-vm-compiler-singlepass 0.37.4 codegen_x64.rs l. 120–160), so a \
                   demoted or promoted NaN keeps its payload. The Wasm spec leaves those bits \
                   nondeterministic; NEAR switched VMs at protocol 84, so no chain ran both",
        description: "under NEAR's own runtime, a contract that observes the bits of a computed \
                      NaN (reinterpret after f32.demote_f64, say) sees near-vm's payload and \
                      wasmtime's canonical NaN: results, traps and gas can differ",
        reproducer_wat: include_str!("../known/near_vm_nan_canonicalisation.wat"),
        applies: near_vm_against_canonical_nans,
        rewrites: Rewrites::Contract,
        transform: canonicalise_float_results,
        config_proof: None,
    },
    KnownClass {
        name: "near_link_error_message",
        kind: Kind::PolicyDifference,
        upstream: "near-vm-runner 0.37.0: each VM words LinkError itself (near-vm: \
                   `Error while importing \"env\".\"f\": unknown import. Expected …`, NEAR's \
                   wasmtime runner: `unknown or invalid import`); nearcore's own tests expect \
                   the message per VM kind (runtime_errors.rs, test_bad_import_*), and the \
                   message goes on chain in the receipt's failure",
        description: "under NEAR's own runtime, a contract importing a function NEAR does not \
                      link (or with a wrong signature) fails alike on both VMs, with a \
                      different message",
        reproducer_wat: include_str!("../known/near_link_error_message.wat"),
        applies: near_link_errors_worded_apart,
        rewrites: Rewrites::Prepared(SchemeName::Near),
        transform: stub_unlinked_imports,
        config_proof: None,
    },
    KnownClass {
        name: "wasmtime48_br_table_target_limit",
        kind: Kind::PolicyDifference,
        upstream: "wasmtime 48.0.8 refuses a br_table of more than MAX_BR_TABLE_TARGETS = 65 520 \
                   targets in Cranelift (crates/cranelift/src/translate/code_translator.rs) and \
                   Winch (winch/codegen/src/codegen/mod.rs check_impl_limits); wasmtime 45.0.3 \
                   has no such limit, and the Wasm spec none below validation's",
        description: "a contract with a br_table wider than 65 520 targets deploys on wasmtime \
                      45 (and singlepass) and fails to compile on wasmtime 48: an upgrade must \
                      gate it by protocol version, or the profile bound br_table width first",
        reproducer_wat: include_str!("../known/wasmtime48_br_table_target_limit.wat"),
        applies: refused_for_br_table_width,
        rewrites: Rewrites::Contract,
        transform: narrow_br_tables,
        config_proof: None,
    },
];

/// The side with a br_table target limit failed to compile where the side without compiled.
fn refused_for_br_table_width(divergence: &Divergence, left: &Outcome, right: &Outcome) -> bool {
    use crate::backend::EngineFact::BrTableTargetLimit;
    let failed = |o: &Outcome| o.result.trap() == Some(&TrapKind::CompileFailed);
    let (l, r) = (divergence.left.backend, divergence.right.backend);
    match (l.has(BrTableTargetLimit), r.has(BrTableTargetLimit)) {
        (true, false) => failed(left) && !failed(right),
        (false, true) => failed(right) && !failed(left),
        _ => false,
    }
}

/// wasmtime 48's `MAX_BR_TABLE_TARGETS`.
const BR_TABLE_TARGET_LIMIT: usize = 65_520;

/// Cuts every br_table wider than 65 520 targets down to 65 520 (an index past them takes the
/// default branch, on every config alike): what remains different is something else.
pub fn narrow_br_tables(wasm: &[u8]) -> Result<Vec<u8>, String> {
    let mut transform = BrTableNarrower { sites: 0 };
    let module = reencode_module(&mut transform, wasm)?;
    if transform.sites == 0 {
        return Err(NOTHING_TO_NORMALISE.into());
    }
    Ok(module)
}

struct BrTableNarrower {
    /// br_tables narrowed.
    sites: usize,
}

impl Reencode for BrTableNarrower {
    type Error = String;

    fn instruction<'a>(
        &mut self,
        op: Operator<'a>,
    ) -> Result<Instruction<'a>, reencode::Error<Self::Error>> {
        if let Operator::BrTable { targets } = &op {
            if targets.len() as usize > BR_TABLE_TARGET_LIMIT {
                self.sites += 1;
                let kept = targets
                    .targets()
                    .take(BR_TABLE_TARGET_LIMIT)
                    .collect::<Result<Vec<u32>, _>>()?;
                return Ok(Instruction::BrTable(kept.into(), targets.default()));
            }
        }
        reencode::utils::instruction(self, op)
    }
}

/// [`crate::near_api::stub_unlinked_imports`] as a transform: a module whose every import
/// links has nothing to normalise.
fn stub_unlinked_imports(wasm: &[u8]) -> Result<Vec<u8>, String> {
    crate::near_api::stub_unlinked_imports(wasm)?.ok_or_else(|| NOTHING_TO_NORMALISE.into())
}

/// NEAR's two runtimes, as (near-vm, near-wasmtime) outcomes, when `divergence` is between them.
fn near_pair<'a>(
    divergence: &Divergence,
    left: &'a Outcome,
    right: &'a Outcome,
) -> Option<(&'a Outcome, &'a Outcome)> {
    crate::oracle::near_pair((divergence.left, left), (divergence.right, right))
}

/// The relation near-vm's missing linear-op fees allow. near-vm charges a bulk or grow
/// operator one `regular_op_cost` R; NEAR's wasmtime runner charges it
/// `linear_op_base_cost` B plus `linear_op_unit_cost` U per unit *instead*, before it runs
/// (near-vm-runner 0.37.0 `prepare/prepare_v3.rs` l. 528–535, `SimpleGasCostCfg`); every other
/// charge point and fee is the same on both (finite-wasm's analysis in both, the same frame
/// charge). So near-wasmtime's running total is never below near-vm's, and:
/// - both ran on: only burnt gas, used gas and compute apart, each by the same amount, at
///   least one operator's extra `B − R` and in whole multiples of the fees' common divisor
///   (a `memory.grow` by 0 costs exactly `B − R` more); used gas equal instead when both ran
///   out of prepaid gas (a contract attaching all that is left to a promise, say);
/// - or both overflowed the stack, worded apart as the policy allows
///   ([`crate::oracle::RelaxedRule::NearStackOverflowAbortKind`]), with gas apart like that;
/// - or near-wasmtime stopped first: out of prepaid gas, or `GasLimitExceeded` (a huge count
///   makes `B + U·count` alone exceed `max_gas_burnt`, `logic/gas_counter.rs` l. 198–206),
///   its logs a prefix of near-vm's, and near-vm either ran on (to success, a trap, a stack
///   overflow) or ran out too, no host or action cost charged more than near-vm's (it got
///   through fewer of the same charges): with the same gas burnt and no more compute, or both
///   out of prepaid gas, its actions a prefix of near-vm's and used gas equal. Burnt gas is
///   then apart either way: each side keeps the part of its last charge past the limit.
///
/// near-vm stopping first, or burning more while both ran on, is never this class; the re-run
/// decides the rest (without grows and bulk operators both charge alike, so the phase too).
fn near_wasmtime_charges_more(divergence: &Divergence, left: &Outcome, right: &Outcome) -> bool {
    use crate::oracle::Field;
    let Some((near_vm, wasmtime)) = near_pair(divergence, left, right) else {
        return false;
    };
    let Some(fees) = near_linear_op_fees() else {
        return false;
    };
    let near = |o: &Outcome| o.near.clone().unwrap_or_default();
    let (vm_effects, wasmtime_effects) = (near(near_vm), near(wasmtime));
    let gas = |f: &Field| matches!(f, Field::GasUsed | Field::UsedGas | Field::ComputeUsage);
    let gas_only = divergence.fields.iter().all(gas);
    let stack_overflow_worded_apart = near_vm.result.trap() == Some(&TrapKind::StackExhausted)
        && wasmtime.result.trap()
            == Some(&TrapKind::HostError(
                crate::outcome::HostErrorKind::MemoryAccessViolation,
            ))
        && divergence
            .fields
            .iter()
            .all(|f| gas(f) || matches!(f, Field::Result | Field::Abort));
    let exhausted = |o: &Outcome| {
        o.result.is_gas_exhausted()
            || o.result.trap() == Some(&TrapKind::Near("host_error.gas_limit_exceeded".into()))
    };
    let extra = wasmtime.gas_used.checked_sub(near_vm.gas_used);
    // Used gas moves with burnt gas, except when both used all their prepaid gas (gas
    // attached to promises is used, not burnt): then it is equal.
    let used_alike = wasmtime_effects.used_gas.checked_sub(vm_effects.used_gas) == extra
        || (exhausted(near_vm)
            && exhausted(wasmtime)
            && wasmtime_effects.used_gas == vm_effects.used_gas);
    let whole_fees = extra.is_some_and(|extra| {
        extra >= fees.base.saturating_sub(fees.regular) && extra % fees.granularity() == 0
    }) && used_alike
        && wasmtime_effects
            .compute_usage
            .checked_sub(vm_effects.compute_usage)
            == extra;
    // near-vm out of gas too: at the same burnt gas, or both out of prepaid gas with promises
    // holding some of it. Then each stops at the first charge past its limit (the prepaid gas
    // less the promises' share, `logic/gas_counter.rs` l. 129–141) and keeps what that charge
    // burnt (l. 169–196: only the prepaid gas caps it): at a later action charge near-vm burns
    // less; in a loop it burns whatever part of one iteration the phase leaves over, which a
    // grow's `B − R` shifts (B = 32 R: a `loop`+`br` iteration of 2 R ends R apart either way).
    let near_vm_ran_out_alike = near_vm.gas_used == wasmtime.gas_used
        && wasmtime_effects.compute_usage <= vm_effects.compute_usage
        || vm_effects.used_gas == wasmtime_effects.used_gas
            && vm_effects.actions.starts_with(&wasmtime_effects.actions);
    let stopped_first = exhausted(wasmtime)
        && vm_effects.logs.starts_with(&wasmtime_effects.logs)
        && (!exhausted(near_vm)
            || (near_vm_ran_out_alike
                && profile_charges_at_most(&wasmtime_effects.profile, &vm_effects.profile)));
    ((gas_only || stack_overflow_worded_apart) && whole_fees) || stopped_first
}

/// Whether every host-function and action cost of the `lower` gas profile (`ProfileDataV3`'s
/// `Debug` text: `name -> gas [..]` lines and `Action gas: N`) is at most the `higher` one's.
fn profile_charges_at_most(lower: &str, higher: &str) -> bool {
    fn charges(profile: &str) -> std::collections::BTreeMap<&str, u64> {
        profile
            .lines()
            .filter_map(|line| {
                let (name, rest) = line.split_once(" -> ").or_else(|| line.split_once(": "))?;
                let value = rest.split_whitespace().next()?.parse().ok()?;
                Some((name.trim(), value))
            })
            .collect()
    }
    let higher = charges(higher);
    charges(lower)
        .into_iter()
        .all(|(name, gas)| gas <= higher.get(name).copied().unwrap_or(0))
}

/// NEAR's fees for one operator at [`crate::backend::near::protocol_version`].
struct LinearOpFees {
    regular: u64,
    base: u64,
    unit: u64,
}

impl LinearOpFees {
    /// Every extra charge is a sum of `B − R` and `U` terms: a multiple of this.
    fn granularity(&self) -> u64 {
        fn gcd(a: u64, b: u64) -> u64 {
            if b == 0 {
                a
            } else {
                gcd(b, a % b)
            }
        }
        gcd(self.base.abs_diff(self.regular), self.unit).max(1)
    }
}

#[cfg(feature = "near")]
fn near_linear_op_fees() -> Option<LinearOpFees> {
    let (regular, base, unit) = crate::backend::near::linear_op_fees();
    Some(LinearOpFees {
        regular,
        base,
        unit,
    })
}

/// Without NEAR's runtime no near config exists to explain.
#[cfg(not(feature = "near"))]
fn near_linear_op_fees() -> Option<LinearOpFees> {
    None
}

/// Both VMs refused to link the contract, and only the message differs.
fn near_link_errors_worded_apart(divergence: &Divergence, left: &Outcome, right: &Outcome) -> bool {
    near_pair(divergence, left, right).is_some()
        && divergence.fields == [crate::oracle::Field::Abort]
        && divergence.left_result == "trap near.link_error"
        && divergence.right_result == "trap near.link_error"
}

/// Replaces every operator that NEAR's instrumentation charges a linear-op fee for by code of
/// the same type that does nothing (`memory.grow`/`table.grow` fail with -1): both NEAR VMs
/// then charge alike, so what remains different is something else. Meant for the `near`
/// scheme's bytes (the contract as deployed).
pub fn without_bulk_or_grow_ops(wasm: &[u8]) -> Result<Vec<u8>, String> {
    rewrite_bulk_or_grow_ops(wasm, |f, op, _| {
        // Operands popped, the result (if any) a failed grow.
        let (pops, grow) = match op {
            Operator::MemoryGrow { .. } => (1, true),
            Operator::TableGrow { .. } => (2, true),
            _ => (3, false),
        };
        for _ in 0..pops {
            f.instruction(&Instruction::Drop);
        }
        if grow {
            f.instruction(&Instruction::I32Const(-1));
        }
    })
}

/// The class called `name`.
pub fn class(name: &str) -> Option<&'static KnownClass> {
    REGISTRY.iter().find(|c| c.name == name)
}

/// NEAR's pair, only one of which canonicalises NaNs (NEAR's wasmtime runner): a difference
/// may be NaN bits, and the re-run with every float result canonicalised decides. Except one
/// side out of gas at the other's very gas: that is where the limit fell, not a value (the
/// canonicalised module burns more, so its re-run at that limit would agree by running out
/// early: `open:near_vm_exact_gas_limit` is such a pair).
fn near_vm_against_canonical_nans(
    divergence: &Divergence,
    left: &Outcome,
    right: &Outcome,
) -> bool {
    use crate::backend::EngineFact::CanonicalNans;
    let exhausted = |o: &Outcome| o.result.is_gas_exhausted();
    let one_stopped_at_equal_gas =
        exhausted(left) != exhausted(right) && left.gas_used == right.gas_used;
    near_pair(divergence, left, right).is_some()
        && divergence.left.backend.has(CanonicalNans) != divergence.right.backend.has(CanonicalNans)
        && !one_stopped_at_equal_gas
}

/// Engines that canonicalise NaNs must agree exactly: a NaN class can only explain one that
/// does against one that does not (singlepass against wasmtime, of any version).
fn singlepass_against_wasmtime(divergence: &Divergence, _: &Outcome, _: &Outcome) -> bool {
    use crate::backend::EngineFact::CanonicalNans;
    !divergence.left.backend.is_near()
        && !divergence.right.backend.is_near()
        && divergence.left.backend.has(CanonicalNans) != divergence.right.backend.has(CanonicalNans)
}

/// The relation Cranelift's extra fuel checks allow between Winch and a Cranelift flavour under
/// wasmtime fuel: Cranelift stopped with out-of-fuel, no later than Winch — its host trace is a
/// prefix of Winch's, strictly shorter if Winch ran out of fuel too. Winch stopping first is
/// never this class.
///
/// One more outcome of the same cause: both ran out of fuel after the same host calls and only
/// the memory (and globals) they left differ — Cranelift stopped at a bulk operator's check,
/// Winch ran that operator and the stores after it up to its next check (a call's function
/// entry, a loop header) and stopped there. Outcomes alone cannot tell who stopped first then;
/// the re-run decides (with Winch checking before every bulk operator, Winch stopping first, or
/// a memory the engines really compute apart, still differs).
fn cranelift_stops_first_under_fuel(
    divergence: &Divergence,
    left: &Outcome,
    right: &Outcome,
) -> bool {
    use crate::backend::EngineFact::FuelCheckAtBulkOps;
    use crate::oracle::Field;
    let wasmtime_fuel = |c: &crate::config::Config| c.mechanism() == "wasmtime-fuel";
    if !wasmtime_fuel(&divergence.left) || !wasmtime_fuel(&divergence.right) {
        return false;
    }
    // `winch`: the side that does not check at bulk operators (Winch, or a Cranelift from
    // before wasmtime 46); `cranelift`: the side that does.
    let (l, r) = (divergence.left.backend, divergence.right.backend);
    let (winch, cranelift) = match (l.has(FuelCheckAtBulkOps), r.has(FuelCheckAtBulkOps)) {
        (false, true) => (left, right),
        (true, false) => (right, left),
        _ => return false,
    };
    let prefix = winch.host_trace.starts_with(&cranelift.host_trace);
    let stopped_first =
        !winch.result.is_gas_exhausted() || cranelift.host_trace.len() < winch.host_trace.len();
    let memory_only = winch.result.is_gas_exhausted()
        && winch.host_trace == cranelift.host_trace
        && divergence.fields == [Field::State];
    cranelift.result.is_gas_exhausted() && prefix && (stopped_first || memory_only)
}

/// The operators at which wasmtime 48.0.8's Cranelift checks fuel when their size is not a
/// constant (`pre_translate_bulk_op`).
fn bulk_or_grow(op: &Operator) -> bool {
    use Operator::*;
    matches!(
        op,
        MemoryCopy { .. }
            | MemoryFill { .. }
            | MemoryInit { .. }
            | MemoryGrow { .. }
            | TableCopy { .. }
            | TableFill { .. }
            | TableInit { .. }
            | TableGrow { .. }
    )
}

/// Puts an empty `loop end` right before and right after every bulk or grow operator. A loop
/// header is where every wasmtime compiler checks fuel, and `loop`/`end` cost 0 in the cost
/// table, so the module computes and charges exactly what it did: only the check points move,
/// and Winch now checks where Cranelift does — before the operator with the fuel used up to it,
/// and after it with the operator's own cost included (Cranelift checks that sum before running
/// the operator). Meant for prepared bytes, so that the instrumentation stays as it ran.
pub fn loop_headers_around_bulk_ops(wasm: &[u8]) -> Result<Vec<u8>, String> {
    rewrite_bulk_or_grow_ops(wasm, |f, _, instruction| {
        let empty_loop = |f: &mut Function| {
            f.instruction(&Instruction::Loop(wasm_encoder::BlockType::Empty));
            f.instruction(&Instruction::End);
        };
        empty_loop(f);
        f.instruction(&instruction);
        empty_loop(f);
    })
}

/// Re-encodes `wasm` with every bulk or grow operator replaced by what `rewrite` emits for it
/// (given the operator and its re-encoded instruction); every other operator stays. An error
/// when the module has no such operator (nothing to normalise).
fn rewrite_bulk_or_grow_ops(
    wasm: &[u8],
    rewrite: fn(&mut Function, &Operator, Instruction),
) -> Result<Vec<u8>, String> {
    let mut transform = BulkOpRewriter { rewrite, sites: 0 };
    let module = reencode_module(&mut transform, wasm)?;
    if transform.sites == 0 {
        return Err(NOTHING_TO_NORMALISE.into());
    }
    Ok(module)
}

struct BulkOpRewriter {
    rewrite: fn(&mut Function, &Operator, Instruction),
    /// Operators rewritten.
    sites: usize,
}

impl Reencode for BulkOpRewriter {
    type Error = String;

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: wasmparser::FunctionBody<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        let mut f = self.new_function_with_parsed_locals(&func)?;
        let mut reader = func.get_operators_reader()?;
        while !reader.eof() {
            let op = reader.read()?;
            if bulk_or_grow(&op) {
                self.sites += 1;
                let instruction = self.instruction(op.clone())?;
                (self.rewrite)(&mut f, &op, instruction);
            } else {
                f.instruction(&self.instruction(op)?);
            }
        }
        code.function(&f);
        Ok(())
    }
}

fn reencode_module(
    transform: &mut impl Reencode<Error = String>,
    wasm: &[u8],
) -> Result<Vec<u8>, String> {
    let mut module = wasm_encoder::Module::new();
    transform
        .parse_core_module(&mut module, Parser::new(0), wasm)
        .map_err(|e| format!("{e:?}"))?;
    Ok(module.finish())
}

/// Inserts, after every instruction that produces a float by arithmetic or conversion, a
/// sequence that replaces any NaN with the positive canonical NaN — making every config's NaN
/// bits equal, while leaving non-NaN values and integer code untouched.
pub fn canonicalise_float_results(wasm: &[u8]) -> Result<Vec<u8>, String> {
    let types = ModuleTypes::scan(wasm).map_err(|e| e.to_string())?;
    let mut transform = CanonicaliseNans {
        types,
        next_function: 0,
        sites: 0,
    };
    let module = reencode_module(&mut transform, wasm)?;
    // A module that computes no float cannot owe a difference to NaN bits.
    if transform.sites == 0 {
        return Err(NOTHING_TO_NORMALISE.into());
    }
    Ok(module)
}

/// A transform's answer when the module has nothing it normalises: the class cannot apply.
pub const NOTHING_TO_NORMALISE: &str = "nothing to normalise";

struct CanonicaliseNans {
    types: ModuleTypes,
    next_function: usize,
    /// Instructions whose result was canonicalised.
    sites: usize,
}

/// The float type an operator produces by computation (not by moving bits around).
fn computed_float(op: &Operator) -> Option<ValType> {
    use Operator::*;
    match op {
        F32Abs | F32Neg | F32Ceil | F32Floor | F32Trunc | F32Nearest | F32Sqrt | F32Add
        | F32Sub | F32Mul | F32Div | F32Min | F32Max | F32Copysign | F32ConvertI32S
        | F32ConvertI32U | F32ConvertI64S | F32ConvertI64U | F32DemoteF64 => Some(ValType::F32),
        F64Abs | F64Neg | F64Ceil | F64Floor | F64Trunc | F64Nearest | F64Sqrt | F64Add
        | F64Sub | F64Mul | F64Div | F64Min | F64Max | F64Copysign | F64ConvertI32S
        | F64ConvertI32U | F64ConvertI64S | F64ConvertI64U | F64PromoteF32 => Some(ValType::F64),
        _ => None,
    }
}

impl Reencode for CanonicaliseNans {
    type Error = String;

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: wasmparser::FunctionBody<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        // Two scratch locals (f32, f64) go after the parameters and every declared local.
        let params = self.types.defined_params(self.next_function);
        self.next_function += 1;
        let (mut f, first) = crate::wasm::function_with_scratch(
            self,
            params,
            &func,
            &[(1, ValType::F32), (1, ValType::F64)],
        )?;
        let (scratch_f32, scratch_f64) = (first, first + 1);
        let mut reader = func.get_operators_reader()?;
        while !reader.eof() {
            let op = reader.read()?;
            let float = computed_float(&op);
            let instruction = self.instruction(op)?;
            f.instruction(&instruction);
            self.sites += usize::from(float.is_some());
            match float {
                Some(ValType::F32) => {
                    let t = scratch_f32;
                    f.instruction(&Instruction::LocalSet(t));
                    f.instruction(&Instruction::F32Const(f32::from_bits(0x7fc0_0000).into()));
                    f.instruction(&Instruction::LocalGet(t));
                    f.instruction(&Instruction::LocalGet(t));
                    f.instruction(&Instruction::LocalGet(t));
                    f.instruction(&Instruction::F32Ne);
                    f.instruction(&Instruction::Select);
                }
                Some(_) => {
                    let t = scratch_f64;
                    f.instruction(&Instruction::LocalSet(t));
                    f.instruction(&Instruction::F64Const(
                        f64::from_bits(0x7ff8_0000_0000_0000).into(),
                    ));
                    f.instruction(&Instruction::LocalGet(t));
                    f.instruction(&Instruction::LocalGet(t));
                    f.instruction(&Instruction::LocalGet(t));
                    f.instruction(&Instruction::F64Ne);
                    f.instruction(&Instruction::Select);
                }
                None => {}
            }
        }
        code.function(&f);
        Ok(())
    }
}

/// Whether a re-run on a transformed module shows every config agreeing: no divergence, and
/// every config really ran. Configs that could not compile the transformed module, or whose
/// outcomes were poisoned, are left out of comparison: a transform that makes every config fail
/// alike would "agree" by leaving everything out, and explains nothing.
pub fn rerun_agrees(rerun: &crate::matrix::CallReport) -> bool {
    use crate::outcome::TrapKind;
    rerun.comparison.divergences.is_empty()
        && rerun
            .outcomes
            .iter()
            .all(|(_, o)| !o.is_poisoned() && o.result.trap() != Some(&TrapKind::CompileFailed))
}

/// Re-runs calls on transformed modules to classify divergences; compiles each set of classes'
/// transformed module at most once per case, and runs it at each limit at most once per call
/// (a call's full and limited reports both re-run at the full limits).
pub struct Explainer<'a> {
    matrix: &'a crate::matrix::Matrix,
    original: &'a [u8],
    /// The original module as the case prepared it: config proofs compile it again.
    prepared: &'a crate::prepare::PreparedModule,
    compiled: HashMap<Vec<usize>, Result<crate::matrix::CompiledCase, String>>,
    /// Each config proof's re-run config, compiled from `prepared`.
    proof_modules: HashMap<(Setting, Config), Result<Box<dyn CompiledModule>, String>>,
    /// The call the re-runs below were made for (its setup and call, as debug text).
    rerun_call: String,
    reruns: HashMap<(Vec<usize>, Vec<u64>), crate::matrix::CallReport>,
    proof_reruns: HashMap<(Setting, Config, u64), Outcome>,
}

impl<'a> Explainer<'a> {
    pub fn new(
        matrix: &'a crate::matrix::Matrix,
        original: &'a [u8],
        prepared: &'a crate::prepare::PreparedModule,
    ) -> Explainer<'a> {
        Explainer {
            matrix,
            original,
            prepared,
            compiled: HashMap::new(),
            proof_modules: HashMap::new(),
            rerun_call: String::new(),
            reruns: HashMap::new(),
            proof_reruns: HashMap::new(),
        }
    }

    /// Marks every unknown divergence of `report` that a class explains. `full_limit` is the
    /// generous limit the plan's first run used.
    /// The caller has checked that the divergences recur (see [`crate::case`]): a re-run that
    /// happens to agree must not pass for an explanation.
    ///
    /// Classes can meet in one call: a fuel check-point difference at a limited run beside a
    /// NaN difference the full-limit re-run shows, say. Then one transform alone never makes
    /// every config agree. When a re-run still disagrees only where other classes' relations
    /// apply, their transforms are added to the module and it runs again (at most once per
    /// class); every config must agree on that module, and each divergence is the class
    /// whose relation took it.
    pub fn explain(
        &mut self,
        setup: &[crate::backend::Call],
        call: &crate::backend::Call,
        report: &mut crate::matrix::CallReport,
        full_limit: u64,
    ) {
        let call_text = format!("{setup:?} {call:?}");
        if self.rerun_call != call_text {
            self.rerun_call = call_text;
            self.reruns.clear();
            self.proof_reruns.clear();
        }
        for (class, known) in REGISTRY.iter().enumerate() {
            let explainable = explainable_by(class, report);
            if !explainable.contains(&true) {
                continue;
            }
            if let Some(proof) = known.config_proof {
                match self.config_proof(proof, class, setup, call, report, &explainable) {
                    ProofRun::Holds => {
                        mark(report, &explainable, class);
                        continue;
                    }
                    ProofRun::Fails => continue,
                    ProofRun::Composed | ProofRun::Unavailable => {}
                }
            }
            let mut classes = vec![class];
            let mut shown = self.transformed_rerun(&classes, setup, call, report, full_limit);
            while let TransformedRun::Disagrees(rerun) = &shown {
                let more: Vec<usize> = (0..REGISTRY.len())
                    .filter(|c| !classes.contains(c) && explainable_by(*c, rerun).contains(&true))
                    .collect();
                if more.is_empty() {
                    break;
                }
                classes.extend(more);
                classes.sort_unstable();
                match self.transformed_rerun(&classes, setup, call, report, full_limit) {
                    TransformedRun::Unprepared => break,
                    next => shown = next,
                }
            }
            if matches!(shown, TransformedRun::Agrees) {
                mark(report, &explainable, class);
            }
        }
    }

    /// What `proof` shows for the divergences `explainable` marks (`class`'s): for each, its
    /// side with the setting, re-run with the other side's, must end exactly as the other
    /// side's original run (the oracle finds no divergence between the two, at the original
    /// limits).
    fn config_proof(
        &mut self,
        proof: Setting,
        class: usize,
        setup: &[crate::backend::Call],
        call: &crate::backend::Call,
        report: &crate::matrix::CallReport,
        explainable: &[bool],
    ) -> ProofRun {
        let (matrix, prepared) = (self.matrix, self.prepared);
        let index = |config: Config| report.outcomes.iter().position(|(c, _)| *c == config);
        let mut shown = ProofRun::Holds;
        let divergences = report.comparison.divergences.iter().zip(explainable);
        for (divergence, _) in divergences.filter(|(_, e)| **e) {
            let Some((rerun, reference)) = proof_sides(proof, divergence) else {
                return ProofRun::Unavailable;
            };
            let (Some(rerun_index), Some(reference_index)) = (index(rerun), index(reference))
            else {
                return ProofRun::Unavailable;
            };
            let limit = report.limits[rerun_index];
            let module = self
                .proof_modules
                .entry((proof, rerun))
                .or_insert_with(|| compile_with_setting(matrix, prepared, rerun, proof));
            let Ok(module) = module else {
                return ProofRun::Unavailable;
            };
            let outcome = self
                .proof_reruns
                .entry((proof, rerun, limit))
                .or_insert_with(|| matrix.run_after(&rerun, module.as_ref(), setup, call, limit))
                .clone();
            let limits = vec![report.limits[reference_index], limit];
            let reference_outcome = report.outcomes[reference_index].1.clone();
            let outcomes = vec![(reference, reference_outcome), (rerun, outcome)];
            let pair = crate::matrix::CallReport {
                export: call.export.clone(),
                args: call.args.clone(),
                comparison: crate::oracle::compare(&outcomes, &limits),
                limits,
                outcomes,
                exec_times: Vec::new(),
            };
            if !rerun_agrees(&pair) {
                // Another class's relation may hold where the re-run still differs (near-vm's
                // NaN bits, say): then only the transforms, composed, can decide.
                let composed = (0..REGISTRY.len()).any(|other| {
                    other != class
                        && explainable_by(other, &pair).contains(&true)
                        && self.transform_changes(other)
                });
                if !composed {
                    return ProofRun::Fails;
                }
                shown = ProofRun::Composed;
            }
        }
        shown
    }

    /// Whether `class`'s transform changes this case's module at all: one that leaves it as it
    /// is (or has nothing to normalise, or fails) cannot make a re-run differ from the run that
    /// diverged.
    fn transform_changes(&self, class: usize) -> bool {
        let class = &REGISTRY[class];
        let bytes = match class.rewrites {
            Rewrites::Contract => self.original,
            Rewrites::Prepared(scheme) => match self.prepared.for_scheme(scheme) {
                Some(bytes) => bytes,
                None => return false,
            },
        };
        (class.transform)(bytes).is_ok_and(|transformed| transformed != bytes)
    }

    /// The re-runs on the module transformed by `classes`, at the original limits and at each
    /// config's own generous limit (NEAR's configs run at NEAR's, not vmdiff's): the first in
    /// which the configs do not all agree, if any. The setup calls (a contract's
    /// initialisation) run first again, on the same instance, as in the original run.
    fn transformed_rerun(
        &mut self,
        classes: &[usize],
        setup: &[crate::backend::Call],
        call: &crate::backend::Call,
        report: &crate::matrix::CallReport,
        full_limit: u64,
    ) -> TransformedRun {
        let (matrix, original) = (self.matrix, self.original);
        let compiled = self
            .compiled
            .entry(classes.to_vec())
            .or_insert_with(|| prepare_transformed(matrix, original, classes));
        let Ok(compiled) = compiled else {
            return TransformedRun::Unprepared;
        };
        let full: Vec<u64> = compiled
            .configs
            .iter()
            .map(|c| matrix.full_limit(c, full_limit))
            .collect();
        let mut limits = vec![report.limits.clone()];
        if report.limits != full {
            limits.push(full);
        }
        for limits in limits {
            let rerun = self
                .reruns
                .entry((classes.to_vec(), limits))
                .or_insert_with_key(|(_, limits)| matrix.call_after(compiled, setup, call, limits));
            if !rerun_agrees(rerun) {
                return TransformedRun::Disagrees(Box::new(rerun.clone()));
            }
        }
        TransformedRun::Agrees
    }
}

/// What the re-runs on a transformed module showed ([`Explainer::transformed_rerun`]).
enum TransformedRun {
    /// Every config agreed, at the original limits and at the full ones.
    Agrees,
    /// This re-run did not.
    Disagrees(Box<crate::matrix::CallReport>),
    /// The transformed module could not be prepared.
    Unprepared,
}

/// What a class's config proof showed ([`Explainer::config_proof`]).
enum ProofRun {
    /// Every re-run ended as its reference did: the class's cause is the whole difference.
    Holds,
    /// A re-run ended otherwise where another class's relation holds (a NaN, say): only the
    /// transforms, composed, can decide.
    Composed,
    /// A re-run ended otherwise and nothing else explains why: the class's setting is not the
    /// whole difference, and no transform may pass it for the class.
    Fails,
    /// The re-run could not be made (the backend has no such setting, or did not compile the
    /// module with it): the transforms decide.
    Unavailable,
}

/// The divergence's config to re-run with `setting` changed, and the config whose original
/// outcome that re-run must meet.
fn proof_sides(setting: Setting, divergence: &Divergence) -> Option<(Config, Config)> {
    use crate::backend::EngineFact::{NearVm, NearWasmtimeRunner};
    let (left, right) = (divergence.left, divergence.right);
    match setting {
        Setting::NearVmLinearOpFees => {
            crate::oracle::ordered_by_fact((left, left), (right, right), NearWasmtimeRunner, NearVm)
        }
    }
}

/// `config`'s backend with `setting` changed, compiled from the case's prepared module as the
/// matrix compiles (a test build's planted bug of that backend included).
fn compile_with_setting(
    matrix: &crate::matrix::Matrix,
    prepared: &crate::prepare::PreparedModule,
    config: Config,
    setting: Setting,
) -> Result<Box<dyn CompiledModule>, String> {
    let scheme = matrix
        .scheme(config.scheme)
        .ok_or_else(|| format!("the matrix has no {} scheme", config.scheme))?;
    let backend = matrix
        .backend(config.backend)
        .and_then(|b| b.with_setting(setting))
        .ok_or_else(|| format!("{} has no setting {setting:?}", config.backend))?;
    matrix
        .compile_config(backend.as_ref(), scheme, prepared)
        .map(|(module, _)| module)
        .map_err(|e| e.message)
}

/// Which divergences of `report`, still unexplained, `class`'s relation could explain.
fn explainable_by(class: usize, report: &crate::matrix::CallReport) -> Vec<bool> {
    let outcome = |config| {
        &report
            .outcomes
            .iter()
            .find(|(c, _)| *c == config)
            .expect("a divergence compares configs of the report")
            .1
    };
    report
        .comparison
        .divergences
        .iter()
        .map(|d| {
            d.known.is_none() && (REGISTRY[class].applies)(d, outcome(d.left), outcome(d.right))
        })
        .collect()
}

fn mark(report: &mut crate::matrix::CallReport, explainable: &[bool], class: usize) {
    for (divergence, explained) in report.comparison.divergences.iter_mut().zip(explainable) {
        if *explained {
            divergence.known = Some(REGISTRY[class].name.to_string());
        }
    }
}

/// The module with every transform of `classes` applied, compiled on every config: contract
/// rewrites first (in registry order), then preparation, then each prepared-bytes rewrite on
/// its scheme.
fn prepare_transformed(
    matrix: &crate::matrix::Matrix,
    original: &[u8],
    classes: &[usize],
) -> Result<crate::matrix::CompiledCase, String> {
    let mut wasm = original.to_vec();
    for class in classes.iter().map(|c| &REGISTRY[*c]) {
        if class.rewrites == Rewrites::Contract {
            wasm = (class.transform)(&wasm)?;
        }
    }
    let mut prepared = matrix.prepare(&wasm).map_err(|e| e.to_string())?;
    for class in classes.iter().map(|c| &REGISTRY[*c]) {
        if let Rewrites::Prepared(scheme) = class.rewrites {
            let (_, bytes) = prepared
                .instrumented
                .iter_mut()
                .find(|(s, _)| *s == scheme)
                .ok_or_else(|| format!("the matrix has no {scheme} scheme"))?;
            *bytes = (class.transform)(bytes)?;
        }
    }
    Ok(matrix.compile(&prepared))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both out of prepaid gas, promises holding some: near-vm at an action one step after
    /// near-wasmtime ran out in wasm code (seed 5's `profile+state … gas_exhausted~gas_exhausted`,
    /// 2026-12-05) burnt less; in a loop it may burn more. Only those shapes are within the
    /// relation.
    #[cfg(feature = "near")]
    #[test]
    fn near_vm_out_of_prepaid_gas_alike_is_within_the_linear_fee_relation() {
        use crate::backend::BackendName;
        use crate::config::Config;
        use crate::outcome::{CallResult, NearEffects};
        let out_of_gas = |burnt: u64, used: u64, actions: &[&str]| Outcome {
            result: CallResult::Trap(TrapKind::GasExhausted),
            gas_used: burnt,
            host_trace: Vec::new(),
            state: Some(actions.join(",")),
            exhaustion: None,
            near: Some(NearEffects {
                used_gas: used,
                compute_usage: burnt,
                abort: Some("HostError(GasExceeded)".into()),
                actions: actions.iter().map(|a| a.to_string()).collect(),
                ..NearEffects::default()
            }),
        };
        let relation = |near_vm: Outcome, wasmtime: Outcome| {
            let config = |backend| Config {
                backend,
                scheme: SchemeName::Near,
            };
            let observed = vec![
                (config(BackendName::NEAR_VM), near_vm.clone()),
                (config(BackendName::NEAR_WASMTIME), wasmtime.clone()),
            ];
            let comparison = crate::oracle::compare(&observed, &[1000, 1000]);
            let divergence = comparison.divergences.first().expect("they differ");
            near_wasmtime_charges_more(divergence, &near_vm, &wasmtime)
        };
        let wasmtime = || out_of_gas(1000, 1000, &["CreateReceipt"]);
        assert!(relation(
            out_of_gas(400, 1000, &["CreateReceipt", "YieldCreate"]),
            wasmtime()
        ));
        // near-vm's actions do not extend near-wasmtime's: another cause.
        assert!(!relation(out_of_gas(400, 1000, &["Transfer"]), wasmtime()));
        // Used gas apart: near-vm did not run out of prepaid gas at an action.
        assert!(!relation(
            out_of_gas(400, 900, &["CreateReceipt", "YieldCreate"]),
            wasmtime()
        ));
        // Both out of prepaid gas in a loop, near-vm a part of an iteration past near-wasmtime
        // (the grow's extra fee shifted the phase: seed 20261205's 9e3a2c5837ce).
        assert!(relation(
            out_of_gas(1200, 1500, &["CreateReceipt"]),
            out_of_gas(1000, 1500, &["CreateReceipt"])
        ));
        // near-vm stopping first, or burning more where neither ran out, is never the class.
        let returned = |burnt: u64| Outcome {
            result: CallResult::Ok(Vec::new()),
            near: Some(NearEffects {
                used_gas: burnt,
                compute_usage: burnt,
                ..NearEffects::default()
            }),
            ..out_of_gas(burnt, burnt, &[])
        };
        assert!(!relation(out_of_gas(1000, 1000, &[]), returned(1200)));
        assert!(!relation(returned(1200), returned(1000)));
    }

    /// The linear-fee class is proven by NEAR's wasmtime runner at near-vm's fee ending exactly
    /// as near-vm did. A difference of the same shape with another cause (near-vm burning one
    /// more fee's worth less, within the relation) fails the proof, and since no other class's
    /// transform changes this float-free module, no transform may pass it for the class.
    #[cfg(feature = "near")]
    #[test]
    fn near_vm_fees_prove_the_linear_class_and_nothing_else() {
        crate::matrix::on_wasm_thread(|| {
            let matrix = crate::matrix::Matrix::from_names("near-vm,near-wasmtime", "near")
                .expect("NEAR's pair");
            let wasm = wat::parse_str(include_str!("../known/near_vm_without_linear_op_fees.wat"))
                .expect("the reproducer");
            let prepared = matrix.prepare(&wasm).expect("in profile");
            let compiled = matrix.compile(&prepared);
            let planned = crate::generate::PlannedCall {
                export: "main".into(),
                args: Vec::new(),
                input: Vec::new(),
                permille: 500,
                gas: None,
                context: Default::default(),
            };
            let call = planned.at_gas(1 << 20);
            let limits: Vec<u64> = (compiled.configs.iter())
                .map(|c| matrix.full_limit(c, call.gas_limit))
                .collect();
            let report = matrix.call_after(&compiled, &[], &call, &limits);
            let class = (REGISTRY.iter())
                .position(|c| c.name == "near_vm_without_linear_op_fees")
                .unwrap();
            let explainable = explainable_by(class, &report);
            assert_eq!(explainable, [true], "{:?}", report.comparison);
            let mut explainer = Explainer::new(&matrix, &wasm, &prepared);
            let proof = Setting::NearVmLinearOpFees;
            let shown = explainer.config_proof(proof, class, &[], &call, &report, &explainable);
            assert!(matches!(shown, ProofRun::Holds));

            let mut tampered = report.clone();
            let (regular, base, unit) = crate::backend::near::linear_op_fees();
            let fee = base + unit - regular;
            let near_vm = &mut tampered.outcomes[0].1;
            assert!(near_vm.gas_used > fee);
            near_vm.gas_used -= fee;
            let effects = near_vm.near.as_mut().expect("NEAR's effects");
            effects.used_gas -= fee;
            effects.compute_usage -= fee;
            let near_vm = near_vm.clone();
            let wasmtime = &tampered.outcomes[1].1;
            tampered.comparison = crate::oracle::compare(&tampered.outcomes, &limits);
            let divergence = &tampered.comparison.divergences[0];
            assert!(near_wasmtime_charges_more(divergence, &near_vm, wasmtime));
            let shown = explainer.config_proof(proof, class, &[], &call, &tampered, &[true]);
            assert!(matches!(shown, ProofRun::Fails));
            explainer.explain(&[], &call, &mut tampered, call.gas_limit);
            assert_eq!(tampered.comparison.divergences[0].known, None);
        });
    }

    #[test]
    fn only_br_tables_past_wasmtime48s_limit_are_narrowed() {
        // A compile failure on 48 of a module without a wide br_table has another cause: the
        // class cannot explain it (nothing to normalise).
        let narrow = wat::parse_str(
            "(module (func (export \"f\") (param i32) block local.get 0 br_table 0 0 end))",
        )
        .unwrap();
        assert_eq!(narrow_br_tables(&narrow), Err(NOTHING_TO_NORMALISE.into()));
        let class = class("wasmtime48_br_table_target_limit").unwrap();
        let wide = wat::parse_str(class.reproducer_wat).unwrap();
        let narrowed = narrow_br_tables(&wide).unwrap();
        let mut widths = Vec::new();
        for payload in Parser::new(0).parse_all(&narrowed) {
            if let Ok(wasmparser::Payload::CodeSectionEntry(body)) = payload {
                for op in body.get_operators_reader().unwrap() {
                    if let Ok(Operator::BrTable { targets }) = op {
                        widths.push(targets.len());
                    }
                }
            }
        }
        assert_eq!(widths, [BR_TABLE_TARGET_LIMIT as u32]);
    }

    #[test]
    fn every_class_reproducer_is_valid_and_transforms_validly() {
        for class in REGISTRY {
            let wasm = wat::parse_str(class.reproducer_wat).unwrap();
            let out = (class.transform)(&wasm).unwrap();
            wasmparser::Validator::new()
                .validate_all(&out)
                .unwrap_or_else(|e| panic!("{}: {e}", class.name));
        }
    }

    #[test]
    fn transform_keeps_modules_valid_and_canonicalises() {
        let wasm = wat::parse_str(REGISTRY[0].reproducer_wat).unwrap();
        let out = canonicalise_float_results(&wasm).unwrap();
        wasmparser::Validator::new().validate_all(&out).unwrap();
        let text = crate::prepare::to_wat(&out);
        assert!(text.contains("f32.ne"), "{text}");
        assert!(text.contains("select"), "{text}");
    }
}
