(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (param i64)))
  (import "env" "storage_usage" (func (;0;) (type 0) (result i64)))
  (memory (;0;) 1)
  (global (;0;) f64 f64.const 0x1.a81d0f15ef72ep+610 (;=7039462474760392000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;))
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "10" (func 1))
  (func (;1;) (type 1) (param i64)
    (local i64)
    memory.size
    memory.grow
    i32.load16_s offset=1728919941 align=1
    i64.load offset=50414 align=1
    call 0
    i64.lt_u
    loop ;; label = @1
      i64.const 0
      loop (result i64) ;; label = @2
        loop (result i32) ;; label = @3
          loop (result f64) ;; label = @4
            br 1 (;@3;)
            loop ;; label = @5
              br 4 (;@1;)
              br 4 (;@1;)
              local.get 1
              global.get 0
              br 0 (;@5;)
              i64.reinterpret_f64
              global.get 1
              i64.xor
              global.set 1
              global.get 2
              i64.xor
              global.set 2
            end
            f64.const 0x1.d2b197b3e66b2p+555 (;=215000557512567500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
          end
          i64.reinterpret_f64
          global.get 1
          i64.xor
          global.set 1
          i32.const 0
        end
        global.get 3
        i32.xor
        global.set 3
        i64.const 0
      end
      global.get 2
      i64.xor
      global.set 2
      i64.const 0
      i64.xor
      global.set 2
    end
    global.get 3
    i32.xor
    global.set 3
  )
)
