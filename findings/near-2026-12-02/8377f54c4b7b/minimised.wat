(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (param i64)))
  (type (;3;) (func (param i64)))
  (type (;4;) (func (param i64 i64 i64)))
  (type (;5;) (func (param i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;6;) (func (param i64 i64)))
  (type (;7;) (func (param i64 i64)))
  (type (;8;) (func (param i64 i64)))
  (type (;9;) (func (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;10;) (func (param i64 i64) (result i64)))
  (type (;11;) (func (param i64 i64 i64) (result i64)))
  (type (;12;) (func (param i64 i64 i64)))
  (type (;13;) (func (param i64) (result i64)))
  (type (;14;) (func (param i64)))
  (type (;15;) (func (param i64 i64 i64)))
  (type (;16;) (func (param i64 i64 i64)))
  (type (;17;) (func (param i64 i64 i64 i64 i64 i64 i64)))
  (type (;18;) (func (param i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;19;) (func (param i64 i64 i64 i64)))
  (type (;20;) (func (param i64 i64 i64 i64)))
  (type (;21;) (func (param i64)))
  (type (;22;) (func (param i64 i64) (result i64)))
  (type (;23;) (func (param i64 i64 i64)))
  (type (;24;) (func (param i64 i64 i64) (result i64)))
  (type (;25;) (func (param i64 i64) (result i64)))
  (type (;26;) (func (param f64 f64)))
  (type (;27;) (func))
  (type (;28;) (func))
  (import "env" "epoch_height" (func (;0;) (type 1) (result i64)))
  (memory (;0;) 2 2)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (export "main" (func 1))
  (elem (;0;) declare func)
  (elem (;1;) declare func)
  (func (;1;) (type 27)
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
              f32.const 0x1.241278p-46 (;=0.000000000000016213261;)
              f32.const 0x1.2b81d8p+84 (;=22630124000000000000000000;)
              f32.gt
              i32.load16_s offset=131072
              f32.load offset=10544 align=1
              f32.sqrt
              i32.reinterpret_f32
              f64.load offset=105874
              i64.const 0
              call 0
              i64.ne
              i32.load16_u offset=12616
              loop (result f64) ;; label = @6
                elem.drop 1
                block ;; label = @7
                  i64.const 0
                  f64.reinterpret_i64
                  f64.neg
                  i64.const 1
                  i64.eqz
                  br_table 0 (;@7;) 1 (;@6;) 2 (;@5;) 3 (;@4;) 4 (;@3;) 5 (;@2;) 6 (;@1;) 7 2 (;@5;)
                  i64.trunc_f64_u
                  i32.wrap_i64
                  i64.load16_s offset=23646
                  loop ;; label = @8
                    block (result f32) ;; label = @9
                      call 2
                      i32.const 1
                      i32.const 467244890
                      br_table 1 (;@8;) 2 (;@7;) 3 (;@6;) 4 (;@5;) 5 (;@4;) 6 (;@3;) 7 (;@2;) 8 (;@1;) 9 8 (;@1;)
                      i64.load16_s offset=1999083785 align=1
                      f64.convert_i64_s
                      i64.reinterpret_f64
                      i32.wrap_i64
                      br_table 1 (;@8;) 2 (;@7;) 3 (;@6;) 4 (;@5;) 5 (;@4;) 6 (;@3;) 7 (;@2;) 8 (;@1;) 9 2 (;@7;)
                      loop (result i64) ;; label = @10
                        i32.const 0
                        i32.load8_s offset=28524
                        nop
                        i64.extend_i32_s
                      end
                      f64.reinterpret_i64
                      f64.nearest
                      br 2 (;@7;)
                      loop (result i64) ;; label = @10
                        i32.const 0
                        br 4 (;@6;)
                        i64.load8_u offset=120622
                        loop ;; label = @11
                          memory.size
                          i64.extend_i32_s
                          i64.extend16_s
                          f32.const 0x1.ffffcp-131 (;=0.000000000000000000000000000000000000000734683;)
                          i64.const 1
                          i64.const 4669440345808156953
                          i64.extend32_s
                          f32.const 0x1.p-129 (;=0.000000000000000000000000000000000000001469368;)
                          loop (result i32) ;; label = @12
                            loop ;; label = @13
                              elem.drop 0
                              f32.const 0x1.3aa6acp-17 (;=0.000009377332;)
                              loop ;; label = @14
                                br 1 (;@13;)
                                block (result i32) ;; label = @15
                                  memory.size
                                end
                                i64.const 0
                                i64.store16 offset=28581 align=1
                                i32.const 1
                                f64.convert_i32_u
                                f64.sqrt
                                br 12 (;@2;)
                                i64.reinterpret_f64
                                global.get 0
                                i64.xor
                                global.set 0
                              end
                              i32.reinterpret_f32
                              global.get 1
                              i32.xor
                              global.set 1
                            end
                            i32.const 1
                          end
                          i32.const 0
                          i32.xor
                          global.set 2
                          i32.reinterpret_f32
                          global.get 1
                          i32.xor
                          global.set 1
                          global.get 3
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
                      f32.const 0x1.00008p-132 (;=0.000000000000000000000000000000000000000183672;)
                    end
                    i32.reinterpret_f32
                    global.get 1
                    i32.xor
                    global.set 1
                  end
                  i64.const 1
                  i64.xor
                  global.set 3
                end
                f64.const 0x1.77fe1d3297429p+608 (;=1560187284502429600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
              end
              i64.reinterpret_f64
              global.get 0
              i64.xor
              global.set 0
              global.get 2
              i32.xor
              global.set 2
              i64.reinterpret_f64
              global.get 0
              i64.xor
              global.set 0
            end
          end
          global.get 3
          i64.xor
          global.set 3
        end
        i64.reinterpret_f64
        i64.const 1
        i64.xor
        global.set 0
        i32.reinterpret_f32
        global.get 1
        i32.xor
        global.set 1
        global.get 3
        i64.xor
        global.set 3
        f64.const 0x1.p-1066 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001265;)
      end
      i64.reinterpret_f64
      global.get 0
      i64.xor
      global.set 0
      i64.const -4481199079032589577
    end
    global.get 3
    i64.xor
    global.set 3
    i64.reinterpret_f64
    global.get 0
    i64.xor
    global.set 0
  )
  (func (;2;) (type 28))
)
