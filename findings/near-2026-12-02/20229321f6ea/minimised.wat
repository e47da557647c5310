(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func))
  (type (;2;) (func))
  (import "env" "account_balance" (func (;0;) (type 0) (param i64)))
  (memory (;0;) 2 2)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "main" (func 1))
  (elem (;0;) declare func)
  (func (;1;) (type 1)
    f64.const 0x1.ffcp-1064 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010114;)
    loop (result i64) ;; label = @1
      loop ;; label = @2
      end
      loop (result f64) ;; label = @2
        i64.const 1
        f32.const -0x1.520be8p+11 (;=-2704.372;)
        f64.const 0x1.58b769749611ap+659 (;=3220988612906076500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
        loop ;; label = @3
          i32.const 33554432
          memory.grow
          i32.extend16_s
          i64.extend_i32_u
          loop ;; label = @4
            loop ;; label = @5
              call 2
              i64.const -5662902823503602556
              i64.const 0
              i32.const 1389115194
              br_table 0 (;@5;) 1 (;@4;) 2 (;@3;) 3 (;@2;) 4 (;@1;) 5 2 (;@3;)
              i64.mul
              loop ;; label = @6
                return
                i32.const 0
                if (result i32) ;; label = @7
                  i32.const -536870912
                else
                  unreachable
                  i64.const 1
                  i64.popcnt
                  elem.drop 0
                  loop (result f32) ;; label = @8
                    call 2
                    i64.const 0
                    f32.const -0x1.cfbbfcp+119 (;=-1203923100000000000000000000000000000;)
                    loop (result i32) ;; label = @9
                      block (result f64) ;; label = @10
                        i64.const 0
                        block (result f64) ;; label = @11
                          block ;; label = @12
                            i32.const -667055741
                            br_if 0 (;@12;)
                            i64.const 0
                            i64.const 1
                            call 0
                            f64.const 0x1p+0 (;=1;)
                            i64.const 0
                            i64.const 1
                            memory.size
                            f32.const -nan:0x7fefff (;=NaN;)
                            f32.const 0x1.b32eb4p-72 (;=0.00000000000000000000035997447;)
                            f64.const -0x1.577637743e1fap-621 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000015417400288409118;)
                            memory.size
                            memory.size
                            f64.convert_i32_u
                            i32.trunc_f64_u
                            i32.rotr
                            i64.load32_s offset=81490
                            f64.const 0x1.6324948d7736bp+91 (;=3434731291747008000000000000;)
                            br 8 (;@4;)
                            loop (result i64) ;; label = @13
                              i32.const 0
                              br 5 (;@8;)
                              i64.load8_u offset=120622
                              loop ;; label = @14
                                memory.size
                                global.get 0
                                i32.xor
                                global.set 0
                              end
                            end
                            global.get 1
                            i64.xor
                            global.set 1
                            i64.reinterpret_f64
                            i64.const 0
                            i64.xor
                            global.set 2
                            global.get 1
                            i64.xor
                            global.set 1
                            i64.reinterpret_f64
                            global.get 2
                            i64.xor
                            global.set 2
                            i32.reinterpret_f32
                            global.get 3
                            i32.xor
                            global.set 3
                            i32.reinterpret_f32
                            i32.const 0
                            i32.xor
                            global.set 3
                            i32.const 1
                            i32.xor
                            global.set 0
                            global.get 1
                            i64.xor
                            global.set 1
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
                          end
                          f64.const 0x1.fffffffep-1043 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000021219957905;)
                        end
                        i64.reinterpret_f64
                        global.get 2
                        i64.xor
                        global.set 2
                        i64.const 373824562684978106
                        i64.xor
                        global.set 1
                        f64.const 0x1.ffffffff8p-1041 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000084879831634;)
                      end
                      i64.reinterpret_f64
                      global.get 2
                      i64.xor
                      global.set 2
                      i32.const 0
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
                    f32.const -0x1.2b473cp-66 (;=-0.000000000000000000015843659;)
                  end
                  i32.reinterpret_f32
                  global.get 3
                  i32.xor
                  global.set 3
                  global.get 1
                  i64.xor
                  global.set 1
                  i32.const 0
                end
                global.get 0
                i32.xor
                global.set 0
              end
              i64.const 1
              i64.xor
              global.set 1
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
        i32.const 1
        i32.xor
        global.set 3
        global.get 1
        i64.xor
        global.set 1
        f64.const 0x1.fffffep-1051 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000082890456;)
      end
      drop
      i64.const 0
    end
    global.get 1
    i64.xor
    global.set 1
    i64.reinterpret_f64
    global.get 2
    i64.xor
    global.set 2
  )
  (func (;2;) (type 2)
    unreachable
  )
)
