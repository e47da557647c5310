//! Wasm module helpers the rewriters share (normalisation, the inline instrumentation, the
//! known-divergence transforms): a module's function types, and where a section goes.

use wasm_encoder::SectionId;
use wasmparser::{Parser, Payload};

/// Function types of a module: every type's params and results, and the type of each
/// defined function (code-section order). Rewriters need them before they reach the code.
#[derive(Clone, Debug, Default)]
pub struct ModuleTypes {
    pub types: Vec<(Vec<wasmparser::ValType>, Vec<wasmparser::ValType>)>,
    pub defined: Vec<u32>,
    pub has_type_section: bool,
}

impl ModuleTypes {
    pub fn scan(wasm: &[u8]) -> Result<ModuleTypes, wasmparser::BinaryReaderError> {
        let mut out = ModuleTypes::default();
        for payload in Parser::new(0).parse_all(wasm) {
            match payload? {
                Payload::TypeSection(reader) => {
                    out.has_type_section = true;
                    for ty in reader.into_iter_err_on_gc_types() {
                        let ty = ty?;
                        out.types
                            .push((ty.params().to_vec(), ty.results().to_vec()));
                    }
                }
                Payload::FunctionSection(reader) => {
                    for ty in reader {
                        out.defined.push(ty?);
                    }
                }
                _ => {}
            }
        }
        Ok(out)
    }

    /// The number of parameters of defined function `index` (code-section order).
    pub fn defined_params(&self, index: usize) -> Option<u32> {
        let ty = *self.defined.get(index)?;
        Some(self.types.get(ty as usize)?.0.len() as u32)
    }
}

/// The position of a section in a module's required order (not its numeric id).
pub(crate) fn section_rank(id: SectionId) -> u8 {
    match id {
        SectionId::Custom => 0,
        SectionId::Type => 1,
        SectionId::Import => 2,
        SectionId::Function => 3,
        SectionId::Table => 4,
        SectionId::Memory => 5,
        SectionId::Tag => 6,
        SectionId::Global => 7,
        SectionId::Export => 8,
        SectionId::Start => 9,
        SectionId::Element => 10,
        SectionId::DataCount => 11,
        SectionId::Code => 12,
        SectionId::Data => 13,
    }
}

/// Whether a section that belongs at `rank` must be emitted now, given the next section.
pub(crate) fn due_before(rank: u8, before: Option<SectionId>) -> bool {
    before.is_none_or(|next| section_rank(next) > rank)
}

/// A module that imports each `(name, params, results)` from `env`, one type per function.
/// A numeric value type as wasm-encoder spells it.
/// A memory argument on memory 0.
pub fn memarg(offset: u64, align: u32) -> wasm_encoder::MemArg {
    wasm_encoder::MemArg {
        offset,
        align,
        target: wasm_encoder::MemArgTarget::Memory(0),
        ordering: None,
    }
}

pub fn val_type(ty: &crate::outcome::ValType) -> wasm_encoder::ValType {
    use crate::outcome::ValType;
    use wasm_encoder::ValType as V;
    match ty {
        ValType::I32 => V::I32,
        ValType::I64 => V::I64,
        ValType::F32 => V::F32,
        ValType::F64 => V::F64,
    }
}

pub fn imports_module<'a>(
    funcs: impl Iterator<
        Item = (
            &'a str,
            &'a [crate::outcome::ValType],
            &'a [crate::outcome::ValType],
        ),
    >,
) -> ImportsModule {
    use wasm_encoder::{EntityType, ImportSection, Module, TypeSection};
    let convert = val_type;
    let mut types = TypeSection::new();
    let mut imports = ImportSection::new();
    // One type per signature, not per function: wasm-smith copies every type of this module
    // into each module it generates, and each one is then validated, prepared and compiled.
    let mut signatures = Vec::new();
    for (name, params, results) in funcs {
        let index = match signatures.iter().position(|s| *s == (params, results)) {
            Some(index) => index,
            None => {
                types
                    .ty()
                    .function(params.iter().map(convert), results.iter().map(convert));
                signatures.push((params, results));
                signatures.len() - 1
            }
        };
        imports.import("env", name, EntityType::Function(index as u32));
    }
    let mut module = Module::new();
    module.section(&types).section(&imports);
    ImportsModule {
        bytes: module.finish(),
        types: signatures.len(),
    }
}

/// A module of function imports ([`imports_module`]).
pub struct ImportsModule {
    pub bytes: Vec<u8>,
    /// Its distinct function types: the first types of a module wasm-smith generates from it.
    pub types: usize,
}

/// Starts re-encoding a defined function that takes `params` parameters (`None`: its type was
/// not found, an error) with its declared locals and `scratch` more after them, for a rewriter
/// that needs locals of its own; gives the function and the index of the first scratch local.
pub fn function_with_scratch<R>(
    reencoder: &mut R,
    params: Option<u32>,
    func: &wasmparser::FunctionBody<'_>,
    scratch: &[(u32, wasm_encoder::ValType)],
) -> Result<(wasm_encoder::Function, u32), wasm_encoder::reencode::Error<R::Error>>
where
    R: wasm_encoder::reencode::Reencode + ?Sized,
    R::Error: From<String>,
{
    let params = params.ok_or_else(|| {
        wasm_encoder::reencode::Error::UserError(
            "no type for a defined function".to_string().into(),
        )
    })?;
    let mut declared = Vec::new();
    let mut count = 0u32;
    for pair in func.get_locals_reader()? {
        let (n, ty) = pair?;
        count += n;
        declared.push((n, reencoder.val_type(ty)?));
    }
    declared.extend_from_slice(scratch);
    Ok((wasm_encoder::Function::new(declared), params + count))
}
