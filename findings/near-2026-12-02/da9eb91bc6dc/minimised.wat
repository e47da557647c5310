(module
  (type (;0;) (func (param i64 i64 i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func (param i64 i64 i64)))
  (type (;4;) (func (param i64 i64 i64)))
  (type (;5;) (func (param i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;6;) (func (param i64 i64)))
  (type (;7;) (func (param i64 i64)))
  (type (;8;) (func (param i64 i64) (result i64)))
  (type (;9;) (func (param i64 i64) (result i64)))
  (type (;10;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;11;) (func (param i64)))
  (type (;12;) (func (param i64 i64 i64)))
  (type (;13;) (func (param i64 i64 i64 i64)))
  (type (;14;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;15;) (func (param i64 i64 i64)))
  (type (;16;) (func (param i64 i64 i64) (result i64)))
  (type (;17;) (func (param i64 i64 i64)))
  (type (;18;) (func (param i64 i64 i64) (result i64)))
  (type (;19;) (func (param i64 i64 i64) (result i64)))
  (type (;20;) (func))
  (type (;21;) (func))
  (import "env" "epoch_height" (func (;0;) (type 1) (result i64)))
  (memory (;0;) 0)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "main" (func 1))
  (elem (;0;) declare func)
  (func (;1;) (type 20)
    (local f64 f32)
    memory.size
    memory.size
    f64.convert_i32_u
    i32.const 0
    local.get 1
    loop ;; label = @1
      i64.const 0
      f32.convert_i64_u
      f32.abs
      i64.trunc_f32_u
      block (result f64) ;; label = @2
        i64.const -4026928690523433051
        i64.eqz
        memory.grow
        loop ;; label = @3
          local.get 0
          f32.demote_f64
          f32.trunc
          f64.promote_f32
          loop ;; label = @4
          end
          i32.const 0
          f32.convert_i32_s
          i64.trunc_f32_u
          i64.const 0
          i64.xor
          i64.extend16_s
          elem.drop 0
          f32.const 0x1.06855cp+55 (;=36946537000000000;)
          i32.trunc_f32_s
          f32.load align=2
          local.set 1
          i32.const 1
          i64.const 0
          i64.ctz
          i64.store16 align=1
          i64.const -8280073710672402092
          br 0 (;@3;)
          br 2 (;@1;)
          i64.ne
          f32.convert_i32_u
          local.get 0
          local.get 0
          f64.max
          block ;; label = @4
            call 1
            i64.const 1
            i64.extend32_s
            loop ;; label = @5
              call 0
              f32.const 0x1.2ec7cep+27 (;=158744180;)
              i64.trunc_f32_u
              i64.ge_u
              i32.const 0
              i32.add
              i64.load32_u
              memory.size
              br 4 (;@1;)
              i64.load8_u
              i64.shl
              local.get 0
              f64.nearest
              f32.const -0x1.b5480cp-85 (;=-0.00000000000000000000000004415414;)
              loop (result i32) ;; label = @6
                i64.const 1
                f32.const 0x0p+0 (;=0;)
                f32.const -0x1.4c93ep-118 (;=-0.0000000000000000000000000000000000039094313;)
                i64.const -1073741825
                i64.const 0
                block ;; label = @7
                  br 0 (;@7;)
                  global.get 0
                  global.set 0
                end
                global.get 1
                i64.xor
                global.set 1
                i64.const 1
                i64.xor
                global.set 1
                i32.reinterpret_f32
                global.get 2
                i32.xor
                global.set 2
                i32.reinterpret_f32
                global.get 2
                i32.xor
                global.set 2
                global.get 1
                i64.xor
                global.set 1
                i32.const 0
              end
              i32.const 0
              i32.xor
              global.set 3
              i32.reinterpret_f32
              global.get 2
              i32.xor
              global.set 2
              i64.reinterpret_f64
              global.get 0
              i64.xor
              global.set 0
              global.get 1
              i64.xor
              global.set 1
            end
            global.get 1
            i64.xor
            global.set 1
          end
          i64.reinterpret_f64
          global.get 0
          i64.xor
          global.set 0
          i32.reinterpret_f32
          global.get 2
          i32.xor
          global.set 2
          i64.reinterpret_f64
          global.get 0
          i64.xor
          global.set 0
        end
        global.get 3
        i32.xor
        global.set 3
        f64.const -0x1.949ac954d682p+747 (;=-1170031755052172800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
      end
      i64.reinterpret_f64
      global.get 0
      i64.xor
      global.set 0
      global.get 1
      i64.xor
      global.set 1
    end
    i32.reinterpret_f32
    global.get 2
    i32.xor
    global.set 2
    global.get 3
    i32.xor
    global.set 3
    i64.reinterpret_f64
    global.get 0
    i64.xor
    global.set 0
    global.get 3
    i32.xor
    global.set 3
  )
)
