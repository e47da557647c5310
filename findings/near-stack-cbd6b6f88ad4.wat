(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func))
  (import "env" "used_gas" (func (;0;) (type 1) (result i64)))
  (table (;0;) 0 3 funcref)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (global (;4;) (mut i64) i64.const 0)
  (export "get" (func 1))
  (func (;1;) (type 2)
    i32.const 0
    call 1
    i32.eqz
    if ;; label = @1
    else
      global.get 0
      f32.convert_i64_u
      f32.nearest
      br 1
      f32.floor
      f32.nearest
      f32.trunc
      i32.trunc_f32_s
      i64.const 0
      block (result i32) ;; label = @2
        br 2
        loop (result i32) ;; label = @3
          br 2 (;@1;)
          i64.const 0
          block ;; label = @4
            loop ;; label = @5
              i64.const 0
              i32.const 0
              call_indirect (type 0)
              br 2 (;@3;)
              i32.const -1758772649
              br 0 (;@5;)
              i32.const 1
              f32.convert_i32_s
              f32.abs
              i32.trunc_sat_f32_u
              i64.extend_i32_s
              global.get 0
              loop (result i32) ;; label = @6
                f32.const -0x1.43e0cap+32 (;=-5433772500;)
                i64.const 0
                i64.ctz
                block ;; label = @7
                  data.drop 1
                  data.drop 0
                  f64.const -0x1.6dde58b28324cp+875 (;=-360023880897535900000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                  i32.trunc_sat_f64_u
                  f32.const 0x1.acc5a6p-80 (;=0.0000000000000000000000013854373;)
                  block (result i32) ;; label = @8
                    call 1
                    br 4 (;@4;)
                    block (result f64) ;; label = @9
                      global.get 0
                      block (result f32) ;; label = @10
                        br 6 (;@4;)
                        f64.const -0x1.63be06e952baap+856 (;=-667685312778464800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                        loop (result f32) ;; label = @11
                          i32.const -1446397123
                          block ;; label = @12
                            i32.const 1431655765
                            f32.reinterpret_i32
                            i32.const -846087873
                            loop ;; label = @13
                              block (result i32) ;; label = @14
                                block (result f64) ;; label = @15
                                  i64.const 1
                                  f64.convert_i64_u
                                  block (result f32) ;; label = @16
                                    f32.const -0x1.ea8c2ep-20 (;=-0.0000018274321;)
                                    f32.floor
                                    f32.abs
                                    block ;; label = @17
                                      call 0
                                      f64.const -0x1.e7ae4d3e2a74fp-162 (;=-0.000000000000000000000000000000000000000000000000325864052196289;)
                                      block ;; label = @18
                                        block ;; label = @19
                                          block ;; label = @20
                                            loop (result i64) ;; label = @21
                                              loop (result i64) ;; label = @22
                                                loop (result f32) ;; label = @23
                                                  f32.const 0x1.fffffep-120 (;=0.0000000000000000000000000000000000015046327;)
                                                end
                                                i32.reinterpret_f32
                                                global.get 1
                                                i32.xor
                                                global.set 1
                                                i64.const 0
                                              end
                                            end
                                            global.get 2
                                            i64.xor
                                            global.set 2
                                            br 1 (;@19;)
                                          end
                                          loop ;; label = @20
                                            loop (result i64) ;; label = @21
                                              loop (result i64) ;; label = @22
                                                loop (result f32) ;; label = @23
                                                  f32.const 0x1.fffffep-120 (;=0.0000000000000000000000000000000000015046327;)
                                                end
                                                i32.reinterpret_f32
                                                global.get 1
                                                i32.xor
                                                global.set 1
                                                i64.const 0
                                              end
                                            end
                                            global.get 2
                                            i64.xor
                                            global.set 2
                                          end
                                        end
                                      end
                                      i64.reinterpret_f64
                                      global.get 4
                                      i64.xor
                                      global.set 4
                                      global.get 2
                                      i64.xor
                                      global.set 2
                                    end
                                  end
                                  i32.reinterpret_f32
                                  i32.const 0
                                  i32.xor
                                  global.set 1
                                end
                                i64.reinterpret_f64
                                i64.const 1
                                i64.xor
                                global.set 4
                                i32.const 0
                              end
                              global.get 3
                              i32.xor
                              global.set 3
                            end
                            global.get 3
                            i32.xor
                            global.set 3
                            i32.reinterpret_f32
                            global.get 1
                            i32.xor
                            global.set 1
                          end
                          global.get 3
                          i32.xor
                          global.set 3
                          f32.const 0x1.p-135 (;=0.000000000000000000000000000000000000000022959;)
                        end
                        i32.reinterpret_f32
                        global.get 1
                        i32.xor
                        global.set 1
                        i64.reinterpret_f64
                        global.get 4
                        i64.xor
                        global.set 4
                        f32.const 0x1.p-132 (;=0.000000000000000000000000000000000000000183671;)
                      end
                      i32.reinterpret_f32
                      global.get 1
                      i32.xor
                      global.set 1
                      global.get 2
                      i64.xor
                      global.set 2
                      f64.const -0x1.d529fbd5e563fp-658 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000015323132859592027;)
                    end
                    i64.reinterpret_f64
                    global.get 4
                    i64.xor
                    global.set 4
                    i32.const 1
                  end
                  global.get 3
                  i32.xor
                  global.set 3
                  i32.reinterpret_f32
                  global.get 1
                  i32.xor
                  global.set 1
                  global.get 3
                  i32.xor
                  global.set 3
                end
                global.get 2
                i64.xor
                global.set 2
                i32.reinterpret_f32
                i32.const -2071286015
                i32.xor
                global.set 1
                i32.const 0
              end
              global.get 3
              i32.xor
              global.set 3
              global.get 2
              i64.xor
              global.set 2
              global.get 2
              i64.xor
              global.set 2
              i32.const 1
              i32.xor
              global.set 3
            end
          end
          global.get 2
          i64.xor
          global.set 2
          i32.const 0
        end
      end
      global.get 3
      i32.xor
      global.set 3
      global.get 2
      i64.xor
      global.set 2
      global.get 3
      i32.xor
      global.set 3
    end
  )
  (data (;0;) "")
  (data (;1;) "")
)
