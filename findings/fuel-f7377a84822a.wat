(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func))
  (type (;2;) (func (result i64)))
  (type (;3;) (func))
  (type (;4;) (func (result i64)))
  (type (;5;) (func))
  (import "env" "input" (func (;0;) (type 0) (param i64)))
  (import "env" "panic" (func (;1;) (type 1)))
  (import "env" "block_index" (func (;2;) (type 2) (result i64)))
  (table (;0;) 0 funcref)
  (memory (;0;) 0)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (export "7" (func 3))
  (elem (;0;) declare func)
  (func (;3;) (type 4) (result i64)
    (local f32)
    f32.const 0x1.ffffep-130 (;=0.000000000000000000000000000000000000001469367;)
    memory.size
    i32.extend16_s
    memory.grow
    call_indirect (type 3)
    local.set 0
    loop ;; label = @1
      i32.const 1
      i64.const 0
      i64.store align=4
      call 1
      i32.const 0
      i32.ctz
      call_indirect (type 5)
      i32.const -2048
      i64.load16_u
      i64.extend8_s
      i64.clz
      f32.convert_i64_u
      f32.abs
      i32.trunc_sat_f32_s
      call 2
      elem.drop 0
      memory.size
      i32.load16_u align=1
      i64.load16_u
      loop ;; label = @2
        f64.const 0x1.2881d4a94d32dp+70 (;=1367397883573253200000;)
        block (result f64) ;; label = @3
          i64.const 0
          i32.const 0
          if (result f64) ;; label = @4
            f64.const 0x1.3ad587c2c2eccp+538 (;=1106571475045309700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
          else
            f32.const -0x1.369196p-57 (;=-0.000000000000000008417981;)
            local.set 0
            br 2 (;@2;)
            loop ;; label = @5
              i64.const 1
              call 0
              br 0 (;@5;)
              f64.const 0x1.377be15ed09bcp-886 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002358410994407644;)
              loop ;; label = @6
                block (result f32) ;; label = @7
                  br 2 (;@5;)
                  br 5 (;@2;)
                  i64.const 0
                  block (result i64) ;; label = @8
                    local.get 0
                    br 3 (;@5;)
                    i64.trunc_f32_u
                    memory.size
                    f64.load align=2
                    local.get 0
                    block ;; label = @9
                      call 1
                      i32.const 0
                      i64.const 0
                      i64.store align=1
                      local.get 0
                      f32.nearest
                      nop
                      loop ;; label = @10
                        br 0 (;@10;)
                        block ;; label = @11
                          i32.const 0
                          block (result i64) ;; label = @12
                            block (result i64) ;; label = @13
                              i64.const 1
                              call 0
                              call 2
                              i64.extend16_s
                              f32.const -0x1.2848acp-85 (;=-0.000000000000000000000000029917026;)
                              memory.size
                              br 11 (;@2;)
                              call 2
                              elem.drop 0
                              memory.size
                              br_table 0 (;@13;) 1 (;@12;) 5 (;@8;) 13 0 (;@13;)
                              i64.load16_s
                              loop (result f32) ;; label = @14
                                i64.const 0
                                f32.const -nan:0x5fffff (;=NaN;)
                                i32.const 0
                                block ;; label = @15
                                  block ;; label = @16
                                    i64.const 0
                                    global.get 0
                                    i64.xor
                                    global.set 0
                                  end
                                end
                                global.get 1
                                i32.xor
                                global.set 1
                                i32.reinterpret_f32
                                i32.const 1
                                i32.xor
                                global.set 2
                                global.get 3
                                i64.xor
                                global.set 3
                                f32.const -nan:0x7ffff7 (;=NaN;)
                              end
                              i32.reinterpret_f32
                              global.get 2
                              i32.xor
                              global.set 2
                              global.get 3
                              i64.xor
                              global.set 3
                              i32.reinterpret_f32
                              global.get 2
                              i32.xor
                              global.set 2
                            end
                          end
                          global.get 3
                          i64.xor
                          global.set 3
                          i32.const -208841115
                          i32.xor
                          global.set 1
                        end
                      end
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
                  end
                  global.get 3
                  i64.xor
                  global.set 3
                  global.get 3
                  i64.xor
                  global.set 3
                  f32.const 0x1.p-145 (;=0.000000000000000000000000000000000000000000022;)
                end
                i32.reinterpret_f32
                global.get 2
                i32.xor
                global.set 2
              end
              i64.reinterpret_f64
              global.get 0
              i64.xor
              global.set 0
            end
            f64.const -0x1.949ac954d682p+747 (;=-1170031755052172800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
          end
          i64.reinterpret_f64
          global.get 0
          i64.xor
          global.set 0
          global.get 3
          i64.xor
          global.set 3
          f64.const 0x1p+0 (;=1;)
        end
        i64.reinterpret_f64
        global.get 0
        i64.xor
        global.set 0
        drop
      end
      global.get 3
      i64.xor
      global.set 3
      global.get 3
      i64.xor
      global.set 3
      global.get 1
      i32.xor
      global.set 1
    end
    i64.const 1
  )
)
