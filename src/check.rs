//! `vmdiff check`: a fixed number of generated cases from a seed through the matrix, the same
//! cases for the same seed (the README's first command and CI's smoke run).

use crate::artefact::ArtefactDir;
use crate::campaign::matrix_names;
use crate::case::{self, CaseOptions};
use crate::generate;
use crate::matrix::Matrix;
use crate::stats::Stats;
use std::path::PathBuf;
use std::time::Instant;

/// Bytes given to the generator per case.
pub const CASE_BYTES: usize = 4096;

/// What a check found.
pub struct CheckReport {
    pub stats: Stats,
    /// The artefacts saved for findings, in the order they were found.
    pub saved: Vec<PathBuf>,
    /// A finding the exit code fails on: an unknown divergence (any divergence if `strict`), a
    /// crash (a preparation defect, a call past the wall-clock guard) or a nondeterministic case.
    pub failing: bool,
}

/// Runs cases `0..cases` of `seed` through `matrix`, saving each finding under `artefacts`.
/// `progress` is called after every case with the number done and the running statistics.
pub fn run(
    matrix: &Matrix,
    seed: u64,
    cases: u64,
    options: &CaseOptions,
    artefacts: &ArtefactDir,
    strict: bool,
    mut progress: impl FnMut(u64, &Stats),
) -> CheckReport {
    let gas = options.full_gas;
    let names = matrix_names(matrix);
    let mut stats = Stats::default();
    let start = Instant::now();
    let mut saved = Vec::new();
    let mut failing = false;
    for index in 0..cases {
        let input = generate::case_bytes(seed, index, CASE_BYTES);
        let result = case::run_input_guarded(matrix, &input, options, &mut stats);
        failing |= result.failing(strict);
        let wasm = result.wasm.as_deref().unwrap_or_default();
        for finding in &result.findings {
            match artefacts.save(finding, &input, wasm, (&names.0, &names.1), gas) {
                Ok(Some(path)) => saved.push(path),
                Ok(None) => {}
                Err(e) => eprintln!("vmdiff: could not save an artefact: {e}"),
            }
        }
        for (kind, message) in result.crashes() {
            eprintln!("\nvmdiff: {} on case {index}: {message}", kind.as_str());
            match artefacts.save_crash(kind, &message, &input, wasm, (&names.0, &names.1)) {
                Ok(Some(path)) => saved.push(path),
                Ok(None) => {}
                Err(e) => eprintln!("vmdiff: could not save a {} crash: {e}", kind.as_str()),
            }
        }
        progress(index + 1, &stats);
    }
    stats.wall_seconds = start.elapsed().as_secs_f64();
    CheckReport {
        stats,
        saved,
        failing,
    }
}
