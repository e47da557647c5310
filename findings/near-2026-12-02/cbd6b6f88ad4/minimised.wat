(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func (param i64)))
  (type (;4;) (func (param i64)))
  (type (;5;) (func (param i64 i64 i64)))
  (type (;6;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;7;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;8;) (func))
  (type (;9;) (func (param i64 i64)))
  (type (;10;) (func (param i64 i64)))
  (type (;11;) (func (param i32 i32 i32 i32)))
  (type (;12;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;13;) (func (param i64 i64) (result i64)))
  (type (;14;) (func (param i64 i64) (result i64)))
  (type (;15;) (func (param i64 i64 i64)))
  (type (;16;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;17;) (func (param i64 i64 i64 i64 i64 i64)))
  (type (;18;) (func (param i64) (result i64)))
  (type (;19;) (func (param i64)))
  (type (;20;) (func (param i64 i64 i64)))
  (type (;21;) (func (param i64 i64 i64)))
  (type (;22;) (func (param i64 i64 i64)))
  (type (;23;) (func (param i64 i64)))
  (type (;24;) (func (param i64 i64 i64)))
  (type (;25;) (func (param i64 i64 i64 i64)))
  (type (;26;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;27;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;28;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;29;) (func (result i64)))
  (type (;30;) (func (param i64 i64 i64 i64 i64) (result i64)))
  (type (;31;) (func (param i64 i64) (result i64)))
  (type (;32;) (func (param i64 i64 i64) (result i64)))
  (type (;33;) (func (param i64 i64 i64)))
  (type (;34;) (func (param i64 i64 i64)))
  (type (;35;) (func (param i64 i64 i64) (result i64)))
  (type (;36;) (func (param i64 i64 i64) (result i64)))
  (type (;37;) (func (param i64 i64 i64) (result i64)))
  (type (;38;) (func (result i64)))
  (type (;39;) (func (param i64)))
  (type (;40;) (func))
  (type (;41;) (func))
  (type (;42;) (func))
  (import "env" "account_locked_balance" (func (;0;) (type 3) (param i64)))
  (import "env" "random_seed" (func (;1;) (type 4) (param i64)))
  (memory (;0;) 0 3)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "get" (func 3))
  (func (;2;) (type 40))
  (func (;3;) (type 41)
    call 4
    nop
    block ;; label = @1
      call 2
      memory.size
      block (result f32) ;; label = @2
        call 3
        block ;; label = @3
          block ;; label = @4
          end
          f64.const 0x1.8002p-1057 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000097139;)
          f64.const 0x1.ea7a6fb88657ap+442 (;=21758947634515310000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
          nop
          i32.const 0
          i64.load align=4
          f64.convert_i64_u
          block ;; label = @4
            f64.const -0x1.52c494faf3655p-899 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000031310945518591793;)
            i32.const 1
            br 3 (;@1;)
            i64.const 1
            call 1
            i32.load16_u
            i64.load8_s
            i64.extend32_s
            i64.eqz
            i32.load16_s align=1
            f32.const -0x1.6747d6p+86 (;=-108585900000000000000000000;)
            i32.reinterpret_f32
            i32.add
            i32.load8_u
            i32.load8_s offset=125250
            memory.grow
            i32.load align=1
            i32.load16_s
            f64.load align=4
            f64.trunc
            f64.abs
            f64.const 0x1p-991 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004778309726736481;)
            f64.ge
            i32.load16_u align=1
            i32.popcnt
            i32.eqz
            i32.load16_u align=1
            i64.load32_s align=2
            i64.popcnt
            i64.const 1
            i64.rotr
            loop ;; label = @5
              call 3
              f32.const 0x1.ffffep-130 (;=0.000000000000000000000000000000000000001469367;)
              br 0 (;@5;)
              i64.trunc_sat_f32_u
              i32.wrap_i64
              loop (result f32) ;; label = @6
                i64.const 0
                i64.clz
                i64.ctz
                i64.extend32_s
                i64.const 1628406026941044607
                f64.const -nan:0xffffffffffff8 (;=NaN;)
                f64.sqrt
                i32.const 1
                i64.load8_u
                call 0
                data.drop 0
                loop (result i64) ;; label = @7
                  i64.const 0
                  i64.extend8_s
                  br 2 (;@5;)
                  f64.const -0x1.ab68c4fcbc5b5p+209 (;=-1373640387184725200000000000000000000000000000000000000000000000;)
                  br 6 (;@1;)
                  i64.reinterpret_f64
                  i64.div_u
                  i32.wrap_i64
                  global.get 1
                  i32.xor
                  global.set 1
                  i64.const 0
                end
                global.get 0
                i64.xor
                global.set 0
                i64.reinterpret_f64
                global.get 2
                i64.xor
                global.set 2
                global.get 0
                i64.xor
                global.set 0
                global.get 0
                i64.xor
                global.set 0
                f32.const -nan:0x700000 (;=NaN;)
              end
              i32.reinterpret_f32
              global.get 3
              i32.xor
              global.set 3
              global.get 1
              i32.xor
              global.set 1
            end
            global.get 0
            i64.xor
            global.set 0
            i64.reinterpret_f64
            i64.const 0
            i64.xor
            global.set 2
          end
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
        f32.const -0x1p+1 (;=-2;)
      end
      i32.reinterpret_f32
      global.get 3
      i32.xor
      global.set 3
      global.get 1
      i32.xor
      global.set 1
    end
  )
  (func (;4;) (type 42))
  (data (;0;) "")
)
