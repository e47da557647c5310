//! Calibration of the budget (`vmdiff calibrate`): modules loaded from contracts, `.wat` and
//! fuzz inputs, measured on each backend, a line fitted per backend, the spread of repeats.

use super::budget::{reference_module, yardstick, Bounds, Line};
use super::compiler::{BackendCompiler, Compile, ModuleSize};
use super::meter::{measure, Meter, Sample};
use crate::profile::Profile;
use serde::Serialize;
use std::collections::BTreeMap;

/// One module measured for calibration.
#[derive(Clone, Debug, Serialize)]
pub struct CalibrationPoint {
    pub module: String,
    pub backend: String,
    pub size: ModuleSize,
    pub sample: Sample,
}

/// Least-squares `a + b·x`, `a` kept non-negative (a compile never costs less than nothing).
fn least_squares(points: &[(u64, f64)]) -> (f64, f64) {
    let n = points.len() as f64;
    let mx = points.iter().map(|p| p.0 as f64).sum::<f64>() / n;
    let my = points.iter().map(|p| p.1).sum::<f64>() / n;
    let var: f64 = points.iter().map(|p| (p.0 as f64 - mx).powi(2)).sum();
    let cov: f64 = points.iter().map(|p| (p.0 as f64 - mx) * (p.1 - my)).sum();
    let b = if var > 0.0 { (cov / var).max(0.0) } else { 0.0 };
    ((my - b * mx).max(0.0), b)
}

/// The `q` quantile of `values` (nearest rank; `values` not empty).
fn quantile(mut values: Vec<f64>, q: f64) -> f64 {
    values.sort_by(f64::total_cmp);
    values[((values.len() as f64 * q).ceil() as usize).clamp(1, values.len()) - 1]
}

/// Share of the calibration corpus allowed above the line before the margin.
const ABOVE_LINE: f64 = 0.05;

/// Fits a budget line to measured `(bytes, cost)` points: least squares with the slowest 5%
/// (relative to a first fit) left out, so that one superlinear module in the corpus cannot
/// raise every budget, then scaled up until all but the slowest 5% of the corpus sit under it.
/// The margin on top covers measurement noise.
pub fn fit_line(points: &[(u64, f64)]) -> Option<Line> {
    if points.is_empty() {
        return None;
    }
    let ratios = |(a, b): (f64, f64)| -> Vec<f64> {
        points
            .iter()
            .map(|p| p.1 / (a + b * p.0 as f64).max(f64::MIN_POSITIVE))
            .collect()
    };
    let first = least_squares(points);
    let cut = quantile(ratios(first), 1.0 - ABOVE_LINE);
    let kept: Vec<(u64, f64)> = points
        .iter()
        .zip(ratios(first))
        .filter(|(_, r)| *r <= cut)
        .map(|(p, _)| *p)
        .collect();
    let (a, b) = least_squares(if kept.len() >= 2 { &kept } else { points });
    let scale = quantile(ratios((a, b)), 1.0 - ABOVE_LINE).max(1.0);
    Some(Line {
        a: a * scale,
        b: b * scale,
        modules: points.len(),
        reference: None,
        yardstick: None,
    })
}

/// Measures every module on every compiler and fits one line per compiler.
pub fn calibrate(
    modules: &[LoadedModule],
    compilers: &[&dyn Compile],
    meter: Meter,
    repeats: usize,
    mut progress: impl FnMut(&CalibrationPoint),
) -> (BTreeMap<String, Line>, Vec<CalibrationPoint>) {
    // The reference module and the yardstick are measured first and last, and the cheaper
    // figure kept: a fresh process is the state a later check starts from.
    let reference = reference_module();
    let measure_reference = |compiler: &dyn Compile| {
        measure(compiler, &reference, meter, repeats)
            .ok()
            .map(|s| s.min)
    };
    let first_reference: Vec<Option<f64>> =
        compilers.iter().map(|c| measure_reference(*c)).collect();
    let first_yardstick = yardstick(meter, repeats);
    let mut points = Vec::new();
    for module in modules {
        let size = ModuleSize::of(&module.prepared);
        for compiler in compilers {
            if let Ok(sample) = measure(*compiler, &module.prepared, meter, repeats) {
                let point = CalibrationPoint {
                    module: module.name.clone(),
                    backend: compiler.name(),
                    size,
                    sample,
                };
                progress(&point);
                points.push(point);
            }
        }
    }
    let machine = first_yardstick.min(yardstick(meter, repeats));
    let lines = compilers
        .iter()
        .zip(first_reference)
        .filter_map(|(c, first_reference)| {
            let name = c.name();
            let mine: Vec<(u64, f64)> = points
                .iter()
                .filter(|p| p.backend == name)
                .map(|p| (p.size.bytes, p.sample.min))
                .collect();
            let mut line = fit_line(&mine)?;
            line.reference = match (first_reference, measure_reference(*c)) {
                (Some(first), Some(last)) => Some(first.min(last)),
                (first, last) => first.or(last),
            };
            line.yardstick = Some(machine);
            Some((name, line))
        })
        .collect();
    (lines, points)
}

/// bounds.toml as `vmdiff calibrate` writes it: `bounds` after a header that says how it was
/// calibrated (modules, compiles each, meter, spread of repeats, the margin rule).
pub fn bounds_file(
    bounds: &Bounds,
    modules: usize,
    repeats: usize,
    meter: Meter,
    spread: &Spread,
) -> String {
    let header = format!(
        "# Per-module compile budget: cost <= margin x (a + b x prepared bytes), per backend.\n\
         # Written by `vmdiff calibrate` on {} modules ({} compiles each, meter: {}).\n\
         # Spread of repeated compiles (max/min): median {:.3}, p95 {:.3}, worst {:.3};\n\
         # over the {} compiles costing at least a tenth of the costliest; margin = max(2, p95) unless given.\n",
        modules,
        repeats,
        meter.unit(),
        spread.median,
        spread.p95,
        spread.worst,
        spread.points
    );
    format!("{header}{}", bounds.to_toml())
}

/// What `vmdiff calibrate` writes beside bounds.toml (`bounds.json`): the measurements the
/// lines were fitted on. Written through a JSON value, so its keys keep the order they had.
#[derive(Serialize)]
pub struct CalibrationReport<'a> {
    pub meter: Meter,
    pub spread: Spread,
    pub margin: f64,
    pub lines: &'a BTreeMap<String, Line>,
    pub points: &'a [CalibrationPoint],
}

/// A module to measure: as found (what an artefact saves, and what re-preparing reproduces)
/// and as compiled (prepared for `global`).
pub struct LoadedModule {
    pub name: String,
    pub original: Vec<u8>,
    pub prepared: Vec<u8>,
}

/// Hidden files and the reports, notes and indexes that sit beside modules and inputs.
fn is_hidden_or_report(path: &std::path::Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        || path
            .extension()
            .is_some_and(|e| e == "md" || e == "json" || e == "tsv")
}

/// Modules to measure from files and directories (searched recursively): `.wasm` as is,
/// `.wat` assembled, anything else taken as a fuzz input and turned into the module the `diff`
/// target would generate from it. A directory that holds modules is a folder of modules: its
/// other files (licences, notes, indexes) are not fuzz inputs and are skipped, each listed.
/// Each module is prepared as deployed; what cannot be is listed with the reason, never
/// dropped silently.
pub fn load_modules(paths: &[std::path::PathBuf]) -> (Vec<LoadedModule>, Vec<String>) {
    let (mut modules, mut problems) = (Vec::new(), Vec::new());
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut stack = vec![path.clone()];
            while let Some(dir) = stack.pop() {
                let entries = match std::fs::read_dir(&dir) {
                    Ok(entries) => entries,
                    Err(e) => {
                        problems.push(format!("{}: {e}", dir.display()));
                        continue;
                    }
                };
                let mut here = Vec::new();
                for p in entries.filter_map(Result::ok).map(|entry| entry.path()) {
                    if p.is_dir() {
                        stack.push(p);
                    } else if !is_hidden_or_report(&p) {
                        here.push(p);
                    }
                }
                let is_module =
                    |p: &std::path::Path| p.extension().is_some_and(|e| e == "wasm" || e == "wat");
                if here.iter().any(|p| is_module(p)) {
                    // A crash artefact keeps its module as `.wasm` and as `.wat`: one module.
                    let has_binary_twin = |p: &std::path::Path| {
                        p.extension().is_some_and(|e| e == "wat")
                            && here.contains(&p.with_extension("wasm"))
                    };
                    for p in here.iter().filter(|p| !has_binary_twin(p)) {
                        if is_module(p) {
                            files.push(p.clone());
                        } else {
                            problems.push(format!(
                                "{}: not a module (beside modules, so not a fuzz input)",
                                p.display()
                            ));
                        }
                    }
                } else {
                    files.extend(here);
                }
            }
        } else if path.exists() {
            files.push(path.clone());
        } else {
            problems.push(format!("{}: no such file or directory", path.display()));
        }
    }
    files.sort();
    for file in files {
        let name = file.display().to_string();
        let bytes = match std::fs::read(&file) {
            Ok(bytes) => bytes,
            Err(e) => {
                problems.push(format!("{name}: {e}"));
                continue;
            }
        };
        let wasm = if bytes.starts_with(b"\0asm") {
            Ok(bytes)
        } else if file.extension().is_some_and(|e| e == "wat") {
            wat::parse_bytes(&bytes)
                .map(|b| b.into_owned())
                .map_err(|e| e.to_string())
        } else {
            crate::generate::generate(
                &Profile::default(),
                &crate::generate::GenerationLimits::default(),
                &bytes,
            )
            .map(|case| case.wasm)
            .map_err(|e| format!("not a module, and no module generated from it: {e}"))
        };
        match wasm.and_then(|wasm| Ok((BackendCompiler::prepare(&wasm)?, wasm))) {
            Ok((prepared, original)) => modules.push(LoadedModule {
                name,
                original,
                prepared,
            }),
            Err(e) => problems.push(format!("{name}: {e}")),
        }
    }
    (modules, problems)
}

/// How much repeated measurements of one compile vary: `max / min` per point, summarised over
/// the points that cost at least a tenth of the costliest (where budgets bind; the spread of a
/// compile that costs a fraction of a millisecond is clock and page-fault noise, far under any
/// budget's fixed part).
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Spread {
    pub median: f64,
    pub p95: f64,
    pub worst: f64,
    /// Points summarised.
    pub points: usize,
}

impl Spread {
    pub fn of(samples: impl Iterator<Item = Sample>) -> Option<Spread> {
        let samples: Vec<Sample> = samples.filter(|s| s.min > 0.0).collect();
        let costliest = samples.iter().map(|s| s.min).fold(0.0, f64::max);
        let mut ratios: Vec<f64> = samples
            .iter()
            .filter(|s| s.min >= costliest / 10.0)
            .map(|s| s.max / s.min)
            .collect();
        if ratios.is_empty() {
            return None;
        }
        ratios.sort_by(f64::total_cmp);
        let at =
            |q: f64| ratios[((ratios.len() as f64 * q).ceil() as usize).clamp(1, ratios.len()) - 1];
        Some(Spread {
            median: at(0.5),
            p95: at(0.95),
            worst: ratios[ratios.len() - 1],
            points: ratios.len(),
        })
    }

    /// The margin this noise calls for: the budget compares a minimum of repeats (steadier than
    /// any single compile) and confirms by measuring again, so one 95th-percentile spread on
    /// top of the line suffices, and never less than twice the line.
    pub fn margin(&self) -> f64 {
        self.p95.max(2.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn load_modules_skips_licences_and_text_twins_beside_modules_but_takes_bare_fuzz_inputs() {
        let root = std::env::temp_dir().join(format!("vmdiff-load-{}", std::process::id()));
        let (contracts, inputs) = (root.join("contracts"), root.join("inputs"));
        std::fs::create_dir_all(&contracts).unwrap();
        std::fs::create_dir_all(&inputs).unwrap();
        std::fs::write(contracts.join("a.wat"), "(module (func (export \"f\")))").unwrap();
        std::fs::write(
            contracts.join("LICENSE-MIT"),
            "Permission is hereby granted",
        )
        .unwrap();
        std::fs::write(contracts.join("SOURCES.tsv"), "a.wat\there").unwrap();
        // An artefact's module in both forms is measured once, from its binary.
        let twin = "(module (func (export \"g\")))";
        std::fs::write(contracts.join("b.wat"), twin).unwrap();
        std::fs::write(contracts.join("b.wasm"), wat::parse_str(twin).unwrap()).unwrap();
        std::fs::write(inputs.join("0123abcd"), [7u8; 64]).unwrap();
        let missing = root.join("missing");

        let (modules, problems) = load_modules(&[root.clone(), missing]);
        std::fs::remove_dir_all(&root).unwrap();

        let names: Vec<&str> = modules.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names.len(), 3, "{names:?} / {problems:?}");
        assert!(names.iter().any(|n| n.ends_with("a.wat")), "{names:?}");
        assert!(names.iter().any(|n| n.ends_with("b.wasm")), "{names:?}");
        assert!(names.iter().any(|n| n.ends_with("0123abcd")), "{names:?}");
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("LICENSE-MIT") || problems[1].contains("LICENSE-MIT"));
        assert!(
            problems.iter().any(|p| p.contains("no such file")),
            "{problems:?}"
        );
    }

    #[test]
    fn fit_line_sits_over_all_but_the_slowest_modules() {
        // 100 modules, cost 1 ms + 1 µs/byte, and one ten times slower.
        let mut points: Vec<(u64, f64)> = (1..=100)
            .map(|i| (i * 1000, 1e-3 + 1e-6 * (i * 1000) as f64))
            .collect();
        points[50].1 *= 10.0;
        let line = fit_line(&points).expect("a line");
        assert!((line.b - 1e-6).abs() < 1e-7, "{line:?}");
        assert!((line.a - 1e-3).abs() < 1e-4, "{line:?}");
        let over: Vec<usize> = (0..points.len())
            .filter(|i| points[*i].1 > line.at(points[*i].0) * (1.0 + 1e-9))
            .collect();
        assert_eq!(
            over,
            vec![50],
            "only the outlier is over the line: {line:?}"
        );
    }

    #[test]
    fn spread_summarises_costly_compiles_and_sets_the_margin() {
        let sample = |min: f64, max: f64| Sample {
            min,
            median: min,
            max,
        };
        // Cheap compiles are left out however noisy; the costly ones vary by 1.1 to 3.
        let mut samples = vec![sample(1e-5, 1e-3); 5];
        samples.extend((0..20).map(|i| sample(1.0, 1.1 + 0.1 * i as f64)));
        let spread = Spread::of(samples.into_iter()).expect("a spread");
        assert_eq!(spread.points, 20);
        assert!((spread.worst - 3.0).abs() < 1e-9, "{spread:?}");
        assert!((spread.p95 - 2.9).abs() < 1e-9, "{spread:?}");
        assert!((spread.margin() - 2.9).abs() < 1e-9);
        let quiet = Spread::of([sample(1.0, 1.05)].into_iter()).unwrap();
        assert_eq!(quiet.margin(), 2.0, "never less than twice the line");
    }
}
