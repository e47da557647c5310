(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func (param i64)))
  (type (;3;) (func (result i64)))
  (type (;4;) (func (param i64 i64 i64)))
  (type (;5;) (func (param i64) (result i64)))
  (type (;6;) (func (param i64 i64)))
  (type (;7;) (func (param i64 i64 i64 i64)))
  (type (;8;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;9;) (func (param i64 i64 i64 i64)))
  (type (;10;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;11;) (func (param i64 i64) (result i64)))
  (type (;12;) (func (param i64)))
  (type (;13;) (func))
  (type (;14;) (func))
  (type (;15;) (func))
  (import "env" "account_balance" (func (;0;) (type 1) (param i64)))
  (import "env" "attached_deposit" (func (;1;) (type 2) (param i64)))
  (import "env" "used_gas" (func (;2;) (type 3) (result i64)))
  (table (;0;) 39 79 funcref)
  (memory (;0;) 0 1)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "get" (func 3))
  (func (;3;) (type 13)
    (local i64 i32)
    i32.const -11130305
    memory.grow
    loop (result f32) ;; label = @1
      loop (result f64) ;; label = @2
        block ;; label = @3
          br 0 (;@3;)
        end
        call 3
        call 5
        i32.const 0
        i64.const 2048
        i64.const 0
        f64.convert_i64_u
        i64.const 0
        f32.convert_i64_u
        f32.nearest
        local.get 0
        call 1
        f64.const -0x1.844fe336e3aa5p+841 (;=-22241663597369386000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
        local.get 1
        f32.convert_i32_u
        local.get 1
        br_table 0 (;@2;) 1 (;@1;) 2 1 (;@1;)
        i32.const 0
        f64.load align=4
        unreachable
        local.get 1
        block (result f32) ;; label = @3
          f64.const -0x1.9d2961eafd4bbp+860 (;=-12407272172347692000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
          i32.trunc_sat_f64_s
          local.get 0
          i64.extend8_s
          i64.store align=1
          f32.const 0x1.4d9a62p+9 (;=667.2061;)
          br 3
          f32.sqrt
          i64.trunc_f32_u
          loop (result i32) ;; label = @4
            f64.const -0x1.fffffffffffffp+896 (;=-1056589062271330400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
            memory.size
            i64.load16_u align=1
            f32.const 0x1.26ef7cp-110 (;=0.0000000000000000000000000000000008875392;)
            i32.trunc_sat_f32_u
            call_indirect (type 5)
            local.set 0
            f64.sqrt
            f64.neg
            local.get 1
            local.set 1
            loop (result f64) ;; label = @5
              memory.size
              call 5
              f64.const -0x1.b902fb338c35fp-362 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000018337987066761917;)
              call 4
              i64.const 0
              i32.const 0
              i64.const 5455387810008521419
              local.get 0
              block ;; label = @6
                call 2
                local.tee 0
                i64.const 0
                call 0
                i32.const 0
                local.get 0
                block (result i64) ;; label = @7
                  local.get 0
                  br 1 (;@6;)
                  f32.convert_i64_u
                  i64.const 1
                  br 6 (;@1;)
                  local.tee 0
                  i64.clz
                  i32.wrap_i64
                  loop (result f32) ;; label = @8
                    i64.const 1
                    local.set 0
                    i64.const 0
                    block (result f64) ;; label = @9
                      br 5 (;@4;)
                      memory.size
                      call_indirect (type 0)
                      call 4
                      global.get 0
                      i64.xor
                      global.set 0
                      f64.const 0x1.0c2a1d022cf36p-140 (;=0.0000000000000000000000000000000000000000007515570184629613;)
                    end
                    i64.reinterpret_f64
                    global.get 1
                    i64.xor
                    global.set 1
                    global.get 0
                    i64.xor
                    global.set 0
                    f32.const -0x1.dfa394p+62 (;=-8640407700000000000;)
                  end
                  i32.reinterpret_f32
                  i32.const 0
                  i32.xor
                  global.set 3
                  global.get 2
                  i32.xor
                  global.set 2
                  i32.reinterpret_f32
                  i32.const 0
                  i32.xor
                  global.set 3
                  i64.const 0
                end
                global.get 0
                i64.xor
                global.set 0
                global.get 0
                i64.xor
                global.set 0
                global.get 2
                i32.xor
                global.set 2
                global.get 0
                i64.xor
                global.set 0
              end
              global.get 0
              i64.xor
              global.set 0
              global.get 0
              i64.xor
              global.set 0
              global.get 2
              i32.xor
              global.set 2
              global.get 0
              i64.xor
              global.set 0
              i64.reinterpret_f64
              global.get 1
              i64.xor
              global.set 1
              global.get 2
              i32.xor
              global.set 2
              f64.const -0x1.fc0d85548961bp-1003 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000023151719198151257;)
            end
            i64.reinterpret_f64
            global.get 1
            i64.xor
            global.set 1
            i64.reinterpret_f64
            global.get 1
            i64.xor
            global.set 1
            i32.const -4
          end
          global.get 2
          i32.xor
          global.set 2
          global.get 0
          i64.xor
          global.set 0
          f32.const 0x1.6beep-41 (;=0.000000000000646469;)
        end
        i32.reinterpret_f32
        global.get 3
        i32.xor
        global.set 3
        global.get 2
        i32.xor
        global.set 2
        i64.reinterpret_f64
        global.get 1
        i64.xor
        global.set 1
        i32.reinterpret_f32
        global.get 3
        i32.xor
        global.set 3
        i64.reinterpret_f64
        global.get 1
        i64.xor
        global.set 1
        i32.reinterpret_f32
        i32.const 0
        i32.xor
        global.set 3
        i64.reinterpret_f64
        global.get 1
        i64.xor
        global.set 1
        i64.const 1
        i64.xor
        global.set 0
        global.get 2
        i32.xor
        global.set 2
        f64.const -nan:0xffffffffffeff (;=NaN;)
      end
      i64.reinterpret_f64
      global.get 1
      i64.xor
      global.set 1
      f32.const 0x1.8c3f18p-33 (;=0.00000000018019203;)
    end
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
    global.get 2
    i32.xor
    global.set 2
  )
  (func (;4;) (type 14))
  (func (;5;) (type 15))
)
