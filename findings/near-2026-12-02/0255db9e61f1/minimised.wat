(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func (param i64)))
  (type (;3;) (func (result i64)))
  (type (;4;) (func (result i64)))
  (type (;5;) (func (result i64)))
  (type (;6;) (func (param i64)))
  (type (;7;) (func (param i64)))
  (type (;8;) (func (result i64)))
  (type (;9;) (func (param i64 i64 i64)))
  (type (;10;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;11;) (func (param i64 i64 i64)))
  (type (;12;) (func (param i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;13;) (func))
  (type (;14;) (func (param i64 i64)))
  (type (;15;) (func (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;16;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;17;) (func (param i64 i64) (result i64)))
  (type (;18;) (func (param i64 i64) (result i64)))
  (type (;19;) (func (param i64 i64 i64) (result i64)))
  (type (;20;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;21;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;22;) (func (param i64 i64 i64 i64 i64 i64)))
  (type (;23;) (func (param i64) (result i64)))
  (type (;24;) (func (param i64)))
  (type (;25;) (func (param i64)))
  (type (;26;) (func (param i64 i64 i64)))
  (type (;27;) (func (param i64 i64 i64)))
  (type (;28;) (func (param i64 i64 i64)))
  (type (;29;) (func (param i64 i64 i64 i64 i64 i64 i64)))
  (type (;30;) (func (param i64 i64)))
  (type (;31;) (func (param i64 i64 i64 i64)))
  (type (;32;) (func (param i64 i64 i64)))
  (type (;33;) (func (param i64 i64 i64 i64)))
  (type (;34;) (func (param i64 i64 i64 i64)))
  (type (;35;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;36;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;37;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;38;) (func (result i64)))
  (type (;39;) (func (param i64 i64 i64) (result i64)))
  (type (;40;) (func (param i64 i64 i64) (result i64)))
  (type (;41;) (func (param i64 i64) (result i64)))
  (type (;42;) (func (param i64 i64 i64)))
  (type (;43;) (func (param i64)))
  (type (;44;) (func (param i64 i64 i64)))
  (type (;45;) (func (param i64 i64) (result i64)))
  (type (;46;) (func (param i64 i64 i64) (result i64)))
  (type (;47;) (func (param i64 i64 i64) (result i64)))
  (type (;48;) (func (param i64 i64 i64) (result i64)))
  (type (;49;) (func (param i64 i64 i64) (result i64)))
  (type (;50;) (func))
  (type (;51;) (func (param f32)))
  (type (;52;) (func))
  (type (;53;) (func (param i32 i64 i64)))
  (type (;54;) (func (param i32 i32 f32) (result f32)))
  (type (;55;) (func))
  (type (;56;) (func))
  (import "env" "epoch_height" (func (;0;) (type 4) (result i64)))
  (import "env" "used_gas" (func (;1;) (type 8) (result i64)))
  (table (;0;) 39 79 funcref)
  (memory (;0;) 0 1)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "get" (func 2))
  (func (;2;) (type 55)
    call 1
    i32.wrap_i64
    f32.convert_i32_u
    i32.const 0
    i32.const 8
    memory.grow
    i32.add
    i32.load
    i64.load32_s
    f64.convert_i64_u
    i64.trunc_sat_f64_u
    f64.const 0x1.f17f6c9e0cd76p+711 (;=20935246252836280000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
    i32.const 1
    f64.convert_i32_u
    f64.eq
    call_indirect (type 7)
    loop ;; label = @1
      call 1
      br 0 (;@1;)
      i64.extend32_s
      i64.extend16_s
      f64.convert_i64_u
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
      call 1
      i64.extend8_s
      f32.const -0x1.c8f148p+122 (;=-9490324500000000000000000000000000000;)
      f32.abs
      i32.const 0
      i64.load16_s align=1
      f64.const -0x1.bd2d5d0ea5824p+578 (;=-1720403998392039800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
      data.drop 0
      f64.const -0x1.437bd5e7b0e18p+310 (;=-2635792004928208500000000000000000000000000000000000000000000000000000000000000000000000000000;)
      i32.trunc_sat_f64_s
      block (result i64) ;; label = @2
        f32.const 0x1.419e5cp-53 (;=0.00000000000000013947983;)
        block ;; label = @3
          data.drop 0
          call 2
          f32.const -0x1.26a80ep-33 (;=-0.00000000013399425;)
          br 0 (;@3;)
          i32.const 1
          f32.const -0x1.332504p-17 (;=-0.000009153622;)
          br 3
          f32.const -nan:0x3fffff (;=NaN;)
          f32.le
          i64.extend_i32_u
          i64.store align=1
          loop ;; label = @4
            loop ;; label = @5
              i64.const 0
              f64.convert_i64_s
              block ;; label = @6
                call 3
                call 1
                i32.const 2
                f64.load align=4
                i64.const 0
                i32.const -1753293190
                i64.load16_s align=1
                i64.ge_u
                br 1 (;@5;)
                f32.const 0x1.1f51dep-5 (;=0.035073217;)
                i64.trunc_f32_u
                f32.convert_i64_u
                loop ;; label = @7
                end
                memory.size
                i32.load16_u
                br_if 6
                data.drop 0
                global.get 3
                global.set 3
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
        i64.const -5054705964949787357
      end
      i64.const -1249386416030521312
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
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
  )
  (func (;3;) (type 56))
  (data (;0;) "")
)
