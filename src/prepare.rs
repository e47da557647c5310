//! Preparation: validate a module against the profile, normalise it the way a contract runtime
//! does, analyse it once with finite-wasm, and instrument it for each gas scheme.
//!
//! Normalisation (common to every scheme, so every backend receives the same bytes per scheme):
//! - the module's memory becomes the imported `env.memory`, its maximum the profile's
//!   (NEAR's preparation does the same; a module without memory gets an empty one, so host
//!   functions always have a memory to report errors against);
//! - a table's maximum is capped at the profile's table limit;
//! - every mutable global is exported as `vmdiff_state_global_N`, so that backends can hash
//!   the module's state after a call;
//! - custom sections are dropped (they cannot change execution; NEAR drops them too).

use crate::abi::STATE_GLOBAL_PREFIX;
use crate::cost::{CostTable, FiniteWasmCosts};
use crate::profile::{Profile, Rejection};
use crate::scheme::{error_chain, GasScheme, InstrumentError, SchemeName};
use crate::wasm::{due_before, section_rank};
use finite_wasm::prefix_sum_vec::PrefixSumVec;
use finite_wasm::wasmparser as fwp;
use std::borrow::Cow;
use wasm_encoder::reencode::{self, Reencode};
use wasm_encoder::{ExportKind, ImportSection, MemoryType, SectionId};
use wasmparser::{Parser, Payload, TypeRef};

/// Why a module could not be prepared.
#[derive(Debug, thiserror::Error)]
pub enum PrepareError {
    /// The profile rejected the module: counted, never compared.
    #[error("out of profile: {0}")]
    Rejected(#[from] Rejection),
    /// Preparation itself failed on a module the profile accepted: a defect of vmdiff or of
    /// finite-wasm, and a finding for the `prepare` fuzz target.
    #[error(transparent)]
    Instrumentation(#[from] InstrumentError),
}

impl PrepareError {
    pub fn instrumentation(scheme: &str, message: impl ToString) -> PrepareError {
        PrepareError::Instrumentation(InstrumentError::new(scheme, message))
    }
}

/// Sizes finite-wasm's stack analysis counts, as NEAR configures them: values by their width,
/// and each activation as 64 bytes plus its locals (parameters included).
pub struct StackSizes;

impl finite_wasm::max_stack::SizeConfig for StackSizes {
    fn size_of_value(&self, ty: fwp::ValType) -> u8 {
        match ty {
            fwp::ValType::I32 | fwp::ValType::F32 => 4,
            fwp::ValType::I64 | fwp::ValType::F64 => 8,
            fwp::ValType::V128 => 16,
            fwp::ValType::Ref(_) => 8,
        }
    }

    fn size_of_function_activation(&self, locals: &PrefixSumVec<fwp::ValType, u32>) -> u64 {
        let mut size = 64u64;
        let mut previous = 0u32;
        for (end_index, ty) in locals {
            let count = u64::from(end_index.saturating_add(1) - previous);
            size = size.saturating_add(count.saturating_mul(u64::from(self.size_of_value(*ty))));
            previous = end_index.saturating_add(1);
        }
        size
    }
}

/// A module the profile accepted, instrumented for each requested scheme.
#[derive(Clone, Debug)]
pub struct PreparedModule {
    /// The normalised, uninstrumented module (what a report shows as WAT).
    pub normalised: Vec<u8>,
    /// Instrumented bytes per scheme, in the order requested.
    pub instrumented: Vec<(SchemeName, Vec<u8>)>,
    /// Exported functions: name, parameter and result types.
    pub exports: Vec<ExportedFunc>,
}

impl PreparedModule {
    pub fn for_scheme(&self, scheme: SchemeName) -> Option<&[u8]> {
        self.instrumented
            .iter()
            .find(|(s, _)| *s == scheme)
            .map(|(_, bytes)| bytes.as_slice())
    }
}

/// An exported function of the contract.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportedFunc {
    pub name: String,
    /// Defined in the module (not a re-exported import).
    pub defined: bool,
    pub params: Vec<wasmparser::ValType>,
    pub results: Vec<wasmparser::ValType>,
}

impl ExportedFunc {
    /// The numeric parameter types, or `None` when a parameter is a reference (such exports
    /// cannot be called from a plan).
    pub fn numeric_params(&self) -> Option<Vec<crate::outcome::ValType>> {
        use crate::outcome::ValType as V;
        self.params
            .iter()
            .map(|ty| match ty {
                wasmparser::ValType::I32 => Some(V::I32),
                wasmparser::ValType::I64 => Some(V::I64),
                wasmparser::ValType::F32 => Some(V::F32),
                wasmparser::ValType::F64 => Some(V::F64),
                _ => None,
            })
            .collect()
    }

    /// A call of this export with every argument zero, the empty input and `gas` as its
    /// limit; `None` when a parameter is a reference.
    pub fn zero_argument_call(&self, gas: u64) -> Option<crate::backend::Call> {
        let params = self.numeric_params()?;
        Some(crate::backend::Call {
            export: self.name.clone(),
            args: params
                .iter()
                .map(|t| crate::outcome::Value::zero(*t))
                .collect(),
            gas_limit: gas,
            prepaid_gas: gas,
            input: Vec::new(),
            context: Default::default(),
        })
    }
}

/// Validates, normalises, analyses and instruments `wasm` for every scheme in `schemes`.
pub fn prepare(
    profile: &Profile,
    costs: &CostTable,
    wasm: &[u8],
    schemes: &[&dyn GasScheme],
) -> Result<PreparedModule, PrepareError> {
    // A runtime that prepares contracts itself (NEAR's) gets the module as given, and alone
    // it is the judge of what it accepts: vmdiff's profile gates only vmdiff's schemes.
    let original: Vec<(SchemeName, Vec<u8>)> = schemes
        .iter()
        .filter(|s| s.takes_original())
        .map(|s| (s.name(), wasm.to_vec()))
        .collect();
    if original.len() == schemes.len() {
        return Ok(PreparedModule {
            normalised: wasm.to_vec(),
            instrumented: original,
            // An invalid module still has calls to make: NEAR's refusal is an outcome.
            exports: exported_functions(wasm).unwrap_or_default(),
        });
    }
    profile.check(wasm)?;
    let normalised =
        normalise(profile, wasm).map_err(|e| PrepareError::instrumentation("normalise", e))?;
    let analysis = finite_wasm::Analysis::new()
        .with_stack(StackSizes)
        .with_gas(FiniteWasmCosts(*costs))
        .analyze(&normalised)
        .map_err(|e| PrepareError::instrumentation("analysis", error_chain(&e)))?;
    let mut instrumented = original;
    for scheme in schemes.iter().filter(|s| !s.takes_original()) {
        let name = scheme.name();
        let bytes = scheme.instrument(&normalised, &analysis, profile, costs)?;
        // Instrumentation must keep the module valid: an invalid output is a scheme bug.
        let mut features = profile.features();
        features |= wasmparser::WasmFeatures::MUTABLE_GLOBAL;
        wasmparser::Validator::new_with_features(features)
            .validate_all(&bytes)
            .map_err(|e| {
                PrepareError::instrumentation(name.as_str(), format!("output is invalid: {e}"))
            })?;
        instrumented.push((name, bytes));
    }
    let exports =
        exported_functions(&normalised).map_err(|e| PrepareError::instrumentation("exports", e))?;
    Ok(PreparedModule {
        normalised,
        instrumented,
        exports,
    })
}

/// The exported functions of a valid module, with their types.
pub fn exported_functions(wasm: &[u8]) -> Result<Vec<ExportedFunc>, wasmparser::BinaryReaderError> {
    let mut types: Vec<(Vec<wasmparser::ValType>, Vec<wasmparser::ValType>)> = Vec::new();
    let mut func_types: Vec<u32> = Vec::new();
    let mut imported = 0usize;
    let mut exports = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload? {
            Payload::TypeSection(reader) => {
                for ty in reader.into_iter_err_on_gc_types() {
                    let ty = ty?;
                    types.push((ty.params().to_vec(), ty.results().to_vec()));
                }
            }
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if let TypeRef::Func(ty) | TypeRef::FuncExact(ty) = import?.ty {
                        func_types.push(ty);
                        imported += 1;
                    }
                }
            }
            Payload::FunctionSection(reader) => {
                for ty in reader {
                    func_types.push(ty?);
                }
            }
            Payload::ExportSection(reader) => {
                for export in reader {
                    let export = export?;
                    if export.kind != wasmparser::ExternalKind::Func {
                        continue;
                    }
                    let ty = func_types
                        .get(export.index as usize)
                        .and_then(|t| types.get(*t as usize));
                    if let Some((params, results)) = ty {
                        exports.push(ExportedFunc {
                            name: export.name.to_string(),
                            defined: export.index as usize >= imported,
                            params: params.clone(),
                            results: results.clone(),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    Ok(exports)
}

/// What normalisation needs to know about a module before rewriting it.
#[derive(Default)]
struct ModuleFacts {
    /// The module's own memory (defined or imported), if any.
    memory: Option<wasmparser::MemoryType>,
    memory_is_imported: bool,
    has_import_section: bool,
    has_export_section: bool,
    /// Indices of the module's mutable globals (no global imports are allowed).
    mutable_globals: Vec<u32>,
}

impl ModuleFacts {
    fn scan(wasm: &[u8]) -> Result<ModuleFacts, wasmparser::BinaryReaderError> {
        let mut facts = ModuleFacts::default();
        for payload in Parser::new(0).parse_all(wasm) {
            match payload? {
                Payload::ImportSection(reader) => {
                    facts.has_import_section = true;
                    for import in reader.into_imports() {
                        if let TypeRef::Memory(memory) = import?.ty {
                            facts.memory = Some(memory);
                            facts.memory_is_imported = true;
                        }
                    }
                }
                Payload::MemorySection(reader) => {
                    for memory in reader {
                        facts.memory = Some(memory?);
                    }
                }
                Payload::GlobalSection(reader) => {
                    for (index, global) in reader.into_iter().enumerate() {
                        if global?.ty.mutable {
                            facts.mutable_globals.push(index as u32);
                        }
                    }
                }
                Payload::ExportSection(_) => facts.has_export_section = true,
                _ => {}
            }
        }
        Ok(facts)
    }
}

struct Normaliser<'a> {
    profile: &'a Profile,
    facts: ModuleFacts,
    imports_done: bool,
    exports_done: bool,
}

impl Normaliser<'_> {
    fn memory_import(&self) -> MemoryType {
        let max = u64::from(self.profile.max_memory_pages);
        let (minimum, maximum) = match &self.facts.memory {
            Some(m) => (
                m.initial,
                m.maximum.map_or(max, |declared| declared.min(max)),
            ),
            None => (0, max),
        };
        MemoryType {
            minimum,
            maximum: Some(maximum),
            memory64: false,
            shared: false,
            page_size_log2: None,
        }
    }

    fn emit_imports(&mut self, section: &mut ImportSection) {
        section.import("env", "memory", self.memory_import());
        self.imports_done = true;
    }

    fn state_exports(&self, section: &mut wasm_encoder::ExportSection) {
        for index in &self.facts.mutable_globals {
            section.export(
                &format!("{STATE_GLOBAL_PREFIX}{index}"),
                ExportKind::Global,
                *index,
            );
        }
    }
}

impl Reencode for Normaliser<'_> {
    type Error = std::convert::Infallible;

    fn parse_import_section(
        &mut self,
        imports: &mut ImportSection,
        section: wasmparser::ImportSectionReader<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        self.emit_imports(imports);
        for import in section.into_imports() {
            let import = import?;
            if matches!(import.ty, TypeRef::Memory(_)) {
                continue; // replaced by the normalised `env.memory` above
            }
            self.parse_import(imports, import)?;
        }
        Ok(())
    }

    fn parse_memory_section(
        &mut self,
        _memories: &mut wasm_encoder::MemorySection,
        _section: wasmparser::MemorySectionReader<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        Ok(()) // the memory is imported instead
    }

    fn table_type(
        &mut self,
        table: wasmparser::TableType,
    ) -> Result<wasm_encoder::TableType, reencode::Error<Self::Error>> {
        let mut ty = reencode::utils::table_type(self, table)?;
        let cap = self.profile.max_table_elements;
        ty.maximum = Some(ty.maximum.map_or(cap, |declared| declared.min(cap)));
        Ok(ty)
    }

    fn parse_export_section(
        &mut self,
        exports: &mut wasm_encoder::ExportSection,
        section: wasmparser::ExportSectionReader<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        reencode::utils::parse_export_section(self, exports, section)?;
        self.state_exports(exports);
        self.exports_done = true;
        Ok(())
    }

    fn parse_custom_section(
        &mut self,
        _module: &mut wasm_encoder::Module,
        _section: wasmparser::CustomSectionReader<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        Ok(())
    }

    fn intersperse_section_hook(
        &mut self,
        module: &mut wasm_encoder::Module,
        _after: Option<SectionId>,
        before: Option<SectionId>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        if !self.facts.has_import_section
            && !self.imports_done
            && due_before(section_rank(SectionId::Import), before)
        {
            let mut imports = ImportSection::new();
            self.emit_imports(&mut imports);
            module.section(&imports);
        }
        if !self.facts.has_export_section
            && !self.exports_done
            && due_before(section_rank(SectionId::Export), before)
        {
            let mut exports = wasm_encoder::ExportSection::new();
            self.state_exports(&mut exports);
            self.exports_done = true;
            if !exports.is_empty() {
                module.section(&exports);
            }
        }
        Ok(())
    }
}

/// Normalises a valid, profile-accepted module (see the module docs).
pub fn normalise(profile: &Profile, wasm: &[u8]) -> Result<Vec<u8>, String> {
    let facts = ModuleFacts::scan(wasm).map_err(|e| e.to_string())?;
    let mut normaliser = Normaliser {
        profile,
        facts,
        imports_done: false,
        exports_done: false,
    };
    let mut module = wasm_encoder::Module::new();
    normaliser
        .parse_core_module(&mut module, Parser::new(0), wasm)
        .map_err(|e| format!("{e:?}"))?;
    Ok(module.finish())
}

/// Renders a module as WAT for reports; falls back to a note when printing fails.
pub fn to_wat(wasm: &[u8]) -> Cow<'static, str> {
    match wasmprinter::print_bytes(wasm) {
        Ok(text) => Cow::Owned(text),
        Err(e) => Cow::Owned(format!(";; could not print module: {e}\n")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalised(wat: &str) -> String {
        let wasm = wat::parse_str(wat).unwrap();
        let profile = Profile::default();
        profile.check(&wasm).unwrap();
        let out = normalise(&profile, &wasm).unwrap();
        wasmparser::Validator::new_with_features(profile.features())
            .validate_all(&out)
            .unwrap();
        to_wat(&out).into_owned()
    }

    #[test]
    fn defined_memory_becomes_the_env_import() {
        let wat = normalised(
            r#"(module (memory 2 10) (global (mut i32) (i32.const 0)) (func (export "f")))"#,
        );
        assert!(
            wat.contains(r#"(import "env" "memory" (memory (;0;) 2 10))"#),
            "{wat}"
        );
        assert!(
            wat.contains(r#"(export "vmdiff_state_global_0" (global 0))"#),
            "{wat}"
        );
    }

    #[test]
    fn module_without_memory_or_imports_gets_both() {
        let wat = normalised(r#"(module (table 5 funcref))"#);
        assert!(
            wat.contains(r#"(import "env" "memory" (memory (;0;) 0 2048))"#),
            "{wat}"
        );
        assert!(wat.contains("(table (;0;) 5 10000 funcref)"), "{wat}");
    }

    #[test]
    fn activation_size_counts_params_and_locals() {
        use finite_wasm::max_stack::SizeConfig;
        let mut locals = PrefixSumVec::new();
        locals.try_push_more(2, fwp::ValType::I32).unwrap();
        locals.try_push_more(1, fwp::ValType::F64).unwrap();
        assert_eq!(
            StackSizes.size_of_function_activation(&locals),
            64 + 2 * 4 + 8
        );
    }
}
