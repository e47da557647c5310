//! The `vmdiff` command line. Exit codes: 0 all configs agree (known divergences included,
//! unless `--strict`), 1 a finding, 2 bad input.

mod cli;

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::process::ExitCode;
use vmdiff::matrix;

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

/// The commands; each is `cli/<name>.rs`, whose struct carries the command's help.
#[derive(Subcommand)]
enum Command {
    Run(cli::run::RunCommand),
    Check(cli::check::CheckCommand),
    Fuzz(cli::fuzz::FuzzCommand),
    Contracts(cli::contracts::ContractsCommand),
    Spec(cli::spec::SpecCommand),
    Triage(cli::triage::TriageCommand),
    Gate(cli::gate::GateCommand),
    Scaling(cli::scaling::ScalingCommand),
    Calibrate(cli::calibrate::CalibrateCommand),
    Budget(cli::budget::BudgetCommand),
    Bench(cli::bench::BenchCommand),
    Repro(cli::repro::ReproCommand),
    Stats(cli::stats::StatsCommand),
    Findings(cli::findings::FindingsCommand),
    News(cli::news::NewsCommand),
    Artefacts(cli::artefacts::ArtefactsCommand),
    Backends(cli::backends::BackendsCommand),
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
        Command::Run(command) => command.execute(),
        Command::Check(command) => command.execute(),
        Command::Fuzz(command) => command.execute(),
        Command::Contracts(command) => command.execute(),
        Command::Spec(command) => command.execute(),
        Command::Triage(command) => command.execute(),
        Command::Gate(command) => command.execute(),
        Command::Scaling(command) => command.execute(),
        Command::Calibrate(command) => command.execute(),
        Command::Budget(command) => command.execute(),
        Command::Bench(command) => command.execute(),
        Command::Repro(command) => command.execute(),
        Command::Stats(command) => command.execute(),
        Command::Findings(command) => command.execute(),
        Command::Backends(command) => command.execute(),
        Command::News(command) => command.execute(),
        Command::Artefacts(command) => command.execute(),
    }
}
