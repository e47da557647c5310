//! Host-call sequences woven into existing code: a wasm-smith contract over NEAR's API, or a
//! real contract. Sequences alone ([`super::near_calls`]) reach the host logic but run in
//! straight-line methods; woven in, the same well-formed calls run in the middle of other code —
//! inside loops and branches, between a contract's own host calls, with its memory and
//! registers in whatever state its code left them.
//!
//! The module keeps everything it had. Each API function it does not import yet is imported
//! (its own functions move up by that many indices), the sequences become `() -> ()`
//! functions, the blobs go in an active data segment at `base`, and calls to the sequences are
//! inserted before instructions of the module's own functions. A call of type `[] -> []`
//! leaves the operand stack as it is, so it is valid before any instruction.

use super::near_calls::{blob_segment, one_page_memory, sequences, Target, LOCALS};
use arbitrary::Unstructured;
use wasm_encoder::reencode::{Error, Reencode};
use wasm_encoder::{
    CodeSection, ConstExpr, DataCountSection, DataSection, ElementSection, EntityType,
    ExportSection, Function, FunctionSection, GlobalSection, ImportSection, Instruction as I,
    MemorySection, Module, StartSection, TableSection, TypeSection,
};
use wasmparser::{Parser, Payload, TypeRef};

/// Sequence functions added to a module, at most.
const MAX_SEQUENCES: usize = 4;
/// Calls to a sequence inserted into each of the module's functions, at most (besides one at
/// its entry, half the time: so that sequences run before a contract's input checks stop it).
const MAX_INSERTIONS: usize = 3;

/// Why a module could not be woven.
#[derive(Debug)]
pub enum WeaveError {
    /// The module is not one the weaver reads (invalid, or with sections it does not carry).
    Unreadable(String),
    /// The input ran out.
    Input(arbitrary::Error),
}

impl From<arbitrary::Error> for WeaveError {
    fn from(e: arbitrary::Error) -> Self {
        WeaveError::Input(e)
    }
}

impl<E: std::fmt::Display> From<Error<E>> for WeaveError {
    fn from(e: Error<E>) -> Self {
        WeaveError::Unreadable(e.to_string())
    }
}

impl From<wasmparser::BinaryReaderError> for WeaveError {
    fn from(e: wasmparser::BinaryReaderError) -> Self {
        WeaveError::Unreadable(e.to_string())
    }
}

/// What weaving needs to know of a module before rewriting it.
#[derive(Default)]
struct Shape {
    /// Function types by type index (`None`: not a function type).
    types: Vec<Option<(Vec<wasm_encoder::ValType>, Vec<wasm_encoder::ValType>)>>,
    /// Imported functions: (module, name, type index).
    imported: Vec<(String, String, u32)>,
    has_memory: bool,
}

fn shape(wasm: &[u8]) -> Result<Shape, WeaveError> {
    let mut shape = Shape::default();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload? {
            Payload::TypeSection(reader) => {
                for group in reader {
                    for sub in group?.into_types() {
                        let func = match &sub.composite_type.inner {
                            wasmparser::CompositeInnerType::Func(f) => {
                                let convert = |types: &[wasmparser::ValType]| {
                                    types
                                        .iter()
                                        .map(|t| wasm_encoder::ValType::try_from(*t).ok())
                                        .collect::<Option<Vec<_>>>()
                                };
                                convert(f.params()).zip(convert(f.results()))
                            }
                            _ => None,
                        };
                        shape.types.push(func);
                    }
                }
            }
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    let import = import?;
                    match import.ty {
                        TypeRef::Func(ty) | TypeRef::FuncExact(ty) => shape.imported.push((
                            import.module.to_string(),
                            import.name.to_string(),
                            ty,
                        )),
                        TypeRef::Memory(_) => shape.has_memory = true,
                        _ => {}
                    }
                }
            }
            Payload::MemorySection(reader) => shape.has_memory |= reader.count() > 0,
            _ => {}
        }
    }
    Ok(shape)
}

/// Moves the module's own functions up past the imports weaving adds, and makes its own
/// memory at least `memory_pages` large (the blobs must fit).
struct Shift {
    imported: u32,
    added: u32,
    memory_pages: u32,
}

impl Reencode for Shift {
    type Error = std::convert::Infallible;

    fn function_index(&mut self, func: u32) -> Result<u32, Error<Self::Error>> {
        Ok(if func < self.imported {
            func
        } else {
            func + self.added
        })
    }

    fn memory_type(
        &mut self,
        memory: wasmparser::MemoryType,
    ) -> Result<wasm_encoder::MemoryType, Error<Self::Error>> {
        let mut memory = wasm_encoder::reencode::utils::memory_type(self, memory);
        memory.minimum = memory.minimum.max(u64::from(self.memory_pages));
        memory.maximum = memory.maximum.map(|max| max.max(memory.minimum));
        Ok(memory)
    }
}

/// `wasm` with host-call sequences of `target`'s API woven in, the blobs at `base` (module
/// docs). Custom sections are left out: their indices (names) would be stale.
pub(super) fn weave(
    wasm: &[u8],
    target: &Target,
    base: u64,
    u: &mut Unstructured,
) -> Result<Vec<u8>, WeaveError> {
    let shape = shape(wasm)?;
    let api = target.api;
    // Each API function's index: the module's own import if its type is the API's, a new
    // import otherwise (none when the module imports the name with another type).
    let mut added: Vec<usize> = Vec::new();
    let mut indices: Vec<Option<u32>> = Vec::with_capacity(api.len());
    for (position, func) in api.iter().enumerate() {
        let wanted = (
            func.params
                .iter()
                .map(crate::wasm::val_type)
                .collect::<Vec<_>>(),
            func.results
                .iter()
                .map(crate::wasm::val_type)
                .collect::<Vec<_>>(),
        );
        let existing = shape
            .imported
            .iter()
            .position(|(module, name, _)| module == "env" && name == func.name);
        indices.push(match existing {
            Some(index) => {
                let (_, _, ty) = &shape.imported[index];
                let same = shape.types.get(*ty as usize) == Some(&Some(wanted));
                same.then_some(index as u32)
            }
            None => {
                added.push(position);
                Some((shape.imported.len() + added.len() - 1) as u32)
            }
        });
    }
    let count = u.int_in_range(1..=MAX_SEQUENCES)?;
    let bodies = sequences(u, target, count, &indices, base)?;

    let mut shift = Shift {
        imported: shape.imported.len() as u32,
        added: added.len() as u32,
        memory_pages: target.memory_pages,
    };
    let first_type = shape.types.len() as u32;
    let mut types = TypeSection::new();
    let mut imports = ImportSection::new();
    let mut functions = FunctionSection::new();
    let mut tables = TableSection::new();
    let mut memories = MemorySection::new();
    let mut globals = GlobalSection::new();
    let mut exports = ExportSection::new();
    let mut start = None;
    let mut elements = ElementSection::new();
    let mut data_count = None;
    let mut code = CodeSection::new();
    let mut data = DataSection::new();
    let mut defined = 0u32;
    let mut woven_bodies = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload? {
            Payload::Version { .. } | Payload::End(_) | Payload::CustomSection(_) => {}
            Payload::TypeSection(r) => shift.parse_type_section(&mut types, r)?,
            Payload::ImportSection(r) => shift.parse_import_section(&mut imports, r)?,
            Payload::FunctionSection(r) => {
                defined = r.count();
                shift.parse_function_section(&mut functions, r)?
            }
            Payload::TableSection(r) => shift.parse_table_section(&mut tables, r)?,
            Payload::MemorySection(r) => shift.parse_memory_section(&mut memories, r)?,
            Payload::GlobalSection(r) => shift.parse_global_section(&mut globals, r)?,
            Payload::ExportSection(r) => shift.parse_export_section(&mut exports, r)?,
            Payload::StartSection { func, .. } => start = Some(shift.function_index(func)?),
            Payload::ElementSection(r) => shift.parse_element_section(&mut elements, r)?,
            Payload::DataCountSection { count, .. } => data_count = Some(count + 1),
            Payload::DataSection(r) => shift.parse_data_section(&mut data, r)?,
            Payload::CodeSectionStart { .. } => {}
            Payload::CodeSectionEntry(body) => woven_bodies.push(body),
            other => {
                return Err(WeaveError::Unreadable(format!(
                    "a section weaving does not carry: {:?}",
                    other.as_section().map(|(id, _)| id)
                )))
            }
        }
    }
    let first_sequence = shift.imported + shift.added + defined;
    for body in woven_bodies {
        let function = woven(&mut shift, body, u, first_sequence, count as u32)?;
        code.function(&function);
    }

    for (k, position) in added.iter().enumerate() {
        let func = &api[*position];
        types.ty().function(
            func.params.iter().map(crate::wasm::val_type),
            func.results.iter().map(crate::wasm::val_type),
        );
        imports.import(
            "env",
            func.name,
            EntityType::Function(first_type + k as u32),
        );
    }
    let sequence_type = first_type + added.len() as u32;
    types.ty().function([], []);
    for body in &bodies {
        functions.function(sequence_type);
        let mut function = Function::new([LOCALS]);
        for instruction in body {
            function.instruction(instruction);
        }
        function.instruction(&I::End);
        code.function(&function);
    }
    if !shape.has_memory {
        memories.memory(one_page_memory());
    }
    data.active(
        0,
        &ConstExpr::i32_const(base as i32),
        blob_segment().iter().copied(),
    );

    let mut module = Module::new();
    module.section(&types).section(&imports).section(&functions);
    if !tables.is_empty() {
        module.section(&tables);
    }
    module.section(&memories);
    if !globals.is_empty() {
        module.section(&globals);
    }
    module.section(&exports);
    if let Some(function_index) = start {
        module.section(&StartSection { function_index });
    }
    if !elements.is_empty() {
        module.section(&elements);
    }
    if let Some(count) = data_count {
        module.section(&DataCountSection { count });
    }
    module.section(&code).section(&data);
    Ok(module.finish())
}

/// One of the module's functions, with calls to sequences inserted before some of its
/// instructions.
fn woven(
    shift: &mut Shift,
    body: wasmparser::FunctionBody,
    u: &mut Unstructured,
    first_sequence: u32,
    sequences: u32,
) -> Result<Function, WeaveError> {
    let mut function = shift.new_function_with_parsed_locals(&body)?;
    let mut operators = Vec::new();
    let mut reader = body.get_operators_reader()?;
    while !reader.eof() {
        operators.push(reader.read()?);
    }
    let mut at = Vec::new();
    if u.ratio(1, 2)? {
        at.push(0);
    }
    for _ in 0..u.int_in_range(0..=MAX_INSERTIONS)? {
        at.push(u.choose_index(operators.len())?);
    }
    for (index, operator) in operators.into_iter().enumerate() {
        for _ in at.iter().filter(|a| **a == index) {
            let sequence = u.int_in_range(0..=sequences - 1)?;
            function.instruction(&I::Call(first_sequence + sequence));
        }
        function.instruction(&shift.instruction(operator)?);
    }
    Ok(function)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::case_bytes;

    /// A contract that imports one API function with its own type and one with a wrong type,
    /// calls its own functions, and exports one of them and a table entry.
    const CONTRACT: &str = r#"(module
        (import "env" "block_index" (func $block_index (result i64)))
        (import "env" "log_utf8" (func $wrong (param i32)))
        (memory 1)
        (table 1 funcref)
        (elem (i32.const 0) $helper)
        (func $main (export "main") (drop (call $block_index)) (call $helper))
        (func $helper (i32.store (i32.const 0) (i32.const 7))))"#;

    fn woven(seed: u64, index: u64) -> Vec<u8> {
        let wasm = wat::parse_str(CONTRACT).unwrap();
        let data = case_bytes(seed, index, 2048);
        let mut u = Unstructured::new(&data);
        weave(
            &wasm,
            &super::super::near_calls::near_target(),
            65_536,
            &mut u,
        )
        .unwrap()
    }

    /// (name of each function import, callees of each function body, exports).
    fn facts(wasm: &[u8]) -> (Vec<String>, Vec<Vec<u32>>, Vec<(String, u32)>, Vec<u32>) {
        let (mut imports, mut callees, mut exports, mut elements) =
            (vec![], vec![], vec![], vec![]);
        for payload in Parser::new(0).parse_all(wasm) {
            match payload.unwrap() {
                Payload::ImportSection(r) => {
                    for i in r.into_imports() {
                        imports.push(i.unwrap().name.to_string());
                    }
                }
                Payload::CodeSectionEntry(body) => {
                    let mut calls = vec![];
                    let mut reader = body.get_operators_reader().unwrap();
                    while !reader.eof() {
                        if let wasmparser::Operator::Call { function_index } =
                            reader.read().unwrap()
                        {
                            calls.push(function_index);
                        }
                    }
                    callees.push(calls);
                }
                Payload::ExportSection(r) => {
                    for e in r {
                        let e = e.unwrap();
                        exports.push((e.name.to_string(), e.index));
                    }
                }
                Payload::ElementSection(r) => {
                    for e in r {
                        if let wasmparser::ElementItems::Functions(f) = e.unwrap().items {
                            elements.extend(f.into_iter().map(Result::unwrap));
                        }
                    }
                }
                _ => {}
            }
        }
        (imports, callees, exports, elements)
    }

    #[test]
    fn woven_modules_are_valid_and_keep_their_own_code_under_shifted_indices() {
        let api = crate::near_api::enabled();
        for index in 0..100 {
            let wasm = woven(21, index);
            wasmparser::Validator::new()
                .validate_all(&wasm)
                .unwrap_or_else(|e| panic!("case {index}: {e}"));
            let (imports, callees, exports, elements) = facts(&wasm);
            // The two imports stay first; every other API function is added once.
            assert_eq!(&imports[..2], ["block_index", "log_utf8"]);
            assert_eq!(imports.len(), 2 + api.len() - 2, "case {index}");
            let main = imports.len() as u32;
            let helper = main + 1;
            assert_eq!(exports, [("main".to_string(), main)]);
            assert_eq!(elements, [helper]);
            // main still calls block_index, then helper; besides, only sequences.
            let own: Vec<u32> = callees[0]
                .iter()
                .copied()
                .filter(|c| *c == 0 || *c == helper)
                .collect();
            assert_eq!(own, [0, helper], "case {index}");
            let first_sequence = helper + 1;
            let sequences = callees.len() as u32 - 2;
            for callee in callees[..2].iter().flatten() {
                assert!(
                    *callee == 0
                        || *callee == helper
                        || (*callee >= first_sequence && *callee < first_sequence + sequences),
                    "case {index}: call {callee}"
                );
            }
            // The wrongly typed import is never called by a sequence.
            for callee in callees[2..].iter().flatten() {
                assert_ne!(*callee, 1, "case {index}");
            }
        }
    }

    #[test]
    fn the_sequences_are_called_from_the_contracts_code() {
        let called = (0..100)
            .filter(|index| {
                let (imports, callees, _, _) = facts(&woven(22, *index));
                let first_sequence = imports.len() as u32 + 2;
                callees[..2].iter().flatten().any(|c| *c >= first_sequence)
            })
            .count();
        // At entry half the time, and up to three more places per function.
        assert!(called > 60, "{called} of 100");
    }

    #[test]
    fn a_memory_too_small_for_the_blobs_grows_to_hold_them() {
        let wasm = wat::parse_str(r#"(module (memory 0 0) (func (export "f") nop))"#).unwrap();
        let data = case_bytes(23, 0, 2048);
        let mut u = Unstructured::new(&data);
        let target = super::super::near_calls::host_model_target();
        let woven = weave(&wasm, &target, 0, &mut u).unwrap();
        wasmparser::Validator::new().validate_all(&woven).unwrap();
        // Grown to one page, its maximum with it.
        assert!(wasmprinter::print_bytes(&woven)
            .unwrap()
            .contains("(memory (;0;) 1 1)"));
        // NEAR gives a contract its memory: a NEAR weave leaves the module's own as it is.
        let mut u = Unstructured::new(&data);
        let near = weave(&wasm, &super::super::near_calls::near_target(), 0, &mut u).unwrap();
        assert!(wasmprinter::print_bytes(&near)
            .unwrap()
            .contains("(memory (;0;) 0 0)"));
    }

    #[test]
    fn a_module_it_cannot_read_is_an_error_not_a_panic() {
        let data = case_bytes(1, 1, 256);
        let mut u = Unstructured::new(&data);
        let target = super::super::near_calls::near_target();
        assert!(matches!(
            weave(b"\0asm\x01\0\0\0\x01\xff", &target, 0, &mut u),
            Err(WeaveError::Unreadable(_))
        ));
    }
}
