(module
  (type (;0;) (func (result i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func (param i64 i64 i64) (result i64)))
  (type (;4;) (func))
  (type (;5;) (func))
  (type (;6;) (func))
  (import "env" "epoch_height" (func (;0;) (type 0) (result i64)))
  (import "env" "account_locked_balance" (func (;1;) (type 1) (param i64)))
  (import "env" "prepaid_gas" (func (;2;) (type 2) (result i64)))
  (memory (;0;) 2)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "main" (func 3))
  (func (;3;) (type 4)
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
              loop ;; label = @6
              end
              block (result f64) ;; label = @6
                i64.const -33554433
                call 1
                call 5
                f32.const -0x1.a2a69cp+62 (;=-7541742700000000000;)
                br 1 (;@5;)
                block ;; label = @7
                  memory.size
                  block (result f64) ;; label = @8
                    f64.const 0x1.p-1056 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001295163;)
                    br 1 (;@7;)
                    i32.trunc_f64_u
                    i64.load8_s offset=99711
                    i32.const 1
                    f32.const 0x1.fff8p-133 (;=0.00000000000000000000000000000000000000018366;)
                    f32.const 0x1.ea596cp-92 (;=0.0000000000000000000000000003868174;)
                    call 3
                    loop (result i64) ;; label = @9
                      i32.const 0
                      i64.load8_u offset=105947
                      f64.reinterpret_i64
                      memory.size
                      br 0 (;@9;)
                      i64.load16_u offset=68839 align=1
                      f32.const 0x1.ep-146 (;=0.000000000000000000000000000000000000000000021;)
                      call 3
                      block ;; label = @10
                        br 0 (;@10;)
                        memory.size
                        call 2
                        memory.size
                        f32.load offset=76797
                        i64.const 0
                        block ;; label = @11
                          block (result f64) ;; label = @12
                            call 0
                            i64.extend16_s
                            i32.const 0
                            i32.eqz
                            if (result i32) ;; label = @13
                              i32.const 1
                            else
                              return
                              call 5
                              i32.const 0
                              i64.const 0
                              i64.store8 offset=28091
                              block (result i64) ;; label = @14
                                f32.const 0x1.fffffp-129 (;=0.000000000000000000000000000000000000002938734;)
                                f64.const -0x1.75af257846fb2p+401 (;=-7538639771801646000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                                i32.const 0
                                i32.extend16_s
                                loop ;; label = @15
                                  br 11 (;@4;)
                                  memory.size
                                  i32.eqz
                                  f32.convert_i32_s
                                  block ;; label = @16
                                    block (result f64) ;; label = @17
                                      memory.size
                                      call 4
                                      f64.const -0x1.4e72b36447622p-922 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000036849593415436434;)
                                      block ;; label = @18
                                        global.get 0
                                        global.set 0
                                      end
                                      i64.reinterpret_f64
                                      global.get 1
                                      i64.xor
                                      global.set 1
                                      global.get 2
                                      i32.xor
                                      global.set 2
                                      f64.const -nan:0xfbfffffffffff (;=NaN;)
                                    end
                                    i64.reinterpret_f64
                                    i64.const 1
                                    i64.xor
                                    global.set 1
                                  end
                                  i32.reinterpret_f32
                                  global.get 3
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
                                i32.const 0
                                i32.xor
                                global.set 3
                                i64.const 0
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
                            f64.const 0x1.ab4e4ed71e4f6p-577 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003374360015699147;)
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
                        i64.const 0
                        i64.xor
                        global.set 0
                        global.get 2
                        i32.xor
                        global.set 2
                      end
                      i32.reinterpret_f32
                      global.get 3
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
                    i64.const 0
                    i64.xor
                    global.set 0
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                    global.get 2
                    i32.xor
                    global.set 2
                    global.get 0
                    i64.xor
                    global.set 0
                    f64.const 0x1p-1021 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004450147717014403;)
                  end
                  i64.reinterpret_f64
                  global.get 1
                  i64.xor
                  global.set 1
                  global.get 2
                  i32.xor
                  global.set 2
                end
                f64.const -0x1.68fb595a44756p+4 (;=-22.56136451016149;)
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
            global.get 0
            i64.xor
            global.set 0
            i32.reinterpret_f32
            i32.const 1
            i32.xor
            global.set 3
          end
          f64.const 0x1.e8795bbf43ea3p-208 (;=0.0000000000000000000000000000000000000000000000000000000000000046383384926941714;)
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
  (func (;4;) (type 5))
  (func (;5;) (type 6))
)
