(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (param i64)))
  (type (;3;) (func (param i64)))
  (type (;4;) (func (result i64)))
  (import "env" "block_timestamp" (func (;0;) (type 0) (result i64)))
  (import "env" "epoch_height" (func (;1;) (type 1) (result i64)))
  (import "env" "attached_deposit" (func (;2;) (type 3) (param i64)))
  (import "env" "prepaid_gas" (func (;3;) (type 4) (result i64)))
  (memory (;0;) 0 4)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "11" (func 4))
  (func (;4;) (type 2) (param i64)
    (local i64 f64 f32)
    i32.const 1
    block (result f64) ;; label = @1
      local.get 3
      i64.trunc_f32_u
      i32.const 0
      i32.ctz
      memory.grow
      br_table 1 1
      f64.reinterpret_i64
      f64.neg
      i64.const 1
      br 1
      i32.const 1
      br 1
      f64.convert_i32_u
      f32.const 0x1.1c330ap+40 (;=1220627000000;)
      i32.trunc_f32_s
      block (result f64) ;; label = @2
        f64.const 0x1.ae19b09d8a082p+535 (;=188963320604766380000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
        f64.neg
        i64.reinterpret_f64
        block (result f64) ;; label = @3
          br 3
          f32.const -nan:0x5fffff (;=NaN;)
          block ;; label = @4
            f32.const -0x1.fffffep+120 (;=-2658455800000000000000000000000000000;)
            block ;; label = @5
              loop ;; label = @6
                block (result f64) ;; label = @7
                  local.get 1
                  memory.size
                  i64.const 4286578688
                  i64.extend32_s
                  i64.extend16_s
                  i32.const 269460594
                  br_if 3 (;@4;)
                  i64.const 1
                  local.set 0
                  call 0
                  i64.shr_u
                  f32.convert_i64_u
                  i64.trunc_sat_f32_s
                  i64.store16 align=1
                  f64.convert_i64_s
                  block (result i64) ;; label = @8
                    br 4 (;@4;)
                    i64.const 0
                    call 2
                    return
                    i32.const 1
                    if (result i64) ;; label = @9
                      i64.const 0
                      memory.size
                      i64.const 0
                      i64.store32 align=1
                      f32.convert_i64_u
                      f32.sqrt
                      i32.const -2
                      i32.extend8_s
                      i64.load32_u align=1
                      call 3
                      i32.wrap_i64
                      i64.load8_s
                      i64.gt_s
                      i64.const -65536
                      br 1 (;@8;)
                      memory.grow
                      loop ;; label = @10
                        loop (result f64) ;; label = @11
                          call 1
                          i32.const -786243521
                          i32.const 0
                          i32.store16 align=1
                          block (result f64) ;; label = @12
                            nop
                            i64.const 2
                            local.get 1
                            i64.clz
                            loop ;; label = @13
                              f32.const -0x1.738192p-43 (;=-0.00000000000016498187;)
                              f64.promote_f32
                              loop ;; label = @14
                                loop (result f32) ;; label = @15
                                  br 10 (;@5;)
                                  br 11 (;@4;)
                                  loop (result f32) ;; label = @16
                                    global.get 0
                                    global.set 0
                                    f32.const 0x1.p-140 (;=0.000000000000000000000000000000000000000000717;)
                                  end
                                end
                                i32.reinterpret_f32
                                global.get 3
                                i32.xor
                                global.set 3
                              end
                              i64.reinterpret_f64
                              i64.const 1
                              i64.xor
                              global.set 0
                            end
                            global.get 2
                            i64.xor
                            global.set 2
                            global.get 2
                            i64.xor
                            global.set 2
                            f64.const -nan:0xfdfffffffffff (;=NaN;)
                          end
                          i64.reinterpret_f64
                          global.get 0
                          i64.xor
                          global.set 0
                          global.get 2
                          i64.xor
                          global.set 2
                          f64.const -nan:0xfffffffffff7f (;=NaN;)
                        end
                        i64.reinterpret_f64
                        global.get 0
                        i64.xor
                        global.set 0
                      end
                      global.get 1
                      i32.xor
                      global.set 1
                      i32.reinterpret_f32
                      global.get 3
                      i32.xor
                      global.set 3
                      i64.const 1
                    else
                      i64.const 1
                    end
                  end
                  global.get 2
                  i64.xor
                  global.set 2
                end
                i64.reinterpret_f64
                global.get 0
                i64.xor
                global.set 0
              end
            end
            i32.reinterpret_f32
            global.get 3
            i32.xor
            global.set 3
          end
          i32.reinterpret_f32
          i32.const 0
          i32.xor
          global.set 3
          f64.const 0x1.d0d2a93b07382p-720 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003291930575062238;)
        end
        i64.reinterpret_f64
        global.get 0
        i64.xor
        global.set 0
        global.get 2
        i64.xor
        global.set 2
        f64.const 0x1.a194278521e22p+903 (;=110302279167911070000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
      end
      i64.reinterpret_f64
      global.get 0
      i64.xor
      global.set 0
      global.get 1
      i32.xor
      global.set 1
      i64.reinterpret_f64
      global.get 0
      i64.xor
      global.set 0
      global.get 2
      i64.xor
      global.set 2
    end
    i64.reinterpret_f64
    global.get 0
    i64.xor
    global.set 0
    global.get 1
    i32.xor
    global.set 1
  )
)
