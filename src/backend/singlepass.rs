//! wasmer 7.4 + wasmer-compiler-singlepass: the legacy production backend, NaN
//! canonicalisation on (its default), one compile thread.
//!
//! Each module gets its own engine: wasmer-middlewares' `Metering` can serve only one module,
//! and an engine frees its compiled code only when dropped.

use super::driver::{self, EngineInstance, EngineModule};
use super::{memory_range, Backend, BackendName, Call, CompileError, CompiledModule};
use crate::abi::{GAS_GLOBAL, STACK_GLOBAL};
use crate::cost::CostTable;
use crate::host::{Counter, Guest, HostFunc, HostState, HostTrap};
use crate::outcome::{Exhaustion, HostErrorKind, Outcome, TrapKind, Value};
use crate::scheme::GasScheme;
use std::num::NonZeroUsize;
use std::sync::{Arc, Once};
use std::time::{Duration, Instant};
use wasmer::sys::vm::TrapCode;
use wasmer::sys::{CompilerConfig, EngineBuilder, Features};
use wasmer::{
    Engine, ExternType, Function, FunctionEnv, FunctionEnvMut, Global, Imports, Instance,
    InstantiationError, Memory, MemoryType, Module, RuntimeError, Store,
};
use wasmer_middlewares::metering::{get_remaining_points, set_remaining_points, MeteringPoints};
use wasmer_middlewares::Metering;

const METERING_REMAINING: &str = "wasmer_metering_remaining_points";

/// wasmer 7.4.2's singlepass, the legacy production compiler.
pub const BACKENDS: &[super::BackendInfo] = &[super::BackendInfo {
    name: "singlepass",
    engine: "singlepass",
    version: "7.4.2",
    groups: &["all"],
    runtime: super::Runtime::Vmdiff,
    fuel_mechanism: "wasmer-metering",
    facts: &[],
    profiles: &[],
    budget_line: "singlepass",
    build: |_| Box::new(Singlepass::new()),
}];

pub struct Singlepass;

impl Singlepass {
    pub fn new() -> Singlepass {
        static STACK: Once = Once::new();
        // Process-wide: the coroutine stack wasm runs on.
        STACK.call_once(|| wasmer::sys::vm::set_stack_size(super::NATIVE_WASM_STACK));
        Singlepass
    }
}

impl Default for Singlepass {
    fn default() -> Self {
        Singlepass::new()
    }
}

/// wasmer's `Metering` cost function from the one cost table (what the engine charges under
/// `fuel`: [`CostTable::engine_fuel_cost`]).
pub fn metering_cost(
    costs: CostTable,
) -> impl Fn(&wasmer::wasmparser::Operator) -> u64 + Send + Sync + 'static {
    move |operator| {
        macro_rules! name_of {
            ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
                match operator {
                    $( wasmer::wasmparser::Operator::$op { .. } => stringify!($op), )*
                    _ => "",
                }
            };
        }
        let name: &str = wasmer::wasmparser::for_each_operator!(name_of);
        costs.engine_fuel_cost(name)
    }
}

impl Backend for Singlepass {
    fn name(&self) -> BackendName {
        BackendName::SINGLEPASS
    }

    fn compile(
        &self,
        wasm: &[u8],
        scheme: &dyn GasScheme,
        costs: &CostTable,
    ) -> Result<(Box<dyn CompiledModule>, Duration), CompileError> {
        let mut compiler = wasmer::sys::Singlepass::new();
        compiler
            .canonicalize_nans(true)
            .num_threads(NonZeroUsize::new(1).expect("1 is not zero"));
        let fuel = scheme.engine_metering();
        if fuel {
            compiler.push_middleware(Arc::new(Metering::new(0, metering_cost(*costs))));
        }
        let mut features = Features::new();
        features
            .simd(false)
            .threads(false)
            .multi_memory(false)
            .extended_const(false);
        let engine: Engine = EngineBuilder::new(compiler)
            .set_features(Some(features))
            .engine()
            .into();
        let start = Instant::now();
        let module = Module::new(&engine, wasm).map_err(|e| CompileError {
            backend: BackendName::SINGLEPASS,
            message: e.to_string(),
        })?;
        let elapsed = start.elapsed();
        Ok((
            Box::new(Compiled {
                engine,
                module,
                counter: scheme.counter(),
                fuel,
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
}

/// The environment host functions see.
struct Env {
    host: Option<HostState>,
    memory: Option<Memory>,
    gas_global: Option<Global>,
    stack_global: Option<Global>,
    /// `Metering`'s remaining-points global (fuel scheme), known after instantiation.
    metering_remaining: Option<Global>,
}

struct WasmerGuest<'a, 'b> {
    env: &'a mut FunctionEnvMut<'b, Env>,
}

impl WasmerGuest<'_, '_> {
    fn counter(&self) -> Option<Global> {
        let data = self.env.data();
        data.metering_remaining
            .clone()
            .or_else(|| data.gas_global.clone())
    }
}

impl Guest for WasmerGuest<'_, '_> {
    fn read(&mut self, ptr: u64, len: u64) -> Result<Vec<u8>, HostErrorKind> {
        let (data, store) = self.env.data_and_store_mut();
        let memory = data.memory.as_ref().ok_or(HostErrorKind::NoMemory)?;
        let view = memory.view(&store);
        let range = memory_range(view.data_size() as usize, ptr, len)?;
        view.copy_range_to_vec(range.start as u64..range.end as u64)
            .map_err(|_| HostErrorKind::MemoryAccessViolation)
    }

    fn write(&mut self, ptr: u64, bytes: &[u8]) -> Result<(), HostErrorKind> {
        let (data, store) = self.env.data_and_store_mut();
        let memory = data.memory.as_ref().ok_or(HostErrorKind::NoMemory)?;
        let view = memory.view(&store);
        memory_range(view.data_size() as usize, ptr, bytes.len() as u64)?;
        view.write(ptr, bytes)
            .map_err(|_| HostErrorKind::MemoryAccessViolation)
    }

    fn gas_remaining(&mut self) -> u64 {
        match self.counter() {
            Some(global) => global.get(self.env).unwrap_i64() as u64,
            None => 0,
        }
    }

    fn set_gas_remaining(&mut self, remaining: u64) {
        if let Some(global) = self.counter() {
            let _ = global.set(self.env, wasmer::Value::I64(remaining as i64));
        }
    }
}

fn to_value(value: &wasmer::Value) -> Value {
    match value {
        wasmer::Value::I32(v) => Value::I32(*v),
        wasmer::Value::I64(v) => Value::I64(*v),
        wasmer::Value::F32(v) => Value::F32(v.to_bits()),
        wasmer::Value::F64(v) => Value::F64(v.to_bits()),
        wasmer::Value::FuncRef(f) => Value::FuncRef { null: f.is_none() },
        wasmer::Value::ExternRef(e) => Value::ExternRef { null: e.is_none() },
        _ => Value::ExternRef { null: false },
    }
}

fn to_wasmer(value: Value) -> wasmer::Value {
    match value {
        Value::I32(v) => wasmer::Value::I32(v),
        Value::I64(v) => wasmer::Value::I64(v),
        Value::F32(b) => wasmer::Value::F32(f32::from_bits(b)),
        Value::F64(b) => wasmer::Value::F64(f64::from_bits(b)),
        Value::FuncRef { .. } => wasmer::Value::FuncRef(None),
        Value::ExternRef { .. } => wasmer::Value::ExternRef(None),
    }
}

/// Maps a wasmer error onto the trap taxonomy. Metering signals exhaustion with
/// `unreachable`: only an `unreachable` whose points are exhausted is `gas_exhausted`.
fn trap_kind(
    fuel: bool,
    error: &RuntimeError,
    store: &mut Store,
    instance: Option<&Instance>,
) -> TrapKind {
    if let Some(HostTrap(kind)) = error.downcast_ref::<HostTrap>() {
        return kind.clone();
    }
    match error.clone().to_trap() {
        Some(TrapCode::StackOverflow) => TrapKind::NativeStackOverflow,
        Some(TrapCode::HeapAccessOutOfBounds) => TrapKind::MemoryOutOfBounds,
        Some(TrapCode::TableAccessOutOfBounds) => TrapKind::TableOutOfBounds,
        Some(TrapCode::IndirectCallToNull) => TrapKind::IndirectCallToNull,
        Some(TrapCode::BadSignature) => TrapKind::IndirectCallTypeMismatch,
        Some(TrapCode::IntegerOverflow) => TrapKind::IntegerOverflow,
        Some(TrapCode::IntegerDivisionByZero) => TrapKind::IntegerDivideByZero,
        Some(TrapCode::BadConversionToInteger) => TrapKind::BadConversionToInteger,
        Some(TrapCode::UnreachableCodeReached) => {
            let exhausted = fuel
                && instance
                    .is_some_and(|i| get_remaining_points(store, i) == MeteringPoints::Exhausted);
            // Test builds only (`--features planted-adapter`): every `unreachable` under
            // `Metering` is taken for out of gas, so that a test can show the exhaustion
            // check catches an engine that stops with gas left.
            #[cfg(feature = "planted-adapter")]
            let exhausted = fuel || exhausted;
            if exhausted {
                TrapKind::GasExhausted
            } else {
                TrapKind::Unreachable
            }
        }
        Some(other) => TrapKind::Unclassified(format!("wasmer trap {other:?}")),
        None => TrapKind::Unclassified(format!("wasmer: {}", error.message())),
    }
}

impl Compiled {
    fn imports(
        &self,
        store: &mut Store,
        env: &FunctionEnv<Env>,
        call: &Call,
        max_stack: u64,
    ) -> Result<Imports, TrapKind> {
        let mut imports = Imports::new();
        for import in self.module.imports() {
            let name = import.name().to_string();
            match import.ty() {
                ExternType::Memory(ty) => {
                    let ty = MemoryType::new(ty.minimum, ty.maximum, false);
                    let memory = Memory::new(&mut *store, ty)
                        .map_err(|e| TrapKind::Unclassified(format!("creating memory: {e}")))?;
                    env.as_mut(&mut *store).memory = Some(memory.clone());
                    imports.define("env", &name, memory);
                }
                ExternType::Global(_) => {
                    let initial = driver::global_initial(&name, call, max_stack)?;
                    let global = Global::new_mut(&mut *store, wasmer::Value::I64(initial as i64));
                    if name == GAS_GLOBAL {
                        env.as_mut(&mut *store).gas_global = Some(global.clone());
                    } else {
                        env.as_mut(&mut *store).stack_global = Some(global.clone());
                    }
                    imports.define("env", &name, global);
                }
                ExternType::Function(ty) => {
                    let func = HostFunc::from_import(&name);
                    let import_name = name.clone();
                    let function = Function::new_with_env(
                        &mut *store,
                        env,
                        ty.clone(),
                        move |mut env, params| {
                            let args: Vec<Value> = params.iter().map(to_value).collect();
                            let mut host = env
                                .data_mut()
                                .host
                                .take()
                                .expect("host state is present during a call");
                            let result = host.call(
                                func,
                                &import_name,
                                &args,
                                &mut WasmerGuest { env: &mut env },
                            );
                            env.data_mut().host = Some(host);
                            let values =
                                result.map_err(|trap| RuntimeError::user(Box::new(trap)))?;
                            Ok(values.into_iter().map(to_wasmer).collect())
                        },
                    );
                    imports.define("env", &name, function);
                }
                other => {
                    return Err(TrapKind::Unclassified(format!(
                        "unexpected import {other:?}"
                    )))
                }
            }
        }
        Ok(imports)
    }
}

/// One instance with its store and host environment.
struct SinglepassInstance {
    store: Store,
    env: FunctionEnv<Env>,
    instance: Instance,
    fuel: bool,
}

impl EngineModule for Compiled {
    type Instance = SinglepassInstance;

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

    fn instantiate(
        &self,
        host: HostState,
        first: &Call,
        max_stack: u64,
    ) -> Result<SinglepassInstance, TrapKind> {
        let mut store = Store::new(self.engine.clone());
        let env = FunctionEnv::new(
            &mut store,
            Env {
                host: Some(host),
                memory: None,
                gas_global: None,
                stack_global: None,
                metering_remaining: None,
            },
        );
        let imports = self.imports(&mut store, &env, first, max_stack)?;
        let instance = Instance::new(&mut store, &self.module, &imports).map_err(|e| match e {
            InstantiationError::Start(error) => trap_kind(self.fuel, &error, &mut store, None),
            InstantiationError::Link(wasmer::LinkError::Trap(error)) => {
                trap_kind(self.fuel, &error, &mut store, None)
            }
            other => TrapKind::Unclassified(format!("wasmer instantiation: {other}")),
        })?;
        if self.fuel {
            let remaining = instance
                .exports
                .get_global(METERING_REMAINING)
                .ok()
                .cloned();
            env.as_mut(&mut store).metering_remaining = remaining;
        }
        Ok(SinglepassInstance {
            store,
            env,
            instance,
            fuel: self.fuel,
        })
    }
}

impl SinglepassInstance {
    fn imported(&mut self, name: &str) -> Option<Global> {
        let data = self.env.as_ref(&self.store);
        match name {
            GAS_GLOBAL => data.gas_global.clone(),
            STACK_GLOBAL => data.stack_global.clone(),
            _ => None,
        }
    }
}

impl EngineInstance for SinglepassInstance {
    fn host(&mut self) -> Option<&mut HostState> {
        self.env.as_mut(&mut self.store).host.as_mut()
    }

    fn invoke(&mut self, call: &Call) -> Result<Vec<Value>, TrapKind> {
        let (store, instance) = (&mut self.store, &self.instance);
        let func = instance.exports.get_function(&call.export).map_err(|_| {
            TrapKind::Unclassified(format!("no exported function `{}`", call.export))
        })?;
        let args: Vec<wasmer::Value> = call.args.iter().copied().map(to_wasmer).collect();
        match func.call(store, &args) {
            Ok(values) => Ok(values.iter().map(to_value).collect()),
            Err(error) => Err(trap_kind(self.fuel, &error, store, Some(instance))),
        }
    }

    fn set_fuel(&mut self, remaining: u64) {
        set_remaining_points(&mut self.store, &self.instance, remaining);
    }

    fn fuel_remaining(&mut self) -> u64 {
        match get_remaining_points(&mut self.store, &self.instance) {
            MeteringPoints::Remaining(points) => points,
            MeteringPoints::Exhausted => 0,
        }
    }

    /// `Metering`'s own exhausted flag (the failed charge is a block's cost, fixed at compile
    /// time and not kept).
    fn fuel_exhaustion(&mut self) -> Option<Exhaustion> {
        let flagged =
            get_remaining_points(&mut self.store, &self.instance) == MeteringPoints::Exhausted;
        let points = self.env.as_ref(&self.store).metering_remaining.clone()?;
        flagged.then(|| Exhaustion {
            remaining: points.get(&mut self.store).unwrap_i64() as u64,
            failed_charge: None,
        })
    }

    fn imported_global(&mut self, name: &str) -> Option<u64> {
        let global = self.imported(name)?;
        Some(global.get(&mut self.store).unwrap_i64() as u64)
    }

    fn set_imported_global(&mut self, name: &str, value: u64) {
        if let Some(global) = self.imported(name) {
            let _ = global.set(&mut self.store, wasmer::Value::I64(value as i64));
        }
    }

    fn memory(&mut self, visit: &mut dyn FnMut(&[u8])) {
        if let Some(memory) = self.env.as_ref(&self.store).memory.clone() {
            let view = memory.view(&self.store);
            visit(&view.copy_to_vec().unwrap_or_default());
        }
    }

    fn exported_global(&mut self, name: &str) -> Option<Value> {
        let global = self.instance.exports.get_global(name).ok()?;
        Some(to_value(&global.get(&mut self.store)))
    }
}

impl CompiledModule for Compiled {
    fn run(&self, calls: &[Call], max_stack: u64) -> Vec<Outcome> {
        driver::run(self, calls, max_stack)
    }

    fn artefact(&self) -> Result<Vec<u8>, String> {
        self.module
            .serialize()
            .map(|bytes| bytes.to_vec())
            .map_err(|e| e.to_string())
    }

    fn load(&self, artefact: &[u8]) -> Result<Box<dyn CompiledModule>, String> {
        // SAFETY: wasmer loads the artefact's code as executable and trusts it; callers pass
        // only what `artefact` serialised on an engine with this engine's settings.
        let module = unsafe { Module::deserialize(&self.engine, artefact.to_vec()) }
            .map_err(|e| e.to_string())?;
        Ok(Box::new(Compiled {
            engine: self.engine.clone(),
            module,
            counter: self.counter,
            fuel: self.fuel,
        }))
    }
}
