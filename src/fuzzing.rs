//! Glue for the cargo-fuzz targets in `fuzz/`: each target is a few lines calling these.
//!
//! Environment (read once per process): `VMDIFF_BACKENDS`, `VMDIFF_SCHEMES` (as `--backends`
//! / `--schemes`), `VMDIFF_CRASHES` (default `crashes`), `VMDIFF_STATS_DIR` (statistics are
//! flushed there every 10 s, one file per process, so `-fork`/`-jobs` children never collide),
//! `VMDIFF_STRICT=1` (known divergences crash too), `VMDIFF_GENERATOR` (as `--generator`,
//! default `all`) and `VMDIFF_SEEDS` (as `--seeds`: wasm-mutate's seed modules).

use crate::artefact::ArtefactDir;
use crate::backend::BackendName;
use crate::campaign::matrix_names;
use crate::case::{self, CaseOptions, CaseResult};
use crate::cost::CostTable;
use crate::generate::{self, GenerationLimits};
use crate::matrix::{self, Matrix};
use crate::outcome::Outcome;
use crate::prepare::PrepareError;
use crate::profile::Profile;
use crate::scheme::SchemeName;
use crate::stats::Stats;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

/// AddressSanitizer's default options, compiled into every fuzz target so that `cargo fuzz
/// run`, the nightly script and ClusterFuzzLite all get them (`ASAN_OPTIONS` still overrides).
/// Use-after-return detection gives each thread a fake stack sized from its real one, and each
/// case runs on a fresh thread with a large native stack: 40 seed inputs reached 9 GB of RSS.
pub const ASAN_DEFAULT_OPTIONS: &std::ffi::CStr = c"detect_stack_use_after_return=0";

/// Defines `__asan_default_options` in a fuzz target built with its `asan` feature (a symbol
/// in the binary itself: the linker would not pull it out of a library).
#[macro_export]
macro_rules! asan_default_options {
    () => {
        #[cfg(feature = "asan")]
        #[unsafe(no_mangle)]
        pub extern "C" fn __asan_default_options() -> *const ::std::ffi::c_char {
            $crate::fuzzing::ASAN_DEFAULT_OPTIONS.as_ptr()
        }
    };
}

fn env_list<T: std::str::FromStr<Err = String> + Copy>(
    key: &str,
    default: &str,
    all: &[T],
) -> Vec<T> {
    let text = std::env::var(key).unwrap_or_else(|_| default.to_string());
    matrix::parse_list(&text, all).unwrap_or_else(|e| panic!("{key}: {e}"))
}

fn diff_matrix() -> &'static Matrix {
    static MATRIX: OnceLock<Matrix> = OnceLock::new();
    MATRIX.get_or_init(|| {
        let backends =
            std::env::var("VMDIFF_BACKENDS").unwrap_or_else(|_| matrix::DEFAULT_BACKENDS.into());
        let schemes =
            std::env::var("VMDIFF_SCHEMES").unwrap_or_else(|_| matrix::DEFAULT_SCHEMES.into());
        Matrix::from_names(&backends, &schemes)
            .unwrap_or_else(|e| panic!("VMDIFF_BACKENDS / VMDIFF_SCHEMES: {e}"))
    })
}

/// The `diff` target's case options: the generator and seeds from the environment.
fn diff_options() -> &'static CaseOptions {
    static OPTIONS: OnceLock<CaseOptions> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let generator = std::env::var("VMDIFF_GENERATOR")
            .map(|name| {
                name.parse()
                    .unwrap_or_else(|e| panic!("VMDIFF_GENERATOR: {e}"))
            })
            .unwrap_or_default();
        let seeds = match std::env::var("VMDIFF_SEEDS") {
            Err(_) => Default::default(),
            Ok(dir) => {
                let (seeds, problems) = generate::Seeds::load(&Profile::default(), dir.as_ref())
                    .unwrap_or_else(|e| panic!("VMDIFF_SEEDS: {dir}: {e}"));
                for problem in problems {
                    eprintln!("vmdiff: skipping seed {problem}");
                }
                seeds
            }
        };
        CaseOptions {
            generator,
            seeds: std::sync::Arc::new(seeds),
            ..CaseOptions::default()
        }
    })
}

/// Statistics of this process, flushed periodically, before the target panics on a finding,
/// and at exit.
struct ProcessStats {
    target: &'static str,
    stats: Stats,
    started: Instant,
    last_flush: Instant,
    memory_floor: crate::stats::FloorSampler,
}

impl ProcessStats {
    fn flush(&mut self) {
        self.last_flush = Instant::now();
        if let Some(rss_kb) = crate::stats::resident_after_release() {
            self.memory_floor.note(&mut self.stats, rss_kb);
        }
        self.stats.wall_seconds = self.started.elapsed().as_secs_f64();
        if let Ok(dir) = std::env::var("VMDIFF_STATS_DIR") {
            let path = PathBuf::from(dir).join(crate::stats::file_name(self.target));
            if let Err(e) = self.stats.write(&path) {
                eprintln!("vmdiff: could not write statistics {}: {e}", path.display());
            }
        }
    }
}

fn process_stats(target: &'static str) -> &'static Mutex<ProcessStats> {
    static STATS: OnceLock<Mutex<ProcessStats>> = OnceLock::new();
    STATS.get_or_init(|| {
        // libFuzzer ends a run with exit(): flush then too.
        extern "C" fn flush_at_exit() {
            flush_stats();
        }
        // SAFETY: registers a plain function with no arguments; it only takes a lock it
        // cannot deadlock on (`try_lock`).
        unsafe { libc::atexit(flush_at_exit) };
        Mutex::new(ProcessStats {
            target,
            stats: Stats::default(),
            started: Instant::now(),
            last_flush: Instant::now(),
            memory_floor: Default::default(),
        })
    })
}

fn record(target: &'static str, delta: &Stats) {
    let Ok(mut process) = process_stats(target).lock() else {
        return;
    };
    process.stats.merge(delta);
    process.stats.note_memory();
    if process.last_flush.elapsed() >= crate::campaign::STATS_FLUSH {
        process.flush();
    }
}

/// Writes this process's statistics now (before a panic, at exit), if any were recorded.
fn flush_stats() {
    if let Ok(mut process) = process_stats("diff").try_lock() {
        if process.stats.execs > 0 {
            process.flush();
        }
    }
}

/// Runs `f` on a thread with a large native stack (wasmtime runs guest code on it).
fn on_big_stack<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .stack_size(crate::backend::NATIVE_WASM_STACK + (32 << 20))
            .spawn_scoped(scope, f)
            .expect("spawning the wasm thread")
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// The `diff` target: bytes → module + call plan → matrix. Every finding is saved (bounded
/// per bucket: known classes and open findings once), and so is every crash that is not a
/// divergence (a preparation defect, a panic in vmdiff or an engine), before anything panics;
/// then it panics on an unknown divergence (any, with `VMDIFF_STRICT=1`) or a crash, so that
/// libFuzzer keeps the input too.
pub fn diff(data: &[u8]) {
    let matrix = diff_matrix();
    let options = diff_options();
    let (result, delta): (CaseResult, Stats) = on_big_stack(|| {
        let mut delta = Stats::default();
        let result = case::run_input_guarded(matrix, data, options, &mut delta);
        (result, delta)
    });
    record("diff", &delta);
    let strict = std::env::var("VMDIFF_STRICT").is_ok_and(|v| v == "1");
    if result.crashes().is_empty() && result.findings.is_empty() {
        return;
    }
    let crashes = std::env::var("VMDIFF_CRASHES").unwrap_or_else(|_| "crashes".into());
    let artefacts = ArtefactDir::new(&PathBuf::from(crashes), "diff");
    let names = matrix_names(matrix);
    let wasm = result.wasm.as_deref().unwrap_or_default();
    let mut alarms = Vec::new();
    for (kind, message) in result.crashes() {
        let saved = artefacts.save_crash(kind, &message, data, wasm, (&names.0, &names.1));
        alarms.push(format!(
            "vmdiff {}: {message}; artefact: {saved:?}",
            kind.as_str()
        ));
    }
    for finding in &result.findings {
        let saved = artefacts.save(finding, data, wasm, (&names.0, &names.1), options.full_gas);
        let d = &finding.divergence;
        if strict || d.is_unknown() {
            let fields: Vec<&str> = d.fields.iter().map(|f| f.as_str()).collect();
            alarms.push(format!(
                "vmdiff divergence {}: {} vs {} in {} ({} | {}); artefact: {saved:?}",
                finding.signature(),
                d.left,
                d.right,
                fields.join(", "),
                d.left_result,
                d.right_result,
            ));
        }
    }
    // Nondeterminism is counted in the statistics (the gate judges it), never a crash: a
    // libFuzzer crash file must reproduce.
    if let Some(first) = alarms.first() {
        flush_stats();
        panic!("{first}");
    }
}

/// The `prepare` target: any bytes (a `\0asm` module as is, anything else through the
/// generator). If the profile accepts the module, every scheme's output must validate and
/// running it must not change what an un-metered run computes, except by running out of gas
/// or stack.
pub fn prepare(data: &[u8]) {
    static MATRICES: OnceLock<(Matrix, Matrix)> = OnceLock::new();
    let (metered, unmetered) = MATRICES.get_or_init(|| {
        let make = |schemes: &[SchemeName]| {
            Matrix::new(
                &[BackendName::CRANELIFT],
                schemes,
                Profile::default(),
                CostTable::default(),
            )
        };
        (
            make(&[SchemeName::Host, SchemeName::Global, SchemeName::Fuel]),
            make(&[SchemeName::Unmetered]),
        )
    });
    let wasm = if data.starts_with(b"\0asm") {
        data.to_vec()
    } else {
        match generate::generate(&metered.profile, &GenerationLimits::default(), data) {
            Ok(case) => case.wasm,
            Err(_) => return,
        }
    };
    let prepared = match metered.prepare(&wasm) {
        Ok(prepared) => prepared,
        Err(PrepareError::Rejected(_)) => return,
        Err(defect) => panic!("vmdiff preparation defect on an accepted module: {defect}"),
    };
    let unmetered_prepared = unmetered.prepare(&wasm).expect("accepted above");
    on_big_stack(|| {
        let compiled = metered.compile(&prepared);
        let plain = unmetered.compile(&unmetered_prepared);
        for export in prepared.exports.iter().take(3) {
            let gas = CaseOptions::default().full_gas;
            let Some(call) = export.zero_argument_call(gas) else {
                continue;
            };
            let report = metered.call(&compiled, &call, &vec![gas; compiled.configs.len()]);
            let stopped = |o: &Outcome| {
                use crate::outcome::TrapKind::*;
                matches!(
                    o.result.trap(),
                    Some(GasExhausted | StackExhausted | NativeStackOverflow | CompileFailed)
                )
            };
            if report.outcomes.iter().any(|(_, o)| stopped(o)) {
                continue; // the un-metered run might not terminate
            }
            let reference = unmetered.call(&plain, &call, &[gas]);
            let (_, expected) = &reference.outcomes[0];
            if stopped(expected) {
                continue;
            }
            for (config, outcome) in &report.outcomes {
                assert!(
                    outcome.result == expected.result
                        && outcome.host_trace == expected.host_trace
                        && outcome.state == expected.state,
                    "instrumentation changed `{}` under {config}: {} (un-metered: {})",
                    export.name,
                    outcome.result,
                    expected.result
                );
            }
        }
    });
}

/// The largest family scale the `compile_bound` target draws (`VMDIFF_MAX_SCALE`, default
/// 4096): CI keeps it small, so that its short smoke run meets no real finding by chance.
fn max_scale() -> usize {
    static MAX: OnceLock<usize> = OnceLock::new();
    *MAX.get_or_init(|| {
        std::env::var("VMDIFF_MAX_SCALE")
            .ok()
            .and_then(|v| v.parse().ok())
            .filter(|n| *n > 0)
            .unwrap_or(4096)
    })
}

/// Compile-cost exponent over which a doubling is flagged (the gate's threshold).
const COMPILE_EXPONENT_BOUND: f64 = 1.3;

/// The `compile_bound` target: the first byte picks a shape family (then a scale from the next
/// two) or a generated module (from the rest); the module is compiled at n and 2n (generated
/// modules: every function twice) on each backend, and a confirmed cost ratio beyond
/// `2^1.3`, or a confirmed excess over the per-module budget (`bounds.toml`, or the file
/// `VMDIFF_BOUNDS` names), is saved under `crashes/compile_bound/` and panics.
pub fn compile_bound(data: &[u8]) {
    use crate::compile_cost::scaling::FAMILIES;
    use crate::compile_cost::{self as bound, BackendCompiler, Bounds, Compile, Meter};
    static SETUP: OnceLock<(Vec<BackendCompiler>, Bounds, Meter)> = OnceLock::new();
    let (compilers, bounds, meter) = SETUP.get_or_init(|| {
        let bounds = match std::env::var("VMDIFF_BOUNDS") {
            Ok(path) => Bounds::parse(
                &std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
            )
            .unwrap_or_else(|e| panic!("{path}: {e}")),
            Err(_) => Bounds::checked_in(),
        };
        let meter = match Meter::detect() {
            m if bounds.lines(m).is_empty() => Meter::ProcessCpu,
            m => m,
        };
        let backends = env_list(
            "VMDIFF_BACKENDS",
            matrix::DEFAULT_BACKENDS,
            &BackendName::group("all"),
        );
        if let Some(near) = backends.iter().find(|b| b.is_near()) {
            panic!("VMDIFF_BACKENDS: {near}: compile bounds cover vmdiff's engines only");
        }
        let (bounds, factor) = bounds.on_this_machine(meter, 5);
        eprintln!("{}", bound::describe_factor(factor));
        (
            backends.into_iter().map(BackendCompiler::new).collect(),
            bounds,
            meter,
        )
    });
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let pair = match FAMILIES.get(selector as usize) {
        Some(family) => {
            let scale = rest
                .iter()
                .take(2)
                .fold(0usize, |acc, b| acc << 8 | *b as usize);
            let n = 16 + scale % max_scale();
            wat::parse_str((family.wat)(n))
                .ok()
                .zip(wat::parse_str((family.wat)(2 * n)).ok())
        }
        None => generate::generate(&Profile::default(), &GenerationLimits::default(), rest)
            .ok()
            .and_then(|case| Some((case.wasm.clone(), bound::double_functions(&case.wasm).ok()?))),
    };
    let Some((small_original, large_original)) = pair else {
        return;
    };
    let (Ok(small), Ok(large)) = (
        BackendCompiler::prepare(&small_original),
        BackendCompiler::prepare(&large_original),
    ) else {
        return; // out of profile at this scale
    };
    // Below this a compile is fixed cost and clock noise, whatever its ratio: the reference
    // module's cost on this machine, where bounds.toml records it.
    let floor = match meter {
        Meter::Instructions => 2e6,
        Meter::ProcessCpu => 1e-3,
    };
    for compiler in compilers {
        let floor = bounds.floor(*meter, &compiler.name()).max(floor);
        let blowup = bound::check_doubling(
            compiler,
            &small,
            &large,
            COMPILE_EXPONENT_BOUND,
            floor,
            *meter,
            3,
        )
        .and_then(|ratio| match ratio {
            Some(b) => Ok(Some(b)),
            None => bound::check(compiler, &large, bounds, *meter, 3),
        });
        let Ok(Some(blowup)) = blowup else { continue };
        let crashes = std::env::var("VMDIFF_CRASHES").unwrap_or_else(|_| "crashes".into());
        let saved = ArtefactDir::new(&PathBuf::from(crashes), "compile_bound").save_compile_blowup(
            &blowup,
            data,
            &large_original,
            |example| {
                format!(
                    "VMDIFF_BACKENDS={} fuzz/target/*/release/compile_bound {}",
                    compiler.name(),
                    example.join("input").display()
                )
            },
        );
        panic!(
            "vmdiff compile blowup on {}: {:.6} {} for {} bytes, bound {:.6} (x{:.2}); artefact: {saved:?}",
            blowup.backend,
            blowup.measured.min,
            meter.unit(),
            blowup.size.bytes,
            blowup.budget,
            blowup.ratio
        );
    }
}
