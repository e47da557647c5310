(module
  (type (;0;) (func))
  (type (;1;) (func))
  (import "env" "panic" (func (;0;) (type 0)))
  (memory (;0;) 0)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (export "get" (func 1))
  (func (;1;) (type 1)
    i32.const 0
    f64.convert_i32_u
    memory.size
    f32.const 0x1.442fa4p-49 (;=0.000000000000002249493;)
    memory.size
    memory.grow
    block ;; label = @1
      block ;; label = @2
        call 0
        br 1 (;@1;)
      end
      loop ;; label = @2
        call 0
      end
    end
    i32.const 1
    i32.xor
    global.set 0
    i32.reinterpret_f32
    i32.const 1
    i32.xor
    global.set 2
    global.get 0
    i32.xor
    global.set 0
    i64.reinterpret_f64
    i64.const 1
    i64.xor
    global.set 1
  )
)
