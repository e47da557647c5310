(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (param i64)))
  (type (;3;) (func (param i64)))
  (type (;4;) (func (result i64)))
  (type (;5;) (func))
  (type (;6;) (func (param i32 i32 i32 i32)))
  (type (;7;) (func (param i64 i64) (result i64)))
  (type (;8;) (func (param i64 i64 i64) (result i64)))
  (type (;9;) (func (param i64 i64 i64)))
  (type (;10;) (func (param i64 i64 i64 i64 i64 i64)))
  (type (;11;) (func (param i64)))
  (type (;12;) (func (param i64 i64 i64)))
  (type (;13;) (func (param i64 i64 i64)))
  (type (;14;) (func (param i64 i64)))
  (type (;15;) (func (param i64 i64 i64 i64)))
  (type (;16;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;17;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;18;) (func (param i64 i64 i64) (result i64)))
  (type (;19;) (func (param i64 i64 i64) (result i64)))
  (type (;20;) (func (param i64 i64 i64) (result i64)))
  (type (;21;) (func (param f32)))
  (type (;22;) (func))
  (type (;23;) (func))
  (type (;24;) (func))
  (import "env" "epoch_height" (func (;0;) (type 1) (result i64)))
  (import "env" "account_balance" (func (;1;) (type 2) (param i64)))
  (import "env" "used_gas" (func (;2;) (type 4) (result i64)))
  (memory (;0;) 0 1)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "get" (func 3))
  (func (;3;) (type 22)
    i32.const 0
    i64.extend_i32_s
    call 2
    i64.sub
    i32.wrap_i64
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
      i64.const 1
      i64.extend16_s
      f64.convert_i64_u
      i64.reinterpret_f64
      block ;; label = @2
      end
      f64.convert_i64_s
      i64.const -2391038328950689248
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
      data.drop 0
      f64.const 0x1.ffffffffffffp-1026 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002781342323133997;)
      f64.ge
      br_table 0 (;@1;) 1 1
      call 2
      f32.const 0x1.26ef7cp-110 (;=0.0000000000000000000000000000000008875392;)
      i32.const 0
      i64.load16_s align=1
      f64.const -0x1.bd2d5d0ea5824p+578 (;=-1720403998392039800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
      f64.const -0x1.437bd5e7b0e18p+310 (;=-2635792004928208500000000000000000000000000000000000000000000000000000000000000000000000000000;)
      i32.trunc_sat_f64_s
      block (result i64) ;; label = @2
        f32.const 0x1.419e5cp-53 (;=0.00000000000000013947983;)
        block ;; label = @3
          data.drop 0
          call 3
          f32.const -0x1.26a80ep-33 (;=-0.00000000013399425;)
          br 0 (;@3;)
          i32.const 598813621
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
              i64.extend32_s
              f64.convert_i64_s
              block ;; label = @6
                data.drop 0
                call 5
                call 2
                i32.const 2
                f64.load align=4
                memory.size
                i64.load16_u offset=37601
                i64.const -6573989834939457060
                i64.ge_u
                br 1 (;@5;)
                f32.const -0x1.c24d0cp-53 (;=-0.00000000000000019528691;)
                loop ;; label = @7
                end
                memory.size
                br_if 6
                data.drop 0
                f32.const 0x1.7c562cp-26 (;=0.000000022138504;)
                i32.trunc_f32_s
                block (result f64) ;; label = @7
                  loop (result i64) ;; label = @8
                    br 7 (;@1;)
                    br 5 (;@3;)
                    i32.const 1
                    br 3 (;@5;)
                    i64.load8_u
                    call 1
                    call 4
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
        i64.const 2198648553864211515
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
  (func (;4;) (type 23))
  (func (;5;) (type 24))
  (data (;0;) "")
)
