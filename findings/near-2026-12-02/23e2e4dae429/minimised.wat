(module
  (type (;0;) (func))
  (memory (;0;) 0)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (export "main" (func 0))
  (func (;0;) (type 0)
    (local i64 i64)
    i32.const 1
    i32.eqz
    if ;; label = @1
    else
      block ;; label = @2
        i32.const 1
        f64.load
        block ;; label = @3
          i64.const 1
          memory.size
          i32.const 0
          memory.grow
          local.get 1
          f64.reinterpret_i64
          loop (result f32) ;; label = @4
            block (result i32) ;; label = @5
              f32.const 0x1p+0 (;=1;)
              f32.trunc
              loop (result i32) ;; label = @6
                i32.const 1
              end
              global.get 0
              i32.xor
              global.set 0
              i32.reinterpret_f32
              i32.const 0
              i32.xor
              global.set 1
              i32.const 0
            end
            i32.const 1
            i32.xor
            global.set 0
            f32.const 0x1.a53524p+10 (;=1684.8303;)
          end
          i32.reinterpret_f32
          global.get 1
          i32.xor
          global.set 1
          i64.reinterpret_f64
          global.get 2
          i64.xor
          global.set 2
          global.get 0
          i32.xor
          global.set 0
          global.get 0
          i32.xor
          global.set 0
          i64.const 1
          i64.xor
          global.set 3
        end
        drop
      end
    end
  )
)
