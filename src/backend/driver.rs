//! The engine-instance protocol, written once: how a sequence of calls runs on one instance
//! and what each call's [`Outcome`] is made of. The engines ([`super::singlepass`],
//! [`super::wasmtime`]) say only what differs between them — how to instantiate, invoke, and
//! read or set their counters, memory and globals — as wasmtime's `DiffInstance` is reduced to
//! `evaluate` / `get_global` / `get_memory`. A protocol written twice drifts, and a drift here
//! would be a false finding.

use super::{outcome, Call, StateHasher};
use crate::abi::{GAS_GLOBAL, STACK_GLOBAL, STATE_GLOBAL_PREFIX};
use crate::host::{Counter, HostState};
use crate::outcome::{Exhaustion, Outcome, TrapKind, Value};

/// A compiled module, as the driver sees it.
pub(crate) trait EngineModule {
    type Instance: EngineInstance;

    /// Where the scheme keeps the gas counter a call's remaining gas is read from.
    fn counter(&self) -> Counter;

    /// Whether the engine meters the module itself (the `fuel` scheme).
    fn fuel(&self) -> bool;

    /// The module's export names, in order (the state globals are read in this order).
    fn exports(&self) -> Vec<String>;

    /// A fresh instance whose imports are the host model (holding `host`), the imported memory
    /// and the imported globals at [`global_initial`]. An error is the trap instantiation ended in.
    /// The engine's own meter while it instantiates is the engine's: wasmtime's fuel is set to
    /// the first call's limit first (it charges fuel while instantiating), wasmer's `Metering`
    /// holds the 0 points it was compiled with until the first call sets them.
    fn instantiate(
        &self,
        host: HostState,
        first: &Call,
        max_stack: u64,
    ) -> Result<Self::Instance, TrapKind>;
}

/// An instance, as the driver sees it: the engine's own parts only.
pub(crate) trait EngineInstance {
    /// The host model's state (absent only while a host function runs).
    fn host(&mut self) -> Option<&mut HostState>;

    /// Calls an export; an error is the trap, mapped onto the taxonomy.
    fn invoke(&mut self, call: &Call) -> Result<Vec<Value>, TrapKind>;

    /// Sets the engine's own meter (fuel scheme only).
    fn set_fuel(&mut self, remaining: u64);

    /// The engine's own meter (fuel scheme only).
    fn fuel_remaining(&mut self) -> u64;

    /// The engine's own evidence that a call ran out of fuel (fuel scheme only, after a
    /// `gas_exhausted` trap the host model did not record): `None` when nothing shows it.
    fn fuel_exhaustion(&mut self) -> Option<Exhaustion>;

    /// An imported i64 global ([`GAS_GLOBAL`], [`STACK_GLOBAL`]), if the module imports it.
    fn imported_global(&mut self, name: &str) -> Option<u64>;

    /// Sets an imported i64 global, if the module imports it.
    fn set_imported_global(&mut self, name: &str, value: u64);

    /// Shows the imported linear memory's bytes to `visit` (not called without a memory).
    fn memory(&mut self, visit: &mut dyn FnMut(&[u8]));

    /// An exported global's value (the state globals).
    fn exported_global(&mut self, name: &str) -> Option<Value>;
}

/// The initial value of an imported global: the gas counter starts at the first call's limit,
/// the instrumented stack at the profile's limit; any other global import is refused.
pub(crate) fn global_initial(name: &str, first: &Call, max_stack: u64) -> Result<u64, TrapKind> {
    match name {
        GAS_GLOBAL => Ok(first.gas_limit),
        STACK_GLOBAL => Ok(max_stack),
        other => Err(TrapKind::Unclassified(format!(
            "unexpected global import {other}"
        ))),
    }
}

/// Runs `calls` in order on one fresh instance with one host state (see
/// [`super::CompiledModule::run`]).
pub(crate) fn run<M: EngineModule>(module: &M, calls: &[Call], max_stack: u64) -> Vec<Outcome> {
    let Some(first) = calls.first() else {
        return Vec::new();
    };
    let host = HostState::new(
        first.input.clone(),
        first.gas_limit,
        module.counter(),
        max_stack,
    );
    let mut instance = match module.instantiate(host, first, max_stack) {
        Ok(instance) => instance,
        Err(kind) => return super::instantiation_failed(&kind, calls),
    };
    let mut outcomes = Vec::with_capacity(calls.len());
    for call in calls {
        start_call(module, &mut instance, call, max_stack);
        let result = instance.invoke(call);
        let remaining = remaining(module, &mut instance);
        let exhaustion = exhaustion(module, &mut instance, &result);
        // After a trap too; a poisoned outcome is never compared.
        let state = match &result {
            Err(kind) if kind.is_nondeterministic() => None,
            _ => Some(state_hash(module, &mut instance)),
        };
        let trace = instance
            .host()
            .map(HostState::take_trace)
            .unwrap_or_default();
        outcomes.push(outcome(
            result,
            call.gas_limit,
            trace,
            remaining,
            state,
            exhaustion,
        ));
    }
    outcomes
}

/// Sets every counter for the next call: gas wherever the scheme keeps it, and the
/// instrumented stack (a trap can leave it part-used).
fn start_call<M: EngineModule>(
    module: &M,
    instance: &mut M::Instance,
    call: &Call,
    max_stack: u64,
) {
    if let Some(host) = instance.host() {
        host.start_call(call.gas_limit, call.prepaid_gas, &call.input, max_stack);
    }
    if module.fuel() {
        instance.set_fuel(call.gas_limit);
    }
    instance.set_imported_global(GAS_GLOBAL, call.gas_limit);
    instance.set_imported_global(STACK_GLOBAL, max_stack);
}

/// The gas a call left, from the counter the scheme keeps.
fn remaining<M: EngineModule>(module: &M, instance: &mut M::Instance) -> u64 {
    match module.counter() {
        Counter::Host => instance.host().map_or(0, |h| h.host_remaining()),
        Counter::Engine if module.fuel() => instance.fuel_remaining(),
        Counter::Engine => instance.imported_global(GAS_GLOBAL).unwrap_or(0),
    }
}

/// How a call that ended in `gas_exhausted` ran out: the host model's record of the charge it
/// could not pay or, under fuel, the engine's own evidence. `None`: nothing shows that it ran
/// out. The host's record is taken after every call, so that it never leaks into the next.
fn exhaustion<M: EngineModule>(
    module: &M,
    instance: &mut M::Instance,
    result: &Result<Vec<Value>, TrapKind>,
) -> Option<Exhaustion> {
    let host = instance.host()?.take_exhaustion();
    if result.as_ref().err() != Some(&TrapKind::GasExhausted) {
        return None;
    }
    host.or_else(|| {
        if module.fuel() {
            instance.fuel_exhaustion()
        } else {
            None
        }
    })
}

/// Hashes the state a call leaves (returned or trapped): the imported linear memory, then each
/// exported state global in export order.
fn state_hash<M: EngineModule>(module: &M, instance: &mut M::Instance) -> String {
    let mut hasher = StateHasher::default();
    instance.memory(&mut |bytes| hasher.memory(bytes));
    for name in module.exports() {
        if name.starts_with(STATE_GLOBAL_PREFIX) {
            if let Some(value) = instance.exported_global(&name) {
                hasher.global(value);
            }
        }
    }
    hasher.finish()
}
