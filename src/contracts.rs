//! Real contracts through the matrix (`vmdiff contracts DIR`): every `.wasm` is prepared under
//! the profile (a rejection says why), compiled on every config, and each exported method is
//! called with the host model (JSON arguments derived from the contract, after its
//! initialisation where it has one — [`crate::contract_plan`] — unless an input is given;
//! generous gas); outcomes must agree.

use crate::case::{self, CaseOptions, CaseResult};
use crate::generate::PlannedCall;
use crate::matrix::Matrix;
use crate::outcome::Value;
use crate::stats::Stats;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Methods called per contract at most (real contracts export dozens).
pub const MAX_METHODS: usize = 64;

/// What happened to one contract.
#[derive(Debug, Serialize)]
pub struct ContractReport {
    pub file: PathBuf,
    pub size: usize,
    /// `None` when accepted; otherwise why not.
    pub rejected: Option<String>,
    pub methods: Vec<MethodReport>,
}

#[derive(Debug, Serialize)]
pub struct MethodReport {
    pub name: String,
    /// The result kind every config agreed on, or `diverged`.
    pub result: String,
    pub gas: u64,
    pub unknown_divergences: usize,
    pub known_divergences: usize,
    /// NEAR's abort with its message (the guest's panic text, say), under the `near` scheme.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abort: Option<String>,
    /// How the call ended ([`crate::contract_plan::ending`]): `ok`, `argument parsing panic`…
    pub ending: String,
    /// The guest's panic message, on every scheme.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub panic: Option<String>,
    /// The input the method was called with (UTF-8, lossily).
    pub input: String,
    /// Methods called first on the same instance (the contract's initialisation).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub setup: Vec<String>,
}

impl ContractReport {
    pub fn unknown_divergences(&self) -> usize {
        self.methods.iter().map(|m| m.unknown_divergences).sum()
    }
}

/// How calls ended: `succeeded S of N calls` and the count of every other ending, e.g.
/// `succeeded 12 of 20 calls (argument parsing panic 6, trap unreachable 2)`.
pub fn endings<'a>(methods: impl Iterator<Item = &'a MethodReport>) -> String {
    let mut others: std::collections::BTreeMap<&str, usize> = Default::default();
    let (mut succeeded, mut total) = (0, 0);
    for method in methods {
        total += 1;
        match method.ending.as_str() {
            "ok" => succeeded += 1,
            other => *others.entry(other).or_default() += 1,
        }
    }
    let mut text = format!("succeeded {succeeded} of {total} calls");
    if !others.is_empty() {
        let listed: Vec<String> = others.iter().map(|(k, n)| format!("{k} {n}")).collect();
        text.push_str(&format!(" ({})", listed.join(", ")));
    }
    text
}

/// The `.wasm` files of `dir`, sorted; a missing directory is an error.
pub fn list(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    crate::fs::files_with_extension(dir, "wasm")
}

/// Runs one contract's methods through the matrix: with `input` when given, else with
/// arguments derived per method ([`crate::contract_plan::plan`]).
pub fn run_contract(
    matrix: &Matrix,
    file: &Path,
    input: Option<&[u8]>,
    gas: u64,
    stats: &mut Stats,
) -> ContractReport {
    let mut report = ContractReport {
        file: file.to_path_buf(),
        size: 0,
        rejected: None,
        methods: Vec::new(),
    };
    let wasm = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            report.rejected = Some(format!("unreadable: {e}"));
            return report;
        }
    };
    report.size = wasm.len();
    let exports = match crate::prepare::exported_functions(&wasm) {
        Ok(exports) => exports,
        Err(e) => {
            report.rejected = Some(format!("out of profile: invalid: {e}"));
            return report;
        }
    };
    let methods: Vec<(String, Vec<crate::outcome::ValType>)> = exports
        .iter()
        .filter_map(|f| f.numeric_params().map(|p| (f.name.clone(), p)))
        .take(MAX_METHODS)
        .collect();
    let start = std::time::Instant::now();
    let derived = match input {
        None => crate::contract_plan::plan(matrix, &wasm, &methods, gas),
        Some(_) => None,
    };
    stats.add_time("derive arguments", start.elapsed());
    let calls: Vec<(Vec<PlannedCall>, PlannedCall)> = derived.unwrap_or_else(|| {
        methods
            .iter()
            .map(|(name, params)| {
                let call = PlannedCall {
                    export: name.clone(),
                    args: params.iter().map(|t| Value::zero(*t)).collect(),
                    input: input.unwrap_or_default().to_vec(),
                    permille: 0,
                    gas: None,
                    context: Default::default(),
                };
                (Vec::new(), call)
            })
            .collect()
    });
    let inputs: Vec<(String, Vec<String>)> = calls
        .iter()
        .map(|(setup, call)| {
            let names = setup.iter().map(|s| s.export.clone()).collect();
            (String::from_utf8_lossy(&call.input).into_owned(), names)
        })
        .collect();
    let options = CaseOptions {
        full_gas: gas,
        limited_runs: false,
        ..CaseOptions::default()
    };
    let result: CaseResult = case::run_module_with_setup(matrix, &wasm, calls, &options, stats);
    if let Some(why) = result.prepare_error {
        report.rejected = Some(why);
        return report;
    }
    for (call, (input, setup)) in result.reports.iter().zip(inputs) {
        let unknown = call
            .comparison
            .divergences
            .iter()
            .filter(|d| d.is_unknown())
            .count();
        let labels: Vec<String> = call
            .outcomes
            .iter()
            .map(|(_, o)| o.result.label())
            .collect();
        let agreed = labels.windows(2).all(|w| w[0] == w[1]);
        let result = if agreed {
            labels.first().cloned().unwrap_or_default()
        } else {
            "diverged".into()
        };
        let panic = call
            .outcomes
            .iter()
            .find_map(|(_, o)| crate::contract_plan::panic_message(o));
        report.methods.push(MethodReport {
            name: call.export.clone(),
            ending: crate::contract_plan::ending(&result, panic.as_deref()),
            panic,
            input,
            setup,
            result,
            gas: call.outcomes.first().map_or(0, |(_, o)| o.gas_used),
            unknown_divergences: unknown,
            known_divergences: call.comparison.divergences.len() - unknown,
            abort: call
                .outcomes
                .iter()
                .find_map(|(_, o)| o.near.as_ref()?.abort.clone()),
        });
    }
    report
}
