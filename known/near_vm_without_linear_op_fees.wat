;; NEAR's own runtime: near-vm burns less gas than NEAR's wasmtime runner on memory.grow
;; (and on every bulk memory/table operator): instrument_v3's linear-op fees are charged only
;; on wasmtime. `vmdiff run known/near_vm_without_linear_op_fees.wat --backends near`
(module
  (memory 1)
  (func (export "main") (drop (memory.grow (i32.const 1)))))
