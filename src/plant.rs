//! Test builds only (`--features planted-divergence`): engine bugs planted on purpose, to
//! measure how fast the fuzzers find a bug of each kind (`examples/detection.rs`) and to prove
//! that they do (tests/planted_campaign.rs).
//!
//! A planted bug rewrites the module one backend compiles, after preparation, so that one
//! operator computes a wrong value the way a compiler bug would: for every use (a wrong
//! operator), for one edge of its inputs, for one pair of edge values, or only when both
//! operands are constants (a constant-folding bug). Configs under `fuel` are left alone: the
//! rewrite adds instructions, and fuel would count them, which no real compiler bug does.
//!
//! `VMDIFF_PLANT` chooses: unset, the build's default plants (Winch's odd integer results and
//! near-wasmtime's extra gas, [`default_plants`]); `none`, nothing; a bug's name, that bug
//! alone. [`activate`] changes it within a process.
//!
//! Two more live in NEAR's host-call path: near-wasmtime burns one gas more at each call that
//! reached a host function (`near-wasmtime-host-call-gas`), and near-wasmtime's
//! `read_register` leaves the first byte of what it reads unwritten
//! (`near-wasmtime-read-register-drops-byte`, [`ReadRegisterPlanter`]).

use crate::backend::BackendName;
use crate::scheme::SchemeName;
use crate::wasm::ModuleTypes;
use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_encoder::reencode::{self, Reencode};
use wasm_encoder::{Function, Instruction as I, ValType};
use wasmparser::{Operator, Parser};

/// One planted engine bug.
#[derive(Debug)]
pub struct PlantedBug {
    pub name: &'static str,
    pub backend: BackendName,
    /// How often random inputs meet it: `operator` (most uses of the operator), `edge` (one
    /// edge of one operand), `pair` (one pair of edge values), `folding` (constant operands).
    pub kind: &'static str,
    pub what: &'static str,
    /// The operator it breaks, and what replaces it (a sequence over scratch locals).
    breaks: fn(&Operator) -> bool,
    replace: fn(&Scratch, &mut Function),
}

/// The catalog. Common and rare kinds in each of singlepass, Winch and Cranelift-none.
pub static BUGS: &[PlantedBug] = &[
    PlantedBug {
        name: "singlepass-i32-rotl-as-rotr",
        backend: BackendName::SINGLEPASS,
        kind: "operator",
        what: "i32.rotl rotates right",
        breaks: |op| matches!(op, Operator::I32Rotl),
        replace: |_, f| {
            f.instruction(&I::I32Rotr);
        },
    },
    PlantedBug {
        name: "winch-i32-extend8-s-unsigned",
        backend: BackendName::WINCH,
        kind: "operator",
        what: "i32.extend8_s zero-extends",
        breaks: |op| matches!(op, Operator::I32Extend8S),
        replace: |_, f| {
            f.instruction(&I::I32Const(0xff)).instruction(&I::I32And);
        },
    },
    PlantedBug {
        name: "winch-i64-shr-u-count-63",
        backend: BackendName::WINCH,
        kind: "edge",
        what: "i64.shr_u by 63 (mod 64) gives 0",
        breaks: |op| matches!(op, Operator::I64ShrU),
        replace: |s, f| {
            // select(0, x >> c, (c & 63) == 63)
            for i in [
                I::LocalSet(s.i64[1]),
                I::LocalSet(s.i64[0]),
                I::I64Const(0),
                I::LocalGet(s.i64[0]),
                I::LocalGet(s.i64[1]),
                I::I64ShrU,
                I::LocalGet(s.i64[1]),
                I::I64Const(63),
                I::I64And,
                I::I64Const(63),
                I::I64Eq,
                I::Select,
            ] {
                f.instruction(&i);
            }
        },
    },
    PlantedBug {
        name: "singlepass-f64-min-negative-zero",
        backend: BackendName::SINGLEPASS,
        kind: "edge",
        what: "f64.min returns +0 where the answer is -0",
        breaks: |op| matches!(op, Operator::F64Min),
        replace: |s, f| {
            // r = min(a, b); select(+0, r, r == 0)
            for i in [
                I::F64Min,
                I::LocalSet(s.f64[0]),
                I::F64Const(0.0f64.into()),
                I::LocalGet(s.f64[0]),
                I::LocalGet(s.f64[0]),
                I::F64Const(0.0f64.into()),
                I::F64Eq,
                I::Select,
            ] {
                f.instruction(&i);
            }
        },
    },
    PlantedBug {
        name: "cranelift-none-i32-div-u-one-pair",
        backend: BackendName::CRANELIFT_NONE,
        kind: "pair",
        what: "i32.div_u(0xffffffff, 0x80000000) gives 0",
        breaks: |op| matches!(op, Operator::I32DivU),
        replace: |s, f| {
            // a / b - (a == -1 & b == 0x80000000)
            for i in [
                I::LocalSet(s.i32[1]),
                I::LocalSet(s.i32[0]),
                I::LocalGet(s.i32[0]),
                I::LocalGet(s.i32[1]),
                I::I32DivU,
                I::LocalGet(s.i32[0]),
                I::I32Const(-1),
                I::I32Eq,
                I::LocalGet(s.i32[1]),
                I::I32Const(i32::MIN),
                I::I32Eq,
                I::I32And,
                I::I32Sub,
            ] {
                f.instruction(&i);
            }
        },
    },
    PlantedBug {
        name: "singlepass-fold-i64-shl-unmasked",
        backend: BackendName::SINGLEPASS,
        kind: "folding",
        what: "i64.shl of two constants folds a count of 64 or more to 0 (no mask)",
        // Recognised by the rewriter, which sees the two constants before it.
        breaks: |_| false,
        replace: |_, _| {},
    },
];

const UNSET: usize = usize::MAX;
const DEFAULT: usize = usize::MAX - 1;
const NOTHING: usize = usize::MAX - 2;
const HARNESS_PREPARE_DEFECT: usize = usize::MAX - 3;
const HARNESS_PANIC: usize = usize::MAX - 4;
const NEAR_HOST_CALL_GAS: usize = usize::MAX - 5;
const NEAR_READ_REGISTER_DROPS_BYTE: usize = usize::MAX - 6;
static CHOICE: AtomicUsize = AtomicUsize::new(UNSET);

/// What is planted now.
#[derive(Clone, Copy, Debug)]
pub enum Choice {
    /// The build's default plants ([`default_plants`]).
    Default,
    Nothing,
    Bug(&'static PlantedBug),
    /// A defect of the harness rather than of an engine, for the crash path: every accepted
    /// module fails preparation (`harness-prepare-defect`), or running a case panics on every
    /// other module (`harness-panic`).
    HarnessPrepareDefect,
    HarnessPanic,
    /// NEAR's wasmtime runner's gas sync off by one: each call that reached a host function
    /// burns one gas more (`near-wasmtime-host-call-gas`), as a `call_hook` that charged one
    /// unit at a host call would.
    NearHostCallGas,
    /// NEAR's wasmtime runner's `read_register` leaves the first byte of the register's
    /// content unwritten (`near-wasmtime-read-register-drops-byte`), as a memory API that
    /// copied from the wrong offset would.
    NearReadRegisterDropsByte,
}

impl std::str::FromStr for Choice {
    type Err = String;

    fn from_str(name: &str) -> Result<Choice, String> {
        match name {
            "" | "default" => Ok(Choice::Default),
            "none" => Ok(Choice::Nothing),
            "harness-prepare-defect" => Ok(Choice::HarnessPrepareDefect),
            "harness-panic" => Ok(Choice::HarnessPanic),
            "near-wasmtime-host-call-gas" => Ok(Choice::NearHostCallGas),
            "near-wasmtime-read-register-drops-byte" => Ok(Choice::NearReadRegisterDropsByte),
            _ => BUGS
                .iter()
                .find(|b| b.name == name)
                .map(Choice::Bug)
                .ok_or_else(|| {
                    let names: Vec<&str> = BUGS.iter().map(|b| b.name).collect();
                    format!(
                        "no planted bug `{name}` (default, none, harness-prepare-defect, \
                         harness-panic, near-wasmtime-host-call-gas, \
                         near-wasmtime-read-register-drops-byte, {})",
                        names.join(", ")
                    )
                }),
        }
    }
}

pub fn activate(choice: Choice) {
    let index = match choice {
        Choice::Default => DEFAULT,
        Choice::Nothing => NOTHING,
        Choice::HarnessPrepareDefect => HARNESS_PREPARE_DEFECT,
        Choice::HarnessPanic => HARNESS_PANIC,
        Choice::NearHostCallGas => NEAR_HOST_CALL_GAS,
        Choice::NearReadRegisterDropsByte => NEAR_READ_REGISTER_DROPS_BYTE,
        Choice::Bug(bug) => BUGS
            .iter()
            .position(|b| std::ptr::eq(b, bug))
            .expect("a bug of the catalog"),
    };
    CHOICE.store(index, Ordering::SeqCst);
}

pub fn active() -> Choice {
    match CHOICE.load(Ordering::SeqCst) {
        UNSET => {
            let choice: Choice = std::env::var("VMDIFF_PLANT")
                .unwrap_or_default()
                .parse()
                .unwrap_or_else(|e| panic!("VMDIFF_PLANT: {e}"));
            activate(choice);
            choice
        }
        DEFAULT => Choice::Default,
        NOTHING => Choice::Nothing,
        HARNESS_PREPARE_DEFECT => Choice::HarnessPrepareDefect,
        HARNESS_PANIC => Choice::HarnessPanic,
        NEAR_HOST_CALL_GAS => Choice::NearHostCallGas,
        NEAR_READ_REGISTER_DROPS_BYTE => Choice::NearReadRegisterDropsByte,
        index => Choice::Bug(&BUGS[index]),
    }
}

/// `near-wasmtime-host-call-gas`: whether it is planted.
pub fn near_host_call_gas() -> bool {
    matches!(active(), Choice::NearHostCallGas)
}

/// `harness-prepare-defect`: preparation's answer for an accepted module, a defect.
pub fn planted_prepare_defect() -> Option<String> {
    matches!(active(), Choice::HarnessPrepareDefect)
        .then(|| "planted preparation defect (VMDIFF_PLANT=harness-prepare-defect)".into())
}

/// `harness-panic`: panics on every module whose first hash byte is even, as a harness or
/// engine defect would, mid-case.
pub fn maybe_panic(wasm: &[u8]) {
    if matches!(active(), Choice::HarnessPanic)
        && crate::fs::short_hash(wasm).as_bytes()[0] % 2 == 0
    {
        panic!("planted panic (VMDIFF_PLANT=harness-panic)");
    }
}

/// Whether the build's original plants (Winch's odd results, near-wasmtime's extra gas) apply.
pub fn default_plants() -> bool {
    matches!(active(), Choice::Default)
}

/// The module `backend` compiles under `scheme`: with the active bug planted, if it is that
/// backend's.
pub fn apply<'a>(backend: BackendName, scheme: SchemeName, wasm: &'a [u8]) -> Cow<'a, [u8]> {
    let bug = match active() {
        Choice::Bug(bug) => bug,
        Choice::NearReadRegisterDropsByte if scheme == SchemeName::Near => {
            let drops = backend == BackendName::NEAR_WASMTIME;
            return match plant_read_register(wasm, drops) {
                Ok(Some(planted)) => Cow::Owned(planted),
                _ => Cow::Borrowed(wasm),
            };
        }
        _ => return Cow::Borrowed(wasm),
    };
    if bug.backend != backend || scheme == SchemeName::Fuel {
        return Cow::Borrowed(wasm);
    }
    match plant(bug, wasm) {
        Ok(planted) => Cow::Owned(planted),
        // A module the rewriter cannot read is left as it is: the engine will say why.
        Err(_) => Cow::Borrowed(wasm),
    }
}

/// Scratch locals a replacement may use: two of each type, after every declared local.
pub struct Scratch {
    i32: [u32; 2],
    i64: [u32; 2],
    f64: [u32; 2],
}

struct Planter {
    bug: &'static PlantedBug,
    types: ModuleTypes,
    next_function: usize,
}

fn plant(bug: &'static PlantedBug, wasm: &[u8]) -> Result<Vec<u8>, String> {
    let types = ModuleTypes::scan(wasm).map_err(|e| e.to_string())?;
    let mut planter = Planter {
        bug,
        types,
        next_function: 0,
    };
    let mut module = wasm_encoder::Module::new();
    planter
        .parse_core_module(&mut module, Parser::new(0), wasm)
        .map_err(|e| format!("{e:?}"))?;
    Ok(module.finish())
}

impl Reencode for Planter {
    type Error = String;

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: wasmparser::FunctionBody<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        let params = self.types.defined_params(self.next_function);
        self.next_function += 1;
        let scratch_locals = [(2, ValType::I32), (2, ValType::I64), (2, ValType::F64)];
        let (mut f, first) =
            crate::wasm::function_with_scratch(self, params, &func, &scratch_locals)?;
        let scratch = Scratch {
            i32: [first, first + 1],
            i64: [first + 2, first + 3],
            f64: [first + 4, first + 5],
        };
        let mut reader = func.get_operators_reader()?;
        // The two operators before this one, for the folding bug.
        let mut recent: [Option<i64>; 2] = [None, None];
        while !reader.eof() {
            let op = reader.read()?;
            if self.bug.kind == "folding" && matches!(op, Operator::I64Shl) {
                if let [Some(value), Some(count)] = recent {
                    // What an unmasked fold computes: the constants are already pushed.
                    let folded = u32::try_from(count)
                        .ok()
                        .and_then(|c| value.checked_shl(c))
                        .unwrap_or(0);
                    f.instruction(&I::Drop);
                    f.instruction(&I::Drop);
                    f.instruction(&I::I64Const(folded));
                    recent = [None, None];
                    continue;
                }
            }
            recent = [
                recent[1],
                match op {
                    Operator::I64Const { value } => Some(value),
                    _ => None,
                },
            ];
            if (self.bug.breaks)(&op) {
                (self.bug.replace)(&scratch, &mut f);
            } else {
                f.instruction(&self.instruction(op)?);
            }
        }
        code.function(&f);
        Ok(())
    }
}

/// `near-wasmtime-read-register-drops-byte`: every `call read_register` becomes the same call
/// between a load and a store of the byte at its pointer. On near-wasmtime (`drops`) the byte
/// saved before the call is put back after it, so the register's first byte never lands; on
/// near-vm the byte the call wrote is stored back, which changes nothing. The two sequences
/// differ in one constant, so both runtimes charge them the same gas: the bug shows only where
/// a contract reads what the register put in memory. Pointers past NEAR's initial
/// 64 MiB keep their byte at address 0 instead, so that the load never traps. `None`: the
/// module does not import `read_register`.
fn plant_read_register(wasm: &[u8], drops: bool) -> Result<Option<Vec<u8>>, String> {
    let (mut read_register, mut has_memory) = (None, false);
    let mut imported = 0u32;
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| e.to_string())? {
            wasmparser::Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    let import = import.map_err(|e| e.to_string())?;
                    match import.ty {
                        wasmparser::TypeRef::Func(_) => {
                            if import.module == "env" && import.name == "read_register" {
                                read_register = Some(imported);
                            }
                            imported += 1;
                        }
                        wasmparser::TypeRef::Memory(_) => has_memory = true,
                        _ => {}
                    }
                }
            }
            wasmparser::Payload::MemorySection(reader) => has_memory |= reader.count() > 0,
            _ => {}
        }
    }
    // Without a memory of its own (NEAR adds one) the planted loads would not validate.
    let (Some(read_register), true) = (read_register, has_memory) else {
        return Ok(None);
    };
    let mut planter = ReadRegisterPlanter {
        types: ModuleTypes::scan(wasm).map_err(|e| e.to_string())?,
        next_function: 0,
        read_register,
        drops,
    };
    let mut module = wasm_encoder::Module::new();
    planter
        .parse_core_module(&mut module, Parser::new(0), wasm)
        .map_err(|e| format!("{e:?}"))?;
    Ok(Some(module.finish()))
}

/// The rewriter of [`plant_read_register`].
struct ReadRegisterPlanter {
    types: ModuleTypes,
    next_function: usize,
    read_register: u32,
    drops: bool,
}

impl Reencode for ReadRegisterPlanter {
    type Error = String;

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: wasmparser::FunctionBody<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        let params = self.types.defined_params(self.next_function);
        self.next_function += 1;
        let scratch_locals = [(2, ValType::I64), (1, ValType::I32)];
        let (mut f, first) =
            crate::wasm::function_with_scratch(self, params, &func, &scratch_locals)?;
        let (register, pointer, byte) = (first, first + 1, first + 2);
        // The address whose byte is saved: the pointer, or 0 past NEAR's initial memory.
        let address = [
            I::LocalGet(pointer),
            I::I64Const(0),
            I::LocalGet(pointer),
            I::I64Const(1 << 26),
            I::I64LtU,
            I::Select,
            I::I32WrapI64,
        ];
        let call = [
            I::LocalGet(register),
            I::LocalGet(pointer),
            I::Call(self.read_register),
        ];
        let mut reader = func.get_operators_reader()?;
        while !reader.eof() {
            let op = reader.read()?;
            if !matches!(op, Operator::Call { function_index } if function_index == self.read_register)
            {
                f.instruction(&self.instruction(op)?);
                continue;
            }
            // Stack: register, pointer. The byte at the address is saved before the call;
            // after it, the byte now there (near-vm) or the saved one (near-wasmtime) is
            // stored back. Only a constant differs, so every metering charges both alike.
            let mut sequence = vec![I::LocalSet(pointer), I::LocalSet(register)];
            sequence.extend(address.iter().cloned());
            sequence.extend(address.iter().cloned());
            sequence.extend([I::I32Load8U(crate::wasm::memarg(0, 0)), I::LocalSet(byte)]);
            sequence.extend(call.iter().cloned());
            sequence.extend(address.iter().cloned());
            sequence.extend([
                I::I32Load8U(crate::wasm::memarg(0, 0)),
                I::LocalGet(byte),
                I::I32Const(i32::from(!self.drops)),
                I::Select,
                I::I32Store8(crate::wasm::memarg(0, 0)),
            ]);
            for instruction in &sequence {
                f.instruction(instruction);
            }
        }
        code.function(&f);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bug(name: &str) -> &'static PlantedBug {
        match name.parse().unwrap() {
            Choice::Bug(bug) => bug,
            other => panic!("{other:?}"),
        }
    }

    /// Runs `f(a, b)` of `wat` in wasmtime, plain and with `bug` planted.
    fn both(bug: &'static PlantedBug, wat: &str, args: &[wasmtime::Val]) -> (String, String) {
        let wasm = wat::parse_str(wat).unwrap();
        let planted = plant(bug, &wasm).unwrap();
        let run = |bytes: &[u8]| {
            let engine = wasmtime::Engine::default();
            let module = wasmtime::Module::new(&engine, bytes).unwrap();
            let mut store = wasmtime::Store::new(&engine, ());
            let instance = wasmtime::Instance::new(&mut store, &module, &[]).unwrap();
            let f = instance.get_func(&mut store, "f").unwrap();
            let mut out = [wasmtime::Val::I64(0)];
            match f.call(&mut store, args, &mut out) {
                Ok(()) => format!("{:?}", out[0]),
                Err(e) => format!("trap {e}"),
            }
        };
        (run(&wasm), run(&planted))
    }

    #[test]
    fn the_read_register_plant_differs_between_the_runtimes_in_one_constant_only() {
        let wasm = wat::parse_str(
            r#"(module (import "env" "read_register" (func $r (param i64 i64)))
                 (memory 1)
                 (func (export "main") (call $r (i64.const 0) (i64.const 8))))"#,
        )
        .unwrap();
        let drops = plant_read_register(&wasm, true).unwrap().unwrap();
        let keeps = plant_read_register(&wasm, false).unwrap().unwrap();
        wasmparser::Validator::new().validate_all(&drops).unwrap();
        assert_eq!(drops.len(), keeps.len());
        let differing: Vec<(u8, u8)> = drops
            .iter()
            .zip(&keeps)
            .filter(|(a, b)| a != b)
            .map(|(a, b)| (*a, *b))
            .collect();
        // `i32.const 0` against `i32.const 1`: the same operators, so the same gas anywhere.
        assert_eq!(differing, [(0, 1)]);
        let without = wat::parse_str("(module (memory 1) (func (export \"main\")))").unwrap();
        assert_eq!(plant_read_register(&without, true).unwrap(), None);
    }

    #[test]
    fn each_bug_changes_only_its_trigger() {
        use wasmtime::Val::{F64, I32, I64};
        let div = "(module (func (export \"f\") (param i32 i32) (result i64)
                     local.get 0 local.get 1 i32.div_u i64.extend_i32_u))";
        let pair = bug("cranelift-none-i32-div-u-one-pair");
        let (plain, planted) = both(pair, div, &[I32(-1), I32(i32::MIN)]);
        assert_ne!(plain, planted, "the pair is wrong");
        for (a, b) in [(-1, i32::MIN + 1), (-2, i32::MIN), (7, 2)] {
            let (plain, planted) = both(pair, div, &[I32(a), I32(b)]);
            assert_eq!(plain, planted, "only the pair: {a} {b}");
        }
        let (plain, planted) = both(pair, div, &[I32(1), I32(0)]);
        assert!(plain.starts_with("trap") && planted.starts_with("trap"));

        let shr = "(module (func (export \"f\") (param i64 i64) (result i64)
                     local.get 0 local.get 1 i64.shr_u))";
        let edge = bug("winch-i64-shr-u-count-63");
        assert_ne!(
            both(edge, shr, &[I64(-1), I64(63)]).0,
            both(edge, shr, &[I64(-1), I64(63)]).1
        );
        let (plain, planted) = both(edge, shr, &[I64(-1), I64(62)]);
        assert_eq!(plain, planted);

        let min = "(module (func (export \"f\") (param f64 f64) (result i64)
                     local.get 0 local.get 1 f64.min i64.reinterpret_f64))";
        let zero = bug("singlepass-f64-min-negative-zero");
        let (plain, planted) = both(zero, min, &[F64((-0.0f64).to_bits()), F64(0)]);
        assert_ne!(plain, planted);
        let (plain, planted) = both(zero, min, &[F64(1.5f64.to_bits()), F64(2.5f64.to_bits())]);
        assert_eq!(plain, planted);

        let fold = bug("singlepass-fold-i64-shl-unmasked");
        let consts = "(module (func (export \"f\") (result i64) i64.const 3 i64.const 65 i64.shl))";
        let (plain, planted) = both(fold, consts, &[]);
        assert_eq!(plain, "I64(6)");
        assert_eq!(planted, "I64(0)");
        let params = "(module (func (export \"f\") (param i64 i64) (result i64)
                        local.get 0 local.get 1 i64.shl))";
        let (plain, planted) = both(fold, params, &[I64(3), I64(65)]);
        assert_eq!(
            plain, planted,
            "operands that are not constants are not folded"
        );
    }

    #[test]
    fn plants_apply_to_their_backend_outside_fuel_only() {
        let wasm = wat::parse_str(
            "(module (func (export \"f\") (param i32 i32) (result i32)
               local.get 0 local.get 1 i32.rotl))",
        )
        .unwrap();
        activate("singlepass-i32-rotl-as-rotr".parse().unwrap());
        assert!(matches!(
            apply(BackendName::SINGLEPASS, SchemeName::Host, &wasm),
            Cow::Owned(_)
        ));
        assert!(matches!(
            apply(BackendName::WINCH, SchemeName::Host, &wasm),
            Cow::Borrowed(_)
        ));
        assert!(matches!(
            apply(BackendName::SINGLEPASS, SchemeName::Fuel, &wasm),
            Cow::Borrowed(_)
        ));
        activate(Choice::Nothing);
        assert!(matches!(
            apply(BackendName::SINGLEPASS, SchemeName::Host, &wasm),
            Cow::Borrowed(_)
        ));
        assert!(!default_plants());
        activate(Choice::Default);
        assert!(default_plants());
        assert!("no-such-bug".parse::<Choice>().is_err());
    }
}
