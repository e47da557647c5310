//! Triage (`vmdiff triage DIR`): reduce a pile of findings to a handful of distinct problems.
//! Every artefact is reproduced three times (one that does not reproduce every time is *flaky*,
//! a defect of the harness, never a finding), bucketed by signature, and each bucket's
//! representative optionally minimised with wasm-shrink, keeping its signature. Corrupt or
//! unreadable artefacts are listed as such. Triage never deletes or changes an input.

use crate::artefact::{ArtefactReport, CompileBlowupReport};
use crate::case::{self, CaseOptions, CaseResult};
use crate::generate::PlannedCall;
use crate::matrix::Matrix;
use crate::stats::Stats;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Runs per artefact.
pub const REPRODUCTIONS: u32 = 3;

/// An artefact read from disk.
pub struct Loaded {
    pub input: Vec<u8>,
    pub backends: String,
    pub schemes: String,
    pub full_gas: u64,
    /// The saved report (vmdiff artefacts); `None` for a bare libFuzzer input.
    pub report: Option<ArtefactReport>,
    /// The saved module and the call that diverged (vmdiff artefacts): re-running these does
    /// not depend on the generator staying the same between vmdiff versions.
    pub module: Option<(Vec<u8>, PlannedCall)>,
}

impl Loaded {
    pub fn signature(&self) -> Option<String> {
        self.report.as_ref()?.signature.clone()
    }
}

/// Reads an artefact: a vmdiff artefact directory (or its `input`), or a bare input file.
pub fn load(path: &Path) -> Result<Loaded, String> {
    let dir = if path.is_dir() {
        path.to_path_buf()
    } else {
        path.parent().unwrap_or(Path::new(".")).to_path_buf()
    };
    let report_path = dir.join("report.json");
    if report_path.exists() {
        let input =
            std::fs::read(dir.join("input")).map_err(|e| format!("no readable `input`: {e}"))?;
        let bytes =
            std::fs::read(&report_path).map_err(|e| format!("report.json unreadable: {e}"))?;
        let report: ArtefactReport =
            serde_json::from_slice(&bytes).map_err(|e| format!("report.json is corrupt: {e}"))?;
        let list = |key: &str, items: &Option<Vec<String>>| -> Result<String, String> {
            let items = items
                .as_ref()
                .ok_or_else(|| format!("report.json has no `{key}`"))?;
            Ok(items.join(","))
        };
        let module = std::fs::read(dir.join("module.wasm"))
            .ok()
            .zip(serde_json::from_value::<PlannedCall>(report.call.clone()).ok());
        Ok(Loaded {
            input,
            backends: list("backends", &report.backends)?,
            schemes: list("schemes", &report.schemes)?,
            full_gas: report.full_gas.unwrap_or(CaseOptions::default().full_gas),
            report: Some(report),
            module,
        })
    } else {
        let input = std::fs::read(path).map_err(|e| format!("unreadable: {e}"))?;
        Ok(Loaded {
            input,
            backends: "all".into(),
            schemes: "all".into(),
            full_gas: CaseOptions::default().full_gas,
            report: None,
            module: None,
        })
    }
}

/// Re-runs a loaded artefact on `matrix`.
pub fn rerun(matrix: &Matrix, loaded: &Loaded) -> CaseResult {
    let options = CaseOptions {
        full_gas: loaded.full_gas,
        ..CaseOptions::default()
    };
    match &loaded.module {
        Some((wasm, call)) => case::run_module(
            matrix,
            wasm,
            vec![call.clone()],
            &options,
            &mut Stats::default(),
        ),
        None => case::run_input(matrix, &loaded.input, &options, &mut Stats::default()),
    }
}

/// A signature without its class (`unknown` or a known class's name): the divergence itself.
fn unclassed(signature: &str) -> String {
    crate::signature::Signature::parse(signature).rest
}

/// Builds the matrix an artefact names (`backends`, `schemes` as comma-separated lists).
pub type MatrixFactory<'a> = &'a dyn Fn(&str, &str) -> Result<Matrix, String>;

#[derive(Debug, Serialize, Clone, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Reproduces,
    /// A crash triage cannot run again in-process (a libFuzzer timeout, OOM or leak, a
    /// sanitizer's report, a wall-clock guard trip): bucketed by kind as recorded, and
    /// counted by the gate like one that reproduces.
    Recorded,
    Flaky {
        hits: u32,
    },
    NoLongerReproduces,
    Corrupt {
        why: String,
    },
}

#[derive(Debug, Serialize, Clone)]
pub struct ArtefactTriage {
    pub path: PathBuf,
    pub signature: Option<String>,
    pub status: Status,
    pub modified: u64,
}

#[derive(Debug, Serialize)]
pub struct Minimised {
    pub original_bytes: u64,
    pub bytes: u64,
    pub wasm: PathBuf,
    pub wat: PathBuf,
    pub reproduce: String,
}

#[derive(Debug, Serialize)]
pub struct Bucket {
    pub signature: String,
    pub known: Option<String>,
    /// The open finding it is ([`crate::open_findings`]), by id.
    #[serde(default)]
    pub open: Option<String>,
    pub count: usize,
    pub first_seen: u64,
    pub last_seen: u64,
    pub examples: Vec<PathBuf>,
    pub reproduce: String,
    /// The divergence of the representative, side by side (from its report).
    pub divergence: serde_json::Value,
    pub minimised: Option<Minimised>,
}

impl Bucket {
    /// An unclassified bucket of `members`, not minimised.
    fn of(
        signature: String,
        members: &[ArtefactTriage],
        reproduce: String,
        divergence: serde_json::Value,
    ) -> Bucket {
        Bucket {
            known: None,
            open: None,
            count: members.len(),
            first_seen: members.iter().map(|m| m.modified).min().unwrap_or(0),
            last_seen: members.iter().map(|m| m.modified).max().unwrap_or(0),
            examples: members.iter().map(|m| m.path.clone()).collect(),
            reproduce,
            divergence,
            minimised: None,
            signature,
        }
    }
}

#[derive(Debug, Serialize, Default)]
pub struct TriageReport {
    pub buckets: Vec<Bucket>,
    pub flaky: Vec<ArtefactTriage>,
    pub corrupt: Vec<ArtefactTriage>,
    pub no_longer_reproducing: Vec<ArtefactTriage>,
}

/// Every artefact under `dir`: vmdiff artefact directories and bare input files.
pub fn find_artefacts(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&current)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        entries.sort();
        if entries.iter().any(|p| {
            p.file_name()
                .is_some_and(|n| n == "report.json" || n == "input")
        }) {
            found.push(current);
            continue;
        }
        for path in entries {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if name.starts_with('.')
                || name == "SIGNATURE"
                || name.ends_with(".md")
                || name == "prepare-defects"
            {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if path
                .parent()
                .and_then(|p| p.file_name())
                .is_some_and(|n| n == "libfuzzer")
            {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

fn modified(path: &Path) -> u64 {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs())
}

/// Reproduces one artefact `REPRODUCTIONS` times.
pub fn triage_artefact(path: &Path, make_matrix: MatrixFactory) -> ArtefactTriage {
    let corrupt = |why: String| ArtefactTriage {
        path: path.to_path_buf(),
        signature: None,
        status: Status::Corrupt { why },
        modified: modified(path),
    };
    if let Some(report) = compile_blowup_report(path) {
        return match recheck_compile_blowup(path, &report) {
            Ok(hits) => ArtefactTriage {
                path: path.to_path_buf(),
                signature: report.signature.clone(),
                status: match hits {
                    0 => Status::NoLongerReproduces,
                    h if h == REPRODUCTIONS => Status::Reproduces,
                    h => Status::Flaky { hits: h },
                },
                modified: modified(path),
            },
            Err(why) => corrupt(why),
        };
    }
    if let Some(triaged) = triage_crash(path, make_matrix) {
        return triaged;
    }
    let loaded = match load(path) {
        Ok(loaded) => loaded,
        Err(why) => return corrupt(why),
    };
    let matrix = match make_matrix(&loaded.backends, &loaded.schemes) {
        Ok(matrix) => matrix,
        Err(why) => return corrupt(why),
    };
    let mut nondeterministic = false;
    let runs: Vec<Vec<String>> = (0..REPRODUCTIONS)
        .map(|_| {
            let result = rerun(&matrix, &loaded);
            nondeterministic |= result.nondeterministic;
            result.findings.iter().map(|f| f.signature()).collect()
        })
        .collect();
    // The saved divergence as this build classifies it: its class may have changed since it
    // was saved (an unknown divergence a new class explains), the divergence itself may not.
    let saved = loaded.signature();
    let signature = match &saved {
        Some(saved) => runs
            .iter()
            .flatten()
            .find(|found| unclassed(found) == unclassed(saved))
            .cloned()
            .or(Some(saved.clone())),
        None => runs.iter().flatten().next().cloned(),
    };
    let hits = match &signature {
        Some(s) => runs.iter().filter(|found| found.contains(s)).count() as u32,
        None => 0,
    };
    let status = match hits {
        _ if nondeterministic => Status::Flaky { hits },
        0 => Status::NoLongerReproduces,
        h if h == REPRODUCTIONS => Status::Reproduces,
        h => Status::Flaky { hits: h },
    };
    ArtefactTriage {
        path: path.to_path_buf(),
        signature,
        status,
        modified: modified(path),
    }
}

/// Triage of a crash that is not a divergence ([`crate::crash`]), if `path` is one: a vmdiff
/// crash artefact, or a file libFuzzer or a sanitizer wrote under `<target>/libfuzzer/`.
/// Crashes vmdiff can run again in-process (a preparation defect, a panic, a `diff` crash
/// file) are re-run three times like divergences; the others are recorded as they are.
fn triage_crash(path: &Path, make_matrix: MatrixFactory) -> Option<ArtefactTriage> {
    use crate::crash::{self, CrashKind};
    let triaged = |signature: String, status| ArtefactTriage {
        path: path.to_path_buf(),
        signature: Some(signature),
        status,
        modified: modified(path),
    };
    if path.is_dir() {
        let report = crate::artefact::CrashReport::read(path)?;
        if !report.crash.rerunnable() {
            return Some(triaged(report.signature, Status::Recorded));
        }
        let input = match std::fs::read(path.join("input")) {
            Ok(input) => input,
            Err(e) => {
                return Some(ArtefactTriage {
                    status: Status::Corrupt {
                        why: format!("no readable `input`: {e}"),
                    },
                    ..triaged(report.signature, Status::Recorded)
                })
            }
        };
        let backends = report.backends.as_deref().unwrap_or_default().join(",");
        let schemes = report.schemes.as_deref().unwrap_or_default().join(",");
        let hits = match make_matrix(&backends, &schemes) {
            Ok(matrix) => (0..REPRODUCTIONS)
                .filter(|_| {
                    let result = case::run_input_guarded(
                        &matrix,
                        &input,
                        &CaseOptions::default(),
                        &mut Stats::default(),
                    );
                    result
                        .crashes()
                        .iter()
                        .any(|(kind, message)| crash::signature(*kind, message) == report.signature)
                })
                .count() as u32,
            Err(why) => {
                return Some(ArtefactTriage {
                    status: Status::Corrupt { why },
                    ..triaged(report.signature, Status::Recorded)
                })
            }
        };
        let status = match hits {
            0 => Status::NoLongerReproduces,
            h if h == REPRODUCTIONS => Status::Reproduces,
            h => Status::Flaky { hits: h },
        };
        return Some(triaged(report.signature, status));
    }
    let name = path.file_name()?.to_string_lossy().into_owned();
    let kind = CrashKind::of_libfuzzer_file(&name)?;
    // crashes/<target>/libfuzzer/<file>
    let target = path
        .parent()
        .and_then(Path::parent)
        .and_then(Path::file_name)
        .map_or("?".into(), |n| n.to_string_lossy().into_owned());
    let recorded = |detail: &str| {
        triaged(
            crash::signature(kind, &format!("{target}: {detail}")),
            Status::Recorded,
        )
    };
    match kind {
        // A sanitizer names the error on its `ERROR:` line.
        CrashKind::Sanitizer => {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            let error = text
                .lines()
                .find_map(|l| l.split_once("ERROR: ").map(|(_, e)| e.to_string()))
                .unwrap_or_else(|| "a report without an ERROR line".into());
            Some(recorded(&error))
        }
        // A `diff` crash file is a diff input: run it again; what it shows now is its bucket
        // (a divergence, or a crash of the case). Other targets' inputs are recorded.
        CrashKind::LibfuzzerCrash if target == "diff" => {
            let matrix = make_matrix("all", "all").ok()?;
            let input = std::fs::read(path).ok()?;
            let result = case::run_input_guarded(
                &matrix,
                &input,
                &CaseOptions::default(),
                &mut Stats::default(),
            );
            let shown = result
                .crashes()
                .first()
                .map(|(kind, message)| crash::signature(*kind, message))
                .or_else(|| {
                    result
                        .findings
                        .iter()
                        .find(|f| f.divergence.is_unknown())
                        .map(|f| f.signature())
                });
            match shown {
                // A divergence is triaged as one, three times, by the caller.
                Some(signature) if !signature.starts_with("crash.") => None,
                Some(signature) => Some(triaged(signature, Status::Reproduces)),
                None => Some(recorded(
                    "did not reproduce in-process (see the nightly's fuzz log)",
                )),
            }
        }
        _ => Some(recorded(kind.as_str())),
    }
}

/// The report of a `compile_blowup` artefact, if `path` is one.
pub fn compile_blowup_report(path: &Path) -> Option<CompileBlowupReport> {
    let dir = if path.is_dir() { path } else { path.parent()? };
    CompileBlowupReport::read(dir)
}

/// Checks a compile blowup's module again (`REPRODUCTIONS` times) against the budget line it
/// broke, as `vmdiff budget` does: rescaled by the yardstick measured then, confirmed by a
/// re-measurement. The absolute budget in the report belongs to the machine and process that
/// found it. Returns how many checks still flagged it.
pub fn recheck_compile_blowup(path: &Path, report: &CompileBlowupReport) -> Result<u32, String> {
    use crate::compile_cost::{check, measure, BackendCompiler, Bounds, Compile};
    let dir = if path.is_dir() {
        path
    } else {
        path.parent().unwrap_or(path)
    };
    let blowup = report.parse_blowup()?;
    let backend = blowup.backend.parse().map_err(|e: String| e)?;
    let wasm = std::fs::read(dir.join("module.wasm")).map_err(|e| format!("module.wasm: {e}"))?;
    let wasm = BackendCompiler::prepare(&wasm)?;
    let compiler = BackendCompiler::new(backend);
    let mut hits = 0;
    for _ in 0..REPRODUCTIONS {
        hits += u32::from(match &blowup.line {
            Some((line, margin)) => {
                let bounds = Bounds::one_line(*margin, blowup.meter, &blowup.backend, *line);
                check(&compiler, &wasm, &bounds, blowup.meter, 3)?.is_some()
            }
            // A doubling blowup: its budget came from the smaller module, measured alongside.
            None => measure(&compiler as &dyn Compile, &wasm, blowup.meter, 3)?.min > blowup.budget,
        });
    }
    Ok(hits)
}

/// Shrinks a bucket representative's module, keeping the signature.
fn minimise(
    example: &Path,
    signature: &str,
    matrix: &Matrix,
    out: &Path,
) -> Result<Minimised, String> {
    let loaded = load(example)?;
    let (wasm, call) = loaded
        .module
        .clone()
        .ok_or("a bare input has no saved module to shrink")?;
    let options = CaseOptions {
        full_gas: loaded.full_gas,
        ..CaseOptions::default()
    };
    let keeps_signature = |candidate: &[u8]| {
        let result = case::run_module(
            matrix,
            candidate,
            vec![call.clone()],
            &options,
            &mut Stats::default(),
        );
        result.findings.iter().any(|f| f.signature() == signature)
    };
    if !keeps_signature(&wasm) {
        return Err("the module alone does not reproduce the signature".into());
    }
    let shrunk = wasm_shrink::WasmShrink::default()
        .attempts(200)
        .run(wasm.clone(), |candidate| Ok(keeps_signature(candidate)))
        .map_err(|e| e.to_string())?;
    std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
    let (wasm_path, wat_path) = (out.join("minimised.wasm"), out.join("minimised.wat"));
    std::fs::write(&wasm_path, &shrunk.output).map_err(|e| e.to_string())?;
    std::fs::write(&wat_path, crate::prepare::to_wat(&shrunk.output).as_bytes())
        .map_err(|e| e.to_string())?;
    let reproduce = run_command(&wasm_path, &call, &loaded);
    Ok(Minimised {
        original_bytes: shrunk.input_size,
        bytes: shrunk.output_size,
        wasm: wasm_path,
        wat: wat_path,
        reproduce,
    })
}

/// The `vmdiff run` line that repeats `call` on the module at `wasm_path` as the artefact
/// `loaded` ran it.
fn run_command(wasm_path: &Path, call: &PlannedCall, loaded: &Loaded) -> String {
    let args: Vec<String> = call.args.iter().map(arg_text).collect();
    // The chain context only where it is not the default (NEAR's runtimes read it).
    let context = (call.context != crate::backend::CallContext::default())
        .then(|| serde_json::to_string(&call.context).ok())
        .flatten()
        .map(|json| format!(" --context '{json}'"))
        .unwrap_or_default();
    format!(
        "vmdiff run {} --export '{}'{} --input '{}'{context} --gas {} --limited {} --backends {} --schemes {}",
        wasm_path.display(),
        call.export,
        args.iter().map(|a| format!(" --arg {a}")).collect::<String>(),
        crate::outcome::hex_bytes::encode(&call.input),
        // A call with its own gas (NEAR's host-call sequences) ran at that, not the campaign's.
        call.gas.unwrap_or(loaded.full_gas),
        call.permille,
        loaded.backends,
        loaded.schemes
    )
}

/// An argument as `vmdiff run --arg` takes it (raw bits for floats).
fn arg_text(value: &crate::outcome::Value) -> String {
    use crate::outcome::Value;
    match value {
        Value::I32(v) => v.to_string(),
        Value::I64(v) => v.to_string(),
        Value::F32(b) => format!("0x{b:08x}"),
        Value::F64(b) => format!("0x{b:016x}"),
        Value::FuncRef { .. } | Value::ExternRef { .. } => "0".into(),
    }
}

/// Triage of every artefact under `dir`; minimised modules, `TRIAGE.md` and `triage.json`
/// (what `vmdiff gate --triage` reads) go under `out`.
pub fn triage(
    dir: &Path,
    minimize: bool,
    out: &Path,
    make_matrix: MatrixFactory,
) -> std::io::Result<TriageReport> {
    let mut report = TriageReport::default();
    let mut by_signature: BTreeMap<String, Vec<ArtefactTriage>> = BTreeMap::new();
    for path in find_artefacts(dir)? {
        let triaged = triage_artefact(&path, make_matrix);
        match (&triaged.status, &triaged.signature) {
            (Status::Reproduces | Status::Recorded, Some(signature)) => by_signature
                .entry(signature.clone())
                .or_default()
                .push(triaged),
            (Status::Flaky { .. }, _) => report.flaky.push(triaged),
            (Status::Corrupt { .. }, _) => report.corrupt.push(triaged),
            _ => report.no_longer_reproducing.push(triaged),
        }
    }
    for (signature, members) in by_signature {
        let representative = &members[0].path;
        if let Some(blowup) = compile_blowup_report(representative) {
            // Not a divergence: the measurement and the budget it broke, measured again by
            // the report's own command.
            let bucket = Bucket::of(signature, &members, blowup.reproduce, blowup.blowup);
            report.buckets.push(bucket);
            continue;
        }
        if signature.starts_with(crate::gate::CRASH_PREFIX) {
            // Not a divergence either: the crash's kind and message, as saved.
            let crash = crate::artefact::CrashReport::read(representative);
            let reproduce = match &crash {
                Some(_) => format!("vmdiff repro {}", representative.display()),
                None => format!("the fuzz target on {}", representative.display()),
            };
            let saved = crash
                .map(|r| serde_json::json!({ "crash": r.crash, "message": r.message }))
                .unwrap_or(serde_json::Value::Null);
            report
                .buckets
                .push(Bucket::of(signature, &members, reproduce, saved));
            continue;
        }
        let divergence = load(representative)
            .ok()
            .and_then(|l| l.report)
            .map(|r| r.divergence)
            .unwrap_or(serde_json::Value::Null);
        // The class of this build's re-run, not the one the artefact was saved with.
        let parsed = crate::signature::Signature::parse(&signature);
        let open = parsed.open_id().map(str::to_string);
        let known = parsed.known_class().map(str::to_string);
        let minimised = if minimize {
            let loaded = load(representative).ok();
            let bucket_dir = out.join(crate::fs::short_hash(signature.as_bytes()));
            loaded
                .and_then(|l| make_matrix(&l.backends, &l.schemes).ok())
                .and_then(|matrix| minimise(representative, &signature, &matrix, &bucket_dir).ok())
        } else {
            None
        };
        let reproduce = format!("vmdiff repro {}", representative.display());
        report.buckets.push(Bucket {
            known,
            open,
            minimised,
            ..Bucket::of(signature, &members, reproduce, divergence)
        });
    }
    std::fs::create_dir_all(out)?;
    std::fs::write(out.join("TRIAGE.md"), report.markdown())?;
    std::fs::write(out.join("triage.json"), serde_json::to_vec_pretty(&report)?)?;
    Ok(report)
}

impl TriageReport {
    /// Buckets nobody has explained (neither a known class nor a registered open finding):
    /// what is new, and what blocks a switch.
    pub fn open_unknown(&self) -> usize {
        self.buckets
            .iter()
            .filter(|b| b.known.is_none() && b.open.is_none())
            .count()
    }

    /// Buckets of registered open findings.
    pub fn open_findings(&self) -> usize {
        self.buckets.iter().filter(|b| b.open.is_some()).count()
    }

    pub fn markdown(&self) -> String {
        use std::fmt::Write;
        let mut md = String::from("# vmdiff triage\n\n");
        let _ = writeln!(
            md,
            "{} buckets ({} unknown, {} open findings, {} known) · {} flaky · {} corrupt · {} no longer reproducing\n",
            self.buckets.len(),
            self.open_unknown(),
            self.open_findings(),
            self.buckets.len() - self.open_unknown() - self.open_findings(),
            self.flaky.len(),
            self.corrupt.len(),
            self.no_longer_reproducing.len()
        );
        for bucket in &self.buckets {
            let d = &bucket.divergence;
            let _ = writeln!(md, "## `{}`\n", bucket.signature);
            let class = match (&bucket.known, &bucket.open) {
                (Some(class), _) => class.clone(),
                (None, Some(id)) => format!("open:{id}"),
                (None, None) => "**unknown**".into(),
            };
            let _ = writeln!(md, "- class: {class}");
            let _ = writeln!(
                md,
                "- count: {} (first seen {}, last seen {})",
                bucket.count, bucket.first_seen, bucket.last_seen
            );
            if bucket.signature.starts_with(crate::gate::CRASH_PREFIX) {
                let _ = writeln!(
                    md,
                    "- crash (not a divergence): {}\n\nReproduce: `{}`\n",
                    d["message"].as_str().unwrap_or("as recorded"),
                    bucket.reproduce
                );
                continue;
            }
            if bucket.signature.starts_with("compile_blowup:") {
                let _ = writeln!(
                    md,
                    "- compile cost {} {} (min of repeats) for {} bytes, over its budget {} (x{:.2})\n\nReproduce: `{}`\n",
                    d["measured"]["min"],
                    d["meter"].as_str().unwrap_or(""),
                    d["size"]["bytes"],
                    d["budget"],
                    d["ratio"].as_f64().unwrap_or(0.0),
                    bucket.reproduce
                );
                continue;
            }
            let _ = writeln!(md, "- fields that differ: {}", d["fields"]);
            let _ = writeln!(md, "\n| config | result |\n|---|---|");
            let _ = writeln!(
                md,
                "| {} | {} |",
                d["left"]["backend"]
                    .as_str()
                    .map_or(d["left"].to_string(), |b| format!(
                        "{b}/{}",
                        d["left"]["scheme"].as_str().unwrap_or("")
                    )),
                d["left_result"].as_str().unwrap_or("")
            );
            let _ = writeln!(
                md,
                "| {} | {} |\n",
                d["right"]["backend"]
                    .as_str()
                    .map_or(d["right"].to_string(), |b| format!(
                        "{b}/{}",
                        d["right"]["scheme"].as_str().unwrap_or("")
                    )),
                d["right_result"].as_str().unwrap_or("")
            );
            let _ = writeln!(md, "Reproduce: `{}`\n", bucket.reproduce);
            if let Some(m) = &bucket.minimised {
                let _ = writeln!(
                    md,
                    "Minimised: {} → {} bytes, `{}`; reproduce: `{}`\n",
                    m.original_bytes,
                    m.bytes,
                    m.wat.display(),
                    m.reproduce
                );
            }
        }
        for (title, list) in [
            ("Flaky (a harness defect)", &self.flaky),
            ("Corrupt", &self.corrupt),
            ("No longer reproducing", &self.no_longer_reproducing),
        ] {
            if !list.is_empty() {
                let _ = writeln!(md, "## {title}\n");
                for a in list {
                    let _ = writeln!(md, "- `{}` {:?}", a.path.display(), a.status);
                }
                md.push('\n');
            }
        }
        md
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_run_line_repeats_a_call_at_its_own_gas() {
        let mut call = PlannedCall {
            export: "get".into(),
            args: vec![],
            input: vec![0xab],
            permille: 925,
            gas: None,
            context: Default::default(),
        };
        let loaded = Loaded {
            input: vec![],
            backends: "near-vm,near-wasmtime".into(),
            schemes: "near".into(),
            full_gas: 300_000,
            report: None,
            module: None,
        };
        let line = |call: &PlannedCall| run_command(Path::new("m.wasm"), call, &loaded);
        assert_eq!(
            line(&call),
            "vmdiff run m.wasm --export 'get' --input 'ab' --gas 300000 --limited 925 \
             --backends near-vm,near-wasmtime --schemes near"
        );
        call.gas = Some(1 << 22);
        assert!(line(&call).contains(" --gas 4194304 "), "{}", line(&call));
    }
}
