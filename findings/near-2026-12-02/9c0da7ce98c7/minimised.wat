(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func))
  (type (;3;) (func))
  (type (;4;) (func))
  (import "env" "storage_usage" (func (;0;) (type 0) (result i64)))
  (import "env" "account_balance" (func (;1;) (type 1) (param i64)))
  (memory (;0;) 1 1)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "set" (func 4))
  (func (;2;) (type 2))
  (func (;3;) (type 3))
  (func (;4;) (type 4)
    (local f32 f64)
    f64.const -0x1.c1b02864d0924p-364 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004674692236309324;)
    memory.size
    memory.grow
    i64.load32_u offset=13315
    f64.reinterpret_i64
    i64.const -8
    call 1
    i32.const 0
    br_if 0
    local.tee 1
    f64.mul
    block ;; label = @1
      loop ;; label = @2
      end
      call 2
      loop ;; label = @2
        call 3
        call 4
        f64.const -0x1.953e2a782dc84p-233 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000114679658361712;)
        f64.const -0x1.b6d0139cfdcb8p-1012 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000039055635537754123;)
        i32.trunc_sat_f64_s
        br_if 1 (;@1;)
        f64.ceil
        i64.trunc_sat_f64_s
        i64.popcnt
        i64.const 0
        i64.lt_s
        i32.load8_s offset=46361
        i32.clz
        loop ;; label = @3
          call 0
          i64.extend32_s
          local.get 0
          br 0 (;@3;)
          i32.reinterpret_f32
          block (result f64) ;; label = @4
            memory.size
            br 4
            i64.load8_u offset=57753
            call 3
            i32.const 0
            i32.load16_s offset=24970 align=1
            br_table 1 (;@3;) 2 (;@2;) 3 (;@1;) 4 1 (;@3;)
            i64.const 0
            f64.const -0x1.94c241ff565afp+613 (;=-53745696746416880000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
            loop ;; label = @5
            end
            i64.reinterpret_f64
            i64.extend8_s
            i64.const 0
            f64.const 0x1.a22cb3a33f83p-188 (;=0.0000000000000000000000000000000000000000000000000000000041636912392243;)
            data.drop 0
            i32.const 1296861864
            f32.const -0x1.da9218p-55 (;=-0.000000000000000051453056;)
            f32.trunc
            memory.size
            f64.convert_i32_s
            f32.const 0x1.d7f51ep-95 (;=0.0000000000000000000000000000465386;)
            local.get 1
            block ;; label = @5
              block ;; label = @6
                block ;; label = @7
                  block (result i64) ;; label = @8
                    i32.const 1
                    global.get 0
                    i32.xor
                    global.set 0
                    global.get 3
                    global.set 3
                    i64.const 0
                  end
                  global.get 2
                  i64.xor
                  global.set 2
                  br 1 (;@6;)
                end
                loop ;; label = @7
                  block (result i64) ;; label = @8
                    i64.const 1
                    f32.convert_i64_s
                    global.get 0
                    global.set 0
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                    i64.const 1226916501833017186
                  end
                  global.get 2
                  i64.xor
                  global.set 2
                end
              end
            end
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
            global.get 3
            i32.xor
            global.set 3
            global.get 0
            i32.xor
            global.set 0
            i64.reinterpret_f64
            i64.const 0
            i64.xor
            global.set 1
            global.get 2
            i64.xor
            global.set 2
            global.get 2
            i64.xor
            global.set 2
            global.get 2
            i64.xor
            global.set 2
            global.get 2
            i64.xor
            global.set 2
            f64.const -0x1.949ac954d682p+747 (;=-1170031755052172800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
          end
          i64.reinterpret_f64
          global.get 1
          i64.xor
          global.set 1
          global.get 0
          i32.xor
          global.set 0
          global.get 2
          i64.xor
          global.set 2
        end
        global.get 0
        i32.xor
        global.set 0
      end
    end
    i64.reinterpret_f64
    global.get 1
    i64.xor
    global.set 1
  )
  (data (;0;) "")
)
