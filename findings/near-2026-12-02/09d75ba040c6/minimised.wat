(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func))
  (type (;4;) (func))
  (import "env" "epoch_height" (func (;0;) (type 0) (result i64)))
  (import "env" "account_balance" (func (;1;) (type 1) (param i64)))
  (import "env" "used_gas" (func (;2;) (type 2) (result i64)))
  (memory (;0;) 2 2)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "main" (func 3))
  (elem (;0;) func)
  (elem (;1;) declare func)
  (func (;3;) (type 3)
    f64.const 0x1.ffcp-1064 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010114;)
    loop (result i64) ;; label = @1
      block ;; label = @2
        block ;; label = @3
          br 1 (;@2;)
        end
        loop ;; label = @3
        end
      end
      loop (result f64) ;; label = @2
        i64.const 1
        f32.const -0x1.520be8p+11 (;=-2704.372;)
        f64.const 0x1.58b769749611ap+659 (;=3220988612906076500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
        loop ;; label = @3
          i32.const 87988376
          memory.grow
          i64.extend_i32_u
          loop ;; label = @4
            loop ;; label = @5
              f64.const -0x1.7bc632f1c73bp-961 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000761131465350741;)
              i64.const 0
              call 0
              i64.ne
              loop (result f64) ;; label = @6
                elem.drop 1
                block ;; label = @7
                end
                call 4
                call 3
                i64.const 0
                f32.const 0x1.adf23ep-120 (;=0.0000000000000000000000000000000000012634985;)
                i32.reinterpret_f32
                f64.convert_i32_u
                i32.const 1486675549
                i64.load32_s offset=81490
                f64.const 0x1.6324948d7736bp+91 (;=3434731291747008000000000000;)
                br 1 (;@5;)
                loop (result i64) ;; label = @7
                  i32.const 1
                  br 7
                  i64.load8_u offset=120622
                  loop ;; label = @8
                    i64.const 0
                    i64.extend16_s
                    f32.const 0x1.ffffcp-131 (;=0.000000000000000000000000000000000000000734683;)
                    memory.size
                    i64.extend_i32_u
                    i64.const 0
                    f32.const 0x1.p-129 (;=0.000000000000000000000000000000000000001469368;)
                    loop (result i32) ;; label = @9
                      loop ;; label = @10
                        f32.const 0x1.b4021ep-50 (;=0.0000000000000015127076;)
                        loop ;; label = @11
                          br 1 (;@10;)
                          block (result i32) ;; label = @12
                            memory.size
                          end
                          i32.const -256
                          i64.extend_i32_u
                          i64.store16 offset=28581 align=1
                          f64.const 0x1.7a2eb0d7a13e9p+680 (;=7410685514668900000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                          f64.sqrt
                          f64.const 0x1.5b839d492ae9p-904 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010037288522958379;)
                          i32.const 0
                          loop (result i64) ;; label = @12
                            i64.const 0
                          end
                          global.get 1
                          i64.xor
                          global.set 1
                          global.get 0
                          i32.xor
                          global.set 0
                          i64.reinterpret_f64
                          global.get 2
                          i64.xor
                          global.set 2
                          i64.reinterpret_f64
                          i64.const 1
                          i64.xor
                          global.set 2
                        end
                        i32.reinterpret_f32
                        global.get 3
                        i32.xor
                        global.set 3
                      end
                      i32.const 1
                    end
                    global.get 0
                    i32.xor
                    global.set 0
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                    global.get 1
                    i64.xor
                    global.set 1
                    global.get 1
                    i64.xor
                    global.set 1
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                    i64.const 0
                    i64.xor
                    global.set 1
                  end
                end
                global.get 1
                i64.xor
                global.set 1
                i64.reinterpret_f64
                global.get 2
                i64.xor
                global.set 2
                global.get 1
                i64.xor
                global.set 1
                i64.reinterpret_f64
                global.get 2
                i64.xor
                global.set 2
                global.get 1
                i64.xor
                global.set 1
                f64.const 0x1.ffffffffffff8p-1025 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005562684646268;)
              end
              i64.reinterpret_f64
              global.get 2
              i64.xor
              global.set 2
              global.get 0
              i32.xor
              global.set 0
              i64.reinterpret_f64
              global.get 2
              i64.xor
              global.set 2
            end
          end
          global.get 1
          i64.xor
          global.set 1
        end
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        i32.reinterpret_f32
        global.get 3
        i32.xor
        global.set 3
        i64.const 1
        i64.xor
        global.set 1
        f64.const -0x1.980ae1371cf36p+205 (;=-81962376917219270000000000000000000000000000000000000000000000;)
      end
      i64.reinterpret_f64
      global.get 2
      i64.xor
      global.set 2
      i64.const 8748959990159846934
    end
    global.get 1
    i64.xor
    global.set 1
    i64.reinterpret_f64
    global.get 2
    i64.xor
    global.set 2
  )
  (func (;4;) (type 4)
    (local f32)
    i64.const 1
    block ;; label = @1
      elem.drop 0
      f32.const 0x1.9572b6p+21 (;=3321430.8;)
      block (result f64) ;; label = @2
        f64.const -0x1.bf69040ba02ddp+739 (;=-5053970803355384300000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
        i32.trunc_f64_u
        call 2
        i64.clz
        return
        i64.popcnt
        memory.size
        br 1 (;@1;)
        i32.clz
        local.get 0
        local.get 0
        local.get 0
        block (result f32) ;; label = @3
          loop (result i32) ;; label = @4
            call 0
            i64.popcnt
            i32.wrap_i64
          end
          i32.eqz
          if (result f64) ;; label = @4
            f64.const 0x1p-1019 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000017800590868057611;)
          else
            f64.const -0x1.e3511db1af8d6p+116 (;=-156845288153625430000000000000000000;)
            i64.const -1653451958722507802
            br 4
            memory.size
            f32.convert_i32_u
            br 4
            f32.trunc
            f32.ceil
            local.get 0
            local.set 0
            loop ;; label = @5
              f32.const 0x0p+0 (;=0;)
              br 0 (;@5;)
              i64.trunc_f32_s
              i32.wrap_i64
              i64.load8_u offset=74192
              i64.const 0
              i64.rotl
              i64.popcnt
              i64.eqz
              f32.const 0x1p+0 (;=1;)
              local.get 0
              br 5
              local.set 0
              local.tee 0
              f32.abs
              f32.store offset=131072 align=2
            end
            i64.const 1
            i64.const 1
            loop (result f32) ;; label = @5
              call 2
              call 1
              local.get 0
              i32.trunc_f32_u
              br_table 0 (;@5;) 4 (;@1;) 5 5
              loop (result i32) ;; label = @6
                block (result i32) ;; label = @7
                  i32.const 1
                  br_table 1 (;@6;) 2 (;@5;) 6 (;@1;) 7 1 (;@6;)
                  i64.const 0
                  global.get 1
                  i64.xor
                  global.set 1
                  i32.const 1
                end
              end
              global.get 0
              i32.xor
              global.set 0
              f32.const -0x1.231bc4p-86 (;=-0.000000000000000000000000014697221;)
            end
            i32.reinterpret_f32
            i32.const 1
            i32.xor
            global.set 3
            global.get 1
            i64.xor
            global.set 1
            global.get 1
            i64.xor
            global.set 1
            i32.reinterpret_f32
            global.get 3
            i32.xor
            global.set 3
            global.get 1
            i64.xor
            global.set 1
          end
          i64.reinterpret_f64
          global.get 2
          i64.xor
          global.set 2
          f32.const 0x1.fffffp-129 (;=0.000000000000000000000000000000000000002938734;)
        end
        i32.reinterpret_f32
        i32.const -728123457
        i32.xor
        global.set 3
        i32.reinterpret_f32
        global.get 3
        i32.xor
        global.set 3
        i32.reinterpret_f32
        global.get 3
        i32.xor
        global.set 3
        i32.reinterpret_f32
        i32.const 0
        i32.xor
        global.set 3
        global.get 0
        i32.xor
        global.set 0
        global.get 1
        i64.xor
        global.set 1
        global.get 0
        i32.xor
        global.set 0
        f64.const -0x1.0cfa50b9f0815p-583 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000033188604401732774;)
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
    i64.xor
    global.set 1
  )
)
