(module
  (type (;0;) (func (param i64) (result i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func (param i64)))
  (type (;3;) (func (result i64)))
  (type (;4;) (func (result i64)))
  (type (;5;) (func (param i64)))
  (type (;6;) (func (result i64)))
  (type (;7;) (func (result i64)))
  (type (;8;) (func (param i64)))
  (type (;9;) (func (param i64 i64 i64)))
  (type (;10;) (func (param i64 i64 i64)))
  (type (;11;) (func))
  (type (;12;) (func (param i64 i64)))
  (type (;13;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;14;) (func (param i64 i64) (result i64)))
  (type (;15;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;16;) (func (param i64 i64 i64 i64 i64 i64)))
  (type (;17;) (func (param i64)))
  (type (;18;) (func (param i64 i64 i64)))
  (type (;19;) (func (param i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;20;) (func (param i64 i64)))
  (type (;21;) (func (param i64 i64 i64 i64)))
  (type (;22;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;23;) (func (param i64 i64 i64)))
  (type (;24;) (func (param i64 i64 i64)))
  (type (;25;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;26;) (func (param i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;27;) (func (param i64 i64) (result i64)))
  (type (;28;) (func (param i64 i64 i64) (result i64)))
  (type (;29;) (func (param i64 i64) (result i64)))
  (type (;30;) (func (param i64 i64 i64)))
  (type (;31;) (func (param i64 i64 i64) (result i64)))
  (type (;32;) (func (param i64 i64 i64) (result i64)))
  (type (;33;) (func (param i64 i64) (result i64)))
  (type (;34;) (func (param i64 i64 i64) (result i64)))
  (type (;35;) (func))
  (type (;36;) (func))
  (type (;37;) (func))
  (import "env" "storage_usage" (func (;0;) (type 4) (result i64)))
  (import "env" "account_balance" (func (;1;) (type 5) (param i64)))
  (import "env" "prepaid_gas" (func (;2;) (type 6) (result i64)))
  (table (;0;) 8 funcref)
  (global (;0;) (mut i32) i32.const -1)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (global (;4;) (mut i64) i64.const 0)
  (export "get" (func 3))
  (elem (;0;) declare func)
  (func (;3;) (type 36)
    (local i64 i32 i32)
    i64.const 1
    i64.extend8_s
    i64.ctz
    i64.clz
    i64.const 0
    local.get 1
    i32.const 1
    i32.const 1
    global.get 0
    local.set 1
    i32.const 680659260
    i32.eqz
    global.get 0
    table.init 0
    block ;; label = @1
      i64.const 0
      global.get 0
      f64.const -nan:0xfffff00000000 (;=NaN;)
      loop (result i32) ;; label = @2
        i32.const 1
        i32.const -1922075496
        i32.shr_s
        i32.extend8_s
        call_indirect (type 3)
        br 1 (;@1;)
        i64.eqz
        f64.convert_i32_s
        i64.reinterpret_f64
        call 2
        i64.const -67108864
        f32.convert_i64_s
        call 0
        f32.convert_i64_s
        i64.trunc_sat_f32_u
        i32.const 64420127
        i32.eqz
        if ;; label = @3
        else
          br 1 (;@2;)
          loop ;; label = @4
            i64.const 1
            f64.convert_i64_s
            i32.const 1
            i64.const -2059880592649065542
            i32.const 0
            i32.const 1
            f64.convert_i32_u
            i64.trunc_sat_f64_u
            i64.eqz
            i32.sub
            call_indirect (type 0)
            call 1
            local.set 1
            i32.trunc_sat_f64_u
            f32.convert_i32_s
            i64.trunc_f32_u
            i64.const 4611686018427387903
            i64.add
            i64.popcnt
            i32.wrap_i64
            local.tee 2
            i32.extend8_s
            f32.convert_i32_u
            f64.const 0x1.3bebe809a6113p-668 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010076324073848564;)
            f32.demote_f64
            f64.const 0x1.6dd0eaef9aa2bp+580 (;=5654839945521253000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
            i64.const -331051964328567033
            loop (result i32) ;; label = @5
              br 3 (;@2;)
              i32.const 1
              i32.ctz
              loop (result i32) ;; label = @6
                i32.const 0
                br 6
                local.tee 2
                f64.convert_i32_u
                local.get 0
                block (result f64) ;; label = @7
                  global.get 2
                  global.set 2
                  global.get 3
                  global.set 3
                  f64.const -0x1.fffffffffffffp+1023 (;=-179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                end
                i64.reinterpret_f64
                global.get 4
                i64.xor
                global.set 4
                global.get 3
                i64.xor
                global.set 3
                i64.reinterpret_f64
                global.get 4
                i64.xor
                global.set 4
                i32.const -1879885968
              end
              global.get 2
              i32.xor
              global.set 2
            end
            global.get 2
            i32.xor
            global.set 2
            global.get 3
            i64.xor
            global.set 3
            i64.reinterpret_f64
            global.get 4
            i64.xor
            global.set 4
            i32.reinterpret_f32
            global.get 1
            i32.xor
            global.set 1
            i32.reinterpret_f32
            global.get 1
            i32.xor
            global.set 1
          end
        end
        global.get 3
        i64.xor
        global.set 3
        i32.reinterpret_f32
        global.get 1
        i32.xor
        global.set 1
        global.get 3
        i64.xor
        global.set 3
        global.get 3
        i64.xor
        global.set 3
        i32.const -290895444
      end
      global.get 2
      i32.xor
      global.set 2
      i64.reinterpret_f64
      global.get 4
      i64.xor
      global.set 4
      global.get 2
      i32.xor
      global.set 2
      i64.const 1
      i64.xor
      global.set 3
    end
    global.get 2
    i32.xor
    global.set 2
    global.get 2
    i32.xor
    global.set 2
    global.get 3
    i64.xor
    global.set 3
    global.get 3
    i64.xor
    global.set 3
  )
)
