//! The operator sweep: small modules whose exported probes apply in-profile operators —
//! numeric, conversion, memory, and control (`select`, `if`, `br_if`, `br_table`, `call`,
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
    BlockType, CodeSection, ConstExpr, DataSection, ElementSection, Elements, ExportKind,
    ExportSection, Function, FunctionSection, GlobalSection, GlobalType, Ieee32, Ieee64,
    Instruction as I, MemArg, MemArgTarget, MemorySection, MemoryType, Module, RefType, TableSection,
    TableType, TypeSection, ValType as V,
};

/// Exported probes per module, and expressions per probe.
const MAX_PROBES: usize = 8;
const MAX_EXPRESSIONS: usize = 12;
/// How deep operators nest (1 = an operator on leaves: the single-operator case).
const MAX_DEPTH: u32 = 3;
/// Parameters a probe may take (the operands the compiler cannot see).
const MAX_PARAMS: usize = 6;

/// Where the data segment keeps each type's edge values (loads read them from here).
const DATA_I32: u32 = 0;
const DATA_I64: u32 = 256;
const DATA_F32: u32 = 512;
const DATA_F64: u32 = 768;
/// The scratch area stores and bulk operators write to (above the edge tables).
const SCRATCH: u32 = 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ty {
    I32,
    I64,
    F32,
    F64,
}

const TYPES: [Ty; 4] = [Ty::I32, Ty::I64, Ty::F32, Ty::F64];

impl Ty {
    fn val(self) -> V {
        match self {
            Ty::I32 => V::I32,
            Ty::I64 => V::I64,
            Ty::F32 => V::F32,
            Ty::F64 => V::F64,
        }
    }

    fn index(self) -> u32 {
        self as u32
    }
}

const I32_EDGES: &[i32] = &[
    0,
    1,
    -1,
    2,
    7,
    8,
    15,
    16,
    31,
    32,
    33,
    63,
    64,
    0x7f,
    0x80,
    0xff,
    0x100,
    0x7fff,
    0x8000,
    0xffff,
    0x1_0000,
    i32::MAX,
    i32::MIN,
    i32::MIN + 1,
    i32::MAX - 1,
    0x5555_5555,
    0xaaaa_aaaa_u32 as i32,
    -2,
    -32,
    -33,
    -64,
];

const I64_EDGES: &[i64] = &[
    0,
    1,
    -1,
    2,
    31,
    32,
    33,
    63,
    64,
    65,
    0x7f,
    0x80,
    0xff,
    0xffff,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_ffff,
    0x1_0000_0000,
    i64::MAX,
    i64::MIN,
    i64::MIN + 1,
    i64::MAX - 1,
    i32::MIN as i64,
    i32::MAX as i64,
    0x5555_5555_5555_5555,
    0xaaaa_aaaa_aaaa_aaaa_u64 as i64,
    -2,
    -64,
];

const F32_EDGES: &[u32] = &[
    0x0000_0000, // +0
    0x8000_0000, // -0
    0x3f80_0000, // 1
    0xbf80_0000, // -1
    0x3f00_0000, // 0.5
    0xbf00_0000, // -0.5
    0x3fc0_0000, // 1.5
    0x4020_0000, // 2.5
    0x7fc0_0000, // canonical NaN
    0xffc0_0000, // negative canonical NaN
    0x7f80_0001, // signalling NaN
    0x7fc0_0001, // NaN with payload
    0x7f80_0000, // +inf
    0xff80_0000, // -inf
    0x0000_0001, // smallest subnormal
    0x0080_0000, // smallest normal
    0x7f7f_ffff, // max
    0x4f00_0000, // 2^31
    0xcf00_0000, // -2^31
    0x4eff_ffff, // largest below 2^31
    0x4f80_0000, // 2^32
    0x5f00_0000, // 2^63
    0xdf00_0000, // -2^63
    0x5f80_0000, // 2^64
    0xcf00_0001, // just below -2^31
];

const F64_EDGES: &[u64] = &[
    0x0000_0000_0000_0000,
    0x8000_0000_0000_0000,
    0x3ff0_0000_0000_0000, // 1
    0xbff0_0000_0000_0000, // -1
    0x3fe0_0000_0000_0000, // 0.5
    0xbfe0_0000_0000_0000, // -0.5
    0x4004_0000_0000_0000, // 2.5
    0x7ff8_0000_0000_0000, // canonical NaN
    0xfff8_0000_0000_0000,
    0x7ff0_0000_0000_0001, // signalling NaN
    0x7ff8_0000_0000_0001, // NaN with payload
    0x7ff0_0000_0000_0000, // +inf
    0xfff0_0000_0000_0000, // -inf
    0x0000_0000_0000_0001, // smallest subnormal
    0x0010_0000_0000_0000, // smallest normal
    0x7fef_ffff_ffff_ffff, // max
    0x41e0_0000_0000_0000, // 2^31
    0xc1e0_0000_0000_0000, // -2^31
    0x41df_ffff_ffc0_0000, // 2^31 - 1
    0xc1e0_0000_0020_0000, // -2^31 - 1
    0x41f0_0000_0000_0000, // 2^32
    0x43e0_0000_0000_0000, // 2^63
    0xc3e0_0000_0000_0000, // -2^63
    0x43f0_0000_0000_0000, // 2^64
    0x4340_0000_0000_0001, // 2^53 + 2
];

/// Addresses and static offsets where loads and stores meet the end of memory (one page).
const ADDRESS_EDGES: &[i32] = &[
    0, 1, 3, 4, 7, 8, 1024, 65_528, 65_532, 65_534, 65_535, 65_536, 65_537, -1, -8, i32::MAX,
];
const OFFSET_EDGES: &[u64] = &[0, 1, 4, 8, 1024, 65_532, 65_535, 65_536, 0xffff_ffff];

/// Operators that take and give plain values: (instruction, operand types, result type).
fn value_ops() -> &'static [(I<'static>, &'static [Ty], Ty)] {
    use Ty::*;
    static OPS: std::sync::OnceLock<Vec<(I<'static>, &'static [Ty], Ty)>> =
        std::sync::OnceLock::new();
    OPS.get_or_init(|| {
        let mut ops: Vec<(I<'static>, &'static [Ty], Ty)> = Vec::new();
        let mut add = |list: &[I<'static>], params: &'static [Ty], result: Ty| {
            ops.extend(list.iter().map(|i| (i.clone(), params, result)));
        };
        add(&[I::I32Eqz], &[I32], I32);
        add(&[I::I64Eqz], &[I64], I32);
        add(
            &[
                I::I32Clz,
                I::I32Ctz,
                I::I32Popcnt,
                I::I32Extend8S,
                I::I32Extend16S,
            ],
            &[I32],
            I32,
        );
        add(
            &[
                I::I32Add,
                I::I32Sub,
                I::I32Mul,
                I::I32DivS,
                I::I32DivU,
                I::I32RemS,
                I::I32RemU,
                I::I32And,
                I::I32Or,
                I::I32Xor,
                I::I32Shl,
                I::I32ShrS,
                I::I32ShrU,
                I::I32Rotl,
                I::I32Rotr,
                I::I32Eq,
                I::I32Ne,
                I::I32LtS,
                I::I32LtU,
                I::I32GtS,
                I::I32GtU,
                I::I32LeS,
                I::I32LeU,
                I::I32GeS,
                I::I32GeU,
            ],
            &[I32, I32],
            I32,
        );
        add(
            &[
                I::I64Clz,
                I::I64Ctz,
                I::I64Popcnt,
                I::I64Extend8S,
                I::I64Extend16S,
                I::I64Extend32S,
            ],
            &[I64],
            I64,
        );
        add(
            &[
                I::I64Add,
                I::I64Sub,
                I::I64Mul,
                I::I64DivS,
                I::I64DivU,
                I::I64RemS,
                I::I64RemU,
                I::I64And,
                I::I64Or,
                I::I64Xor,
                I::I64Shl,
                I::I64ShrS,
                I::I64ShrU,
                I::I64Rotl,
                I::I64Rotr,
            ],
            &[I64, I64],
            I64,
        );
        add(
            &[
                I::I64Eq,
                I::I64Ne,
                I::I64LtS,
                I::I64LtU,
                I::I64GtS,
                I::I64GtU,
                I::I64LeS,
                I::I64LeU,
                I::I64GeS,
                I::I64GeU,
            ],
            &[I64, I64],
            I32,
        );
        add(
            &[
                I::F32Abs,
                I::F32Neg,
                I::F32Ceil,
                I::F32Floor,
                I::F32Trunc,
                I::F32Nearest,
                I::F32Sqrt,
            ],
            &[F32],
            F32,
        );
        add(
            &[
                I::F32Add,
                I::F32Sub,
                I::F32Mul,
                I::F32Div,
                I::F32Min,
                I::F32Max,
                I::F32Copysign,
            ],
            &[F32, F32],
            F32,
        );
        add(
            &[I::F32Eq, I::F32Ne, I::F32Lt, I::F32Gt, I::F32Le, I::F32Ge],
            &[F32, F32],
            I32,
        );
        add(
            &[
                I::F64Abs,
                I::F64Neg,
                I::F64Ceil,
                I::F64Floor,
                I::F64Trunc,
                I::F64Nearest,
                I::F64Sqrt,
            ],
            &[F64],
            F64,
        );
        add(
            &[
                I::F64Add,
                I::F64Sub,
                I::F64Mul,
                I::F64Div,
                I::F64Min,
                I::F64Max,
                I::F64Copysign,
            ],
            &[F64, F64],
            F64,
        );
        add(
            &[I::F64Eq, I::F64Ne, I::F64Lt, I::F64Gt, I::F64Le, I::F64Ge],
            &[F64, F64],
            I32,
        );
        add(&[I::I32WrapI64], &[I64], I32);
        add(
            &[
                I::I32TruncF32S,
                I::I32TruncF32U,
                I::I32TruncSatF32S,
                I::I32TruncSatF32U,
                I::I32ReinterpretF32,
            ],
            &[F32],
            I32,
        );
        add(
            &[
                I::I32TruncF64S,
                I::I32TruncF64U,
                I::I32TruncSatF64S,
                I::I32TruncSatF64U,
            ],
            &[F64],
            I32,
        );
        add(&[I::I64ExtendI32S, I::I64ExtendI32U], &[I32], I64);
        add(
            &[
                I::I64TruncF32S,
                I::I64TruncF32U,
                I::I64TruncSatF32S,
                I::I64TruncSatF32U,
            ],
            &[F32],
            I64,
        );
        add(
            &[
                I::I64TruncF64S,
                I::I64TruncF64U,
                I::I64TruncSatF64S,
                I::I64TruncSatF64U,
                I::I64ReinterpretF64,
            ],
            &[F64],
            I64,
        );
        add(
            &[I::F32ConvertI32S, I::F32ConvertI32U, I::F32ReinterpretI32],
            &[I32],
            F32,
        );
        add(&[I::F32ConvertI64S, I::F32ConvertI64U], &[I64], F32);
        add(&[I::F32DemoteF64], &[F64], F32);
        add(&[I::F64ConvertI32S, I::F64ConvertI32U], &[I32], F64);
        add(
            &[I::F64ConvertI64S, I::F64ConvertI64U, I::F64ReinterpretI64],
            &[I64],
            F64,
        );
        add(&[I::F64PromoteF32], &[F32], F64);
        ops
    })
}

/// The loads that give each type: (instruction builder, natural alignment log2).
fn loads(ty: Ty) -> &'static [(fn(MemArg) -> I<'static>, u32)] {
    match ty {
        Ty::I32 => &[
            (I::I32Load, 2),
            (I::I32Load8S, 0),
            (I::I32Load8U, 0),
            (I::I32Load16S, 1),
            (I::I32Load16U, 1),
        ],
        Ty::I64 => &[
            (I::I64Load, 3),
            (I::I64Load8S, 0),
            (I::I64Load8U, 0),
            (I::I64Load16S, 1),
            (I::I64Load16U, 1),
            (I::I64Load32S, 2),
            (I::I64Load32U, 2),
        ],
        Ty::F32 => &[(I::F32Load, 2)],
        Ty::F64 => &[(I::F64Load, 3)],
    }
}

fn stores(ty: Ty) -> &'static [(fn(MemArg) -> I<'static>, u32)] {
    match ty {
        Ty::I32 => &[(I::I32Store, 2), (I::I32Store8, 0), (I::I32Store16, 1)],
        Ty::I64 => &[
            (I::I64Store, 3),
            (I::I64Store8, 0),
            (I::I64Store16, 1),
            (I::I64Store32, 2),
        ],
        Ty::F32 => &[(I::F32Store, 2)],
        Ty::F64 => &[(I::F64Store, 3)],
    }
}

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

/// The loads of the edge tables: where each type's table starts, its width, its length.
fn table_of(ty: Ty) -> (u32, u32, u32) {
    let (base, width) = match ty {
        Ty::I32 => (DATA_I32, 4),
        Ty::I64 => (DATA_I64, 8),
        Ty::F32 => (DATA_F32, 4),
        Ty::F64 => (DATA_F64, 8),
    };
    (base, width, edges_of(ty) as u32)
}

/// Whether an operator traps for some operands (then a sweep guards it).
fn trap_guard(op: &I) -> Option<fn(Ty, u32, u32) -> Vec<I<'static>>> {
    // Each guard computes "safe" (i32) from the operands in locals a and b.
    fn nonzero(ty: Ty, _a: u32, b: u32) -> Vec<I<'static>> {
        match ty {
            Ty::I32 => vec![I::LocalGet(b), I::I32Const(0), I::I32Ne],
            _ => vec![I::LocalGet(b), I::I64Const(0), I::I64Ne],
        }
    }
    fn no_overflow(ty: Ty, a: u32, b: u32) -> Vec<I<'static>> {
        let mut out = nonzero(ty, a, b);
        out.extend(match ty {
            Ty::I32 => vec![
                I::LocalGet(a),
                I::I32Const(i32::MIN),
                I::I32Ne,
                I::LocalGet(b),
                I::I32Const(-1),
                I::I32Ne,
                I::I32Or,
            ],
            _ => vec![
                I::LocalGet(a),
                I::I64Const(i64::MIN),
                I::I64Ne,
                I::LocalGet(b),
                I::I64Const(-1),
                I::I64Ne,
                I::I32Or,
            ],
        });
        out.push(I::I32And);
        out
    }
    match op {
        I::I32DivS | I::I64DivS => Some(no_overflow),
        I::I32DivU | I::I64DivU | I::I32RemS | I::I64RemS | I::I32RemU | I::I64RemU => {
            Some(nonzero)
        }
        _ => None,
    }
}

/// Float-to-integer truncations that trap out of range: left to the random probes.
fn traps_unguarded(op: &I) -> bool {
    matches!(
        op,
        I::I32TruncF32S
            | I::I32TruncF32U
            | I::I32TruncF64S
            | I::I32TruncF64U
            | I::I64TruncF32S
            | I::I64TruncF32U
            | I::I64TruncF64S
            | I::I64TruncF64U
    )
}

/// The identity helpers `(T) -> T` are functions 0..4, in `TYPES` order, and the table.
const IDENTITY_BASE: u32 = 0;

fn edges_of(ty: Ty) -> usize {
    match ty {
        Ty::I32 => I32_EDGES.len(),
        Ty::I64 => I64_EDGES.len(),
        Ty::F32 => F32_EDGES.len(),
        Ty::F64 => F64_EDGES.len(),
    }
}

fn edge(ty: Ty, index: usize) -> Value {
    match ty {
        Ty::I32 => Value::I32(I32_EDGES[index]),
        Ty::I64 => Value::I64(I64_EDGES[index]),
        Ty::F32 => Value::F32(F32_EDGES[index]),
        Ty::F64 => Value::F64(F64_EDGES[index]),
    }
}

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
        let form = if forms { self.u.int_in_range(0..=15)? } else { 15 };
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
    /// `memory.grow`, or a bulk operator (`fill`, `copy`) then a load.
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
                // memory.fill / memory.copy over the scratch area, then read it back.
                let memarg = self.address(probe)?;
                let scratch = probe.scratch(Ty::I32);
                probe.body.push(I::LocalTee(scratch));
                if self.u.ratio(1, 2)? {
                    self.expression(probe, Ty::I32, depth - 1)?;
                    self.selector(probe, 16)?;
                    probe.body.push(I::MemoryFill(0));
                } else {
                    self.address(probe)?;
                    self.selector(probe, 16)?;
                    probe.body.push(I::MemoryCopy {
                        src_mem: 0,
                        dst_mem: 0,
                    });
                }
                probe.body.push(I::LocalGet(scratch));
                let (load, align) = self.pick(loads(ty))?;
                probe.body.push(load(MemArg { align, ..memarg }));
            }
        }
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

impl Builder<'_, '_> {
    /// The sweep: one operator over every edge value of its operands (every pair, for a
    /// binary one), read from the data segment in two nested loops — the computed path — then
    /// over some of them as constants — the folding path. Operands that would trap a division
    /// are skipped; so it reaches the one pair a bug may hide behind in a single call.
    fn sweep(&mut self) -> arbitrary::Result<Probe> {
        let candidates: Vec<usize> = match &self.swarm {
            Some(swarm) => swarm.ops.clone(),
            None => (0..value_ops().len()).collect(),
        };
        let candidates: Vec<usize> = candidates
            .into_iter()
            .filter(|i| !traps_unguarded(&value_ops()[*i].0))
            .collect();
        let index = match candidates.is_empty() {
            true => self.u.choose_index(value_ops().len())?,
            false => *self.u.choose(&candidates)?,
        };
        let (op, params, result) = &value_ops()[index];
        let mut probe = Probe {
            params: Vec::new(),
            body: Vec::new(),
            args: Vec::new(),
        };
        if traps_unguarded(op) {
            // Drawn only when the swarm holds nothing else: one random probe instead.
            return self.probe();
        }
        let operands: Vec<(Ty, u32)> = params
            .iter()
            .enumerate()
            .map(|(k, ty)| (*ty, if k == 0 { probe.scratch(*ty) } else { probe.scratch2(*ty) }))
            .collect();
        // Loop counters: the first two (unused) parameter slots, i32 locals.
        let counters = [0u32, 1];
        let apply = |probe: &mut Probe| {
            probe.fold_start();
            match (trap_guard(op), operands.as_slice()) {
                (Some(guard), [(ty, a), (_, b)]) => {
                    probe.body.extend(guard(*ty, *a, *b));
                    probe.body.push(I::If(BlockType::Result(result.val())));
                    probe.body.extend([I::LocalGet(*a), I::LocalGet(*b), op.clone()]);
                    probe.body.push(I::Else);
                    probe.body.push(constant(zero(*result)));
                    probe.body.push(I::End);
                }
                _ => {
                    for (_, local) in &operands {
                        probe.body.push(I::LocalGet(*local));
                    }
                    probe.body.push(op.clone());
                }
            }
            probe.fold_end(*result);
        };
        // Nested loops over the tables: counters[k] runs over operand k's edges.
        for (k, (ty, _)) in operands.iter().enumerate() {
            probe.body.push(I::I32Const(0));
            probe.body.push(I::LocalSet(counters[k]));
            probe.body.push(I::Loop(BlockType::Empty));
            let _ = ty;
        }
        for (k, (ty, local)) in operands.iter().enumerate() {
            let (base, width, _) = table_of(*ty);
            probe.body.extend([
                I::LocalGet(counters[k]),
                I::I32Const(width as i32),
                I::I32Mul,
            ]);
            let (load, align) = loads(*ty)[0];
            probe.body.push(load(MemArg {
                offset: base as u64,
                align,
                target: MemArgTarget::Memory(0),
                ordering: None,
            }));
            probe.body.push(I::LocalSet(*local));
        }
        apply(&mut probe);
        for (k, (ty, _)) in operands.iter().enumerate().rev() {
            let (_, _, len) = table_of(*ty);
            probe.body.extend([
                I::LocalGet(counters[k]),
                I::I32Const(1),
                I::I32Add,
                I::LocalTee(counters[k]),
                I::I32Const(len as i32),
                I::I32LtU,
                I::BrIf(0),
                I::End,
            ]);
        }
        // Then constants: every edge for a unary operator, some pairs for a binary one.
        for _ in 0..self.u.int_in_range(8..=32)? {
            for (ty, local) in &operands {
                let value = edge(*ty, self.edge_index(*ty)?);
                probe.body.push(constant(value));
                probe.body.push(I::LocalSet(*local));
            }
            if trap_guard(op).is_some() {
                apply(&mut probe);
            } else {
                probe.fold_start();
                for (ty, _) in &operands {
                    let value = edge(*ty, self.edge_index(*ty)?);
                    probe.body.push(constant(value));
                }
                probe.body.push(op.clone());
                probe.fold_end(*result);
            }
        }
        probe.body.push(I::LocalGet(probe.accumulator()));
        probe.body.push(I::End);
        Ok(probe)
    }
}

fn zero(ty: Ty) -> Value {
    match ty {
        Ty::I32 => Value::I32(0),
        Ty::I64 => Value::I64(0),
        Ty::F32 => Value::F32(0),
        Ty::F64 => Value::F64(0),
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

/// Turns fuzz input into an operator-sweep case: one module of up to six probes, and a call
/// to each with the edge values its parameters were drawn for.
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
    probes.push(builder.sweep()?);
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
            context: Default::default(),
        })
        .collect();
    Ok(GeneratedCase {
        wasm,
        calls,
        generator: super::Generator::Ops,
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
        minimum: 4,
        maximum: Some(4),
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
    elements.active(
        Some(0),
        &ConstExpr::i32_const(0),
        Elements::Functions(identities.into()),
    );
    let mut data = DataSection::new();
    let tables_bytes = [
        (
            DATA_I32,
            I32_EDGES.iter().flat_map(|v| v.to_le_bytes()).collect::<Vec<u8>>(),
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
    let mut module = Module::new();
    module
        .section(&types)
        .section(&functions)
        .section(&tables)
        .section(&memories)
        .section(&global_section)
        .section(&exports)
        .section(&elements)
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
                "Select", "If", "BrIf", "BrTable", "Call", "CallIndirect", "MemoryGrow",
                "MemorySize", "MemoryFill", "MemoryCopy", "GlobalGet", "LocalGet", "I64Store32",
                "I32Load16S", "edge i32 min", "edge i64 -1", "edge f32 signalling NaN",
            ]
            .map(String::from),
        );
        let missing: Vec<&String> = expected.iter().filter(|e| !seen.contains(*e)).collect();
        assert!(missing.is_empty(), "never generated: {missing:?}");
    }
}
