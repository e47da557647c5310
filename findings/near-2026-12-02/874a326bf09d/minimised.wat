(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func (param i64 i64) (result i64)))
  (type (;4;) (func))
  (type (;5;) (func))
  (type (;6;) (func))
  (import "env" "epoch_height" (func (;0;) (type 1) (result i64)))
  (import "env" "prepaid_gas" (func (;1;) (type 2) (result i64)))
  (memory (;0;) 2)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "main" (func 2))
  (func (;2;) (type 4)
    i32.const -513
    memory.grow
    block (result i64) ;; label = @1
      block ;; label = @2
        loop (result f64) ;; label = @3
          loop ;; label = @4
            f32.const 0x1p+0 (;=1;)
            call 0
            block (result f32) ;; label = @5
              f32.const 0x1.c1ed62p+93 (;=17405718000000000000000000000;)
              loop (result f32) ;; label = @6
                block (result f64) ;; label = @7
                  loop ;; label = @8
                    i64.const 0
                    f64.convert_i64_u
                    i32.const 0
                    f32.convert_i32_s
                    f64.const 0x1.p-1056 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001295163;)
                    i32.const -4611749
                    i32.popcnt
                    loop (result i32) ;; label = @9
                      loop ;; label = @10
                        i32.const 0
                        f32.convert_i32_s
                        br 1 (;@9;)
                        f32.abs
                        f32.floor
                        f32.const -0x1.5bcaecp-53 (;=-0.00000000000000015083102;)
                        f32.ne
                        block (result i64) ;; label = @11
                          f64.const 0x1.5eec4be01786cp+124 (;=29153544969902780000000000000000000000;)
                          memory.size
                          br 1 (;@10;)
                          i64.load16_u offset=68839 align=1
                          f32.const 0x1.ep-146 (;=0.000000000000000000000000000000000000000000021;)
                          call 2
                          block ;; label = @12
                            br 0 (;@12;)
                            memory.size
                            call 1
                            i64.const 1
                            i64.rem_s
                            memory.size
                            f32.load offset=76797
                            i64.const 0
                            block ;; label = @13
                              block (result f64) ;; label = @14
                                call 0
                                i32.const 1
                                i32.eqz
                                if (result i32) ;; label = @15
                                  i32.const 0
                                else
                                  return
                                  call 4
                                  i32.const 0
                                  i64.const 0
                                  i64.store8 offset=28091
                                  block (result i64) ;; label = @16
                                    f32.const 0x1.fffffp-129 (;=0.000000000000000000000000000000000000002938734;)
                                    f64.const -0x1.75af257846fb2p+401 (;=-7538639771801646000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                                    i32.const 1
                                    i32.extend16_s
                                    loop ;; label = @17
                                      br 14 (;@3;)
                                      i32.const 1
                                      f32.convert_i32_s
                                      block ;; label = @18
                                        block (result f64) ;; label = @19
                                          memory.size
                                          call 3
                                          f64.const -0x1.2b92a0737e8bdp-114 (;=-0.00000000000000000000000000000000005634337407506767;)
                                          block ;; label = @20
                                            i64.const 0
                                            br 17 (;@3;)
                                            global.get 0
                                            i64.xor
                                            global.set 0
                                          end
                                          i64.reinterpret_f64
                                          global.get 1
                                          i64.xor
                                          global.set 1
                                          global.get 2
                                          i32.xor
                                          global.set 2
                                          f64.const -nan:0xfffffbfffffff (;=NaN;)
                                        end
                                        i64.reinterpret_f64
                                        i64.const 1
                                        i64.xor
                                        global.set 1
                                      end
                                      i32.reinterpret_f32
                                      i32.const 0
                                      i32.xor
                                      global.set 3
                                    end
                                    global.get 2
                                    i32.xor
                                    global.set 2
                                    i64.reinterpret_f64
                                    global.get 1
                                    i64.xor
                                    global.set 1
                                    i32.reinterpret_f32
                                    global.get 3
                                    i32.xor
                                    global.set 3
                                    i64.const 1
                                  end
                                  global.get 0
                                  i64.xor
                                  global.set 0
                                  i32.const 0
                                end
                                global.get 2
                                i32.xor
                                global.set 2
                                global.get 0
                                i64.xor
                                global.set 0
                                f64.const -nan:0xffffffffffff8 (;=NaN;)
                              end
                              i64.reinterpret_f64
                              global.get 1
                              i64.xor
                              global.set 1
                            end
                            global.get 0
                            i64.xor
                            global.set 0
                            i32.reinterpret_f32
                            global.get 3
                            i32.xor
                            global.set 3
                            global.get 0
                            i64.xor
                            global.set 0
                            global.get 2
                            i32.xor
                            global.set 2
                          end
                          i32.reinterpret_f32
                          i32.const 0
                          i32.xor
                          global.set 3
                          global.get 0
                          i64.xor
                          global.set 0
                          i64.reinterpret_f64
                          global.get 1
                          i64.xor
                          global.set 1
                          i64.const 0
                        end
                        global.get 0
                        i64.xor
                        global.set 0
                        i32.const 0
                        i32.xor
                        global.set 2
                      end
                      i32.const 0
                    end
                    global.get 2
                    i32.xor
                    global.set 2
                    global.get 2
                    i32.xor
                    global.set 2
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
                  end
                  f64.const -nan:0xfffffffdfffff (;=NaN;)
                end
                i64.reinterpret_f64
                global.get 1
                i64.xor
                global.set 1
                f32.const 0x1p-119 (;=0.0000000000000000000000000000000000015046328;)
              end
              i32.reinterpret_f32
              global.get 3
              i32.xor
              global.set 3
            end
            i32.reinterpret_f32
            global.get 3
            i32.xor
            global.set 3
            i64.const 1
            i64.xor
            global.set 0
            i32.reinterpret_f32
            global.get 3
            i32.xor
            global.set 3
          end
          f64.const 0x1.p-1039 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000169759663277;)
        end
        i64.reinterpret_f64
        global.get 1
        i64.xor
        global.set 1
      end
      i64.const 0
    end
    global.get 0
    i64.xor
    global.set 0
    global.get 2
    i32.xor
    global.set 2
  )
  (func (;3;) (type 5))
  (func (;4;) (type 6))
)
