//! The backend axis: one compiler + runtime each, with the settings its production users run
//! (DESIGN.md, "backend"). Adding a backend is one file here plus one line in [`REGISTRY`].
//!
//! A backend compiles a scheme's prepared bytes once and then runs any number of calls, each
//! with a fresh instance and a fresh [`HostState`], like a contract call. It adapts the one host
//! model ([`crate::host`]) thinly: values in and out, a [`crate::host::Guest`] view of memory and
//! of the gas counter, and its own errors mapped onto [`TrapKind`].

mod driver;

pub use self::singlepass::Singlepass;

use crate::cost::CostTable;
use crate::outcome::{CallResult, Exhaustion, Outcome, TrapKind, Value};
use crate::scheme::{GasScheme, SchemeName};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};
use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// Declares each backend file and lists its `BACKENDS` in [`REGISTRY`].
macro_rules! registry {
    ($($(#[$attr:meta])* $vis:vis $file:ident),* $(,)?) => {
        $( $(#[$attr])* $vis mod $file; )*

        /// Every backend vmdiff knows, one slice per implementation file. Nothing else lists
        /// backends: the matrix, the oracle, the known classes, the bench, the budget and the
        /// gate ask a backend's [`BackendInfo`].
        const REGISTRY: &[&[BackendInfo]] = &[ $( $(#[$attr])* $file::BACKENDS, )* ];
    };
}

// Adding an engine, or a version of one, is a file and a line here.
registry! {
    singlepass,
    wasmtime48,
    wasmtime45,
    #[cfg(feature = "near")]
    pub near,
}

/// What vmdiff knows about a backend.
pub struct BackendInfo {
    /// As written in `--backends`, in JSON and in signatures: `winch`, `winch@45`.
    pub name: &'static str,
    /// The compiler it is a version of: what an upgrade pairs (`winch` for `winch@45`).
    pub engine: &'static str,
    /// The engine crate's pinned version.
    pub version: &'static str,
    /// The `--backends` groups it belongs to (`all`, `near`, `upgrade`).
    pub groups: &'static [&'static str],
    /// Whose runtime it is: which schemes it runs and which host API its contracts call.
    pub runtime: Runtime,
    /// The gas mechanism of its engine-native fuel: configs with the same mechanism must
    /// agree on gas exactly.
    pub fuel_mechanism: &'static str,
    /// What it does that known classes and policy rules are about.
    pub facts: &'static [EngineFact],
    /// The engine profiles it can run ([`EngineProfile::Vmdiff`] always).
    pub profiles: &'static [EngineProfile],
    /// Its compile-cost line in `bounds.toml` (a version of an engine shares the engine's).
    pub budget_line: &'static str,
    /// Builds it with an engine profile.
    pub build: fn(BackendName) -> Box<dyn Backend>,
}

/// Whose runtime a backend is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Runtime {
    /// An engine vmdiff drives with its own schemes (`host`, `global`, `fuel`, `unmetered`)
    /// and its own host model.
    Vmdiff,
    /// One of NEAR's runtimes: it runs the `near` scheme only, with NEAR's host API.
    Near,
}

/// What an engine does that a known class or policy rule is about: the classes ask for a
/// fact, never for a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EngineFact {
    /// Float results are NaN-canonicalised (wasmtime's `cranelift_nan_canonicalization`).
    CanonicalNans,
    /// Under fuel, checks fuel before a bulk or grow operator of non-constant size
    /// (Cranelift's `pre_translate_bulk_op`, since wasmtime 46).
    FuelCheckAtBulkOps,
    /// Under fuel, charges fuel while it instantiates a module with active data segments
    /// (wasmtime 48; 45 charges none there): `open:wasmtime48_fuel_at_instantiation`.
    FuelChargedAtInstantiation,
    /// Refuses a `br_table` of more than 65 520 targets ("implementation limit", wasmtime
    /// 48's `MAX_BR_TABLE_TARGETS`; 45 compiles it).
    BrTableTargetLimit,
    /// Compiled by Winch (wasmtime's baseline compiler).
    WinchCodegen,
    /// Compiled by Cranelift (wasmtime's optimising compiler, at any optimisation level).
    CraneliftCodegen,
    /// NEAR's legacy VM (near-vm, a singlepass fork).
    NearVm,
    /// NEAR's wasmtime runner.
    NearWasmtimeRunner,
}

/// Which of wasmtime's compilers, configured as its production users run it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WasmtimeFlavour {
    /// Baseline compiler: NEAR's production backend on x86_64.
    Winch,
    /// Optimising compiler at its defaults.
    Cranelift,
    /// Cranelift as NEAR builds it for non-x86 validators: no optimisation, single-pass
    /// register allocation, no inlining.
    CraneliftNone,
}

/// Engine settings: vmdiff's own, or NEAR's as its wasmtime runner sets them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EngineProfile {
    #[default]
    Vmdiff,
    /// NEAR's runner's settings (near-vm-runner 0.37.0 `src/wasmtime_runner/mod.rs` l.
    /// 481–545): pooling allocator, no guard pages, memories that never move, no
    /// optimisation, single-pass register allocation, no inlining, wide arithmetic.
    Near,
}

impl EngineProfile {
    /// The suffix a backend name takes under this profile (`winch+near`).
    fn suffix(self) -> &'static str {
        match self {
            EngineProfile::Vmdiff => "",
            EngineProfile::Near => "+near",
        }
    }
}

impl FromStr for EngineProfile {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "near" => Ok(EngineProfile::Near),
            "vmdiff" => Ok(EngineProfile::Vmdiff),
            other => Err(format!(
                "unknown engine profile `{other}` (known: near, vmdiff)"
            )),
        }
    }
}

/// A backend as named in `--backends`: a registry entry and the engine profile it runs
/// with. Written `winch`, `winch@45`, `winch@45+near`.
#[derive(Clone, Copy)]
pub struct BackendName {
    info: &'static BackendInfo,
    profile: EngineProfile,
}

impl BackendName {
    pub const SINGLEPASS: BackendName = BackendName::of(&singlepass::BACKENDS[0]);
    pub const WINCH: BackendName = BackendName::of(&wasmtime48::BACKENDS[0]);
    pub const CRANELIFT: BackendName = BackendName::of(&wasmtime48::BACKENDS[1]);
    pub const CRANELIFT_NONE: BackendName = BackendName::of(&wasmtime48::BACKENDS[2]);
    #[cfg(feature = "near")]
    pub const NEAR_VM: BackendName = BackendName::of(&near::BACKENDS[0]);
    #[cfg(feature = "near")]
    pub const NEAR_WASMTIME: BackendName = BackendName::of(&near::BACKENDS[1]);

    const fn of(info: &'static BackendInfo) -> BackendName {
        BackendName {
            info,
            profile: EngineProfile::Vmdiff,
        }
    }

    /// Every backend of the registry (with vmdiff's engine profile).
    pub fn registry() -> impl Iterator<Item = BackendName> {
        REGISTRY
            .iter()
            .flat_map(|file| file.iter())
            .map(BackendName::of)
    }

    /// The backends of a `--backends` group (`all`, `near`, `upgrade`), in registry order.
    pub fn group(group: &str) -> Vec<BackendName> {
        BackendName::registry()
            .filter(|b| b.info.groups.contains(&group))
            .collect()
    }

    pub fn info(self) -> &'static BackendInfo {
        self.info
    }

    pub fn profile(self) -> EngineProfile {
        self.profile
    }

    /// The same backend with another engine profile, if it can run it.
    pub fn with_profile(self, profile: EngineProfile) -> Result<BackendName, String> {
        if profile != EngineProfile::Vmdiff && !self.info.profiles.contains(&profile) {
            return Err(format!(
                "{} has no engine profile `{}`",
                self.info.name,
                profile.suffix().trim_start_matches('+')
            ));
        }
        Ok(BackendName { profile, ..self })
    }

    pub fn has(self, fact: EngineFact) -> bool {
        self.info.facts.contains(&fact)
    }

    /// Whether this is one of NEAR's own runtimes, which run only the `near` scheme.
    pub fn is_near(self) -> bool {
        self.info.runtime == Runtime::Near
    }

    /// Whether it runs `scheme`: NEAR's runtimes the `near` scheme only, vmdiff's engines
    /// every other.
    pub fn runs(self, scheme: SchemeName) -> bool {
        self.is_near() == (scheme == SchemeName::Near)
    }

    /// Whether `self` and `other` are two versions of one engine under one profile: the
    /// pair an upgrade verdict is about.
    pub fn is_upgrade_of(self, other: BackendName) -> bool {
        self.info.engine == other.info.engine
            && self.info.version != other.info.version
            && self.profile == other.profile
    }
}

impl PartialEq for BackendName {
    fn eq(&self, other: &Self) -> bool {
        self.info.name == other.info.name && self.profile == other.profile
    }
}

impl Eq for BackendName {}

impl std::hash::Hash for BackendName {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.info.name.hash(state);
        self.profile.hash(state);
    }
}

impl PartialOrd for BackendName {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for BackendName {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.info.name, self.profile).cmp(&(other.info.name, other.profile))
    }
}

impl fmt::Debug for BackendName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for BackendName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.info.name, self.profile.suffix())
    }
}

impl FromStr for BackendName {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (name, profile) = match s.split_once('+') {
            Some((name, profile)) => (name, profile.parse().map_err(|e| format!("{e} in `{s}`"))?),
            None => (s, EngineProfile::Vmdiff),
        };
        if let Some(backend) = BackendName::registry().find(|b| b.info.name == name) {
            return backend.with_profile(profile);
        }
        if name.starts_with("near") && !cfg!(feature = "near") {
            return Err(format!(
                "`{s}` needs vmdiff built with its `near` feature (on by default)"
            ));
        }
        let known: Vec<&str> = BackendName::registry().map(|b| b.info.name).collect();
        Err(format!(
            "unknown backend `{s}` (known: {}; groups: all, near, upgrade; `+near` after a \
             wasmtime backend runs it with NEAR's engine settings)",
            known.join(", ")
        ))
    }
}

impl Serialize for BackendName {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for BackendName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
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

    /// This backend with `setting` changed and all else as it is, a test's planted change
    /// included; `None` if it has no such setting.
    fn with_setting(&self, setting: Setting) -> Option<Box<dyn Backend>> {
        let _ = setting;
        None
    }
}

/// A backend setting a known class blames for a difference: its proof re-runs the backend
/// with the setting changed to the other side's ([`crate::known`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Setting {
    /// NEAR's wasmtime runner charging each bulk or grow operator near-vm's fee
    /// ([`near::Near::wasmtime_at_near_vm_fees`]).
    NearVmLinearOpFees,
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

    /// The other ways its engine loads this module (NEAR: without a cache, from a node's
    /// filesystem cache), each of which must run every call as this module does; `Err` when
    /// one could not be set up.
    fn load_paths(&self) -> Vec<(&'static str, Result<Box<dyn CompiledModule>, String>)> {
        Vec::new()
    }

    /// Runs one call on a fresh instance with a fresh host state, like a contract call.
    fn call(&self, call: &Call, max_stack: u64) -> Outcome {
        self.run(std::slice::from_ref(call), max_stack)
            .pop()
            .expect("one outcome per call")
    }
}

/// The backend called `name`, with its engine profile.
pub fn build(name: BackendName) -> Box<dyn Backend> {
    (name.info.build)(name)
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

    fn with_setting(&self, setting: Setting) -> Option<Box<dyn Backend>> {
        Some(Box::new(Perturbed {
            inner: self.inner.with_setting(setting)?,
            perturb: self.perturb,
        }))
    }
}

struct PerturbedModule {
    inner: Box<dyn CompiledModule>,
    perturb: fn(&Call, &mut Outcome, crate::scheme::SchemeName),
    scheme: crate::scheme::SchemeName,
}

impl PerturbedModule {
    fn wrap(&self, inner: Box<dyn CompiledModule>) -> Box<dyn CompiledModule> {
        Box::new(PerturbedModule {
            inner,
            perturb: self.perturb,
            scheme: self.scheme,
        })
    }
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
        Ok(self.wrap(self.inner.load(artefact)?))
    }

    fn load_paths(&self) -> Vec<(&'static str, Result<Box<dyn CompiledModule>, String>)> {
        let paths = self.inner.load_paths().into_iter();
        paths
            .map(|(path, m)| (path, m.map(|m| self.wrap(m))))
            .collect()
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
