//! What is compiled and measured: a backend compiling modules prepared as deployed, and the
//! size measures of a module.

use crate::backend::{self, Backend, BackendName};
use crate::cost::CostTable;
use crate::prepare;
use crate::profile::Profile;
use crate::scheme::{self, GasScheme, SchemeName};
use serde::{Deserialize, Serialize};

/// Something that compiles modules: a backend, or a synthetic compiler in tests.
pub trait Compile {
    fn name(&self) -> String;
    /// Its line in the bounds: its name, unless it is a version of an engine with one.
    fn budget_line(&self) -> String {
        self.name()
    }
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

    fn budget_line(&self) -> String {
        self.backend.name().info().budget_line.to_string()
    }

    fn compile(&self, wasm: &[u8]) -> Result<(), String> {
        self.backend
            .compile(wasm, self.scheme.as_ref(), &self.costs)
            .map(drop)
            .map_err(|e| e.to_string())
    }
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

#[cfg(test)]
mod tests {
    use super::*;
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
}
