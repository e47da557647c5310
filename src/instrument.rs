//! vmdiff's own instrumentation from finite-wasm's analysis, used by the `global` and `fuel`
//! schemes. It places charges at exactly the offsets and with exactly the fees of finite-wasm's
//! reference instrumentation (the `host` scheme), so that any difference between `host` and
//! `global` is a defect of a scheme or an engine.
//!
//! Added to the module (indices of the module's own functions and globals shift accordingly):
//! - `env.vmdiff_exhausted(kind: i32, charge: i64)`: the only way out on exhaustion (0 gas,
//!   1 stack), with the charge the counter could not pay (the host checks that it could not);
//! - `env.vmdiff_charge_bulk(count: i32, linear: i64, constant: i64) -> i32` (fuel only);
//! - `env.vmdiff_gas: (mut i64)` (global only): remaining gas, set by the host before the call;
//! - `env.vmdiff_stack: (mut i64)`: remaining stack height, set by the host before the call.
//!
//! Every sequence uses MVP instructions only (no wide arithmetic: singlepass lacks it). Fees
//! are checked at instrumentation time to fit u64 for any 32-bit count, so the inline
//! arithmetic never wraps where the host's checked arithmetic would not.

use crate::abi::{
    CHARGE_BULK_FN, EXHAUSTED_FN, EXHAUSTED_GAS, EXHAUSTED_STACK, GAS_GLOBAL, STACK_GLOBAL,
};
use crate::cost::Fee;
use crate::profile::Profile;
use crate::wasm::{due_before, ModuleTypes};
use finite_wasm::gas::InstrumentationKind;
use finite_wasm::AnalysisOutcome;
use wasm_encoder::reencode::{self, Reencode};
use wasm_encoder::{
    BlockType, EntityType, Function, GlobalType, ImportSection, Instruction, SectionId,
    TypeSection, ValType,
};
use wasmparser::{Operator, Parser};

/// Where the instrumented module's gas goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metering {
    /// `global`: constant fees decremented inline from `env.vmdiff_gas`.
    InlineGlobal,
    /// `fuel`: the engine meters operators; the whole fee of every bulk and grow operator
    /// ([`crate::cost::host_charged_under_fuel`]) is charged by a call into the host, right
    /// before the operator, that charges the engine's counter. The table gives the grows' fees
    /// (finite-wasm's analysis merges them into their block's charge).
    EngineFuel(crate::cost::CostTable),
}

const EXHAUSTED_FN_INDEX: u32 = 0;
const CHARGE_BULK_FN_INDEX: u32 = 1;

pub struct InlineInstrumenter<'a> {
    analysis: &'a AnalysisOutcome,
    metering: Metering,
    max_stack: u64,
    added_funcs: u32,
    added_globals: u32,
    gas_global: u32,
    stack_global: u32,
    /// Params and results of every type, in the original type section.
    types: Vec<(Vec<wasmparser::ValType>, Vec<wasmparser::ValType>)>,
    /// Type index of each defined function, in code-section order.
    func_types: Vec<u32>,
    /// Type indices appended: `vmdiff_exhausted`, `vmdiff_charge_bulk`, then one `[] -> results`
    /// per multi-result function type with parameters (for the body's wrapper block).
    exhausted_type: u32,
    charge_bulk_type: u32,
    wrapper_types: Vec<(u32, u32)>,
    has_type_section: bool,
    types_done: bool,
    code_index: usize,
}

impl<'a> InlineInstrumenter<'a> {
    /// Instruments a normalised module (which always has an import section: `env.memory`).
    pub fn run(
        wasm: &[u8],
        analysis: &'a AnalysisOutcome,
        profile: &Profile,
        metering: Metering,
    ) -> Result<Vec<u8>, String> {
        check_fees_fit(analysis)?;
        let mut instrumenter = InlineInstrumenter::scan(wasm, analysis, profile, metering)
            .map_err(|e| e.to_string())?;
        let mut module = wasm_encoder::Module::new();
        instrumenter
            .parse_core_module(&mut module, Parser::new(0), wasm)
            .map_err(|e| format!("{e:?}"))?;
        Ok(module.finish())
    }

    fn scan(
        wasm: &[u8],
        analysis: &'a AnalysisOutcome,
        profile: &Profile,
        metering: Metering,
    ) -> Result<Self, wasmparser::BinaryReaderError> {
        let ModuleTypes {
            types,
            defined: func_types,
            has_type_section,
        } = ModuleTypes::scan(wasm)?;
        let base = types.len() as u32;
        let wrapper_types = types
            .iter()
            .enumerate()
            .filter(|(_, (params, results))| results.len() > 1 && !params.is_empty())
            .enumerate()
            .map(|(n, (ty, _))| (ty as u32, base + 2 + n as u32))
            .collect();
        let (added_funcs, added_globals, gas_global, stack_global) = match metering {
            Metering::InlineGlobal => (1, 2, 0, 1),
            Metering::EngineFuel(_) => (2, 1, u32::MAX, 0),
        };
        Ok(InlineInstrumenter {
            analysis,
            metering,
            max_stack: profile.max_stack_height,
            added_funcs,
            added_globals,
            gas_global,
            stack_global,
            types,
            func_types,
            exhausted_type: base,
            charge_bulk_type: base + 1,
            wrapper_types,
            has_type_section,
            types_done: false,
            code_index: 0,
        })
    }

    fn append_types(&mut self, section: &mut TypeSection) -> Result<(), reencode::Error<String>> {
        section.ty().function([ValType::I32, ValType::I64], []);
        section
            .ty()
            .function([ValType::I32, ValType::I64, ValType::I64], [ValType::I32]);
        for (original, _) in self.wrapper_types.clone() {
            let original_results = self.types[original as usize].1.clone();
            let results: Vec<ValType> = original_results
                .into_iter()
                .map(|ty| self.val_type(ty))
                .collect::<Result<_, _>>()?;
            section.ty().function([], results);
        }
        self.types_done = true;
        Ok(())
    }

    fn wrapper_block_type(
        &mut self,
        type_index: u32,
    ) -> Result<BlockType, reencode::Error<String>> {
        let (params, results) = self.types[type_index as usize].clone();
        Ok(match results.as_slice() {
            [] => BlockType::Empty,
            [one] => BlockType::Result(self.val_type(*one)?),
            _ if params.is_empty() => BlockType::FunctionType(type_index),
            _ => {
                let wrapper = self
                    .wrapper_types
                    .iter()
                    .find(|(t, _)| *t == type_index)
                    .map(|(_, w)| *w);
                BlockType::FunctionType(
                    wrapper.expect("every multi-result type with params has a wrapper type"),
                )
            }
        })
    }

    /// `if counter < amount { exhausted(kind, amount) } else { counter -= amount }`.
    fn emit_checked_decrement(f: &mut Function, global: u32, amount: Amount, kind: i32) {
        let push_amount = |f: &mut Function| {
            f.instruction(&match amount {
                Amount::Const(c) => Instruction::I64Const(c as i64),
                Amount::Local(l) => Instruction::LocalGet(l),
            });
        };
        f.instruction(&Instruction::GlobalGet(global));
        push_amount(f);
        f.instruction(&Instruction::I64LtU);
        f.instruction(&Instruction::If(BlockType::Empty));
        f.instruction(&Instruction::I32Const(kind));
        push_amount(f);
        f.instruction(&Instruction::Call(EXHAUSTED_FN_INDEX));
        f.instruction(&Instruction::Unreachable);
        f.instruction(&Instruction::Else);
        f.instruction(&Instruction::GlobalGet(global));
        push_amount(f);
        f.instruction(&Instruction::I64Sub);
        f.instruction(&Instruction::GlobalSet(global));
        f.instruction(&Instruction::End);
    }

    /// `vmdiff_charge_bulk(count, linear, constant)` on the count at the top of the stack, which
    /// it returns.
    fn emit_host_charge(f: &mut Function, linear: u64, constant: u64) {
        f.instruction(&Instruction::I64Const(linear as i64));
        f.instruction(&Instruction::I64Const(constant as i64));
        f.instruction(&Instruction::Call(CHARGE_BULK_FN_INDEX));
    }

    /// Under `fuel`, a grow's fee goes to the host right before it (its delta is on top of the
    /// stack). finite-wasm's charge points count it in the block's constant, which `fuel` does
    /// not use: the engine charges the rest of the block itself.
    fn emit_grow_charge(&self, f: &mut Function, op: &Operator) {
        let Metering::EngineFuel(costs) = self.metering else {
            return;
        };
        let name = match op {
            Operator::MemoryGrow { .. } => "MemoryGrow",
            Operator::TableGrow { .. } => "TableGrow",
            _ => return,
        };
        let fee = costs.fee(name);
        if fee != Fee::ZERO {
            Self::emit_host_charge(f, fee.linear, fee.constant);
        }
    }

    fn emit_unstack(&self, f: &mut Function, total: u64) {
        f.instruction(&Instruction::GlobalGet(self.stack_global));
        f.instruction(&Instruction::I64Const(total as i64));
        f.instruction(&Instruction::I64Add);
        f.instruction(&Instruction::GlobalSet(self.stack_global));
    }

    /// The code at one of finite-wasm's charge points. `count_local`/`fee_local` are scratch
    /// locals of the function (used for bulk fees only).
    fn emit_charge(
        &self,
        f: &mut Function,
        kind: &InstrumentationKind,
        fee: Fee,
        count_local: u32,
        fee_local: u32,
    ) {
        if matches!(kind, InstrumentationKind::Unreachable) || fee == Fee::ZERO {
            return; // finite-wasm emits nothing here either
        }
        match (self.metering, fee.linear) {
            (Metering::InlineGlobal, 0) => Self::emit_checked_decrement(
                f,
                self.gas_global,
                Amount::Const(fee.constant),
                EXHAUSTED_GAS,
            ),
            (Metering::InlineGlobal, linear) => {
                // The count is the bulk operator's last operand: keep it, charge, put it back.
                f.instruction(&Instruction::LocalTee(count_local));
                f.instruction(&Instruction::I64ExtendI32U);
                f.instruction(&Instruction::I64Const(linear as i64));
                f.instruction(&Instruction::I64Mul);
                f.instruction(&Instruction::I64Const(fee.constant as i64));
                f.instruction(&Instruction::I64Add);
                f.instruction(&Instruction::LocalSet(fee_local));
                Self::emit_checked_decrement(
                    f,
                    self.gas_global,
                    Amount::Local(fee_local),
                    EXHAUSTED_GAS,
                );
                f.instruction(&Instruction::LocalGet(count_local));
            }
            (Metering::EngineFuel(_), 0) => {} // the engine charges constant fees itself
            (Metering::EngineFuel(_), linear) => {
                // The operator's own constant too: the engine charges it nothing.
                Self::emit_host_charge(f, linear, fee.constant);
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Amount {
    Const(u64),
    Local(u32),
}

/// Refuses fees whose inline arithmetic could wrap for a 32-bit count.
fn check_fees_fit(analysis: &AnalysisOutcome) -> Result<(), String> {
    for costs in &analysis.gas_costs {
        for fee in costs.iter() {
            let fee = Fee {
                constant: fee.constant,
                linear: fee.linear,
            };
            if fee.total(u64::from(u32::MAX)).is_none() || fee.constant > i64::MAX as u64 {
                return Err(format!("fee {fee:?} is too large for inline arithmetic"));
            }
        }
    }
    Ok(())
}

impl Reencode for InlineInstrumenter<'_> {
    type Error = String;

    fn function_index(&mut self, func: u32) -> Result<u32, reencode::Error<Self::Error>> {
        Ok(func + self.added_funcs)
    }

    fn global_index(&mut self, global: u32) -> Result<u32, reencode::Error<Self::Error>> {
        Ok(global + self.added_globals)
    }

    fn parse_type_section(
        &mut self,
        types: &mut TypeSection,
        section: wasmparser::TypeSectionReader<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        reencode::utils::parse_type_section(self, types, section)?;
        self.append_types(types)
    }

    fn intersperse_section_hook(
        &mut self,
        module: &mut wasm_encoder::Module,
        _after: Option<SectionId>,
        before: Option<SectionId>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        if !self.has_type_section && !self.types_done && due_before(1, before) {
            let mut types = TypeSection::new();
            self.append_types(&mut types)?;
            module.section(&types);
        }
        Ok(())
    }

    fn parse_import_section(
        &mut self,
        imports: &mut ImportSection,
        section: wasmparser::ImportSectionReader<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        imports.import(
            "env",
            EXHAUSTED_FN,
            EntityType::Function(self.exhausted_type),
        );
        if matches!(self.metering, Metering::EngineFuel(_)) {
            imports.import(
                "env",
                CHARGE_BULK_FN,
                EntityType::Function(self.charge_bulk_type),
            );
        }
        let counter = EntityType::Global(GlobalType {
            val_type: ValType::I64,
            mutable: true,
            shared: false,
        });
        if self.metering == Metering::InlineGlobal {
            imports.import("env", GAS_GLOBAL, counter);
        }
        imports.import("env", STACK_GLOBAL, counter);
        reencode::utils::parse_import_section(self, imports, section)
    }

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: wasmparser::FunctionBody<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        let index = self.code_index;
        self.code_index += 1;
        let missing = || {
            reencode::Error::UserError(format!(
                "finite-wasm's analysis has no entry for function {index}"
            ))
        };
        let type_index = *self.func_types.get(index).ok_or_else(missing)?;
        let params = self.types[type_index as usize].0.len() as u32;
        let mut locals = Vec::new();
        let mut local_count = params;
        for pair in func.get_locals_reader()? {
            let (count, ty) = pair?;
            local_count += count;
            locals.push((count, self.val_type(ty)?));
        }
        let (count_local, fee_local) = (local_count, local_count + 1);
        locals.push((1, ValType::I32));
        locals.push((1, ValType::I64));
        let mut f = Function::new(locals);

        let analysis = self.analysis;
        let offsets = analysis.gas_offsets.get(index).ok_or_else(missing)?;
        let costs = analysis.gas_costs.get(index).ok_or_else(missing)?;
        let kinds = analysis.gas_kinds.get(index).ok_or_else(missing)?;
        let operand_stack = *analysis
            .function_operand_stack_sizes
            .get(index)
            .ok_or_else(missing)?;
        let frame = *analysis
            .function_frame_sizes
            .get(index)
            .ok_or_else(missing)?;
        // Same condition as finite-wasm's instrumentation; an overflowing size always exhausts.
        let instrument_stack = operand_stack != 0 || frame != 0;
        let stack_total = operand_stack.checked_add(frame).unwrap_or(u64::MAX);
        if instrument_stack {
            let block_type = self.wrapper_block_type(type_index)?;
            f.instruction(&Instruction::Block(block_type));
            if stack_total > self.max_stack {
                f.instruction(&Instruction::I32Const(EXHAUSTED_STACK));
                f.instruction(&Instruction::I64Const(stack_total as i64));
                f.instruction(&Instruction::Call(EXHAUSTED_FN_INDEX));
                f.instruction(&Instruction::Unreachable);
            } else {
                Self::emit_checked_decrement(
                    &mut f,
                    self.stack_global,
                    Amount::Const(stack_total),
                    EXHAUSTED_STACK,
                );
            }
        }

        let mut points = offsets
            .iter()
            .zip(costs.iter())
            .zip(kinds.iter())
            .peekable();
        let mut reader = func.get_operators_reader()?;
        while !reader.eof() {
            let offset = reader.original_position() as usize;
            let op = reader.read()?;
            while let Some(((_, fee), kind)) = points.next_if(|((o, _), _)| **o == offset) {
                let fee = Fee {
                    constant: fee.constant,
                    linear: fee.linear,
                };
                self.emit_charge(&mut f, kind, fee, count_local, fee_local);
            }
            match op {
                Operator::Return => {
                    if instrument_stack {
                        self.emit_unstack(&mut f, stack_total);
                    }
                    f.instruction(&Instruction::Return);
                }
                Operator::End if reader.eof() => {
                    if instrument_stack {
                        f.instruction(&Instruction::End);
                        self.emit_unstack(&mut f, stack_total);
                    }
                    f.instruction(&Instruction::End);
                }
                other => {
                    self.emit_grow_charge(&mut f, &other);
                    let instruction = self.instruction(other)?;
                    f.instruction(&instruction);
                }
            }
        }
        code.function(&f);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cost::{CostTable, FiniteWasmCosts};
    use crate::prepare::{normalise, StackSizes};

    fn instrument(wat: &str, metering: Metering) -> String {
        let profile = Profile::default();
        let wasm = normalise(&profile, &wat::parse_str(wat).unwrap()).unwrap();
        let analysis = finite_wasm::Analysis::new()
            .with_stack(StackSizes)
            .with_gas(FiniteWasmCosts(CostTable::default()))
            .analyze(&wasm)
            .unwrap();
        let out = InlineInstrumenter::run(&wasm, &analysis, &profile, metering).unwrap();
        wasmparser::Validator::new_with_features(profile.features())
            .validate_all(&out)
            .unwrap_or_else(|e| panic!("invalid output: {e}\n{}", crate::prepare::to_wat(&out)));
        crate::prepare::to_wat(&out).into_owned()
    }

    #[test]
    fn global_scheme_decrements_inline_and_shifts_indices() {
        let wat = instrument(
            r#"(module (global $g (mut i32) (i32.const 0))
                 (func $f (export "f") (param i32) (result i32)
                   local.get 0 global.set $g global.get $g call $h)
                 (func $h (param i32) (result i32) local.get 0))"#,
            Metering::InlineGlobal,
        );
        assert!(
            wat.contains(r#"(import "env" "vmdiff_gas" (global (;0;) (mut i64)))"#),
            "{wat}"
        );
        assert!(
            wat.contains("global.set 2"),
            "the module's global moved after the two counters:\n{wat}"
        );
        assert!(
            wat.contains("call 2"),
            "the module's functions moved after the exhausted import:\n{wat}"
        );
        assert!(wat.contains("i64.lt_u"), "{wat}");
    }

    #[test]
    fn fuel_scheme_charges_bulk_and_grow_fees_through_the_host() {
        let wat = instrument(
            r#"(module (memory 1) (func (export "f") (param i32) (result i32)
                 i32.const 0 i32.const 0 local.get 0 memory.fill
                 local.get 0 memory.grow))"#,
            Metering::EngineFuel(CostTable::default()),
        );
        // (count, linear 1, constant 1) for the fill, (delta, linear 0, constant 1) for the
        // grow: the engine charges neither operator anything (`engine_fuel_cost`).
        let code: Vec<&str> = wat.lines().map(str::trim).collect();
        let code = code.join(" ");
        let fill = "i64.const 1 i64.const 1 call 1 memory.fill";
        let grow = "i64.const 0 i64.const 1 call 1 memory.grow";
        assert!(code.contains(fill), "the fill's whole fee:\n{wat}");
        assert!(code.contains(grow), "the grow's fee:\n{wat}");
        assert!(!wat.contains("vmdiff_gas"), "{wat}");
        let costs = CostTable::default();
        assert_eq!(costs.engine_fuel_cost("MemoryFill"), 0);
        assert_eq!(costs.engine_fuel_cost("MemoryGrow"), 0);
    }

    #[test]
    fn multi_value_functions_get_a_wrapper_type() {
        let profile = Profile {
            multi_value: true,
            ..Profile::default()
        };
        let wasm = normalise(
            &profile,
            &wat::parse_str(r#"(module (func (export "f") (param i32) (result i32 i64) local.get 0 i64.const 1))"#)
                .unwrap(),
        )
        .unwrap();
        let analysis = finite_wasm::Analysis::new()
            .with_stack(StackSizes)
            .with_gas(FiniteWasmCosts(CostTable::default()))
            .analyze(&wasm)
            .unwrap();
        let out =
            InlineInstrumenter::run(&wasm, &analysis, &profile, Metering::InlineGlobal).unwrap();
        wasmparser::Validator::new_with_features(profile.features())
            .validate_all(&out)
            .unwrap();
    }
}
