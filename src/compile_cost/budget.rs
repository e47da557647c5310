//! The per-module budget `margin × (a + b·bytes)` per backend (`bounds.toml`), rescaled to this
//! machine by a yardstick, and the check that confirms an excess as a `compile_blowup`.

use super::compiler::{BackendCompiler, Compile, ModuleSize};
use super::meter::{exclusive, measure, Meter, Sample};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
        Bounds::parse(include_str!("../../bounds.toml")).expect("the checked-in bounds.toml parses")
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
    let name = compiler.budget_line();
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
    use crate::backend::BackendName;
    #[test]
    fn checked_in_bounds_cover_the_production_backends() {
        let bounds = Bounds::checked_in();
        assert!(bounds.margin >= 1.0);
        for backend in BackendName::registry().filter(|b| !b.is_near()) {
            let line = bounds.process_cpu.get(backend.info().budget_line);
            let line = line.unwrap_or_else(|| panic!("{backend}: no budget line"));
            assert!(line.a >= 0.0 && line.b > 0.0, "{backend}: {line:?}");
        }
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
}
