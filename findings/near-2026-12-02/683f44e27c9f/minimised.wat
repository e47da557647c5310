(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func (param i64)))
  (type (;4;) (func))
  (type (;5;) (func))
  (type (;6;) (func))
  (import "env" "signer_account_pk" (func (;0;) (type 0) (param i64)))
  (import "env" "account_locked_balance" (func (;1;) (type 1) (param i64)))
  (import "env" "used_gas" (func (;2;) (type 2) (result i64)))
  (import "env" "random_seed" (func (;3;) (type 3) (param i64)))
  (memory (;0;) 0)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "get" (func 5))
  (func (;4;) (type 4))
  (func (;5;) (type 5)
    (local i32)
    i32.const 0
    i64.load align=4
    block (result i64) ;; label = @1
      nop
      call 6
      data.drop 2
      i32.const -1616244327
      br_if 1
      f32.const 0x1.p-133 (;=0.000000000000000000000000000000000000000091835;)
      br 1
      f32.trunc
      block ;; label = @2
        call 6
        local.get 0
        call 2
        i64.store align=4
        i64.const 0
        br 1 (;@1;)
        nop
        f64.const -0x1.ba4570b618a0cp-415 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000020417405022791383;)
        block ;; label = @3
          i64.const 7412634015118632599
          i32.const 0
          local.set 0
          i64.popcnt
          call 3
          i64.const -7350206660974719769
          i64.const -70368744177664
          i64.mul
          block (result f64) ;; label = @4
            block ;; label = @5
              memory.size
              f32.const -0x1.e82cc6p+5 (;=-61.021862;)
              i32.trunc_sat_f32_s
              i64.load8_s
              i64.store32 align=1
              i64.const -5378387523844149766
              block ;; label = @6
                block (result i32) ;; label = @7
                  local.get 0
                  f32.load align=1
                  call 4
                  block (result i32) ;; label = @8
                    nop
                    loop (result f64) ;; label = @9
                      i64.const 0
                      call 0
                      f64.const -0x1.72f0ada6f8e3ep+366 (;=-217792184321140770000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                      i64.reinterpret_f64
                      nop
                      f32.const 0x1.bcd16ap+115 (;=72175850000000000000000000000000000;)
                      f32.floor
                      i64.const 314708351712343659
                      i64.ctz
                      call 1
                      block ;; label = @10
                        br 4 (;@6;)
                        i64.const 1
                        i64.const 0
                        memory.size
                        i32.eqz
                        if (result i64) ;; label = @11
                          i64.const 0
                        else
                          block (result f32) ;; label = @12
                            global.get 0
                            global.set 0
                            global.get 2
                            global.set 2
                            f32.const 0x1.p-137 (;=0.00000000000000000000000000000000000000000574;)
                          end
                          i32.reinterpret_f32
                          global.get 3
                          i32.xor
                          global.set 3
                          i64.const 0
                        end
                        global.get 2
                        i64.xor
                        global.set 2
                        global.get 2
                        i64.xor
                        global.set 2
                        global.get 2
                        i64.xor
                        global.set 2
                      end
                      i32.reinterpret_f32
                      global.get 3
                      i32.xor
                      global.set 3
                      global.get 2
                      i64.xor
                      global.set 2
                      f64.const -nan:0xffffffffffffb (;=NaN;)
                    end
                    i64.reinterpret_f64
                    global.get 1
                    i64.xor
                    global.set 1
                    i32.const 1
                  end
                  global.get 0
                  i32.xor
                  global.set 0
                  i32.reinterpret_f32
                  global.get 3
                  i32.xor
                  global.set 3
                  i32.const 0
                end
                i32.const 0
                i32.xor
                global.set 0
              end
              global.get 2
              i64.xor
              global.set 2
            end
            f64.const 0x1.ffffffffffep-1031 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000086916947597933;)
          end
          i64.reinterpret_f64
          global.get 1
          i64.xor
          global.set 1
          global.get 2
          i64.xor
          global.set 2
        end
        i64.reinterpret_f64
        global.get 1
        i64.xor
        global.set 1
      end
      i32.reinterpret_f32
      global.get 3
      i32.xor
      global.set 3
      i64.const 1
    end
    global.get 2
    i64.xor
    global.set 2
    global.get 2
    i64.xor
    global.set 2
  )
  (func (;6;) (type 6)
    loop (result f32) ;; label = @1
      f64.const 0x1.ffffffffffcp-1032 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000043458473798964;)
      loop ;; label = @2
        f64.const 0x1.13c7c62ff9312p-145 (;=0.000000000000000000000000000000000000000000024153162872417425;)
        f64.ceil
        i32.const -840987434
        memory.grow
        f32.const -nan:0x7f7fff (;=NaN;)
        i64.trunc_sat_f32_u
        i32.const 0
        f64.const 0x1.p-1039 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000169759663277;)
        call 4
        data.drop 2
        i64.const -1
        memory.size
        f64.convert_i32_u
        i64.trunc_f64_u
        i64.ge_s
        f32.reinterpret_i32
        i64.const 16383
        i64.const 0
        br 1 (;@1;)
        loop ;; label = @3
          br 1 (;@2;)
          memory.size
          i64.load32_s align=2
          i64.ctz
          f32.const 0x1.p-145 (;=0.000000000000000000000000000000000000000000022;)
          i32.trunc_f32_u
          i32.load16_u
          i32.load align=1
          loop ;; label = @4
            memory.size
            i32.eqz
            i32.popcnt
            f32.load align=1
            i32.const 1240601129
            i32.load8_s
            i32.eqz
            if (result i32) ;; label = @5
              i32.const 0
            else
              i32.const 2
              i32.eqz
              i32.load16_u align=1
              i32.load16_s align=1
              br_if 1 (;@4;)
              i32.const 1024268853
              i64.load8_s
              block ;; label = @6
                data.drop 1
                loop (result f64) ;; label = @7
                  i64.const 4034833147741578913
                  f64.convert_i64_s
                  i64.trunc_sat_f64_u
                  block (result f64) ;; label = @8
                    block ;; label = @9
                      i64.const 1491898231589977202
                      memory.size
                      i32.popcnt
                      i32.load offset=4294967295 align=1
                      f64.load align=4
                      f64.floor
                      block (result i32) ;; label = @10
                        f32.const 0x1.21129ap-29 (;=0.0000000021032804;)
                        memory.size
                        i32.ctz
                        f64.convert_i32_s
                        loop (result i32) ;; label = @11
                          global.get 1
                          global.set 1
                          global.get 2
                          global.set 2
                          i32.const -1668250480
                        end
                        global.get 0
                        i32.xor
                        global.set 0
                        i64.reinterpret_f64
                        global.get 1
                        i64.xor
                        global.set 1
                        i32.reinterpret_f32
                        i32.const 1655515929
                        i32.xor
                        global.set 3
                        i32.const -1025
                      end
                      global.get 0
                      i32.xor
                      global.set 0
                      i64.reinterpret_f64
                      global.get 1
                      i64.xor
                      global.set 1
                      global.get 2
                      i64.xor
                      global.set 2
                    end
                    f64.const -0x1.ebe7753430af4p+234 (;=-53046836671284315000000000000000000000000000000000000000000000000000000;)
                  end
                  i64.reinterpret_f64
                  global.get 1
                  i64.xor
                  global.set 1
                  global.get 2
                  i64.xor
                  global.set 2
                  f64.const 0x1.p-1053 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001036131;)
                end
                i64.reinterpret_f64
                global.get 1
                i64.xor
                global.set 1
              end
              global.get 2
              i64.xor
              global.set 2
              i32.const 2139095039
            end
            global.get 0
            i32.xor
            global.set 0
            i32.reinterpret_f32
            global.get 3
            i32.xor
            global.set 3
          end
          global.get 0
          i32.xor
          global.set 0
          global.get 2
          i64.xor
          global.set 2
        end
        global.get 2
        i64.xor
        global.set 2
        global.get 2
        i64.xor
        global.set 2
        i32.reinterpret_f32
        global.get 3
        i32.xor
        global.set 3
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
        global.get 0
        i32.xor
        global.set 0
        i64.reinterpret_f64
        global.get 1
        i64.xor
        global.set 1
      end
      i64.reinterpret_f64
      global.get 1
      i64.xor
      global.set 1
      f32.const 0x1.cd625p-128 (;=0.000000000000000000000000000000000000005296429;)
    end
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
  )
  (data (;0;) "")
  (data (;1;) "")
  (data (;2;) "")
)
