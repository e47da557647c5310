;; Known divergence `cranelift_fuel_check_at_bulk_ops`, the case where both run out of fuel
;; (policy difference, wasmtime 48.0.8). Under the `fuel` scheme Cranelift checks fuel at the
;; `memory.fill` (its length is not a constant: the fuel scheme passes it through
;; `vmdiff_charge_bulk`); Winch checks only at function entry and loop headers. At a limit that
;; runs out before the fill, Cranelift stops there, before filling; Winch fills, runs on and
;; stops at its next check, the entry of `$next`. Both are out of fuel, with the same (empty)
;; host trace, and only the memory they leave differs:
;; `unknown:state:winch/fuel~cranelift-none/fuel:gas_exhausted~gas_exhausted` before the class
;; accepted it. `vmdiff run known/cranelift_fuel_check_at_bulk_ops_memory.wat --export fill
;; --arg 16 --schemes fuel --backends winch,cranelift-none --limited 677` shows it as known
;; (exit 0): with an empty `loop` before and after the fill in the prepared bytes, both stop at
;; the loop before it and leave the same memory.
(module
  (memory 1)
  (func $next (result i32)
    (i32.const 7))
  (func (export "fill") (param i32) (result i32)
    (drop (i32.add (i32.const 1) (i32.const 2)))
    (drop (i32.add (i32.const 1) (i32.const 2)))
    (drop (i32.add (i32.const 1) (i32.const 2)))
    (drop (i32.add (i32.const 1) (i32.const 2)))
    (memory.fill (i32.const 0) (i32.const 0xaa) (local.get 0))
    (drop (i32.add (i32.const 1) (i32.const 2)))
    (call $next)))
