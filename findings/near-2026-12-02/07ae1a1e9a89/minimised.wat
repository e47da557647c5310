(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func))
  (type (;3;) (func))
  (type (;4;) (func))
  (import "env" "epoch_height" (func (;0;) (type 1) (result i64)))
  (memory (;0;) 2)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (export "main" (func 1))
  (func (;1;) (type 2)
    i32.const -513
    memory.grow
    block (result i64) ;; label = @1
      block ;; label = @2
        loop (result f64) ;; label = @3
          loop ;; label = @4
            f32.const 0x1p+0 (;=1;)
            call 0
            block (result f32) ;; label = @5
              f32.const -0x1.0da10ep-59 (;=-0.000000000000000001827078;)
              loop (result f32) ;; label = @6
                block (result f64) ;; label = @7
                  loop ;; label = @8
                    f64.const -0x1.1534ede8cf22p+494 (;=-55383666317638080000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                    i32.const 0
                    f32.convert_i32_s
                    f64.const 0x1.p-1056 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001295163;)
                    i32.const 0
                    i32.popcnt
                    loop (result i32) ;; label = @9
                      loop ;; label = @10
                        memory.size
                        f32.convert_i32_s
                        f64.const 0x1.dc5ffa5c2dc11p-161 (;=0.0000000000000000000000000000000000000000000000006366190293780853;)
                        br 3 (;@7;)
                        br 0 (;@10;)
                        i64.trunc_f32_s
                        f32.const 0x1.6bdd88p+16 (;=93149.53;)
                        f32.abs
                        f64.promote_f32
                        f64.floor
                        br 1 (;@9;)
                        f64.abs
                        f64.floor
                        i32.const 0
                        br 10
                        i32.load16_u offset=22353 align=1
                        f32.convert_i32_s
                        i64.trunc_sat_f32_u
                        f32.convert_i64_s
                        f64.promote_f32
                        call 2
                        i64.trunc_f64_s
                        loop (result f64) ;; label = @11
                          f64.const 0x1.92f0272bc7d63p+794 (;=163989077822027450000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                          i64.const -1905276243907010913
                          block ;; label = @12
                            block (result f64) ;; label = @13
                              call 0
                              i64.extend16_s
                              i32.const 0
                              i32.eqz
                              if (result i32) ;; label = @14
                                i32.const 0
                              else
                                return
                                call 3
                                i32.const 0
                                i64.const 1
                                i64.store8 offset=28091
                                block (result i64) ;; label = @15
                                  f32.const 0x1.fffffp-129 (;=0.000000000000000000000000000000000000002938734;)
                                  f64.const -0x1.75af257846fb2p+401 (;=-7538639771801646000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                                  i32.const 0
                                  loop ;; label = @16
                                    br 13 (;@3;)
                                    memory.size
                                    f32.convert_i32_s
                                    block ;; label = @17
                                      block (result f64) ;; label = @18
                                        f64.const -nan:0xf7fffffffffff (;=NaN;)
                                      end
                                      i64.reinterpret_f64
                                      global.get 0
                                      i64.xor
                                      global.set 0
                                    end
                                    i32.reinterpret_f32
                                    i32.const 0
                                    i32.xor
                                    global.set 1
                                  end
                                  global.get 2
                                  i32.xor
                                  global.set 2
                                  i64.reinterpret_f64
                                  global.get 0
                                  i64.xor
                                  global.set 0
                                  i32.reinterpret_f32
                                  i32.const 0
                                  i32.xor
                                  global.set 1
                                  i64.const 0
                                end
                                drop
                                i32.const 0
                              end
                              global.get 2
                              i32.xor
                              global.set 2
                              global.get 3
                              i64.xor
                              global.set 3
                              f64.const 0x1.c4c60a50e2b64p+993 (;=148056275650547150000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                            end
                            i64.reinterpret_f64
                            global.get 0
                            i64.xor
                            global.set 0
                          end
                          global.get 3
                          i64.xor
                          global.set 3
                        end
                        i64.reinterpret_f64
                        global.get 0
                        i64.xor
                        global.set 0
                        i64.const 0
                        i64.xor
                        global.set 3
                        i64.reinterpret_f64
                        global.get 0
                        i64.xor
                        global.set 0
                        global.get 3
                        i64.xor
                        global.set 3
                      end
                      i32.const 0
                    end
                    global.get 2
                    i32.xor
                    global.set 2
                    i32.const 0
                    i32.xor
                    global.set 2
                    i64.reinterpret_f64
                    global.get 0
                    i64.xor
                    global.set 0
                    i32.reinterpret_f32
                    global.get 1
                    i32.xor
                    global.set 1
                    i64.reinterpret_f64
                    global.get 0
                    i64.xor
                    global.set 0
                  end
                  f64.const -nan:0xffffffffffff7 (;=NaN;)
                end
                i64.reinterpret_f64
                global.get 0
                i64.xor
                global.set 0
                f32.const -0x1.dae3c8p+74 (;=-35040680000000000000000;)
              end
              i32.reinterpret_f32
              global.get 1
              i32.xor
              global.set 1
            end
            i32.reinterpret_f32
            global.get 1
            i32.xor
            global.set 1
            global.get 3
            i64.xor
            global.set 3
            i32.reinterpret_f32
            i32.const 1
            i32.xor
            global.set 1
          end
          f64.const 0x1.ffffffffffffcp-1024 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000011125369292536;)
        end
        i64.reinterpret_f64
        global.get 0
        i64.xor
        global.set 0
      end
      i64.const -3428306513326226793
    end
    global.get 3
    i64.xor
    global.set 3
    global.get 2
    i32.xor
    global.set 2
  )
  (func (;2;) (type 3))
  (func (;3;) (type 4))
)
