(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (param i64)))
  (type (;3;) (func))
  (import "env" "epoch_height" (func (;0;) (type 0) (result i64)))
  (import "env" "prepaid_gas" (func (;1;) (type 1) (result i64)))
  (import "env" "random_seed" (func (;2;) (type 2) (param i64)))
  (memory (;0;) 0)
  (global (;0;) f32 f32.const 0x1.860beep-55 (;=0.000000000000000042288937;))
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (global (;4;) (mut i32) i32.const 0)
  (export "main" (func 3))
  (func (;3;) (type 3)
    (local f64)
    block (result f64) ;; label = @1
      i32.const 8388608
      memory.grow
      i32.const 0
      i32.rotr
      br_table 1 1
      block ;; label = @2
        block ;; label = @3
          call 1
          i32.const 0
          br_if 0 (;@3;)
          f32.convert_i64_s
          loop (result f32) ;; label = @4
            f64.const 0x1.f0c6db5ef2f93p+593 (;=62908416837408745000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
            f32.const -0x1.efef74p-14 (;=-0.000118240205;)
            br 0 (;@4;)
            block ;; label = @5
              global.get 0
              call 0
              i32.const 1
              br 3 (;@2;)
              block ;; label = @6
                i64.const 1
                call 2
                global.get 2
                global.set 2
                global.get 3
                global.set 3
              end
              global.get 1
              i32.xor
              global.set 1
              i64.const 0
              i64.xor
              global.set 3
              i32.reinterpret_f32
              i32.const 0
              i32.xor
              global.set 4
            end
            i32.reinterpret_f32
            i32.const 0
            i32.xor
            global.set 4
            i64.reinterpret_f64
            global.get 2
            i64.xor
            global.set 2
            f32.const 0x1.b6ac3p+68 (;=505755100000000000000;)
          end
          i32.reinterpret_f32
          i32.const 0
          i32.xor
          global.set 4
          i32.reinterpret_f32
          i32.const 0
          i32.xor
          global.set 4
        end
      end
      f64.const 0x1p+0 (;=1;)
    end
    i64.reinterpret_f64
    global.get 2
    i64.xor
    global.set 2
  )
)
