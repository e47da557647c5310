//! The exhaustive sweep of one operator over every edge value (every pair, for a binary one).

use super::tables::{edge, loads, table_of, trap_guard, traps_unguarded, value_ops, Ty};
use super::{constant, Builder, Probe};
use crate::outcome::Value;
use wasm_encoder::{BlockType, Instruction as I, MemArg, MemArgTarget};

impl Builder<'_, '_> {
    /// The sweep: one operator over every edge value of its operands (every pair, for a
    /// binary one), read from the data segment in two nested loops — the computed path — then
    /// over some of them as constants — the folding path. Operands that would trap a division
    /// are skipped; so it reaches the one pair a bug may hide behind in a single call.
    pub(super) fn sweep(&mut self) -> arbitrary::Result<Probe> {
        let candidates: Vec<usize> = match &self.swarm {
            Some(swarm) => swarm.ops.clone(),
            None => (0..value_ops().len()).collect(),
        };
        let candidates: Vec<usize> = candidates
            .into_iter()
            .filter(|i| !traps_unguarded(&value_ops()[*i].0))
            .collect();
        if candidates.is_empty() {
            // The swarm holds only truncations that trap: one random probe instead.
            return self.probe();
        }
        let (op, params, result) = &value_ops()[*self.u.choose(&candidates)?];
        let mut probe = Probe {
            params: Vec::new(),
            body: Vec::new(),
            args: Vec::new(),
        };
        let operands: Vec<(Ty, u32)> = params
            .iter()
            .enumerate()
            .map(|(k, ty)| {
                (
                    *ty,
                    if k == 0 {
                        probe.scratch(*ty)
                    } else {
                        probe.scratch2(*ty)
                    },
                )
            })
            .collect();
        // Loop counters: the first two (unused) parameter slots, i32 locals.
        let counters = [0u32, 1];
        let apply = |probe: &mut Probe| {
            probe.fold_start();
            match (trap_guard(op), operands.as_slice()) {
                (Some(guard), [(ty, a), (_, b)]) => {
                    probe.body.extend(guard(*ty, *a, *b));
                    probe.body.push(I::If(BlockType::Result(result.val())));
                    probe
                        .body
                        .extend([I::LocalGet(*a), I::LocalGet(*b), op.clone()]);
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
        for counter in counters.iter().take(operands.len()) {
            probe.body.push(I::I32Const(0));
            probe.body.push(I::LocalSet(*counter));
            probe.body.push(I::Loop(BlockType::Empty));
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
        // Then 8 to 32 draws of edge operands as constants: the folding path (through the
        // operand locals where a guard has to read them first).
        for _ in 0..self.u.int_in_range(8..=32)? {
            let guarded = trap_guard(op).is_some();
            if !guarded {
                probe.fold_start();
            }
            for (ty, local) in &operands {
                probe.body.push(constant(edge(*ty, self.edge_index(*ty)?)));
                if guarded {
                    probe.body.push(I::LocalSet(*local));
                }
            }
            if guarded {
                apply(&mut probe);
            } else {
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
