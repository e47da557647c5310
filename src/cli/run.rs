//! `vmdiff run`: one module through the matrix, as a table or JSON.

use super::render::{exit_code, print_result};
use super::{read_module, MatrixArgs};
use anyhow::{bail, Context, Result};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vmdiff::case::{self, CaseOptions};
use vmdiff::generate::PlannedCall;
use vmdiff::outcome::Value;
use vmdiff::stats::Stats;

/// Run one module (.wasm or .wat) through the matrix and print a table.
#[derive(Args)]
pub struct RunCommand {
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
    /// After the run at --gas, run again at PERMILLE/1000 of each mechanism's full gas, or,
    /// with 1000, exactly at it and, with 1001, one unit short of it (the fuzzers' limited run;
    /// triage prints it to reproduce minimised findings).
    #[arg(long)]
    limited: Option<u16>,
    #[command(flatten)]
    matrix: MatrixArgs,
}

impl RunCommand {
    pub fn execute(self) -> Result<ExitCode> {
        let RunCommand {
            file,
            export,
            args,
            gas,
            input,
            context,
            limited,
            matrix,
        } = self;
        cmd_run(
            &file,
            export,
            &args,
            gas,
            &input,
            context.as_deref(),
            limited,
            &matrix,
        )
    }
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
            gas: None,
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
