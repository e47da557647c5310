;; Two known classes in one call (tests/explain.rs): at a limit where the fill's charge leaves
;; nothing, Cranelift-none stops at the `memory.fill` and Winch runs on
;; (`cranelift_fuel_check_at_bulk_ops`); at the full limit singlepass's NaN bits differ from
;; wasmtime's (`singlepass_nan_canonicalisation`). Neither transform alone makes every config
;; agree in both re-runs; the two together do.
;; `vmdiff run known/composite_nan_and_fuel_check.wat --export fill --arg 16 --limited 640
;; --backends singlepass,winch,cranelift-none --schemes fuel` shows both known (exit 0).
(module
  (memory 1)
  (func $next (result i32)
    (i32.const 7))
  (func (export "fill") (param i32) (result f32)
    (drop (i32.add (i32.const 1) (i32.const 2)))
    (drop (i32.add (i32.const 1) (i32.const 2)))
    (drop (i32.add (i32.const 1) (i32.const 2)))
    (drop (i32.add (i32.const 1) (i32.const 2)))
    (memory.fill (i32.const 0) (i32.const 0xaa) (local.get 0))
    (drop (i32.add (i32.const 1) (i32.const 2)))
    (drop (call $next))
    (f32.neg (f32.div (f32.const 0) (f32.const 0)))))
