(module
  (type (;0;) (func))
  (type (;1;) (func (param i64 i64 i64 i64 i64) (result i64)))
  (type (;2;) (func (result i64)))
  (import "env" "panic" (func (;0;) (type 0)))
  (import "env" "prepaid_gas" (func (;1;) (type 2) (result i64)))
  (memory (;0;) 3)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "11" (func 2))
  (elem (;0;) declare func)
  (elem (;1;) func)
  (elem (;2;) declare func)
  (func (;2;) (type 1) (param i64 i64 i64 i64 i64) (result i64)
    (local i64)
    f32.const 0x1.p-137 (;=0.00000000000000000000000000000000000000000574;)
    i32.reinterpret_f32
    memory.grow
    i64.const 7940633464512944846
    f64.const -nan:0xfffffffffc000 (;=NaN;)
    i64.trunc_f64_u
    i64.popcnt
    local.get 4
    i64.extend16_s
    elem.drop 0
    i32.const 0
    nop
    f64.const -0x1.58f747b63cb4cp-948 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005663701550635135;)
    call 0
    i64.const 0
    f32.convert_i64_u
    loop (result i32) ;; label = @1
      call 0
      elem.drop 1
      call 1
      block ;; label = @2
      end
      i64.extend32_s
      elem.drop 0
      f32.const -0x1.4dbbcap+110 (;=-1692230100000000000000000000000000;)
      block (result f64) ;; label = @2
        block (result i64) ;; label = @3
          block (result i64) ;; label = @4
            f32.const 0x1p-95 (;=0.00000000000000000000000000002524355;)
            call 1
            i64.clz
            loop (result f32) ;; label = @5
              i64.const 0
              f64.convert_i64_u
              f32.demote_f64
              br 4 (;@1;)
              call 0
              memory.size
              block ;; label = @6
                i64.const -4
                block ;; label = @7
                  f64.const -nan:0xffc0000000000 (;=NaN;)
                  i32.const 0
                  call 0
                  nop
                  i64.const 0
                  f64.convert_i64_u
                  f64.ceil
                  f64.store offset=36612
                  i32.trunc_sat_f64_u
                  elem.drop 2
                  loop ;; label = @8
                    data.drop 0
                  end
                  i32.const 1655515929
                  i32.xor
                  global.set 0
                end
                global.get 2
                i64.xor
                global.set 2
              end
              global.get 0
              i32.xor
              global.set 0
            end
            i32.reinterpret_f32
            global.get 3
            i32.xor
            global.set 3
            global.get 2
            i64.xor
            global.set 2
            i32.reinterpret_f32
            global.get 3
            i32.xor
            global.set 3
            i64.const 0
          end
        end
        global.get 2
        i64.xor
        global.set 2
        f64.const -nan:0xffffffffffff7 (;=NaN;)
      end
      i64.reinterpret_f64
      global.get 1
      i64.xor
      global.set 1
      i32.reinterpret_f32
      global.get 3
      i32.xor
      global.set 3
      global.get 2
      i64.xor
      global.set 2
      i32.const 0
    end
    global.get 0
    i32.xor
    global.set 0
    i32.reinterpret_f32
    i32.const 0
    i32.xor
    global.set 3
    i64.reinterpret_f64
    global.get 1
    i64.xor
    global.set 1
    global.get 0
    i32.xor
    global.set 0
    global.get 2
    i64.xor
    global.set 2
    global.get 2
    i64.xor
    global.set 2
    global.get 2
    i64.xor
    global.set 2
    global.get 0
    i32.xor
    global.set 0
    i64.const 1
  )
  (data (;0;) "")
)
