//! Known divergences (DESIGN.md): real engine behaviour vmdiff cannot fix, classified by a
//! re-run rather than a guess.
//!
//! Each class names a normalising transform. A divergence counts as the class only if running
//! the same call again on the transformed module makes *every* config agree — at the original
//! gas limits and at the full limit, so that a transform that merely runs out of gas earlier
//! cannot explain anything. Anything else stays an unknown divergence.

use crate::oracle::Divergence;
use crate::prepare::ModuleTypes;
use serde::Serialize;
use wasm_encoder::reencode::{self, Reencode};
use wasm_encoder::{Function, Instruction, ValType};
use wasmparser::{Operator, Parser};

/// Whether a class is an upstream bug or a documented difference in policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    UpstreamBug,
    PolicyDifference,
}

/// One known class.
pub struct KnownClass {
    pub name: &'static str,
    pub kind: Kind,
    pub upstream: &'static str,
    pub description: &'static str,
    /// The minimal reproducer, checked in under `known/`.
    pub reproducer_wat: &'static str,
    /// Which divergences the class may explain at all (before the re-run decides).
    pub applies: fn(&Divergence) -> bool,
    /// The normalising transform of the explanation test.
    pub transform: fn(&[u8]) -> Result<Vec<u8>, String>,
}

/// The registry.
pub const REGISTRY: &[KnownClass] = &[KnownClass {
    name: "singlepass_nan_canonicalisation",
    kind: Kind::PolicyDifference,
    upstream: "wasmer singlepass canonicalises NaNs at other points than wasmtime \
               (DESIGN.md, measured 2026-11-25 on wasmer 7.4.2 / wasmtime 48.0.8); \
               both are allowed by the Wasm spec's nondeterministic NaN bits",
    description:
        "singlepass differs from wasmtime in NaN sign/payload bits after f32/f64.neg/abs/copysign \
                  of an arithmetic NaN and through demote/promote",
    reproducer_wat: include_str!("../known/singlepass_nan_canonicalisation.wat"),
    applies: singlepass_against_wasmtime,
    transform: canonicalise_float_results,
}, KnownClass {
    name: "wasmtime_fuel_unflushed_at_trap",
    kind: Kind::UpstreamBug,
    upstream: "wasmtime 48.0.8 Cranelift buffers fuel consumption per block and stores it only before \
               calls and returns, so a trap mid-block reports less fuel used than Winch does; open \
               upstream as bytecodealliance/wasmtime#13802 (fuel lost when guest code traps), and \
               described by its maintainers in bytecodealliance/wasm-tools#985 (trapping \
               instructions are not fuel barriers)",
    description: "under fuel, a call that traps (not out of fuel) reports different fuel used on Winch and \
                  Cranelift: a chain metering with wasmtime fuel would charge a trapping call differently \
                  by CPU architecture",
    reproducer_wat: include_str!("../known/wasmtime_fuel_unflushed_at_trap.wat"),
    applies: wasmtime_fuel_gas_at_trap,
    transform: call_before_traps,
}];

/// The class called `name`.
pub fn class(name: &str) -> Option<&'static KnownClass> {
    REGISTRY.iter().find(|c| c.name == name)
}

/// Winch and Cranelift must agree exactly: a NaN class can only explain singlepass vs wasmtime.
fn singlepass_against_wasmtime(divergence: &Divergence) -> bool {
    divergence.left.backend.is_wasmtime() != divergence.right.backend.is_wasmtime()
}

/// Two wasmtime compilers under fuel that agree on a trap but not on the fuel it used.
fn wasmtime_fuel_gas_at_trap(divergence: &Divergence) -> bool {
    use crate::oracle::Field;
    let both = |f: fn(&crate::oracle::Config) -> bool| f(&divergence.left) && f(&divergence.right);
    both(|c| c.backend.is_wasmtime() && c.scheme == crate::scheme::SchemeName::Fuel)
        && divergence.fields == [Field::GasUsed]
        && divergence.left_result == divergence.right_result
        && divergence.left_result.starts_with("trap ")
        && !divergence.left_result.contains("gas_exhausted")
}

/// Whether an instruction can trap on its own (not counting the callee of a `call`).
fn can_trap(op: &Operator) -> bool {
    use Operator::*;
    matches!(
        op,
        Unreachable
            | CallIndirect { .. }
            | I32Load { .. }
            | I64Load { .. }
            | F32Load { .. }
            | F64Load { .. }
            | I32Load8S { .. }
            | I32Load8U { .. }
            | I32Load16S { .. }
            | I32Load16U { .. }
            | I64Load8S { .. }
            | I64Load8U { .. }
            | I64Load16S { .. }
            | I64Load16U { .. }
            | I64Load32S { .. }
            | I64Load32U { .. }
            | I32Store { .. }
            | I64Store { .. }
            | F32Store { .. }
            | F64Store { .. }
            | I32Store8 { .. }
            | I32Store16 { .. }
            | I64Store8 { .. }
            | I64Store16 { .. }
            | I64Store32 { .. }
            | I32DivS
            | I32DivU
            | I32RemS
            | I32RemU
            | I64DivS
            | I64DivU
            | I64RemS
            | I64RemU
            | I32TruncF32S
            | I32TruncF32U
            | I32TruncF64S
            | I32TruncF64U
            | I64TruncF32S
            | I64TruncF32U
            | I64TruncF64S
            | I64TruncF64U
            | TableGet { .. }
            | TableSet { .. }
            | TableFill { .. }
            | TableCopy { .. }
            | TableInit { .. }
            | MemoryFill { .. }
            | MemoryCopy { .. }
            | MemoryInit { .. }
    )
}

/// Inserts a call to an empty function before every instruction that can trap: a call makes
/// every wasmtime compiler store the fuel consumed so far, so what a trap reports no longer
/// depends on where a compiler buffers it.
pub fn call_before_traps(wasm: &[u8]) -> Result<Vec<u8>, String> {
    let types = ModuleTypes::scan(wasm).map_err(|e| e.to_string())?;
    if types.defined.is_empty() {
        return Err(NOTHING_TO_NORMALISE.into());
    }
    let imported_funcs = Parser::new(0)
        .parse_all(wasm)
        .filter_map(|p| match p {
            Ok(wasmparser::Payload::ImportSection(r)) => Some(
                r.into_imports()
                    .filter(|i| {
                        matches!(i.as_ref().map(|i| i.ty), Ok(wasmparser::TypeRef::Func(_)))
                    })
                    .count() as u32,
            ),
            _ => None,
        })
        .sum::<u32>();
    let mut transform = CallBeforeTraps {
        noop_type: types.types.len() as u32,
        noop_func: imported_funcs + types.defined.len() as u32,
        sites: 0,
    };
    let module = reencode_module(&mut transform, wasm)?;
    if transform.sites == 0 {
        return Err(NOTHING_TO_NORMALISE.into());
    }
    Ok(module)
}

fn reencode_module(
    transform: &mut impl Reencode<Error = String>,
    wasm: &[u8],
) -> Result<Vec<u8>, String> {
    let mut module = wasm_encoder::Module::new();
    transform
        .parse_core_module(&mut module, Parser::new(0), wasm)
        .map_err(|e| format!("{e:?}"))?;
    Ok(module.finish())
}

struct CallBeforeTraps {
    noop_type: u32,
    noop_func: u32,
    /// Calls inserted.
    sites: usize,
}

impl Reencode for CallBeforeTraps {
    type Error = String;

    fn parse_type_section(
        &mut self,
        types: &mut wasm_encoder::TypeSection,
        section: wasmparser::TypeSectionReader<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        reencode::utils::parse_type_section(self, types, section)?;
        types.ty().function([], []);
        Ok(())
    }

    fn parse_function_section(
        &mut self,
        functions: &mut wasm_encoder::FunctionSection,
        section: wasmparser::FunctionSectionReader<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        reencode::utils::parse_function_section(self, functions, section)?;
        functions.function(self.noop_type);
        Ok(())
    }

    fn parse_code_section(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        section: wasmparser::CodeSectionReader<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        reencode::utils::parse_code_section(self, code, section)?;
        let mut noop = Function::new([]);
        noop.instruction(&Instruction::End);
        code.function(&noop);
        Ok(())
    }

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: wasmparser::FunctionBody<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        let mut f = self.new_function_with_parsed_locals(&func)?;
        let mut reader = func.get_operators_reader()?;
        while !reader.eof() {
            let op = reader.read()?;
            if can_trap(&op) {
                self.sites += 1;
                f.instruction(&Instruction::Call(self.noop_func));
            }
            f.instruction(&self.instruction(op)?);
        }
        code.function(&f);
        Ok(())
    }
}

/// Inserts, after every instruction that produces a float by arithmetic or conversion, a
/// sequence that replaces any NaN with the positive canonical NaN — making every config's NaN
/// bits equal, while leaving non-NaN values and integer code untouched.
pub fn canonicalise_float_results(wasm: &[u8]) -> Result<Vec<u8>, String> {
    let types = ModuleTypes::scan(wasm).map_err(|e| e.to_string())?;
    let mut transform = CanonicaliseNans {
        types,
        next_function: 0,
        sites: 0,
    };
    let module = reencode_module(&mut transform, wasm)?;
    // A module that computes no float cannot owe a difference to NaN bits.
    if transform.sites == 0 {
        return Err(NOTHING_TO_NORMALISE.into());
    }
    Ok(module)
}

/// A transform's answer when the module has nothing it normalises: the class cannot apply.
pub const NOTHING_TO_NORMALISE: &str = "nothing to normalise";

struct CanonicaliseNans {
    types: ModuleTypes,
    next_function: usize,
    /// Instructions whose result was canonicalised.
    sites: usize,
}

/// The float type an operator produces by computation (not by moving bits around).
fn computed_float(op: &Operator) -> Option<ValType> {
    use Operator::*;
    match op {
        F32Abs | F32Neg | F32Ceil | F32Floor | F32Trunc | F32Nearest | F32Sqrt | F32Add
        | F32Sub | F32Mul | F32Div | F32Min | F32Max | F32Copysign | F32ConvertI32S
        | F32ConvertI32U | F32ConvertI64S | F32ConvertI64U | F32DemoteF64 => Some(ValType::F32),
        F64Abs | F64Neg | F64Ceil | F64Floor | F64Trunc | F64Nearest | F64Sqrt | F64Add
        | F64Sub | F64Mul | F64Div | F64Min | F64Max | F64Copysign | F64ConvertI32S
        | F64ConvertI32U | F64ConvertI64S | F64ConvertI64U | F64PromoteF32 => Some(ValType::F64),
        _ => None,
    }
}

impl Reencode for CanonicaliseNans {
    type Error = String;

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: wasmparser::FunctionBody<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        // Two scratch locals (f32, f64) go after the parameters and every declared local.
        let index = self.next_function;
        self.next_function += 1;
        let params = self
            .types
            .defined_params(index)
            .ok_or_else(|| reencode::Error::UserError(format!("no type for function {index}")))?;
        let mut declared = Vec::new();
        let mut count = 0u32;
        for pair in func.get_locals_reader()? {
            let (n, ty) = pair?;
            count += n;
            declared.push((n, self.val_type(ty)?));
        }
        let (scratch_f32, scratch_f64) = (params + count, params + count + 1);
        declared.push((1, ValType::F32));
        declared.push((1, ValType::F64));
        let mut f = Function::new(declared);
        let mut reader = func.get_operators_reader()?;
        while !reader.eof() {
            let op = reader.read()?;
            let float = computed_float(&op);
            let instruction = self.instruction(op)?;
            f.instruction(&instruction);
            self.sites += usize::from(float.is_some());
            match float {
                Some(ValType::F32) => {
                    let t = scratch_f32;
                    f.instruction(&Instruction::LocalSet(t));
                    f.instruction(&Instruction::F32Const(f32::from_bits(0x7fc0_0000).into()));
                    f.instruction(&Instruction::LocalGet(t));
                    f.instruction(&Instruction::LocalGet(t));
                    f.instruction(&Instruction::LocalGet(t));
                    f.instruction(&Instruction::F32Ne);
                    f.instruction(&Instruction::Select);
                }
                Some(_) => {
                    let t = scratch_f64;
                    f.instruction(&Instruction::LocalSet(t));
                    f.instruction(&Instruction::F64Const(
                        f64::from_bits(0x7ff8_0000_0000_0000).into(),
                    ));
                    f.instruction(&Instruction::LocalGet(t));
                    f.instruction(&Instruction::LocalGet(t));
                    f.instruction(&Instruction::LocalGet(t));
                    f.instruction(&Instruction::F64Ne);
                    f.instruction(&Instruction::Select);
                }
                None => {}
            }
        }
        code.function(&f);
        Ok(())
    }
}

/// Whether a re-run on a transformed module shows every config agreeing: no divergence, and
/// every config really ran. Configs that could not compile the transformed module, or whose
/// outcomes were poisoned, are left out of comparison: a transform that makes every config fail
/// alike would "agree" by leaving everything out, and explains nothing.
pub fn rerun_agrees(rerun: &crate::matrix::CallReport) -> bool {
    use crate::outcome::TrapKind;
    rerun.comparison.divergences.is_empty()
        && rerun
            .outcomes
            .iter()
            .all(|(_, o)| !o.is_poisoned() && o.result.trap() != Some(&TrapKind::CompileFailed))
}

/// Re-runs calls on transformed modules to classify divergences; compiles each class's
/// transformed module at most once per case.
pub struct Explainer<'a> {
    matrix: &'a crate::matrix::Matrix,
    original: &'a [u8],
    compiled: Vec<Option<Result<crate::matrix::CompiledCase, String>>>,
}

impl<'a> Explainer<'a> {
    pub fn new(matrix: &'a crate::matrix::Matrix, original: &'a [u8]) -> Explainer<'a> {
        Explainer {
            matrix,
            original,
            compiled: REGISTRY.iter().map(|_| None).collect(),
        }
    }

    fn transformed(&mut self, class: usize) -> Result<&crate::matrix::CompiledCase, String> {
        let (matrix, original) = (self.matrix, self.original);
        self.compiled[class]
            .get_or_insert_with(|| {
                let wasm = (REGISTRY[class].transform)(original)?;
                let prepared = matrix.prepare(&wasm).map_err(|e| e.to_string())?;
                Ok(matrix.compile(&prepared))
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Marks every unknown divergence of `report` that a class explains. `full_limit` is the
    /// generous limit the plan's first run used.
    /// The caller has checked that the divergences recur (see [`crate::case`]): a re-run that
    /// happens to agree must not pass for an explanation.
    pub fn explain(
        &mut self,
        call: &crate::backend::Call,
        report: &mut crate::matrix::CallReport,
        full_limit: u64,
    ) {
        for class in 0..REGISTRY.len() {
            let applicable = |d: &Divergence| d.known.is_none() && (REGISTRY[class].applies)(d);
            if !report.comparison.divergences.iter().any(applicable) {
                continue;
            }
            let matrix = self.matrix;
            let Ok(compiled) = self.transformed(class) else {
                continue;
            };
            let agrees = |limits: &[u64]| rerun_agrees(&matrix.call(compiled, call, limits));
            let full = vec![full_limit; compiled.configs.len()];
            if agrees(&report.limits) && (report.limits == full || agrees(&full)) {
                for divergence in report.comparison.divergences.iter_mut() {
                    if applicable(divergence) {
                        divergence.known = Some(REGISTRY[class].name.to_string());
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_reproducer_is_valid_and_transforms_validly() {
        for class in REGISTRY {
            let wasm = wat::parse_str(class.reproducer_wat).unwrap();
            let out = (class.transform)(&wasm).unwrap();
            wasmparser::Validator::new()
                .validate_all(&out)
                .unwrap_or_else(|e| panic!("{}: {e}", class.name));
        }
    }

    #[test]
    fn transform_keeps_modules_valid_and_canonicalises() {
        let wasm = wat::parse_str(REGISTRY[0].reproducer_wat).unwrap();
        let out = canonicalise_float_results(&wasm).unwrap();
        wasmparser::Validator::new().validate_all(&out).unwrap();
        let text = crate::prepare::to_wat(&out);
        assert!(text.contains("f32.ne"), "{text}");
        assert!(text.contains("select"), "{text}");
    }
}
