//! wasmer 7.4 + wasmer-compiler-singlepass: the legacy production backend, NaN
//! canonicalisation on (its default), one compile thread.
//!
//! Each module gets its own engine: wasmer-middlewares' `Metering` can serve only one module,
//! and an engine frees its compiled code only when dropped.

use super::{
    memory_range, outcome, Backend, BackendName, Call, CompileError, CompiledModule, StateHasher,
};
use crate::cost::CostTable;
use crate::host::{Counter, Guest, HostFunc, HostState, HostTrap, GAS_GLOBAL, STACK_GLOBAL};
use crate::outcome::{Exhaustion, HostErrorKind, Outcome, TrapKind, Value};
use crate::prepare::STATE_GLOBAL_PREFIX;
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

/// wasmer's `Metering` cost function from the one cost table.
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
        costs.fee(name).constant
    }
}

impl Backend for Singlepass {
    fn name(&self) -> BackendName {
        BackendName::Singlepass
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
            backend: BackendName::Singlepass,
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

impl Compiled {
    /// Maps a wasmer error onto the trap taxonomy. Metering signals exhaustion with
    /// `unreachable`: only an `unreachable` whose points are exhausted is `gas_exhausted`.
    fn trap_kind(
        &self,
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
                let exhausted = self.fuel
                    && instance.is_some_and(|i| {
                        get_remaining_points(store, i) == MeteringPoints::Exhausted
                    });
                // Test builds only (`--features planted-adapter`): every `unreachable` under
                // `Metering` is taken for out of gas, so that a test can show the exhaustion
                // check catches an engine that stops with gas left.
                #[cfg(feature = "planted-adapter")]
                let exhausted = self.fuel || exhausted;
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
                    let initial = match name.as_str() {
                        GAS_GLOBAL => call.gas_limit,
                        STACK_GLOBAL => max_stack,
                        other => {
                            return Err(TrapKind::Unclassified(format!(
                                "unexpected global import {other}"
                            )))
                        }
                    };
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

    fn state_hash(&self, store: &mut Store, env: &FunctionEnv<Env>, instance: &Instance) -> String {
        let mut hasher = StateHasher::default();
        if let Some(memory) = env.as_ref(store).memory.clone() {
            let view = memory.view(store);
            hasher.memory(&view.copy_to_vec().unwrap_or_default());
        }
        for export in self.module.exports() {
            if export.name().starts_with(STATE_GLOBAL_PREFIX) {
                if let Ok(global) = instance.exports.get_global(export.name()) {
                    hasher.global(to_value(&global.get(store)));
                }
            }
        }
        hasher.finish()
    }
}

impl Compiled {
    fn instantiate(
        &self,
        store: &mut Store,
        env: &FunctionEnv<Env>,
        first: &Call,
        max_stack: u64,
    ) -> Result<Instance, TrapKind> {
        let imports = self.imports(store, env, first, max_stack)?;
        let instance = Instance::new(store, &self.module, &imports).map_err(|e| match e {
            InstantiationError::Start(error) => self.trap_kind(&error, store, None),
            InstantiationError::Link(wasmer::LinkError::Trap(error)) => {
                self.trap_kind(&error, store, None)
            }
            other => TrapKind::Unclassified(format!("wasmer instantiation: {other}")),
        })?;
        if self.fuel {
            let remaining = instance
                .exports
                .get_global(METERING_REMAINING)
                .ok()
                .cloned();
            env.as_mut(store).metering_remaining = remaining;
        }
        Ok(instance)
    }

    /// Sets every counter for the next call: gas wherever the scheme keeps it, and the
    /// instrumented stack (a trap can leave it part-used).
    fn start_call(
        &self,
        store: &mut Store,
        env: &FunctionEnv<Env>,
        instance: &Instance,
        call: &Call,
        max_stack: u64,
    ) {
        let data = env.as_mut(store);
        if let Some(host) = data.host.as_mut() {
            host.start_call(call.gas_limit, call.prepaid_gas, &call.input, max_stack);
        }
        let (gas, stack) = (data.gas_global.clone(), data.stack_global.clone());
        if self.fuel {
            set_remaining_points(store, instance, call.gas_limit);
        }
        if let Some(global) = gas {
            let _ = global.set(store, wasmer::Value::I64(call.gas_limit as i64));
        }
        if let Some(global) = stack {
            let _ = global.set(store, wasmer::Value::I64(max_stack as i64));
        }
    }

    /// How a call that ended in `gas_exhausted` ran out: the host model's record of the charge
    /// it could not pay or, under fuel, `Metering`'s own exhausted flag (the failed charge is a
    /// block's cost, fixed at compile time and not kept). `None`: nothing shows that it ran out.
    fn exhaustion(
        &self,
        store: &mut Store,
        env: &FunctionEnv<Env>,
        instance: &Instance,
        result: &Result<Vec<Value>, TrapKind>,
    ) -> Option<Exhaustion> {
        let host = env.as_mut(store).host.as_mut()?.take_exhaustion();
        if result.as_ref().err() != Some(&TrapKind::GasExhausted) {
            return None;
        }
        host.or_else(|| {
            let flagged =
                self.fuel && get_remaining_points(store, instance) == MeteringPoints::Exhausted;
            let points = env.as_ref(store).metering_remaining.clone()?;
            flagged.then(|| Exhaustion {
                remaining: points.get(store).unwrap_i64() as u64,
                failed_charge: None,
            })
        })
    }

    fn remaining(&self, store: &mut Store, env: &FunctionEnv<Env>, instance: &Instance) -> u64 {
        match self.counter {
            Counter::Host => env
                .as_ref(store)
                .host
                .as_ref()
                .map_or(0, |h| h.host_remaining()),
            Counter::Engine if self.fuel => match get_remaining_points(store, instance) {
                MeteringPoints::Remaining(points) => points,
                MeteringPoints::Exhausted => 0,
            },
            Counter::Engine => match env.as_ref(store).gas_global.clone() {
                Some(global) => global.get(store).unwrap_i64() as u64,
                None => 0,
            },
        }
    }

    fn invoke(
        &self,
        store: &mut Store,
        instance: &Instance,
        call: &Call,
    ) -> Result<Vec<Value>, TrapKind> {
        let func = instance.exports.get_function(&call.export).map_err(|_| {
            TrapKind::Unclassified(format!("no exported function `{}`", call.export))
        })?;
        let args: Vec<wasmer::Value> = call.args.iter().copied().map(to_wasmer).collect();
        match func.call(store, &args) {
            Ok(values) => Ok(values.iter().map(to_value).collect()),
            Err(error) => Err(self.trap_kind(&error, store, Some(instance))),
        }
    }
}

impl CompiledModule for Compiled {
    fn run(&self, calls: &[Call], max_stack: u64) -> Vec<Outcome> {
        let Some(first) = calls.first() else {
            return Vec::new();
        };
        let mut store = Store::new(self.engine.clone());
        let host = HostState::new(
            first.input.clone(),
            first.gas_limit,
            self.counter,
            max_stack,
        );
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
        let instance = match self.instantiate(&mut store, &env, first, max_stack) {
            Ok(instance) => instance,
            Err(kind) => return super::instantiation_failed(&kind, calls),
        };
        let mut outcomes = Vec::with_capacity(calls.len());
        for call in calls {
            self.start_call(&mut store, &env, &instance, call, max_stack);
            let result = self.invoke(&mut store, &instance, call);
            let remaining = self.remaining(&mut store, &env, &instance);
            let exhaustion = self.exhaustion(&mut store, &env, &instance, &result);
            // After a trap too; a poisoned outcome is never compared.
            let state = match &result {
                Err(kind) if kind.is_nondeterministic() => None,
                _ => Some(self.state_hash(&mut store, &env, &instance)),
            };
            let trace = env
                .as_mut(&mut store)
                .host
                .as_mut()
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
}
