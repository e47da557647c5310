//! `vmdiff bench DIR`: on real contracts, how much faster is wasmtime's code, how much slower
//! its compilation, and what does each gas scheme cost? Measured as ratios in one run: the
//! configs are interleaved within each repetition (so machine noise hits all alike) and the
//! median of the repetitions is kept.

use crate::backend::{self, BackendName, Call};
use crate::cost::CostTable;
use crate::outcome::Value;
use crate::prepare;
use crate::profile::Profile;
use crate::scheme::{self, SchemeName};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

/// Medians of one config over every accepted contract.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ConfigBench {
    pub backend: String,
    pub scheme: String,
    /// Prepared bytes compiled.
    pub bytes: u64,
    /// Sum over contracts of the median compile time.
    pub compile_seconds: f64,
    /// Sum over calls of the median time of one call (instantiation included).
    pub call_seconds: f64,
    /// Sum over contracts of the median time to instantiate (fresh store, host state and
    /// instance; no guest code run), measured as a call to an export that does not exist.
    pub instantiate_seconds: f64,
    /// Contracts instantiated (each call instantiates once, so execution time is
    /// `call_seconds - calls/contracts x instantiate_seconds`, see [`Self::execute_seconds`]).
    pub contracts: u64,
    pub calls: u64,
    /// Gas summed over calls.
    pub gas: u64,
}

impl ConfigBench {
    pub fn compile_bytes_per_ms(&self) -> f64 {
        self.bytes as f64 / (self.compile_seconds * 1e3).max(1e-9)
    }

    /// Time in guest code and host calls: call time less one instantiation per call.
    pub fn execute_seconds(&self) -> f64 {
        let per_instance = self.instantiate_seconds / (self.contracts.max(1) as f64);
        (self.call_seconds - per_instance * self.calls as f64).max(0.0)
    }
}

/// The export a bench call names to measure instantiation alone: no module exports it (a
/// name with a NUL byte cannot come from a contract toolchain).
const NO_SUCH_EXPORT: &str = "\0vmdiff-instantiate-only";

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}

/// Runs the benchmark over every `.wasm` and `.wat` in `dir` on `backends` × (`schemes` +
/// unmetered).
pub fn run(
    dir: &Path,
    backends: &[BackendName],
    schemes: &[SchemeName],
    repeats: usize,
    gas: u64,
) -> std::io::Result<Vec<ConfigBench>> {
    let profile = Profile::default();
    let costs = CostTable::default();
    let mut all_schemes = schemes.to_vec();
    all_schemes.push(SchemeName::Unmetered);
    // NEAR's runtimes bring their own scheme (as in the matrix).
    if backends.iter().any(|b| b.is_near()) {
        all_schemes.push(SchemeName::Near);
    }
    let scheme_impls: Vec<_> = all_schemes.iter().map(|s| scheme::build(*s)).collect();
    let engines: Vec<_> = backends.iter().map(|b| backend::build(*b)).collect();
    let mut results: BTreeMap<(usize, usize), ConfigBench> = BTreeMap::new();
    let mut files = crate::fs::files_with_extension(dir, "wasm")?;
    files.extend(crate::fs::files_with_extension(dir, "wat")?);
    for file in files {
        let bytes = std::fs::read(&file)?;
        let Ok(wasm) = wat::parse_bytes(&bytes) else {
            continue;
        };
        let wasm = wasm.into_owned();
        let refs: Vec<&dyn scheme::GasScheme> = scheme_impls.iter().map(|s| s.as_ref()).collect();
        let Ok(prepared) = prepare::prepare(&profile, &costs, &wasm, &refs) else {
            continue;
        };
        let calls: Vec<Call> = prepared
            .exports
            .iter()
            .filter_map(|f| f.numeric_params().map(|p| (f, p)))
            .map(|(f, params)| Call {
                export: f.name.clone(),
                args: params.iter().map(|t| Value::zero(*t)).collect(),
                gas_limit: gas,
                prepaid_gas: gas,
                input: Vec::new(),
                context: Default::default(),
            })
            .collect();
        // Un-metered runs are only safe for calls that end before any limit: probe them first.
        let Ok((probe, _)) = engines[0].compile(
            prepared
                .for_scheme(scheme_impls[0].name())
                .expect("prepared"),
            scheme_impls[0].as_ref(),
            &costs,
        ) else {
            continue;
        };
        let calls: Vec<Call> = calls
            .into_iter()
            .filter(|call| {
                use crate::outcome::TrapKind::*;
                let outcome = probe.call(call, profile.max_stack_height);
                !matches!(
                    outcome.result.trap(),
                    Some(GasExhausted | StackExhausted | NativeStackOverflow)
                )
            })
            .collect();
        // samples[(backend, scheme)] = (compile times, per-call times)
        let mut compile: BTreeMap<(usize, usize), Vec<Duration>> = BTreeMap::new();
        let mut per_call: BTreeMap<(usize, usize, usize), Vec<Duration>> = BTreeMap::new();
        let mut instantiate: BTreeMap<(usize, usize), Vec<Duration>> = BTreeMap::new();
        let instantiate_only = Call {
            export: NO_SUCH_EXPORT.into(),
            args: Vec::new(),
            gas_limit: gas,
            prepaid_gas: gas,
            input: Vec::new(),
            context: Default::default(),
        };
        let mut gas_used: BTreeMap<(usize, usize), u64> = BTreeMap::new();
        for round in 0..repeats.max(1) {
            for (b, engine) in engines.iter().enumerate() {
                for (s, scheme) in scheme_impls.iter().enumerate() {
                    if !engine.name().runs(scheme.name()) {
                        continue;
                    }
                    let bytes = prepared
                        .for_scheme(scheme.name())
                        .expect("prepared for every scheme");
                    let Ok((module, time)) = engine.compile(bytes, scheme.as_ref(), &costs) else {
                        continue;
                    };
                    compile.entry((b, s)).or_default().push(time);
                    let start = Instant::now();
                    let outcome = module.call(&instantiate_only, profile.max_stack_height);
                    let elapsed = start.elapsed();
                    // Only a lookup failure proves the instance was created.
                    if matches!(&outcome.result.trap(), Some(crate::outcome::TrapKind::Unclassified(m)) if m.contains("no exported function"))
                    {
                        instantiate.entry((b, s)).or_default().push(elapsed);
                    }
                    for (c, call) in calls.iter().enumerate() {
                        let call = &near_gas(call, scheme.name());
                        let start = Instant::now();
                        let outcome = module.call(call, profile.max_stack_height);
                        per_call.entry((b, s, c)).or_default().push(start.elapsed());
                        if round == 0 {
                            *gas_used.entry((b, s)).or_default() += outcome.gas_used;
                        }
                    }
                    let entry = results.entry((b, s)).or_insert_with(|| ConfigBench {
                        backend: engine.name().to_string(),
                        scheme: scheme.name().to_string(),
                        ..ConfigBench::default()
                    });
                    if round == 0 {
                        entry.bytes += bytes.len() as u64;
                        entry.calls += calls.len() as u64;
                        entry.contracts += 1;
                    }
                }
            }
        }
        for ((b, s), samples) in compile {
            let entry = results.get_mut(&(b, s)).expect("created with the samples");
            entry.compile_seconds += median(samples).as_secs_f64();
            entry.gas += gas_used.get(&(b, s)).copied().unwrap_or(0);
        }
        for ((b, s), samples) in instantiate {
            results
                .get_mut(&(b, s))
                .expect("created with the samples")
                .instantiate_seconds += median(samples).as_secs_f64();
        }
        for ((b, s, _), samples) in per_call {
            results
                .get_mut(&(b, s))
                .expect("created with the samples")
                .call_seconds += median(samples).as_secs_f64();
        }
    }
    Ok(results.into_values().collect())
}

/// A bench call as a `near` config runs it: its gas in NEAR's units (as the matrix does).
fn near_gas(call: &Call, scheme: SchemeName) -> Call {
    match scheme {
        #[cfg(feature = "near")]
        SchemeName::Near => {
            let gas = crate::backend::near::gas_for_operations(call.gas_limit);
            Call {
                gas_limit: gas,
                prepaid_gas: gas,
                ..call.clone()
            }
        }
        _ => call.clone(),
    }
}

/// `a / b` as a speed-up, or why it cannot be given: execution times under a tenth of a
/// millisecond in total (calls that stop at once) are instantiation noise, not code speed.
fn ratio(a: f64, b: f64) -> String {
    const RESOLUTION: f64 = 1e-4;
    if a < RESOLUTION || b < RESOLUTION {
        "n/a (below resolution)".to_string()
    } else {
        format!("{:.2}x", a / b)
    }
}

/// The table and the headline ratios.
pub fn table(results: &[ConfigBench]) -> String {
    use std::fmt::Write;
    let mut out = format!(
        "{:<16} {:<10} {:>13} {:>15} {:>13} {:>13} {:>7} {:>13}\n",
        "backend",
        "scheme",
        "compile KB/ms",
        "instantiate ms",
        "call ms (sum)",
        "exec ms (sum)",
        "calls",
        "gas"
    );
    for r in results {
        let _ = writeln!(
            out,
            "{:<16} {:<10} {:>13.1} {:>15.3} {:>13.3} {:>13.3} {:>7} {:>13}",
            r.backend,
            r.scheme,
            r.compile_bytes_per_ms() / 1024.0,
            r.instantiate_seconds * 1e3 / r.contracts.max(1) as f64,
            r.call_seconds * 1e3,
            r.execute_seconds() * 1e3,
            r.calls,
            r.gas
        );
    }
    let find = |b: &str, s: &str| results.iter().find(|r| r.backend == b && r.scheme == s);
    // Each backend against the first one given (singlepass by default), under `global`.
    let under_global: Vec<&ConfigBench> = results.iter().filter(|r| r.scheme == "global").collect();
    if let Some((base, others)) = under_global.split_first() {
        for r in others {
            {
                let _ = writeln!(
                    out,
                    "{} vs {} (global): compile {:.2}x slower, instantiate {} faster, execute {} faster, whole call {} faster",
                    r.backend,
                    base.backend,
                    base.compile_bytes_per_ms() / r.compile_bytes_per_ms(),
                    ratio(base.instantiate_seconds, r.instantiate_seconds),
                    ratio(base.execute_seconds(), r.execute_seconds()),
                    ratio(base.call_seconds, r.call_seconds)
                );
            }
        }
    }
    let backends: Vec<&str> = {
        let mut b: Vec<&str> = results.iter().map(|r| r.backend.as_str()).collect();
        b.dedup();
        b
    };
    for b in backends {
        if let Some(plain) = find(b, "unmetered") {
            for s in ["host", "global", "fuel"] {
                if let Some(r) = find(b, s) {
                    let _ = writeln!(
                        out,
                        "{b}: {s} costs {} the un-metered execution time ({} the whole call)",
                        ratio(r.execute_seconds(), plain.execute_seconds()),
                        ratio(r.call_seconds, plain.call_seconds)
                    );
                }
            }
        }
    }
    out
}
