(module
  (type (;0;) (func (param i64 i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (param i64)))
  (type (;3;) (func (result i64)))
  (type (;4;) (func (param i64 i64 i64)))
  (type (;5;) (func (param i64 i64 i64)))
  (type (;6;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;7;) (func (param i64 i64)))
  (type (;8;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;9;) (func (param i64)))
  (type (;10;) (func (param i64 i64 i64)))
  (type (;11;) (func (param i64 i64 i64)))
  (type (;12;) (func (param i64 i64 i64 i64 i64 i64 i64)))
  (type (;13;) (func (param i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;14;) (func (param i64 i64)))
  (type (;15;) (func (param i64 i64 i64 i64)))
  (type (;16;) (func (result i64)))
  (type (;17;) (func (param i64 i64) (result i64)))
  (type (;18;) (func))
  (type (;19;) (func))
  (import "env" "block_index" (func (;0;) (type 1) (result i64)))
  (import "env" "prepaid_gas" (func (;1;) (type 3) (result i64)))
  (table (;0;) 3 funcref)
  (memory (;0;) 0)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (export "main" (func 2))
  (func (;2;) (type 19)
    f32.const -0x1.e9485ap-24 (;=-0.00000011391999;)
    i32.const 0
    memory.grow
    i64.load16_u offset=2632063544 align=1
    memory.size
    block (result f64) ;; label = @1
      i64.const 1
      i32.const 1
      f32.convert_i32_u
      f32.floor
      loop (result f64) ;; label = @2
        br 0 (;@2;)
        memory.size
        f64.const 0x1p+0 (;=1;)
        f64.store align=1
        i32.const 0
        call 0
        i64.const 0
        block ;; label = @3
          return
        end
        i64.or
        i64.clz
        i64.store8
        f64.const -0x1.a10e68f7af8b6p+183 (;=-19973028232945598000000000000000000000000000000000000000;)
        block ;; label = @3
          i32.const 1
          call_indirect (type 16)
          f64.convert_i64_u
          block (result i64) ;; label = @4
            i64.const 0
            i64.popcnt
            i32.const 205147521
            i64.const 1
            block ;; label = @5
              i64.const 0
              f64.convert_i64_u
              block ;; label = @6
                br 4 (;@2;)
                block (result f32) ;; label = @7
                  i64.const 0
                  block (result i64) ;; label = @8
                    i32.const 0
                    block ;; label = @9
                    end
                    i32.const 1
                    i64.load32_u align=1
                    br 3 (;@5;)
                    i64.const 1
                    i64.gt_s
                    i32.load16_s offset=452241727
                    i64.load align=2
                    i64.popcnt
                    f64.reinterpret_i64
                    f32.const 0x1.p-140 (;=0.000000000000000000000000000000000000000000717;)
                    f64.const -0x1.1890c4ab10452p-377 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000035602946144467144;)
                    i32.const -1072275559
                    if (result f64) ;; label = @9
                      memory.size
                      f64.convert_i32_u
                      block (result f32) ;; label = @10
                        memory.size
                        call_indirect (type 18)
                        call 1
                        f64.convert_i64_s
                        i64.trunc_sat_f64_s
                        f64.convert_i64_u
                        i64.const 7751109804451362040
                        f32.convert_i64_u
                        f32.nearest
                        nop
                        loop (result i64) ;; label = @11
                          i32.const 1
                          call 0
                          i64.store8
                          i32.const 0
                          br 8 (;@3;)
                          block (result i64) ;; label = @12
                            i64.const 0
                          end
                          global.get 1
                          i64.xor
                          global.set 1
                          global.get 0
                          i32.xor
                          global.set 0
                          i64.const 0
                        end
                        drop
                        i32.reinterpret_f32
                        i32.const 0
                        i32.xor
                        global.set 2
                        i64.reinterpret_f64
                        i64.const 1
                        i64.xor
                        global.set 3
                        f32.const 0x1.b7f3ccp+93 (;=17019831000000000000000000000;)
                      end
                      i32.reinterpret_f32
                      i32.const 1
                      i32.xor
                      global.set 2
                    else
                      f64.const -nan:0xfffffffdfffff (;=NaN;)
                    end
                    i64.reinterpret_f64
                    global.get 3
                    i64.xor
                    global.set 3
                    i64.reinterpret_f64
                    global.get 3
                    i64.xor
                    global.set 3
                    i32.reinterpret_f32
                    i32.const 0
                    i32.xor
                    global.set 2
                    i64.reinterpret_f64
                    global.get 3
                    i64.xor
                    global.set 3
                    global.get 0
                    i32.xor
                    global.set 0
                    i64.const 1
                  end
                  global.get 1
                  i64.xor
                  global.set 1
                  global.get 1
                  i64.xor
                  global.set 1
                  f32.const 0x1.b6ac3p+68 (;=505755100000000000000;)
                end
                i32.reinterpret_f32
                global.get 2
                i32.xor
                global.set 2
              end
              i64.reinterpret_f64
              global.get 3
              i64.xor
              global.set 3
            end
            global.get 1
            i64.xor
            global.set 1
            global.get 0
            i32.xor
            global.set 0
          end
          i64.const 0
          i64.xor
          global.set 1
          i64.reinterpret_f64
          global.get 3
          i64.xor
          global.set 3
        end
      end
      i64.reinterpret_f64
      global.get 3
      i64.xor
      global.set 3
      i32.reinterpret_f32
      i32.const 1
      i32.xor
      global.set 2
      global.get 1
      i64.xor
      global.set 1
      f64.const 0x1.d4cafb99a466cp+165 (;=85642699159717060000000000000000000000000000000000;)
    end
    drop
    global.get 0
    i32.xor
    global.set 0
    global.get 1
    i64.xor
    global.set 1
    i32.reinterpret_f32
    global.get 2
    i32.xor
    global.set 2
  )
)
