;; NEAR's own runtime: NEAR's wasmtime runner canonicalises NaN results, near-vm keeps the
;; payload of a demoted NaN, so a contract that looks at the bits traps on near-vm only.
;; `vmdiff run known/near_vm_nan_canonicalisation.wat --backends near --export main`
(module
  (func (export "main")
    (if (i32.and
          (i32.reinterpret_f32 (f32.demote_f64 (f64.const -nan:0xfffffffffe000)))
          (i32.const 0xff))
      (then unreachable))))
