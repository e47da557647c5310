(module
  (type (;0;) (func))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (result f32)))
  (import "env" "block_index" (func (;0;) (type 1) (result i64)))
  (table (;0;) 0 82 funcref)
  (memory (;0;) 1 2)
  (global (;0;) (mut f32) f32.const -0x1.76514p+119 (;=-971783500000000000000000000000000000;))
  (global (;1;) i64 i64.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (global (;4;) (mut i32) i32.const 0)
  (global (;5;) (mut i32) i32.const 0)
  (export "9" (func 1))
  (func (;1;) (type 0)
    (local f32)
    i64.const 1
    i64.extend32_s
    loop ;; label = @1
      call 2
      global.set 0
      local.get 0
      i32.const 1
      if ;; label = @2
        block (result i64) ;; label = @3
          f32.const 0x1.ffffcp-131 (;=0.000000000000000000000000000000000000000734683;)
          call 0
          f32.const 0x1.cp-147 (;=0.00000000000000000000000000000000000000000001;)
          i64.const 0
          memory.size
          i32.eqz
          i64.extend_i32_s
          f64.const 0x1.fdfffffcp-1044 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001056853372;)
          loop ;; label = @4
            f32.const -0x1.025074p-70 (;=-0.0000000000000000000008546902;)
            global.get 0
            f32.le
            call_indirect (type 0)
          end
          f64.abs
          i64.const 0
          i64.const 0
          i32.const 1
          br 2 (;@1;)
          select
          loop ;; label = @4
            br 0 (;@4;)
          end
          i64.const 0
          loop (result i32) ;; label = @4
            i32.const 0
            i32.eqz
            if (result i32) ;; label = @5
              i32.const 0
            else
              loop ;; label = @6
                br 2 (;@4;)
                global.get 1
                global.get 0
                return
                f64.promote_f32
                f64.abs
                i64.const 0
                f64.convert_i64_s
                f64.lt
                if (result i32) ;; label = @7
                  i32.const 0
                  call_indirect (type 1)
                  memory.size
                  f32.convert_i32_u
                  loop (result i32) ;; label = @8
                    f64.const -nan:0xfffffffff0000 (;=NaN;)
                    i64.reinterpret_f64
                    block (result f64) ;; label = @9
                      i32.const 0
                      i64.const -140737488355328
                      i32.const 0
                      br 5 (;@4;)
                      i32.popcnt
                      i32.load8_s offset=31971
                      global.get 0
                      i32.trunc_f32_u
                      i32.shl
                      i32.load offset=13134 align=1
                      i32.load offset=42657 align=2
                      f64.const -0x1.b4b162a573fc1p-495 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001667586318677106;)
                      i64.const 0
                      i64.ctz
                      i32.const 0
                      if (result i32) ;; label = @10
                        i32.const 1
                        br_table 2 (;@8;) 4 (;@6;) 6 (;@4;) 8 (;@2;) 9 (;@1;) 10 6 (;@4;)
                        local.get 0
                        loop (result i32) ;; label = @11
                          block (result i32) ;; label = @12
                            i32.const 0
                          end
                          br_table 0 (;@11;) 3 (;@8;) 5 (;@6;) 7 (;@4;) 9 (;@2;) 10 (;@1;) 11 3 (;@8;)
                          i64.const 0
                          loop ;; label = @12
                            f64.const 0x1.p-1043 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010609978955;)
                            loop ;; label = @13
                              i32.const 0
                              br_if 9 (;@4;)
                            end
                            global.get 2
                            global.set 2
                            i64.reinterpret_f64
                            global.get 3
                            i64.xor
                            global.set 3
                          end
                          global.get 2
                          i64.xor
                          global.set 2
                          i32.const 0
                        end
                        i32.const 1
                        i32.xor
                        global.set 4
                        i32.reinterpret_f32
                        global.get 5
                        i32.xor
                        global.set 5
                        i32.const 0
                      else
                        i32.const 511
                      end
                      global.get 4
                      i32.xor
                      global.set 4
                      global.get 2
                      i64.xor
                      global.set 2
                      i64.reinterpret_f64
                      global.get 3
                      i64.xor
                      global.set 3
                      global.get 4
                      i32.xor
                      global.set 4
                      global.get 2
                      i64.xor
                      global.set 2
                      global.get 4
                      i32.xor
                      global.set 4
                      f64.const 0x1.017758b2763bap-940 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010821421888880594;)
                    end
                    i64.reinterpret_f64
                    global.get 3
                    i64.xor
                    global.set 3
                    global.get 2
                    i64.xor
                    global.set 2
                    i32.const -208841115
                  end
                  global.get 4
                  i32.xor
                  global.set 4
                  i32.reinterpret_f32
                  global.get 5
                  i32.xor
                  global.set 5
                  global.get 2
                  i64.xor
                  global.set 2
                  i32.const 0
                else
                  i32.const 0
                end
                global.get 4
                i32.xor
                global.set 4
                global.get 2
                i64.xor
                global.set 2
              end
              i32.const 0
            end
          end
          global.get 4
          i32.xor
          global.set 4
          global.get 2
          i64.xor
          global.set 2
          global.get 2
          i64.xor
          global.set 2
          i64.reinterpret_f64
          global.get 3
          i64.xor
          global.set 3
          global.get 2
          i64.xor
          global.set 2
          global.get 2
          i64.xor
          global.set 2
          i32.reinterpret_f32
          global.get 5
          i32.xor
          global.set 5
          i64.const 1
          i64.xor
          global.set 2
          i32.reinterpret_f32
          global.get 5
          i32.xor
          global.set 5
          i64.const -2199023255553
        end
        global.get 2
        i64.xor
        global.set 2
      end
      i32.reinterpret_f32
      global.get 5
      i32.xor
      global.set 5
    end
    global.get 2
    i64.xor
    global.set 2
  )
  (func (;2;) (type 2) (result f32)
    (local f64 i32 f32)
    memory.size
    memory.grow
    i64.load8_s offset=129555
    global.set 2
    i64.const 0
    global.set 3
    f32.const 0x1.dfa51ep-109 (;=0.0000000000000000000000000000000028867583;)
  )
)
