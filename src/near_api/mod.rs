//! NEAR's host API: the `env` functions NEAR's runtime links, with their signatures, as
//! `near-vm-runner` 0.37.0 declares them (`src/imports.rs`, which the crate keeps private).
//! Checked in so that generation can import the real API; `tests/near.rs` checks that the
//! runner links every function here, and refuses names and signatures that are not.
//!
//! Left out on purpose: the `internal` module (finite-wasm's gas and stack calls, which NEAR's
//! own instrumentation inserts), `gas` (the old injected counter) and the `sandbox` /
//! `test_features` functions, which production builds never link.

mod table;

pub use table::{NearFunc, NEAR_API};

use crate::outcome::ValType;

/// The functions linked at the protocol version vmdiff's NEAR backends run (every gate open
/// in a build without NEAR's runtime, where nothing links them anyway).
pub fn enabled() -> &'static [NearFunc] {
    // The protocol version is fixed per process: decided once.
    static ENABLED: std::sync::OnceLock<Vec<NearFunc>> = std::sync::OnceLock::new();
    ENABLED.get_or_init(|| {
        NEAR_API
            .iter()
            .filter(|f| f.gate.is_none_or(gate_open))
            .copied()
            .collect()
    })
}

#[cfg(feature = "near")]
fn gate_open(gate: &str) -> bool {
    crate::backend::near::gate_open(gate)
}

#[cfg(not(feature = "near"))]
fn gate_open(_gate: &str) -> bool {
    true
}

/// How many orders of NEAR's `env` [`available_imports`] offers wasm-smith.
pub const IMPORT_ORDERS: usize = 8;

/// A module of imports wasm-smith may choose from: NEAR's `env` as linked now, in the
/// `order`th of [`IMPORT_ORDERS`] rotations of its order. wasm-smith takes each import at even
/// odds, in order, until the module has as many functions as it may (wasm-smith 0.263
/// `_arbitrary_imports_from_available`): from one order, its contracts would only ever import
/// the API's first two dozen functions, never storage, logs or promises.
pub fn available_imports(order: usize) -> &'static crate::wasm::ImportsModule {
    // Encoded once, like `enabled`.
    static MODULES: std::sync::OnceLock<Vec<crate::wasm::ImportsModule>> =
        std::sync::OnceLock::new();
    let modules = MODULES.get_or_init(|| {
        let api = enabled();
        (0..IMPORT_ORDERS)
            .map(|k| {
                let start = k * api.len() / IMPORT_ORDERS;
                let rotated = api[start..].iter().chain(&api[..start]);
                crate::wasm::imports_module(rotated.map(|f| (f.name, f.params, f.results)))
            })
            .collect()
    });
    &modules[order % IMPORT_ORDERS]
}

/// Whether NEAR links `env.name` with this signature.
fn links(name: &str, ty: &wasmparser::FuncType) -> bool {
    let convert = |t: &ValType| match t {
        ValType::I32 => wasmparser::ValType::I32,
        ValType::I64 => wasmparser::ValType::I64,
        ValType::F32 => wasmparser::ValType::F32,
        ValType::F64 => wasmparser::ValType::F64,
    };
    enabled().iter().any(|f| {
        f.name == name
            && f.params.iter().map(convert).eq(ty.params().iter().copied())
            && f.results
                .iter()
                .map(convert)
                .eq(ty.results().iter().copied())
    })
}

/// Replaces every imported function NEAR would not link (an unknown name, a wrong signature)
/// by a defined function of the same type, renumbering functions, and makes every function
/// body `unreachable`: the module then links and a call traps at once, as the refused one ran
/// nothing. The explanation test of the known class `near_link_error_message` (both VMs must
/// then agree on everything: loading, linking, gas); `None` when every import links.
pub fn stub_unlinked_imports(wasm: &[u8]) -> Result<Option<Vec<u8>>, String> {
    use wasmparser::{Parser, Payload, TypeRef};
    let mut types = Vec::new();
    let mut imported = Vec::new(); // (type index, links)
    let mut defined = 0u32;
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| e.to_string())? {
            Payload::TypeSection(reader) => {
                for ty in reader.into_iter_err_on_gc_types() {
                    types.push(ty.map_err(|e| e.to_string())?);
                }
            }
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    let import = import.map_err(|e| e.to_string())?;
                    if let TypeRef::Func(index) = import.ty {
                        let ty = types
                            .get(index as usize)
                            .ok_or("import of an unknown type")?;
                        imported.push((index, import.module == "env" && links(import.name, ty)));
                    }
                }
            }
            Payload::FunctionSection(reader) => defined = reader.count(),
            _ => {}
        }
    }
    let kept = imported.iter().filter(|(_, links)| *links).count() as u32;
    if kept as usize == imported.len() {
        return Ok(None);
    }
    // Old function index → new: kept imports first, then the module's own functions, then
    // one stub per dropped import.
    let mut remap = Vec::with_capacity(imported.len());
    let (mut next_kept, mut next_stub) = (0u32, kept + defined);
    for (_, links) in &imported {
        if *links {
            remap.push(next_kept);
            next_kept += 1;
        } else {
            remap.push(next_stub);
            next_stub += 1;
        }
    }
    let mut stubber = Stubber {
        imported: imported.len() as u32,
        kept,
        remap,
        stub_types: imported
            .iter()
            .filter(|(_, links)| !links)
            .map(|(ty, _)| *ty)
            .collect(),
        import_index: 0,
    };
    let mut module = wasm_encoder::Module::new();
    wasm_encoder::reencode::Reencode::parse_core_module(
        &mut stubber,
        &mut module,
        Parser::new(0),
        wasm,
    )
    .map_err(|e| format!("{e:?}"))?;
    let module = module.finish();
    // An invalid output would fail alike on both runtimes and so "explain" anything.
    wasmparser::Validator::new()
        .validate_all(&module)
        .map_err(|e| format!("stubbing left an invalid module: {e}"))?;
    Ok(Some(module))
}

struct Stubber {
    imported: u32,
    kept: u32,
    remap: Vec<u32>,
    stub_types: Vec<u32>,
    /// Function imports seen so far.
    import_index: usize,
}

impl wasm_encoder::reencode::Reencode for Stubber {
    type Error = String;

    fn function_index(&mut self, func: u32) -> Result<u32, wasm_encoder::reencode::Error<String>> {
        Ok(match self.remap.get(func as usize) {
            Some(new) => *new,
            None => func - self.imported + self.kept,
        })
    }

    fn parse_import_section(
        &mut self,
        imports: &mut wasm_encoder::ImportSection,
        section: wasmparser::ImportSectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<String>> {
        for import in section.into_imports() {
            let import = import?;
            if let wasmparser::TypeRef::Func(_) = import.ty {
                let index = self.import_index;
                self.import_index += 1;
                if self.remap[index] >= self.kept {
                    continue; // dropped: defined as a stub below
                }
            }
            let ty = self.entity_type(import.ty)?;
            imports.import(import.module, import.name, ty);
        }
        Ok(())
    }

    fn parse_function_section(
        &mut self,
        functions: &mut wasm_encoder::FunctionSection,
        section: wasmparser::FunctionSectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<String>> {
        wasm_encoder::reencode::utils::parse_function_section(self, functions, section)?;
        for ty in self.stub_types.clone() {
            functions.function(ty);
        }
        Ok(())
    }

    /// Every body, the module's own and the stubs, becomes `unreachable`: a contract that
    /// failed to link ran nothing, so the re-run must not run anything either (or what it ran
    /// could differ for reasons of its own).
    fn parse_code_section(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        section: wasmparser::CodeSectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<String>> {
        let mut unreachable = wasm_encoder::Function::new([]);
        unreachable.instruction(&wasm_encoder::Instruction::Unreachable);
        unreachable.instruction(&wasm_encoder::Instruction::End);
        for _ in 0..section.count() as usize + self.stub_types.len() {
            code.function(&unreachable);
        }
        Ok(())
    }
}
