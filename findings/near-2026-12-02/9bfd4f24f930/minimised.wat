(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func (param i64)))
  (type (;4;) (func (result i64)))
  (type (;5;) (func (param i64)))
  (type (;6;) (func (param i64 i64 i64)))
  (type (;7;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;8;) (func (param i64 i64 i64)))
  (type (;9;) (func))
  (type (;10;) (func (param i64 i64)))
  (type (;11;) (func (param i64 i64)))
  (type (;12;) (func (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;13;) (func (param i64 i64) (result i64)))
  (type (;14;) (func (param i64 i64 i64) (result i64)))
  (type (;15;) (func (param i64 i64 i64)))
  (type (;16;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;17;) (func (param i64)))
  (type (;18;) (func (param i64 i64 i64)))
  (type (;19;) (func (param i64 i64 i64)))
  (type (;20;) (func (param i64 i64 i64 i64)))
  (type (;21;) (func (param i64 i64 i64)))
  (type (;22;) (func (param i64 i64 i64 i64)))
  (type (;23;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;24;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;25;) (func (result i64)))
  (type (;26;) (func (param i64 i64 i64) (result i64)))
  (type (;27;) (func (param i64 i64) (result i64)))
  (type (;28;) (func (param i64 i64 i64) (result i64)))
  (type (;29;) (func (param i64 i64 i64) (result i64)))
  (type (;30;) (func (param i64 i64 i64) (result i64)))
  (type (;31;) (func))
  (type (;32;) (func (param i64 i32 f32) (result f32)))
  (type (;33;) (func))
  (type (;34;) (func))
  (type (;35;) (func))
  (import "env" "epoch_height" (func (;0;) (type 2) (result i64)))
  (import "env" "used_gas" (func (;1;) (type 4) (result i64)))
  (import "env" "random_seed" (func (;2;) (type 5) (param i64)))
  (memory (;0;) 0 1)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "get" (func 4))
  (func (;3;) (type 33))
  (func (;4;) (type 34)
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
      i64.const 0
      i64.extend16_s
      f64.convert_i64_u
      i64.reinterpret_f64
      block ;; label = @2
      end
      f64.convert_i64_s
      f32.const -0x1.41ef42p+77 (;=-190036650000000000000000;)
      f32.nearest
      f32.nearest
      i64.trunc_f32_s
      br 1
      i32.wrap_i64
      i32.load align=1
      i64.extend_i32_u
      i64.clz
      call 0
      i64.eq
      f64.load align=2
      i64.trunc_f64_s
      f64.convert_i64_s
      br 1
      f64.const 0x1.fffffffffff8p-1029 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000347667790391745;)
      i64.trunc_sat_f64_s
      f32.convert_i64_s
      i64.trunc_sat_f32_u
      call 2
      f64.sub
      call 3
      block ;; label = @2
        data.drop 0
        loop ;; label = @3
          f64.const -0x1.bd2d5d0ea5824p+578 (;=-1720403998392039800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
          i32.const 750475278
          block (result i64) ;; label = @4
            f32.const 0x1.419e5cp-53 (;=0.00000000000000013947983;)
            block ;; label = @5
              data.drop 0
              data.drop 0
              call 4
              f32.const -0x1.26a80ep-33 (;=-0.00000000013399425;)
              br 2 (;@3;)
              i32.const 598813621
              f32.const 0x1.dfe2f8p+110 (;=2433314100000000000000000000000000;)
              f32.neg
              br 3 (;@2;)
              f32.const -nan:0x3fffff (;=NaN;)
              f32.le
              i64.extend_i32_u
              i64.store align=1
              loop ;; label = @6
                loop ;; label = @7
                  i64.const 0
                  i64.extend8_s
                  i64.extend32_s
                  f64.convert_i64_s
                  block ;; label = @8
                    call 5
                    call 1
                    i32.const 2
                    f64.load align=4
                    i32.const 2036230325
                    br 3 (;@5;)
                    memory.size
                    i32.eqz
                    f32.load align=2
                    f32.ceil
                    i64.trunc_f32_u
                    f32.convert_i64_u
                    loop ;; label = @9
                    end
                    i32.const 3
                    memory.size
                    i32.ne
                    i32.load16_u
                    br_if 1 (;@7;)
                    i32.const 0
                    block (result f64) ;; label = @9
                      loop (result i64) ;; label = @10
                        br 7 (;@3;)
                        br 10
                        memory.size
                        br 5 (;@5;)
                        global.get 1
                        i32.xor
                        global.set 1
                        i64.const 0
                      end
                      global.get 0
                      i64.xor
                      global.set 0
                      f64.const 0x1.p-1054 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005180654;)
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
            i32.const 0
            i32.xor
            global.set 3
            i64.const 1
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
        end
      end
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
  )
  (func (;5;) (type 35))
  (data (;0;) "")
)
