//! vmdiff's wasmtime backend, written once and compiled once per wasmtime version: each
//! version's file (`wasmtime48.rs`, `wasmtime45.rs`) names its crate `api` and includes this
//! file as its `engine` module. `winch`, `cranelift` and `cranelift-none` are one backend with
//! a strategy parameter (DESIGN.md). All canonicalise NaNs (the flag also governs Winch) and
//! use signals-based traps; under vmdiff's engine profile the native stack is far larger than
//! the instrumented stack limit, under NEAR's it is NEAR's (1 GiB).

use super::api::{
    Caller, Config, Engine, Extern, ExternType, Func, Global, GlobalType, Instance,
    InstanceAllocationStrategy, Memory, MemoryType, Module, Mutability, OperatorCost, OptLevel,
    PoolingAllocationConfig, RegallocAlgorithm, Store, Strategy, Trap, Val, ValType,
    WasmBacktraceDetails,
};
use crate::abi::{GAS_GLOBAL, STACK_GLOBAL};
use crate::backend::driver::{self, EngineInstance, EngineModule};
use crate::backend::{
    memory_range, Backend, BackendName, Call, CompileError, CompiledModule, EngineProfile,
    WasmtimeFlavour,
};
use crate::cost::CostTable;
use crate::host::{Counter, Guest, HostFunc, HostState, HostTrap};
use crate::outcome::{Exhaustion, HostErrorKind, Outcome, TrapKind, Value};
use crate::scheme::GasScheme;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub struct Wasmtime {
    name: BackendName,
    flavour: WasmtimeFlavour,
    /// Engines without and with fuel; built on first use.
    plain: OnceLock<Result<Engine, String>>,
    fueled: OnceLock<Result<Engine, String>>,
    costs: OnceLock<CostTable>,
}

impl Wasmtime {
    pub fn new(name: BackendName, flavour: WasmtimeFlavour) -> Wasmtime {
        Wasmtime {
            name,
            flavour,
            plain: OnceLock::new(),
            fueled: OnceLock::new(),
            costs: OnceLock::new(),
        }
    }

    fn config(&self, fuel: Option<&CostTable>) -> Config {
        let mut config = Config::new();
        let near = self.name.profile() == EngineProfile::Near;
        config.strategy(match self.flavour {
            WasmtimeFlavour::Winch => Strategy::Winch,
            WasmtimeFlavour::Cranelift | WasmtimeFlavour::CraneliftNone => Strategy::Cranelift,
        });
        // As NEAR builds Cranelift for non-x86 validators; NEAR sets it on Winch too (no-ops).
        if near || self.flavour == WasmtimeFlavour::CraneliftNone {
            config
                .cranelift_opt_level(OptLevel::None)
                .cranelift_regalloc_algorithm(RegallocAlgorithm::SinglePass)
                .compiler_inlining(super::api::Inlining::No);
        }
        config
            .cranelift_nan_canonicalization(true)
            .signals_based_traps(true)
            .parallel_compilation(false)
            .wasm_simd(false)
            .wasm_relaxed_simd(false)
            .wasm_tail_call(false)
            .wasm_multi_memory(false)
            .wasm_memory64(false);
        if near {
            near_settings(&mut config);
        } else {
            super::max_wasm_stack(&mut config, crate::backend::NATIVE_WASM_STACK);
            config.wasm_wide_arithmetic(false);
        }
        if let Some(costs) = fuel {
            config
                .consume_fuel(true)
                .operator_cost(operator_cost(costs));
        }
        config
    }

    fn engine(&self, fuel: bool, costs: &CostTable) -> Result<&Engine, CompileError> {
        let cell = if fuel { &self.fueled } else { &self.plain };
        if fuel {
            // One cost table per backend instance: the engine bakes it in.
            let pinned = self.costs.get_or_init(|| *costs);
            assert_eq!(
                pinned, costs,
                "a backend's fuel engine is built for one cost table"
            );
        }
        cell.get_or_init(|| {
            Engine::new(&self.config(fuel.then_some(costs))).map_err(|e| format!("{e:?}"))
        })
        .as_ref()
        .map_err(|message| CompileError {
            backend: self.name(),
            message: message.clone(),
        })
    }
}

/// wasmtime's per-operator table from the one cost table. Bulk and grow operators cost 0 here,
/// their per-unit costs too: the `fuel` scheme charges their whole fee through
/// `vmdiff_charge_bulk` (Winch ignores wasmtime's per-unit costs, and only Cranelift checks
/// fuel at these operators: [`crate::cost::host_charged_under_fuel`]).
pub fn operator_cost(costs: &CostTable) -> OperatorCost {
    let mut table = OperatorCost::new();
    macro_rules! set_cost {
        ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
            $(
                table.$op = u8::try_from(costs.engine_fuel_cost(stringify!($op)))
                    .expect("wasmtime operator costs are u8");
            )*
        };
    }
    super::api::wasmparser::for_each_operator!(set_cost);
    super::without_per_unit_fuel(&mut table);
    table
}

/// NEAR's engine settings, as near-vm-runner 0.37.0 sets them (`src/wasmtime_runner/mod.rs`
/// l. 467–545; the constants at l. 47–66, the memory limit from NEAR's `max_memory_pages`).
/// The strategy, optimisation level, register allocator, inlining, NaN canonicalisation and
/// signals-based traps are set with the flavour above, as NEAR sets them.
fn near_settings(config: &mut Config) {
    const MAX_CONCURRENCY: u32 = 1_000;
    const MAX_TABLES_PER_MODULE: u32 = 1;
    const MAX_ELEMENTS_PER_TABLE: usize = 10_000;
    const MAX_MEMORY_PAGES: usize = 2048;
    let max_memory_size = MAX_MEMORY_PAGES << 16;
    let mut pooling = PoolingAllocationConfig::default();
    pooling
        .decommit_batch_size(MAX_CONCURRENCY as usize / 2)
        .max_memory_size(max_memory_size)
        .table_elements(MAX_ELEMENTS_PER_TABLE)
        .total_component_instances(0)
        .total_core_instances(MAX_CONCURRENCY)
        .total_memories(MAX_CONCURRENCY)
        .total_tables(MAX_CONCURRENCY * MAX_TABLES_PER_MODULE)
        .max_memories_per_module(1)
        .max_tables_per_module(MAX_TABLES_PER_MODULE)
        .table_keep_resident(MAX_ELEMENTS_PER_TABLE);
    config
        .allocation_strategy(InstanceAllocationStrategy::Pooling(pooling))
        .native_unwind_info(false)
        .wasm_backtrace_max_frames(None)
        .wasm_backtrace_details(WasmBacktraceDetails::Disable)
        .generate_address_map(false)
        .memory_init_cow(true)
        .force_memory_init_memfd(true)
        .memory_guaranteed_dense_image_size(0)
        .guard_before_linear_memory(false)
        .memory_guard_size(0)
        .memory_may_move(false)
        .memory_reservation(max_memory_size as u64)
        .memory_reservation_for_growth(0)
        .wasm_wide_arithmetic(true);
    super::max_wasm_stack(config, 1024 * 1024 * 1024);
}

impl Backend for Wasmtime {
    fn name(&self) -> BackendName {
        self.name
    }

    fn compile(
        &self,
        wasm: &[u8],
        scheme: &dyn GasScheme,
        costs: &CostTable,
    ) -> Result<(Box<dyn CompiledModule>, Duration), CompileError> {
        let engine = self.engine(scheme.engine_metering(), costs)?;
        let start = Instant::now();
        let module = Module::from_binary(engine, wasm).map_err(|e| CompileError {
            backend: self.name(),
            message: format!("{e:?}"),
        })?;
        let elapsed = start.elapsed();
        Ok((
            Box::new(Compiled {
                engine: engine.clone(),
                module,
                counter: scheme.counter(),
                fuel: scheme.engine_metering(),
                winch: self.flavour == WasmtimeFlavour::Winch && super::TEST_PLANTS_HERE,
            }),
            elapsed,
        ))
    }
}

struct Compiled {
    engine: Engine,
    module: Module,
    counter: Counter,
    fuel: bool,
    /// Whether this is Winch of the version the `planted-divergence` and `planted-adapter`
    /// test builds perturb (wasmtime 48: an upgrade's new side).
    #[cfg_attr(
        not(any(feature = "planted-divergence", feature = "planted-adapter")),
        allow(dead_code)
    )]
    winch: bool,
}

/// Test builds only (`--features planted-divergence`): Winch returns odd integer results with
/// bit 1 flipped — a divergence random fuzzing meets within seconds, used to show that
/// `cargo fuzz run diff` and `vmdiff fuzz` find and save what they should. Off when
/// `VMDIFF_PLANT` picks a bug of the catalog ([`crate::plant`]).
#[cfg(feature = "planted-divergence")]
fn plant(winch: bool, values: &mut [Value]) {
    let winch = winch && crate::plant::default_plants();
    for value in values.iter_mut().filter(|_| winch) {
        match value {
            Value::I32(v) if *v & 1 == 1 => *v ^= 2,
            Value::I64(v) if *v & 1 == 1 => *v ^= 2,
            _ => {}
        }
    }
}

/// What the store carries for host functions.
struct StoreData {
    host: Option<HostState>,
    memory: Option<Memory>,
    gas_global: Option<Global>,
    stack_global: Option<Global>,
    fuel: bool,
}

struct WasmtimeGuest<'a, 'b> {
    caller: &'a mut Caller<'b, StoreData>,
}

impl Guest for WasmtimeGuest<'_, '_> {
    fn read(&mut self, ptr: u64, len: u64) -> Result<Vec<u8>, HostErrorKind> {
        let memory = self.caller.data().memory.ok_or(HostErrorKind::NoMemory)?;
        let data = memory.data(&*self.caller);
        Ok(data[memory_range(data.len(), ptr, len)?].to_vec())
    }

    fn write(&mut self, ptr: u64, bytes: &[u8]) -> Result<(), HostErrorKind> {
        let memory = self.caller.data().memory.ok_or(HostErrorKind::NoMemory)?;
        let data = memory.data_mut(&mut *self.caller);
        let range = memory_range(data.len(), ptr, bytes.len() as u64)?;
        data[range].copy_from_slice(bytes);
        Ok(())
    }

    fn gas_remaining(&mut self) -> u64 {
        if self.caller.data().fuel {
            return self.caller.get_fuel().unwrap_or(0);
        }
        match self.caller.data().gas_global {
            Some(global) => global.get(&mut *self.caller).i64().unwrap_or(0) as u64,
            None => 0,
        }
    }

    fn set_gas_remaining(&mut self, remaining: u64) {
        if self.caller.data().fuel {
            let _ = self.caller.set_fuel(remaining);
        } else if let Some(global) = self.caller.data().gas_global {
            let _ = global.set(&mut *self.caller, Val::I64(remaining as i64));
        }
    }
}

fn to_value(val: &Val) -> Value {
    match val {
        Val::I32(v) => Value::I32(*v),
        Val::I64(v) => Value::I64(*v),
        Val::F32(b) => Value::F32(*b),
        Val::F64(b) => Value::F64(*b),
        Val::FuncRef(f) => Value::FuncRef { null: f.is_none() },
        Val::ExternRef(e) => Value::ExternRef { null: e.is_none() },
        _ => Value::ExternRef { null: false },
    }
}

fn to_val(value: Value) -> Val {
    match value {
        Value::I32(v) => Val::I32(v),
        Value::I64(v) => Val::I64(v),
        Value::F32(b) => Val::F32(b),
        Value::F64(b) => Val::F64(b),
        Value::FuncRef { .. } => Val::FuncRef(None),
        Value::ExternRef { .. } => Val::ExternRef(None),
    }
}

fn default_val(ty: &ValType) -> Val {
    match ty {
        ValType::I32 => Val::I32(0),
        ValType::I64 => Val::I64(0),
        ValType::F32 => Val::F32(0),
        ValType::F64 => Val::F64(0),
        _ => Val::FuncRef(None),
    }
}

/// Maps a wasmtime error onto the trap taxonomy.
fn trap_kind(error: &super::api::Error) -> TrapKind {
    if let Some(HostTrap(kind)) = error.downcast_ref::<HostTrap>() {
        return kind.clone();
    }
    match error.downcast_ref::<Trap>() {
        Some(Trap::StackOverflow) => TrapKind::NativeStackOverflow,
        Some(Trap::MemoryOutOfBounds) => TrapKind::MemoryOutOfBounds,
        Some(Trap::TableOutOfBounds) => TrapKind::TableOutOfBounds,
        Some(Trap::IndirectCallToNull) => TrapKind::IndirectCallToNull,
        Some(Trap::BadSignature) => TrapKind::IndirectCallTypeMismatch,
        Some(Trap::IntegerOverflow) => TrapKind::IntegerOverflow,
        Some(Trap::IntegerDivisionByZero) => TrapKind::IntegerDivideByZero,
        Some(Trap::BadConversionToInteger) => TrapKind::BadConversionToInteger,
        Some(Trap::UnreachableCodeReached) => TrapKind::Unreachable,
        Some(Trap::OutOfFuel) => TrapKind::GasExhausted,
        Some(other) => TrapKind::Unclassified(format!("wasmtime trap {other:?}")),
        None => TrapKind::Unclassified(format!("wasmtime: {error:?}")),
    }
}

impl Compiled {
    /// Builds the imports in the module's order; every import comes from `env`.
    fn imports(
        &self,
        store: &mut Store<StoreData>,
        call: &Call,
        max_stack: u64,
    ) -> Result<Vec<Extern>, TrapKind> {
        let mut imports = Vec::new();
        for import in self.module.imports() {
            let name = import.name().to_string();
            let item = match import.ty() {
                ExternType::Memory(ty) => {
                    let ty = MemoryType::new(ty.minimum() as u32, ty.maximum().map(|m| m as u32));
                    let memory = Memory::new(&mut *store, ty)
                        .map_err(|e| TrapKind::Unclassified(format!("creating memory: {e:?}")))?;
                    store.data_mut().memory = Some(memory);
                    Extern::Memory(memory)
                }
                ExternType::Global(_) => {
                    let initial = driver::global_initial(&name, call, max_stack)?;
                    let ty = GlobalType::new(ValType::I64, Mutability::Var);
                    let global = Global::new(&mut *store, ty, Val::I64(initial as i64))
                        .map_err(|e| TrapKind::Unclassified(format!("creating global: {e:?}")))?;
                    if name == GAS_GLOBAL {
                        store.data_mut().gas_global = Some(global);
                    } else {
                        store.data_mut().stack_global = Some(global);
                    }
                    Extern::Global(global)
                }
                ExternType::Func(ty) => {
                    let func = HostFunc::from_import(&name);
                    Extern::Func(Func::new(
                        &mut *store,
                        ty.clone(),
                        move |mut caller, params, out| {
                            let args: Vec<Value> = params.iter().map(to_value).collect();
                            let mut host = caller
                                .data_mut()
                                .host
                                .take()
                                .expect("host state is present during a call");
                            let result = host.call(
                                func,
                                &name,
                                &args,
                                &mut WasmtimeGuest {
                                    caller: &mut caller,
                                },
                            );
                            caller.data_mut().host = Some(host);
                            let values = result.map_err(super::api::Error::new)?;
                            for (slot, value) in out.iter_mut().zip(values) {
                                *slot = to_val(value);
                            }
                            Ok(())
                        },
                    ))
                }
                other => {
                    return Err(TrapKind::Unclassified(format!(
                        "unexpected import {other:?}"
                    )))
                }
            };
            imports.push(item);
        }
        Ok(imports)
    }
}

/// One instance with its store.
struct WasmtimeInstance {
    store: Store<StoreData>,
    instance: Instance,
    /// See [`Compiled::winch`].
    #[cfg_attr(
        not(any(feature = "planted-divergence", feature = "planted-adapter")),
        allow(dead_code)
    )]
    winch: bool,
    /// Whether the last call trapped (the `planted-adapter` test build only).
    #[cfg(feature = "planted-adapter")]
    trapped: bool,
}

impl EngineModule for Compiled {
    type Instance = WasmtimeInstance;

    fn counter(&self) -> Counter {
        self.counter
    }

    fn fuel(&self) -> bool {
        self.fuel
    }

    fn exports(&self) -> Vec<String> {
        self.module
            .exports()
            .map(|e| e.name().to_string())
            .collect()
    }

    /// Fuel is set to the first call's limit before instantiation: wasmtime charges fuel while
    /// it instantiates (a start function, segment initialisation).
    fn instantiate(
        &self,
        host: HostState,
        first: &Call,
        max_stack: u64,
    ) -> Result<WasmtimeInstance, TrapKind> {
        let data = StoreData {
            host: Some(host),
            memory: None,
            gas_global: None,
            stack_global: None,
            fuel: self.fuel,
        };
        let mut store = Store::new(&self.engine, data);
        if self.fuel {
            store
                .set_fuel(first.gas_limit)
                .expect("fuel is enabled on this engine");
        }
        let imports = self.imports(&mut store, first, max_stack)?;
        let instance =
            Instance::new(&mut store, &self.module, &imports).map_err(|e| trap_kind(&e))?;
        Ok(WasmtimeInstance {
            store,
            instance,
            winch: self.winch,
            #[cfg(feature = "planted-adapter")]
            trapped: false,
        })
    }
}

impl WasmtimeInstance {
    fn imported(&self, name: &str) -> Option<Global> {
        match name {
            GAS_GLOBAL => self.store.data().gas_global,
            STACK_GLOBAL => self.store.data().stack_global,
            _ => None,
        }
    }
}

impl EngineInstance for WasmtimeInstance {
    fn host(&mut self) -> Option<&mut HostState> {
        self.store.data_mut().host.as_mut()
    }

    fn invoke(&mut self, call: &Call) -> Result<Vec<Value>, TrapKind> {
        // Until the call returns: an error of any kind is a trap here.
        #[cfg(feature = "planted-adapter")]
        {
            self.trapped = true;
        }
        let (store, instance) = (&mut self.store, &self.instance);
        let func = instance
            .get_func(&mut *store, &call.export)
            .ok_or_else(|| {
                TrapKind::Unclassified(format!("no exported function `{}`", call.export))
            })?;
        let args: Vec<Val> = call.args.iter().copied().map(to_val).collect();
        let mut results: Vec<Val> = func
            .ty(&*store)
            .results()
            .map(|ty| default_val(&ty))
            .collect();
        func.call(&mut *store, &args, &mut results)
            .map_err(|e| trap_kind(&e))?;
        #[cfg(feature = "planted-adapter")]
        {
            self.trapped = false;
        }
        #[allow(unused_mut)]
        let mut values: Vec<Value> = results.iter().map(to_value).collect();
        #[cfg(feature = "planted-divergence")]
        plant(self.winch, &mut values);
        Ok(values)
    }

    fn set_fuel(&mut self, remaining: u64) {
        self.store
            .set_fuel(remaining)
            .expect("fuel is enabled on this engine");
    }

    fn fuel_remaining(&mut self) -> u64 {
        self.store.get_fuel().unwrap_or(0)
    }

    /// wasmtime's own `OutOfFuel` trap. `get_fuel` is kept but not required to be 0: wasmtime
    /// 48 stores its fuel counter only at flush points, so after an out-of-fuel trap it can
    /// still show the fuel of the last flush (the behaviour `wasmtime_fuel_unflushed_at_trap`
    /// names; seen at limit 1 with 1 left on Winch and Cranelift alike).
    fn fuel_exhaustion(&mut self) -> Option<Exhaustion> {
        Some(Exhaustion {
            remaining: self.store.get_fuel().unwrap_or(0),
            failed_charge: None,
        })
    }

    fn imported_global(&mut self, name: &str) -> Option<u64> {
        let global = self.imported(name)?;
        Some(global.get(&mut self.store).i64().unwrap_or(0) as u64)
    }

    fn set_imported_global(&mut self, name: &str, value: u64) {
        if let Some(global) = self.imported(name) {
            let _ = global.set(&mut self.store, Val::I64(value as i64));
        }
    }

    fn memory(&mut self, visit: &mut dyn FnMut(&[u8])) {
        if let Some(memory) = self.store.data().memory {
            visit(memory.data(&self.store));
        }
    }

    fn exported_global(&mut self, name: &str) -> Option<Value> {
        // Test builds only (`--features planted-adapter`): after a trap, Winch's adapter leaves
        // the mutable globals out of the state, so that a test can show the oracle names it.
        #[cfg(feature = "planted-adapter")]
        if self.winch && self.trapped {
            return None;
        }
        let global = self.instance.get_global(&mut self.store, name)?;
        Some(to_value(&global.get(&mut self.store)))
    }
}

impl CompiledModule for Compiled {
    fn run(&self, calls: &[Call], max_stack: u64) -> Vec<Outcome> {
        driver::run(self, calls, max_stack)
    }

    fn artefact(&self) -> Result<Vec<u8>, String> {
        self.module.serialize().map_err(|e| format!("{e:?}"))
    }

    fn load(&self, artefact: &[u8]) -> Result<Box<dyn CompiledModule>, String> {
        // SAFETY: wasmtime maps the artefact's code as executable and trusts it; callers pass
        // only what `artefact` serialised on an engine with this engine's settings (wasmtime
        // checks the version and settings in the artefact's header and refuses a mismatch).
        let module =
            unsafe { Module::deserialize(&self.engine, artefact) }.map_err(|e| format!("{e:?}"))?;
        Ok(Box::new(Compiled {
            engine: self.engine.clone(),
            module,
            counter: self.counter,
            fuel: self.fuel,
            winch: self.winch,
        }))
    }
}
