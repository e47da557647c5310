;; NEAR's own runtime: both VMs refuse to link an import NEAR does not provide, each with its
;; own message. `vmdiff run known/near_link_error_message.wat --backends near`
(module
  (import "env" "vmdiff_no_such_function" (func $missing))
  (memory 1)
  (func (export "main") (call $missing)))
