(module
  (type (;0;) (func (param i64 i64)))
  (type (;1;) (func (result i64)))
  (type (;2;) (func (result i64)))
  (type (;3;) (func (result i64)))
  (type (;4;) (func (param i64)))
  (type (;5;) (func (result i64)))
  (type (;6;) (func (result i64)))
  (type (;7;) (func (param i64 i64 i64)))
  (type (;8;) (func (param i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;9;) (func))
  (type (;10;) (func (param i64 i64)))
  (type (;11;) (func (param i64 i64 i64)))
  (type (;12;) (func (param i64 i64 i64 i64) (result i64)))
  (type (;13;) (func (param i64)))
  (type (;14;) (func (param i64)))
  (type (;15;) (func (param i64 i64 i64)))
  (type (;16;) (func (param i64 i64 i64)))
  (type (;17;) (func (param i64 i64 i64)))
  (type (;18;) (func (param i64 i64 i64)))
  (type (;19;) (func (param i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (type (;20;) (func (param i64 i64 i64 i64) (result i32)))
  (type (;21;) (func))
  (type (;22;) (func))
  (type (;23;) (func))
  (import "env" "read_register" (func (;0;) (type 0) (param i64 i64)))
  (import "env" "epoch_height" (func (;1;) (type 2) (result i64)))
  (import "env" "storage_usage" (func (;2;) (type 3) (result i64)))
  (table (;0;) 1 4 funcref)
  (memory (;0;) 0 2)
  (global (;0;) (mut f64) f64.const 0x1.25bd5561dc28fp-220 (;=0.0000000000000000000000000000000000000000000000000000000000000000006809629199811437;))
  (global (;1;) (mut f32) f32.const 0x0p+0 (;=0;))
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (global (;4;) (mut i64) i64.const 0)
  (global (;5;) (mut i32) i32.const 0)
  (export "get" (func 4))
  (func (;3;) (type 21))
  (func (;4;) (type 22)
    loop (result i64) ;; label = @1
      loop (result i32) ;; label = @2
        call 2
        f32.convert_i64_u
        f32.const -0x1.10377ap-116 (;=-0.000000000000000000000000000000000012799568;)
        loop ;; label = @3
        end
        i32.const 0
        memory.grow
        loop (result f64) ;; label = @3
          loop (result i64) ;; label = @4
            memory.size
            loop ;; label = @5
              i64.const 0
              call 5
              i32.const 0
              f32.const -0x1.a6b772p-31 (;=-0.000000000768917;)
              return
              global.set 1
              i32.eqz
              if (result i64) ;; label = @6
                i64.const 0
              else
                br 2 (;@4;)
                i64.const -1
                f32.convert_i64_s
                global.get 1
                br 6
                f32.nearest
                f32.neg
                f32.ne
                i32.const 0
                f32.const -nan:0x7fe000 (;=NaN;)
                block ;; label = @7
                  f32.const -0x1.fffffep+126 (;=-170141170000000000000000000000000000000;)
                  memory.size
                  i64.const 0
                  call 1
                  loop (result f32) ;; label = @8
                    br 5 (;@3;)
                    block ;; label = @9
                      loop ;; label = @10
                        memory.size
                        call_indirect (type 1)
                        loop (result i32) ;; label = @11
                          loop (result i32) ;; label = @12
                            f32.const 0x1.47a2e8p-32 (;=0.00000000029798353;)
                            i64.const 1
                            f64.const 0x1.p-1045 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000265249474;)
                            i64.const 0
                            f32.const 0x1.fffffep-124 (;=0.00000000000000000000000000000000000009403954;)
                            loop ;; label = @13
                              loop ;; label = @14
                              end
                              loop ;; label = @14
                                i32.const 1
                                if ;; label = @15
                                  global.get 0
                                  i64.const 0
                                  i64.const 1
                                  global.get 0
                                  call 2
                                  br 12 (;@3;)
                                  call 5
                                  f32.convert_i64_s
                                  i64.const 1
                                  return
                                  i64.ctz
                                  f64.reinterpret_i64
                                  i32.trunc_f64_s
                                  br_table 0 (;@15;) 1 (;@14;) 2 (;@13;) 3 (;@12;) 4 (;@11;) 5 (;@10;) 6 (;@9;) 7 (;@8;) 8 (;@7;) 10 (;@5;) 11 (;@4;) 12 (;@3;) 13 (;@2;) 14 (;@1;) 15 13 (;@2;)
                                  call 3
                                  i32.reinterpret_f32
                                  i32.extend8_s
                                  memory.grow
                                  i64.load align=4
                                  f64.convert_i64_s
                                  f64.mul
                                  f32.demote_f64
                                  f32.ceil
                                  i32.trunc_f32_s
                                  i64.const 0
                                  i64.store32 align=1
                                  call 0
                                  f64.const 0x1.145d4793b4f77p+333 (;=18889943002646410000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                                  f64.sub
                                  global.get 3
                                  global.set 3
                                  i64.reinterpret_f64
                                  global.get 2
                                  i64.xor
                                  global.set 2
                                end
                              end
                            end
                            i32.reinterpret_f32
                            global.get 5
                            i32.xor
                            global.set 5
                            global.get 4
                            i64.xor
                            global.set 4
                            i64.reinterpret_f64
                            i64.const 1
                            i64.xor
                            global.set 2
                            global.get 4
                            i64.xor
                            global.set 4
                            i32.reinterpret_f32
                            global.get 5
                            i32.xor
                            global.set 5
                            i32.const 0
                          end
                        end
                        i32.const 1
                        i32.xor
                        global.set 3
                        global.get 4
                        i64.xor
                        global.set 4
                      end
                    end
                    f32.const 0x1.0001p-132 (;=0.000000000000000000000000000000000000000183674;)
                  end
                  i32.reinterpret_f32
                  global.get 5
                  i32.xor
                  global.set 5
                  global.get 4
                  i64.xor
                  global.set 4
                  global.get 4
                  i64.xor
                  global.set 4
                  global.get 3
                  i32.xor
                  global.set 3
                  i32.reinterpret_f32
                  global.get 5
                  i32.xor
                  global.set 5
                end
                i32.reinterpret_f32
                i32.const 0
                i32.xor
                global.set 5
                global.get 3
                i32.xor
                global.set 3
                i32.const 0
                i32.xor
                global.set 3
                i64.const 0
              end
              global.get 4
              i64.xor
              global.set 4
              global.get 4
              i64.xor
              global.set 4
            end
            i32.const 0
            i32.xor
            global.set 3
            i64.const 0
          end
          i64.const 0
          i64.xor
          global.set 4
          f64.const 0x1.dce1ec9ab47ffp-887 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000018053660919798437;)
        end
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        global.get 3
        i32.xor
        global.set 3
        i32.reinterpret_f32
        global.get 5
        i32.xor
        global.set 5
        i32.reinterpret_f32
        i32.const 1
        i32.xor
        global.set 5
        i32.const 0
      end
      global.get 3
      i32.xor
      global.set 3
      i64.const 1
    end
    global.get 4
    i64.xor
    global.set 4
  )
  (func (;5;) (type 23))
)
