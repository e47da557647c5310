(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func (param i64)))
  (type (;4;) (func (result i64)))
  (type (;5;) (func (param i64 i64 i64)))
  (type (;6;) (func (param i64 i64 i64)))
  (type (;7;) (func (param i64 i64 i64 i64)))
  (type (;8;) (func (param i64 i64 i64 i64)))
  (type (;9;) (func (param i64 i64 i64 i64)))
  (type (;10;) (func (param i64)))
  (type (;11;) (func (param i64 i64 i64) (result i64)))
  (type (;12;) (func))
  (type (;13;) (func))
  (type (;14;) (func))
  (type (;15;) (func))
  (import "env" "epoch_height" (func (;0;) (type 2) (result i64)))
  (import "env" "account_balance" (func (;1;) (type 3) (param i64)))
  (import "env" "used_gas" (func (;2;) (type 4) (result i64)))
  (table (;0;) 39 79 funcref)
  (memory (;0;) 0 1)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "callback" (func 6))
  (func (;3;) (type 12))
  (func (;4;) (type 13)
    i32.const 0
    f32.convert_i32_u
    i64.const 0
    f64.reinterpret_i64
    i32.trunc_f64_s
    i32.const 8
    memory.grow
    i32.add
    i32.load
    i64.load32_s
    f64.convert_i64_u
    f64.ceil
    block ;; label = @1
      f64.const 0x1.11572e122e0b5p-712 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004955724793719592;)
      i64.reinterpret_f64
      block ;; label = @2
      end
      f64.convert_i64_s
      i64.const 0
      f64.convert_i64_s
      br 0 (;@1;)
      f64.add
      i64.trunc_f64_s
      i64.popcnt
      i32.wrap_i64
      i32.load align=1
      i64.extend_i32_u
      i64.clz
      call 0
      i64.eq
      f64.load align=2
      f64.const 0x1.ffffffffffffp-1026 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002781342323133997;)
      f64.ge
      br_table 0 (;@1;) 1 1
      call 2
      i64.extend8_s
      f32.const -0x1.c8f148p+122 (;=-9490324500000000000000000000000000000;)
      f32.abs
      i64.const 0
      f64.const -0x1.bd2d5d0ea5824p+578 (;=-1720403998392039800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
      data.drop 0
      f64.const -0x1.437bd5e7b0e18p+310 (;=-2635792004928208500000000000000000000000000000000000000000000000000000000000000000000000000000;)
      i32.trunc_sat_f64_s
      block (result i64) ;; label = @2
        f32.const 0x1.419e5cp-53 (;=0.00000000000000013947983;)
        block ;; label = @3
          call 4
          f32.const -0x1.26a80ep-33 (;=-0.00000000013399425;)
          br 0 (;@3;)
          i32.const 0
          f32.const 0x1.dfe2f8p+110 (;=2433314100000000000000000000000000;)
          f32.neg
          br 3
          f32.const -nan:0x3fffff (;=NaN;)
          f32.le
          i64.extend_i32_u
          i64.store align=1
          loop ;; label = @4
            loop ;; label = @5
              i64.const 0
              i64.extend8_s
              f64.convert_i64_s
              block ;; label = @6
                data.drop 0
                call 6
                call 2
                i32.const 1
                f64.load align=4
                i64.const 0
                i32.const 127278022
                i32.load8_s
                i64.load16_s align=1
                i64.ge_u
                br 1 (;@5;)
                f32.const -0x1.f21448p+38 (;=-534808500000;)
                i64.trunc_f32_u
                f32.convert_i64_u
                block ;; label = @7
                  block ;; label = @8
                    br 1 (;@7;)
                  end
                  loop ;; label = @8
                  end
                end
                i32.const 3
                memory.size
                i32.ne
                i32.load16_u
                br_if 6
                i32.const 1
                i64.load8_s
                f64.reinterpret_i64
                f64.abs
                f32.demote_f64
                i32.trunc_f32_s
                block (result f64) ;; label = @7
                  loop (result i64) ;; label = @8
                    br 7 (;@1;)
                    br 5 (;@3;)
                    memory.size
                    br 3 (;@5;)
                    i64.load8_u
                    call 1
                    call 5
                    global.get 2
                    global.set 2
                    global.get 3
                    global.set 3
                    i64.const 9223372036854775807
                  end
                  global.get 0
                  i64.xor
                  global.set 0
                  f64.const 0x1.6eff966900181p-278 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000295178959645045;)
                end
                i64.reinterpret_f64
                global.get 2
                i64.xor
                global.set 2
                global.get 1
                i32.xor
                global.set 1
                i32.reinterpret_f32
                global.get 3
                i32.xor
                global.set 3
                global.get 1
                i32.xor
                global.set 1
                i64.reinterpret_f64
                global.get 2
                i64.xor
                global.set 2
                global.get 0
                i64.xor
                global.set 0
              end
              i64.reinterpret_f64
              global.get 2
              i64.xor
              global.set 2
            end
          end
          i32.reinterpret_f32
          global.get 3
          i32.xor
          global.set 3
        end
        i32.reinterpret_f32
        global.get 3
        i32.xor
        global.set 3
        i64.const 0
      end
      global.get 0
      i64.xor
      global.set 0
      global.get 1
      i32.xor
      global.set 1
      i64.reinterpret_f64
      global.get 2
      i64.xor
      global.set 2
      global.get 0
      i64.xor
      global.set 0
      i32.reinterpret_f32
      global.get 3
      i32.xor
      global.set 3
      global.get 0
      i64.xor
      global.set 0
    end
    i64.reinterpret_f64
    global.get 2
    i64.xor
    global.set 2
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
  )
  (func (;5;) (type 14))
  (func (;6;) (type 15)
    i32.const 1
    data.drop 0
    i32.const 1
    call 0
    i64.store32 align=1
    i32.eqz
    if (result f32) ;; label = @1
      f32.const 0x1.0bb6eep+110 (;=1357474100000000000000000000000000;)
    else
      block (result i32) ;; label = @2
        call 4
        call 4
        f32.const -0x1.d2a7c4p-29 (;=-0.0000000033953644;)
        i32.const 511
        i64.load32_u offset=119824100
        call 3
        memory.size
        loop ;; label = @3
          f32.const 0x1.ep-146 (;=0.000000000000000000000000000000000000000000021;)
          f64.const 0x1.p-1054 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005180654;)
          loop ;; label = @4
            i32.const 1
            i64.load16_s
            f64.convert_i64_s
            f64.const 0x1.fffffffffffffp-1020 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001780059086805761;)
            i32.const 0
            call_indirect (type 1)
            f64.convert_i64_u
            memory.size
            f64.const 0x1.fcp-1068 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000627;)
            i32.trunc_sat_f64_u
            i64.load16_u
            i64.clz
            i64.popcnt
            br 0 (;@4;)
            loop (result f64) ;; label = @5
              call 0
              f64.reinterpret_i64
              loop ;; label = @6
                f32.const 0x1.7f31eep-78 (;=0.0000000000000000000000049526798;)
                i32.trunc_f32_u
                f64.const -0x1p-52 (;=-0.0000000000000002220446049250313;)
                i32.const -76919216
                f64.load align=4
                br 1 (;@5;)
                f64.ceil
                f64.gt
                i32.const 1
                global.get 3
                i32.xor
                global.set 3
                global.get 1
                i32.xor
                global.set 1
                global.get 1
                i32.xor
                global.set 1
              end
            end
            i64.reinterpret_f64
            global.get 2
            i64.xor
            global.set 2
            i64.const 1
            i64.xor
            global.set 0
            global.get 1
            i32.xor
            global.set 1
            i64.reinterpret_f64
            global.get 2
            i64.xor
            global.set 2
            i64.reinterpret_f64
            global.get 2
            i64.xor
            global.set 2
            i64.reinterpret_f64
            global.get 2
            i64.xor
            global.set 2
          end
          i64.reinterpret_f64
          global.get 2
          i64.xor
          global.set 2
          i32.reinterpret_f32
          global.get 3
          i32.xor
          global.set 3
        end
        global.get 1
        i32.xor
        global.set 1
        i64.const -1249386416030521312
        i64.xor
        global.set 0
        i32.reinterpret_f32
        global.get 3
        i32.xor
        global.set 3
        i32.const 0
      end
      global.get 1
      i32.xor
      global.set 1
      f32.const nan (;=NaN;)
    end
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
  )
  (data (;0;) "")
)
