(module
  (type (;0;) (func (param i64) (result i64)))
  (type (;1;) (func (param i64 i64 i64)))
  (type (;2;) (func (param i64)))
  (type (;3;) (func (param i64)))
  (type (;4;) (func (result i64)))
  (type (;5;) (func (result i64)))
  (type (;6;) (func (param i64)))
  (type (;7;) (func (result i64)))
  (type (;8;) (func (param i64 i64 i64)))
  (type (;9;) (func (param i64 i64 i64)))
  (type (;10;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;11;) (func (param i64 i64)))
  (type (;12;) (func))
  (type (;13;) (func (param i64 i64)))
  (type (;14;) (func (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;15;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;16;) (func (param i64 i64) (result i64)))
  (type (;17;) (func (param i64 i64 i64) (result i64)))
  (type (;18;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;19;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;20;) (func (param i64)))
  (type (;21;) (func (param i64 i64 i64)))
  (type (;22;) (func (param i64 i64 i64 i64 i64 i64 i64)))
  (type (;23;) (func (param i64 i64)))
  (type (;24;) (func (param i64 i64 i64 i64)))
  (type (;25;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;26;) (func (param i64 i64 i64)))
  (type (;27;) (func (param i64 i64 i64 i64)))
  (type (;28;) (func (param i64 i64 i64 i64)))
  (type (;29;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;30;) (func (param i64)))
  (type (;31;) (func (param i64 i64) (result i64)))
  (type (;32;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;33;) (func (param i64 i64 i64)))
  (type (;34;) (func (param i64 i64 i64) (result i64)))
  (type (;35;) (func (param i64 i64 i64) (result i64)))
  (type (;36;) (func (param i64 i64) (result i64)))
  (type (;37;) (func (param i64 i64 i64) (result i64)))
  (type (;38;) (func (result i32)))
  (type (;39;) (func (param f32) (result f32)))
  (type (;40;) (func (param f64 i32)))
  (type (;41;) (func (param i64 i32 i32 f64 i64) (result i32)))
  (type (;42;) (func))
  (import "env" "block_index" (func (;0;) (type 4) (result i64)))
  (import "env" "epoch_height" (func (;1;) (type 5) (result i64)))
  (import "env" "panic" (func (;2;) (type 12)))
  (table (;0;) 0 funcref)
  (memory (;0;) 0)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (export "main" (func 3))
  (func (;3;) (type 42)
    (local i32)
    memory.size
    i32.load8_s
    local.get 0
    memory.grow
    block ;; label = @1
      call 2
      loop ;; label = @2
        i32.const 1
        loop (result i32) ;; label = @3
          local.get 0
          i64.const 0
          f32.const 0x1.fffffep-96 (;=0.000000000000000000000000000025243547;)
          i32.const -286331154
          i32.load8_u
          call_indirect (type 4)
          f64.convert_i64_s
          i64.trunc_sat_f64_u
          f64.convert_i64_s
          i64.trunc_sat_f64_u
          f64.const 0x1.p-1070 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000008;)
          f64.trunc
          loop ;; label = @4
          end
          local.get 0
          br_if 0 (;@3;)
          f64.neg
          loop ;; label = @4
            block ;; label = @5
              loop (result i64) ;; label = @6
                i64.const 0
                block ;; label = @7
                  i32.const 0
                  call_indirect (type 38)
                  f64.convert_i32_s
                  f64.neg
                  loop ;; label = @8
                    local.get 0
                    i64.const 0
                    i64.store8
                    call 0
                    memory.size
                    loop ;; label = @9
                      f64.const 0x1.p-1063 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001012;)
                      i32.trunc_f64_u
                      i32.load16_u
                      br_table 0 (;@9;) 1 (;@8;) 2 (;@7;) 3 (;@6;) 4 (;@5;) 5 (;@4;) 6 (;@3;) 7 (;@2;) 8 (;@1;) 9 8 (;@1;)
                    end
                    br 2 (;@6;)
                    i32.load16_s align=1
                    i32.clz
                    i32.load16_s align=1
                    br 0 (;@8;)
                    i64.load32_s align=2
                    i64.lt_u
                    i64.load
                    i32.wrap_i64
                    i64.const 0
                    i64.store align=4
                    call 1
                    f64.convert_i64_u
                    call 3
                    call 1
                    i32.const 1922483947
                    local.set 0
                    memory.size
                    i32.eqz
                    if ;; label = @9
                    else
                      loop (result i64) ;; label = @10
                        memory.size
                        f64.const -0x1.fdb92497b5275p+379 (;=-2451674470271658700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                        i64.const 0
                        f64.convert_i64_u
                        loop (result i32) ;; label = @11
                          local.get 0
                          br_table 0 (;@11;) 1 (;@10;) 2 (;@9;) 3 (;@8;) 4 (;@7;) 5 (;@6;) 6 (;@5;) 7 (;@4;) 8 (;@3;) 9 (;@2;) 10 (;@1;) 11 9 (;@2;)
                          loop (result i64) ;; label = @12
                            local.get 0
                            i64.const 1
                            i64.store align=4
                            i32.const 1
                            i32.load
                            br_table 0 (;@12;) 1 (;@11;) 2 (;@10;) 3 (;@9;) 4 (;@8;) 5 (;@7;) 6 (;@6;) 7 (;@5;) 8 (;@4;) 9 (;@3;) 10 (;@2;) 11 (;@1;) 12 12
                            block (result f32) ;; label = @13
                              loop (result f32) ;; label = @14
                                br 12 (;@2;)
                                br 0 (;@14;)
                                memory.size
                                loop (result f64) ;; label = @15
                                  local.get 0
                                  if (result f32) ;; label = @16
                                    loop (result f64) ;; label = @17
                                      i32.const 1
                                      br_table 0 (;@17;) 2 (;@15;) 3 (;@14;) 5 (;@12;) 6 (;@11;) 7 (;@10;) 8 (;@9;) 9 (;@8;) 10 (;@7;) 11 (;@6;) 12 (;@5;) 13 (;@4;) 14 (;@3;) 15 (;@2;) 16 (;@1;) 17 2 (;@15;)
                                      f64.const -nan:0xffeffffffffff (;=NaN;)
                                    end
                                    i64.reinterpret_f64
                                    global.get 0
                                    i64.xor
                                    global.set 0
                                    f32.const 0x1.5a5632p+70 (;=1597196100000000000000;)
                                  else
                                    f32.const 0x0p+0 (;=0;)
                                  end
                                  i32.reinterpret_f32
                                  global.get 1
                                  i32.xor
                                  global.set 1
                                  f64.const -nan:0xfffffffffff80 (;=NaN;)
                                end
                                i64.reinterpret_f64
                                global.get 0
                                i64.xor
                                global.set 0
                                global.get 2
                                i32.xor
                                global.set 2
                                f32.const 0x1.26ff3p+17 (;=151038.38;)
                              end
                            end
                            i32.reinterpret_f32
                            global.get 1
                            i32.xor
                            global.set 1
                            i64.const 1
                          end
                          i64.const 0
                          i64.xor
                          global.set 3
                          i32.const 0
                        end
                        global.get 2
                        i32.xor
                        global.set 2
                        i64.reinterpret_f64
                        global.get 0
                        i64.xor
                        global.set 0
                        i64.reinterpret_f64
                        global.get 0
                        i64.xor
                        global.set 0
                        global.get 2
                        i32.xor
                        global.set 2
                        i64.const 1
                      end
                      global.get 3
                      i64.xor
                      global.set 3
                    end
                    global.get 3
                    i64.xor
                    global.set 3
                    i64.reinterpret_f64
                    global.get 0
                    i64.xor
                    global.set 0
                  end
                  i64.reinterpret_f64
                  global.get 0
                  i64.xor
                  global.set 0
                end
              end
              i64.const 1
              i64.xor
              global.set 3
            end
          end
          i64.reinterpret_f64
          global.get 0
          i64.xor
          global.set 0
          global.get 3
          i64.xor
          global.set 3
          i32.reinterpret_f32
          global.get 1
          i32.xor
          global.set 1
          i64.const 1
          i64.xor
          global.set 3
        end
        global.get 2
        i32.xor
        global.set 2
        global.get 2
        i32.xor
        global.set 2
      end
    end
    global.get 2
    i32.xor
    global.set 2
    global.get 2
    i32.xor
    global.set 2
  )
)
