;; Known divergence `cranelift_fuel_check_at_bulk_ops` (policy difference, wasmtime 48.0.8).
;; Under the `fuel` scheme Cranelift checks fuel at every bulk or grow operator whose size is not
;; a constant (here `memory.grow` by a parameter); Winch checks only at function entry and loop
;; headers. At a limit that runs out before the grow, Cranelift stops there with out-of-fuel;
;; Winch, past its last check, runs on and returns.
;; `vmdiff run known/cranelift_fuel_check_at_bulk_ops.wat --export grow --arg 1 --schemes fuel
;; --backends winch,cranelift-none --limited 650` shows it as known (exit 0): the explanation
;; puts an empty `loop` (a fuel check point on both compilers, costing 0) right before and right
;; after the grow in the prepared bytes, which makes every config agree.
(module
  (memory 1 4)
  (func (export "grow") (param i32) (result i32)
    (drop (i32.add (i32.const 1) (i32.const 2)))
    (drop (i32.add (i32.const 1) (i32.const 2)))
    (drop (i32.add (i32.const 1) (i32.const 2)))
    (drop (memory.grow (local.get 0)))
    (drop (i32.add (i32.const 1) (i32.const 2)))
    (drop (i32.add (i32.const 1) (i32.const 2)))
    (memory.size)))
