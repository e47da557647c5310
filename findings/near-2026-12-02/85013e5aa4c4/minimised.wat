(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func (param i64 i64 i64)))
  (type (;4;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;5;) (func (param i64 i64)))
  (type (;6;) (func (param i64 i64)))
  (type (;7;) (func (param i64 i64)))
  (type (;8;) (func (param i64 i64)))
  (type (;9;) (func (param i64 i64) (result i64)))
  (type (;10;) (func (param i64 i64) (result i64)))
  (type (;11;) (func (param i64 i64 i64) (result i64)))
  (type (;12;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;13;) (func (param i64) (result i64)))
  (type (;14;) (func (param i64)))
  (type (;15;) (func (param i64 i64 i64)))
  (type (;16;) (func (param i64 i64 i64)))
  (type (;17;) (func (param i64 i64 i64)))
  (type (;18;) (func (param i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;19;) (func (param i64 i64)))
  (type (;20;) (func (param i64 i64 i64)))
  (type (;21;) (func (param i64 i64 i64 i64)))
  (type (;22;) (func (param i64 i64 i64 i64)))
  (type (;23;) (func (param i64 i64 i64) (result i64)))
  (type (;24;) (func (param i64 i64 i64) (result i64)))
  (type (;25;) (func (param i64 i64 i64)))
  (type (;26;) (func (param i64 i64 i64) (result i64)))
  (type (;27;) (func (param i64 i64 i64) (result i64)))
  (type (;28;) (func (param i64 i64 i64) (result i64)))
  (type (;29;) (func))
  (type (;30;) (func))
  (type (;31;) (func))
  (memory (;0;) 2 2)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (export "main" (func 0))
  (elem (;0;) func)
  (func (;0;) (type 29)
    f64.const 0x1.ffcp-1064 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010114;)
    loop (result i64) ;; label = @1
      loop ;; label = @2
      end
      loop (result f64) ;; label = @2
        i64.const -33554433
        f32.const -0x1.520be8p+11 (;=-2704.372;)
        f64.const 0x1.58b769749611ap+659 (;=3220988612906076500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
        loop ;; label = @3
          i32.const 33554432
          memory.grow
          i32.extend16_s
          i64.extend_i32_u
          loop ;; label = @4
            loop ;; label = @5
              call 1
              i64.const 0
              f64.const 0x1.abb28191333ep+941 (;=31054350647153754000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
              block ;; label = @6
                loop (result i32) ;; label = @7
                  f32.const 0x1.f2c008p+109 (;=1264481800000000000000000000000000;)
                  i64.trunc_sat_f32_u
                  i64.clz
                  f32.convert_i64_u
                  elem.drop 0
                  f32.const 0x1.5e9dbep-16 (;=0.000020898353;)
                  i64.trunc_f32_s
                  f32.const 0x1.09e4ecp+87 (;=160723200000000000000000000;)
                  i64.trunc_f32_s
                  i64.ne
                  loop (result f64) ;; label = @8
                    block ;; label = @9
                      i64.const 0
                      f64.reinterpret_i64
                      i64.const 1
                      i64.eqz
                      br_table 0 (;@9;) 1 (;@8;) 2 (;@7;) 3 (;@6;) 4 (;@5;) 5 (;@4;) 6 (;@3;) 7 (;@2;) 8 (;@1;) 9 8 (;@1;)
                      i64.trunc_f64_u
                      i32.wrap_i64
                      i64.load16_s offset=23646
                      loop ;; label = @10
                        block (result f32) ;; label = @11
                          call 2
                          i32.const 1
                          i32.const 467244890
                          br_table 1 (;@10;) 2 (;@9;) 3 (;@8;) 4 (;@7;) 5 (;@6;) 6 (;@5;) 7 (;@4;) 8 (;@3;) 9 (;@2;) 10 (;@1;) 11 9 (;@2;)
                          i64.load16_s offset=1999083785 align=1
                          f64.convert_i64_s
                          i64.reinterpret_f64
                          i32.wrap_i64
                          br_table 1 (;@10;) 2 (;@9;) 3 (;@8;) 4 (;@7;) 5 (;@6;) 6 (;@5;) 7 (;@4;) 8 (;@3;) 9 (;@2;) 10 (;@1;) 11 3 (;@8;)
                          loop (result i64) ;; label = @12
                            i64.const 0
                          end
                          f64.reinterpret_i64
                          f64.nearest
                          br 7 (;@4;)
                          loop (result i64) ;; label = @12
                            i32.const 1
                            br 4 (;@8;)
                            i64.load8_u offset=120622
                            loop ;; label = @13
                              i64.const 0
                              f32.const 0x1.ffffcp-131 (;=0.000000000000000000000000000000000000000734683;)
                              i64.const 0
                              i64.const -2986085141973341920
                              i64.extend32_s
                              f32.const 0x1.p-129 (;=0.000000000000000000000000000000000000001469368;)
                              loop (result i32) ;; label = @14
                                loop ;; label = @15
                                  f32.const -0x1.e8e21ap+70 (;=-2254575900000000000000;)
                                  f32.sqrt
                                  loop ;; label = @16
                                    br 10 (;@6;)
                                    block (result i32) ;; label = @17
                                      memory.size
                                    end
                                    i32.const -256
                                    i64.extend_i32_u
                                    i64.store16 offset=28581 align=1
                                  end
                                  i32.reinterpret_f32
                                  global.get 1
                                  i32.xor
                                  global.set 1
                                end
                                i32.const 1
                              end
                              i32.const -1693922503
                              i32.xor
                              global.set 2
                              i32.reinterpret_f32
                              global.get 1
                              i32.xor
                              global.set 1
                              i64.const 0
                              i64.xor
                              global.set 3
                              global.get 3
                              i64.xor
                              global.set 3
                              i32.reinterpret_f32
                              global.get 1
                              i32.xor
                              global.set 1
                              global.get 3
                              i64.xor
                              global.set 3
                            end
                          end
                          global.get 3
                          i64.xor
                          global.set 3
                          i64.reinterpret_f64
                          global.get 0
                          i64.xor
                          global.set 0
                          f32.const 0x1.fff8p-133 (;=0.00000000000000000000000000000000000000018366;)
                        end
                        i32.reinterpret_f32
                        global.get 1
                        i32.xor
                        global.set 1
                      end
                      global.get 3
                      i64.xor
                      global.set 3
                    end
                    f64.const -0x1p+993 (;=-83711609936427130000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                  end
                  i64.reinterpret_f64
                  global.get 0
                  i64.xor
                  global.set 0
                  i32.const 0
                  i32.xor
                  global.set 2
                  i32.reinterpret_f32
                  global.get 1
                  i32.xor
                  global.set 1
                  i32.const 1
                end
                global.get 2
                i32.xor
                global.set 2
              end
              i64.reinterpret_f64
              global.get 0
              i64.xor
              global.set 0
              global.get 3
              i64.xor
              global.set 3
            end
          end
          global.get 3
          i64.xor
          global.set 3
        end
        i64.reinterpret_f64
        global.get 0
        i64.xor
        global.set 0
        i32.reinterpret_f32
        global.get 1
        i32.xor
        global.set 1
        global.get 3
        i64.xor
        global.set 3
        f64.const 0x1.p-1037 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000067903865311;)
      end
      i64.reinterpret_f64
      global.get 0
      i64.xor
      global.set 0
      i64.const 0
    end
    global.get 3
    i64.xor
    global.set 3
    i64.reinterpret_f64
    global.get 0
    i64.xor
    global.set 0
  )
  (func (;1;) (type 30))
  (func (;2;) (type 31))
)
