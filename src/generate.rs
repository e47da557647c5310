//! Generation: fuzz input bytes → a contract (wasm-smith under the profile, importing the host
//! API) plus a call plan. The same bytes always give the same case.

use crate::abi::CONTRACT_API;
use crate::outcome::{ValType, Value};
use crate::prepare::exported_functions;
use crate::profile::{Profile, Rejection};
use arbitrary::{Arbitrary, Unstructured};
use serde::{Deserialize, Serialize};

pub mod mutate;
pub mod near_calls;
pub mod ops;
pub mod weave;
pub use mutate::Seeds;

/// How big generated contracts get: far below the profile's acceptance limits, so that cases
/// stay fast and failures small.
#[derive(Clone, Debug)]
pub struct GenerationLimits {
    pub max_funcs: usize,
    pub max_instructions: usize,
    pub max_memory_pages: u64,
    pub max_calls: usize,
    pub max_input_bytes: usize,
}

impl Default for GenerationLimits {
    fn default() -> Self {
        GenerationLimits {
            max_funcs: 12,
            max_instructions: 120,
            max_memory_pages: 4,
            max_calls: 3,
            max_input_bytes: 32,
        }
    }
}

/// One planned call: export, arguments, host input, and where the limited run's gas limit
/// falls ([`crate::matrix::limited_gas`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlannedCall {
    pub export: String,
    pub args: Vec<Value>,
    #[serde(with = "crate::outcome::hex_bytes")]
    pub input: Vec<u8>,
    /// Thousandths of the full gas `g` (0–999), or the end of the call: exactly `g` (1000) or
    /// one unit short (1001).
    pub permille: u16,
    /// The chain context (read by NEAR's runtimes only).
    #[serde(default)]
    pub context: crate::backend::CallContext,
    /// The call's own full gas, over the campaign's (`--gas`): host-call sequences on NEAR
    /// need the gas NEAR lets a call burn, which no loop of theirs can make slow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gas: Option<u64>,
}

impl PlannedCall {
    /// The call at gas limit `gas`, or its own (also what the contract sees as prepaid gas).
    pub fn at_gas(&self, gas: u64) -> crate::backend::Call {
        let gas = self.gas.unwrap_or(gas);
        crate::backend::Call {
            export: self.export.clone(),
            args: self.args.clone(),
            gas_limit: gas,
            prepaid_gas: gas,
            input: self.input.clone(),
            context: self.context.clone(),
        }
    }
}

/// A generated case.
#[derive(Clone, Debug)]
pub struct GeneratedCase {
    pub wasm: Vec<u8>,
    pub calls: Vec<PlannedCall>,
    /// Which generator made it (its statistics are kept apart).
    pub generator: Generator,
    /// How many of the input's bytes generation read (from the front, and lengths taken from
    /// the end): a change to the input past them gives the same case.
    pub read: usize,
}

impl GeneratedCase {
    /// The case as drawn from an input whose first `choice` bytes chose its generator.
    fn after(self, choice: usize) -> GeneratedCase {
        GeneratedCase {
            read: self.read + choice,
            ..self
        }
    }
}

/// Where cases come from (`--generator`). `All` gives each input to one of the others, chosen
/// by the input's first byte: wasm-smith 4 in 10, host-call sequences 1, the operator sweep 3,
/// wasm-mutate 2 — smith for breadth, the sequences for the host API past its argument checks,
/// the sweep for single-operator and edge-value bugs, mutation for the shapes of real code.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Generator {
    /// wasm-smith under the profile, importing the host API.
    Smith,
    /// wasm-mutate over seed modules (or over smith modules when there are none).
    Mutate,
    /// The operator sweep ([`ops`]).
    Ops,
    #[default]
    All,
    /// Contracts for NEAR's real API (the generator of a NEAR-only matrix; not a choice).
    Near,
    /// NEAR contracts whose methods are well-formed host-call sequences ([`near_calls`]):
    /// a third of a NEAR-only matrix's cases.
    NearCalls,
    /// The same sequences woven into wasm-smith contracts over NEAR's API, or into real
    /// contracts (`--seeds`) ([`weave`]): a third of a NEAR-only matrix's cases.
    NearWoven,
    /// The same sequences over vmdiff's own host model: alone, or woven into wasm-smith
    /// code under the profile.
    Calls,
}

impl Generator {
    pub const CHOICES: [Generator; 5] = [
        Generator::Smith,
        Generator::Mutate,
        Generator::Ops,
        Generator::Calls,
        Generator::All,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Generator::Smith => "smith",
            Generator::Mutate => "mutate",
            Generator::Ops => "ops",
            Generator::All => "all",
            Generator::Near => "near",
            Generator::NearCalls => "near-calls",
            Generator::NearWoven => "near-woven",
            Generator::Calls => "calls",
        }
    }

    /// The generator `All` gives `data` to, and the bytes it gives it.
    fn share(data: &[u8]) -> (Generator, &[u8]) {
        match data.split_first() {
            Some((choice, rest)) => match choice % 10 {
                0..=3 => (Generator::Smith, rest),
                4 => (Generator::Calls, rest),
                5..=7 => (Generator::Ops, rest),
                _ => (Generator::Mutate, rest),
            },
            None => (Generator::Smith, data),
        }
    }
}

impl std::str::FromStr for Generator {
    type Err = String;

    fn from_str(name: &str) -> Result<Generator, String> {
        Generator::CHOICES
            .into_iter()
            .find(|g| g.name() == name)
            .ok_or_else(|| format!("unknown generator `{name}` (smith, mutate, ops, calls or all)"))
    }
}

impl std::fmt::Display for Generator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Turns fuzz input into a case with the chosen generator (`All`: the one the first byte picks).
pub fn generate_with(
    generator: Generator,
    profile: &Profile,
    limits: &GenerationLimits,
    seeds: &Seeds,
    data: &[u8],
) -> arbitrary::Result<GeneratedCase> {
    match generator {
        Generator::Smith => generate(profile, limits, data),
        Generator::Mutate => mutate::generate(profile, limits, seeds, data),
        Generator::Ops => ops::generate(data),
        Generator::Near => match data.split_first() {
            // A third each: wasm-smith code over NEAR's API, host-call sequences, and the
            // sequences woven into code.
            Some((choice, rest)) if choice % 3 == 1 => {
                near_calls::generate(limits, rest).map(|case| case.after(1))
            }
            Some((choice, rest)) if choice % 3 == 2 => {
                generate_near_woven(limits, seeds, rest).map(|case| case.after(1))
            }
            _ => generate_near(limits, data),
        },
        Generator::NearCalls => near_calls::generate(limits, data),
        Generator::NearWoven => generate_near_woven(limits, seeds, data),
        Generator::Calls => match data.split_first() {
            // Half the sequences alone, half woven into wasm-smith code under the profile.
            Some((choice, rest)) if choice % 2 == 1 => {
                generate_host_woven(profile, limits, rest).map(|case| case.after(1))
            }
            _ => near_calls::generate_for_host_model(limits, data),
        },
        Generator::All => {
            let (chosen, rest) = Generator::share(data);
            let choice = data.len() - rest.len();
            generate_with(chosen, profile, limits, seeds, rest).map(|case| case.after(choice))
        }
    }
}

/// A module of imports wasm-smith may choose from: the host API.
pub fn available_imports() -> &'static crate::wasm::ImportsModule {
    static MODULE: std::sync::OnceLock<crate::wasm::ImportsModule> = std::sync::OnceLock::new();
    MODULE.get_or_init(|| {
        crate::wasm::imports_module(
            CONTRACT_API
                .iter()
                .map(|(name, params, results)| (*name, *params, *results)),
        )
    })
}

/// wasm-smith's configuration for the profile. NaN canonicalisation stays off: the engines'
/// own canonicalisation is under test, and real contracts do not canonicalise themselves.
pub fn smith_config(
    profile: &Profile,
    limits: &GenerationLimits,
    reference_types: bool,
) -> wasm_smith::Config {
    let imports = available_imports();
    wasm_smith::Config {
        available_imports: Some(imports.bytes.clone()),
        allow_start_export: false,
        canonicalize_nans: false,
        compact_imports_enabled: false,
        export_everything: true,
        min_types: imports.types + 8, // the host API's types come first; add fresh ones
        max_funcs: limits.max_funcs,
        max_instructions: limits.max_instructions,
        max_imports: CONTRACT_API.len(),
        max_memories: 1,
        max_tables: 1,
        max_memory32_bytes: limits.max_memory_pages * 65_536,
        max_table_elements: 100,
        max_globals: 10,
        max_data_segments: 8,
        max_element_segments: 8,
        max_elements: 20,
        max_nesting_depth: 8,
        bulk_memory_enabled: true,
        reference_types_enabled: reference_types,
        saturating_float_to_int_enabled: true,
        sign_extension_ops_enabled: true,
        multi_value_enabled: profile.multi_value,
        simd_enabled: false,
        relaxed_simd_enabled: false,
        threads_enabled: false,
        tail_call_enabled: false,
        memory64_enabled: false,
        exceptions_enabled: false,
        gc_enabled: false,
        custom_page_sizes_enabled: false,
        wide_arithmetic_enabled: false,
        extended_const_enabled: false,
        ..wasm_smith::Config::default()
    }
}

/// Turns fuzz input into a case. About half of wasm-smith's modules define no function at
/// all; a module with nothing to call tests only preparation, so up to three more modules are
/// drawn from the remaining bytes.
pub fn generate(
    profile: &Profile,
    limits: &GenerationLimits,
    data: &[u8],
) -> arbitrary::Result<GeneratedCase> {
    let mut u = Unstructured::new(data);
    let mut wasm = Vec::new();
    for _ in 0..4 {
        wasm = smith_module(profile, limits, &mut u)?;
        if has_callable_export(&wasm) {
            break;
        }
    }
    let calls = plan_calls(&wasm, limits, &mut u)?;
    Ok(GeneratedCase {
        wasm,
        calls,
        generator: Generator::Smith,
        read: data.len() - u.len(),
    })
}

/// The methods of a generated NEAR contract: exported `() -> ()` functions, as NEAR calls them.
pub const NEAR_METHODS: [&str; 4] = ["main", "get", "set", "callback"];

/// Turns fuzz input into a NEAR case: a contract importing NEAR's real `env` API (the
/// functions linked at the protocol version under test, with their real signatures), with
/// one to four methods, and calls to them with a chain context drawn from the input.
pub fn generate_near(limits: &GenerationLimits, data: &[u8]) -> arbitrary::Result<GeneratedCase> {
    let mut u = Unstructured::new(data);
    let methods = &NEAR_METHODS[..u.int_in_range(1..=NEAR_METHODS.len())?];
    let wasm = near_smith_module(limits, methods, &mut u)?;
    let calls = method_calls(&mut u, methods, limits, true, None)?;
    Ok(GeneratedCase {
        wasm,
        calls,
        generator: Generator::Near,
        read: data.len() - u.len(),
    })
}

/// Where woven sequences keep their blobs: 48 MiB, inside the 64 MiB NEAR gives every
/// contract, above where contracts' own data and heaps usually are.
const WOVEN_BASE: u64 = 768 * 65_536;
/// The full gas of a woven case's calls, in operations (about 3.5 Tgas): enough for a few
/// actions' fees, and a loop of the contract's own code still stops in milliseconds.
const WOVEN_CALL_GAS: u64 = 1 << 22;

/// Turns fuzz input into a NEAR case with host-call sequences woven into a contract's code
/// ([`weave`]): a wasm-smith contract over NEAR's API, or, half the time when there are seeds,
/// a real contract, whose methods are then its exported `() -> ()` functions.
pub fn generate_near_woven(
    limits: &GenerationLimits,
    seeds: &Seeds,
    data: &[u8],
) -> arbitrary::Result<GeneratedCase> {
    let mut u = Unstructured::new(data);
    let (contract, methods): (Vec<u8>, Vec<String>) = if !seeds.is_empty() && u.ratio(1, 2)? {
        let contract = u.choose(seeds.modules())?.clone();
        let methods = exported_functions(&contract)
            .unwrap_or_default()
            .into_iter()
            .filter(|f| f.defined && f.params.is_empty() && f.results.is_empty())
            .map(|f| f.name)
            .collect();
        (contract, methods)
    } else {
        let methods = &NEAR_METHODS[..u.int_in_range(1..=NEAR_METHODS.len())?];
        let contract = near_smith_module(limits, methods, &mut u)?;
        (contract, methods.iter().map(|m| m.to_string()).collect())
    };
    if methods.is_empty() {
        return Err(arbitrary::Error::IncorrectFormat);
    }
    let wasm = weave::weave(&contract, &near_calls::near_target(), WOVEN_BASE, &mut u)
        .map_err(weave_error)?;
    let methods: Vec<&str> = methods.iter().map(String::as_str).collect();
    let calls = method_calls(&mut u, &methods, limits, true, Some(WOVEN_CALL_GAS))?;
    Ok(GeneratedCase {
        wasm,
        calls,
        generator: Generator::NearWoven,
        read: data.len() - u.len(),
    })
}

/// wasm-smith code under the profile with host-call sequences over vmdiff's own host model
/// woven in (their blobs at the start of its memory), and calls to its exports. A woven
/// module the profile refuses (a function or size limit) is not a case.
fn generate_host_woven(
    profile: &Profile,
    limits: &GenerationLimits,
    data: &[u8],
) -> arbitrary::Result<GeneratedCase> {
    let mut u = Unstructured::new(data);
    let contract = smith_module(profile, limits, &mut u)?;
    let wasm = weave::weave(&contract, &near_calls::host_model_target(), 0, &mut u)
        .map_err(weave_error)?;
    if profile.check(&wasm).is_err() {
        return Err(arbitrary::Error::IncorrectFormat);
    }
    let calls = plan_calls(&wasm, limits, &mut u)?;
    Ok(GeneratedCase {
        wasm,
        calls,
        generator: Generator::Calls,
        read: data.len() - u.len(),
    })
}

fn weave_error(e: weave::WeaveError) -> arbitrary::Error {
    match e {
        weave::WeaveError::Input(e) => e,
        weave::WeaveError::Unreadable(_) => arbitrary::Error::IncorrectFormat,
    }
}

/// A wasm-smith contract over NEAR's API exporting `methods` as `() -> ()` functions.
fn near_smith_module(
    limits: &GenerationLimits,
    methods: &[&str],
    u: &mut Unstructured,
) -> arbitrary::Result<Vec<u8>> {
    let api = crate::near_api::enabled();
    let imports =
        crate::near_api::available_imports(u.choose_index(crate::near_api::IMPORT_ORDERS)?);
    let reference_types = near_reference_types();
    let config = wasm_smith::Config {
        available_imports: Some(imports.bytes.clone()),
        exports: Some(methods_module(methods)),
        export_everything: false,
        min_types: imports.types + 8,
        max_imports: api.len(),
        bulk_memory_enabled: reference_types,
        reference_types_enabled: reference_types,
        // NEAR's fixed features (near-vm-runner `features.rs`).
        multi_value_enabled: false,
        // near-vm grows a table without a maximum by allocating it whole: a `table.grow` by
        // 2^31 aborts the process (near-vm-vm 0.37.4 `table.rs` l. 323; findings/README.md).
        // Generated tables declare a maximum, so that the grow fails as the spec says instead.
        table_max_size_required: true,
        ..smith_config(&Profile::default(), limits, reference_types)
    };
    let remaining = u.peek_bytes(u.len()).unwrap_or_default();
    let mut retry = Unstructured::new(remaining);
    let wasm = wasm_smith::Module::new(config.clone(), u)?.to_bytes();
    // NEAR's validator leaves out wasmparser's `gc_types`, so it refuses `externref` (as
    // vmdiff's profile does): such a module's externrefs become funcrefs, or, should that not
    // validate, it is drawn again from the same bytes without reference types.
    if !reference_types || near_features_accept(&wasm) {
        return Ok(wasm);
    }
    if let Some(funcref_only) = externref_as_funcref(&wasm, near_features()) {
        return Ok(funcref_only);
    }
    let config = wasm_smith::Config {
        reference_types_enabled: false,
        ..config
    };
    let wasm = wasm_smith::Module::new(config, &mut retry)?.to_bytes();
    *u = retry;
    Ok(wasm)
}

/// Calls to NEAR-style `() -> ()` methods: one to `max_calls` of them, each with its input
/// bytes, the limited run's permille and (`near_context`) a chain context drawn from `u`, at
/// `gas` or the campaign's.
fn method_calls(
    u: &mut Unstructured,
    methods: &[&str],
    limits: &GenerationLimits,
    near_context: bool,
    gas: Option<u64>,
) -> arbitrary::Result<Vec<PlannedCall>> {
    let count = u.int_in_range(1..=limits.max_calls)?;
    let mut calls = Vec::with_capacity(count);
    for _ in 0..count {
        let export = u.choose(methods)?.to_string();
        let input_len = u.int_in_range(0..=limits.max_input_bytes)?;
        let input = u.bytes(input_len.min(u.len()))?.to_vec();
        let permille = limited_permille(u)?;
        let context = match near_context {
            true => self::near_context(u)?,
            false => Default::default(),
        };
        calls.push(PlannedCall {
            export,
            args: Vec::new(),
            input,
            permille,
            context,
            gas,
        });
    }
    Ok(calls)
}

/// Where a call's limited run stops: mostly anywhere (thousandths of the full gas), and one
/// time in eight at the very end, with exactly the gas the call burns or one unit less. A
/// call's last charge is often a host function's (a sequence's last step, a log or a
/// `value_return` at the end of a method): one unit short, gas runs out inside that host call,
/// where the guest's counter and the host's meet.
fn limited_permille(u: &mut Unstructured) -> arbitrary::Result<u16> {
    if u.ratio(1, 8)? {
        Ok(crate::matrix::EXACT_GAS + u.int_in_range(0..=1)?)
    } else {
        u.int_in_range(0..=999)
    }
}

/// Whether `wasm` validates under NEAR's fixed features (near-vm-runner `features.rs`: no
/// `gc_types`, so no `externref`).
fn near_features_accept(wasm: &[u8]) -> bool {
    wasmparser::Validator::new_with_features(near_features())
        .validate_all(wasm)
        .is_ok()
}

fn near_features() -> wasmparser::WasmFeatures {
    use wasmparser::WasmFeatures as F;
    F::FLOATS
        | F::MUTABLE_GLOBAL
        | F::SIGN_EXTENSION
        | F::SATURATING_FLOAT_TO_INT
        | F::REFERENCE_TYPES
        | F::BULK_MEMORY
}

/// Whether NEAR's runtime accepts reference types and bulk memory at the protocol version
/// under test (protocol 84 turned them on).
fn near_reference_types() -> bool {
    #[cfg(feature = "near")]
    return crate::backend::near::gate_open("reftypes_bulk_memory");
    #[cfg(not(feature = "near"))]
    true
}

/// A module that exports `() -> ()` functions named `methods`: wasm-smith's `exports` template.
fn methods_module(methods: &[&str]) -> Vec<u8> {
    use wasm_encoder::{CodeSection, ExportKind, ExportSection, Function, FunctionSection};
    use wasm_encoder::{Instruction, Module, TypeSection};
    let mut types = TypeSection::new();
    types.ty().function([], []);
    let mut functions = FunctionSection::new();
    let mut exports = ExportSection::new();
    let mut code = CodeSection::new();
    for (index, name) in methods.iter().enumerate() {
        functions.function(0);
        exports.export(name, ExportKind::Func, index as u32);
        let mut body = Function::new([]);
        body.instruction(&Instruction::End);
        code.function(&body);
    }
    let mut module = Module::new();
    module
        .section(&types)
        .section(&functions)
        .section(&exports)
        .section(&code);
    module.finish()
}

/// Account ids a call may come from: named, short, implicit (64 hex digits) and Ethereum
/// implicit (`0x` + 40 hex digits), all valid, so that every context reaches the contract.
const NEAR_ACCOUNTS: [&str; 7] = [
    "alice.near",
    "bob.near",
    "contract.near",
    "a1",
    "system",
    "6d6f6e6b65796d6f6e6b65796d6f6e6b65796d6f6e6b65796d6f6e6b65796d6f",
    "0x6d6f6e6b65796d6f6e6b65796d6f6e6b65796d6f",
];

/// A chain context drawn from the input: who calls with what, when, and with which results
/// of earlier promises (a callback).
fn near_context(u: &mut Unstructured) -> arbitrary::Result<crate::backend::CallContext> {
    let mut context = crate::backend::CallContext::default();
    if u.is_empty() || !bool::arbitrary(u)? {
        return Ok(context);
    }
    context.predecessor = u.choose(&NEAR_ACCOUNTS)?.to_string();
    context.signer = u.choose(&NEAR_ACCOUNTS)?.to_string();
    context.attached_deposit = match u.int_in_range(0..=3)? {
        0 => 0,
        1 => 1,
        2 => 10u128.pow(24),
        _ => u128::arbitrary(u)? % (10u128.pow(24) * 1_000_000),
    };
    context.block_height = u.int_in_range(0..=1u64 << 40)?;
    context.block_timestamp = u64::arbitrary(u)?;
    context.epoch_height = u.int_in_range(0..=100_000)?;
    context.random_seed = u.bytes(32.min(u.len()))?.to_vec();
    for _ in 0..u.int_in_range(0..=2)? {
        context.promise_results.push(if bool::arbitrary(u)? {
            let len = u.int_in_range(0..=16)?;
            Some(u.bytes(len.min(u.len()))?.to_vec())
        } else {
            None
        });
    }
    Ok(context)
}

/// One module from `u`, with reference types: wasm-smith cannot be told to leave out
/// `externref` (out of profile), so a module that uses it has it turned into `funcref`
/// ([`externref_as_funcref`]), or, should that fail, is drawn again from the same bytes
/// without reference types.
pub(crate) fn smith_module(
    profile: &Profile,
    limits: &GenerationLimits,
    u: &mut Unstructured,
) -> arbitrary::Result<Vec<u8>> {
    let remaining = u.peek_bytes(u.len()).unwrap_or_default();
    let mut retry = Unstructured::new(remaining);
    let wasm = wasm_smith::Module::new(smith_config(profile, limits, true), u)?.to_bytes();
    if profile.check(&wasm) != Err(Rejection::Externref) {
        return Ok(wasm);
    }
    if let Some(wasm) = externref_as_funcref(&wasm, profile.features()) {
        return Ok(wasm);
    }
    let wasm =
        wasm_smith::Module::new(smith_config(profile, limits, false), &mut retry)?.to_bytes();
    *u = retry;
    Ok(wasm)
}

/// `wasm` with every `externref` turned into `funcref` (types, tables, globals, locals,
/// `ref.null`, element segments): `None` if it does not re-encode or validate under
/// `features`.
///
/// wasm-smith cannot be told to use reference types without `externref`, which the profile
/// refuses (NEAR validates without `gc_types`). Drawing such a module again without reference
/// types would lose the reference-typed table operators (`table.get/set/grow/fill`) from every
/// generated module. The substitution is uniform and nothing outside GC tells the two apart,
/// so the module stays valid.
pub(crate) fn externref_as_funcref(
    wasm: &[u8],
    features: wasmparser::WasmFeatures,
) -> Option<Vec<u8>> {
    use wasm_encoder::reencode::{Error, Reencode};
    struct ExternAsFunc;
    impl Reencode for ExternAsFunc {
        type Error = std::convert::Infallible;
        fn abstract_heap_type(
            &mut self,
            value: wasmparser::AbstractHeapType,
        ) -> Result<wasm_encoder::AbstractHeapType, Error<Self::Error>> {
            Ok(match value {
                wasmparser::AbstractHeapType::Extern => wasm_encoder::AbstractHeapType::Func,
                other => wasm_encoder::reencode::utils::abstract_heap_type(self, other),
            })
        }
    }
    let mut module = wasm_encoder::Module::new();
    ExternAsFunc
        .parse_core_module(&mut module, wasmparser::Parser::new(0), wasm)
        .ok()?;
    let wasm = module.finish();
    wasmparser::Validator::new_with_features(features)
        .validate_all(&wasm)
        .is_ok()
        .then_some(wasm)
}

fn has_callable_export(wasm: &[u8]) -> bool {
    exported_functions(wasm)
        .unwrap_or_default()
        .iter()
        .any(|f| f.defined && f.numeric_params().is_some())
}

/// Draws calls to exported functions that take only numeric parameters.
pub fn plan_calls(
    wasm: &[u8],
    limits: &GenerationLimits,
    u: &mut Unstructured,
) -> arbitrary::Result<Vec<PlannedCall>> {
    let callable: Vec<(String, Vec<ValType>)> = exported_functions(wasm)
        .unwrap_or_default()
        .into_iter()
        .filter(|f| f.defined) // calling a re-exported host import tests nothing of the guest
        .filter_map(|f| f.numeric_params().map(|p| (f.name, p)))
        .collect();
    if callable.is_empty() {
        return Ok(Vec::new());
    }
    let count = u.int_in_range(1..=limits.max_calls)?;
    let mut calls = Vec::with_capacity(count);
    for _ in 0..count {
        let (export, params) = u.choose(&callable)?;
        let args = params
            .iter()
            .map(|ty| {
                Ok(match ty {
                    ValType::I32 => Value::I32(interesting_i32(u)?),
                    ValType::I64 => Value::I64(i64::arbitrary(u)?),
                    ValType::F32 => Value::F32(u32::arbitrary(u)?),
                    ValType::F64 => Value::F64(u64::arbitrary(u)?),
                })
            })
            .collect::<arbitrary::Result<Vec<_>>>()?;
        let input_len = u.int_in_range(0..=limits.max_input_bytes)?;
        let input = u.bytes(input_len.min(u.len()))?.to_vec();
        let permille = limited_permille(u)?;
        calls.push(PlannedCall {
            export: export.clone(),
            args,
            input,
            permille,
            context: Default::default(),
            gas: None,
        });
    }
    Ok(calls)
}

/// Small values and memory-sized offsets are far likelier to reach interesting code than
/// uniformly random 32-bit integers.
fn interesting_i32(u: &mut Unstructured) -> arbitrary::Result<i32> {
    Ok(match u.int_in_range(0..=3)? {
        0 => u.int_in_range(-2..=16)?,
        1 => u.int_in_range(0..=65_536)?,
        _ => i32::arbitrary(u)?,
    })
}

/// Deterministic case bytes for `check --seed S`: case `index` of seed `seed`.
pub fn case_bytes(seed: u64, index: u64, len: usize) -> Vec<u8> {
    let mut state = seed ^ index.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        // splitmix64: a fixed, well-mixed stream that needs no dependency.
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        out.extend_from_slice(&(z ^ (z >> 31)).to_le_bytes());
    }
    out.truncate(len);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_bytes_same_case() {
        let profile = Profile::default();
        let limits = GenerationLimits::default();
        let data = case_bytes(7, 3, 4096);
        let a = generate(&profile, &limits, &data).unwrap();
        let b = generate(&profile, &limits, &data).unwrap();
        assert_eq!(a.wasm, b.wasm);
        assert_eq!(a.calls, b.calls);
        assert_ne!(case_bytes(7, 3, 64), case_bytes(7, 4, 64));
    }

    #[test]
    fn generated_modules_are_almost_always_in_profile() {
        let profile = Profile::default();
        let limits = GenerationLimits::default();
        let mut rejected = Vec::new();
        for index in 0..200 {
            let case = generate(&profile, &limits, &case_bytes(1, index, 4096)).unwrap();
            if let Err(why) = profile.check(&case.wasm) {
                rejected.push(why);
            }
        }
        assert!(
            rejected.len() <= 2,
            "rejected {} of 200, first: {:?}",
            rejected.len(),
            rejected.first()
        );
    }

    #[test]
    fn externrefs_become_funcrefs_and_the_module_enters_the_profile() {
        let profile = Profile::default();
        let wasm = wat::parse_str(
            r#"(module
                (type (func (param externref) (result externref)))
                (table $t 2 4 externref)
                (global $g (mut externref) (ref.null extern))
                (elem (table $t) (i32.const 0) externref (ref.null extern))
                (func (export "f") (param i32) (result i32) (local externref)
                    (local.set 1 (table.get $t (local.get 0)))
                    (table.set $t (i32.const 1) (global.get $g))
                    (drop (table.grow $t (local.get 1) (i32.const 1)))
                    (table.fill $t (i32.const 0) (ref.null extern) (i32.const 1))
                    (ref.is_null (select (result externref) (local.get 1) (global.get $g) (local.get 0)))))"#,
        )
        .unwrap();
        assert_eq!(profile.check(&wasm), Err(Rejection::Externref));
        let rewritten = externref_as_funcref(&wasm, profile.features()).expect("re-encodes");
        assert_eq!(profile.check(&rewritten), Ok(()));
        let text = wasmprinter::print_bytes(&rewritten).unwrap();
        assert!(!text.contains("extern"), "{text}");
        assert!(
            text.contains("table.grow") && text.contains("funcref"),
            "{text}"
        );
    }

    #[test]
    fn host_model_sequences_woven_into_smith_code_stay_in_the_profile() {
        let profile = Profile::default();
        let limits = GenerationLimits::default();
        let (mut made, mut importing) = (0, 0);
        for index in 0..200 {
            let Ok(case) = generate_host_woven(&profile, &limits, &case_bytes(31, index, 4096))
            else {
                continue;
            };
            made += 1;
            assert_eq!(profile.check(&case.wasm), Ok(()), "case {index}");
            let text = wasmprinter::print_bytes(&case.wasm).unwrap();
            importing += usize::from(text.matches("(import \"env\"").count() > 1);
        }
        assert!(made >= 150, "{made} of 200 woven");
        assert!(
            importing == made,
            "{importing} of {made} import the host model"
        );
    }

    #[test]
    fn generated_modules_reach_the_reference_typed_table_operators() {
        let profile = Profile::default();
        let limits = GenerationLimits::default();
        let mut seen = std::collections::BTreeSet::new();
        for index in 0..4000 {
            if seen.len() == 5 {
                break;
            }
            let case = generate(&profile, &limits, &case_bytes(9, index, 4096)).unwrap();
            let text = wasmprinter::print_bytes(&case.wasm).unwrap_or_default();
            for op in [
                "table.get",
                "table.set",
                "table.grow",
                "table.fill",
                "table.size",
            ] {
                if text.contains(op) {
                    seen.insert(op);
                }
            }
        }
        assert_eq!(seen.len(), 5, "only {seen:?}");
    }

    /// wasm-smith's NEAR contracts import from the whole API, not only its first functions:
    /// storage, logs and promises sit past the first two dozen.
    #[test]
    fn wasm_smith_contracts_import_from_the_whole_near_api() {
        let limits = GenerationLimits::default();
        let mut imported = std::collections::BTreeSet::new();
        for index in 0..300 {
            let Ok(case) = generate_near(&limits, &case_bytes(41, index, 4096)) else {
                continue;
            };
            for payload in wasmparser::Parser::new(0).parse_all(&case.wasm) {
                if let Ok(wasmparser::Payload::ImportSection(reader)) = payload {
                    for import in reader.into_imports() {
                        imported.insert(import.unwrap().name.to_string());
                    }
                }
            }
        }
        let api = crate::near_api::enabled();
        let missing: Vec<&str> = api
            .iter()
            .map(|f| f.name)
            .filter(|name| !imported.contains(*name))
            .collect();
        assert!(
            missing.len() * 10 < api.len(),
            "{} of {} never imported: {missing:?}",
            missing.len(),
            api.len()
        );
        for name in ["storage_write", "log_utf8", "promise_batch_create"] {
            assert!(imported.contains(name), "{name} never imported");
        }
    }
}
