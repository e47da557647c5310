//! Findings on disk: `crashes/<target>/<bucket>/` holds the input that reproduces a finding,
//! its JSON report and the module as `.wasm` and `.wat` (DESIGN.md, "Artefacts").
//!
//! Writes are atomic (a temporary directory renamed into place), existing artefacts are never
//! overwritten, and a bucket keeps a bounded number of examples, so an interrupted or long
//! campaign loses nothing it found and does not flood the disk with duplicates.

use crate::case::Finding;
use crate::compile_cost::Blowup;
use crate::fs::short_hash;
// contracts.rs lists its directory through here; kept while parallel work changes that file.
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Examples kept per signature (the rest are counted in the statistics).
pub const EXAMPLES_PER_SIGNATURE: usize = 3;
/// Known findings are kept once per class and signature.
pub const EXAMPLES_PER_KNOWN_SIGNATURE: usize = 1;

/// The report saved beside each divergence artefact (`report.json`), one definition for
/// writing and reading: written with the call, the divergence and the outcomes of the finding,
/// read back (by `triage` and `repro`) with those as JSON — a reader re-runs the saved module
/// and call, and keeps the rest as found. A reader takes what is missing as absent, as it
/// always did: reports of older versions have no `full_gas`, and one without `backends` or
/// `schemes` is named for it.
#[derive(Serialize, Deserialize)]
pub struct ArtefactReport<
    Call = serde_json::Value,
    Div = serde_json::Value,
    Out = serde_json::Value,
> {
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub signature: Option<String>,
    #[serde(default)]
    pub known: Option<String>,
    #[serde(default)]
    pub reproduce: String,
    #[serde(default)]
    pub backends: Option<Vec<String>>,
    #[serde(default)]
    pub schemes: Option<Vec<String>>,
    #[serde(default)]
    pub full_gas: Option<u64>,
    #[serde(default)]
    pub call: Call,
    #[serde(default)]
    pub divergence: Div,
    #[serde(default)]
    pub outcomes: Out,
}

/// What a report is, when it says (`kind`): divergence reports have no kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    CompileBlowup,
    /// A crash that is not a divergence ([`crate::crash`]).
    Crash,
}

/// The report saved beside a crash artefact: its kind, the message (a panic's, with where it
/// was raised; a preparation error; the slow call), and how to run the input again. The
/// input is the fuzz input, and `module.wasm` the module it became, when it became one.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CrashReport {
    pub kind: ReportKind,
    pub crash: crate::crash::CrashKind,
    #[serde(default)]
    pub target: String,
    pub signature: String,
    pub message: String,
    #[serde(default)]
    pub reproduce: String,
    #[serde(default)]
    pub backends: Option<Vec<String>>,
    #[serde(default)]
    pub schemes: Option<Vec<String>>,
}

impl CrashReport {
    /// The report in `dir`, if it is a crash's.
    pub fn read(dir: &Path) -> Option<CrashReport> {
        let report: CrashReport =
            serde_json::from_slice(&std::fs::read(dir.join("report.json")).ok()?).ok()?;
        (report.kind == ReportKind::Crash).then_some(report)
    }
}

/// The report saved beside a compile-blowup artefact, one definition for writing (with the
/// [`Blowup`] measured) and reading (by `triage` and `repro`, with the blowup as JSON until
/// [`CompileBlowupReport::parse_blowup`] says what is wrong with it). Fields in the order
/// they are written; a reader takes missing ones as empty, as it always did.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CompileBlowupReport<B = serde_json::Value> {
    pub kind: ReportKind,
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub signature: Option<String>,
    #[serde(default)]
    pub reproduce: String,
    #[serde(default)]
    pub blowup: B,
}

impl CompileBlowupReport {
    /// The report in `dir`, if it is a compile blowup's.
    pub fn read(dir: &Path) -> Option<CompileBlowupReport> {
        let report: CompileBlowupReport =
            serde_json::from_slice(&std::fs::read(dir.join("report.json")).ok()?).ok()?;
        (report.kind == ReportKind::CompileBlowup).then_some(report)
    }

    /// The blowup as measured.
    pub fn parse_blowup(&self) -> Result<Blowup, String> {
        serde_json::from_value(self.blowup.clone()).map_err(|e| format!("report.json: {e}"))
    }
}

/// Where a target's artefacts go, and what is already there.
pub struct ArtefactDir {
    pub root: PathBuf,
    pub target: String,
}

impl ArtefactDir {
    pub fn new(crashes: &Path, target: &str) -> ArtefactDir {
        ArtefactDir {
            root: crashes.join(target),
            target: target.to_string(),
        }
    }

    fn bucket(&self, signature: &str) -> PathBuf {
        self.root.join(short_hash(signature.as_bytes()))
    }

    /// Saves a finding unless its bucket already holds enough examples or this very input.
    /// Returns the artefact directory when something was written.
    pub fn save(
        &self,
        finding: &Finding,
        input: &[u8],
        wasm: &[u8],
        matrix_names: (&[String], &[String]),
        full_gas: u64,
    ) -> std::io::Result<Option<PathBuf>> {
        let signature = finding.signature();
        let divergence = &finding.divergence;
        // An open finding is one bucket, whatever fields and results it showed: it is reported
        // once, by id.
        let (bucket, limit) = match (&divergence.known, &divergence.open) {
            (Some(_), _) => (signature.clone(), EXAMPLES_PER_KNOWN_SIGNATURE),
            (None, Some(id)) => (
                format!("{}{id}", crate::oracle::OPEN_PREFIX),
                EXAMPLES_PER_KNOWN_SIGNATURE,
            ),
            (None, None) => (signature.clone(), EXAMPLES_PER_SIGNATURE),
        };
        self.save_example(&bucket, limit, input, wasm, |example| {
            serde_json::to_vec_pretty(&ArtefactReport {
                target: self.target.clone(),
                signature: Some(signature.clone()),
                known: finding.divergence.known.clone(),
                reproduce: format!("vmdiff repro {}", example.display()),
                backends: Some(matrix_names.0.to_vec()),
                schemes: Some(matrix_names.1.to_vec()),
                full_gas: Some(full_gas),
                call: &finding.call,
                divergence: &finding.divergence,
                outcomes: &finding.report,
            })
        })
    }

    /// Saves a confirmed compile blowup: the module before preparation (every reader prepares
    /// it for `global` again, deterministically) and a report with the measurement, the bound it
    /// broke and the command that measures it again (`reproduce` is given the example's
    /// directory).
    pub fn save_compile_blowup(
        &self,
        blowup: &Blowup,
        input: &[u8],
        wasm: &[u8],
        reproduce: impl FnOnce(&Path) -> String,
    ) -> std::io::Result<Option<PathBuf>> {
        let signature = blowup.signature();
        self.save_example(&signature, EXAMPLES_PER_SIGNATURE, input, wasm, |example| {
            // Through a JSON value, as the report was always written (the same key order).
            let report = serde_json::to_value(CompileBlowupReport {
                kind: ReportKind::CompileBlowup,
                target: self.target.clone(),
                signature: Some(signature.clone()),
                reproduce: reproduce(example),
                blowup,
            })?;
            serde_json::to_vec_pretty(&report)
        })
    }

    /// Saves a crash that is not a divergence under `crashes/<target>/`, bucketed by
    /// [`crate::crash::signature`]: the input, the module when there is one, and the report.
    pub fn save_crash(
        &self,
        kind: crate::crash::CrashKind,
        message: &str,
        input: &[u8],
        wasm: &[u8],
        matrix_names: (&[String], &[String]),
    ) -> std::io::Result<Option<PathBuf>> {
        let signature = crate::crash::signature(kind, message);
        self.save_example(&signature, EXAMPLES_PER_SIGNATURE, input, wasm, |example| {
            serde_json::to_vec_pretty(&CrashReport {
                kind: ReportKind::Crash,
                crash: kind,
                target: self.target.clone(),
                signature: signature.clone(),
                message: message.to_string(),
                reproduce: format!("vmdiff repro {}", example.display()),
                backends: Some(matrix_names.0.to_vec()),
                schemes: Some(matrix_names.1.to_vec()),
            })
        })
    }

    fn save_example(
        &self,
        signature: &str,
        limit: usize,
        input: &[u8],
        wasm: &[u8],
        report: impl FnOnce(&Path) -> serde_json::Result<Vec<u8>>,
    ) -> std::io::Result<Option<PathBuf>> {
        let bucket = self.bucket(signature);
        let example = bucket.join(short_hash(input));
        if example.exists() {
            return Ok(None);
        }
        let existing = std::fs::read_dir(&bucket)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|e| {
                        e.path().is_dir() && !e.file_name().to_string_lossy().starts_with('.')
                    })
                    .count()
            })
            .unwrap_or(0);
        if existing >= limit {
            return Ok(None);
        }
        let json = report(&example).map_err(std::io::Error::other)?;
        let tmp = bucket.join(format!(".tmp-{}-{}", short_hash(input), std::process::id()));
        std::fs::create_dir_all(&tmp)?;
        std::fs::write(tmp.join("input"), input)?;
        std::fs::write(tmp.join("module.wasm"), wasm)?;
        std::fs::write(
            tmp.join("module.wat"),
            crate::prepare::to_wat(wasm).as_bytes(),
        )?;
        std::fs::write(tmp.join("report.json"), json)?;
        std::fs::write(bucket.join("SIGNATURE"), signature.as_bytes()).ok();
        match std::fs::rename(&tmp, &example) {
            Ok(()) => Ok(Some(example)),
            Err(_) if example.exists() => {
                let _ = std::fs::remove_dir_all(&tmp);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}
