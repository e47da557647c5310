//! Campaign statistics: everything the gate needs, as plain counters that merge by addition,
//! so that any number of processes can each write their own file and `vmdiff stats` sums them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

/// Min / max / sum / count of a measured ratio.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Ratio {
    pub count: u64,
    pub sum: f64,
    pub min: f64,
    pub max: f64,
}

impl Ratio {
    pub fn add(&mut self, value: f64) {
        if self.count == 0 || value < self.min {
            self.min = value;
        }
        if self.count == 0 || value > self.max {
            self.max = value;
        }
        self.count += 1;
        self.sum += value;
    }

    pub fn merge(&mut self, other: &Ratio) {
        if other.count == 0 {
            return;
        }
        if self.count == 0 {
            *self = other.clone();
            return;
        }
        self.min = self.min.min(other.min);
        self.max = self.max.max(other.max);
        self.count += other.count;
        self.sum += other.sum;
    }

    pub fn mean(&self) -> Option<f64> {
        (self.count > 0).then(|| self.sum / self.count as f64)
    }
}

/// Counters of one campaign (or of many, merged).
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Stats {
    /// Inputs run.
    pub execs: u64,
    /// Calls taken through the whole matrix (each plan step counts once).
    pub calls: u64,
    /// Single (config, call) executions.
    pub config_runs: u64,
    pub rejected: u64,
    pub rejected_by_rule: BTreeMap<String, u64>,
    /// Inputs too short for the generator to build a module from.
    pub ungenerated: u64,
    /// Campaign cases whose module and calls an earlier case of the campaign already ran: a
    /// mutation that missed every byte generation read.
    #[serde(default)]
    pub repeated: u64,
    /// Preparation failures on profile-accepted modules (a vmdiff or finite-wasm defect).
    pub prepare_failures: u64,
    /// Compile failures on profile-accepted modules, per config.
    pub compile_failures: BTreeMap<String, u64>,
    /// Outcomes left out as nondeterministic.
    pub poisoned: u64,
    pub unknown_divergences: u64,
    pub known_divergences: BTreeMap<String, u64>,
    /// Divergences that are registered open findings ([`crate::open_findings`]), by id.
    pub open_findings: BTreeMap<String, u64>,
    pub divergences_by_signature: BTreeMap<String, u64>,
    /// Differences a written relation of the policy allowed (DESIGN.md rule 4), by signature
    /// (the rule's name in the class position): not divergences, but counted and reported.
    pub relaxed_by_signature: BTreeMap<String, u64>,
    pub out_of_gas_by_scheme: BTreeMap<String, u64>,
    /// Time per stage (`generate`, `prepare`, `compile:<backend>`, `execute:<backend>`,
    /// `compare`, `recheck` (a divergence run again before anything is concluded), `explain`), in
    /// nanoseconds.
    pub stage_nanos: BTreeMap<String, u64>,
    /// Module bytes compiled, per backend (with `compile:<backend>` time: throughput).
    pub compile_bytes: BTreeMap<String, u64>,
    /// Gas of one mechanism relative to another on successful calls, e.g.
    /// `wasmer-metering/finite-wasm`.
    pub gas_ratio: BTreeMap<String, Ratio>,
    /// Both mechanisms ran out of gas: extra host calls made, as a histogram.
    pub overshoot_host_calls: BTreeMap<String, BTreeMap<i64, u64>>,
    /// Calls where only one of two mechanisms ran out of gas at its limit.
    pub only_one_exhausted: u64,
    /// Divergences that did not recur on an immediate re-run (harness defects).
    pub nondeterministic: u64,
    /// Outcomes no backend could map onto the taxonomy.
    pub unclassified: u64,
    /// Config runs per config (`backend/scheme`).
    pub runs_by_config: BTreeMap<String, u64>,
    /// Calls slower than the wall-clock guard (a harness or engine defect).
    pub slow_calls: u64,
    /// Crashes that are not divergences, by kind ([`crate::crash::CrashKind`]): preparation
    /// defects, panics caught in a campaign, wall-clock guard trips.
    pub crashes: BTreeMap<String, u64>,
    /// Compiled artefacts of sampled cases: configs compared, of them compiled twice to
    /// identical bytes; calls run loaded and fresh, of them equal in every field.
    pub artefact_configs: u64,
    pub artefact_identical: u64,
    pub artefact_calls: u64,
    pub artefact_loaded_equal: u64,
    /// Compiles (of the `global` module, as deployed) over the per-module budget at first sight.
    pub compile_over_budget: u64,
    /// Of those, the ones a re-measurement confirmed: `compile_blowup` findings.
    pub compile_blowups: u64,
    /// Resident memory (kB) of a process when its execs first reached 1 000, 10 000, 100 000,
    /// 1 000 000 (key): a campaign's memory must stay flat. Merged by maximum.
    pub rss_kb_at_execs: BTreeMap<String, u64>,
    /// The resident floor (kB) from each of those decades: the lowest `VmRSS` over the first
    /// [`FLOOR_SAMPLES`] statistics flushes from reaching it, each taken right after the
    /// allocator returned its free pages. One sample catches whatever case is in flight (tens
    /// of MB for a large module); the floor is what stays, and a leak raises it. Merged by
    /// maximum.
    pub rss_floor_kb_at_execs: BTreeMap<String, u64>,
    /// NEAR's host costs charged (from each `near` outcome's gas profile, e.g. `log_base`),
    /// counted per config run: which parts of NEAR's host API the campaign reached.
    pub near_host_costs: BTreeMap<String, u64>,
    /// Actions NEAR's calls recorded, by kind (`CreateReceipt`, `Transfer`, ...), per config run.
    #[serde(default)]
    pub near_actions: BTreeMap<String, u64>,
    /// How NEAR's calls ended (`ok`, `near.host_error.bad_utf16`, ...), per config run.
    #[serde(default)]
    pub near_endings: BTreeMap<String, u64>,
    /// vmdiff's host model under the `host` scheme: `called:<function>` and
    /// `completed:<function>` (the call came back to the guest, or a function that ends the
    /// call by design ended it as a guest panic), per config run.
    #[serde(default)]
    pub host_functions: BTreeMap<String, u64>,
    /// Cases whose module has each table or bulk-memory operator (`table.get`, `memory.copy`,
    /// ...), and cases that ran each bulk operator under the `host` scheme (`run:memory_copy`):
    /// how far generation reaches the code an engine upgrade rewrote. `cases` counts them all.
    #[serde(default)]
    pub table_and_bulk_operators: BTreeMap<String, u64>,
    /// Per generator (`smith`, `ops`, `mutate`, `near`): cases generated, unknown and known
    /// divergences found, and inputs kept for new behaviour.
    pub generator_cases: BTreeMap<String, u64>,
    pub generator_unknown: BTreeMap<String, u64>,
    pub generator_known: BTreeMap<String, u64>,
    pub generator_novel: BTreeMap<String, u64>,
    /// Peak resident memory (kB) of any process.
    pub peak_rss_kb: u64,
    pub wall_seconds: f64,
}

/// This process's statistics file name: `<target>-<pid>-<start>.json`, where `<start>` is
/// when the process first asked (nanoseconds since the epoch). Fork children of a long
/// libFuzzer run reuse pids; with the start time no two processes share a file.
pub fn file_name(target: &str) -> String {
    static STARTED: std::sync::OnceLock<u128> = std::sync::OnceLock::new();
    let started = STARTED.get_or_init(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    });
    format!("{target}-{}-{started}.json", std::process::id())
}

/// Resident and peak resident memory of this process in kB (`VmRSS`, `VmHWM`), where
/// `/proc` tells.
pub fn rss_kb() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))?
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

/// Gives the allocator's free pages back to the system. glibc keeps freed memory in its
/// per-thread arenas and returns it only from the top of each, so one large case leaves a
/// long campaign's RSS at that case's high-water mark; what stays resident after this is
/// what is live, which is what a leak check wants to see grow or not.
fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks the allocator's own free lists, under its locks.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Samples of the resident floor per decade: a minute of [`crate::campaign::STATS_FLUSH`].
pub const FLOOR_SAMPLES: u32 = 6;

/// Takes a process's resident floor at each decade of execs
/// ([`Stats::rss_floor_kb_at_execs`]), one sample per statistics flush.
#[derive(Debug, Default)]
pub struct FloorSampler {
    /// The decade whose window is open, and the samples taken in it.
    open: Option<(u64, u32)>,
}

/// `VmRSS` (kB) right after the allocator returned its free pages: a floor sample. Take it
/// outside any lock the workers need; the trim walks every arena.
pub fn resident_after_release() -> Option<u64> {
    release_free_memory();
    rss_kb().map(|(rss, _)| rss)
}

impl FloorSampler {
    /// Notes one [`resident_after_release`] sample. Call on a process's own totals.
    pub fn note(&mut self, stats: &mut Stats, rss_kb: u64) {
        if let Some(decade) = highest_decade(stats.execs) {
            if !stats
                .rss_floor_kb_at_execs
                .contains_key(&decade.to_string())
            {
                self.open = Some((decade, 0));
            }
        }
        let Some((decade, samples)) = &mut self.open else {
            return;
        };
        if *samples < FLOOR_SAMPLES {
            *samples += 1;
            let floor = stats
                .rss_floor_kb_at_execs
                .entry(decade.to_string())
                .or_insert(rss_kb);
            *floor = (*floor).min(rss_kb);
        }
    }
}

/// The decades of execs memory is noted at: 1 000 to 1 000 000.
fn decades_reached(execs: u64) -> impl Iterator<Item = u64> {
    std::iter::successors(Some(1_000u64), |d| Some(d * 10))
        .take_while(move |d| *d <= execs && *d <= 1_000_000)
}

fn highest_decade(execs: u64) -> Option<u64> {
    decades_reached(execs).last()
}

impl Stats {
    pub fn add_time(&mut self, stage: &str, elapsed: Duration) {
        *self.stage_nanos.entry(stage.to_string()).or_default() += elapsed.as_nanos() as u64;
    }

    pub fn bump(map: &mut BTreeMap<String, u64>, key: impl Into<String>) {
        *map.entry(key.into()).or_default() += 1;
    }

    pub fn divergences(&self) -> u64 {
        self.unknown_divergences
            + self.known_divergences.values().sum::<u64>()
            + self.open_findings.values().sum::<u64>()
    }

    /// Adds another process's counters to these.
    pub fn merge(&mut self, other: &Stats) {
        fn add(into: &mut BTreeMap<String, u64>, from: &BTreeMap<String, u64>) {
            for (k, v) in from {
                *into.entry(k.clone()).or_default() += v;
            }
        }
        self.execs += other.execs;
        self.calls += other.calls;
        self.config_runs += other.config_runs;
        self.rejected += other.rejected;
        add(&mut self.rejected_by_rule, &other.rejected_by_rule);
        add(&mut self.near_host_costs, &other.near_host_costs);
        add(&mut self.near_actions, &other.near_actions);
        add(&mut self.near_endings, &other.near_endings);
        add(&mut self.host_functions, &other.host_functions);
        add(
            &mut self.table_and_bulk_operators,
            &other.table_and_bulk_operators,
        );
        add(&mut self.generator_cases, &other.generator_cases);
        add(&mut self.generator_unknown, &other.generator_unknown);
        add(&mut self.generator_known, &other.generator_known);
        add(&mut self.generator_novel, &other.generator_novel);
        self.ungenerated += other.ungenerated;
        self.repeated += other.repeated;
        self.prepare_failures += other.prepare_failures;
        add(&mut self.compile_failures, &other.compile_failures);
        self.poisoned += other.poisoned;
        self.unknown_divergences += other.unknown_divergences;
        add(&mut self.known_divergences, &other.known_divergences);
        add(&mut self.open_findings, &other.open_findings);
        add(
            &mut self.divergences_by_signature,
            &other.divergences_by_signature,
        );
        add(&mut self.relaxed_by_signature, &other.relaxed_by_signature);
        add(&mut self.out_of_gas_by_scheme, &other.out_of_gas_by_scheme);
        add(&mut self.stage_nanos, &other.stage_nanos);
        add(&mut self.compile_bytes, &other.compile_bytes);
        for (k, v) in &other.gas_ratio {
            self.gas_ratio.entry(k.clone()).or_default().merge(v);
        }
        for (k, hist) in &other.overshoot_host_calls {
            let into = self.overshoot_host_calls.entry(k.clone()).or_default();
            for (bucket, n) in hist {
                *into.entry(*bucket).or_default() += n;
            }
        }
        self.only_one_exhausted += other.only_one_exhausted;
        self.slow_calls += other.slow_calls;
        add(&mut self.crashes, &other.crashes);
        self.artefact_configs += other.artefact_configs;
        self.artefact_identical += other.artefact_identical;
        self.artefact_calls += other.artefact_calls;
        self.artefact_loaded_equal += other.artefact_loaded_equal;
        self.nondeterministic += other.nondeterministic;
        self.unclassified += other.unclassified;
        add(&mut self.runs_by_config, &other.runs_by_config);
        self.compile_over_budget += other.compile_over_budget;
        self.compile_blowups += other.compile_blowups;
        for (mine, theirs) in [
            (&mut self.rss_kb_at_execs, &other.rss_kb_at_execs),
            (
                &mut self.rss_floor_kb_at_execs,
                &other.rss_floor_kb_at_execs,
            ),
        ] {
            for (k, v) in theirs {
                let into = mine.entry(k.clone()).or_default();
                *into = (*into).max(*v);
            }
        }
        self.peak_rss_kb = self.peak_rss_kb.max(other.peak_rss_kb);
        self.wall_seconds += other.wall_seconds;
    }

    /// Counts a generated case and its findings under its generator.
    pub fn note_generator(&mut self, generator: &str, unknown: u64, known: u64) {
        *self.generator_cases.entry(generator.into()).or_default() += 1;
        for (counter, n) in [
            (&mut self.generator_unknown, unknown),
            (&mut self.generator_known, known),
        ] {
            if n > 0 {
                *counter.entry(generator.into()).or_default() += n;
            }
        }
    }

    /// One line per generator: cases, divergences, inputs kept for new behaviour.
    pub fn generators_summary(&self) -> Option<String> {
        if self.generator_cases.is_empty() {
            return None;
        }
        let get = |map: &BTreeMap<String, u64>, g: &str| map.get(g).copied().unwrap_or(0);
        let parts: Vec<String> = self
            .generator_cases
            .iter()
            .map(|(g, cases)| {
                format!(
                    "{g} {cases} cases ({} unknown, {} known, {} novel)",
                    get(&self.generator_unknown, g),
                    get(&self.generator_known, g),
                    get(&self.generator_novel, g)
                )
            })
            .collect();
        Some(format!("generators: {}", parts.join(" · ")))
    }

    /// Notes this process's memory: at each decade of execs from 1 000 (once), and the peak.
    /// Call on a process's own totals.
    pub fn note_memory(&mut self) {
        let Some((rss, peak)) = rss_kb() else { return };
        self.peak_rss_kb = self.peak_rss_kb.max(peak);
        for decade in decades_reached(self.execs) {
            self.rss_kb_at_execs
                .entry(decade.to_string())
                .or_insert(rss);
        }
    }

    /// What the compiled-artefact checks found ([`crate::compiled_artefacts`]).
    pub fn artefacts_line(&self) -> String {
        format!(
            "{} configs compared, {} compiled twice = identical, loaded = fresh on {} of {} calls",
            self.artefact_configs,
            self.artefact_identical,
            self.artefact_loaded_equal,
            self.artefact_calls
        )
    }

    /// `NEAR actions recorded: N kinds: CreateReceipt 12, Transfer 3, …`.
    pub fn near_actions_line(&self) -> Option<String> {
        if self.near_actions.is_empty() {
            return None;
        }
        let list: Vec<String> = self
            .near_actions
            .iter()
            .map(|(kind, n)| format!("{kind} {n}"))
            .collect();
        Some(format!(
            "NEAR actions recorded: {} kinds: {}",
            self.near_actions.len(),
            list.join(", ")
        ))
    }

    /// `NEAR call endings: N runs; ok x %; argument validation y % (kind z %, …); other …`.
    /// Argument validation: the host errors a bad pointer, register, encoding, account id,
    /// promise index or curve point gives.
    pub fn near_endings_line(&self) -> Option<String> {
        let runs: u64 = self.near_endings.values().sum();
        if runs == 0 {
            return None;
        }
        let share = |n: u64| 100.0 * n as f64 / runs as f64;
        let validation: Vec<(&String, &u64)> = self
            .near_endings
            .iter()
            .filter(|(label, _)| is_argument_validation(label))
            .collect();
        let validation_total: u64 = validation.iter().map(|(_, n)| **n).sum();
        let ok = self.near_endings.get("ok").copied().unwrap_or(0);
        let mut others: Vec<(&String, &u64)> = self
            .near_endings
            .iter()
            .filter(|(label, _)| *label != "ok" && !is_argument_validation(label))
            .collect();
        others.sort_by(|a, b| b.1.cmp(a.1));
        let list = |items: &[(&String, &u64)]| {
            items
                .iter()
                .map(|(label, n)| format!("{label} {:.1} %", share(**n)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        Some(format!(
            "NEAR call endings: {runs} runs; ok {:.1} %; argument validation {:.1} % ({}); other endings: {}",
            share(ok),
            share(validation_total),
            list(&validation),
            list(&others[..others.len().min(8)])
        ))
    }

    /// `host model functions: N of M called, K completed …; called/completed: …`.
    pub fn host_functions_line(&self) -> Option<String> {
        let count = |prefix: &str| {
            self.host_functions
                .keys()
                .filter(|k| k.starts_with(prefix))
                .count()
        };
        let called = count("called:");
        if called == 0 {
            return None;
        }
        let list: Vec<String> = self
            .host_functions
            .iter()
            .filter_map(|(k, n)| {
                let name = k.strip_prefix("called:")?;
                let completed = self
                    .host_functions
                    .get(&format!("completed:{name}"))
                    .copied()
                    .unwrap_or(0);
                Some(format!("{name} {n}/{completed}"))
            })
            .collect();
        Some(format!(
            "host model functions (host scheme): {called} of {} called, {} completed (returned, or a panic or abort ended the call as it should); called/completed: {}",
            crate::abi::CONTRACT_API.len(),
            count("completed:"),
            list.join(", ")
        ))
    }

    /// `table and bulk-memory operators: in N of M cases (x %), run in K (y %); present: …;
    /// run: …`, when the campaign counted them.
    pub fn table_and_bulk_line(&self) -> Option<String> {
        let counts = &self.table_and_bulk_operators;
        let cases = *counts.get("cases")?;
        let share = |n: u64| 100.0 * n as f64 / cases.max(1) as f64;
        let (present, run) = (
            counts.get("present").copied().unwrap_or(0),
            counts.get("run").copied().unwrap_or(0),
        );
        let list = |prefix: &str| {
            counts
                .iter()
                .filter_map(|(k, n)| Some(format!("{} {n}", k.strip_prefix(prefix)?)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        Some(format!(
            "table and bulk-memory operators: in {present} of {cases} cases ({:.1} %), run (host scheme) in {run} ({:.1} %); present: {}; run: {}",
            share(present),
            share(run),
            list("present:"),
            list("run:")
        ))
    }

    /// Relaxed differences per rule of the policy.
    pub fn relaxed_by_rule(&self) -> BTreeMap<String, u64> {
        let mut out = BTreeMap::new();
        for (signature, n) in &self.relaxed_by_signature {
            let rule = crate::signature::Signature::parse(signature).class;
            *out.entry(rule).or_default() += n;
        }
        out
    }

    /// Generated inputs that became modules and were rejected, as a fraction.
    pub fn rejected_rate(&self) -> f64 {
        let generated = self.execs.saturating_sub(self.ungenerated);
        if generated == 0 {
            0.0
        } else {
            self.rejected as f64 / generated as f64
        }
    }

    /// Writes these statistics atomically (a reader never sees half a file).
    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        let text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        crate::fs::write_atomically(path, text.as_bytes())
    }

    /// Reads and merges every `*.json` statistics file under `dir`. Unreadable files are
    /// reported by name, never silently dropped.
    pub fn read_dir(dir: &Path) -> Result<(Stats, Vec<String>), std::io::Error> {
        let mut total = Stats::default();
        let mut problems = Vec::new();
        let mut entries: Vec<_> = std::fs::read_dir(dir)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        entries.sort();
        for path in entries {
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            match std::fs::read(&path)
                .map_err(|e| e.to_string())
                .and_then(|bytes| {
                    serde_json::from_slice::<Stats>(&bytes).map_err(|e| e.to_string())
                }) {
                Ok(stats) => total.merge(&stats),
                Err(e) => problems.push(format!("{}: {e}", path.display())),
            }
        }
        Ok((total, problems))
    }

    /// A human summary.
    pub fn summary(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let secs = |stage: &str| self.stage_nanos.get(stage).copied().unwrap_or(0) as f64 / 1e9;
        let total_stage: f64 = self.stage_nanos.values().sum::<u64>() as f64 / 1e9;
        let _ = writeln!(
            out,
            "cases {}{} · calls {} · config runs {} · rejected {} ({:.2}%) · poisoned {} · prepare failures {}",
            self.execs,
            // Counted by the built-in campaign only (`check` draws each case afresh).
            match self.repeated {
                0 => String::new(),
                repeated => format!(" ({repeated} repeated)"),
            },
            self.calls,
            self.config_runs,
            self.rejected,
            100.0 * self.rejected_rate(),
            self.poisoned,
            self.prepare_failures
        );
        let _ = writeln!(
            out,
            "divergences: {} unknown, {} known {:?}, {} open",
            self.unknown_divergences,
            self.known_divergences.values().sum::<u64>(),
            self.known_divergences,
            self.open_findings.values().sum::<u64>()
        );
        if !self.open_findings.is_empty() {
            let by_id: Vec<String> = self
                .open_findings
                .iter()
                .map(|(id, n)| format!("open:{id} ×{n}"))
                .collect();
            let _ = writeln!(out, "open findings seen again: {}", by_id.join(", "));
        }
        if !self.crashes.is_empty() {
            let _ = writeln!(out, "crashes (not divergences): {:?}", self.crashes);
        }
        if self.artefact_configs > 0 {
            let _ = writeln!(
                out,
                "compiled artefacts (sampled): {}",
                self.artefacts_line()
            );
        }
        if let Some(line) = self.generators_summary() {
            let _ = writeln!(out, "{line}");
        }
        if let Some(line) = self.table_and_bulk_line() {
            let _ = writeln!(out, "{line}");
        }
        if !self.near_host_costs.is_empty() {
            let _ = writeln!(
                out,
                "NEAR host costs charged: {} distinct ({} base costs: host functions reached)",
                self.near_host_costs.len(),
                self.near_host_costs
                    .keys()
                    .filter(|k| k.ends_with("base"))
                    .count()
            );
        }
        for line in [
            self.near_actions_line(),
            self.near_endings_line(),
            self.host_functions_line(),
        ]
        .into_iter()
        .flatten()
        {
            let _ = writeln!(out, "{line}");
        }
        if !self.relaxed_by_signature.is_empty() {
            let _ = writeln!(
                out,
                "relaxed by a rule of the policy (not divergences): {} {:?}",
                self.relaxed_by_signature.values().sum::<u64>(),
                self.relaxed_by_rule()
            );
        }
        if self.wall_seconds > 0.0 {
            let _ = writeln!(
                out,
                "throughput: {:.1} cases/s, {:.1} calls/s over {:.1} s",
                self.execs as f64 / self.wall_seconds,
                self.calls as f64 / self.wall_seconds,
                self.wall_seconds
            );
        }
        if !self.rejected_by_rule.is_empty() {
            let _ = writeln!(out, "rejected by rule: {:?}", self.rejected_by_rule);
        }
        if !self.compile_failures.is_empty() {
            let _ = writeln!(out, "compile failures: {:?}", self.compile_failures);
        }
        let _ = writeln!(out, "out of gas by scheme: {:?}", self.out_of_gas_by_scheme);
        let _ = writeln!(out, "time per stage (s, share):");
        for (stage, _) in &self.stage_nanos {
            let s = secs(stage);
            let _ = writeln!(
                out,
                "  {stage:<28} {s:>9.3}  {:>5.1}%",
                100.0 * s / total_stage.max(1e-9)
            );
        }
        for (backend, bytes) in &self.compile_bytes {
            let s = secs(&format!("compile:{backend}"));
            if s > 0.0 {
                let _ = writeln!(
                    out,
                    "compile throughput {backend}: {:.0} KiB/s",
                    *bytes as f64 / 1024.0 / s
                );
            }
        }
        for (pair, ratio) in &self.gas_ratio {
            let _ = writeln!(
                out,
                "gas ratio {pair}: mean {:.3} min {:.3} max {:.3} over {} calls",
                ratio.mean().unwrap_or(0.0),
                ratio.min,
                ratio.max,
                ratio.count
            );
        }
        for (pair, hist) in &self.overshoot_host_calls {
            let _ = writeln!(out, "overshoot (extra host calls) {pair}: {hist:?}");
        }
        if self.nondeterministic + self.unclassified > 0 {
            let _ = writeln!(
                out,
                "HARNESS DEFECTS: {} nondeterministic divergences, {} unclassified engine errors",
                self.nondeterministic, self.unclassified
            );
        }
        if self.compile_over_budget > 0 {
            let _ = writeln!(
                out,
                "compiles over the per-module budget: {} at first sight, {} confirmed (compile_blowup)",
                self.compile_over_budget, self.compile_blowups
            );
        }
        if self.peak_rss_kb > 0 {
            let mut at: Vec<(u64, u64, Option<u64>)> = self
                .rss_kb_at_execs
                .iter()
                .filter_map(|(k, v)| {
                    Some((
                        k.parse().ok()?,
                        *v,
                        self.rss_floor_kb_at_execs.get(k).copied(),
                    ))
                })
                .collect();
            at.sort();
            let mb = |kb: u64| kb as f64 / 1024.0;
            let at = match at.as_slice() {
                [] => "none yet (first noted at 1000 execs)".to_string(),
                at => at
                    .iter()
                    .map(|(n, kb, floor)| match floor {
                        Some(floor) => format!("{n}: {:.1} MB (floor {:.1})", mb(*kb), mb(*floor)),
                        None => format!("{n}: {:.1} MB", mb(*kb)),
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            let _ = writeln!(
                out,
                "memory: peak RSS {} MB; RSS at execs {at}",
                self.peak_rss_kb / 1024
            );
        }
        if self.only_one_exhausted > 0 {
            let _ = writeln!(
                out,
                "calls where only one mechanism ran out of gas: {}",
                self.only_one_exhausted
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_adds_everything() {
        let mut a = Stats {
            execs: 2,
            ..Stats::default()
        };
        Stats::bump(&mut a.known_divergences, "x");
        a.gas_ratio.entry("m".into()).or_default().add(2.0);
        let mut b = a.clone();
        b.gas_ratio.get_mut("m").unwrap().add(4.0);
        a.merge(&b);
        assert_eq!(a.execs, 4);
        assert_eq!(a.known_divergences["x"], 2);
        assert_eq!(a.gas_ratio["m"].count, 3);
        assert_eq!(a.gas_ratio["m"].max, 4.0);
    }

    #[test]
    fn memory_is_noted_once_per_decade_of_execs() {
        let mut stats = Stats {
            execs: 999,
            ..Stats::default()
        };
        stats.note_memory();
        assert!(stats.rss_kb_at_execs.is_empty(), "{stats:?}");
        stats.execs = 12_000;
        stats.note_memory();
        let decades: Vec<&str> = stats.rss_kb_at_execs.keys().map(String::as_str).collect();
        assert_eq!(decades, ["1000", "10000"]);
        let first = stats.rss_kb_at_execs.clone();
        stats.note_memory();
        assert_eq!(
            stats.rss_kb_at_execs, first,
            "a decade is noted when first reached"
        );
        assert!(stats.peak_rss_kb >= first["10000"]);
    }

    #[test]
    fn resident_floor_is_the_lowest_of_a_decades_first_samples() {
        const MB: u64 = 1024;
        let mut stats = Stats::default();
        let mut floor = FloorSampler::default();
        floor.note(&mut stats, 50 * MB);
        assert!(
            stats.rss_floor_kb_at_execs.is_empty(),
            "no decade reached yet"
        );
        stats.execs = 1_000;
        // A case in flight, then what stays; then the window closes: later lows are not it.
        for rss in [90, 40, 70, 45, 60, 80, 10, 5] {
            floor.note(&mut stats, rss * MB);
            stats.execs += 100;
        }
        assert_eq!(stats.rss_floor_kb_at_execs["1000"], 40 * MB);
        stats.execs = 10_000;
        floor.note(&mut stats, 300 * MB);
        floor.note(&mut stats, 200 * MB);
        assert_eq!(stats.rss_floor_kb_at_execs["1000"], 40 * MB);
        assert_eq!(stats.rss_floor_kb_at_execs["10000"], 200 * MB);

        stats.peak_rss_kb = 300 * MB;
        stats.rss_kb_at_execs = [("1000".into(), 90 * MB), ("10000".into(), 300 * MB)].into();
        let summary = stats.summary();
        assert!(
            summary
                .contains("RSS at execs 1000: 90.0 MB (floor 40.0), 10000: 300.0 MB (floor 200.0)"),
            "{summary}"
        );
    }

    #[test]
    fn memory_line_of_a_short_run_says_no_decade_was_reached() {
        let stats = Stats {
            execs: 120,
            peak_rss_kb: 80 * 1024,
            ..Stats::default()
        };
        let summary = stats.summary();
        assert!(
            summary.contains(
                "memory: peak RSS 80 MB; RSS at execs none yet (first noted at 1000 execs)\n"
            ),
            "{summary}"
        );
    }

    #[test]
    fn relaxations_are_summed_per_rule_and_shown() {
        let mut stats = Stats::default();
        for signature in [
            "wasmtime_fuel_unflushed_at_trap:gas_used:winch/fuel~cranelift/fuel:unreachable~unreachable",
            "wasmtime_fuel_unflushed_at_trap:gas_used:winch/fuel~cranelift-none/fuel:unreachable~unreachable",
        ] {
            Stats::bump(&mut stats.relaxed_by_signature, signature);
        }
        let mut merged = stats.clone();
        merged.merge(&stats);
        assert_eq!(
            merged.relaxed_by_rule()["wasmtime_fuel_unflushed_at_trap"],
            4
        );
        assert!(merged.summary().contains(
            "relaxed by a rule of the policy (not divergences): 4 {\"wasmtime_fuel_unflushed_at_trap\": 4}"
        ));
    }

    #[test]
    fn read_dir_reports_corrupt_files() {
        let dir = std::env::temp_dir().join(format!("vmdiff-stats-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Stats {
            execs: 3,
            ..Stats::default()
        }
        .write(&dir.join("a.json"))
        .unwrap();
        std::fs::write(dir.join("b.json"), b"{ not json").unwrap();
        let (total, problems) = Stats::read_dir(&dir).unwrap();
        assert_eq!(total.execs, 3);
        assert_eq!(problems.len(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

/// Whether a NEAR call ending is a host error from validating an argument (a bad pointer,
/// register, encoding, account id, promise index, key or curve point): what random arguments
/// give, and what well-formed host-call sequences should rarely give.
pub fn is_argument_validation(label: &str) -> bool {
    const KINDS: [&str; 13] = [
        "memory_access_violation",
        "invalid_register_id",
        "bad_utf8",
        "bad_utf16",
        "invalid_account_id",
        "invalid_promise_index",
        "invalid_public_key",
        "invalid_method_name",
        "invalid_input",
        "invalid_promise_result_index",
        "invalid_receipt_index",
        "cannot_append_action_to_joint_promise",
        "invalid_action_index",
    ];
    label.contains("host_error") && KINDS.iter().any(|k| label.contains(k))
}
