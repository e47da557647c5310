;; Known divergence `singlepass_nan_canonicalisation` (policy difference).
;; wasmer 7.4.2 singlepass returns 0x7fc00000 for `nan_neg`, wasmtime 48 (Winch and
;; Cranelift, NaN canonicalisation on) returns 0xffc00000: wasmtime canonicalises the
;; quotient, then `f32.neg` flips its sign bit; singlepass canonicalises after the neg.
;; `vmdiff run known/singlepass_nan_canonicalisation.wat` classifies it as known (exit 0);
;; with `--strict` it exits 1.
(module
  (func (export "nan_neg") (result f32)
    (f32.neg (f32.div (f32.const 0) (f32.const 0))))
  (func (export "demote") (param f64) (result f32)
    (f32.demote_f64 (local.get 0))))
