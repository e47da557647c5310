//! The matrix: every (backend, scheme) config a run uses, and the machinery that takes one
//! module through all of them — prepare once, compile per config, call per config, compare.

use crate::backend::{self, Backend, BackendName, Call, CompiledModule, EngineProfile};
use crate::config::Config;
use crate::cost::CostTable;
use crate::oracle::{self, Comparison};
use crate::outcome::{Outcome, TrapKind};
use crate::prepare::{self, PrepareError, PreparedModule};
use crate::profile::Profile;
use crate::scheme::{self, GasScheme, SchemeName};
use serde::Serialize;
use std::time::{Duration, Instant};

/// The default backends: NEAR's production pair (Winch on x86_64, Cranelift without
/// optimisation elsewhere) against the legacy singlepass; optimising Cranelift is in `all`.
pub const DEFAULT_BACKENDS: &str = "singlepass,winch,cranelift-none";
pub const DEFAULT_SCHEMES: &str = "host,global,fuel";

/// Parses `--backends`: names (`winch@45+near`: a version, an engine profile) and groups
/// (`all`: vmdiff's four engines; `near`: NEAR's pair; `upgrade`: Winch and Cranelift without
/// optimisation at NEAR's wasmtime 45 and at 48), mixed freely, duplicates dropped. A group
/// takes a profile too: `upgrade+near`.
pub fn parse_backends(text: &str) -> Result<Vec<BackendName>, String> {
    let mut out: Vec<BackendName> = Vec::new();
    for item in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let (group, profile) = item.split_once('+').unwrap_or((item, ""));
        let members = BackendName::group(group);
        let names = if members.is_empty() {
            vec![item.parse()?]
        } else if profile.is_empty() {
            members
        } else {
            members
                .into_iter()
                .map(|b| format!("{}+{profile}", b.info().name).parse())
                .collect::<Result<_, _>>()?
        };
        if group == "near" && !cfg!(feature = "near") {
            return Err("`near` needs vmdiff built with its `near` feature (on by default)".into());
        }
        for name in names {
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    if out.is_empty() {
        return Err("the list of backends is empty".into());
    }
    Ok(out)
}

/// `--engine-profile`: the backends `text` names, each with engine profile `profile` where it
/// can run it (as if `+near` followed its name); an error if none can.
pub fn with_engine_profile(text: &str, profile_name: &str) -> Result<String, String> {
    let profile: EngineProfile = profile_name.parse()?;
    let backends = parse_backends(text)?;
    let with: Vec<BackendName> = backends
        .iter()
        .map(|b| match b.profile() {
            EngineProfile::Vmdiff => b.with_profile(profile).unwrap_or(*b),
            _ => *b,
        })
        .collect();
    if profile != EngineProfile::Vmdiff && with.iter().all(|b| b.profile() != profile) {
        return Err(format!(
            "no backend of `{text}` has the engine profile `{profile_name}`"
        ));
    }
    Ok(with
        .iter()
        .map(|b| b.to_string())
        .collect::<Vec<_>>()
        .join(","))
}

/// Parses a comma-separated list (`all` means every known name).
pub fn parse_list<T: std::str::FromStr<Err = String> + Copy>(
    text: &str,
    all: &[T],
) -> Result<Vec<T>, String> {
    if text.trim() == "all" {
        return Ok(all.to_vec());
    }
    let mut out: Vec<T> = Vec::new();
    for item in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        out.push(item.parse()?);
    }
    if out.is_empty() {
        return Err("the list is empty".into());
    }
    Ok(out)
}

pub struct Matrix {
    pub profile: Profile,
    pub costs: CostTable,
    backends: Vec<Box<dyn Backend>>,
    schemes: Vec<Box<dyn GasScheme>>,
}

/// A module compiled for every config.
pub struct CompiledCase {
    pub configs: Vec<Config>,
    modules: Vec<Result<Box<dyn CompiledModule>, String>>,
    pub compile_times: Vec<Duration>,
}

impl CompiledCase {
    /// The module of the config at `index` (matrix order), or its compile error.
    pub fn module(&self, index: usize) -> Result<&dyn CompiledModule, &str> {
        match &self.modules[index] {
            Ok(module) => Ok(module.as_ref()),
            Err(e) => Err(e),
        }
    }

    /// Compile errors by config (a profile-accepted module that a backend cannot compile).
    pub fn compile_errors(&self) -> Vec<(Config, &str)> {
        self.configs
            .iter()
            .zip(&self.modules)
            .filter_map(|(c, m)| m.as_ref().err().map(|e| (*c, e.as_str())))
            .collect()
    }
}

/// One call through the matrix and what the oracle made of it.
#[derive(Clone, Debug, Serialize)]
pub struct CallReport {
    pub export: String,
    pub args: Vec<crate::outcome::Value>,
    /// The gas limit each config ran with.
    pub limits: Vec<u64>,
    pub outcomes: Vec<(Config, Outcome)>,
    pub comparison: Comparison,
    #[serde(skip)]
    pub exec_times: Vec<Duration>,
}

impl Matrix {
    /// The matrix that `--backends` and `--schemes` name (the command line's options, the fuzz
    /// targets' `VMDIFF_BACKENDS` / `VMDIFF_SCHEMES`), with the default profile and cost table.
    /// An error says which list is wrong, or that no backend runs any scheme given.
    pub fn from_names(backends: &str, schemes: &str) -> Result<Matrix, String> {
        let backends = parse_backends(backends)?;
        let schemes = parse_list(schemes, &SchemeName::ALL)?;
        let matrix = Matrix::new(
            &backends,
            &schemes,
            Profile::default(),
            CostTable::default(),
        );
        if matrix.configs().is_empty() {
            return Err(
                "no backend runs any of the schemes given (`near` belongs to NEAR's runtimes)"
                    .into(),
            );
        }
        Ok(matrix)
    }

    pub fn new(
        backends: &[BackendName],
        schemes: &[SchemeName],
        profile: Profile,
        costs: CostTable,
    ) -> Matrix {
        let backends = backends.iter().map(|b| backend::build(*b)).collect();
        Matrix::with_backends(backends, schemes, profile, costs)
    }

    /// A matrix over given backend instances (tests plant differences through wrappers).
    pub fn with_backends(
        backends: Vec<Box<dyn Backend>>,
        schemes: &[SchemeName],
        profile: Profile,
        costs: CostTable,
    ) -> Matrix {
        let mut schemes = schemes.to_vec();
        // NEAR's runtimes bring their scheme with them.
        if backends.iter().any(|b| b.name().is_near()) && !schemes.contains(&SchemeName::Near) {
            schemes.push(SchemeName::Near);
        }
        // ... and nothing else runs it.
        if backends.iter().all(|b| b.name().is_near()) {
            schemes.retain(|s| *s == SchemeName::Near);
        }
        Matrix {
            profile,
            costs,
            backends,
            schemes: schemes.iter().map(|s| scheme::build(*s)).collect(),
        }
    }

    /// Says what a run compares: empty when every config has a partner the policy compares it
    /// with; otherwise the lines to print (never a silent skip).
    pub fn coverage_notes(&self) -> Vec<String> {
        let configs = self.configs();
        let mut notes = Vec::new();
        for backend in &self.backends {
            if !configs.iter().any(|c| c.backend == backend.name()) {
                notes.push(format!(
                    "{} runs none of the schemes given (it runs {}): left out",
                    backend.name(),
                    if backend.name().is_near() {
                        "`near` only"
                    } else {
                        "host, global, fuel"
                    }
                ));
            }
        }
        let near = configs.iter().any(|c| c.scheme == SchemeName::Near);
        if near && configs.iter().any(|c| c.scheme != SchemeName::Near) {
            notes.push(
                "NEAR's runtimes and vmdiff's engines in one run: each group is compared within \
                 itself; across them only acceptance is compared (a module vmdiff's profile \
                 accepts and NEAR refuses is counted in the statistics' rejections), not \
                 outcomes (different gas, different host API); cases come from vmdiff's \
                 generator, on which NEAR's pair mostly ends in link errors: run `--backends \
                 near` alone to fuzz NEAR"
                    .to_string(),
            );
        }
        notes
    }

    /// The (backend, scheme) pairs of the matrix, by backend, then by scheme: NEAR's runtimes
    /// run the `near` scheme and only it; vmdiff's engines run every other scheme given.
    pub(crate) fn pairs(&self) -> impl Iterator<Item = (&dyn Backend, &dyn GasScheme)> {
        self.backends.iter().flat_map(move |b| {
            self.schemes
                .iter()
                .filter(move |s| b.name().runs(s.name()))
                .map(move |s| (b.as_ref(), s.as_ref()))
        })
    }

    /// Configs in matrix order: by backend, then by scheme.
    pub fn configs(&self) -> Vec<Config> {
        self.pairs()
            .map(|(b, s)| Config {
                backend: b.name(),
                scheme: s.name(),
            })
            .collect()
    }

    /// Whether every config is one of NEAR's runtimes: cases are then generated for NEAR's
    /// host API (vmdiff's host API otherwise).
    pub fn is_near_only(&self) -> bool {
        self.backends.iter().all(|b| b.name().is_near())
    }

    /// The generous limit of a config's first run: `full_limit` in vmdiff's gas units, where
    /// one unit is about one operator; under `near`, as many of NEAR's regular operations
    /// (NEAR's fees are in its own gas units), at most NEAR's most burnable gas per call.
    pub fn full_limit(&self, config: &Config, full_limit: u64) -> u64 {
        match config.scheme {
            #[cfg(feature = "near")]
            SchemeName::Near => backend::near::gas_for_operations(full_limit),
            _ => full_limit,
        }
    }

    pub fn scheme_names(&self) -> Vec<SchemeName> {
        self.schemes.iter().map(|s| s.name()).collect()
    }

    pub fn prepare(&self, wasm: &[u8]) -> Result<PreparedModule, PrepareError> {
        let schemes: Vec<&dyn GasScheme> = self.schemes.iter().map(|s| s.as_ref()).collect();
        prepare::prepare(&self.profile, &self.costs, wasm, &schemes)
    }

    pub fn compile(&self, prepared: &PreparedModule) -> CompiledCase {
        let mut case = CompiledCase {
            configs: Vec::new(),
            modules: Vec::new(),
            compile_times: Vec::new(),
        };
        for (backend, scheme) in self.pairs() {
            let compiled = self.compile_config(backend, scheme, prepared);
            case.configs.push(Config {
                backend: backend.name(),
                scheme: scheme.name(),
            });
            match compiled {
                Ok((module, time)) => {
                    case.modules.push(Ok(module));
                    case.compile_times.push(time);
                }
                Err(e) => {
                    case.modules.push(Err(e.message));
                    case.compile_times.push(Duration::ZERO);
                }
            }
        }
        case
    }

    /// One config's compile of `prepared` on `backend`, as every compile of the matrix is
    /// made (in a test build, with the active planted bug).
    pub(crate) fn compile_config(
        &self,
        backend: &dyn Backend,
        scheme: &dyn GasScheme,
        prepared: &PreparedModule,
    ) -> Result<(Box<dyn CompiledModule>, Duration), backend::CompileError> {
        let bytes = prepared
            .for_scheme(scheme.name())
            .expect("prepared for every scheme of the matrix");
        #[cfg(feature = "planted-divergence")]
        let planted = crate::plant::apply(backend.name(), scheme.name(), bytes);
        #[cfg(feature = "planted-divergence")]
        let bytes = &planted[..];
        backend.compile(bytes, scheme, &self.costs)
    }

    /// Runs `call` on every config, each with its own gas limit, and compares.
    pub fn call(&self, compiled: &CompiledCase, call: &Call, limits: &[u64]) -> CallReport {
        self.call_after(compiled, &[], call, limits)
    }

    /// Runs `setup` and then `call` on one instance per config (storage, registers and memory
    /// carry over, as in [`CompiledModule::run`]), and compares `call`'s outcomes only. Each
    /// setup call runs at its config's full limit for its own `gas_limit` ([`Self::full_limit`]);
    /// `call` at `limits`. Empty `setup`: a fresh instance, like a contract call.
    pub fn call_after(
        &self,
        compiled: &CompiledCase,
        setup: &[Call],
        call: &Call,
        limits: &[u64],
    ) -> CallReport {
        let mut outcomes = Vec::with_capacity(compiled.configs.len());
        let mut exec_times = Vec::with_capacity(compiled.configs.len());
        for ((config, module), limit) in compiled.configs.iter().zip(&compiled.modules).zip(limits)
        {
            let start = Instant::now();
            let outcome = match module {
                Ok(module) => self.run_after(config, module.as_ref(), setup, call, *limit),
                Err(_) => Outcome::trap(TrapKind::CompileFailed, 0, Vec::new()),
            };
            exec_times.push(start.elapsed());
            outcomes.push((*config, outcome));
        }
        let comparison = oracle::compare(&outcomes, limits);
        CallReport {
            export: call.export.clone(),
            args: call.args.clone(),
            limits: limits.to_vec(),
            outcomes,
            comparison,
            exec_times,
        }
    }

    /// `call`'s outcome on `config`'s `module` at `limit`, after `setup` on the same instance
    /// (each setup call at the config's full limit for its own `gas_limit`).
    pub fn run_after(
        &self,
        config: &Config,
        module: &dyn CompiledModule,
        setup: &[Call],
        call: &Call,
        limit: u64,
    ) -> Outcome {
        let mut calls: Vec<Call> = setup
            .iter()
            .map(|s| Call {
                gas_limit: self.full_limit(config, s.gas_limit),
                ..s.clone()
            })
            .collect();
        calls.push(Call {
            gas_limit: limit,
            ..call.clone()
        });
        module
            .run(&calls, self.profile.max_stack_height)
            .pop()
            .expect("one outcome per call")
    }

    /// The matrix's backend called `name`.
    pub fn backend(&self, name: BackendName) -> Option<&dyn Backend> {
        self.backends
            .iter()
            .find(|b| b.name() == name)
            .map(|b| b.as_ref())
    }

    /// The matrix's gas scheme called `name`.
    pub fn scheme(&self, name: SchemeName) -> Option<&dyn GasScheme> {
        self.schemes
            .iter()
            .find(|s| s.name() == name)
            .map(|s| s.as_ref())
    }

    /// Runs `calls` in order on one instance per config (a spec script's actions); the
    /// outcomes are indexed by call, then by config.
    pub fn run_sequence(
        &self,
        compiled: &CompiledCase,
        calls: &[Call],
    ) -> Vec<Vec<(Config, Outcome)>> {
        let mut per_config = Vec::with_capacity(compiled.configs.len());
        for module in &compiled.modules {
            per_config.push(match module {
                Ok(module) => module.run(calls, self.profile.max_stack_height),
                Err(_) => calls
                    .iter()
                    .map(|_| Outcome::trap(TrapKind::CompileFailed, 0, Vec::new()))
                    .collect(),
            });
        }
        (0..calls.len())
            .map(|i| {
                compiled
                    .configs
                    .iter()
                    .zip(&per_config)
                    .map(|(c, o)| (*c, o[i].clone()))
                    .collect()
            })
            .collect()
    }

    /// DESIGN.md's call plan: first at `full_limit`, which measures the full gas `g` of each
    /// metering mechanism; then, when `permille` is given, at [`limited_gas`]`(g, permille)`,
    /// so that out-of-gas happens at an arbitrary point of each mechanism's own count.
    /// `setup` runs before each run of `call` on the same instance ([`Self::call_after`]).
    pub fn call_with_plan(
        &self,
        compiled: &CompiledCase,
        setup: &[Call],
        call: &Call,
        full_limit: u64,
        permille: Option<u16>,
    ) -> Vec<CallReport> {
        let full_limits: Vec<u64> = compiled
            .configs
            .iter()
            .map(|c| self.full_limit(c, full_limit))
            .collect();
        let full = self.call_after(compiled, setup, call, &full_limits);
        let Some(permille) = permille else {
            return vec![full];
        };
        // Each config's limit comes from the full gas of the first config with the same
        // metering mechanism: configs that must agree on gas also run at the same limit.
        let limits: Vec<u64> = full
            .outcomes
            .iter()
            .map(|(config, _)| {
                let (_, head) = full
                    .outcomes
                    .iter()
                    .find(|(c, _)| c.scheme == config.scheme && c.mechanism() == config.mechanism())
                    .expect("a config is its own mechanism's head at worst");
                limited_gas(head.gas_used, permille)
            })
            .collect();
        let limited = self.call_after(compiled, setup, call, &limits);
        vec![full, limited]
    }
}

/// A planned call's `permille` meaning exactly the full gas (and `EXACT_GAS + 1`, one unit
/// less).
pub const EXACT_GAS: u16 = 1000;

/// The limited run's gas limit for a call whose full run burnt `full`: `full · permille / 1000`
/// for a permille below 1000, `full` for [`EXACT_GAS`] (the call must end as its full run did)
/// and `full - 1` above it (the last charge fails).
pub fn limited_gas(full: u64, permille: u16) -> u64 {
    match permille {
        0..EXACT_GAS => (u128::from(full) * u128::from(permille) / 1000) as u64,
        EXACT_GAS => full,
        _ => full.saturating_sub(1),
    }
}

/// Runs `f` on a thread whose native stack is far larger than any instrumented guest can use
/// (wasmtime runs guest code on the calling thread's stack).
pub fn on_wasm_thread<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
    std::thread::Builder::new()
        .name("vmdiff-wasm".into())
        .stack_size(backend::NATIVE_WASM_STACK + (32 << 20))
        .spawn(f)
        .expect("spawning the wasm thread")
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limited_run_stops_inside_the_call_or_exactly_at_its_end() {
        assert_eq!(limited_gas(2_000, 0), 0);
        assert_eq!(limited_gas(2_000, 999), 1_998);
        assert_eq!(
            limited_gas(u64::MAX, 999),
            (u128::from(u64::MAX) * 999 / 1000) as u64
        );
        assert_eq!(limited_gas(2_000, EXACT_GAS), 2_000);
        assert_eq!(limited_gas(2_000, EXACT_GAS + 1), 1_999);
        assert_eq!(limited_gas(0, EXACT_GAS + 1), 0);
    }
}
