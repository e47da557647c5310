;; NEAR's own runtime, the linear-op fee class where near-vm burns *more*: a promise holds some
;; of the prepaid gas, so each VM stops at the first charge past the prepaid gas less the
;; promise's share and keeps what that charge burnt (near-vm-runner 0.37.0
;; logic/gas_counter.rs l. 169-196 caps burnt gas at the prepaid gas only). The spinning loop
;; charges 2 R an iteration (`loop` and `br`); the grow charged near-wasmtime B = 32 R and
;; near-vm R, 31 R apart, so the VMs cross the limit R apart in phase, near-vm later at this
;; gas and near-wasmtime later at the next R. Without the grow both burn alike (the re-run).
;; `vmdiff run known/near_vm_without_linear_op_fees_loop_phase.wat --backends near`
(module
  (import "env" "promise_batch_create" (func $promise_batch_create (param i64 i64) (result i64)))
  (import "env" "promise_batch_action_deploy_contract" (func $deploy (param i64 i64 i64)))
  (memory 1)
  (data (i32.const 0) "a.near")
  (func (export "main")
    (call $deploy (call $promise_batch_create (i64.const 6) (i64.const 0)) (i64.const 0) (i64.const 0))
    (drop (memory.grow (i32.const 0)))
    (loop $spin (br $spin))))
