//! What generating a case costs, per generator: cases per second and module bytes, with no
//! engine running. The campaign's `generate` share is this cost against the engines'.
//!
//! cargo run --release --example generation -- [--cases 2000] [--seed S] [--only NearWoven]

use clap::Parser;
use std::time::Instant;
use vmdiff::generate::{self, GenerationLimits, Generator, Seeds};
use vmdiff::profile::Profile;

#[derive(Parser)]
struct Args {
    #[arg(long, default_value_t = 2000)]
    cases: u64,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Measure only generators whose name contains this (e.g. `NearWoven`).
    #[arg(long)]
    only: Option<String>,
    /// Fuzz input bytes per case.
    #[arg(long, default_value_t = 4096)]
    input_bytes: usize,
}

fn main() {
    let args = Args::parse();
    let generators = [
        Generator::Near,
        Generator::NearCalls,
        Generator::NearWoven,
        Generator::Smith,
        Generator::Calls,
        Generator::Ops,
    ]
    .into_iter()
    .filter(|g| {
        args.only
            .as_ref()
            .is_none_or(|only| format!("{g:?}").contains(only.as_str()))
    });
    let (profile, limits, seeds) = (
        Profile::default(),
        GenerationLimits::default(),
        Seeds::default(),
    );
    println!(
        "{:<12} {:>10} {:>12} {:>10}",
        "generator", "cases", "µs/case", "bytes/case"
    );
    for generator in generators {
        let inputs: Vec<Vec<u8>> = (0..args.cases)
            .map(|i| generate::case_bytes(args.seed, i, args.input_bytes))
            .collect();
        let (mut made, mut bytes) = (0u64, 0usize);
        let start = Instant::now();
        for input in &inputs {
            if let Ok(case) = generate::generate_with(generator, &profile, &limits, &seeds, input) {
                made += 1;
                bytes += case.wasm.len();
            }
        }
        let elapsed = start.elapsed();
        println!(
            "{:<12} {:>10} {:>12.1} {:>10}",
            format!("{generator:?}"),
            made,
            elapsed.as_secs_f64() * 1e6 / args.cases as f64,
            bytes / made.max(1) as usize
        );
    }
}
