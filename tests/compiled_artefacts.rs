//! Compiled artefacts: compiled twice to the same bytes, and a module loaded from its artefact
//! runs every call as the fresh one does, on every engine and scheme; planted failures of
//! each (a second compile one byte apart, a loaded module one field apart) are caught.

use std::time::Duration;
use vmdiff::backend::{self, Backend, BackendName, Call, CompileError, CompiledModule};
use vmdiff::compiled_artefacts::{check, ArtefactCheck};
use vmdiff::cost::CostTable;
use vmdiff::matrix::{on_wasm_thread, Matrix};
use vmdiff::oracle::Field;
use vmdiff::outcome::{Outcome, Value};
use vmdiff::profile::Profile;
use vmdiff::scheme::{GasScheme, SchemeName};

const MODULE: &str = r#"(module
  (memory 1)
  (global $g (mut i32) (i32.const 3))
  (func (export "f") (param i32) (result i32)
    (i32.store (i32.const 8) (local.get 0))
    (global.set $g (i32.add (global.get $g) (i32.load (i32.const 8))))
    (memory.fill (i32.const 16) (i32.const 7) (local.get 0))
    (global.get $g)))"#;

/// What a planted backend gets wrong.
#[derive(Clone, Copy)]
enum Plant {
    Nothing,
    /// Its artefact has byte 100 flipped (the second compile's, when used as `again`).
    ArtefactByte,
    /// A module loaded from its artefact reports one gas more.
    LoadedGas,
    /// Loads anything: a damaged artefact is "loaded" as the module itself.
    LoadsAnything,
}

struct Planted {
    inner: Box<dyn Backend>,
    plant: Plant,
}

impl Backend for Planted {
    fn name(&self) -> BackendName {
        self.inner.name()
    }

    fn compile(
        &self,
        wasm: &[u8],
        scheme: &dyn GasScheme,
        costs: &CostTable,
    ) -> Result<(Box<dyn CompiledModule>, Duration), CompileError> {
        let (inner, time) = self.inner.compile(wasm, scheme, costs)?;
        let plant = self.plant;
        Ok((
            Box::new(PlantedModule {
                inner,
                plant,
                loaded: false,
            }),
            time,
        ))
    }
}

struct PlantedModule {
    inner: Box<dyn CompiledModule>,
    plant: Plant,
    loaded: bool,
}

impl CompiledModule for PlantedModule {
    fn run(&self, calls: &[Call], max_stack: u64) -> Vec<Outcome> {
        let mut outcomes = self.inner.run(calls, max_stack);
        if self.loaded && matches!(self.plant, Plant::LoadedGas) {
            outcomes.iter_mut().for_each(|o| o.gas_used += 1);
        }
        outcomes
    }

    fn artefact(&self) -> Result<Vec<u8>, String> {
        let mut artefact = self.inner.artefact()?;
        if matches!(self.plant, Plant::ArtefactByte) {
            artefact[100] ^= 1;
        }
        Ok(artefact)
    }

    fn load(&self, artefact: &[u8]) -> Result<Box<dyn CompiledModule>, String> {
        let inner = match (self.inner.load(artefact), self.plant) {
            (Err(_), Plant::LoadsAnything) => self.inner.load(&self.inner.artefact()?)?,
            (loaded, _) => loaded?,
        };
        Ok(Box::new(PlantedModule {
            inner,
            plant: self.plant,
            loaded: true,
        }))
    }
}

/// The check on `backends` (the matrix's, with `first`) under host, global and fuel, the
/// second compile by a fresh instance planted with `again`.
fn run(backends: Vec<BackendName>, first: Plant, again: Plant) -> Vec<ArtefactCheck> {
    on_wasm_thread(move || {
        let planted = |name: BackendName, plant| -> Box<dyn Backend> {
            Box::new(Planted {
                inner: backend::build(name),
                plant,
            })
        };
        let matrix = Matrix::with_backends(
            backends.iter().map(|b| planted(*b, first)).collect(),
            &[SchemeName::Host, SchemeName::Global, SchemeName::Fuel],
            Profile::default(),
            CostTable::default(),
        );
        let prepared = matrix.prepare(&wat::parse_str(MODULE).unwrap()).unwrap();
        let call = Call {
            export: "f".into(),
            args: vec![Value::I32(5)],
            gas_limit: 10_000,
            prepaid_gas: 10_000,
            input: Vec::new(),
            context: Default::default(),
        };
        let compiled = matrix.compile(&prepared);
        check(
            &matrix,
            &prepared,
            &compiled,
            &[call],
            &|b: &dyn Backend| planted(b.name(), again),
        )
    })
}

#[test]
fn every_engine_compiles_twice_alike_and_loads_what_it_compiled() {
    let checks = run(BackendName::group("all"), Plant::Nothing, Plant::Nothing);
    assert_eq!(checks.len(), 12);
    for check in &checks {
        assert!(check.agrees(), "{check:?}");
        assert!(check.bytes > 100 && check.calls == 1, "{check:?}");
    }
}

#[test]
fn a_second_compile_one_byte_apart_is_caught_with_its_offset() {
    for check in run(
        vec![BackendName::WINCH, BackendName::SINGLEPASS],
        Plant::Nothing,
        Plant::ArtefactByte,
    ) {
        assert_eq!(
            check.differs_at,
            Some((100, check.bytes, check.bytes)),
            "{check:?}"
        );
        assert!(!check.agrees());
    }
}

#[test]
fn a_loaded_module_one_field_apart_is_caught() {
    for check in run(
        vec![BackendName::CRANELIFT_NONE],
        Plant::LoadedGas,
        Plant::Nothing,
    ) {
        assert_eq!(
            check.loaded_differs,
            [("f".to_string(), vec![Field::GasUsed])],
            "{check:?}"
        );
        assert!(!check.agrees());
    }
}

#[test]
fn a_damaged_artefact_that_loads_is_caught() {
    for check in run(
        vec![BackendName::WINCH, BackendName::SINGLEPASS],
        Plant::LoadsAnything,
        Plant::Nothing,
    ) {
        assert_eq!(
            check.damaged_loaded,
            ["truncated to half", "first header byte flipped"],
            "{check:?}"
        );
        assert!(!check.agrees());
    }
}

/// A campaign samples compiled artefacts and reports them on a line of its own.
#[test]
fn a_campaign_checks_sampled_artefacts_and_says_so() {
    let dir = std::env::temp_dir().join(format!("vmdiff-artefact-campaign-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let path = |p: &str| dir.join(p).to_str().unwrap().to_string();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vmdiff"))
        .args([
            "fuzz",
            "--seconds",
            "2",
            "--jobs",
            "1",
            "--seed",
            "3",
            "--schemes",
            "host",
        ])
        .args(["--artefact-sample", "1", "--generator", "smith"])
        .args([
            "--corpus",
            &path("corpus"),
            "--crashes",
            &path("crashes"),
            "--stats",
            &path("stats"),
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let line = stdout
        .lines()
        .find(|l| l.starts_with("compiled artefacts (sampled):"))
        .unwrap_or_else(|| panic!("no artefact line:\n{stdout}"));
    let numbers: Vec<u64> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    // configs compared = identical, loaded-equal calls = calls, and something was compared.
    assert!(numbers[0] > 0 && numbers[0] == numbers[1], "{line}");
    assert_eq!(numbers[2], numbers[3], "{line}");
    let _ = std::fs::remove_dir_all(&dir);
}
