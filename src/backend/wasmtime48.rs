//! wasmtime 48.0.8: vmdiff's wasmtime engines (`winch`, `cranelift`, `cranelift-none`).

use super::EngineFact::{
    BrTableTargetLimit, CanonicalNans, CraneliftCodegen, FuelChargedAtInstantiation,
    FuelCheckAtBulkOps, WinchCodegen,
};
use super::{BackendInfo, EngineProfile, Runtime, WasmtimeFlavour};
use ::wasmtime as api;

#[path = "wasmtime_engine.rs"]
mod engine;

const VERSION: &str = "48.0.8";

pub const BACKENDS: &[BackendInfo] = &[
    BackendInfo {
        name: "winch",
        engine: "winch",
        version: VERSION,
        groups: &["all", "upgrade"],
        runtime: Runtime::Vmdiff,
        fuel_mechanism: "wasmtime-fuel",
        facts: &[CanonicalNans, WinchCodegen, FuelChargedAtInstantiation, BrTableTargetLimit],
        profiles: &[EngineProfile::Near],
        budget_line: "winch",
        build: |name| Box::new(engine::Wasmtime::new(name, WasmtimeFlavour::Winch)),
    },
    BackendInfo {
        name: "cranelift",
        engine: "cranelift",
        version: VERSION,
        groups: &["all"],
        runtime: Runtime::Vmdiff,
        fuel_mechanism: "wasmtime-fuel",
        facts: &[
            CanonicalNans,
            CraneliftCodegen,
            FuelCheckAtBulkOps,
            FuelChargedAtInstantiation,
            BrTableTargetLimit,
        ],
        // NEAR's settings turn optimisation off: that is `cranelift-none+near`.
        profiles: &[],
        budget_line: "cranelift",
        build: |name| Box::new(engine::Wasmtime::new(name, WasmtimeFlavour::Cranelift)),
    },
    BackendInfo {
        name: "cranelift-none",
        engine: "cranelift-none",
        version: VERSION,
        groups: &["all", "upgrade"],
        runtime: Runtime::Vmdiff,
        fuel_mechanism: "wasmtime-fuel",
        facts: &[
            CanonicalNans,
            CraneliftCodegen,
            FuelCheckAtBulkOps,
            FuelChargedAtInstantiation,
            BrTableTargetLimit,
        ],
        profiles: &[EngineProfile::Near],
        budget_line: "cranelift-none",
        build: |name| Box::new(engine::Wasmtime::new(name, WasmtimeFlavour::CraneliftNone)),
    },
];

/// The planted test builds perturb this version's Winch: an upgrade's new side.
const TEST_PLANTS_HERE: bool = true;

/// wasmtime 48 charges bulk and grow operators per unit of fuel too (since 46): zero here,
/// since the `fuel` scheme charges their whole fee through the host.
fn without_per_unit_fuel(table: &mut api::OperatorCost) {
    table.variable = api::VariableOperatorCost {
        memory_copy_per_byte: 0,
        memory_fill_per_byte: 0,
        memory_init_per_byte: 0,
        memory_grow_per_page: 0,
        table_copy_per_element: 0,
        table_fill_per_element: 0,
        table_init_per_element: 0,
        table_grow_per_element: 0,
        ..api::VariableOperatorCost::new()
    };
}

/// wasmtime 48 refuses a `max_wasm_stack` above `async_stack_size` even without async
/// support (45 checks it only with `async`): NEAR's 1 GiB stack needs the async stack raised
/// with it on 48, a setting NEAR's runner must add when it upgrades.
fn max_wasm_stack(config: &mut api::Config, bytes: usize) {
    config.async_stack_size(bytes + (1 << 20)).max_wasm_stack(bytes);
}
