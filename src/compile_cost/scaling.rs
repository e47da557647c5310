//! Compile-time scaling (`vmdiff scaling`): families of modules that scale one dimension at a
//! time, compiled on each backend at sizes n, 2n, 4n, …; the exponent of compile time against
//! module size is fitted on the upper sizes (DESIGN.md, "Compile-time bounds"). Each point is
//! the minimum of repeated single-threaded compiles, measured by [`Meter`] (instructions where
//! the machine counts them, else CPU time).

use super::compiler::{BackendCompiler, Compile};
use super::meter::{measure as measure_cost, Meter};
use serde::{Deserialize, Serialize};

/// A family: its name and a module of size parameter `n`, as WAT.
pub struct Family {
    pub name: &'static str,
    pub describe: &'static str,
    pub wat: fn(usize) -> String,
}

fn repeat(n: usize, f: impl Fn(usize) -> String) -> String {
    (0..n).map(f).collect::<Vec<_>>().join("\n")
}

pub const FAMILIES: &[Family] = &[
    Family {
        name: "nesting",
        describe: "n nested blocks",
        wat: |n| {
            format!(
                "(module (func (export \"f\") {} nop {}))",
                "block ".repeat(n),
                "end ".repeat(n)
            )
        },
    },
    Family {
        name: "loops",
        describe: "n nested loops",
        wat: |n| {
            format!(
                "(module (func (export \"f\") {} nop {}))",
                "loop ".repeat(n),
                "end ".repeat(n)
            )
        },
    },
    Family {
        name: "straight_line",
        describe: "n additions in one block",
        wat: |n| {
            format!(
                "(module (func (export \"f\") (result i32) i32.const 0 {}))",
                "i32.const 1 i32.add ".repeat(n)
            )
        },
    },
    Family {
        name: "locals",
        describe: "n i64 locals, each written and read",
        wat: |n| {
            format!(
                "(module (func (export \"f\") (result i64) (local {}) {} i64.const 0 {}))",
                "i64 ".repeat(n),
                repeat(n, |i| format!("i64.const {i} local.set {i}")),
                repeat(n, |i| format!("local.get {i} i64.add"))
            )
        },
    },
    Family {
        name: "live_values",
        describe: "n values live on the operand stack, then summed",
        wat: |n| {
            format!(
                "(module (func (export \"f\") (param i32) (result i32) {} {}))",
                repeat(n, |i| format!("local.get 0 i32.const {i} i32.mul")),
                "i32.add ".repeat(n.saturating_sub(1))
            )
        },
    },
    Family {
        name: "br_table",
        describe: "a br_table with n targets",
        wat: |n| {
            format!(
                "(module (func (export \"f\") (param i32) {} local.get 0 br_table {} {}))",
                "block ".repeat(8),
                repeat(n, |i| (i % 8).to_string()),
                "end ".repeat(8)
            )
        },
    },
    Family {
        name: "functions",
        describe: "n functions, each calling the next",
        wat: |n| {
            format!(
                "(module {} (func (export \"f\") call 0))",
                repeat(n, |i| if i + 1 < n {
                    format!("(func call {})", i + 1)
                } else {
                    "(func)".to_string()
                })
            )
        },
    },
    Family {
        name: "globals",
        describe: "n mutable globals, each incremented",
        wat: |n| {
            format!(
                "(module {} (func (export \"f\") {}))",
                repeat(n, |_| "(global (mut i32) (i32.const 0))".to_string()),
                repeat(n, |i| format!(
                    "global.get {i} i32.const 1 i32.add global.set {i}"
                ))
            )
        },
    },
    Family {
        name: "data_segments",
        describe: "n active data segments",
        wat: |n| {
            format!(
                "(module (memory 1) {})",
                repeat(n, |i| format!(
                    "(data (i32.const {}) \"abcd\")",
                    (i * 4) % 65_000
                ))
            )
        },
    },
];

#[derive(Clone, Debug, Serialize)]
pub struct Point {
    pub n: usize,
    pub bytes: usize,
    /// Minimum over the repeats, in the result's meter unit.
    pub cost: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct FamilyResult {
    pub family: String,
    pub backend: String,
    pub meter: Meter,
    pub exponent: f64,
    pub points: Vec<Point>,
    pub verdict: String,
    /// Why the family stopped growing before the byte cap, if it did.
    pub stopped: Option<String>,
}

/// Least-squares slope of log(cost) against log(size) over the upper half of the points.
pub fn fit_exponent(points: &[(f64, f64)]) -> f64 {
    let upper = &points[points.len() / 2..];
    if upper.len() < 2 {
        return f64::NAN;
    }
    let logs: Vec<(f64, f64)> = upper
        .iter()
        .map(|(x, y)| (x.ln(), y.max(1e-9).ln()))
        .collect();
    let n = logs.len() as f64;
    let mx = logs.iter().map(|p| p.0).sum::<f64>() / n;
    let my = logs.iter().map(|p| p.1).sum::<f64>() / n;
    let cov: f64 = logs.iter().map(|(x, y)| (x - mx) * (y - my)).sum();
    let var: f64 = logs.iter().map(|(x, _)| (x - mx).powi(2)).sum();
    cov / var
}

/// scaling.json, as `vmdiff scaling` writes it and `vmdiff gate` reads it: the results with the
/// threshold and meter they were judged by. The gate reads its own view of a result
/// (`gate::ScalingResult`). Written through a JSON value, so its keys keep the order they had.
#[derive(Debug, Serialize, Deserialize)]
pub struct ScalingReport<R = FamilyResult> {
    #[serde(default)]
    pub threshold: Option<f64>,
    #[serde(default)]
    pub meter: Option<Meter>,
    pub results: Vec<R>,
}

/// How far a family grows and how carefully each size is measured.
#[derive(Clone, Copy, Debug)]
pub struct Sweep {
    pub start: usize,
    pub max_bytes: usize,
    pub repeats: usize,
    pub threshold: f64,
    pub meter: Meter,
}

/// Measures one family on one compiler; an exponent over the threshold is measured again
/// with twice the repeats and flagged only if the re-measurement confirms it (a noisy machine
/// must not raise a false alarm). The lower of the two fits is reported.
pub fn measure(family: &Family, compiler: &dyn Compile, sweep: Sweep) -> FamilyResult {
    let first = measure_once(family, compiler, sweep);
    if first.verdict != "SUPERLINEAR" {
        return first;
    }
    let again = Sweep {
        repeats: sweep.repeats * 2,
        ..sweep
    };
    let second = measure_once(family, compiler, again);
    if second.exponent <= first.exponent {
        second
    } else {
        first
    }
}

/// Measures one family on one compiler, doubling n from `start` while the prepared module
/// stays under `max_bytes` and inside the profile. Modules are prepared as deployed (for
/// NEAR's production scheme, `global`).
fn measure_once(family: &Family, compiler: &dyn Compile, sweep: Sweep) -> FamilyResult {
    let mut points = Vec::new();
    let mut stopped = None;
    let mut n = sweep.start;
    loop {
        let wasm = match wat::parse_str((family.wat)(n)) {
            Ok(wasm) => wasm,
            Err(e) => {
                stopped = Some(format!("n={n}: {e}"));
                break;
            }
        };
        if wasm.len() > sweep.max_bytes {
            break;
        }
        let measured = BackendCompiler::prepare(&wasm).and_then(|bytes| {
            Ok((
                measure_cost(compiler, &bytes, sweep.meter, sweep.repeats)?,
                bytes.len(),
            ))
        });
        match measured {
            Ok((sample, bytes)) => points.push(Point {
                n,
                bytes,
                cost: sample.min,
            }),
            Err(e) => {
                stopped = Some(format!("n={n}: {e}"));
                break;
            }
        }
        n *= 2;
    }
    let exponent = fit_exponent(
        &points
            .iter()
            .map(|p| (p.bytes as f64, p.cost))
            .collect::<Vec<_>>(),
    );
    let verdict = if exponent.is_nan() {
        "too few sizes".to_string()
    } else if exponent > sweep.threshold {
        "SUPERLINEAR".to_string()
    } else {
        "linear".to_string()
    };
    FamilyResult {
        family: family.name.into(),
        backend: compiler.name(),
        meter: sweep.meter,
        exponent,
        points,
        verdict,
        stopped,
    }
}

/// Time against size on log-log axes, one panel per family, one line per backend, as SVG
/// (any browser shows it).
pub fn plot(results: &[FamilyResult], path: &std::path::Path) -> Result<(), String> {
    use plotters::prelude::*;
    let families: Vec<&str> = {
        let mut names: Vec<&str> = results.iter().map(|r| r.family.as_str()).collect();
        names.dedup();
        names
    };
    let backends: Vec<&str> = {
        let mut names: Vec<&str> = results.iter().map(|r| r.backend.as_str()).collect();
        names.sort();
        names.dedup();
        names
    };
    let columns = 3;
    let rows = families.len().div_ceil(columns).max(1);
    let root = SVGBackend::new(path, (1200, 360 * rows as u32)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let panels = root.split_evenly((rows, columns));
    let unit = results.first().map_or("cost", |r| r.meter.unit());
    for (family, panel) in families.iter().zip(panels.iter()) {
        let mine: Vec<&FamilyResult> = results.iter().filter(|r| r.family == *family).collect();
        let all = mine.iter().flat_map(|r| r.points.iter());
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, 1.0f64, f64::MAX, 1e-9f64);
        for p in all {
            x0 = x0.min(p.bytes as f64);
            x1 = x1.max(p.bytes as f64);
            y0 = y0.min(p.cost.max(1e-9));
            y1 = y1.max(p.cost);
        }
        if x0 > x1 || y0 > y1 {
            continue;
        }
        let mut chart = ChartBuilder::on(panel)
            .caption(*family, ("sans-serif", 18))
            .margin(8)
            .x_label_area_size(32)
            .y_label_area_size(56)
            .build_cartesian_2d(
                (x0 * 0.8..x1 * 1.25).log_scale(),
                (y0 * 0.8..y1 * 1.25).log_scale(),
            )
            .map_err(|e| e.to_string())?;
        chart
            .configure_mesh()
            .x_desc("prepared bytes")
            .y_desc(unit)
            .x_label_formatter(&|x| format!("{:.0}k", x / 1e3))
            .y_label_formatter(&|y| format!("{y:.1e}"))
            .draw()
            .map_err(|e| e.to_string())?;
        for result in mine {
            let colour = Palette99::pick(
                backends
                    .iter()
                    .position(|b| *b == result.backend)
                    .unwrap_or(0),
            );
            chart
                .draw_series(LineSeries::new(
                    result
                        .points
                        .iter()
                        .map(|p| (p.bytes as f64, p.cost.max(1e-9))),
                    colour.stroke_width(2),
                ))
                .map_err(|e| e.to_string())?
                .label(format!("{} ({:.2})", result.backend, result.exponent))
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 16, y)], colour.stroke_width(2))
                });
        }
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .position(SeriesLabelPosition::UpperLeft)
            .draw()
            .map_err(|e| e.to_string())?;
    }
    root.present().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;

    #[test]
    fn fit_recovers_known_exponents() {
        let linear: Vec<(f64, f64)> = (0..8)
            .map(|i| (1000.0 * 2f64.powi(i), 3e-6 * 1000.0 * 2f64.powi(i) + 1e-4))
            .collect();
        let quadratic: Vec<(f64, f64)> = (0..8)
            .map(|i| {
                (
                    1000.0 * 2f64.powi(i),
                    1e-9 * (1000.0 * 2f64.powi(i)).powi(2),
                )
            })
            .collect();
        assert!(
            (fit_exponent(&linear) - 1.0).abs() < 0.1,
            "{}",
            fit_exponent(&linear)
        );
        assert!(
            (fit_exponent(&quadratic) - 2.0).abs() < 0.05,
            "{}",
            fit_exponent(&quadratic)
        );
    }

    #[test]
    fn every_family_is_valid_and_in_profile_at_small_sizes() {
        for family in FAMILIES {
            let wasm =
                wat::parse_str((family.wat)(16)).unwrap_or_else(|e| panic!("{}: {e}", family.name));
            Profile::default()
                .check(&wasm)
                .unwrap_or_else(|e| panic!("{}: {e}", family.name));
        }
    }
}
