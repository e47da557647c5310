(module
  (type (;0;) (func (param i64 i64 i64)))
  (type (;1;) (func (param i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func (result i64)))
  (type (;4;) (func (param i64 i64 i64)))
  (type (;5;) (func (param i64 i64 i64)))
  (type (;6;) (func (param i64 i64)))
  (type (;7;) (func))
  (type (;8;) (func (param i64 i64)))
  (type (;9;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;10;) (func (param i64 i64) (result i64)))
  (type (;11;) (func (param i64 i64 i64)))
  (type (;12;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;13;) (func (param i64 i64 i64 i64 i64 i64)))
  (type (;14;) (func (param i64) (result i64)))
  (type (;15;) (func (param i64)))
  (type (;16;) (func (param i64 i64 i64)))
  (type (;17;) (func (param i64 i64 i64)))
  (type (;18;) (func (param i64 i64 i64)))
  (type (;19;) (func (param i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;20;) (func (param i64 i64 i64)))
  (type (;21;) (func (param i64 i64 i64)))
  (type (;22;) (func (param i64 i64 i64 i64)))
  (type (;23;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64)))
  (type (;24;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;25;) (func (param i64)))
  (type (;26;) (func (param i64 i64 i64) (result i64)))
  (type (;27;) (func (param i64 i64 i64)))
  (type (;28;) (func (param i64 i64) (result i64)))
  (type (;29;) (func (param i64 i64 i64) (result i64)))
  (type (;30;) (func (param i64 i64) (result i64)))
  (type (;31;) (func (param i64 i64 i64) (result i64)))
  (type (;32;) (func))
  (type (;33;) (func))
  (type (;34;) (func))
  (import "env" "epoch_height" (func (;0;) (type 2) (result i64)))
  (import "env" "prepaid_gas" (func (;1;) (type 3) (result i64)))
  (memory (;0;) 2)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (export "main" (func 2))
  (func (;2;) (type 32)
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
                    f64.const 0x1.fffp-1058 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000647503;)
                    i64.trunc_f64_u
                    f64.convert_i64_u
                    i32.const 0
                    f32.convert_i32_s
                    f64.const 0x1.p-1056 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001295163;)
                    i32.const 0
                    loop (result i32) ;; label = @9
                      loop ;; label = @10
                        i32.const 0
                        f32.convert_i32_s
                        f32.const 0x1.d669d4p+115 (;=76328937000000000000000000000000000;)
                        i32.const 89787082
                        f64.convert_i32_u
                        f32.const -0x1.f34abep+108 (;=-632927750000000000000000000000000;)
                        i32.trunc_f32_u
                        i32.load8_u offset=70089
                        i32.extend16_s
                        i32.load8_s offset=8145
                        i64.extend_i32_u
                        i64.eqz
                        i64.load8_u offset=76872
                        f64.reinterpret_i64
                        f64.gt
                        block (result f64) ;; label = @11
                          block (result f64) ;; label = @12
                            br 12
                            block ;; label = @13
                              f32.const -0x1.6e8d16p-31 (;=-0.0000000006667526;)
                              call 1
                              br 9 (;@4;)
                              i32.const 1
                              br_if 5 (;@8;)
                              loop (result f32) ;; label = @14
                                f32.const -0x1.cc8e08p-127 (;=-0.00000000000000000000000000000000000001057382;)
                                br 14
                                memory.size
                                br_if 8 (;@6;)
                                i32.const 1087188801
                                br_if 0 (;@14;)
                                f32.floor
                                i64.const 0
                                block (result f64) ;; label = @15
                                  return
                                  f32.const -0x1.c2344ap+20 (;=-1844036.6;)
                                  i32.const 922375349
                                  i32.const 46986604
                                  i32.store16 offset=84214 align=1
                                  f32.floor
                                  i32.trunc_f32_s
                                  i64.load32_s offset=54505 align=2
                                  loop (result i64) ;; label = @16
                                    i64.const 6939901314841939066
                                  end
                                  global.get 0
                                  i64.xor
                                  global.set 0
                                  global.get 0
                                  i64.xor
                                  global.set 0
                                  f64.const -0x1.499f4c800f70cp-77 (;=-0.000000000000000000000008520535743976427;)
                                end
                                i64.reinterpret_f64
                                global.get 1
                                i64.xor
                                global.set 1
                                i64.const -7275341751353604876
                                i64.xor
                                global.set 0
                              end
                              i32.reinterpret_f32
                              global.get 2
                              i32.xor
                              global.set 2
                              i64.const 1
                              i64.xor
                              global.set 0
                              i32.reinterpret_f32
                              global.get 2
                              i32.xor
                              global.set 2
                            end
                            f64.const -nan:0xfdfffffffffff (;=NaN;)
                          end
                        end
                        i64.reinterpret_f64
                        global.get 1
                        i64.xor
                        global.set 1
                        global.get 3
                        i32.xor
                        global.set 3
                        i32.reinterpret_f32
                        global.get 2
                        i32.xor
                        global.set 2
                        i32.reinterpret_f32
                        global.get 2
                        i32.xor
                        global.set 2
                      end
                      i32.const 0
                    end
                    global.get 3
                    i32.xor
                    global.set 3
                    global.get 3
                    i32.xor
                    global.set 3
                    i64.reinterpret_f64
                    i64.const 0
                    i64.xor
                    global.set 1
                    i32.reinterpret_f32
                    global.get 2
                    i32.xor
                    global.set 2
                    i64.reinterpret_f64
                    global.get 1
                    i64.xor
                    global.set 1
                  end
                  f64.const -0x1.ac4bd7d48b95ap-769 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000053881248855079704;)
                end
                i64.reinterpret_f64
                global.get 1
                i64.xor
                global.set 1
                f32.const -0x0p+0 (;=-0;)
              end
              i32.reinterpret_f32
              global.get 2
              i32.xor
              global.set 2
            end
            i32.reinterpret_f32
            global.get 2
            i32.xor
            global.set 2
            global.get 0
            i64.xor
            global.set 0
            i32.reinterpret_f32
            global.get 2
            i32.xor
            global.set 2
          end
          f64.const 0x1.p-1072 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002;)
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
    global.get 3
    i32.xor
    global.set 3
  )
)
