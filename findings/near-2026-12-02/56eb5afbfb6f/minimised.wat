(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func))
  (type (;2;) (func))
  (import "env" "random_seed" (func (;0;) (type 0) (param i64)))
  (memory (;0;) 2)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (export "main" (func 1))
  (func (;1;) (type 1)
    i32.const -513
    memory.grow
    block (result i64) ;; label = @1
      block (result f64) ;; label = @2
        f64.const -0x1.1534ede8cf22p+494 (;=-55383666317638080000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
        i32.trunc_f64_s
        br_if 2
        i32.const 0
        block ;; label = @3
          block ;; label = @4
            i64.const 0
            call 0
            loop (result i64) ;; label = @5
              i32.const 0
              f64.convert_i32_s
              br 0 (;@5;)
              call 2
              f64.neg
              br 1 (;@4;)
              i64.trunc_sat_f64_s
            end
            i64.const 0
            i64.xor
            global.set 1
            br 1 (;@3;)
          end
          loop ;; label = @4
            i64.const 1
            call 0
            loop (result i64) ;; label = @5
              i32.const 0
              f64.convert_i32_s
              br 0 (;@5;)
              call 2
              f64.neg
              br 1 (;@4;)
              i64.trunc_sat_f64_s
            end
            i64.const 1
            i64.xor
            global.set 1
          end
        end
        i32.const 1
        i32.xor
        global.set 0
        f64.const -0x1.bc74910efecebp+492 (;=-22199644934195816000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
      end
      i64.reinterpret_f64
      i64.const 0
      i64.xor
      global.set 2
      i64.const 0
    end
    i64.const 1
    i64.xor
    global.set 1
    global.get 0
    i32.xor
    global.set 0
  )
  (func (;2;) (type 2))
)
