;; open:wasmtime48_fuel_at_instantiation. Under wasmtime fuel, wasmtime 48 charges fuel while it
;; instantiates this module (its four active data segments); wasmtime 45 charges none. With 3
;; units of fuel the call returns on winch@45 and fails to instantiate (out of fuel) on winch;
;; from 6 units on both return.
;;   vmdiff run findings/wasmtime48_fuel_at_instantiation.wat --backends winch@45,winch --schemes fuel --gas 3
(module
  (memory 1)
  (data (i32.const 0) "abcd")
  (data (i32.const 16) "efgh")
  (data (i32.const 32) "ijkl")
  (data (i32.const 48) "mnop")
  (func (export "f") (result i32)
    i32.const 5))
