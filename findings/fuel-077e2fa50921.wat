(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func (param i32) (result f64)))
  (import "env" "epoch_height" (func (;0;) (type 1) (result i64)))
  (import "env" "prepaid_gas" (func (;1;) (type 2) (result i64)))
  (memory (;0;) 2 3)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (export "11" (func 3))
  (elem (;0;) declare func)
  (func (;2;) (type 0) (result i64)
    unreachable
  )
  (func (;3;) (type 3) (param i32) (result f64)
    memory.size
    i32.load8_s offset=108555
    memory.grow
    f64.load offset=101507 align=4
    i64.trunc_sat_f64_u
    f32.convert_i64_s
    i64.trunc_f32_u
    f64.convert_i64_s
    f64.floor
    f64.trunc
    i32.trunc_sat_f64_s
    i64.const -2391038328950689248
    f32.convert_i64_u
    i64.trunc_f32_s
    i64.popcnt
    i64.const 0
    i64.shr_s
    i32.wrap_i64
    i32.le_u
    i64.load16_u offset=15896 align=1
    block (result f64) ;; label = @1
      block ;; label = @2
        call 0
        i64.clz
        block (result f64) ;; label = @3
          data.drop 0
          i32.const 1
          i64.const 0
          i64.clz
          f32.const 0x1.fffffep+0 (;=1.9999999;)
          f64.promote_f32
          data.drop 0
          call 0
          data.drop 0
          f32.convert_i64_u
          i32.reinterpret_f32
          i32.load8_u offset=40612
          br_if 2 (;@1;)
          block ;; label = @4
            elem.drop 0
            local.get 0
            if ;; label = @5
              br 1 (;@4;)
              f64.const 0x1.a05113da6a567p-852 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000054153629700055776;)
              data.drop 0
              i64.const -5470599560563001361
              i32.const -33
              f64.load offset=69096
              f64.floor
              br 3 (;@2;)
              block ;; label = @6
              end
              f64.const 0x1.ffffffffffffcp-1024 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000011125369292536;)
              f64.ge
              local.tee 0
              if ;; label = @6
                f32.const -0x1.f1d378p-58 (;=-0.000000000000000006746801;)
                f64.const 0x1.c3c8d1eda9983p-17 (;=0.000013464225925585677;)
                memory.size
                f32.convert_i32_s
                br 0 (;@6;)
                loop ;; label = @7
                  i64.const 33554431
                  br 5 (;@2;)
                  data.drop 0
                  f32.convert_i64_s
                  br 1 (;@6;)
                  call 2
                  memory.size
                  br_table 0 (;@7;) 1 (;@6;) 2 (;@5;) 3 (;@4;) 5 (;@2;) 3 (;@4;)
                  f64.convert_i64_s
                  i64.reinterpret_f64
                  f64.convert_i64_u
                  i64.trunc_sat_f64_u
                  i64.popcnt
                  br 2 (;@5;)
                  block ;; label = @8
                    i64.const 0
                    f64.reinterpret_i64
                    f64.ceil
                    i64.trunc_f64_u
                    br 0 (;@8;)
                    f64.convert_i64_u
                    i64.trunc_sat_f64_s
                    block ;; label = @9
                      f64.const 0x1.071042d1dbf65p-920 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000011593769190836463;)
                      f64.floor
                      call 1
                      block ;; label = @10
                      end
                      global.get 3
                      i64.xor
                      global.set 3
                      i64.reinterpret_f64
                      global.get 0
                      i64.xor
                      global.set 0
                    end
                    global.get 3
                    i64.xor
                    global.set 3
                  end
                  global.get 3
                  i64.xor
                  global.set 3
                  i32.reinterpret_f32
                  global.get 2
                  i32.xor
                  global.set 2
                end
                i32.reinterpret_f32
                global.get 2
                i32.xor
                global.set 2
                i64.reinterpret_f64
                global.get 0
                i64.xor
                global.set 0
                i32.reinterpret_f32
                global.get 2
                i32.xor
                global.set 2
              end
              global.get 3
              i64.xor
              global.set 3
              i64.reinterpret_f64
              global.get 0
              i64.xor
              global.set 0
            end
          end
          i64.reinterpret_f64
          global.get 0
          i64.xor
          global.set 0
          global.get 3
          i64.xor
          global.set 3
          global.get 1
          i32.xor
          global.set 1
          f64.const 0x1.fep-1067 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000126;)
        end
        i64.reinterpret_f64
        global.get 0
        i64.xor
        global.set 0
        global.get 3
        i64.xor
        global.set 3
      end
      f64.const -0x1.8f6aa01043732p+546 (;=-359388084710639140000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
    end
    i64.reinterpret_f64
    global.get 0
    i64.xor
    global.set 0
    global.get 3
    i64.xor
    global.set 3
    f64.const -0x1.aab5d0c43b069p+874 (;=-209946812970208280000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
  )
  (data (;0;) "")
)
