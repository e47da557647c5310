//! Compile-time bounds (DESIGN.md, "Compile-time bounds"): how compile cost is measured, the
//! per-module linear budget `margin × (a + b·bytes)` calibrated per backend (`bounds.toml`),
//! and the check that flags a confirmed excess as a `compile_blowup` finding.
//!
//! Compile cost is CPU, not wall-clock: preemption on a busy machine must not look like a
//! slow compiler. Where the machine offers hardware counters, retired user-space instructions
//! are steadier still; every figure says which meter produced it.

use crate::backend::{self, Backend, BackendName};
use crate::cost::CostTable;
use crate::prepare;
use crate::profile::Profile;
use crate::scheme::{self, GasScheme, SchemeName};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::RwLock;

/// What compile cost is measured in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Meter {
    /// Retired user-space instructions of this thread and the threads it starts meanwhile
    /// (singlepass compiles on a pool it creates per compile), from `perf_event_open`.
    Instructions,
    /// CPU seconds of the whole process; exact only while nothing else runs in it, which
    /// [`exclusive`] ensures for vmdiff's own workers.
    ProcessCpu,
}

impl Meter {
    /// Hardware instruction counters when the kernel grants them, else process CPU time.
    pub fn detect() -> Meter {
        if instructions::open().is_ok() {
            Meter::Instructions
        } else {
            Meter::ProcessCpu
        }
    }

    /// Why hardware counters are not used, for reports (`None` when they are).
    pub fn why_not_instructions() -> Option<String> {
        instructions::open()
            .err()
            .map(|e| format!("perf_event_open: {e}"))
    }

    pub fn unit(self) -> &'static str {
        match self {
            Meter::Instructions => "instructions",
            Meter::ProcessCpu => "cpu seconds",
        }
    }

    /// The cost of running `work` once, in this meter's unit.
    pub fn measure(self, work: impl FnOnce()) -> f64 {
        match self {
            Meter::Instructions => match instructions::open() {
                Ok(counter) => counter.count(work) as f64,
                // Counters granted at detection but not now: say so rather than mix units.
                Err(e) => panic!("instruction counter lost after detection: {e}"),
            },
            Meter::ProcessCpu => {
                let start = process_cpu_seconds();
                work();
                process_cpu_seconds() - start
            }
        }
    }
}

fn process_cpu_seconds() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec to write into; the clock id is a constant.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    assert_eq!(
        rc, 0,
        "CLOCK_PROCESS_CPUTIME_ID is always available on Linux"
    );
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// Hardware instruction counting through `perf_event_open(2)`.
mod instructions {
    use std::os::fd::{FromRawFd, OwnedFd};
    use std::os::unix::io::AsRawFd;

    /// `struct perf_event_attr` up to `config1` (PERF_ATTR_SIZE_VER0, which every kernel takes).
    #[repr(C)]
    #[derive(Default)]
    struct Attr {
        kind: u32,
        size: u32,
        config: u64,
        sample_period: u64,
        sample_type: u64,
        read_format: u64,
        flags: u64,
        wakeup_events: u32,
        bp_type: u32,
        config1: u64,
    }

    const PERF_TYPE_HARDWARE: u32 = 0;
    const PERF_COUNT_HW_INSTRUCTIONS: u64 = 1;
    const DISABLED: u64 = 1 << 0;
    const INHERIT: u64 = 1 << 1;
    const EXCLUDE_KERNEL: u64 = 1 << 5;
    const EXCLUDE_HV: u64 = 1 << 6;
    const IOC_ENABLE: libc::c_ulong = 0x2400;
    const IOC_DISABLE: libc::c_ulong = 0x2401;

    pub struct Counter(OwnedFd);

    pub fn open() -> std::io::Result<Counter> {
        let attr = Attr {
            kind: PERF_TYPE_HARDWARE,
            size: std::mem::size_of::<Attr>() as u32,
            config: PERF_COUNT_HW_INSTRUCTIONS,
            flags: DISABLED | INHERIT | EXCLUDE_KERNEL | EXCLUDE_HV,
            ..Attr::default()
        };
        // SAFETY: a valid attr of the declared size; pid 0 / cpu -1 = this task on any CPU.
        let fd = unsafe {
            libc::syscall(
                libc::SYS_perf_event_open,
                &attr as *const Attr,
                0,
                -1,
                -1,
                0,
            )
        };
        if fd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: the kernel just returned this descriptor to us.
        Ok(Counter(unsafe { OwnedFd::from_raw_fd(fd as i32) }))
    }

    impl Counter {
        pub fn count(self, work: impl FnOnce()) -> u64 {
            let fd = self.0.as_raw_fd();
            // SAFETY: ioctls and a read of 8 bytes on a perf event descriptor we own.
            unsafe {
                libc::ioctl(fd, IOC_ENABLE, 0);
                work();
                libc::ioctl(fd, IOC_DISABLE, 0);
                let mut value = 0u64;
                let n = libc::read(fd, (&mut value as *mut u64).cast(), 8);
                if n == 8 {
                    value
                } else {
                    0
                }
            }
        }
    }
}

/// vmdiff's workers run cases under a shared hold of this lock; a measurement takes it
/// exclusively, so process CPU time counts the measured compile and nothing else.
static MEASURING: RwLock<()> = RwLock::new(());

/// Runs `work` while no other vmdiff worker runs a case.
pub fn exclusive<R>(work: impl FnOnce() -> R) -> R {
    let _guard = MEASURING.write().unwrap_or_else(|e| e.into_inner());
    work()
}

/// Runs `work` (a case) so that it pauses while someone measures.
pub fn alongside<R>(work: impl FnOnce() -> R) -> R {
    let _guard = MEASURING.read().unwrap_or_else(|e| e.into_inner());
    work()
}

/// Something that compiles modules: a backend, or a synthetic compiler in tests.
pub trait Compile {
    fn name(&self) -> String;
    fn compile(&self, wasm: &[u8]) -> Result<(), String>;
}

/// A backend compiling modules as deployed: prepared for NEAR's production scheme (`global`).
pub struct BackendCompiler {
    backend: Box<dyn Backend>,
    scheme: Box<dyn GasScheme>,
    costs: CostTable,
}

impl BackendCompiler {
    pub fn new(name: BackendName) -> BackendCompiler {
        BackendCompiler {
            backend: backend::build(name),
            scheme: scheme::build(SchemeName::Global),
            costs: CostTable::default(),
        }
    }

    /// The bytes this compiler is measured on: `wasm` prepared under the profile for `global`.
    pub fn prepare(wasm: &[u8]) -> Result<Vec<u8>, String> {
        let global = scheme::build(SchemeName::Global);
        let prepared = prepare::prepare(
            &Profile::default(),
            &CostTable::default(),
            wasm,
            &[global.as_ref()],
        )
        .map_err(|e| e.to_string())?;
        Ok(prepared
            .for_scheme(SchemeName::Global)
            .ok_or("not prepared for global")?
            .to_vec())
    }
}

impl Compile for BackendCompiler {
    fn name(&self) -> String {
        self.backend.name().to_string()
    }

    fn compile(&self, wasm: &[u8]) -> Result<(), String> {
        self.backend
            .compile(wasm, self.scheme.as_ref(), &self.costs)
            .map(drop)
            .map_err(|e| e.to_string())
    }
}

/// Repeated measurements of one compile.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq)]
pub struct Sample {
    pub min: f64,
    pub median: f64,
    pub max: f64,
}

/// Compiles `wasm` `repeats` times, each measured alone (see [`exclusive`]).
pub fn measure(
    compiler: &dyn Compile,
    wasm: &[u8],
    meter: Meter,
    repeats: usize,
) -> Result<Sample, String> {
    let mut values = Vec::with_capacity(repeats.max(1));
    for _ in 0..repeats.max(1) {
        let mut result = Ok(());
        let value = exclusive(|| meter.measure(|| result = compiler.compile(wasm)));
        result?;
        values.push(value);
    }
    values.sort_by(f64::total_cmp);
    Ok(Sample {
        min: values[0],
        median: values[values.len() / 2],
        max: values[values.len() - 1],
    })
}

/// Size measures of a module (the budget is linear in `bytes`, what a chain charges for).
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct ModuleSize {
    pub bytes: u64,
    pub code_bytes: u64,
    pub operators: u64,
    pub functions: u64,
}

impl ModuleSize {
    pub fn of(wasm: &[u8]) -> ModuleSize {
        let mut size = ModuleSize {
            bytes: wasm.len() as u64,
            ..ModuleSize::default()
        };
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            let Ok(wasmparser::Payload::CodeSectionEntry(body)) = payload else {
                continue;
            };
            size.functions += 1;
            let range = body.range();
            size.code_bytes += (range.end - range.start) as u64;
            if let Ok(mut ops) = body.get_operators_reader() {
                while !ops.eof() && ops.read().is_ok() {
                    size.operators += 1;
                }
            }
        }
        size
    }
}

/// One backend's budget line: `a + b·bytes`, in the meter's unit.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub a: f64,
    pub b: f64,
    /// How many modules the line was calibrated on.
    pub modules: usize,
    /// Cost of the [`reference_module`] where the line was calibrated: compiles cheaper than
    /// it (rescaled to this machine) are never flagged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<f64>,
    /// Cost of the [`yardstick`] workload where the line was calibrated: its cost here over
    /// this one rescales the line to this machine and this moment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yardstick: Option<f64>,
}

impl Line {
    pub fn at(&self, bytes: u64) -> f64 {
        self.a + self.b * bytes as f64
    }
}

/// `bounds.toml`: the margin and one line per backend per meter.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Bounds {
    pub margin: f64,
    #[serde(default)]
    pub process_cpu: BTreeMap<String, Line>,
    #[serde(default)]
    pub instructions: BTreeMap<String, Line>,
}

impl Bounds {
    /// The checked-in defaults.
    pub fn checked_in() -> Bounds {
        Bounds::parse(include_str!("../bounds.toml")).expect("the checked-in bounds.toml parses")
    }

    pub fn parse(text: &str) -> Result<Bounds, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    pub fn lines(&self, meter: Meter) -> &BTreeMap<String, Line> {
        match meter {
            Meter::Instructions => &self.instructions,
            Meter::ProcessCpu => &self.process_cpu,
        }
    }

    pub fn lines_mut(&mut self, meter: Meter) -> &mut BTreeMap<String, Line> {
        match meter {
            Meter::Instructions => &mut self.instructions,
            Meter::ProcessCpu => &mut self.process_cpu,
        }
    }

    /// The budget of a module of `bytes` on `backend`, margin included.
    pub fn budget(&self, meter: Meter, backend: &str, bytes: u64) -> Option<f64> {
        self.lines(meter)
            .get(backend)
            .map(|line| self.margin * line.at(bytes))
    }

    /// The cost under which a compile on `backend` is never flagged: its reference module's
    /// (zero when the line records none).
    pub fn floor(&self, meter: Meter, backend: &str) -> f64 {
        self.lines(meter)
            .get(backend)
            .and_then(|line| line.reference)
            .unwrap_or(0.0)
    }

    /// Whether a compile of `bytes` costing `cost` on `backend` is over its budget. A compile
    /// cheaper than the reference module's is fixed cost and clock noise, not a denial of
    /// service, whatever its ratio to a line fitted on larger modules: never over.
    pub fn over_budget(&self, meter: Meter, backend: &str, bytes: u64, cost: f64) -> bool {
        let Some(line) = self.lines(meter).get(backend) else {
            return false;
        };
        cost > self.margin * line.at(bytes) && cost >= self.floor(meter, backend)
    }

    /// Bounds of one line: `backend`'s, as a finding recorded it.
    pub fn one_line(margin: f64, meter: Meter, backend: &str, line: Line) -> Bounds {
        let mut bounds = Bounds {
            margin,
            process_cpu: BTreeMap::new(),
            instructions: BTreeMap::new(),
        };
        bounds.lines_mut(meter).insert(backend.into(), line);
        bounds
    }

    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(self).expect("bounds serialise")
    }

    /// These bounds with every line that records a yardstick cost rescaled by `factor`
    /// (its `reference` and `yardstick` too, so that a later rescaling is relative to this one).
    pub fn rescaled(&self, meter: Meter, factor: f64) -> Bounds {
        let mut scaled = self.clone();
        for line in scaled
            .lines_mut(meter)
            .values_mut()
            .filter(|l| l.yardstick.is_some())
        {
            line.a *= factor;
            line.b *= factor;
            line.reference = line.reference.map(|r| r * factor);
            line.yardstick = line.yardstick.map(|y| y * factor);
        }
        scaled
    }

    /// How much slower than at calibration this machine runs the [`yardstick`] now (`None`
    /// when no line records it), and these bounds rescaled by it.
    pub fn on_this_machine(&self, meter: Meter, repeats: usize) -> (Bounds, Option<f64>) {
        let Some(then) = self
            .lines(meter)
            .values()
            .find_map(|l| l.yardstick.filter(|y| *y > 0.0))
        else {
            return (self.clone(), None);
        };
        let factor = yardstick(meter, repeats) / then;
        (self.rescaled(meter, factor), Some(factor))
    }
}

/// One line for a report: how the budget was rescaled to this machine.
pub fn describe_factor(factor: Option<f64>) -> String {
    match factor {
        Some(f) => format!("compile budget rescaled to this machine by its yardstick: x{f:.2}"),
        None => "compile budget as calibrated (bounds.toml records no yardstick)".into(),
    }
}

/// One module measured for calibration.
#[derive(Clone, Debug, Serialize)]
pub struct CalibrationPoint {
    pub module: String,
    pub backend: String,
    pub size: ModuleSize,
    pub sample: Sample,
}

/// Least-squares `a + b·x`, `a` kept non-negative (a compile never costs less than nothing).
fn least_squares(points: &[(u64, f64)]) -> (f64, f64) {
    let n = points.len() as f64;
    let mx = points.iter().map(|p| p.0 as f64).sum::<f64>() / n;
    let my = points.iter().map(|p| p.1).sum::<f64>() / n;
    let var: f64 = points.iter().map(|p| (p.0 as f64 - mx).powi(2)).sum();
    let cov: f64 = points.iter().map(|p| (p.0 as f64 - mx) * (p.1 - my)).sum();
    let b = if var > 0.0 { (cov / var).max(0.0) } else { 0.0 };
    ((my - b * mx).max(0.0), b)
}

/// The `q` quantile of `values` (nearest rank; `values` not empty).
fn quantile(mut values: Vec<f64>, q: f64) -> f64 {
    values.sort_by(f64::total_cmp);
    values[((values.len() as f64 * q).ceil() as usize).clamp(1, values.len()) - 1]
}

/// Share of the calibration corpus allowed above the line before the margin.
const ABOVE_LINE: f64 = 0.05;

/// Fits a budget line to measured `(bytes, cost)` points: least squares with the slowest 5%
/// (relative to a first fit) left out, so that one superlinear module in the corpus cannot
/// raise every budget, then scaled up until all but the slowest 5% of the corpus sit under it.
/// The margin on top covers measurement noise.
pub fn fit_line(points: &[(u64, f64)]) -> Option<Line> {
    if points.is_empty() {
        return None;
    }
    let ratios = |(a, b): (f64, f64)| -> Vec<f64> {
        points
            .iter()
            .map(|p| p.1 / (a + b * p.0 as f64).max(f64::MIN_POSITIVE))
            .collect()
    };
    let first = least_squares(points);
    let cut = quantile(ratios(first), 1.0 - ABOVE_LINE);
    let kept: Vec<(u64, f64)> = points
        .iter()
        .zip(ratios(first))
        .filter(|(_, r)| *r <= cut)
        .map(|(p, _)| *p)
        .collect();
    let (a, b) = least_squares(if kept.len() >= 2 { &kept } else { points });
    let scale = quantile(ratios((a, b)), 1.0 - ABOVE_LINE).max(1.0);
    Some(Line {
        a: a * scale,
        b: b * scale,
        modules: points.len(),
        reference: None,
        yardstick: None,
    })
}

/// Measures every module on every compiler and fits one line per compiler.
pub fn calibrate(
    modules: &[LoadedModule],
    compilers: &[&dyn Compile],
    meter: Meter,
    repeats: usize,
    mut progress: impl FnMut(&CalibrationPoint),
) -> (BTreeMap<String, Line>, Vec<CalibrationPoint>) {
    // The reference module and the yardstick are measured first and last, and the cheaper
    // figure kept: a fresh process is the state a later check starts from.
    let reference = reference_module();
    let measure_reference = |compiler: &dyn Compile| {
        measure(compiler, &reference, meter, repeats)
            .ok()
            .map(|s| s.min)
    };
    let first_reference: Vec<Option<f64>> =
        compilers.iter().map(|c| measure_reference(*c)).collect();
    let first_yardstick = yardstick(meter, repeats);
    let mut points = Vec::new();
    for module in modules {
        let size = ModuleSize::of(&module.prepared);
        for compiler in compilers {
            if let Ok(sample) = measure(*compiler, &module.prepared, meter, repeats) {
                let point = CalibrationPoint {
                    module: module.name.clone(),
                    backend: compiler.name(),
                    size,
                    sample,
                };
                progress(&point);
                points.push(point);
            }
        }
    }
    let machine = first_yardstick.min(yardstick(meter, repeats));
    let lines = compilers
        .iter()
        .zip(first_reference)
        .filter_map(|(c, first_reference)| {
            let name = c.name();
            let mine: Vec<(u64, f64)> = points
                .iter()
                .filter(|p| p.backend == name)
                .map(|p| (p.size.bytes, p.sample.min))
                .collect();
            let mut line = fit_line(&mine)?;
            line.reference = match (first_reference, measure_reference(*c)) {
                (Some(first), Some(last)) => Some(first.min(last)),
                (first, last) => first.or(last),
            };
            line.yardstick = Some(machine);
            Some((name, line))
        })
        .collect();
    (lines, points)
}

/// The cost of a fixed workload that involves no compiler (allocation, ordered maps, sorting:
/// the kind of work a compiler does), minimum of `repeats`. Its ratio to the figure recorded
/// at calibration is how much slower this machine, or this process right now, runs: the
/// budget follows it. It involves no engine on purpose: a compiler that regressed must not
/// raise its own budget.
pub fn yardstick(meter: Meter, repeats: usize) -> f64 {
    let work = || {
        let mut map = BTreeMap::new();
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for i in 0..100_000u64 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            map.insert(x % 40_000, vec![i; (x % 8) as usize]);
        }
        let mut keys: Vec<u64> = map.keys().copied().collect();
        keys.sort_unstable_by(|a, b| b.cmp(a));
        std::hint::black_box((map, keys));
    };
    (0..repeats.max(1))
        .map(|_| exclusive(|| meter.measure(work)))
        .fold(f64::INFINITY, f64::min)
}

/// A contract-like module (functions with locals, a loop, memory traffic, a global and
/// calls; about 30 KB once prepared) that every calibration measures beside its corpus: a
/// compile cheaper than it is never flagged. Changing it invalidates the `reference` costs in
/// `bounds.toml`: calibrate again.
pub fn reference_module() -> Vec<u8> {
    let functions = (0..160)
        .map(|i| {
            let call = if i == 0 {
                String::new()
            } else {
                format!("local.get 0 local.get 3 call {} drop", i - 1)
            };
            format!(
                "(func (param i32 i64) (result i64) (local i32 i64 f64)
                   loop
                     local.get 0 i32.const 4 i32.mul i32.load offset=8 local.set 2
                     local.get 1 local.get 2 i64.extend_i32_u i64.add global.get 0 i64.xor local.set 3
                     local.get 0 local.get 3 i64.store offset=16
                     local.get 4 local.get 3 f64.convert_i64_s f64.add local.set 4
                     local.get 0 i32.const 1 i32.sub local.tee 0 br_if 0
                   end
                   {call}
                   local.get 3 local.get 4 i64.trunc_sat_f64_s i64.add)"
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    let wat = format!(
        "(module (memory 1) (global (mut i64) (i64.const 7)) {functions}
           (func (export \"main\") (result i64) i32.const 3 i64.const 5 call 159))"
    );
    let wasm = wat::parse_str(wat).expect("the reference module assembles");
    BackendCompiler::prepare(&wasm).unwrap_or(wasm)
}

/// A confirmed compile over budget: a finding like a divergence.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Blowup {
    pub backend: String,
    pub meter: Meter,
    pub size: ModuleSize,
    /// The confirming measurement (more repeats than the first).
    pub measured: Sample,
    pub budget: f64,
    /// `measured.min / budget`.
    pub ratio: f64,
    /// The budget line and margin it broke (per-module budget only), so that a re-check
    /// judges it as found, rescaled by the yardstick of the machine that re-checks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<(Line, f64)>,
}

impl Blowup {
    pub fn signature(&self) -> String {
        format!("compile_blowup:{}", self.backend)
    }
}

/// Repeats of the confirming re-measurement, relative to the first.
pub const CONFIRM_FACTOR: usize = 3;

/// Checks one (prepared) module on one compiler against its budget: over budget is measured
/// again with more repeats, and only a confirmed excess is returned. `None` when within
/// budget, unconfirmed, or when the compiler has no calibrated line.
///
/// Where the line records a yardstick cost, the budget is rescaled by the [`yardstick`]
/// measured right then, in this process: whatever slows the process or the machine down
/// (other load, a long-running campaign's heap) slows both alike, so the verdict is the same
/// here as in the artefact's fresh `vmdiff budget` run.
pub fn check(
    compiler: &dyn Compile,
    wasm: &[u8],
    bounds: &Bounds,
    meter: Meter,
    repeats: usize,
) -> Result<Option<Blowup>, String> {
    check_measured(compiler, wasm, bounds, meter, repeats).map(|checked| checked.blowup)
}

/// What [`check`] measured on its way to the verdict.
pub struct Checked {
    /// The last measurement's cost (the confirming one when there was one); `None` when the
    /// compiler has no calibrated line, so nothing was measured.
    pub cost: Option<Sample>,
    pub blowup: Option<Blowup>,
}

/// [`check`], keeping the measured cost of a compile within budget too (`vmdiff budget` shows it).
pub fn check_measured(
    compiler: &dyn Compile,
    wasm: &[u8],
    bounds: &Bounds,
    meter: Meter,
    repeats: usize,
) -> Result<Checked, String> {
    let size = ModuleSize::of(wasm);
    let name = compiler.name();
    let Some(line) = bounds.lines(meter).get(&name).copied() else {
        return Ok(Checked {
            cost: None,
            blowup: None,
        });
    };
    let calibrated_budget = bounds.margin * line.at(size.bytes);
    // (cost, budget now, over?)
    let judge = |repeats: usize| -> Result<(Sample, f64, bool), String> {
        let cost = measure(compiler, wasm, meter, repeats)?;
        // Far under the budget or the floor whatever the machine's speed: no need to ask.
        if 4.0 * cost.min < calibrated_budget || 4.0 * cost.min < bounds.floor(meter, &name) {
            return Ok((cost, calibrated_budget, false));
        }
        let factor = line
            .yardstick
            .filter(|y| *y > 0.0)
            .map_or(1.0, |then| yardstick(meter, repeats) / then);
        let now = bounds.rescaled(meter, factor);
        Ok((
            cost,
            calibrated_budget * factor,
            now.over_budget(meter, &name, size.bytes, cost.min),
        ))
    };
    let (first, _, over) = judge(repeats)?;
    if !over {
        return Ok(Checked {
            cost: Some(first),
            blowup: None,
        });
    }
    let (confirm, budget, over) = judge(repeats * CONFIRM_FACTOR)?;
    Ok(Checked {
        cost: Some(confirm),
        blowup: over.then(|| Blowup {
            backend: name,
            meter,
            size,
            measured: confirm,
            budget,
            ratio: confirm.min / budget,
            line: Some((line, bounds.margin)),
        }),
    })
}

/// A module to measure: as found (what an artefact saves, and what re-preparing reproduces)
/// and as compiled (prepared for `global`).
pub struct LoadedModule {
    pub name: String,
    pub original: Vec<u8>,
    pub prepared: Vec<u8>,
}

/// Hidden files and the reports, notes and indexes that sit beside modules and inputs.
fn is_hidden_or_report(path: &std::path::Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        || path
            .extension()
            .is_some_and(|e| e == "md" || e == "json" || e == "tsv")
}

/// Modules to measure from files and directories (searched recursively): `.wasm` as is,
/// `.wat` assembled, anything else taken as a fuzz input and turned into the module the `diff`
/// target would generate from it. A directory that holds modules is a folder of modules: its
/// other files (licences, notes, indexes) are not fuzz inputs and are skipped, each listed.
/// Each module is prepared as deployed; what cannot be is listed with the reason, never
/// dropped silently.
pub fn load_modules(paths: &[std::path::PathBuf]) -> (Vec<LoadedModule>, Vec<String>) {
    let (mut modules, mut problems) = (Vec::new(), Vec::new());
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut stack = vec![path.clone()];
            while let Some(dir) = stack.pop() {
                let entries = match std::fs::read_dir(&dir) {
                    Ok(entries) => entries,
                    Err(e) => {
                        problems.push(format!("{}: {e}", dir.display()));
                        continue;
                    }
                };
                let mut here = Vec::new();
                for p in entries.filter_map(Result::ok).map(|entry| entry.path()) {
                    if p.is_dir() {
                        stack.push(p);
                    } else if !is_hidden_or_report(&p) {
                        here.push(p);
                    }
                }
                let is_module =
                    |p: &std::path::Path| p.extension().is_some_and(|e| e == "wasm" || e == "wat");
                if here.iter().any(|p| is_module(p)) {
                    // A crash artefact keeps its module as `.wasm` and as `.wat`: one module.
                    let has_binary_twin = |p: &std::path::Path| {
                        p.extension().is_some_and(|e| e == "wat")
                            && here.contains(&p.with_extension("wasm"))
                    };
                    for p in here.iter().filter(|p| !has_binary_twin(p)) {
                        if is_module(p) {
                            files.push(p.clone());
                        } else {
                            problems.push(format!(
                                "{}: not a module (beside modules, so not a fuzz input)",
                                p.display()
                            ));
                        }
                    }
                } else {
                    files.extend(here);
                }
            }
        } else if path.exists() {
            files.push(path.clone());
        } else {
            problems.push(format!("{}: no such file or directory", path.display()));
        }
    }
    files.sort();
    for file in files {
        let name = file.display().to_string();
        let bytes = match std::fs::read(&file) {
            Ok(bytes) => bytes,
            Err(e) => {
                problems.push(format!("{name}: {e}"));
                continue;
            }
        };
        let wasm = if bytes.starts_with(b"\0asm") {
            Ok(bytes)
        } else if file.extension().is_some_and(|e| e == "wat") {
            wat::parse_bytes(&bytes)
                .map(|b| b.into_owned())
                .map_err(|e| e.to_string())
        } else {
            crate::generate::generate(
                &Profile::default(),
                &crate::generate::GenerationLimits::default(),
                &bytes,
            )
            .map(|case| case.wasm)
            .map_err(|e| format!("not a module, and no module generated from it: {e}"))
        };
        match wasm.and_then(|wasm| Ok((BackendCompiler::prepare(&wasm)?, wasm))) {
            Ok((prepared, original)) => modules.push(LoadedModule {
                name,
                original,
                prepared,
            }),
            Err(e) => problems.push(format!("{name}: {e}")),
        }
    }
    (modules, problems)
}

/// How much repeated measurements of one compile vary: `max / min` per point, summarised over
/// the points that cost at least a tenth of the costliest (where budgets bind; the spread of a
/// compile that costs a fraction of a millisecond is clock and page-fault noise, far under any
/// budget's fixed part).
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Spread {
    pub median: f64,
    pub p95: f64,
    pub worst: f64,
    /// Points summarised.
    pub points: usize,
}

impl Spread {
    pub fn of(samples: impl Iterator<Item = Sample>) -> Option<Spread> {
        let samples: Vec<Sample> = samples.filter(|s| s.min > 0.0).collect();
        let costliest = samples.iter().map(|s| s.min).fold(0.0, f64::max);
        let mut ratios: Vec<f64> = samples
            .iter()
            .filter(|s| s.min >= costliest / 10.0)
            .map(|s| s.max / s.min)
            .collect();
        if ratios.is_empty() {
            return None;
        }
        ratios.sort_by(f64::total_cmp);
        let at =
            |q: f64| ratios[((ratios.len() as f64 * q).ceil() as usize).clamp(1, ratios.len()) - 1];
        Some(Spread {
            median: at(0.5),
            p95: at(0.95),
            worst: ratios[ratios.len() - 1],
            points: ratios.len(),
        })
    }

    /// The margin this noise calls for: the budget compares a minimum of repeats (steadier than
    /// any single compile) and confirms by measuring again, so one 95th-percentile spread on
    /// top of the line suffices, and never less than twice the line.
    pub fn margin(&self) -> f64 {
        self.p95.max(2.0)
    }
}

/// The same module with every defined function twice (the copies appended, unreferenced):
/// twice the code of the same shape, how the `compile_bound` target doubles a generated module.
pub fn double_functions(wasm: &[u8]) -> Result<Vec<u8>, String> {
    use wasm_encoder::{CodeSection, FunctionSection, RawSection};
    use wasmparser::Payload;
    let mut module = wasm_encoder::Module::new();
    let mut bodies: Vec<&[u8]> = Vec::new();
    let mut remaining_bodies = 0u32;
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| e.to_string())? {
            Payload::FunctionSection(reader) => {
                let types = reader
                    .into_iter()
                    .collect::<Result<Vec<u32>, _>>()
                    .map_err(|e| e.to_string())?;
                let mut section = FunctionSection::new();
                for ty in types.iter().chain(&types) {
                    section.function(*ty);
                }
                module.section(&section);
            }
            Payload::CodeSectionStart { count, .. } => remaining_bodies = count,
            Payload::CodeSectionEntry(body) => {
                let range = body.range();
                bodies.push(&wasm[range.start as usize..range.end as usize]);
                remaining_bodies -= 1;
                if remaining_bodies == 0 {
                    let mut section = CodeSection::new();
                    for body in bodies.iter().chain(&bodies) {
                        section.raw(body);
                    }
                    module.section(&section);
                }
            }
            other => {
                if let Some((id, range)) = other.as_section() {
                    module.section(&RawSection {
                        id,
                        data: &wasm[range.start as usize..range.end as usize],
                    });
                }
            }
        }
    }
    Ok(module.finish())
}

/// A compile at twice the size that costs more than `(size ratio)^threshold` times the
/// smaller one, confirmed by a re-measurement of both: the per-shape bound, on one pair.
/// Pairs whose larger compile costs under `floor` are noise and never flagged.
pub fn check_doubling(
    compiler: &dyn Compile,
    small: &[u8],
    large: &[u8],
    threshold: f64,
    floor: f64,
    meter: Meter,
    repeats: usize,
) -> Result<Option<Blowup>, String> {
    let growth = (large.len() as f64 / small.len() as f64).powf(threshold);
    let bound = |cost: Sample| cost.min * growth;
    let (first_small, first_large) = (
        measure(compiler, small, meter, repeats)?,
        measure(compiler, large, meter, repeats)?,
    );
    if first_large.min < floor || first_large.min <= bound(first_small) {
        return Ok(None);
    }
    let confirm_small = measure(compiler, small, meter, repeats * CONFIRM_FACTOR)?;
    let confirm_large = measure(compiler, large, meter, repeats * CONFIRM_FACTOR)?;
    let budget = bound(confirm_small);
    Ok((confirm_large.min > budget).then(|| Blowup {
        backend: compiler.name(),
        meter,
        size: ModuleSize::of(large),
        measured: confirm_large,
        budget,
        ratio: confirm_large.min / budget,
        line: None,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checked_in_bounds_cover_the_production_backends() {
        let bounds = Bounds::checked_in();
        assert!(bounds.margin >= 1.0);
        for backend in BackendName::ALL {
            let line = bounds.process_cpu.get(backend.as_str()).expect("a line");
            assert!(line.a >= 0.0 && line.b > 0.0, "{backend}: {line:?}");
        }
    }

    #[test]
    fn load_modules_skips_licences_and_text_twins_beside_modules_but_takes_bare_fuzz_inputs() {
        let root = std::env::temp_dir().join(format!("vmdiff-load-{}", std::process::id()));
        let (contracts, inputs) = (root.join("contracts"), root.join("inputs"));
        std::fs::create_dir_all(&contracts).unwrap();
        std::fs::create_dir_all(&inputs).unwrap();
        std::fs::write(contracts.join("a.wat"), "(module (func (export \"f\")))").unwrap();
        std::fs::write(
            contracts.join("LICENSE-MIT"),
            "Permission is hereby granted",
        )
        .unwrap();
        std::fs::write(contracts.join("SOURCES.tsv"), "a.wat\there").unwrap();
        // An artefact's module in both forms is measured once, from its binary.
        let twin = "(module (func (export \"g\")))";
        std::fs::write(contracts.join("b.wat"), twin).unwrap();
        std::fs::write(contracts.join("b.wasm"), wat::parse_str(twin).unwrap()).unwrap();
        std::fs::write(inputs.join("0123abcd"), [7u8; 64]).unwrap();
        let missing = root.join("missing");

        let (modules, problems) = load_modules(&[root.clone(), missing]);
        std::fs::remove_dir_all(&root).unwrap();

        let names: Vec<&str> = modules.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names.len(), 3, "{names:?} / {problems:?}");
        assert!(names.iter().any(|n| n.ends_with("a.wat")), "{names:?}");
        assert!(names.iter().any(|n| n.ends_with("b.wasm")), "{names:?}");
        assert!(names.iter().any(|n| n.ends_with("0123abcd")), "{names:?}");
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("LICENSE-MIT") || problems[1].contains("LICENSE-MIT"));
        assert!(
            problems.iter().any(|p| p.contains("no such file")),
            "{problems:?}"
        );
    }

    #[test]
    fn fit_line_sits_over_all_but_the_slowest_modules() {
        // 100 modules, cost 1 ms + 1 µs/byte, and one ten times slower.
        let mut points: Vec<(u64, f64)> = (1..=100)
            .map(|i| (i * 1000, 1e-3 + 1e-6 * (i * 1000) as f64))
            .collect();
        points[50].1 *= 10.0;
        let line = fit_line(&points).expect("a line");
        assert!((line.b - 1e-6).abs() < 1e-7, "{line:?}");
        assert!((line.a - 1e-3).abs() < 1e-4, "{line:?}");
        let over: Vec<usize> = (0..points.len())
            .filter(|i| points[*i].1 > line.at(points[*i].0) * (1.0 + 1e-9))
            .collect();
        assert_eq!(
            over,
            vec![50],
            "only the outlier is over the line: {line:?}"
        );
    }

    #[test]
    fn spread_summarises_costly_compiles_and_sets_the_margin() {
        let sample = |min: f64, max: f64| Sample {
            min,
            median: min,
            max,
        };
        // Cheap compiles are left out however noisy; the costly ones vary by 1.1 to 3.
        let mut samples = vec![sample(1e-5, 1e-3); 5];
        samples.extend((0..20).map(|i| sample(1.0, 1.1 + 0.1 * i as f64)));
        let spread = Spread::of(samples.into_iter()).expect("a spread");
        assert_eq!(spread.points, 20);
        assert!((spread.worst - 3.0).abs() < 1e-9, "{spread:?}");
        assert!((spread.p95 - 2.9).abs() < 1e-9, "{spread:?}");
        assert!((spread.margin() - 2.9).abs() < 1e-9);
        let quiet = Spread::of([sample(1.0, 1.05)].into_iter()).unwrap();
        assert_eq!(quiet.margin(), 2.0, "never less than twice the line");
    }

    #[test]
    fn module_size_counts_functions_operators_and_code() {
        let wasm = wat::parse_str(
            "(module (func (result i32) i32.const 1 i32.const 2 i32.add) (func nop))",
        )
        .unwrap();
        let size = ModuleSize::of(&wasm);
        assert_eq!(size.functions, 2);
        // i32.const, i32.const, i32.add, end; nop, end.
        assert_eq!(size.operators, 6);
        assert!(size.code_bytes > 0 && size.code_bytes < size.bytes);
    }

    #[test]
    fn doubled_module_has_every_function_twice_and_validates() {
        let wasm = wat::parse_str(
            r#"(module (memory 1) (func $a (export "a") (result i32) i32.const 7)
                 (func (param i64) (local i32) local.get 0 drop) (data (i32.const 0) "x"))"#,
        )
        .unwrap();
        let doubled = double_functions(&wasm).expect("doubles");
        wasmparser::Validator::new()
            .validate_all(&doubled)
            .expect("the doubled module validates");
        assert_eq!(ModuleSize::of(&doubled).functions, 4);
        assert_eq!(
            ModuleSize::of(&doubled).operators,
            2 * ModuleSize::of(&wasm).operators
        );
    }

    #[test]
    fn meters_measure_more_work_as_more() {
        let meter = Meter::detect();
        let spin = |n: u64| {
            move || {
                let mut x = 0u64;
                for i in 0..n {
                    x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(i));
                }
                std::hint::black_box(x);
            }
        };
        let small = meter.measure(spin(1_000));
        let large = meter.measure(spin(50_000_000));
        assert!(large > small, "{meter:?}: {small} vs {large}");
    }
}
