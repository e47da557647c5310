(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func))
  (type (;3;) (func))
  (type (;4;) (func))
  (import "env" "epoch_height" (func (;0;) (type 0) (result i64)))
  (import "env" "random_seed" (func (;1;) (type 1) (param i64)))
  (memory (;0;) 2 2)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (export "main" (func 2))
  (func (;2;) (type 2)
    f64.const 0x1.ffcp-1064 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010114;)
    loop (result i64) ;; label = @1
      loop ;; label = @2
      end
      loop (result f64) ;; label = @2
        i64.const 0
        f32.const -0x1.520be8p+11 (;=-2704.372;)
        f64.const 0x1.58b769749611ap+659 (;=3220988612906076500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
        loop ;; label = @3
          i32.const 33554432
          memory.grow
          i32.extend16_s
          i64.extend_i32_u
          loop ;; label = @4
            loop ;; label = @5
              i32.const 0
              f64.load offset=105874
              call 0
              i64.const 1
              i64.ne
              loop (result f64) ;; label = @6
                block ;; label = @7
                end
                call 3
                call 2
                i64.const 0
                i32.const 0
                f32.convert_i32_s
                i32.const -815964115
                br_table 0 (;@6;) 1 (;@5;) 2 (;@4;) 3 (;@3;) 4 (;@2;) 5 (;@1;) 6 4 (;@2;)
                f64.const 0x1.fffffffffffp-1030 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000017383389519587;)
                f64.const -0x1.7468b40cd81f8p-252 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000002010116795329784;)
                block (result f64) ;; label = @7
                  loop ;; label = @8
                    f32.const 0x1.21e078p+111 (;=2939700300000000000000000000000000;)
                    block (result i32) ;; label = @9
                      i64.const 0
                      call 1
                      block (result i64) ;; label = @10
                        i64.const 0
                        br 7 (;@3;)
                        return
                        f64.convert_i64_u
                        f64.floor
                        i32.trunc_sat_f64_s
                        f64.const -0x1.5e320a42790cdp-631 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001535123406088264;)
                        br 5 (;@5;)
                        f32.demote_f64
                        br 10
                        call 4
                        f32.ceil
                        i32.reinterpret_f32
                        f32.convert_i32_s
                        i32.const 1
                        i64.const 0
                        i64.store8 offset=122026
                        i32.trunc_sat_f32_u
                        i32.shl
                        i32.eqz
                        if ;; label = @11
                          br 11
                          i32.const 0
                          br_table 0 (;@11;) 3 (;@8;) 5 (;@6;) 6 (;@5;) 7 (;@4;) 8 (;@3;) 9 (;@2;) 10 (;@1;) 11 10 (;@1;)
                          call 2
                        else
                        end
                        i64.const 0
                      end
                      global.get 0
                      i64.xor
                      global.set 0
                      i32.const 0
                    end
                    global.get 1
                    i32.xor
                    global.set 1
                    i32.reinterpret_f32
                    global.get 2
                    i32.xor
                    global.set 2
                  end
                  f64.const -0x1p+993 (;=-83711609936427130000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                end
                i64.reinterpret_f64
                global.get 3
                i64.xor
                global.set 3
                i64.reinterpret_f64
                global.get 3
                i64.xor
                global.set 3
                i64.reinterpret_f64
                i64.const 0
                i64.xor
                global.set 3
                i32.reinterpret_f32
                global.get 2
                i32.xor
                global.set 2
                global.get 0
                i64.xor
                global.set 0
                f64.const 0x1.36dc82c855af7p-160 (;=0.0000000000000000000000000000000000000000000000008308593010263567;)
              end
              i64.reinterpret_f64
              global.get 3
              i64.xor
              global.set 3
              global.get 1
              i32.xor
              global.set 1
              i64.reinterpret_f64
              global.get 3
              i64.xor
              global.set 3
            end
          end
          global.get 0
          i64.xor
          global.set 0
        end
        i64.reinterpret_f64
        global.get 3
        i64.xor
        global.set 3
        i32.reinterpret_f32
        global.get 2
        i32.xor
        global.set 2
        global.get 0
        i64.xor
        global.set 0
        f64.const 0x1p+0 (;=1;)
      end
      i64.reinterpret_f64
      global.get 3
      i64.xor
      global.set 3
      i64.const 0
    end
    global.get 0
    i64.xor
    global.set 0
    i64.reinterpret_f64
    global.get 3
    i64.xor
    global.set 3
  )
  (func (;3;) (type 3)
    unreachable
  )
  (func (;4;) (type 4))
)
