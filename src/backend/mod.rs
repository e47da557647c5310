//! The backend axis: one compiler + runtime each, with the settings its production users run
//! (DESIGN.md, "backend"). Adding a backend is one file here plus one line in [`build`].
//!
//! A backend compiles a scheme's prepared bytes once and then runs any number of calls, each
//! with a fresh instance and a fresh [`HostState`], like a contract call. It adapts the one host
//! model ([`crate::host`]) thinly: values in and out, a [`crate::host::Guest`] view of memory and
//! of the gas counter, and its own errors mapped onto [`TrapKind`].

mod driver;
#[cfg(feature = "near")]
pub mod near;
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
    /// NEAR's legacy production VM (a singlepass fork), from `near-vm-runner`.
    #[serde(rename = "near-vm")]
    NearVm,
    /// NEAR's wasmtime runner (wasmtime 45; Winch on x86_64), from `near-vm-runner`.
    #[serde(rename = "near-wasmtime")]
    NearWasmtime,
}

impl BackendName {
    /// What `--backends all` means: vmdiff's four engines under its own schemes. NEAR's pair
    /// runs under a scheme of its own and is named explicitly (or as `near`).
    pub const ALL: [BackendName; 4] = [
        BackendName::Singlepass,
        BackendName::Winch,
        BackendName::Cranelift,
        BackendName::CraneliftNone,
    ];
    /// NEAR's own runtimes: `--backends near`.
    pub const NEAR: [BackendName; 2] = [BackendName::NearVm, BackendName::NearWasmtime];
    /// Every name `--backends` accepts.
    pub const KNOWN: [BackendName; 6] = [
        BackendName::Singlepass,
        BackendName::Winch,
        BackendName::Cranelift,
        BackendName::CraneliftNone,
        BackendName::NearVm,
        BackendName::NearWasmtime,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BackendName::Singlepass => "singlepass",
            BackendName::Winch => "winch",
            BackendName::Cranelift => "cranelift",
            BackendName::CraneliftNone => "cranelift-none",
            BackendName::NearVm => "near-vm",
            BackendName::NearWasmtime => "near-wasmtime",
        }
    }

    /// Whether this backend is one of vmdiff's wasmtime compilers (which must agree exactly).
    pub fn is_wasmtime(self) -> bool {
        matches!(
            self,
            BackendName::Winch | BackendName::Cranelift | BackendName::CraneliftNone
        )
    }

    /// Whether this is one of NEAR's own runtimes, which run only the `near` scheme.
    pub fn is_near(self) -> bool {
        matches!(self, BackendName::NearVm | BackendName::NearWasmtime)
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
        let name = BackendName::KNOWN.into_iter().find(|n| n.as_str() == s);
        if name.is_some_and(BackendName::is_near) && !cfg!(feature = "near") {
            return Err(format!(
                "`{s}` needs vmdiff built with its `near` feature (on by default)"
            ));
        }
        name.ok_or_else(|| {
            format!(
                "unknown backend `{s}` (known: singlepass, winch, cranelift, cranelift-none, \
                     near-vm, near-wasmtime; `all` is the first four, `near` the last two)"
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
    /// The chain context NEAR's runtime gives the call (vmdiff's host model has no use for it).
    pub context: CallContext,
}

/// The chain context of a call, as NEAR's `VMContext` carries it: drawn from the fuzz input so
/// that contracts branch on it, and kept in every plan so that a finding reproduces with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CallContext {
    pub current_account: String,
    pub signer: String,
    pub predecessor: String,
    /// yoctoNEAR, as a decimal string in JSON (u128 does not fit a JSON number safely).
    #[serde(with = "u128_text")]
    pub attached_deposit: u128,
    #[serde(with = "u128_text")]
    pub account_balance: u128,
    pub storage_usage: u64,
    pub block_height: u64,
    pub block_timestamp: u64,
    pub epoch_height: u64,
    #[serde(with = "crate::outcome::hex_bytes")]
    pub random_seed: Vec<u8>,
    /// Results of the promises this call is a callback of: `Some(data)` succeeded, `None` failed.
    pub promise_results: Vec<Option<Vec<u8>>>,
}

impl Default for CallContext {
    /// A plain function call from another account, with nothing attached.
    fn default() -> Self {
        CallContext {
            current_account: "contract.near".into(),
            signer: "alice.near".into(),
            predecessor: "alice.near".into(),
            attached_deposit: 0,
            account_balance: 100 * 10u128.pow(24),
            storage_usage: 10_000,
            block_height: 100,
            block_timestamp: 1_700_000_000_000_000_000,
            epoch_height: 10,
            random_seed: vec![7; 32],
            promise_results: Vec::new(),
        }
    }
}

mod u128_text {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &u128, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&value.to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u128, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
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

    /// The compiled code as the engine serialises it: what a validator's cache stores and
    /// loads instead of compiling (DESIGN.md, "Compiled artefacts").
    fn artefact(&self) -> Result<Vec<u8>, String> {
        Err("this backend has no serialised artefact".into())
    }

    /// The module loaded from `artefact` on this module's engine, ready for calls. Engines
    /// document deserialisation as unsafe for untrusted bytes (it maps executable code): give
    /// it only what [`CompiledModule::artefact`] returned.
    fn load(&self, artefact: &[u8]) -> Result<Box<dyn CompiledModule>, String> {
        let _ = artefact;
        Err("this backend has no serialised artefact".into())
    }

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
        #[cfg(feature = "near")]
        BackendName::NearVm | BackendName::NearWasmtime => Box::new(near::Near::new(name)),
        #[cfg(not(feature = "near"))]
        BackendName::NearVm | BackendName::NearWasmtime => {
            unreachable!("{name} is refused by its parser in a build without `near`")
        }
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

    fn artefact(&self) -> Result<Vec<u8>, String> {
        self.inner.artefact()
    }

    fn load(&self, artefact: &[u8]) -> Result<Box<dyn CompiledModule>, String> {
        Ok(Box::new(PerturbedModule {
            inner: self.inner.load(artefact)?,
            perturb: self.perturb,
            scheme: self.scheme,
        }))
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
        near: None,
    }
}

/// Every call of a sequence ends in `kind` when the instance could not be created. Out of gas
/// there is the engine's own report (wasmtime charges fuel while instantiating): no guest
/// charge failed, so it is recorded as the engine's, like an out-of-fuel trap.
pub(crate) fn instantiation_failed(kind: &TrapKind, calls: &[Call]) -> Vec<Outcome> {
    calls
        .iter()
        .map(|c| {
            let exhaustion = (*kind == TrapKind::GasExhausted).then_some(Exhaustion {
                remaining: c.gas_limit,
                failed_charge: None,
            });
            outcome(
                Err(kind.clone()),
                c.gas_limit,
                Vec::new(),
                c.gas_limit,
                None,
                exhaustion,
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
