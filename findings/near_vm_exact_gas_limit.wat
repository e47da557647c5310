;; open:near_vm_exact_gas_limit (findings/README.md): a call given exactly the gas it burns.
;; Run at --limited 1000, the limited run's limit is exactly the full run's burnt gas:
;; near-vm runs out of gas, NEAR's wasmtime runner returns.
(module
  (func (export "main")
    (local i64)
    (local.set 0 (i64.add (i64.const 1) (i64.const 2)))))
