//! wasmtime 45.0.3, the version NEAR ships (near-vm-runner 0.37 requires `wasmtime ^45`): the
//! old side of an upgrade, `winch@45` and `cranelift-none@45`. The same crate NEAR's runner
//! links, driven by vmdiff's schemes and host model.

use super::EngineFact::{CanonicalNans, CraneliftCodegen, WinchCodegen};
use super::{BackendInfo, EngineProfile, Runtime, WasmtimeFlavour};
use ::wasmtime45 as api;

#[path = "wasmtime_engine.rs"]
mod engine;

const VERSION: &str = "45.0.3";

pub const BACKENDS: &[BackendInfo] = &[
    BackendInfo {
        name: "winch@45",
        engine: "winch",
        version: VERSION,
        groups: &["upgrade"],
        runtime: Runtime::Vmdiff,
        fuel_mechanism: "wasmtime-fuel",
        facts: &[CanonicalNans, WinchCodegen],
        profiles: &[EngineProfile::Near],
        budget_line: "winch",
        build: |name| Box::new(engine::Wasmtime::new(name, WasmtimeFlavour::Winch)),
    },
    BackendInfo {
        name: "cranelift-none@45",
        engine: "cranelift-none",
        version: VERSION,
        groups: &["upgrade"],
        runtime: Runtime::Vmdiff,
        fuel_mechanism: "wasmtime-fuel",
        // Cranelift checks fuel at bulk operators only since wasmtime 46.
        facts: &[CanonicalNans, CraneliftCodegen],
        profiles: &[EngineProfile::Near],
        budget_line: "cranelift-none",
        build: |name| Box::new(engine::Wasmtime::new(name, WasmtimeFlavour::CraneliftNone)),
    },
];

const TEST_PLANTS_HERE: bool = false;

/// wasmtime 45 charges a bulk or grow operator its table cost only, no per-unit fuel.
fn without_per_unit_fuel(_: &mut api::OperatorCost) {}

/// wasmtime 45 bounds `max_wasm_stack` by `async_stack_size` only with its `async` feature.
fn max_wasm_stack(config: &mut api::Config, bytes: usize) {
    config.max_wasm_stack(bytes);
}
