//! The backend axis: one compiler + runtime each, with the settings its production users run
//! (DESIGN.md, "backend"). Adding a backend is one file here plus one line in [`build`].
//!
//! A backend compiles a scheme's prepared bytes once and then runs any number of calls, each
//! with a fresh instance and a fresh [`HostState`], like a contract call. It adapts the one host
//! model ([`crate::host`]) thinly: values in and out, a [`crate::host::Guest`] view of memory and
//! of the gas counter, and its own errors mapped onto [`TrapKind`].

mod singlepass;
mod wasmtime;

pub use self::singlepass::Singlepass;
pub use self::wasmtime::{Wasmtime, WasmtimeFlavour};

use crate::cost::CostTable;
use crate::outcome::{CallResult, Exhaustion, Outcome, TrapKind, Value};
use crate::scheme::GasScheme;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// The name of a backend, as written in `--backends` and in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum BackendName {
    #[serde(rename = "singlepass")]
    Singlepass,
    #[serde(rename = "winch")]
    Winch,
    #[serde(rename = "cranelift")]
    Cranelift,
    #[serde(rename = "cranelift-none")]
    CraneliftNone,
}

impl BackendName {
    pub const ALL: [BackendName; 4] = [
        BackendName::Singlepass,
        BackendName::Winch,
        BackendName::Cranelift,
        BackendName::CraneliftNone,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BackendName::Singlepass => "singlepass",
            BackendName::Winch => "winch",
            BackendName::Cranelift => "cranelift",
            BackendName::CraneliftNone => "cranelift-none",
        }
    }

    /// Whether this backend is one of wasmtime's compilers (which must agree exactly).
    pub fn is_wasmtime(self) -> bool {
        !matches!(self, BackendName::Singlepass)
    }
}

impl fmt::Display for BackendName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for BackendName {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        BackendName::ALL
            .into_iter()
            .find(|n| n.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown backend `{s}` (known: singlepass, winch, cranelift, cranelift-none)"
                )
            })
    }
}

/// One contract call: which export, with what, under which limits.
#[derive(Clone, Debug)]
pub struct Call {
    pub export: String,
    pub args: Vec<Value>,
    pub gas_limit: u64,
    pub input: Vec<u8>,
    /// What `prepaid_gas` reports: the call's nominal limit, the same on every config even
    /// where metering mechanisms run at limits of their own (else the guest could branch on it).
    pub prepaid_gas: u64,
}

/// A compile failure on a module the profile accepted: itself a finding when backends disagree.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{backend} could not compile the module: {message}")]
pub struct CompileError {
    pub backend: BackendName,
    pub message: String,
}

/// A compiler + runtime.
pub trait Backend: Send + Sync {
    fn name(&self) -> BackendName;

    /// Compiles a scheme's prepared bytes (one thread: compile time is measured).
    fn compile(
        &self,
        wasm: &[u8],
        scheme: &dyn GasScheme,
        costs: &CostTable,
    ) -> Result<(Box<dyn CompiledModule>, Duration), CompileError>;
}

/// A compiled module, ready for calls.
pub trait CompiledModule {
    /// Runs `calls` in order on one fresh instance with one host state (storage, registers and
    /// linear memory carry over, as in a spec script); before each call the gas counter is set
    /// to that call's limit and the instrumented stack is reset. `max_stack` is the profile's
    /// instrumented stack limit. One outcome per call.
    fn run(&self, calls: &[Call], max_stack: u64) -> Vec<Outcome>;

    /// Runs one call on a fresh instance with a fresh host state, like a contract call.
    fn call(&self, call: &Call, max_stack: u64) -> Outcome {
        self.run(std::slice::from_ref(call), max_stack)
            .pop()
            .expect("one outcome per call")
    }
}

/// The backend called `name`.
pub fn build(name: BackendName) -> Box<dyn Backend> {
    match name {
        BackendName::Singlepass => Box::new(Singlepass::new()),
        BackendName::Winch => Box::new(Wasmtime::new(WasmtimeFlavour::Winch)),
        BackendName::Cranelift => Box::new(Wasmtime::new(WasmtimeFlavour::Cranelift)),
        BackendName::CraneliftNone => Box::new(Wasmtime::new(WasmtimeFlavour::CraneliftNone)),
    }
}

/// A backend whose outcomes pass through `perturb`: how tests plant a known difference
/// (a changed result, gas charge, dropped host call, swapped trap) and check the oracle sees it.
pub struct Perturbed {
    pub inner: Box<dyn Backend>,
    pub perturb: fn(&Call, &mut Outcome, crate::scheme::SchemeName),
}

impl Backend for Perturbed {
    fn name(&self) -> BackendName {
        self.inner.name()
    }

    fn compile(
        &self,
        wasm: &[u8],
        scheme: &dyn GasScheme,
        costs: &CostTable,
    ) -> Result<(Box<dyn CompiledModule>, Duration), CompileError> {
        let (inner, time) = self.inner.compile(wasm, scheme, costs)?;
        Ok((
            Box::new(PerturbedModule {
                inner,
                perturb: self.perturb,
                scheme: scheme.name(),
            }),
            time,
        ))
    }
}

struct PerturbedModule {
    inner: Box<dyn CompiledModule>,
    perturb: fn(&Call, &mut Outcome, crate::scheme::SchemeName),
    scheme: crate::scheme::SchemeName,
}

impl CompiledModule for PerturbedModule {
    fn run(&self, calls: &[Call], max_stack: u64) -> Vec<Outcome> {
        let mut outcomes = self.inner.run(calls, max_stack);
        for (call, outcome) in calls.iter().zip(&mut outcomes) {
            (self.perturb)(call, outcome, self.scheme);
        }
        outcomes
    }
}

/// Native stack for the thread that runs guest code: far above what the instrumented stack
/// limit lets a guest use, so that stack depth is the instrumentation's to bound.
pub const NATIVE_WASM_STACK: usize = 64 << 20;

/// Hashes the state a call leaves (returned or trapped): linear memory, then each mutable global's bits
/// in index order.
#[derive(Default)]
pub(crate) struct StateHasher(Sha256);

impl StateHasher {
    pub(crate) fn memory(&mut self, bytes: &[u8]) {
        self.0.update((bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
    }

    pub(crate) fn global(&mut self, value: Value) {
        let bits = match value {
            Value::I32(v) => u64::from(v as u32),
            Value::I64(v) => v as u64,
            Value::F32(b) => u64::from(b),
            Value::F64(b) => b,
            Value::FuncRef { null } | Value::ExternRef { null } => u64::from(null),
        };
        self.0.update(bits.to_le_bytes());
    }

    pub(crate) fn finish(self) -> String {
        self.0.finalize()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// Assembles an outcome from what a backend observed. Out of gas means the whole limit was
/// used (DESIGN.md: the counter becomes 0), but only once `exhaustion` shows that the engine
/// really could not pay a charge; the engine's counter and the failed charge stay in the
/// outcome. An out-of-gas trap without that evidence (gas left for the charge, or no charge
/// seen failing) is reported as an unclassified error, with what the engine used: a finding,
/// never equal to a real exhaustion.
pub(crate) fn outcome(
    result: Result<Vec<Value>, TrapKind>,
    limit: u64,
    host_trace: Vec<crate::outcome::HostCall>,
    remaining: u64,
    state: Option<String>,
    exhaustion: Option<Exhaustion>,
) -> Outcome {
    let used = |remaining: u64| limit.saturating_sub(remaining);
    let (result, gas_used, exhaustion) = match (result, exhaustion) {
        (Err(TrapKind::GasExhausted), Some(e)) if e.is_real() => {
            (CallResult::Trap(TrapKind::GasExhausted), limit, Some(e))
        }
        (Err(TrapKind::GasExhausted), Some(e)) => {
            let charge = e
                .failed_charge
                .map_or("none".to_string(), |c| c.to_string());
            let kind = TrapKind::Unclassified(format!(
                "gas_exhausted with gas left: {} remaining, failed charge {charge}",
                e.remaining
            ));
            (CallResult::Trap(kind), used(e.remaining), Some(e))
        }
        (Err(TrapKind::GasExhausted), None) => {
            let kind = TrapKind::Unclassified(format!(
                "gas_exhausted with no failed charge: {remaining} remaining"
            ));
            (CallResult::Trap(kind), used(remaining), None)
        }
        (Ok(values), _) => (CallResult::Ok(values), used(remaining), None),
        (Err(kind), _) => (CallResult::Trap(kind), used(remaining), None),
    };
    Outcome {
        result,
        gas_used,
        host_trace,
        state,
        exhaustion,
    }
}

/// Every call of a sequence ends in `kind` when the instance could not be created.
pub(crate) fn instantiation_failed(kind: &TrapKind, calls: &[Call]) -> Vec<Outcome> {
    calls
        .iter()
        .map(|c| {
            outcome(
                Err(kind.clone()),
                c.gas_limit,
                Vec::new(),
                c.gas_limit,
                None,
                None,
            )
        })
        .collect()
}

/// Checks a guest memory range and returns it as a `usize` range.
pub(crate) fn memory_range(
    memory_len: usize,
    ptr: u64,
    len: u64,
) -> Result<std::ops::Range<usize>, crate::outcome::HostErrorKind> {
    let end = ptr
        .checked_add(len)
        .filter(|end| *end <= memory_len as u64)
        .ok_or(crate::outcome::HostErrorKind::MemoryAccessViolation)?;
    Ok(ptr as usize..end as usize)
}
