//! NEAR's own runtime, through the published `near-vm-runner` crate: `near-vm` (the legacy
//! production VM, a singlepass fork) and `near-wasmtime` (NEAR's wasmtime 45 runner: Winch on
//! x86_64, Cranelift elsewhere). Both run NEAR's preparation, `instrument_v3` gas, real host
//! functions and fees from one runtime config, differing only in `vm_kind` (DESIGN.md).
//!
//! The adapter is thin on purpose: it builds NEAR's `VMContext` from the call, runs the method
//! on a `MockedExternal`, and maps NEAR's `VMOutcome` onto [`Outcome`] without dropping a field.
//! Host logic stays NEAR's own: there is no vmdiff host model under this backend.

use super::{Backend, BackendName, Call, CallContext, CompileError, CompiledModule};
use crate::cost::CostTable;
use crate::outcome::{CallResult, HostErrorKind, NearEffects, Outcome, TrapKind};
use crate::scheme::GasScheme;
use near_parameters::vm::{Config, VMKind};
use near_parameters::{RuntimeConfigStore, RuntimeFeesConfig};
use near_primitives_core::types::{Balance, Gas};
use near_vm_runner::internal::VMKindExt;
use near_vm_runner::logic::errors::{FunctionCallError, HostError, WasmTrap};
use near_vm_runner::logic::mocks::mock_external::MockedExternal;
use near_vm_runner::logic::types::{PromiseResult, ReturnData};
use near_vm_runner::logic::{VMContext, VMOutcome};
use near_primitives_core::hash::CryptoHash;
use near_vm_runner::logic::errors::VMRunnerError;
use near_vm_runner::{
    CompiledContract, CompiledContractInfo, ContractCode, ContractRuntimeCache,
    FilesystemContractRuntimeCache,
};
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// The protocol version whose runtime config every NEAR backend of this process uses: the
/// crate's current one unless `VMDIFF_NEAR_PROTOCOL` (or `--near-protocol`) names another.
/// One per process on purpose: NEAR's wasmtime runner keeps one engine per distinct config
/// for the life of the process (`static VMS`), so drawing configs per case would leak.
pub fn protocol_version() -> u32 {
    static VERSION: OnceLock<u32> = OnceLock::new();
    *VERSION.get_or_init(|| {
        std::env::var("VMDIFF_NEAR_PROTOCOL")
            .ok()
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(near_primitives_core::version::PROTOCOL_VERSION)
    })
}

/// NEAR's runtime config (wasm config with `vm_kind` set, fees) at [`protocol_version`]: built
/// once per VM kind (generation and the gas limits ask for it on every case).
pub fn runtime_config(kind: VMKind) -> (Arc<Config>, Arc<RuntimeFeesConfig>) {
    type Built = OnceLock<(Arc<Config>, Arc<RuntimeFeesConfig>)>;
    static NEAR_VM: Built = OnceLock::new();
    static WASMTIME: Built = OnceLock::new();
    let cell = match kind {
        VMKind::NearVm => &NEAR_VM,
        VMKind::Wasmtime => &WASMTIME,
        other => panic!("vmdiff runs NEAR's near-vm and wasmtime only, not {other:?}"),
    };
    let (config, fees) = cell.get_or_init(|| {
        let runtime = RuntimeConfigStore::new(None)
            .get_config(protocol_version())
            .clone();
        let mut wasm = Config::clone(&runtime.wasm_config);
        wasm.vm_kind = kind;
        (Arc::new(wasm), Arc::clone(&runtime.fees))
    });
    (Arc::clone(config), Arc::clone(fees))
}

/// NEAR gas for `operations` regular operations (`regular_op_cost` each), at most the gas a
/// call may burn at [`protocol_version`]: how a vmdiff gas limit (about one unit per operator)
/// becomes NEAR prepaid gas, so that a looping contract stops after as much work everywhere.
pub fn gas_for_operations(operations: u64) -> u64 {
    let config = runtime_config(VMKind::Wasmtime).0;
    operations
        .saturating_mul(u64::from(config.regular_op_cost))
        .min(config.limit_config.max_gas_burnt.as_gas())
}

/// Whether the `vm::Config` flag `gate` (a protocol upgrade's switch, e.g. `chain_id_host_fn`)
/// is on at [`protocol_version`]. A flag vmdiff does not know is reported off: generation
/// then leaves its functions out rather than fail on them.
pub fn gate_open(gate: &str) -> bool {
    let (config, _) = runtime_config(VMKind::Wasmtime);
    match gate {
        "chain_id_host_fn" => config.chain_id_host_fn,
        "p256_verify_host_fn" => config.p256_verify_host_fn,
        "global_contract_host_fns" => config.global_contract_host_fns,
        "gas_key_host_fns" => config.gas_key_host_fns,
        "yield_with_id_host_fns" => config.yield_with_id_host_fns,
        "reftypes_bulk_memory" => config.reftypes_bulk_memory,
        _ => false,
    }
}

/// NEAR's fees at [`protocol_version`] for what the two runtimes meter apart: one regular
/// operator (`regular_op_cost`, what near-vm charges a bulk or grow operator), and the
/// wasmtime runner's fee for one bulk memory/table operator or grow, `wasm_linear_op_base_cost`
/// plus `wasm_linear_op_unit_cost` per unit.
pub fn linear_op_fees() -> (u64, u64, u64) {
    let config = runtime_config(VMKind::Wasmtime).0;
    (
        u64::from(config.regular_op_cost),
        config.linear_op_base_cost,
        config.linear_op_unit_cost,
    )
}

/// NEAR's two runtimes, from near-vm-runner 0.37.0 (its wasmtime runner links wasmtime 45.0.3).
pub const BACKENDS: &[super::BackendInfo] = &[
    super::BackendInfo {
        name: "near-vm",
        engine: "near-vm",
        version: "near-vm-runner 0.37.0",
        groups: &["near"],
        runtime: super::Runtime::Near,
        fuel_mechanism: "near",
        facts: &[super::EngineFact::NearVm],
        profiles: &[],
        budget_line: "near-vm",
        build: |name| Box::new(Near::new(name)),
    },
    super::BackendInfo {
        name: "near-wasmtime",
        engine: "near-wasmtime",
        version: "near-vm-runner 0.37.0",
        groups: &["near"],
        runtime: super::Runtime::Near,
        fuel_mechanism: "near",
        facts: &[
            super::EngineFact::NearWasmtimeRunner,
            super::EngineFact::CanonicalNans,
        ],
        profiles: &[],
        budget_line: "near-wasmtime",
        build: |name| Box::new(Near::new(name)),
    },
];

/// One of NEAR's two runtimes.
pub struct Near {
    name: BackendName,
    config: Arc<Config>,
    fees: Arc<RuntimeFeesConfig>,
}

impl Near {
    pub fn new(name: BackendName) -> Near {
        let kind = if name.has(super::EngineFact::NearVm) {
            VMKind::NearVm
        } else if name.has(super::EngineFact::NearWasmtimeRunner) {
            VMKind::Wasmtime
        } else {
            panic!("{name} is not one of NEAR's runtimes")
        };
        let (config, fees) = runtime_config(kind);
        Near { name, config, fees }
    }
}

impl Near {
    /// NEAR's wasmtime runner (`name`) charging each bulk or grow operator what near-vm charges
    /// it, one `regular_op_cost` and nothing per unit (`wasm_linear_op_base_cost` =
    /// `regular_op_cost`, `wasm_linear_op_unit_cost` = 0), every other fee as at
    /// [`protocol_version`]: the config that proves `near_vm_without_linear_op_fees`. Then the
    /// two runtimes meter alike. near-vm charges every operator but `block`/`end`/`else`
    /// `regular_op_cost` (`near_vm_runner/runner.rs` l. 589–620), as `prepare_v3.rs`'s
    /// `SimpleGasCostCfg` does outside the linear operators (l. 507–542); both charge at
    /// finite-wasm's points, and finite-wasm 0.5.1 and 0.6.1 alike make each grow or bulk
    /// operator a point of its own (`gas/mod.rs`: `visit_aggregate_instruction`, and
    /// `push_instrumentation_before(MemoryGrow ..)` with a `PostControlFlow` after it), which
    /// `instrument_v3.rs` charges as a constant when its unit cost is 0 (l. 800–829). One
    /// config per process, like every NEAR config: the runner keeps an engine per config.
    pub fn wasmtime_at_near_vm_fees(name: BackendName) -> Near {
        assert!(
            name.has(super::EngineFact::NearWasmtimeRunner),
            "{name} is not NEAR's wasmtime runner"
        );
        static CONFIG: OnceLock<Arc<Config>> = OnceLock::new();
        let (config, fees) = runtime_config(VMKind::Wasmtime);
        let config = CONFIG.get_or_init(|| {
            let mut config = Config::clone(&config);
            config.linear_op_base_cost = u64::from(config.regular_op_cost);
            config.linear_op_unit_cost = 0;
            Arc::new(config)
        });
        Near {
            name,
            config: Arc::clone(config),
            fees,
        }
    }
}

impl Backend for Near {
    fn name(&self) -> BackendName {
        self.name
    }

    fn with_setting(&self, setting: super::Setting) -> Option<Box<dyn Backend>> {
        match setting {
            super::Setting::NearVmLinearOpFees if self.config.vm_kind == VMKind::Wasmtime => {
                Some(Box::new(Near::wasmtime_at_near_vm_fees(self.name)))
            }
            super::Setting::NearVmLinearOpFees => None,
        }
    }

    /// Compiles through NEAR's own cache path (preparation, instrumentation, codegen), into a
    /// cache owned by this module: calls load from it, and it goes when the module does. A
    /// module NEAR's preparation refuses is not a compile failure here: every call then ends
    /// in NEAR's `CompilationError` abort, with the gas NEAR charges for it, and is compared.
    fn compile(
        &self,
        wasm: &[u8],
        _scheme: &dyn GasScheme,
        _costs: &CostTable,
    ) -> Result<(Box<dyn CompiledModule>, Duration), CompileError> {
        let code = ContractCode::new(wasm.to_vec(), None);
        let cache = EntryCache::default();
        let runtime = runtime(&self.config).map_err(|message| CompileError {
            backend: self.name,
            message,
        })?;
        let start = Instant::now();
        let compiled = runtime.precompile(&code, &cache);
        let elapsed = start.elapsed();
        if let Err(cache_error) = compiled {
            return Err(CompileError {
                backend: self.name,
                message: format!("VMRunnerError (cache): {cache_error:?}"),
            });
        }
        Ok((
            Box::new(NearModule {
                name: self.name,
                code,
                path: LoadPath::Cache(cache),
                config: Arc::clone(&self.config),
                fees: Arc::clone(&self.fees),
            }),
            elapsed,
        ))
    }
}

struct NearModule {
    #[cfg_attr(not(feature = "planted-divergence"), allow(dead_code))]
    name: BackendName,
    code: ContractCode,
    path: LoadPath,
    config: Arc<Config>,
    fees: Arc<RuntimeFeesConfig>,
}

/// Where a module's calls load the contract from. A validator runs what its cache holds far
/// more often than a fresh compile, and NEAR's VMs load each way differently: near-vm runs the
/// executable it just compiled on a cache miss and deserialises on a hit; the wasmtime runner
/// always deserialises what it serialised (near-vm-runner 0.37.0 `wasmtime_runner/mod.rs`
/// `with_compiled_and_loaded`, `near_vm_runner/runner.rs` likewise).
enum LoadPath {
    /// The cache NEAR's precompile filled: every call deserialises its entry.
    Cache(EntryCache),
    /// No cache: every call compiles afresh.
    Fresh,
    /// A node's cache: files on disk behind an in-memory cache, so that calls after the first
    /// reuse the loaded module.
    Filesystem(FilesystemCache),
}

/// NEAR's in-memory cache (what `MockContractRuntimeCache` does), with its entries in reach:
/// the artefact check compares them and loads them into caches of its own.
#[derive(Clone, Default)]
struct EntryCache(Arc<Mutex<Vec<(CryptoHash, CompiledContractInfo)>>>);

impl EntryCache {
    fn entry(&self) -> Option<(CryptoHash, CompiledContractInfo)> {
        self.0.lock().ok()?.first().cloned()
    }
}

impl ContractRuntimeCache for EntryCache {
    fn handle(&self) -> Box<dyn ContractRuntimeCache> {
        Box::new(self.clone())
    }

    fn put(&self, key: &CryptoHash, value: CompiledContractInfo) -> std::io::Result<()> {
        let mut entries = self.0.lock().map_err(|_| std::io::Error::other("poisoned"))?;
        entries.retain(|(k, _)| k != key);
        entries.push((*key, value));
        Ok(())
    }

    fn get(&self, key: &CryptoHash) -> std::io::Result<Option<CompiledContractInfo>> {
        let entries = self.0.lock().map_err(|_| std::io::Error::other("poisoned"))?;
        Ok(entries.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()))
    }
}

/// NEAR's filesystem cache in a directory of its own, removed with it.
struct FilesystemCache {
    cache: FilesystemContractRuntimeCache,
    dir: PathBuf,
}

impl FilesystemCache {
    /// A cache as a node sets one up (an in-memory cache of a few entries in front), filled
    /// by NEAR's precompile of `code`.
    fn filled(code: &ContractCode, config: &Arc<Config>) -> Result<FilesystemCache, String> {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let dir = std::env::temp_dir().join(format!(
            "vmdiff-near-cache-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        let cache = FilesystemContractRuntimeCache::with_memory_cache(
            &dir,
            None::<&str>,
            "contract.cache",
            4,
            None,
            FilesystemContractRuntimeCache::MAX_DISK_CACHE_BYTES,
            near_vm_runner::noop_background_spawner(),
        )
        .map_err(|e| format!("NEAR's filesystem cache in {}: {e}", dir.display()))?;
        let cache = FilesystemCache { cache, dir };
        // A compile error is cached too, and loads as one.
        let _compiled = runtime(config)?
            .precompile(code, &cache.cache)
            .map_err(|e| format!("NEAR's precompile into its filesystem cache: {e:?}"))?;
        Ok(cache)
    }
}

impl Drop for FilesystemCache {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn runtime(config: &Arc<Config>) -> Result<Box<dyn near_vm_runner::VM>, String> {
    config
        .vm_kind
        .runtime(Arc::clone(config))
        .ok_or_else(|| format!("{:?} is not available on this build or CPU", config.vm_kind))
}

impl CompiledModule for NearModule {
    /// Calls share one mocked chain state (storage and recorded actions carry over, like
    /// consecutive calls to one account); each gets NEAR's fresh instance and gas counter.
    fn run(&self, calls: &[Call], _max_stack: u64) -> Vec<Outcome> {
        let mut external = MockedExternal::with_code(self.code.clone_for_tests());
        calls
            .iter()
            .map(|call| self.call_on(&mut external, call))
            .collect()
    }

    /// The engine's serialised module, as NEAR's precompile put it in the cache.
    fn artefact(&self) -> Result<Vec<u8>, String> {
        match self.cache_entry()?.1.compiled {
            CompiledContract::Code(code) => Ok(code),
            CompiledContract::CompileModuleError(error) => {
                Err(format!("NEAR cached a compilation error: {error:?}"))
            }
        }
    }

    /// `artefact` in the cache entry's place, in a cache of its own. NEAR deserialises at the
    /// first call: a damaged artefact shows as the `VMRunnerError` it ends in, tried here.
    fn load(&self, artefact: &[u8]) -> Result<Box<dyn CompiledModule>, String> {
        let (key, entry) = self.cache_entry()?;
        let cache = EntryCache::default();
        let entry = CompiledContractInfo {
            compiled: CompiledContract::Code(artefact.to_vec()),
            ..entry
        };
        cache.put(&key, entry).map_err(|e| e.to_string())?;
        let loaded = self.with_path(LoadPath::Cache(cache));
        let probe = Call {
            export: "vmdiff_load_probe".into(),
            args: Vec::new(),
            gas_limit: 1_000_000_000_000,
            prepaid_gas: 1_000_000_000_000,
            input: Vec::new(),
            context: CallContext::default(),
        };
        let mut external = MockedExternal::with_code(self.code.clone_for_tests());
        match loaded.execute(&mut external, &probe)? {
            Err(error) => Err(format!("VMRunnerError: {error:?}")),
            Ok(_) => Ok(Box::new(loaded)),
        }
    }

    fn load_paths(&self) -> Vec<(&'static str, Result<Box<dyn CompiledModule>, String>)> {
        let filesystem = FilesystemCache::filled(&self.code, &self.config)
            .map(|cache| Box::new(self.with_path(LoadPath::Filesystem(cache))) as _);
        vec![
            ("no cache", Ok(Box::new(self.with_path(LoadPath::Fresh)))),
            ("filesystem cache", filesystem),
        ]
    }
}

impl NearModule {
    fn with_path(&self, path: LoadPath) -> NearModule {
        NearModule {
            name: self.name,
            code: self.code.clone_for_tests(),
            path,
            config: Arc::clone(&self.config),
            fees: Arc::clone(&self.fees),
        }
    }

    fn cache_entry(&self) -> Result<(CryptoHash, CompiledContractInfo), String> {
        match &self.path {
            LoadPath::Cache(cache) => cache
                .entry()
                .ok_or_else(|| "NEAR's precompile cached nothing".to_string()),
            _ => Err("only a module compiled into NEAR's cache has an artefact".into()),
        }
    }

    fn call_on(&self, external: &mut MockedExternal, call: &Call) -> Outcome {
        let logged = external.action_log.len();
        #[allow(unused_mut)]
        let mut outcome = match self.execute(external, call) {
            Ok(Ok(vm_outcome)) => outcome(&vm_outcome, external, logged, call.gas_limit),
            // nearcore: a VMRunnerError means a bug in the runtime, never a contract's doing.
            Ok(Err(error)) => Outcome::trap(
                TrapKind::Unclassified(format!("VMRunnerError: {error:?}")),
                0,
                Vec::new(),
            ),
            // A context NEAR cannot represent is vmdiff's defect, never the engines'.
            Err(why) => Outcome::trap(TrapKind::Unclassified(why), 0, Vec::new()),
        };
        #[cfg(feature = "planted-divergence")]
        plant(self.name, &mut outcome);
        outcome
    }

    /// `call` on NEAR's runtime, loaded the module's way; `Err` when vmdiff could not ask.
    fn execute(
        &self,
        external: &mut MockedExternal,
        call: &Call,
    ) -> Result<Result<VMOutcome, VMRunnerError>, String> {
        let context = vm_context(call)?;
        let gas_counter = context.make_gas_counter(&self.config);
        let runtime = runtime(&self.config)?;
        let cache: Option<&dyn ContractRuntimeCache> = match &self.path {
            LoadPath::Cache(cache) => Some(cache),
            LoadPath::Fresh => None,
            LoadPath::Filesystem(filesystem) => Some(&filesystem.cache),
        };
        let prepared = runtime.prepare(&*external, cache, gas_counter, &call.export);
        Ok(near_vm_runner::run(
            prepared,
            external,
            &context,
            Arc::clone(&self.fees),
        ))
    }
}

/// Test builds only (`--features planted-divergence`): near-wasmtime reports one gas more
/// burnt on successful calls whose burnt gas is odd, a difference the NEAR pair's fuzzing must
/// find, save and reproduce (tests/planted_campaign.rs). Off when `VMDIFF_PLANT` picks a
/// bug of the catalog ([`crate::plant`]).
///
/// `VMDIFF_PLANT=near-wasmtime-host-call-gas` instead: near-wasmtime burns one gas more on
/// every call that charged a host function (its profile has a host cost), as a gas sync that
/// charged one unit more at a host call would.
#[cfg(feature = "planted-divergence")]
fn plant(name: BackendName, outcome: &mut Outcome) {
    if !name.has(super::EngineFact::NearWasmtimeRunner) {
        return;
    }
    let odd_success = matches!(outcome.result, CallResult::Ok(_)) && outcome.gas_used % 2 == 1;
    if crate::plant::default_plants() && odd_success {
        outcome.gas_used += 1;
    }
    let host_called = outcome
        .near
        .as_ref()
        .is_some_and(|n| n.profile.lines().any(|l| l.contains(" -> ")));
    if crate::plant::near_host_call_gas() && host_called {
        outcome.gas_used += 1;
        if let Some(near) = outcome.near.as_mut() {
            near.used_gas += 1;
            near.compute_usage += 1;
        }
    }
}

fn account(text: &str) -> Result<near_primitives_core::types::AccountId, String> {
    text.parse()
        .map_err(|e| format!("`{text}` is not a NEAR account id: {e}"))
}

/// NEAR's `VMContext` for a call: the chain context the plan drew, the call's input, and the
/// call's gas limit as prepaid gas (the same on both runtimes, so a contract reading it
/// branches alike).
fn vm_context(call: &Call) -> Result<VMContext, String> {
    let CallContext {
        current_account,
        signer,
        predecessor,
        attached_deposit,
        account_balance,
        storage_usage,
        block_height,
        block_timestamp,
        epoch_height,
        random_seed,
        promise_results,
    } = &call.context;
    Ok(VMContext {
        current_account_id: account(current_account)?,
        signer_account_id: account(signer)?,
        signer_account_pk: vec![0; 33],
        predecessor_account_id: account(predecessor)?,
        refund_to_account_id: account(predecessor)?,
        input: std::rc::Rc::from(call.input.clone()),
        promise_results: promise_results
            .iter()
            .map(|r| match r {
                Some(data) => PromiseResult::Successful(std::rc::Rc::from(data.clone())),
                None => PromiseResult::Failed,
            })
            .collect::<Vec<_>>()
            .into(),
        block_height: *block_height,
        block_timestamp: *block_timestamp,
        epoch_height: *epoch_height,
        account_balance: Balance::from_yoctonear(*account_balance),
        account_locked_balance: Balance::ZERO,
        storage_usage: *storage_usage,
        account_contract: near_primitives_core::account::AccountContract::None,
        attached_deposit: Balance::from_yoctonear(*attached_deposit),
        prepaid_gas: Gas::from_gas(call.gas_limit),
        random_seed: random_seed.clone(),
        view_config: None,
        output_data_receivers: Vec::new(),
    })
}

/// NEAR's outcome as vmdiff's: result and burnt gas in the shared fields, the mocked chain
/// state as the state hash, everything else in [`NearEffects`] (with the kinds of the actions
/// `external` recorded after its first `logged`: this call's).
fn outcome(vm: &VMOutcome, external: &MockedExternal, logged: usize, prepaid: u64) -> Outcome {
    let result = match &vm.aborted {
        None => CallResult::Ok(Vec::new()),
        Some(abort) => CallResult::Trap(trap_kind(abort)),
    };
    // NEAR's runner says it ran out of prepaid gas; what is left is kept to show it.
    let exhaustion = result
        .is_gas_exhausted()
        .then(|| crate::outcome::Exhaustion {
            remaining: prepaid.saturating_sub(vm.burnt_gas.as_gas()),
            failed_charge: None,
        });
    Outcome {
        result,
        gas_used: vm.burnt_gas.as_gas(),
        host_trace: Vec::new(),
        state: Some(external_state_hash(external)),
        exhaustion,
        near: Some(NearEffects {
            used_gas: vm.used_gas.as_gas(),
            compute_usage: vm.compute_usage,
            logs: vm.logs.clone(),
            return_data: match &vm.return_data {
                ReturnData::None => "none".to_string(),
                ReturnData::Value(bytes) => {
                    format!("value:{}", crate::outcome::hex_bytes::encode(bytes))
                }
                ReturnData::ReceiptIndex(index) => format!("receipt:{index}"),
            },
            abort: vm.aborted.as_ref().map(|a| format!("{a:?}")),
            balance: format!(
                "balance {} storage_usage {} subsidized {}",
                vm.balance.as_yoctonear(),
                vm.storage_usage,
                vm.subsidized_amount.as_yoctonear()
            ),
            profile: format!("{:?}", vm.profile),
            actions: external.action_log[logged.min(external.action_log.len())..]
                .iter()
                .map(action_kind)
                .collect(),
        }),
    }
}

/// An action's kind: the name of its `MockAction` variant.
fn action_kind(action: &impl serde::Serialize) -> String {
    match serde_json::to_value(action) {
        Ok(serde_json::Value::Object(map)) => map.keys().next().cloned(),
        Ok(serde_json::Value::String(name)) => Some(name),
        _ => None,
    }
    .unwrap_or_else(|| "unnamed".into())
}

/// Storage (sorted by key) and the recorded actions, hashed.
fn external_state_hash(external: &MockedExternal) -> String {
    let mut hasher = Sha256::new();
    let mut entries: Vec<(&Vec<u8>, &Vec<u8>)> = external.fake_trie.iter().collect();
    entries.sort();
    for (key, value) in entries {
        for part in [key, value] {
            hasher.update((part.len() as u64).to_le_bytes());
            hasher.update(part);
        }
    }
    let actions = serde_json::to_vec(&external.action_log).unwrap_or_else(|e| {
        // Never expected; a hash of the message still keeps the two runtimes comparable.
        format!("unserialisable action log: {e}").into_bytes()
    });
    hasher.update(actions);
    hasher.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// NEAR's abort on the shared taxonomy where the meaning is the same, else its own path.
fn trap_kind(abort: &FunctionCallError) -> TrapKind {
    match abort {
        FunctionCallError::WasmTrap(trap) => match trap {
            WasmTrap::Unreachable => TrapKind::Unreachable,
            WasmTrap::IncorrectCallIndirectSignature => TrapKind::IndirectCallTypeMismatch,
            WasmTrap::MemoryOutOfBounds => TrapKind::MemoryOutOfBounds,
            WasmTrap::CallIndirectOOB => TrapKind::TableOutOfBounds,
            WasmTrap::IndirectCallToNull => TrapKind::IndirectCallToNull,
            WasmTrap::StackOverflow => TrapKind::StackExhausted,
            other => TrapKind::Near(format!("wasm_trap.{}", snake(other.into()))),
        },
        FunctionCallError::HostError(error) => match error {
            HostError::GasExceeded => TrapKind::GasExhausted,
            HostError::GuestPanic { .. } => TrapKind::HostError(HostErrorKind::GuestPanic),
            HostError::MemoryAccessViolation => {
                TrapKind::HostError(HostErrorKind::MemoryAccessViolation)
            }
            HostError::InvalidRegisterId { .. } => {
                TrapKind::HostError(HostErrorKind::InvalidRegisterId)
            }
            HostError::BadUTF8 => TrapKind::HostError(HostErrorKind::BadUtf8),
            other => TrapKind::Near(format!("host_error.{}", snake(other.into()))),
        },
        FunctionCallError::CompilationError(error) => {
            use near_vm_runner::logic::errors::CompilationError as E;
            let detail = match error {
                E::PrepareError(prepare) => {
                    format!("prepare_error.{}", snake(&format!("{prepare:?}")))
                }
                other => snake(other.into()),
            };
            TrapKind::Near(format!("compilation_error.{detail}"))
        }
        FunctionCallError::MethodResolveError(error) => {
            TrapKind::Near(format!("method_resolve_error.{}", snake(error.into())))
        }
        other => TrapKind::Near(snake(other.into())),
    }
}

/// `CamelCase` → `snake_case` (NEAR's variant names); an acronym stays one word.
fn snake(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let mut previous: Option<char> = None;
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            if previous.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit()) {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
        previous = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_names_become_snake_case() {
        assert_eq!(snake("GasLimitExceeded"), "gas_limit_exceeded");
        assert_eq!(snake("CallIndirectOOB"), "call_indirect_oob");
        assert_eq!(snake("BadUTF16"), "bad_utf16");
    }
}
