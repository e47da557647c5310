//! How often the campaign's mutations give a new case: mutants of a corpus's entries, each
//! generated and compared with its base's case (module and calls). A mutation that leaves the
//! case as it was costs a whole run for nothing. No engine runs.
//!
//! cargo run --release --example mutation -- corpus/fuzz [--mutations 3000] [--generator near]

use clap::Parser;
use vmdiff::campaign::{load_corpus, mutate, Rng};
use vmdiff::generate::{self, GenerationLimits, Generator, PlannedCall, Seeds};
use vmdiff::profile::Profile;

#[derive(Parser)]
struct Args {
    /// A campaign's corpus directory (`corpus/<target>`).
    corpus: std::path::PathBuf,
    #[arg(long, default_value_t = 3000)]
    mutations: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The generator the corpus was made for: `near` for a NEAR-only campaign, otherwise as
    /// `vmdiff fuzz --generator`.
    #[arg(long, default_value = "near")]
    generator: String,
}

fn main() {
    let args = Args::parse();
    let generator = match args.generator.as_str() {
        "near" => Generator::Near,
        name => name.parse().unwrap_or_else(|e: String| {
            eprintln!("{e}");
            std::process::exit(2)
        }),
    };
    let (corpus, problems) = load_corpus(&args.corpus);
    for problem in problems {
        eprintln!("skipping unreadable corpus entry {problem}");
    }
    if corpus.is_empty() {
        eprintln!("{}: no corpus entries", args.corpus.display());
        std::process::exit(2);
    }
    let (profile, limits, seeds) = (
        Profile::default(),
        GenerationLimits::default(),
        Seeds::default(),
    );
    let case = |input: &[u8]| generate::generate_with(generator, &profile, &limits, &seeds, input);
    // What a run sees: the module and the calls.
    type Seen = Option<(Vec<u8>, Vec<PlannedCall>)>;
    let seen = |input: &[u8]| -> Seen { case(input).ok().map(|c| (c.wasm, c.calls)) };
    // Each entry's case and bytes read, generated once.
    let (bases, read): (Vec<Seen>, Vec<usize>) = corpus
        .iter()
        .map(|input| match case(input) {
            Ok(c) => (Some((c.wasm, c.calls)), c.read),
            Err(_) => (None, input.len()),
        })
        .unzip();
    let median = |mut values: Vec<usize>| {
        values.sort();
        values[values.len() / 2]
    };
    println!(
        "{} entries: {} bytes each (median), of them read by generation {} (median)",
        corpus.len(),
        median(corpus.iter().map(Vec::len).collect()),
        median(read.clone())
    );
    // Where the campaign mutates (the bytes generation read), against anywhere in the input.
    for (label, focused) in [("where generation read", true), ("anywhere", false)] {
        let mut rng = Rng::new(args.seed);
        let mut repeated = 0;
        for _ in 0..args.mutations {
            let base = rng.below(corpus.len());
            let other = &corpus[rng.below(corpus.len())];
            let span = if focused {
                read[base]
            } else {
                corpus[base].len()
            };
            let mutant = mutate(&mut rng, &corpus[base], span, other);
            repeated += usize::from(bases[base] == seen(&mutant));
        }
        println!(
            "mutations {label}: {repeated} of {} gave their base's case again ({:.1} %)",
            args.mutations,
            100.0 * repeated as f64 / args.mutations as f64
        );
    }
}
