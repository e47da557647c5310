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
      f32.const -0x1.14834cp-115 (;=-0.000000000000000000000000000000000026003146;)
      i64.trunc_sat_f32_s
      call 6
      data.drop 1
      i64.const 0
      i64.gt_u
      br_if 1
      f32.const 0x1.p-133 (;=0.000000000000000000000000000000000000000091835;)
      br 1
      f32.trunc
      block ;; label = @2
        i64.const 0
        call 6
        local.get 0
        call 2
        i64.store align=4
        i64.ctz
        br 1 (;@1;)
        nop
        f64.const -0x1.ba4570b618a0cp-415 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000020417405022791383;)
        block ;; label = @3
          i64.const 3039157254494254889
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
              i64.const 1
              i64.store32 align=1
              i64.const -5378387523844149766
              block ;; label = @6
                block (result i32) ;; label = @7
                  local.get 0
                  f32.load align=1
                  call 4
                  block (result i32) ;; label = @8
                    loop (result f64) ;; label = @9
                      i64.const 0
                      call 0
                      f64.const -0x1.72f0ada6f8e3ep+366 (;=-217792184321140770000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                      f64.abs
                      i64.reinterpret_f64
                      nop
                      f32.const 0x1.5f0a22p-19 (;=0.0000026154487;)
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
                  i32.const -486851556
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
        f64.const 0x1.5e10cce9861ap-674 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000017445861735586946;)
        i32.const -840987434
        memory.grow
        data.drop 0
        f32.const -nan:0x7f7fff (;=NaN;)
        i64.trunc_sat_f32_u
        i32.const 0
        f64.const 0x1.p-1039 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000169759663277;)
        call 4
        i64.const -1
        i64.extend16_s
        data.drop 1
        f32.const -0x1.394446p-114 (;=-0.000000000000000000000000000000000058918916;)
        f32.abs
        block ;; label = @3
          br 0 (;@3;)
          i64.const 0
          i64.const 134217727
          i64.clz
          i64.ge_u
          br_if 0 (;@3;)
        end
        f32.const -0x1.1e2738p-102 (;=-0.0000000000000000000000000000002204444;)
        br 2
        f32.const 0x1.94a65ap+121 (;=4202124000000000000000000000000000000;)
        f32.eq
        i32.eqz
        if (result i32) ;; label = @3
          i32.const 0
        else
          i32.const 1
        end
        i32.const 1655515929
        i32.xor
        global.set 0
        i32.reinterpret_f32
        global.get 3
        i32.xor
        global.set 3
        i64.const 1
        i64.xor
        global.set 2
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
      f32.const 0x1.2db2fap-102 (;=0.00000000000000000000000000000023242055;)
    end
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
  )
  (data (;0;) "")
  (data (;1;) "")
)
