//! Compile-time scaling (`vmdiff scaling`): families of modules that scale one dimension at a
//! time, compiled on each backend at sizes n, 2n, 4n, …; the exponent of compile time against
//! module size is fitted on the upper sizes (DESIGN.md, "Compile-time bounds"). Each point is
//! the minimum of repeated single-threaded compiles, which is the steadiest wall-clock figure.

use crate::backend::{self, BackendName};
use crate::cost::CostTable;
use crate::prepare;
use crate::profile::Profile;
use crate::scheme::{self, SchemeName};
use serde::Serialize;
use std::time::Duration;

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
    pub seconds: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct FamilyResult {
    pub family: String,
    pub backend: String,
    pub exponent: f64,
    pub points: Vec<Point>,
    pub verdict: String,
    /// Why the family stopped growing before the byte cap, if it did.
    pub stopped: Option<String>,
}

/// Least-squares slope of log(time) against log(size) over the upper half of the points.
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

/// Measures one family on one backend; an exponent over `threshold` is measured again with
/// twice the repeats and flagged only if the re-measurement confirms it (a noisy machine
/// must not raise a false alarm). The lower of the two fits is reported.
pub fn measure(
    family: &Family,
    backend: BackendName,
    start: usize,
    max_bytes: usize,
    repeats: usize,
    threshold: f64,
) -> FamilyResult {
    let first = measure_once(family, backend, start, max_bytes, repeats, threshold);
    if first.verdict != "SUPERLINEAR" {
        return first;
    }
    let second = measure_once(family, backend, start, max_bytes, repeats * 2, threshold);
    if second.exponent <= first.exponent {
        second
    } else {
        first
    }
}

/// Measures one family on one backend, doubling n from `start` while the prepared module
/// stays under `max_bytes` and inside the profile.
fn measure_once(
    family: &Family,
    backend: BackendName,
    start: usize,
    max_bytes: usize,
    repeats: usize,
    threshold: f64,
) -> FamilyResult {
    let profile = Profile::default();
    let costs = CostTable::default();
    let global = scheme::build(SchemeName::Global);
    let engine = backend::build(backend);
    let mut points = Vec::new();
    let mut stopped = None;
    let mut n = start;
    loop {
        let wasm = match wat::parse_str((family.wat)(n)) {
            Ok(wasm) => wasm,
            Err(e) => {
                stopped = Some(format!("n={n}: {e}"));
                break;
            }
        };
        if wasm.len() > max_bytes {
            break;
        }
        // Measured as deployed: prepared for NEAR's production scheme (`global`).
        let prepared = match prepare::prepare(&profile, &costs, &wasm, &[global.as_ref()]) {
            Ok(p) => p,
            Err(e) => {
                stopped = Some(format!("n={n}: {e}"));
                break;
            }
        };
        let bytes = prepared
            .for_scheme(SchemeName::Global)
            .expect("prepared for global")
            .to_vec();
        let mut best = Duration::MAX;
        for _ in 0..repeats.max(1) {
            match engine.compile(&bytes, global.as_ref(), &costs) {
                Ok((_, time)) => best = best.min(time),
                Err(e) => {
                    stopped = Some(format!("n={n}: {e}"));
                    break;
                }
            }
        }
        if stopped.is_some() {
            break;
        }
        points.push(Point {
            n,
            bytes: bytes.len(),
            seconds: best.as_secs_f64(),
        });
        n *= 2;
    }
    let exponent = fit_exponent(
        &points
            .iter()
            .map(|p| (p.bytes as f64, p.seconds))
            .collect::<Vec<_>>(),
    );
    let verdict = if exponent.is_nan() {
        "too few sizes".to_string()
    } else if exponent > threshold {
        "SUPERLINEAR".to_string()
    } else {
        "linear".to_string()
    };
    FamilyResult {
        family: family.name.into(),
        backend: backend.to_string(),
        exponent,
        points,
        verdict,
        stopped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
