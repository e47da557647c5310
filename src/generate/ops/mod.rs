//! The operator sweep: small modules whose exported probes apply in-profile operators —
//! numeric, conversion, memory and table, and control (`select`, `if`, `br_if`, `br_table`, `call`,
//! `call_indirect`) — alone and in short chains, to edge values (0, ±1, min, max, NaN payloads,
//! shift counts at and past the width, branch indices in and out of range, addresses at the
//! end of memory).
//!
//! Random modules rarely reach any one operator with a value that shows a wrong result;
//! wasmtime's fuzzing crate keeps a second generator for this (`single_inst_module.rs`).
//! This one goes further on the two axes that matter for compilers: every operand comes from a
//! constant (the constant-folding path), a parameter, a mutable global or a memory load (the
//! paths the compiler cannot fold), and results of one operator feed the next. Each probe folds
//! the result of every expression into an i64 it returns, so any wrong bit reaches the oracle.

use super::{GeneratedCase, PlannedCall};
use crate::outcome::Value;
use arbitrary::Unstructured;
use wasm_encoder::{
    BlockType, CodeSection, ConstExpr, DataCountSection, DataSection, ElementSection, Elements,
    ExportKind, ExportSection, Function, FunctionSection, GlobalSection, GlobalType, HeapType,
    Ieee32, Ieee64, Instruction as I, MemArg, MemArgTarget, MemorySection, MemoryType, Module,
    RefType, TableSection, TableType, TypeSection, ValType as V,
};

/// Exported probes per module, and expressions per probe.
const MAX_PROBES: usize = 8;
const MAX_EXPRESSIONS: usize = 12;
/// How deep operators nest (1 = an operator on leaves: the single-operator case).
const MAX_DEPTH: u32 = 3;
/// Exhaustive sweeps per module (each of one operator over every edge pair): cheap to run,
/// and what meets a bug behind one pair of values.
const SWEEPS: usize = 2;
/// Parameters a probe may take (the operands the compiler cannot see).
const MAX_PARAMS: usize = 6;

/// Where the data segment keeps each type's edge values (loads read them from here).
const DATA_I32: u32 = 0;
const DATA_I64: u32 = 256;
const DATA_F32: u32 = 512;
const DATA_F64: u32 = 768;
/// The scratch area stores and bulk operators write to (above the edge tables).
const SCRATCH: u32 = 1024;
/// The passive data segment `memory.init` copies from (segment index 4, after the edge tables).
const PASSIVE_DATA: &[u8] = b"vmdiff passive data segment: memory.init reads these 61 bytes";
const PASSIVE_DATA_SEGMENT: u32 = 4;
/// The table's size and the maximum `table.grow` may reach, and the passive element segment
/// `table.init` copies from (index 1: the identity functions, in reverse).
const TABLE_SIZE: i32 = 4;
const TABLE_MAX: i32 = 8;
const PASSIVE_ELEMENT_SEGMENT: u32 = 1;

mod sweep;
mod tables;

use tables::{
    edge, edges_of, loads, stores, value_ops, Ty, ADDRESS_EDGES, F32_EDGES, F64_EDGES, I32_EDGES,
    I64_EDGES, OFFSET_EDGES, TYPES,
};

/// One probe under construction: its parameters grow as leaves ask for them, its scratch
/// locals (one per type, after the parameters and the accumulator) serve `store`-then-`load`.
struct Probe {
    params: Vec<Ty>,
    body: Vec<I<'static>>,
    /// Edge values drawn for the parameters (the call passes them).
    args: Vec<Value>,
}

impl Probe {
    /// Locals after the parameters: the accumulator, then one scratch local per type.
    fn accumulator(&self) -> u32 {
        MAX_PARAMS as u32
    }

    fn scratch(&self, ty: Ty) -> u32 {
        self.accumulator() + 1 + ty.index()
    }

    /// A second scratch local per type (a sweep keeps both operands).
    fn scratch2(&self, ty: Ty) -> u32 {
        self.accumulator() + 1 + TYPES.len() as u32 + ty.index()
    }

    /// Appends `accumulator = rotl(accumulator, 19) ^ bits(value of ty)`, the value being on
    /// the stack above the rotated accumulator the caller pushed with [`Probe::fold_start`].
    fn fold_end(&mut self, ty: Ty) {
        self.body.extend(match ty {
            Ty::I32 => vec![I::I64ExtendI32U],
            Ty::I64 => vec![],
            Ty::F32 => vec![I::I32ReinterpretF32, I::I64ExtendI32U],
            Ty::F64 => vec![I::I64ReinterpretF64],
        });
        self.body.push(I::I64Xor);
        self.body.push(I::LocalSet(self.accumulator()));
    }

    fn fold_start(&mut self) {
        self.body.push(I::LocalGet(self.accumulator()));
        self.body.push(I::I64Const(19));
        self.body.push(I::I64Rotl);
    }
}

/// The identity helpers `(T) -> T` are functions 0..4, in `TYPES` order, and the table.
const IDENTITY_BASE: u32 = 0;

/// Swarm testing (Groce et al., ISSTA 2012): half of the modules draw a few operators, operand
/// kinds and edge values and use only those, so that each combination — an operator on two
/// constants (the folding path), one pair of edge values — is met far more often than when
/// every module spreads over the whole table.
struct Swarm {
    /// Indices into [`value_ops`].
    ops: Vec<usize>,
    /// Leaf kinds in use: 0 constant, 1 parameter, 2 global, 3 load.
    leaves: Vec<u8>,
    /// Per type (in `TYPES` order), indices into its edge table.
    edges: [Vec<usize>; 4],
    /// Whether control and memory forms are in use too.
    forms: bool,
}

impl Swarm {
    fn draw(u: &mut Unstructured) -> arbitrary::Result<Swarm> {
        let ops = (0..u.int_in_range(1..=8)?)
            .map(|_| u.choose_index(value_ops().len()))
            .collect::<arbitrary::Result<_>>()?;
        let mut leaves: Vec<u8> = Vec::new();
        for kind in 0..4 {
            if u.ratio(1, 2)? {
                leaves.push(kind);
            }
        }
        if leaves.is_empty() {
            leaves.push(u.int_in_range(0..=3)?);
        }
        let mut edges: [Vec<usize>; 4] = Default::default();
        for (ty, chosen) in TYPES.iter().zip(edges.iter_mut()) {
            for _ in 0..u.int_in_range(1..=6)? {
                chosen.push(u.choose_index(edges_of(*ty))?);
            }
        }
        Ok(Swarm {
            ops,
            leaves,
            edges,
            forms: u.ratio(1, 3)?,
        })
    }
}

struct Builder<'u, 'data> {
    u: &'u mut Unstructured<'data>,
    swarm: Option<Swarm>,
}

impl Builder<'_, '_> {
    fn pick<T: Clone>(&mut self, from: &[T]) -> arbitrary::Result<T> {
        Ok(self.u.choose(from)?.clone())
    }

    /// The index of an edge value of `ty` (within the swarm's, if any).
    fn edge_index(&mut self, ty: Ty) -> arbitrary::Result<usize> {
        match &self.swarm {
            Some(swarm) => Ok(*self.u.choose(&swarm.edges[ty.index() as usize])?),
            None => self.u.choose_index(edges_of(ty)),
        }
    }

    fn edge_value(&mut self, ty: Ty) -> arbitrary::Result<Value> {
        // Mostly edge values; sometimes anything, so that values between edges are not
        // unreachable.
        if self.u.ratio(1, 10)? {
            return Ok(match ty {
                Ty::I32 => Value::I32(self.u.arbitrary()?),
                Ty::I64 => Value::I64(self.u.arbitrary()?),
                Ty::F32 => Value::F32(self.u.arbitrary()?),
                Ty::F64 => Value::F64(self.u.arbitrary()?),
            });
        }
        let index = self.edge_index(ty)?;
        Ok(edge(ty, index))
    }

    /// A leaf of type `ty`: a constant, a parameter, a mutable global or a load of an edge
    /// value from the data segment.
    fn leaf(&mut self, probe: &mut Probe, ty: Ty) -> arbitrary::Result<()> {
        let kind = match &self.swarm {
            Some(swarm) => *self.u.choose(&swarm.leaves)?,
            None => self.u.int_in_range(0..=3)?,
        };
        match kind {
            0 => {
                let value = self.edge_value(ty)?;
                probe.body.push(constant(value));
            }
            1 if probe.params.len() < MAX_PARAMS => {
                let value = self.edge_value(ty)?;
                probe.body.push(I::LocalGet(probe.params.len() as u32));
                probe.params.push(ty);
                probe.args.push(value);
            }
            2 => probe.body.push(I::GlobalGet(ty.index())),
            _ => {
                let (base, width) = match ty {
                    Ty::I32 => (DATA_I32, 4),
                    Ty::I64 => (DATA_I64, 8),
                    Ty::F32 => (DATA_F32, 4),
                    Ty::F64 => (DATA_F64, 8),
                };
                let slot = self.edge_index(ty)? as u32;
                probe.body.push(I::I32Const((base + slot * width) as i32));
                let (load, align) = loads(ty)[0];
                probe.body.push(load(MemArg {
                    offset: 0,
                    align,
                    target: MemArgTarget::Memory(0),
                    ordering: None,
                }));
            }
        }
        Ok(())
    }

    /// An i32 that selects: a branch index or a condition, from the edges around 0..n.
    fn selector(&mut self, probe: &mut Probe, n: i32) -> arbitrary::Result<()> {
        let value = match self.u.int_in_range(0..=5)? {
            0 => n,
            1 => n + 1,
            2 => -1,
            3 => i32::MIN,
            _ => self.u.int_in_range(0..=n.max(0))?,
        };
        if self.u.ratio(1, 2)? && probe.params.len() < MAX_PARAMS {
            probe.body.push(I::LocalGet(probe.params.len() as u32));
            probe.params.push(Ty::I32);
            probe.args.push(Value::I32(value));
        } else {
            probe.body.push(I::I32Const(value));
        }
        Ok(())
    }

    fn address(&mut self, probe: &mut Probe) -> arbitrary::Result<MemArg> {
        let address = if self.u.ratio(1, 3)? {
            SCRATCH as i32 + self.u.int_in_range(0..=64)?
        } else {
            self.pick(ADDRESS_EDGES)?
        };
        if self.u.ratio(1, 2)? && probe.params.len() < MAX_PARAMS {
            probe.body.push(I::LocalGet(probe.params.len() as u32));
            probe.params.push(Ty::I32);
            probe.args.push(Value::I32(address));
        } else {
            probe.body.push(I::I32Const(address));
        }
        let offset = if self.u.ratio(1, 2)? {
            0
        } else {
            self.pick(OFFSET_EDGES)?
        };
        Ok(MemArg {
            offset,
            align: 0,
            target: MemArgTarget::Memory(0),
            ordering: None,
        })
    }

    /// An expression of type `ty`, at most `depth` operators deep.
    fn expression(&mut self, probe: &mut Probe, ty: Ty, depth: u32) -> arbitrary::Result<()> {
        if depth == 0 || self.u.ratio(1, 6)? {
            return self.leaf(probe, ty);
        }
        let operators: Vec<usize> = (0..value_ops().len())
            .filter(|i| value_ops()[*i].2 == ty)
            .filter(|i| self.swarm.as_ref().is_none_or(|s| s.ops.contains(i)))
            .collect();
        let forms = self.swarm.as_ref().is_none_or(|s| s.forms);
        let form = if forms {
            self.u.int_in_range(0..=15)?
        } else {
            15
        };
        match form {
            // Control operators, each yielding a value of `ty`.
            0 => {
                self.expression(probe, ty, depth - 1)?;
                self.expression(probe, ty, depth - 1)?;
                self.selector(probe, 1)?;
                probe.body.push(I::Select);
            }
            1 => {
                self.selector(probe, 1)?;
                probe.body.push(I::If(BlockType::Result(ty.val())));
                self.expression(probe, ty, depth - 1)?;
                probe.body.push(I::Else);
                self.expression(probe, ty, depth - 1)?;
                probe.body.push(I::End);
            }
            2 => {
                probe.body.push(I::Block(BlockType::Result(ty.val())));
                self.expression(probe, ty, depth - 1)?;
                self.selector(probe, 1)?;
                probe.body.push(I::BrIf(0));
                probe.body.push(I::Drop);
                self.expression(probe, ty, depth - 1)?;
                probe.body.push(I::End);
            }
            3 => self.br_table(probe, ty, depth)?,
            4 => {
                self.expression(probe, ty, depth - 1)?;
                probe.body.push(I::Call(IDENTITY_BASE + ty.index()));
            }
            5 => {
                // call_indirect through the table of identities: an index of another type's
                // identity traps on the signature, one past the table on the bounds.
                self.expression(probe, ty, depth - 1)?;
                let index = match self.u.int_in_range(0..=3)? {
                    0 => ty.index() as i32,
                    1 => self.u.int_in_range(0..=3)?,
                    2 => 4,
                    _ => -1,
                };
                probe.body.push(I::I32Const(index));
                probe.body.push(I::CallIndirect {
                    type_index: ty.index(),
                    table_index: 0,
                });
            }
            6 => self.memory(probe, ty, depth)?,
            _ if operators.is_empty() => self.leaf(probe, ty)?,
            _ => {
                let (instruction, params, _) = &value_ops()[*self.u.choose(&operators)?];
                for param in params.iter() {
                    self.expression(probe, *param, depth - 1)?;
                }
                probe.body.push(instruction.clone());
            }
        }
        Ok(())
    }

    /// `br_table` with one to three targets, each arm yielding its own expression.
    fn br_table(&mut self, probe: &mut Probe, ty: Ty, depth: u32) -> arbitrary::Result<()> {
        let arms = self.u.int_in_range(1..=3u32)?;
        probe.body.push(I::Block(BlockType::Result(ty.val())));
        for _ in 0..=arms {
            probe.body.push(I::Block(BlockType::Empty));
        }
        self.selector(probe, arms as i32)?;
        let targets: Vec<u32> = (0..arms).collect();
        probe.body.push(I::BrTable(targets.into(), arms));
        for arm in 0..=arms {
            probe.body.push(I::End);
            self.expression(probe, ty, depth - 1)?;
            // Out of the outer block, which sits `arms - arm` blocks up.
            probe.body.push(I::Br(arms - arm));
        }
        probe.body.push(I::Unreachable);
        probe.body.push(I::End);
        Ok(())
    }

    /// Memory: a load at an edge address, a store then a load back, `memory.size`,
    /// `memory.grow`, or a bulk-memory or table operator (`memory.fill/copy/init`,
    /// `table.copy/init/get/set/grow/fill/size`) then a load.
    fn memory(&mut self, probe: &mut Probe, ty: Ty, depth: u32) -> arbitrary::Result<()> {
        match self.u.int_in_range(0..=4)? {
            0 => {
                let memarg = self.address(probe)?;
                let (load, align) = self.pick(loads(ty))?;
                probe.body.push(load(MemArg { align, ..memarg }));
            }
            1 => {
                let memarg = self.address(probe)?;
                let scratch = probe.scratch(Ty::I32);
                probe.body.push(I::LocalTee(scratch));
                self.expression(probe, ty, depth - 1)?;
                let (store, align) = self.pick(stores(ty))?;
                probe.body.push(store(MemArg { align, ..memarg }));
                probe.body.push(I::LocalGet(scratch));
                let (load, align) = self.pick(loads(ty))?;
                probe.body.push(load(MemArg { align, ..memarg }));
            }
            2 if ty == Ty::I32 => probe.body.push(I::MemorySize(0)),
            3 if ty == Ty::I32 => {
                self.selector(probe, 1)?;
                probe.body.push(I::MemoryGrow(0));
            }
            _ => {
                // A bulk memory or table operator, with ranges in, at and past the end of
                // memory, the segment and the table (the code Winch rewrote inline in wasmtime
                // 46), then a read of the scratch area; a table operator's effect shows in
                // every later `call_indirect`.
                let memarg = self.address(probe)?;
                let scratch = probe.scratch(Ty::I32);
                probe.body.push(I::LocalTee(scratch));
                match self.u.int_in_range(0..=9)? {
                    0 => {
                        self.expression(probe, Ty::I32, depth - 1)?;
                        self.selector(probe, 16)?;
                        probe.body.push(I::MemoryFill(0));
                    }
                    1 => {
                        self.address(probe)?;
                        self.selector(probe, 16)?;
                        probe.body.push(I::MemoryCopy {
                            src_mem: 0,
                            dst_mem: 0,
                        });
                    }
                    2 => {
                        self.selector(probe, PASSIVE_DATA.len() as i32)?;
                        self.selector(probe, 16)?;
                        probe.body.push(I::MemoryInit {
                            mem: 0,
                            data_index: PASSIVE_DATA_SEGMENT,
                        });
                    }
                    3 => {
                        probe.body.push(I::Drop);
                        for _ in 0..3 {
                            self.selector(probe, TABLE_SIZE)?;
                        }
                        probe.body.push(I::TableCopy {
                            src_table: 0,
                            dst_table: 0,
                        });
                    }
                    4 => {
                        probe.body.push(I::Drop);
                        for _ in 0..3 {
                            self.selector(probe, TABLE_SIZE)?;
                        }
                        probe.body.push(I::TableInit {
                            elem_index: PASSIVE_ELEMENT_SEGMENT,
                            table: 0,
                        });
                    }
                    5 => {
                        // Whether the slot holds a function, stored at the address.
                        self.selector(probe, TABLE_MAX)?;
                        probe.body.push(I::TableGet(0));
                        probe.body.push(I::RefIsNull);
                        probe.body.push(I::I32Store8(memarg));
                    }
                    6 => {
                        probe.body.push(I::Drop);
                        self.selector(probe, TABLE_MAX)?;
                        self.function_reference(probe)?;
                        probe.body.push(I::TableSet(0));
                    }
                    7 => {
                        // The old size, or -1 past the maximum, stored at the address.
                        self.function_reference(probe)?;
                        self.selector(probe, TABLE_MAX - TABLE_SIZE)?;
                        probe.body.push(I::TableGrow(0));
                        probe.body.push(I::I32Store(memarg));
                    }
                    8 => {
                        probe.body.push(I::Drop);
                        self.selector(probe, TABLE_MAX)?;
                        self.function_reference(probe)?;
                        self.selector(probe, TABLE_MAX)?;
                        probe.body.push(I::TableFill(0));
                    }
                    _ => {
                        probe.body.push(I::TableSize(0));
                        probe.body.push(I::I32Store(memarg));
                    }
                }
                probe.body.push(I::LocalGet(scratch));
                let (load, align) = self.pick(loads(ty))?;
                probe.body.push(load(MemArg { align, ..memarg }));
            }
        }
        Ok(())
    }

    /// A `funcref` for `table.set`, `table.grow` and `table.fill`: null, or one of the
    /// identity functions (declared by the active element segment).
    fn function_reference(&mut self, probe: &mut Probe) -> arbitrary::Result<()> {
        let function = self.u.int_in_range(0..=TYPES.len() as u32)?;
        probe.body.push(match function {
            f if f < TYPES.len() as u32 => I::RefFunc(f),
            _ => I::RefNull(HeapType::FUNC),
        });
        Ok(())
    }

    fn probe(&mut self) -> arbitrary::Result<Probe> {
        let mut probe = Probe {
            params: Vec::new(),
            body: Vec::new(),
            args: Vec::new(),
        };
        let accumulator = probe.accumulator();
        for _ in 0..self.u.int_in_range(1..=MAX_EXPRESSIONS)? {
            // Under a swarm, every expression ends in one of its operators.
            let ty = match &self.swarm {
                Some(swarm) => value_ops()[*self.u.choose(&swarm.ops)?].2,
                None => self.pick(&TYPES)?,
            };
            let depth = self.u.int_in_range(1..=MAX_DEPTH)?;
            probe.fold_start();
            self.expression(&mut probe, ty, depth)?;
            probe.fold_end(ty);
        }
        probe.body.push(I::LocalGet(accumulator));
        probe.body.push(I::End);
        Ok(probe)
    }
}

fn constant(value: Value) -> I<'static> {
    match value {
        Value::I32(v) => I::I32Const(v),
        Value::I64(v) => I::I64Const(v),
        Value::F32(bits) => I::F32Const(Ieee32::new(bits)),
        Value::F64(bits) => I::F64Const(Ieee64::new(bits)),
        _ => unreachable!("probes take numbers only"),
    }
}

/// Turns fuzz input into an operator-sweep case: one module of up to eight random probes and two
/// sweeps, and a call to each with the edge values its parameters were drawn for.
pub fn generate(data: &[u8]) -> arbitrary::Result<GeneratedCase> {
    let mut u = Unstructured::new(data);
    let swarm = if u.ratio(1, 2)? {
        Some(Swarm::draw(&mut u)?)
    } else {
        None
    };
    let mut builder = Builder { u: &mut u, swarm };
    let mut probes: Vec<Probe> = (0..builder.u.int_in_range(1..=MAX_PROBES)?)
        .map(|_| builder.probe())
        .collect::<arbitrary::Result<_>>()?;
    for _ in 0..SWEEPS {
        probes.push(builder.sweep()?);
    }
    let globals: Vec<Value> = TYPES
        .iter()
        .map(|ty| builder.edge_value(*ty))
        .collect::<arbitrary::Result<_>>()?;
    let permilles: Vec<u16> = probes
        .iter()
        .map(|_| builder.u.int_in_range(0..=999))
        .collect::<arbitrary::Result<_>>()?;
    let wasm = encode(&probes, &globals);
    let calls = probes
        .iter()
        .zip(permilles)
        .enumerate()
        .map(|(index, (probe, permille))| PlannedCall {
            export: format!("op{index}"),
            args: probe.args.clone(),
            input: Vec::new(),
            permille,
            gas: None,
            context: Default::default(),
        })
        .collect();
    Ok(GeneratedCase {
        wasm,
        calls,
        generator: super::Generator::Ops,
        read: data.len() - u.len(),
    })
}

/// Types 0..4: the identities `(T) -> T`, in `TYPES` order (also `call_indirect`'s types);
/// then one type per probe.
fn encode(probes: &[Probe], globals: &[Value]) -> Vec<u8> {
    let mut types = TypeSection::new();
    let mut functions = FunctionSection::new();
    let mut code = CodeSection::new();
    let mut exports = ExportSection::new();
    for ty in TYPES {
        types.ty().function([ty.val()], [ty.val()]);
        functions.function(ty.index());
        let mut identity = Function::new([]);
        identity.instruction(&I::LocalGet(0)).instruction(&I::End);
        code.function(&identity);
    }
    for (index, probe) in probes.iter().enumerate() {
        let type_index = TYPES.len() as u32 + index as u32;
        types
            .ty()
            .function(probe.params.iter().map(|t| t.val()), [V::I64]);
        functions.function(type_index);
        // Parameters the probe did not use still occupy the first MAX_PARAMS locals.
        let unused = (MAX_PARAMS - probe.params.len()) as u32;
        let mut locals = Vec::new();
        if unused > 0 {
            locals.push((unused, V::I32));
        }
        locals.push((1, V::I64));
        // Two scratch sets, each one local per type in `TYPES` order.
        for _ in 0..2 {
            locals.extend(TYPES.iter().map(|t| (1, t.val())));
        }
        let mut function = Function::new(locals);
        for instruction in &probe.body {
            function.instruction(instruction);
        }
        code.function(&function);
        exports.export(
            &format!("op{index}"),
            ExportKind::Func,
            (TYPES.len() + index) as u32,
        );
    }
    let mut tables = TableSection::new();
    tables.table(TableType {
        element_type: RefType::FUNCREF,
        minimum: TABLE_SIZE as u64,
        maximum: Some(TABLE_MAX as u64),
        table64: false,
        shared: false,
    });
    let mut memories = MemorySection::new();
    memories.memory(MemoryType {
        minimum: 1,
        maximum: Some(2),
        memory64: false,
        shared: false,
        page_size_log2: None,
    });
    let mut global_section = GlobalSection::new();
    for (ty, value) in TYPES.iter().zip(globals) {
        global_section.global(
            GlobalType {
                val_type: ty.val(),
                mutable: true,
                shared: false,
            },
            &const_expr(*value),
        );
    }
    let mut elements = ElementSection::new();
    let identities: Vec<u32> = (0..TYPES.len() as u32).collect();
    let reversed: Vec<u32> = identities.iter().rev().copied().collect();
    elements.active(
        Some(0),
        &ConstExpr::i32_const(0),
        Elements::Functions(identities.into()),
    );
    elements.passive(Elements::Functions(reversed.into()));
    let mut data = DataSection::new();
    let tables_bytes = [
        (
            DATA_I32,
            I32_EDGES
                .iter()
                .flat_map(|v| v.to_le_bytes())
                .collect::<Vec<u8>>(),
        ),
        (
            DATA_I64,
            I64_EDGES.iter().flat_map(|v| v.to_le_bytes()).collect(),
        ),
        (
            DATA_F32,
            F32_EDGES.iter().flat_map(|v| v.to_le_bytes()).collect(),
        ),
        (
            DATA_F64,
            F64_EDGES.iter().flat_map(|v| v.to_le_bytes()).collect(),
        ),
    ];
    for (offset, bytes) in tables_bytes {
        data.active(0, &ConstExpr::i32_const(offset as i32), bytes);
    }
    data.passive(PASSIVE_DATA.iter().copied());
    let mut module = Module::new();
    module
        .section(&types)
        .section(&functions)
        .section(&tables)
        .section(&memories)
        .section(&global_section)
        .section(&exports)
        .section(&elements)
        .section(&DataCountSection {
            count: PASSIVE_DATA_SEGMENT + 1,
        })
        .section(&code)
        .section(&data);
    module.finish()
}

fn const_expr(value: Value) -> ConstExpr {
    match value {
        Value::I32(v) => ConstExpr::i32_const(v),
        Value::I64(v) => ConstExpr::i64_const(v),
        Value::F32(bits) => ConstExpr::f32_const(Ieee32::new(bits)),
        Value::F64(bits) => ConstExpr::f64_const(Ieee64::new(bits)),
        _ => unreachable!("globals hold numbers only"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::case_bytes;
    use crate::profile::Profile;

    #[test]
    fn sweep_modules_are_valid_and_in_profile() {
        let profile = Profile::default();
        for index in 0..300 {
            let case = generate(&case_bytes(3, index, 4096)).expect("enough bytes");
            if let Err(why) = profile.check(&case.wasm) {
                let text = wasmprinter::print_bytes(&case.wasm).unwrap_or_default();
                panic!("case {index}: {why}\n{text}");
            }
            assert!(!case.calls.is_empty());
        }
    }

    /// The variant name of an instruction (`I32Add`, `MemoryGrow`, ...).
    fn variant(instruction: &I) -> String {
        format!("{instruction:?}")
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default()
            .to_string()
    }

    #[test]
    fn the_sweep_reaches_every_operator_from_every_kind_of_operand() {
        let mut seen = std::collections::BTreeSet::new();
        for index in 0..400 {
            let data = case_bytes(5, index, 4096);
            let mut u = Unstructured::new(&data);
            let mut builder = Builder {
                u: &mut u,
                swarm: None,
            };
            for _ in 0..MAX_PROBES {
                let probe = builder.probe().unwrap();
                seen.extend(probe.body.iter().map(variant));
                // Constants at the edges reach the operators too, not only parameters.
                seen.extend(probe.body.iter().filter_map(|i| match i {
                    I::I32Const(i32::MIN) => Some("edge i32 min".to_string()),
                    I::I64Const(-1) => Some("edge i64 -1".to_string()),
                    I::F32Const(bits) if bits.bits() == 0x7f80_0001 => {
                        Some("edge f32 signalling NaN".to_string())
                    }
                    _ => None,
                }));
            }
        }
        let mut expected: Vec<String> = value_ops().iter().map(|(i, _, _)| variant(i)).collect();
        expected.extend(
            [
                "Select",
                "If",
                "BrIf",
                "BrTable",
                "Call",
                "CallIndirect",
                "MemoryGrow",
                "MemorySize",
                "MemoryFill",
                "MemoryCopy",
                "MemoryInit",
                "TableCopy",
                "TableInit",
                "TableGet",
                "TableSet",
                "TableGrow",
                "TableFill",
                "TableSize",
                "RefFunc",
                "RefNull",
                "GlobalGet",
                "LocalGet",
                "I64Store32",
                "I32Load16S",
                "edge i32 min",
                "edge i64 -1",
                "edge f32 signalling NaN",
            ]
            .map(String::from),
        );
        let missing: Vec<&String> = expected.iter().filter(|e| !seen.contains(*e)).collect();
        assert!(missing.is_empty(), "never generated: {missing:?}");
    }
}
