//! The `vmdiff` command line. Exit codes: 0 all configs agree (known divergences included,
//! unless `--strict`), 1 a finding, 2 bad input.

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use vmdiff::artefact::ArtefactDir;
use vmdiff::campaign::{self, matrix_names, CampaignOptions};
use vmdiff::case::{self, CaseOptions, CaseResult};
use vmdiff::compile_bound::{self, BackendCompiler, Bounds, Compile, Meter};
use vmdiff::cost::CostTable;
use vmdiff::generate::{self, PlannedCall};
use vmdiff::matrix::{self, CallReport, Matrix};
use vmdiff::outcome::{CallResult, Value};
use vmdiff::profile::Profile;
use vmdiff::scheme::SchemeName;
use vmdiff::stats::Stats;

#[derive(Parser)]
#[command(
    name = "vmdiff",
    version,
    about = "Differential fuzzing of WebAssembly contract runtimes: \
wasmer singlepass vs wasmtime (Winch, Cranelift) under host-function gas, an in-module gas global and native fuel."
)]
struct Cli {
    /// NEAR protocol version whose runtime config (host functions, fees, limits, features)
    /// the `near-vm` and `near-wasmtime` backends run: default near-vm-runner's current one.
    /// Same as the environment variable VMDIFF_NEAR_PROTOCOL (which the fuzz targets read).
    #[arg(long, global = true)]
    near_protocol: Option<u32>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct MatrixArgs {
    /// Backends, comma-separated: singlepass, winch, cranelift, cranelift-none, near-vm,
    /// near-wasmtime; `all` is the first four, `near` the NEAR pair (NEAR's own runtime, which
    /// runs its own `near` scheme). Default: singlepass,winch,cranelift-none — NEAR's
    /// production compilers (Winch on x86_64, Cranelift without optimisation elsewhere)
    /// against the legacy singlepass.
    #[arg(long, default_value = matrix::DEFAULT_BACKENDS)]
    backends: String,
    /// Gas schemes, comma-separated, or `all` (host, global, fuel).
    #[arg(long, default_value = matrix::DEFAULT_SCHEMES)]
    schemes: String,
    /// Known divergences fail the exit code too.
    #[arg(long)]
    strict: bool,
    /// Print JSON instead of tables.
    #[arg(long)]
    json: bool,
}

impl MatrixArgs {
    /// The matrix, after saying on stderr what it leaves uncompared (if anything).
    fn matrix(&self) -> Result<Matrix> {
        let matrix = self.build()?;
        for note in matrix.coverage_notes() {
            eprintln!("vmdiff: note: {note}");
        }
        Ok(matrix)
    }

    /// The matrix, silently (for workers and re-runs, after [`MatrixArgs::matrix`] spoke once).
    fn build(&self) -> Result<Matrix> {
        let backends = matrix::parse_backends(&self.backends).map_err(anyhow::Error::msg)?;
        let schemes =
            matrix::parse_list(&self.schemes, &SchemeName::ALL).map_err(anyhow::Error::msg)?;
        let matrix = Matrix::new(
            &backends,
            &schemes,
            Profile::default(),
            CostTable::default(),
        );
        if matrix.configs().is_empty() {
            bail!("no backend runs any of the schemes given (`near` belongs to NEAR's runtimes)");
        }
        Ok(matrix)
    }
}

#[derive(Subcommand)]
enum Command {
    /// Run one module (.wasm or .wat) through the matrix and print a table.
    Run {
        file: PathBuf,
        /// Export to call (default: every export that takes only numeric parameters).
        #[arg(long)]
        export: Option<String>,
        /// Arguments of --export, in order (decimal, or 0x… raw bits).
        #[arg(long = "arg", allow_hyphen_values = true)]
        args: Vec<String>,
        /// Gas limit for every config.
        #[arg(long, default_value_t = 10_000_000)]
        gas: u64,
        /// Host input bytes, as hex.
        #[arg(long, default_value = "")]
        input: String,
        /// The chain context NEAR's runtimes give each call, as JSON (fields of a finding's
        /// `context`; missing fields keep their defaults).
        #[arg(long)]
        context: Option<String>,
        /// After the run at --gas, run again at PERMILLE/1000 of each mechanism's full gas
        /// (the fuzzers' limited run; triage prints it to reproduce minimised findings).
        #[arg(long)]
        limited: Option<u16>,
        #[command(flatten)]
        matrix: MatrixArgs,
    },
    /// N generated cases from a seed through the matrix (deterministic for a given seed).
    Check {
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long, default_value_t = 100)]
        cases: u64,
        /// Where findings are saved (`<dir>/check/<bucket>/…`).
        #[arg(long, default_value = "crashes")]
        crashes: PathBuf,
        /// Write the campaign statistics here (a directory; one file per process).
        #[arg(long)]
        stats: Option<PathBuf>,
        /// Generous gas limit of each call's first run.
        #[arg(long, default_value_t = 300_000)]
        gas: u64,
        #[command(flatten)]
        generator: GeneratorArgs,
        #[command(flatten)]
        matrix: MatrixArgs,
    },
    /// The built-in fuzzing campaign: generated and mutated inputs through the matrix, with a
    /// live progress line; findings under --crashes, new inputs under --corpus, statistics
    /// under --stats. Stops cleanly on Ctrl-C / SIGTERM.
    Fuzz(FuzzArgs),
    /// Real contracts: every .wasm in DIR prepared, compiled and each exported method called
    /// through the matrix, with JSON arguments derived from the contract and after its
    /// initialisation (unless --input); per contract and in total `succeeded S of N calls` and
    /// how the others ended; exit 1 on any unknown divergence.
    Contracts {
        dir: PathBuf,
        /// Input bytes given to every method instead of derived arguments (`/dev/null`: the
        /// empty input).
        #[arg(long)]
        input: Option<PathBuf>,
        #[arg(long, default_value_t = 100_000_000)]
        gas: u64,
        /// Also write the run's statistics (divergences by signature and the rest) to FILE.
        #[arg(long)]
        stats: Option<PathBuf>,
        #[command(flatten)]
        matrix: MatrixArgs,
    },
    /// The WebAssembly spec test suite: every .wast in DIR through the matrix, instrumented;
    /// per-file passed / failed / skipped (with reasons); exit 1 on any failure.
    Spec {
        dir: PathBuf,
        /// Backends, comma-separated, or `all`.
        #[arg(long, default_value = "all")]
        backends: String,
        /// Schemes: the spec checks exact gas agreement, so the default leaves out `fuel`
        /// (whose Winch/Cranelift trap accounting is a known divergence).
        #[arg(long, default_value = "host,global")]
        schemes: String,
        #[arg(long)]
        json: bool,
        /// Print every failure and skip reason.
        #[arg(long)]
        verbose: bool,
    },
    /// Reproduce every artefact under DIR three times, bucket by signature, optionally
    /// minimise each bucket, and write TRIAGE.md and triage.json. Never deletes an input.
    Triage {
        dir: PathBuf,
        #[arg(long)]
        minimize: bool,
        #[arg(long, default_value = "triage")]
        out: PathBuf,
    },
    /// The readiness verdict: READY or NOT READY, from campaign statistics, open buckets and
    /// scaling results, against gate.toml. Exit 0 ready, 1 not ready, 2 bad input.
    Gate {
        #[arg(long, default_value = "stats")]
        stats: PathBuf,
        /// Crashes directory whose SIGNATURE files are the buckets (untriaged).
        #[arg(long, default_value = "crashes")]
        crashes: PathBuf,
        /// `vmdiff triage`'s triage.json: buckets as re-run three times, flaky and corrupt
        /// artefacts (replaces --crashes).
        #[arg(long)]
        triage: Option<PathBuf>,
        /// `vmdiff scaling`'s scaling.json.
        #[arg(long)]
        scaling: Option<PathBuf>,
        #[arg(long, default_value = "gate.toml")]
        criteria: PathBuf,
        #[arg(long, default_value = ".")]
        out: PathBuf,
    },
    /// Compile-time scaling: families that grow one dimension, compiled at n, 2n, 4n, … on each
    /// backend; prints the fitted exponent per family × backend and writes scaling.json.
    Scaling {
        /// Families (default: all).
        #[arg(long = "family")]
        families: Vec<String>,
        #[arg(long, default_value = "all")]
        backends: String,
        /// Largest module, in bytes.
        #[arg(long, default_value_t = 256 * 1024)]
        max_bytes: usize,
        /// Compiles per point (the minimum is kept).
        #[arg(long, default_value_t = 3)]
        repeats: usize,
        /// Exponent above which a family is flagged.
        #[arg(long, default_value_t = 1.3)]
        threshold: f64,
        #[arg(long, default_value = "scaling")]
        out: PathBuf,
    },
    /// Calibrate the per-module compile budget: measure every module (contracts, `.wat`, fuzz
    /// inputs) on each backend and fit `a + b·bytes` per backend; writes bounds.toml.
    Calibrate {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, default_value = "all")]
        backends: String,
        /// Compiles per module (min, median and max are kept).
        #[arg(long, default_value_t = 5)]
        repeats: usize,
        /// Budget margin (default: from the measured spread of repeated compiles).
        #[arg(long)]
        margin: Option<f64>,
        #[arg(long, default_value = "bounds.toml")]
        out: PathBuf,
    },
    /// Check modules against the per-module compile budget of bounds.toml; an excess is measured
    /// again and only a confirmed one is reported (exit 1) and saved as a compile_blowup finding.
    Budget {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, default_value = "all")]
        backends: String,
        #[arg(long, default_value = "bounds.toml")]
        bounds: PathBuf,
        #[arg(long, default_value_t = 3)]
        repeats: usize,
        /// Where confirmed blowups are saved (`<crashes>/compile_bound/`).
        #[arg(long, default_value = "crashes")]
        crashes: PathBuf,
    },
    /// Speed on real contracts: compile throughput, call time and gas per backend and scheme,
    /// interleaved and repeated (median), against an un-metered baseline; writes bench.json.
    Bench {
        dir: PathBuf,
        #[arg(long, default_value = "all")]
        backends: String,
        #[arg(long, default_value = "host,global,fuel")]
        schemes: String,
        #[arg(long, default_value_t = 5)]
        repeats: usize,
        #[arg(long, default_value_t = 100_000_000)]
        gas: u64,
        #[arg(long, default_value = "bench.json")]
        out: PathBuf,
    },
    /// Re-run an artefact (a `crashes/…` directory or its `input`): exit 1 if it still diverges.
    Repro {
        path: PathBuf,
        #[arg(long)]
        strict: bool,
        #[arg(long)]
        json: bool,
    },
    /// Sum the statistics files in a directory.
    Stats {
        dir: PathBuf,
        #[arg(long)]
        json: bool,
    },
}

/// `vmdiff fuzz`'s options.
#[derive(Args, Clone)]
struct FuzzArgs {
    #[arg(long, default_value_t = 60)]
    pub seconds: u64,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub jobs: Option<usize>,
    #[arg(long, default_value = "corpus/fuzz")]
    pub corpus: PathBuf,
    #[arg(long, default_value = "crashes")]
    pub crashes: PathBuf,
    #[arg(long, default_value = "stats")]
    pub stats: PathBuf,
    /// Seed of the input generator (default: from the clock).
    #[arg(long)]
    pub seed: Option<u64>,
    #[arg(long, default_value_t = 300_000)]
    pub gas: u64,
    /// Per-module compile budgets each compile is screened against (`vmdiff calibrate`);
    /// the checked-in defaults when the file does not exist.
    #[arg(long, default_value = "bounds.toml")]
    pub bounds: PathBuf,
    #[command(flatten)]
    pub generator: GeneratorArgs,
    #[command(flatten)]
    pub matrix: MatrixArgs,
}

/// Where cases come from (`check`, `fuzz`).
#[derive(Args, Clone)]
struct GeneratorArgs {
    /// smith (wasm-smith), ops (the operator sweep), mutate (wasm-mutate over --seeds, or over
    /// smith modules) or all (each input to one of them: smith 5, ops 3, mutate 2 in 10).
    /// A NEAR-only matrix always uses NEAR's own generator.
    #[arg(long, default_value = "all")]
    generator: generate::Generator,
    /// Modules wasm-mutate starts from: the .wasm and .wat files of DIR (e.g. real contracts).
    #[arg(long)]
    seeds: Option<PathBuf>,
}

impl GeneratorArgs {
    /// The case options' generator and seeds; seeds outside the profile are named and skipped.
    fn apply(&self, options: CaseOptions) -> Result<CaseOptions> {
        let seeds = match &self.seeds {
            None => Default::default(),
            Some(dir) => {
                let (seeds, problems) = generate::Seeds::load(&vmdiff::profile::Profile::default(), dir)
                    .with_context(|| format!("cannot read seeds from {}", dir.display()))?;
                for problem in problems {
                    eprintln!("vmdiff: skipping seed {problem}");
                }
                seeds
            }
        };
        Ok(CaseOptions {
            generator: self.generator,
            seeds: Arc::new(seeds),
            ..options
        })
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(version) = cli.near_protocol {
        // Read once, by the first NEAR backend built; no other thread runs yet.
        std::env::set_var("VMDIFF_NEAR_PROTOCOL", version.to_string());
    }
    // Guest code runs on this thread's stack in wasmtime: give it a large one.
    match matrix::on_wasm_thread(move || run_command(cli.command)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("vmdiff: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run_command(command: Command) -> Result<ExitCode> {
    match command {
        Command::Run {
            file,
            export,
            args,
            gas,
            input,
            context,
            limited,
            matrix,
        } => cmd_run(
            &file,
            export,
            &args,
            gas,
            &input,
            context.as_deref(),
            limited,
            &matrix,
        ),
        Command::Check {
            seed,
            cases,
            crashes,
            stats,
            gas,
            generator,
            matrix,
        } => cmd_check(seed, cases, &crashes, stats.as_deref(), gas, &generator, &matrix),
        Command::Fuzz(args) => cmd_fuzz(args),
        Command::Contracts {
            dir,
            input,
            gas,
            stats,
            matrix,
        } => cmd_contracts(&dir, input.as_deref(), gas, stats.as_deref(), &matrix),
        Command::Spec {
            dir,
            backends,
            schemes,
            json,
            verbose,
        } => cmd_spec(&dir, backends, schemes, json, verbose),
        Command::Repro { path, strict, json } => cmd_repro(&path, strict, json),
        Command::Triage { dir, minimize, out } => cmd_triage(&dir, minimize, &out),
        Command::Bench {
            dir,
            backends,
            schemes,
            repeats,
            gas,
            out,
        } => {
            let backends = matrix::parse_backends(&backends).map_err(anyhow::Error::msg)?;
            let schemes =
                matrix::parse_list(&schemes, &SchemeName::ALL).map_err(anyhow::Error::msg)?;
            let results = vmdiff::bench::run(&dir, &backends, &schemes, repeats, gas)
                .with_context(|| format!("cannot read {}", dir.display()))?;
            print!("{}", vmdiff::bench::table(&results));
            std::fs::write(&out, serde_json::to_vec_pretty(&results)?)?;
            println!("written: {}", out.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Calibrate {
            paths,
            backends,
            repeats,
            margin,
            out,
        } => cmd_calibrate(&paths, &backends, repeats, margin, &out),
        Command::Budget {
            paths,
            backends,
            bounds,
            repeats,
            crashes,
        } => cmd_budget(&paths, &backends, &bounds, repeats, &crashes),
        Command::Scaling {
            families,
            backends,
            max_bytes,
            repeats,
            threshold,
            out,
        } => cmd_scaling(&families, &backends, max_bytes, repeats, threshold, &out),
        Command::Gate {
            stats,
            crashes,
            triage,
            scaling,
            criteria,
            out,
        } => cmd_gate(
            &stats,
            &crashes,
            triage.as_deref(),
            scaling.as_deref(),
            &criteria,
            &out,
        ),
        Command::Stats { dir, json } => cmd_stats(&dir, json),
    }
}

/// Reads a module; `.wat` is assembled. Errors here are bad input (exit 2).
fn read_module(file: &Path) -> Result<Vec<u8>> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    if file.extension().is_some_and(|e| e == "wat") || bytes.starts_with(b"(") {
        return wat::parse_bytes(&bytes)
            .map(|b| b.into_owned())
            .with_context(|| format!("{} is not valid WAT", file.display()));
    }
    Ok(bytes)
}

fn decode_hex(text: &str) -> Result<Vec<u8>> {
    vmdiff::outcome::hex_bytes::decode(text).map_err(|e| anyhow::anyhow!("--input: {e}"))
}

#[allow(clippy::too_many_arguments)]
fn cmd_run(
    file: &Path,
    export: Option<String>,
    args: &[String],
    gas: u64,
    input: &str,
    context: Option<&str>,
    limited: Option<u16>,
    m: &MatrixArgs,
) -> Result<ExitCode> {
    let wasm = read_module(file)?;
    let matrix = m.matrix()?;
    let input = decode_hex(input)?;
    let context: vmdiff::backend::CallContext = match context {
        Some(json) => serde_json::from_str(json).context("--context is not a call context")?,
        None => Default::default(),
    };
    let exports = match vmdiff::prepare::exported_functions(&wasm) {
        Ok(exports) => exports,
        Err(e) => bail!("{} is not a valid module: {e}", file.display()),
    };
    let mut calls = Vec::new();
    for func in &exports {
        if export.as_ref().is_some_and(|e| e != &func.name) {
            continue;
        }
        let Some(params) = func.numeric_params() else {
            continue;
        };
        let values: Vec<Value> = if export.is_some() && !args.is_empty() {
            if args.len() != params.len() {
                bail!(
                    "`{}` takes {} arguments, {} given",
                    func.name,
                    params.len(),
                    args.len()
                );
            }
            args.iter()
                .zip(&params)
                .map(|(a, t)| Value::parse(a, *t))
                .collect::<Result<_, _>>()
                .map_err(anyhow::Error::msg)?
        } else {
            params.iter().map(|t| Value::zero(*t)).collect()
        };
        calls.push(PlannedCall {
            export: func.name.clone(),
            args: values,
            input: input.clone(),
            permille: limited.unwrap_or(0),
            context: context.clone(),
        });
    }
    if let Some(name) = &export {
        if calls.is_empty() {
            bail!("no exported function `{name}` with numeric parameters");
        }
    } else if !args.is_empty() {
        bail!("--arg needs --export");
    }
    let options = CaseOptions {
        full_gas: gas,
        limited_runs: limited.is_some(),
        ..CaseOptions::default()
    };
    let mut stats = Stats::default();
    let result = case::run_module(&matrix, &wasm, calls, &options, &mut stats);
    if let Some(why) = &result.prepare_error {
        if !result.prepare_defect {
            eprintln!("vmdiff: {why}");
            return Ok(ExitCode::from(2));
        }
    }
    print_result(&result, m.json);
    Ok(exit_code(&result, m.strict))
}

fn exit_code(result: &CaseResult, strict: bool) -> ExitCode {
    let failing = result.prepare_defect
        || result.nondeterministic
        || result
            .findings
            .iter()
            .any(|f| strict || f.divergence.known.is_none());
    ExitCode::from(u8::from(failing))
}

fn print_result(result: &CaseResult, json: bool) {
    if json {
        for report in &result.reports {
            println!(
                "{}",
                serde_json::to_string(&call_json(report)).unwrap_or_default()
            );
        }
        if let Some(e) = &result.prepare_error {
            println!("{}", serde_json::json!({ "prepare_error": e }));
        }
        return;
    }
    if let Some(e) = &result.prepare_error {
        println!("preparation failed: {e}");
    }
    for report in &result.reports {
        print!("{}", call_table(report));
    }
}

fn call_json(report: &CallReport) -> serde_json::Value {
    let configs: Vec<serde_json::Value> = report
        .outcomes
        .iter()
        .zip(&report.limits)
        .map(|((config, outcome), limit)| {
            let result = match &outcome.result {
                CallResult::Ok(values) => serde_json::json!({ "ok": values }),
                CallResult::Trap(kind) => serde_json::json!({ "trap": kind.name() }),
            };
            serde_json::json!({
                "backend": config.backend,
                "scheme": config.scheme,
                "gas_limit": limit,
                "result": result,
                "gas_used": outcome.gas_used,
                "host_calls": outcome.host_trace.len(),
                "state": outcome.state,
            })
        })
        .collect();
    let divergences: Vec<serde_json::Value> = report
        .comparison
        .divergences
        .iter()
        .map(|d| {
            serde_json::json!({
                "left": d.left.to_string(),
                "right": d.right.to_string(),
                "rule": d.rule,
                "fields": d.fields,
                "left_result": d.left_result,
                "right_result": d.right_result,
                "signature": d.signature(),
                "known": d.known,
            })
        })
        .collect();
    serde_json::json!({
        "export": report.export,
        "args": report.args,
        "gas_limit": report.limits.iter().max().copied().unwrap_or(0),
        "configs": configs,
        "divergences": divergences,
        "mechanisms": report.comparison.mechanisms,
        "relaxed": report.comparison.relaxed,
        "poisoned": report.comparison.poisoned,
    })
}

fn call_table(report: &CallReport) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let args: Vec<String> = report.args.iter().map(Value::to_string).collect();
    let _ = writeln!(out, "\n{}({})", report.export, args.join(", "));
    let _ = writeln!(
        out,
        "  {:<24} {:>12} {:<34} {:>12} {:>6}  {}",
        "config", "gas limit", "result", "gas used", "calls", "state"
    );
    for ((config, outcome), limit) in report.outcomes.iter().zip(&report.limits) {
        let _ = writeln!(
            out,
            "  {:<24} {:>12} {:<34} {:>12} {:>6}  {}",
            config.to_string(),
            limit,
            truncate(&outcome.result.to_string(), 34),
            outcome.gas_used,
            outcome.host_trace.len(),
            outcome.state.as_deref().unwrap_or("-")
        );
        if let Some(near) = &outcome.near {
            let _ = writeln!(
                out,
                "  {:<24} used {} · compute {} · return {} · {} logs{}",
                "",
                near.used_gas,
                near.compute_usage,
                truncate(&near.return_data, 40),
                near.logs.len(),
                near.abort
                    .as_ref()
                    .map(|a| format!(" · abort {}", truncate(a, 80)))
                    .unwrap_or_default()
            );
        }
    }
    for m in &report.comparison.mechanisms {
        let mut parts = Vec::new();
        if let Some(r) = m.gas_ratio {
            parts.push(format!("gas ratio {r:.3}"));
        }
        if let Some(o) = m.overshoot_host_calls {
            parts.push(format!("both out of gas, overshoot {o:+} host calls"));
        }
        if m.only_one_exhausted {
            parts.push("only one ran out of gas at its limit".into());
        }
        if !parts.is_empty() {
            let _ = writeln!(out, "  {} vs {}: {}", m.right, m.left, parts.join(", "));
        }
    }
    for r in &report.comparison.relaxed {
        let _ = writeln!(
            out,
            "  relaxed {} vs {} in {} by the policy's rule {}: {} | {}",
            r.left,
            r.right,
            r.field.as_str(),
            r.rule.as_str(),
            r.left_gas_used,
            r.right_gas_used
        );
    }
    if report.comparison.divergences.is_empty() {
        let _ = writeln!(out, "  all configs agree");
    }
    for d in &report.comparison.divergences {
        let fields: Vec<&str> = d.fields.iter().map(|f| f.as_str()).collect();
        let _ = writeln!(
            out,
            "  DIVERGENCE {} vs {} in {} ({:?}): {} | {}{}",
            d.left,
            d.right,
            fields.join(", "),
            d.rule,
            d.left_result,
            d.right_result,
            match &d.known {
                Some(class) => format!("  [known: {class}]"),
                None => "  [unknown]".into(),
            }
        );
    }
    for c in &report.comparison.poisoned {
        let _ = writeln!(out, "  poisoned (left out): {c}");
    }
    out
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let cut: String = text.chars().take(width - 1).collect();
        format!("{cut}…")
    }
}

/// Bytes given to the generator per case.
const CASE_BYTES: usize = 4096;

fn cmd_check(
    seed: u64,
    cases: u64,
    crashes: &Path,
    stats_dir: Option<&Path>,
    gas: u64,
    generator: &GeneratorArgs,
    m: &MatrixArgs,
) -> Result<ExitCode> {
    let matrix = m.matrix()?;
    let options = generator.apply(CaseOptions {
        full_gas: gas,
        ..CaseOptions::default()
    })?;
    let artefacts = ArtefactDir::new(crashes, "check");
    let names = matrix_names(&matrix);
    let mut stats = Stats::default();
    let start = Instant::now();
    let mut last_progress = Instant::now();
    let mut line = vmdiff::campaign::ProgressLine::stderr();
    let mut saved = Vec::new();
    let mut failing = false;
    for index in 0..cases {
        let input = generate::case_bytes(seed, index, CASE_BYTES);
        let result = case::run_input(&matrix, &input, &options, &mut stats);
        for finding in &result.findings {
            failing |= m.strict || finding.divergence.known.is_none();
            let wasm = result.wasm.as_deref().unwrap_or_default();
            match artefacts.save(finding, &input, wasm, (&names.0, &names.1), gas) {
                Ok(Some(path)) => saved.push(path),
                Ok(None) => {}
                Err(e) => eprintln!("vmdiff: could not save an artefact: {e}"),
            }
        }
        failing |= result.prepare_defect || result.nondeterministic;
        if result.prepare_defect {
            eprintln!(
                "\nvmdiff: preparation defect on case {index}: {}",
                result.prepare_error.as_deref().unwrap_or("")
            );
        }
        if last_progress.elapsed() > Duration::from_millis(500) || index + 1 == cases {
            last_progress = Instant::now();
            line.show(&progress(index + 1, cases, &stats, start.elapsed()));
        }
    }
    line.finish();
    stats.wall_seconds = start.elapsed().as_secs_f64();
    if let Some(dir) = stats_dir {
        stats.write(&dir.join(format!("check-{seed}-{}.json", std::process::id())))?;
    }
    if m.json {
        println!("{}", serde_json::to_string_pretty(&stats)?);
    } else {
        print!("{}", stats.summary());
        for path in &saved {
            println!("saved {}", path.display());
        }
    }
    Ok(ExitCode::from(u8::from(failing)))
}

fn progress(done: u64, total: u64, stats: &Stats, elapsed: Duration) -> String {
    let width = 30;
    let filled = (done * width / total.max(1)) as usize;
    format!(
        "[{}{}] {done}/{total} cases · {:.1} cases/s · {} calls · divergences {} unknown / {} known · rejected {:.2}%",
        "#".repeat(filled),
        "-".repeat(width as usize - filled),
        done as f64 / elapsed.as_secs_f64().max(1e-9),
        stats.calls,
        stats.unknown_divergences,
        stats.known_divergences.values().sum::<u64>(),
        100.0 * stats.rejected_rate()
    )
}

#[allow(clippy::too_many_arguments)]
fn cmd_fuzz(args: FuzzArgs) -> Result<ExitCode> {
    let FuzzArgs {
        seconds,
        jobs,
        corpus,
        crashes,
        stats: stats_dir,
        seed,
        gas,
        bounds,
        generator,
        matrix: m,
    } = args;
    let m = &m;
    let bounds = if bounds.exists() {
        let text = std::fs::read_to_string(&bounds)
            .with_context(|| format!("cannot read {}", bounds.display()))?;
        Bounds::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", bounds.display()))?
    } else {
        Bounds::checked_in()
    };
    // Rejects bad --backends/--schemes before starting workers, and names what will run.
    let (backends, schemes) = campaign::matrix_names(&m.matrix()?);
    let bounds = rescaled_to_this_machine(&bounds, Meter::ProcessCpu);
    let stop = Arc::new(AtomicBool::new(false));
    let handler_stop = Arc::clone(&stop);
    ctrlc::set_handler(move || {
        if handler_stop.swap(true, Ordering::SeqCst) {
            std::process::exit(130); // a second signal: stop now
        }
        eprintln!("\nvmdiff: stopping after the cases in flight (signal again to abort)");
    })
    .context("installing the signal handler")?;
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let seed = seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64)
    });
    let options = CampaignOptions {
        seconds,
        jobs,
        corpus,
        crashes,
        stats_dir,
        seed,
        strict: m.strict,
        case: generator.apply(CaseOptions {
            full_gas: gas,
            compile_budget: Some(Arc::new(bounds)),
            ..CaseOptions::default()
        })?,
        target: "fuzz".into(),
    };
    eprintln!(
        "vmdiff fuzz: {jobs} jobs, {seconds} s, seed {seed}, backends {}, schemes {}, generator {}{}",
        backends.join(","),
        schemes.join(","),
        options.case.generator,
        match options.case.seeds.len() {
            0 => String::new(),
            n => format!(" ({n} seed modules)"),
        }
    );
    let matrix_args = m.clone();
    let mut line = campaign::ProgressLine::stderr();
    let report = campaign::run(
        options,
        move || matrix_args.build().expect("validated above"),
        stop,
        |stats, elapsed| {
            line.show(&format!(
                "{:>6.0} s · {} execs ({:.1}/s) · {} calls · divergences {} unknown / {} known · rejected {:.2}% · poisoned {}",
                elapsed.as_secs_f64(),
                stats.execs,
                stats.execs as f64 / elapsed.as_secs_f64().max(1e-9),
                stats.calls,
                stats.unknown_divergences,
                stats.known_divergences.values().sum::<u64>(),
                100.0 * stats.rejected_rate(),
                stats.poisoned
            ));
        },
    )?;
    line.finish();
    if m.json {
        println!("{}", serde_json::to_string_pretty(&report.stats)?);
    } else {
        print!("{}", report.stats.summary());
        println!("corpus: {} new entries", report.corpus_size);
        for path in &report.saved {
            println!("saved {}", path.display());
        }
    }
    Ok(ExitCode::from(u8::from(report.failing)))
}

fn cmd_contracts(
    dir: &Path,
    input: Option<&Path>,
    gas: u64,
    stats_file: Option<&Path>,
    m: &MatrixArgs,
) -> Result<ExitCode> {
    let matrix = m.matrix()?;
    let files = vmdiff::contracts::list(dir)
        .with_context(|| format!("cannot read the directory {}", dir.display()))?;
    if files.is_empty() {
        bail!("{} holds no .wasm files", dir.display());
    }
    let input = match input {
        Some(path) => {
            Some(std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?)
        }
        None => None,
    };
    let mut stats = Stats::default();
    let mut failing = false;
    let mut reports = Vec::new();
    for file in &files {
        let report =
            vmdiff::contracts::run_contract(&matrix, file, input.as_deref(), gas, &mut stats);
        failing |= report.unknown_divergences() > 0
            || (m.strict && report.methods.iter().any(|x| x.known_divergences > 0));
        if !m.json {
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match &report.rejected {
                Some(why) => println!("{name:<60} {:>8} B  {why}", report.size),
                None => {
                    let agree = report
                        .methods
                        .iter()
                        .filter(|x| x.unknown_divergences == 0)
                        .count();
                    let gas: u64 = report.methods.iter().map(|x| x.gas).sum();
                    let known: usize = report.methods.iter().map(|x| x.known_divergences).sum();
                    println!(
                        "{name:<60} {:>8} B  accepted · {} methods · {agree} agree · {known} known divergences · gas {gas}",
                        report.size,
                        report.methods.len()
                    );
                    println!("    {}", vmdiff::contracts::endings(report.methods.iter()));
                    for method in report.methods.iter().filter(|x| x.unknown_divergences > 0) {
                        println!(
                            "    DIVERGENCE in {}: {} unknown",
                            method.name, method.unknown_divergences
                        );
                    }
                }
            }
        }
        reports.push(report);
    }
    if m.json {
        println!("{}", serde_json::to_string_pretty(&reports)?);
    } else {
        let accepted = reports.iter().filter(|r| r.rejected.is_none()).count();
        println!(
            "{} contracts: {accepted} accepted, {} rejected; {}",
            reports.len(),
            reports.len() - accepted,
            vmdiff::contracts::endings(reports.iter().flat_map(|r| &r.methods))
        );
        print!("{}", stats.summary());
    }
    if let Some(path) = stats_file {
        stats.write(path)?;
    }
    Ok(ExitCode::from(u8::from(failing)))
}

fn cmd_spec(
    dir: &Path,
    backends: String,
    schemes: String,
    json: bool,
    verbose: bool,
) -> Result<ExitCode> {
    let matrix = MatrixArgs {
        backends,
        schemes,
        strict: false,
        json,
    }
    .matrix()?;
    let files = vmdiff::spec::list(dir)
        .with_context(|| format!("cannot read the directory {}", dir.display()))?;
    if files.is_empty() {
        bail!("{} holds no .wast files", dir.display());
    }
    let mut reports = Vec::new();
    let (mut passed, mut failed, mut skipped) = (0u64, 0usize, 0u64);
    let mut reasons: std::collections::BTreeMap<String, u64> = Default::default();
    for file in &files {
        let report = vmdiff::spec::run_file(&matrix, file);
        passed += report.passed;
        failed += report.failed.len();
        skipped += report.skipped_total();
        for (reason, n) in &report.skipped {
            *reasons.entry(reason.clone()).or_default() += n;
        }
        if !json {
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            println!(
                "{name:<32} passed {:>5}  failed {:>4}  skipped {:>5}",
                report.passed,
                report.failed.len(),
                report.skipped_total()
            );
            let shown = if verbose { usize::MAX } else { 5 };
            for failure in report.failed.iter().take(shown) {
                println!("    FAIL {failure}");
            }
            if verbose {
                for (reason, n) in &report.skipped {
                    println!("    skip {n:>5} {reason}");
                }
            }
        }
        reports.push(report);
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&reports)?);
    } else {
        println!("total: passed {passed}, failed {failed}, skipped {skipped}");
        println!("skipped by reason:");
        for (reason, n) in &reasons {
            println!("  {n:>6}  {reason}");
        }
    }
    Ok(ExitCode::from(u8::from(failed > 0)))
}

fn cmd_repro(path: &Path, strict: bool, json: bool) -> Result<ExitCode> {
    if let Some(report) = vmdiff::triage::compile_blowup_report(path) {
        let hits = vmdiff::triage::recheck_compile_blowup(path, &report)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        println!(
            "compile blowup {}: over its budget {} in {hits} of {} re-measurements ({})",
            report["signature"].as_str().unwrap_or(""),
            report["blowup"]["budget"],
            vmdiff::triage::REPRODUCTIONS,
            report["blowup"]["meter"].as_str().unwrap_or("")
        );
        return Ok(ExitCode::from(u8::from(hits > 0)));
    }
    let loaded =
        vmdiff::triage::load(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let args = MatrixArgs {
        backends: loaded.backends.clone(),
        schemes: loaded.schemes.clone(),
        strict,
        json,
    };
    let result = vmdiff::triage::rerun(&args.matrix()?, &loaded);
    print_result(&result, json);
    Ok(exit_code(&result, strict))
}

fn cmd_gate(
    stats_dir: &Path,
    crashes: &Path,
    triage: Option<&Path>,
    scaling: Option<&Path>,
    criteria: &Path,
    out: &Path,
) -> Result<ExitCode> {
    use vmdiff::gate;
    let text = std::fs::read_to_string(criteria)
        .with_context(|| format!("cannot read {}", criteria.display()))?;
    let criteria =
        gate::Criteria::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", criteria.display()))?;
    let (stats, problems) = Stats::read_dir(stats_dir)
        .with_context(|| format!("cannot read {}", stats_dir.display()))?;
    if !problems.is_empty() {
        bail!("unreadable statistics: {}", problems.join("; "));
    }
    let triage = match triage {
        Some(path) => Some(
            gate::TriageSummary::parse(
                &std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?,
            )
            .map_err(|e| anyhow::anyhow!("{} is not vmdiff triage's JSON: {e}", path.display()))?,
        ),
        None => None,
    };
    let buckets = match &triage {
        Some(triage) => triage.bucket_signatures(),
        None if crashes.exists() => gate::bucket_signatures(crashes)?,
        None => Vec::new(),
    };
    let scaling = match scaling {
        Some(path) => {
            let value: serde_json::Value = serde_json::from_slice(
                &std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?,
            )
            .with_context(|| format!("{} is not JSON", path.display()))?;
            Some(
                serde_json::from_value(value["results"].clone())
                    .with_context(|| format!("{} has no scaling results", path.display()))?,
            )
        }
        None => None,
    };
    let verdict = gate::judge(
        &criteria,
        &gate::Evidence {
            stats,
            buckets,
            triage,
            scaling,
        },
    );
    std::fs::create_dir_all(out)?;
    std::fs::write(out.join("GATE.md"), verdict.markdown())?;
    std::fs::write(out.join("gate.json"), serde_json::to_vec_pretty(&verdict)?)?;
    print!("{}", verdict.markdown());
    Ok(ExitCode::from(u8::from(!verdict.ready)))
}

fn cmd_scaling(
    families: &[String],
    backends: &str,
    max_bytes: usize,
    repeats: usize,
    threshold: f64,
    out: &Path,
) -> Result<ExitCode> {
    use vmdiff::scaling::{measure, plot, Sweep, FAMILIES};
    let compilers = backend_compilers(backends)?;
    let meter = Meter::detect();
    let sweep = Sweep {
        start: 64,
        max_bytes,
        repeats,
        threshold,
        meter,
    };
    for name in families {
        if !FAMILIES.iter().any(|f| f.name == name) {
            bail!(
                "unknown family `{name}` (known: {})",
                FAMILIES
                    .iter()
                    .map(|f| f.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    let chosen: Vec<_> = FAMILIES
        .iter()
        .filter(|f| families.is_empty() || families.iter().any(|n| n == f.name))
        .collect();
    std::fs::create_dir_all(out)?;
    let mut results = Vec::new();
    println!(
        "meter: {}{}",
        meter.unit(),
        Meter::why_not_instructions()
            .map(|why| format!(" (no hardware counters: {why})"))
            .unwrap_or_default()
    );
    println!(
        "{:<16} {:<16} {:>9} {:>10} {:>14}  verdict",
        "family", "backend", "exponent", "max bytes", "cost at max"
    );
    for family in chosen {
        for compiler in &compilers {
            let result = measure(family, compiler, sweep);
            let last = result.points.last();
            println!(
                "{:<16} {:<16} {:>9.2} {:>10} {:>14.6}  {}{}",
                result.family,
                result.backend,
                result.exponent,
                last.map_or(0, |p| p.bytes),
                last.map_or(0.0, |p| p.cost),
                result.verdict,
                result
                    .stopped
                    .as_ref()
                    .map(|s| format!(" (stopped: {s})"))
                    .unwrap_or_default()
            );
            if result.verdict == "SUPERLINEAR" {
                let n = result.points.last().map_or(0, |p| p.n);
                let path = out.join(format!("{}-{}.wat", result.family, n));
                std::fs::write(&path, (family.wat)(n))?;
                println!("    reproducer: {}", path.display());
            }
            results.push(result);
        }
    }
    let json = serde_json::json!({ "threshold": threshold, "meter": meter, "results": results });
    std::fs::write(out.join("scaling.json"), serde_json::to_vec_pretty(&json)?)?;
    let plotted = out.join("scaling.svg");
    plot(&results, &plotted).map_err(|e| anyhow::anyhow!("plot: {e}"))?;
    println!(
        "written: {}/scaling.json, {}",
        out.display(),
        plotted.display()
    );
    let flagged = results.iter().any(|r| r.verdict == "SUPERLINEAR");
    Ok(ExitCode::from(u8::from(flagged)))
}

fn backend_compilers(backends: &str) -> Result<Vec<BackendCompiler>> {
    let backends = matrix::parse_backends(backends).map_err(anyhow::Error::msg)?;
    if let Some(near) = backends.iter().find(|b| b.is_near()) {
        bail!(
            "{near}: compile bounds measure vmdiff's engines on vmdiff-prepared modules; \
             NEAR's runtimes compile in `vmdiff bench --backends near`"
        );
    }
    Ok(backends.into_iter().map(BackendCompiler::new).collect())
}

/// `bounds` rescaled by this machine's speed on the yardstick (the campaign's first screen
/// and `budget` compare against the result); prints the factor.
fn rescaled_to_this_machine(bounds: &Bounds, meter: Meter) -> Bounds {
    let (scaled, factor) = bounds.on_this_machine(meter, 5);
    eprintln!("{}", compile_bound::describe_factor(factor));
    scaled
}

fn load_measured_modules(paths: &[PathBuf]) -> Vec<compile_bound::LoadedModule> {
    let (modules, problems) = compile_bound::load_modules(paths);
    for problem in &problems {
        eprintln!("skipped: {problem}");
    }
    modules
}

fn cmd_calibrate(
    paths: &[PathBuf],
    backends: &str,
    repeats: usize,
    margin: Option<f64>,
    out: &Path,
) -> Result<ExitCode> {
    let compilers = backend_compilers(backends)?;
    let modules = load_measured_modules(paths);
    if modules.is_empty() {
        bail!("no module to calibrate on");
    }
    let meter = Meter::detect();
    println!(
        "calibrating on {} modules x {} backends, {} compiles each, meter: {}{}",
        modules.len(),
        compilers.len(),
        repeats,
        meter.unit(),
        Meter::why_not_instructions()
            .map(|why| format!(" (no hardware counters: {why})"))
            .unwrap_or_default()
    );
    let refs: Vec<&dyn Compile> = compilers.iter().map(|c| c as &dyn Compile).collect();
    let (lines, points) = compile_bound::calibrate(&modules, &refs, meter, repeats, |p| {
        eprint!(
            "\r{:<60.60} {:<15} {:>9} bytes {:>12.6}",
            p.module, p.backend, p.size.bytes, p.sample.min
        );
    });
    eprintln!();
    let spread =
        compile_bound::Spread::of(points.iter().map(|p| p.sample)).context("no module compiled")?;
    let margin = margin.unwrap_or_else(|| spread.margin());
    let mut bounds = Bounds::checked_in();
    bounds.margin = margin;
    *bounds.lines_mut(meter) = lines.clone();
    let header = format!(
        "# Per-module compile budget: cost <= margin x (a + b x prepared bytes), per backend.\n\
         # Written by `vmdiff calibrate` on {} modules ({} compiles each, meter: {}).\n\
         # Spread of repeated compiles (max/min): median {:.3}, p95 {:.3}, worst {:.3};\n\
         # over the {} compiles costing at least a tenth of the costliest; margin = max(2, p95) unless given.\n",
        modules.len(),
        repeats,
        meter.unit(),
        spread.median,
        spread.p95,
        spread.worst,
        spread.points
    );
    std::fs::write(out, format!("{header}{}", bounds.to_toml()))?;
    println!(
        "{:<16} {:>14} {:>14} {:>9} {:>9}",
        "backend", "a", "b per byte", "modules", "over 1x"
    );
    for (backend, line) in &lines {
        let over = points
            .iter()
            .filter(|p| &p.backend == backend && p.sample.min > line.at(p.size.bytes))
            .count();
        println!(
            "{:<16} {:>14.6e} {:>14.6e} {:>9} {:>9}",
            backend, line.a, line.b, line.modules, over
        );
    }
    println!(
        "spread of repeated compiles (max/min): median {:.3}, p95 {:.3}, worst {:.3}; margin {margin:.2}",
        spread.median, spread.p95, spread.worst
    );
    let json = serde_json::json!({ "meter": meter, "spread": spread, "margin": margin, "lines": lines, "points": points });
    std::fs::write(
        out.with_extension("json"),
        serde_json::to_vec_pretty(&json)?,
    )?;
    println!(
        "written: {} and {}",
        out.display(),
        out.with_extension("json").display()
    );
    Ok(ExitCode::SUCCESS)
}

fn cmd_budget(
    paths: &[PathBuf],
    backends: &str,
    bounds: &Path,
    repeats: usize,
    crashes: &Path,
) -> Result<ExitCode> {
    let text = std::fs::read_to_string(bounds)
        .with_context(|| format!("cannot read {}", bounds.display()))?;
    let bounds = Bounds::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", bounds.display()))?;
    let compilers = backend_compilers(backends)?;
    let modules = load_measured_modules(paths);
    if modules.is_empty() {
        bail!("no module to check");
    }
    let meter = Meter::detect();
    let meter = if bounds.lines(meter).is_empty() {
        Meter::ProcessCpu
    } else {
        meter
    };
    let bounds = rescaled_to_this_machine(&bounds, meter);
    let artefacts = ArtefactDir::new(crashes, "compile_bound");
    let mut blowups = 0;
    println!(
        "{:<50} {:<15} {:>9} {:>12} {:>12}  ({})",
        "module",
        "backend",
        "bytes",
        "measured",
        "budget",
        meter.unit()
    );
    for module in &modules {
        let (name, wasm) = (&module.name, &module.prepared);
        for compiler in &compilers {
            let size = compile_bound::ModuleSize::of(wasm);
            let budget = bounds.budget(meter, &compiler.name(), size.bytes);
            match compile_bound::check_measured(compiler, wasm, &bounds, meter, repeats) {
                Ok(compile_bound::Checked {
                    blowup: Some(blowup),
                    ..
                }) => {
                    blowups += 1;
                    println!(
                        "{:<50.50} {:<15} {:>9} {:>12.6} {:>12.6}  BLOWUP x{:.1}",
                        name,
                        blowup.backend,
                        size.bytes,
                        blowup.measured.min,
                        blowup.budget,
                        blowup.ratio
                    );
                    let backend = blowup.backend.clone();
                    let reproduce = |example: &Path| {
                        format!(
                            "vmdiff budget {} --backends {backend}",
                            example.join("module.wasm").display()
                        )
                    };
                    if let Some(path) = artefacts.save_compile_blowup(
                        &blowup,
                        name.as_bytes(),
                        &module.original,
                        reproduce,
                    )? {
                        println!("    saved: {}", path.display());
                    }
                }
                Ok(compile_bound::Checked { cost, blowup: None }) => println!(
                    "{:<50.50} {:<15} {:>9} {:>12.6} {:>12.6}  ok",
                    name,
                    compiler.name(),
                    size.bytes,
                    cost.map_or(f64::NAN, |cost| cost.min),
                    budget.unwrap_or(f64::NAN)
                ),
                Err(e) => println!(
                    "{:<50.50} {:<15} compile failed: {e}",
                    name,
                    compiler.name()
                ),
            }
        }
    }
    println!(
        "{} modules, {} confirmed compile blowups",
        modules.len(),
        blowups
    );
    Ok(ExitCode::from(u8::from(blowups > 0)))
}

fn cmd_triage(dir: &Path, minimize: bool, out: &Path) -> Result<ExitCode> {
    if !dir.is_dir() {
        bail!("{} is not a directory", dir.display());
    }
    let factory = |backends: &str, schemes: &str| {
        MatrixArgs {
            backends: backends.to_string(),
            schemes: schemes.to_string(),
            strict: false,
            json: false,
        }
        .build()
        .map_err(|e| e.to_string())
    };
    let report = vmdiff::triage::triage(dir, minimize, out, &factory)?;
    print!("{}", report.markdown());
    println!(
        "written: {}/TRIAGE.md, {}/triage.json",
        out.display(),
        out.display()
    );
    Ok(ExitCode::from(u8::from(
        report.open_unknown() > 0 || !report.flaky.is_empty(),
    )))
}

fn cmd_stats(dir: &Path, json: bool) -> Result<ExitCode> {
    let (stats, problems) =
        Stats::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    for p in &problems {
        eprintln!("vmdiff: unreadable statistics file {p}");
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&stats)?);
    } else {
        print!("{}", stats.summary());
    }
    Ok(ExitCode::from(if problems.is_empty() { 0 } else { 2 }))
}
