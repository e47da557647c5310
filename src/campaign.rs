//! The built-in campaign (`vmdiff fuzz`): the same oracle as the cargo-fuzz `diff` target,
//! for people without cargo-fuzz, on stable Rust.
//!
//! Each worker thread draws inputs — fresh random bytes or mutations of corpus entries — and
//! runs them through the matrix. Without coverage instrumentation, an input is kept in the
//! corpus when it shows behaviour not seen before: a new combination of result kinds,
//! host-call counts and gas magnitudes per gas mechanism, or a new divergence signature (see
//! [`behaviour_features`]). Findings, corpus entries and statistics are written atomically, so
//! stopping at any moment (SIGINT/SIGTERM) loses nothing already found.

use crate::artefact::ArtefactDir;
use crate::case::{self, CaseOptions, CaseResult};
use crate::fs::{short_hash, write_atomically};
use crate::matrix::Matrix;
use crate::stats::Stats;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Bytes of a fresh random input.
pub const FRESH_INPUT_BYTES: usize = 4096;
/// Cases whose hashes a campaign keeps to count repeats (about 5 MB): a repeat of a case
/// further back than that is not counted.
const CASES_REMEMBERED: usize = 1 << 18;
/// How often statistics are flushed to the stats directory.
pub const STATS_FLUSH: Duration = Duration::from_secs(10);

#[derive(Clone)]
pub struct CampaignOptions {
    pub seconds: u64,
    pub jobs: usize,
    pub corpus: PathBuf,
    pub crashes: PathBuf,
    pub stats_dir: PathBuf,
    pub seed: u64,
    pub strict: bool,
    pub case: CaseOptions,
    /// Target name under `crashes/` and in statistics file names.
    pub target: String,
}

/// How often a progress line is written when stderr is not a terminal.
pub const PROGRESS_EVERY_UNATTENDED: Duration = Duration::from_secs(10);

/// A live progress line on stderr: rewritten in place (`\r`) on a terminal; elsewhere (a CI
/// log, a file) one full line every [`PROGRESS_EVERY_UNATTENDED`] and the last one at the end,
/// so that a log gets readable lines instead of one enormous one.
pub struct ProgressLine {
    terminal: bool,
    /// When the last full line was written (unattended only).
    written: Instant,
    /// The latest line not yet written (unattended only).
    pending: Option<String>,
}

impl ProgressLine {
    /// For stderr, as it is connected now.
    pub fn stderr() -> ProgressLine {
        use std::io::IsTerminal;
        ProgressLine::new(std::io::stderr().is_terminal(), Instant::now())
    }

    pub fn new(terminal: bool, now: Instant) -> ProgressLine {
        ProgressLine {
            terminal,
            written: now,
            pending: None,
        }
    }

    /// What to write for `line` at `now`, if anything.
    pub fn render(&mut self, line: &str, now: Instant) -> Option<String> {
        if self.terminal {
            return Some(format!("\r{line}  "));
        }
        if now.duration_since(self.written) < PROGRESS_EVERY_UNATTENDED {
            self.pending = Some(line.to_string());
            return None;
        }
        self.written = now;
        self.pending = None;
        Some(format!("{line}\n"))
    }

    /// What to write at the end: the newline that closes a terminal's line, or the last line
    /// not yet written.
    pub fn render_finish(&mut self) -> String {
        match (self.terminal, self.pending.take()) {
            (true, _) => "\n".into(),
            (false, Some(line)) => format!("{line}\n"),
            (false, None) => String::new(),
        }
    }

    pub fn show(&mut self, line: &str) {
        if let Some(text) = self.render(line, Instant::now()) {
            eprint!("{text}");
        }
    }

    pub fn finish(&mut self) {
        eprint!("{}", self.render_finish());
    }
}

/// A small deterministic generator (splitmix64) for input drawing and mutation.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    pub fn bytes(&mut self, len: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(len + 8);
        while out.len() < len {
            out.extend_from_slice(&self.next().to_le_bytes());
        }
        out.truncate(len);
        out
    }
}

/// Bytes at the end of an input that generation may read lengths from (`arbitrary_len`, e.g.
/// wasm-smith's data segments and names): mutated one time in eight.
const TAIL_BYTES: usize = 64;

/// libFuzzer-style byte mutations: flips, overwrites, inserts, deletes, duplicates, splices.
///
/// They land where generation read `input` (its first `read` bytes, or at its end where
/// lengths are read from): most inputs are longer than what generation takes from them, and a
/// change past that gives the same case again: 60 to 65 % of mutations of a NEAR campaign's
/// corpus did, each run in full for nothing (8 % do now; `examples/mutation.rs`). Where
/// generation ran out of bytes, `read` is the whole input and it grows.
pub fn mutate(rng: &mut Rng, input: &[u8], read: usize, other: &[u8]) -> Vec<u8> {
    let mut data = input.to_vec();
    for _ in 0..=rng.below(4) {
        if data.is_empty() {
            data = rng.bytes(64);
        }
        let mut position = |len: usize| {
            let tail = TAIL_BYTES.min(len);
            match rng.below(8) {
                0 => len - 1 - rng.below(tail),
                _ => rng.below(read.clamp(1, len)),
            }
        };
        let at = position(data.len());
        let to = position(data.len());
        match rng.below(6) {
            0 => data[at] ^= 1 << rng.below(8),
            1 => data[at] = rng.next() as u8,
            2 => {
                let len = 1 + rng.below(32);
                let chunk = rng.bytes(len);
                data.splice(at..at, chunk);
            }
            3 => {
                let end = (at + 1 + rng.below(32)).min(data.len());
                data.drain(at..end);
            }
            4 => {
                let end = (at + 1 + rng.below(64)).min(data.len());
                let chunk = data[at..end].to_vec();
                data.splice(to..to, chunk);
            }
            _ if !other.is_empty() => {
                let from = rng.below(other.len());
                let end = (from + 1 + rng.below(256)).min(other.len());
                data.splice(to..to, other[from..end].iter().copied());
            }
            _ => data.reverse(),
        }
    }
    data.truncate(64 * 1024);
    data
}

/// What a case did, reduced to features whose novelty makes an input worth keeping.
///
/// A call's behaviour is read off the first config of each gas mechanism: configs that share
/// a mechanism must agree, and where they do not, the divergence's own signature is the
/// feature (its class for a known one). Hashing every config's outcome would make each
/// explained difference — a known class's gas, say — look like new behaviour, and the corpus
/// would drift towards it (on NEAR's pair, the cases with near-vm's missing linear-operator
/// fees went from 10 % at 60 s to 22 % over 600 s; 15 % now).
pub fn behaviour_features(result: &CaseResult) -> Vec<u64> {
    let mut features = Vec::new();
    for (index, report) in result.reports.iter().enumerate() {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (index % 2).hash(&mut h); // full-gas or limited run
        let mut mechanisms = Vec::new();
        for (config, outcome) in &report.outcomes {
            if mechanisms.contains(&config.mechanism()) {
                continue;
            }
            mechanisms.push(config.mechanism());
            config.scheme.hash(&mut h);
            outcome.result.label().hash(&mut h);
            outcome.host_trace.len().min(16).hash(&mut h);
            (64 - outcome.gas_used.leading_zeros()).hash(&mut h);
        }
        features.push(h.finish());
    }
    if let Some(why) = &result.prepare_error {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        why.split(':').next().hash(&mut h);
        features.push(h.finish());
    }
    for finding in &result.findings {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        finding.signature().hash(&mut h);
        features.push(h.finish());
    }
    features
}

/// Reads every corpus file; unreadable entries are reported and skipped, never deleted.
pub fn load_corpus(dir: &Path) -> (Vec<Vec<u8>>, Vec<String>) {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    let Ok(listing) = std::fs::read_dir(dir) else {
        return (entries, problems);
    };
    let mut paths: Vec<PathBuf> = listing.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if !path.is_file()
            || path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => entries.push(bytes),
            Err(e) => problems.push(format!("{}: {e}", path.display())),
        }
    }
    (entries, problems)
}

/// Shared state of a running campaign.
struct Shared {
    options: CampaignOptions,
    stop: Arc<AtomicBool>,
    deadline: Instant,
    stats: Mutex<Stats>,
    /// Mutation sources: paths of the corpus entries, read when drawn (memory must not grow
    /// with the corpus over a long campaign), with how many of their bytes generation read.
    corpus: Mutex<Vec<(PathBuf, usize)>>,
    seen: Mutex<HashSet<u64>>,
    /// Hashes of the cases run (module and calls), to count repeats: emptied when it holds
    /// [`CASES_REMEMBERED`].
    cases_run: Mutex<HashSet<u64>>,
    saved: Mutex<Vec<PathBuf>>,
    failing: AtomicBool,
    started: Instant,
}

/// What a campaign leaves behind.
pub struct CampaignReport {
    pub stats: Stats,
    pub saved: Vec<PathBuf>,
    pub corpus_size: usize,
    pub corpus_problems: Vec<String>,
    /// An unknown divergence or a preparation defect was found (or any finding, with --strict).
    pub failing: bool,
}

impl Shared {
    fn stats_file(&self) -> PathBuf {
        self.options
            .stats_dir
            .join(crate::stats::file_name(&self.options.target))
    }

    fn flush_stats(&self) {
        let mut stats = self.stats.lock().expect("stats lock").clone();
        stats.wall_seconds = self.started.elapsed().as_secs_f64();
        if let Err(e) = stats.write(&self.stats_file()) {
            eprintln!("vmdiff: could not write statistics: {e}");
        }
    }

    /// Records what a case found: stats, artefacts, new corpus entries.
    /// Measures each over-budget compile of the case again, alone (other workers pause at
    /// their next case); a confirmed excess is a `compile_blowup` finding.
    fn confirm_compile_budget(&self, input: &[u8], result: &CaseResult, artefacts: &ArtefactDir) {
        use crate::compile_cost::{self, BackendCompiler, Meter};
        let Some(bounds) = &self.options.case.compile_budget else {
            return;
        };
        for (backend, wasm) in &result.over_budget {
            let compiler = BackendCompiler::new(*backend);
            let check = || compile_cost::check(&compiler, wasm, bounds, Meter::ProcessCpu, 3);
            let Ok(Some(blowup)) = check() else {
                continue;
            };
            // Reported only if it holds again from the start, as its reproducer (`vmdiff
            // budget`) will check it: a compile a few percent over a budget rescaled by a
            // yardstick that itself varies by a fifth between measurements can confirm once
            // and then not reproduce (seen: Winch at 1.05 × its budget, then under it three
            // times in three `vmdiff budget` runs).
            if !matches!(check(), Ok(Some(_))) {
                continue;
            }
            self.stats.lock().expect("stats lock").compile_blowups += 1;
            self.failing.store(true, Ordering::SeqCst);
            let reproduce = |example: &std::path::Path| {
                format!(
                    "vmdiff budget {} --backends {backend}",
                    example.join("module.wasm").display()
                )
            };
            // The module as generated: `vmdiff budget` prepares it again, as the case did.
            let original = result.wasm.as_deref().unwrap_or_default();
            match artefacts.save_compile_blowup(&blowup, input, original, reproduce) {
                Ok(Some(path)) => self.saved.lock().expect("saved lock").push(path),
                Ok(None) => {}
                Err(e) => eprintln!("vmdiff: could not save an artefact: {e}"),
            }
        }
    }

    fn absorb(
        &self,
        input: &[u8],
        result: &CaseResult,
        delta: &Stats,
        matrix: &Matrix,
        artefacts: &ArtefactDir,
    ) {
        let repeated = result.wasm.as_ref().is_some_and(|wasm| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            (wasm, format!("{:?}", result.calls)).hash(&mut h);
            let mut cases_run = self.cases_run.lock().expect("cases lock");
            if cases_run.len() >= CASES_REMEMBERED {
                cases_run.clear();
            }
            !cases_run.insert(h.finish())
        });
        {
            let mut stats = self.stats.lock().expect("stats lock");
            stats.merge(delta);
            stats.repeated += u64::from(repeated);
            stats.note_memory();
        }
        self.confirm_compile_budget(input, result, artefacts);
        let names = matrix_names(matrix);
        if result.failing(self.options.strict) {
            self.failing.store(true, Ordering::SeqCst);
        }
        for finding in &result.findings {
            let wasm = result.wasm.as_deref().unwrap_or_default();
            match artefacts.save(
                finding,
                input,
                wasm,
                (&names.0, &names.1),
                self.options.case.full_gas,
            ) {
                Ok(Some(path)) => self.saved.lock().expect("saved lock").push(path),
                Ok(None) => {}
                Err(e) => eprintln!("vmdiff: could not save an artefact: {e}"),
            }
        }
        for (kind, message) in result.crashes() {
            let wasm = result.wasm.as_deref().unwrap_or_default();
            match artefacts.save_crash(kind, &message, input, wasm, (&names.0, &names.1)) {
                Ok(Some(path)) => self.saved.lock().expect("saved lock").push(path),
                Ok(None) => {}
                Err(e) => eprintln!("vmdiff: could not save a {} crash: {e}", kind.as_str()),
            }
        }
        let features = behaviour_features(result);
        let new = {
            let mut seen = self.seen.lock().expect("seen lock");
            features
                .into_iter()
                .fold(false, |new, f| seen.insert(f) || new)
        };
        if new {
            if let Some(generator) = result.generator {
                let mut stats = self.stats.lock().expect("stats lock");
                *stats
                    .generator_novel
                    .entry(generator.name().into())
                    .or_default() += 1;
            }
            let path = self.options.corpus.join(short_hash(input));
            let stored = path.exists()
                || write_atomically(&path, input)
                    .map_err(|e| eprintln!("vmdiff: could not add a corpus entry: {e}"))
                    .is_ok();
            if stored {
                let read = result.read.unwrap_or(input.len());
                self.corpus.lock().expect("corpus lock").push((path, read));
            }
        }
    }

    fn running(&self) -> bool {
        !self.stop.load(Ordering::SeqCst) && Instant::now() < self.deadline
    }
}

pub fn matrix_names(matrix: &Matrix) -> (Vec<String>, Vec<String>) {
    let mut backends: Vec<String> = matrix
        .configs()
        .iter()
        .map(|c| c.backend.to_string())
        .collect();
    backends.dedup();
    let schemes = matrix
        .scheme_names()
        .iter()
        .map(|s| s.to_string())
        .collect();
    (backends, schemes)
}

/// Runs a campaign until the time budget is spent or `stop` is set. `make_matrix` builds one
/// matrix per worker; `progress` is called about once a second with the running totals.
pub fn run(
    options: CampaignOptions,
    make_matrix: impl Fn() -> Matrix + Send + Sync + 'static,
    stop: Arc<AtomicBool>,
    mut progress: impl FnMut(&Stats, Duration),
) -> std::io::Result<CampaignReport> {
    std::fs::create_dir_all(&options.corpus)?;
    std::fs::create_dir_all(options.crashes.join(&options.target))?;
    std::fs::create_dir_all(&options.stats_dir)?;
    let recovered = recover_in_flight(&options, &make_matrix);
    let (corpus, corpus_problems) = load_corpus(&options.corpus);
    for problem in &corpus_problems {
        eprintln!("vmdiff: skipping unreadable corpus entry {problem}");
    }
    let started = Instant::now();
    let shared = Arc::new(Shared {
        deadline: started + Duration::from_secs(options.seconds),
        options,
        stop,
        stats: Mutex::new(recovered.0),
        corpus: Mutex::new(Vec::new()),
        seen: Mutex::new(HashSet::new()),
        cases_run: Mutex::new(HashSet::new()),
        failing: AtomicBool::new(!recovered.1.is_empty()),
        saved: Mutex::new(recovered.1),
        started,
    });
    let make_matrix = Arc::new(make_matrix);
    let replay = Arc::new(Mutex::new(corpus));
    let mut workers = Vec::new();
    for job in 0..shared.options.jobs.max(1) {
        let shared = Arc::clone(&shared);
        let make_matrix = Arc::clone(&make_matrix);
        let replay = Arc::clone(&replay);
        workers.push(
            std::thread::Builder::new()
                .name(format!("vmdiff-fuzz-{job}"))
                .stack_size(crate::backend::NATIVE_WASM_STACK + (32 << 20))
                .spawn(move || worker(job as u64, &shared, &make_matrix(), &replay))?,
        );
    }
    let mut last_flush = Instant::now();
    let mut memory_floor = crate::stats::FloorSampler::default();
    while workers.iter().any(|w| !w.is_finished()) {
        std::thread::sleep(Duration::from_millis(200));
        let snapshot = shared.stats.lock().expect("stats lock").clone();
        progress(&snapshot, started.elapsed());
        if last_flush.elapsed() >= STATS_FLUSH {
            if let Some(rss_kb) = crate::stats::resident_after_release() {
                memory_floor.note(&mut shared.stats.lock().expect("stats lock"), rss_kb);
            }
            shared.flush_stats();
            last_flush = Instant::now();
        }
    }
    for worker in workers {
        if worker.join().is_err() {
            eprintln!(
                "vmdiff: a fuzz worker panicked (a harness defect); its findings so far are saved"
            );
            shared.failing.store(true, Ordering::SeqCst);
        }
    }
    shared.flush_stats();
    let mut stats = shared.stats.lock().expect("stats lock").clone();
    stats.wall_seconds = started.elapsed().as_secs_f64();
    let saved = shared.saved.lock().expect("saved lock").clone();
    let corpus_size = shared.corpus.lock().expect("corpus lock").len();
    Ok(CampaignReport {
        stats,
        saved,
        corpus_size,
        corpus_problems,
        failing: shared.failing.load(Ordering::SeqCst),
    })
}

/// Where a worker keeps the input it is running: what is left there after the process died
/// is the input it died on ([`recover_in_flight`]).
fn in_flight_path(options: &CampaignOptions, job: u64) -> PathBuf {
    options
        .crashes
        .join(&options.target)
        .join(format!("{IN_FLIGHT_PREFIX}{job}"))
}

const IN_FLIGHT_PREFIX: &str = "in-flight-";

/// Inputs a previous campaign on this crashes directory died running (an engine's abort cannot
/// be caught): each saved as an `abort` crash and counted, so that nothing found is lost.
fn recover_in_flight(
    options: &CampaignOptions,
    make_matrix: &(impl Fn() -> Matrix + Send + Sync + 'static),
) -> (Stats, Vec<PathBuf>) {
    let mut stats = Stats::default();
    let mut saved = Vec::new();
    let dir = options.crashes.join(&options.target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return (stats, saved);
    };
    let leftovers: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(IN_FLIGHT_PREFIX))
        })
        .collect();
    if leftovers.is_empty() {
        return (stats, saved);
    }
    let names = matrix_names(&make_matrix());
    let artefacts = ArtefactDir::new(&options.crashes, &options.target);
    for path in leftovers {
        let Ok(input) = std::fs::read(&path) else {
            continue;
        };
        let message = "the campaign's process died running this input (an abort: an allocation \
                       failure or a signal); `vmdiff repro` runs it again, alone";
        match artefacts.save_crash(
            crate::crash::CrashKind::Abort,
            message,
            &input,
            &[],
            (&names.0, &names.1),
        ) {
            Ok(example) => {
                eprintln!(
                    "vmdiff: a previous campaign died running an input; saved as an `abort` crash{}",
                    example.as_ref().map(|e| format!(": {}", e.display())).unwrap_or_default()
                );
                saved.extend(example);
                Stats::bump(&mut stats.crashes, crate::crash::CrashKind::Abort.as_str());
                let _ = std::fs::remove_file(&path);
            }
            Err(e) => eprintln!("vmdiff: cannot save {}: {e}", path.display()),
        }
    }
    (stats, saved)
}

fn worker(job: u64, shared: &Shared, matrix: &Matrix, replay: &Mutex<Vec<Vec<u8>>>) {
    let artefacts = ArtefactDir::new(&shared.options.crashes, &shared.options.target);
    let in_flight = in_flight_path(&shared.options, job);
    let mut rng = Rng::new(shared.options.seed ^ (job + 1).wrapping_mul(0xa076_1d64_78bd_642f));
    while shared.running() {
        // The existing corpus is replayed first, shared among workers.
        let replayed = replay.lock().expect("replay lock").pop();
        let input = match replayed {
            Some(entry) => entry,
            None => {
                let sources = {
                    let corpus = shared.corpus.lock().expect("corpus lock");
                    if corpus.is_empty() || rng.below(4) == 0 {
                        None
                    } else {
                        let base = corpus[rng.below(corpus.len())].clone();
                        let (other, _) = corpus[rng.below(corpus.len())].clone();
                        Some((base, other))
                    }
                };
                // An entry removed from disk meanwhile: a fresh input instead.
                match sources.and_then(|((base, read), other)| {
                    Some((std::fs::read(base).ok()?, read, std::fs::read(other).ok()?))
                }) {
                    Some((base, read, other)) => mutate(&mut rng, &base, read, &other),
                    None => rng.bytes(FRESH_INPUT_BYTES),
                }
            }
        };
        // Kept while it runs: an abort leaves it behind (a panic is caught below).
        let _ = std::fs::write(&in_flight, &input);
        let mut delta = Stats::default();
        // Cases pause while another worker confirms a compile measurement. A panic (vmdiff's
        // or an engine's) is a crash of the case: saved with its input, and the worker goes on.
        let result = crate::compile_cost::alongside(|| {
            case::run_input_guarded(matrix, &input, &shared.options.case, &mut delta)
        });
        shared.absorb(&input, &result, &delta, matrix, &artefacts);
    }
    let _ = std::fs::remove_file(&in_flight);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A case of one call that trapped on every config, with the gas each used.
    fn one_call(outcomes: Vec<(crate::config::Config, u64)>) -> CaseResult {
        use crate::outcome::{Outcome, TrapKind};
        let outcomes: Vec<_> = outcomes
            .into_iter()
            .map(|(config, gas)| {
                (
                    config,
                    Outcome::trap(TrapKind::Unreachable, gas, Vec::new()),
                )
            })
            .collect();
        let limits = vec![1 << 20; outcomes.len()];
        let report = crate::matrix::CallReport {
            export: "f".into(),
            args: Vec::new(),
            comparison: crate::oracle::compare(&outcomes, &limits),
            limits,
            outcomes,
            exec_times: Vec::new(),
        };
        CaseResult {
            reports: vec![report],
            ..CaseResult::default()
        }
    }

    #[test]
    fn behaviour_is_read_once_per_gas_mechanism() {
        use crate::backend::BackendName;
        use crate::config::Config;
        use crate::scheme::SchemeName;
        let at = |backend, scheme| Config { backend, scheme };
        let (winch, cranelift) = (BackendName::WINCH, BackendName::CRANELIFT);
        // Only the reports' features here: a case's findings add their signatures'.
        let host = |gas_winch, gas_cranelift| {
            behaviour_features(&one_call(vec![
                (at(winch, SchemeName::Host), gas_winch),
                (at(cranelift, SchemeName::Host), gas_cranelift),
            ]))
        };
        // Configs of one mechanism must agree: the second's gas is not behaviour of its own.
        assert_eq!(host(100, 100), host(100, 1 << 12));
        assert_ne!(host(100, 100), host(1 << 12, 1 << 12));
        // Fuel of two engines is two mechanisms: each one's magnitude counts.
        let fuel = |gas_singlepass| {
            behaviour_features(&one_call(vec![
                (at(winch, SchemeName::Fuel), 100),
                (
                    at(BackendName::SINGLEPASS, SchemeName::Fuel),
                    gas_singlepass,
                ),
            ]))
        };
        assert_ne!(fuel(100), fuel(1 << 12));
    }

    #[test]
    fn mutations_land_where_generation_read_and_change_the_case() {
        use crate::generate::{generate_with, GenerationLimits, Generator, Seeds};
        let case = |input: &[u8]| {
            let limits = GenerationLimits::default();
            let case = generate_with(
                Generator::Calls,
                &crate::profile::Profile::default(),
                &limits,
                &Seeds::default(),
                input,
            );
            case.ok().map(|c| (c.wasm, c.calls, c.read))
        };
        let base = Rng::new(3).bytes(FRESH_INPUT_BYTES);
        let (wasm, calls, read) = case(&base).expect("a case");
        assert!(read < base.len() / 4, "generation read {read} bytes");
        let changed = |read: usize| {
            (0..200)
                .filter(|s| {
                    let mutant = mutate(&mut Rng::new(*s), &base, read, &base);
                    case(&mutant).is_none_or(|c| (&c.0, &c.1) != (&wasm, &calls))
                })
                .count()
        };
        let (focused, anywhere) = (changed(read), changed(base.len()));
        // A changed byte can still draw the same choice: not every focused mutation tells.
        assert!(
            focused >= 140 && anywhere * 2 < focused,
            "of 200 mutations, {focused} focused and {anywhere} anywhere changed the case"
        );
    }

    #[test]
    fn mutation_is_deterministic_and_changes_input() {
        let base = vec![7u8; 100];
        let a = mutate(&mut Rng::new(1), &base, 100, b"other");
        let b = mutate(&mut Rng::new(1), &base, 100, b"other");
        assert_eq!(a, b);
        let changed = (0..20)
            .filter(|s| mutate(&mut Rng::new(*s), &base, 100, b"xyz") != base)
            .count();
        assert!(changed >= 18, "{changed} of 20 mutations changed the input");
    }

    #[test]
    fn progress_rewrites_a_terminal_line_and_writes_full_lines_elsewhere() {
        let t0 = Instant::now();
        let at = |s: u64| t0 + Duration::from_secs(s);
        let mut tty = ProgressLine::new(true, t0);
        assert_eq!(tty.render("a", at(0)).as_deref(), Some("\ra  "));
        assert_eq!(tty.render("b", at(0)).as_deref(), Some("\rb  "));
        assert_eq!(tty.render_finish(), "\n");

        let mut log = ProgressLine::new(false, t0);
        assert_eq!(log.render("1 s", at(1)), None);
        assert_eq!(log.render("10 s", at(10)).as_deref(), Some("10 s\n"));
        assert_eq!(log.render("12 s", at(12)), None);
        assert_eq!(log.render("19 s", at(19)), None);
        assert_eq!(log.render("20 s", at(20)).as_deref(), Some("20 s\n"));
        assert_eq!(log.render_finish(), "", "the last line was written");
        assert_eq!(log.render("21 s", at(21)), None);
        assert_eq!(log.render_finish(), "21 s\n", "the last line is not lost");
    }
}
