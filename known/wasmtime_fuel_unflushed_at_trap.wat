;; Rule `wasmtime_fuel_unflushed_at_trap` of the equivalence policy (wasmtime 48.0.8; upstream
;; bytecodealliance/wasmtime#13802). Under the `fuel` scheme the call traps with
;; integer_overflow on every config, but Winch reports the fuel consumed before the trap while
;; Cranelift reports less: Cranelift keeps a function's consumption in a local and stores it
;; only before calls, returns and `unreachable`, Winch at every control operator too. So after a
;; trap that is not out-of-fuel Cranelift never reports more than Winch; the oracle checks that
;; relation as a rule (src/oracle.rs, RelaxedRule) instead of re-running, and counts and shows
;; every difference it allows. `vmdiff run known/wasmtime_fuel_unflushed_at_trap.wat --schemes
;; fuel --backends winch,cranelift-none` prints it as a `relaxed` line (exit 0).
(module
  (memory 1)
  (func (export "overflow") (result i32)
    (i32.add (i32.const 1) (i32.const 2))
    (drop)
    (i32.div_s (i32.const 0x80000000) (i32.const -1))))
