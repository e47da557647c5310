(module
  (type (;0;) (func))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (param i64)))
  (type (;3;) (func (param i64)))
  (type (;4;) (func))
  (type (;5;) (func (param i32) (result f64)))
  (import "env" "panic" (func (;0;) (type 0)))
  (table (;0;) 15 26 funcref)
  (memory (;0;) 0)
  (global (;0;) (mut f64) f64.const -0x1.4bddf18279bf8p-671 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000013231131007557808;))
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (global (;4;) (mut i32) i32.const 0)
  (export "7" (func 1))
  (func (;1;) (type 5) (param i32) (result f64)
    (local f64)
    loop ;; label = @1
      i64.const 0
      i32.const -64
      block (result i32) ;; label = @2
        i32.const 1
      end
      local.tee 0
      i32.shr_u
      memory.grow
      i64.extend_i32_u
      global.get 0
      i64.trunc_sat_f64_s
      i64.le_u
      call_indirect (type 4)
      i64.clz
      f32.const 0x1p-123 (;=0.00000000000000000000000000000000000009403955;)
      i64.const 7647142195487407723
      block ;; label = @2
        call 0
        i32.const 1
        i32.load16_u align=1
        i64.load8_u offset=3921878137
        i64.const 0
        i64.const -4294967297
        local.get 1
        memory.size
        i64.const -1653451958722507802
        i64.store32 align=2
        f64.nearest
        local.set 1
        i64.ge_s
        br_if 1 (;@1;)
        local.get 1
        local.get 1
        f32.demote_f64
        block (result i64) ;; label = @3
          block ;; label = @4
            call 0
            i32.const 1
            br_if 3 (;@1;)
            memory.size
            br_table 0 (;@4;) 2 (;@2;) 3 (;@1;) 2 (;@2;)
            local.get 1
            i64.reinterpret_f64
            i64.extend32_s
            f32.const -0x1.ad05a6p-86 (;=-0.000000000000000000000000021660079;)
            i64.const 3971422077933112216
            i64.eqz
            br_if 3 (;@1;)
            loop (result f32) ;; label = @5
              i32.const 0
              i64.load16_s align=1
              i64.const 0
              i64.mul
              br 4 (;@1;)
              i64.ctz
              i64.ctz
              i64.eqz
              i64.load8_u
              f32.convert_i64_s
              f32.sqrt
              i64.trunc_f32_u
              i32.const 0
              br_if 4 (;@1;)
              i64.extend8_s
              i64.extend16_s
              loop (result f64) ;; label = @6
                i64.const 1
                i32.const -97093109
                loop ;; label = @7
                  block (result i64) ;; label = @8
                    i64.const 1
                    br 2 (;@6;)
                  end
                  br 4 (;@3;)
                end
                global.get 1
                i32.xor
                global.set 1
                global.get 2
                i64.xor
                global.set 2
                f64.const -0x1.d5665c7896143p+825 (;=-410250767835276550000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
              end
              i64.reinterpret_f64
              global.get 3
              i64.xor
              global.set 3
              global.get 2
              i64.xor
              global.set 2
              f32.const -nan:0x7ffc00 (;=NaN;)
            end
            i32.reinterpret_f32
            global.get 4
            i32.xor
            global.set 4
            i32.reinterpret_f32
            global.get 4
            i32.xor
            global.set 4
            global.get 2
            i64.xor
            global.set 2
          end
          i64.const 0
        end
        i64.const -8896105690835293025
        i64.xor
        global.set 2
        i32.reinterpret_f32
        global.get 4
        i32.xor
        global.set 4
        i64.reinterpret_f64
        global.get 3
        i64.xor
        global.set 3
        global.get 2
        i64.xor
        global.set 2
      end
      global.get 2
      i64.xor
      global.set 2
      i32.reinterpret_f32
      global.get 4
      i32.xor
      global.set 4
      global.get 2
      i64.xor
      global.set 2
    end
    f64.const -nan:0xfffffffffffbf (;=NaN;)
  )
)
