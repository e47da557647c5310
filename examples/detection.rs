//! Detection power as a figure: for each planted engine bug (`src/plant.rs`) and each
//! generator, the seconds a campaign on the default matrix takes to its first unknown
//! divergence that names the planted backend. This is what tells users how long a nightly must
//! run to find a bug of each kind.
//!
//! cargo run --release --features planted-divergence --example detection -- [--seconds 60]
//!     [--jobs 2] [--seed S] [--bug NAME]... [--generator smith|ops|mutate|all]... [--seeds DIR]

use clap::Parser;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use vmdiff::campaign::{self, CampaignOptions};
use vmdiff::case::CaseOptions;
use vmdiff::cost::CostTable;
use vmdiff::generate::{Generator, Seeds};
use vmdiff::matrix::{self, Matrix};
use vmdiff::plant::{self, Choice, BUGS};
use vmdiff::profile::Profile;
use vmdiff::scheme::SchemeName;

#[derive(Parser)]
struct Args {
    /// Give up on a (bug, generator) after this many seconds.
    #[arg(long, default_value_t = 60)]
    seconds: u64,
    #[arg(long, default_value_t = 2)]
    jobs: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Bugs to measure (default: the whole catalog).
    #[arg(long = "bug")]
    bugs: Vec<String>,
    /// Generators to measure (default: smith, ops, mutate, all).
    #[arg(long = "generator")]
    generators: Vec<Generator>,
    /// wasm-mutate's seed modules (e.g. ../shared/contracts).
    #[arg(long)]
    seeds: Option<std::path::PathBuf>,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let bugs: Vec<&'static plant::PlantedBug> = if args.bugs.is_empty() {
        BUGS.iter().collect()
    } else {
        args.bugs
            .iter()
            .map(|name| match name.parse::<Choice>() {
                Ok(Choice::Bug(bug)) => Ok(bug),
                Ok(_) => Err(anyhow::anyhow!("`{name}` is not a bug of the catalog")),
                Err(e) => Err(anyhow::anyhow!(e)),
            })
            .collect::<anyhow::Result<_>>()?
    };
    let generators = if args.generators.is_empty() {
        Generator::CHOICES.to_vec()
    } else {
        args.generators.clone()
    };
    let seeds = match &args.seeds {
        Some(dir) => Seeds::load(&Profile::default(), dir)?.0,
        None => Seeds::default(),
    };
    let seeds = Arc::new(seeds);
    println!(
        "| bug | backend | kind | {} |",
        generators
            .iter()
            .map(|g| g.name())
            .collect::<Vec<_>>()
            .join(" | ")
    );
    println!("|---|---|---|{}", "---|".repeat(generators.len()));
    for bug in bugs {
        plant::activate(Choice::Bug(bug));
        let mut cells = Vec::new();
        for generator in &generators {
            let found = time_to_detection(bug, *generator, &seeds, &args)?;
            eprintln!("{} with {generator}: {found:?}", bug.name);
            cells.push(match found {
                Some(seconds) => format!("{seconds:.1} s"),
                None => format!("> {} s", args.seconds),
            });
        }
        println!(
            "| {} ({}) | {} | {} | {} |",
            bug.name,
            bug.what,
            bug.backend,
            bug.kind,
            cells.join(" | ")
        );
    }
    Ok(())
}

/// Seconds from the start of a default-matrix campaign to its first unknown divergence that
/// names `bug`'s backend; `None` if none within the budget.
fn time_to_detection(
    bug: &plant::PlantedBug,
    generator: Generator,
    seeds: &Arc<Seeds>,
    args: &Args,
) -> anyhow::Result<Option<f64>> {
    let scratch = std::env::temp_dir().join(format!(
        "vmdiff-detection-{}-{}-{generator}",
        std::process::id(),
        bug.name
    ));
    let _ = std::fs::remove_dir_all(&scratch);
    let options = CampaignOptions {
        seconds: args.seconds,
        jobs: args.jobs,
        corpus: scratch.join("corpus"),
        crashes: scratch.join("crashes"),
        stats_dir: scratch.join("stats"),
        seed: args.seed,
        strict: false,
        case: CaseOptions {
            generator,
            seeds: Arc::clone(seeds),
            ..CaseOptions::default()
        },
        target: "detection".into(),
    };
    let backends = matrix::parse_backends(matrix::DEFAULT_BACKENDS).map_err(anyhow::Error::msg)?;
    let schemes: Vec<SchemeName> = matrix::parse_list(matrix::DEFAULT_SCHEMES, &SchemeName::ALL)
        .map_err(anyhow::Error::msg)?;
    let stop = Arc::new(AtomicBool::new(false));
    let names_backend = format!("{}/", bug.backend);
    let mut found = None;
    let watcher = Arc::clone(&stop);
    campaign::run(
        options,
        move || {
            Matrix::new(
                &backends,
                &schemes,
                Profile::default(),
                CostTable::default(),
            )
        },
        stop,
        |stats, elapsed: Duration| {
            if found.is_none()
                && stats
                    .divergences_by_signature
                    .keys()
                    .any(|s| s.starts_with("unknown:") && s.contains(&names_backend))
            {
                found = Some(elapsed.as_secs_f64());
                watcher.store(true, Ordering::SeqCst);
            }
        },
    )?;
    let _ = std::fs::remove_dir_all(&scratch);
    Ok(found)
}
