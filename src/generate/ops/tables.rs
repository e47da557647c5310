//! The operator sweep's tables: value types, the edge values of each, the operators by
//! operand and result types, and which of them trap (and how a sweep guards them).

use crate::outcome::Value;
use wasm_encoder::{Instruction as I, MemArg, ValType as V};

use super::{DATA_F32, DATA_F64, DATA_I32, DATA_I64};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Ty {
    I32,
    I64,
    F32,
    F64,
}

pub(super) const TYPES: [Ty; 4] = [Ty::I32, Ty::I64, Ty::F32, Ty::F64];

impl Ty {
    pub(super) fn val(self) -> V {
        match self {
            Ty::I32 => V::I32,
            Ty::I64 => V::I64,
            Ty::F32 => V::F32,
            Ty::F64 => V::F64,
        }
    }

    pub(super) fn index(self) -> u32 {
        self as u32
    }
}

pub(super) const I32_EDGES: &[i32] = &[
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

pub(super) const I64_EDGES: &[i64] = &[
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

pub(super) const F32_EDGES: &[u32] = &[
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

pub(super) const F64_EDGES: &[u64] = &[
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
pub(super) const ADDRESS_EDGES: &[i32] = &[
    0,
    1,
    3,
    4,
    7,
    8,
    1024,
    65_528,
    65_532,
    65_534,
    65_535,
    65_536,
    65_537,
    -1,
    -8,
    i32::MAX,
];
pub(super) const OFFSET_EDGES: &[u64] = &[0, 1, 4, 8, 1024, 65_532, 65_535, 65_536, 0xffff_ffff];

/// Operators that take and give plain values: (instruction, operand types, result type).
pub(super) fn value_ops() -> &'static [(I<'static>, &'static [Ty], Ty)] {
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
pub(super) fn loads(ty: Ty) -> &'static [(fn(MemArg) -> I<'static>, u32)] {
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

pub(super) fn stores(ty: Ty) -> &'static [(fn(MemArg) -> I<'static>, u32)] {
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

pub(super) fn edges_of(ty: Ty) -> usize {
    match ty {
        Ty::I32 => I32_EDGES.len(),
        Ty::I64 => I64_EDGES.len(),
        Ty::F32 => F32_EDGES.len(),
        Ty::F64 => F64_EDGES.len(),
    }
}

pub(super) fn edge(ty: Ty, index: usize) -> Value {
    match ty {
        Ty::I32 => Value::I32(I32_EDGES[index]),
        Ty::I64 => Value::I64(I64_EDGES[index]),
        Ty::F32 => Value::F32(F32_EDGES[index]),
        Ty::F64 => Value::F64(F64_EDGES[index]),
    }
}

/// The loads of the edge tables: where each type's table starts, its width, its length.
pub(super) fn table_of(ty: Ty) -> (u32, u32, u32) {
    let (base, width) = match ty {
        Ty::I32 => (DATA_I32, 4),
        Ty::I64 => (DATA_I64, 8),
        Ty::F32 => (DATA_F32, 4),
        Ty::F64 => (DATA_F64, 8),
    };
    (base, width, edges_of(ty) as u32)
}

/// Whether an operator traps for some operands (then a sweep guards it).
pub(super) fn trap_guard(op: &I) -> Option<fn(Ty, u32, u32) -> Vec<I<'static>>> {
    // Each guard computes "safe" (i32) from the operands in locals a and b.
    pub(super) fn nonzero(ty: Ty, _a: u32, b: u32) -> Vec<I<'static>> {
        match ty {
            Ty::I32 => vec![I::LocalGet(b), I::I32Const(0), I::I32Ne],
            _ => vec![I::LocalGet(b), I::I64Const(0), I::I64Ne],
        }
    }
    pub(super) fn no_overflow(ty: Ty, a: u32, b: u32) -> Vec<I<'static>> {
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
pub(super) fn traps_unguarded(op: &I) -> bool {
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
